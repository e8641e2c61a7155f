//! GraphQL answers over HTTP: the status and body for the media type the client chose
//! ([`super::negotiate`]), as GraphQL over HTTP says ("Status Codes"):
//!
//! - a *request error* (the document did not parse, did not validate, its operation could not be
//!   chosen, its variables did not fit: nothing ran) is answered without a `data` entry, as the
//!   GraphQL specification says (§7.1.1: "If an error was raised before execution begins, the
//!   data entry should not be present"); with status 400 in `application/graphql-response+json`,
//!   200 in `application/json` (whose 4xx a client cannot tell from a proxy's);
//! - an executed operation is answered 200 with its `data`, field errors or not;
//! - a request that is not a GraphQL-over-HTTP request at all (not JSON, no `query`, a method or
//!   content type not served) gets the status that says why, and one error, in either type.
//!
//! Every error carries `extensions.code`.

use std::collections::BTreeMap;

use async_graphql::{ServerError, Value};
use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde::Serialize;

use super::negotiate::{ACCEPTED, Media};
use crate::graphql::errors::is_request_error;

/// A response of request errors: `errors` (and `extensions`), no `data`.
#[derive(Serialize)]
struct Rejected<'a> {
    errors: &'a [ServerError],
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    extensions: &'a BTreeMap<String, Value>,
}

fn with_body(status: StatusCode, media: Media, body: Vec<u8>) -> Response {
    let mut resp = Response::new(Body::from(body));
    *resp.status_mut() = status;
    let headers = resp.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media.content_type()));
    // The same URL answers differently by `Accept`: caches must keep them apart.
    headers.insert(header::VARY, HeaderValue::from_static("accept"));
    resp
}

/// Room a body is written into at first: a console page's answer is 5–55 KB, and a buffer that
/// starts at serde_json's 128 bytes is grown and copied nine times on the way to 50 KB.
const BODY_CAPACITY: usize = 32 * 1024;

/// Serializing the library's response types cannot fail (string keys, finite values); if it
/// ever did, the client gets an error with a code rather than a half-written body.
fn serialized<T: Serialize>(value: &T) -> Vec<u8> {
    let mut body = Vec::with_capacity(BODY_CAPACITY);
    serde_json::to_writer(&mut body, value)
        .map(|()| body)
        .unwrap_or_else(|e| {
            tracing::error!(error = %e, "a GraphQL response could not be serialized");
            br#"{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}"#.to_vec()
        })
}

/// The answer to a GraphQL request that was read: executed, or refused as a request error.
pub fn graphql(resp: async_graphql::Response, media: Media) -> Response {
    let mut reply = if is_request_error(&resp) {
        let status = match media {
            Media::Json => StatusCode::OK,
            Media::GraphqlResponse => StatusCode::BAD_REQUEST,
        };
        let body = serialized(&Rejected {
            errors: &resp.errors,
            extensions: &resp.extensions,
        });
        with_body(status, media, body)
    } else {
        with_body(StatusCode::OK, media, serialized(&resp))
    };
    reply.headers_mut().extend(resp.http_headers);
    reply
}

/// A request refused before it was read as GraphQL: `status`, one error with `code`, no `data`.
pub fn refusal(status: StatusCode, media: Media, code: &str, message: &str) -> Response {
    let body = serde_json::json!({"errors": [{"message": message, "extensions": {"code": code}}]});
    with_body(status, media, serialized(&body))
}

/// A method this URL does not serve for this request: 405 with `Allow: POST`.
pub fn post_only(media: Media, message: &str) -> Response {
    let mut resp = refusal(StatusCode::METHOD_NOT_ALLOWED, media, "FORBIDDEN", message);
    resp.headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("POST"));
    resp
}

/// 406: the client accepts none of the media types a GraphQL answer is served in (the body,
/// which it did not ask for, is `application/json`; `Accept` says what would do).
pub fn not_acceptable() -> Response {
    let mut resp = refusal(
        StatusCode::NOT_ACCEPTABLE,
        Media::Json,
        "BAD_USER_INPUT",
        "GraphQL answers are application/graphql-response+json or application/json; the Accept \
         header allows neither",
    );
    resp.headers_mut()
        .insert(header::ACCEPT, HeaderValue::from_static(ACCEPTED));
    resp
}

/// 429: the client's address is over the limit of failed logins and wrong API tokens; the error
/// says how long to wait (`extensions.retryAfter`), and so does `Retry-After`.
pub fn rate_limited(media: Media, error: &crate::error::ApiError) -> Response {
    let secs = error.retry_after().unwrap_or(1);
    let body = serde_json::json!({"errors": [{
        "message": format!("too many failed attempts; retry in {secs} s"),
        "extensions": {"code": "RATE_LIMITED", "retryAfter": secs},
    }]});
    let mut resp = with_body(StatusCode::TOO_MANY_REQUESTS, media, serialized(&body));
    resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    resp
}
