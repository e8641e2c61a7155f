//! Mole, the agent inside each desktop (R10): a token bound to one desktop, reports of the real OS.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use chrono::NaiveDateTime;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::desktops::{self, AgentFields, ReportWrite};
use crate::db::models::{DesktopRow, SourceRow, now};
use crate::domain::audit::{self, Entry};
use crate::domain::desktops::{load_for_admin, publish};
use crate::domain::validate;
use crate::error::{ApiError, ApiResult};
use crate::events::DesktopEventKind;
use crate::ids::Kind;

/// Agent tokens start with this, so they are told apart from login tokens at a glance.
pub const TOKEN_PREFIX: &str = "xsa_";

/// A report counts as "connected" for this long.
pub const CONNECTED_FOR_SECONDS: i64 = 300;

/// The stored form of an agent token: SHA-256, hex. Tokens are 256 random bits, so a fast hash is
/// enough and keeps every report cheap to check.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Where a desktop's effective OS info comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, async_graphql::Enum)]
pub enum OsInfoSource {
    /// The agent's last report.
    Agent,
    /// The source's preset.
    Preset,
    /// Neither says.
    None,
}

/// R10: the effective OS info.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveOs {
    /// `windows` or `linux`.
    pub os_type: Option<String>,
    /// Distro.
    pub os_distro: Option<String>,
    /// Version (agent only).
    pub os_version: Option<String>,
    /// Where it comes from.
    pub source: OsInfoSource,
    /// When the agent reported it.
    pub reported_at: Option<NaiveDateTime>,
}

/// R10: the agent's last report when there is one, else the source's preset.
pub fn effective_os(desktop: &DesktopRow, source: &SourceRow) -> EffectiveOs {
    if desktop.agent_reported_at.is_some() {
        return EffectiveOs {
            os_type: desktop.agent_os_type.clone(),
            os_distro: desktop.agent_os_distro.clone(),
            os_version: desktop.agent_os_version.clone(),
            source: OsInfoSource::Agent,
            reported_at: desktop.agent_reported_at,
        };
    }
    let any = source.os_type.is_some() || source.os_distro.is_some();
    EffectiveOs {
        os_type: source.os_type.clone(),
        os_distro: source.os_distro.clone(),
        os_version: None,
        source: if any { OsInfoSource::Preset } else { OsInfoSource::None },
        reported_at: None,
    }
}

/// Whether the agent reported recently.
pub fn connected(desktop: &DesktopRow) -> bool {
    desktop
        .agent_reported_at
        .is_some_and(|t| (now() - t).num_seconds() < CONNECTED_FOR_SECONDS)
}

/// Issues a new token for a desktop's agent (admins); the previous one stops working. The token
/// is returned once and stored only hashed.
pub async fn issue_token(state: &AppState, viewer: &Viewer, id: &str) -> ApiResult<(DesktopRow, String)> {
    let (_, row) = load_for_admin(state, viewer, id).await?;
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let token = format!("{TOKEN_PREFIX}{}", B64.encode(raw));
    let updated = DesktopRow {
        agent_token_hash: Some(token_hash(&token)),
        ..row.clone()
    };
    let mut conn = state.pool.get().await?;
    let saved = desktops::save(&mut conn, &updated, row.version)
        .await?
        .ok_or_else(|| ApiError::stale(row.version))?;
    drop(conn);
    if let Some(old) = &row.agent_token_hash {
        state.agent_tokens.forget(old);
    }
    let entry = Entry {
        action: "issueAgentToken",
        tenant_id: Some(&saved.tenant_id),
        target: Some((Kind::Desktop, &saved.id)),
        outcome: "ok",
        detail: None,
    };
    audit::record(state, viewer, entry).await;
    Ok((saved, token))
}

/// What the agent reports.
pub struct Report {
    /// `windows` or `linux`.
    pub os_type: String,
    /// Distro.
    pub os_distro: Option<String>,
    /// OS version.
    pub os_version: Option<String>,
    /// Host name inside the desktop.
    pub hostname: Option<String>,
    /// The agent's version.
    pub agent_version: Option<String>,
}

fn short(field: &str, v: Option<String>, max: usize) -> ApiResult<Option<String>> {
    match v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()) {
        Some(s) if s.chars().count() > max || s.chars().any(char::is_control) => Err(ApiError::bad_input(format!(
            "`{field}` must be at most {max} printable characters"
        ))),
        other => Ok(other),
    }
}

/// R10: records a report, for the token's own desktop only.
pub async fn report(state: &AppState, viewer: &Viewer, report: Report) -> ApiResult<DesktopRow> {
    let Viewer::Agent {
        desktop_id,
        token_hash: hash,
        last_os,
        ..
    } = viewer
    else {
        return Err(match viewer {
            Viewer::Anonymous => ApiError::unauthenticated(),
            _ => ApiError::forbidden(),
        });
    };
    let os_type =
        validate::os_type(Some(&report.os_type))?.ok_or_else(|| ApiError::bad_input("`osType` is required"))?;
    let os_distro = validate::os_distro(report.os_distro.as_deref())?;
    let os_version = short("osVersion", report.os_version, 64)?;
    let hostname = short("hostname", report.hostname, 253)?;
    let agent_version = short("agentVersion", report.agent_version, 64)?;
    let os_changed = last_os.as_ref().is_none_or(|[t, d, v]| {
        (t.as_deref(), d.as_deref(), v.as_deref())
            != (Some(os_type.as_str()), os_distro.as_deref(), os_version.as_deref())
    });
    let fields = AgentFields {
        agent_os_type: Some(os_type),
        agent_os_distro: os_distro,
        agent_os_version: os_version,
        agent_hostname: hostname,
        agent_version,
        agent_reported_at: Some(now()),
    };
    let write = ReportWrite {
        id: desktop_id.clone(),
        token_hash: hash.clone(),
        fields,
    };
    let saved = state
        .reports
        .write(write)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    let reported = [
        saved.agent_os_type.clone(),
        saved.agent_os_distro.clone(),
        saved.agent_os_version.clone(),
    ];
    state.agent_tokens.reported(hash, reported);
    publish(state, DesktopEventKind::AgentReported, &saved, None);
    if os_changed {
        publish(state, DesktopEventKind::OsInfoChanged, &saved, None);
        let os = [&saved.agent_os_type, &saved.agent_os_distro, &saved.agent_os_version]
            .iter()
            .filter_map(|v| v.as_deref())
            .collect::<Vec<_>>()
            .join(" ");
        let entry = Entry {
            action: "reportAgentStatus",
            tenant_id: Some(&saved.tenant_id),
            target: Some((Kind::Desktop, &saved.id)),
            outcome: "ok",
            detail: Some(format!("OS reported by the agent: {os}")),
        };
        audit::record(state, viewer, entry).await;
    }
    Ok(saved)
}
