//! One platform's connection: the API's base URL, its credentials, and the calls.
//!
//! Account logins use `PUT /v1/accounts/login` (`logInByAccount` with the password's SHA-512 hex
//! digest, as the vendor's SDK sends it) and then `Authorization: OAuth <session uuid>`; a session
//! ZStack refuses as expired (`ID.1001`) is replaced once by a new login and the call made again.
//! AccessKeys sign every request: `Authorization: ZStack <id>:<base64 HMAC-SHA1(secret, METHOD \n
//! Date \n /v1/path)>` with the same `Date` header (RestServer.java, AccessKeyManager.java, and the
//! SDK's getAccessKeyHeader).
//!
//! ZStack's calls are sync (queries, login: 200 with the answer or 503 with `{"error": …}`) or
//! async (202 with a job `location` to poll: [`super::jobs`]).

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sha2::{Digest, Sha512};

use super::jobs;
use super::secret::Auth;
use crate::platform::PlatformError;
use crate::platform::http::{Http, Request};

/// What ZStack calls itself in messages.
pub const SERVICE: &str = "ZStack";

/// The hex SHA-512 digest ZStack's login takes instead of the password.
pub fn password_digest(password: &str) -> String {
    hex::encode(Sha512::digest(password.as_bytes()))
}

/// The `Authorization` value of an AccessKey request: the signature covers the method, the `Date`
/// header and the path below the context path (`/v1/…`, no query).
pub fn sign(key_id: &str, key_secret: &str, method: &str, date: &str, uri: &str) -> Result<String, PlatformError> {
    // HMAC takes keys of any length; the error cannot happen, and says nothing of the key.
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key_secret.as_bytes())
        .map_err(|_| PlatformError::Invalid("the AccessKey secret cannot key HMAC-SHA1".to_owned()))?;
    mac.update(format!("{method}\n{date}\n{uri}").as_bytes());
    let signature = base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes());
    Ok(format!("ZStack {key_id}:{signature}"))
}

/// `Date` as ZStack parses it (`EEE, dd MMM yyyy HH:mm:ss z`).
fn http_date() -> String {
    chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// An error ZStack reported (its `ErrorCode`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure {
    /// `ID.1001`, `SYS.1003`, …
    pub code: String,
    /// The code's description.
    pub description: String,
    /// What happened.
    pub details: String,
}

impl ApiFailure {
    /// Reads `{"error": {code, description, details}}`.
    pub fn from_body(body: &[u8]) -> Option<Self> {
        let value: Value = serde_json::from_slice(body).ok()?;
        let error = value.get("error")?;
        let field = |name: &str| error.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
        Some(Self {
            code: field("code"),
            description: field("description"),
            details: field("details"),
        })
    }

    /// Whether ZStack refused the session (expired or unknown).
    pub fn session_invalid(&self) -> bool {
        self.code == "ID.1001"
    }

    /// The error for `what`: a missing resource is `NotFound`; identity refusals and bad arguments
    /// are `Invalid`; any other failure is `Unavailable`.
    pub fn into_error(self, what: &str) -> PlatformError {
        let text: String = format!("{}: {}", self.description, self.details)
            .chars()
            .take(300)
            .collect();
        let message = format!("{SERVICE} failed {what} ({}, {text})", self.code);
        if self.code == "SYS.1003" {
            PlatformError::NotFound(message)
        } else if self.code.starts_with("ID.") || self.code == "SYS.1007" {
            PlatformError::Invalid(message)
        } else {
            PlatformError::Unavailable(message)
        }
    }
}

/// How a call ended.
#[derive(Debug)]
pub enum Outcome {
    /// The answer's fields.
    Done(Value),
    /// ZStack's error.
    Failed(ApiFailure),
}

/// One platform's API.
#[derive(Debug)]
pub struct Session {
    http: Arc<Http>,
    /// `scheme://host:port/context` without a trailing `/`.
    base: String,
    auth: Auth,
    /// The current login session's uuid.
    session: tokio::sync::Mutex<Option<String>>,
    /// How long a job may run before the driver gives up on it.
    job_bound: Duration,
}

/// The API's base URL from the endpoint: ZStack's default context path `/zstack` when the endpoint
/// has no path; a trailing `/v1` is dropped.
pub fn api_base(endpoint: &str) -> String {
    let trimmed = endpoint.trim().trim_end_matches('/');
    let trimmed = trimmed.strip_suffix("/v1").unwrap_or(trimmed);
    match url::Url::parse(trimmed) {
        Ok(url) if url.path().is_empty() || url.path() == "/" => format!("{trimmed}/zstack"),
        _ => trimmed.to_owned(),
    }
}

