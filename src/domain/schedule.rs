//! Scheduled syncs (R2): a platform with `syncIntervalSeconds` is synced again once that long has
//! passed since its last run began (plus a per-platform jitter of up to 10 %, so platforms added
//! together do not all sync in the same second). Off for platforms without an interval.

use std::time::Duration;

use chrono::NaiveDateTime;

use crate::app::State;
use crate::db::models::now;
use crate::db::{DbScope, platforms, sync_runs};
use crate::domain::id::PlatformId;
use crate::domain::sync::sync_platform;

/// How often the scheduler looks for due platforms.
pub const TICK: Duration = Duration::from_secs(5);

/// A stable jitter in [0, 10 %) of the interval, from the platform's id.
fn jitter(platform_id: &PlatformId, interval: i64) -> i64 {
    let h = platform_id
        .as_str()
        .bytes()
        .fold(0u64, |acc, b| acc.wrapping_mul(31).wrapping_add(u64::from(b)));
    let tenth = u64::try_from(interval / 10).unwrap_or(0);
    if tenth == 0 {
        0
    } else {
        i64::try_from(h % tenth).unwrap_or(0)
    }
}

/// Whether a platform last synced at `last` is due at `now`.
pub fn is_due(
    platform_id: &PlatformId,
    interval_seconds: i32,
    last: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> bool {
    let interval = i64::from(interval_seconds);
    last.is_none_or(|t| (now - t).num_seconds() >= interval + jitter(platform_id, interval))
}

async fn start_due_syncs(state: &State) -> anyhow::Result<()> {
    let mut conn = state.pool.get().await?;
    for platform in platforms::all(&mut conn).await? {
        let Some(interval) = platform.sync_interval_seconds else {
            continue;
        };
        let last = sync_runs::latest(&mut conn, &platform.id).await?.map(|r| r.started_at);
        let busy = state.platform_locks.of(&platform.id).try_lock().is_err();
        if busy || !is_due(&platform.id, interval, last, now()) {
            continue;
        }
        let state = state.clone();
        tokio::spawn(DbScope::System.run(async move {
            match sync_platform(&state, &platform.id).await {
                Ok(run) => tracing::info!(platform = platform.name, status = run.status.as_str(), "scheduled sync"),
                Err(e) => tracing::warn!(platform = platform.name, error = e.message(), "scheduled sync failed"),
            }
        }));
    }
    Ok(())
}

/// Runs until the process ends.
pub async fn run(state: State) {
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        if let Err(e) = start_due_syncs(&state).await {
            tracing::warn!(error = format!("{e:#}"), "the sync scheduler could not check platforms");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_after_interval_plus_jitter_and_at_once_without_runs() {
        let t0 = NaiveDateTime::default();
        let p = PlatformId::new();
        assert!(is_due(&p, 60, None, t0));
        assert!(!is_due(&p, 60, Some(t0), t0 + chrono::Duration::seconds(59)));
        assert!(is_due(&p, 60, Some(t0), t0 + chrono::Duration::seconds(66)));
        assert!(jitter(&PlatformId::new(), 600) < 60);
    }
}
