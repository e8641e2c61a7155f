//! The query root.

use async_graphql::{Context, ID, InputObject, Object};

use crate::auth::viewer::UserViewer;
use crate::db::pagination::encode_cursor;
use crate::db::sources::SourceFilter as DbSourceFilter;
use crate::domain::id::{PlatformId, TenantId};
use crate::domain::reads::catalogue::{self, Related, SourceList, SourcePage};
use crate::domain::reads::{accounts, platforms};
use crate::domain::values::Resource;
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::load_for_page;
use crate::graphql::types::eager::Eager;
use crate::graphql::types::enums::BootMode;
use crate::graphql::types::node::{self, Node};
use crate::graphql::types::platform::CloudPlatform;
use crate::graphql::types::source::{ImageConnection, TemplateConnection};
use crate::graphql::types::tenant::{Tenant, TenantConnection};
use crate::graphql::types::user::{User, UserConnection};
use crate::ids;

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
            platform_id: f.platform_id.map(|p| ids::decode_id::<PlatformId>(&p)).transpose()?,
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

/// A page of sources, with the page's platforms read with it when the selection asks for them.
async fn list_sources<'a>(
    ctx: &'a Context<'_>,
    resource: Resource,
    list: SourceList,
    first: Option<i32>,
    after: Option<String>,
    filter: Option<SourceFilter>,
) -> ApiResult<(SourcePage, &'a UserViewer)> {
    let page = ctx.page_args(first, after.as_deref())?;
    let filter = SourceFilter::parse(filter)?;
    let node = ctx.look_ahead().field("edges").field("node");
    let related = Related {
        platforms: node.field("platform").exists() || node.field("readiness").exists(),
        tenants: node.field("tenant").exists(),
    };
    let found = catalogue::list(ctx.state(), ctx.viewer(), resource, list, &filter, &page, related).await?;
    Ok((found, ctx.user()?))
}

/// The custom list of one tenant, or of every tenant in scope.
fn custom(tenant_id: Option<ID>) -> ApiResult<SourceList> {
    let tenant = tenant_id.map(|t| ids::decode_id::<TenantId>(&t)).transpose()?;
    Ok(SourceList::Custom { tenant })
}

#[Object]
impl CatalogueQuery {
    /// The signed-in user.
    async fn me(&self, ctx: &Context<'_>) -> ApiResult<User> {
        Ok(User::new(accounts::me(ctx.state(), ctx.viewer()).await?))
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
        let page = ctx.page_args(first, after.as_deref())?;
        let rows = accounts::tenants(ctx.state(), ctx.viewer(), &page).await?;
        Ok(TenantConnection::build(rows, |t| {
            (encode_cursor(&t.name, t.id.as_str()), Eager(Tenant(t)))
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
        let tenant = tenant_id.map(|t| ids::decode_id::<TenantId>(&t)).transpose()?;
        let page = ctx.page_args(first, after.as_deref())?;
        let rows = accounts::users(ctx.state(), ctx.viewer(), tenant, &page).await?;
        let wanted = ctx.look_ahead().field("edges").field("node").field("tenant").exists();
        let tenants = load_for_page(
            ctx,
            wanted,
            |l| &l.tenants,
            rows.items.iter().filter_map(|u| u.tenant_id.as_ref()),
        )
        .await?;
        Ok(UserConnection::build(rows, |u| {
            (
                encode_cursor(&u.username, u.id.as_str()),
                Eager(User::in_page(u, &tenants)),
            )
        }))
    }

    /// Every cloud platform; tenant roles see id, name, kind and capabilities only.
    async fn cloud_platforms(&self, ctx: &Context<'_>) -> ApiResult<Vec<CloudPlatform>> {
        let rows = platforms::all(ctx.state(), ctx.viewer()).await?;
        let me = ctx.user()?;
        Ok(rows.into_iter().map(|p| CloudPlatform::new(p, me)).collect())
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
        let (found, me) = list_sources(ctx, Resource::Image, SourceList::System, first, after, filter).await?;
        Ok(ImageConnection::of(found.rows, me, &found.platforms, &found.tenants))
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
        let (found, me) = list_sources(ctx, Resource::Template, SourceList::System, first, after, filter).await?;
        Ok(TemplateConnection::of(found.rows, me, &found.platforms, &found.tenants))
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
        let (found, me) = list_sources(ctx, Resource::Image, custom(tenant_id)?, first, after, filter).await?;
        Ok(ImageConnection::of(found.rows, me, &found.platforms, &found.tenants))
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
        let (found, me) = list_sources(ctx, Resource::Template, custom(tenant_id)?, first, after, filter).await?;
        Ok(TemplateConnection::of(found.rows, me, &found.platforms, &found.tenants))
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
