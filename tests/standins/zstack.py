#!/usr/bin/env python3
"""A stand-in for ZStack's (ZSphere's) REST API, written from the vendor's published sources.

Python 3 standard library only. Start it with

    python3 tests/standins/zstack.py --port 0 [--state FILE] [--job-delay S] [--session-ttl S]

and it prints one line, `zstack stand-in listening on http://127.0.0.1:PORT`; the API is under
`/zstack/v1/...` (the endpoint an operator gives is `http://HOST:PORT/zstack`). `--state FILE`
seeds it from a JSON file of the shape `POST /_standin/seed` takes.

It serves exactly the calls xspace's ZSTACK driver makes, in ZStack's shapes. What each shape
rests on (paths in zstackio/zstack unless said; "SDK" is terraform-zstack-modules/zsphere-sdk-go):

- Routing and answers (rest/src/main/java/org/zstack/rest/RestServer.java): a sync call (queries,
  login: APISyncCallMessage) answers 200 with the reply's fields or 503 with `{"error": {code,
  description, details}}` (ErrorCode.java); any other call answers 202 `{"location":
  ".../zstack/v1/api-jobs/<id>"}`, and GET on that location answers 202 while the job runs, then
  200 with the event's fields or 503 with `{"error": ...}`; an unknown path answers 404 with the
  plain text "no api mapping to PATH"; RestException answers carry plain text.
- Queries (RestServer.handleQueryApi, SDK pkg/param/query_params.go): `q=` conditions with the
  operators `!= >= <= !?= !~= ~= ?= = > < is null / not null`, `start`, `limit` (default 1000),
  `replyWithCount=true` → `"total"`, `count=true` → total only, `sort=+field|-field`; answer
  `{"inventories": [...], "total": N}`. `GET /v1/images/{uuid}` is the same query by uuid.
- Login (header/.../identity/APILogInByAccountMsg.java, APILogInReply.java, SDK
  pkg/client/zstack_client.go): `PUT /v1/accounts/login {"logInByAccount": {"accountName",
  "password": hex(SHA-512(password))}}` → `{"inventory": SessionInventory}`; then
  `Authorization: OAuth <session uuid>`. A wrong password is ID.1000 "wrong account name or
  password" (identity/.../AccountLoginBackend.java). An expired or unknown session is ID.1001
  "Session expired" (identity/.../Session.java, conf/errorCodes/identity.xml): a query answers 503
  with it at once; any other call answers 202 and its job fails with it.
- AccessKey (plugin accessKey AccessKeyManager.doAuth, RestServer.checkTime, RestConstants.java,
  SDK zstack_http_client.go getAccessKeyHeader): `Authorization: ZStack <AccessKeyId>:<sig>` with a
  `Date: EEE, dd MMM yyyy HH:mm:ss z` header; sig = base64(HMAC-SHA1(secret, METHOD + "\n" + Date
  + "\n" + URI)), URI being the decoded path after the context path (`/v1/...`, no query). No
  Date → 400; a Date more than 15 minutes off → 403 "requestTimeTooSkewed"; an unknown key → 403
  "access key id: X does not existed or disabled"; a bad signature → 403 "wrong accessKey
  signature" (plain text).
- Images (header/.../image/ImageInventory.java, ImageStatus.java, ImageState.java, SDK
  pkg/view/image_views.go): boot mode is the system tag `bootMode::Legacy|UEFI|UEFI_WITH_CSM`
  (image/.../ImageSystemTags.java), read with `GET /v1/system-tags` (APIQuerySystemTagMsg.java,
  SystemTagInventory/TagInventory.java); no tag boots Legacy (plugin/kvm/.../KVMHost.java).
  Owners: `GET /v1/accounts/resources/refs` (AccountResourceRefInventory.java); projects:
  `GET /v1/iam2/projects` (sdk/.../iam2/entity/IAM2ProjectInventory.java: linkedAccountUuid).
  `DELETE /v1/images/{uuid}?deleteMode=` (status Deleted; success if missing), `PUT
  /v1/images/{uuid}/actions {"expungeImage": {}}`, `POST
  /v1/images/root-volume-templates/from/volumes/{rootVolumeUuid} {"params": {...}}` (the VM's
  bootMode tag is copied onto the image: image/.../ImageBase.syncVmSystemTags).
- VMs (header/.../vm/APICreateVmInstanceMsg.java, VmInstanceInventory.java, APISetVmBootModeMsg,
  APIDestroyVmInstanceMsg, APIExpungeVmInstanceMsg, APIStartVmInstanceMsg): `POST /v1/vm-instances
  {"params": {name, instanceOfferingUuid, imageUuid, l3NetworkUuids, zoneUuid, clusterUuid,
  hostUuid, strategy}, "systemTags": ["bootMode::UEFI"]}`, `PUT /v1/vm-instances/{uuid}/actions`
  with `setVmBootMode`, `startVmInstance`, `expungeVmInstance`; `DELETE
  /v1/vm-instances/{uuid}?deleteMode=` (state Destroyed; success if missing). A missing resource in
  a call is SYS.1003 (portal/.../PortApiValidator.java).
- Video card: `vm.videoType` (compute/.../VmGlobalConfig.java: cirrus, vga, qxl, virtio; bound to
  VmInstanceVO and ClusterVO; conf/globalConfig/vm.xml default virtio), read by KVMHost when it
  starts a VM. `GET /v1/global-configurations` (GlobalConfigInventory.java), `PUT
  /v1/resource-configurations/{category}/{name}/{resourceUuid}/actions {"updateResourceConfig":
  {"value"}}` (resourceconfig/.../APIUpdateResourceConfigMsg.java).
- `POST /v1/account/{accountUuid}/resources {"params": {"resourceUuid"}}` changes an owner
  (header/.../identity/APIChangeResourceOwnerMsg.java); admins only.

Test-only control, no authentication, under `/_standin/`: `GET state`, `POST seed`, `POST faults`
(add one), `DELETE faults`, `POST config`, `POST expire-sessions`, `POST remove`, `POST
update-image`. See the handlers below for their bodies.
"""

