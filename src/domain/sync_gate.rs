//! One sync of a platform at a time, across replicas, and a sync asked for while one runs joins
//! it instead of starting another.
//!
//! In a process, the first request for a platform's sync runs it and later ones wait for its
//! run. Across replicas on PostgreSQL, the replica that runs it holds a session advisory lock
//! named after the platform; the others wait for that run. The lock is a lease that ends with
//! its holder: if the replica dies, PostgreSQL closes its session and frees the lock, and the
//! run it left RUNNING is marked failed by whoever takes the lock next. On SQLite (one process),
//! the in-process part is all there is.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::watch;

use crate::db::models::{SyncRunRow, now};
use crate::db::sync_runs::{self, Interrupted};
use crate::db::{Backend, Conn, Pool, locks};
use crate::domain::id::PlatformId;
use crate::domain::values::SyncStatus;
use crate::error::{ApiError, ApiResult};

/// How often a replica waiting for another's sync looks again.
const POLL: Duration = Duration::from_millis(250);

/// Syncs running in this process, by platform: their run once it ends.
#[derive(Default)]
pub struct Flights {
    running: Mutex<HashMap<PlatformId, watch::Receiver<Option<SyncRunRow>>>>,
}

/// What a sync request does.
pub enum Turn {
    /// Run the sync; tell the joiners through the sender, and let go of the lease when done.
    Run(Flight),
    /// Another request of this process runs it: wait for its run.
    Join(watch::Receiver<Option<SyncRunRow>>),
}

/// The right to run one platform's sync in this process.
pub struct Flight {
    platform_id: PlatformId,
    tx: watch::Sender<Option<SyncRunRow>>,
}

impl Flights {
    /// Runs the sync, or joins the one running here.
    pub fn turn(&self, platform_id: &PlatformId) -> Turn {
        let mut running = self.running.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(rx) = running.get(platform_id) {
            return Turn::Join(rx.clone());
        }
        let (tx, rx) = watch::channel(None);
        running.insert(platform_id.clone(), rx);
        Turn::Run(Flight {
            platform_id: platform_id.clone(),
            tx,
        })
    }

    /// Ends a flight: joiners get `run` (or an error when there is none).
    pub fn land(&self, flight: Flight, run: Option<&SyncRunRow>) {
        self.running
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&flight.platform_id);
        let _ = flight.tx.send(run.cloned());
    }
}

/// Waits for the run of the sync this request joined.
pub async fn joined(mut rx: watch::Receiver<Option<SyncRunRow>>) -> ApiResult<SyncRunRow> {
    match rx.wait_for(Option::is_some).await {
        Ok(run) => run.clone().ok_or_else(|| ApiError::from(anyhow::anyhow!("no run"))),
        Err(_) => Err(ApiError::from(anyhow::anyhow!(
            "the sync this request joined ended without a run"
        ))),
    }
}

/// The cross-replica lease on one platform's syncs: a pooled PostgreSQL connection holding the
/// platform's advisory lock (nothing on SQLite). Give it back with [`Lease::release`]; dropped
/// without that, it unlocks in the background.
pub struct Lease {
    held: Option<(Conn, String)>,
}

fn lock_name(platform_id: &PlatformId) -> String {
    format!("xspace-sync:{platform_id}")
}

impl Lease {
    /// The lease when no other replica holds it; `None` when one does. A sync run of the platform
    /// still RUNNING when the lease is taken was left by a replica that died: it is marked failed.
    pub async fn try_take(pool: &Pool, platform_id: &PlatformId) -> anyhow::Result<Option<Self>> {
        if pool.backend() == Backend::Sqlite {
            return Ok(Some(Self { held: None }));
        }
        let mut conn = pool.get().await?;
        let name = lock_name(platform_id);
        if locks::try_lock(&mut conn, &name).await? {
            let lease = Self {
                held: Some((conn, name)),
            };
            let mut other = pool.get().await?;
            let orphans = sync_runs::fail_interrupted(&mut other, now(), Interrupted::SyncsOf(platform_id)).await?;
            if orphans > 0 {
                tracing::warn!(runs = orphans, "marked syncs left by a stopped replica as failed");
            }
            Ok(Some(lease))
        } else {
            Ok(None)
        }
    }

    /// Lets go of the lease.
    pub async fn release(mut self) {
        if let Some((mut conn, name)) = self.held.take()
            && let Err(e) = locks::unlock(&mut conn, &name).await
        {
            // Out of the pool for good: the session, and the lock with it, ends.
            tracing::warn!(error = %e, "could not release a sync lease; its connection is closed");
            locks::end_session(conn);
        }
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(held) = self.held.take()
            && let Ok(rt) = tokio::runtime::Handle::try_current()
        {
            rt.spawn(Self { held: Some(held) }.release());
        }
    }
}

/// Waits while another replica syncs the platform, and returns that sync's run. If the lease
/// frees while its run is still RUNNING, its holder died: the run is marked failed and the lease
/// is returned, taken, for this request to run a sync of its own.
pub async fn wait_for_other(pool: &Pool, platform_id: &PlatformId) -> ApiResult<Result<SyncRunRow, Lease>> {
    loop {
        tokio::time::sleep(POLL).await;
        let mut conn = pool.get().await?;
        let latest = sync_runs::latest(&mut conn, platform_id).await?;
        drop(conn);
        if let Some(run) = latest.as_ref().filter(|r| r.status != SyncStatus::Running) {
            return Ok(Ok(run.clone()));
        }
        if let Some(lease) = Lease::try_take(pool, platform_id).await? {
            return Ok(Err(lease));
        }
    }
}

/// At start-up: marks as failed the runs left RUNNING by a process that died — on PostgreSQL
/// only those whose platform's lease nobody holds (another replica may be running them).
pub async fn fail_interrupted_runs(pool: &Pool) -> anyhow::Result<usize> {
    let mut conn = pool.get().await?;
    if matches!(conn, Conn::Sqlite(_)) {
        return Ok(sync_runs::fail_interrupted(&mut conn, now(), Interrupted::All).await?);
    }
    let platforms = sync_runs::running_platforms(&mut conn).await?;
    drop(conn);
    let mut failed = 0;
    for platform_id in platforms {
        if let Some(lease) = Lease::try_take(pool, &platform_id).await? {
            let mut conn = pool.get().await?;
            failed += sync_runs::fail_interrupted(&mut conn, now(), Interrupted::OfPlatform(&platform_id)).await?;
            drop(conn);
            lease.release().await;
        }
    }
    Ok(failed)
}
