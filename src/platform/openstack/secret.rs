//! The platform's secret: a JSON document in the spirit of `clouds.yaml`.
//!
//! ```json
//! {"auth_url": "https://keystone:5000/v3", "username": "…", "password": "…", "project_name": "…",
//!  "user_domain_name": "Default", "project_domain_name": "Default"}
//! {"auth_url": "…", "application_credential_id": "…", "application_credential_secret": "…"}
//! {"noauth": {"project": "…", "roles": ["admin"]}}
//! ```
//!
//! Optional everywhere: `nova_url` (where the catalogue cannot give the compute endpoint),
//! `region`, `interface` (`public` by default), `flavor` (the flavor id new servers get; otherwise
//! the smallest one), and with a password `project_id` instead of `project_name`.
//!
//! Parsing never echoes a value: a wrong document is described by the field it lacks, not by what
//! it holds, since what it holds may be a password.

use serde_json::{Map, Value};

use crate::platform::PlatformError;

/// How the driver proves who it is.
#[derive(Clone)]
pub enum Auth {
    /// Keystone v3 with a password, scoped to a project.
    Password {
        /// Keystone's URL, ending in `/v3`.
        auth_url: String,
        /// User name.
        username: String,
        /// Password (never logged, never in an error).
        password: String,
        /// The user's domain name (`Default` when not given).
        user_domain_name: String,
        /// The project to scope the token to.
        project: ProjectScope,
    },
    /// Keystone v3 with an application credential (scoped by the credential itself).
    AppCredential {
        /// Keystone's URL, ending in `/v3`.
        auth_url: String,
        /// The credential's id.
        id: String,
        /// The credential's secret (never logged, never in an error).
        secret: String,
    },
    /// No Keystone: the identity headers a Glance without authtoken trusts.
    NoAuth {
        /// `X-Project-Id`.
        project: String,
        /// `X-Roles`.
        roles: Vec<String>,
    },
}

/// The project a password token is scoped to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProjectScope {
    /// By id.
    Id(String),
    /// By name within a domain (by name).
    Name {
        /// Project name.
        name: String,
        /// Its domain's name.
        domain: String,
    },
}

/// The parsed secret.
#[derive(Clone)]
pub struct Secret {
    /// How to authenticate.
    pub auth: Auth,
    /// The compute endpoint when given outright.
    pub nova_url: Option<String>,
    /// The catalogue region to pick endpoints from (any region when `None`).
    pub region: Option<String>,
    /// The catalogue interface to pick endpoints from.
    pub interface: String,
    /// The flavor new servers get.
    pub flavor: Option<String>,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let method = match &self.auth {
            Auth::Password { .. } => "password",
            Auth::AppCredential { .. } => "application_credential",
            Auth::NoAuth { .. } => "noauth",
        };
        f.debug_struct("Secret")
            .field("auth", &method)
            .field("nova_url", &self.nova_url)
            .field("region", &self.region)
            .field("interface", &self.interface)
            .finish_non_exhaustive()
    }
}

impl Secret {
    /// Parses the decrypted secret. `None` (no secret stored) is refused: an OpenStack platform
    /// needs credentials or an explicit `noauth`.
    pub fn parse(secret: Option<&str>) -> Result<Self, PlatformError> {
        let text = secret.map(str::trim).filter(|s| !s.is_empty()).ok_or_else(|| {
            invalid("an OpenStack platform needs a secret: Keystone credentials or {\"noauth\": {…}}")
        })?;
        // A syntax error names a line and column only, never the text.
        let value: Value = serde_json::from_str(text).map_err(|e| {
            invalid(format!(
                "the secret is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        })?;
        let Value::Object(doc) = value else {
            return Err(invalid("the secret must be a JSON object"));
        };
        let auth = if let Some(noauth) = doc.get("noauth") {
            parse_noauth(noauth)?
        } else {
            parse_keystone(&doc)?
        };
        let interface = optional(&doc, "interface")?.unwrap_or_else(|| "public".to_owned());
        if !matches!(interface.as_str(), "public" | "internal" | "admin") {
            return Err(invalid("the secret's \"interface\" must be public, internal or admin"));
        }
        let nova_url = optional(&doc, "nova_url")?;
        if let Some(url) = &nova_url {
            check_http_url("nova_url", url)?;
        }
        Ok(Self {
            auth,
            nova_url,
            region: optional(&doc, "region")?,
            interface,
            flavor: optional(&doc, "flavor")?,
        })
    }

    /// The strings that must never appear in a message: the password or credential secret.
    pub fn sensitive(&self) -> Vec<String> {
        match &self.auth {
            Auth::Password { password, .. } => vec![password.clone()],
            Auth::AppCredential { secret, .. } => vec![secret.clone()],
            Auth::NoAuth { .. } => Vec::new(),
        }
    }
}

fn invalid(message: impl Into<String>) -> PlatformError {
    PlatformError::Invalid(message.into())
}

fn optional(doc: &Map<String, Value>, field: &str) -> Result<Option<String>, PlatformError> {
    match doc.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(invalid(format!("the secret's {field:?} must be a string"))),
    }
}

fn required(doc: &Map<String, Value>, field: &str) -> Result<String, PlatformError> {
    optional(doc, field)?.ok_or_else(|| invalid(format!("the secret lacks {field:?}")))
}

fn check_http_url(field: &str, url: &str) -> Result<(), PlatformError> {
    match url::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        _ => Err(invalid(format!("the secret's {field:?} must be an http(s) URL"))),
    }
}

/// Keystone's URL with its version: `http://ks:5000` and `http://ks:5000/v3/` both become
/// `http://ks:5000/v3`.
pub fn normalize_auth_url(url: &str) -> String {
    let trimmed = url.trim().trim_end_matches('/');
    if trimmed.ends_with("/v3") {
        trimmed.to_owned()
    } else {
        format!("{trimmed}/v3")
    }
}

fn parse_keystone(doc: &Map<String, Value>) -> Result<Auth, PlatformError> {
    let auth_url = optional(doc, "auth_url")?
        .ok_or_else(|| invalid("the secret lacks \"auth_url\" (Keystone) and has no \"noauth\" section"))?;
    check_http_url("auth_url", &auth_url)?;
    let auth_url = normalize_auth_url(&auth_url);
    if let Some(id) = optional(doc, "application_credential_id")? {
        return Ok(Auth::AppCredential {
            auth_url,
            id,
            secret: required(doc, "application_credential_secret")?,
        });
    }
    let username = required(doc, "username")?;
    let password = required(doc, "password")?;
    let project = match optional(doc, "project_id")? {
        Some(id) => ProjectScope::Id(id),
        None => ProjectScope::Name {
            name: required(doc, "project_name")?,
            domain: optional(doc, "project_domain_name")?.unwrap_or_else(|| "Default".to_owned()),
        },
    };
    Ok(Auth::Password {
        auth_url,
        username,
        password,
        user_domain_name: optional(doc, "user_domain_name")?.unwrap_or_else(|| "Default".to_owned()),
        project,
    })
}

fn parse_noauth(value: &Value) -> Result<Auth, PlatformError> {
    let Value::Object(section) = value else {
        return Err(invalid(
            "the secret's \"noauth\" must be an object {\"project\": …, \"roles\": […]}",
        ));
    };
    let project = optional(section, "project")?.ok_or_else(|| invalid("the secret's \"noauth\" lacks \"project\""))?;
    let roles = match section.get("roles") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|r| r.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| invalid("the secret's \"noauth\".\"roles\" must be a list of strings"))?,
        Some(_) => return Err(invalid("the secret's \"noauth\".\"roles\" must be a list of strings")),
    };
    Ok(Auth::NoAuth { project, roles })
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn message(e: PlatformError) -> String {
        e.to_string()
    }