impl Session {
    /// The session for `endpoint`; no request is sent before the first call. Jobs are given up
    /// after 20 times the request timeout.
    pub fn new(http: Arc<Http>, endpoint: &str, auth: Auth, timeout: Duration) -> Self {
        Self {
            http,
            base: api_base(endpoint),
            auth,
            session: tokio::sync::Mutex::new(None),
            job_bound: timeout.saturating_mul(20),
        }
    }

    /// Requests sent by the shared client so far.
    pub fn requests(&self) -> u64 {
        self.http.requests()
    }

    /// The full URL of a path below the context path (`/v1/…`).
    fn url(&self, path: &str, query: &[(&str, String)]) -> String {
        let mut url = format!("{}{path}", self.base);
        if !query.is_empty() {
            let mut q = url::form_urlencoded::Serializer::new(String::new());
            for (k, v) in query {
                q.append_pair(k, v);
            }
            url.push('?');
            url.push_str(&q.finish());
        }
        url
    }

    /// Logs in and keeps the session.
    async fn login(&self, name: &str, password: &str) -> Result<String, PlatformError> {
        let body = json!({"logInByAccount": {"accountName": name, "password": password_digest(password)}});
        // Once: a refused login answers 503, which must not become three failed logins.
        let request = Request::new(Method::PUT, self.url("/v1/accounts/login", &[]))
            .json(&body)
            .once();
        let response = self.http.send(SERVICE, &request).await?;
        match read(&request, response).await? {
            Outcome::Done(answer) => answer
                .pointer("/inventory/uuid")
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| PlatformError::Unavailable(format!("{SERVICE}'s login answer holds no session uuid"))),
            Outcome::Failed(failure) => Err(PlatformError::Invalid(format!(
                "{SERVICE} refused the login of account {name:?} ({}: {})",
                failure.code, failure.details
            ))),
        }
    }

    /// The current session, logging in when there is none.
    async fn session_id(&self, name: &str, password: &str) -> Result<String, PlatformError> {
        let mut current = self.session.lock().await;
        if let Some(id) = current.as_ref() {
            return Ok(id.clone());
        }
        let id = self.login(name, password).await?;
        *current = Some(id.clone());
        Ok(id)
    }

    /// Forgets `id` if it is still the current session.
    async fn forget(&self, id: &str) {
        let mut current = self.session.lock().await;
        if current.as_deref() == Some(id) {
            *current = None;
        }
    }

    /// `request` with the credentials' headers; `path` is the part the signature covers. Returns
    /// the session it used, if any.
    async fn authorize(
        &self,
        request: Request,
        method: &Method,
        path: &str,
    ) -> Result<(Request, Option<String>), PlatformError> {
        match &self.auth {
            Auth::Account { name, password } => {
                let id = self.session_id(name, password).await?;
                Ok((request.header("Authorization", format!("OAuth {id}")), Some(id)))
            }
            Auth::AccessKey { id, secret } => {
                let date = http_date();
                let authorization = sign(id, secret, method.as_str(), &date, path)?;
                Ok((
                    request.header("Date", date).header("Authorization", authorization),
                    None,
                ))
            }
        }
    }

    /// Sends one call and follows its job, if it has one: the answer's fields or ZStack's error.
    async fn once(
        &self,
        method: &Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
    ) -> Result<(Outcome, Option<String>), PlatformError> {
        let mut request = Request::new(method.clone(), self.url(path, query));
        if let Some(body) = body {
            request = request.json(body);
        }
        let (request, session) = self.authorize(request, method, path).await?;
        let response = self.http.send(SERVICE, &request).await?;
        if response.status() == StatusCode::ACCEPTED {
            let bytes = response.bytes().await.map_err(|_| {
                PlatformError::Unavailable(format!("{SERVICE}'s answer to {} broke off", request.describe()))
            })?;
            let location = serde_json::from_slice::<Value>(&bytes)
                .ok()
                .and_then(|v| v.get("location").and_then(Value::as_str).map(str::to_owned))
                .ok_or_else(|| {
                    PlatformError::Unavailable(format!(
                        "{SERVICE} accepted {} without a job location",
                        request.describe()
                    ))
                })?;
            let poll = jobs::Poll {
                http: &self.http,
                base: &self.base,
                bound: self.job_bound,
            };
            let outcome = poll
                .wait(&location, &request.describe(), |get, job_path| async move {
                    self.authorize(get, &Method::GET, &job_path).await.map(|(r, _)| r)
                })
                .await?;
            return Ok((outcome, session));
        }
        Ok((read(&request, response).await?, session))
    }

    /// Makes a call (sync or async), logging in again once if ZStack refuses the session; the
    /// answer's fields, or ZStack's error as a [`PlatformError`] about `what`.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
        what: &str,
    ) -> Result<Value, PlatformError> {
        let mut renewed = false;
        loop {
            let (outcome, session) = self.once(&method, path, query, body).await?;
            match outcome {
                Outcome::Done(value) => return Ok(value),
                Outcome::Failed(failure) if failure.session_invalid() && !renewed => {
                    if let Some(id) = session {
                        tracing::debug!(
                            service = SERVICE,
                            "session refused ({}); logging in again",
                            failure.code
                        );
                        self.forget(&id).await;
                        renewed = true;
                        continue;
                    }
                    return Err(failure.into_error(what));
                }
                Outcome::Failed(failure) => return Err(failure.into_error(what)),
            }
        }
    }

    /// `GET` of a query, one page.
    pub async fn query(&self, path: &str, query: &[(&str, String)], what: &str) -> Result<Value, PlatformError> {
        self.call(Method::GET, path, query, None, what).await
    }
}

