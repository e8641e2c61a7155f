// Create a desktop: the source picker shows readiness; a source that is not ready or a boot mode
// that differs from the source's is refused here, before anything is sent (R6, R8). Should the
// API still refuse, its error is shown.
import { useMemo, useState, type FormEvent } from 'react';
import { CreateDesktop, CustomImages, CustomTemplates, VdiImages, VdiTemplates } from '../../api/ops';
import type { Viewer } from '../../api/session';
import type { BootMode, LoginMode, SourceFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/errors';
import { useMutation, useQuery } from '../../ui/hooks';
import { ReadinessBadges } from '../../ui/Readiness';
import { osLabel } from '../SourceTable';
import { useTenantUsers } from './DesktopDialogs';

const MAX_SHOWN = 40;

export function CreateDesktopDialog({ viewer, onClose, onCreated }: { viewer: Viewer; onClose: () => void; onCreated: () => void }) {
  const t = useT();
  const all = { first: 100, filter: { includeRemoved: false } };
  const vi = useQuery(VdiImages, all);
  const vt = useQuery(VdiTemplates, all);
  const ci = useQuery(CustomImages, all);
  const ct = useQuery(CustomTemplates, all);
  const users = useTenantUsers(viewer);
  const sources = useMemo(() => {
    const list: SourceFieldsFragment[] = [
      ...(ci.data?.customImages.edges ?? []),
      ...(ct.data?.customTemplates.edges ?? []),
      ...(vi.data?.vdiImages.edges ?? []),
      ...(vt.data?.vdiTemplates.edges ?? []),
    ].map((e) => e.node);
    return list;
  }, [vi.data, vt.data, ci.data, ct.data]);
  const [name, setName] = useState('');
  const [search, setSearch] = useState('');
  const [sourceId, setSourceId] = useState('');
  const [bootMode, setBootMode] = useState<BootMode | ''>('');
  const [owner, setOwner] = useState('');
  const [loginMode, setLoginMode] = useState<LoginMode>('LOCAL');
  const [adDomain, setAdDomain] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const m = useMutation(CreateDesktop);
  const source = sources.find((s) => s.id === sourceId);
  const needle = search.trim().toLowerCase();
  const shown = sources.filter((s) => !needle || s.name.toLowerCase().includes(needle)).slice(0, MAX_SHOWN);
  if (source && !shown.includes(source)) shown.unshift(source);

  const pick = (s: SourceFieldsFragment) => {
    setSourceId(s.id);
    setRefusal(null);
    if (s.bootMode) setBootMode(s.bootMode);
  };
  const mismatch = !!(source && bootMode && source.bootMode && source.bootMode !== bootMode);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    if (!source) return setRefusal(t('create.pickSource'));
    if (!source.readiness.ready) {
      return setRefusal(t('create.notReady', { reasons: source.readiness.problems.map((p) => p.message).join('; ') }));
    }
    if (!bootMode) return setRefusal(t('create.pickBootMode'));
    if (mismatch) return setRefusal(t('create.mismatch', { source: source.bootMode ?? '', mode: bootMode }));
    const d = await m.run({
      input: {
        name: name.trim(),
        sourceId: source.id,
        ownerId: owner || null,
        bootMode,
        loginMode,
        adDomain: loginMode === 'AD_DOMAIN' ? adDomain.trim() : null,
      },
    });
    if (d) {
      onCreated();
      onClose();
    }
  };
  const loadError = vi.error || vt.error || ci.error || ct.error || users.error;
  return (
    <Dialog title={t('desktops.create')} onClose={onClose} wide>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('col.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required data-autofocus />
        </label>
        <fieldset className="picker">
          <legend>{t('create.source')}</legend>
          <label className="field inline">
            <span>{t('filter.search')}</span>
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          </label>
          <div className="picker-list" role="radiogroup" aria-label={t('create.source')}>
            {shown.map((s) => (
              <label key={s.id} className={`picker-item${s.id === sourceId ? ' picked' : ''}`} data-source={s.name}>
                <input type="radio" name="source" value={s.id} checked={s.id === sourceId} onChange={() => pick(s)} />
                <span className="picker-name">{s.name}</span>
                <span className="muted small">
                  {s.scope === 'CUSTOM' ? t('create.custom') : t('create.system')} · {s.platform.name} · {s.bootMode ?? '?'} · {osLabel(s) || '—'}
                </span>
                <ReadinessBadges readiness={s.readiness} />
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('col.bootMode')}</span>
          <select value={bootMode} onChange={(e) => setBootMode(e.target.value as BootMode)} aria-invalid={mismatch}>
            <option value="">—</option>
            <option value="BIOS">BIOS</option>
            <option value="UEFI">UEFI</option>
          </select>
          {mismatch && source && (
            <small className="error-inline" data-testid="mismatch">
              {t('create.mismatch', { source: source.bootMode ?? '', mode: bootMode })}
            </small>
          )}
        </label>
        <label className="field">
          <span>{t('desktops.owner')}</span>
          <select value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t('desktops.nobody')}</option>
            {(users.data?.users.edges ?? [])
              .filter((e) => e.node.role === 'TENANT_USER')
              .map(({ node: u }) => (
                <option key={u.id} value={u.id}>
                  {u.username}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span>{t('desktop.loginMode')}</span>
          <select value={loginMode} onChange={(e) => setLoginMode(e.target.value as LoginMode)}>
            <option value="LOCAL">{t('desktop.localMode')}</option>
            <option value="AD_DOMAIN">{t('create.adMode')}</option>
          </select>
        </label>
        {loginMode === 'AD_DOMAIN' && (
          <label className="field">
            <span>{t('connection.domain')}</span>
            <input value={adDomain} onChange={(e) => setAdDomain(e.target.value)} required />
          </label>
        )}
        <ErrorText error={loadError} />
        {refusal && (
          <p className="error" role="alert" data-code="CLIENT_REFUSED">
            {refusal}
          </p>
        )}
        <ErrorText error={m.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={m.busy}>
            {t('desktops.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
