//! Desktops: created, deleted, assigned and listed within scope (`desktops`), imported from a
//! platform's VMs (`import`), and the demo seeded by `xspace serve --demo` (`demo`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod demo;
mod desktops;
mod import;
