#!/usr/bin/env python3
"""A CloudTower stand-in: the calls of CloudTower's API (`/v2/api`) that xspace's SMARTX driver
makes, answered in the shapes of CloudTower's published OpenAPI spec, version 4.6.0
(smartxworks/cloudtower-api-doc-tauri, cloudtower-api-doc/static/specs/4.6.0-swagger.json), so
that the vendor's own Python SDK (`cloudtower-sdk` on PyPI) parses every answer.

Standard library only. Start: `python3 tests/standins/cloudtower.py --port 0`; it prints one line,
`cloudtower stand-in listening on http://127.0.0.1:PORT`, then serves until killed.

What it models, from the spec and CloudTower's API guide (same repository, docs/learning-api):
- `POST /v2/api/login` {username, password, source} -> {"task_id": null, "data": {"token": ...}};
  every other call needs the token, bare, in the `Authorization` header. The guide says tokens do
  not expire; a real token still dies with a logout, a password change or a restart, which the
  control path models (`expire-tokens`, `token_ttl`). The spec lists no 401; this stand-in answers
  a missing or dead token with 401 and an ErrorBody, which the SDK maps to UnauthorizedException.
- queries take {where, first, skip, after, orderBy}; `where` understands a field's value, the
  suffixes _not, _in, _not_in, _contains, _starts_with, _ends_with, _gt, _gte, _lt, _lte, nested
  objects (`cluster: {id: ..}`), list relations (_some, _every, _none) and AND / OR / NOT; a field
  the resource does not have is refused with 400, as CloudTower's schema validation does.
- changes answer `[{"task_id": ..., "data": ...}]` at once with a placeholder whose
  `entityAsyncStatus` is CREATING / DELETING / UPDATING; the task (`/get-tasks`) goes PENDING ->
  EXECUTING -> SUCCESSED (or FAILED, the placeholder rolled back: `resource_rollbacked`).
- errors answer ErrorBody: {"path", "status", "message", "code"?, "props"?}.

Control path, for tests only (no token): `POST /_standin/<verb>` with a JSON body:
- `reset`: empty state (users kept unless `{"users": true}`).
- `seed`: {"users": [{username, password}], "clusters": [{id?, name, vlans: [ids]}],
  "templates": [partial ContentLibraryVmTemplate], "generate": {"count", "prefix", "cluster"},
  "vm_templates": [...], "vms": [...]} -> ids made.
- `config`: {"task_seconds": float, "token_ttl": float|null, "page_limit": int}.
- `faults`: {"rules": [{"op", "kind": "status"|"hang"|"task_fail"|"expire_token", "status",
  "seconds", "times": n|null (null = always), "after": n (let n matching calls pass first),
  "message"}]} replaces the rules; `{"rules": []}` clears them.
- `remove`: {"templates": [ids], "vms": [ids]} vanish (as if removed by someone else).
- `expire-tokens`: every token issued so far dies.
- `state` (GET too): {"templates": [...], "vm_templates": [...], "vms": [...], "tasks": [...],
  "calls": {op: n}, "tokens": n} with every field, internal ones (`_…`) included.
"""

import argparse
import bisect
import datetime
import itertools
import json
import random
import string
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

API = "/v2/api"
LOCK = threading.RLock()
COUNTER = itertools.count(1)
RANDOM = random.Random(7)

