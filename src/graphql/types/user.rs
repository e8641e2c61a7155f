//! `User`.

use async_graphql::{Context, ID, Object};

use crate::db::models::UserRow;
use crate::domain::values::Role;
use crate::error::ApiResult;
use crate::graphql::loaders::load_tenant;
use crate::ids::{self, Kind};

use super::connection::connection;
use super::tenant::Tenant;

/// A user account.
pub struct User(pub UserRow);

#[Object]
impl User {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::encode(Kind::User, &self.0.id)
    }
    /// Login name, unique within its tenant (or the system namespace).
    async fn username(&self) -> &str {
        &self.0.username
    }
    /// Role.
    async fn role(&self) -> ApiResult<Role> {
        Ok(self.0.role.parse::<Role>().map_err(anyhow::Error::msg)?)
    }
    /// The user's tenant; null for system admins.
    async fn tenant(&self, ctx: &Context<'_>) -> ApiResult<Option<Tenant>> {
        match &self.0.tenant_id {
            Some(t) => load_tenant(ctx, t).await,
            None => Ok(None),
        }
    }
    /// Whether the user is disabled (cannot log in; its tokens do not work).
    async fn disabled(&self) -> bool {
        self.0.disabled
    }
}

connection!(UserConnection, UserEdge, User, "user");
