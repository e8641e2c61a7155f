//! The ZSTACK (ZSphere) driver over ZStack's REST API (`/zstack/v1/...`).
//!
//! The endpoint is the API's base URL, `http(s)://HOST:PORT/zstack` (`/zstack` is added to an
//! endpoint without a path). The secret: see [`secret`]. Sessions, signing and calls:
//! [`session`]; asynchronous jobs: [`jobs`]; paging: [`pages`]; owners and boot mode tags:
//! [`owners`]; images: [`images`]; VMs: [`vms`].
//!
//! What ZStack lets the service do, read from its API reference:
//! - an image's boot mode is its `bootMode::` system tag; the seed says ZSphere's cannot be
//!   changed in place, so `set_boot_mode` is refused and R7's copy runs the VM round trip
//!   (create a VM, `setVmBootMode`, root-volume template, destroy and expunge);
//! - an image has no video card: `vm.videoType` is a resource configuration of a VM (or its
//!   cluster, or global) that KVMHost reads when it starts the VM. Each image reports the global
//!   `vm.videoType` as its video model (what a VM made from it gets unless told otherwise), and a
//!   VM the driver creates with a video model gets it as its own `vm.videoType`; an image's video
//!   model cannot be changed in place;
//! - ZStack's API reports no UEFI capability of hosts or clusters (KVMHost hands the boot mode to
//!   its agent): UEFI is assumed, and an operator who knows better says so in the platform's
//!   settings.
//!
//! Every error message leaves through [`ZStackDriver::redact`], so a password, its digest or an
//! AccessKey secret cannot reach a message even if ZStack echoed one.

pub mod images;
pub mod jobs;
pub mod owners;
pub mod pages;
pub mod secret;
pub mod session;
pub mod vms;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;

use self::secret::Secret;
use self::session::Session;
use super::{DriverCapabilities, NewVm, Placement, PlatformDriver, PlatformError, RemoteSource, RemoteVm};
use crate::domain::values::BootMode;
use crate::platform::http::Http;

/// ZStack's answer, the same for every platform (see the module's docs).
pub const CAPABILITIES: DriverCapabilities = DriverCapabilities {
    boot_mode_editable: false,
    video_model_editable: false,
    boot_mode_copy: true,
    uefi: true,
};

/// One ZStack platform. Kept between calls (see [`super::Drivers`]) so its session is reused.
#[derive(Debug)]
pub struct ZStackDriver {
    session: Session,
    page_size: u32,
    sensitive: Vec<String>,
}

impl ZStackDriver {
    /// The driver for `endpoint` with the decrypted `secret`; `timeout` bounds each request, and 20
    /// times it each job.
    pub fn new(
        http: Arc<Http>,
        endpoint: &str,
        secret: Option<&str>,
        timeout: Duration,
    ) -> Result<Self, PlatformError> {
        let secret = Secret::parse(secret)?;
        Ok(Self {
            sensitive: secret.sensitive(),
            page_size: secret.page_size,
            session: Session::new(http, endpoint, secret.auth, timeout),
        })
    }

    /// Requests the shared HTTP client has sent so far.
    pub fn requests(&self) -> u64 {
        self.session.requests()
    }

    /// Replaces any secret string in an error's message.
    fn redact(&self, error: PlatformError) -> PlatformError {
        error.redacted(&self.sensitive)
    }

    fn done<T>(&self, result: Result<T, PlatformError>) -> Result<T, PlatformError> {
        result.map_err(|e| self.redact(e))
    }
}

#[async_trait]
impl PlatformDriver for ZStackDriver {
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError> {
        Ok(CAPABILITIES)
    }

    fn validate_placement(&self, placement: &Placement) -> Result<(), String> {
        // ZStack uuids are 32 hex digits (PortApiValidator's pattern, dashes stripped); a typo is
        // caught when the platform is saved rather than at the first desktop.
        let fields = [
            ("zone", &placement.zone),
            ("cluster", &placement.cluster),
            ("host", &placement.host),
            ("instanceOffering", &placement.instance_offering),
            ("network", &placement.network),
        ];
        for (name, value) in fields {
            if let Some(value) = value
                && !(value.len() == 32 && value.chars().all(|c| c.is_ascii_hexdigit()))
            {
                return Err(format!(
                    "placement.{name} must be a ZStack UUID (32 hexadecimal digits)"
                ));
            }
        }
        Ok(())
    }

    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError> {
        let before = self.requests();
        let result = images::list(&self.session, self.page_size).await;
        tracing::debug!(
            images = result.as_ref().map_or(0, Vec::len),
            requests = self.requests() - before,
            "listed ZStack images"
        );
        self.done(result)
    }

    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError> {
        self.done(images::get(&self.session, external_id, self.page_size).await)
    }

    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError> {
        self.done(vms::list(&self.session, self.page_size).await)
    }

    async fn set_boot_mode(&self, external_id: &str, _mode: BootMode) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "ZSphere cannot change the boot mode of image {external_id} in place; copy it with the boot mode \
             instead (copyWithBootMode: a VM is created from the image, its boot mode set, and it is saved as \
             a new image)"
        )))
    }

    async fn set_video_model(&self, external_id: &str, _model: &str) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "a ZStack image has no video card (image {external_id}): the video card is the vm.videoType \
             resource configuration of a VM, its cluster or the platform; set it there, or copy the image \
             with copyWithBootMode and a video model"
        )))
    }

    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        let placement = &vm.placement;
        let spec = vms::Spec {
            name: &vm.name,
            image: &vm.source_external_id,
            boot_mode: Some(vm.boot_mode),
            video_model: vm.video_model.as_deref(),
            project: vm.project.as_deref(),
            instance_offering: placement.instance_offering.as_deref(),
            network: placement.network.as_deref(),
            zone: placement.zone.as_deref(),
            cluster: placement.cluster.as_deref(),
            host: placement.host.as_deref(),
        };
        self.done(vms::create(&self.session, &spec, self.page_size).await)
    }

    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError> {
        self.done(vms::delete(&self.session, external_id).await)
    }

    async fn set_vm_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        self.done(vms::set_boot_mode(&self.session, external_id, mode).await)
    }

    async fn set_vm_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let result = match vms::video_type(model) {
            Ok(video) => vms::set_video(&self.session, external_id, &video).await,
            Err(e) => Err(e),
        };
        self.done(result)
    }

    async fn capture_vm(&self, external_id: &str, name: &str) -> Result<RemoteSource, PlatformError> {
        let result = match vms::get(&self.session, external_id).await {
            Ok(vm) => images::capture(&self.session, &vm, name, self.page_size).await,
            Err(e) => Err(e),
        };
        self.done(result)
    }

    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        self.done(images::delete(&self.session, external_id).await)
    }
}
