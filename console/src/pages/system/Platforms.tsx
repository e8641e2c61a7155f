// Cloud platforms: kind, endpoint, availability, last sync, capabilities; add, edit, remove, sync.
import { useState } from 'react';
import { Platforms as PlatformsQuery, RemovePlatform } from '../../api/ops';
import { Link } from '../../app/router';
import type { PlatformFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/errors';
import { useMutation, useQuery } from '../../ui/hooks';
import { PlatformDialog } from './PlatformDialog';
import { SyncPanel } from './SyncPanel';
import { Capabilities, LastSync } from './bits';

export function Platforms() {
  const t = useT();
  const q = useQuery(PlatformsQuery, {});
  const [editing, setEditing] = useState<PlatformFieldsFragment | 'new' | null>(null);
  const [removing, setRemoving] = useState<PlatformFieldsFragment | null>(null);
  const [syncing, setSyncing] = useState<PlatformFieldsFragment | null>(null);
  const remove = useMutation(RemovePlatform);
  const list = q.data?.cloudPlatforms ?? [];
  return (
    <section>
      <div className="page-head">
        <h1>{t('nav.platforms')}</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('platform.add')}
        </button>
      </div>
      <ErrorText error={q.error} />
      <div className="table-wrap">
        <table className="grid">
          <caption className="sr-only">{t('nav.platforms')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('platform.kind')}</th>
              <th scope="col">{t('platform.endpoint')}</th>
              <th scope="col">{t('platform.availability')}</th>
              <th scope="col">{t('platform.lastSync')}</th>
              <th scope="col">{t('platform.capabilities')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id} data-platform={p.name}>
                <th scope="row">
                  <Link to={`/system/platforms/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                </th>
                <td>{t(`kind.${p.kind}`)}</td>
                <td className="mono small">{p.endpoint}</td>
                <td>
                  {p.available == null ? (
                    <span className="badge">{t('platform.neverSynced')}</span>
                  ) : p.available ? (
                    <span className="badge ok">{t('platform.available')}</span>
                  ) : (
                    <span className="badge bad">{t('platform.unavailable')}</span>
                  )}
                </td>
                <td>
                  <LastSync run={p.lastSync} />
                </td>
                <td>
                  <Capabilities c={p.capabilities} />
                </td>
                <td>
<div className="row-actions">
                  <button type="button" onClick={() => setSyncing(p)} aria-label={t('platform.syncOf', { name: p.name })}>
                    {t('platform.sync')}
                  </button>
                  <button type="button" onClick={() => setEditing(p)} aria-label={t('platform.editOf', { name: p.name })}>
                    {t('common.edit')}
                  </button>
                  <button type="button" className="danger" onClick={() => setRemoving(p)} aria-label={t('platform.removeOf', { name: p.name })}>
                    {t('common.remove')}
                  </button>
                </div>
</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <PlatformDialog
          platform={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            q.reload();
          }}
        />
      )}
      {syncing && (
        <Dialog title={t('platform.syncTitle', { name: syncing.name })} onClose={() => setSyncing(null)} wide>
          <SyncPanel platform={syncing} onDone={q.reload} />
        </Dialog>
      )}
      {removing && (
        <Dialog title={t('platform.removeTitle', { name: removing.name })} onClose={() => setRemoving(null)}>
          <p>{t('platform.removeConfirm')}</p>
          <ErrorText error={remove.error} />
          <div className="actions">
            <button type="button" onClick={() => setRemoving(null)} data-autofocus>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="danger"
              disabled={remove.busy}
              onClick={async () => {
                if (await remove.run({ id: removing.id })) {
                  setRemoving(null);
                  q.reload();
                }
              }}
            >
              {t('common.remove')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
