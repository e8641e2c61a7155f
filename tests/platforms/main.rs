//! Cloud platforms: added, edited and removed (`platforms`), what each can do
//! (`capabilities`), and syncing their inventories (`sync`), on simulated platforms.
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod capabilities;
mod platforms;
mod sync;
