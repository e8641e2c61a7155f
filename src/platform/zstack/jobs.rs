//! ZStack's asynchronous calls: the call answers 202 with `{"location": ".../v1/api-jobs/<id>"}`;
//! `GET` on it answers 202 while the job runs, then 200 with the answer's fields or 503 with
//! `{"error": …}`, and 404 once the job has expired (RestServer.handleJobQuery).
//!
//! The location is read against the platform's own base URL (a management node may name itself
//! by an address the driver does not use, as the vendor's SDK also allows for), polled at growing
//! intervals, and given up after a bound derived from the request timeout.

use std::future::Future;
use std::time::{Duration, Instant};

use reqwest::{Method, StatusCode};

use super::session::{Outcome, SERVICE, read};
use crate::platform::PlatformError;
use crate::platform::http::{Http, Request};

/// The first pause between polls; doubled up to [`MAX_INTERVAL`].
const FIRST_INTERVAL: Duration = Duration::from_millis(50);
/// The longest pause between polls.
const MAX_INTERVAL: Duration = Duration::from_secs(1);

/// What polling needs.
pub struct Poll<'a> {
    /// The shared client.
    pub http: &'a Http,
    /// The API's base URL (`…/zstack`).
    pub base: &'a str,
    /// How long a job may take.
    pub bound: Duration,
}

/// The job's path below the context path (`/v1/api-jobs/<id>`), from its location.
pub fn job_path(location: &str) -> Option<String> {
    let at = location.find("/v1/api-jobs/")?;
    let path = &location[at..];
    let id = path.trim_start_matches("/v1/api-jobs/");
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')).then(|| path.to_owned())
}

impl Poll<'_> {
    /// Polls the job at `location` until it ends or the bound passes; `authorize` adds the
    /// credentials to each poll (given the request and the signed path).
    pub async fn wait<F, Fut>(&self, location: &str, what: &str, authorize: F) -> Result<Outcome, PlatformError>
    where
        F: Fn(Request, String) -> Fut,
        Fut: Future<Output = Result<Request, PlatformError>>,
    {
        let path = job_path(location).ok_or_else(|| {
            PlatformError::Unavailable(format!("{SERVICE} gave {what} a job location it cannot be polled at"))
        })?;
        let url = format!("{}{path}", self.base);
        let started = Instant::now();
        let mut interval = FIRST_INTERVAL;
        loop {
            let request = authorize(Request::new(Method::GET, url.clone()), path.clone()).await?;
            let response = self.http.send(SERVICE, &request).await?;
            match response.status() {
                StatusCode::ACCEPTED => {}
                StatusCode::NOT_FOUND => {
                    return Err(PlatformError::Unavailable(format!(
                        "{SERVICE} lost the job of {what} (it expired before it was read)"
                    )));
                }
                _ => return read(&request, response).await,
            }
            if started.elapsed() + interval > self.bound {
                return Err(PlatformError::Unavailable(format!(
                    "{SERVICE} did not finish {what} within {} s; it may still finish on the platform",
                    self.bound.as_secs()
                )));
            }
            tokio::time::sleep(interval).await;
            interval = (interval * 2).min(MAX_INTERVAL);
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU64, Ordering};

    use axum::extract::State;
    use axum::http::StatusCode as Status;
    use serde_json::json;

    use super::*;

    /// A server whose job runs for `polls` polls, then ends with `end`.
    async fn server(polls: u64, end: (u16, serde_json::Value)) -> (String, Arc<AtomicU64>) {
        let seen = Arc::new(AtomicU64::new(0));
        let app = axum::Router::new()
            .route(
                "/zstack/v1/api-jobs/{id}",
                axum::routing::get(move |State(seen): State<Arc<AtomicU64>>| {
                    let end = end.clone();
                    async move {
                        if seen.fetch_add(1, Ordering::SeqCst) < polls {
                            return (Status::ACCEPTED, axum::Json(json!({})));
                        }
                        (Status::from_u16(end.0).unwrap(), axum::Json(end.1))
                    }
                }),
            )
            .with_state(Arc::clone(&seen));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/zstack", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        (url, seen)
    }

    async fn wait(base: &str, bound: Duration) -> Result<Outcome, PlatformError> {
        let http = Http::new(Duration::from_secs(5), None).unwrap();
        let poll = Poll {
            http: &http,
            base,
            bound,
        };
        // The location names another host (a management node's own address): the path is kept.
        poll.wait(
            "http://10.0.0.9:8080/zstack/v1/api-jobs/abc123",
            "a test job",
            |r, _| async move { Ok(r) },
        )
        .await
    }

    #[tokio::test]
    async fn a_job_is_polled_until_it_ends() {
        let (base, seen) = server(3, (200, json!({"inventory": {"uuid": "u"}}))).await;
        match wait(&base, Duration::from_secs(10)).await.unwrap() {
            Outcome::Done(v) => assert_eq!(v["inventory"]["uuid"], "u"),
            Outcome::Failed(f) => panic!("{f:?}"),
        }
        assert_eq!(seen.load(Ordering::SeqCst), 4);
        let failed = json!({"error": {"code": "SYS.1006", "description": "An operation failed", "details": "boom"}});
        let (base, _) = server(1, (503, failed)).await;
        // 503 is retried by the shared client like any transient status, then read as the job's end.
        match wait(&base, Duration::from_secs(10)).await.unwrap() {
            Outcome::Failed(f) => assert_eq!((f.code.as_str(), f.details.as_str()), ("SYS.1006", "boom")),
            Outcome::Done(v) => panic!("{v}"),
        }
    }

    #[tokio::test]
    async fn a_job_that_runs_too_long_is_given_up() {
        let (base, _) = server(u64::MAX, (200, json!({}))).await;
        let started = Instant::now();
        let err = wait(&base, Duration::from_millis(300)).await.err().unwrap();
        assert!(
            matches!(&err, PlatformError::Unavailable(m) if m.contains("did not finish")),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(3));
    }

    #[test]
    fn job_paths_are_read_from_any_host() {
        assert_eq!(
            job_path("http://10.0.0.5:8080/zstack/v1/api-jobs/0a1b2c").as_deref(),
            Some("/v1/api-jobs/0a1b2c")
        );
        assert_eq!(job_path("http://x/zstack/v1/api-jobs/"), None);
        assert_eq!(job_path("http://x/zstack/v1/api-jobs/a?b=c"), None);
        assert_eq!(job_path("nonsense"), None);
    }
}
