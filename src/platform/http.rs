//! The HTTP client every platform driver shares: bounded timeouts, TLS with the system's roots plus an
//! optional extra CA, retries with backoff for transient failures, and a request counter.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use reqwest::{Method, Response, StatusCode};

use crate::platform::PlatformError;

/// Attempts for an idempotent request (the first one included).
const ATTEMPTS: u32 = 3;
/// Pause before the first retry; doubled before each next one.
const FIRST_BACKOFF: Duration = Duration::from_millis(200);

/// One request, rebuilt for every attempt.
#[derive(Debug, Clone)]
pub struct Request {
    /// Method.
    pub method: Method,
    /// Full URL.
    pub url: String,
    /// Headers (tokens among them: never logged).
    pub headers: Vec<(&'static str, String)>,
    /// Body and its content type.
    pub body: Option<(&'static str, Vec<u8>)>,
    /// Sent again only when it could not connect, whatever its method (a login, which a
    /// platform may count towards locking the account).
    pub once: bool,
}

impl Request {
    /// A request without body.
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        Self {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: None,
            once: false,
        }
    }

    /// Not repeated on a transient status or a timeout: see [`Request::once`].
    #[must_use]
    pub fn once(mut self) -> Self {
        self.once = true;
        self
    }

    /// With a JSON body.
    pub fn json(mut self, body: &serde_json::Value) -> Self {
        self.body = Some(("application/json", body.to_string().into_bytes()));
        self
    }

    /// With a body of the given content type.
    pub fn body(mut self, content_type: &'static str, body: Vec<u8>) -> Self {
        self.body = Some((content_type, body));
        self
    }

    /// With one more header.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Whether sending it twice does no harm (POST does harm: a second server).
    fn idempotent(&self) -> bool {
        self.method != Method::POST && !self.once
    }

    /// Method and URL without query or credentials, for messages and logs.
    pub fn describe(&self) -> String {
        format!("{} {}", self.method, describe_url(&self.url))
    }
}

/// `scheme://host:port/path` of a URL: no user info, no query (markers are noise in a message).
pub fn describe_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => format!(
            "{}://{}{}{}",
            u.scheme(),
            u.host_str().unwrap_or_default(),
            u.port().map(|p| format!(":{p}")).unwrap_or_default(),
            u.path()
        ),
        Err(_) => "(an invalid URL)".to_owned(),
    }
}

/// The shared client and its counter.
#[derive(Debug)]
pub struct Http {
    client: reqwest::Client,
    timeout: Duration,
    requests: AtomicU64,
}

impl Http {
    /// A client whose every request ends within `timeout`, trusting the system's roots and, when
    /// given, the PEM certificates of `ca_file`.
    pub fn new(timeout: Duration, ca_file: Option<&Path>) -> Result<Self, String> {
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .tls_built_in_native_certs(true)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .timeout(timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .user_agent(concat!("xspace/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = ca_file {
            let pem = std::fs::read(path).map_err(|e| format!("cannot read the CA file {}: {e}", path.display()))?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .map_err(|e| format!("the CA file {} holds no usable PEM certificate: {e}", path.display()))?;
            if certs.is_empty() {
                return Err(format!("the CA file {} holds no PEM certificate", path.display()));
            }
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let client = builder
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?;
        Ok(Self {
            client,
            timeout,
            requests: AtomicU64::new(0),
        })
    }

    /// Requests sent so far (every attempt counts).
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// Sends `request`, retrying transient failures of idempotent requests (connection failures,
    /// timeouts, 429, 502, 503, 504) with backoff; a POST is retried only when it could not connect.
    /// Any HTTP status that is not transient is returned as is, for the caller to judge.
    pub async fn send(&self, service: &str, request: &Request) -> Result<Response, PlatformError> {
        let mut backoff = FIRST_BACKOFF;
        let mut attempt = 1;
        loop {
            let outcome = self.send_once(request).await;
            let retry = match &outcome {
                Ok(resp) => request.idempotent() && transient(resp.status()),
                Err(e) => e.is_connect() || (request.idempotent() && !e.is_builder()),
            };
            if !retry || attempt >= ATTEMPTS {
                return outcome.map_err(|e| self.transport_error(service, request, &e));
            }
            tracing::debug!(
                service,
                request = %request.describe(),
                attempt,
                "transient failure; retrying after {} ms",
                backoff.as_millis()
            );
            tokio::time::sleep(backoff).await;
            backoff *= 2;
            attempt += 1;
        }
    }

    async fn send_once(&self, request: &Request) -> Result<Response, reqwest::Error> {
        let n = self.requests.fetch_add(1, Ordering::Relaxed) + 1;
        let mut builder = self.client.request(request.method.clone(), &request.url);
        for (name, value) in &request.headers {
            builder = builder.header(*name, value);
        }
        if let Some((content_type, body)) = &request.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, *content_type)
                .body(body.clone());
        }
        let started = std::time::Instant::now();
        let result = builder.send().await;
        tracing::debug!(
            request = %request.describe(),
            status = result.as_ref().map(|r| r.status().as_u16()).unwrap_or(0),
            ms = started.elapsed().as_millis() as u64,
            requests = n,
            "platform request"
        );
        result
    }

    /// A transport failure in words, without the URL's query or any header.
    fn transport_error(&self, service: &str, request: &Request, e: &reqwest::Error) -> PlatformError {
        let what = if e.is_timeout() {
            format!("did not answer within {} s", self.timeout.as_secs_f32())
        } else if e.is_connect() {
            format!("could not be reached ({})", root_cause(e))
        } else {
            format!("failed ({})", root_cause(e))
        };
        PlatformError::Unavailable(format!("{service} {what}: {}", request.describe()))
    }
}

/// Statuses worth another try.
fn transient(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// The innermost cause of a reqwest error (e.g. "Connection refused (os error 111)"): the inner
/// errors carry no URL, the outermost (reqwest's own) does.
fn root_cause(e: &reqwest::Error) -> String {
    let Some(mut source) = std::error::Error::source(e) else {
        return "transport error".to_owned();
    };
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_url_drops_credentials_and_query() {
        assert_eq!(
            describe_url("https://u:pw@glance.example:9292/v2/images?marker=abc"),
            "https://glance.example:9292/v2/images"
        );
        assert_eq!(describe_url("not a url"), "(an invalid URL)");
    }

    #[test]
    fn only_transient_statuses_are_retried() {
        for code in [429, 502, 503, 504] {
            assert!(transient(StatusCode::from_u16(code).unwrap_or(StatusCode::OK)));
        }
        for code in [200, 400, 401, 404, 409, 500] {
            assert!(!transient(
                StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY)
            ));
        }
    }
}
