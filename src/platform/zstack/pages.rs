//! Paged queries: `start`, `limit`, `replyWithCount=true` and a stable `sort`, answered as
//! `{"inventories": [...], "total": N}` (RestServer.handleQueryApi; the SDK's ListAll pages the
//! same way). A listing whose total changes while it is read is read again; one that still does
//! not add up fails, so that a sync never takes a short listing for the platform's contents.

use serde_json::Value;

use super::session::{SERVICE, Session};
use crate::platform::PlatformError;

/// Times a listing is read again when the platform changed under it.
const READS: usize = 3;

/// One query: a path, its `q=` conditions and the field that orders it.
pub struct Query<'a> {
    /// `/v1/images`, …
    pub path: &'a str,
    /// `q=` conditions (`status!=Deleted`, …).
    pub conditions: &'a [String],
    /// A unique field to sort by (`uuid`).
    pub sort_by: &'a str,
    /// What the listing is, for messages.
    pub what: &'a str,
}

/// Every row of `query`, page by page.
pub async fn all(session: &Session, query: &Query<'_>, page_size: u32) -> Result<Vec<Value>, PlatformError> {
    for _ in 0..READS {
        if let Some(rows) = read_once(session, query, page_size).await? {
            return Ok(rows);
        }
        tracing::debug!(
            service = SERVICE,
            what = query.what,
            "the listing changed while it was read; reading it again"
        );
    }
    Err(PlatformError::Unavailable(format!(
        "{SERVICE}'s {} kept changing while it was read; try again",
        query.what
    )))
}

/// One read of every page; `None` when the total changed meanwhile or the pages did not add up.
async fn read_once(session: &Session, query: &Query<'_>, page_size: u32) -> Result<Option<Vec<Value>>, PlatformError> {
    let mut rows: Vec<Value> = Vec::new();
    let mut total: Option<u64> = None;
    loop {
        let mut params: Vec<(&str, String)> = query.conditions.iter().map(|c| ("q", c.clone())).collect();
        params.push(("start", rows.len().to_string()));
        params.push(("limit", page_size.to_string()));
        params.push(("replyWithCount", "true".to_owned()));
        params.push(("sort", format!("+{}", query.sort_by)));
        let page = session
            .query(query.path, &params, &format!("to list {}", query.what))
            .await?;
        let reported = page.get("total").and_then(total_of).ok_or_else(|| malformed(query))?;
        let Some(Value::Array(batch)) = page.get("inventories").cloned() else {
            return Err(malformed(query));
        };
        match total {
            Some(first) if first != reported => return Ok(None),
            _ => total = Some(reported),
        }
        let got = batch.len();
        rows.extend(batch);
        let done = rows.len() as u64 >= reported || got == 0 || got < page_size as usize;
        if done {
            return Ok((rows.len() as u64 == reported).then_some(rows));
        }
    }
}

/// `total` as a number (ZStack writes a number; a string is read too).
fn total_of(value: &Value) -> Option<u64> {
    value.as_u64().or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

fn malformed(query: &Query<'_>) -> PlatformError {
    PlatformError::Unavailable(format!(
        "{SERVICE} answered a page of {} without \"inventories\" and \"total\"",
        query.what
    ))
}

/// A string field of an inventory.
pub fn text<'a>(row: &'a Value, field: &str) -> Option<&'a str> {
    row.get(field).and_then(Value::as_str).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_numbers_or_numeric_strings() {
        assert_eq!(total_of(&serde_json::json!(12)), Some(12));
        assert_eq!(total_of(&serde_json::json!("12")), Some(12));
        assert_eq!(total_of(&serde_json::json!(null)), None);
    }
}
