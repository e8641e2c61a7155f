//! `Tenant`.

use async_graphql::{ID, Object};

use crate::db::models::TenantRow;
use crate::ids::{self, Kind};

use super::connection::connection;

/// A customer organisation with its own users, custom images and desktops.
pub struct Tenant(pub TenantRow);

#[Object]
impl Tenant {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::encode(Kind::Tenant, &self.0.id)
    }
    /// Short unique name used at login.
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// Display name.
    async fn name(&self) -> &str {
        &self.0.name
    }
}

connection!(TenantConnection, TenantEdge, Tenant, "tenant");
