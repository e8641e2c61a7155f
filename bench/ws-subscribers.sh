#!/usr/bin/env bash
# 10,000 WebSocket subscribers on one xspace process: memory per idle subscriber and the
# time for one event to reach all of them. Prints Markdown and writes bench/results/ws-<date>-<time>.md.
#
#   bench/ws-subscribers.sh
#   XSPACE_BIN=/path/to/xspace bench/ws-subscribers.sh          # a given binary (default: build the repo's)
#   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres bench/ws-subscribers.sh   # PostgreSQL too
#
# Knobs: WS_SUBSCRIBERS (10000), WS_REPEATS (5 events), WS_CONCURRENCY (200 handshakes at a time),
# WS_IDLE_SECS (5), WS_SELECTION (fields of DesktopEvent selected, default `kind desktopId at`),
# WS_THREADS (client tokio workers, default one per core), WS_LOAD_ARGS (more ws-load flags).
# ws-load builds into BENCH_TARGET_DIR, else CARGO_TARGET_DIR, else bench/target.
# Needs: cargo, curl, jq; psql for PostgreSQL.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
N=${WS_SUBSCRIBERS:-10000}
REPEATS=${WS_REPEATS:-5}
CONCURRENCY=${WS_CONCURRENCY:-200}
IDLE=${WS_IDLE_SECS:-5}
SELECTION=${WS_SELECTION:-kind desktopId at}
PASSWORD=bench-password-$RANDOM$RANDOM
REPORT_MUTATION='mutation { reportAgentStatus(input: {osType: "linux", osDistro: "ubuntu", osVersion: "24.04", hostname: "bench", agentVersion: "ws-bench"}) { id } }'

for tool in cargo curl jq; do
    command -v "$tool" >/dev/null || { echo "ws-subscribers: $tool is needed" >&2; exit 2; }
done

# --- the client and the server binary ---
echo "ws-subscribers: building ws-load" >&2
WS_TARGET=${BENCH_TARGET_DIR:-${CARGO_TARGET_DIR:-$BENCH_DIR/target}}
(cd "$BENCH_DIR" && CARGO_TARGET_DIR=$WS_TARGET cargo build --release -q -p ws-load)
WS_LOAD=$WS_TARGET/release/ws-load
if [[ -z ${XSPACE_BIN:-} ]]; then
    echo "ws-subscribers: building xspace (cargo build --release at $REPO)" >&2
    (cd "$REPO" && cargo build --release -q)
    XSPACE_BIN=$(cd "$REPO" && cargo metadata --format-version 1 --no-deps | jq -r .target_directory)/release/xspace
fi
[[ -x $XSPACE_BIN ]] || { echo "ws-subscribers: no executable at $XSPACE_BIN" >&2; exit 2; }

# --- file descriptors: one per connection on each side ---
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if (( $(ulimit -n) < N + 1000 )); then
    echo "ws-subscribers: open-file limit $(ulimit -n) is too low for $N connections (hard limit $(ulimit -Hn))" >&2
    exit 2
fi

