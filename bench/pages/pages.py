"""The pages part of bench/run.sh: the console's own pages, each beside its PostGraphile equivalent.

    pages.py list                          the pages, one a line: slug viewer scope
    pages.py name SLUG                     the page's name in the report
    pages.py document SLUG                 the page's GraphQL document
    pages.py body NAME VARS_JSON           the request body xspace gets (the console's document)
    pages.py pgl-body NAME VARS_JSON       the request body PostGraphile gets (postgraphile/NAME.graphql)
    pages.py same-rows NAME XSPACE PGL     both answers hold the same rows in the same order
    pages.py report TSV OUT_MD META_MD     the table and the targets

The documents come from console/src/api/ops.ts at run time (the operation and every fragment it
spreads), and each page's variables are those its console page sends for its first page: the
`useQuery(...)` call of that page is looked up in its source, so a change there stops the run
instead of measuring a document the console no longer sends.
"""

import base64
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OPS = os.path.join(ROOT, "console", "src", "api", "ops.ts")

# Variables a console page fills in at run time (an id from the URL): replaced by run.sh's values.
SOURCE_FILTER = {"nameContains": None, "platformId": None, "ready": None, "osType": None, "includeRemoved": False}


class Page:
    def __init__(self, name, op, viewer, scope, source, call, variables):
        self.name = name  # the page's name in the report
        self.op = op  # the operation in ops.ts
        self.viewer = viewer  # admin (the tenant admin), user (a tenant user), system (a system admin)
        self.scope = scope  # tenant: run on each tenant; system: once, the tenants do not change it
        self.source = source  # the console page that sends it
        self.call = call  # the page's useQuery(...) call, as written there
        self.variables = variables  # what that call sends for the first page


PAGES = [
    Page("desktops (tenant admin)", "Desktops", "admin", "tenant", "console/src/pages/tenant/Desktops.tsx",
         "useQuery(DesktopsQuery, { first: 50, after: paging.after, filter: { nameContains: search.trim() || null } })",
         {"first": 50, "after": None, "filter": {"nameContains": None}}),
    Page("my desktops (tenant user)", "Desktops", "user", "tenant", "console/src/pages/my/MyDesktops.tsx",
         "useQuery(Desktops, { first: 100 })",
         {"first": 100}),
    Page("custom images (tenant admin)", "CustomImages", "admin", "tenant", "console/src/pages/Sources.tsx",
         "useQuery(DOCS[kind] as typeof VdiImages, { first: PAGE_SIZE, after: paging.after, filter })",
         {"first": 50, "after": None, "filter": SOURCE_FILTER}),
    Page("users (tenant admin)", "Users", "admin", "tenant", "console/src/pages/Accounts.tsx",
         "useQuery(Users, { first: 50, after: paging.after, tenantId: tenantId || null })",
         {"first": 50, "after": None, "tenantId": None}),
    Page("audit log (tenant admin)", "AuditLog", "admin", "tenant", "console/src/pages/Audit.tsx",
         "useQuery(AuditLog, { first: 50, after: paging.after })",
         {"first": 50, "after": None}),
    Page("platform with its sync runs", "PlatformSources", "system", "system", "console/src/pages/system/PlatformDetail.tsx",
         "useQuery(PlatformSources, { id, first: 50, after: paging.after, images })",
         {"id": "$platform", "first": 50, "after": None, "images": True}),
    Page("system images (catalogue)", "VdiImages", "system", "system", "console/src/pages/Sources.tsx",
         "useQuery(DOCS[kind] as typeof VdiImages, { first: PAGE_SIZE, after: paging.after, filter })",
         {"first": 50, "after": None, "filter": SOURCE_FILTER}),
]
BY_NAME = {p.name: p for p in PAGES}
SLUG = {p.name: re.sub(r"[^a-z]+", "-", p.name.lower()).strip("-") for p in PAGES}


