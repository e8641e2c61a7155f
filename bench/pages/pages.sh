# The pages part of bench/run.sh (sourced by it: it uses run.sh's helpers, tools and knobs).
# The console's own pages (bench/pages/pages.py), on a tenant of BENCH_PAGES_SMALL desktops and
# one of BENCH_PAGES_LARGE, each against xspace on PostgreSQL and against PostGraphile 5 over the
# same database, compared row by row first. See bench/README.md, "Pages".

PAGES_DIR="$BENCH/pages"
PAGES_DB="${BENCH_PAGES_DB:-xspace_bench_pages}"
PAGES_SMALL="${BENCH_PAGES_SMALL:-500}"
PAGES_LARGE="${BENCH_PAGES_LARGE:-50000}"
PAGES_PLATFORM_IMAGES="${BENCH_PAGES_PLATFORM_IMAGES:-14500}"
PAGES_SYNC_RUNS="${BENCH_PAGES_SYNC_RUNS:-300}"
PAGES_ONLY="${BENCH_PAGES:-}" # page slugs (pages.py list), space-separated; empty = all
USER_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"

case "$PAGES_DB" in xspace_bench*) ;; *) die "BENCH_PAGES_DB must start with xspace_bench" ;; esac
[[ "$SKIP_PG" != 1 && "$SKIP_PGL" != 1 ]] || die "the pages part runs xspace on PostgreSQL and PostGraphile: drop BENCH_SKIP_PG / BENCH_SKIP_POSTGRAPHILE"

pages() { python3 "$PAGES_DIR/pages.py" "$@"; }
internal_id() { python3 -c 'import base64, sys; s = sys.argv[1]; print(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)).decode().split(":", 1)[1])' "$1"; }

PAGES_URL="$(python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$PG_URL" "$PAGES_DB")"
log "pages: creating PostgreSQL database $PAGES_DB"
psql -q -v ON_ERROR_STOP=1 "$PG_URL" -c "DROP DATABASE IF EXISTS \"$PAGES_DB\" WITH (FORCE)" >&2
psql -q -v ON_ERROR_STOP=1 "$PG_URL" -c "CREATE DATABASE \"$PAGES_DB\"" >&2
PAGES_DB_CREATED=1
sql() { psql -q -v ON_ERROR_STOP=1 "$PAGES_URL" "$@" >&2; }

# ---------------------------------------------------------------------------------------------
# The data: through xspace's API what it makes quickly, then the bulk rows in SQL.
XSPACE_ADMIN_PASSWORD="$ADMIN_PASSWORD" xspace_env "$PAGES_URL" "$XSPACE_BIN" admin create --username ops >&2
start_xspace xspace-pages "$PAGES_URL"
PAGES_PID="$XSPACE_PID"
api="$XSPACE_URL/graphql"
login() { # tenant-slug-or-empty username password -> token
    local tenant=null
    [[ -n "$1" ]] && tenant="\"$1\""
    gqlv "$api" "" "mutation(\$u: String!, \$p: String!) { login(input: { tenant: $tenant, username: \$u, password: \$p }) { token } }" \
        "{\"u\": \"$2\", \"p\": \"$3\"}" | py get data.login.token
}
SYSTEM_TOKEN="$(login "" ops "$ADMIN_PASSWORD")"
declare -A TENANT_ID ADMIN_TOKEN USER_TOKEN USER_ID DESKTOPS
DESKTOPS[acme]="$PAGES_SMALL"
DESKTOPS[globex]="$PAGES_LARGE"
for slug in acme globex; do
    TENANT_ID[$slug]="$(gqlv "$api" "$SYSTEM_TOKEN" 'mutation($s: String!) { createTenant(input: { slug: $s, name: $s }) { id } }' \
        "{\"s\": \"$slug\"}" | py get data.createTenant.id)"
done
log "pages: adding a simulated OpenStack of $PAGES_PLATFORM_IMAGES images (projects acme, globex mapped to those tenants) and syncing it"
PLATFORM_ID="$(gqlv "$api" "$SYSTEM_TOKEN" 'mutation($e: String!) { addCloudPlatform(input: { name: "bench", kind: OPENSTACK, endpoint: $e,
    projectTenants: [{ project: "acme", tenant: "acme" }, { project: "globex", tenant: "globex" }] }) { id } }' \
    "{\"e\": \"sim://pages?images=$PAGES_PLATFORM_IMAGES&seed=1\"}" | py get data.addCloudPlatform.id)"
log "pages: sync $(gqlv "$api" "$SYSTEM_TOKEN" 'mutation($id: ID!) { syncCloudPlatform(id: $id) { status added error } }' \
    "{\"id\": \"$PLATFORM_ID\"}" | py get data.syncCloudPlatform)"
