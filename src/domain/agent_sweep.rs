//! R10: agents that fell silent are marked disconnected, one event each. Every replica sweeps;
//! the database hands each silent desktop to one of them (see [`crate::domain::presence`]).

use crate::app::State;
use crate::db::agent_reports::disconnect_silent;
use crate::db::models::now;
use crate::domain::desktops::publish;
use crate::events::DesktopEventKind;

/// Desktops disconnected by one statement at most.
const BATCH: i64 = 1_000;

/// Disconnects every agent silent for longer than the window; returns how many.
pub async fn sweep(state: &State) -> anyhow::Result<usize> {
    let window = chrono::Duration::from_std(state.presence.window())?;
    let mut total = 0;
    loop {
        let at = now();
        let mut conn = state.pool.get().await?;
        let gone = disconnect_silent(&mut conn, at - window, at, BATCH).await?;
        drop(conn);
        for row in &gone {
            state.presence.forget(&row.id);
            publish(state, DesktopEventKind::AgentDisconnected, row, None);
        }
        total += gone.len();
        if gone.len() < usize::try_from(BATCH)? {
            return Ok(total);
        }
    }
}

/// Runs until the process ends.
pub async fn run(state: State) {
    let mut tick = tokio::time::interval(state.presence.sweep_every());
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        match sweep(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(desktops = n, "agents fell silent"),
            Err(e) => tracing::warn!(error = format!("{e:#}"), "the agent sweep could not run"),
        }
        state.presence.prune();
    }
}
