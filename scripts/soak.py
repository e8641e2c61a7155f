#!/usr/bin/env python3
"""Soak run: a release `xspace serve --demo` on a fresh SQLite database under steady load for
DURATION seconds (default 600), from WORKERS threads (default 8) mixing reads and writes as the
demo's users: desktops pages, catalogue pages, `me`, an OS-info edit, agent reports. Counts a
response as an error when its status is not 200 or its body has `errors`; samples the server's
RSS every 10 s. Passes with zero errors and RSS at the end within 10 % of RSS after the first
minute (the warm-up).

    scripts/soak.py [DURATION_SECONDS] [WORKERS]
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DURATION = int(sys.argv[1]) if len(sys.argv) > 1 else 600
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 8
BIN = os.path.join(ROOT, "target", "release", "xspace")


def post(base, query, variables=None, token=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(base + "/graphql", data=body, method="POST")
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, json.loads(resp.read())


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def main():
    if not os.path.exists(BIN):
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="xspace-soak-")
    env = dict(os.environ, DATABASE_URL="sqlite://%s/xspace.db" % work, XSPACE_LISTEN="127.0.0.1:0", RUST_LOG="warn")
    server = subprocess.Popen([BIN, "serve", "--demo"], env=env, stdout=subprocess.PIPE,
                              stderr=open(os.path.join(work, "server.log"), "w"), text=True)
    base = None
    for line in server.stdout:
        m = re.search(r"xspace listening on (http\S+)", line)
        if m:
            base = m.group(1).rstrip("/")
            break
    threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/readyz", timeout=2)
            break
        except Exception:
            time.sleep(0.2)
    login = 'mutation($u: String!, $t: String) { login(input: {username: $u, password: "xspace-demo", tenant: $t}) { token } }'
    ops = post(base, login, {"u": "ops"})[1]["data"]["login"]["token"]
    alice = post(base, login, {"u": "alice", "t": "acme"})[1]["data"]["login"]["token"]
    bob = post(base, login, {"u": "bob", "t": "acme"})[1]["data"]["login"]["token"]
    desktops = post(base, "{ desktops(first: 5) { edges { node { id } } } }", token=alice)[1]["data"]["desktops"]["edges"]
    agent = post(base, "mutation($d: ID!) { issueAgentToken(desktopId: $d) { token } }",
                 {"d": desktops[0]["node"]["id"]}, alice)[1]["data"]["issueAgentToken"]["token"]
    image = post(base, "{ customImages(first: 1) { edges { node { id } } } }", token=alice)[1]["data"]["customImages"]["edges"]
    mix = [
        ("{ desktops(first: 50) { edges { node { id name tenant { slug } owner { username } source { id name } osInfo { osType } credentials { stale } } } } }", {}, alice),
        ("{ vdiImages(first: 50) { totalCount edges { node { id name bootMode platform { name } } } } }", {}, ops),
        ("{ me { id username role } }", {}, bob),
        ("mutation { reportAgentStatus(input: {osType: \"linux\", osDistro: \"ubuntu\", osVersion: \"24.04\"}) { id } }", {}, agent),
    ]
    if image:
        mix.append(("mutation($i: SetOsInfoInput!) { setOsInfo(input: $i) { id } }",
                    {"i": {"id": image[0]["node"]["id"], "osType": "linux", "osDistro": "ubuntu"}}, alice))
    counts = {"ok": 0, "errors": 0}
    first_error = []
    lock = threading.Lock()
    stop = time.time() + DURATION

    def worker(n):
        i = n
        while time.time() < stop:
            query, variables, token = mix[i % len(mix)]
            i += 1
            try:
                status, body = post(base, query, variables, token)
                bad = status != 200 or "errors" in body
            except Exception as e:  # noqa: BLE001 - any failure counts
                bad, body = True, str(e)
            with lock:
                counts["errors" if bad else "ok"] += 1
                if bad and not first_error:
                    first_error.append(body)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    started = time.time()
    for t in threads:
        t.start()
    samples = []
    while time.time() < stop:
        time.sleep(10)
        samples.append((round(time.time() - started), rss_kib(server.pid)))
        print("t=%4ds rss=%6.1f MiB requests=%d errors=%d" % (samples[-1][0], samples[-1][1] / 1024,
                                                               counts["ok"] + counts["errors"], counts["errors"]), flush=True)
    for t in threads:
        t.join()
    server.terminate()
    warm = next((kib for t, kib in samples if t >= 60), samples[0][1])
    end = samples[-1][1]
    growth = (end - warm) / warm * 100
    total = counts["ok"] + counts["errors"]
    print("== %d s, %d workers: %d requests (%.0f/s), %d errors; RSS after warm-up %.1f MiB, at end %.1f MiB (%+.1f %%), peak %.1f MiB"
          % (DURATION, WORKERS, total, total / DURATION, counts["errors"], warm / 1024, end / 1024, growth,
             max(k for _, k in samples) / 1024))
    if first_error:
        print("first error:", first_error[0])
    sys.exit(0 if counts["errors"] == 0 and growth <= 10 else 1)


if __name__ == "__main__":
    main()
