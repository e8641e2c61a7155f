//! Cloud platforms and syncs (R1–R3).

use async_graphql::{Context, ID, InputObject, MaybeUndefined, Object};

use crate::domain::id::PlatformId;
use crate::domain::platforms::{self as domain, PlatformInput, ProjectMapping};
use crate::domain::sync;
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::enums::PlatformKind;
use crate::graphql::types::platform::{CloudPlatform, Placement};
use crate::graphql::types::sync_run::SyncRun;
use crate::ids;

/// A platform project owned by a tenant (R3).
#[derive(InputObject, Clone)]
pub struct ProjectTenantInput {
    /// The platform's project (OpenStack: the `owner` of an image).
    pub project: String,
    /// The tenant's slug.
    pub tenant: String,
    /// This tenant's placement of new VMs, over the platform's (fields set here win).
    pub placement: Option<Placement>,
}

/// A new platform.
#[derive(InputObject)]
pub struct AddCloudPlatformInput {
    /// Display name, unique.
    pub name: String,
    /// Kind: the platform's API and whether it holds images or templates.
    pub kind: PlatformKind,
    /// API endpoint: `sim://NAME?images=N&seed=S`, `sim:///abs/inventory.json`, or the
    /// platform's own URL (OpenStack Glance or Keystone, ZStack, CloudTower).
    pub endpoint: String,
    /// The platform's own secret; stored encrypted, never returned.
    #[graphql(secret)]
    pub secret: Option<String>,
    /// Platform project → tenant slug (R3).
    pub project_tenants: Option<Vec<ProjectTenantInput>>,
    /// Seconds between scheduled syncs (60–604800); null = on demand only.
    pub sync_interval_seconds: Option<i32>,
    /// Where new desktop VMs go; checked by the platform's driver.
    pub placement: Option<Placement>,
    /// Whether the platform boots UEFI guests, over its own answer; null = ask the platform.
    pub uefi: Option<bool>,
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
    /// New placement, replacing the old; explicit null removes it.
    pub placement: MaybeUndefined<Placement>,
    /// Whether the platform boots UEFI guests; explicit null leaves it to the platform's answer.
    pub uefi: MaybeUndefined<bool>,
}

/// An omitted field as `None`, an explicit null as `Some(None)`.
fn change<T, U>(value: MaybeUndefined<T>, into: impl FnOnce(T) -> U) -> Option<Option<U>> {
    match value {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(v) => Some(Some(into(v))),
    }
}

fn pairs(list: Option<Vec<ProjectTenantInput>>) -> Option<Vec<ProjectMapping>> {
    list.map(|l| {
        l.into_iter()
            .map(|p| ProjectMapping {
                project: p.project,
                tenant_slug: p.tenant,
                placement: p.placement.map(Into::into),
            })
            .collect()
    })
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
                kind: Some(input.kind.into()),
                endpoint: Some(input.endpoint),
                secret: input.secret,
                project_tenants: pairs(input.project_tenants),
                sync_interval_seconds: Some(input.sync_interval_seconds),
                placement: Some(input.placement.map(Into::into)),
                uefi: Some(input.uefi),
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
        let id = ids::decode_id::<PlatformId>(&input.id)?;
        let interval = change(input.sync_interval_seconds, |v| v);
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
                placement: change(input.placement, Into::into),
                uefi: change(input.uefi, |v| v),
            },
        )
        .await?;
        Ok(CloudPlatform::new(row, me))
    }

    /// Removes a platform and its catalogue; refused while desktops live on it (system admins).
    async fn remove_cloud_platform(&self, ctx: &Context<'_>, id: ID) -> ApiResult<ID> {
        ctx.viewer().system_admin()?;
        let internal = ids::decode_id::<PlatformId>(&id)?;
        domain::remove(ctx.state(), ctx.viewer(), &internal).await?;
        Ok(id)
    }

    /// Runs a sync to its end and returns it; progress goes to `syncEvents`. A platform that
    /// cannot be listed gives a FAILED run and removes nothing (system admins).
    async fn sync_cloud_platform(&self, ctx: &Context<'_>, id: ID) -> ApiResult<SyncRun> {
        ctx.viewer().system_admin()?;
        let internal = ids::decode_id::<PlatformId>(&id)?;
        Ok(SyncRun::new(sync::sync_platform(ctx.state(), &internal).await?))
    }
}
