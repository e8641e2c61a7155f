// Add or edit a cloud platform. The secret is write-only: the form says whether one is stored.
import { useState, type FormEvent } from 'react';
import { request } from '../../api/client';
import { AddPlatform, UpdatePlatform } from '../../api/ops';
import type { PlacementInput, PlatformFieldsFragment, PlatformKind, ProjectTenantInput } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/errors';
import { MappingEditor, mappingInput, mappingRows, type Mapping } from './MappingEditor';
import { PlacementFields, placementForm, placementInput, type PlacementForm } from './PlacementFields';

const KINDS: PlatformKind[] = ['OPENSTACK', 'ZSTACK', 'SMARTX', 'WXSTACK'];

export function PlatformDialog(props: { platform: PlatformFieldsFragment | null; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const p = props.platform;
  const [name, setName] = useState(p?.name ?? '');
  const [kind, setKind] = useState<PlatformKind>(p?.kind ?? 'OPENSTACK');
  const [endpoint, setEndpoint] = useState(p?.endpoint ?? '');
  const [secret, setSecret] = useState('');
  const [dropSecret, setDropSecret] = useState(false);
  const [mapping, setMapping] = useState<Mapping[]>(mappingRows(p?.projectTenants));
  const [interval, setInterval] = useState(p?.syncIntervalSeconds != null ? String(p.syncIntervalSeconds) : '');
  const [uefi, setUefi] = useState(p?.uefiSetting == null ? '' : String(p.uefiSetting));
  const [placement, setPlacement] = useState<PlacementForm>(placementForm(p?.placement));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const seconds = interval.trim() === '' ? null : Number(interval);
    if (seconds != null && (!Number.isInteger(seconds) || seconds < 60 || seconds > 604800)) {
      return setError(t('platform.intervalRange'));
    }
    let place: PlacementInput | null;
    let projectTenants: ProjectTenantInput[];
    try {
      place = placementInput(placement);
      projectTenants = mappingInput(mapping);
    } catch {
      return setError(t('platform.placementNumber'));
    }
    const uefiValue = uefi === '' ? null : uefi === 'true';
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
            placement: place,
            uefi: uefiValue,
          },
        });
      } else {
        await request(AddPlatform, {
          input: {
            name: name.trim(),
            kind,
            endpoint: endpoint.trim(),
            secret: secret || null,
            projectTenants,
            syncIntervalSeconds: seconds,
            placement: place,
            uefi: uefiValue,
          },
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
        <label className="field">
          <span>{t('platform.uefi')}</span>
          <select value={uefi} onChange={(e) => setUefi(e.target.value)}>
            <option value="">{t('platform.uefiAsk')}</option>
            <option value="true">{t('platform.uefiYes')}</option>
            <option value="false">{t('platform.uefiNo')}</option>
          </select>
        </label>
        <PlacementFields legend={t('platform.placement')} hint={t('platform.placementHint')} value={placement} onChange={setPlacement} />
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
