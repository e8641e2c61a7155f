#!/usr/bin/env node
// Conformance of xspace's `graphql-transport-ws` server, checked with the reference client
// (`graphql-ws`, driven through `createClient`) and, for what a well-behaved client never sends,
// with raw frames through the `ws` package.
//
// Run by tests/events/ws_reference_client.rs against a real server; by hand:
//
//   XSPACE_WS_URL=ws://127.0.0.1:8080/graphql XSPACE_ADMIN_TOKEN=… XSPACE_TENANT_TOKEN=… \
//   XSPACE_PLATFORM_ID=… node tests/ws-client/conformance.mjs
//
// or the same as `--ws-url`, `--admin-token`, `--tenant-token`, `--platform-id` (and optionally
// `--http-url`, `--expiring-ws-url` with `--expiring-token`: a server whose tokens live a few
// seconds, for the token-expiry case). The admin token is a system admin's, the tenant token a
// tenant user's; the platform is one the admin may sync.
//
// Prints one JSON line per case ({"case", "ok", "ms", "detail"}), then a summary line; exits 0
// when every case passed, 1 when one failed, 2 on bad arguments, 3 when the whole run overran.

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const PROTOCOL = 'graphql-transport-ws';
/// The server's connection_init deadline (src/http/ws.rs INIT_TIMEOUT), its ping interval and how
/// long it waits for the pong (PING_INTERVAL, PONG_TIMEOUT).
const INIT_TIMEOUT_MS = 5_000;
const PING_INTERVAL_MS = 15_000;
const PONG_TIMEOUT_MS = 10_000;
/// Slack allowed on top of a server timer (scheduling on a busy machine).
const SLACK_MS = 3_000;
/// How long an answer that should be immediate may take.
const PROMPT_MS = 3_000;
/// Nothing in this script may run longer than this.
const WATCHDOG_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// Arguments

function options() {
  const args = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) usage(`unexpected argument ${argv[i]}`);
    args[m[1]] = m[2] ?? argv[++i];
  }
  const pick = (flag, env) => args[flag] ?? process.env[env] ?? '';
  const o = {
    wsUrl: pick('ws-url', 'XSPACE_WS_URL'),
    httpUrl: pick('http-url', 'XSPACE_HTTP_URL'),
    adminToken: pick('admin-token', 'XSPACE_ADMIN_TOKEN'),
    tenantToken: pick('tenant-token', 'XSPACE_TENANT_TOKEN'),
    platformId: pick('platform-id', 'XSPACE_PLATFORM_ID'),
    expiringWsUrl: pick('expiring-ws-url', 'XSPACE_EXPIRING_WS_URL'),
    expiringToken: pick('expiring-token', 'XSPACE_EXPIRING_TOKEN'),
  };
  for (const [k, flag] of [
    ['wsUrl', 'ws-url'],
    ['adminToken', 'admin-token'],
    ['tenantToken', 'tenant-token'],
    ['platformId', 'platform-id'],
  ]) {
    if (!o[k]) usage(`--${flag} is required`);
  }
  if (!o.httpUrl) o.httpUrl = o.wsUrl.replace(/^ws(s?):\/\//, 'http$1://');
  return o;
}

function usage(why) {
  process.stderr.write(
    `${why}\nusage: node conformance.mjs --ws-url ws://HOST/graphql --admin-token T ` +
      `--tenant-token T --platform-id ID [--http-url URL] [--expiring-ws-url URL --expiring-token T]\n`,
  );
  process.exit(2);
}

const opt = options();
const ORIGIN = new URL(opt.httpUrl).origin;

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/// Resolves to `promise`'s value, or to `fallback` after `ms`.
function within(promise, ms, fallback = undefined) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((r) => {
      timer = setTimeout(() => r(fallback), ms);
    }),
  ]);
}

/// Polls `cond` until it returns something truthy (returned) or `ms` pass (undefined).
async function until(cond, ms, every = 50) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await cond();
    if (v) return v;
    if (Date.now() >= end) return undefined;
    await sleep(every);
  }
}

