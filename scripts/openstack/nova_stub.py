#!/usr/bin/env python3
"""A stub of Nova's compute API (v2.1, no microversion), for tests where no real Nova can run.

Built from Nova's API reference (https://docs.openstack.org/api-ref/compute/), not from what the
xspace driver sends: only the calls the driver makes exist, with the reference's shapes, status
codes and error bodies.

  GET    /v2.1/                        version document
  GET    /v2.1/flavors/detail          two flavors
  GET    /v2.1/servers/detail          ?limit=&marker=&all_tenants=  -> {"servers", "servers_links"}
  GET    /v2.1/servers/{id}            -> {"server"}
  POST   /v2.1/servers                 {"server": {"name", "imageRef", "flavorRef", "metadata"?}} -> 202
  DELETE /v2.1/servers/{id}            -> 204

Every call needs `X-Auth-Token`, validated against Keystone (GET /v3/auth/tokens with the token as
its own subject, which Keystone's default policy allows); the token's project owns what it creates.
`all_tenants` is admin-only (403 otherwise), as Nova's default policy has it. Creating a server
reads its image from Glance (the image endpoint of the token's catalogue) with the caller's token,
as Nova does, and refuses a missing (400) or not active (400) image. Servers live in memory.

usage: nova_stub.py --port PORT --keystone http://host:port/v3
"""

import argparse
import datetime
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FLAVORS = [
    {"id": "1", "name": "m1.small", "vcpus": 1, "ram": 2048, "disk": 20},
    {"id": "2", "name": "m1.medium", "vcpus": 2, "ram": 4096, "disk": 40},
]
LOCK = threading.Lock()
SERVERS = {}  # id -> server dict (detail shape)
KEYSTONE = ""


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Fault(Exception):
    def __init__(self, code, kind, message):
        super().__init__(message)
        self.code, self.kind, self.message = code, kind, message


def validate(token):
    """The token's body from Keystone, or Fault(401)."""
    req = urllib.request.Request(KEYSTONE + "/auth/tokens", headers={"X-Auth-Token": token, "X-Subject-Token": token})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.loads(resp.read())["token"]
    except urllib.error.HTTPError as e:
        if e.code in (401, 403, 404):
            raise Fault(401, "unauthorized", "The request you have made requires authentication.")
        raise Fault(503, "serviceUnavailable", "Keystone answered %d" % e.code)


