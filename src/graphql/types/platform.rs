//! `CloudPlatform`.

use std::sync::Arc;

use async_graphql::{Context, ID, InputObject, SimpleObject};

use crate::auth::viewer::UserViewer;
use crate::db::models::PlatformRow;
use crate::db::pagination::{encode_cursor, time_key};
use crate::domain::access::{Lens, PlatformAccess, platform_access};
use crate::domain::capabilities;
use crate::domain::platforms::{mapping_placement, placement_of};
use crate::domain::reads::catalogue::{self, Related, SourcePage};
use crate::domain::reads::platforms;
use crate::domain::values::{Capabilities, Resource};
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::ids;

use super::boxed::Boxed;
use super::eager::{AtHand, Eager, object_at_hand};
use super::enums::{PlatformKind, ResourceModel};
use super::source::{ImageConnection, PagePlatforms, TemplateConnection};
use super::sync_run::{SyncRun, SyncRunConnection};

/// What a platform can do (R1), as its driver last found out from the platform (until it first
/// answered: what the kind's published API usually allows).
#[derive(Clone, Copy)]
pub struct PlatformCapabilities(Capabilities);

object_at_hand! {
    attributes {
        /// What a platform can do (R1), as its driver last found out from the platform (until it first
    /// answered: what the kind's published API usually allows).
        #[async_graphql::Object]
    }
    impl PlatformCapabilities as "PlatformCapabilities" => {
        fields(this) {
            /// Images or templates.
            "resourceModel" resource_model: ResourceModel = this.0.resource_model.into();
            /// Whether a source's boot mode can be changed in place (R7); where not, copyWithBootMode.
            "bootModeEditable" boot_mode_editable: bool = this.0.boot_mode_editable;
            /// Whether a source's video model can be changed in place (R8); where not, copyWithBootMode
            /// with videoModel.
            "videoModelEditable" video_model_editable: bool = this.0.video_model_editable;
            /// Whether the service can run the VM round trip of copyWithBootMode (R7).
            "bootModeCopy" boot_mode_copy: bool = this.0.boot_mode_copy;
            /// Whether the platform boots UEFI guests (R6): the operator's setting, else the platform's
            /// own answer. Where false, UEFI sources are not ready.
            "uefi" uefi: bool = this.0.uefi;
        }
        children(this) {}
    }
}

/// Where new desktop VMs go on a platform and what they get; each driver uses the fields its
/// platform needs (ZStack: zone, cluster, instanceOffering, network; CloudTower: cluster,
/// cpuCores, memoryMib, network, storagePolicy).
#[derive(SimpleObject, InputObject, Clone, Default)]
#[graphql(input_name = "PlacementInput")]
pub struct Placement {
    /// Zone (ZStack zone UUID).
    pub zone: Option<String>,
    /// Cluster (ZStack cluster UUID, CloudTower cluster id).
    pub cluster: Option<String>,
    /// Host (ZStack host UUID, CloudTower host id); usually left to the platform.
    pub host: Option<String>,
    /// Instance offering (ZStack): the VM's CPU and memory.
    pub instance_offering: Option<String>,
    /// Network (ZStack L3 network UUID, CloudTower VLAN id).
    pub network: Option<String>,
    /// Virtual CPUs (CloudTower).
    pub cpu_cores: Option<u32>,
    /// Memory in MiB (CloudTower).
    pub memory_mib: Option<u64>,
    /// Storage policy (CloudTower, e.g. REPLICA_2_THIN_PROVISION).
    pub storage_policy: Option<String>,
}

impl From<Placement> for crate::platform::Placement {
    fn from(p: Placement) -> Self {
        Self {
            zone: p.zone,
            cluster: p.cluster,
            host: p.host,
            instance_offering: p.instance_offering,
            network: p.network,
            cpu_cores: p.cpu_cores,
            memory_mib: p.memory_mib,
            storage_policy: p.storage_policy,
        }
    }
}

impl From<crate::platform::Placement> for Placement {
    fn from(p: crate::platform::Placement) -> Self {
        Self {
            zone: p.zone,
            cluster: p.cluster,
            host: p.host,
            instance_offering: p.instance_offering,
            network: p.network,
            cpu_cores: p.cpu_cores,
            memory_mib: p.memory_mib,
            storage_policy: p.storage_policy,
        }
    }
}

/// A cloud platform whose images (or templates) and VMs the service syncs.
#[derive(Clone)]
pub struct CloudPlatform {
    /// Shared: a page of sources points at a few platforms, each from many edges.
    row: Arc<PlatformRow>,
    /// What the viewer may see of it.
    access: PlatformAccess,
    /// What it can do.
    capabilities: PlatformCapabilities,
}

impl CloudPlatform {
    /// The platform as `viewer` may see it.
    pub fn new<'a>(row: impl Into<Arc<PlatformRow>>, viewer: impl Into<Lens<'a>>) -> Self {
        let row = row.into();
        Self {
            capabilities: PlatformCapabilities(capabilities::of(&row)),
            row,
            access: platform_access(viewer),
        }
    }

    /// The row.
    pub fn row(&self) -> &Arc<PlatformRow> {
        &self.row
    }

    fn operator<T>(&self, value: T) -> Option<T> {
        (self.access == PlatformAccess::Operator).then_some(value)
    }

    /// This platform as the one platform of a page of its own sources.
    fn as_page_platforms(&self) -> PagePlatforms {
        PagePlatforms::from([(self.row.id.clone(), Arc::clone(&self.row))])
    }

    async fn sources(
        &self,
        ctx: &Context<'_>,
        resource: Resource,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<(SourcePage, UserViewer)> {
        let page = ctx.page_args(first, after.as_deref())?;
        let user = ctx.user()?;
        // The platform is this one; the tenants of custom sources come with the page when asked.
        let related = Related {
            platforms: false,
            tenants: ctx.look_ahead().field("edges").field("node").field("tenant").exists(),
        };
        let found =
            catalogue::of_platform(ctx.state(), user, self.access, &self.row.id, resource, &page, related).await?;
        Ok((found, user.clone()))
    }
}