class CaseFailure extends Error {
  constructor(message, detail) {
    super(message);
    this.detail = detail;
  }
}

function check(cond, message, detail) {
  if (!cond) throw new CaseFailure(message, detail);
}

const results = [];

/// Runs one case; never throws.
async function runCase(name, fn) {
  const t0 = Date.now();
  let line;
  try {
    const detail = await fn();
    line = { case: name, ok: true, ms: Date.now() - t0, ...(detail === undefined ? {} : { detail }) };
  } catch (e) {
    line = {
      case: name,
      ok: false,
      ms: Date.now() - t0,
      error: e instanceof Error ? e.message : String(e),
      ...(e instanceof CaseFailure && e.detail !== undefined ? { detail: e.detail } : {}),
    };
  }
  results.push(line);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/// POST /graphql with a bearer token.
async function http(token, query, variables = {}) {
  const resp = await fetch(`${ORIGIN}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await resp.json();
  if (body.errors?.length) throw new CaseFailure(`HTTP GraphQL errors for ${query}`, body.errors);
  return body.data;
}

const SYNC = 'mutation Sync($id: ID!) { syncCloudPlatform(id: $id) { id status platform { id } } }';

async function syncOverHttp() {
  return (await http(opt.adminToken, SYNC, { id: opt.platformId })).syncCloudPlatform;
}

/// `xspace_subscriptions_active` from /metrics.
async function activeSubscriptions() {
  const resp = await fetch(`${ORIGIN}/metrics`, { signal: AbortSignal.timeout(10_000) });
  const text = await resp.text();
  const m = /^xspace_subscriptions_active(?:\{[^}]*\})?\s+([0-9.eE+-]+)\s*$/m.exec(text);
  if (!m) throw new CaseFailure('/metrics has no xspace_subscriptions_active', text.slice(0, 500));
  return Number(m[1]);
}

function syncEventsPayload(operationName) {
  return {
    operationName,
    query: `subscription ${operationName}($p: ID) { syncEvents(platformId: $p) { kind run { id status } platform { id } } }`,
    variables: { p: opt.platformId },
  };
}

// ---------------------------------------------------------------------------------------------
// The reference client

let idSeq = 0;

/// A `graphql-ws` client that records every protocol event and message, with ids that name the
/// operation (`<operationName>-<n>`) so that frames can be told apart.
function referenceClient({ url = opt.wsUrl, token, params, lazy = true, keepAlive = 0 }) {
  const t0 = Date.now();
  const log = {
    t0,
    connected: 0,
    closed: [],
    errors: [],
    messages: [],
    pings: [],
    pongs: [],
  };
  const at = () => Date.now() - t0;
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: params ?? (token === undefined ? undefined : { token }),
    lazy,
    keepAlive,
    retryAttempts: 0,
    onNonLazyError: (e) => log.errors.push({ at: at(), nonLazy: describe(e) }),
    generateID: (payload) => `${payload.operationName ?? 'op'}-${++idSeq}`,
    on: {
      connected: () => {
        log.connected++;
      },
      closed: (e) => log.closed.push({ at: at(), code: e?.code, reason: e?.reason }),
      error: (e) => log.errors.push({ at: at(), error: describe(e) }),
      message: (m) => log.messages.push({ at: at(), ...m }),
      ping: (received, payload) => log.pings.push({ at: at(), received, payload }),
      pong: (received, payload) => log.pongs.push({ at: at(), received, payload }),
    },
  });
  return { client, log, at };
}

function describe(e) {
  if (e && typeof e === 'object' && 'code' in e && 'reason' in e) return { code: e.code, reason: e.reason };
  if (e instanceof Error) return e.message;
  return e;
}

/// Subscribes through `client.subscribe` and records what the sink receives.
function collect(client, payload, at) {
  const rec = { nexts: [], error: undefined, completed: false, endedAt: undefined };
  let settle;
  rec.done = new Promise((r) => {
    settle = r;
  });
  rec.dispose = client.subscribe(payload, {
    next: (v) => rec.nexts.push({ at: at(), value: v }),
    error: (e) => {
      rec.error = { at: at(), value: e };
      rec.endedAt = at();
      settle('error');
    },
    complete: () => {
      rec.completed = true;
      rec.endedAt = at();
      settle('complete');
    },
  });
  return rec;
}

/// The frames a client received, without pings and pongs, for a failure's detail.
function frames(log) {
  return log.messages
    .filter((m) => m.type !== 'ping' && m.type !== 'pong')
    .map((m) => ({ at: m.at, type: m.type, ...(m.id ? { id: m.id } : {}), ...(m.payload ? { payload: m.payload } : {}) }));
}

const isCloseEvent = (v) => v && typeof v === 'object' && 'code' in v && 'reason' in v;

// ---------------------------------------------------------------------------------------------
// Raw sockets (`ws`), for what the reference client never sends

function rawSocket(protocols, url = opt.wsUrl) {
  const t0 = Date.now();
  const ws = protocols === null ? new WebSocket(url) : new WebSocket(url, protocols);
  const s = { ws, frames: [], closed: undefined, error: undefined, opened: false, protocol: undefined, waiters: [] };
  s.at = () => Date.now() - t0;
  s.open = new Promise((resolve) => {
    ws.on('open', () => {
      s.opened = true;
      s.protocol = ws.protocol;
      resolve(true);
    });
    ws.on('error', (e) => {
      s.error = e.message;
      resolve(false);
    });
    ws.on('close', () => resolve(false));
  });
  s.closedP = new Promise((resolve) => {
    ws.on('close', (code, reason) => {
      s.closed = { at: s.at(), code, reason: reason.toString() };
      resolve(s.closed);
      for (const w of s.waiters) w();
    });
  });
  ws.on('message', (data, isBinary) => {
    const text = data.toString();
    let msg;
    try {
      msg = JSON.parse(text);
    } catch {
      msg = { unparsed: text };
    }
    s.frames.push({ at: s.at(), binary: isBinary, ...msg });
    for (const w of s.waiters) w();
  });
  s.send = (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m));
  /// The first frame (from `from`) matching `pred`, or undefined once closed or after `ms`.
  s.frame = (pred, ms, from = 0) =>
    within(
      new Promise((resolve) => {
        const look = () => {
          const f = s.frames.slice(from).find(pred);
          if (f) return resolve(f);
          if (s.closed) return resolve(undefined);
        };
        s.waiters.push(look);
        look();
      }),
      ms,
    );
  s.close = () => {
    try {
      ws.terminate();
    } catch {
      // already gone
    }
  };
  return s;
}

/// A raw socket that completed the handshake and got `connection_ack` for `token`.
async function rawAcked(token) {
  const s = rawSocket([PROTOCOL]);
  check(await within(s.open, 10_000, false), 'handshake failed', { error: s.error, closed: s.closed });
  s.send({ type: 'connection_init', payload: { token } });
  const ack = await s.frame((f) => f.type === 'connection_ack', 10_000);
  check(ack, 'no connection_ack', { frames: s.frames, closed: s.closed });
  return s;
}

/// Waits for the close; fails unless it carries `code` within `ms`.
async function expectClose(s, code, ms, what) {
  const closed = await within(s.closedP, ms);
  check(closed, `${what}: the socket was not closed within ${ms} ms`, { frames: s.frames });
  check(closed.code === code, `${what}: closed with ${closed.code}, expected ${code}`, {
    closed,
    frames: s.frames,
  });
  return closed;
}

// ---------------------------------------------------------------------------------------------
// The cases

/// (a) A system admin's subscription receives the events of a sync triggered over HTTP.
async function subscriptionReceivesEvents() {
  const { client, log, at } = referenceClient({ token: opt.adminToken });
  try {
    const sub = collect(client, syncEventsPayload('SyncEventsA'), at);
    const connected = await until(() => log.connected > 0 || log.closed.length > 0, 10_000);
    check(connected && log.connected === 1, 'no connection_ack for a valid token in {token}', {
      closed: log.closed,
      errors: log.errors,
    });
    // The subscription is live once an event of a run we started arrives (the subscribe frame
    // may reach the server after the first sync).
    for (let attempt = 1; attempt <= 10; attempt++) {
      const run = await syncOverHttp();
      check(run.status === 'SUCCEEDED', 'the trigger sync failed', run);
      const ofRun = () => sub.nexts.filter((n) => n.value?.data?.syncEvents?.run?.id === run.id);
      const first = await until(() => ofRun().length > 0 || sub.error || sub.completed, 3_000);
      check(!sub.error && !sub.completed, 'the subscription ended', { error: sub.error?.value, frames: frames(log) });
      if (!first) continue;
      const end = await until(
        () => ofRun().some((n) => ['FINISHED', 'FAILED'].includes(n.value.data.syncEvents.kind)),
        10_000,
      );
      const kinds = ofRun().map((n) => n.value.data.syncEvents.kind);
      check(end, 'the run never finished on the subscription', { kinds });
      check(kinds[0] === 'STARTED' && kinds.at(-1) === 'FINISHED', 'events out of order', { kinds });
      for (const n of ofRun()) {
        check(n.value.data.syncEvents.platform.id === opt.platformId, 'event of another platform', n.value);
        check(!n.value.errors, 'event with errors', n.value);
      }
      return { attempts: attempt, kinds, connectionInit: { token: '<admin>' } };
    }
    throw new CaseFailure('no event arrived after 10 syncs', { frames: frames(log) });
  } finally {
    await client.dispose();
  }
}

/// (b) A query and a mutation over the socket: one `next`, then `complete` (promptly).
async function queryOverSocket() {
  const { client, log, at } = referenceClient({ token: opt.adminToken });
  try {
    const got = [];
    let completedAt;
    const iterate = (async () => {
      for await (const r of client.iterate({ operationName: 'Me', query: 'query Me { me { username role } }' })) {
        got.push({ at: at(), value: r });
      }
      completedAt = at();
    })();
    // Wait long enough to see a late `complete` (the server pings after 15 s).
    const finished = await within(
      iterate.then(() => 'done'),
      PING_INTERVAL_MS + 5_000,
      'timeout',
    );
    const detail = { results: got, completedAt, frames: frames(log) };
    check(got.length === 1, `expected one result, got ${got.length}`, detail);
    check(got[0].value.data?.me?.username === 'ops', 'wrong query result', detail);
    check(finished === 'done', 'the query never completed (no `complete` frame)', detail);
    const lag = completedAt - got[0].at;
    check(lag <= PROMPT_MS, `\`complete\` came ${lag} ms after the query's \`next\``, detail);
    return { result: got[0].value, completeLagMs: lag };
  } finally {
    await client.dispose();
  }
}

