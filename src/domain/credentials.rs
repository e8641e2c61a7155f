//! Desktop credentials (R12–R15): a copy of the source's, optional custom ones, the effective pair
//! (custom first), and connection info for the assigned user.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::desktops;
use crate::db::models::{DesktopRow, SourceRow, now};
use crate::db::sources;
use crate::domain::audit::{self, Entry};
use crate::domain::catalogue::password_aad as source_password_aad;
use crate::domain::desktops::{load, load_for_admin, publish};
use crate::domain::id::{DesktopId, SourceId};
use crate::domain::scope::TenantScope;
use crate::domain::validate;
use crate::domain::values::LoginMode;
use crate::domain::values::ObjectKind;
use crate::error::{ApiError, ApiResult};
use crate::events::DesktopEventKind;

/// Where the effective credentials come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialSource {
    /// Set on the desktop (R14).
    Custom,
    /// Copied from the image or template (R12).
    Image,
    /// None at all.
    None,
}

fn image_aad(desktop_id: &DesktopId) -> String {
    format!("desktops.image_password:{desktop_id}")
}

fn custom_aad(desktop_id: &DesktopId) -> String {
    format!("desktops.custom_password:{desktop_id}")
}

/// R14: custom first, then the copy of the source's.
pub fn effective_source(row: &DesktopRow) -> CredentialSource {
    if row.custom_username.is_some() {
        CredentialSource::Custom
    } else if row.image_username.is_some() || row.image_password_enc.is_some() {
        CredentialSource::Image
    } else {
        CredentialSource::None
    }
}

/// The effective username.
pub fn effective_username(row: &DesktopRow) -> Option<&str> {
    match effective_source(row) {
        CredentialSource::Custom => row.custom_username.as_deref(),
        CredentialSource::Image => row.image_username.as_deref(),
        CredentialSource::None => None,
    }
}

/// Whether the effective pair has a password.
pub fn effective_has_password(row: &DesktopRow) -> bool {
    match effective_source(row) {
        CredentialSource::Custom => row.custom_password_enc.is_some(),
        CredentialSource::Image => row.image_password_enc.is_some(),
        CredentialSource::None => false,
    }
}

/// R13: the source's credentials changed after the copy.
pub fn is_stale(row: &DesktopRow, source: &SourceRow) -> bool {
    row.image_copy_version != Some(source.credentials_version)
}

/// R12: copies the source's current credentials onto the desktop (re-sealed for the desktop's row).
pub fn copy_source_credentials(state: &AppState, row: &mut DesktopRow, source: &SourceRow) -> ApiResult<()> {
    let password = source
        .os_password_enc
        .as_deref()
        .map(|sealed| state.secrets.open(sealed, &source_password_aad(&source.id)))
        .transpose()?;
    row.image_username.clone_from(&source.os_username);
    row.image_password_enc = password
        .map(|p| state.secrets.seal(&p, &image_aad(&row.id)))
        .transpose()?;
    row.image_copy_at = Some(now());
    row.image_copy_version = Some(source.credentials_version);
    Ok(())
}

async fn save(state: &AppState, before: &DesktopRow, after: &DesktopRow) -> ApiResult<DesktopRow> {
    let mut conn = state.pool.get().await?;
    let saved = desktops::save(&mut conn, after, before.version)
        .await?
        .ok_or_else(|| ApiError::stale(before.version))?;
    publish(state, DesktopEventKind::CredentialsChanged, &saved, None);
    Ok(saved)
}

async fn audit_change(state: &AppState, viewer: &Viewer, action: &str, row: &DesktopRow) {
    let entry = Entry {
        action,
        tenant_id: Some(&row.tenant_id),
        target: Some((ObjectKind::Desktop, row.id.as_str())),
        outcome: "ok",
        detail: None,
    };
    audit::record(state, viewer, entry).await;
}

/// R14: sets custom credentials on a desktop.
pub async fn set_custom(
    state: &AppState,
    viewer: &Viewer,
    id: &DesktopId,
    username: &str,
    password: &str,
) -> ApiResult<DesktopRow> {
    let username = validate::os_username(username)?;
    let password = validate::os_password(password)?;
    let (_, row) = load_for_admin(state, viewer, id).await?;
    let updated = DesktopRow {
        custom_username: Some(username),
        custom_password_enc: Some(state.secrets.seal(&password, &custom_aad(&row.id))?),
        ..row.clone()
    };
    let saved = save(state, &row, &updated).await?;
    audit_change(state, viewer, "setDesktopCredentials", &saved).await;
    Ok(saved)
}

/// R14: removes custom credentials (the copy of the source's applies again).
pub async fn clear_custom(state: &AppState, viewer: &Viewer, id: &DesktopId) -> ApiResult<DesktopRow> {
    let (_, row) = load_for_admin(state, viewer, id).await?;
    let updated = DesktopRow {
        custom_username: None,
        custom_password_enc: None,
        ..row.clone()
    };
    let saved = save(state, &row, &updated).await?;
    audit_change(state, viewer, "clearDesktopCredentials", &saved).await;
    Ok(saved)
}

async fn source_of(state: &AppState, row: &DesktopRow) -> ApiResult<SourceRow> {
    let mut conn = state.pool.get().await?;
    sources::find_visible(&mut conn, &row.source_id, &TenantScope::All)
        .await?
        .ok_or_else(|| ApiError::not_found("image or template"))
}