WORK=$(mktemp -d -t xspace-ws-bench.XXXXXX)
SERVER_PID=
PG_DB_CREATED=
pg() { PGOPTIONS='--client-min-messages=warning' psql -q "$BENCH_PG_URL" -c "$1" >/dev/null; }
cleanup() {
    if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    if [[ -n $PG_DB_CREATED ]]; then pg 'DROP DATABASE IF EXISTS xspace_bench_ws WITH (FORCE)' || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

export XSPACE_MASTER_KEY XSPACE_JWT_SECRET
XSPACE_MASTER_KEY=$(head -c32 /dev/urandom | base64)
XSPACE_JWT_SECRET=$(head -c32 /dev/urandom | base64)

gql() { # gql TOKEN QUERY [VARIABLES_JSON] -> .data, or fail
    local body out vars=${3:-'{}'}
    body=$(jq -cn --arg q "$2" --argjson v "$vars" '{query: $q, variables: $v}')
    out=$(curl -sS --fail-with-body -H 'Content-Type: application/json' ${1:+-H "Authorization: Bearer $1"} \
        --data "$body" "$BASE/graphql")
    if jq -e '.errors' <<<"$out" >/dev/null; then
        echo "ws-subscribers: GraphQL error: $out" >&2
        return 1
    fi
    jq -c '.data' <<<"$out"
}

# run BACKEND DATABASE_URL: one fresh server, setup, ws-load; appends Markdown to $REPORT.
# (Called plainly so that `set -e` holds inside; ws-load's own failure goes to $STATUS.)
run() {
    local backend=$1 db=$2 log=$WORK/server-$1.log
    echo "ws-subscribers: $backend: fresh server on $db" >&2
    DATABASE_URL=$db XSPACE_ADMIN_PASSWORD=$PASSWORD "$XSPACE_BIN" admin create --username ops >/dev/null 2>>"$log"
    DATABASE_URL=$db XSPACE_LISTEN=127.0.0.1:0 "$XSPACE_BIN" serve >"$WORK/server-$1.out" 2>>"$log" &
    SERVER_PID=$!
    BASE=
    for _ in $(seq 300); do
        BASE=$(sed -n 's/^xspace listening on \(http:\/\/[^ ]*\).*/\1/p' "$WORK/server-$1.out" | head -1)
        [[ -n $BASE ]] && curl -sf "$BASE/readyz" >/dev/null && break
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "ws-subscribers: server exited:" >&2; cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n $BASE ]] || { echo "ws-subscribers: server did not start" >&2; exit 1; }

    # The admin watches one desktop; its agent's report is the event (one AGENT_REPORTED each).
    local token tenant platform image desktop agent
    token=$(gql "" 'mutation($p: String!) { login(input: {username: "ops", password: $p}) { token } }' \
        "$(jq -cn --arg p "$PASSWORD" '{p: $p}')" | jq -r .login.token)
    tenant=$(gql "$token" 'mutation { createTenant(input: {slug: "bench", name: "Bench"}) { id } }' | jq -r .createTenant.id)
    platform=$(gql "$token" 'mutation { addCloudPlatform(input: {name: "bench", kind: OPENSTACK, endpoint: "sim://bench?images=20&seed=1", projectTenants: [{project: "acme", tenant: "bench"}]}) { id } }' \
        | jq -r .addCloudPlatform.id)
    gql "$token" 'mutation($id: ID!) { syncCloudPlatform(id: $id) { status } }' "$(jq -cn --arg id "$platform" '{id: $id}')" >/dev/null
    image=$(gql "$token" '{ vdiImages(first: 1, filter: {ready: true}) { edges { node { id bootMode } } } }' | jq -c '.vdiImages.edges[0].node')
    desktop=$(gql "$token" 'mutation($t: ID!, $s: ID!, $b: BootMode!) { createDesktop(input: {tenantId: $t, name: "bench-ws", sourceId: $s, bootMode: $b}) { id } }' \
        "$(jq -cn --arg t "$tenant" --argjson i "$image" '{t: $t, s: $i.id, b: $i.bootMode}')" | jq -r .createDesktop.id)
    agent=$(gql "$token" 'mutation($d: ID!) { issueAgentToken(desktopId: $d) { token } }' "$(jq -cn --arg d "$desktop" '{d: $d}')" \
        | jq -r .issueAgentToken.token)

    # A first report changes the desktop's OS info too (two events); the measured ones are repeats.
    curl -sS -o /dev/null -H 'Content-Type: application/json' -H "Authorization: Bearer $agent" \
        --data "$(jq -cn --arg q "$REPORT_MUTATION" '{query: $q}')" "$BASE/graphql"

    local args=(--url "$BASE" -n "$N" --concurrency "$CONCURRENCY" --repeats "$REPEATS" --idle-secs "$IDLE"
        --server-pid "$SERVER_PID" --json "$WORK/ws-$backend.json"
        --query "subscription(\$d: ID) { desktopEvents(desktopId: \$d) { $SELECTION } }"
        --variables "$(jq -cn --arg d "$desktop" '{d: $d}')"
        --trigger-query "$REPORT_MUTATION")
    [[ -n ${WS_THREADS:-} ]] && args+=(--threads "$WS_THREADS")
    # shellcheck disable=SC2206
    [[ -n ${WS_LOAD_ARGS:-} ]] && args+=($WS_LOAD_ARGS)

    local table
    table=$(WS_LOAD_TOKEN=$token WS_LOAD_TRIGGER_TOKEN=$agent "$WS_LOAD" "${args[@]}") || STATUS=$?
    {
        echo "### $backend"
        echo
        echo "$table"
        echo
    } >>"$REPORT"
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
    if grep -qiE 'panic|error' "$log"; then
        echo "ws-subscribers: $backend server log has errors:" >&2
        grep -iE 'panic|error' "$log" | head -20 >&2
    fi
}

DATE=$(date +%Y-%m-%d-%H%M%S)
mkdir -p "$BENCH_DIR/results"
OUT=$BENCH_DIR/results/ws-$DATE.md
REPORT=$WORK/report.md
commit=$(git -C "$(dirname "$XSPACE_BIN")" rev-parse --short HEAD 2>/dev/null || echo "?")
{
    echo "## WebSocket subscribers — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores," \
        "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
    echo "- server: \`$XSPACE_BIN\` (commit $commit), fresh database, \`RUST_LOG=${RUST_LOG:-info}\`; client: ws-load," \
        "same machine, both with \`ulimit -n $(ulimit -n)\`"
    echo "- method: $N connections to \`/graphql\` (\`graphql-transport-ws\`, $CONCURRENCY handshakes at a time)," \
        "each \`connection_init\` with a system admin's token, then" \
        "\`desktopEvents(desktopId)\` on one desktop selecting \`$SELECTION\`; memory is the server's" \
        "\`VmRSS\` before any connection and after all are subscribed (server gauge) and idle ${IDLE} s;" \
        "then $REPEATS times one \`reportAgentStatus\` by the desktop's agent (one \`AGENT_REPORTED\`" \
        "event), timed from writing its HTTP request to each subscriber's first \`next\`"
    echo "- load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
} >"$REPORT"

STATUS=0
run SQLite "sqlite://$WORK/bench.db"
if [[ -n ${BENCH_PG_URL:-} ]]; then
    command -v psql >/dev/null || { echo "ws-subscribers: psql is needed for BENCH_PG_URL" >&2; exit 2; }
    pg 'DROP DATABASE IF EXISTS xspace_bench_ws WITH (FORCE)'
    pg 'CREATE DATABASE xspace_bench_ws'
    PG_DB_CREATED=1
    pg_db=$(sed -E 's#^(postgres(ql)?://[^/]*)(/[^?]*)?#\1/xspace_bench_ws#' <<<"$BENCH_PG_URL")
    run PostgreSQL "$pg_db"
fi

cp "$REPORT" "$OUT"
cat "$REPORT"
echo "ws-subscribers: written to $OUT" >&2
exit $STATUS