async function mutationOverSocket() {
  const { client, log, at } = referenceClient({ token: opt.adminToken });
  try {
    const sub = collect(client, { operationName: 'Sync', query: SYNC, variables: { id: opt.platformId } }, at);
    const first = await until(() => sub.nexts.length > 0 || sub.error, 30_000);
    check(first, 'no result for a mutation', { frames: frames(log), closed: log.closed });
    const ended = await within(sub.done, PING_INTERVAL_MS + 5_000, 'timeout');
    const detail = { nexts: sub.nexts, error: sub.error, completed: sub.completed, frames: frames(log) };
    check(!sub.error, 'the mutation errored', detail);
    check(sub.nexts.length === 1, `expected one result, got ${sub.nexts.length}`, detail);
    const run = sub.nexts[0].value.data?.syncCloudPlatform;
    check(run?.status === 'SUCCEEDED' && run.platform.id === opt.platformId, 'wrong mutation result', detail);
    check(ended === 'complete', 'the mutation never completed (no `complete` frame)', detail);
    const lag = sub.endedAt - sub.nexts[0].at;
    check(lag <= PROMPT_MS, `\`complete\` came ${lag} ms after the mutation's \`next\``, detail);
    return { result: sub.nexts[0].value, completeLagMs: lag };
  } finally {
    await client.dispose();
  }
}

