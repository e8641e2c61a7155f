// Desktops: in the tenant console, the tenant's (create, assign, custom credentials, Update
// Credentials on one or several with stale copies marked, delete); in the system console, every
// tenant's, with the same actions but create (a desktop is made in its tenant's console). Kept
// current by `desktopEvents`.
import { useMemo, useState } from 'react';
import { request } from '../../api/client';
import { Desktops as DesktopsQuery, UpdateCredentials } from '../../api/ops';
import type { Viewer } from '../../api/session';
import { Link } from '../../app/router';
import type { DesktopFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ErrorText } from '../../ui/errors';
import { useQuery } from '../../ui/hooks';
import { useLiveDesktops } from '../../ui/live';
import { OS_LABEL, OsIcon, osKey } from '../../ui/OsIcon';
import { Pager, usePaging } from '../../ui/Pager';
import { osText } from '../my/DesktopCard';
import { AssignDialog, CredentialsDialog, DeleteDialog } from './DesktopDialogs';
import { CreateDesktopDialog } from './CreateDesktopDialog';

type Action = { kind: 'assign' | 'credentials' | 'delete'; d: DesktopFieldsFragment } | null;

export function CredentialsCell({ d }: { d: DesktopFieldsFragment }) {
  const t = useT();
  const c = d.credentials;
  return (
    <span data-stale={c.stale ? 'true' : 'false'}>
      {t(`cred.${c.effectiveSource}`)}
      {c.username && ` · ${c.username}`}
      {c.hasPassword && ` · ${t('cred.password')}`}
      {c.stale && (
        <span className="badge warn" title={t('cred.staleHint')}>
          {t('cred.stale')}
        </span>
      )}
    </span>
  );
}

/** Where a desktop's own page is for this viewer. */
export function desktopsPath(viewer: Viewer): string {
  return viewer.role === 'SYSTEM_ADMIN' ? '/system/desktops' : '/tenant/desktops';
}

export function Desktops({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const system = viewer.role === 'SYSTEM_ADMIN';
  const paging = usePaging();
  const [search, setSearch] = useState('');
  const q = useQuery(DesktopsQuery, { first: 50, after: paging.after, filter: { nameContains: search.trim() || null } });
  const loaded = useMemo(() => q.data?.desktops.edges.map((e) => e.node), [q.data]);
  const [items] = useLiveDesktops(loaded, q.reload, paging.page === 1 && !search.trim());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const [action, setAction] = useState<Action>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const update = async (ids: string[]) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    let done = 0;
    try {
      for (const id of ids) {
        await request(UpdateCredentials, { desktopId: id });
        done++;
      }
      setSelected(new Set());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setNotice(t('desktops.updatedCount', { count: done }));
      q.reload();
    }
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const closeAction = () => {
    setAction(null);
    q.reload();
  };
  const staleCount = items.filter((d) => d.credentials.stale).length;
  return (
    <section>
      <div className="page-head">
        <h1>{t('nav.desktops')}</h1>
        {!system && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('desktops.create')}
          </button>
        )}
      </div>
      <div className="filters">
        <label className="field inline">
          <span>{t('filter.search')}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <button type="button" disabled={busy || selected.size === 0} onClick={() => void update([...selected])}>
          {t('desktops.updateSelected', { count: selected.size })}
        </button>
        {staleCount > 0 && <span className="badge warn">{t('desktops.staleCount', { count: staleCount })}</span>}
      </div>
      <ErrorText error={q.error || error} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="table-wrap">
        <table className="grid">
          <caption className="sr-only">{t('nav.desktops')}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{t('desktops.select')}</span>
              </th>
              <th scope="col">{t('col.name')}</th>
              {system && <th scope="col">{t('col.tenant')}</th>}
              <th scope="col">{t('col.os')}</th>
              <th scope="col">{t('desktops.source')}</th>
              <th scope="col">{t('desktops.owner')}</th>
              <th scope="col">{t('col.bootMode')}</th>
              <th scope="col">{t('desktop.loginMode')}</th>
              <th scope="col">{t('desktops.credentials')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => {
              const key = osKey(d.osInfo.osType, d.osInfo.osDistro);
              return (
                <tr key={d.id} data-desktop={d.name}>
                  <td>
                    <input
                      type="checkbox"
                      checked={selected.has(d.id)}
                      onChange={() => toggle(d.id)}
                      aria-label={t('desktops.selectOf', { name: d.name })}
                    />
                  </td>
                  <th scope="row">
                    <Link to={`${desktopsPath(viewer)}/${encodeURIComponent(d.id)}`}>{d.name}</Link>
                  </th>
                  {system && <td>{d.tenant.slug}</td>}
                  <td className="os-cell">
                    <OsIcon os={key} size={20} label={OS_LABEL[key]} /> {osText(d.osInfo) || '—'}{' '}
                    <span className="muted small">{d.osInfo.source === 'AGENT' ? t('desktop.fromAgent') : d.osInfo.source === 'PRESET' ? t('desktop.preset') : ''}</span>
                  </td>
                  <td>{d.source.name}</td>
                  <td>{d.owner?.username ?? '—'}</td>
                  <td>{d.bootMode}</td>
                  <td>{d.loginMode === 'AD_DOMAIN' ? t('desktop.adMode', { domain: d.adDomain ?? '' }) : t('desktop.localMode')}</td>
                  <td>
                    <CredentialsCell d={d} />
                  </td>
                  <td>
<div className="row-actions">
                    <button type="button" disabled={busy} onClick={() => void update([d.id])} aria-label={t('desktops.updateOf', { name: d.name })}>
                      {t('desktops.updateCredentials')}
                    </button>
                    <button type="button" onClick={() => setAction({ kind: 'assign', d })} aria-label={t('desktops.assignOf', { name: d.name })}>
                      {t('desktops.assign')}
                    </button>
                    <button type="button" onClick={() => setAction({ kind: 'credentials', d })} aria-label={t('desktops.credentialsOf', { name: d.name })}>
                      {t('desktops.customCredentials')}
                    </button>
                    <button type="button" className="danger" onClick={() => setAction({ kind: 'delete', d })} aria-label={t('desktops.deleteOf', { name: d.name })}>
                      {t('common.delete')}
                    </button>
                  </div>
</td>
                </tr>
              );
            })}
            {q.data && items.length === 0 && (
              <tr>
                <td colSpan={system ? 10 : 9} className="muted">
                  {t('common.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager page={paging.page} total={q.data?.desktops.totalCount} pageInfo={q.data?.desktops.pageInfo} onNext={paging.next} onPrev={paging.prev} />
      {creating && <CreateDesktopDialog viewer={viewer} onClose={() => setCreating(false)} onCreated={q.reload} />}
      {action?.kind === 'assign' && <AssignDialog desktop={action.d} viewer={viewer} onClose={closeAction} />}
      {action?.kind === 'credentials' && <CredentialsDialog desktop={action.d} onClose={closeAction} />}
      {action?.kind === 'delete' && <DeleteDialog desktop={action.d} onClose={() => setAction(null)} onDeleted={q.reload} />}
    </section>
  );
}
