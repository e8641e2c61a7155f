//! Named authorization checks, kept close to the data they guard.

use crate::auth::viewer::UserViewer;
use crate::db::models::SourceRow;
use crate::domain::values::Role;
use crate::error::{ApiError, ApiResult};

/// Whether the viewer may see the source at all (R16: otherwise it does not exist for them).
pub fn can_see_source(user: &UserViewer, row: &SourceRow) -> bool {
    match user.role {
        Role::SystemAdmin => true,
        Role::TenantAdmin => row.tenant_id.is_none() || row.tenant_id == user.tenant_id,
        Role::TenantUser => false,
    }
}

/// Whether the viewer may edit the source's OS info, credentials, boot mode and video model:
/// system admins on system sources, a tenant's admins on that tenant's custom ones (R7, R9, R11).
pub fn can_edit_source(user: &UserViewer, row: &SourceRow) -> bool {
    match user.role {
        Role::SystemAdmin => row.tenant_id.is_none(),
        Role::TenantAdmin => row.tenant_id.is_some() && row.tenant_id == user.tenant_id,
        Role::TenantUser => false,
    }
}

/// `NOT_FOUND` when invisible, `FORBIDDEN` when visible but not editable.
pub fn ensure_can_edit_source(user: &UserViewer, row: &SourceRow) -> ApiResult<()> {
    if !can_see_source(user, row) {
        return Err(ApiError::not_found("source"));
    }
    if !can_edit_source(user, row) {
        return Err(ApiError::forbidden());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role, tenant: Option<&str>) -> UserViewer {
        UserViewer {
            id: "u".into(),
            username: "u".into(),
            role,
            tenant_id: tenant.map(Into::into),
            api_token: None,
        }
    }

    fn source(tenant: Option<&str>) -> SourceRow {
        let now = chrono::NaiveDateTime::default();
        SourceRow {
            id: "s".into(),
            platform_id: "p".into(),
            resource: crate::domain::values::Resource::Image,
            external_id: "e".into(),
            name: "n".into(),
            boot_mode: None,
            video_model: None,
            status: "active".into(),
            size_bytes: None,
            project: None,
            tenant_id: tenant.map(Into::into),
            os_type: None,
            os_distro: None,
            os_username: None,
            os_password_enc: None,
            credentials_version: 0,
            removed: false,
            version: 1,
            synced_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn the_role_table_for_sources() {
        let sys = viewer(Role::SystemAdmin, None);
        let acme = viewer(Role::TenantAdmin, Some("acme"));
        let user = viewer(Role::TenantUser, Some("acme"));
        let system = source(None);
        let custom = source(Some("acme"));
        let other = source(Some("globex"));
        assert!(can_edit_source(&sys, &system) && !can_edit_source(&sys, &custom) && can_see_source(&sys, &custom));
        assert!(can_see_source(&acme, &system) && !can_edit_source(&acme, &system));
        assert!(can_edit_source(&acme, &custom) && !can_see_source(&acme, &other));
        assert!(!can_see_source(&user, &system) && !can_edit_source(&user, &custom));
    }
}
