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
mod tests {
    use super::*;

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
