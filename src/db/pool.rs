//! One enum of pools and one of checked-out connections.

use std::time::Duration;

use anyhow::{Context as _, bail};
use diesel::SqliteConnection;
use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel_async::pooled_connection::deadpool::{Object, Pool as DeadPool};
use diesel_async::pooled_connection::{AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod};
use diesel_async::sync_connection_wrapper::SyncConnectionWrapper;
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures::FutureExt as _;
use prometheus_client::metrics::counter::Counter;

type SqliteAsync = SyncConnectionWrapper<SqliteConnection>;

/// Which database engine the service runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// A connection pool for either backend.
#[derive(Clone)]
pub enum Pool {
    /// SQLite in WAL mode.
    Sqlite(DeadPool<SqliteAsync>),
    /// PostgreSQL.
    Pg(DeadPool<AsyncPgConnection>),
}

/// A connection checked out of a [`Pool`].
#[expect(clippy::large_enum_variant, reason = "short-lived, one per operation")]
pub enum Conn {
    /// SQLite.
    Sqlite(Object<SqliteAsync>),
    /// PostgreSQL.
    Pg(Object<AsyncPgConnection>),
}

const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; \
     PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

/// Counts the statements a connection sends (for `/metrics`).
struct CountStatements(Counter);

impl Instrumentation for CountStatements {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        if matches!(event, InstrumentationEvent::StartQuery { .. }) {
            self.0.inc();
        }
    }
}

/// How the pool makes and recycles connections: each new one runs `setup_sql` (if any) and counts
/// its statements in `statements`; a checkout sends no test query.
fn manager_config<C>(statements: &Counter, setup_sql: Option<&'static str>) -> ManagerConfig<C>
where
    C: AsyncConnection + SimpleAsyncConnection + Send + 'static,
{
    let mut config = ManagerConfig::<C>::default();
    config.recycling_method = RecyclingMethod::Fast;
    let counter = statements.clone();
    config.custom_setup = Box::new(move |url| {
        let url = url.to_owned();
        let counter = counter.clone();
        async move {
            let mut conn = C::establish(&url).await?;
            if let Some(sql) = setup_sql {
                conn.batch_execute(sql)
                    .await
                    .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
            }
            conn.set_instrumentation(CountStatements(counter));
            Ok(conn)
        }
        .boxed()
    });
    config
}

impl Pool {
    /// Opens a pool for `database_url` (`sqlite://PATH` or `postgres://…`); its connections count
    /// the statements they send in `statements`.
    ///
    /// Connections are recycled without a test query: a checkout costs no round trip, and a
    /// connection that broke (the database restarted) fails the one operation that finds it
    /// broken and is then dropped by the pool.
    pub fn open(database_url: &str, max_size: usize, statements: &Counter) -> anyhow::Result<Self> {
        if let Some(path) = sqlite_path(database_url) {
            let config = manager_config::<SqliteAsync>(statements, Some(SQLITE_PRAGMAS));
            let manager = AsyncDieselConnectionManager::new_with_config(path, config);
            let pool = DeadPool::builder(manager)
                .max_size(max_size)
                .wait_timeout(Some(Duration::from_secs(30)))
                .runtime(deadpool::Runtime::Tokio1)
                .build()
                .context("building the SQLite pool")?;
            Ok(Self::Sqlite(pool))
        } else if database_url.starts_with("postgres://") || database_url.starts_with("postgresql://") {
            let config = manager_config::<AsyncPgConnection>(statements, None);
            let manager = AsyncDieselConnectionManager::new_with_config(database_url, config);
            let pool = DeadPool::builder(manager)
                .max_size(max_size)
                .wait_timeout(Some(Duration::from_secs(30)))
                .create_timeout(Some(Duration::from_secs(10)))
                .runtime(deadpool::Runtime::Tokio1)
                .build()
                .context("building the PostgreSQL pool")?;
            Ok(Self::Pg(pool))
        } else {
            bail!("DATABASE_URL must start with sqlite:// or postgres://")
        }
    }

    /// The backend this pool talks to.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Pg(_) => Backend::Postgres,
        }
    }

    /// How many connections the pool holds, has idle, and how many requests wait for one.
    pub fn status(&self) -> deadpool::Status {
        match self {
            Self::Sqlite(p) => p.status(),
            Self::Pg(p) => p.status(),
        }
    }

    /// Checks a connection out of the pool.
    pub async fn get(&self) -> anyhow::Result<Conn> {
        match self {
            Self::Sqlite(p) => Ok(Conn::Sqlite(p.get().await.context("SQLite pool")?)),
            Self::Pg(p) => Ok(Conn::Pg(p.get().await.context("PostgreSQL pool")?)),
        }
    }
}

/// The file path of a `sqlite://PATH` URL (`sqlite:PATH` is accepted too).
pub fn sqlite_path(database_url: &str) -> Option<&str> {
    database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
}
