//! Token users recently checked, so that a request whose token's user was read moments ago costs
//! no lookup (on PostgreSQL a third of a catalogue page's statements, BENCHMARKS.md).
//!
//! Every change that must stop a user's tokens (disabling, enabling, a new password) bumps the
//! user's token version, and an entry serves only tokens of the version it was read with. An
//! entry is dropped at once on the replica that made the change, on the other replicas when its
//! event arrives (`Event::UserChanged`, through the relay), and all are dropped when events may
//! have been missed; [`TTL`] bounds what is left (an event that could not be sent).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::broadcast::error::RecvError;

use super::viewer::UserViewer;
use crate::events::{Event, Events};

/// How long a user read from the database is trusted without reading it again.
pub const TTL: Duration = Duration::from_secs(2);
const MAX_ENTRIES: usize = 100_000;

struct Entry {
    user: UserViewer,
    token_version: i32,
    at: Instant,
}

#[derive(Default)]
struct Inner {
    entries: HashMap<String, Entry>,
    /// Bumped at every drop, so that a read begun before it is not kept after it.
    generation: u64,
}

/// Users by id, with the token version each was read with.
#[derive(Clone, Default)]
pub struct UserCache {
    inner: Arc<Mutex<Inner>>,
}

/// Taken before reading a user: [`UserCache::put`] keeps the read only if nothing was dropped
/// since.
#[must_use]
pub struct Ticket(u64);

impl UserCache {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The user `id`, read less than [`TTL`] ago with token version `token_version`.
    pub fn get(&self, id: &str, token_version: i32) -> Option<UserViewer> {
        let inner = self.lock();
        let e = inner.entries.get(id)?;
        (e.token_version == token_version && e.at.elapsed() < TTL).then(|| e.user.clone())
    }

    /// To take before reading a user from the database.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.lock().generation)
    }

    /// Keeps an enabled user read (with its token version) since `ticket` was taken, unless an
    /// entry was dropped in between.
    pub fn put(&self, ticket: Ticket, user: UserViewer, token_version: i32) {
        let mut inner = self.lock();
        if inner.generation != ticket.0 {
            return;
        }
        if inner.entries.len() >= MAX_ENTRIES {
            inner.entries.retain(|_, e| e.at.elapsed() < TTL);
        }
        let at = Instant::now();
        inner.entries.insert(
            user.id.clone(),
            Entry {
                user,
                token_version,
                at,
            },
        );
    }

    /// Drops user `id` (changed here or on another replica).
    pub fn forget(&self, id: &str) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.entries.remove(id);
    }

    /// Drops every user (events of other replicas may have been missed).
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.entries.clear();
    }

    /// Follows `events` for as long as the process runs: drops a user another replica changed,
    /// and everything when events may have been missed.
    pub fn follow(&self, events: &Events) {
        let cache = self.clone();
        let mut rx = events.subscribe();
        tokio::spawn(async move {
            loop {
                match rx.recv().await {
                    Ok(Event::UserChanged(id)) => cache.forget(&id),
                    Ok(Event::Missed) | Err(RecvError::Lagged(_)) => cache.clear(),
                    Ok(_) => {}
                    Err(RecvError::Closed) => return,
                }
            }
        });
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::domain::values::Role;

    fn user(id: &str) -> UserViewer {
        UserViewer {
            id: id.into(),
            username: "u".into(),
            role: Role::TenantUser,
            tenant_id: Some("t".into()),
        }
    }

    #[test]
    fn an_entry_serves_only_its_token_version_until_dropped() {
        let c = UserCache::default();
        assert!(c.get("u1", 3).is_none());
        c.put(c.ticket(), user("u1"), 3);
        assert_eq!(c.get("u1", 3).unwrap().id, "u1");
        assert!(c.get("u1", 2).is_none(), "an older token");
        assert!(c.get("u1", 4).is_none(), "a newer token");
        c.forget("u1");
        assert!(c.get("u1", 3).is_none());
        c.put(c.ticket(), user("u1"), 3);
        c.clear();
        assert!(c.get("u1", 3).is_none());
    }

    #[test]
    fn a_read_begun_before_a_drop_is_not_kept() {
        let c = UserCache::default();
        let ticket = c.ticket();
        c.forget("u1");
        c.put(ticket, user("u1"), 3);
        assert!(c.get("u1", 3).is_none());
    }

    #[tokio::test]
    async fn events_drop_users() {
        let (c, events) = (UserCache::default(), Events::new(16));
        c.follow(&events);
        c.put(c.ticket(), user("u1"), 3);
        c.put(c.ticket(), user("u2"), 1);
        events.publish_here(Event::UserChanged("u1".into()));
        tokio::time::timeout(Duration::from_secs(5), async {
            while c.get("u1", 3).is_some() {
                tokio::task::yield_now().await;
            }
        })
        .await
        .unwrap();
        assert!(c.get("u2", 1).is_some());
        events.publish_here(Event::Missed);
        tokio::time::timeout(Duration::from_secs(5), async {
            while c.get("u2", 1).is_some() {
                tokio::task::yield_now().await;
            }
        })
        .await
        .unwrap();
    }
}
