//! The service as it is run: the committed schema file (`schema_drift`), SQL statements and
//! counters in `/metrics` (`statements`), traces over OpenTelemetry (`telemetry`), and faults
//! survived (`faults`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod faults;
mod schema_drift;
mod statements;
mod telemetry;
