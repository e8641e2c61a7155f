//! The query root.

use async_graphql::{Context, ID, InputObject, Object};

use crate::auth::viewer::TenantScope;
use crate::db::pagination::encode_cursor;
use crate::db::sources::{SourceFilter as DbSourceFilter, SourceSet};
use crate::db::users::UserSet;
use crate::db::{platforms, sources, tenants, users};
use crate::domain::values::{Resource, Role};
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::eager::Eager;
use crate::graphql::types::enums::BootMode;
use crate::graphql::types::node::{self, Node};
use crate::graphql::types::platform::CloudPlatform;
use crate::graphql::types::source::{ImageConnection, PagePlatforms, TemplateConnection};
use crate::graphql::types::tenant::{Tenant, TenantConnection};
use crate::graphql::types::user::{User, UserConnection};
use crate::ids::{self, Kind};

/// Filters of the image and template lists.
#[derive(InputObject, Default)]
pub struct SourceFilter {
    /// Only this platform's.
    pub platform_id: Option<ID>,
    /// Name contains this (case-insensitive).
    pub name_contains: Option<String>,
    /// `windows` or `linux`.
    pub os_type: Option<String>,
    /// Only this boot mode's (sources whose boot mode is not known are left out).
    pub boot_mode: Option<BootMode>,
    /// Only ready (true) or only not ready (false) ones (R8).
    pub ready: Option<bool>,
    /// Include sources removed from their platform (default false).
    pub include_removed: Option<bool>,
}

impl SourceFilter {
    fn parse(filter: Option<Self>) -> ApiResult<DbSourceFilter> {
        let f = filter.unwrap_or_default();
        Ok(DbSourceFilter {
            platform_id: f
                .platform_id
                .map(|p| ids::decode(Kind::CloudPlatform, &p))
                .transpose()?,
            name_contains: f.name_contains.filter(|n| !n.is_empty()),
            os_type: f.os_type,
            boot_mode: f.boot_mode.map(Into::into),
            ready: f.ready,
            include_removed: f.include_removed.unwrap_or(false),
        })
    }
}

/// Catalogue and account reads.
#[derive(Default)]
pub struct CatalogueQuery;

/// Which sources a custom list shows: a system admin all tenants' or one's; a tenant admin its own.
fn custom_set(ctx: &Context<'_>, tenant_id: Option<ID>) -> ApiResult<SourceSet> {
    let me = ctx.viewer().admin()?;
    let wanted = tenant_id.map(|t| ids::decode(Kind::Tenant, &t)).transpose()?;
    Ok(match (me.scope(), wanted) {
        (TenantScope::All, None) => SourceSet::Custom(TenantScope::All),
        (TenantScope::All, Some(t)) => SourceSet::Custom(TenantScope::Tenant(t)),
        (TenantScope::Tenant(own), None) => SourceSet::Custom(TenantScope::Tenant(own)),
        (TenantScope::Tenant(own), Some(t)) if t == own => SourceSet::Custom(TenantScope::Tenant(own)),
        (TenantScope::Tenant(_), Some(_)) => return Err(ApiError::not_found("tenant")),
        (TenantScope::Nothing, None) => SourceSet::Custom(TenantScope::Nothing),
        (TenantScope::Nothing, Some(_)) => return Err(ApiError::not_found("tenant")),
    })
}

async fn list_sources(
    ctx: &Context<'_>,
    resource: Resource,
    set: SourceSet,
    first: Option<i32>,
    after: Option<String>,
    filter: Option<SourceFilter>,
) -> ApiResult<(
    crate::db::pagination::Page<crate::db::models::SourceRow>,
    crate::auth::viewer::UserViewer,
    PagePlatforms,
)> {
    let me = ctx.user()?.clone();
    let page = ctx.page_args(first, after.as_deref())?;
    let filter = SourceFilter::parse(filter)?;
    let pool = &ctx.state().pool;
    let rows = sources::list(&mut pool.get().await?, resource, &set, &filter, &page).await?;
    // The page's platforms in one read when asked for (no loader round per edge), none when this
    // process read them moments ago.
    let mut platforms = PagePlatforms::new();
    if ctx.look_ahead().field("edges").field("node").field("platform").exists() {
        let mut ids: Vec<String> = rows.items.iter().map(|r| r.platform_id.clone()).collect();
        ids.sort_unstable();
        ids.dedup();
        for p in ctx.state().platforms.find_many(pool, &ids).await? {
            platforms.insert(p.id.clone(), p);
        }
    }
    Ok((rows, me, platforms))
}

