//! `AuditEntry`.

use async_graphql::{Context, ID, Object};

use crate::db::models::AuditRow;
use crate::error::ApiResult;
use crate::graphql::loaders::load_user;
use crate::ids::{self, Kind};

use super::connection::connection;
use super::user::User;
use super::utc;

/// Who changed what, when, and how it ended. Never a secret.
pub struct AuditEntry(pub AuditRow);

#[Object]
impl AuditEntry {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::encode(Kind::AuditEntry, &self.0.id)
    }
    /// When.
    async fn at(&self) -> chrono::DateTime<chrono::Utc> {
        utc(self.0.at)
    }
    /// Who (null for the service itself or an agent).
    async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<User>> {
        match &self.0.actor_id {
            Some(id) => Ok(load_user(ctx, id).await?.map(User)),
            None => Ok(None),
        }
    }
    /// The operation, e.g. `connectionInfo`, `setDesktopCredentials`.
    async fn action(&self) -> &str {
        &self.0.action
    }
    /// The object acted on.
    async fn target_id(&self) -> Option<ID> {
        self.0.target_id.as_ref().map(|t| ID(t.clone()))
    }
    /// `ok`, `denied` or `failed`.
    async fn outcome(&self) -> &str {
        &self.0.outcome
    }
    /// More about it (never a secret).
    async fn detail(&self) -> Option<&str> {
        self.0.detail.as_deref()
    }
}

connection!(AuditEntryConnection, AuditEntryEdge, AuditEntry, "audit entry");
