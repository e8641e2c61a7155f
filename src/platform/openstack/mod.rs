//! The OpenStack driver: Glance v2 images and Nova servers, authenticated by Keystone v3 (password
//! or application credential) or, for a Glance without Keystone, by the identity headers.
//!
//! The platform's endpoint is Glance's URL. When it is Keystone's URL instead (the secret's
//! `auth_url`), Glance is found in the token's catalogue by interface and region; Nova always is,
//! unless the secret gives `nova_url`. Secret format: see [`secret`].
//!
//! Every error message leaves through [`OpenStackDriver::redact`], so a password or credential
//! secret cannot reach a message even if a server echoed it.

pub mod glance;
pub mod keystone;
pub mod nova;
pub mod secret;
pub mod session;

use std::sync::Arc;

use async_trait::async_trait;

use self::secret::Secret;
use self::session::Session;
use super::http::Http;
use super::{DriverCapabilities, NewVm, PlatformDriver, PlatformError, RemoteSource, RemoteVm};
use crate::domain::values::BootMode;

/// Images asked for per Glance page unless configured.
pub const DEFAULT_PAGE_SIZE: u32 = 200;

/// One OpenStack platform. Kept between calls (see [`super::Drivers`]) so its token is reused.
#[derive(Debug)]
pub struct OpenStackDriver {
    session: Session,
    flavor: Option<String>,
    page_size: u32,
    sensitive: Vec<String>,
}

impl OpenStackDriver {
    /// The driver for `endpoint` (Glance's or Keystone's URL) with the decrypted `secret`.
    pub fn new(http: Arc<Http>, endpoint: &str, secret: Option<&str>, page_size: u32) -> Result<Self, PlatformError> {
        let secret = Secret::parse(secret)?;
        Ok(Self {
            session: Session::new(http, endpoint, &secret),
            flavor: secret.flavor.clone(),
            page_size: page_size.clamp(1, 1000),
            sensitive: secret.sensitive(),
        })
    }

    /// Requests the shared HTTP client has sent so far (all OpenStack platforms together).
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
impl PlatformDriver for OpenStackDriver {
    /// Glance edits `hw_firmware_type` and `hw_video_model` in place, so no round trip is needed
    /// (Nova has no per-server boot mode to run one with). Neither Glance nor Nova's API says
    /// whether the compute hosts boot UEFI: the platform's `uefi` setting decides.
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError> {
        Ok(DriverCapabilities {
            boot_mode_editable: true,
            video_model_editable: true,
            boot_mode_copy: false,
            uefi: true,
        })
    }

    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError> {
        let before = self.requests();
        let result = glance::list(&self.session, self.page_size).await;
        tracing::debug!(
            images = result.as_ref().map_or(0, Vec::len),
            requests = self.requests() - before,
            "listed Glance images"
        );
        self.done(result)
    }

    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError> {
        self.done(glance::get(&self.session, external_id).await)
    }

    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError> {
        self.done(nova::list(&self.session).await)
    }

    async fn set_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        let result = glance::set_property(&self.session, external_id, "hw_firmware_type", mode.platform_str()).await;
        self.done(result)
    }

    async fn set_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = model.trim().to_ascii_lowercase();
        if model.is_empty() {
            return Err(PlatformError::Unsupported("an empty video model".to_owned()));
        }
        self.done(glance::set_property(&self.session, external_id, "hw_video_model", &model).await)
    }

    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        self.done(nova::create(&self.session, vm, self.flavor.as_deref()).await)
    }

    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError> {
        self.done(nova::delete(&self.session, external_id).await)
    }

    async fn set_vm_boot_mode(&self, external_id: &str, _mode: BootMode) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "Nova has no per-server boot mode (server {external_id}); change the image's hw_firmware_type instead"
        )))
    }

    async fn capture_vm(&self, external_id: &str, _name: &str) -> Result<RemoteSource, PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "capturing server {external_id} is not needed on OpenStack, whose images' boot mode is editable"
        )))
    }

    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        self.done(glance::delete(&self.session, external_id).await)
    }
}
