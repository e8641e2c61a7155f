#!/usr/bin/env bash
# A login storm: p50/p99 of an ordinary query (`me`, one connection) alone and while
# 32 connections send failed logins as fast as they can, each for a new account from a new client
# address (so the throttles let every one reach argon2). Release build, fresh SQLite, wrk.
#   XSPACE_BIN=path  use this binary (default: build the repository's release binary)
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; ROOT="$(cd "$BENCH/.." && pwd)"
command -v wrk >/dev/null || apt-get install -y -qq wrk
BIN="${XSPACE_BIN:-}"
if [[ -z "$BIN" ]]; then (cd "$ROOT" && cargo build --release --quiet); BIN="$ROOT/target/release/xspace"; fi
WORK="$(mktemp -d)"; trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export DATABASE_URL="sqlite://$WORK/x.db" XSPACE_LISTEN="127.0.0.1:$PORT" XSPACE_TRUSTED_PROXIES=127.0.0.1
export XSPACE_MASTER_KEY="$(head -c32 /dev/urandom | base64)" XSPACE_JWT_SECRET="$(head -c32 /dev/urandom | base64)"
XSPACE_ADMIN_PASSWORD=storm-admin-pass "$BIN" admin create --username ops >/dev/null 2>&1
"$BIN" serve >"$WORK/serve.log" 2>&1 &
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.2; done
TOKEN=$(curl -s "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
  -d '{"query":"mutation { login(input: {username: \"ops\", password: \"storm-admin-pass\"}) { token } }"}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')
echo '{"query":"query { me { id username role } }"}' >"$WORK/me.json"
me() { BENCH_BODY_FILE="$WORK/me.json" BENCH_TOKEN="$TOKEN" wrk -t1 -c1 -d10s -s "$BENCH/graphql.lua" \
  "http://127.0.0.1:$PORT/graphql" | grep RESULT; }
echo "me alone:        $(me)"
wrk -t2 -c32 -d14s -s "$BENCH/login-storm.lua" "http://127.0.0.1:$PORT/graphql" >"$WORK/storm.txt" &
sleep 2
echo "me during storm: $(me)"
wait %2 2>/dev/null || true
echo "storm:           $(grep -E 'Requests/sec' "$WORK/storm.txt")"
