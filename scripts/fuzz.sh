#!/usr/bin/env bash
# Fuzzes the GraphQL API with schemathesis (GraphQL mode, from PyPI) as the demo's system admin:
# every query and mutation, generated from the schema by introspection, against a fresh release
# server on SQLite. Fails on any 5xx or other schemathesis finding, and on any INTERNAL error
# (in a response or in the server's log). schemathesis also reports "ST113 GraphQL server error"
# for every resolver error (it wants expected outcomes in `data`); our contract answers refusals
# as errors with `extensions.code` (UNAUTHENTICATED, FORBIDDEN, …), so ST113 alone is not a
# failure here unless its code is INTERNAL.
#
#   scripts/fuzz.sh [MAX_EXAMPLES_PER_OPERATION]      (default 100; ~60 operations)
#
# Results (counts, duration) are printed at the end; SECURITY.md records the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLES="${1:-100}"
VENV="${XSPACE_FUZZ_VENV:-target/fuzz-venv}"
[ -x "$VENV/bin/st" ] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q "schemathesis==4.32.5"; }
[ -x target/release/xspace ] || cargo build --release

WORK="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
DATABASE_URL="sqlite://$WORK/xspace.db" XSPACE_LISTEN=127.0.0.1:0 RUST_LOG=warn \
  target/release/xspace serve --demo >"$WORK/stdout" 2>"$WORK/server.log" &
SERVER=$!
for _ in $(seq 1 100); do grep -q "xspace listening on" "$WORK/stdout" 2>/dev/null && break; sleep 0.2; done
BASE="$(sed -n 's/.*xspace listening on \(http[^ ]*\).*/\1/p' "$WORK/stdout" | head -1)"
for _ in $(seq 1 100); do curl -sf "$BASE/readyz" >/dev/null && break; sleep 0.2; done
TOKEN="$(curl -s "$BASE/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"mutation { login(input: {username: \"ops\", password: \"xspace-demo\"}) { token } }"}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')"

START=$(date +%s)
set +e
"$VENV/bin/st" run "$BASE/graphql" -H "Authorization: Bearer $TOKEN" \
  --max-examples "$EXAMPLES" --checks not_a_server_error --workers 2 --no-color 2>&1 | tee "$WORK/st.log"
STATUS=${PIPESTATUS[0]}
set -e
INTERNAL=$(grep -c "internal error" "$WORK/server.log" || true)
INTERNAL_SEEN=$(grep -c '"code":"INTERNAL"' "$WORK/st.log" || true)
OTHER=$(grep -E "❌ ST[0-9]+" "$WORK/st.log" | grep -vc "ST113" || true)
echo "== schemathesis exit $STATUS in $(( $(date +%s) - START )) s"
grep -E "generated|Tested:" "$WORK/st.log" || true
echo "== findings other than ST113: $OTHER; INTERNAL in responses: $INTERNAL_SEEN; INTERNAL logged by the server: $INTERNAL"
[ "$OTHER" -eq 0 ] && [ "$INTERNAL" -eq 0 ] && [ "$INTERNAL_SEEN" -eq 0 ]
