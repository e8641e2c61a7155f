//! Platform drivers behind one trait: what the service asks of a cloud platform.

pub mod http;
pub mod openstack;
pub mod registry;
pub mod sim;
pub mod smartx;
pub mod zstack;

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
    /// Its video card in the platform's spelling (`virtio`, …); `None` leaves the platform's choice.
    pub video_model: Option<String>,
    /// The project to put it in.
    pub project: Option<String>,
    /// Where it goes and what it gets (the platform's settings, or its tenant mapping's).
    pub placement: Placement,
}

/// Where a new VM goes and what it gets: a platform's settings, optionally overridden per tenant
/// mapping. Each driver says which fields it needs (a missing one fails `create_vm` as
/// [`PlatformError::Invalid`], naming the field); the others are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Placement {
    /// Zone (ZStack zone UUID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Cluster (ZStack cluster UUID, CloudTower cluster id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// Host (ZStack host UUID, CloudTower host id); usually left to the platform.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// Instance offering (ZStack): the CPU and memory of the VM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_offering: Option<String>,
    /// Network (ZStack L3 network UUID, CloudTower VLAN id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// Virtual CPUs (CloudTower).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_cores: Option<u32>,
    /// Memory in MiB (CloudTower).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_mib: Option<u64>,
    /// Storage policy (CloudTower, e.g. `REPLICA_2_THIN_PROVISION`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage_policy: Option<String>,
}

impl Placement {
    /// Whether no field is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// `self` with every field that `over` sets taken from `over`.
    #[must_use]
    pub fn overridden_by(&self, over: &Self) -> Self {
        fn pick<T: Clone>(base: &Option<T>, over: &Option<T>) -> Option<T> {
            over.clone().or_else(|| base.clone())
        }
        Self {
            zone: pick(&self.zone, &over.zone),
            cluster: pick(&self.cluster, &over.cluster),
            host: pick(&self.host, &over.host),
            instance_offering: pick(&self.instance_offering, &over.instance_offering),
            network: pick(&self.network, &over.network),
            cpu_cores: pick(&self.cpu_cores, &over.cpu_cores),
            memory_mib: pick(&self.memory_mib, &over.memory_mib),
            storage_policy: pick(&self.storage_policy, &over.storage_policy),
        }
    }

    /// A required text field, or the error that names it (`what` says what it holds).
    pub fn require<'a>(field: &'a Option<String>, name: &str, what: &str) -> Result<&'a str, PlatformError> {
        field
            .as_deref()
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| PlatformError::Invalid(format!("a new VM on this platform needs placement.{name} ({what})")))
    }
}

/// What one platform can do, as its driver finds out from the platform (R1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DriverCapabilities {
    /// `set_boot_mode` changes a source in place.
    pub boot_mode_editable: bool,
    /// `set_video_model` changes a source in place.
    pub video_model_editable: bool,
    /// The VM round trip works (create a VM with the wanted boot mode and video card, save it as a
    /// new source, remove the VM): R7's copy.
    pub boot_mode_copy: bool,
    /// The platform can boot UEFI guests.
    pub uefi: bool,
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

impl PlatformError {
    /// The same error with every one of `sensitive` (a driver's secrets) replaced in its message,
    /// so that no secret reaches a message even if a platform echoed it.
    #[must_use]
    pub fn redacted(self, sensitive: &[String]) -> Self {
        let clean = |message: String| {
            sensitive
                .iter()
                .filter(|s| !s.is_empty())
                .fold(message, |m, s| m.replace(s.as_str(), "[redacted]"))
        };
        match self {
            Self::Unavailable(m) => Self::Unavailable(clean(m)),
            Self::NotFound(m) => Self::NotFound(clean(m)),
            Self::Unsupported(m) => Self::Unsupported(clean(m)),
            Self::Invalid(m) => Self::Invalid(clean(m)),
        }
    }
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

/// One cloud platform's API. A new platform is a new implementation of this trait, registered
/// in [`registry`] by endpoint; nothing else in the service knows drivers apart.
#[async_trait]
pub trait PlatformDriver: Send + Sync {
    /// What the platform can do, asked of the platform where it can say (asked when the platform
    /// is saved and at every sync; the service keeps the answer).
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError>;
    /// Checks, without asking the platform, the placement settings of new VMs (when the platform
    /// is saved); the message says what is wrong.
    fn validate_placement(&self, _placement: &Placement) -> Result<(), String> {
        Ok(())
    }
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
    /// Changes a VM's video card (`model` in the platform's spelling).
    async fn set_vm_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "changing the video card of VM {external_id} to {model} is not supported by this driver"
        )))
    }
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
