#!/usr/bin/env python3
"""A small real OpenStack for tests: Keystone and Glance from their PyPI packages, plus a Nova stub.

usage: cloud.py --venv VENV --dir WORKDIR

Starts, on free loopback ports and under WORKDIR:
  - Keystone (SQLite, fernet tokens, in-process cache), bootstrapped with admin/ADMIN_PASSWORD,
    project `admin`, region `RegionOne`;
  - Glance validating tokens against Keystone (keystonemiddleware authtoken, no token cache so a
    revoked token is refused at once);
  - Glance without Keystone (paste pipeline `versionnegotiation context rootapp`: the
    X-Identity-Status/X-Project-Id/X-Roles headers identify the caller);
  - nova_stub.py (Nova's servers API from its reference, tokens checked against Keystone);
and registers in Keystone's catalogue: `image` (public+internal = Glance, admin = a dead port,
RegionTwo public = a dead port) and `compute` (public, RegionOne = the stub).

Then prints one JSON line describing it all and serves commands, one JSON line each, on stdin:
  {"cmd": "glance", "name": N}       starts another Glance (with Keystone) -> {"url": ...}
  {"cmd": "stop", "name": N}         stops it (the port is closed when this answers)
  {"cmd": "start", "name": N}        starts it again on the same port and database
End of stdin (the test process went away) stops every server and removes nothing but them.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ADMIN_PASSWORD = "s3cret-admin"
GLANCE_SERVICE_PASSWORD = "glance-service-pw"
HERE = os.path.dirname(os.path.abspath(__file__))

KEYSTONE_CONF = """[DEFAULT]
log_file = {d}/keystone.log
[database]
connection = sqlite:///{d}/keystone.sqlite
[token]
provider = fernet
[fernet_tokens]
key_repository = {d}/fernet-keys
[fernet_receipts]
key_repository = {d}/fernet-keys
[identity]
password_hash_rounds = 4
max_password_length = 72
[cache]
enabled = true
backend = oslo_cache.dict
"""

# keystone.server.configure() parses the process's argv with oslo.config, which under gunicorn
# holds gunicorn's own options and aborts the worker: hide them before keystone is imported.
KEYSTONE_WSGI = """import sys
sys.argv = sys.argv[:1]
from keystone.wsgi.api import application  # noqa: E402,F401
"""

GLANCE_CONF = """[DEFAULT]
log_file = {d}/glance-api.log
node_staging_uri = file://{d}/staging
image_cache_dir = {d}/cache
[paste_deploy]
config_file = {d}/etc/glance-api-paste.ini
[database]
connection = sqlite:///{d}/glance.sqlite
[glance_store]
stores = file
default_store = file
filesystem_store_datadir = {d}/images/
"""

GLANCE_AUTHTOKEN = """[keystone_authtoken]
www_authenticate_uri = {ks}
auth_url = {ks}
auth_type = password
project_domain_id = default
user_domain_id = default
project_name = service
username = glance
password = {pw}
token_cache_time = -1
"""

GLANCE_PASTE = """[composite:glance-api]
paste.composite_factory = glance.api:root_app_factory
/: api
/healthcheck: healthcheck
[pipeline:api]
pipeline = {pipeline}
[composite:rootapp]
paste.composite_factory = glance.api:root_app_factory
/: apiversions
/v2: apiv2app
[app:apiversions]
paste.app_factory = glance.api.versions:create_resource
[app:apiv2app]
paste.app_factory = glance.api.v2.router:API.factory
[app:healthcheck]
paste.app_factory = oslo_middleware:Healthcheck.app_factory
backends = disable_by_file
disable_by_file_path = /nonexistent
[filter:versionnegotiation]
paste.filter_factory = glance.api.middleware.version_negotiation:VersionNegotiationFilter.factory
[filter:authtoken]
paste.filter_factory = keystonemiddleware.auth_token:filter_factory
delay_auth_decision = false
[filter:context]
paste.filter_factory = glance.api.middleware.context:ContextMiddleware.factory
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dead_url():
    """A loopback URL nothing listens on (a port just released)."""
    return "http://127.0.0.1:%d" % free_port()


