//! Named authorization checks, kept close to the data they guard.

use crate::auth::viewer::UserViewer;
use crate::db::models::{SourceRow, UserRow};
use crate::db::sources::SourceSet;
use crate::db::users::UserSet;
use crate::domain::id::{TenantId, UserId};
use crate::domain::scope::{DesktopScope, TenantScope};
use crate::domain::values::Role;
use crate::error::{ApiError, ApiResult};

/// Whose eyes an object is seen through, which decides what its nested objects show: a signed-in
/// user, or a desktop's own agent, which sees its desktop and what that is made from as the
/// tenant's users do, and no one's account.
#[derive(Debug, Clone, Copy)]
pub enum Lens<'a> {
    /// A signed-in user (or API token).
    User(&'a UserViewer),
    /// The agent of the desktop being read.
    DesktopAgent,
}

impl<'a> From<&'a UserViewer> for Lens<'a> {
    fn from(user: &'a UserViewer) -> Self {
        Self::User(user)
    }
}

impl Lens<'_> {
    /// Whether a desktop seen this way shows who it is assigned to.
    pub fn shows_owner(self) -> bool {
        matches!(self, Self::User(_))
    }
}

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
pub fn can_edit_source<'a>(lens: impl Into<Lens<'a>>, row: &SourceRow) -> bool {
    let Lens::User(user) = lens.into() else {
        return false;
    };
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

/// Which custom sources a list shows: a system admin all tenants' or the `wanted` one's; a tenant
/// admin its own (another tenant is `NOT_FOUND`, R16). Tenant users list none (`FORBIDDEN`).
pub fn custom_source_set(user: &UserViewer, wanted: Option<TenantId>) -> ApiResult<SourceSet> {
    let set = match (user.role, user.scope(), wanted) {
        (Role::TenantUser, _, _) => return Err(ApiError::forbidden()),
        (_, TenantScope::All, None) => TenantScope::All,
        (_, TenantScope::All, Some(t)) => TenantScope::Tenant(t),
        (_, TenantScope::Tenant(own), None) => TenantScope::Tenant(own),
        (_, TenantScope::Tenant(own), Some(t)) if t == own => TenantScope::Tenant(own),
        (_, TenantScope::Nothing, None) => TenantScope::Nothing,
        (_, TenantScope::Tenant(_) | TenantScope::Nothing, Some(_)) => return Err(ApiError::not_found("tenant")),
    };
    Ok(SourceSet::Custom(set))
}

/// Which users a list shows: system admins all (or the `wanted` tenant's), tenant admins their
/// tenant's (another tenant is `NOT_FOUND`), tenant users themselves.
pub fn user_set(user: &UserViewer, wanted: Option<TenantId>) -> ApiResult<UserSet> {
    Ok(match (user.role, &user.tenant_id, wanted) {
        (Role::SystemAdmin, _, t) => UserSet::All(t),
        (Role::TenantAdmin, Some(own), None) => UserSet::Tenant(own.clone()),
        (Role::TenantAdmin, Some(own), Some(t)) if &t == own => UserSet::Tenant(t),
        (Role::TenantAdmin, _, _) => return Err(ApiError::not_found("tenant")),
        (Role::TenantUser, _, _) => UserSet::Only(user.id.clone()),
    })
}

/// Whether the viewer may see a user it found in its tenant scope: tenant users see only
/// themselves.
pub fn can_see_user(user: &UserViewer, row: &UserRow) -> bool {
    user.role != Role::TenantUser || row.id == user.id
}

/// Whether an audit entry names `actor` to this viewer: a user in the viewer's scope. A system
/// admin sees every actor; a tenant admin those of its tenant, not a system admin who acted on it
/// (as the database's wall answers on PostgreSQL, whatever the backend).
pub fn shows_actor(user: &UserViewer, actor: &UserRow) -> bool {
    match user.scope() {
        TenantScope::All => true,
        TenantScope::Tenant(t) => actor.tenant_id.as_ref() == Some(&t),
        TenantScope::Nothing => false,
    }
}

/// Which tenant's audit entries an admin lists: the `wanted` one (a tenant admin only its own,
/// another is `NOT_FOUND`), or every one in its scope.
pub fn audit_tenant(user: &UserViewer, wanted: Option<TenantId>) -> ApiResult<Option<TenantId>> {
    if user.role == Role::TenantAdmin && wanted.is_some() && wanted != user.tenant_id {
        return Err(ApiError::not_found("tenant"));
    }
    Ok(wanted)
}

/// Whether the viewer may read audit entries at all (admins).
pub fn can_read_audit(user: &UserViewer) -> bool {
    user.role != Role::TenantUser
}

/// What a viewer may see of cloud platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlatformAccess {
    /// Id, name, kind and capabilities (tenant roles).
    Basic,
    /// Everything but secrets: endpoint, placement, availability, projects, sync runs and every
    /// source of the platform (system admins).
    Operator,
}

