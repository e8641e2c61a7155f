//! `Desktop` and what hangs off it: OS info (R10), agent status, credentials (R12–R14).

use async_graphql::{Context, ID, SimpleObject};

use crate::auth::viewer::UserViewer;
use crate::db::models::{DesktopRow, SourceRow};
use crate::domain::agents;
use crate::domain::credentials;
use crate::domain::desktop_readiness;
use crate::domain::values::Role;
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::{load_platform, load_source, load_tenant, load_user};
use crate::ids::{self, Kind};

use super::connection::connection;
use super::eager::{Eager, object_at_hand};
use super::enums::{BootMode, CredentialSource, LoginMode, OsInfoSource};
use super::platform::CloudPlatform;
use super::source::{BootSource, Readiness, ReadinessProblem};
use super::tenant::Tenant;
use super::user::User;
use super::utc;

/// R10: the OS a desktop runs, and where that knowledge comes from.
#[derive(SimpleObject)]
pub struct OsInfo {
    /// `windows` or `linux`.
    pub os_type: Option<String>,
    /// Distro, e.g. `ubuntu`, `win11`.
    pub os_distro: Option<String>,
    /// Version, as the agent reports it.
    pub os_version: Option<String>,
    /// AGENT (the report of its connected Mole agent), PRESET (the source's), or NONE.
    pub source: OsInfoSource,
    /// When the agent reported it.
    pub reported_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The Mole agent of a desktop (R10).
#[derive(SimpleObject)]
pub struct AgentStatus {
    /// Whether its reports arrive within the window (`windowSeconds`); it becomes false once the
    /// agent has been silent for longer, and an `AGENT_DISCONNECTED` event says so.
    pub connected: bool,
    /// Since when it is connected (its first report after being silent); null while silent.
    pub connected_since: Option<chrono::DateTime<chrono::Utc>>,
    /// When it was last seen. Reports that change nothing are recorded coarsely: this may lag
    /// the latest report by up to half the window.
    pub last_report_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Its last report of the OS, kept while it is silent (null before its first report).
    pub reported_os: Option<OsInfo>,
    /// How long it may stay silent and still count as connected (`XSPACE_AGENT_WINDOW_SECONDS`).
    pub window_seconds: i32,
    /// Host name inside the desktop.
    pub hostname: Option<String>,
    /// The agent's version.
    pub agent_version: Option<String>,
}

/// A desktop's credentials. Never a password.
#[derive(SimpleObject)]
pub struct DesktopCredentials {
    /// CUSTOM (set on the desktop), IMAGE (copied from its source) or NONE (R14).
    pub effective_source: CredentialSource,
    /// The effective username.
    pub username: Option<String>,
    /// Whether the effective pair has a password.
    pub has_password: bool,
    /// Whether custom credentials are set.
    pub custom_set: bool,
    /// When the source's credentials were copied (R12).
    pub image_copy_at: Option<chrono::DateTime<chrono::Utc>>,
    /// R13: the source's credentials changed after the copy; `updateCredentials` refreshes it.
    pub stale: bool,
}

fn os_info(e: agents::EffectiveOs) -> OsInfo {
    OsInfo {
        os_type: e.os_type,
        os_distro: e.os_distro,
        os_version: e.os_version,
        source: e.source.into(),
        reported_at: e.reported_at.map(utc),
    }
}

/// A cloud desktop: a VM made from an image or template.
pub struct Desktop {
    /// Boxed: a row is large, and a `Node` is as large as its largest kind.
    row: Box<DesktopRow>,
    /// Whose eyes: decides what nested objects show.
    lens: UserViewer,
}

impl Desktop {
    /// The desktop as `viewer` sees it.
    pub fn new(row: DesktopRow, viewer: &UserViewer) -> Self {
        Self {
            row: Box::new(row),
            lens: viewer.clone(),
        }
    }

    /// The desktop as its own agent sees it: nothing beyond the desktop itself.
    pub fn for_agent(row: DesktopRow) -> Self {
        let lens = UserViewer {
            id: String::new(),
            username: String::new(),
            role: Role::TenantUser,
            tenant_id: Some(row.tenant_id.clone()),
            api_token: None,
        };
        Self {
            row: Box::new(row),
            lens,
        }
    }

