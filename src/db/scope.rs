//! Which tenant's rows the database itself lets the current task touch: the second wall behind
//! the scope every query already takes as an argument.
//!
//! On PostgreSQL every tenant table has a row-level security policy keyed on the session setting
//! `xspace.tenant` (`*` for every tenant, a tenant id, or unset for none), and the service's
//! sessions run as role `xspace_app`, which neither owns the tables nor bypasses the policies.
//! [`super::Pool::get`] sets `xspace.tenant` from the [`DbScope`] of the task that checks the
//! connection out, so each unit of work (a request, a subscription's read, a background job) runs
//! under its viewer's tenant whatever its queries' own filters say. A task that was given no scope
//! sees no tenant's rows. SQLite has no second wall: one process, one role.

use std::task::Poll;

use futures::{Stream, StreamExt as _};

use crate::domain::id::TenantId;

tokio::task_local! {
    static SCOPE: DbScope;
}

/// The tenant rows a unit of work may touch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbScope {
    /// None (anonymous requests, tasks given no scope).
    Nothing,
    /// One tenant's, and the rows that belong to no tenant (its users, and agents of its
    /// desktops).
    Tenant(TenantId),
    /// Every tenant's: system admins, and the service's own jobs (syncs, schedules, the agent
    /// report writers, sign-in lookups, start-up).
    System,
}

impl DbScope {
    /// The scope of the running task ([`DbScope::Nothing`] outside any).
    pub fn current() -> Self {
        SCOPE.try_with(Self::clone).unwrap_or(Self::Nothing)
    }

    /// Runs `work` under this scope. Tasks it spawns do not inherit it.
    pub async fn run<F: Future>(self, work: F) -> F::Output {
        SCOPE.scope(self, work).await
    }

    /// Polls `stream` under this scope (a subscription, read as events arrive).
    pub fn stream<S: Stream + Send + 'static>(self, stream: S) -> impl Stream<Item = S::Item> + Send {
        let mut stream = stream.boxed();
        futures::stream::poll_fn(move |cx| -> Poll<Option<S::Item>> {
            SCOPE.sync_scope(self.clone(), || stream.poll_next_unpin(cx))
        })
    }

    /// The value of the `xspace.tenant` setting for this scope (`None`: unset).
    pub fn setting(&self) -> Option<&str> {
        match self {
            Self::Nothing => None,
            Self::Tenant(t) => Some(t.as_str()),
            Self::System => Some("*"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_scope_holds_inside_its_work_and_not_outside() {
        assert_eq!(DbScope::current(), DbScope::Nothing);
        let t1 = TenantId::new();
        let inside = DbScope::Tenant(t1.clone()).run(async { DbScope::current() }).await;
        assert_eq!(inside, DbScope::Tenant(t1));
        assert_eq!(DbScope::current(), DbScope::Nothing);
        let spawned = DbScope::System
            .run(async { tokio::spawn(async { DbScope::current() }).await })
            .await;
        assert!(matches!(spawned, Ok(DbScope::Nothing)), "spawned tasks start unscoped");
    }

    #[tokio::test]
    async fn a_stream_is_polled_under_its_scope() {
        let seen: Vec<DbScope> = DbScope::System
            .stream(futures::stream::iter(0..2).then(|_| async { DbScope::current() }))
            .collect()
            .await;
        assert_eq!(seen, vec![DbScope::System, DbScope::System]);
    }
}
