//! HTTP: `/graphql` (POST, GET queries, WebSocket), `/healthz`, `/readyz`, `/metrics`, and the
//! web console at `/`.

mod console;
mod negotiate;
mod params;
mod reply;
mod ws;

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::Ordering;
use std::time::Instant;

use async_graphql::ServerError;
use async_graphql::parser::types::OperationType;
use axum::Router;
use axum::extract::{ConnectInfo, FromRequestParts as _, Request, State as AxumState, WebSocketUpgrade};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tracing::Instrument as _;

use crate::app::State;
use crate::auth::Viewer;
use crate::config::Mode;
use crate::domain::accounts;
use crate::error::Code;
use crate::graphql::context::ClientAddr;
use crate::graphql::errors::code_of;
use crate::graphql::executor::{Checked, Executor};
use crate::graphql::loaders::Loaders;
use crate::graphql::types::eager::AtHandCount;
use negotiate::{Media, negotiate};

/// What every handler needs.
#[derive(Clone)]
pub struct Http {
    state: State,
    executor: Executor,
}

/// Largest request body accepted.
const MAX_BODY_BYTES: usize = 256 * 1024;

/// The service's routes.
pub fn router(state: State, executor: Executor) -> Router {
    let cors = cors(&state.config.cors_origins);
    Router::new()
        .route("/graphql", get(graphql_get).post(graphql_post))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .fallback(console::serve)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .layer(cors)
        .with_state(Http { state, executor })
}

fn cors(origins: &[String]) -> CorsLayer {
    let allowed: Vec<_> = origins.iter().filter_map(|o| o.parse().ok()).collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(allowed))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
}

async fn readyz(AxumState(http): AxumState<Http>) -> impl IntoResponse {
    if !http.state.ready.load(Ordering::Acquire) {
        return (StatusCode::SERVICE_UNAVAILABLE, "starting");
    }
    match http.state.pool.get().await {
        Ok(_) => (StatusCode::OK, "ready"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable"),
    }
}

/// Prometheus text format. Like `/healthz`, meant for the operator's network: it holds counts
/// and timings only, never a name or value of a tenant's data.
async fn metrics(AxumState(http): AxumState<Http>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")],
        http.state.metrics.render(&http.state.pool),
    )
}

/// The viewer of a request's bearer token (anonymous without one, or with one that is not valid);
/// `Err` with the answer when the client's address is over the limit of failed logins and wrong
/// API tokens.
async fn viewer_of(state: &State, headers: &HeaderMap, addr: ClientAddr, media: Media) -> Result<Viewer, Response> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")));
    let Some(token) = token else {
        return Ok(Viewer::Anonymous);
    };
    match accounts::authenticate_session(state, token.trim(), Some(addr.0)).await {
        Ok((viewer, _)) => Ok(viewer),
        Err(e) if e.code() == Some(Code::RateLimited) => Err(reply::rate_limited(media, &e)),
        Err(e) => {
            tracing::error!(error = e.message(), "authenticating a request failed");
            Ok(Viewer::Anonymous)
        }
    }
}

/// The client's address: the peer, or the last address a trusted proxy added to X-Forwarded-For.
fn client_addr(http: &Http, peer: SocketAddr, headers: &HeaderMap) -> ClientAddr {
    let peer = peer.ip();
    if !http.state.config.trusted_proxies.contains(&peer) {
        return ClientAddr(peer);
    }
    let forwarded = headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse::<IpAddr>().ok());
    ClientAddr(forwarded.unwrap_or(peer))
}

/// Whether a POST body's `Content-Type` is `application/json` in UTF-8 (the only one served:
/// the types a browser may send cross-site without a preflight never run anything).
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mut parts = value.split(';');
    let essence = parts.next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
        && parts.all(|param| match param.split_once('=') {
            Some((key, value)) if key.trim().eq_ignore_ascii_case("charset") => {
                let charset = value.trim().trim_matches('"');
                charset.eq_ignore_ascii_case("utf-8") || charset.eq_ignore_ascii_case("utf8")
            }
            _ => true,
        })
}

async fn graphql_post(
    AxumState(http): AxumState<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let Some(media) = negotiate(&headers) else {
        return reply::not_acceptable();
    };
    if !is_json(&headers) {
        return reply::refusal(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            media,
            "BAD_USER_INPUT",
            "POST bodies must be application/json (UTF-8)",
        );
    }
    // The body is read here, bounded.
    let Ok(bytes) = axum::body::to_bytes(req.into_body(), MAX_BODY_BYTES).await else {
        return reply::refusal(
            StatusCode::PAYLOAD_TOO_LARGE,
            media,
            "BAD_USER_INPUT",
            "the request body is larger than 256 KiB",
        );
    };
    let gql = match params::from_json(&bytes) {
        Ok(r) => r,
        Err(why) => return reply::refusal(StatusCode::BAD_REQUEST, media, "BAD_USER_INPUT", why),
    };
    let addr = client_addr(&http, peer, &headers);
    let viewer = match viewer_of(&http.state, &headers, addr, media).await {
        Ok(viewer) => viewer,
        Err(refused) => return refused,
    };
    let checked = http.executor.check(gql.data(addr));
    reply::graphql(execute(&http, viewer, checked).await, media)
}

