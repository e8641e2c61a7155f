//! `Image`, `Template` and the `BootSource` interface they share (R5: one interface, two types).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::{Context, ID, Interface};

use crate::auth::viewer::UserViewer;
use crate::db::models::{PlatformRow, SourceRow, TenantRow};
use crate::db::pagination::{Page, encode_cursor};
use crate::domain::access::{Lens, can_edit_source};
use crate::domain::catalogue::SourceKey;
use crate::domain::id::{PlatformId, TenantId};
use crate::domain::values::{self, Resource};
use crate::domain::{capabilities, readiness};
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::{load_platform, load_tenant};
use crate::ids;

use super::boxed::Boxed;
use super::connection::connection;
use super::eager::{AtHand, Eager, object_at_hand};
use super::enums::{BootMode, SourceScope, VideoModel};
use super::platform::CloudPlatform;
use super::tenant::Tenant;
use super::utc;

/// Decodes an Image or Template ID; an ID of another type is `NOT_FOUND`.
pub fn source_key(id: &str) -> ApiResult<SourceKey> {
    let (resource, id) = ids::decode_source(id)?;
    Ok(SourceKey { resource, id })
}

/// One reason a source or a desktop is not ready.
pub struct ReadinessProblem {
    code: &'static str,
    message: String,
}

object_at_hand! {
    attributes {
        /// One reason a source or a desktop is not ready.
        #[async_graphql::Object]
    }
    impl ReadinessProblem as "ReadinessProblem" => {
        fields(this) {
            /// Sources: `VIDEO_MODEL_NOT_VIRTIO`, `BOOT_MODE_UNKNOWN`, `UEFI_NOT_SUPPORTED` (a UEFI source
            /// on a platform without UEFI), `REMOVED_FROM_PLATFORM` or `STATUS_NOT_ACTIVE`; desktops:
            /// `BOOT_MODE_MISMATCH` or `VIDEO_MODEL_NOT_VIRTIO`.
            "code" code: &str = this.code;
            /// What is wrong and what to do.
            "message" message: &str = &this.message;
        }
        children(this) {}
    }
}

/// Whether a source can back a desktop (R8), or a desktop can be expected to work (R6/R8).
pub struct Readiness {
    problems: Vec<ReadinessProblem>,
}

impl Readiness {
    /// Ready when there is no problem.
    pub fn of(problems: impl IntoIterator<Item = readiness::Problem>) -> Self {
        Self {
            problems: problems
                .into_iter()
                .map(|p| ReadinessProblem {
                    code: p.code,
                    message: p.message,
                })
                .collect(),
        }
    }
}

object_at_hand! {
    attributes {
        /// Whether a source can back a desktop (R8), or a desktop can be expected to work (R6/R8).
        #[async_graphql::Object]
    }
    impl Readiness as "Readiness" => {
        fields(this) {
            /// True when there is no problem.
            "ready" ready: bool = this.problems.is_empty();
            /// Every problem found.
            pub async fn problems(&self) -> &[ReadinessProblem] {
                &self.problems
            }
        }
        children(this) {}
        lists {
            "problems" => this.problems.iter().map(|p| p as &dyn AtHand).collect(),
        }
    }
}

/// The platforms of a page of sources, read with the page (by id).
pub type PagePlatforms = HashMap<PlatformId, Arc<PlatformRow>>;

/// The tenants of a page of sources, read with the page (by id).
pub type PageTenants = HashMap<TenantId, TenantRow>;

/// A source with what its viewer may see of it.
pub struct SourceView {
    row: SourceRow,
    /// R11: credential fields only for those who may edit.
    can_edit: bool,
    /// Its platform as the viewer may see it, when the page it came in read it already.
    platform: Option<CloudPlatform>,
    /// Its tenant, when the page it came in read it already.
    tenant: Option<Tenant>,
    /// Its readiness, when the page it came in read its platform.
    readiness: Option<Readiness>,
}

