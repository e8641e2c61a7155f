//! Rows as read: ids are their `domain::id` types; closed sets (roles, kinds, resources, boot modes, sync and login modes) are their
//! domain enums, parsed once here by diesel (`db::stored`); a stored spelling that names no value
//! fails the read.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::domain::id::{ApiTokenId, AuditEntryId, DesktopId, PlatformId, SourceId, SyncRunId, TenantId, UserId};
use crate::domain::values::{BootMode, LoginMode, PlatformKind, Resource, Role, SyncStatus};

use super::schema::{api_tokens, platform_projects, platforms, sources, sync_runs, tenants, users};

/// A tenant.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = tenants)]
#[diesel(treat_none_as_default_value = false)]
pub struct TenantRow {
    pub id: TenantId,
    pub slug: String,
    pub name: String,
    pub created_at: NaiveDateTime,
}

/// A user account.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = users)]
#[diesel(treat_none_as_default_value = false)]
pub struct UserRow {
    pub id: UserId,
    pub tenant_id: Option<TenantId>,
    pub namespace: String,
    pub username: String,
    pub password_hash: String,
    pub role: Role,
    pub disabled: bool,
    pub token_version: i32,
    pub created_at: NaiveDateTime,
}

/// An API token: the hash of its secret, never the secret.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_tokens)]
#[diesel(treat_none_as_default_value = false)]
pub struct ApiTokenRow {
    pub id: ApiTokenId,
    pub tenant_id: Option<TenantId>,
    pub owner_id: UserId,
    pub name: String,
    pub token_hash: String,
    pub token_version: i32,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub last_used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
}

/// A cloud platform. `secret_enc` is sealed by [`crate::crypto::SecretBox`].
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = platforms)]
#[diesel(treat_none_as_default_value = false)]
pub struct PlatformRow {
    pub id: PlatformId,
    pub name: String,
    pub kind: PlatformKind,
    pub endpoint: String,
    pub secret_enc: Option<String>,
    pub sync_interval_seconds: Option<i32>,
    pub available: Option<bool>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    /// Where new desktop VMs go: [`crate::platform::Placement`] as JSON.
    pub placement: Option<String>,
    /// The operator's word on UEFI, over the driver's answer.
    pub uefi_setting: Option<bool>,
    /// The driver's last answer (R1), `None` until it first answered.
    pub cap_boot_mode_editable: Option<bool>,
    pub cap_video_model_editable: Option<bool>,
    pub cap_boot_mode_copy: Option<bool>,
    pub cap_uefi: Option<bool>,
}

/// A platform project mapped to a tenant (R3).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = platform_projects)]
#[diesel(treat_none_as_default_value = false)]
pub struct ProjectRow {
    pub platform_id: PlatformId,
    pub project: String,
    pub tenant_id: TenantId,
    pub position: i32,
    /// This tenant's placement of new VMs over the platform's, as JSON.
    pub placement: Option<String>,
}

/// An image or template synced from a platform.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sources)]
#[diesel(treat_none_as_default_value = false)]
pub struct SourceRow {
    pub id: SourceId,
    pub platform_id: PlatformId,
    pub resource: Resource,
    pub external_id: String,
    pub name: String,
    pub boot_mode: Option<BootMode>,
    pub video_model: Option<String>,
    /// The platform's word on the source (`active`, `queued`, …): open text, see [`Self::is_active`].
    pub status: String,
    pub size_bytes: Option<i64>,
    pub project: Option<String>,
    pub tenant_id: Option<TenantId>,
    pub os_type: Option<String>,
    pub os_distro: Option<String>,
    pub os_username: Option<String>,
    pub os_password_enc: Option<String>,
    pub credentials_version: i32,
    pub removed: bool,
    pub version: i32,
    pub synced_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// The platform status of a source that is ready for use.
pub const ACTIVE: &str = "active";

impl SourceRow {
    /// Whether the platform reports the source ready for use (`active`).
    pub fn is_active(&self) -> bool {
        self.status == ACTIVE
    }
}

/// One sync of one platform.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sync_runs)]
#[diesel(treat_none_as_default_value = false)]
pub struct SyncRunRow {
    pub id: SyncRunId,
    pub platform_id: PlatformId,
    pub status: SyncStatus,
    pub started_at: NaiveDateTime,
    pub finished_at: Option<NaiveDateTime>,
    pub added: i32,
    pub updated: i32,
    pub removed: i32,
    pub error: Option<String>,
    pub notes: String,
    /// Desktops imported but flagged (R6/R8).
    pub flagged: i32,
}

/// The current time, truncated to microseconds so both backends store the same value.
pub fn now() -> NaiveDateTime {
    let t = chrono::Utc::now().naive_utc();
    let micros = t.and_utc().timestamp_micros();
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|d| d.naive_utc())
        .unwrap_or(t)
}

