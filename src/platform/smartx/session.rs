//! One CloudTower: its API base, the account, and the token every call carries.
//!
//! `POST {base}/login` with `{username, password, source}` answers `{"data": {"token": …}}`; every
//! other call sends the token, bare (no `Bearer`), in the `Authorization` header (CloudTower API
//! guide, "Token authentication"; the SDK's `utils.login` stores it as the `Authorization` API
//! key without prefix). The guide says a token does not expire, but it dies with a logout, a
//! password change or a restart of CloudTower: a call answered 401 logs in again once and is sent
//! again. Every call is a POST with a JSON body (spec 4.6.0); the queries (`get-…`) are retried on
//! 429/502/503/504 like any idempotent request, the changes never are.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, Response, StatusCode};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::secret::Secret;
use crate::platform::PlatformError;
use crate::platform::http::{Http, Request};

/// Attempts for a query answered with a transient status (the first one included).
const QUERY_ATTEMPTS: u32 = 3;
/// Pause before the first retry of a query; doubled before each next one.
const FIRST_BACKOFF: Duration = Duration::from_millis(200);

/// CloudTower's error body (`ErrorBody` in the spec): `message` and `status` always, `code` for
/// some (`ResourceLocked`).
#[derive(Debug, Deserialize)]
struct ErrorBody {
    #[serde(default)]
    message: String,
    #[serde(default)]
    code: Option<String>,
}

/// `WithTask<LoginResponse>`.
#[derive(Debug, Deserialize)]
struct Login {
    data: LoginData,
}

#[derive(Debug, Deserialize)]
struct LoginData {
    token: String,
}

/// The API base, the account, the current token and the shared client.
#[derive(Debug)]
pub struct Session {
    http: Arc<Http>,
    base: String,
    secret: Secret,
    token: tokio::sync::Mutex<Option<String>>,
    timeout: Duration,
}

/// The API base for an endpoint: `https://tower.example` and `https://tower.example/v2/api/` both
/// give `https://tower.example/v2/api`.
pub fn api_base(endpoint: &str) -> String {
    let trimmed = endpoint.trim().trim_end_matches('/');
    if trimmed.ends_with("/v2/api") {
        trimmed.to_owned()
    } else {
        format!("{trimmed}/v2/api")
    }
}

impl Session {
    /// The session for `endpoint` (CloudTower's address, with or without `/v2/api`).
    pub fn new(http: Arc<Http>, endpoint: &str, secret: Secret, timeout: Duration) -> Self {
        Self {
            http,
            base: api_base(endpoint),
            secret,
            token: tokio::sync::Mutex::new(None),
            timeout,
        }
    }

    /// The bound of one request (`XSPACE_PLATFORM_TIMEOUT_SECONDS`).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Requests the shared client has sent so far.
    pub fn requests(&self) -> u64 {
        self.http.requests()
    }

    fn request(&self, op: &str, body: &Value) -> Request {
        Request::new(Method::POST, format!("{}/{op}", self.base)).json(body)
    }

    /// A token: the kept one, or a new one from `login`.
    async fn token(&self) -> Result<String, PlatformError> {
        let mut kept = self.token.lock().await;
        if let Some(token) = kept.as_ref() {
            return Ok(token.clone());
        }
        let body = json!({
            "username": self.secret.username,
            "password": self.secret.password,
            "source": self.secret.source,
        });
        let request = self.request("login", &body);
        let response = self.http.send("CloudTower", &request).await?;
        let status = response.status();
        if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
            return Err(PlatformError::Unavailable(format!(
                "CloudTower answered {status} to {}",
                request.describe()
            )));
        }
        if !status.is_success() {
            let message = error_message(response).await;
            return Err(PlatformError::Invalid(format!(
                "authentication failed: CloudTower refused the login of user {:?} ({status}): {message}",
                self.secret.username
            )));
        }
        let login: Login = read_json("login", response).await?;
        if login.data.token.is_empty() {
            return Err(PlatformError::Unavailable(
                "CloudTower answered the login with an empty token".to_owned(),
            ));
        }
        *kept = Some(login.data.token.clone());
        Ok(login.data.token)
    }

    /// Drops `token` if it is still the kept one (another call may have renewed it already).
    async fn forget(&self, token: &str) {
        let mut kept = self.token.lock().await;
        if kept.as_deref() == Some(token) {
            *kept = None;
        }
    }

    /// A query (`get-…`): retried on transient statuses, answered as `T`.
    pub async fn query<T: DeserializeOwned>(&self, op: &str, body: &Value) -> Result<T, PlatformError> {
        let mut backoff = FIRST_BACKOFF;
        let mut attempt = 1;
        loop {
            match self.call(op, body).await {
                Err(failed) if failed.transient && attempt < QUERY_ATTEMPTS => {
                    tracing::debug!(
                        op,
                        attempt,
                        "transient answer; retrying after {} ms",
                        backoff.as_millis()
                    );
                    tokio::time::sleep(backoff).await;
                    backoff *= 2;
                    attempt += 1;
                }
                other => return other.map_err(|failed| failed.error),
            }
        }
    }

    /// A change (create, delete, update): sent once, answered as `T`.
    pub async fn change<T: DeserializeOwned>(&self, op: &str, body: &Value) -> Result<T, PlatformError> {
        self.call(op, body).await.map_err(|failed| failed.error)
    }

    /// Sends `op` with the token; a 401 logs in again and sends it once more. The answer is judged
    /// by [`judge`] and read as `T`.
    async fn call<T: DeserializeOwned>(&self, op: &str, body: &Value) -> Result<T, Failed> {
        let request = self.request(op, body);
        let mut renewed = false;
        loop {
            let token = self.token().await?;
            let attempt = request.clone().header("Authorization", token.clone());
            let response = self.http.send("CloudTower", &attempt).await?;
            if response.status() != StatusCode::UNAUTHORIZED {
                let response = judge(&attempt, response).await?;
                return Ok(read_json(op, response).await?);
            }
            if renewed {
                return Err(PlatformError::Invalid(format!(
                    "authentication failed: CloudTower refused a fresh token (401) for {}",
                    attempt.describe()
                ))
                .into());
            }
            tracing::debug!(op, "token refused (401); logging in again");
            self.forget(&token).await;
            renewed = true;
        }
    }
}

