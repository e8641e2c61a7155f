//! The web console: the built `console/dist` folder, embedded in the binary, served at `/`.
//!
//! Hashed files under `/assets/` are kept by browsers for a year; `index.html` is revalidated
//! every time (it names the hashed files of the build that serves it). A path under one of the
//! console's client-side routes answers `index.html`, so a deep link or a reload works; any other
//! unknown path is `NOT_FOUND`. Every answer carries the headers in [`security_headers`].

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rust_embed::Embed;

/// The console's build output (`npm run build` in `console/`; committed, checked by CI).
#[derive(Embed)]
#[folder = "console/dist"]
struct Assets;

/// The console's client-side routes: any path at or under them is the single page.
const ROUTES: [&str; 4] = ["/login", "/system", "/tenant", "/my"];

/// Hashed build output, never changed under its name.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Answers GET and HEAD for the console; anything else that reached no route is `NOT_FOUND`.
pub async fn serve(method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return not_found();
    }
    let path = uri.path();
    let is_page = path == "/"
        || path == "/index.html"
        || ROUTES
            .iter()
            .any(|r| path == *r || path.strip_prefix(r).is_some_and(|rest| rest.starts_with('/')));
    let (name, cache) = if is_page {
        ("index.html", "no-cache")
    } else if path.starts_with("/assets/") {
        (path.trim_start_matches('/'), IMMUTABLE)
    } else {
        return not_found();
    };
    let Some(file) = Assets::get(name) else {
        return not_found();
    };
    let etag = format!("\"{}\"", hex::encode(&file.metadata.sha256_hash()[..16]));
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag));
    let mut resp = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else if method == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(file.data.into_owned()))
    };
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(name)));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    security_headers(h, headers.get(header::HOST));
    resp
}

fn not_found() -> Response {
    let body = serde_json::json!({"errors": [{"message": "not found", "extensions": {"code": "NOT_FOUND"}}]});
    (StatusCode::NOT_FOUND, axum::Json(body)).into_response()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("json") => "application/json",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The console's pages may load nothing from elsewhere, run no inline script or style, be framed
/// by nobody, and talk only to their own origin (HTTP and the WebSocket of `/graphql`).
fn security_headers(h: &mut HeaderMap, host: Option<&HeaderValue>) {
    // The WebSocket schemes of the page's own origin: CSP's 'self' covers them only in newer
    // browsers. A Host with anything but host-name characters is left out, never echoed.
    let sockets = host
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 255
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'))
        })
        .map(|host| format!(" ws://{host} wss://{host}"))
        .unwrap_or_default();
    let csp = format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'{sockets}; manifest-src 'self'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'; object-src 'none'"
    );
    if let Ok(v) = HeaderValue::from_str(&csp) {
        h.insert(header::CONTENT_SECURITY_POLICY, v);
    }
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
}