/// What the viewer may see of cloud platforms.
pub fn platform_access<'a>(lens: impl Into<Lens<'a>>) -> PlatformAccess {
    match lens.into() {
        Lens::User(user) if user.is_system_admin() => PlatformAccess::Operator,
        Lens::User(_) | Lens::DesktopAgent => PlatformAccess::Basic,
    }
}

/// Whether a desktop change is in the viewer's scope (R16): all for system admins, the tenant's
/// for tenant admins, the assigned ones for users.
pub fn can_see_desktop_change(user: &UserViewer, tenant_id: &TenantId, owners: &[UserId]) -> bool {
    match user.desktop_scope() {
        DesktopScope::All => true,
        DesktopScope::Tenant(t) => &t == tenant_id,
        DesktopScope::Owner(u) => owners.contains(&u),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role, tenant: Option<&TenantId>) -> UserViewer {
        UserViewer {
            id: UserId::new(),
            username: "u".into(),
            role,
            tenant_id: tenant.cloned(),
            api_token: None,
        }
    }

    fn source(tenant: Option<&TenantId>) -> SourceRow {
        let now = chrono::NaiveDateTime::default();
        SourceRow {
            id: crate::domain::id::SourceId::new(),
            platform_id: crate::domain::id::PlatformId::new(),
            resource: crate::domain::values::Resource::Image,
            external_id: "e".into(),
            name: "n".into(),
            boot_mode: None,
            video_model: None,
            status: "active".into(),
            size_bytes: None,
            project: None,
            tenant_id: tenant.cloned(),
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
        let (acme_id, globex_id) = (TenantId::new(), TenantId::new());
        let sys = viewer(Role::SystemAdmin, None);
        let acme = viewer(Role::TenantAdmin, Some(&acme_id));
        let user = viewer(Role::TenantUser, Some(&acme_id));
        let system = source(None);
        let custom = source(Some(&acme_id));
        let other = source(Some(&globex_id));
        assert!(can_edit_source(&sys, &system) && !can_edit_source(&sys, &custom) && can_see_source(&sys, &custom));
        assert!(can_see_source(&acme, &system) && !can_edit_source(&acme, &system));
        assert!(can_edit_source(&acme, &custom) && !can_see_source(&acme, &other));
        assert!(!can_see_source(&user, &system) && !can_edit_source(&user, &custom));
    }

    #[test]
    fn a_desktop_agent_edits_nothing_and_sees_platforms_as_tenants_do() {
        let acme_id = TenantId::new();
        let (sys, acme) = (
            viewer(Role::SystemAdmin, None),
            viewer(Role::TenantAdmin, Some(&acme_id)),
        );
        assert!(!can_edit_source(Lens::DesktopAgent, &source(Some(&acme_id))));
        assert!(!can_edit_source(Lens::DesktopAgent, &source(None)));
        assert_eq!(platform_access(Lens::DesktopAgent), PlatformAccess::Basic);
        assert_eq!(platform_access(&acme), PlatformAccess::Basic);
        assert_eq!(platform_access(&sys), PlatformAccess::Operator);
        assert!(Lens::from(&acme).shows_owner() && !Lens::DesktopAgent.shows_owner());
    }
}