impl SourceView {
    fn new<'a>(row: SourceRow, viewer: impl Into<Lens<'a>>) -> Self {
        let can_edit = can_edit_source(viewer, &row);
        Self {
            row,
            can_edit,
            platform: None,
            tenant: None,
            readiness: None,
        }
    }

    /// The row.
    pub fn row(&self) -> &SourceRow {
        &self.row
    }

    async fn platform(&self, ctx: &Context<'_>) -> ApiResult<CloudPlatform> {
        let user = ctx.user()?;
        if let Some(platform) = &self.platform {
            return Ok(platform.clone());
        }
        let row = load_platform(ctx, &self.row.platform_id)
            .await?
            .ok_or_else(|| ApiError::not_found("platform"))?;
        Ok(CloudPlatform::new(row, user))
    }

    async fn tenant(&self, ctx: &Context<'_>) -> ApiResult<Option<Tenant>> {
        match &self.row.tenant_id {
            Some(t) => load_tenant(ctx, t).await,
            None => Ok(None),
        }
    }

    fn scope(&self) -> SourceScope {
        if self.row.tenant_id.is_some() {
            values::SourceScope::Custom.into()
        } else {
            values::SourceScope::System.into()
        }
    }

    fn boot_mode(&self) -> Option<BootMode> {
        self.row.boot_mode.map(Into::into)
    }

    fn video_model(&self) -> Option<VideoModel> {
        self.row
            .video_model
            .as_deref()
            .map(|m| values::VideoModel::from_platform(m).into())
    }

    /// R11: only for those who may edit.
    fn os_username(&self) -> Option<&str> {
        if self.can_edit {
            self.row.os_username.as_deref()
        } else {
            None
        }
    }

    /// R11: only for those who may edit.
    fn has_os_password(&self) -> Option<bool> {
        self.can_edit.then_some(self.row.os_password_enc.is_some())
    }

    fn synced_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.row.synced_at.map(utc)
    }

    /// Whether its platform boots UEFI guests; asked of the platform only for a UEFI source.
    async fn platform_uefi(&self, ctx: &Context<'_>) -> ApiResult<bool> {
        if self.row.boot_mode != Some(values::BootMode::Uefi) {
            return Ok(true);
        }
        let row = match &self.platform {
            Some(platform) => platform.row().clone(),
            None => load_platform(ctx, &self.row.platform_id)
                .await?
                .ok_or_else(|| ApiError::not_found("platform"))?,
        };
        Ok(capabilities::of(&row).uefi)
    }

    async fn readiness(&self, ctx: &Context<'_>) -> ApiResult<Readiness> {
        let uefi = self.platform_uefi(ctx).await?;
        Ok(Readiness::of(readiness::problems(&self.row, uefi)))
    }
}