/// (c) A refused token: the client's `closed` event carries 4403, and there is no ack.
async function rejectedToken(params, label) {
  const { client, log, at } = referenceClient({ params });
  try {
    const sub = collect(client, { operationName: 'Me', query: 'query Me { me { username } }' }, at);
    const ended = await within(sub.done, 10_000, 'timeout');
    const detail = { label, closed: log.closed, sinkError: describe(sub.error?.value), frames: frames(log) };
    check(ended === 'error', `the operation did not fail (${ended})`, detail);
    check(log.connected === 0, 'the server acknowledged a refused token', detail);
    check(log.closed.length === 1 && log.closed[0].code === 4403, 'closed event without code 4403', detail);
    check(isCloseEvent(sub.error.value) && sub.error.value.code === 4403, 'sink error is not the 4403 close', detail);
    check(sub.nexts.length === 0, 'a refused connection delivered results', detail);
    return { closed: log.closed[0] };
  } finally {
    await client.dispose();
  }
}

/// (d) A GraphQL error in a subscription reaches the sink's `error` with `extensions.code`, and the
/// connection stays up (answers the client's pings afterwards).
async function subscriptionError(token, payload, code) {
  const { client, log, at } = referenceClient({ token, lazy: false, keepAlive: 500 });
  try {
    const sub = collect(client, payload, at);
    const ended = await within(sub.done, 10_000, 'timeout');
    const detail = {
      ended,
      sinkError: sub.error?.value,
      nexts: sub.nexts,
      frames: frames(log),
      closed: log.closed,
    };
    check(ended !== 'timeout', 'no answer to the subscription within 10 s', detail);
    check(ended === 'error', `delivered as ${sub.nexts.length} next + complete instead of an error`, detail);
    check(Array.isArray(sub.error.value), 'the sink error is not a list of GraphQL errors (the socket closed?)', detail);
    const codes = sub.error.value.map((e) => e.extensions?.code);
    check(codes.includes(code), `error without extensions.code ${code}`, detail);
    check(sub.nexts.length === 0, 'results arrived besides the error', detail);
    const errorFrame = log.messages.find((m) => m.type === 'error');
    check(errorFrame, 'no `error` frame', detail);
    const errorAt = sub.error.at;
    const pong = await until(() => log.pongs.find((p) => p.received && p.at > errorAt), 5_000);
    check(pong && log.closed.length === 0, 'the connection did not survive the error', { ...detail, pongs: log.pongs });
    const completeForIt = log.messages.find((m) => m.type === 'complete' && m.id === errorFrame.id);
    check(!completeForIt, '`complete` sent after `error` (error terminates the operation)', detail);
    return { errorFrame: { id: errorFrame.id, payload: errorFrame.payload } };
  } finally {
    await client.dispose();
  }
}