/// Runs a checked request as `viewer` (or answers why it did not pass), with its span and metrics.
async fn execute(http: &Http, viewer: Viewer, checked: Result<Checked, ServerError>) -> async_graphql::Response {
    let started = Instant::now();
    let span = tracing::info_span!(
        "graphql.request",
        operation = tracing::field::Empty,
        outcome = tracing::field::Empty,
        role = viewer.role_name()
    );
    let (resp, name) = match checked {
        Err(e) => (async_graphql::Response::from_errors(vec![e]), None),
        Ok(checked) => {
            let name = checked.name.clone();
            // Only a query runs: its loaders may cache.
            let read_only = checked.kind == OperationType::Query;
            let scope = viewer.db_scope();
            let run = async {
                // Made in the scope: the loaders' batches run under the scope they were made in.
                let loaders = Loaders::new(&http.state, read_only);
                let at_hand = AtHandCount::default();
                let req = checked.map_request(|r| r.data(viewer).data(loaders).data(at_hand.clone()));
                let resp = http.executor.execute(req).await;
                http.state.metrics.objects_at_hand(at_hand.get());
                resp
            };
            (scope.run(run).instrument(span.clone()).await, name)
        }
    };
    let outcome = resp.errors.first().map_or("ok", |e| code_of(e).unwrap_or("error"));
    let shown: String = name.as_deref().unwrap_or("anonymous").chars().take(100).collect();
    span.record("operation", shown.as_str());
    span.record("outcome", outcome);
    http.state
        .metrics
        .operation(name.as_deref(), outcome, started.elapsed());
    resp
}

async fn graphql_get(
    AxumState(http): AxumState<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let addr = client_addr(&http, peer, &headers);
    let (mut parts, _) = req.into_parts();
    let is_ws = headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if is_ws {
        return match WebSocketUpgrade::from_request_parts(&mut parts, &()).await {
            Ok(upgrade) => websocket(http, upgrade, addr),
            Err(e) => e.into_response(),
        };
    }
    let production = http.state.config.mode == Mode::Production;
    let query = parts.uri.query().unwrap_or_default();
    if query.is_empty() {
        if production {
            return reply::refusal(StatusCode::NOT_FOUND, Media::Json, "NOT_FOUND", "not found");
        }
        // A browser opening the endpoint is sent to the console (nothing loads from elsewhere).
        return Redirect::to("/").into_response();
    }
    let Some(media) = negotiate(&headers) else {
        return reply::not_acceptable();
    };
    if production {
        return reply::post_only(media, "GET queries are off in production mode; use POST");
    }
    let gql = match params::from_query_string(query) {
        Ok(r) => r,
        Err(why) => return reply::refusal(StatusCode::BAD_REQUEST, media, "BAD_USER_INPUT", why),
    };
    // GET must not change anything: a document holding any other operation is refused whole.
    let Some(checked) = http.executor.check_get(gql) else {
        return reply::post_only(media, "mutations and subscriptions need POST (or WebSocket)");
    };
    let viewer = match viewer_of(&http.state, &headers, addr, media).await {
        Ok(viewer) => viewer,
        Err(refused) => return refused,
    };
    reply::graphql(execute(&http, viewer, checked).await, media)
}

fn websocket(http: Http, upgrade: WebSocketUpgrade, addr: ClientAddr) -> Response {
    // Client messages of this protocol are small: a 1 KiB read buffer (it grows for a larger
    // frame) instead of the default 128 KiB, which every idle subscriber held and which was
    // zeroed at every read; a message is bounded like a POST body.
    let upgrade = upgrade
        .protocols([ws::PROTOCOL])
        .read_buffer_size(1024)
        .max_message_size(MAX_BODY_BYTES)
        .max_frame_size(MAX_BODY_BYTES);
    let accepted = upgrade.selected_protocol().is_some();
    upgrade.on_upgrade(move |socket| async move {
        if accepted {
            ws::serve(socket, http.state, http.executor, Some(addr.0)).await;
        } else {
            let mut socket = socket;
            let frame = axum::extract::ws::CloseFrame {
                code: 4406,
                reason: "Subprotocol not acceptable".into(),
            };
            let _ = socket.send(axum::extract::ws::Message::Close(Some(frame))).await;
        }
    })
}
