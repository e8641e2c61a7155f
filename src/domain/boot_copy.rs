//! R7 beyond the refusal: on a platform that cannot change an image's boot mode (ZSphere) or a
//! template's boot mode and video card (SmartX), the service runs the workaround itself — create a
//! VM from the source (with the wanted video card), set the VM's boot mode, save the VM as a new
//! source, remove the VM, sync — and carries the original's OS info and credentials over. Progress goes to `syncEvents`; a failure at any step removes what was created and leaves
//! the original untouched.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::models::{PlatformRow, SourceRow, SyncRunRow, now};
use crate::db::sources::{self, BusinessFields};
use crate::db::sync_runs;
use crate::domain::capabilities;
use crate::domain::catalogue::{SourceKey, load_editable, password_aad};
use crate::domain::platforms::{driver, placement_for};
use crate::domain::sync::{new_run, publish_event, sync_platform};
use crate::domain::validate;
use crate::domain::values::{BootMode, SyncStatus, VideoModel};
use crate::error::{ApiError, ApiResult, Code};
use crate::events::SyncEventKind;
use crate::platform::{NewVm, Placement, PlatformDriver};

/// What the copy should be.
#[derive(Debug, Clone)]
pub struct CopyRequest {
    /// The copy's boot mode.
    pub boot_mode: BootMode,
    /// The copy's video card; `None` keeps the original's.
    pub video_model: Option<VideoModel>,
    /// The copy's name.
    pub name: String,
}

/// What a failed step left behind, to remove.
#[derive(Default)]
struct Created {
    vm: Option<String>,
    image: Option<String>,
}

fn progress(state: &AppState, run: &SyncRunRow, message: String) {
    publish_event(state, run, SyncEventKind::Progress, None, None, Some(message));
}

/// Removes what a failed copy created; returns what could not be removed, for the error message.
async fn cleanup(drv: &dyn PlatformDriver, created: &Created) -> Vec<String> {
    let mut left = Vec::new();
    if let Some(vm) = &created.vm
        && let Err(e) = drv.delete_vm(vm).await
    {
        tracing::error!(vm, error = %e, "boot-mode copy: could not remove the temporary VM");
        left.push(format!(
            "the temporary VM {vm} could not be removed ({e}); remove it on the platform"
        ));
    }
    if let Some(image) = &created.image
        && let Err(e) = drv.delete_source(image).await
    {
        tracing::error!(image, error = %e, "boot-mode copy: could not remove the half-made image");
        left.push(format!(
            "the new image {image} could not be removed ({e}); remove it on the platform"
        ));
    }
    left
}

fn failure(message: &str, left: &[String]) -> String {
    let mut text = format!("{message}; the original is untouched");
    for l in left {
        text.push_str("; ");
        text.push_str(l);
    }
    text
}

/// The platform steps; on error, which step failed and why.
async fn run_steps(
    state: &AppState,
    drv: &dyn PlatformDriver,
    run: &SyncRunRow,
    original: &SourceRow,
    request: &CopyRequest,
    placement: Placement,
    created: &mut Created,
) -> Result<String, String> {
    let (mode, name) = (request.boot_mode, request.name.as_str());
    let video = request.video_model.and_then(VideoModel::platform_str);
    let vm = drv
        .create_vm(&NewVm {
            name: format!("xspace-copy-{}", &run.id.as_str()[..8]),
            source_external_id: original.external_id.clone(),
            // Made with the copy's boot mode: CloudTower takes a VM's firmware only when it is
            // created (no update call changes it); `set_vm_boot_mode` below then has nothing to do
            // there, and changes it where the platform can (ZSphere's `setVmBootMode`).
            boot_mode: mode,
            video_model: video.map(str::to_owned),
            project: original.project.clone(),
            placement,
        })
        .await
        .map_err(|e| format!("creating a VM from the image failed: {e}"))?;
    created.vm = Some(vm.external_id.clone());
    match video {
        Some(video) => progress(
            state,
            run,
            format!("created VM {} with video card {video}", vm.external_id),
        ),
        None => progress(state, run, format!("created VM {}", vm.external_id)),
    }
    drv.set_vm_boot_mode(&vm.external_id, mode)
        .await
        .map_err(|e| format!("setting the VM's boot mode failed: {e}"))?;
    progress(state, run, format!("set the VM's boot mode to {mode}"));
    let image = drv
        .capture_vm(&vm.external_id, name)
        .await
        .map_err(|e| format!("saving the VM as an image failed: {e}"))?;
    created.image = Some(image.external_id.clone());
    progress(state, run, format!("saved the VM as image {}", image.external_id));
    drv.delete_vm(&vm.external_id)
        .await
        .map_err(|e| format!("removing the temporary VM failed: {e}"))?;
    created.vm = None;
    progress(state, run, "removed the temporary VM".to_owned());
    Ok(image.external_id)
}

