//! Relay cursor pagination by keyset: a cursor is the sort key and id of the last row seen.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

use crate::error::{ApiError, ApiResult};

/// The largest page a client may ask for.
pub const MAX_PAGE: i32 = 100;
/// The page size when `first` is not given.
pub const DEFAULT_PAGE: i32 = 50;

/// A validated page request.
#[derive(Debug, Clone)]
pub struct PageArgs {
    /// How many rows to return.
    pub first: i64,
    /// The (sort key, id) of the last row already seen.
    pub after: Option<(String, String)>,
    /// Whether to count every matching row (`totalCount`); one more statement when asked.
    pub count: bool,
}

impl PageArgs {
    /// Validates `first` (0..=100, default 50) and decodes `after`.
    pub fn parse(first: Option<i32>, after: Option<&str>) -> ApiResult<Self> {
        let first = first.unwrap_or(DEFAULT_PAGE);
        if !(0..=MAX_PAGE).contains(&first) {
            return Err(ApiError::bad_input(format!("`first` must be between 0 and {MAX_PAGE}")));
        }
        let after = after.map(decode_cursor).transpose()?;
        Ok(Self {
            first: i64::from(first),
            after,
            count: true,
        })
    }

    /// Rows to fetch: one more than asked, to know whether a next page exists.
    pub fn limit(&self) -> i64 {
        self.first + 1
    }
}

/// One page of rows.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The rows, at most `first`.
    pub items: Vec<T>,
    /// Whether more rows follow.
    pub has_next: bool,
    /// Rows matching the filter in all.
    pub total: i64,
}

impl<T> Page<T> {
    /// Cuts the extra row fetched by [`PageArgs::limit`].
    pub fn from_rows(mut items: Vec<T>, args: &PageArgs, total: i64) -> Self {
        let first = usize::try_from(args.first).unwrap_or(0);
        let has_next = items.len() > first;
        items.truncate(first);
        Self { items, has_next, total }
    }

    /// Maps the rows.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            has_next: self.has_next,
            total: self.total,
        }
    }
}

/// Encodes a cursor.
pub fn encode_cursor(key: &str, id: &str) -> String {
    // A pair of strings always serializes; the JSON array is what `decode_cursor` reads.
    B64.encode(serde_json::to_vec(&[key, id]).unwrap_or_default())
}

fn decode_cursor(cursor: &str) -> ApiResult<(String, String)> {
    let bad = || ApiError::bad_input("`after` is not a cursor from this API");
    let raw = B64.decode(cursor).map_err(|_| bad())?;
    let (key, id): (String, String) = serde_json::from_slice(&raw).map_err(|_| bad())?;
    Ok((key, id))
}

/// A timestamp as a cursor key (microseconds, so it round-trips on both backends).
pub fn time_key(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6f").to_string()
}

/// Parses [`time_key`] back.
pub fn parse_time_key(key: &str) -> ApiResult<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(key, "%Y-%m-%dT%H:%M:%S%.6f")
        .map_err(|_| ApiError::bad_input("`after` is not a cursor from this API"))
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn first_is_bounded_and_cursors_round_trip() {
        assert!(PageArgs::parse(Some(101), None).is_err());
        assert!(PageArgs::parse(Some(-1), None).is_err());
        assert_eq!(PageArgs::parse(None, None).unwrap().first, 50);
        let c = encode_cursor("win10", "id-1");
        let p = PageArgs::parse(Some(5), Some(&c)).unwrap();
        assert_eq!(p.after, Some(("win10".into(), "id-1".into())));
        assert!(PageArgs::parse(Some(5), Some("garbage")).is_err());
    }
}
