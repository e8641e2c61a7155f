//! Live events over WebSocket (`graphql-transport-ws`): sync events (`sync_events`), desktop
//! events (`desktop_events`), a subscriber that falls behind (`backpressure`), events across
//! replicas on one PostgreSQL database (`replicas`), and the protocol checked with the reference
//! client from npm (`ws_reference_client`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a failed step is a failed test"
)]

mod backpressure;
mod desktop_events;
mod replicas;
mod sync_events;
mod ws_reference_client;
