//! The ZSTACK driver against the ZStack stand-in (`tests/standins/zstack.py`, Python's standard
//! library only), one stand-in per test: the driver's calls, the stand-in's fidelity to ZStack's
//! API reference, and a ZSTACK platform end to end through xspace's public API (on SQLite, or on
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set).
#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests: a failed step is a failed test"
)]

mod app;
mod driver;
mod fidelity;
mod standin;
