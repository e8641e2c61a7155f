#!/usr/bin/env bash
# Creates (once) the virtualenv holding the vendor's CloudTower Python SDK that
# tests/standins/cloudtower_sdk_check.py runs against the CloudTower stand-in:
# target/cloudtower-venv (not committed). Idempotent: a venv whose marker matches the pinned
# version is reused, so a second run takes well under a second.
#
# usage: scripts/cloudtower/setup-venv.sh [VENV_DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VENV=${1:-${XSPACE_CLOUDTOWER_VENV:-$ROOT/target/cloudtower-venv}}
PACKAGES="cloudtower-sdk==2.23.0"
MARKER="$VENV/.xspace-cloudtower"

if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$PACKAGES" ] && [ -x "$VENV/bin/python" ]; then
  echo "cloudtower venv ready: $VENV"
  exit 0
fi

PY=${PYTHON:-python3}
command -v "$PY" >/dev/null || { echo "python3 not found" >&2; exit 1; }
rm -rf "$VENV"
mkdir -p "$(dirname "$VENV")"
"$PY" -m venv "$VENV"
# shellcheck disable=SC2086
"$VENV/bin/pip" install --quiet $PACKAGES
"$VENV/bin/python" -c "import cloudtower.api.vm_api" >/dev/null
echo "$PACKAGES" > "$MARKER"
echo "cloudtower venv ready: $VENV"
