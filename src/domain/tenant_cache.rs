//! Tenants recently read, so that a page whose rows point to their tenants (desktops, users, an
//! audit log's actors, custom images) costs no statement for them. A tenant is never changed or
//! removed once created: only `createTenant` writes the table (`db::tenants::insert`), so what a
//! process read of a tenant stays true on every replica and no event is needed. Entries expire
//! after [`TTL`] only to bound what is kept; a statement that changes a tenant row must drop its
//! entry here and tell the other replicas, as [`super::platform_cache`] does for platforms.
//!
//! The cache is shared by every request, so it serves a row only where the database's wall would
//! (`db::scope`): a task under one tenant's scope gets that tenant alone, on either backend.

use std::time::Duration;

use crate::cache::TtlCache;
use crate::db::models::TenantRow;
use crate::db::{DbScope, Pool, tenants};
use crate::domain::id::TenantId;

/// How long a tenant read from the database is kept.
pub const TTL: Duration = Duration::from_secs(60);
const MAX_ENTRIES: usize = 10_000;

/// Tenants by id.
#[derive(Clone)]
pub struct TenantCache(TtlCache<TenantRow>);

impl Default for TenantCache {
    fn default() -> Self {
        Self(TtlCache::new(TTL, MAX_ENTRIES))
    }
}

impl TenantCache {
    /// The tenants of `ids` that exist and the running task's scope may read: those kept, and the
    /// others read from `pool` (then kept). A connection is checked out only when one is missing.
    pub async fn find_many(&self, pool: &Pool, ids: &[TenantId]) -> anyhow::Result<Vec<TenantRow>> {
        let scope = DbScope::current();
        let ids: Vec<TenantId> = ids.iter().filter(|id| readable(&scope, id)).cloned().collect();
        let key_of = |row: &TenantRow| row.id.to_string();
        self.0
            .get_or_read(&ids, TenantId::as_str, key_of, async |missing| {
                anyhow::Ok(tenants::find_many(&mut pool.get().await?, missing).await?)
            })
            .await
    }
}

/// Whether a task under `scope` may read the tenant `id`: the wall's rule for the tenants table.
fn readable(scope: &DbScope, id: &TenantId) -> bool {
    match scope {
        DbScope::System => true,
        DbScope::Tenant(t) => t == id,
        DbScope::Nothing => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_tenant_is_served_only_where_the_wall_lets_it_through() {
        let (mine, other) = (TenantId::new(), TenantId::new());
        let scope = DbScope::Tenant(mine.clone());
        assert!(readable(&scope, &mine));
        assert!(!readable(&scope, &other));
        assert!(readable(&DbScope::System, &other));
        assert!(!readable(&DbScope::Nothing, &mine));
    }
}
