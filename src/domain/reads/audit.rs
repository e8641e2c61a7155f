//! Reads of the audit log: admins only, a tenant admin its tenant's. Never a secret.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::audit;
use crate::db::models::AuditRow;
use crate::db::pagination::{Page, PageArgs};
use crate::domain::access::{audit_tenant, can_read_audit};
use crate::domain::id::{AuditEntryId, TenantId};
use crate::error::ApiResult;

/// A page of entries, newest first: every one in the viewer's scope, or the `tenant`'s.
pub async fn list(
    state: &AppState,
    viewer: &Viewer,
    tenant: Option<TenantId>,
    page: &PageArgs,
) -> ApiResult<Page<AuditRow>> {
    let me = viewer.admin()?;
    let tenant = audit_tenant(me, tenant)?;
    audit::list(&mut state.pool.get().await?, &me.scope(), tenant.as_ref(), page).await
}

/// An entry the viewer may read.
pub async fn find(state: &AppState, user: &UserViewer, id: &AuditEntryId) -> ApiResult<Option<AuditRow>> {
    if !can_read_audit(user) {
        return Ok(None);
    }
    Ok(audit::find(&mut state.pool.get().await?, id, &user.scope()).await?)
}
