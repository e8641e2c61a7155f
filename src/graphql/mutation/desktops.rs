//! Desktops, their credentials and their agents (R6, R8, R10, R12–R14).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::domain::desktops::{self, NewDesktop};
use crate::domain::id::{DesktopId, TenantId, UserId};
use crate::domain::{agents, credentials};
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::desktop::Desktop;
use crate::graphql::types::enums::{BootMode, LoginMode};
use crate::graphql::types::source::source_key;
use crate::ids;

/// A new desktop.
#[derive(InputObject)]
pub struct CreateDesktopInput {
    /// The tenant; optional for a tenant admin, and then only its own; required for a system admin.
    pub tenant_id: Option<ID>,
    /// Name (also the VM's).
    pub name: String,
    /// An Image or Template ID: a system source, or the tenant's own custom one.
    pub source_id: ID,
    /// The user it is for (a user of the tenant).
    pub owner_id: Option<ID>,
    /// Must equal the source's boot mode (R6).
    pub boot_mode: BootMode,
    /// LOCAL (silent login) or AD_DOMAIN.
    #[graphql(default_with = "LoginMode::Local")]
    pub login_mode: LoginMode,
    /// The AD domain, for AD_DOMAIN.
    pub ad_domain: Option<String>,
}

/// R14: custom credentials for one desktop.
#[derive(InputObject)]
pub struct SetDesktopCredentialsInput {
    /// The desktop.
    pub desktop_id: ID,
    /// OS username.
    pub username: String,
    /// OS password; stored encrypted, returned only to the assigned user by `connectionInfo`.
    #[graphql(secret)]
    pub password: String,
}

/// What Mole reports from inside a desktop.
#[derive(InputObject)]
pub struct AgentReportInput {
    /// `windows` or `linux`.
    pub os_type: String,
    /// Distro, e.g. `ubuntu`, `win11`.
    pub os_distro: Option<String>,
    /// OS version.
    pub os_version: Option<String>,
    /// Host name.
    pub hostname: Option<String>,
    /// The agent's version.
    pub agent_version: Option<String>,
}

/// A token for one desktop's agent, shown once.
#[derive(SimpleObject)]
pub struct AgentToken {
    /// The desktop.
    pub desktop: Desktop,
    /// Bearer token for `reportAgentStatus`; only its hash is stored. Issuing another revokes it.
    pub token: String,
}

fn desktop_id(id: &ID) -> ApiResult<DesktopId> {
    ids::decode_id::<DesktopId>(id)
}

/// Desktops.
#[derive(Default)]
pub struct DesktopMutation;

#[Object]
impl DesktopMutation {
    /// R6, R8, R12: creates a desktop (admins). Refused with BOOT_MODE_MISMATCH or
    /// VIDEO_MODEL_NOT_VIRTIO before anything is created.
    async fn create_desktop(&self, ctx: &Context<'_>, input: CreateDesktopInput) -> ApiResult<Desktop> {
        let me = ctx.viewer().admin()?;
        let source_id = source_key(&input.source_id)?.id;
        let new = NewDesktop {
            tenant_id: input.tenant_id.map(|t| ids::decode_id::<TenantId>(&t)).transpose()?,
            name: input.name,
            source_id,
            owner_id: input.owner_id.map(|o| ids::decode_id::<UserId>(&o)).transpose()?,
            boot_mode: input.boot_mode.into(),
            login_mode: input.login_mode.into(),
            ad_domain: input.ad_domain,
        };
        Ok(Desktop::new(
            desktops::create(ctx.state(), ctx.viewer(), new).await?,
            me,
        ))
    }

    /// Deletes a desktop and its VM (admins).
    async fn delete_desktop(&self, ctx: &Context<'_>, id: ID) -> ApiResult<ID> {
        desktops::delete(ctx.state(), ctx.viewer(), &desktop_id(&id)?).await?;
        Ok(id)
    }

    /// Assigns a desktop to a user of its tenant, or to nobody (admins).
    async fn assign_desktop(&self, ctx: &Context<'_>, desktop_id: ID, owner_id: Option<ID>) -> ApiResult<Desktop> {
        let me = ctx.user()?;
        let owner = owner_id.map(|o| ids::decode_id::<UserId>(&o)).transpose()?;
        let row = desktops::assign(ctx.state(), ctx.viewer(), &self::desktop_id(&desktop_id)?, owner).await?;
        Ok(Desktop::new(row, me))
    }

    /// R14: sets custom credentials on a desktop (admins).
    async fn set_desktop_credentials(
        &self,
        ctx: &Context<'_>,
        input: SetDesktopCredentialsInput,
    ) -> ApiResult<Desktop> {
        let me = ctx.user()?;
        let id = desktop_id(&input.desktop_id)?;
        Ok(Desktop::new(
            credentials::set_custom(ctx.state(), ctx.viewer(), &id, &input.username, &input.password).await?,
            me,
        ))
    }

    /// R14: removes a desktop's custom credentials (admins).
    async fn clear_desktop_credentials(&self, ctx: &Context<'_>, desktop_id: ID) -> ApiResult<Desktop> {
        let me = ctx.user()?;
        Ok(Desktop::new(
            credentials::clear_custom(ctx.state(), ctx.viewer(), &self::desktop_id(&desktop_id)?).await?,
            me,
        ))
    }

    /// R13: *Update Credentials*: copies the source's current credentials onto the desktop;
    /// custom credentials stay (admins).
    async fn update_credentials(&self, ctx: &Context<'_>, desktop_id: ID) -> ApiResult<Desktop> {
        let me = ctx.user()?;
        let id = self::desktop_id(&desktop_id)?;
        Ok(Desktop::new(
            credentials::update_from_source(ctx.state(), ctx.viewer(), &id).await?,
            me,
        ))
    }

    /// R13 in bulk: *Update Credentials* on every desktop you manage that was made from this
    /// source and whose copy is stale. With `dryRun` only counts them. Returns the count.
    async fn update_credentials_from_source(
        &self,
        ctx: &Context<'_>,
        source_id: ID,
        #[graphql(default = false)] dry_run: bool,
    ) -> ApiResult<i32> {
        let id = source_key(&source_id)?.id;
        credentials::update_all_from_source(ctx.state(), ctx.viewer(), &id, dry_run).await
    }

    /// A token for the Mole agent of one desktop, shown once; any earlier token stops working
    /// (admins).
    async fn issue_agent_token(&self, ctx: &Context<'_>, desktop_id: ID) -> ApiResult<AgentToken> {
        let me = ctx.user()?;
        let (row, token) = agents::issue_token(ctx.state(), ctx.viewer(), &self::desktop_id(&desktop_id)?).await?;
        Ok(AgentToken {
            desktop: Desktop::new(row, me),
            token,
        })
    }

    /// R10: only with an agent token; reports for that token's desktop.
    async fn report_agent_status(&self, ctx: &Context<'_>, input: AgentReportInput) -> ApiResult<Desktop> {
        let report = agents::Report {
            os_type: input.os_type,
            os_distro: input.os_distro,
            os_version: input.os_version,
            hostname: input.hostname,
            agent_version: input.agent_version,
        };
        Ok(Desktop::for_agent(
            agents::report(ctx.state(), ctx.viewer(), report).await?,
        ))
    }
}
