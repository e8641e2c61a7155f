//! `Desktop` and what hangs off it: OS info (R10), agent status, credentials (R12–R14).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::{Context, ID};

use crate::auth::viewer::UserViewer;
use crate::db::models::{DesktopRow, PlatformRow, SourceRow, TenantRow, UserRow};
use crate::domain::access::Lens;
use crate::domain::agents;
use crate::domain::credentials;
use crate::domain::desktop_readiness;
use crate::domain::id::{PlatformId, SourceId, TenantId, UserId};
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::{load_platform, load_source, load_tenant, load_user};
use crate::ids;

use super::connection::connection;
use super::eager::{AtHand, Eager, object_at_hand};
use super::enums::{BootMode, CredentialSource, LoginMode, OsInfoSource};
use super::platform::CloudPlatform;
use super::source::{BootSource, Readiness};
use super::tenant::Tenant;
use super::user::User;
use super::utc;

/// R10: the OS a desktop runs, and where that knowledge comes from.
pub struct OsInfo(agents::EffectiveOs);

object_at_hand! {
    attributes {
        /// R10: the OS a desktop runs, and where that knowledge comes from.
        #[async_graphql::Object]
    }
    impl OsInfo as "OsInfo" => {
        fields(this) {
            /// `windows` or `linux`.
            "osType" os_type: Option<&str> = this.0.os_type.as_deref();
            /// Distro, e.g. `ubuntu`, `win11`.
            "osDistro" os_distro: Option<&str> = this.0.os_distro.as_deref();
            /// Version, as the agent reports it.
            "osVersion" os_version: Option<&str> = this.0.os_version.as_deref();
            /// AGENT (the report of its connected Mole agent), PRESET (the source's), or NONE.
            "source" source: OsInfoSource = this.0.source.into();
            /// When the agent reported it.
            "reportedAt" reported_at: Option<chrono::DateTime<chrono::Utc>> = this.0.reported_at.map(utc);
        }
        children(this) {}
    }
}

/// The Mole agent of a desktop (R10).
pub struct AgentStatus {
    row: Arc<DesktopRow>,
    reported_os: Option<OsInfo>,
    window_seconds: i32,
}

impl AgentStatus {
    fn new(row: Arc<DesktopRow>, window_seconds: i32) -> Self {
        let reported_os = agents::reported_os(&row).map(OsInfo);
        Self {
            row,
            reported_os,
            window_seconds,
        }
    }
}

object_at_hand! {
    attributes {
        /// The Mole agent of a desktop (R10).
        #[async_graphql::Object]
    }
    impl AgentStatus as "AgentStatus" => {
        fields(this) {
            /// Whether its reports arrive within the window (`windowSeconds`); it becomes false once the
            /// agent has been silent for longer, and an `AGENT_DISCONNECTED` event says so.
            "connected" connected: bool = agents::connected(&this.row);
            /// Since when it is connected (its first report after being silent); null while silent.
            "connectedSince" connected_since: Option<chrono::DateTime<chrono::Utc>> = this.row.agent_connected_since.map(utc);
            /// When it was last seen. Reports that change nothing are recorded coarsely: this may lag
            /// the latest report by up to half the window.
            "lastReportAt" last_report_at: Option<chrono::DateTime<chrono::Utc>> = this.row.agent_reported_at.map(utc);
            /// Its last report of the OS, kept while it is silent (null before its first report).
            pub async fn reported_os(&self) -> Option<&OsInfo> {
                self.reported_os.as_ref()
            }
            /// How long it may stay silent and still count as connected (`XSPACE_AGENT_WINDOW_SECONDS`).
            "windowSeconds" window_seconds: i32 = this.window_seconds;
            /// Host name inside the desktop.
            "hostname" hostname: Option<&str> = this.row.agent_hostname.as_deref();
            /// The agent's version.
            "agentVersion" agent_version: Option<&str> = this.row.agent_version.as_deref();
        }
        children(this) {
            "reportedOs" => this.reported_os.as_ref().map(|o| o as &dyn AtHand),
        }
    }
}

/// A desktop's credentials. Never a password.
pub struct DesktopCredentials {
    row: Arc<DesktopRow>,
    stale: bool,
}