#[Object]
impl CatalogueQuery {
    /// The signed-in user.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<User> {
        let me = ctx.user()?;
        let mut conn = ctx.state().pool.get().await?;
        let row = users::by_id(&mut conn, &me.id)
            .await?
            .ok_or_else(ApiError::unauthenticated)?;
        Ok(User(row))
    }

    /// Any object by global ID; null when it does not exist or is outside your scope (R16).
    async fn node(&self, ctx: &Context<'_>, id: ID) -> ApiResult<Option<Node>> {
        let me = ctx.user()?;
        node::resolve(ctx.state(), me, &id).await
    }

    /// Tenants: all for system admins, their own for tenant roles.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn tenants(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<TenantConnection> {
        let me = ctx.user()?;
        let page = ctx.page_args(first, after.as_deref())?;
        let mut conn = ctx.state().pool.get().await?;
        let rows = tenants::list(&mut conn, &me.scope(), &page).await?;
        Ok(TenantConnection::build(rows, |t| {
            (encode_cursor(&t.name, &t.id), Eager(Tenant(t)))
        }))
    }

    /// Users: system admins all (or one tenant's), tenant admins their tenant's, users themselves.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        tenant_id: Option<ID>,
    ) -> ApiResult<UserConnection> {
        let me = ctx.user()?;
        let wanted = tenant_id.map(|t| ids::decode(Kind::Tenant, &t)).transpose()?;
        let set = match (me.role, &me.tenant_id, wanted) {
            (Role::SystemAdmin, _, t) => UserSet::All(t),
            (Role::TenantAdmin, Some(own), None) => UserSet::Tenant(own.clone()),
            (Role::TenantAdmin, Some(own), Some(t)) if &t == own => UserSet::Tenant(t),
            (Role::TenantAdmin, _, _) => return Err(ApiError::not_found("tenant")),
            (Role::TenantUser, _, _) => UserSet::Only(me.id.clone()),
        };
        let page = ctx.page_args(first, after.as_deref())?;
        let mut conn = ctx.state().pool.get().await?;
        let rows = users::list(&mut conn, &set, &page).await?;
        Ok(UserConnection::build(rows, |u| {
            (encode_cursor(&u.username, &u.id), Eager(User(u)))
        }))
    }

    /// Every cloud platform; tenant roles see id, name, kind and capabilities only.
    async fn cloud_platforms(&self, ctx: &Context<'_>) -> ApiResult<Vec<CloudPlatform>> {
        let me = ctx.user()?;
        let mut conn = ctx.state().pool.get().await?;
        Ok(platforms::all(&mut conn)
            .await?
            .into_iter()
            .map(|p| CloudPlatform::new(p, me))
            .collect())
    }

    /// R4: the system images of every platform, never custom ones (admins).
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn vdi_images(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<SourceFilter>,
    ) -> ApiResult<ImageConnection> {
        ctx.viewer().admin()?;
        let (rows, me, platforms) = list_sources(ctx, Resource::Image, SourceSet::System, first, after, filter).await?;
        Ok(ImageConnection::of(rows, &me, &platforms))
    }

    /// R4/R5: the system templates of every template platform (admins).
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn vdi_templates(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<SourceFilter>,
    ) -> ApiResult<TemplateConnection> {
        ctx.viewer().admin()?;
        let (rows, me, platforms) =
            list_sources(ctx, Resource::Template, SourceSet::System, first, after, filter).await?;
        Ok(TemplateConnection::of(rows, &me, &platforms))
    }

    /// The tenant console's custom images; a system admin may pass `tenantId` (or see all).
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn custom_images(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        tenant_id: Option<ID>,
        filter: Option<SourceFilter>,
    ) -> ApiResult<ImageConnection> {
        let set = custom_set(ctx, tenant_id)?;
        let (rows, me, platforms) = list_sources(ctx, Resource::Image, set, first, after, filter).await?;
        Ok(ImageConnection::of(rows, &me, &platforms))
    }

    /// The tenant console's custom templates; a system admin may pass `tenantId` (or see all).
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn custom_templates(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        tenant_id: Option<ID>,
        filter: Option<SourceFilter>,
    ) -> ApiResult<TemplateConnection> {
        let set = custom_set(ctx, tenant_id)?;
        let (rows, me, platforms) = list_sources(ctx, Resource::Template, set, first, after, filter).await?;
        Ok(TemplateConnection::of(rows, &me, &platforms))
    }
}

/// Reads. The rules named R1–R16 in these descriptions are stated in docs/RULES.md of the
/// xspace repository.
#[derive(async_graphql::MergedObject, Default)]
pub struct QueryRoot(
    CatalogueQuery,
    crate::graphql::desktop_query::DesktopQuery,
    crate::graphql::mutation::api_tokens::ApiTokenQuery,
);
