//! Agent reports written in groups: reports that arrive while others are being written wait in a
//! queue, and a few writers each take everything waiting and write it in one statement (one round
//! trip and one commit for many reports). Under light load a group is one report and nothing
//! waits; under heavy load the database does a fraction of the work per report.

use std::collections::HashSet;
use std::sync::Arc;

use tokio::sync::{Mutex, mpsc, oneshot};

use crate::db::agent_reports::{self, ReportWrite};
use crate::db::models::DesktopRow;
use crate::db::{DbScope, Pool};
use crate::error::{ApiError, ApiResult};

/// Reports written by one statement at most.
const MAX_GROUP: usize = 256;
/// Writers working at once (each holds one pooled connection while it writes).
const WRITERS: usize = 4;
/// Reports waiting at most; beyond that, a report waits for room.
const QUEUE: usize = 8192;

type Reply = oneshot::Sender<ApiResult<Option<DesktopRow>>>;

/// The queue in front of the writers.
pub struct ReportQueue {
    tx: mpsc::Sender<(ReportWrite, Reply)>,
}

impl ReportQueue {
    /// Starts the writers on the current Tokio runtime.
    pub fn start(pool: Pool) -> Self {
        let (tx, rx) = mpsc::channel(QUEUE);
        let rx = Arc::new(Mutex::new(rx));
        for _ in 0..WRITERS {
            // Reports of every tenant's desktops, from agents already checked.
            tokio::spawn(DbScope::System.run(writer(pool.clone(), Arc::clone(&rx))));
        }
        Self { tx }
    }

    /// Writes one report and returns the desktop as written; `None` when the report's token is
    /// no longer the desktop's.
    pub async fn write(&self, report: ReportWrite) -> ApiResult<Option<DesktopRow>> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send((report, reply))
            .await
            .map_err(|_| ApiError::from(anyhow::anyhow!("the report writers stopped")))?;
        answer
            .await
            .map_err(|_| ApiError::from(anyhow::anyhow!("a report writer stopped")))?
    }
}

/// Takes what is waiting (at least one), writes it, answers each report; until the queue closes.
async fn writer(pool: Pool, rx: Arc<Mutex<mpsc::Receiver<(ReportWrite, Reply)>>>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    loop {
        {
            let mut rx = rx.lock().await;
            if rx.recv_many(&mut group, MAX_GROUP).await == 0 {
                return;
            }
        }
        write_group(&pool, std::mem::take(&mut group)).await;
    }
}

/// Writes a group in rounds of distinct desktops (two reports of one desktop in a group are
/// written one after the other, in the order they came).
async fn write_group(pool: &Pool, mut pending: Vec<(ReportWrite, Reply)>) {
    while !pending.is_empty() {
        let mut seen = HashSet::new();
        let (round, later): (Vec<_>, Vec<_>) = pending.into_iter().partition(|(r, _)| seen.insert(r.id.clone()));
        pending = later;
        write_round(pool, round).await;
    }
}

async fn write_round(pool: &Pool, round: Vec<(ReportWrite, Reply)>) {
    let (reports, replies): (Vec<_>, Vec<_>) = round.into_iter().unzip();
    let written = match pool.get().await {
        Ok(mut conn) => agent_reports::record_reports(&mut conn, &reports)
            .await
            .map_err(ApiError::from),
        Err(e) => Err(ApiError::from(e)),
    };
    match written {
        Ok(rows) => {
            let mut by_id: std::collections::HashMap<crate::domain::id::DesktopId, DesktopRow> =
                rows.into_iter().map(|row| (row.id.clone(), row)).collect();
            for (report, reply) in reports.iter().zip(replies) {
                let _ = reply.send(Ok(by_id.remove(&report.id)));
            }
        }
        Err(e) => {
            tracing::warn!(reports = reports.len(), error = %e.message(), "agent reports not written");
            for reply in replies {
                let _ = reply.send(Err(ApiError::from(anyhow::anyhow!("agent report not written"))));
            }
        }
    }
}
