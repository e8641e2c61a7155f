//! A small HTTP proxy in front of a real Glance that can break it on purpose: a 500 or a malformed
//! body for every page after the first (`marker=` in the query), or one 503 before recovering.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    None,
    /// Pages after the first answer 500.
    ServerErrorAfterFirstPage,
    /// Pages after the first answer 200 with a body that is not JSON.
    MalformedAfterFirstPage,
    /// The next request answers 503, then all is well.
    UnavailableOnce,
}

struct Shared {
    target: String,
    fault: Mutex<Fault>,
    requests: AtomicU64,
    client: reqwest::Client,
}

pub struct Proxy {
    pub url: String,
    shared: Arc<Shared>,
}

impl Proxy {
    pub async fn start(target: &str) -> Proxy {
        let shared = Arc::new(Shared {
            target: target.trim_end_matches('/').to_owned(),
            fault: Mutex::new(Fault::None),
            requests: AtomicU64::new(0),
            client: reqwest::Client::new(),
        });
        let app = axum::Router::new().fallback(forward).with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Proxy { url, shared }
    }

    pub fn set(&self, fault: Fault) {
        *self
            .shared
            .fault
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = fault;
    }

    pub fn requests(&self) -> u64 {
        self.shared.requests.load(Ordering::Relaxed)
    }
}

async fn forward(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.requests.fetch_add(1, Ordering::Relaxed);
    let later_page = uri.query().is_some_and(|q| q.contains("marker="));
    let fault = {
        let mut fault = shared.fault.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = *fault;
        if now == Fault::UnavailableOnce {
            *fault = Fault::None;
        }
        now
    };
    match fault {
        Fault::ServerErrorAfterFirstPage if later_page => {
            return (StatusCode::INTERNAL_SERVER_ERROR, "boom").into_response();
        }
        Fault::MalformedAfterFirstPage if later_page => {
            return (StatusCode::OK, [("content-type", "application/json")], "{\"images\": [").into_response();
        }
        Fault::UnavailableOnce => return (StatusCode::SERVICE_UNAVAILABLE, "busy").into_response(),
        _ => {}
    }
    let path = uri.path_and_query().map_or("/", |p| p.as_str());
    let mut req = shared
        .client
        .request(method, format!("{}{path}", shared.target))
        .body(body);
    for (name, value) in &headers {
        if name != "host" && name != "content-length" {
            req = req.header(name, value);
        }
    }
    match req.send().await {
        Ok(resp) => {
            let status = resp.status();
            let content_type = resp.headers().get("content-type").cloned();
            let bytes = resp.bytes().await.unwrap_or_default();
            let mut out = (status, bytes).into_response();
            if let Some(ct) = content_type {
                out.headers_mut().insert("content-type", ct);
            }
            out
        }
        Err(_) => (StatusCode::BAD_GATEWAY, "upstream down").into_response(),
    }
}
