//! End-to-end tests of xspace: the real binary on a fresh database, driven like a client
//! over GraphQL (HTTP and WebSocket). Every test starts its own server and database.
//!
//! `XSPACE_TEST_DATABASE_URL` unset → SQLite in a temp dir; set to a PostgreSQL URL → a fresh
//! database per test, created and dropped through that URL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout, dead_code)]

mod fragments;
mod harness;
mod inventory;
mod node;
mod world;
mod ws;

mod accounts;
mod api_tokens;
mod attributes;
mod authz;
mod backpressure;
mod boot_copy;
mod capabilities;
mod catalogue;
mod counts;
mod eager;
mod errors;
mod events;
mod graphql_cop;
mod http_audit;
mod http_spec;
mod platforms;
mod schema_drift;
mod sync;
mod telemetry;
mod tokens;
mod ws_reference_client;