def image_endpoint(token_body):
    for service in token_body.get("catalog", []):
        if service.get("type") == "image":
            for ep in service.get("endpoints", []):
                if ep.get("interface") == "public":
                    return ep["url"].rstrip("/")
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet; the log file gets one line per request
        print("%s %s" % (self.command, self.path), flush=True)

    def reply(self, code, body=None, headers=()):
        raw = b"" if body is None else json.dumps(body).encode()
        self.send_response(code)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("x-openstack-request-id", "req-" + str(uuid.uuid4()))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(raw)

    def base(self):
        return "http://%s/v2.1" % self.headers.get("Host", "127.0.0.1")

    def handle_any(self):
        try:
            url = urllib.parse.urlsplit(self.path)
            parts = [p for p in url.path.split("/") if p]
            query = dict(urllib.parse.parse_qsl(url.query))
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if parts in ([], ["v2.1"]) and self.command == "GET":
                return self.reply(200, {"version": {"id": "v2.1", "status": "CURRENT", "min_version": "2.1",
                                                    "version": "2.96", "links": []}})
            if not parts or parts[0] != "v2.1":
                raise Fault(404, "itemNotFound", "The resource could not be found.")
            token = self.headers.get("X-Auth-Token")
            if not token:
                raise Fault(401, "unauthorized", "The request you have made requires authentication.")
            ctx = validate(token)
            route = (self.command, parts[1:])
            if route == ("GET", ["flavors", "detail"]):
                return self.reply(200, {"flavors": [dict(f, links=[]) for f in FLAVORS]})
            if route == ("GET", ["servers", "detail"]):
                return self.list_servers(ctx, query)
            if route == ("POST", ["servers"]):
                return self.create_server(ctx, token, body)
            if self.command in ("GET", "DELETE") and len(parts) == 3 and parts[1] == "servers":
                return self.one_server(ctx, parts[2])
            raise Fault(404, "itemNotFound", "The resource could not be found.")
        except Fault as f:
            self.reply(f.code, {f.kind: {"code": f.code, "message": f.message}})

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = handle_any

    def visible(self, ctx, server):
        return server["tenant_id"] == ctx["project"]["id"] or is_admin(ctx)

    def list_servers(self, ctx, query):
        all_tenants = query.get("all_tenants", "").lower() in ("1", "true", "yes", "")
        if "all_tenants" in query and all_tenants and not is_admin(ctx):
            raise Fault(403, "forbidden", "Policy doesn't allow os_compute_api:servers:detail:get_all_tenants "
                                          "to be performed.")
        with LOCK:
            servers = sorted(SERVERS.values(), key=lambda s: (s["created"], s["id"]), reverse=True)
        if not ("all_tenants" in query and all_tenants):
            servers = [s for s in servers if s["tenant_id"] == ctx["project"]["id"]]
        if "marker" in query:
            ids = [s["id"] for s in servers]
            if query["marker"] not in ids:
                raise Fault(400, "badRequest", "marker [%s] not found" % query["marker"])
            servers = servers[ids.index(query["marker"]) + 1:]
        limit = int(query.get("limit", 1000))
        page = servers[:limit]
        body = {"servers": page}
        if len(servers) > limit and page:
            q = dict(query, marker=page[-1]["id"], limit=str(limit))
            body["servers_links"] = [{"rel": "next",
                                      "href": self.base() + "/servers/detail?" + urllib.parse.urlencode(q)}]
        self.reply(200, body)

    def create_server(self, ctx, token, raw):
        try:
            server = json.loads(raw)["server"]
            name, image_ref, flavor_ref = server["name"], server["imageRef"], server["flavorRef"]
        except (ValueError, KeyError, TypeError) as e:
            raise Fault(400, "badRequest", "Invalid input for field/attribute server: %s" % e)
        if not any(f["id"] == str(flavor_ref) for f in FLAVORS):
            raise Fault(400, "badRequest", "Flavor %s could not be found." % flavor_ref)
        glance = image_endpoint(ctx)
        if glance is None:
            raise Fault(503, "serviceUnavailable", "no image endpoint in the catalogue")
        req = urllib.request.Request(glance + "/v2/images/" + urllib.parse.quote(image_ref),
                                     headers={"X-Auth-Token": token})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                image = json.loads(resp.read())
        except urllib.error.HTTPError as e:
            raise Fault(400, "badRequest", "Image %s could not be found." % image_ref) if e.code == 404 else \
                Fault(503, "serviceUnavailable", "Glance answered %d" % e.code)
        if image.get("status") != "active":
            raise Fault(400, "badRequest", "Image %s is not active." % image_ref)
        sid = str(uuid.uuid4())
        at = now()
        link = [{"rel": "self", "href": self.base() + "/servers/" + sid}]
        detail = {
            "id": sid, "name": name, "status": "ACTIVE", "tenant_id": ctx["project"]["id"],
            "user_id": ctx["user"]["id"], "metadata": server.get("metadata") or {},
            "image": {"id": image_ref, "links": []}, "flavor": {"id": str(flavor_ref), "links": []},
            "created": at, "updated": at, "addresses": {}, "accessIPv4": "", "accessIPv6": "",
            "hostId": "", "key_name": None, "config_drive": "", "progress": 0, "links": link,
            "OS-DCF:diskConfig": "MANUAL", "OS-EXT-STS:vm_state": "active", "OS-EXT-STS:task_state": None,
            "OS-EXT-STS:power_state": 1, "security_groups": [{"name": "default"}],
        }
        with LOCK:
            SERVERS[sid] = detail
        self.reply(202, {"server": {"id": sid, "links": link, "OS-DCF:diskConfig": "MANUAL",
                                    "security_groups": [{"name": "default"}], "adminPass": uuid.uuid4().hex}},
                   headers=[("Location", link[0]["href"])])

    def one_server(self, ctx, sid):
        with LOCK:
            server = SERVERS.get(sid)
            if server is None or not self.visible(ctx, server):
                raise Fault(404, "itemNotFound", "Instance %s could not be found." % sid)
            if self.command == "DELETE":
                del SERVERS[sid]
        if self.command == "DELETE":
            return self.reply(204)
        self.reply(200, {"server": server})


def is_admin(ctx):
    return any(r.get("name") == "admin" for r in ctx.get("roles", []))


def main():
    global KEYSTONE
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--keystone", required=True)
    args = parser.parse_args()
    KEYSTONE = args.keystone.rstrip("/")
    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
