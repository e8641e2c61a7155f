//! What a process keeps of rows it read moments ago, so that a hot request costs no lookup: token
//! users, agent tokens, platforms. Entries are trusted for a short time only; the code that
//! changes a row drops its entry at once, other replicas drop it when the change's event arrives
//! ([`TtlCache::follow`]), and everything is dropped when events may have been missed. A read
//! begun before a drop is not kept after it ([`Ticket`]), so a racing reader never puts back what
//! a writer just dropped.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use tokio::sync::broadcast::error::RecvError;

use crate::events::{Event, Events};

struct Entry<V> {
    value: V,
    at: Instant,
}

struct Inner<V> {
    entries: HashMap<String, Entry<V>>,
    /// Bumped at every drop, so that a read begun before it is not kept after it.
    generation: u64,
}

/// Values by key, each trusted for `ttl` after it was read.
pub struct TtlCache<V> {
    inner: Arc<Mutex<Inner<V>>>,
    ttl: Duration,
    max_entries: usize,
}

impl<V> Clone for TtlCache<V> {
    fn clone(&self) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
            ttl: self.ttl,
            max_entries: self.max_entries,
        }
    }
}

/// Taken before reading from the database: [`TtlCache::put`] keeps the read only if nothing was
/// dropped since. One ticket serves every row of one read.
#[must_use]
#[derive(Clone, Copy)]
pub struct Ticket(u64);

