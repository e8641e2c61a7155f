// Subscriptions over graphql-ws on /graphql, the token in `connection_init`. A lost socket
// reconnects, and every subscriber is told to re-read then (it may have missed events). A renewed
// token needs a new socket (the token is sent once, at `connection_init`): the subscriptions move
// to it and re-read; so do they when the server closes the socket for good (an expired token).
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { getSession, onSessionChange, token } from './session';

interface Active {
  query: string;
  variables: Record<string, unknown>;
  onData: (data: unknown) => void;
  onResync: () => void;
  onError?: (message: string) => void;
  stop?: () => void;
  retry?: ReturnType<typeof setTimeout>;
}

let client: Client | null = null;
let connected = false;
let viewerId: string | null = getSession()?.viewer.id ?? null;
const waiting = new Set<() => void>();
const active = new Set<Active>();

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

function getClient(): Client {
  if (client) return client;
  client = createClient({
    url: socketUrl(),
    connectionParams: () => ({ token: token() }),
    lazy: true,
    lazyCloseTimeout: 3000,
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((r) => setTimeout(r, Math.min(8000, 500 * 2 ** retries)));
    },
    on: {
      connected: (_socket, _payload, wasRetry) => {
        connected = true;
        for (const w of waiting) w();
        waiting.clear();
        if (wasRetry) for (const a of active) a.onResync();
      },
      closed: () => {
        connected = false;
      },
    },
  });
  return client;
}

function start(a: Active) {
  a.stop = getClient().subscribe(
    { query: a.query, variables: a.variables },
    {
      next: (msg) => {
        if (msg.data) a.onData(msg.data);
        if (msg.errors?.length) a.onError?.(msg.errors[0].message);
      },
      error: (e) => {
        if (Array.isArray(e)) {
          // The server refused the operation itself: said once, not retried.
          a.onError?.(String((e[0] as { message?: string })?.message ?? 'subscription refused'));
          return;
        }
        // The socket closed for good: start again shortly, then re-read.
        if (!active.has(a)) return;
        clearTimeout(a.retry);
        a.retry = setTimeout(() => {
          if (!active.has(a) || !token()) return;
          start(a);
          a.onResync();
        }, 2000);
      },
      complete: () => {},
    },
  );
}

onSessionChange(() => {
  const next = getSession()?.viewer.id ?? null;
  const same = next !== null && next === viewerId;
  viewerId = next;
  const old = client;
  client = null;
  connected = false;
  if (same) {
    // A renewed token: the same subscriptions on a socket that carries it.
    for (const a of active) {
      a.stop?.();
      start(a);
      a.onResync();
    }
  } else {
    for (const a of active) a.stop?.();
  }
  if (old) void old.dispose();
});

/**
 * Subscribes; `onResync` runs after a reconnect (events may have been missed). Returns the
 * unsubscribe function.
 */
export function subscribe<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  onData: (data: R) => void,
  onResync: () => void,
  onError?: (message: string) => void,
): () => void {
  const a: Active = {
    query: doc.toString(),
    variables: variables as Record<string, unknown>,
    onData: onData as (data: unknown) => void,
    onResync,
    onError,
  };
  active.add(a);
  start(a);
  return () => {
    active.delete(a);
    clearTimeout(a.retry);
    a.stop?.();
  };
}

/** Resolves once the socket is acknowledged and a subscription sent just before has settled. */
export function whenSubscribed(): Promise<void> {
  const settle = () => new Promise<void>((r) => setTimeout(r, 300));
  if (connected) return settle();
  return new Promise<void>((r) => waiting.add(r)).then(settle);
}
