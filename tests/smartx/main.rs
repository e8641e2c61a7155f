//! The SMARTX driver end to end: the real `xspace` binary on a fresh database (SQLite, or
//! PostgreSQL with `XSPACE_TEST_DATABASE_URL`) against the CloudTower stand-in
//! (`tests/standins/cloudtower.py`, one per test), through xspace's public GraphQL API; and the
//! stand-in itself checked with the vendor's Python SDK.
//!
//! The SDK check needs `scripts/cloudtower/setup-venv.sh` (PyPI); set
//! `XSPACE_CLOUDTOWER_SDK_TESTS=skip` where PyPI cannot be had.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    clippy::print_stderr,
    dead_code
)]

// Shared with `tests/api` and owned there; lints on them are that binary's business.
#[allow(clippy::all)]
#[path = "../api/fragments.rs"]
mod fragments;
#[allow(clippy::all)]
#[path = "../api/harness.rs"]
mod harness;
#[allow(clippy::all)]
#[path = "../api/inventory.rs"]
mod inventory;
#[allow(clippy::all)]
#[path = "../api/world.rs"]
mod world;

mod lab;
mod standin;

mod desktops;
mod faults;
mod sdk;
mod sync;