def fail(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


def page(name):
    if name in BY_NAME:
        return BY_NAME[name]
    for p in PAGES:
        if SLUG[p.name] == name:
            return p
    fail(f"no page {name!r}")


# ---------------------------------------------------------------------------------------------
# The documents.

def definitions():
    """Every `export const X = graphql(`...`)` of ops.ts: X -> its GraphQL text."""
    text = open(OPS).read()
    found = dict(re.findall(r"export const (\w+) = graphql\(`(.*?)`\);", text, re.S))
    if not found:
        fail(f"no graphql(`...`) definitions in {OPS}")
    return found


def document(op):
    """The operation and every fragment it spreads (transitively), as the console sends them."""
    defs = definitions()
    if op not in defs:
        fail(f"{OPS} has no operation {op}")
    by_fragment = {}
    for text in defs.values():
        m = re.match(r"\s*fragment (\w+) on ", text)
        if m:
            by_fragment[m.group(1)] = text
    parts, seen, todo = [defs[op].strip()], set(), [defs[op]]
    while todo:
        for name in re.findall(r"\.\.\.(\w+)", todo.pop()):
            if name in seen:
                continue
            if name not in by_fragment:
                fail(f"{op} spreads {name}, which {OPS} does not define")
            seen.add(name)
            parts.append(by_fragment[name].strip())
            todo.append(by_fragment[name])
    return "\n".join(parts)


def check_call(p):
    path = os.path.join(ROOT, p.source)
    squash = lambda s: re.sub(r"\s+", " ", s)
    if squash(p.call) not in squash(open(path).read()):
        fail(f"{p.source} no longer sends `{p.call}`: update bench/pages/pages.py to what the page sends")


def fill(value, given):
    if isinstance(value, dict):
        return {k: fill(v, given) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("$"):
        return given[value[1:]]
    return value


def cmd_list():
    for p in PAGES:
        print(SLUG[p.name], p.viewer, p.scope)


def cmd_body(name, given):
    p = page(name)
    check_call(p)
    print(json.dumps({"query": document(p.op), "variables": fill(p.variables, json.loads(given))}))


def cmd_pgl_body(name, given):
    p = page(name)
    query = open(os.path.join(HERE, "postgraphile", SLUG[p.name] + ".graphql")).read().strip()
    print(json.dumps({"query": query, "variables": json.loads(given)}))


def cmd_name(slug):
    print(page(slug).name)


def cmd_document(name):
    print(document(page(name).op))


# ---------------------------------------------------------------------------------------------
# Row by row: what both answers must agree on. A row is a list of (xspace path, PostGraphile
# path) values; IDs are compared as the rows' keys (xspace's global IDs decoded), enum values and
# text without regard to case (xspace answers `UEFI`, the column holds `uefi` or `UEFI`). A field
# in WALLED may be null on xspace's side only: the tenant wall hides an object of another scope
# (an entry's actor who is a system admin), PostGraphile has no wall.

def internal(value):
    """xspace's global ID `base64url(Type:uuid)` -> uuid; anything else unchanged."""
    if isinstance(value, str) and len(value) > 36:
        try:
            text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        except (ValueError, UnicodeDecodeError):
            return value
        if re.fullmatch(r"[A-Za-z]+:[0-9a-f-]{36}", text):
            return text.split(":", 1)[1]
    return value


def norm(value):
    value = internal(value)
    if isinstance(value, str):
        return value.lower()
    return value


DESKTOP = [("id", "rowId"), ("name", "name"), ("externalId", "externalId"),
           ("removedFromPlatform", "removed"), ("bootMode", "bootMode"), ("loginMode", "loginMode"),
           ("adDomain", "adDomain"), ("version", "version"), ("tenant.id", "tenant.rowId"),
           ("tenant.slug", "tenant.slug"), ("owner.id", "owner.rowId"), ("owner.username", "owner.username"),
           ("platform.id", "platform.rowId"), ("platform.name", "platform.name"),
           ("platform.kind", "platform.kind"), ("source.id", "source.rowId"), ("source.name", "source.name"),
           ("agent.hostname", "agentHostname"), ("agent.agentVersion", "agentVersion")]
SOURCE = [("id", "rowId"), ("name", "name"), ("externalId", "externalId"), ("bootMode", "bootMode"),
          ("videoModel", "videoModel"), ("osType", "osType"), ("osDistro", "osDistro"),
          ("osUsername", "osUsername"), ("removedFromPlatform", "removed"), ("version", "version"),
          ("tenant.id", "tenant.rowId"), ("tenant.slug", "tenant.slug"), ("platform.id", "platform.rowId"),
          ("platform.name", "platform.name"), ("platform.kind", "platform.kind")]
USER = [("id", "rowId"), ("username", "username"), ("role", "role"), ("disabled", "disabled"),
        ("tenant.id", "tenant.rowId"), ("tenant.slug", "tenant.slug")]
WALLED = {"actor.id"}
AUDIT = [("id", "rowId"), ("action", "action"), ("targetId", "targetId"), ("outcome", "outcome"),
         ("detail", "detail"), ("actor.id", "actorId")]
SYNC_RUN = [("id", "rowId"), ("status", "status"), ("added", "added"), ("updated", "updated"),
            ("removed", "removed"), ("error", "error")]

# page -> (xspace connection path, PostGraphile connection path, row fields, extra checks outside rows)
CONNECTIONS = {
    "desktops (tenant admin)": ("desktops", "allDesktops", DESKTOP),
    "my desktops (tenant user)": ("desktops", "allDesktops", DESKTOP),
    "custom images (tenant admin)": ("customImages", "allSources", SOURCE),
    "users (tenant admin)": ("users", "allUsers", USER),
    "audit log (tenant admin)": ("auditLog", "allAuditLogs", AUDIT),
    "platform with its sync runs": ("node.images", "platform.images", SOURCE),
    "system images (catalogue)": ("vdiImages", "allSources", SOURCE),
}
EXTRA = {
    "platform with its sync runs": [
        ("node.id", "platform.rowId"), ("node.name", "platform.name"), ("node.kind", "platform.kind"),
        ("node.endpoint", "platform.endpoint"), ("node.syncIntervalSeconds", "platform.syncIntervalSeconds"),
        ("node.projectTenants.project", "platform.projectTenants.nodes.project"),
        ("node.projectTenants.tenant", "platform.projectTenants.nodes.tenant.slug"),
        ("node.lastSync.id", "platform.lastSync.nodes.0.rowId"),
        *[(f"node.syncRuns.edges.node.{x}", f"platform.syncRuns.nodes.{y}") for x, y in SYNC_RUN],
    ],
}


def load(path):
    doc = json.load(open(path))
    if doc.get("errors") or not doc.get("data"):
        fail(f"{path}: {json.dumps(doc)[:1000]}")
    return doc["data"]


def get(obj, path):
    parts = path.split(".")
    for i, key in enumerate(parts):
        if obj is None:
            return None
        if isinstance(obj, list):
            if key.isdigit():
                obj = obj[int(key)] if int(key) < len(obj) else None
            else:
                return [get(o, ".".join(parts[i:])) for o in obj]
        else:
            obj = obj.get(key)
    return obj


def cmd_same_rows(name, xspace_file, pgl_file):
    p = page(name)
    x, g = load(xspace_file), load(pgl_file)
    xpath, gpath, fields = CONNECTIONS[p.name]
    xc, gc = get(x, xpath), get(g, gpath)
    xrows = [[norm(get(e["node"], a)) for a, _ in fields] for e in xc["edges"]]
    grows = [[norm(get(e["node"], b)) for _, b in fields] for e in gc["edges"]]
    want = p.variables["first"]
    if not xrows:
        fail(f"{p.name}: xspace's page is empty")
    for i, (a, b) in enumerate(zip(xrows, grows)):
        diff = [(f[0], u, v) for f, u, v in zip(fields, a, b) if u != v and not (u is None and f[0] in WALLED)]
        if diff:
            fail(f"{p.name}: row {i} differs (field, xspace, PostGraphile): {diff}")
    if len(xrows) != len(grows):
        fail(f"{p.name}: {len(xrows)} rows from xspace, {len(grows)} from PostGraphile")
    checks = [("pageInfo.hasNextPage", "pageInfo.hasNextPage")]
    if "totalCount" in xc:
        checks.append(("totalCount", "totalCount"))
    for a, b in checks:
        if xc[a.split(".")[0]] is not None and get(xc, a) != get(gc, b):
            fail(f"{p.name}: {a} {get(xc, a)} from xspace, {get(gc, b)} from PostGraphile")
    for a, b in EXTRA.get(p.name, []):
        u, v = norm(get(x, a)), norm(get(g, b))
        if isinstance(u, list):
            u, v = [norm(i) for i in u], [norm(i) for i in (v or [])]
        if u != v:
            fail(f"{p.name}: {a} is {u!r} from xspace, {b} is {v!r} from PostGraphile")
    total = f", totalCount {xc['totalCount']}" if "totalCount" in xc else ""
    print(f"{len(xrows)} rows of at most {want}{total}, identical")


# ---------------------------------------------------------------------------------------------
# The report.

def cmd_report(tsv, out_md, meta_file):
    lines = [l.rstrip("\n").split("\t") for l in open(tsv) if l.strip()]
    head, data = lines[0], lines[1:]
    idx = {h: i for i, h in enumerate(head)}
    rows = [{h: r[i] for h, i in idx.items()} for r in data]
    by = {(r["page"], r["tenant"], r["conns"], r["target"]): r for r in rows}
    cases = []
    for r in rows:
        key = (r["page"], r["tenant"], r["conns"])
        if key not in cases:
            cases.append(key)
    md = [open(meta_file).read().rstrip(), ""]
    md.append("| page | tenant | conns | xspace req/s | p50 ms | p99 ms | PostGraphile req/s | p99 ms | ratio | errors (xspace / PostGraphile) | xspace SQL/req | bytes (xspace / PostGraphile) |")
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    # wrk counts no request that is still unanswered when the measurement ends: 0 req/s with 0
    # errors is a server that answered nothing in time, reported as such.
    for pg, tenant, conns in cases:
        x = by.get((pg, tenant, conns, "xspace-postgres"))
        g = by.get((pg, tenant, conns, "postgraphile"))
        f = lambda r, k, fmt: fmt.format(float(r[k])) if r and int(r["requests"]) else ("none answered" if r and k == "rps" else "–")
        ratio = f"{float(x['rps']) / float(g['rps']):.2f}×" if x and g and float(g["rps"]) else "–"
        md.append(f"| {pg} | {tenant} | {conns} | {f(x, 'rps', '{:,.0f}')} | {f(x, 'p50_ms', '{:.2f}')} | "
                  f"{f(x, 'p99_ms', '{:.2f}')} | {f(g, 'rps', '{:,.0f}')} | {f(g, 'p99_ms', '{:.2f}')} | {ratio} | "
                  f"{x['errors'] if x else '–'} / {g['errors'] if g else '–'} | {x['sql_per_req'] if x else '–'} | "
                  f"{int(x['bytes']) if x else '–'} / {int(g['bytes']) if g else '–'} |")
    md += ["", "### Targets, per page", "",
           "| page | ≥ 3× PostGraphile at 16 and 64 | p99 ≤ 15 ms at 16 | totalCount: the large tenant within 20 % of the small one (req/s at 16) | 0 errors |",
           "|---|---|---|---|---|"]
    tenants = []
    for r in rows:
        if r["tenant"] not in tenants and r["tenant"] != "system":
            tenants.append(r["tenant"])
    for p in PAGES:
        mine = [r for r in rows if r["page"] == p.name]
        if not mine:
            continue
        verdict = lambda ok, text: ("yes" if ok else "**no**") + f" ({text})"
        ratios = []
        for r in mine:
            if r["target"] == "xspace-postgres" and r["conns"] in ("16", "64"):
                g = by.get((p.name, r["tenant"], r["conns"], "postgraphile"))
                if g and float(g["rps"]):
                    ratios.append(float(r["rps"]) / float(g["rps"]))
        c1 = verdict(bool(ratios) and min(ratios) >= 3, f"lowest {min(ratios):.2f}×") if ratios else "–"
        at16 = [r for r in mine if r["target"] == "xspace-postgres" and r["conns"] == "16"]
        p99s = [float(r["p99_ms"]) for r in at16]
        c2 = verdict(max(p99s) <= 15, f"highest {max(p99s):.2f} ms") if p99s else "–"
        if any(int(r["requests"]) == 0 for r in at16):
            c2 = "**no** (no request answered within the measurement)"
        if "totalCount" not in document(p.op):
            c3 = "– (no totalCount)"
        elif p.scope != "tenant":
            c3 = "– (a system page: the tenants do not change it)"
        else:
            small = by.get((p.name, tenants[0], "16", "xspace-postgres")) if len(tenants) == 2 else None
            large = by.get((p.name, tenants[1], "16", "xspace-postgres")) if len(tenants) == 2 else None
            c3 = "– (not measured on both tenants at 16 connections)"
            if small and large:
                rel = float(large["rps"]) / float(small["rps"])
                c3 = verdict(rel >= 0.8, f"{tenants[1]}: {rel:.2f}× the req/s on {tenants[0]}")
        errs = sum(int(r["errors"]) for r in mine)
        c4 = verdict(errs == 0, str(errs))
        silent = [f"{r['target']} at {r['conns']} on {r['tenant']}" for r in mine if int(r["requests"]) == 0]
        if silent:
            c4 = f"**no** ({errs} errors, and no request answered: {', '.join(silent)})"
        md.append(f"| {p.name} | {c1} | {c2} | {c3} | {c4} |")
    text = "\n".join(md) + "\n"
    with open(out_md, "w") as f:
        f.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    globals()["cmd_" + sys.argv[1].replace("-", "_")](*sys.argv[2:])