/// Defines the GraphQL object for one resource type; both share every field (R5).
macro_rules! source_object {
    ($ty:ident, $kind:expr, $doc:literal) => {
        #[doc = $doc]
        pub struct $ty(pub SourceView);

        impl $ty {
            /// The source as `viewer` may see it.
            pub fn new<'a>(row: SourceRow, viewer: impl Into<Lens<'a>>) -> Self {
                Self(SourceView::new(row, viewer))
            }

            /// As [`Self::new`], with its platform, readiness and tenant from the page's.
            fn in_page(row: SourceRow, viewer: &UserViewer, platforms: &PagePlatforms, tenants: &PageTenants) -> Self {
                let mut view = SourceView::new(row, viewer);
                view.platform = platforms
                    .get(&view.row.platform_id)
                    .map(|row| CloudPlatform::new(Arc::clone(row), viewer));
                view.readiness = view
                    .platform
                    .as_ref()
                    .map(|p| Readiness::of(readiness::problems(&view.row, capabilities::of(p.row()).uefi)));
                view.tenant = view
                    .row
                    .tenant_id
                    .as_ref()
                    .and_then(|t| tenants.get(t))
                    .cloned()
                    .map(Tenant);
                Self(view)
            }
        }

        object_at_hand! {
            // Serial: every field but `tenant` and `readiness` is at hand (the page reads its
            // platforms), so concurrent resolution would only add a task set per source (see
            // `connection`).
            attributes { #[async_graphql::Object(serial)] }
            impl $ty as stringify!($ty) => {
                fields(this) {
                    /// Global ID.
                    "id" id: ID = ids::encode_source($kind, &this.0.row.id);
                    /// Name on the platform.
                    "name" name: &str = &this.0.row.name;
                    /// The platform's own id for it.
                    "externalId" external_id: &str = &this.0.row.external_id;
                    /// The platform it was synced from.
                    pub async fn platform(&self, ctx: &Context<'_>) -> ApiResult<Eager<CloudPlatform>> {
                        // Boxed, the loader (the platform's resolution is boxed by `Eager`): every
                        // field's future of this object is as large as the largest (see `boxed`).
                        Box::pin(self.0.platform(ctx)).await.map(Eager)
                    }
                    /// SYSTEM, or CUSTOM when a tenant owns it through a mapped project (R3).
                    "scope" scope: SourceScope = this.0.scope();
                    /// The owning tenant of a custom source.
                    pub async fn tenant(&self, ctx: &Context<'_>) -> ApiResult<Option<Boxed<Tenant>>> {
                        Ok(Box::pin(self.0.tenant(ctx)).await?.map(Boxed))
                    }
                    /// Firmware boot mode; null when the platform does not say (R6).
                    "bootMode" boot_mode: Option<BootMode> = this.0.boot_mode();
                    /// Video model; must be VIRTIO for desktops (R8). Null when the platform does not say.
                    "videoModel" video_model: Option<VideoModel> = this.0.video_model();
                    /// The video model exactly as the platform spells it.
                    "videoModelName" video_model_name: Option<&str> = this.0.row.video_model.as_deref();
                    /// `windows` or `linux` (R9); picks the client's OS icon.
                    "osType" os_type: Option<&str> = this.0.row.os_type.as_deref();
                    /// Lower-case distro name such as `ubuntu` or `win10` (R9).
                    "osDistro" os_distro: Option<&str> = this.0.row.os_distro.as_deref();
                    /// R11: the preset OS login name; null for viewers who may not edit this source.
                    "osUsername" os_username: Option<&str> = this.0.os_username();
                    /// R11: whether a preset OS password is stored (never the password itself); null for
                    /// viewers who may not edit this source.
                    "hasOsPassword" has_os_password: Option<bool> = this.0.has_os_password();
                    /// Whether a desktop can be made from it, and why not (R8).
                    pub async fn readiness(&self, ctx: &Context<'_>) -> ApiResult<Readiness> {
                        self.0.readiness(ctx).await
                    }
                    /// The source is gone from its platform (kept while referenced).
                    "removedFromPlatform" removed_from_platform: bool = this.0.row.removed;
                    /// Status on the platform (`active`, `queued`, …).
                    "status" status: &str = &this.0.row.status;
                    /// Size in bytes, when the platform says.
                    "sizeBytes" size_bytes: Option<i64> = this.0.row.size_bytes;
                    /// Bumped by every change; pass it as `expectedVersion` to edit safely.
                    "version" version: i32 = this.0.row.version;
                    /// When a sync last added or changed it (its platform-owned fields are as of then).
                    "syncedAt" synced_at: Option<chrono::DateTime<chrono::Utc>> = this.0.synced_at();
                }
                children(this) {
                    "platform" => this.0.platform.as_ref().map(|p| p as &dyn AtHand),
                    // A system source has no tenant, wherever it was read.
                    "tenant" => match (&this.0.row.tenant_id, &this.0.tenant) {
                        (None, _) => Some(None),
                        (Some(_), held) => held.as_ref().map(|t| Some(t as &dyn AtHand)),
                    },
                    "readiness" => this.0.readiness.as_ref().map(|r| r as &dyn AtHand),
                }
            }
        }
    };
}

