//! The ZSTACK driver against the ZStack stand-in (`tests/standins/zstack.py`, Python's standard
//! library only), one stand-in per test: the driver's calls, the stand-in's fidelity to ZStack's
//! API reference, and a ZSTACK platform end to end through xspace's public API (on SQLite, or on
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout, dead_code)]

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
#[allow(clippy::all)]
#[path = "../api/ws.rs"]
mod ws;

mod app;
mod driver;
mod fidelity;
mod standin;
