//! The audit trail: who, what, when, and the outcome. Never a secret.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::api_tokens::{self, TokenSet};
use crate::db::audit::NewEntry;
use crate::db::desktops;
use crate::db::{DbScope, audit, sources, users};
use crate::domain::id::{ApiTokenId, DesktopId, SourceId, TenantId, UserId};
use crate::domain::scope::DesktopScope;
use crate::domain::scope::TenantScope;
use crate::domain::values::ObjectKind;

/// One thing to record.
pub struct Entry<'a> {
    /// e.g. `connectionInfo`, `setDesktopCredentials`.
    pub action: &'a str,
    /// The tenant it concerns.
    pub tenant_id: Option<&'a TenantId>,
    /// The object acted on: its kind and internal id.
    pub target: Option<(ObjectKind, &'a str)>,
    /// `ok`, `denied`, `failed`.
    pub outcome: &'a str,
    /// Free text, never a secret.
    pub detail: Option<String>,
}

/// Records an entry; a failure to record is logged, not raised (the action already happened).
pub async fn record(state: &AppState, viewer: &Viewer, entry: Entry<'_>) {
    let (actor_id, through_token) = match viewer {
        Viewer::User(u) => (Some(&u.id), u.api_token.as_ref()),
        Viewer::Agent { .. } | Viewer::Anonymous => (None, None),
    };
    let action = entry.action;
    let new = NewEntry {
        actor_id,
        tenant_id: entry.tenant_id,
        action,
        target: entry.target,
        outcome: entry.outcome,
        detail: entry.detail,
        through_token,
    };
    // The service records about whichever tenant the object is in, whoever asked.
    let result = match state.pool.get_in(DbScope::System).await {
        Ok(mut conn) => audit::insert(&mut conn, new).await.map_err(anyhow::Error::from),
        Err(e) => Err(e),
    };
    if let Err(e) = result {
        tracing::error!(error = format!("{e:#}"), action, "could not record an audit entry");
    }
}

/// The tenant an object belongs to (none for system objects, or when it cannot be read), whoever
/// asks: an attempt on another tenant's object is filed under that tenant.
pub async fn tenant_of(state: &AppState, kind: ObjectKind, id: &str) -> Option<TenantId> {
    let mut conn = state.pool.get_in(DbScope::System).await.ok()?;
    let id = id.to_owned();
    match kind {
        ObjectKind::Tenant => Some(TenantId::from_internal(id)),
        ObjectKind::Desktop => desktops::find(&mut conn, &DesktopId::from_internal(id), &DesktopScope::All)
            .await
            .ok()?
            .map(|d| d.tenant_id),
        ObjectKind::Image | ObjectKind::Template => {
            sources::find_visible(&mut conn, &SourceId::from_internal(id), &TenantScope::All)
                .await
                .ok()?
                .and_then(|s| s.tenant_id)
        }
        ObjectKind::User => users::find(&mut conn, &UserId::from_internal(id), &TenantScope::All)
            .await
            .ok()?
            .and_then(|u| u.tenant_id),
        ObjectKind::ApiToken => api_tokens::find(&mut conn, &ApiTokenId::from_internal(id), &TokenSet::All)
            .await
            .ok()?
            .and_then(|t| t.tenant_id),
        ObjectKind::CloudPlatform | ObjectKind::SyncRun | ObjectKind::AuditEntry => None,
    }
}
