//! One enum of pools and one of checked-out connections.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::{Context as _, bail};
use deadpool::managed::ObjectId;
use diesel::SqliteConnection;
use diesel::connection::{Instrumentation, InstrumentationEvent};
use diesel_async::RunQueryDsl as _;
use diesel_async::pooled_connection::deadpool::{Object, Pool as DeadPool};
use diesel_async::pooled_connection::{AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod};
use diesel_async::sync_connection_wrapper::SyncConnectionWrapper;
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use futures::FutureExt as _;
use prometheus_client::metrics::counter::Counter;

use super::scope::DbScope;

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
    /// PostgreSQL, each session as role `xspace_app` under row-level security.
    Pg(DeadPool<AsyncPgConnection>, Arc<PgSessions>),
}

/// The `xspace.tenant` each pooled PostgreSQL session holds, so that a checkout sets it only when
/// the session last served another scope.
pub struct PgSessions {
    /// The URL, for connections made outside the pool (migrations run as the tables' owner).
    url: String,
    /// Setting last applied, by pooled connection.
    applied: Mutex<HashMap<ObjectId, Option<Arc<str>>>>,
    /// Statements counter, restored after a scope change (which is not counted as a statement).
    statements: Counter,
    /// Scope changes sent.
    switches: Counter,
}

/// A connection checked out of a [`Pool`].
#[expect(clippy::large_enum_variant, reason = "short-lived, one per operation")]
pub enum Conn {
    /// SQLite.
    Sqlite(Object<SqliteAsync>),
    /// PostgreSQL.
    Pg(Object<AsyncPgConnection>),
}

/// The role every pooled PostgreSQL session switches to (made by the migrations): it may read and
/// write the tables but neither owns them nor bypasses their row-level security.
///
/// Prepared statements keep one generic plan: the service's statements are short, indexed lookups
/// and pages, and under PostgreSQL's default (`auto`) they were planned again at every execution
/// — about a third of PostgreSQL's CPU per catalogue page (BENCHMARKS.md).
const PG_SETUP: &str = "SET ROLE xspace_app; SET plan_cache_mode = force_generic_plan";

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
    pub fn open(database_url: &str, max_size: usize, counters: &PoolCounters) -> anyhow::Result<Self> {
        let statements = &counters.statements;
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
            let config = manager_config::<AsyncPgConnection>(statements, Some(PG_SETUP));
            let manager = AsyncDieselConnectionManager::new_with_config(database_url, config);
            let pool = DeadPool::builder(manager)
                .max_size(max_size)
                .wait_timeout(Some(Duration::from_secs(30)))
                .create_timeout(Some(Duration::from_secs(10)))
                .runtime(deadpool::Runtime::Tokio1)
                .build()
                .context("building the PostgreSQL pool")?;
            let sessions = PgSessions {
                url: database_url.to_owned(),
                applied: Mutex::new(HashMap::new()),
                statements: statements.clone(),
                switches: counters.scope_switches.clone(),
            };
            Ok(Self::Pg(pool, Arc::new(sessions)))
        } else {
            bail!("DATABASE_URL must start with sqlite:// or postgres://")
        }
    }

    /// The backend this pool talks to.
    pub fn backend(&self) -> Backend {
        match self {
            Self::Sqlite(_) => Backend::Sqlite,
            Self::Pg(..) => Backend::Postgres,
        }
    }

    /// How many connections the pool holds, has idle, and how many requests wait for one.
    pub fn status(&self) -> deadpool::Status {
        match self {
            Self::Sqlite(p) => p.status(),
            Self::Pg(p, _) => p.status(),
        }
    }

    /// Checks a connection out of the pool; on PostgreSQL, under the running task's
    /// [`DbScope`].
    pub async fn get(&self) -> anyhow::Result<Conn> {
        match self {
            Self::Sqlite(p) => Ok(Conn::Sqlite(p.get().await.context("SQLite pool")?)),
            Self::Pg(p, sessions) => {
                let mut conn = p.get().await.context("PostgreSQL pool")?;
                sessions.apply(&mut conn, &DbScope::current()).await?;
                Ok(Conn::Pg(conn))
            }
        }
    }

    /// Checks a connection out under `scope` rather than the running task's: for the lookups
    /// that find out who is asking (sign-in, tokens), before there is a viewer.
    pub async fn get_in(&self, scope: DbScope) -> anyhow::Result<Conn> {
        scope.run(self.get()).await
    }

    /// The PostgreSQL URL, for a connection of its own outside the pool (`None` on SQLite).
    pub fn pg_url(&self) -> Option<&str> {
        match self {
            Self::Sqlite(_) => None,
            Self::Pg(_, sessions) => Some(&sessions.url),
        }
    }
}

/// The counters a pool's connections increment.
pub struct PoolCounters {
    /// SQL statements sent.
    pub statements: Counter,
    /// Changes of a session's tenant scope (PostgreSQL).
    pub scope_switches: Counter,
}

impl PgSessions {
    /// Sets `xspace.tenant` on `conn` to `scope`'s value unless it holds it already. The setting
    /// lives as long as the session, and every checkout sets it: no session carries one unit of
    /// work's scope into the next.
    async fn apply(&self, conn: &mut Object<AsyncPgConnection>, scope: &DbScope) -> anyhow::Result<()> {
        let id = Object::id(conn);
        let wanted = scope.setting();
        {
            let mut applied = self.applied.lock().unwrap_or_else(PoisonError::into_inner);
            if applied.get(&id).is_some_and(|held| held.as_deref() == wanted) {
                return Ok(());
            }
            // Unknown until the change is confirmed: a checkout cancelled mid-change leaves the
            // next one to set the scope again.
            applied.remove(&id);
        }
        // The change is not one of the work's statements (and a cancelled one left the counter
        // off: it is put back here too).
        conn.set_instrumentation(|_: InstrumentationEvent<'_>| {});
        let set = diesel::sql_query("SELECT set_config('xspace.tenant', $1, false)")
            .bind::<diesel::sql_types::Text, _>(wanted.unwrap_or(""))
            .execute(&mut **conn)
            .await;
        conn.set_instrumentation(CountStatements(self.statements.clone()));
        set.context("setting the session's tenant scope")?;
        self.switches.inc();
        let mut applied = self.applied.lock().unwrap_or_else(PoisonError::into_inner);
        // Connections the pool dropped leave their entries; forget them all now and then (each
        // live one is set again on its next checkout).
        if applied.len() > 1024 {
            applied.clear();
        }
        applied.insert(id, wanted.map(Arc::from));
        Ok(())
    }
}

/// The file path of a `sqlite://PATH` URL (`sqlite:PATH` is accepted too).
pub fn sqlite_path(database_url: &str) -> Option<&str> {
    database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))
}