object_at_hand! {
    attributes {
        /// A desktop's credentials. Never a password.
        #[async_graphql::Object]
    }
    impl DesktopCredentials as "DesktopCredentials" => {
        fields(this) {
            /// CUSTOM (set on the desktop), IMAGE (copied from its source) or NONE (R14).
            "effectiveSource" effective_source: CredentialSource = credentials::effective_source(&this.row).into();
            /// The effective username.
            "username" username: Option<&str> = credentials::effective_username(&this.row);
            /// Whether the effective pair has a password.
            "hasPassword" has_password: bool = credentials::effective_has_password(&this.row);
            /// Whether custom credentials are set.
            "customSet" custom_set: bool = this.row.custom_username.is_some();
            /// When the source's credentials were copied (R12).
            "imageCopyAt" image_copy_at: Option<chrono::DateTime<chrono::Utc>> = this.row.image_copy_at.map(utc);
            /// R13: the source's credentials changed after the copy; `updateCredentials` refreshes it.
            "stale" stale: bool = this.stale;
        }
        children(this) {}
    }
}

/// What a desktop of a page points to, read with the page: answered at hand when their whole
/// selection is.
struct Related {
    tenant: Option<Tenant>,
    owner: Option<User>,
    platform: Option<CloudPlatform>,
    source: BootSource,
    os_info: OsInfo,
    agent: AgentStatus,
    credentials: DesktopCredentials,
}

/// The rows a page of desktops points to, by id, as its loaders read them.
#[derive(Default)]
pub struct PageRows {
    /// Sources.
    pub sources: HashMap<SourceId, SourceRow>,
    /// Tenants.
    pub tenants: HashMap<TenantId, TenantRow>,
    /// Platforms.
    pub platforms: HashMap<PlatformId, Arc<PlatformRow>>,
    /// Owners.
    pub users: HashMap<UserId, UserRow>,
}

/// A cloud desktop: a VM made from an image or template.
pub struct Desktop {
    /// Shared with its agent status and credentials.
    row: Arc<DesktopRow>,
    /// Whose eyes decide what nested objects show: a user's, or `None` for its own agent's.
    viewer: Option<UserViewer>,
    /// What it points to, when its page read it.
    related: Option<Box<Related>>,
}

impl Desktop {
    /// The desktop as `viewer` sees it.
    pub fn new(row: DesktopRow, viewer: &UserViewer) -> Self {
        Self {
            row: Arc::new(row),
            viewer: Some(viewer.clone()),
            related: None,
        }
    }

    /// As [`Self::new`], with what it points to from its page's rows (when they hold its source).
    pub fn in_page(row: DesktopRow, viewer: &UserViewer, rows: &PageRows, window_seconds: i32) -> Self {
        let row = Arc::new(row);
        let related = rows.sources.get(&row.source_id).map(|source| {
            Box::new(Related {
                tenant: rows.tenants.get(&row.tenant_id).cloned().map(Tenant),
                owner: row
                    .owner_id
                    .as_ref()
                    .and_then(|o| rows.users.get(o))
                    .cloned()
                    .map(User::new),
                platform: rows
                    .platforms
                    .get(&row.platform_id)
                    .map(|p| CloudPlatform::new(Arc::clone(p), viewer)),
                os_info: OsInfo(agents::effective_os(&row, source)),
                agent: AgentStatus::new(Arc::clone(&row), window_seconds),
                credentials: DesktopCredentials {
                    row: Arc::clone(&row),
                    stale: credentials::is_stale(&row, source),
                },
                source: BootSource::new(source.clone(), viewer),
            })
        });
        Self {
            row,
            viewer: Some(viewer.clone()),
            related,
        }
    }

    /// The desktop as its own agent sees it: nothing beyond the desktop itself. Nested objects
    /// see it through a tenant user of its tenant who is nobody (a fresh id, never compared).
    pub fn for_agent(row: DesktopRow) -> Self {
        Self {
            row: Arc::new(row),
            viewer: None,
            related: None,
        }
    }

