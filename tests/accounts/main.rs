//! Accounts: the bootstrap admin, login and passwords, users and their tenants (`users`), login
//! tokens and their claims (`login_tokens`), and API tokens for automation (`api_tokens`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod api_tokens;
mod login_tokens;
mod users;
