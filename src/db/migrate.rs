//! Embedded migrations, one folder per backend with the same names.

use anyhow::{Context as _, anyhow};
use diesel_async::pooled_connection::deadpool::Object;
use diesel_async::{AsyncConnection as _, AsyncMigrationHarness, AsyncPgConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness as _, embed_migrations};

use super::Pool;

const SQLITE: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Runs every pending migration; returns how many ran.
pub async fn run_migrations(pool: &Pool) -> anyhow::Result<usize> {
    match pool {
        Pool::Sqlite(p) => {
            let conn = Object::take(p.get().await.context("SQLite pool")?);
            let mut harness = AsyncMigrationHarness::new(conn);
            let ran = harness
                .run_pending_migrations(SQLITE)
                .map_err(|e| anyhow!("SQLite migrations failed: {e}"))?;
            Ok(ran.len())
        }
        Pool::Pg(_, _) => {
            // As the user the URL names (the tables' owner), not the pool's `xspace_app`.
            let url = pool.pg_url().context("PostgreSQL URL")?;
            let conn = AsyncPgConnection::establish(url)
                .await
                .context("connecting to PostgreSQL for migrations")?;
            let mut harness = AsyncMigrationHarness::new(conn);
            let ran = harness
                .run_pending_migrations(POSTGRES)
                .map_err(|e| anyhow!("PostgreSQL migrations failed: {e}"))?;
            Ok(ran.len())
        }
    }
}
