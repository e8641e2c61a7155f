//! `SyncRun`.

use async_graphql::{Context, ID};

use crate::db::models::SyncRunRow;
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::load_platform;
use crate::ids;

use super::connection::connection;
use super::eager::{AtHand, Eager, object_at_hand};
use super::enums::SyncStatus;
use super::platform::CloudPlatform;
use super::utc;

/// One sync of one platform (R2).
pub struct SyncRun(pub SyncRunRow, Option<CloudPlatform>);

impl SyncRun {
    /// The run.
    pub fn new(row: SyncRunRow) -> Self {
        Self(row, None)
    }

    /// A run of `platform`, which it holds.
    pub fn of_platform(row: SyncRunRow, platform: &CloudPlatform) -> Self {
        Self(row, Some(platform.clone()))
    }
}

object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl SyncRun as "SyncRun" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode_id(&this.0.id);
            /// The platform synced.
            pub async fn platform(&self, ctx: &Context<'_>) -> ApiResult<Eager<CloudPlatform>> {
                let user = ctx.user()?;
                let row = load_platform(ctx, &self.0.platform_id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("platform"))?;
                Ok(Eager(CloudPlatform::new(row, user)))
            }
            /// Running, succeeded or failed.
            "status" status: SyncStatus = this.0.status.into();
            /// When it began.
            "startedAt" started_at: chrono::DateTime<chrono::Utc> = utc(this.0.started_at);
            /// When it ended.
            "finishedAt" finished_at: Option<chrono::DateTime<chrono::Utc>> = this.0.finished_at.map(utc);
            /// Desktops this run imported from VMs but flagged: boot mode unlike their source's, or a
            /// source that is not virtio (R6/R8; see `Desktop.readiness` and the run's notes).
            "flagged" flagged: i32 = this.0.flagged;
            /// Sources added.
            "added" added: i32 = this.0.added;
            /// Sources whose platform-owned fields changed, or that came back.
            "updated" updated: i32 = this.0.updated;
            /// Sources newly marked removed from the platform.
            "removed" removed: i32 = this.0.removed;
            /// Why it failed.
            "error" error: Option<&str> = this.0.error.as_deref();
            /// What the operator should know, e.g. that VMs could not be listed.
            pub async fn notes(&self) -> Vec<String> {
                serde_json::from_str(&self.0.notes).unwrap_or_default()
            }
        }
        children(this) {
            "platform" => this.1.as_ref().map(|p| p as &dyn AtHand),
        }
    }
}

connection!(SyncRunConnection, SyncRunEdge, Eager<SyncRun>, "sync run");
