#!/usr/bin/env node
// GraphQL over HTTP conformance of an xspace server, checked with the audit suite of the
// `graphql-http` package (its `serverAudits`: one audit per rule of the GraphQL-over-HTTP spec,
// each with an id; a failed MUST is an `error`, a failed SHOULD a `warn`, a failed MAY a
// `notice`).
//
// Run by tests/security/http_audit.rs against a real server; by hand:
//
//   node tests/http-audit/audit.mjs --url http://127.0.0.1:8080/graphql
//
// (or XSPACE_GRAPHQL_URL). Prints one JSON line per audit ({"id", "name", "status", "reason",
// "response"}: the status, content type and the start of the body of a failed audit's answer),
// then a summary line ({"summary": {"ok", "notice", "warn", "error"}}). Exits 0 when every audit
// ran (whatever their results: the Rust test judges them against its list of exceptions), 2 on
// bad arguments, 3 when an audit could not run at all (the server unreachable).

import { serverAudits } from 'graphql-http';

function url() {
  const argv = process.argv.slice(2);
  let url = process.env.XSPACE_GRAPHQL_URL ?? '';
  for (let i = 0; i < argv.length; i++) {
    const m = /^--url(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      console.error(`unexpected argument ${argv[i]}\nusage: node audit.mjs --url http://host:port/graphql`);
      process.exit(2);
    }
    url = m[1] ?? argv[++i] ?? '';
  }
  if (!/^https?:\/\//.test(url)) {
    console.error('usage: node audit.mjs --url http://host:port/graphql (or XSPACE_GRAPHQL_URL)');
    process.exit(2);
  }
  return url;
}

async function shown(response) {
  if (!response) return null;
  let body = '';
  try {
    body = await response.text();
  } catch {
    body = '(body already read)';
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: body.slice(0, 500),
  };
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
try {
  for (const { fn } of serverAudits({ url: url() })) {
    const result = await fn();
    counts[result.status] += 1;
    const line = { id: result.id, name: result.name, status: result.status };
    if (result.status !== 'ok') {
      line.reason = result.reason;
      line.response = await shown(result.response);
    }
    console.log(JSON.stringify(line));
  }
} catch (e) {
  console.error(`an audit could not run: ${e?.stack ?? e}`);
  process.exit(3);
}
console.log(JSON.stringify({ summary: counts }));
