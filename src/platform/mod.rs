//! Platform drivers behind one trait: what the service asks of a cloud platform.

pub mod openstack;
pub mod registry;
pub mod sim;

use async_trait::async_trait;

use crate::domain::values::BootMode;

pub use registry::{DriverOptions, Drivers};

/// An image or template as the platform reports it. Values the platform leaves unset stay `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteSource {
    /// The platform's id for it.
    pub external_id: String,
    /// Its name on the platform.
    pub name: String,
    /// Firmware boot mode, when the platform says.
    pub boot_mode: Option<BootMode>,
    /// Video model in the platform's lower-case spelling (`virtio`, `cirrus`, …).
    pub video_model: Option<String>,
    /// Status in lower case (`active`, `queued`, …).
    pub status: String,
    /// Size in bytes, when known.
    pub size_bytes: Option<i64>,
    /// The platform project that owns it, if any (R3).
    pub project: Option<String>,
    /// The platform's OS type hint (Glance `os_type`), seeding the preset on first import (R2).
    pub os_type: Option<String>,
    /// The platform's OS distro hint (Glance `os_distro`).
    pub os_distro: Option<String>,
}

/// A virtual machine on the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteVm {
    /// The platform's id for it.
    pub external_id: String,
    /// Its name.
    pub name: String,
    /// The external id of the image or template it was made from, when known.
    pub source_external_id: Option<String>,
    /// Its boot mode, when known.
    pub boot_mode: Option<BootMode>,
    /// The project it lives in.
    pub project: Option<String>,
}

/// What the service asks the platform to create.
#[derive(Debug, Clone)]
pub struct NewVm {
    /// The VM's name (the desktop's name).
    pub name: String,
    /// The image or template to make it from.
    pub source_external_id: String,
    /// Its boot mode.
    pub boot_mode: BootMode,
    /// The project to put it in.
    pub project: Option<String>,
}

/// Why a platform call failed. Messages never carry the platform's secret.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlatformError {
    /// The platform could not be reached or answered with an error; worth retrying later.
    #[error("platform unavailable: {0}")]
    Unavailable(String),
    /// The platform has no such object.
    #[error("not found on the platform: {0}")]
    NotFound(String),
    /// The platform cannot do this (e.g. ZSphere's boot mode).
    #[error("not supported by the platform: {0}")]
    Unsupported(String),
    /// The endpoint or secret cannot be used (malformed, wrong credentials).
    #[error("invalid platform configuration: {0}")]
    Invalid(String),
}

/// What the service needs to reach one platform.
#[derive(Debug, Clone)]
pub struct PlatformConfig {
    /// The platform's id in xspace.
    pub id: String,
    /// Its kind.
    pub kind: crate::domain::values::PlatformKind,
    /// Its endpoint (`sim://…`, `http(s)://…`).
    pub endpoint: String,
    /// Its secret, decrypted.
    pub secret: Option<String>,
}

/// One cloud platform's API.
#[async_trait]
pub trait PlatformDriver: Send + Sync {
    /// Every image (or template) the platform holds, all pages followed.
    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError>;
    /// One image (or template), re-read after a change.
    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError>;
    /// Every VM the platform holds.
    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError>;
    /// Changes a source's boot mode (R7).
    async fn set_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError>;
    /// Changes a source's video model (R8); `model` in the platform's spelling.
    async fn set_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError>;
    /// Creates a VM from a source.
    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError>;
    /// Deletes a VM; deleting one that is already gone is not an error.
    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError>;
    /// Changes a VM's boot mode (the ZSphere workaround, R7).
    async fn set_vm_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError>;
    /// Saves a VM as a new image (or template) and returns it.
    async fn capture_vm(&self, external_id: &str, name: &str) -> Result<RemoteSource, PlatformError>;
    /// Deletes an image (or template); deleting one that is already gone is not an error. Used to
    /// clean up after a failed boot-mode copy.
    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "deleting {external_id} is not supported by this driver"
        )))
    }
}
