//! The audit trail: who, what, when, and the outcome. Never a secret.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::api_tokens::{self, TokenSet};
use crate::db::desktops;
use crate::db::models::{AuditRow, now};
use crate::db::{DbScope, audit, sources, users};
use crate::domain::id::{ApiTokenId, AuditEntryId, DesktopId, SourceId, TenantId, UserId};
use crate::domain::scope::DesktopScope;
use crate::domain::scope::TenantScope;
use crate::ids::{self, Kind};

/// One thing to record.
pub struct Entry<'a> {
    /// e.g. `connectionInfo`, `setDesktopCredentials`.
    pub action: &'a str,
    /// The tenant it concerns.
    pub tenant_id: Option<&'a TenantId>,
    /// The object acted on: its kind and internal id (stored as its global ID).
    pub target: Option<(Kind, &'a str)>,
    /// `ok`, `denied`, `failed`.
    pub outcome: &'a str,
    /// Free text, never a secret.
    pub detail: Option<String>,
}

/// Records an entry; a failure to record is logged, not raised (the action already happened).
pub async fn record(state: &AppState, viewer: &Viewer, entry: Entry<'_>) {
    let actor_id = match viewer {
        Viewer::User(u) => Some(u.id.clone()),
        Viewer::Agent { .. } | Viewer::Anonymous => None,
    };
    // Done through an API token: which one, beside the outcome's code if any.
    let through = match viewer {
        Viewer::User(u) => u
            .api_token
            .as_ref()
            .map(|t| format!("apiToken {}", ids::encode_id(t).0)),
        Viewer::Agent { .. } | Viewer::Anonymous => None,
    };
    let detail = match (entry.detail, through) {
        (Some(d), Some(t)) => Some(format!("{d}; {t}")),
        (d, t) => d.or(t),
    };
    let row = AuditRow {
        id: AuditEntryId::new(),
        at: now(),
        actor_id,
        tenant_id: entry.tenant_id.cloned(),
        action: entry.action.to_owned(),
        target_id: entry.target.map(|(kind, id)| ids::encode(kind, id).0),
        outcome: entry.outcome.to_owned(),
        detail,
    };
    // The service records about whichever tenant the object is in, whoever asked.
    let result = match state.pool.get_in(DbScope::System).await {
        Ok(mut conn) => audit::insert(&mut conn, &row).await.map_err(anyhow::Error::from),
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        tracing::error!(
            error = format!("{e:#}"),
            action = row.action,
            "could not record an audit entry"
        );
    }
}

/// The tenant an object belongs to (none for system objects, or when it cannot be read), whoever
/// asks: an attempt on another tenant's object is filed under that tenant.
pub async fn tenant_of(state: &AppState, kind: Kind, id: &str) -> Option<TenantId> {
    let mut conn = state.pool.get_in(DbScope::System).await.ok()?;
    let id = id.to_owned();
    match kind {
        Kind::Tenant => Some(TenantId::from_internal(id)),
        Kind::Desktop => desktops::find(&mut conn, &DesktopId::from_internal(id), &DesktopScope::All)
            .await
            .ok()?
            .map(|d| d.tenant_id),
        Kind::Image | Kind::Template => {
            sources::find_visible(&mut conn, &SourceId::from_internal(id), &TenantScope::All)
                .await
                .ok()?
                .and_then(|s| s.tenant_id)
        }
        Kind::User => users::find(&mut conn, &UserId::from_internal(id), &TenantScope::All)
            .await
            .ok()?
            .and_then(|u| u.tenant_id),
        Kind::ApiToken => api_tokens::find(&mut conn, &ApiTokenId::from_internal(id), &TokenSet::All)
            .await
            .ok()?
            .and_then(|t| t.tenant_id),
        Kind::CloudPlatform | Kind::SyncRun | Kind::AuditEntry => None,
    }
}
