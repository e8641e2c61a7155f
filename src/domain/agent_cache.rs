//! Agent tokens recently seen, so that a report costs one write instead of a lookup and a write.
//! Entries live a few seconds: a token re-issued on this process is dropped at once, and one
//! re-issued through another replica stops working here within `TTL`.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a cached token is trusted without asking the database.
pub const TTL: Duration = Duration::from_secs(5);
const MAX_ENTRIES: usize = 100_000;

/// What a token stands for.
#[derive(Debug, Clone)]
pub struct CachedAgent {
    /// The desktop.
    pub desktop_id: String,
    /// The desktop's tenant.
    pub tenant_id: String,
    /// The OS it last reported (type, distro, version).
    pub last_os: Option<[Option<String>; 3]>,
    at: Instant,
}

/// Token hash → desktop, with time of entry.
#[derive(Default)]
pub struct AgentCache {
    entries: Mutex<HashMap<String, CachedAgent>>,
}

impl AgentCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, CachedAgent>> {
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A fresh entry for the token hash.
    pub fn get(&self, hash: &str) -> Option<CachedAgent> {
        self.lock().get(hash).filter(|e| e.at.elapsed() < TTL).cloned()
    }

    /// Remembers (or refreshes) what a token stands for.
    pub fn put(&self, hash: &str, desktop: (&str, &str), last_os: Option<[Option<String>; 3]>) {
        let (desktop_id, tenant_id) = desktop;
        let mut map = self.lock();
        if map.len() >= MAX_ENTRIES {
            map.retain(|_, e| e.at.elapsed() < TTL);
        }
        let at = map.get(hash).map_or_else(Instant::now, |e| e.at);
        map.insert(
            hash.to_owned(),
            CachedAgent {
                desktop_id: desktop_id.to_owned(),
                tenant_id: tenant_id.to_owned(),
                last_os,
                at,
            },
        );
    }

    /// Forgets a token (re-issued or revoked).
    pub fn forget(&self, hash: &str) {
        self.lock().remove(hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_refreshed_and_forgotten() {
        let c = AgentCache::default();
        assert!(c.get("h").is_none());
        c.put("h", ("d1", "t1"), None);
        assert_eq!(c.get("h").map(|e| e.desktop_id), Some("d1".to_owned()));
        c.put("h", ("d1", "t1"), Some([Some("linux".into()), None, None]));
        assert!(c.get("h").is_some_and(|e| e.last_os.is_some()));
        c.forget("h");
        assert!(c.get("h").is_none());
    }
}
