//! Agents in desktops: agent tokens and their reports (`agent_tokens`), an agent's presence
//! and the OS info it carries (`presence`), and Mole, the reference agent, run for real (`mole`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod agent_tokens;
mod mole;
mod presence;
