//! Who is asking: made once per HTTP request or WebSocket connection.

use crate::domain::values::Role;
use crate::error::{ApiError, ApiResult};

/// A signed-in user, as loaded when the request began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserViewer {
    /// The user's id.
    pub id: String,
    /// Login name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// The tenant, for tenant roles.
    pub tenant_id: Option<String>,
}

/// The viewer of a request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Viewer {
    /// No valid token.
    #[default]
    Anonymous,
    /// A signed-in user.
    User(UserViewer),
}

/// What part of the tenant data a viewer may read, passed to every query of tenant data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenantScope {
    /// Every tenant (system admins).
    All,
    /// One tenant.
    Tenant(String),
}

impl Viewer {
    /// The signed-in user, or `UNAUTHENTICATED`.
    pub fn user(&self) -> ApiResult<&UserViewer> {
        match self {
            Self::User(u) => Ok(u),
            Self::Anonymous => Err(ApiError::unauthenticated()),
        }
    }

    /// The user if it has one of `roles`; `FORBIDDEN` otherwise.
    pub fn require(&self, roles: &[Role]) -> ApiResult<&UserViewer> {
        let u = self.user()?;
        if roles.contains(&u.role) { Ok(u) } else { Err(ApiError::forbidden()) }
    }

    /// A system admin, or `FORBIDDEN`.
    pub fn system_admin(&self) -> ApiResult<&UserViewer> {
        self.require(&[Role::SystemAdmin])
    }

    /// An admin of either kind, or `FORBIDDEN`.
    pub fn admin(&self) -> ApiResult<&UserViewer> {
        self.require(&[Role::SystemAdmin, Role::TenantAdmin])
    }
}

impl UserViewer {
    /// The tenant data this user may read.
    pub fn scope(&self) -> TenantScope {
        match (&self.role, &self.tenant_id) {
            (Role::SystemAdmin, _) | (_, None) => TenantScope::All,
            (_, Some(t)) => TenantScope::Tenant(t.clone()),
        }
    }

    /// Whether this is a system admin.
    pub fn is_system_admin(&self) -> bool {
        self.role == Role::SystemAdmin
    }
}
