//! The platform's secret: the CloudTower account the driver logs in with.
//!
//! ```json
//! {"username": "xspace", "password": "…", "source": "LOCAL"}
//! ```
//!
//! `source` is the account's origin as CloudTower's `LoginInput` spells it (`LOCAL`, `LDAP`,
//! `AUTHN`, `SSO`; `LOCAL` when left out). Parsing never echoes a value: a wrong document is
//! described by the field it lacks, not by what it holds, since what it holds may be a password.

use crate::platform::PlatformError;

/// The account sources `POST /v2/api/login` takes (`UserSource` in CloudTower's API 4.6.0).
const SOURCES: [&str; 4] = ["LOCAL", "LDAP", "AUTHN", "SSO"];

/// The parsed secret.
#[derive(Clone)]
pub struct Secret {
    /// The account's name.
    pub username: String,
    /// Its password (never logged, never in an error).
    pub password: String,
    /// Where the account lives (`LOCAL` unless given).
    pub source: String,
}

fn local() -> String {
    "LOCAL".to_owned()
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Secret")
            .field("username", &self.username)
            .field("password", &"[redacted]")
            .field("source", &self.source)
            .finish()
    }
}

impl Secret {
    /// Reads the secret's JSON; `None` or a document without a username and password is
    /// `Invalid`, described without quoting it.
    pub fn parse(raw: Option<&str>) -> Result<Self, PlatformError> {
        const FORM: &str = r#"{"username": "…", "password": "…", "source": "LOCAL"}"#;
        let raw = raw
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .ok_or_else(|| PlatformError::Invalid(format!("a SMARTX platform needs a secret: the JSON {FORM}")))?;
        let invalid = |what: &str| PlatformError::Invalid(format!("the SMARTX secret {what}; expected {FORM}"));
        let document: serde_json::Value = serde_json::from_str(raw).map_err(|_| invalid("is not valid JSON"))?;
        let object = document.as_object().ok_or_else(|| invalid("is not a JSON object"))?;
        if object
            .keys()
            .any(|k| !["username", "password", "source"].contains(&k.as_str()))
        {
            return Err(invalid("has a field other than username, password and source"));
        }
        let text = |field: &str, required: bool| -> Result<Option<String>, PlatformError> {
            match object.get(field) {
                None | Some(serde_json::Value::Null) if !required => Ok(None),
                None | Some(serde_json::Value::Null) => Err(invalid(&format!("lacks \"{field}\""))),
                Some(serde_json::Value::String(v)) => Ok(Some(v.clone())),
                Some(_) => Err(invalid(&format!("has a \"{field}\" that is not a string"))),
            }
        };
        let mut secret = Self {
            username: text("username", true)?.unwrap_or_default(),
            password: text("password", true)?.unwrap_or_default(),
            source: text("source", false)?.unwrap_or_else(local),
        };
        if secret.username.trim().is_empty() || secret.password.is_empty() {
            return Err(PlatformError::Invalid(format!(
                "the SMARTX secret needs a non-empty username and password; expected {FORM}"
            )));
        }
        secret.source = secret.source.trim().to_ascii_uppercase();
        if !SOURCES.contains(&secret.source.as_str()) {
            return Err(PlatformError::Invalid(format!(
                "the SMARTX secret's source must be one of {}",
                SOURCES.join(", ")
            )));
        }
        Ok(secret)
    }

    /// Strings that must never appear in a message.
    pub fn sensitive(&self) -> Vec<String> {
        vec![self.password.clone()]
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn refused(raw: Option<&str>) -> String {
        match Secret::parse(raw) {
            Err(PlatformError::Invalid(m)) => m,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn parses_the_account_and_defaults_the_source() {
        let secret = Secret::parse(Some(r#"{"username": "ops", "password": "pw1"}"#)).unwrap();
        assert_eq!((secret.username.as_str(), secret.source.as_str()), ("ops", "LOCAL"));
        let ldap = Secret::parse(Some(r#"{"username": "ops", "password": "pw1", "source": "ldap"}"#)).unwrap();
        assert_eq!(ldap.source, "LDAP");
        assert!(!format!("{ldap:?}").contains("pw1"));
        assert_eq!(ldap.sensitive(), vec!["pw1".to_owned()]);
    }

    #[test]
    fn refuses_without_quoting_the_document() {
        assert!(refused(None).contains("needs a secret"));
        assert!(refused(Some("  ")).contains("needs a secret"));
        assert!(refused(Some("{not json s3cret")).contains("not valid JSON"));
        let missing = refused(Some(r#"{"username": "ops"}"#));
        assert!(missing.contains("lacks \"password\""), "{missing}");
        let typed = refused(Some(r#"{"username": "ops", "password": 12345}"#));
        assert!(
            typed.contains("\"password\" that is not a string") && !typed.contains("12345"),
            "{typed}"
        );
        let extra = refused(Some(r#"{"username": "ops", "password": "s3cret", "token": "t0ken"}"#));
        assert!(
            extra.contains("other than") && !extra.contains("t0ken") && !extra.contains("s3cret"),
            "{extra}"
        );
        assert!(refused(Some(r#"{"username": "", "password": "x"}"#)).contains("non-empty"));
        let source = refused(Some(r#"{"username": "a", "password": "s3cret", "source": "KERBEROS"}"#));
        assert!(source.contains("LOCAL, LDAP") && !source.contains("s3cret"), "{source}");
    }
}