/// (e) Disposing a subscription sends `complete`; the server stops it (the gauge drops, no more
/// `next` for its id) while another on the same socket keeps receiving.
async function unsubscribeStopsEvents() {
  const quiet = await until(async () => (await activeSubscriptions()) === 0, 10_000);
  check(quiet, 'subscriptions from earlier cases are still open on the server', {
    active: await activeSubscriptions(),
  });
  const { client, log, at } = referenceClient({ token: opt.adminToken, lazy: false });
  try {
    const a = collect(client, syncEventsPayload('Stopped'), at);
    const b = collect(client, syncEventsPayload('Kept'), at);
    let live;
    for (let attempt = 1; attempt <= 10 && !live; attempt++) {
      const run = await syncOverHttp();
      // The run's last event, so that none of its frames is still on its way when `a` completes
      // (a frame the server sent before it read `complete` may cross it on the wire).
      const seen = (rec) =>
        rec.nexts.some(
          (n) => n.value?.data?.syncEvents?.run?.id === run.id && n.value?.data?.syncEvents?.kind === 'FINISHED',
        );
      live = await until(() => (seen(a) && seen(b)) || a.error || b.error, 3_000);
    }
    check(live && !a.error && !b.error, 'the subscriptions never went live', { frames: frames(log) });
    const before = await activeSubscriptions();
    check(before === 2, `the server counts ${before} active subscriptions, expected 2`);
    const idA = log.messages.find((m) => m.type === 'next' && m.id.startsWith('Stopped-'))?.id;
    a.dispose();
    const disposedAt = at();
    check(await until(() => a.completed, PROMPT_MS), 'the sink was not completed on dispose');
    const dropped = await until(async () => (await activeSubscriptions()) === 1, 5_000);
    check(dropped, 'the server did not drop the completed subscription', { active: await activeSubscriptions() });
    const run = await syncOverHttp();
    const kept = await until(
      () =>
        b.nexts.some(
          (n) => n.value.data.syncEvents.run.id === run.id && n.value.data.syncEvents.kind === 'FINISHED',
        ),
      10_000,
    );
    check(kept, 'the other subscription stopped too');
    const late = log.messages.filter((m) => m.id === idA && m.at > disposedAt);
    check(late.length === 0, 'frames for the completed id after `complete`', { late });
    check(log.closed.length === 0, 'the socket closed', { closed: log.closed });
    return { completedId: idA, activeBefore: before, activeAfter: 1 };
  } finally {
    await client.dispose();
  }
}