impl<V: Clone + Send + 'static> TtlCache<V> {
    /// An empty cache trusting entries for `ttl`, holding at most about `max_entries`.
    pub fn new(ttl: Duration, max_entries: usize) -> Self {
        let inner = Inner {
            entries: HashMap::new(),
            generation: 0,
        };
        Self {
            inner: Arc::new(Mutex::new(inner)),
            ttl,
            max_entries,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner<V>> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value of `key`, read less than the TTL ago.
    pub fn get(&self, key: &str) -> Option<V> {
        let inner = self.lock();
        let e = inner.entries.get(key)?;
        (e.at.elapsed() < self.ttl).then(|| e.value.clone())
    }

    /// To take before reading from the database.
    pub fn ticket(&self) -> Ticket {
        Ticket(self.lock().generation)
    }

    /// Keeps `value`, read since `ticket` was taken, unless something was dropped in between.
    pub fn put(&self, ticket: Ticket, key: String, value: V) {
        let mut inner = self.lock();
        if inner.generation != ticket.0 {
            return;
        }
        if inner.entries.len() >= self.max_entries {
            let ttl = self.ttl;
            inner.entries.retain(|_, e| e.at.elapsed() < ttl);
        }
        let at = Instant::now();
        inner.entries.insert(key, Entry { value, at });
    }

    /// The values of `keys` (kept under `key(k)`): those kept, and the others from `read` (given
    /// the missing keys, and called only when one is), each then kept under `key_of(value)`, as
    /// [`Self::put`] keeps a read begun with a ticket taken first.
    pub async fn get_or_read<K: Clone, E>(
        &self,
        keys: &[K],
        key: impl Fn(&K) -> &str,
        key_of: impl Fn(&V) -> String,
        read: impl AsyncFnOnce(&[K]) -> Result<Vec<V>, E>,
    ) -> Result<Vec<V>, E> {
        let mut found = Vec::with_capacity(keys.len());
        let mut missing = Vec::new();
        for k in keys {
            match self.get(key(k)) {
                Some(value) => found.push(value),
                None => missing.push(k.clone()),
            }
        }
        if missing.is_empty() {
            return Ok(found);
        }
        let ticket = self.ticket();
        for value in read(&missing).await? {
            self.put(ticket, key_of(&value), value.clone());
            found.push(value);
        }
        Ok(found)
    }

    /// Changes the value of `key` in place if it is still kept, without extending its life.
    pub fn update(&self, key: &str, change: impl FnOnce(&mut V)) {
        if let Some(e) = self.lock().entries.get_mut(key) {
            change(&mut e.value);
        }
    }

    /// Drops `key` (changed here or on another replica).
    pub fn forget(&self, key: &str) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.entries.remove(key);
    }

    /// Drops everything (events of other replicas may have been missed).
    pub fn clear(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.entries.clear();
    }

    /// Follows `events` for as long as the process runs: drops the key `changed` names in an
    /// event, and everything when events may have been missed.
    pub fn follow(&self, events: &Events, changed: fn(&Event) -> Option<&str>) {
        let cache = self.clone();
        let mut rx = events.subscribe();
        tokio::spawn(async move {
            loop {
                match rx.recv().await {
                    Ok(Event::Missed) | Err(RecvError::Lagged(_)) => cache.clear(),
                    Ok(event) => {
                        if let Some(key) = changed(&event) {
                            cache.forget(key);
                        }
                    }
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
    use crate::domain::id::UserId;

    fn cache() -> TtlCache<u32> {
        TtlCache::new(Duration::from_secs(60), 100)
    }

    #[test]
    fn entries_are_kept_updated_and_dropped() {
        let c = cache();
        assert!(c.get("a").is_none());
        c.put(c.ticket(), "a".into(), 1);
        assert_eq!(c.get("a"), Some(1));
        c.update("a", |v| *v = 2);
        assert_eq!(c.get("a"), Some(2));
        c.forget("a");
        assert!(c.get("a").is_none());
        c.update("a", |v| *v = 3);
        assert!(c.get("a").is_none(), "an update does not bring back what was dropped");
        c.put(c.ticket(), "a".into(), 1);
        c.clear();
        assert!(c.get("a").is_none());
    }

    #[test]
    fn a_read_begun_before_a_drop_is_not_kept() {
        let c = cache();
        let ticket = c.ticket();
        c.forget("a");
        c.put(ticket, "a".into(), 1);
        assert!(c.get("a").is_none());
    }

    #[tokio::test]
    async fn only_missing_keys_are_read_and_then_kept() {
        let c = cache();
        c.put(c.ticket(), "a".into(), 1);
        let keys = ["a".to_owned(), "b".to_owned()];
        let key_of = |v: &u32| if *v == 1 { "a".to_owned() } else { "b".to_owned() };
        let read = async |missing: &[String]| {
            assert_eq!(missing, ["b".to_owned()]);
            Ok::<_, ()>(vec![2])
        };
        let found = c.get_or_read(&keys, String::as_str, key_of, read).await;
        assert_eq!(found, Ok(vec![1, 2]));
        assert_eq!(c.get("b"), Some(2));
        let unread = async |_: &[String]| -> Result<Vec<u32>, ()> { panic!("nothing was missing") };
        let found = c.get_or_read(&keys, String::as_str, key_of, unread).await;
        assert_eq!(found, Ok(vec![1, 2]));
    }

    #[test]
    fn entries_expire() {
        let c = TtlCache::new(Duration::ZERO, 100);
        c.put(c.ticket(), "a".into(), 1);
        assert!(c.get("a").is_none());
    }

    #[test]
    fn a_full_cache_sheds_what_expired() {
        let c = TtlCache::new(Duration::ZERO, 2);
        for k in ["a", "b", "c", "d"] {
            c.put(c.ticket(), k.into(), 1);
        }
        assert!(c.lock().entries.len() <= 2);
    }

    #[tokio::test]
    async fn events_drop_entries() {
        let (c, events) = (cache(), Events::new(16));
        c.follow(&events, |e| match e {
            Event::UserChanged(id) => Some(id.as_str()),
            _ => None,
        });
        let (u1, u2) = (UserId::new(), UserId::new());
        c.put(c.ticket(), u1.to_string(), 1);
        c.put(c.ticket(), u2.to_string(), 2);
        events.publish_here(Event::UserChanged(u1.clone()));
        let gone = |key: String| {
            let c = c.clone();
            tokio::time::timeout(Duration::from_secs(5), async move {
                while c.get(&key).is_some() {
                    tokio::task::yield_now().await;
                }
            })
        };
        gone(u1.to_string()).await.unwrap();
        assert_eq!(c.get(u2.as_str()), Some(2));
        events.publish_here(Event::Missed);
        gone(u2.to_string()).await.unwrap();
    }
}
