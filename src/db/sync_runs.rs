//! Sync runs, newest first.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::counts::{CountKey, Total};
use super::models::SyncRunRow;
use super::pagination::{Page, PageArgs, parse_time_key};
use super::schema::sync_runs::dsl as r;
use crate::domain::id::{PlatformId, SyncRunId};
use crate::domain::values::SyncStatus;
use crate::error::ApiResult;
use crate::with_conn;

/// Records a new run.
pub async fn insert(conn: &mut Conn, row: &SyncRunRow) -> QueryResult<()> {
    with_conn!(conn, |c| diesel::insert_into(r::sync_runs)
        .values(row)
        .execute(c)
        .await
        .map(|_| ()))
}

/// Writes a run's outcome.
pub async fn finish(conn: &mut Conn, row: &SyncRunRow) -> QueryResult<()> {
    with_conn!(conn, |c| {
        diesel::update(r::sync_runs.find(&row.id))
            .set((
                r::status.eq(&row.status),
                r::finished_at.eq(row.finished_at),
                r::added.eq(row.added),
                r::updated.eq(row.updated),
                r::removed.eq(row.removed),
                r::error.eq(&row.error),
                r::notes.eq(&row.notes),
                r::flagged.eq(row.flagged),
            ))
            .execute(c)
            .await
            .map(|_| ())
    })
}

/// The platforms with a RUNNING run.
pub async fn running_platforms(conn: &mut Conn) -> QueryResult<Vec<PlatformId>> {
    with_conn!(conn, |c| r::sync_runs
        .filter(r::status.eq(SyncStatus::Running))
        .select(r::platform_id)
        .distinct()
        .load(c)
        .await)
}

/// Which RUNNING runs [`fail_interrupted`] marks.
#[derive(Debug, Clone, Copy)]
pub enum Interrupted<'a> {
    /// Every one (start-up of the only process).
    All,
    /// Those of one platform.
    OfPlatform(&'a PlatformId),
    /// A platform's syncs only (not the runs of other operations on it, such as a boot-mode
    /// copy, which carry a note from their start while a sync's notes stay empty until it ends).
    SyncsOf(&'a PlatformId),
}

/// Marks runs left RUNNING by a process that died as FAILED.
pub async fn fail_interrupted(
    conn: &mut Conn,
    at: chrono::NaiveDateTime,
    which: Interrupted<'_>,
) -> QueryResult<usize> {
    with_conn!(conn, |c| {
        let mut q = diesel::update(r::sync_runs)
            .filter(r::status.eq(SyncStatus::Running))
            .into_boxed();
        match which {
            Interrupted::All => {}
            Interrupted::OfPlatform(p) => q = q.filter(r::platform_id.eq(p)),
            Interrupted::SyncsOf(p) => q = q.filter(r::platform_id.eq(p)).filter(r::notes.eq("[]")),
        }
        q.set((
            r::status.eq(SyncStatus::Failed),
            r::finished_at.eq(Some(at)),
            r::error.eq(Some(
                "interrupted: the process running it stopped before the sync finished; nothing was removed",
            )),
        ))
        .execute(c)
        .await
    })
}

/// A run by id.
pub async fn find(conn: &mut Conn, id: &SyncRunId) -> QueryResult<Option<SyncRunRow>> {
    with_conn!(conn, |c| r::sync_runs
        .find(id)
        .select(SyncRunRow::as_select())
        .first(c)
        .await
        .optional())
}

/// A platform's newest run.
pub async fn latest(conn: &mut Conn, platform_id: &PlatformId) -> QueryResult<Option<SyncRunRow>> {
    with_conn!(conn, |c| {
        r::sync_runs
            .filter(r::platform_id.eq(platform_id))
            .order((r::started_at.desc(), r::id.desc()))
            .select(SyncRunRow::as_select())
            .first(c)
            .await
            .optional()
    })
}

/// One page of a platform's runs, newest first.
pub async fn list(conn: &mut Conn, platform_id: &PlatformId, page: &PageArgs) -> ApiResult<Page<SyncRunRow>> {
    let after = page
        .after
        .as_ref()
        .map(|(k, id)| parse_time_key(k).map(|t| (t, id.clone())))
        .transpose()?;
    let total = Total::of(CountKey::sync_runs(platform_id));
    let rows = with_conn!(conn, |c| {
        let mut q = r::sync_runs.filter(r::platform_id.eq(platform_id)).into_boxed();
        if let Some((t, id)) = &after {
            q = q.filter(r::started_at.lt(*t).or(r::started_at.eq(*t).and(r::id.lt(id.clone()))));
        }
        let q = q.order((r::started_at.desc(), r::id.desc())).limit(page.limit());
        Ok::<_, diesel::result::Error>(crate::page_with_total!(
            async c,
            q,
            SyncRunRow::as_select(),
            page,
            &total,
            r::sync_runs.filter(r::platform_id.eq(platform_id)).count()
        ))
    })?;
    Ok(rows)
}

/// The newest run of any platform.
pub async fn newest_any(conn: &mut Conn) -> QueryResult<Option<SyncRunRow>> {
    with_conn!(conn, |c| {
        r::sync_runs
            .order((r::started_at.desc(), r::id.desc()))
            .select(SyncRunRow::as_select())
            .first(c)
            .await
            .optional()
    })
}