/// Keep-alive with the reference client: it answers the server's pings, and stays connected past
/// the pong deadline.
async function keepAlive() {
  const { client, log } = referenceClient({ token: opt.adminToken, lazy: false });
  try {
    const connected = await until(() => log.connected > 0 || log.closed.length > 0, 10_000);
    check(connected && log.connected === 1, 'no connection_ack', { closed: log.closed });
    await sleep(PING_INTERVAL_MS + PONG_TIMEOUT_MS + 2_000);
    const detail = { pings: log.pings, pongs: log.pongs, closed: log.closed };
    check(log.pings.some((p) => p.received), 'no ping from the server', detail);
    check(log.pongs.some((p) => !p.received), 'the client sent no pong', detail);
    check(log.closed.length === 0, 'the server closed a connection that answered its pings', detail);
    return { serverPingsAtMs: log.pings.filter((p) => p.received).map((p) => p.at) };
  } finally {
    await client.dispose();
  }
}

/// The server closes, with 4403, a connection whose token expires (through the reference client).
async function tokenExpiry() {
  const { client, log, at } = referenceClient({ url: opt.expiringWsUrl, token: opt.expiringToken });
  try {
    const sub = collect(client, { operationName: 'Desk', query: 'subscription Desk { desktopEvents { kind } }' }, at);
    const ended = await within(sub.done, 30_000, 'timeout');
    const detail = { ended, connected: log.connected, closed: log.closed, sinkError: describe(sub.error?.value) };
    check(log.connected === 1, 'the expiring token was not acknowledged first (expired already?)', detail);
    check(ended === 'error', 'the connection outlived its token', detail);
    check(log.closed[0]?.code === 4403, 'closed without 4403', detail);
    return { closed: log.closed[0] };
  } finally {
    await client.dispose();
  }
}

// (f) raw frames

async function initTimeout() {
  const s = rawSocket([PROTOCOL]);
  try {
    check(await within(s.open, 10_000, false), 'handshake failed', { error: s.error });
    const closed = await expectClose(s, 4408, INIT_TIMEOUT_MS + SLACK_MS, 'no connection_init');
    check(closed.at >= INIT_TIMEOUT_MS - 1_000, `closed after ${closed.at} ms, before the init timeout`, closed);
    check(s.frames.length === 0, 'frames before the close', { frames: s.frames });
    return { closed };
  } finally {
    s.close();
  }
}

