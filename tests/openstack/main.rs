//! The OpenStack driver against a real Keystone and Glance run from PyPI on this machine (and a
//! Nova stub built from Nova's API reference): `scripts/openstack/`. One cloud serves the whole
//! binary; each test works in Keystone projects (or noauth projects) of its own. Syncs run
//! through the real `xspace` binary on a fresh database (`tests/support`): SQLite, or PostgreSQL
//! when `XSPACE_TEST_DATABASE_URL` is set.
//!
//! Set `XSPACE_OPENSTACK_TESTS=skip` where python3 or PyPI cannot be had; otherwise a cloud that
//! cannot be set up fails the tests.

#![expect(clippy::expect_used, reason = "tests: a failed set-up step is a failed test")]

mod app;
mod bench;
mod cloud;
mod driver;
mod proxy;
mod sync;
