#!/usr/bin/env bash
# Benchmark: a sync of 2,000 images from the real Glance (behind the real Keystone) through the
# real xspace binary, built in release mode. Prints, per sync: wall time, HTTP requests the driver
# sent (its debug "openstack request" log lines: Keystone + Glance + Nova), and the server's peak RSS.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/openstack/setup-venv.sh
CARGO_INCREMENTAL=0 cargo test --release --test openstack -- --ignored --nocapture bench_sync_2000_images 2>&1 \
  | grep -E "^BENCH|created 2000|real OpenStack|test result"