import argparse
import base64
import email.utils
import hashlib
import hmac
import json
import os
import re
import sys
import threading
import time
import uuid
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

CONTEXT = "/zstack"
DEFAULT_LIMIT = 1000
SKEW_SECONDS = 15 * 60
VIDEO_TYPES = ("cirrus", "vga", "qxl", "virtio")
BOOT_MODES = ("Legacy", "UEFI", "UEFI_WITH_CSM")

ERROR_DESCRIPTIONS = {
    "ID.1000": "Unable to authenticate a user",
    "ID.1001": "The session is invalid, either wrong session id or the session has been expired",
    "ID.1002": "The user doesn't have permission to perform the operation",
    "SYS.1000": "An internal error happened in system",
    "SYS.1003": "A resource can not be found",
    "SYS.1006": "An operation failed",
    "SYS.1007": "One or more API argument is invalid",
}


def new_uuid():
    return uuid.uuid4().hex


def stamp(t=None):
    """A timestamp as Gson writes java.sql.Timestamp by default ("MMM d, yyyy h:mm:ss a")."""
    return datetime.fromtimestamp(time.time() if t is None else t).strftime("%b %-d, %Y %-I:%M:%S %p")


class ApiError(Exception):
    """A ZStack ErrorCode."""

    def __init__(self, code, details):
        super().__init__(details)
        self.code = code
        self.details = details

    def body(self):
        return {"error": {"code": self.code, "description": ERROR_DESCRIPTIONS.get(self.code, "An operation failed"), "details": self.details}}


class RestError(Exception):
    """A RestException: a status with a plain-text body."""

    def __init__(self, status, text):
        super().__init__(text)
        self.status = status
        self.text = text


class Drop(Exception):
    """Close the connection without an answer."""


_LIKE = {}