// Serial: most fields are at hand, and those that read (projects, runs, sources) then hold one
// pooled connection at a time rather than one each (see `connection`). Those return `Boxed`
// values and box their reads, so that the fields at hand stay small (see `boxed`).
object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl CloudPlatform as "CloudPlatform" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode_id(&this.row.id);
            /// Display name.
            "name" name: &str = &this.row.name;
            /// Kind.
            "kind" kind: PlatformKind = this.row.kind.into();
            /// API endpoint (`sim://…`, `https://…`); null for tenant roles. The secret is never returned.
            "endpoint" endpoint: Option<&str> = this.operator(this.row.endpoint.as_str());
            /// What the platform can do (R1).
            async fn capabilities(&self) -> PlatformCapabilities {
                self.capabilities
            }
            /// Where new desktop VMs go (null when not set, and for tenant roles).
            async fn placement(&self) -> ApiResult<Option<Placement>> {
                let Some(row) = self.operator(&self.row) else {
                    return Ok(None);
                };
                Ok(placement_of(row)?.map(Placement::from))
            }
            /// The operator's word on UEFI over the platform's own answer; null = the platform's answer
            /// (and for tenant roles).
            "uefiSetting" uefi_setting: Option<bool> = this.operator(this.row.uefi_setting).flatten();
            /// False after a sync could not reach it, until one succeeds; null before the first sync
            /// and for tenant roles.
            "available" available: Option<bool> = this.operator(this.row.available).flatten();
            /// Whether a secret is stored (the secret itself is never returned); null for tenant roles.
            "hasSecret" has_secret: Option<bool> = this.operator(this.row.secret_enc.is_some());
            /// Platform projects mapped to tenants (R3), in order; null for tenant roles.
            async fn project_tenants(&self, ctx: &Context<'_>) -> ApiResult<Option<Boxed<Vec<ProjectTenant>>>> {
                Box::pin(async {
                    let Some(rows) = platforms::project_tenants(ctx.state(), self.access, &self.row.id).await? else {
                        return Ok(None);
                    };
                    let mut out = Vec::with_capacity(rows.len());
                    for (r, tenant) in rows {
                        let placement = mapping_placement(&r)?.map(Placement::from);
                        out.push(ProjectTenant {
                            project: r.project,
                            tenant: tenant.map(|t| t.slug).unwrap_or_default(),
                            placement,
                        });
                    }
                    Ok(Some(Boxed(out)))
                })
                .await
            }
            /// The newest sync run; null for tenant roles.
            async fn last_sync(&self, ctx: &Context<'_>) -> ApiResult<Option<Boxed<SyncRun>>> {
                Box::pin(async {
                    let run = platforms::last_sync(ctx.state(), self.access, &self.row.id).await?;
                    Ok(run.map(|r| Boxed(SyncRun::of_platform(r, self))))
                })
                .await
            }
            /// Sync runs, newest first; null for tenant roles.
            #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
            async fn sync_runs(
                &self,
                ctx: &Context<'_>,
                first: Option<i32>,
                after: Option<String>,
            ) -> ApiResult<Option<Boxed<SyncRunConnection>>> {
                let page = ctx.page_args(first, after.as_deref())?;
                Box::pin(async {
                    let Some(rows) = platforms::sync_runs(ctx.state(), self.access, &self.row.id, &page).await? else {
                        return Ok(None);
                    };
                    Ok(Some(Boxed(SyncRunConnection::build(rows, |r| {
                        (encode_cursor(&time_key(r.started_at), r.id.as_str()), Eager(SyncRun::of_platform(r, self)))
                    }))))
                })
                .await
            }
            /// Seconds between scheduled syncs; null = on demand only (and for tenant roles).
            "syncIntervalSeconds" sync_interval_seconds: Option<i32> = this.operator(this.row.sync_interval_seconds).flatten();
            /// R4: the images synced from this platform (system and custom, removed ones included);
            /// system admins only.
            #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
            async fn images(
                &self,
                ctx: &Context<'_>,
                first: Option<i32>,
                after: Option<String>,
            ) -> ApiResult<Boxed<ImageConnection>> {
                let (found, user) = Box::pin(self.sources(ctx, Resource::Image, first, after)).await?;
                Ok(Boxed(ImageConnection::of(found.rows, &user, &self.as_page_platforms(), &found.tenants)))
            }
            /// R4/R5: the templates synced from this platform; system admins only.
            #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
            async fn templates(
                &self,
                ctx: &Context<'_>,
                first: Option<i32>,
                after: Option<String>,
            ) -> ApiResult<Boxed<TemplateConnection>> {
                let (found, user) = Box::pin(self.sources(ctx, Resource::Template, first, after)).await?;
                Ok(Boxed(TemplateConnection::of(found.rows, &user, &self.as_page_platforms(), &found.tenants)))
            }
        }
        children(this) {
            "capabilities" => Some(&this.capabilities as &dyn AtHand),
        }
    }
}

/// A platform project and the tenant (slug) it belongs to.
#[derive(SimpleObject)]
pub struct ProjectTenant {
    /// The platform's project.
    pub project: String,
    /// The tenant's slug.
    pub tenant: String,
    /// This tenant's placement of new VMs over the platform's; null when it has none.
    pub placement: Option<Placement>,
}
