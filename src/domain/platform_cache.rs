//! Platforms recently read, so that a catalogue page costs one statement (its sources) and not a
//! second for the platforms its rows point to. There are a handful of platforms and they change
//! rarely: when a platform is changed or removed, or a sync finds it reachable after it was not
//! (or the reverse), its entry is dropped at once on the replica that made the change and,
//! through the relay, on every other replica (`Event::PlatformChanged`); everything is dropped
//! when events may have been missed; [`TTL`] bounds what is left (an event that could not be
//! sent).

use std::sync::Arc;
use std::time::Duration;

use crate::cache::TtlCache;
use crate::db::models::PlatformRow;
use crate::db::{Pool, platforms};
use crate::domain::id::PlatformId;
use crate::events::{Event, Events};

/// How long a platform read from the database is trusted without reading it again.
pub const TTL: Duration = Duration::from_secs(2);
const MAX_ENTRIES: usize = 10_000;

/// Platforms by id, shared with the pages that show them.
#[derive(Clone)]
pub struct PlatformCache(TtlCache<Arc<PlatformRow>>);

impl Default for PlatformCache {
    fn default() -> Self {
        Self(TtlCache::new(TTL, MAX_ENTRIES))
    }
}

impl PlatformCache {
    /// Follows `events` for as long as the process runs: drops a platform another replica
    /// changed, and everything when events may have been missed.
    pub fn follow(&self, events: &Events) {
        self.0.follow(events, |e| match e {
            Event::PlatformChanged(id) => Some(id.as_str()),
            _ => None,
        });
    }

    /// The platforms of `ids` that exist: those kept, and the others read from `pool` (then kept).
    /// A connection is checked out only when one is missing.
    pub async fn find_many(&self, pool: &Pool, ids: &[PlatformId]) -> anyhow::Result<Vec<Arc<PlatformRow>>> {
        let key_of = |row: &Arc<PlatformRow>| row.id.to_string();
        self.0
            .get_or_read(ids, PlatformId::as_str, key_of, async |missing| {
                let rows = platforms::find_many(&mut pool.get().await?, missing).await?;
                anyhow::Ok(rows.into_iter().map(Arc::new).collect())
            })
            .await
    }

    /// After a platform's row changed or went: no replica serves it from what it keeps (this
    /// cache drops it, and `events` tells the other replicas).
    pub fn changed(&self, events: &Events, id: &PlatformId) {
        self.0.forget(id.as_str());
        events.publish(Event::PlatformChanged(id.clone()));
    }
}
