// The signed-in session: the token lives in this module's memory and in sessionStorage (this tab
// only, gone when the tab closes), never in localStorage or a cookie. See SECURITY.md.
import type { ViewerFieldsFragment } from '../gql/graphql';

export type Viewer = ViewerFieldsFragment;
export interface Session {
  token: string;
  expiresAt: string;
  viewer: Viewer;
}

const KEY = 'xspace.session';
let current: Session | null = load();
const listeners = new Set<() => void>();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refresher: (() => Promise<void>) | null = null;

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return Date.parse(s.expiresAt) > Date.now() ? s : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

function schedule() {
  clearTimeout(refreshTimer);
  if (!current || !refresher) return;
  const left = Date.parse(current.expiresAt) - Date.now();
  // Renew when a fifth of the lifetime (at most five minutes) is left.
  const wait = Math.max(1000, left - Math.min(5 * 60_000, left / 5));
  const run = refresher;
  refreshTimer = setTimeout(() => {
    run().catch(() => clearSession());
  }, wait);
}

export function getSession(): Session | null {
  return current;
}

export function token(): string | null {
  return current?.token ?? null;
}

export function setSession(s: Session) {
  current = s;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Storage may be off: the session then lasts as long as the page.
  }
  schedule();
  emit();
}

export function clearSession() {
  current = null;
  clearTimeout(refreshTimer);
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
  emit();
}

/** How to renew the token (set once by the client module, which knows the mutation). */
export function setRefresher(fn: () => Promise<void>) {
  refresher = fn;
  schedule();
}

export function onSessionChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
