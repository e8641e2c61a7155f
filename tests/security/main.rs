//! Security: the roles table (`authz`), the tenant wall as a matrix over the served schema
//! (`matrix`) and in the database itself (`row_security`), secrets kept out of answers, logs and
//! storage (`secrets`), key rotation and login throttling (`keys`), the audit trail (`audit`),
//! error answers (`errors`), GraphQL over HTTP (`http_spec`, `http_audit`) and graphql-cop's
//! checks with the document limits (`graphql_cop`).
//!
//! Each test starts the real `xspace` binary on a fresh database (`tests/support`): SQLite, or
//! PostgreSQL when `XSPACE_TEST_DATABASE_URL` is set.
#![expect(clippy::expect_used, reason = "tests: a failed step is a failed test")]

mod audit;
mod authz;
mod errors;
mod graphql_cop;
mod http_audit;
mod http_spec;
mod keys;
mod matrix;
mod row_security;
mod secrets;
