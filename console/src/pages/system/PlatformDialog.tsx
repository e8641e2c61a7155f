// Add or edit a cloud platform. The secret is write-only: the form says whether one is stored.
import { useState, type FormEvent } from 'react';
import { request } from '../../api/client';
import { AddPlatform, UpdatePlatform } from '../../api/ops';
import type { PlatformFieldsFragment, PlatformKind } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/errors';
import { MappingEditor, type Mapping } from './MappingEditor';

const KINDS: PlatformKind[] = ['OPENSTACK', 'ZSTACK', 'SMARTX', 'WXSTACK'];

export function PlatformDialog(props: { platform: PlatformFieldsFragment | null; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const p = props.platform;
  const [name, setName] = useState(p?.name ?? '');
  const [kind, setKind] = useState<PlatformKind>(p?.kind ?? 'OPENSTACK');
  const [endpoint, setEndpoint] = useState(p?.endpoint ?? '');
  const [secret, setSecret] = useState('');
  const [dropSecret, setDropSecret] = useState(false);
  const [mapping, setMapping] = useState<Mapping[]>(p?.projectTenants?.map((m) => ({ ...m })) ?? []);
  const [interval, setInterval] = useState(p?.syncIntervalSeconds != null ? String(p.syncIntervalSeconds) : '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const seconds = interval.trim() === '' ? null : Number(interval);
    if (seconds != null && (!Number.isInteger(seconds) || seconds < 60 || seconds > 604800)) {
      return setError(t('platform.intervalRange'));
    }
    const projectTenants = mapping
      .map((m) => ({ project: m.project.trim(), tenant: m.tenant.trim() }))
      .filter((m) => m.project || m.tenant);
    setBusy(true);
    try {
      if (p) {
        await request(UpdatePlatform, {
          input: {
            id: p.id,
            name: name.trim(),
            endpoint: endpoint.trim(),
            ...(dropSecret ? { secret: '' } : secret ? { secret } : {}),
            projectTenants,
            syncIntervalSeconds: seconds,
          },
        });
      } else {
        await request(AddPlatform, {
          input: { name: name.trim(), kind, endpoint: endpoint.trim(), secret: secret || null, projectTenants, syncIntervalSeconds: seconds },
        });
      }
      setSecret('');
      props.onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={p ? t('platform.editTitle', { name: p.name }) : t('platform.add')} onClose={props.onClose} wide>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('col.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required data-autofocus />
        </label>
        <label className="field">
          <span>{t('platform.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as PlatformKind)} disabled={!!p}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('platform.endpoint')}</span>
          <input value={endpoint} onChange={(e) => setEndpoint(e.target.value)} required placeholder="https://… | sim://name?images=10" />
        </label>
        <label className="field">
          <span>
            {t('platform.secret')}{' '}
            {p && (
              <span className="badge" data-testid="secret-state">
                {p.hasSecret ? t('common.set') : t('common.notSet')}
              </span>
            )}
          </span>
          <input
            type="password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            autoComplete="new-password"
            disabled={dropSecret}
            placeholder={p?.hasSecret ? t('source.passwordKeep') : ''}
          />
        </label>
        {p?.hasSecret && (
          <label className="check">
            <input type="checkbox" checked={dropSecret} onChange={(e) => setDropSecret(e.target.checked)} />
            <span>{t('platform.dropSecret')}</span>
          </label>
        )}
        <MappingEditor value={mapping} onChange={setMapping} />
        <label className="field">
          <span>{t('platform.interval')}</span>
          <input inputMode="numeric" value={interval} onChange={(e) => setInterval(e.target.value)} placeholder={t('platform.onDemand')} />
        </label>
        <ErrorText error={error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
