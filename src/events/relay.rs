//! Events across replicas on PostgreSQL, through `LISTEN`/`NOTIFY` on one channel.
//!
//! Every published event is also sent, as a small JSON payload (kinds, ids and times; never an
//! object's data — subscribers' resolvers read objects within their own scope), by `NOTIFY`: a
//! sender task takes whatever waits and notifies it with one statement. A dedicated listener
//! connection hands what other replicas sent to this process's subscribers, skipping its own.
//! When that connection drops, it reconnects with back-off, listens again, and tells every
//! subscriber that events may have been missed (RESYNC).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures::StreamExt as _;
use tokio::sync::mpsc;

use super::{Event, Events};
use crate::db::notify::Listener;
use crate::db::{self, Pool};

/// The notification channel.
pub const CHANNEL: &str = "xspace_events";
/// Events waiting to be sent at most; beyond, new ones reach only this process (logged).
const OUTBOX: usize = 16_384;
/// Events notified by one statement at most.
const MAX_GROUP: usize = 256;
/// Longest text carried (PostgreSQL caps a payload below 8,000 bytes).
const MAX_MESSAGE: usize = 1_000;

// A payload is `ORIGIN SEQ JSON`: the publishing replica's id (so that a replica skips its own
// events without parsing them), the event's number there (PostgreSQL folds identical payloads
// notified together into one), and the event.

/// Starts the sender and the listener; returns the hub that feeds the sender.
pub fn start(events: Events, pool: Pool, database_url: String) -> Events {
    let origin = uuid::Uuid::new_v4().to_string();
    let (tx, rx) = mpsc::channel(OUTBOX);
    tokio::spawn(send(rx, pool, origin.clone()));
    tokio::spawn(listen(events.clone(), database_url, origin));
    events.with_outbox(tx)
}

/// Notifies what waits, one statement per group, until the hub is gone.
async fn send(mut rx: mpsc::Receiver<Event>, pool: Pool, origin: String) {
    let seq = AtomicU64::new(0);
    let mut group = Vec::with_capacity(MAX_GROUP);
    while rx.recv_many(&mut group, MAX_GROUP).await > 0 {
        let payloads: Vec<String> = group
            .drain(..)
            .filter_map(|mut event| {
                if let Event::Sync(e) = &mut event
                    && let Some(m) = &mut e.message
                    && m.len() > MAX_MESSAGE
                {
                    let cut = (0..=MAX_MESSAGE).rev().find(|i| m.is_char_boundary(*i)).unwrap_or(0);
                    m.truncate(cut);
                }
                let json = serde_json::to_string(&event).ok()?;
                Some(format!("{origin} {} {json}", seq.fetch_add(1, Ordering::Relaxed)))
            })
            .collect();
        if let Err(e) = notify(&pool, payloads).await {
            tracing::warn!(error = %format!("{e:#}"), "events not sent to the other replicas");
        }
    }
}

async fn notify(pool: &Pool, payloads: Vec<String>) -> anyhow::Result<()> {
    db::notify::notify(&mut pool.get().await?, CHANNEL, payloads).await
}

/// Listens for ever: on each (re)connection, listens again; after a drop, says events may
/// have been missed.
async fn listen(events: Events, database_url: String, origin: String) {
    let mut backoff = Duration::from_millis(250);
    let mut connected_before = false;
    loop {
        match Listener::connect(&database_url).await {
            Ok(mut listener) => match listener.listen(CHANNEL).await {
                Ok(()) => {
                    if connected_before {
                        tracing::info!("event relay listening again; subscribers told to re-read");
                        events.publish_here(Event::Missed);
                    }
                    connected_before = true;
                    backoff = Duration::from_millis(250);
                    let mut payloads = std::pin::pin!(listener.payloads());
                    while let Some(payload) = payloads.next().await {
                        let mut parts = payload.splitn(3, ' ');
                        let (from, json) = (parts.next(), parts.nth(1));
                        if from == Some(origin.as_str()) {
                            continue;
                        }
                        match json.map(serde_json::from_str::<Event>) {
                            Some(Ok(event)) => events.publish_here(event),
                            _ => tracing::warn!("an event from another replica could not be read"),
                        }
                    }
                    tracing::warn!("event relay lost its connection; reconnecting");
                }
                Err(e) => tracing::warn!(error = %e, "event relay could not LISTEN"),
            },
            Err(e) => tracing::warn!(error = %e, "event relay could not connect"),
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(10));
    }
}
