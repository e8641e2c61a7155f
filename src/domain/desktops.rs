//! Desktops: made from a source through the platform's driver (R6, R8, R12), deleted, assigned.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::desktops;
use crate::db::models::{DesktopRow, NewDesktopRow, SourceRow, now};
use crate::db::{platforms, sources, users};
use crate::domain::credentials::copy_source_credentials;
use crate::domain::id::{DesktopId, SourceId, TenantId, UserId};
use crate::domain::platforms::{driver, placement_for, platform_error};
use crate::domain::scope::TenantScope;
use crate::domain::validate;
use crate::domain::values::{BootMode, LoginMode, Role};
use crate::domain::{capabilities, readiness};
use crate::error::{ApiError, ApiResult, Code};
use crate::events::{DesktopEvent, DesktopEventKind, Event};
use crate::platform::NewVm;

/// What an admin asks for.
pub struct NewDesktop {
    /// The tenant; a tenant admin's own when omitted.
    pub tenant_id: Option<TenantId>,
    /// Name (also the VM's).
    pub name: String,
    /// The source.
    pub source_id: SourceId,
    /// The assigned user.
    pub owner_id: Option<UserId>,
    /// Must equal the source's (R6).
    pub boot_mode: BootMode,
    /// LOCAL or AD_DOMAIN.
    pub login_mode: LoginMode,
    /// The AD domain, for AD_DOMAIN.
    pub ad_domain: Option<String>,
}

/// Publishes a desktop event.
pub fn publish(state: &AppState, kind: DesktopEventKind, row: &DesktopRow, previous_owner: Option<&UserId>) {
    let mut owners: Vec<UserId> = row.owner_id.iter().cloned().collect();
    owners.extend(previous_owner.cloned());
    state.events.publish(Event::Desktop(DesktopEvent {
        kind,
        desktop_id: row.id.clone(),
        tenant_id: row.tenant_id.clone(),
        owners,
        at: now(),
    }));
}

fn ad_domain(mode: LoginMode, domain: Option<&str>) -> ApiResult<Option<String>> {
    let domain = domain.map(str::trim).filter(|d| !d.is_empty());
    match (mode, domain) {
        (LoginMode::Local, None) => Ok(None),
        (LoginMode::Local, Some(_)) => Err(ApiError::bad_input("`adDomain` is only for AD_DOMAIN desktops")),
        (LoginMode::AdDomain, None) => Err(ApiError::bad_input("AD_DOMAIN desktops need `adDomain`")),
        (LoginMode::AdDomain, Some(d)) => {
            let ok = d.len() <= 253
                && d.split('.').all(|l| {
                    !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                });
            if ok {
                Ok(Some(d.to_ascii_lowercase()))
            } else {
                Err(ApiError::bad_input("`adDomain` is not a domain name"))
            }
        }
    }
}

/// The tenant a desktop goes to: a tenant admin's own; a system admin must name one.
fn target_tenant(me: &UserViewer, asked: Option<TenantId>) -> ApiResult<TenantId> {
    match (me.scope(), asked) {
        (TenantScope::All, Some(t)) => Ok(t),
        (TenantScope::All, None) => Err(ApiError::bad_input("`tenantId` is required")),
        (TenantScope::Tenant(own), None) => Ok(own),
        (TenantScope::Tenant(own), Some(t)) if t == own => Ok(own),
        (TenantScope::Tenant(_), Some(_)) | (TenantScope::Nothing, _) => Err(ApiError::not_found("tenant")),
    }
}

/// R6 and R8: the source must be usable and match the asked boot mode.
fn check_source(source: &SourceRow, boot_mode: BootMode) -> ApiResult<()> {
    if source.removed {
        return Err(ApiError::bad_input("the source is gone from its platform"));
    }
    if source.boot_mode != Some(boot_mode) {
        let theirs = source.boot_mode.map_or("unknown", BootMode::as_str);
        return Err(ApiError::client(
            Code::BootModeMismatch,
            format!("the source boots {theirs}; a desktop must boot the same way (asked {boot_mode})"),
        ));
    }
    if source.video_model.as_deref() != Some("virtio") {
        let theirs = source.video_model.as_deref().unwrap_or("unknown");
        return Err(ApiError::client(
            Code::VideoModelNotVirtio,
            format!("the source's video model is {theirs}; desktops need virtio (setVideoModel)"),
        ));
    }
    if !source.is_active() {
        return Err(ApiError::bad_input(format!(
            "the source's status is {}; it must be active",
            source.status
        )));
    }
    Ok(())
}

