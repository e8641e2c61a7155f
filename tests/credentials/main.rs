//! A desktop's OS credentials: *Update Credentials* for one desktop and in bulk, custom
//! credentials over the source's (`update_credentials`), and connection info for the assigned
//! user, with AD mode (`connection`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod connection;
mod update_credentials;