/// A desktop: a VM made from a source.
#[derive(Debug, Clone, Queryable, QueryableByName, Selectable, Insertable)]
#[diesel(table_name = super::schema::desktops)]
#[diesel(treat_none_as_default_value = false)]
pub struct DesktopRow {
    pub id: DesktopId,
    pub tenant_id: TenantId,
    pub owner_id: Option<UserId>,
    pub platform_id: PlatformId,
    pub source_id: SourceId,
    pub external_id: String,
    pub name: String,
    pub boot_mode: BootMode,
    pub login_mode: LoginMode,
    pub ad_domain: Option<String>,
    pub removed: bool,
    pub image_username: Option<String>,
    pub image_password_enc: Option<String>,
    pub image_copy_at: Option<NaiveDateTime>,
    pub image_copy_version: Option<i32>,
    pub custom_username: Option<String>,
    pub custom_password_enc: Option<String>,
    pub agent_token_hash: Option<String>,
    pub agent_os_type: Option<String>,
    pub agent_os_distro: Option<String>,
    pub agent_os_version: Option<String>,
    pub agent_hostname: Option<String>,
    pub agent_version: Option<String>,
    pub agent_reported_at: Option<NaiveDateTime>,
    pub version: i32,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Since when its agent is connected; `None` while it is silent (R10).
    pub agent_connected_since: Option<NaiveDateTime>,
}

/// What a new desktop row is made of; credentials, agent and copy fields start empty.
pub struct NewDesktopRow {
    pub id: DesktopId,
    pub tenant_id: TenantId,
    pub owner_id: Option<UserId>,
    pub platform_id: PlatformId,
    pub source_id: SourceId,
    pub external_id: String,
    pub name: String,
    pub boot_mode: BootMode,
    pub login_mode: LoginMode,
    pub ad_domain: Option<String>,
    /// Its creation time, also its last update.
    pub at: NaiveDateTime,
}

impl DesktopRow {
    /// A desktop at version 1, with nothing but what `new` names.
    pub fn new(new: NewDesktopRow) -> Self {
        Self {
            id: new.id,
            tenant_id: new.tenant_id,
            owner_id: new.owner_id,
            platform_id: new.platform_id,
            source_id: new.source_id,
            external_id: new.external_id,
            name: new.name,
            boot_mode: new.boot_mode,
            login_mode: new.login_mode,
            ad_domain: new.ad_domain,
            removed: false,
            image_username: None,
            image_password_enc: None,
            image_copy_at: None,
            image_copy_version: None,
            custom_username: None,
            custom_password_enc: None,
            agent_token_hash: None,
            agent_os_type: None,
            agent_os_distro: None,
            agent_os_version: None,
            agent_hostname: None,
            agent_version: None,
            agent_reported_at: None,
            version: 1,
            created_at: new.at,
            updated_at: new.at,
            agent_connected_since: None,
        }
    }
}

/// One audit entry. Never a secret.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::audit_log)]
#[diesel(treat_none_as_default_value = false)]
pub struct AuditRow {
    pub id: AuditEntryId,
    pub at: NaiveDateTime,
    pub actor_id: Option<UserId>,
    pub tenant_id: Option<TenantId>,
    pub action: String,
    pub target_id: Option<String>,
    pub outcome: String,
    pub detail: Option<String>,
}