FIRMWARES = ("BIOS", "UEFI")
VIDEO_TYPES = ("CIRRUS", "QXL", "VGA", "VIRTIO")
ARCHITECTURES = ("AARCH64", "X86_64")
GUEST_OS = ("LINUX", "UNKNOWN", "WINDOWS")
VM_STATUSES = ("DELETED", "RUNNING", "STOPPED", "SUSPENDED", "UNKNOWN")
BYTE_UNITS = {"B": 1, "KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40, "PB": 1 << 50}
GIB = 1 << 30


def cuid():
    """A CloudTower-like id (25 lower-case characters), increasing with creation order."""
    n = next(COUNTER)
    digits = ""
    while True:
        n, r = divmod(n, 36)
        digits = (string.digits + string.ascii_lowercase)[r] + digits
        if n == 0:
            break
    tail = "".join(RANDOM.choice(string.ascii_lowercase + string.digits) for _ in range(12))
    return "c" + digits.rjust(12, "0") + tail


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class ApiError(Exception):
    def __init__(self, status, message, code=None, props=None):
        super().__init__(message)
        self.status, self.message, self.code, self.props = status, message, code, props


class State:
    def __init__(self):
        self.users = {}
        self.reset(users=True)

    def reset(self, users=False):
        if users:
            self.users = {}
        self.tokens = {}
        self.clusters = {}
        self.templates = {}
        self.vm_templates = {}
        self.vms = {}
        self.tasks = {}
        self.calls = {}
        self.rules = []
        self.task_seconds = 0.2
        self.token_ttl = None
        self.page_limit = 1000

    # --- tokens -------------------------------------------------------------------------------
    def issue_token(self):
        token = "".join(RANDOM.choice(string.ascii_letters + string.digits) for _ in range(40))
        self.tokens[token] = None if self.token_ttl is None else time.monotonic() + self.token_ttl
        return token

    def token_alive(self, token):
        if token not in self.tokens:
            return False
        expiry = self.tokens[token]
        return expiry is None or time.monotonic() < expiry

    # --- tasks --------------------------------------------------------------------------------
    def new_task(self, op, description, resource_type, resource_id, on_success, on_failure):
        fail = self.take_fault(op, "task_fail")
        task = {
            "id": cuid(),
            "args": {},
            "cluster": None,
            "description": description,
            "error_code": None,
            "error_message": None,
            "finished_at": None,
            "internal": False,
            "key": None,
            "local_created_at": now_iso(),
            "progress": 0.0,
            "resource_id": resource_id,
            "resource_mutation": op,
            "resource_rollback_error": None,
            "resource_rollback_retry_count": None,
            "resource_rollbacked": None,
            "resource_type": resource_type,
            "snapshot": "{}",
            "started_at": None,
            "status": "PENDING",
            "steps": [],
            "type": None,
            "user": {"id": "cl0000000admin", "name": "admin"},
            "_created": time.monotonic(),
            "_fail": None if fail is None else fail.get("message", "the task failed on the cluster"),
            "_on_success": on_success,
            "_on_failure": on_failure,
        }
        self.tasks[task["id"]] = task
        return task["id"]

    def advance_tasks(self):
        """Moves every task on by the time that passed: PENDING, EXECUTING, then its end."""
        clock = time.monotonic()
        for task in self.tasks.values():
            if task["status"] in ("SUCCESSED", "FAILED"):
                continue
            elapsed = clock - task["_created"]
            if elapsed < self.task_seconds / 3:
                continue
            if task["status"] == "PENDING":
                task["status"] = "EXECUTING"
                task["started_at"] = now_iso()
            if elapsed < self.task_seconds:
                task["progress"] = round(min(0.99, elapsed / max(self.task_seconds, 1e-6)), 2)
                continue
            task["finished_at"] = now_iso()
            if task["_fail"] is not None:
                task["status"] = "FAILED"
                task["error_code"] = "TaskFailed"
                task["error_message"] = task["_fail"]
                task["resource_rollbacked"] = True
                task["_on_failure"]()
            else:
                task["status"] = "SUCCESSED"
                task["progress"] = 1.0
                task["_on_success"]()

    # --- faults -------------------------------------------------------------------------------
    def take_fault(self, op, kind):
        """The first rule for `op` of `kind` that fires on this call, counting it."""
        for rule in self.rules:
            if rule.get("op") not in (op, "*") or rule.get("kind") != kind:
                continue
            seen = rule.setdefault("_seen", 0)
            rule["_seen"] = seen + 1
            if seen < int(rule.get("after", 0)):
                continue
            times = rule.get("times", 1)
            fired = rule.setdefault("_fired", 0)
            if times is not None and fired >= int(times):
                continue
            rule["_fired"] = fired + 1
            return rule
        return None


STATE = State()


# --- records ----------------------------------------------------------------------------------


def nested_cluster(cluster_id):
    cluster = STATE.clusters.get(cluster_id)
    if cluster is None:
        raise ApiError(400, "cluster %s not found" % cluster_id)
    return {"id": cluster["id"], "name": cluster["name"]}


def make_cluster(spec):
    cid = spec.get("id") or cuid()
    cluster = {
        "id": cid,
        "name": spec.get("name", "cluster-" + cid[-4:]),
        "architecture": spec.get("architecture", "X86_64"),
        "connect_state": "CONNECTED",
        "datacenters": [],
        "dns": [],
        "entityAsyncStatus": None,
        "hypervisor": spec.get("hypervisor", "ELF"),
        "ip": spec.get("ip", "10.0.0.%d" % (len(STATE.clusters) + 10)),
        "labels": [],
        "local_id": cid[-8:],
        "ntp_servers": [],
        "recommended_cpu_models": ["cascadelake"],
        "total_cpu_models": ["cascadelake"],
        "type": spec.get("type", "SMTX_OS"),
        "version": spec.get("version", "6.1.0"),
        "_vlans": list(spec.get("vlans", [])),
    }
    STATE.clusters[cid] = cluster
    return cid


def labels_of(spec):
    return [
        {"id": l.get("id") or cuid(), "key": l["key"], "value": l.get("value")}
        for l in spec.get("labels", [])
    ]


def make_template(spec):
    tid = spec.get("id") or cuid()
    clusters = spec.get("clusters")
    if clusters is None:
        clusters = [c for c in list(STATE.clusters)[:1]]
    memory = int(spec.get("memory", 4 * GIB))
    template = {
        "id": tid,
        "name": spec.get("name", "template-" + tid[-6:]),
        "architecture": spec.get("architecture", "X86_64"),
        "clock_offset": "UTC",
        "cloud_init_supported": bool(spec.get("cloud_init_supported", False)),
        "clusters": [nested_cluster(c) for c in clusters],
        "cpu": {"cores": int(spec.get("vcpu", 2)), "sockets": 1},
        "cpu_model": "cascadelake",
        "createdAt": spec.get("createdAt", now_iso()),
        "description": spec.get("description", ""),
        "entityAsyncStatus": spec.get("entityAsyncStatus"),
        "firmware": spec.get("firmware", "BIOS"),
        "ha": True,
        "io_policy": None,
        "labels": labels_of(spec),
        "max_bandwidth": None,
        "max_bandwidth_policy": None,
        "max_iops": None,
        "max_iops_policy": None,
        "memory": memory,
        "os": spec.get("os"),
        "size": int(spec.get("size", 40 * GIB)),
        "template_config": {"guest_os_type": spec.get("guest_os_type")} if spec.get("guest_os_type") else None,
        "vcpu": int(spec.get("vcpu", 2)),
        "video_type": spec.get("video_type", "VIRTIO"),
        "vm_disks": [
            {
                "boot": 0,
                "bus": "VIRTIO",
                "index": 0,
                "size": int(spec.get("size", 40 * GIB)),
                "storage_policy": spec.get("storage_policy", "REPLICA_2_THIN_PROVISION"),
                "type": "DISK",
            }
        ],
        "vm_nics": [{"index": 0, "enabled": True, "model": "VIRTIO"}],
        "vm_template_uuids": [],
        "vm_templates": [],
        "win_opt": False,
        "zbs_storage_info": [],
    }
    STATE.templates[tid] = template
    return tid


def make_vm_template(spec):
    tid = spec.get("id") or cuid()
    cluster = spec.get("cluster") or next(iter(STATE.clusters), None)
    record = {
        "id": tid,
        "name": spec.get("name", "vm-template-" + tid[-6:]),
        "clock_offset": "UTC",
        "cloud_init_supported": False,
        "cluster": nested_cluster(cluster),
        "content_library_vm_template": spec.get("content_library_vm_template"),
        "cpu": {"cores": 2, "sockets": 1},
        "cpu_model": "cascadelake",
        "description": "",
        "entityAsyncStatus": None,
        "firmware": spec.get("firmware", "BIOS"),
        "ha": True,
        "labels": labels_of(spec),
        "local_created_at": now_iso(),
        "local_id": tid[-10:],
        "memory": int(spec.get("memory", 4 * GIB)),
        "size": int(spec.get("size", 40 * GIB)),
        "vcpu": 2,
        "video_type": spec.get("video_type", "VIRTIO"),
        "win_opt": False,
    }
    STATE.vm_templates[tid] = record
    return tid


def make_vm(spec):
    vid = spec.get("id") or cuid()
    cluster = spec.get("cluster") or next(iter(STATE.clusters), None)
    vcpu = int(spec.get("vcpu", 2))
    vm = {
        "id": vid,
        "name": spec.get("name", "vm-" + vid[-6:]),
        "bios_uuid": None,
        "clock_offset": "UTC",
        "cloud_init_supported": False,
        "cluster": nested_cluster(cluster) if cluster else None,
        "cpu": {"cores": int(spec.get("cpu_cores", vcpu)), "sockets": int(spec.get("cpu_sockets", 1))},
        "cpu_model": "cascadelake",
        "deleted_at": None,
        "description": spec.get("description", ""),
        "entityAsyncStatus": spec.get("entityAsyncStatus"),
        "firmware": spec.get("firmware", "BIOS"),
        "guest_os_type": spec.get("guest_os_type", "UNKNOWN"),
        "ha": True,
        "host": None,
        "in_recycle_bin": bool(spec.get("in_recycle_bin", False)),
        "internal": False,
        "ips": "",
        "labels": labels_of(spec),
        "local_id": vid[-10:],
        "memory": int(spec.get("memory", 4 * GIB)),
        "nested_virtualization": False,
        "node_ip": "10.0.0.1",
        "os": spec.get("os"),
        "out_uninstall_usb": [],
        "protected": False,
        "status": spec.get("status", "STOPPED"),
        "vcpu": vcpu,
        "video_type": spec.get("video_type", "VIRTIO"),
        "vm_disks": [],
        "vm_nics": [],
        "vm_tools_status": "NOT_INSTALLED",
        "win_opt": False,
        "_template": spec.get("_template"),
        "_vlans": list(spec.get("_vlans", [])),
        "_storage_policy": spec.get("_storage_policy"),
    }
    STATE.vms[vid] = vm
    return vid


def public(record):
    return {k: v for k, v in record.items() if not k.startswith("_")}


# --- where / paging ---------------------------------------------------------------------------

SUFFIXES = (
    "_not_starts_with", "_not_ends_with", "_not_contains", "_starts_with", "_ends_with",
    "_contains", "_not_in", "_every", "_some", "_none", "_not", "_in", "_gte", "_gt", "_lte", "_lt",
)


def matches(record, where):
    if not where:
        return True
    if not isinstance(where, dict):
        raise ApiError(400, "where must be an object")
    for key, want in where.items():
        if key == "AND":
            if not all(matches(record, w) for w in want or []):
                return False
            continue
        if key == "OR":
            if want and not any(matches(record, w) for w in want):
                return False
            continue
        if key == "NOT":
            if any(matches(record, w) for w in want or []):
                return False
            continue
        field, op = key, ""
        if key not in record:
            for suffix in SUFFIXES:
                if key.endswith(suffix) and key[: -len(suffix)] in record:
                    field, op = key[: -len(suffix)], suffix
                    break
            else:
                raise ApiError(400, 'Unknown field "%s" in where' % key)
        have = record[field]
        if not test(have, op, want):
            return False
    return True


def test(have, op, want):
    if op == "":
        if isinstance(want, dict):
            return isinstance(have, dict) and matches(have, want)
        return have == want
    if op == "_not":
        return have != want
    if op == "_in":
        return have in (want or [])
    if op == "_not_in":
        return have not in (want or [])
    if op in ("_some", "_every", "_none"):
        items = have or []
        hits = [matches(i, want) for i in items]
        return any(hits) if op == "_some" else all(hits) if op == "_every" else not any(hits)
    if have is None:
        return False
    if op == "_contains":
        return want in have
    if op == "_not_contains":
        return want not in have
    if op == "_starts_with":
        return have.startswith(want)
    if op == "_not_starts_with":
        return not have.startswith(want)
    if op == "_ends_with":
        return have.endswith(want)
    if op == "_not_ends_with":
        return not have.endswith(want)
    if op == "_gt":
        return have > want
    if op == "_gte":
        return have >= want
    if op == "_lt":
        return have < want
    if op == "_lte":
        return have <= want
    raise ApiError(400, "unsupported filter %s" % op)


def query(records, body):
    body = body or {}
    where = body.get("where")
    order = body.get("orderBy")
    if (not where or set(where) == {"id_gt"}) and order in (None, "id_ASC") and not body.get("after"):
        # Keyset paging (`id_gt` + `id_ASC`), the common case: a sort and a bisect, not a scan.
        ids = sorted(records)
        start = bisect.bisect_right(ids, where["id_gt"]) if where else 0
        skip = int(body.get("skip") or 0)
        first = body.get("first")
        end = len(ids) if first is None else start + skip + int(first)
        page = ids[start + skip : min(end, start + skip + STATE.page_limit)]
        return [public(records[i]) for i in page]
    rows = [r for r in records.values() if matches(r, where)]
    if order:
        field, _, direction = order.rpartition("_")
        if direction not in ("ASC", "DESC") or not rows or field not in rows[0]:
            if direction not in ("ASC", "DESC"):
                raise ApiError(400, "invalid orderBy %s" % order)
        rows.sort(key=lambda r: (r.get(field) is None, r.get(field) or ""), reverse=direction == "DESC")
    after = body.get("after")
    if after:
        ids = [r["id"] for r in rows]
        if after not in ids:
            raise ApiError(400, "cursor %s not found" % after)
        rows = rows[ids.index(after) + 1 :]
    skip = int(body.get("skip") or 0)
    first = body.get("first")
    rows = rows[skip:]
    if first is not None:
        rows = rows[: int(first)]
    rows = rows[: STATE.page_limit]
    return [public(r) for r in rows]


# --- the API ----------------------------------------------------------------------------------


def op_login(body, _path):
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        raise ApiError(400, "username and password are required")
    source = body.get("source")
    if source not in (None, "LOCAL", "LDAP", "AUTHN", "SSO"):
        raise ApiError(400, "invalid source %s" % source)
    if STATE.users.get(username) != password:
        raise ApiError(400, "username or password is incorrect", code="LoginFailed")
    return {"task_id": None, "data": {"token": STATE.issue_token()}}


def op_get(records):
    def handler(body, _path):
        return query(records(), body)

    return handler


def require(params, *fields):
    for field in fields:
        if params.get(field) in (None, ""):
            raise ApiError(400, '"%s" is required' % field)


def create_vm_from(params, source, op):
    cluster_id = params.get("cluster_id") or source["clusters"][0]["id"]
    if cluster_id not in STATE.clusters:
        raise ApiError(404, "cluster %s not found" % cluster_id)
    if "clusters" in source and cluster_id not in [c["id"] for c in source["clusters"]]:
        raise ApiError(400, "template %s is not distributed to cluster %s" % (source["id"], cluster_id))
    firmware = params.get("firmware") or source["firmware"]
    if firmware not in FIRMWARES:
        raise ApiError(400, "invalid firmware %s" % firmware)
    vlans = []
    for nic in params.get("vm_nics") or []:
        vlan = nic.get("connect_vlan_id")
        if vlan is not None and vlan not in STATE.clusters[cluster_id]["_vlans"]:
            raise ApiError(404, "VM network %s not found in cluster %s" % (vlan, cluster_id))
        vlans.append(vlan)
    unit = params.get("memory_unit") or "B"
    if unit not in BYTE_UNITS:
        raise ApiError(400, "invalid memory_unit %s" % unit)
    memory = int(params["memory"]) * BYTE_UNITS[unit] if params.get("memory") else source["memory"]
    vcpu = int(params.get("vcpu") or source["vcpu"])
    video = source.get("video_type")
    vid = make_vm(
        {
            "name": params["name"],
            "cluster": cluster_id,
            "vcpu": vcpu,
            "cpu_cores": params.get("cpu_cores") or vcpu,
            "cpu_sockets": params.get("cpu_sockets") or 1,
            "memory": memory,
            "firmware": firmware,
            "video_type": video if video in VIDEO_TYPES else None,
            "status": params.get("status") or "STOPPED",
            "entityAsyncStatus": "CREATING",
            "guest_os_type": params.get("guest_os_type") or "UNKNOWN",
            "_template": source["id"],
            "_vlans": vlans,
        }
    )

    def done():
        if vid in STATE.vms:
            STATE.vms[vid]["entityAsyncStatus"] = None

    def rollback():
        STATE.vms.pop(vid, None)

    task = STATE.new_task(op, "Create VM %s" % params["name"], "VM", vid, done, rollback)
    return {"task_id": task, "data": public(STATE.vms[vid])}


def op_create_vm_from_content_library_template(body, _path):
    if not isinstance(body, list):
        raise ApiError(400, "body must be an array")
    out = []
    for params in body:
        require(params, "template_id", "cluster_id", "name")
        if not isinstance(params.get("is_full_copy"), bool):
            raise ApiError(400, '"is_full_copy" is required')
        template = STATE.templates.get(params["template_id"])
        if template is None:
            raise ApiError(404, "content library VM template %s not found" % params["template_id"])
        if template["entityAsyncStatus"] is not None:
            raise ApiError(400, "Resource [CONTENT_LIBRARY_VM_TEMPLATE-%s] locked" % template["id"], code="ResourceLocked",
                           props={"locked_resources": [{"id": template["id"], "type": "CONTENT_LIBRARY_VM_TEMPLATE"}]})
        out.append(create_vm_from(params, template, "create-vm-from-content-library-template"))
    return out


def op_create_vm_from_template(body, _path):
    if not isinstance(body, list):
        raise ApiError(400, "body must be an array")
    out = []
    for params in body:
        require(params, "template_id", "name")
        if not isinstance(params.get("is_full_copy"), bool):
            raise ApiError(400, '"is_full_copy" is required')
        template = STATE.vm_templates.get(params["template_id"])
        if template is None:
            raise ApiError(404, "VM template %s not found" % params["template_id"])
        source = dict(template, clusters=[template["cluster"]])
        out.append(create_vm_from(params, source, "create-vm-from-template"))
    return out


def locked(kind, record):
    if record["entityAsyncStatus"] is not None:
        raise ApiError(400, "Resource [%s-%s] locked" % (kind, record["id"]), code="ResourceLocked",
                       props={"locked_resources": [{"id": record["id"], "type": kind}]})


def op_delete_vm(body, _path):
    require(body, "where")
    out = []
    for vm in [v for v in STATE.vms.values() if matches(v, body["where"])]:
        locked("VM", vm)
        vm["entityAsyncStatus"] = "DELETING"
        vid = vm["id"]

        def done(vid=vid):
            STATE.vms.pop(vid, None)

        def rollback(vid=vid):
            if vid in STATE.vms:
                STATE.vms[vid]["entityAsyncStatus"] = None

        task = STATE.new_task("delete-vm", "Delete VM %s" % vm["name"], "VM", vid, done, rollback)
        out.append({"task_id": task, "data": {"id": vid}})
    return out


def op_update_vm_advanced_options(body, _path):
    require(body, "where", "data")
    video = body["data"].get("video_type")
    if video is not None and video not in VIDEO_TYPES:
        raise ApiError(400, "invalid video_type %s" % video)
    out = []
    for vm in [v for v in STATE.vms.values() if matches(v, body["where"])]:
        locked("VM", vm)
        vm["entityAsyncStatus"] = "UPDATING"
        vid = vm["id"]

        def done(vid=vid):
            if vid in STATE.vms:
                if video is not None:
                    STATE.vms[vid]["video_type"] = video
                STATE.vms[vid]["entityAsyncStatus"] = None

        def rollback(vid=vid):
            if vid in STATE.vms:
                STATE.vms[vid]["entityAsyncStatus"] = None

        task = STATE.new_task("update-vm-advanced-options", "Edit VM %s" % vm["name"], "VM", vid, done, rollback)
        out.append({"task_id": task, "data": public(vm)})
    return out


def op_template_from_vm(op):
    def handler(body, _path):
        if not isinstance(body, list):
            raise ApiError(400, "body must be an array")
        out = []
        for params in body:
            require(params, "name", "vm", "clusters")
            vm_where = params["vm"]
            vm = STATE.vms.get(vm_where.get("id")) if isinstance(vm_where, dict) else None
            if vm is None:
                raise ApiError(404, "VM not found")
            locked("VM", vm)
            clusters = [c["id"] for c in STATE.clusters.values() if matches(c, params["clusters"])]
            if not clusters:
                raise ApiError(400, "no cluster matches the clusters filter")
            source = STATE.templates.get(vm["_template"]) or {}
            tid = make_template(
                {
                    "name": params["name"],
                    "description": params.get("description", ""),
                    "cloud_init_supported": params.get("cloud_init_supported", False),
                    "clusters": clusters,
                    "firmware": vm["firmware"],
                    "video_type": vm["video_type"],
                    "vcpu": vm["vcpu"],
                    "memory": vm["memory"],
                    "os": source.get("os"),
                    "guest_os_type": (source.get("template_config") or {}).get("guest_os_type"),
                    "size": source.get("size", 40 * GIB),
                    "entityAsyncStatus": "CREATING",
                }
            )
            vm["entityAsyncStatus"] = "UPDATING"
            vid = vm["id"]

            def done(tid=tid, vid=vid):
                if tid in STATE.templates:
                    STATE.templates[tid]["entityAsyncStatus"] = None
                if op.startswith("convert"):
                    STATE.vms.pop(vid, None)
                elif vid in STATE.vms:
                    STATE.vms[vid]["entityAsyncStatus"] = None

            def rollback(tid=tid, vid=vid):
                STATE.templates.pop(tid, None)
                if vid in STATE.vms:
                    STATE.vms[vid]["entityAsyncStatus"] = None

            task = STATE.new_task(op, "Create content library VM template %s" % params["name"],
                                  "CONTENT_LIBRARY_VM_TEMPLATE", tid, done, rollback)
            out.append({"task_id": task, "data": public(STATE.templates[tid])})
        return out

    return handler


def deleter(table, resource, op, label):
    """An `op` that deletes the rows of `STATE.<table>` its `where` matches, each with a task."""

    def handler(body, _path):
        require(body, "where")
        out = []
        for row in [r for r in getattr(STATE, table).values() if matches(r, body["where"])]:
            locked(resource, row)
            row["entityAsyncStatus"] = "DELETING"
            rid = row["id"]

            def done(rid=rid):
                getattr(STATE, table).pop(rid, None)

            def rollback(rid=rid):
                row = getattr(STATE, table).get(rid)
                if row is not None:
                    row["entityAsyncStatus"] = None

            task = STATE.new_task(op, "%s %s" % (label, row["name"]), resource, rid, done, rollback)
            out.append({"task_id": task, "data": {"id": rid}})
        return out

    return handler


op_delete_content_library_vm_template = deleter(
    "templates", "CONTENT_LIBRARY_VM_TEMPLATE", "delete-content-library-vm-template", "Delete template")
op_delete_vm_template = deleter("vm_templates", "VM_TEMPLATE", "delete-vm-template", "Delete VM template")


def op_update_content_library_vm_template(body, _path):
    require(body, "where", "data")
    allowed = {"name", "description", "cloud_init_supported", "clusters"}
    extra = set(body["data"]) - allowed
    if extra:
        raise ApiError(400, "unknown fields in data: %s" % ", ".join(sorted(extra)))
    out = []
    for template in [t for t in STATE.templates.values() if matches(t, body["where"])]:
        for field in ("name", "description", "cloud_init_supported"):
            if field in body["data"]:
                template[field] = body["data"][field]
        out.append({"task_id": None, "data": public(template)})
    return out


OPS = {
    "login": op_login,
    "get-clusters": op_get(lambda: STATE.clusters),
    "get-content-library-vm-templates": op_get(lambda: STATE.templates),
    "get-vm-templates": op_get(lambda: STATE.vm_templates),
    "get-vms": op_get(lambda: STATE.vms),
    "get-tasks": op_get(lambda: STATE.tasks),
    "create-vm-from-content-library-template": op_create_vm_from_content_library_template,
    "create-vm-from-template": op_create_vm_from_template,
    "delete-vm": op_delete_vm,
    "update-vm-advanced-options": op_update_vm_advanced_options,
    "clone-content-library-vm-template-from-vm": op_template_from_vm("clone-content-library-vm-template-from-vm"),
    "convert-content-library-vm-template-from-vm": op_template_from_vm("convert-content-library-vm-template-from-vm"),
    "delete-content-library-vm-template": op_delete_content_library_vm_template,
    "update-content-library-vm-template": op_update_content_library_vm_template,
    "delete-vm-template": op_delete_vm_template,
}


# --- control ----------------------------------------------------------------------------------


def control(verb, body):
    if verb == "reset":
        STATE.reset(users=bool(body.get("users")))
        return {"ok": True}
    if verb == "seed":
        made = {"clusters": [], "templates": [], "vm_templates": [], "vms": []}
        for user in body.get("users", []):
            STATE.users[user["username"]] = user["password"]
        for spec in body.get("clusters", []):
            made["clusters"].append(make_cluster(spec))
        for spec in body.get("templates", []):
            made["templates"].append(make_template(spec))
        generate = body.get("generate")
        if generate:
            prefix = generate.get("prefix", "tpl")
            clusters = [generate["cluster"]] if generate.get("cluster") else None
            for n in range(int(generate.get("count", 0))):
                spec = {
                    "name": "%s-%05d" % (prefix, n),
                    "firmware": "UEFI" if n % 3 == 0 else "BIOS",
                    "video_type": "CIRRUS" if n % 10 == 9 else "VIRTIO",
                    "clusters": clusters,
                }
                made["templates"].append(make_template(spec))
            made["templates"] = made["templates"][-5:] if len(made["templates"]) > 100 else made["templates"]
        for spec in body.get("vm_templates", []):
            made["vm_templates"].append(make_vm_template(spec))
        for spec in body.get("vms", []):
            made["vms"].append(make_vm(spec))
        return made
    if verb == "remove":
        for tid in body.get("templates", []):
            STATE.templates.pop(tid, None)
        for vid in body.get("vms", []):
            STATE.vms.pop(vid, None)
        return {"ok": True}
    if verb == "config":
        if "task_seconds" in body:
            STATE.task_seconds = float(body["task_seconds"])
        if "token_ttl" in body:
            STATE.token_ttl = None if body["token_ttl"] is None else float(body["token_ttl"])
        if "page_limit" in body:
            STATE.page_limit = int(body["page_limit"])
        return {"ok": True}
    if verb == "faults":
        STATE.rules = [dict(r) for r in body.get("rules", [])]
        return {"ok": True}
    if verb == "expire-tokens":
        STATE.tokens.clear()
        return {"ok": True}
    if verb == "state":
        STATE.advance_tasks()
        strip = lambda r: {k: v for k, v in r.items() if k not in ("_on_success", "_on_failure", "_created")}
        return {
            "templates": [strip(t) for t in STATE.templates.values()],
            "vm_templates": list(STATE.vm_templates.values()),
            "vms": list(STATE.vms.values()),
            "tasks": [strip(t) for t in STATE.tasks.values()],
            "calls": dict(STATE.calls),
            "tokens": len(STATE.tokens),
        }
    raise ApiError(404, "unknown control verb %s" % verb)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "cloudtower-standin"

    def log_message(self, *_args):
        pass

    def answer(self, status, payload):
        data = json.dumps(payload, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-tower-request-id", cuid())
        self.end_headers()
        self.wfile.write(data)

    def error(self, path, err):
        body = {"path": path, "status": err.status, "message": err.message}
        if err.code:
            body["code"] = err.code
        if err.props:
            body["props"] = err.props
        self.answer(err.status, body)

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise ApiError(400, "the body is not JSON")

    def do_GET(self):
        if self.path.rstrip("/") == "/_standin/state":
            with LOCK:
                return self.answer(200, control("state", {}))
        self.answer(404, {"path": self.path, "status": 404, "message": "Not found"})

    def do_POST(self):
        path = self.path.split("?", 1)[0]
        try:
            body = self.read_body()
        except ApiError as err:
            return self.error(path, err)
        if path.startswith("/_standin/"):
            try:
                with LOCK:
                    return self.answer(200, control(path[len("/_standin/"):], body or {}))
            except ApiError as err:
                return self.error(path, err)
        if not path.startswith(API + "/"):
            return self.error(path, ApiError(404, "Not found"))
        op = path[len(API) + 1 :]
        handler = OPS.get(op)
        if handler is None:
            return self.error("/" + op, ApiError(404, "Cannot POST %s" % path))
        with LOCK:
            STATE.calls[op] = STATE.calls.get(op, 0) + 1
            hang = STATE.take_fault(op, "hang")
            status = STATE.take_fault(op, "status")
            expire = STATE.take_fault(op, "expire_token")
            if expire is not None:
                STATE.tokens.clear()
        if hang is not None:
            time.sleep(float(hang.get("seconds", 3600)))
        if status is not None:
            code = int(status.get("status", 500))
            return self.error("/" + op, ApiError(code, status.get("message", "Internal Server Error")))
        try:
            with LOCK:
                if op != "login":
                    token = self.headers.get("Authorization")
                    if not token or not STATE.token_alive(token):
                        raise ApiError(401, "Unauthorized")
                STATE.advance_tasks()
                result = handler(body if body is not None else {}, path)
        except ApiError as err:
            return self.error("/" + op, err)
        except (KeyError, TypeError, ValueError) as err:
            return self.error("/" + op, ApiError(400, "invalid request: %s" % err.__class__.__name__))
        self.answer(200, result)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print("cloudtower stand-in listening on http://%s:%d" % (args.host, server.server_address[1]), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