for slug in acme globex; do
    for who in admin:TENANT_ADMIN user-00000:TENANT_USER; do
        gqlv "$api" "$SYSTEM_TOKEN" 'mutation($t: ID!, $u: String!, $p: String!, $r: Role!) {
            createUser(input: { tenantId: $t, username: $u, password: $p, role: $r }) { id } }' \
            "{\"t\": \"${TENANT_ID[$slug]}\", \"u\": \"${who%%:*}\", \"p\": \"$USER_PASSWORD\", \"r\": \"${who##*:}\"}" |
            py get data.createUser.id >"$WORK/pages-$slug-${who%%:*}.id"
    done
    USER_ID[$slug]="$(cat "$WORK/pages-$slug-user-00000.id")"
    ADMIN_TOKEN[$slug]="$(login "$slug" admin "$USER_PASSWORD")"
    # the tenant's first ready custom image (R8: a desktop is made from a ready one, booting as it does)
    image="$(gql "$api" "${ADMIN_TOKEN[$slug]}" '{"query": "{ customImages(first: 1, filter: { ready: true }) { edges { node { id bootMode } } } }"}' |
        py get data.customImages.edges.0.node)"
    gqlv "$api" "${ADMIN_TOKEN[$slug]}" 'mutation($s: ID!, $o: ID!, $b: BootMode!) {
        createDesktop(input: { name: "desk-00000", sourceId: $s, ownerId: $o, bootMode: $b }) { id } }' \
        "$(python3 -c 'import json, sys; i = json.loads(sys.argv[1]); print(json.dumps({"s": i["id"], "o": sys.argv[2], "b": i["bootMode"]}))' \
            "$image" "${USER_ID[$slug]}")" | py get data.createDesktop.id >/dev/null
    users=$(( DESKTOPS[$slug] / 5 ))
    audit=$(( DESKTOPS[$slug] < 5000 ? 5000 : DESKTOPS[$slug] ))
    log "pages: tenant $slug: ${DESKTOPS[$slug]} desktops, $users tenant users and an admin, $audit audit entries (SQL)"
    sql -v tenant="$(internal_id "${TENANT_ID[$slug]}")" -v desktops="${DESKTOPS[$slug]}" -v users="$users" \
        -v audit="$audit" -f "$PAGES_DIR/seed-tenant.sql"
    USER_TOKEN[$slug]="$(login "$slug" user-00000 "$USER_PASSWORD")"
done
log "pages: $PAGES_SYNC_RUNS sync runs of the platform (SQL)"
sql -v platform="$(internal_id "$PLATFORM_ID")" -v runs="$PAGES_SYNC_RUNS" -f "$PAGES_DIR/seed-sync-runs.sql"
log "pages: VACUUM ANALYZE"
sql -c 'VACUUM ANALYZE'
psql -Atq "$PAGES_URL" -c "SELECT format('rows: %s desktops, %s users, %s sources, %s audit entries, %s sync runs',
    (SELECT count(*) FROM desktops), (SELECT count(*) FROM users), (SELECT count(*) FROM sources),
    (SELECT count(*) FROM audit_log), (SELECT count(*) FROM sync_runs))" >"$WORK/pages-rows"
log "pages: $(cat "$WORK/pages-rows")"

# ---------------------------------------------------------------------------------------------
# PostGraphile on the same database.
port="$(py port)"
log "pages: starting PostGraphile on 127.0.0.1:$port"
(cd "$BENCH/postgraphile" && exec env DATABASE_URL="$PAGES_URL" PGL_HOST=127.0.0.1 PGL_PORT="$port" \
    NODE_ENV=production "$PGL_NODE" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) \
    >"$WORK/postgraphile-pages.log" 2>&1 &
PAGES_PGL_PID=$!
PIDS+=("$PAGES_PGL_PID")
pages_pgl="http://127.0.0.1:$port/graphql"
for ((i = 0; i < 600; i++)); do
    kill -0 "$PAGES_PGL_PID" 2>/dev/null || { cat "$WORK/postgraphile-pages.log" >&2; die "PostGraphile exited"; }
    curl -sf -X POST -H 'Content-Type: application/json' --data '{"query": "{ __typename }"}' "$pages_pgl" >/dev/null 2>&1 && break
    sleep 0.2
done

