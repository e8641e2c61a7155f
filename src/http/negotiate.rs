//! The media type of a GraphQL answer, chosen from the request's `Accept` header as GraphQL over
//! HTTP says (graphql.github.io/graphql-over-http, "Body" and "Legacy watershed"):
//!
//! - no `Accept` (or an empty one), `*/*`, `application/*`, `application/json`: `application/json`;
//! - `application/graphql-response+json`: that type;
//! - both: the one of higher quality (`q`); at equal quality a named type before a wildcard, then
//!   the first listed;
//! - neither: `None`, answered `406 Not Acceptable` (the spec's RECOMMENDED choice).
//!
//! A range with `q=0`, or with a `charset` other than UTF-8, accepts nothing.

use axum::http::{HeaderMap, header};

/// The media types a GraphQL answer is served in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// `application/json`: every well-formed request is answered 200 (legacy clients).
    Json,
    /// `application/graphql-response+json`: a request error is answered 4xx, without `data`.
    GraphqlResponse,
}

impl Media {
    /// The `Content-Type` of an answer in this media type.
    pub const fn content_type(self) -> &'static str {
        match self {
            Self::Json => "application/json; charset=utf-8",
            Self::GraphqlResponse => "application/graphql-response+json; charset=utf-8",
        }
    }
}

/// What `Accept` says the server may answer in (see the module's documentation).
pub const ACCEPTED: &str = "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8";

/// One media range of an `Accept` header, as far as it concerns this server.
struct Range {
    /// The type it names, or `None` for a wildcard (`*/*`, `application/*`).
    named: Option<Media>,
    quality: f32,
}

fn range(item: &str) -> Option<Range> {
    let mut parts = item.split(';');
    let essence = parts.next()?.trim().to_ascii_lowercase();
    let named = match essence.as_str() {
        "application/json" => Some(Media::Json),
        "application/graphql-response+json" => Some(Media::GraphqlResponse),
        "*/*" | "application/*" => None,
        _ => return None,
    };
    let mut quality = 1.0_f32;
    for param in parts {
        let Some((key, value)) = param.split_once('=') else {
            continue;
        };
        let value = value.trim().trim_matches('"');
        match key.trim().to_ascii_lowercase().as_str() {
            "q" => quality = value.parse().ok().filter(|q: &f32| (0.0..=1.0).contains(q))?,
            "charset" if !matches!(value.to_ascii_lowercase().as_str(), "utf-8" | "utf8") => return None,
            _ => {}
        }
    }
    Some(Range { named, quality })
}

/// The media type to answer in, or `None` when the client accepts neither of the server's.
pub fn negotiate(headers: &HeaderMap) -> Option<Media> {
    let mut accept = String::new();
    for value in headers.get_all(header::ACCEPT) {
        // A header that is not text accepts nothing this server knows.
        let text = value.to_str().unwrap_or("-");
        if !accept.is_empty() {
            accept.push(',');
        }
        accept.push_str(text);
    }
    if accept.trim().is_empty() {
        return Some(Media::Json);
    }
    let ranges: Vec<Range> = accept.split(',').filter_map(range).collect();
    // A type refused by name (q=0) is not what a wildcard stands for.
    let refused = |m: Media| ranges.iter().any(|r| r.named == Some(m) && r.quality <= 0.0);
    let mut best: Option<(f32, bool, Media)> = None;
    for r in &ranges {
        if r.quality <= 0.0 {
            continue;
        }
        let media = match r.named {
            Some(m) => m,
            None if !refused(Media::Json) => Media::Json,
            None if !refused(Media::GraphqlResponse) => Media::GraphqlResponse,
            None => continue,
        };
        let better = best.is_none_or(|(q, named, _)| r.quality > q || (r.quality == q && !named && r.named.is_some()));
        if better {
            best = Some((r.quality, r.named.is_some(), media));
        }
    }
    best.map(|(_, _, media)| media)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn of(accept: Option<&str>) -> Option<Media> {
        let mut headers = HeaderMap::new();
        if let Some(a) = accept {
            headers.insert(header::ACCEPT, HeaderValue::from_str(a).unwrap());
        }
        negotiate(&headers)
    }

    #[test]
    fn json_when_asked_or_unsaid() {
        for accept in [
            None,
            Some(""),
            Some("application/json"),
            Some("*/*"),
            Some("application/*"),
            Some("Application/JSON; charset=UTF-8"),
            Some("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            Some("application/json, application/graphql-response+json"),
            Some("application/graphql-response+json;q=0.5, application/json"),
        ] {
            assert_eq!(of(accept), Some(Media::Json), "{accept:?}");
        }
    }

    #[test]
    fn graphql_response_when_preferred() {
        for accept in [
            "application/graphql-response+json",
            "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8",
            "application/json;q=0.9, application/graphql-response+json",
            "*/*, application/graphql-response+json",
            "application/json;q=0, */*",
        ] {
            assert_eq!(of(Some(accept)), Some(Media::GraphqlResponse), "{accept}");
        }
    }

    #[test]
    fn neither_is_not_acceptable() {
        for accept in [
            "text/html",
            "application/xml, text/plain;q=0.5",
            "application/json; charset=latin1",
            "application/json;q=0",
            "application/json;q=0, application/graphql-response+json;q=0, */*",
            "application/json;q=oops",
            "application/jsonx",
        ] {
            assert_eq!(of(Some(accept)), None, "{accept}");
        }
    }
}