    #[test]
    fn parses_password_with_defaults() {
        let s = Secret::parse(Some(
            r#"{"auth_url":"http://ks:5000","username":"u","password":"pw","project_name":"p"}"#,
        ))
        .unwrap();
        let Auth::Password {
            auth_url,
            user_domain_name,
            project,
            ..
        } = &s.auth
        else {
            panic!("password expected");
        };
        assert_eq!(auth_url, "http://ks:5000/v3");
        assert_eq!(user_domain_name, "Default");
        assert_eq!(
            project,
            &ProjectScope::Name {
                name: "p".into(),
                domain: "Default".into()
            }
        );
        assert_eq!(s.interface, "public");
        assert_eq!(s.sensitive(), vec!["pw".to_owned()]);
    }

    #[test]
    fn parses_app_credential_and_noauth() {
        let s = Secret::parse(Some(
            r#"{"auth_url":"https://ks/v3/","application_credential_id":"i","application_credential_secret":"x","region":"R2","nova_url":"http://nova/v2.1"}"#,
        ))
        .unwrap();
        assert!(matches!(&s.auth, Auth::AppCredential { auth_url, .. } if auth_url == "https://ks/v3"));
        assert_eq!(s.region.as_deref(), Some("R2"));
        let s = Secret::parse(Some(r#"{"noauth":{"project":"p1","roles":["admin","member"]}}"#)).unwrap();
        assert!(matches!(&s.auth, Auth::NoAuth { project, roles } if project == "p1" && roles.len() == 2));
        assert!(s.sensitive().is_empty());
    }

    #[test]
    fn refusals_never_echo_values() {
        let cases = [
            (None, "needs a secret"),
            (Some("{\"password\": \"hunter2\""), "not valid JSON"),
            (Some("[\"hunter2\"]"), "JSON object"),
            (Some(r#"{"username":"u","password":"hunter2"}"#), "auth_url"),
            (
                Some(r#"{"auth_url":"http://k","username":"u","password":"hunter2"}"#),
                "project_name",
            ),
            (
                Some(r#"{"auth_url":"http://k","username":"u","password":["hunter2"]}"#),
                "must be a string",
            ),
            (
                Some(r#"{"auth_url":"hunter2","username":"u","password":"p","project_name":"x"}"#),
                "http(s) URL",
            ),
            (
                Some(r#"{"auth_url":"http://k","application_credential_id":"hunter2"}"#),
                "application_credential_secret",
            ),
            (Some(r#"{"noauth":{"roles":["hunter2"]}}"#), "lacks \"project\""),
            (Some(r#"{"noauth":{"project":"p"},"interface":"hunter2"}"#), "interface"),
        ];
        for (secret, expected) in cases {
            let m = message(Secret::parse(secret).unwrap_err());
            assert!(m.contains(expected), "{m}");
            assert!(!m.contains("hunter2"), "{m}");
        }
    }

    #[test]
    fn debug_hides_credentials() {
        let s = Secret::parse(Some(
            r#"{"auth_url":"http://k","username":"u","password":"hunter2","project_name":"x"}"#,
        ))
        .unwrap();
        assert!(!format!("{s:?}").contains("hunter2"));
    }
}