source_object!(Image, Resource::Image, "An image synced from a platform.");
source_object!(
    Template,
    Resource::Template,
    "A template synced from a template-only platform (R5)."
);

connection!(ImageConnection, ImageEdge, Eager<Image>, "image");
connection!(TemplateConnection, TemplateEdge, Eager<Template>, "template");

impl ImageConnection {
    /// A page of image rows as `viewer` may see them, with name-then-id cursors.
    pub fn of(page: Page<SourceRow>, viewer: &UserViewer, platforms: &PagePlatforms, tenants: &PageTenants) -> Self {
        Self::build(page, |r| {
            (
                encode_cursor(&r.name, r.id.as_str()),
                Eager(Image::in_page(r, viewer, platforms, tenants)),
            )
        })
    }
}

impl TemplateConnection {
    /// A page of template rows as `viewer` may see them, with name-then-id cursors.
    pub fn of(page: Page<SourceRow>, viewer: &UserViewer, platforms: &PagePlatforms, tenants: &PageTenants) -> Self {
        Self::build(page, |r| {
            (
                encode_cursor(&r.name, r.id.as_str()),
                Eager(Template::in_page(r, viewer, platforms, tenants)),
            )
        })
    }
}

/// R5: images and templates share every rule.
#[derive(Interface)]
#[expect(
    clippy::duplicated_attributes,
    reason = "async-graphql lists interface fields as repeated attributes"
)]
#[graphql(
    field(name = "id", ty = "ID", desc = "Global ID."),
    field(name = "name", ty = "&str", desc = "Name on the platform."),
    field(name = "external_id", ty = "&str", desc = "The platform's own id for it."),
    field(
        name = "platform",
        ty = "ApiResult<Eager<CloudPlatform>>",
        desc = "The platform it was synced from."
    ),
    field(
        name = "scope",
        ty = "SourceScope",
        desc = "SYSTEM, or CUSTOM when a tenant owns it (R3)."
    ),
    field(
        name = "tenant",
        ty = "ApiResult<Option<Boxed<Tenant>>>",
        desc = "The owning tenant of a custom source."
    ),
    field(name = "boot_mode", ty = "Option<BootMode>", desc = "Firmware boot mode (R6)."),
    field(name = "video_model", ty = "Option<VideoModel>", desc = "Video model (R8)."),
    field(name = "os_type", ty = "Option<&str>", desc = "`windows` or `linux` (R9)."),
    field(name = "os_distro", ty = "Option<&str>", desc = "Lower-case distro name (R9)."),
    field(
        name = "os_username",
        ty = "Option<&str>",
        desc = "R11: preset OS login name; null unless you may edit it."
    ),
    field(
        name = "has_os_password",
        ty = "Option<bool>",
        desc = "R11: whether a password is stored; null unless you may edit it."
    ),
    field(
        name = "readiness",
        ty = "ApiResult<Readiness>",
        desc = "Whether a desktop can be made from it (R6, R8)."
    ),
    field(name = "removed_from_platform", ty = "bool", desc = "Gone from its platform."),
    field(name = "version", ty = "i32", desc = "Optimistic-concurrency version."),
    field(
        name = "synced_at",
        ty = "Option<chrono::DateTime<chrono::Utc>>",
        desc = "When a sync last added or changed it."
    )
)]
pub enum BootSource {
    /// An image.
    Image(Image),
    /// A template.
    Template(Template),
}

impl BootSource {
    /// The right type for a row, as `viewer` may see it.
    pub fn new<'a>(row: SourceRow, viewer: impl Into<Lens<'a>>) -> Self {
        if row.resource == crate::domain::values::Resource::Template {
            Self::Template(Template::new(row, viewer))
        } else {
            Self::Image(Image::new(row, viewer))
        }
    }

    /// The image or template, as the fast path answers it.
    pub fn at_hand(&self) -> &dyn AtHand {
        match self {
            Self::Image(image) => image,
            Self::Template(template) => template,
        }
    }
}