def like(pattern, value):
    """SQL LIKE with % and _."""
    rx = _LIKE.get(pattern)
    if rx is None:
        rx = re.compile("^" + "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern) + "$", re.S)
        _LIKE[pattern] = rx
    return rx.match(value or "") is not None


def matches(inv, cond):
    name, op, value = cond
    have = inv.get(name)
    text = "" if have is None else (str(have).lower() if isinstance(have, bool) else str(have))
    if op == "is null":
        return have is None
    if op == "not null":
        return have is not None
    if op == "=":
        return have is not None and text == value
    if op == "!=":
        return have is None or text != value
    if op == "?=":
        return have is not None and text in value.split(",")
    if op == "!?=":
        return have is None or text not in value.split(",")
    if op == "~=":
        return have is not None and like(value, text)
    if op == "!~=":
        return have is None or not like(value, text)
    try:
        a, b = float(text), float(value)
    except ValueError:
        a, b = text, value
    return {">": a > b, "<": a < b, ">=": a >= b, "<=": a <= b}[op]


OPS = ["!=", ">=", "<=", "!?=", "!~=", "~=", "?=", "=", ">", "<", "is null", "not null"]


def parse_condition(cond):
    for op in OPS:
        if op in cond:
            parts = cond.split(op, 1)
            if op in ("is null", "not null"):
                return (parts[0].strip(), op, None)
            return (parts[0].strip(), op, parts[1])
    raise RestError(400, f"Invalid query parameter. The '{cond}' in the parameter[q] doesn't contain any query operator. Valid query operators are {OPS}")


class State:
    def __init__(self, job_delay, session_ttl):
        self.lock = threading.RLock()
        self.job_delay = job_delay
        self.session_ttl = session_ttl
        self.accounts = {}  # name -> {uuid, name, type, password}
        self.access_keys = {}  # id -> {secret, accountUuid}
        self.sessions = {}  # uuid -> {accountUuid, expires, created}
        self.images = {}
        self.tags = {}  # tag uuid -> SystemTagInventory
        self.tags_of = {}  # resourceUuid -> [tag uuid]
        self.version = 0  # bumped by every change; query results are kept per version
        self.query_cache = {}
        self.refs = {}  # resourceUuid -> AccountResourceRefInventory (with owner)
        self.projects = {}
        self.vms = {}
        self.volumes = {}
        self.infra = {}  # kind -> {uuid: {uuid, name}}
        self.global_configs = {("vm", "videoType"): "virtio"}
        self.resource_configs = {}  # (resourceUuid, category, name) -> value
        self.jobs = {}
        self.faults = []
        self.calls = {}
        self.admin = self.add_account({"name": "admin", "password": "password", "type": "SystemAdmin"})
        for kind in ("zone", "cluster", "host", "instanceOffering", "l3Network", "backupStorage"):
            u = new_uuid()
            self.infra[kind] = {u: {"uuid": u, "name": f"{kind}-1"}}

    # --- seeding -------------------------------------------------------------------------------

    def add_account(self, spec):
        known = self.accounts.get(spec["name"])
        if known is not None:
            known["password"] = hashlib.sha512(spec.get("password", "password").encode()).hexdigest()
            known["type"] = spec.get("type", known["type"])
            return known
        acct = {
            "uuid": spec.get("uuid") or new_uuid(),
            "name": spec["name"],
            "type": spec.get("type", "Normal"),
            "password": hashlib.sha512(spec.get("password", "password").encode()).hexdigest(),
        }
        self.accounts[acct["name"]] = acct
        return acct

    def account_uuid(self, name):
        if name is None:
            return self.admin["uuid"]
        acct = self.accounts.get(name)
        if acct is None:
            acct = self.add_account({"name": name})
        return acct["uuid"]

    def own(self, resource_uuid, resource_type, owner_uuid):
        now = stamp()
        self.refs[resource_uuid] = {
            "accountUuid": owner_uuid,
            "resourceUuid": resource_uuid,
            "resourceType": resource_type,
            "concreteResourceType": f"org.zstack.header.{'image' if resource_type == 'ImageVO' else 'vm'}.{resource_type}",
            "createDate": now,
            "lastOpDate": now,
        }

    def set_tag(self, resource_uuid, resource_type, prefix, tag):
        """Replaces the resource's tag starting with `prefix` (None removes it)."""
        mine = self.tags_of.setdefault(resource_uuid, [])
        for key in [k for k in mine if self.tags[k]["tag"].startswith(prefix)]:
            del self.tags[key]
            mine.remove(key)
        if tag is not None:
            now = stamp()
            u = new_uuid()
            self.tags[u] = {
                "uuid": u,
                "resourceUuid": resource_uuid,
                "resourceType": resource_type,
                "inherent": False,
                "tag": tag,
                "type": "System",
                "createDate": now,
                "lastOpDate": now,
            }
            mine.append(u)

    def tag_of(self, resource_uuid, prefix):
        for k in self.tags_of.get(resource_uuid, ()):
            if self.tags[k]["tag"].startswith(prefix):
                return self.tags[k]["tag"]
        return None

    def add_image(self, spec, owner_uuid=None):
        u = spec.get("uuid") or new_uuid()
        now = stamp()
        size = int(spec.get("size", 10 * 1024**3))
        self.images[u] = {
            "uuid": u,
            "name": spec.get("name", f"image-{u[:8]}"),
            "description": spec.get("description", ""),
            "state": spec.get("state", "Enabled"),
            "status": spec.get("status", "Ready"),
            "size": size,
            "actualSize": int(spec.get("actualSize", size // 4)),
            "md5Sum": "not calculated",
            "url": spec.get("url", f"http://images.example/{u}.qcow2"),
            "mediaType": spec.get("mediaType", "RootVolumeTemplate"),
            "guestOsType": spec.get("guestOsType", "Linux"),
            "type": "zstack",
            "platform": spec.get("platform", "Linux"),
            "architecture": spec.get("architecture", "x86_64"),
            "format": spec.get("format", "qcow2"),
            "system": bool(spec.get("system", False)),
            "virtio": bool(spec.get("virtio", True)),
            "createDate": now,
            "lastOpDate": now,
            "backupStorageRefs": [
                {
                    "imageUuid": u,
                    "backupStorageUuid": next(iter(self.infra["backupStorage"])),
                    "installPath": f"zstore://bs/{u}",
                    "status": "Ready",
                    "createDate": now,
                    "lastOpDate": now,
                }
            ],
        }
        self.own(u, "ImageVO", owner_uuid or self.account_uuid(spec.get("owner")))
        if spec.get("bootMode"):
            self.set_tag(u, "ImageVO", "bootMode::", f"bootMode::{spec['bootMode']}")
        return self.images[u]

    def add_vm(self, spec, owner_uuid=None, tags=()):
        u = spec.get("uuid") or new_uuid()
        now = stamp()
        image = self.images.get(spec.get("imageUuid") or spec.get("image") or "")
        volume = new_uuid()
        self.volumes[volume] = {
            "uuid": volume,
            "name": f"ROOT-for-{spec.get('name', u)}",
            "vmInstanceUuid": u,
            "rootImageUuid": image["uuid"] if image else None,
            "type": "Root",
            "format": "qcow2",
            "size": image["size"] if image else 10 * 1024**3,
            "actualSize": image["actualSize"] if image else 0,
            "deviceId": 0,
            "state": "Enabled",
            "status": "Ready",
            "isShareable": False,
            "createDate": now,
            "lastOpDate": now,
        }
        zone = spec.get("zoneUuid") or next(iter(self.infra["zone"]))
        cluster = spec.get("clusterUuid") or next(iter(self.infra["cluster"]))
        host = spec.get("hostUuid") or next(iter(self.infra["host"]))
        state = spec.get("state", "Running")
        self.vms[u] = {
            "uuid": u,
            "name": spec.get("name", f"vm-{u[:8]}"),
            "description": spec.get("description", ""),
            "zoneUuid": zone,
            "clusterUuid": cluster,
            "imageUuid": image["uuid"] if image else spec.get("imageUuid"),
            "hostUuid": host if state == "Running" else None,
            "lastHostUuid": host,
            "instanceOfferingUuid": spec.get("instanceOfferingUuid") or next(iter(self.infra["instanceOffering"])),
            "rootVolumeUuid": volume,
            "platform": image["platform"] if image else "Linux",
            "architecture": image["architecture"] if image else "x86_64",
            "guestOsType": image["guestOsType"] if image else "Linux",
            "defaultL3NetworkUuid": (spec.get("l3NetworkUuids") or [next(iter(self.infra["l3Network"]))])[0],
            "type": "UserVm",
            "hypervisorType": "KVM",
            "memorySize": 2 * 1024**3,
            "cpuNum": 2,
            "cpuSpeed": 0,
            "allocatorStrategy": "LeastVmPreferredHostAllocatorStrategy",
            "createDate": now,
            "lastOpDate": now,
            "state": state,
            "vmNics": [],
            "vmCdRoms": [],
        }
        self.own(u, "VmInstanceVO", owner_uuid or self.account_uuid(spec.get("owner")))
        self.own(volume, "VolumeVO", self.refs[u]["accountUuid"])
        if spec.get("bootMode"):
            self.set_tag(u, "VmInstanceVO", "bootMode::", f"bootMode::{spec['bootMode']}")
        for tag in tags:
            if tag.startswith("bootMode::"):
                self.set_tag(u, "VmInstanceVO", "bootMode::", tag)
        return self.vm_view(u)

    def vm_view(self, u):
        vm = dict(self.vms[u])
        vm["allVolumes"] = [self.volumes[vm["rootVolumeUuid"]]] if vm["rootVolumeUuid"] in self.volumes else []
        return vm

    def seed(self, body):
        out = {"accounts": {}, "images": [], "vms": [], "projects": [], "accessKeys": []}
        with self.lock:
            for spec in body.get("accounts", []):
                out["accounts"][spec["name"]] = self.add_account(spec)["uuid"]
            for spec in body.get("accessKeys", []):
                self.access_keys[spec["accessKeyId"]] = {
                    "secret": spec["accessKeySecret"],
                    "accountUuid": self.account_uuid(spec.get("account")),
                }
                out["accessKeys"].append(spec["accessKeyId"])
            for spec in body.get("projects", []):
                u = spec.get("uuid") or new_uuid()
                now = stamp()
                self.projects[u] = {
                    "uuid": u,
                    "name": spec["name"],
                    "description": spec.get("description", ""),
                    "state": "Enabled",
                    "createDate": now,
                    "lastOpDate": now,
                    "attributes": [],
                    "linkedAccountUuid": self.account_uuid(spec.get("account", spec["name"])),
                }
                out["projects"].append(u)
            for spec in body.get("images", []):
                out["images"].append(self.add_image(spec)["uuid"])
            gen = body.get("generate")
            if gen:
                owner = self.account_uuid(gen.get("owner"))
                modes = gen.get("bootModes", ["Legacy", "UEFI", None])
                prefix = gen.get("prefix", "img")
                for i in range(int(gen.get("images", 0))):
                    spec = {"name": f"{prefix}-{i:05d}", "bootMode": modes[i % len(modes)] if modes else None,
                            "size": 1024**3 + i}
                    out["images"].append(self.add_image(spec, owner)["uuid"])
            for spec in body.get("vms", []):
                out["vms"].append(self.add_vm(spec)["uuid"])
            for cfg in body.get("globalConfigs", []):
                self.global_configs[(cfg["category"], cfg["name"])] = cfg["value"]
        return out

    # --- faults --------------------------------------------------------------------------------

    def fault_for(self, api):
        """The fault that fires on this call of `api`, if any (consumed when counted)."""
        with self.lock:
            self.calls[api] = self.calls.get(api, 0) + 1
            for f in self.faults:
                if f["api"] != api and f["api"] != "*":
                    continue
                f["seen"] += 1
                if f["seen"] <= f.get("after", 0):
                    continue
                if f.get("times", 1) and f["fired"] >= f["times"]:
                    continue
                f["fired"] += 1
                return dict(f)
        return None

    # --- auth ----------------------------------------------------------------------------------

    def session_account(self, headers, method, uri):
        """The account of a request's credentials; raises RestError for HTTP-level refusals and
        returns (account uuid or None, error) where error is the ID.1001 of a bad session."""
        auth = headers.get("Authorization")
        if auth is None:
            raise RestError(400, "missing header 'Authorization'")
        auth = auth.strip()
        if auth.startswith("OAuth"):
            sid = auth[len("OAuth"):].strip()
            with self.lock:
                s = self.sessions.get(sid)
                if s is None or s["expires"] <= time.time():
                    self.sessions.pop(sid, None)
                    return None, ApiError("ID.1001", "Session expired")
                return s["accountUuid"], None
        if auth.startswith("ZStack"):
            date = headers.get("Date")
            if date is None:
                raise RestError(400, "'Date' must be incuded in request header")
            try:
                when = email.utils.parsedate_to_datetime(date)
                if when.tzinfo is None:
                    raise ValueError(date)
            except (TypeError, ValueError):
                raise RestError(400, "'Date' format error, correct format is 'EEE, dd MMM yyyy HH:mm:ss z'")
            if abs(when.timestamp() - time.time()) > SKEW_SECONDS:
                raise RestError(403, "requestTimeTooSkewed")
            key_and_sig = auth[len("ZStack"):].strip()
            parts = key_and_sig.split(":")
            if len(parts) != 2:
                raise RestError(400, "accessKey format is 'ZStack AccessKeyId:Signature'")
            key_id, signature = parts
            key = self.access_keys.get(key_id)
            if key is None:
                raise RestError(403, f"access key id: {key_id} does not existed or disabled")
            text = f"{method}\n{date}\n{uri}"
            expected = base64.b64encode(hmac.new(key["secret"].encode(), text.encode(), hashlib.sha1).digest()).decode()
            if not hmac.compare_digest(expected, signature):
                raise RestError(403, "wrong accessKey signature")
            return key["accountUuid"], None
        raise RestError(400, "Authorization type must be 'OAuth'")

    def is_admin(self, account_uuid):
        return any(a["uuid"] == account_uuid and a["type"] == "SystemAdmin" for a in self.accounts.values())

    def visible(self, account_uuid, resource_uuid):
        if self.is_admin(account_uuid):
            return True
        ref = self.refs.get(resource_uuid)
        return ref is not None and ref["accountUuid"] == account_uuid

    # --- jobs ----------------------------------------------------------------------------------

    def submit(self, work, extra_delay=0.0):
        """Starts a job: `work()` runs when its time has come and returns the event's fields or
        raises ApiError."""
        job = new_uuid()
        with self.lock:
            self.jobs[job] = {"due": time.time() + self.job_delay + extra_delay, "work": work, "result": None}
        return job

    def job_result(self, job_id):
        with self.lock:
            job = self.jobs.get(job_id)
            if job is None:
                return 404, "the job has been expired"
            if job["result"] is None:
                if time.time() < job["due"]:
                    return 202, {}
                try:
                    job["result"] = (200, job["work"]())
                except ApiError as e:
                    job["result"] = (503, e.body())
                self.version += 1
            return job["result"]


# --- the API ---------------------------------------------------------------------------------


def paged_query(params, rows, account, state, resource_check=True, kind=None):
    """One page of `rows` (a callable, called only when the answer is not kept for this version)."""
    conds = [parse_condition(c) for c in params.get("q", [])]
    sort = (params.get("sort") or [None])[0]
    key = (kind, tuple(conds), sort, account, resource_check)
    kept = state.query_cache.get(key) if kind else None
    if kept is not None and kept[0] == state.version:
        picked = kept[1]
    else:
        admin = state.is_admin(account)
        picked = [r for r in rows() if all(matches(r, c) for c in conds)
                  and (not resource_check or admin or state.visible(account, r["uuid"]))]
        if sort:
            field = sort.lstrip("+-")
            picked.sort(key=lambda r: (r.get(field) is None, str(r.get(field) or "")), reverse=sort.startswith("-"))
        if kind:
            if len(state.query_cache) > 32:
                state.query_cache.clear()
            state.query_cache[key] = (state.version, picked)
    try:
        start = int((params.get("start") or ["0"])[0])
        limit = int((params.get("limit") or [str(DEFAULT_LIMIT)])[0])
    except ValueError:
        raise RestError(400, "Invalid query parameter. 'limit' must be an integer")
    if (params.get("count") or ["false"])[0] == "true":
        return {"total": len(picked)}
    out = {"inventories": picked[start:start + limit]}
    if (params.get("replyWithCount") or ["false"])[0] == "true":
        out["total"] = len(picked)
    return out


def require(cond, details, code="SYS.1007"):
    if not cond:
        raise ApiError(code, details)


class Api:
    """The calls, each returning (status, body) or raising."""

    def __init__(self, state):
        self.s = state

    # queries (sync)

    def query_images(self, account, params, uuid_=None):
        with self.s.lock:
            if uuid_:
                params = {"q": [f"uuid={uuid_}"]}
            return 200, paged_query(params, lambda: list(self.s.images.values()), account, self.s, kind="images")

    def query_tags(self, account, params):
        with self.s.lock:
            def rows():
                admin = self.s.is_admin(account)
                return [t for t in self.s.tags.values() if admin or self.s.visible(account, t["resourceUuid"])]

            return 200, paged_query(params, rows, account, self.s, resource_check=False, kind="tags")

    def query_refs(self, account, params):
        with self.s.lock:
            def rows():
                if self.s.is_admin(account):
                    return list(self.s.refs.values())
                return [r for r in self.s.refs.values() if r["accountUuid"] == account]

            return 200, paged_query(params, rows, account, self.s, resource_check=False, kind="refs")

    def query_projects(self, account, params):
        with self.s.lock:
            if not self.s.projects:
                raise RestError(404, "no api mapping to /v1/iam2/projects")
            return 200, paged_query(params, lambda: list(self.s.projects.values()), account, self.s, resource_check=False)

    def query_vms(self, account, params, uuid_=None):
        with self.s.lock:
            if uuid_:
                params = {"q": [f"uuid={uuid_}"]}
            return 200, paged_query(params, lambda: [self.s.vm_view(u) for u in self.s.vms], account, self.s, kind="vms")

    def query_global_configs(self, account, params):
        with self.s.lock:
            rows = [
                {"name": n, "category": c, "description": "", "defaultValue": "virtio" if (c, n) == ("vm", "videoType") else "",
                 "value": v}
                for (c, n), v in self.s.global_configs.items()
            ]
            return 200, paged_query(params, lambda: rows, account, self.s, resource_check=False)

    # async calls: each returns the work of its job

    def create_vm(self, account, body):
        p = body.get("params") or {}
        tags = body.get("systemTags") or []

        def work():
            with self.s.lock:
                require(p.get("name"), "invalid field[name], it must be set")
                require(p.get("instanceOfferingUuid") or (p.get("cpuNum") and p.get("memorySize")),
                        "instanceOfferingUuid or cpuNum and memorySize must be set")
                if p.get("instanceOfferingUuid"):
                    require(p["instanceOfferingUuid"] in self.s.infra["instanceOffering"],
                            f"invalid field[instanceOfferingUuid], resource[uuid:{p['instanceOfferingUuid']}, type:InstanceOfferingVO] not found", "SYS.1003")
                image = self.s.images.get(p.get("imageUuid") or "")
                require(image is not None and self.s.visible(account, image["uuid"]),
                        f"invalid field[imageUuid], resource[uuid:{p.get('imageUuid')}, type:ImageVO] not found", "SYS.1003")
                require(image["status"] == "Ready" and image["state"] == "Enabled",
                        f"image[uuid:{image['uuid']}] is not Ready and Enabled", "SYS.1007")
                l3s = p.get("l3NetworkUuids") or []
                require(l3s, "invalid field[l3NetworkUuids], it must be set")
                for l3 in l3s:
                    require(l3 in self.s.infra["l3Network"], f"invalid field[l3NetworkUuids], resource[uuids:[{l3}], type:L3NetworkVO] not found", "SYS.1003")
                for field, kind in (("zoneUuid", "zone"), ("clusterUuid", "cluster"), ("hostUuid", "host")):
                    if p.get(field):
                        require(p[field] in self.s.infra[kind], f"invalid field[{field}], resource[uuid:{p[field]}, type:{kind.capitalize()}VO] not found", "SYS.1003")
                for tag in tags:
                    if tag.startswith("bootMode::"):
                        require(tag.split("::", 1)[1] in BOOT_MODES, f"invalid boot mode[{tag}]")
                strategy = p.get("strategy", "InstantStart")
                require(strategy in ("InstantStart", "JustCreate", "CreateStopped"), f"invalid strategy[{strategy}]")
                spec = dict(p)
                spec["state"] = "Running" if strategy == "InstantStart" else "Stopped"
                return {"inventory": self.s.add_vm(spec, owner_uuid=account, tags=tags)}

        return work

    def vm_action(self, account, vm_uuid, body):
        action = next(iter(body), None)

        def find():
            vm = self.s.vms.get(vm_uuid)
            require(vm is not None and self.s.visible(account, vm_uuid),
                    f"invalid field[uuid], resource[uuid:{vm_uuid}, type:VmInstanceVO] not found", "SYS.1003")
            return vm

        if action == "setVmBootMode":
            mode = (body[action] or {}).get("bootMode")

            def work():
                with self.s.lock:
                    find()
                    require(mode in BOOT_MODES, f"invalid bootMode[{mode}], valid values are {list(BOOT_MODES)}")
                    self.s.set_tag(vm_uuid, "VmInstanceVO", "bootMode::", f"bootMode::{mode}")
                    return {}

            return "setVmBootMode", work
        if action == "startVmInstance":
            def work():
                with self.s.lock:
                    vm = find()
                    require(vm["state"] in ("Stopped", "Running"), f"vm[uuid:{vm_uuid}] is {vm['state']}, cannot start")
                    vm["state"] = "Running"
                    vm["hostUuid"] = vm["lastHostUuid"]
                    return {"inventory": self.s.vm_view(vm_uuid)}

            return "startVmInstance", work
        if action == "expungeVmInstance":
            def work():
                with self.s.lock:
                    vm = find()
                    require(vm["state"] == "Destroyed", f"vm[uuid:{vm_uuid}] is not destroyed, cannot expunge it", "SYS.1006")
                    self.s.volumes.pop(vm["rootVolumeUuid"], None)
                    self.s.refs.pop(vm["rootVolumeUuid"], None)
                    del self.s.vms[vm_uuid]
                    self.s.refs.pop(vm_uuid, None)
                    self.s.set_tag(vm_uuid, "VmInstanceVO", "", None)
                    self.s.resource_configs = {k: v for k, v in self.s.resource_configs.items() if k[0] != vm_uuid}
                    return {}

            return "expungeVmInstance", work
        raise RestError(400, f"the body doesn't contain action mapping to the URL[/v1/vm-instances/{vm_uuid}/actions]")

    def destroy_vm(self, account, vm_uuid):
        def work():
            with self.s.lock:
                vm = self.s.vms.get(vm_uuid)
                if vm is None:
                    return {}
                require(self.s.visible(account, vm_uuid), "permission denied", "ID.1002")
                vm["state"] = "Destroyed"
                vm["hostUuid"] = None
                return {}

        return work

    def image_action(self, account, image_uuid, body):
        action = next(iter(body), None)
        if action != "expungeImage":
            raise RestError(400, f"the body doesn't contain action mapping to the URL[/v1/images/{image_uuid}/actions]")

        def work():
            with self.s.lock:
                image = self.s.images.get(image_uuid)
                require(image is not None and self.s.visible(account, image_uuid),
                        f"invalid field[imageUuid], resource[uuid:{image_uuid}, type:ImageVO] not found", "SYS.1003")
                require(image["status"] == "Deleted", f"image[uuid:{image_uuid}] is not deleted, cannot expunge it", "SYS.1006")
                del self.s.images[image_uuid]
                self.s.refs.pop(image_uuid, None)
                self.s.set_tag(image_uuid, "ImageVO", "", None)
                return {}

        return work

    def delete_image(self, account, image_uuid):
        def work():
            with self.s.lock:
                image = self.s.images.get(image_uuid)
                if image is None:
                    return {}
                require(self.s.visible(account, image_uuid), "permission denied", "ID.1002")
                image["status"] = "Deleted"
                return {}

        return work

    def create_template(self, account, volume_uuid, body):
        p = body.get("params") or {}

        def work():
            with self.s.lock:
                vol = self.s.volumes.get(volume_uuid)
                require(vol is not None and self.s.visible(account, volume_uuid),
                        f"invalid field[rootVolumeUuid], resource[uuid:{volume_uuid}, type:VolumeVO] not found", "SYS.1003")
                require(p.get("name"), "invalid field[name], it must be set")
                vm = self.s.vms[vol["vmInstanceUuid"]]
                spec = {
                    "name": p["name"],
                    "description": p.get("description", ""),
                    "platform": p.get("platform") or vm["platform"],
                    "guestOsType": p.get("guestOsType") or vm["guestOsType"],
                    "architecture": p.get("architecture") or vm["architecture"],
                    "size": vol["size"],
                    "actualSize": vol["actualSize"],
                    "url": f"volume://{volume_uuid}",
                }
                image = self.s.add_image(spec, owner_uuid=account)
                tag = self.s.tag_of(vm["uuid"], "bootMode::")
                if tag:
                    self.s.set_tag(image["uuid"], "ImageVO", "bootMode::", tag)
                return {"inventory": image}

        return work

    def update_resource_config(self, account, category, name, resource_uuid, body):
        value = ((body.get("updateResourceConfig") or {}).get("value"))

        def work():
            with self.s.lock:
                require((category, name) == ("vm", "videoType"), f"no global config[category:{category}, name:{name}] found")
                known = resource_uuid in self.s.vms or resource_uuid in self.s.infra["cluster"]
                require(known and (resource_uuid not in self.s.vms or self.s.visible(account, resource_uuid)),
                        f"invalid field[resourceUuid], resource[uuid:{resource_uuid}, type:ResourceVO] not found", "SYS.1003")
                require(value in VIDEO_TYPES, f"invalid value[{value}], valid values are {list(VIDEO_TYPES)}")
                self.s.resource_configs[(resource_uuid, category, name)] = value
                now = stamp()
                return {"inventory": {"uuid": new_uuid(), "resourceUuid": resource_uuid,
                                      "resourceType": "VmInstanceVO" if resource_uuid in self.s.vms else "ClusterVO",
                                      "name": name, "description": "", "category": category, "value": value,
                                      "createDate": now, "lastOpDate": now}}

        return work

    def change_owner(self, account, new_owner, body):
        resource = (body.get("params") or {}).get("resourceUuid")

        def work():
            with self.s.lock:
                require(self.s.is_admin(account), "only admin can change resource owner", "ID.1002")
                require(any(a["uuid"] == new_owner for a in self.s.accounts.values()),
                        f"invalid field[accountUuid], resource[uuid:{new_owner}, type:AccountVO] not found", "SYS.1003")
                ref = self.s.refs.get(resource or "")
                require(ref is not None, f"invalid field[resourceUuid], resource[uuid:{resource}, type:ResourceVO] not found", "SYS.1003")
                ref["accountUuid"] = new_owner
                if resource in self.s.vms:
                    vol = self.s.vms[resource]["rootVolumeUuid"]
                    if vol in self.s.refs:
                        self.s.refs[vol]["accountUuid"] = new_owner
                return {"inventory": dict(ref)}

        return work

    def login(self, body):
        p = body.get("logInByAccount") or {}
        with self.s.lock:
            acct = self.s.accounts.get(p.get("accountName") or "")
            if acct is None or acct["password"] != p.get("password"):
                raise ApiError("ID.1000", "wrong account name or password")
            sid = new_uuid()
            now = time.time()
            self.s.sessions[sid] = {"accountUuid": acct["uuid"], "expires": now + self.s.session_ttl, "created": now}
            return 200, {"inventory": {"uuid": sid, "accountUuid": acct["uuid"], "userUuid": acct["uuid"],
                                       "expiredDate": stamp(now + self.s.session_ttl), "createDate": stamp(now)}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ZStackStandIn/1"

    def log_message(self, *args):
        pass

    # plumbing

    def send(self, status, body):
        if isinstance(body, (dict, list)):
            data = json.dumps(body).encode()
            ctype = "application/json; charset=utf-8"
        else:
            data = str(body).encode()
            ctype = "text/plain; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n) if n else b""
        if not raw:
            return {}
        try:
            return json.loads(raw)
        except ValueError:
            raise RestError(400, "the body is not JSON")

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def dispatch(self, method):
        state = self.server.state
        api = self.server.api
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        path = unquote(url.path)
        writes = method != "GET" or path.startswith("/_standin/")
        try:
            body = self.body()
            if path.startswith("/_standin/"):
                return self.send(*self.control(method, path[len("/_standin/"):], body))
            if not path.startswith(CONTEXT + "/"):
                raise RestError(404, f"no api mapping to {path}")
            uri = path[len(CONTEXT):]
            parts = uri.strip("/").split("/")
            if uri.startswith("/v1/api-jobs/") and len(parts) == 3:
                if method != "GET":
                    raise RestError(405, "only GET method is allowed for querying job status")
                status, out = state.job_result(parts[2])
                return self.send(status, out)
            self.route(method, uri, parts, params, body, state, api)
        except Drop:
            self.close_connection = True
            try:
                self.connection.shutdown(2)
            except OSError:
                pass
        except RestError as e:
            self.send(e.status, e.text)
        except ApiError as e:
            self.send(503, e.body())
        finally:
            if writes:
                with state.lock:
                    state.version += 1

    def fault(self, name):
        f = self.server.state.fault_for(name)
        if f is None:
            return None
        kind = f.get("kind", "error")
        if kind == "hang":
            time.sleep(float(f.get("seconds", 60)))
            return None
        if kind == "drop":
            raise Drop()
        if kind == "status":
            raise RestError(int(f.get("status", 500)), f.get("text", "Internal Server Error"))
        if kind == "expireSessions":
            with self.server.state.lock:
                self.server.state.sessions.clear()
            return None
        if kind == "slowJob":
            return f
        return f  # "error": the call fails as an API error

    def route(self, method, uri, parts, params, body, state, api):
        # login needs no credentials (SuppressCredentialCheck)
        if method == "PUT" and uri.rstrip("/") == "/v1/accounts/login":
            f = self.fault("logInByAccount")
            if f and f.get("kind", "error") == "error":
                raise ApiError(f.get("code", "SYS.1006"), f.get("details", "injected failure"))
            return self.send(*api.login(body))

        name, call, sync = self.resolve(method, uri, parts, params, body, api)
        f = self.fault(name)
        account, session_error = state.session_account(self.headers, method, uri)
        if sync:
            if session_error:
                raise session_error
            if f and f.get("kind", "error") == "error":
                raise ApiError(f.get("code", "SYS.1006"), f.get("details", f"injected failure of {name}"))
            return self.send(*call(account))
        work = None
        if session_error:
            def work(err=session_error):
                raise err
        elif f and f.get("kind", "error") == "error":
            def work(code=f.get("code", "SYS.1006"), details=f.get("details", f"injected failure of {name}")):
                raise ApiError(code, details)
        else:
            work = call(account)
        extra = float(f.get("seconds", 0)) if f and f.get("kind") == "slowJob" else 0.0
        job = state.submit(work, extra)
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
        self.send(202, {"location": f"http://{host}{CONTEXT}/v1/api-jobs/{job}"})

    def resolve(self, method, uri, parts, params, body, api):
        """(api name, callable taking the account, sync?) of a request."""
        p = parts[1:] if parts and parts[0] == "v1" else None
        if p is None:
            raise RestError(404, f"no api mapping to {uri}")
        n = len(p)
        if method == "GET":
            if p[0] == "images" and n in (1, 2):
                return "queryImage", lambda a: api.query_images(a, params, p[1] if n == 2 else None), True
            if p == ["system-tags"]:
                return "querySystemTag", lambda a: api.query_tags(a, params), True
            if p == ["accounts", "resources", "refs"]:
                return "queryAccountResourceRef", lambda a: api.query_refs(a, params), True
            if p == ["iam2", "projects"]:
                return "queryIAM2Project", lambda a: api.query_projects(a, params), True
            if p[0] == "vm-instances" and n in (1, 2):
                return "queryVmInstance", lambda a: api.query_vms(a, params, p[1] if n == 2 else None), True
            if p == ["global-configurations"]:
                return "queryGlobalConfig", lambda a: api.query_global_configs(a, params), True
        elif method == "POST":
            if p == ["vm-instances"]:
                return "createVmInstance", lambda a: api.create_vm(a, body), False
            if n == 5 and p[:4] == ["images", "root-volume-templates", "from", "volumes"]:
                return "createRootVolumeTemplateFromRootVolume", lambda a: api.create_template(a, p[4], body), False
            if n == 3 and p[0] == "account" and p[2] == "resources":
                return "changeResourceOwner", lambda a: api.change_owner(a, p[1], body), False
        elif method == "PUT":
            if n == 3 and p[0] == "vm-instances" and p[2] == "actions":
                action, _ = api.vm_action(None, p[1], body)  # validates the action name now
                return action, lambda a: api.vm_action(a, p[1], body)[1], False
            if n == 3 and p[0] == "images" and p[2] == "actions":
                api.image_action(None, p[1], body)
                return "expungeImage", lambda a: api.image_action(a, p[1], body), False
            if n == 5 and p[0] == "resource-configurations" and p[4] == "actions":
                return "updateResourceConfig", lambda a: api.update_resource_config(a, p[1], p[2], p[3], body), False
        elif method == "DELETE":
            if n == 2 and p[0] == "vm-instances":
                return "destroyVmInstance", lambda a: api.destroy_vm(a, p[1]), False
            if n == 2 and p[0] == "images":
                return "deleteImage", lambda a: api.delete_image(a, p[1]), False
        raise RestError(404, f"no api mapping to {uri}")

    # test-only control

    def control(self, method, what, body):
        s = self.server.state
        if method == "GET" and what == "state":
            with s.lock:
                return 200, {
                    "images": [{"uuid": i["uuid"], "name": i["name"], "status": i["status"],
                                "bootMode": s.tag_of(i["uuid"], "bootMode::"), "owner": s.refs.get(i["uuid"], {}).get("accountUuid")}
                               for i in s.images.values()],
                    "vms": [{"uuid": v["uuid"], "name": v["name"], "state": v["state"], "imageUuid": v["imageUuid"],
                             "bootMode": s.tag_of(v["uuid"], "bootMode::"),
                             "videoType": s.resource_configs.get((v["uuid"], "vm", "videoType")),
                             "owner": s.refs.get(v["uuid"], {}).get("accountUuid")}
                            for v in s.vms.values()],
                    "volumes": list(s.volumes),
                    "sessions": len(s.sessions),
                    "pendingJobs": sum(1 for j in s.jobs.values() if j["result"] is None),
                    "calls": dict(s.calls),
                    "accounts": {n: a["uuid"] for n, a in s.accounts.items()},
                    "infra": {k: next(iter(v)) for k, v in s.infra.items()},
                }
        if method == "POST" and what == "seed":
            return 200, s.seed(body)
        if method == "POST" and what == "faults":
            with s.lock:
                f = dict(body)
                f.setdefault("times", 1)
                f["seen"] = 0
                f["fired"] = 0
                s.faults.append(f)
            return 200, {"faults": len(s.faults)}
        if method == "DELETE" and what == "faults":
            with s.lock:
                s.faults.clear()
            return 200, {"faults": 0}
        if method == "POST" and what == "config":
            with s.lock:
                if "jobDelay" in body:
                    s.job_delay = float(body["jobDelay"])
                if "sessionTtl" in body:
                    s.session_ttl = float(body["sessionTtl"])
            return 200, {"jobDelay": s.job_delay, "sessionTtl": s.session_ttl}
        if method == "POST" and what == "expire-sessions":
            with s.lock:
                n = len(s.sessions)
                s.sessions.clear()
            return 200, {"expired": n}
        if method == "POST" and what == "remove":
            with s.lock:
                for u in body.get("images", []):
                    s.images.pop(u, None)
                    s.refs.pop(u, None)
                    s.set_tag(u, "ImageVO", "", None)
                for u in body.get("vms", []):
                    vm = s.vms.pop(u, None)
                    if vm:
                        s.volumes.pop(vm["rootVolumeUuid"], None)
                    s.refs.pop(u, None)
            return 200, {}
        if method == "POST" and what == "update-image":
            with s.lock:
                image = s.images.get(body.get("uuid", ""))
                if image is None:
                    return 404, {"error": "no such image"}
                for k, v in body.items():
                    if k == "bootMode":
                        s.set_tag(image["uuid"], "ImageVO", "bootMode::", f"bootMode::{v}" if v else None)
                    elif k == "owner":
                        s.refs[image["uuid"]]["accountUuid"] = s.account_uuid(v)
                    elif k != "uuid":
                        image[k] = v
            return 200, {}
        return 404, {"error": f"no control {method} {what}"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--state", help="a JSON file of the shape POST /_standin/seed takes")
    ap.add_argument("--job-delay", type=float, default=0.05, help="seconds each job takes")
    ap.add_argument("--session-ttl", type=float, default=7200.0, help="seconds a session lives")
    ap.add_argument("--exit-on-stdin-close", action="store_true", help="stop when standard input closes")
    args = ap.parse_args()
    state = State(args.job_delay, args.session_ttl)
    if args.state:
        with open(args.state, encoding="utf-8") as f:
            state.seed(json.load(f))
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    server.state = state
    server.api = Api(state)
    print(f"zstack stand-in listening on http://{args.host}:{server.server_address[1]}", flush=True)
    if args.exit_on_stdin_close:
        def watch():
            sys.stdin.buffer.read()
            os._exit(0)

        threading.Thread(target=watch, daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