/// Creates a desktop: checks everything, creates the VM, then stores the desktop with a copy of
/// the source's credentials (R12). Nothing is created anywhere when a check fails.
pub async fn create(state: &AppState, viewer: &Viewer, new: NewDesktop) -> ApiResult<DesktopRow> {
    let me = viewer.admin()?.clone();
    let tenant_id = target_tenant(&me, new.tenant_id)?;
    let name = validate::name("name", &new.name)?;
    let ad = ad_domain(new.login_mode, new.ad_domain.as_deref())?;
    let mut conn = state.pool.get().await?;
    let source = sources::find_visible(&mut conn, &new.source_id, &me.scope())
        .await?
        .filter(|s| s.tenant_id.is_none() || s.tenant_id.as_ref() == Some(&tenant_id))
        .ok_or_else(|| ApiError::not_found("image or template"))?;
    if let Some(owner) = &new.owner_id {
        users::find(&mut conn, owner, &TenantScope::Tenant(tenant_id.clone()))
            .await?
            .ok_or_else(|| ApiError::not_found("user"))?;
    }
    check_source(&source, new.boot_mode)?;
    let project = platforms::projects(&mut conn, &source.platform_id)
        .await?
        .into_iter()
        .find(|p| p.tenant_id == tenant_id)
        .ok_or_else(|| ApiError::bad_input("the tenant has no project on this platform; map one first"))?;
    let platform = platforms::find(&mut conn, &source.platform_id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    drop(conn);
    if new.boot_mode == BootMode::Uefi && !capabilities::of(&platform).uefi {
        return Err(ApiError::client(Code::BootModeMismatch, readiness::NO_UEFI));
    }
    let placement = placement_for(&platform, Some(&project))?;
    let drv = driver(state, &platform)?;
    let vm = drv
        .create_vm(&NewVm {
            name: name.clone(),
            source_external_id: source.external_id.clone(),
            boot_mode: new.boot_mode,
            video_model: Some("virtio".to_owned()),
            project: Some(project.project.clone()),
            placement,
        })
        .await
        .map_err(platform_error)?;
    let at = now();
    let mut row = DesktopRow::new(NewDesktopRow {
        id: DesktopId::new(),
        tenant_id,
        owner_id: new.owner_id,
        platform_id: platform.id.clone(),
        source_id: source.id.clone(),
        external_id: vm.external_id.clone(),
        name,
        boot_mode: new.boot_mode,
        login_mode: new.login_mode,
        ad_domain: ad,
        at,
    });
    copy_source_credentials(state, &mut row, &source)?;
    let mut conn = state.pool.get().await?;
    if let Err(e) = desktops::insert(&mut conn, std::slice::from_ref(&row)).await {
        // Undo the VM so that nothing half-made remains; a crash here is repaired by the next
        // sync, which imports the VM as this tenant's desktop.
        if let Err(undo) = drv.delete_vm(&vm.external_id).await {
            tracing::error!(vm = vm.external_id, error = %undo, "could not remove the VM of a desktop that failed to save");
        }
        return Err(e.into());
    }
    publish(state, DesktopEventKind::Created, &row, None);
    Ok(row)
}

/// A desktop in the viewer's scope, or `NOT_FOUND`.
pub async fn load(state: &AppState, me: &UserViewer, id: &DesktopId) -> ApiResult<DesktopRow> {
    let mut conn = state.pool.get().await?;
    desktops::find(&mut conn, id, &me.desktop_scope())
        .await?
        .ok_or_else(|| ApiError::not_found("desktop"))
}

/// A desktop an admin may manage.
pub async fn load_for_admin(state: &AppState, viewer: &Viewer, id: &DesktopId) -> ApiResult<(UserViewer, DesktopRow)> {
    let me = viewer.user()?.clone();
    let row = load(state, &me, id).await?;
    if me.role == Role::TenantUser {
        return Err(ApiError::forbidden());
    }
    Ok((me, row))
}

/// Deletes the VM (if the platform still has it) and then the desktop.
pub async fn delete(state: &AppState, viewer: &Viewer, id: &DesktopId) -> ApiResult<()> {
    let (_, row) = load_for_admin(state, viewer, id).await?;
    let mut conn = state.pool.get().await?;
    let platform = platforms::find(&mut conn, &row.platform_id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    drop(conn);
    if !row.removed {
        driver(state, &platform)?
            .delete_vm(&row.external_id)
            .await
            .map_err(platform_error)?;
    }
    let mut conn = state.pool.get().await?;
    desktops::delete(&mut conn, &row.id).await?;
    publish(state, DesktopEventKind::Deleted, &row, None);
    Ok(())
}

/// Assigns a desktop to a user of its tenant, or to nobody.
pub async fn assign(state: &AppState, viewer: &Viewer, id: &DesktopId, owner: Option<UserId>) -> ApiResult<DesktopRow> {
    let (_, row) = load_for_admin(state, viewer, id).await?;
    let mut conn = state.pool.get().await?;
    if let Some(o) = &owner {
        users::find(&mut conn, o, &TenantScope::Tenant(row.tenant_id.clone()))
            .await?
            .ok_or_else(|| ApiError::not_found("user"))?;
    }
    let previous = row.owner_id.clone();
    let updated = DesktopRow {
        owner_id: owner,
        ..row.clone()
    };
    let saved = desktops::save(&mut conn, &updated, row.version)
        .await?
        .ok_or_else(|| ApiError::stale(row.version))?;
    publish(state, DesktopEventKind::Assigned, &saved, previous.as_ref());
    Ok(saved)
}
