// The shell: sign-in, the role's navigation, and the page for the current path.
import { useEffect, useSyncExternalStore, type ReactElement } from 'react';
import '../api/client';
import { clearSession, getSession, onSessionChange, type Viewer } from '../api/session';
import type { Role } from '../gql/graphql';
import { useI18n, useT, type Lang } from '../i18n';
import type { Key } from '../i18n/en';
import { Login } from '../pages/Login';
import { MyDesktops } from '../pages/my/MyDesktops';
import { MyDesktop } from '../pages/my/MyDesktop';
import { Platforms } from '../pages/system/Platforms';
import { PlatformDetail } from '../pages/system/PlatformDetail';
import { Sources } from '../pages/Sources';
import { Accounts } from '../pages/Accounts';
import { Audit } from '../pages/Audit';
import { Desktops } from '../pages/tenant/Desktops';
import { DesktopDetail } from '../pages/tenant/DesktopDetail';
import { Link, match, navigate, usePath } from './router';

interface Route {
  path: string;
  roles: Role[];
  nav?: Key;
  page: (params: Record<string, string>, viewer: Viewer) => ReactElement;
}

const SA: Role[] = ['SYSTEM_ADMIN'];
const TA: Role[] = ['TENANT_ADMIN'];
const TU: Role[] = ['TENANT_USER'];

export const ROUTES: Route[] = [
  { path: '/system/platforms', roles: SA, nav: 'nav.platforms', page: () => <Platforms /> },
  { path: '/system/platforms/:id', roles: SA, page: (p) => <PlatformDetail id={p.id} /> },
  { path: '/system/images', roles: SA, nav: 'nav.systemImages', page: () => <Sources kind="vdiImages" /> },
  { path: '/system/templates', roles: SA, nav: 'nav.systemTemplates', page: () => <Sources kind="vdiTemplates" /> },
  { path: '/system/desktops', roles: SA, nav: 'nav.desktops', page: (_p, v) => <Desktops viewer={v} /> },
  { path: '/system/desktops/:id', roles: SA, page: (p, v) => <DesktopDetail id={p.id} viewer={v} /> },
  { path: '/system/tenants', roles: SA, nav: 'nav.tenants', page: (_p, v) => <Accounts viewer={v} /> },
  { path: '/system/audit', roles: SA, nav: 'nav.audit', page: () => <Audit /> },
  { path: '/tenant/images', roles: TA, nav: 'nav.customImages', page: () => <Sources kind="customImages" /> },
  { path: '/tenant/templates', roles: TA, nav: 'nav.customTemplates', page: () => <Sources kind="customTemplates" /> },
  { path: '/tenant/desktops', roles: TA, nav: 'nav.desktops', page: (_p, v) => <Desktops viewer={v} /> },
  { path: '/tenant/desktops/:id', roles: TA, page: (p, v) => <DesktopDetail id={p.id} viewer={v} /> },
  { path: '/tenant/users', roles: TA, nav: 'nav.users', page: (_p, v) => <Accounts viewer={v} /> },
  { path: '/tenant/audit', roles: TA, nav: 'nav.audit', page: () => <Audit /> },
  { path: '/my/desktops', roles: TU, nav: 'nav.myDesktops', page: () => <MyDesktops /> },
  { path: '/my/desktops/:id', roles: TU, page: (p) => <MyDesktop id={p.id} /> },
];

export function homeOf(role: Role): string {
  if (role === 'SYSTEM_ADMIN') return '/system/platforms';
  if (role === 'TENANT_ADMIN') return '/tenant/desktops';
  return '/my/desktops';
}

const CONSOLE_TITLE: Record<Role, Key> = {
  SYSTEM_ADMIN: 'console.system',
  TENANT_ADMIN: 'console.tenant',
  TENANT_USER: 'console.user',
};

function useSession() {
  return useSyncExternalStore(onSessionChange, getSession);
}

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="lang">
      <span className="sr-only">{t('common.language')}</span>
      <select aria-label={t('common.language')} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        <option value="en">English</option>
        <option value="zh-CN">简体中文</option>
      </select>
    </label>
  );
}

export function App() {
  const session = useSession();
  const path = usePath();
  const t = useT();
  if (!session) {
    if (path !== '/login') {
      const back = path === '/' ? '' : `?next=${encodeURIComponent(path)}`;
      return <Redirect to={`/login${back}`} />;
    }
    return <Login />;
  }
  const viewer = session.viewer;
  if (path === '/' || path === '/login' || path === '/index.html') {
    const next = new URLSearchParams(window.location.search).get('next');
    return <Redirect to={next && next.startsWith('/') && !next.startsWith('//') ? next : homeOf(viewer.role)} />;
  }
  let body: ReactElement = <NotFound />;
  for (const r of ROUTES) {
    const params = match(r.path, path);
    if (params) {
      body = r.roles.includes(viewer.role) ? r.page(params, viewer) : <NotForRole />;
      break;
    }
  }
  const nav = ROUTES.filter((r) => r.nav && r.roles.includes(viewer.role));
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('common.skip')}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◆
          </span>{' '}
          xspace · {t(CONSOLE_TITLE[viewer.role])}
        </div>
        <div className="who">
          <LanguageSwitch />
          <span className="viewer" data-testid="viewer">
            {viewer.tenant ? `${viewer.username}@${viewer.tenant.slug}` : viewer.username} · {t(`role.${viewer.role}`)}
          </span>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearSession();
              navigate('/login', true);
            }}
          >
            {t('common.signOut')}
          </button>
        </div>
      </header>
      <div className="body">
        <nav className="side" aria-label={t('nav.label')}>
          <ul>
            {nav.map((r) => (
              <li key={r.path}>
                <Link to={r.path} aria-current={path.startsWith(r.path) ? 'page' : undefined}>
                  {t(r.nav as Key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {body}
        </main>
      </div>
    </div>
  );
}

function NotFound() {
  const t = useT();
  return (
    <section>
      <h1>{t('common.notFoundTitle')}</h1>
      <p data-testid="not-found">{t('common.notFound')}</p>
    </section>
  );
}

function NotForRole() {
  const t = useT();
  return (
    <section>
      <h1>{t('common.forbiddenTitle')}</h1>
      <p data-testid="not-for-role">{t('common.forbidden')}</p>
    </section>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, true), [to]);
  return null;
}
