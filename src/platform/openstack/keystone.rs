//! Keystone v3: tokens by password or application credential, cached per project scope and
//! renewed before they expire (or when a service refuses them), and the token's catalogue.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde_json::json;

use super::secret::{Auth, ProjectScope};
use crate::platform::PlatformError;
use crate::platform::http::{Http, Request};

/// A token and what Keystone said with it.
pub struct Token {
    /// The `X-Subject-Token` value (never logged).
    pub value: String,
    /// When Keystone issued it.
    pub issued_at: DateTime<Utc>,
    /// When it stops working.
    pub expires_at: DateTime<Utc>,
    /// The project it is scoped to.
    pub project_id: Option<String>,
    /// Whether it carries the `admin` role (Nova then lists every project's servers).
    pub is_admin: bool,
    /// The service catalogue.
    pub catalog: Vec<CatalogService>,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("expires_at", &self.expires_at)
            .field("project_id", &self.project_id)
            .finish_non_exhaustive()
    }
}

/// One service of the catalogue.
#[derive(Debug, Clone, Deserialize)]
pub struct CatalogService {
    /// `image`, `compute`, …
    #[serde(rename = "type")]
    pub kind: String,
    /// Its endpoints.
    #[serde(default)]
    pub endpoints: Vec<CatalogEndpoint>,
}

/// One endpoint of a catalogue service.
#[derive(Debug, Clone, Deserialize)]
pub struct CatalogEndpoint {
    /// `public`, `internal` or `admin`.
    pub interface: String,
    /// Region id (Keystone sends both `region_id` and the older `region`).
    #[serde(default)]
    pub region_id: Option<String>,
    /// Older spelling of the region.
    #[serde(default)]
    pub region: Option<String>,
    /// The URL.
    pub url: String,
}

impl Token {
    /// Whether the token should be replaced before use at `now`: a margin of a tenth of its
    /// lifetime, at most five minutes, so that a request never leaves with a token about to lapse.
    pub fn needs_renewal(&self, now: DateTime<Utc>) -> bool {
        let lifetime = self.expires_at - self.issued_at;
        let margin = (lifetime / 10).min(Duration::minutes(5)).max(Duration::zero());
        now + margin >= self.expires_at
    }

    /// The URL of a service in the catalogue, by interface and (when given) region.
    pub fn endpoint(&self, service: &str, interface: &str, region: Option<&str>) -> Option<String> {
        self.catalog
            .iter()
            .filter(|s| s.kind == service)
            .flat_map(|s| s.endpoints.iter())
            .find(|e| {
                e.interface == interface
                    && region.is_none_or(|r| e.region_id.as_deref() == Some(r) || e.region.as_deref() == Some(r))
            })
            .map(|e| e.url.trim_end_matches('/').to_owned())
    }
}

#[derive(Deserialize)]
struct TokenBody {
    token: TokenFields,
}

#[derive(Deserialize)]
struct TokenFields {
    issued_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    #[serde(default)]
    project: Option<Named>,
    #[serde(default)]
    roles: Vec<Named>,
    #[serde(default)]
    catalog: Vec<CatalogService>,
}

#[derive(Deserialize)]
struct Named {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
}

/// Tokens of one set of Keystone credentials, per project scope (`None` = the secret's own).
#[derive(Debug)]
pub struct Keystone {
    http: Arc<Http>,
    auth: KeystoneAuth,
    tokens: tokio::sync::Mutex<HashMap<Option<String>, Arc<Token>>>,
}

/// The credentials, without the noauth case.
#[derive(Clone)]
struct KeystoneAuth(Auth);

impl std::fmt::Debug for KeystoneAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeystoneAuth(..)")
    }
}

impl Keystone {
    /// For password or application-credential auth; `None` for noauth.
    pub fn new(http: Arc<Http>, auth: &Auth) -> Option<Self> {
        match auth {
            Auth::NoAuth { .. } => None,
            _ => Some(Self {
                http,
                auth: KeystoneAuth(auth.clone()),
                tokens: tokio::sync::Mutex::new(HashMap::new()),
            }),
        }
    }

    /// A valid token for `project` (`None`: the secret's own scope), from the cache when fresh.
    pub async fn token(&self, project: Option<&str>) -> Result<Arc<Token>, PlatformError> {
        let key = project.map(str::to_owned);
        let mut tokens = self.tokens.lock().await;
        if let Some(token) = tokens.get(&key)
            && !token.needs_renewal(Utc::now())
        {
            return Ok(Arc::clone(token));
        }
        let token = Arc::new(self.authenticate(project).await?);
        tokens.insert(key, Arc::clone(&token));
        Ok(token)
    }

    /// Drops `stale` (a service refused it) so that the next [`Self::token`] fetches a new one.
    pub async fn forget(&self, stale: &Token) {
        self.tokens.lock().await.retain(|_, t| t.value != stale.value);
    }

