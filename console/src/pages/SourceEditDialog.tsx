// The Edit dialog of an image or template: OS type and distro (R9), System User and System
// Password (R11; the password is write-only: shown as set or not set).
import { useState, type FormEvent } from 'react';
import { ApiError, request } from '../api/client';
import { ClearOsCredentials, SetOsCredentials, SetOsInfo, UpdateCredentialsFromSource } from '../api/ops';
import type { SourceFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/errors';

const DISTROS = ['win10', 'win11', 'win2019', 'win2022', 'ubuntu', 'debian', 'centos', 'uos', 'kylin'];

export function SourceEditDialog(props: {
  source: SourceFieldsFragment;
  onClose: () => void;
  onSaved: (s: SourceFieldsFragment) => void;
}) {
  const t = useT();
  const s = props.source;
  const [osType, setOsType] = useState(s.osType ?? '');
  const [osDistro, setOsDistro] = useState(s.osDistro ?? '');
  const [username, setUsername] = useState(s.osUsername ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState<number | null>(null);
  const [updated, setUpdated] = useState<number | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setUpdated(null);
    const user = username.trim();
    if (password && !user) return setError(t('source.needUser'));
    if (!password && user && user !== (s.osUsername ?? '')) return setError(t('source.needPassword'));
    setBusy(true);
    try {
      let current = s;
      if (osType !== (s.osType ?? '') || osDistro.trim() !== (s.osDistro ?? '')) {
        const d = await request(SetOsInfo, {
          input: { id: s.id, osType: osType || null, osDistro: osDistro.trim().toLowerCase() || null, expectedVersion: current.version },
        });
        current = d.setOsInfo;
      }
      let credentialsChanged = false;
      if (password) {
        const d = await request(SetOsCredentials, {
          input: { id: s.id, username: user, password, expectedVersion: current.version },
        });
        current = d.setOsCredentials;
        credentialsChanged = true;
        setPassword('');
      }
      props.onSaved(current);
      setSaved(true);
      if (credentialsChanged) await countStale();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const countStale = async () => {
    try {
      const d = await request(UpdateCredentialsFromSource, { sourceId: s.id, dryRun: true });
      setStale(d.updateCredentialsFromSource);
    } catch (err) {
      // A system admin's view of a custom source, or no desktops to manage: nothing to offer.
      if (!(err instanceof ApiError) || err.code !== 'FORBIDDEN') setError(err);
    }
  };

  const clear = async () => {
    setBusy(true);
    setError(null);
    try {
      const d = await request(ClearOsCredentials, { id: s.id });
      setUsername('');
      props.onSaved(d.clearOsCredentials);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const updateAll = async () => {
    setBusy(true);
    try {
      const d = await request(UpdateCredentialsFromSource, { sourceId: s.id, dryRun: false });
      setUpdated(d.updateCredentialsFromSource);
      setStale(0);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('source.editTitle', { name: s.name })} onClose={props.onClose}>
      <form onSubmit={save}>
        <label className="field">
          <span>{t('source.osType')}</span>
          <select value={osType} onChange={(e) => setOsType(e.target.value)} data-autofocus>
            <option value="">{t('source.osNone')}</option>
            <option value="windows">Windows</option>
            <option value="linux">Linux</option>
          </select>
        </label>
        <label className="field">
          <span>{t('source.osDistro')}</span>
          <input list="distros" value={osDistro} onChange={(e) => setOsDistro(e.target.value)} />
          <datalist id="distros">
            {DISTROS.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>{t('col.systemUser')}</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
        </label>
        <label className="field">
          <span>
            {t('col.systemPassword')}{' '}
            <span className="badge" data-testid="password-state">
              {s.hasOsPassword ? t('common.set') : t('common.notSet')}
            </span>
          </span>
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            placeholder={s.hasOsPassword ? t('source.passwordKeep') : ''}
          />
        </label>
        <ErrorText error={error} />
        {saved && (
          <p className="notice" role="status">
            {t('common.saved')}
          </p>
        )}
        {stale != null && stale > 0 && (
          <div className="notice" role="status">
            <p>{t('source.staleCount', { count: stale })}</p>
            <button type="button" onClick={() => void updateAll()} disabled={busy}>
              {t('desktops.updateCredentials')}
            </button>
          </div>
        )}
        {updated != null && (
          <p className="notice" role="status">
            {t('desktops.updatedCount', { count: updated })}
          </p>
        )}
        <div className="actions">
          {(s.hasOsPassword || s.osUsername) && (
            <button type="button" onClick={() => void clear()} disabled={busy}>
              {t('source.clearCredentials')}
            </button>
          )}
          <button type="button" onClick={props.onClose}>
            {t('common.close')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
