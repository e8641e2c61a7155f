//! One platform's identity and endpoints: requests leave here with a token (or the noauth identity
//! headers), a refused token is replaced once, and answers are judged by their status.

use std::sync::Arc;

use reqwest::{Response, StatusCode};
use serde::de::DeserializeOwned;

use super::keystone::Keystone;
use super::secret::{Auth, Secret, normalize_auth_url};
use crate::platform::PlatformError;
use crate::platform::http::{Http, Request};

/// The OpenStack services the driver talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// Glance.
    Image,
    /// Nova.
    Compute,
}

impl Service {
    fn name(self) -> &'static str {
        match self {
            Self::Image => "Glance",
            Self::Compute => "Nova",
        }
    }

    fn catalog_type(self) -> &'static str {
        match self {
            Self::Image => "image",
            Self::Compute => "compute",
        }
    }
}

/// Identity, endpoints and the shared client of one platform.
#[derive(Debug)]
pub struct Session {
    http: Arc<Http>,
    keystone: Option<Keystone>,
    noauth: Option<(String, String)>,
    /// Glance's URL, or `None` to find it in the catalogue.
    glance: Option<String>,
    nova: Option<String>,
    interface: String,
    region: Option<String>,
}

/// Glance's base URL without a trailing `/` or `/v2`.
fn glance_base(url: &str) -> String {
    let trimmed = url.trim().trim_end_matches('/');
    trimmed.strip_suffix("/v2").unwrap_or(trimmed).to_owned()
}

impl Session {
    /// The session for `endpoint` (Glance's URL; Keystone's URL to find Glance in the catalogue).
    pub fn new(http: Arc<Http>, endpoint: &str, secret: &Secret) -> Self {
        let glance = match &secret.auth {
            Auth::Password { auth_url, .. } | Auth::AppCredential { auth_url, .. }
                if normalize_auth_url(endpoint) == *auth_url =>
            {
                None
            }
            _ => Some(glance_base(endpoint)),
        };
        let noauth = match &secret.auth {
            Auth::NoAuth { project, roles } => Some((project.clone(), roles.join(","))),
            _ => None,
        };
        Self {
            keystone: Keystone::new(Arc::clone(&http), &secret.auth),
            http,
            noauth,
            glance,
            nova: secret.nova_url.as_deref().map(|u| u.trim_end_matches('/').to_owned()),
            interface: secret.interface.clone(),
            region: secret.region.clone(),
        }
    }

    /// Requests sent by this platform's client so far.
    pub fn requests(&self) -> u64 {
        self.http.requests()
    }

    /// The project the secret acts in (noauth project or the token's scope).
    pub async fn own_project(&self) -> Result<Option<String>, PlatformError> {
        match (&self.noauth, &self.keystone) {
            (Some((project, _)), _) => Ok(Some(project.clone())),
            (None, Some(keystone)) => Ok(keystone.token(None).await?.project_id.clone()),
            (None, None) => Ok(None),
        }
    }

    /// Whether the caller holds the admin role.
    pub async fn is_admin(&self) -> Result<bool, PlatformError> {
        match (&self.noauth, &self.keystone) {
            (Some((_, roles)), _) => Ok(roles.split(',').any(|r| r == "admin")),
            (None, Some(keystone)) => Ok(keystone.token(None).await?.is_admin),
            (None, None) => Ok(false),
        }
    }

    /// The base URL of a service: given outright, or from the token's catalogue.
    pub async fn base(&self, service: Service) -> Result<String, PlatformError> {
        let given = match service {
            Service::Image => self.glance.clone(),
            Service::Compute => self.nova.clone(),
        };
        if let Some(url) = given {
            return Ok(url);
        }
        let no_endpoint = || {
            let region = self.region.as_deref().unwrap_or("any region");
            let hint = match service {
                Service::Image => "",
                Service::Compute => " and the secret gives no \"nova_url\"",
            };
            PlatformError::Unavailable(format!(
                "no {} endpoint: the catalogue lists none for interface {} in {region}{hint}",
                service.catalog_type(),
                self.interface
            ))
        };
        let Some(keystone) = &self.keystone else {
            return Err(no_endpoint());
        };
        let token = keystone.token(None).await?;
        let url = token
            .endpoint(service.catalog_type(), &self.interface, self.region.as_deref())
            .ok_or_else(no_endpoint)?;
        Ok(match service {
            Service::Image => glance_base(&url),
            Service::Compute => url,
        })
    }

