//! `ApiToken`.

use async_graphql::{Context, ID, Object};

use crate::db::models::{ApiTokenRow, now};
use crate::error::ApiResult;
use crate::graphql::loaders::load_user;
use crate::ids;

use super::connection::connection;
use super::user::User;
use super::utc;

/// A credential for automation that acts as the user who made it. Its secret is shown once, when
/// it is made, and never again.
pub struct ApiToken(pub ApiTokenRow);

#[Object]
impl ApiToken {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::encode_id(&self.0.id)
    }
    /// The name its owner gave it.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The user who made it: the token acts with this user's role and tenant, never more.
    async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        Ok(load_user(ctx, &self.0.owner_id).await?.map(User::new))
    }
    /// When it was made.
    async fn created_at(&self) -> chrono::DateTime<chrono::Utc> {
        utc(self.0.created_at)
    }
    /// When it stops working.
    async fn expires_at(&self) -> chrono::DateTime<chrono::Utc> {
        utc(self.0.expires_at)
    }
    /// When it was last used (to the minute: a use within a minute of the last one is not
    /// written); null if never.
    async fn last_used_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.0.last_used_at.map(utc)
    }
    /// When it was revoked; null if it was not.
    async fn revoked_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.0.revoked_at.map(utc)
    }
    /// Whether it works now as far as the token goes: neither revoked nor expired (its owner
    /// being disabled, or having changed password since, also ends it).
    async fn active(&self) -> bool {
        self.0.revoked_at.is_none() && self.0.expires_at > now()
    }
}

connection!(ApiTokenConnection, ApiTokenEdge, ApiToken, "API token");