/// Reads a sync answer: 200 → its fields; 503 with an error body → ZStack's error; any other
/// status is an HTTP-level refusal (plain text) judged by its status.
pub async fn read(request: &Request, response: reqwest::Response) -> Result<Outcome, PlatformError> {
    let status = response.status();
    let what = request.describe();
    let bytes = response
        .bytes()
        .await
        .map_err(|_| PlatformError::Unavailable(format!("{SERVICE}'s answer to {what} broke off")))?;
    if status.is_success() {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Outcome::Done(json!({})));
        }
        return serde_json::from_slice(&bytes).map(Outcome::Done).map_err(|e| {
            PlatformError::Unavailable(format!(
                "{SERVICE} answered {what} with a malformed body ({:?} error at line {}, column {})",
                e.classify(),
                e.line(),
                e.column()
            ))
        });
    }
    if let Some(failure) = ApiFailure::from_body(&bytes) {
        return Ok(Outcome::Failed(failure));
    }
    let text: String = String::from_utf8_lossy(&bytes)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(200)
        .collect();
    Err(match status.as_u16() {
        404 => PlatformError::NotFound(format!("{SERVICE} has no {what} ({text})")),
        400 | 401 | 403 => PlatformError::Invalid(format!("{SERVICE} refused {what} ({status}: {text})")),
        _ => PlatformError::Unavailable(format!("{SERVICE} answered {status} to {what}: {text}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_as_the_vendor_sdk_does() {
        // Computed independently: base64(HMAC-SHA1("secret", "GET\nMon, 07 Dec 2026 10:00:00 GMT\n/v1/images"))
        // with Python's hmac module, the algorithm of the SDK's getAccessKeyHeader.
        let auth = sign("key-id", "secret", "GET", "Mon, 07 Dec 2026 10:00:00 GMT", "/v1/images");
        assert_eq!(auth.ok().as_deref(), Some("ZStack key-id:6uxfMPPs9DdoGMMgePTcCFHeFDw="));
    }

    #[test]
    fn the_login_sends_the_sha512_digest() {
        assert_eq!(
            password_digest("password"),
            "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"
        );
    }

    #[test]
    fn the_base_gets_the_default_context_path() {
        assert_eq!(api_base("http://zs:8080"), "http://zs:8080/zstack");
        assert_eq!(api_base("http://zs:8080/"), "http://zs:8080/zstack");
        assert_eq!(api_base("https://zs/zstack/"), "https://zs/zstack");
        assert_eq!(api_base("https://zs/zstack/v1"), "https://zs/zstack");
        assert_eq!(api_base("https://zs/custom"), "https://zs/custom");
    }

    #[test]
    fn failures_map_to_platform_errors() {
        let failure = ApiFailure::from_body(
            br#"{"error": {"code": "SYS.1003", "description": "A resource can not be found", "details": "gone"}}"#,
        );
        let failure = failure.unwrap_or_else(|| panic!("parsed"));
        assert!(matches!(failure.clone().into_error("x"), PlatformError::NotFound(m) if m.contains("gone")));
        let session = ApiFailure {
            code: "ID.1001".into(),
            ..failure.clone()
        };
        assert!(session.session_invalid());
        assert!(matches!(session.into_error("x"), PlatformError::Invalid(_)));
        let other = ApiFailure {
            code: "SYS.1006".into(),
            ..failure
        };
        assert!(matches!(other.into_error("x"), PlatformError::Unavailable(_)));
        assert_eq!(ApiFailure::from_body(b"plain text"), None);
    }
}