    fn lens(&self) -> Lens<'_> {
        self.viewer.as_ref().map_or(Lens::DesktopAgent, Lens::User)
    }

    fn related(&self) -> Option<&Related> {
        self.related.as_deref()
    }

    async fn source_row(&self, ctx: &Context<'_>) -> ApiResult<SourceRow> {
        load_source(ctx, &self.row.source_id)
            .await?
            .ok_or_else(|| ApiError::not_found("image or template"))
    }
}

// Serial: the library builds a concurrent object's keys in the order its fields finish, the
// spec wants them in the order asked. A page reads what its desktops point to first
// (`loaders::load_desktop_page`) and hands each desktop its own: answered at hand when the whole
// selection of it is, else found in the request's loaders at once.
object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl Desktop as "Desktop" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode_id(&this.row.id);
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
                if !self.lens().shows_owner() {
                    return Ok(None);
                }
                match &self.row.owner_id {
                    Some(id) => Ok(load_user(ctx, id).await?.map(|u| Eager(User::new(u)))),
                    None => Ok(None),
                }
            }
            /// The platform it runs on.
            pub async fn platform(&self, ctx: &Context<'_>) -> ApiResult<Eager<CloudPlatform>> {
                let row = load_platform(ctx, &self.row.platform_id)
                    .await?
                    .ok_or_else(|| ApiError::not_found("platform"))?;
                Ok(Eager(CloudPlatform::new(row, self.lens())))
            }
            /// The image or template it was made from.
            pub async fn source(&self, ctx: &Context<'_>) -> ApiResult<BootSource> {
                Ok(BootSource::new(self.source_row(ctx).await?, self.lens()))
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
                Ok(OsInfo(agents::effective_os(&self.row, &self.source_row(ctx).await?)))
            }
            /// The Mole agent's status: connected or not, since when, and its last report.
            pub async fn agent(&self, ctx: &Context<'_>) -> AgentStatus {
                AgentStatus::new(Arc::clone(&self.row), window_seconds(ctx))
            }
            /// Whether it can be expected to work (R6/R8): a desktop a sync imported from a VM whose
            /// boot mode differs from its source's (`BOOT_MODE_MISMATCH`), or whose source is not virtio
            /// (`VIDEO_MODEL_NOT_VIRTIO`), is kept but flagged here.
            pub async fn readiness(&self, ctx: &Context<'_>) -> ApiResult<Readiness> {
                let source = self.source_row(ctx).await?;
                Ok(Readiness::of(desktop_readiness::problems(&self.row, &source)))
            }
            /// Credentials, never a password (R12–R14).
            pub async fn credentials(&self, ctx: &Context<'_>) -> ApiResult<DesktopCredentials> {
                let source = self.source_row(ctx).await?;
                Ok(DesktopCredentials {
                    row: Arc::clone(&self.row),
                    stale: credentials::is_stale(&self.row, &source),
                })
            }
            /// Bumped by every change.
            "version" version: i32 = this.row.version;
            /// When it was created or imported.
            "createdAt" created_at: chrono::DateTime<chrono::Utc> = utc(this.row.created_at);
        }
        children(this) {
            "tenant" => this.related().and_then(|r| r.tenant.as_ref()).map(|t| t as &dyn AtHand),
            "owner" => this
                .related()
                .filter(|_| this.lens().shows_owner())
                .and_then(|r| r.owner.as_ref())
                .map(|u| u as &dyn AtHand),
            "platform" => this.related().and_then(|r| r.platform.as_ref()).map(|p| p as &dyn AtHand),
            "source" => this.related().map(|r| r.source.at_hand()),
            "osInfo" => this.related().map(|r| &r.os_info as &dyn AtHand),
            "agent" => this.related().map(|r| &r.agent as &dyn AtHand),
            "credentials" => this.related().map(|r| &r.credentials as &dyn AtHand),
        }
    }
}

/// R10's window in seconds, as `AgentStatus.windowSeconds` shows it.
pub fn window_seconds(ctx: &Context<'_>) -> i32 {
    i32::try_from(ctx.state().presence.window().as_secs()).unwrap_or(i32::MAX)
}

connection!(DesktopConnection, DesktopEdge, Eager<Desktop>, "desktop");