/// R13: *Update Credentials*: copies the source's current credentials; custom ones stay (R14).
pub async fn update_from_source(state: &AppState, viewer: &Viewer, id: &DesktopId) -> ApiResult<DesktopRow> {
    let (_, row) = load_for_admin(state, viewer, id).await?;
    let source = source_of(state, &row).await?;
    let mut updated = row.clone();
    copy_source_credentials(state, &mut updated, &source)?;
    let saved = save(state, &row, &updated).await?;
    audit_change(state, viewer, "updateCredentials", &saved).await;
    Ok(saved)
}

/// The bulk form of *Update Credentials*: every desktop made from one source that the viewer
/// manages. With `dry_run` only counts. Returns how many desktops (would) change.
pub async fn update_all_from_source(
    state: &AppState,
    viewer: &Viewer,
    source_id: &SourceId,
    dry_run: bool,
) -> ApiResult<i32> {
    let me = viewer.admin()?.clone();
    let mut conn = state.pool.get().await?;
    let source = sources::find_visible(&mut conn, source_id, &me.scope())
        .await?
        .ok_or_else(|| ApiError::not_found("image or template"))?;
    let rows = desktops::of_source(&mut conn, &source.id, &me.desktop_scope()).await?;
    drop(conn);
    let stale: Vec<DesktopRow> = rows.into_iter().filter(|r| is_stale(r, &source)).collect();
    let count = i32::try_from(stale.len()).unwrap_or(i32::MAX);
    if dry_run {
        return Ok(count);
    }
    for row in &stale {
        let mut updated = row.clone();
        copy_source_credentials(state, &mut updated, &source)?;
        save(state, row, &updated).await?;
    }
    let entry = Entry {
        action: "updateCredentialsFromSource",
        tenant_id: source.tenant_id.as_ref(),
        target: Some((source_kind(&source), source.id.as_str())),
        outcome: "ok",
        detail: Some(format!("{count} desktops refreshed")),
    };
    audit::record(state, viewer, entry).await;
    Ok(count)
}

/// What the client app needs to connect (R15).
pub struct Connection {
    /// The desktop.
    pub desktop: DesktopRow,
    /// LOCAL or AD_DOMAIN.
    pub login_mode: LoginMode,
    /// Whether the client logs in silently with `username`/`password`.
    pub auto_login: bool,
    /// LOCAL: the effective username.
    pub username: Option<String>,
    /// LOCAL: the effective password. The only place any password leaves the service.
    pub password: Option<String>,
    /// AD_DOMAIN: the domain the user's own account belongs to.
    pub ad_domain: Option<String>,
}

/// R15: connection info, for the desktop's assigned user only; every request is audited.
pub async fn connection_info(state: &AppState, viewer: &Viewer, id: &DesktopId) -> ApiResult<Connection> {
    let me = viewer.user()?.clone();
    let row = match load(state, &me, id).await {
        Ok(row) => row,
        Err(e) => {
            let detail = Some("no such desktop in the caller's scope".to_owned());
            let entry = Entry {
                action: "connectionInfo",
                tenant_id: me.tenant_id.as_ref(),
                target: Some((ObjectKind::Desktop, id.as_str())),
                outcome: "denied",
                detail,
            };
            audit::record(state, viewer, entry).await;
            return Err(e);
        }
    };
    if row.owner_id.as_ref() != Some(&me.id) {
        let entry = Entry {
            action: "connectionInfo",
            tenant_id: Some(&row.tenant_id),
            target: Some((ObjectKind::Desktop, row.id.as_str())),
            outcome: "denied",
            detail: Some("not the assigned user".into()),
        };
        audit::record(state, viewer, entry).await;
        return Err(ApiError::forbidden());
    }
    let mode = row.login_mode;
    let conn = match mode {
        LoginMode::AdDomain => Connection {
            login_mode: mode,
            auto_login: false,
            username: None,
            password: None,
            ad_domain: row.ad_domain.clone(),
            desktop: row.clone(),
        },
        LoginMode::Local => {
            let (username, sealed) = match effective_source(&row) {
                CredentialSource::Custom => (
                    row.custom_username.clone(),
                    row.custom_password_enc.as_ref().map(|s| (s, custom_aad(&row.id))),
                ),
                CredentialSource::Image => (
                    row.image_username.clone(),
                    row.image_password_enc.as_ref().map(|s| (s, image_aad(&row.id))),
                ),
                CredentialSource::None => (None, None),
            };
            let password = sealed.map(|(s, aad)| state.secrets.open(s, &aad)).transpose()?;
            Connection {
                login_mode: mode,
                auto_login: username.is_some() && password.is_some(),
                username,
                password,
                ad_domain: None,
                desktop: row.clone(),
            }
        }
    };
    let detail = format!("login mode {}, auto login {}", mode.as_str(), conn.auto_login);
    let entry = Entry {
        action: "connectionInfo",
        tenant_id: Some(&row.tenant_id),
        target: Some((ObjectKind::Desktop, row.id.as_str())),
        outcome: "ok",
        detail: Some(detail),
    };
    audit::record(state, viewer, entry).await;
    Ok(conn)
}

fn source_kind(source: &SourceRow) -> ObjectKind {
    if source.resource == crate::domain::values::Resource::Template {
        ObjectKind::Template
    } else {
        ObjectKind::Image
    }
}
