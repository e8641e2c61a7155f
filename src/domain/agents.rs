//! Mole, the agent inside each desktop (R10): a token bound to one desktop, reports of the real OS.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use chrono::NaiveDateTime;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::agent_reports::{AgentFields, Outcome, ReportWrite};
use crate::db::desktops;
use crate::db::models::{DesktopRow, SourceRow, now};
use crate::domain::audit::{self, Entry};
use crate::domain::desktops::{load_for_admin, publish};
use crate::domain::id::DesktopId;
use crate::domain::scope::DesktopScope;
use crate::domain::validate;
use crate::domain::values::AgentOs;
use crate::domain::values::ObjectKind;
use crate::error::{ApiError, ApiResult};
use crate::events::DesktopEventKind;

/// Agent tokens start with this, so they are told apart from login tokens at a glance.
pub const TOKEN_PREFIX: &str = "xsa_";

/// The stored form of an agent token: SHA-256, hex. Tokens are 256 random bits, so a fast hash is
/// enough and keeps every report cheap to check.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Where a desktop's effective OS info comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The agent's last report, connected or not; `None` before its first.
pub fn reported_os(desktop: &DesktopRow) -> Option<EffectiveOs> {
    desktop.agent_reported_at.map(|at| EffectiveOs {
        os_type: desktop.agent_os_type.clone(),
        os_distro: desktop.agent_os_distro.clone(),
        os_version: desktop.agent_os_version.clone(),
        source: OsInfoSource::Agent,
        reported_at: Some(at),
    })
}

/// R10: the agent's last report while it is connected, else the source's preset.
pub fn effective_os(desktop: &DesktopRow, source: &SourceRow) -> EffectiveOs {
    if connected(desktop)
        && let Some(reported) = reported_os(desktop)
    {
        return reported;
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

/// Whether the agent is connected: it reported, and has not been silent for longer than the
/// window since (the sweep says when it has).
pub fn connected(desktop: &DesktopRow) -> bool {
    desktop.agent_connected_since.is_some()
}

/// Issues a new token for a desktop's agent (admins); the previous one stops working. The token
/// is returned once and stored only hashed.
pub async fn issue_token(state: &AppState, viewer: &Viewer, id: &DesktopId) -> ApiResult<(DesktopRow, String)> {
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
        target: Some((ObjectKind::Desktop, saved.id.as_str())),
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

/// R10: records a report, for the token's own desktop only. A report that says what this process
/// wrote for the desktop a moment ago is not written ([`crate::domain::presence`]). Events: the
/// report that connects the agent publishes `AGENT_CONNECTED` (and nothing else); one that
/// changes what a connected agent says publishes `AGENT_REPORTED` (and `OS_INFO_CHANGED` when the
/// OS changed); one that changes nothing publishes nothing.
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
    let fields = AgentFields {
        agent_os_type: Some(os_type),
        agent_os_distro: validate::os_distro(report.os_distro.as_deref())?,
        agent_os_version: short("osVersion", report.os_version, 64)?,
        agent_hostname: short("hostname", report.hostname, 253)?,
        agent_version: short("agentVersion", report.agent_version, 64)?,
    };
    let content = crate::domain::presence::fingerprint(&fields);
    if state.presence.fresh(desktop_id, content)
        && let Some(row) = unchanged(state, desktop_id, hash).await?
    {
        state.metrics.agent_report(false);
        return Ok(row);
    }
    let os_changed = last_os.as_ref().is_none_or(|os| {
        (os.os_type.as_deref(), os.os_distro.as_deref(), os.os_version.as_deref())
            != (
                fields.agent_os_type.as_deref(),
                fields.agent_os_distro.as_deref(),
                fields.agent_os_version.as_deref(),
            )
    });
    let write = ReportWrite {
        id: desktop_id.clone(),
        token_hash: hash.clone(),
        fields,
        at: now(),
    };
    let saved = state
        .reports
        .write(write.clone())
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    state.metrics.agent_report(true);
    state.presence.written(desktop_id, content);
    let reported = AgentOs {
        os_type: saved.agent_os_type.clone(),
        os_distro: saved.agent_os_distro.clone(),
        os_version: saved.agent_os_version.clone(),
    };
    state.agent_tokens.reported(hash, reported);
    let outcome = write.outcome(&saved);
    match outcome {
        Outcome::Connected => publish(state, DesktopEventKind::AgentConnected, &saved, None),
        Outcome::Changed => {
            publish(state, DesktopEventKind::AgentReported, &saved, None);
            if os_changed {
                publish(state, DesktopEventKind::OsInfoChanged, &saved, None);
            }
        }
        Outcome::Seen => {}
    }
    if os_changed && outcome != Outcome::Seen {
        audit_os(state, viewer, &saved).await;
    }
    Ok(saved)
}

/// The desktop, for the answer to a report that is not written; `None` when it must be written
/// after all (the token is no longer the desktop's, or the agent was found silent meanwhile).
async fn unchanged(state: &AppState, desktop_id: &DesktopId, hash: &str) -> ApiResult<Option<DesktopRow>> {
    let mut conn = state.pool.get().await?;
    let row = desktops::find(&mut conn, desktop_id, &DesktopScope::All).await?;
    let Some(row) = row else {
        return Err(ApiError::unauthenticated());
    };
    if row.agent_token_hash.as_deref() != Some(hash) || !connected(&row) {
        state.presence.forget(desktop_id);
        return Ok(None);
    }
    Ok(Some(row))
}

async fn audit_os(state: &AppState, viewer: &Viewer, saved: &DesktopRow) {
    let os = [&saved.agent_os_type, &saved.agent_os_distro, &saved.agent_os_version]
        .iter()
        .filter_map(|v| v.as_deref())
        .collect::<Vec<_>>()
        .join(" ");
    let entry = Entry {
        action: "reportAgentStatus",
        tenant_id: Some(&saved.tenant_id),
        target: Some((ObjectKind::Desktop, saved.id.as_str())),
        outcome: "ok",
        detail: Some(format!("OS reported by the agent: {os}")),
    };
    audit::record(state, viewer, entry).await;
}
