//! Persistence: diesel-async over SQLite (embedded default) or PostgreSQL, chosen by `DATABASE_URL`.
//!
//! Queries are written once and expanded for each backend by [`with_conn!`] and [`write_tx!`].
//! Every function that reads tenant data takes the viewer's scope as an argument.

pub mod agent_reports;
pub mod api_tokens;
pub mod audit;
pub mod batch;
pub mod counts;
pub mod desktops;
pub mod locks;
pub mod models;
pub mod notify;
pub mod pagination;
pub mod platforms;
pub mod schema;
pub mod sealed;
pub mod sources;
pub mod stored;
pub mod sync_runs;
pub mod tenants;
pub mod users;

mod migrate;
mod pool;
pub mod scope;

pub use migrate::run_migrations;
pub use pool::{Backend, Conn, Pool, PoolCounters, sqlite_path};
pub use scope::DbScope;

/// Runs the same diesel expression against whichever backend the connection is.
/// Inside the body, `$c` is a `&mut` concrete connection.
#[macro_export]
macro_rules! with_conn {
    ($conn:expr, |$c:ident| $body:expr) => {
        match &mut *$conn {
            $crate::db::Conn::Sqlite(obj) => {
                let $c: &mut diesel_async::sync_connection_wrapper::SyncConnectionWrapper<diesel::SqliteConnection> =
                    &mut **obj;
                $body
            }
            $crate::db::Conn::Pg(obj) => {
                let $c: &mut diesel_async::AsyncPgConnection = &mut **obj;
                $body
            }
        }
    };
}

/// A write transaction: `BEGIN IMMEDIATE` on SQLite (so concurrent writers queue on the busy
/// timeout instead of failing with "database is locked"), a plain transaction on PostgreSQL.
/// The body is an async block that may use `?` with any error convertible from diesel's.
#[macro_export]
macro_rules! write_tx {
    ($conn:expr, |$c:ident| $body:expr) => {
        match &mut *$conn {
            $crate::db::Conn::Sqlite(obj) => {
                let w: &mut diesel_async::sync_connection_wrapper::SyncConnectionWrapper<diesel::SqliteConnection> =
                    &mut **obj;
                w.immediate_transaction(async |$c| $body).await
            }
            $crate::db::Conn::Pg(obj) => {
                use diesel_async::AsyncConnection as _;
                let p: &mut diesel_async::AsyncPgConnection = &mut **obj;
                p.transaction(async |$c| $body).await
            }
        }
    };
}
