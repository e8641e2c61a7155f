//! Embedded migrations, one folder per backend with the same names.

use anyhow::{Context as _, anyhow};
use diesel_async::AsyncMigrationHarness;
use diesel_async::pooled_connection::deadpool::Object;
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
        Pool::Pg(p) => {
            let conn = Object::take(p.get().await.context("PostgreSQL pool")?);
            let mut harness = AsyncMigrationHarness::new(conn);
            let ran = harness
                .run_pending_migrations(POSTGRES)
                .map_err(|e| anyhow!("PostgreSQL migrations failed: {e}"))?;
            Ok(ran.len())
        }
    }
}
