//! `SyncRun`.

use async_graphql::{Context, ID, Object};

use crate::db::models::SyncRunRow;
use crate::domain::values::SyncStatus;
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::load_platform;
use crate::ids::{self, Kind};

use super::connection::connection;
use super::platform::CloudPlatform;
use super::utc;

/// One sync of one platform (R2).
pub struct SyncRun(pub SyncRunRow);

#[Object]
impl SyncRun {
    /// Global ID.
    pub async fn id(&self) -> ID {
        ids::encode(Kind::SyncRun, &self.0.id)
    }
    /// The platform synced.
    async fn platform(&self, ctx: &Context<'_>) -> ApiResult<CloudPlatform> {
        let user = ctx.user()?;
        let row = load_platform(ctx, &self.0.platform_id)
            .await?
            .ok_or_else(|| ApiError::not_found("platform"))?;
        Ok(CloudPlatform::new(row, user))
    }
    /// Running, succeeded or failed.
    async fn status(&self) -> ApiResult<SyncStatus> {
        Ok(self.0.status.parse::<SyncStatus>().map_err(anyhow::Error::msg)?)
    }
    /// When it began.
    async fn started_at(&self) -> chrono::DateTime<chrono::Utc> {
        utc(self.0.started_at)
    }
    /// When it ended.
    async fn finished_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.0.finished_at.map(utc)
    }
    /// Desktops this run imported from VMs but flagged: boot mode unlike their source's, or a
    /// source that is not virtio (R6/R8; see `Desktop.readiness` and the run's notes).
    async fn flagged(&self) -> i32 {
        self.0.flagged
    }
    /// Sources added.
    async fn added(&self) -> i32 {
        self.0.added
    }
    /// Sources whose platform-owned fields changed, or that came back.
    async fn updated(&self) -> i32 {
        self.0.updated
    }
    /// Sources newly marked removed from the platform.
    async fn removed(&self) -> i32 {
        self.0.removed
    }
    /// Why it failed.
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }
    /// What the operator should know, e.g. that VMs could not be listed.
    async fn notes(&self) -> Vec<String> {
        serde_json::from_str(&self.0.notes).unwrap_or_default()
    }
}

connection!(SyncRunConnection, SyncRunEdge, SyncRun, "sync run");
