//! One report to the server: `reportAgentStatus` over HTTP with the agent token as a bearer
//! token, and what the answer means for the agent.

use std::time::Duration;

use serde_json::{Value, json};

use crate::os::OsReport;

const REPORT: &str = "mutation($i: AgentReportInput!) { reportAgentStatus(input: $i) { id } }";

/// How a report went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Accepted.
    Reported,
    /// The server refused the token (re-issued, or its desktop deleted): retrying will not help
    /// until the token changes.
    Refused(String),
    /// The server could not be reached, or failed: worth retrying.
    Failed(String),
}

/// The server's GraphQL endpoint and an HTTP client for it.
pub struct Client {
    agent: ureq::Agent,
    url: String,
}

impl Client {
    /// A client of `url`, trusting the built-in roots and, for `https`, the PEM certificates of
    /// `ca_pem`.
    pub fn new(url: &str, ca_pem: Option<&[u8]>) -> Result<Self, String> {
        let mut config = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .user_agent(format!("mole/{}", env!("CARGO_PKG_VERSION")));
        if let Some(pem) = ca_pem {
            let certs = ureq::tls::parse_pem(pem)
                .filter_map(|item| match item {
                    Ok(ureq::tls::PemItem::Certificate(c)) => Some(Ok(c)),
                    Ok(_) => None,
                    Err(e) => Some(Err(e)),
                })
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("the CA file is not PEM: {e}"))?;
            if certs.is_empty() {
                return Err("the CA file holds no certificate".into());
            }
            let tls = ureq::tls::TlsConfig::builder()
                .root_certs(ureq::tls::RootCerts::new_with_certs(&certs))
                .build();
            config = config.tls_config(tls);
        }
        Ok(Self {
            agent: config.build().into(),
            url: url.to_owned(),
        })
    }

    /// Sends one report.
    pub fn report(&self, token: &str, os: &OsReport) -> Outcome {
        let body = json!({ "query": REPORT, "variables": { "i": {
            "osType": os.os_type,
            "osDistro": os.os_distro,
            "osVersion": os.os_version,
            "hostname": os.hostname,
            "agentVersion": concat!("mole-", env!("CARGO_PKG_VERSION")),
        } } });
        let sent = self
            .agent
            .post(&self.url)
            .header("Authorization", format!("Bearer {token}"))
            .content_type("application/json")
            .send(body.to_string());
        let mut resp = match sent {
            Ok(r) => r,
            Err(e) => return Outcome::Failed(format!("cannot reach {}: {e}", self.url)),
        };
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        answer(status, &text)
    }
}

/// What the server's answer (`status`, body `text`) means.
pub fn answer(status: u16, text: &str) -> Outcome {
    let parsed: Option<Value> = serde_json::from_str(text).ok();
    let error = parsed.as_ref().and_then(|v| v.get("errors")).and_then(|e| e.get(0));
    if let Some(e) = error {
        let code = e["extensions"]["code"].as_str().unwrap_or("");
        let message = e["message"]
            .as_str()
            .unwrap_or("")
            .chars()
            .take(200)
            .collect::<String>();
        return if matches!(code, "UNAUTHENTICATED" | "FORBIDDEN") {
            Outcome::Refused(format!("{code}: {message}"))
        } else {
            Outcome::Failed(format!("the server answered {code}: {message}"))
        };
    }
    if matches!(status, 401 | 403) {
        return Outcome::Refused(format!("HTTP {status}"));
    }
    let id = parsed
        .as_ref()
        .and_then(|v| v["data"]["reportAgentStatus"]["id"].as_str().map(str::to_owned));
    match (status, id) {
        (200, Some(_)) => Outcome::Reported,
        (200, None) => Outcome::Failed("the server's answer is not a report's".into()),
        (s, _) => Outcome::Failed(format!("the server answered HTTP {s}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_told_apart() {
        assert_eq!(
            answer(200, r#"{"data":{"reportAgentStatus":{"id":"RDox"}}}"#),
            Outcome::Reported
        );
        let refused = r#"{"data":null,"errors":[{"message":"sign in","extensions":{"code":"UNAUTHENTICATED"}}]}"#;
        assert!(matches!(answer(200, refused), Outcome::Refused(m) if m.contains("UNAUTHENTICATED")));
        assert!(matches!(answer(401, ""), Outcome::Refused(_)));
        let bad = r#"{"errors":[{"message":"no","extensions":{"code":"BAD_USER_INPUT"}}]}"#;
        assert!(matches!(answer(200, bad), Outcome::Failed(m) if m.contains("BAD_USER_INPUT")));
        assert!(matches!(answer(502, "<html>"), Outcome::Failed(m) if m.contains("502")));
        assert!(matches!(answer(200, "{}"), Outcome::Failed(_)));
    }
}
