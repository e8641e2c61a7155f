//! Who is asking: made once per HTTP request or WebSocket connection.

use crate::db::DbScope;
use crate::domain::id::{ApiTokenId, DesktopId, TenantId, UserId};
use crate::domain::scope::{DesktopScope, TenantScope};
use crate::domain::values::{AgentOs, Role};
use crate::error::{ApiError, ApiResult};

/// A signed-in user, as loaded when the request began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserViewer {
    /// The user's id.
    pub id: UserId,
    /// Login name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// The tenant, for tenant roles.
    pub tenant_id: Option<TenantId>,
    /// The API token this user acts through; `None` for a login token.
    pub api_token: Option<ApiTokenId>,
}

/// The viewer of a request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Viewer {
    /// No valid token.
    #[default]
    Anonymous,
    /// A signed-in user.
    User(UserViewer),
    /// The Mole agent of one desktop: may only report for it (R10).
    Agent {
        /// The desktop the token belongs to.
        desktop_id: DesktopId,
        /// That desktop's tenant.
        tenant_id: TenantId,
        /// The token's stored hash.
        token_hash: String,
        /// The OS the agent last reported (type, distro, version), as read when the token was
        /// checked; `None` before the first report. Lets a report tell OS changes without
        /// reading the desktop again.
        last_os: Option<AgentOs>,
    },
}

impl Viewer {
    /// The signed-in user, or `UNAUTHENTICATED`.
    pub fn user(&self) -> ApiResult<&UserViewer> {
        match self {
            Self::User(u) => Ok(u),
            Self::Anonymous => Err(ApiError::unauthenticated()),
            Self::Agent { .. } => Err(ApiError::forbidden()),
        }
    }

    /// The user if it has one of `roles`; `FORBIDDEN` otherwise.
    pub fn require(&self, roles: &[Role]) -> ApiResult<&UserViewer> {
        let u = self.user()?;
        if roles.contains(&u.role) {
            Ok(u)
        } else {
            Err(ApiError::forbidden())
        }
    }

    /// What kind of viewer this is, for logs and traces (never who).
    pub fn role_name(&self) -> &'static str {
        match self {
            Self::Anonymous => "anonymous",
            Self::Agent { .. } => "agent",
            Self::User(u) => match u.role {
                Role::SystemAdmin => "system_admin",
                Role::TenantAdmin => "tenant_admin",
                Role::TenantUser => "tenant_user",
            },
        }
    }

    /// The tenant rows the database lets this viewer's requests touch (the second wall, see
    /// `db::scope`).
    pub fn db_scope(&self) -> DbScope {
        match self {
            Self::User(u) => match u.scope() {
                TenantScope::All => DbScope::System,
                TenantScope::Tenant(t) => DbScope::Tenant(t),
                TenantScope::Nothing => DbScope::Nothing,
            },
            Self::Agent { tenant_id, .. } => DbScope::Tenant(tenant_id.clone()),
            Self::Anonymous => DbScope::Nothing,
        }
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
            (Role::SystemAdmin, _) => TenantScope::All,
            (_, Some(t)) => TenantScope::Tenant(t.clone()),
            // A tenant role always has a tenant; if one ever had none, it sees nothing.
            (_, None) => TenantScope::Nothing,
        }
    }

    /// The desktops this user may see: all, its tenant's, or those assigned to it.
    pub fn desktop_scope(&self) -> DesktopScope {
        match (&self.role, &self.tenant_id) {
            (Role::SystemAdmin, _) => DesktopScope::All,
            (Role::TenantAdmin, Some(t)) => DesktopScope::Tenant(t.clone()),
            (Role::TenantAdmin, None) | (Role::TenantUser, _) => DesktopScope::Owner(self.id.clone()),
        }
    }

    /// `FORBIDDEN` when acting through an API token: what a token may not do (make another
    /// credential: an API token, a fresh login token, a new password).
    pub fn not_through_api_token(&self) -> ApiResult<()> {
        match self.api_token {
            Some(_) => Err(ApiError::forbidden()),
            None => Ok(()),
        }
    }

    /// Whether this is a system admin.
    pub fn is_system_admin(&self) -> bool {
        self.role == Role::SystemAdmin
    }
}