/// A failed call, and whether another try may succeed (429, 502, 503, 504).
#[derive(Debug)]
struct Failed {
    error: PlatformError,
    transient: bool,
}

impl From<PlatformError> for Failed {
    fn from(error: PlatformError) -> Self {
        Self {
            error,
            transient: false,
        }
    }
}

/// Judges an answer: 2xx passes; 404 is `NotFound`; 429, 502, 503, 504 are `Unavailable` and
/// transient, any other 5xx `Unavailable`; a 400 `ResourceLocked` (the object is busy with another
/// task) is `Unavailable`; any other status is `Invalid` with CloudTower's message.
async fn judge(request: &Request, response: Response) -> Result<Response, Failed> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let what = request.describe();
    if matches!(status.as_u16(), 429 | 502 | 503 | 504) {
        return Err(Failed {
            error: PlatformError::Unavailable(format!("CloudTower answered {status} to {what}")),
            transient: true,
        });
    }
    let (message, code) = error_body(response).await;
    let error = if status == StatusCode::NOT_FOUND {
        PlatformError::NotFound(format!("CloudTower answered 404 to {what}: {message}"))
    } else if status.is_server_error() {
        PlatformError::Unavailable(format!("CloudTower answered {status} to {what}: {message}"))
    } else if code.as_deref() == Some("ResourceLocked") {
        PlatformError::Unavailable(format!("CloudTower is busy with the object ({what}): {message}"))
    } else {
        PlatformError::Invalid(format!("CloudTower rejected {what} ({status}): {message}"))
    };
    Err(error.into())
}

/// The message and code of an error answer, its start only, on one line.
async fn error_body(response: Response) -> (String, Option<String>) {
    let text = response.text().await.unwrap_or_default();
    let (message, code) = match serde_json::from_str::<ErrorBody>(&text) {
        Ok(body) => (body.message, body.code),
        Err(_) => (text, None),
    };
    let message: String = message
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(200)
        .collect();
    (message, code)
}

async fn error_message(response: Response) -> String {
    error_body(response).await.0
}

/// Reads a JSON answer; a body that is not the expected JSON is `Unavailable`, described by its
/// position only.
async fn read_json<T: DeserializeOwned>(op: &str, response: Response) -> Result<T, PlatformError> {
    let bytes = response
        .bytes()
        .await
        .map_err(|_| PlatformError::Unavailable(format!("CloudTower's answer to {op} broke off")))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        PlatformError::Unavailable(format!(
            "CloudTower answered {op} with a malformed body ({:?} error at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_base_appends_the_api_path_once() {
        assert_eq!(api_base("https://tower.example"), "https://tower.example/v2/api");
        assert_eq!(api_base("https://tower.example/"), "https://tower.example/v2/api");
        assert_eq!(
            api_base(" https://tower.example/v2/api/ "),
            "https://tower.example/v2/api"
        );
        assert_eq!(api_base("http://10.0.0.5:8080/v2/api"), "http://10.0.0.5:8080/v2/api");
    }
}
