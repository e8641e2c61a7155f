//! The web console (`console/`, served at `/` from the binary): its HTTP answers, and its
//! workflows in a real browser — Debian's Chromium driven by `playwright-core` from npm
//! (`console/e2e/run.mjs`) against `xspace serve --demo` on a fresh database (SQLite, or
//! PostgreSQL with `XSPACE_TEST_DATABASE_URL`).
//!
//! The browser test needs Node ≥ 20 and Chromium (`apt-get install -y chromium`); the npm packages
//! are installed with `npm ci` when `console/node_modules` lacks them. Set
//! `XSPACE_CONSOLE_TESTS=skip` where Node, npm or Chromium cannot be had; anything else runs the
//! test, and a missing tool fails it.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a failed step is a failed test"
)]

mod browser;
mod serving;