# ---------------------------------------------------------------------------------------------
# Each page on each tenant (the system pages once): compare, then load both.
PAGES_RESULTS="$WORK/pages.tsv"
printf 'page\ttenant\ttarget\tconns\trps\tp50_ms\tp99_ms\terrors\trequests\tbytes\tserver_cpu\tpg_cpu\twrk_cpu\tother_cpu\tserver_ms\tpg_ms\tload1\tsql_per_req\n' >"$PAGES_RESULTS"
PAGES_START_LOAD="$(cat /proc/loadavg)"
measure_page() { # page tenant-label target url body token pid [metrics-url]
    local saved="$RESULTS"
    RESULTS="$WORK/pages-one.tsv"
    : >"$RESULTS"
    log "pages: $1, $2: $3"
    PROFILE_LABEL="$3 $1 $2" measure "$3" "$4" "$5" "$6" "$7" "${8:-}"
    awk -v page="$1" -v tenant="$2" '{ print page "\t" tenant "\t" $0 }' "$RESULTS" >>"$PAGES_RESULTS"
    RESULTS="$saved"
}
while read -r slug viewer scope <&3; do
    if [[ -n "$PAGES_ONLY" && " $PAGES_ONLY " != *" $slug "* ]]; then continue; fi
    name="$(pages name "$slug")"
    tenants=(acme globex)
    [[ "$scope" == system ]] && tenants=(system)
    for slug_t in "${tenants[@]}"; do
        case "$viewer" in
            admin) token="${ADMIN_TOKEN[$slug_t]}" ;;
            user) token="${USER_TOKEN[$slug_t]}" ;;
            *) token="$SYSTEM_TOKEN" ;;
        esac
        label="system"
        vars="{\"platform\": \"$PLATFORM_ID\"}"
        pvars="{\"platform\": \"$(internal_id "$PLATFORM_ID")\"}"
        if [[ "$slug_t" != system ]]; then
            label="$(printf '%s desktops' "$(python3 -c 'import sys; print(f"{int(sys.argv[1]):,}")' "${DESKTOPS[$slug_t]}")")"
            pvars="{\"tenant\": \"$(internal_id "${TENANT_ID[$slug_t]}")\", \"owner\": \"$(internal_id "${USER_ID[$slug_t]}")\"}"
        fi
        pages body "$slug" "$vars" >"$WORK/pages-$slug-$slug_t.xspace.json"
        pages pgl-body "$slug" "$pvars" >"$WORK/pages-$slug-$slug_t.pgl.json"
        gql "$api" "$token" "$(cat "$WORK/pages-$slug-$slug_t.xspace.json")" >"$WORK/pages-$slug-$slug_t.xspace.page.json"
        gql "$pages_pgl" "" "$(cat "$WORK/pages-$slug-$slug_t.pgl.json")" >"$WORK/pages-$slug-$slug_t.pgl.page.json"
        same="$(pages same-rows "$slug" "$WORK/pages-$slug-$slug_t.xspace.page.json" "$WORK/pages-$slug-$slug_t.pgl.page.json")" ||
            die "$name, $label: xspace's and PostGraphile's pages differ ($WORK/pages-$slug-$slug_t.*.page.json)"
        log "pages: $name, $label: xspace and PostGraphile pages: $same"
        measure_page "$name" "$label" xspace-postgres "$api" "$WORK/pages-$slug-$slug_t.xspace.json" "$token" "$PAGES_PID" "$XSPACE_URL/metrics"
        measure_page "$name" "$label" postgraphile "$pages_pgl" "$WORK/pages-$slug-$slug_t.pgl.json" "" "$PAGES_PGL_PID"
    done
done 3< <(pages list)
stop_pid "$PAGES_PGL_PID"
stop_pid "$PAGES_PID"

# ---------------------------------------------------------------------------------------------
# Report.
mkdir -p "$BENCH/results"
PAGES_OUT="$BENCH/results/pages-$(date +%Y-%m-%d-%H%M%S).md"
{
    echo "## Pages benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "- xspace: $XSPACE_BIN, XSPACE_ENV=production, default pool (16), on PostgreSQL $(psql -Atq "$PG_URL" -c 'SHOW server_version'), database $PAGES_DB"
    echo "- PostGraphile $("$PGL_NODE" -p 'require(process.argv[1]).version' "$BENCH/postgraphile/node_modules/postgraphile/package.json") (Amber preset, pool 16, one Node $("$PGL_NODE" --version) process, production mode) over the same database"
    echo "- data: tenant acme $PAGES_SMALL desktops, tenant globex $PAGES_LARGE, each with one tenant user per 5 desktops and an admin, and audit entries (5,000 or one per desktop, whichever is more); a simulated OpenStack of $PAGES_PLATFORM_IMAGES images whose projects acme and globex map to those tenants, and $PAGES_SYNC_RUNS sync runs; $(cat "$WORK/pages-rows")"
    echo "- documents: the console's own (console/src/api/ops.ts, with the fragments they spread), with the variables each page sends for its first page; each xspace request carries the viewer's bearer token"
    echo "- load: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), bench/graphql.lua; per page, tenant, target and connection count a ${WARMUP} warm-up then ${DURATION} measured; wrk on the same machine"
    echo "- an error is a non-200 status, a body containing \"errors\", or a socket error"
    echo "- load average: $PAGES_START_LOAD at the start, $(cat /proc/loadavg) at the end"
} >"$WORK/pages-meta.md"
pages report "$PAGES_RESULTS" "$PAGES_OUT" "$WORK/pages-meta.md"
log "written $PAGES_OUT"
