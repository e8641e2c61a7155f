//! Business attributes of images and templates (R7–R9, R11), edited with optimistic concurrency.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::models::{PlatformRow, SourceRow};
use crate::db::sources::BusinessFields;
use crate::db::{platforms, sources};
use crate::domain::access::ensure_can_edit_source;
use crate::domain::capabilities;
use crate::domain::id::SourceId;
use crate::domain::platforms::{driver, platform_error};
use crate::domain::validate;
use crate::domain::values::{BootMode, Resource, Role, VideoModel};
use crate::error::{ApiError, ApiResult, Code};
use crate::platform::PlatformDriver;

/// The message of R7 for platforms that cannot edit boot mode.
pub const BOOT_MODE_WORKAROUND: &str = "this platform cannot change an image's boot mode. Workaround: create a VM from \
     the image, change the VM's boot mode, then save the VM as an image (or let the service do it with copyWithBootMode)";

/// What a refused in-place video change says (R8 where the platform, like CloudTower, sets the
/// video card on a VM and not on its template).
pub const VIDEO_MODEL_WORKAROUND: &str = "this platform cannot change the video card of an image or template in place:      it is chosen on a VM. Workaround: create a VM from it with the virtio video card and save that VM as a new one      (or let the service do it with copyWithBootMode and videoModel: VIRTIO)";

/// An image or a template, by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceKey {
    /// Image or template: a key of one kind never finds the other.
    pub resource: Resource,
    /// Its id.
    pub id: SourceId,
}

