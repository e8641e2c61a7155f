//! The catalogue of images and templates: the VDI and custom lists, filters and pagination
//! (`lists`), a source's boot mode, video model, OS info and credentials (`attributes`), the
//! copy with another boot mode (`boot_copy`), and fields answered at hand (`eager`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a failed step is a failed test"
)]

mod attributes;
mod boot_copy;
mod eager;
mod lists;
