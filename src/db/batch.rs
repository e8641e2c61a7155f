//! Multi-row inserts. PostgreSQL takes one `INSERT … VALUES (…), (…)` per chunk; SQLite's batch
//! insert exists only in synchronous diesel, so it runs on the connection's blocking thread.

use diesel::QueryResult;
use diesel::SqliteConnection;
use diesel_async::sync_connection_wrapper::SyncConnectionWrapper;
use diesel_async::{AsyncPgConnection, RunQueryDsl};

use super::models::{ProjectRow, SourceRow};
use super::schema::{platform_projects, sources};

/// Rows per statement: well under SQLite's and PostgreSQL's bind-parameter limits.
const CHUNK: usize = 500;

/// Inserts many rows of the tables that need it.
#[async_trait::async_trait]
pub trait BatchInsert {
    /// Inserts sources.
    async fn insert_sources(&mut self, rows: &[SourceRow]) -> QueryResult<()>;
    /// Inserts project mappings.
    async fn insert_projects(&mut self, rows: &[ProjectRow]) -> QueryResult<()>;
}

#[async_trait::async_trait]
impl BatchInsert for AsyncPgConnection {
    async fn insert_sources(&mut self, rows: &[SourceRow]) -> QueryResult<()> {
        for chunk in rows.chunks(CHUNK) {
            RunQueryDsl::execute(diesel::insert_into(sources::table).values(chunk), self).await?;
        }
        Ok(())
    }

    async fn insert_projects(&mut self, rows: &[ProjectRow]) -> QueryResult<()> {
        if !rows.is_empty() {
            RunQueryDsl::execute(diesel::insert_into(platform_projects::table).values(rows), self).await?;
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl BatchInsert for SyncConnectionWrapper<SqliteConnection> {
    async fn insert_sources(&mut self, rows: &[SourceRow]) -> QueryResult<()> {
        for chunk in rows.chunks(CHUNK) {
            let owned = chunk.to_vec();
            self.spawn_blocking(move |c| {
                diesel::RunQueryDsl::execute(diesel::insert_into(sources::table).values(&owned), c).map(|_| ())
            })
            .await?;
        }
        Ok(())
    }

    async fn insert_projects(&mut self, rows: &[ProjectRow]) -> QueryResult<()> {
        let owned = rows.to_vec();
        self.spawn_blocking(move |c| {
            diesel::RunQueryDsl::execute(diesel::insert_into(platform_projects::table).values(&owned), c).map(|_| ())
        })
        .await
    }
}