/// Loads a source the viewer may edit (R7, R9, R11), with its platform.
pub async fn load_editable(
    state: &AppState,
    viewer: &Viewer,
    key: &SourceKey,
) -> ApiResult<(UserViewer, SourceRow, PlatformRow)> {
    let me = viewer.require(&[Role::SystemAdmin, Role::TenantAdmin])?.clone();
    let mut conn = state.pool.get().await?;
    let row = sources::find_visible(&mut conn, &key.id, &me.scope())
        .await?
        .filter(|r| r.resource == key.resource)
        .ok_or_else(|| ApiError::not_found("image or template"))?;
    ensure_can_edit_source(&me, &row)?;
    let platform = platforms::find(&mut conn, &row.platform_id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    Ok((me, row, platform))
}

fn check_version(row: &SourceRow, expected: Option<i32>) -> ApiResult<()> {
    match expected {
        Some(v) if v != row.version => Err(ApiError::stale(row.version)),
        _ => Ok(()),
    }
}

fn business(row: &SourceRow) -> BusinessFields {
    BusinessFields {
        os_type: row.os_type.clone(),
        os_distro: row.os_distro.clone(),
        os_username: row.os_username.clone(),
        os_password_enc: row.os_password_enc.clone(),
        credentials_version: row.credentials_version,
    }
}

/// Times an edit without `expectedVersion` is tried when others keep landing in between (each
/// retry waits a little longer, up to 20 ms).
const EDIT_ATTEMPTS: u64 = 100;

/// Reads a source, computes its new business fields from it and writes them at the version read.
/// With `expected` (the version the client read), any change in between is `CONFLICT`; without,
/// the edit applies to the source as it is: a concurrent write makes it read again and retry.
async fn edit_business(
    state: &AppState,
    viewer: &Viewer,
    key: &SourceKey,
    expected: Option<i32>,
    mut change: impl FnMut(&SourceRow) -> ApiResult<Option<BusinessFields>>,
) -> ApiResult<SourceRow> {
    let mut attempt = 0;
    loop {
        attempt += 1;
        let (_, row, _) = load_editable(state, viewer, key).await?;
        check_version(&row, expected)?;
        let Some(fields) = change(&row)? else {
            return Ok(row);
        };
        let mut conn = state.pool.get().await?;
        if let Some(updated) = sources::update_business(&mut conn, &row.id, row.version, &fields).await? {
            return Ok(updated);
        }
        if expected.is_some() || attempt >= EDIT_ATTEMPTS {
            let current = sources::find_visible(&mut conn, &row.id, &crate::domain::scope::TenantScope::All)
                .await?
                .ok_or_else(|| ApiError::not_found("image or template"))?;
            return Err(ApiError::stale(current.version));
        }
        drop(conn);
        tokio::time::sleep(std::time::Duration::from_millis(attempt.min(20))).await;
    }
}

/// R9: sets OS type and distro.
pub async fn set_os_info(
    state: &AppState,
    viewer: &Viewer,
    key: &SourceKey,
    os_type: Option<&str>,
    os_distro: Option<&str>,
    expected_version: Option<i32>,
) -> ApiResult<SourceRow> {
    let os_type = validate::os_type(os_type)?;
    let os_distro = validate::os_distro(os_distro)?;
    edit_business(state, viewer, key, expected_version, |row| {
        Ok(Some(BusinessFields {
            os_type: os_type.clone(),
            os_distro: os_distro.clone(),
            ..business(row)
        }))
    })
    .await
}

/// The associated data binding a source's sealed password to its row.
pub fn password_aad(source_id: &SourceId) -> String {
    format!("sources.os_password:{source_id}")
}

/// R11: sets the OS username and password (the password is sealed; no query returns it).
pub async fn set_os_credentials(
    state: &AppState,
    viewer: &Viewer,
    key: &SourceKey,
    username: &str,
    password: &str,
    expected_version: Option<i32>,
) -> ApiResult<SourceRow> {
    let username = validate::os_username(username)?;
    let password = validate::os_password(password)?;
    edit_business(state, viewer, key, expected_version, |row| {
        let sealed = state.secrets.seal(&password, &password_aad(&row.id))?;
        Ok(Some(BusinessFields {
            os_username: Some(username.clone()),
            os_password_enc: Some(sealed),
            credentials_version: row.credentials_version + 1,
            ..business(row)
        }))
    })
    .await
}

/// R11: removes the OS credentials.
pub async fn clear_os_credentials(state: &AppState, viewer: &Viewer, key: &SourceKey) -> ApiResult<SourceRow> {
    edit_business(state, viewer, key, None, |row| {
        if row.os_username.is_none() && row.os_password_enc.is_none() {
            return Ok(None);
        }
        Ok(Some(BusinessFields {
            os_username: None,
            os_password_enc: None,
            credentials_version: row.credentials_version + 1,
            ..business(row)
        }))
    })
    .await
}

/// R7: changes the boot mode on the platform, then re-reads it.
pub async fn set_boot_mode(state: &AppState, viewer: &Viewer, key: &SourceKey, mode: BootMode) -> ApiResult<SourceRow> {
    let (_, row, platform) = load_editable(state, viewer, key).await?;
    if !capabilities::of(&platform).boot_mode_editable {
        return Err(ApiError::client(Code::BootModeNotEditable, BOOT_MODE_WORKAROUND));
    }
    let drv = driver(state, &platform)?;
    drv.set_boot_mode(&row.external_id, mode)
        .await
        .map_err(platform_error)?;
    reread(state, drv.as_ref(), &row).await
}

/// R8: changes the video model on the platform, then re-reads it.
pub async fn set_video_model(
    state: &AppState,
    viewer: &Viewer,
    key: &SourceKey,
    model: VideoModel,
) -> ApiResult<SourceRow> {
    let spelled = model
        .platform_str()
        .ok_or_else(|| ApiError::bad_input("OTHER names no video model; pick one"))?;
    let (_, row, platform) = load_editable(state, viewer, key).await?;
    if !capabilities::of(&platform).video_model_editable {
        return Err(ApiError::client(Code::VideoModelNotEditable, VIDEO_MODEL_WORKAROUND));
    }
    let drv = driver(state, &platform)?;
    drv.set_video_model(&row.external_id, spelled)
        .await
        .map_err(platform_error)?;
    reread(state, drv.as_ref(), &row).await
}

/// Reads a source back from its platform after a change and stores what the platform says.
async fn reread(state: &AppState, drv: &dyn PlatformDriver, row: &SourceRow) -> ApiResult<SourceRow> {
    let remote = drv
        .get_source(&row.external_id)
        .await
        .map_err(platform_error)?
        .ok_or_else(|| ApiError::client(Code::NotFound, "the platform no longer has this source"))?;
    let fields = crate::domain::sync::fields_from_remote(&remote, row.tenant_id.clone());
    let mut conn = state.pool.get().await?;
    Ok(sources::update_platform_fields(&mut conn, &row.id, &fields).await?)
}