async function subscribeBeforeAck() {
  const s = rawSocket([PROTOCOL]);
  try {
    check(await within(s.open, 10_000, false), 'handshake failed', { error: s.error });
    s.send({ id: 'early', type: 'subscribe', payload: { query: '{ me { username } }' } });
    const closed = await expectClose(s, 4401, 10_000, 'subscribe before connection_init');
    return { closed };
  } finally {
    s.close();
  }
}

async function duplicateId() {
  const s = await rawAcked(opt.adminToken);
  try {
    const payload = syncEventsPayload('Dup');
    s.send({ id: 'dup', type: 'subscribe', payload });
    s.send({ id: 'dup', type: 'subscribe', payload });
    const closed = await expectClose(s, 4409, 10_000, 'a second subscribe with a live id');
    return { closed };
  } finally {
    s.close();
  }
}

async function secondInit() {
  const s = await rawAcked(opt.adminToken);
  try {
    s.send({ type: 'connection_init', payload: { token: opt.adminToken } });
    const closed = await expectClose(s, 4429, 10_000, 'a second connection_init');
    return { closed };
  } finally {
    s.close();
  }
}

async function noSubprotocol() {
  const s = rawSocket(null);
  try {
    const opened = await within(s.open, 10_000, false);
    if (!opened) return { refused: 'handshake', error: s.error, closed: s.closed };
    check(!s.protocol, `the server picked subprotocol ${s.protocol} though none was offered`);
    const closed = await expectClose(s, 4406, 10_000, 'no subprotocol');
    return { closed };
  } finally {
    s.close();
  }
}

async function wrongSubprotocol() {
  // The legacy `graphql-ws` subprotocol of subscriptions-transport-ws.
  const s = rawSocket(['graphql-ws']);
  try {
    const opened = await within(s.open, 10_000, false);
    if (!opened) {
      // `ws` refuses a handshake whose answer selects no offered subprotocol.
      check(s.error, 'the socket neither opened nor failed', { closed: s.closed });
      return { refused: 'handshake', error: s.error };
    }
    check(s.protocol !== 'graphql-ws', 'the server accepted the legacy subprotocol');
    const closed = await expectClose(s, 4406, 10_000, 'subprotocol graphql-ws');
    return { closed };
  } finally {
    s.close();
  }
}

async function pingPong() {
  const s = await rawAcked(opt.adminToken);
  try {
    s.send({ type: 'ping', payload: { n: 42 } });
    const pong = await s.frame((f) => f.type === 'pong', PROMPT_MS);
    check(pong, 'no pong', { frames: s.frames, closed: s.closed });
    check(pong.payload?.n === 42, 'the pong does not echo the ping payload', pong);
    return { pong };
  } finally {
    s.close();
  }
}

/// After the ack, sends `frames` and expects the close `code` (the close frame must be valid: a
/// reason of at most 123 bytes, else `ws` sees a protocol error and reports 1006).
async function closesAfter(frames, code, what) {
  const s = await rawAcked(opt.adminToken);
  try {
    for (const f of frames) s.send(f);
    const closed = await expectClose(s, code, 5_000, what);
    return { closed };
  } catch (e) {
    if (e instanceof CaseFailure && s.error) e.detail = { ...e.detail, clientError: s.error };
    throw e;
  } finally {
    s.close();
  }
}

const invalidJson = () => closesAfter(['not json'], 4400, 'a frame that is not JSON');
const invalidMessage = () => closesAfter([{ type: 'bogus' }], 4400, 'an unknown message type');
const subscribeWithoutQuery = () =>
  closesAfter(
    [{ id: 'noquery', type: 'subscribe', payload: { qury: '{ me { username } }' } }],
    4400,
    'a subscribe whose payload has no query',
  );
