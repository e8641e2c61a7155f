//! End-to-end tests of desktops: inherited credentials (R12), *Update Credentials*
//! (R13, R14), connection info and AD mode (R15), Mole reports (R10) and live desktop events
//! (R16), against the real binary. Every test starts its own server on a fresh database.
//!
//! `XSPACE_TEST_DATABASE_URL` unset → SQLite in a temp dir; set to a PostgreSQL URL → a fresh
//! database per test, created and dropped through that URL.
//!
//! The harness, fixtures and WebSocket client are shared with `tests/api` (read-only).
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

mod fixture;
mod q;

mod agent;
mod audit;
mod connection;
mod credentials;
mod demo;
mod desktops;
mod events;
mod faults;
mod import;
mod keys;
mod matrix;
mod mole;
mod presence;
mod replicas;
mod row_security;
mod secrets;
mod statements;