    /// Sends `request` as the platform's identity (in `project` when given, else its own scope);
    /// a 401 drops the token and tries once more with a fresh one. The answer's status is checked:
    /// see [`check`].
    pub async fn call(
        &self,
        service: Service,
        project: Option<&str>,
        request: Request,
    ) -> Result<Response, PlatformError> {
        let name = service.name();
        let Some(keystone) = &self.keystone else {
            let (own, roles) = self.noauth.clone().unwrap_or_default();
            let request = request
                .header("X-Identity-Status", "Confirmed")
                .header("X-Project-Id", project.map_or(own, str::to_owned))
                .header("X-Roles", roles);
            let response = self.http.send(name, &request).await?;
            if response.status() == StatusCode::UNAUTHORIZED {
                return Err(PlatformError::Invalid(format!(
                    "authentication failed: {name} refused the noauth identity headers (401); does it \
                     validate tokens with Keystone?"
                )));
            }
            return check(name, &request, response).await;
        };
        let mut renewed = false;
        loop {
            let token = keystone.token(project).await?;
            let attempt = request.clone().header("X-Auth-Token", token.value.clone());
            let response = self.http.send(name, &attempt).await?;
            if response.status() != StatusCode::UNAUTHORIZED {
                return check(name, &attempt, response).await;
            }
            if renewed {
                return Err(PlatformError::Invalid(format!(
                    "authentication failed: {name} refused a fresh Keystone token (401) for {}",
                    attempt.describe()
                )));
            }
            tracing::debug!(service = name, "token refused (401); authenticating again");
            keystone.forget(&token).await;
            renewed = true;
        }
    }
}

/// Judges an answer: 2xx passes; 404 is `NotFound`; 403 is `Invalid` (the account may not);
/// 5xx and 429 are `Unavailable`; any other status is `Invalid` with the start of the body.
pub async fn check(service: &str, request: &Request, response: Response) -> Result<Response, PlatformError> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let what = request.describe();
    if status == StatusCode::NOT_FOUND {
        return Err(PlatformError::NotFound(format!("{service} has no {what}")));
    }
    if status.is_server_error() || status == StatusCode::TOO_MANY_REQUESTS {
        return Err(PlatformError::Unavailable(format!(
            "{service} answered {status} to {what}"
        )));
    }
    let body = response.text().await.unwrap_or_default();
    let excerpt: String = body
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(200)
        .collect();
    if status == StatusCode::FORBIDDEN {
        return Err(PlatformError::Invalid(format!(
            "{service} refused {what} (403 Forbidden): {excerpt}"
        )));
    }
    Err(PlatformError::Invalid(format!(
        "{service} rejected {what} ({status}): {excerpt}"
    )))
}

/// Reads a JSON answer; a body that is not the expected JSON is `Unavailable`, described by its
/// position only.
pub async fn read_json<T: DeserializeOwned>(
    service: Service,
    what: &str,
    response: Response,
) -> Result<T, PlatformError> {
    let name = service.name();
    let bytes = response
        .bytes()
        .await
        .map_err(|_| PlatformError::Unavailable(format!("{name}'s answer to {what} broke off")))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        PlatformError::Unavailable(format!(
            "{name} answered {what} with a malformed body ({:?} error at line {}, column {})",
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
    fn glance_base_drops_version_and_slash() {
        assert_eq!(glance_base("http://g:9292/"), "http://g:9292");
        assert_eq!(glance_base("http://g:9292/v2/"), "http://g:9292");
        assert_eq!(glance_base("https://cloud/image"), "https://cloud/image");
    }
}
