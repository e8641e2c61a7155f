//! Token users recently checked, so that a request whose token's user was read moments ago costs
//! no lookup (on PostgreSQL a third of a catalogue page's statements, BENCHMARKS.md).
//!
//! Every change that must stop a user's tokens (disabling, enabling, a new password) bumps the
//! user's token version, and an entry serves only tokens of the version it was read with. An
//! entry is dropped at once on the replica that made the change, on the other replicas when its
//! event arrives (`Event::UserChanged`, through the relay), and all are dropped when events may
//! have been missed; [`TTL`] bounds what is left (an event that could not be sent).

use std::time::Duration;

use super::viewer::UserViewer;
use crate::cache::{Ticket, TtlCache};
use crate::domain::id::UserId;
use crate::events::{Event, Events};

/// How long a user read from the database is trusted without reading it again.
pub const TTL: Duration = Duration::from_secs(2);
const MAX_ENTRIES: usize = 100_000;

/// Users by id, with the token version each was read with.
#[derive(Clone)]
pub struct UserCache(TtlCache<(UserViewer, i32)>);

impl Default for UserCache {
    fn default() -> Self {
        Self(TtlCache::new(TTL, MAX_ENTRIES))
    }
}

impl UserCache {
    /// The user `id`, read less than [`TTL`] ago with token version `token_version`.
    pub fn get(&self, id: &UserId, token_version: i32) -> Option<UserViewer> {
        self.0
            .get(id.as_str())
            .and_then(|(user, version)| (version == token_version).then_some(user))
    }

    /// To take before reading a user from the database.
    pub fn ticket(&self) -> Ticket {
        self.0.ticket()
    }

    /// Keeps an enabled user read (with its token version) since `ticket` was taken, unless an
    /// entry was dropped in between.
    pub fn put(&self, ticket: Ticket, user: UserViewer, token_version: i32) {
        self.0.put(ticket, user.id.to_string(), (user, token_version));
    }

    /// Drops user `id` (changed here or on another replica).
    pub fn forget(&self, id: &UserId) {
        self.0.forget(id.as_str());
    }

    /// Follows `events` for as long as the process runs: drops a user another replica changed,
    /// and everything when events may have been missed.
    pub fn follow(&self, events: &Events) {
        self.0.follow(events, |e| match e {
            Event::UserChanged(id) => Some(id.as_str()),
            _ => None,
        });
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::domain::values::Role;

    fn user(id: &UserId) -> UserViewer {
        UserViewer {
            id: id.clone(),
            username: "u".into(),
            role: Role::TenantUser,
            tenant_id: Some(crate::domain::id::TenantId::new()),
            api_token: None,
        }
    }

    #[test]
    fn an_entry_serves_only_its_token_version_until_dropped() {
        let (c, u1) = (UserCache::default(), UserId::new());
        assert!(c.get(&u1, 3).is_none());
        c.put(c.ticket(), user(&u1), 3);
        assert_eq!(c.get(&u1, 3).unwrap().id, u1);
        assert!(c.get(&u1, 2).is_none(), "an older token");
        assert!(c.get(&u1, 4).is_none(), "a newer token");
        c.forget(&u1);
        assert!(c.get(&u1, 3).is_none());
    }

    #[tokio::test]
    async fn another_replicas_change_drops_the_user() {
        let (c, events) = (UserCache::default(), Events::new(16));
        c.follow(&events);
        let u1 = UserId::new();
        c.put(c.ticket(), user(&u1), 3);
        events.publish_here(Event::UserChanged(u1.clone()));
        tokio::time::timeout(Duration::from_secs(5), async {
            while c.get(&u1, 3).is_some() {
                tokio::task::yield_now().await;
            }
        })
        .await
        .unwrap();
    }
}
