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
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use std::collections::HashMap;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    use axum::extract::{Query as Params, State};
    use serde_json::json;

    use super::*;
    use crate::platform::http::Http;
    use crate::platform::zstack::secret::Auth;

    /// A server of `rows` rows answering pages; from the `grow_after`-th page on, one more row.
    async fn server(rows: u64, grow_after: Option<u64>) -> (String, Arc<AtomicU64>) {
        let pages = Arc::new(AtomicU64::new(0));
        let app = axum::Router::new()
            .route(
                "/zstack/v1/images",
                axum::routing::get(
                    move |State(pages): State<Arc<AtomicU64>>, Params(q): Params<HashMap<String, String>>| async move {
                        let n = pages.fetch_add(1, Ordering::SeqCst);
                        let total = rows + u64::from(grow_after.is_some_and(|g| n >= g));
                        let start: u64 = q["start"].parse().unwrap();
                        let limit: u64 = q["limit"].parse().unwrap();
                        assert_eq!((q["replyWithCount"].as_str(), q["sort"].as_str()), ("true", "+uuid"));
                        let rows: Vec<_> = (start..total.min(start + limit)).map(|i| json!({"uuid": i})).collect();
                        axum::Json(json!({"inventories": rows, "total": total}))
                    },
                ),
            )
            .with_state(Arc::clone(&pages));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (url, pages)
    }

    fn session(url: &str) -> Session {
        let http = Arc::new(Http::new(Duration::from_secs(5), None).unwrap());
        let auth = Auth::AccessKey {
            id: "id".into(),
            secret: "secret".into(),
        };
        Session::new(http, url, auth, Duration::from_secs(5))
    }

    const IMAGES: Query<'static> = Query {
        path: "/v1/images",
        conditions: &[],
        sort_by: "uuid",
        what: "images",
    };

    #[tokio::test]
    async fn every_page_is_read() {
        let (url, pages) = server(10, None).await;
        let rows = all(&session(&url), &IMAGES, 4).await.unwrap();
        assert_eq!(rows.len(), 10);
        assert_eq!(pages.load(Ordering::SeqCst), 3);
        let (url, pages) = server(8, None).await;
        assert_eq!(all(&session(&url), &IMAGES, 4).await.unwrap().len(), 8);
        assert_eq!(
            pages.load(Ordering::SeqCst),
            2,
            "a full last page ends the listing by its total"
        );
    }

    #[tokio::test]
    async fn a_listing_that_changes_is_read_again_and_then_given_up() {
        // Grows once during the first read: the second read is whole.
        let (url, pages) = server(10, Some(1)).await;
        assert_eq!(all(&session(&url), &IMAGES, 4).await.unwrap().len(), 11);
        assert!(pages.load(Ordering::SeqCst) > 3);
        // Keeps changing: no short listing is taken for the platform's contents.
        let pages = Arc::new(AtomicU64::new(0));
        let app = axum::Router::new()
            .route(
                "/zstack/v1/images",
                axum::routing::get(|State(pages): State<Arc<AtomicU64>>| async move {
                    let n = pages.fetch_add(1, Ordering::SeqCst);
                    axum::Json(json!({"inventories": [{"uuid": n}], "total": 5 + n}))
                }),
            )
            .with_state(Arc::clone(&pages));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        let err = all(&session(&url), &IMAGES, 1).await.unwrap_err();
        assert!(
            matches!(&err, PlatformError::Unavailable(m) if m.contains("kept changing")),
            "{err}"
        );
    }

    #[test]
    fn totals_are_numbers_or_numeric_strings() {
        assert_eq!(total_of(&serde_json::json!(12)), Some(12));
        assert_eq!(total_of(&serde_json::json!("12")), Some(12));
        assert_eq!(total_of(&serde_json::json!(null)), None);
    }
}
