//! Reads about desktops: the list, connection info (R15) and the audit trail.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::db::desktops::DesktopFilter as DbDesktopFilter;
use crate::db::pagination::{encode_cursor, time_key};
use crate::domain::id::{DesktopId, PlatformId, TenantId, UserId};
use crate::domain::reads::{audit, desktops};
use crate::domain::{access, credentials};
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::{load_desktop_page, load_for_page, page_reads};
use crate::graphql::types::audit::{AuditEntry, AuditEntryConnection};
use crate::graphql::types::desktop::{Desktop, DesktopConnection, window_seconds};
use crate::graphql::types::eager::Eager;
use crate::graphql::types::enums::LoginMode;
use crate::graphql::types::source::source_key;
use crate::ids;

/// Filters of the desktop list.
#[derive(InputObject, Default)]
pub struct DesktopFilter {
    /// Only this tenant's.
    pub tenant_id: Option<ID>,
    /// Only those assigned to this user.
    pub owner_id: Option<ID>,
    /// Only those made from this Image or Template.
    pub source_id: Option<ID>,
    /// Only those on this platform.
    pub platform_id: Option<ID>,
    /// Name contains this (case-insensitive).
    pub name_contains: Option<String>,
    /// Only those whose `readiness.ready` is this: false lists the desktops flagged by R6/R8
    /// (a boot mode unlike their source's, or a source that is not virtio).
    pub ready: Option<bool>,
}

impl DesktopFilter {
    fn parse(filter: Option<Self>) -> ApiResult<DbDesktopFilter> {
        let f = filter.unwrap_or_default();
        Ok(DbDesktopFilter {
            tenant_id: f.tenant_id.map(|t| ids::decode_id::<TenantId>(&t)).transpose()?,
            owner_id: f.owner_id.map(|o| ids::decode_id::<UserId>(&o)).transpose()?,
            source_id: f.source_id.map(|s| source_key(&s).map(|key| key.id)).transpose()?,
            platform_id: f.platform_id.map(|p| ids::decode_id::<PlatformId>(&p)).transpose()?,
            name_contains: f.name_contains.filter(|n| !n.is_empty()),
            ready: f.ready,
        })
    }
}

/// R15: what the client app needs to connect.
#[derive(SimpleObject)]
pub struct ConnectionInfo {
    /// The desktop.
    pub desktop: Desktop,
    /// LOCAL or AD_DOMAIN.
    pub login_mode: LoginMode,
    /// Whether the client logs in silently with `username` and `password`.
    pub auto_login: bool,
    /// LOCAL: the effective OS username (custom first, R14).
    pub username: Option<String>,
    /// LOCAL: the effective OS password. AD_DOMAIN: null; the user types its AD password.
    pub password: Option<String>,
    /// AD_DOMAIN: the domain.
    pub ad_domain: Option<String>,
}

/// Desktop reads, merged into the query root.
#[derive(Default)]
pub struct DesktopQuery;

#[Object]
impl DesktopQuery {
    /// Desktops: all for system admins, the tenant's for tenant admins, the assigned ones for users.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn desktops(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        filter: Option<DesktopFilter>,
    ) -> ApiResult<DesktopConnection> {
        let page = ctx.page_args(first, after.as_deref())?;
        let filter = DesktopFilter::parse(filter)?;
        let rows = desktops::list(ctx.state(), ctx.viewer(), &filter, &page).await?;
        let me = ctx.user()?;
        let related = load_desktop_page(ctx, &rows.items).await?;
        let window = window_seconds(ctx);
        Ok(DesktopConnection::build(rows, |d| {
            (
                encode_cursor(&d.name, d.id.as_str()),
                Eager(Desktop::in_page(d, me, &related, window)),
            )
        }))
    }

    /// R15: for the desktop's assigned user. Every request is audited (never the secret).
    async fn connection_info(&self, ctx: &Context<'_>, desktop_id: ID) -> ApiResult<ConnectionInfo> {
        let me = ctx.user()?;
        let id = ids::decode_id::<DesktopId>(&desktop_id)?;
        let c = credentials::connection_info(ctx.state(), ctx.viewer(), &id).await?;
        Ok(ConnectionInfo {
            desktop: Desktop::new(c.desktop, me),
            login_mode: c.login_mode.into(),
            auto_login: c.auto_login,
            username: c.username,
            password: c.password,
            ad_domain: c.ad_domain,
        })
    }

    /// Who changed what, newest first: system admins all (or one tenant's), tenant admins their
    /// tenant's. Never a secret.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn audit_log(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        tenant_id: Option<ID>,
    ) -> ApiResult<AuditEntryConnection> {
        let tenant = tenant_id.map(|t| ids::decode_id::<TenantId>(&t)).transpose()?;
        let page = ctx.page_args(first, after.as_deref())?;
        let rows = audit::list(ctx.state(), ctx.viewer(), tenant, &page).await?;
        let me = ctx.user()?;
        let look = ctx.look_ahead();
        let actor = look.field("edges").field("node").field("actor");
        let mut actors = load_for_page(
            ctx,
            actor.exists(),
            |l| &l.users,
            rows.items.iter().filter_map(|a| a.actor_id.as_ref()),
        )
        .await?;
        actors.retain(|_, u| access::shows_actor(me, u));
        let tenants = load_for_page(
            ctx,
            actor.field("tenant").exists(),
            |l| &l.tenants,
            actors.values().filter_map(|u| u.tenant_id.as_ref()),
        )
        .await?;
        let read = page_reads(ctx, actor.exists());
        Ok(AuditEntryConnection::build(rows, |a| {
            (
                encode_cursor(&time_key(a.at), a.id.as_str()),
                Eager(AuditEntry::in_page(a, read.then_some(&actors), &tenants)),
            )
        }))
    }
}
