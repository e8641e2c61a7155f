//! The SMARTX driver end to end: the real `xspace` binary on a fresh database (SQLite, or
//! PostgreSQL with `XSPACE_TEST_DATABASE_URL`) against the CloudTower stand-in
//! (`tests/standins/cloudtower.py`, one per test), through xspace's public GraphQL API; and the
//! stand-in itself checked with the vendor's Python SDK.
//!
//! The SDK check needs `scripts/cloudtower/setup-venv.sh` (PyPI); set
//! `XSPACE_CLOUDTOWER_SDK_TESTS=skip` where PyPI cannot be had.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a failed step is a failed test"
)]

mod lab;
mod standin;

mod desktops;
mod faults;
mod sdk;
mod sync;
