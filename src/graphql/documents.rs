//! Parsed documents kept by their text: clients send the same few documents over and over, and
//! parsing one costs more than copying it. Only a document that parsed and passed the caller's
//! check is kept; the cache is bounded in entries and in the length of what it keeps.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use async_graphql::ServerError;
use async_graphql::parser::types::ExecutableDocument;
use lru::LruCache;

use super::errors::with_code;

/// Documents kept.
const ENTRIES: NonZeroUsize = NonZeroUsize::new(256).unwrap();
/// Longest document kept (longer ones are parsed each time): with [`ENTRIES`], this bounds what
/// the cache holds whatever documents clients send.
pub const MAX_LEN: usize = 8 * 1024;

/// The most recently used documents, by text.
pub struct DocumentCache {
    entries: Mutex<LruCache<String, Arc<ExecutableDocument>>>,
}

impl Default for DocumentCache {
    fn default() -> Self {
        Self {
            entries: Mutex::new(LruCache::new(ENTRIES)),
        }
    }
}

impl DocumentCache {
    fn lock(&self) -> MutexGuard<'_, LruCache<String, Arc<ExecutableDocument>>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The document of `query`: kept, or parsed (`GRAPHQL_PARSE_FAILED` when it does not parse),
    /// passed through `check`, and kept.
    pub fn get(
        &self,
        query: &str,
        check: impl FnOnce(&ExecutableDocument) -> Result<(), ServerError>,
    ) -> Result<Arc<ExecutableDocument>, ServerError> {
        if let Some(doc) = self.lock().get(query) {
            return Ok(Arc::clone(doc));
        }
        let doc = async_graphql::parser::parse_query(query).map_err(|e| with_code(e.into(), "GRAPHQL_PARSE_FAILED"))?;
        check(&doc)?;
        let doc = Arc::new(doc);
        if query.len() <= MAX_LEN {
            self.lock().put(query.to_owned(), Arc::clone(&doc));
        }
        Ok(doc)
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use std::cell::Cell;

    use super::*;

    fn get(
        cache: &DocumentCache,
        query: &str,
        checks: &Cell<u32>,
        ok: bool,
    ) -> Result<Arc<ExecutableDocument>, ServerError> {
        cache.get(query, |_| {
            checks.set(checks.get() + 1);
            if ok {
                Ok(())
            } else {
                Err(ServerError::new("refused", None))
            }
        })
    }

    #[test]
    fn a_document_is_parsed_and_checked_once() {
        let (cache, checks) = (DocumentCache::default(), Cell::new(0));
        let a = get(&cache, "{ me { id } }", &checks, true).unwrap();
        let b = get(&cache, "{ me { id } }", &checks, true).unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(checks.get(), 1);
        get(&cache, "{ me { username } }", &checks, true).unwrap();
        assert_eq!(checks.get(), 2);
    }

    #[test]
    fn refused_unparsable_and_long_documents_are_not_kept() {
        let (cache, checks) = (DocumentCache::default(), Cell::new(0));
        assert!(get(&cache, "{ me { id } }", &checks, false).is_err());
        assert!(get(&cache, "{ me { id } }", &checks, true).is_ok());
        assert_eq!(checks.get(), 2, "a refused document is checked again");

        let err = get(&cache, "{ me { id }", &checks, true).unwrap_err();
        assert_eq!(super::super::errors::code_of(&err), Some("GRAPHQL_PARSE_FAILED"));

        let long = format!("{{ me {{ id }} }} # {}", "x".repeat(MAX_LEN));
        get(&cache, &long, &checks, true).unwrap();
        get(&cache, &long, &checks, true).unwrap();
        assert_eq!(checks.get(), 4, "a long document is parsed and checked each time");
    }
}
