//! The catalogue of images and templates: the VDI and custom lists, filters and pagination
//! (`lists`), a source's boot mode, video model, OS info and credentials (`attributes`), the
//! copy with another boot mode (`boot_copy`), fields answered at hand (`eager`), and every
//! list's `totalCount` against the rows it pages through (`counts`).
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
mod counts;
mod eager;
mod lists;