    async fn authenticate(&self, project: Option<&str>) -> Result<Token, PlatformError> {
        let (auth_url, body) = self.auth_request(project)?;
        let request = Request::new(Method::POST, format!("{auth_url}/auth/tokens")).json(&body);
        let response = self.http.send("Keystone", &request).await?;
        let status = response.status();
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN || status == StatusCode::NOT_FOUND {
            return Err(PlatformError::Invalid(format!(
                "authentication failed: Keystone refused the credentials ({status})"
            )));
        }
        if !status.is_success() {
            return Err(PlatformError::Unavailable(format!(
                "Keystone answered {status} to {}",
                request.describe()
            )));
        }
        let value = response
            .headers()
            .get("x-subject-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .ok_or_else(|| PlatformError::Unavailable("Keystone issued no X-Subject-Token".to_owned()))?;
        let body: TokenBody = response
            .json()
            .await
            .map_err(|_| PlatformError::Unavailable("Keystone answered with a malformed token body".to_owned()))?;
        let fields = body.token;
        tracing::debug!(expires_at = %fields.expires_at, "obtained a Keystone token");
        Ok(Token {
            value,
            issued_at: fields.issued_at,
            expires_at: fields.expires_at,
            project_id: fields.project.and_then(|p| p.id),
            is_admin: fields.roles.iter().any(|r| r.name.as_deref() == Some("admin")),
            catalog: fields.catalog,
        })
    }

    /// Keystone's URL and the body of `POST /v3/auth/tokens`.
    fn auth_request(&self, project: Option<&str>) -> Result<(&str, serde_json::Value), PlatformError> {
        match &self.auth.0 {
            Auth::Password {
                auth_url,
                username,
                password,
                user_domain_name,
                project: own,
            } => {
                let scope = match (project, own) {
                    (Some(id), _) => json!({"project": {"id": id}}),
                    (None, ProjectScope::Id(id)) => json!({"project": {"id": id}}),
                    (None, ProjectScope::Name { name, domain }) => {
                        json!({"project": {"name": name, "domain": {"name": domain}}})
                    }
                };
                let body = json!({"auth": {
                    "identity": {"methods": ["password"], "password": {"user": {
                        "name": username, "domain": {"name": user_domain_name}, "password": password}}},
                    "scope": scope}});
                Ok((auth_url, body))
            }
            Auth::AppCredential { auth_url, id, secret } => {
                if project.is_some() {
                    return Err(PlatformError::Unsupported(
                        "an application credential is bound to its own project; use a password secret to act \
                         in other projects"
                            .to_owned(),
                    ));
                }
                let body = json!({"auth": {"identity": {"methods": ["application_credential"],
                    "application_credential": {"id": id, "secret": secret}}}});
                Ok((auth_url, body))
            }
            Auth::NoAuth { .. } => Err(PlatformError::Invalid("no Keystone in a noauth secret".to_owned())),
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn token(issued: &str, expires: &str) -> Token {
        Token {
            value: "t".into(),
            issued_at: issued.parse().unwrap(),
            expires_at: expires.parse().unwrap(),
            project_id: None,
            is_admin: false,
            catalog: serde_json::from_value(serde_json::json!([
                {"type": "image", "endpoints": [
                    {"interface": "public", "region_id": "R1", "url": "http://g1/"},
                    {"interface": "internal", "region_id": "R1", "url": "http://g1-int"},
                    {"interface": "public", "region": "R2", "url": "http://g2"}]},
                {"type": "compute", "endpoints": [{"interface": "public", "region_id": "R1", "url": "http://n/v2.1"}]}
            ]))
            .unwrap(),
        }
    }

    #[test]
    fn renews_a_tenth_of_the_lifetime_before_expiry_at_most_five_minutes() {
        let hour = token("2030-01-01T00:00:00Z", "2030-01-01T01:00:00Z");
        assert!(!hour.needs_renewal("2030-01-01T00:54:59Z".parse().unwrap()));
        assert!(hour.needs_renewal("2030-01-01T00:55:00Z".parse().unwrap()));
        let short = token("2030-01-01T00:00:00Z", "2030-01-01T00:01:40Z");
        assert!(!short.needs_renewal("2030-01-01T00:01:29Z".parse().unwrap()));
        assert!(short.needs_renewal("2030-01-01T00:01:30Z".parse().unwrap()));
        assert!(short.needs_renewal("2031-01-01T00:00:00Z".parse().unwrap()));
    }

    #[test]
    fn catalogue_lookup_by_interface_and_region() {
        let t = token("2030-01-01T00:00:00Z", "2030-01-01T01:00:00Z");
        assert_eq!(t.endpoint("image", "public", None).as_deref(), Some("http://g1"));
        assert_eq!(
            t.endpoint("image", "internal", Some("R1")).as_deref(),
            Some("http://g1-int")
        );
        assert_eq!(t.endpoint("image", "public", Some("R2")).as_deref(), Some("http://g2"));
        assert_eq!(t.endpoint("image", "admin", None), None);
        assert_eq!(t.endpoint("compute", "public", Some("R2")), None);
        assert_eq!(
            t.endpoint("compute", "public", Some("R1")).as_deref(),
            Some("http://n/v2.1")
        );
    }
}
