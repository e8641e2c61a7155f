//! Business and physical attributes of images and templates (R7–R9, R11).

use async_graphql::{Context, ID, InputObject, Object};

use crate::domain::{boot_copy, catalogue};
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::enums::{BootMode, VideoModel};
use crate::graphql::types::source::{BootSource, source_key};

/// R9: OS type and distro of an image or template.
#[derive(InputObject)]
pub struct SetOsInfoInput {
    /// An Image or Template ID.
    pub id: ID,
    /// `windows` or `linux`; null clears it.
    pub os_type: Option<String>,
    /// Lower-case distro (`ubuntu`, `win10`, …); null clears it.
    pub os_distro: Option<String>,
    /// The `version` you read; a stale one is `CONFLICT` and changes nothing.
    pub expected_version: Option<i32>,
}

/// R11: preset OS login of an image or template.
#[derive(InputObject)]
pub struct SetOsCredentialsInput {
    /// An Image or Template ID.
    pub id: ID,
    /// OS login name.
    pub username: String,
    /// OS password; stored encrypted, never returned by any query.
    #[graphql(secret)]
    pub password: String,
    /// The `version` you read; a stale one is `CONFLICT` and changes nothing.
    pub expected_version: Option<i32>,
}

/// R7: a boot mode to set.
#[derive(InputObject)]
pub struct SetBootModeInput {
    /// An Image or Template ID.
    pub id: ID,
    /// The new boot mode.
    pub boot_mode: BootMode,
}

/// R8: a video model to set.
#[derive(InputObject)]
pub struct SetVideoModelInput {
    /// An Image or Template ID.
    pub id: ID,
    /// The new model (VIRTIO for desktops).
    pub video_model: VideoModel,
}

/// R7 beyond: a copy of a source with the other boot mode.
#[derive(InputObject)]
pub struct CopyWithBootModeInput {
    /// The Image or Template to copy.
    pub id: ID,
    /// The boot mode of the copy.
    pub boot_mode: BootMode,
    /// The video card of the copy (e.g. VIRTIO, on a platform that sets it on VMs only); omitted:
    /// the original's.
    pub video_model: Option<VideoModel>,
    /// The copy's name.
    pub name: String,
}

/// The catalogue.
#[derive(Default)]
pub struct CatalogueMutation;

#[Object]
impl CatalogueMutation {
    /// R9: sets OS type and distro (system admins on system sources, tenant admins on their own).
    async fn set_os_info(&self, ctx: &Context<'_>, input: SetOsInfoInput) -> ApiResult<BootSource> {
        let row = catalogue::set_os_info(
            ctx.state(),
            ctx.viewer(),
            &source_key(&input.id)?,
            input.os_type.as_deref(),
            input.os_distro.as_deref(),
            input.expected_version,
        )
        .await?;
        Ok(BootSource::new(row, ctx.user()?))
    }

    /// R11: sets the preset OS username and password.
    async fn set_os_credentials(&self, ctx: &Context<'_>, input: SetOsCredentialsInput) -> ApiResult<BootSource> {
        let row = catalogue::set_os_credentials(
            ctx.state(),
            ctx.viewer(),
            &source_key(&input.id)?,
            &input.username,
            &input.password,
            input.expected_version,
        )
        .await?;
        Ok(BootSource::new(row, ctx.user()?))
    }

    /// R11: removes the preset OS credentials.
    async fn clear_os_credentials(&self, ctx: &Context<'_>, id: ID) -> ApiResult<BootSource> {
        let row = catalogue::clear_os_credentials(ctx.state(), ctx.viewer(), &source_key(&id)?).await?;
        Ok(BootSource::new(row, ctx.user()?))
    }

    /// R7: changes the boot mode on the platform and re-reads it; `BOOT_MODE_NOT_EDITABLE` with
    /// the workaround where the platform cannot.
    async fn set_boot_mode(&self, ctx: &Context<'_>, input: SetBootModeInput) -> ApiResult<BootSource> {
        let row = catalogue::set_boot_mode(
            ctx.state(),
            ctx.viewer(),
            &source_key(&input.id)?,
            input.boot_mode.into(),
        )
        .await?;
        Ok(BootSource::new(row, ctx.user()?))
    }

    /// R7 beyond: on a platform that cannot edit boot mode (or video card) in place, makes a copy
    /// of the source with the other boot mode and, when given, another video card (VM from the
    /// source, VM boot mode, VM saved as a new source, VM removed, sync), carrying OS info and
    /// credentials over. Progress arrives on `syncEvents`.
    async fn copy_with_boot_mode(&self, ctx: &Context<'_>, input: CopyWithBootModeInput) -> ApiResult<BootSource> {
        let request = boot_copy::CopyRequest {
            boot_mode: input.boot_mode.into(),
            video_model: input.video_model.map(Into::into),
            name: input.name,
        };
        let row = boot_copy::copy_with_boot_mode(ctx.state(), ctx.viewer(), &source_key(&input.id)?, request).await?;
        Ok(BootSource::new(row, ctx.user()?))
    }

    /// R8: changes the video model on the platform and re-reads it.
    async fn set_video_model(&self, ctx: &Context<'_>, input: SetVideoModelInput) -> ApiResult<BootSource> {
        let row = catalogue::set_video_model(
            ctx.state(),
            ctx.viewer(),
            &source_key(&input.id)?,
            input.video_model.into(),
        )
        .await?;
        Ok(BootSource::new(row, ctx.user()?))
    }
}
