#!/usr/bin/env bash
# Creates (once) the virtualenv holding the real Keystone and Glance that tests/openstack runs
# against: target/openstack-venv (not committed). Idempotent: a venv whose marker matches the
# pinned versions is reused, so a second run takes well under a second.
#
# usage: scripts/openstack/setup-venv.sh [VENV_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VENV=${1:-${XSPACE_OPENSTACK_VENV:-$ROOT/target/openstack-venv}}
PACKAGES="keystone==30.0.0 glance==33.0.0 gunicorn"
MARKER="$VENV/.xspace-openstack"

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$PACKAGES" ] \
   && [ -x "$VENV/bin/gunicorn" ] && [ -x "$VENV/bin/keystone-manage" ] && [ -x "$VENV/bin/glance-manage" ]; then
  echo "openstack venv ready: $VENV"
  exit 0
fi

PY=${PYTHON:-python3}
command -v "$PY" >/dev/null || { echo "python3 not found" >&2; exit 1; }
rm -rf "$VENV"
mkdir -p "$(dirname "$VENV")"
"$PY" -m venv "$VENV"
# shellcheck disable=SC2086
"$VENV/bin/pip" install --quiet --upgrade pip
# shellcheck disable=SC2086
"$VENV/bin/pip" install --quiet $PACKAGES
echo "$PACKAGES" > "$MARKER"
echo "openstack venv ready: $VENV"