function duplicateLongId() {
  const frame = { id: 'x'.repeat(100), type: 'subscribe', payload: syncEventsPayload('DupLong') };
  return closesAfter([frame, frame], 4409, 'a second subscribe with a live 100-character id');
}

/// A peer that never answers the server's pings is dropped (4504: this server's choice; the
/// protocol leaves keep-alive policy to implementations).
async function silentPeer() {
  const s = await rawAcked(opt.adminToken);
  try {
    const ping = await s.frame((f) => f.type === 'ping', PING_INTERVAL_MS + SLACK_MS);
    check(ping, `no ping within ${PING_INTERVAL_MS + SLACK_MS} ms`, { frames: s.frames, closed: s.closed });
    const closed = await expectClose(s, 4504, PONG_TIMEOUT_MS + SLACK_MS, 'a silent peer');
    check(closed.at - ping.at >= PONG_TIMEOUT_MS - 1_000, `dropped ${closed.at - ping.at} ms after the ping`, closed);
    return { pingAtMs: ping.at, closed };
  } finally {
    s.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const watchdog = setTimeout(() => {
    process.stdout.write(`${JSON.stringify({ case: 'watchdog', ok: false, error: `run exceeded ${WATCHDOG_MS} ms` })}\n`);
    process.exit(3);
  }, WATCHDOG_MS);

  // Cases bounded by the server's timers run beside the rest.
  const slow = [
    runCase('f.init-timeout-4408', initTimeout),
    runCase('keepalive.client-answers-pings', keepAlive),
    runCase('keepalive.silent-peer-4504', silentPeer),
  ];
  if (opt.expiringWsUrl && opt.expiringToken) slow.push(runCase('token-expiry-4403', tokenExpiry));

  await runCase('a.subscription-receives-event', subscriptionReceivesEvents);
  await Promise.all([
    runCase('b.query-over-ws', queryOverSocket),
    runCase('b.mutation-over-ws', mutationOverSocket),
  ]);
  await runCase('c.rejected-token-4403', () => rejectedToken({ token: 'not-a-jwt' }, 'garbage token'));
  await runCase('c.missing-token-4403', () => rejectedToken(undefined, 'no connection_init payload'));
  await runCase('d.forbidden-subscription-error', () =>
    subscriptionError(opt.tenantToken, syncEventsPayload('Forbidden'), 'FORBIDDEN'),
  );
  await runCase('d.invalid-subscription-error', () =>
    subscriptionError(
      opt.adminToken,
      { operationName: 'Bad', query: 'subscription Bad { noSuchField }' },
      'GRAPHQL_VALIDATION_FAILED',
    ),
  );
  await runCase('e.unsubscribe-stops-events', unsubscribeStopsEvents);
  await runCase('f.subscribe-before-ack-4401', subscribeBeforeAck);
  await runCase('f.duplicate-id-4409', duplicateId);
  await runCase('f.second-init-4429', secondInit);
  await runCase('f.no-subprotocol-4406', noSubprotocol);
  await runCase('f.wrong-subprotocol-refused', wrongSubprotocol);
  await runCase('f.ping-pong-echo', pingPong);
  await runCase('f.invalid-json-4400', invalidJson);
  await runCase('f.invalid-message-4400', invalidMessage);
  await runCase('f.subscribe-without-query-4400', subscribeWithoutQuery);
  await runCase('f.duplicate-long-id-4409', duplicateLongId);
  await Promise.all(slow);

  clearTimeout(watchdog);
  const failed = results.filter((r) => !r.ok).map((r) => r.case);
  process.stdout.write(
    `${JSON.stringify({ summary: true, passed: results.length - failed.length, failed })}\n`,
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((e) => {
  process.stdout.write(`${JSON.stringify({ case: 'script', ok: false, error: String(e?.stack ?? e) })}\n`);
  process.exit(1);
});
