//! HTTP: `/graphql` (POST, GET queries, WebSocket), `/healthz`, `/readyz`, `/metrics`, and the
//! web console at `/`.

mod console;
mod ws;

use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::Ordering;
use std::time::Instant;

use async_graphql::ServerError;
use async_graphql::parser::types::OperationType;
use async_graphql_axum::{GraphQLRequest, GraphQLResponse};
use axum::extract::{
    ConnectInfo, FromRequest as _, FromRequestParts as _, Request, State as AxumState, WebSocketUpgrade,
};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Json, Router};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tracing::Instrument as _;

use crate::app::State;
use crate::auth::Viewer;
use crate::config::Mode;
use crate::db::DbScope;
use crate::domain::accounts;
use crate::graphql::context::ClientAddr;
use crate::graphql::errors::code_of;
use crate::graphql::executor::{Checked, Executor};
use crate::graphql::loaders::Loaders;

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

async fn viewer_of(state: &State, headers: &HeaderMap) -> Viewer {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")));
    match token {
        Some(t) => accounts::authenticate(state, t.trim()).await.unwrap_or_else(|e| {
            tracing::error!(error = e.message(), "authenticating a request failed");
            Viewer::Anonymous
        }),
        None => Viewer::Anonymous,
    }
}

fn json_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = serde_json::json!({"errors": [{"message": message, "extensions": {"code": code}}]});
    (status, Json(body)).into_response()
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

async fn graphql_post(
    AxumState(http): AxumState<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    req: Request,
) -> Response {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("application/json"));
    if !is_json {
        return json_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "BAD_USER_INPUT",
            "POST bodies must be application/json",
        );
    }
    // The body is read here, bounded: the GraphQL extractor would read it whole.
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        return json_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "BAD_USER_INPUT",
            "the request body is larger than 256 KiB",
        );
    };
    let req = Request::from_parts(parts, axum::body::Body::from(bytes));
    let viewer = viewer_of(&http.state, &headers).await;
    let gql = match GraphQLRequest::<async_graphql_axum::rejection::GraphQLRejection>::from_request(req, &()).await {
        Ok(r) => r.into_inner(),
        Err(_) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "the body is not a GraphQL request",
            );
        }
    };
    let addr = client_addr(&http, peer, &headers);
    let checked = http.executor.check(gql.data(addr));
    execute(&http, viewer, checked).await.into_response()
}

/// Runs a checked request as `viewer` (or answers why it did not pass), with its span and metrics.
async fn execute(http: &Http, viewer: Viewer, checked: Result<Checked, ServerError>) -> GraphQLResponse {
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
            let scope = DbScope::of(&viewer);
            let run = async {
                // Made in the scope: the loaders' batches run under the scope they were made in.
                let loaders = Loaders::new(&http.state, read_only);
                let req = checked.map_request(|r| r.data(viewer).data(loaders));
                http.executor.execute(req).await
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
    resp.into()
}

async fn graphql_get(AxumState(http): AxumState<Http>, headers: HeaderMap, req: Request) -> Response {
    let (mut parts, _) = req.into_parts();
    let is_ws = headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if is_ws {
        return match WebSocketUpgrade::from_request_parts(&mut parts, &()).await {
            Ok(upgrade) => websocket(http, upgrade),
            Err(e) => e.into_response(),
        };
    }
    let production = http.state.config.mode == Mode::Production;
    let query = parts.uri.query().unwrap_or_default();
    if query.is_empty() {
        if production {
            return json_error(StatusCode::NOT_FOUND, "NOT_FOUND", "not found");
        }
        // A browser opening the endpoint is sent to the console (nothing loads from elsewhere).
        return Redirect::to("/").into_response();
    }
    if production {
        return json_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "FORBIDDEN",
            "GET queries are off in production mode; use POST",
        );
    }
    let mut gql = match async_graphql::http::parse_query_string(query) {
        Ok(r) => r,
        Err(_) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                "BAD_USER_INPUT",
                "the query string is not a GraphQL request",
            );
        }
    };
    if gql.operation_name.is_none() {
        // GraphQL over HTTP names it `operationName`; the library's parser reads `operation_name`.
        gql.operation_name = url::form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == "operationName")
            .map(|(_, value)| value.into_owned());
    }
    // GET must not change anything: a document holding any other operation is refused whole.
    let Some(checked) = http.executor.check_get(gql) else {
        return json_error(
            StatusCode::METHOD_NOT_ALLOWED,
            "FORBIDDEN",
            "mutations and subscriptions need POST (or WebSocket)",
        );
    };
    let viewer = viewer_of(&http.state, &headers).await;
    execute(&http, viewer, checked).await.into_response()
}

fn websocket(http: Http, upgrade: WebSocketUpgrade) -> Response {
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
            ws::serve(socket, http.state, http.executor).await;
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
