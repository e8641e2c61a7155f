//! What part of the tenant data a viewer may read: the scopes every read of tenant data takes.
//! Which scope a viewer has is decided in `auth::viewer` (`UserViewer::scope`,
//! `UserViewer::desktop_scope`); the queries in `db` apply them.

use super::id::{TenantId, UserId};

/// What part of the tenant data a viewer may read, passed to every query of tenant data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenantScope {
    /// Every tenant (system admins).
    All,
    /// One tenant.
    Tenant(TenantId),
    /// No tenant: a tenant role that has no tenant sees no tenant's data.
    Nothing,
}

/// Which desktops a viewer may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DesktopScope {
    /// All (system admins).
    All,
    /// One tenant's (tenant admins).
    Tenant(TenantId),
    /// Those assigned to one user (tenant users).
    Owner(UserId),
}
