//! Agent tokens recently seen, so that a report costs one write instead of a lookup and a write.
//! Entries live a few seconds. A token re-issued on this process is dropped at once; one
//! re-issued through another replica may still be recognised here for up to [`TTL`], but gets
//! nothing: a report is written only where the desktop still holds the token's hash. The OS kept
//! with an entry can be older than a report made through another replica meanwhile; it decides
//! only whether a report here publishes `OS_INFO_CHANGED`, never what is stored.

use std::time::Duration;

use crate::cache::{Ticket, TtlCache};
use crate::domain::id::{DesktopId, TenantId};
use crate::domain::values::AgentOs;

/// How long a cached token is trusted without asking the database.
pub const TTL: Duration = Duration::from_secs(5);
const MAX_ENTRIES: usize = 100_000;

/// What a token stands for.
#[derive(Debug, Clone)]
pub struct CachedAgent {
    /// The desktop.
    pub desktop_id: DesktopId,
    /// The desktop's tenant.
    pub tenant_id: TenantId,
    /// The OS it last reported (type, distro, version).
    pub last_os: Option<AgentOs>,
}

/// Token hash → desktop.
#[derive(Clone)]
pub struct AgentCache(TtlCache<CachedAgent>);

impl Default for AgentCache {
    fn default() -> Self {
        Self(TtlCache::new(TTL, MAX_ENTRIES))
    }
}

impl AgentCache {
    /// A fresh entry for the token hash.
    pub fn get(&self, hash: &str) -> Option<CachedAgent> {
        self.0.get(hash)
    }

    /// To take before looking a token up in the database.
    pub fn ticket(&self) -> Ticket {
        self.0.ticket()
    }

    /// Remembers what a token looked up since `ticket` stands for.
    pub fn put(&self, ticket: Ticket, hash: &str, agent: CachedAgent) {
        self.0.put(ticket, hash.to_owned(), agent);
    }

    /// Records the OS a kept token's agent just reported (the entry keeps its age).
    pub fn reported(&self, hash: &str, os: AgentOs) {
        self.0.update(hash, |e| e.last_os = Some(os));
    }

    /// Forgets a token (re-issued).
    pub fn forget(&self, hash: &str) {
        self.0.forget(hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linux() -> AgentOs {
        AgentOs {
            os_type: Some("linux".into()),
            ..AgentOs::default()
        }
    }

    #[test]
    fn entries_are_found_refreshed_and_forgotten() {
        let c = AgentCache::default();
        assert!(c.get("h").is_none());
        let d1 = DesktopId::new();
        let agent = CachedAgent {
            desktop_id: d1.clone(),
            tenant_id: TenantId::new(),
            last_os: None,
        };
        c.put(c.ticket(), "h", agent);
        assert_eq!(c.get("h").map(|e| e.desktop_id), Some(d1));
        c.reported("h", linux());
        assert!(c.get("h").is_some_and(|e| e.last_os.is_some()));
        c.forget("h");
        assert!(c.get("h").is_none());
        c.reported("h", linux());
        assert!(c.get("h").is_none(), "a report does not bring a forgotten token back");
    }
}