    async fn source_row(&self, ctx: &Context<'_>) -> ApiResult<SourceRow> {
        load_source(ctx, &self.row.source_id)
            .await?
            .ok_or_else(|| ApiError::not_found("image or template"))
    }
}

// Serial: the library builds a concurrent object's keys in the order its fields finish, the
// spec wants them in the order asked; a page's loaders are primed (`loaders::prime_desktops`),
// so its fields find their rows at once.
object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl Desktop as "Desktop" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode(Kind::Desktop, &this.row.id);
            /// Name (also the VM's).
            "name" name: &str = &this.row.name;
            /// The VM's id on the platform.
            "externalId" external_id: &str = &this.row.external_id;
            /// The tenant it belongs to.
            pub async fn tenant(&self, ctx: &Context<'_>) -> ApiResult<Eager<Tenant>> {
                load_tenant(ctx, &self.row.tenant_id)
                    .await?
                    .map(Eager)
                    .ok_or_else(|| ApiError::not_found("tenant"))
            }
            /// The user it is assigned to.
            pub async fn owner(&self, ctx: &Context<'_>) -> ApiResult<Option<Eager<User>>> {
                if self.lens.id.is_empty() {
                    return Ok(None);
                }
                match &self.row.owner_id {
                    Some(id) => Ok(load_user(ctx, id).await?.map(|u| Eager(User(u)))),
                    None => Ok(None),
                }
            }
            /// The platform it runs on.
            pub async fn platform(&self, ctx: &Context<'_>) -> ApiResult<Eager<CloudPlatform>> {
                let row = load_platform(ctx, &self.row.platform_id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("platform"))?;
                Ok(Eager(CloudPlatform::new(row, &self.lens)))
            }
            /// The image or template it was made from.
            pub async fn source(&self, ctx: &Context<'_>) -> ApiResult<BootSource> {
                Ok(BootSource::new(self.source_row(ctx).await?, &self.lens))
            }
            /// The VM is gone from the platform; the desktop stays until deleted.
            "removedFromPlatform" removed_from_platform: bool = this.row.removed;
            /// Boot mode (equal to its source's, R6).
            "bootMode" boot_mode: BootMode = this.row.boot_mode.into();
            /// LOCAL (silent login with stored credentials) or AD_DOMAIN (R15).
            "loginMode" login_mode: LoginMode = this.row.login_mode.into();
            /// The AD domain, in AD_DOMAIN mode.
            "adDomain" ad_domain: Option<&str> = this.row.ad_domain.as_deref();
            /// R10: the report of its Mole agent while that is connected, else the source's preset.
            pub async fn os_info(&self, ctx: &Context<'_>) -> ApiResult<OsInfo> {
                Ok(os_info(agents::effective_os(&self.row, &self.source_row(ctx).await?)))
            }
            /// The Mole agent's status: connected or not, since when, and its last report.
            pub async fn agent(&self, ctx: &Context<'_>) -> AgentStatus {
                let window = ctx.state().presence.window().as_secs();
                AgentStatus {
                    connected: agents::connected(&self.row),
                    connected_since: self.row.agent_connected_since.map(utc),
                    last_report_at: self.row.agent_reported_at.map(utc),
                    reported_os: agents::reported_os(&self.row).map(os_info),
                    window_seconds: i32::try_from(window).unwrap_or(i32::MAX),
                    hostname: self.row.agent_hostname.clone(),
                    agent_version: self.row.agent_version.clone(),
                }
            }
            /// Whether it can be expected to work (R6/R8): a desktop a sync imported from a VM whose
            /// boot mode differs from its source's (`BOOT_MODE_MISMATCH`), or whose source is not virtio
            /// (`VIDEO_MODEL_NOT_VIRTIO`), is kept but flagged here.
            pub async fn readiness(&self, ctx: &Context<'_>) -> ApiResult<Readiness> {
                let source = self.source_row(ctx).await?;
                let problems: Vec<ReadinessProblem> = desktop_readiness::problems(&self.row, &source)
                    .into_iter()
                    .map(|p| ReadinessProblem {
                        code: p.code.to_owned(),
                        message: p.message,
                    })
                    .collect();
                Ok(Readiness {
                    ready: problems.is_empty(),
                    problems,
                })
            }
            /// Credentials, never a password (R12–R14).
            pub async fn credentials(&self, ctx: &Context<'_>) -> ApiResult<DesktopCredentials> {
                let source = self.source_row(ctx).await?;
                Ok(DesktopCredentials {
                    effective_source: credentials::effective_source(&self.row).into(),
                    username: credentials::effective_username(&self.row).map(str::to_owned),
                    has_password: credentials::effective_has_password(&self.row),
                    custom_set: self.row.custom_username.is_some(),
                    image_copy_at: self.row.image_copy_at.map(utc),
                    stale: credentials::is_stale(&self.row, &source),
                })
            }
            /// Bumped by every change.
            "version" version: i32 = this.row.version;
            /// When it was created or imported.
            "createdAt" created_at: chrono::DateTime<chrono::Utc> = utc(this.row.created_at);
        }
        children(this) {}
    }
}

connection!(DesktopConnection, DesktopEdge, Eager<Desktop>, "desktop");
