//! The one harness of xspace's end-to-end suites (`tests/<suite>/`): the real `xspace` binary
//! started on a fresh database ([`harness`]), the GraphQL clients over HTTP and WebSocket
//! ([`harness`], [`ws`]), the usual cast of tenants and accounts ([`world`]), simulated platforms'
//! inventory files ([`inventory`]), the desktop lab ([`desktop_lab`]), shared GraphQL documents
//! ([`fragments`], [`desktop_queries`]), Node.js scripts of the repository ([`node`]) and how a
//! test that does not run says so ([`skip`]).
//!
//! `XSPACE_TEST_DATABASE_URL` unset → SQLite in a temp dir; set to a PostgreSQL URL → a fresh
//! database per test, created and dropped through that URL.
#![expect(clippy::expect_used, reason = "test code: a failed step is a failed test")]

pub mod desktop_lab;
pub mod desktop_queries;
pub mod fragments;
pub mod harness;
pub mod inventory;
pub mod node;
pub mod skip;
pub mod world;
pub mod ws;