class Server:
    """One supervised process, restartable on the same port."""

    def __init__(self, name, argv, env, port, ready_path, log):
        self.name, self.argv, self.env, self.port = name, argv, env, port
        self.ready_path, self.log, self.proc = ready_path, log, None

    @property
    def url(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self):
        out = open(self.log, "ab")
        self.proc = subprocess.Popen(self.argv, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        out.close()
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("%s exited (%s); see %s" % (self.name, self.proc.returncode, self.log))
            try:
                urllib.request.urlopen(self.url + self.ready_path, timeout=2).close()
                return
            except urllib.error.HTTPError:
                return  # it answers: ready (Keystone's /v3 answers 200, Glance's /healthcheck 200)
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("%s did not answer within 120 s; see %s" % (self.name, self.log))

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


class Cloud:
    def __init__(self, venv, workdir):
        self.venv, self.dir = venv, workdir
        self.servers = {}
        self.env = dict(os.environ, PYTHONWARNINGS="ignore")
        self.env.pop("OS_CLOUD", None)

    def bin(self, name):
        return os.path.join(self.venv, "bin", name)

    def run(self, argv, log):
        with open(log, "ab") as out:
            subprocess.run(argv, env=self.env, stdout=out, stderr=subprocess.STDOUT, check=True)

    def gunicorn(self, port, app, pythonpath=None):
        # One thread: Keystone and Glance keep SQLite in deferred transactions, and two threads
        # writing at once fail with "database is locked" (500, or 503 seen through authtoken).
        argv = [self.bin("gunicorn"), "--bind", "127.0.0.1:%d" % port, "--workers", "1", "--threads", "1",
                "--timeout", "300", "--no-control-socket"]
        if pythonpath:
            argv += ["--pythonpath", pythonpath]
        return argv + [app]

    # -- Keystone ----------------------------------------------------------------------------------

    def start_keystone(self):
        d = os.path.join(self.dir, "keystone")
        etc = os.path.join(d, "etc")
        os.makedirs(etc)
        conf = os.path.join(etc, "keystone.conf")
        with open(conf, "w") as f:
            f.write(KEYSTONE_CONF.format(d=d))
        with open(os.path.join(etc, "keystone_wsgi.py"), "w") as f:
            f.write(KEYSTONE_WSGI)
        port = free_port()
        url = "http://127.0.0.1:%d" % port
        manage = [self.bin("keystone-manage"), "--config-file", conf]
        log = os.path.join(d, "manage.log")
        self.run(manage + ["db_sync"], log)
        self.run(manage + ["fernet_setup", "--keystone-user", str(os.getuid()), "--keystone-group",
                           str(os.getgid())], log)
        self.run(manage + ["bootstrap", "--bootstrap-password", ADMIN_PASSWORD, "--bootstrap-region-id",
                           "RegionOne", "--bootstrap-public-url", url + "/v3", "--bootstrap-internal-url",
                           url + "/v3", "--bootstrap-admin-url", url + "/v3"], log)
        env = dict(self.env, OS_KEYSTONE_CONFIG_DIR=etc)
        server = Server("keystone", self.gunicorn(port, "keystone_wsgi:application", etc), env, port, "/v3",
                        os.path.join(d, "server.log"))
        self.servers["keystone"] = server
        server.start()
        return url + "/v3"

    def api(self, method, path, body=None, token=None):
        req = urllib.request.Request(self.keystone + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
        req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("X-Auth-Token", token)
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
            return resp.headers, (json.loads(raw) if raw else None)

    def admin_token(self):
        body = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": "admin", "domain": {"id": "default"}, "password": ADMIN_PASSWORD}}},
            "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}}
        headers, _ = self.api("POST", "/auth/tokens", body)
        return headers["X-Subject-Token"]

    def register(self, glance_url, nova_url):
        tok = self.admin_token()
        self.api("POST", "/regions", {"region": {"id": "RegionTwo"}}, tok)
        _, svc = self.api("POST", "/services", {"service": {"type": "image", "name": "glance"}}, tok)
        sid = svc["service"]["id"]
        for interface, url, region in [("public", glance_url, "RegionOne"), ("internal", glance_url, "RegionOne"),
                                       ("admin", dead_url(), "RegionOne"), ("public", dead_url(), "RegionTwo")]:
            self.api("POST", "/endpoints", {"endpoint": {"service_id": sid, "interface": interface, "url": url,
                                                         "region_id": region}}, tok)
        _, svc = self.api("POST", "/services", {"service": {"type": "compute", "name": "nova"}}, tok)
        self.api("POST", "/endpoints", {"endpoint": {"service_id": svc["service"]["id"], "interface": "public",
                                                     "url": nova_url, "region_id": "RegionOne"}}, tok)
        _, proj = self.api("POST", "/projects", {"project": {"name": "service", "domain_id": "default"}}, tok)
        pid = proj["project"]["id"]
        _, user = self.api("POST", "/users", {"user": {"name": "glance", "domain_id": "default",
                                                       "password": GLANCE_SERVICE_PASSWORD,
                                                       "default_project_id": pid}}, tok)
        _, roles = self.api("GET", "/roles?name=service", None, tok)
        self.api("PUT", "/projects/%s/users/%s/roles/%s" % (pid, user["user"]["id"], roles["roles"][0]["id"]),
                 None, tok)

    # -- Glance ------------------------------------------------------------------------------------

    def start_glance(self, name, noauth):
        d = os.path.join(self.dir, name)
        etc = os.path.join(d, "etc")
        for sub in ("etc", "images", "staging"):
            os.makedirs(os.path.join(d, sub))
        conf = os.path.join(etc, "glance-api.conf")
        with open(conf, "w") as f:
            f.write(GLANCE_CONF.format(d=d))
            if not noauth:
                f.write(GLANCE_AUTHTOKEN.format(ks=self.keystone[: -len("/v3")], pw=GLANCE_SERVICE_PASSWORD))
        pipeline = "versionnegotiation context rootapp" if noauth else "versionnegotiation authtoken context rootapp"
        with open(os.path.join(etc, "glance-api-paste.ini"), "w") as f:
            f.write(GLANCE_PASTE.format(pipeline=pipeline))
        self.run([self.bin("glance-manage"), "--config-file", conf, "db_sync"], os.path.join(d, "db_sync.log"))
        port = free_port()
        env = dict(self.env, OS_GLANCE_CONFIG_DIR=etc)
        server = Server(name, self.gunicorn(port, "glance.wsgi.api:application"), env, port, "/healthcheck",
                        os.path.join(d, "server.log"))
        self.servers[name] = server
        server.start()
        return server.url

    def start_nova(self):
        port = free_port()
        argv = [sys.executable, os.path.join(HERE, "nova_stub.py"), "--port", str(port), "--keystone", self.keystone]
        server = Server("nova", argv, self.env, port, "/", os.path.join(self.dir, "nova.log"))
        self.servers["nova"] = server
        server.start()
        return server.url + "/v2.1"

    def up(self):
        self.keystone = self.start_keystone()
        nova = self.start_nova()
        # Glance's db_sync and start are the slow part; the registration needs its URL only.
        glance = self.start_glance("glance", noauth=False)
        self.register(glance, nova)
        noauth = self.start_glance("glance-noauth", noauth=True)
        return {"keystone": self.keystone, "glance": glance, "glance_noauth": noauth, "nova": nova,
                "admin_user": "admin", "admin_password": ADMIN_PASSWORD, "admin_project": "admin",
                "region": "RegionOne", "dir": self.dir}

    def command(self, msg):
        cmd, name = msg.get("cmd"), msg.get("name", "")
        if cmd == "glance":
            if name in self.servers:
                raise RuntimeError("a server named %r already runs" % name)
            return {"url": self.start_glance(name, noauth=bool(msg.get("noauth")))}
        server = self.servers.get(name)
        if server is None:
            raise RuntimeError("no server named %r" % name)
        if cmd == "stop":
            server.stop()
            return {"url": server.url}
        if cmd == "start":
            server.start()
            return {"url": server.url}
        raise RuntimeError("unknown command %r" % cmd)

    def down(self):
        for server in reversed(list(self.servers.values())):
            server.stop()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--remove-dir", action="store_true", help="remove WORKDIR when done")
    args = parser.parse_args()
    cloud = Cloud(os.path.abspath(args.venv), os.path.abspath(args.dir))
    signal.signal(signal.SIGTERM, lambda *_: (cloud.down(), sys.exit(0)))
    try:
        t0 = time.time()
        info = cloud.up()
        info["seconds"] = round(time.time() - t0, 1)
        print(json.dumps(info), flush=True)
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                reply = {"ok": cloud.command(json.loads(line))}
            except Exception as e:  # noqa: BLE001 - every failure is reported to the caller
                reply = {"error": str(e)}
            print(json.dumps(reply), flush=True)
    except Exception as e:  # noqa: BLE001
        print(json.dumps({"error": "%s: %s" % (type(e).__name__, e)}), flush=True)
    finally:
        cloud.down()
        if args.remove_dir:
            shutil.rmtree(cloud.dir, ignore_errors=True)


if __name__ == "__main__":
    main()
