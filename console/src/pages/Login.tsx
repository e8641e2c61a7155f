import { useState, type FormEvent } from 'react';
import { request } from '../api/client';
import { Login as LoginOp } from '../api/ops';
import { setSession } from '../api/session';
import { LanguageSwitch } from '../app/App';
import { useT } from '../i18n';
import { ErrorText } from '../ui/errors';

export function Login() {
  const t = useT();
  const [tenant, setTenant] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const d = await request(
        LoginOp,
        { input: { tenant: tenant.trim() || null, username: username.trim(), password } },
        { anonymous: true },
      );
      setPassword('');
      setSession(d.login);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-page">
      <main id="main" className="login-card">
        <div className="login-lang">
          <LanguageSwitch />
        </div>
        <h1>
          <span className="logo" aria-hidden="true">
            ◆
          </span>{' '}
          xspace
        </h1>
        <p className="muted">{t('login.intro')}</p>
        <form onSubmit={submit}>
          <label className="field">
            <span>{t('login.tenant')}</span>
            <input name="tenant" value={tenant} onChange={(e) => setTenant(e.target.value)} autoComplete="organization" />
            <small className="muted">{t('login.tenantHint')}</small>
          </label>
          <label className="field">
            <span>{t('login.username')}</span>
            <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required />
          </label>
          <label className="field">
            <span>{t('login.password')}</span>
            <input
              name="password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
            />
          </label>
          <ErrorText error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('login.signingIn') : t('login.signIn')}
          </button>
        </form>
      </main>
    </div>
  );
}
