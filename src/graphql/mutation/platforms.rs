//! Cloud platforms and syncs (R1–R3).

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use crate::domain::platforms::{self as domain, PlatformInput};
use crate::domain::sync;
use crate::domain::values::PlatformKind;
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::platform::CloudPlatform;
use crate::graphql::types::sync_run::SyncRun;
use crate::ids::{self, Kind};

/// A platform project owned by a tenant (R3).
#[derive(InputObject, Clone)]
pub struct ProjectTenantInput {
    /// The platform's project (OpenStack: the `owner` of an image).
    pub project: String,
    /// The tenant's slug.
    pub tenant: String,
}

/// A new platform.
#[derive(InputObject)]
pub struct AddCloudPlatformInput {
    /// Display name, unique.
    pub name: String,
    /// Kind; fixes the capabilities.
    pub kind: PlatformKind,
    /// API endpoint: `sim://NAME?images=N&seed=S`, `sim:///abs/inventory.json`.
    pub endpoint: String,
    /// The platform's own secret; stored encrypted, never returned.
    #[graphql(secret)]
    pub secret: Option<String>,
    /// Platform project → tenant slug (R3).
    pub project_tenants: Option<Vec<ProjectTenantInput>>,
    /// Seconds between scheduled syncs (60–604800); null = on demand only.
    pub sync_interval_seconds: Option<i32>,
}

/// Changes to a platform; omitted fields stay.
#[derive(InputObject)]
pub struct UpdateCloudPlatformInput {
    /// The platform.
    pub id: ID,
    /// New name.
    pub name: Option<String>,
    /// New endpoint.
    pub endpoint: Option<String>,
    /// New secret; an empty string removes it.
    #[graphql(secret)]
    pub secret: Option<String>,
    /// New mapping, replacing the old; the scope of its sources is re-derived at once.
    pub project_tenants: Option<Vec<ProjectTenantInput>>,
    /// New interval; explicit null turns scheduled syncs off.
    pub sync_interval_seconds: MaybeUndefined<i32>,
}

fn pairs(list: Option<Vec<ProjectTenantInput>>) -> Option<Vec<(String, String)>> {
    list.map(|l| l.into_iter().map(|p| (p.project, p.tenant)).collect())
}

/// Platforms.
#[derive(Default)]
pub struct PlatformMutation;

#[Object]
impl PlatformMutation {
    /// Adds a cloud platform (system admins).
    async fn add_cloud_platform(&self, ctx: &Context<'_>, input: AddCloudPlatformInput) -> ApiResult<CloudPlatform> {
        let me = ctx.viewer().system_admin()?;
        let row = domain::add(
            ctx.state(),
            ctx.viewer(),
            PlatformInput {
                name: Some(input.name),
                kind: Some(input.kind),
                endpoint: Some(input.endpoint),
                secret: input.secret,
                project_tenants: pairs(input.project_tenants),
                sync_interval_seconds: Some(input.sync_interval_seconds),
            },
        )
        .await?;
        Ok(CloudPlatform::new(row, me))
    }

    /// Changes a platform's name, endpoint, secret, mapping or interval (system admins).
    async fn update_cloud_platform(
        &self,
        ctx: &Context<'_>,
        input: UpdateCloudPlatformInput,
    ) -> ApiResult<CloudPlatform> {
        let me = ctx.viewer().system_admin()?;
        let id = ids::decode(Kind::CloudPlatform, &input.id)?;
        let interval = match input.sync_interval_seconds {
            MaybeUndefined::Undefined => None,
            MaybeUndefined::Null => Some(None),
            MaybeUndefined::Value(v) => Some(Some(v)),
        };
        let row = domain::update(
            ctx.state(),
            ctx.viewer(),
            &id,
            PlatformInput {
                name: input.name,
                kind: None,
                endpoint: input.endpoint,
                secret: input.secret,
                project_tenants: pairs(input.project_tenants),
                sync_interval_seconds: interval,
            },
        )
        .await?;
        Ok(CloudPlatform::new(row, me))
    }

    /// Removes a platform and its catalogue; refused while desktops live on it (system admins).
    async fn remove_cloud_platform(&self, ctx: &Context<'_>, id: ID) -> ApiResult<ID> {
        ctx.viewer().system_admin()?;
        let internal = ids::decode(Kind::CloudPlatform, &id)?;
        domain::remove(ctx.state(), ctx.viewer(), &internal).await?;
        Ok(id)
    }

    /// Runs a sync to its end and returns it; progress goes to `syncEvents`. A platform that
    /// cannot be listed gives a FAILED run and removes nothing (system admins).
    async fn sync_cloud_platform(&self, ctx: &Context<'_>, id: ID) -> ApiResult<SyncRun> {
        ctx.viewer().system_admin()?;
        let internal = ids::decode(Kind::CloudPlatform, &id)?;
        Ok(SyncRun(sync::sync_platform(ctx.state(), &internal).await?))
    }
}
