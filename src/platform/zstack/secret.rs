//! The platform's secret: a JSON document with an account login or an AccessKey pair.
//!
//! ```json
//! {"accountName": "admin", "password": "…"}
//! {"accessKeyId": "…", "accessKeySecret": "…"}
//! ```
//!
//! Optional: `pageSize` (images, tags and VMs asked for per query page, 1–1000; ZStack's own
//! default of 1000 when not given).
//!
//! Parsing never echoes a value: a wrong document is described by the field it lacks, not by what
//! it holds, since what it holds may be a password.

use serde_json::{Map, Value};

use crate::platform::PlatformError;

/// Rows asked for per query page unless the secret says otherwise (ZStack's default `limit`).
pub const DEFAULT_PAGE_SIZE: u32 = 1000;

/// How the driver proves who it is.
#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    /// `PUT /v1/accounts/login` with the account's name and password; then `OAuth <session>`.
    Account {
        /// Account name.
        name: String,
        /// Password in clear (sent as its SHA-512 hex digest, never logged).
        password: String,
    },
    /// Every request signed with the AccessKey secret (`ZStack <id>:<signature>`).
    AccessKey {
        /// AccessKey id.
        id: String,
        /// AccessKey secret (never sent, never logged).
        secret: String,
    },
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Account { name, .. } => f.debug_struct("Account").field("name", name).finish_non_exhaustive(),
            Self::AccessKey { id, .. } => f.debug_struct("AccessKey").field("id", id).finish_non_exhaustive(),
        }
    }
}

/// The parsed secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret {
    /// How to authenticate.
    pub auth: Auth,
    /// Rows per query page.
    pub page_size: u32,
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let method = match &self.auth {
            Auth::Account { .. } => "account",
            Auth::AccessKey { .. } => "accessKey",
        };
        f.debug_struct("Secret")
            .field("auth", &method)
            .field("page_size", &self.page_size)
            .finish_non_exhaustive()
    }
}

const FORMS: &str = "{\"accountName\": …, \"password\": …} or {\"accessKeyId\": …, \"accessKeySecret\": …}";

fn invalid(message: impl Into<String>) -> PlatformError {
    PlatformError::Invalid(message.into())
}

/// A required non-empty string field.
fn text(doc: &Map<String, Value>, name: &str) -> Result<String, PlatformError> {
    match doc.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Ok(s.clone()),
        Some(Value::String(_)) => Err(invalid(format!("the secret's \"{name}\" is empty"))),
        Some(_) => Err(invalid(format!("the secret's \"{name}\" must be a string"))),
        None => Err(invalid(format!("the secret lacks \"{name}\"; give {FORMS}"))),
    }
}

impl Secret {
    /// Parses the decrypted secret; a ZSTACK platform needs one.
    pub fn parse(secret: Option<&str>) -> Result<Self, PlatformError> {
        let raw = secret
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .ok_or_else(|| invalid(format!("a ZSTACK platform needs a secret: {FORMS}")))?;
        // A syntax error names a line and column only, never the text.
        let value: Value = serde_json::from_str(raw).map_err(|e| {
            invalid(format!(
                "the secret is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        })?;
        let Value::Object(doc) = value else {
            return Err(invalid("the secret must be a JSON object"));
        };
        for key in doc.keys() {
            if !["accountName", "password", "accessKeyId", "accessKeySecret", "pageSize"].contains(&key.as_str()) {
                return Err(invalid(format!(
                    "the secret has an unknown field \"{}\"; give {FORMS} (and optionally \"pageSize\")",
                    key.chars().take(40).collect::<String>()
                )));
            }
        }
        let login = doc.contains_key("accountName") || doc.contains_key("password");
        let key = doc.contains_key("accessKeyId") || doc.contains_key("accessKeySecret");
        let auth = match (login, key) {
            (true, true) => {
                return Err(invalid(format!(
                    "the secret mixes an account login and an AccessKey; give {FORMS}"
                )));
            }
            (false, false) => return Err(invalid(format!("the secret has no credentials; give {FORMS}"))),
            (true, false) => Auth::Account {
                name: text(&doc, "accountName")?,
                password: text(&doc, "password")?,
            },
            (false, true) => {
                let id = text(&doc, "accessKeyId")?;
                if id.contains(':') {
                    return Err(invalid("the secret's \"accessKeyId\" cannot contain ':'"));
                }
                Auth::AccessKey {
                    id,
                    secret: text(&doc, "accessKeySecret")?,
                }
            }
        };
        let page_size = match doc.get("pageSize") {
            None => DEFAULT_PAGE_SIZE,
            Some(v) => v
                .as_u64()
                .filter(|n| (1..=1000).contains(n))
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| invalid("the secret's \"pageSize\" must be a whole number from 1 to 1000"))?,
        };
        Ok(Self { auth, page_size })
    }

    /// The strings an error message must never carry.
    pub fn sensitive(&self) -> Vec<String> {
        match &self.auth {
            Auth::Account { password, .. } => vec![password.clone(), super::session::password_digest(password)],
            Auth::AccessKey { secret, .. } => vec![secret.clone()],
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn message(secret: &str) -> String {
        match Secret::parse(Some(secret)) {
            Err(PlatformError::Invalid(m)) => m,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn parses_both_forms() {
        let login = Secret::parse(Some(r#"{"accountName": "admin", "password": "pw"}"#)).unwrap();
        assert_eq!(
            login.auth,
            Auth::Account {
                name: "admin".into(),
                password: "pw".into()
            }
        );
        assert_eq!(login.page_size, DEFAULT_PAGE_SIZE);
        let key = Secret::parse(Some(
            r#"{"accessKeyId": "id", "accessKeySecret": "topsecret", "pageSize": 50}"#,
        ))
        .unwrap();
        assert_eq!(
            key.auth,
            Auth::AccessKey {
                id: "id".into(),
                secret: "topsecret".into()
            }
        );
        assert_eq!(key.page_size, 50);
        assert!(!format!("{key:?}").contains("topsecret"));
    }

    #[test]
    fn refuses_without_echoing_values() {
        assert!(matches!(Secret::parse(None), Err(PlatformError::Invalid(m)) if m.contains("needs a secret")));
        assert!(message("{not json s3cret").contains("not valid JSON"));
        assert!(!message("{not json s3cret").contains("s3cret"));
        assert!(message("[]").contains("JSON object"));
        assert!(message(r#"{"accountName": "a"}"#).contains("lacks \"password\""));
        assert!(message(r#"{"accountName": "a", "password": ""}"#).contains("empty"));
        let typed = message(r#"{"accountName": "a", "password": 123456}"#);
        assert!(
            typed.contains("must be a string") && !typed.contains("123456"),
            "{typed}"
        );
        assert!(message(r#"{"accessKeyId": "a", "password": "s3cret"}"#).contains("mixes"));
        assert!(message(r#"{"accessKeyId": "a:b", "accessKeySecret": "s"}"#).contains("':'"));
        assert!(message(r#"{"accountName": "a", "password": "p", "pasword": "x"}"#).contains("unknown field"));
        assert!(message(r#"{"accountName": "a", "password": "p", "pageSize": 0}"#).contains("pageSize"));
        assert!(message("{}").contains("no credentials"));
    }

    #[test]
    fn sensitive_strings_include_the_sent_digest() {
        let login = Secret::parse(Some(r#"{"accountName": "admin", "password": "pw"}"#)).unwrap();
        let sensitive = login.sensitive();
        assert_eq!(sensitive.len(), 2);
        assert_eq!(sensitive[1].len(), 128);
    }
}