async fn finish(state: &AppState, run: &mut SyncRunRow, error: Option<String>) -> ApiResult<()> {
    run.finished_at = Some(now());
    run.status = if error.is_some() {
        SyncStatus::Failed
    } else {
        SyncStatus::Succeeded
    };
    run.added = i32::from(error.is_none());
    run.error = error;
    let mut conn = state.pool.get().await?;
    sync_runs::finish(&mut conn, run).await?;
    let kind = if run.error.is_some() {
        SyncEventKind::Failed
    } else {
        SyncEventKind::Finished
    };
    publish_event(state, run, kind, None, None, run.error.clone());
    Ok(())
}

/// Copies the original's OS info and credentials onto the new source (re-sealed for its row).
async fn carry_over(state: &AppState, original: &SourceRow, copy: &SourceRow) -> ApiResult<SourceRow> {
    let password = original
        .os_password_enc
        .as_deref()
        .map(|p| state.secrets.open(p, &password_aad(&original.id)))
        .transpose()?;
    let fields = BusinessFields {
        os_type: original.os_type.clone(),
        os_distro: original.os_distro.clone(),
        os_username: original.os_username.clone(),
        os_password_enc: password
            .map(|p| state.secrets.seal(&p, &password_aad(&copy.id)))
            .transpose()?,
        credentials_version: copy.credentials_version + 1,
    };
    let mut conn = state.pool.get().await?;
    sources::update_business(&mut conn, &copy.id, copy.version, &fields)
        .await?
        .ok_or_else(|| ApiError::stale(copy.version))
}

fn check(platform: &PlatformRow, original: &SourceRow, request: &CopyRequest) -> ApiResult<()> {
    let caps = capabilities::of(platform);
    if !caps.boot_mode_copy {
        return Err(ApiError::bad_input(if caps.boot_mode_editable {
            "this platform can change boot mode directly: use setBootMode"
        } else {
            "this platform cannot run the copy (no VM round trip)"
        }));
    }
    if request.video_model == Some(VideoModel::Other) {
        return Err(ApiError::bad_input("OTHER names no video model; pick one"));
    }
    let mode = request.boot_mode;
    let same_video = request
        .video_model
        .is_none_or(|v| original.video_model.as_deref().map(VideoModel::from_platform) == Some(v));
    if original.boot_mode == Some(mode) && same_video {
        return Err(ApiError::bad_input(format!(
            "the source already boots {mode}{}",
            if request.video_model.is_some() {
                " with that video card"
            } else {
                ""
            }
        )));
    }
    if original.removed || !original.is_active() {
        return Err(ApiError::bad_input(
            "only an active source still on its platform can be copied",
        ));
    }
    Ok(())
}

/// Where the copy's temporary VM goes: the owning tenant's placement for a custom source, the
/// platform's for a system one.
async fn copy_placement(state: &AppState, platform: &PlatformRow, original: &SourceRow) -> ApiResult<Placement> {
    let mapping = match &original.tenant_id {
        Some(tenant) => {
            let mut conn = state.pool.get().await?;
            crate::db::platforms::projects(&mut conn, &platform.id)
                .await?
                .into_iter()
                .find(|p| &p.tenant_id == tenant)
        }
        None => None,
    };
    placement_for(platform, mapping.as_ref())
}

/// Runs the workaround and returns the new source.
pub async fn copy_with_boot_mode(
    state: &AppState,
    viewer: &Viewer,
    key: &SourceKey,
    request: CopyRequest,
) -> ApiResult<SourceRow> {
    let request = CopyRequest {
        name: validate::name("name", &request.name)?,
        ..request
    };
    let (_, original, platform) = load_editable(state, viewer, key).await?;
    check(&platform, &original, &request)?;
    let drv = driver(state, &platform)?;
    let placement = copy_placement(state, &platform, &original).await?;
    let mut run = new_run(
        &platform.id,
        &[format!(
            "copy of {} with boot mode {}",
            original.name, request.boot_mode
        )],
    );
    sync_runs::insert(&mut state.pool.get().await?, &run).await?;
    publish_event(state, &run, SyncEventKind::Started, None, None, None);
    let mut created = Created::default();
    let external_id = match run_steps(state, drv.as_ref(), &run, &original, &request, placement, &mut created).await {
        Ok(id) => id,
        Err(message) => {
            let left = cleanup(drv.as_ref(), &created).await;
            let text = failure(&message, &left);
            finish(state, &mut run, Some(text.clone())).await?;
            return Err(ApiError::client(Code::PlatformUnavailable, text));
        }
    };
    finish(state, &mut run, None).await?;
    let synced = sync_platform(state, &platform.id).await?;
    let mut conn = state.pool.get().await?;
    let copy = sources::by_external_id(&mut conn, &platform.id, &external_id).await?;
    drop(conn);
    let Some(copy) = copy.filter(|_| synced.status == SyncStatus::Succeeded) else {
        let left = cleanup(
            drv.as_ref(),
            &Created {
                vm: None,
                image: Some(external_id),
            },
        )
        .await;
        return Err(ApiError::client(
            Code::PlatformUnavailable,
            failure("the sync after the copy failed", &left),
        ));
    };
    carry_over(state, &original, &copy).await
}
