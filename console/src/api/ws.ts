// Subscriptions over graphql-ws on /graphql, the token in `connection_init`. A lost socket
// reconnects; every subscriber is told to re-read then (it may have missed events).
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { onSessionChange, token } from './session';

let client: Client | null = null;
let connected = false;
const waiting = new Set<() => void>();
const resyncs = new Set<() => void>();

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
        if (wasRetry) for (const r of resyncs) r();
      },
      closed: () => {
        connected = false;
      },
    },
  });
  return client;
}

// A new identity needs a new socket (the token is sent once, at `connection_init`).
onSessionChange(() => {
  if (client) {
    void client.dispose();
    client = null;
    connected = false;
  }
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
  resyncs.add(onResync);
  const stop = getClient().subscribe<R>(
    { query: doc.toString(), variables: variables as Record<string, unknown> },
    {
      next: (msg) => {
        if (msg.data) onData(msg.data as R);
        if (msg.errors?.length && onError) onError(msg.errors[0].message);
      },
      error: (e) => onError?.(e instanceof Error ? e.message : 'subscription closed'),
      complete: () => {},
    },
  );
  return () => {
    resyncs.delete(onResync);
    stop();
  };
}

/** Resolves once the socket is acknowledged and a subscription sent just before has settled. */
export function whenSubscribed(): Promise<void> {
  const settle = () => new Promise<void>((r) => setTimeout(r, 300));
  if (connected) return settle();
  return new Promise<void>((r) => waiting.add(r)).then(settle);
}
