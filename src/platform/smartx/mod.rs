//! The SMARTX driver: SmartX CloudTower's API (`/v2/api`, written against the published OpenAPI
//! spec of CloudTower 4.6.0, `smartxworks/cloudtower-api-doc-tauri`,
//! `cloudtower-api-doc/static/specs/4.6.0-swagger.json`).
//!
//! Endpoint: CloudTower's address, `https://tower.example` or `https://tower.example/v2/api`.
//! Secret: `{"username", "password", "source"?}` (see [`secret`]).
//!
//! What CloudTower allows, and so what this driver answers:
//! - a template's firmware and video card cannot change in place:
//!   `update-content-library-vm-template` takes name, description, cloud-init support and clusters
//!   only (`ContentLibraryVmTemplateUpdationParamsData`), and `update-vm-template` likewise none of
//!   them. [`SmartxDriver::set_boot_mode`] and [`SmartxDriver::set_video_model`] are `Unsupported`,
//!   naming the service's `copyWithBootMode`.
//! - the VM round trip works: a VM is created from a template with the firmware asked for
//!   (`firmware` in `VmCreateVmFromContentLibraryTemplateParams`), its video card changed
//!   (`update-vm-advanced-options`), saved as a new content-library template
//!   (`clone-content-library-vm-template-from-vm`) and deleted. A VM's firmware cannot change after
//!   creation (no update call takes it), so [`SmartxDriver::set_vm_boot_mode`] succeeds only when
//!   the VM already has the mode: the round trip creates the VM with the mode it wants.
//! - UEFI: no cluster field says whether it boots UEFI; `firmware: UEFI` is taken by every VM
//!   creation call of an ELF (SMTX OS) cluster, so UEFI is answered available when CloudTower
//!   manages at least one connected ELF cluster (`get-clusters`: `hypervisor`, `connect_state`).
//! - projects (R3): a template or VM belongs to the project named by its label of key
//!   [`PROJECT_LABEL`] (labels are CloudTower objects, `labels` on both). A VM records no template;
//!   its label of key [`SOURCE_LABEL`] names one when set (R12 imports only such VMs).
//!
//! Every error message leaves through [`SmartxDriver::redact`], so the password cannot reach a
//! message even if CloudTower echoed it.

pub mod secret;
pub mod session;
pub mod tasks;
pub mod templates;
pub mod vms;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use serde::Deserialize;
use serde_json::json;

use self::secret::Secret;
use self::session::Session;
use self::templates::Label;
use super::http::Http;
use super::{DriverCapabilities, NewVm, Placement, PlatformDriver, PlatformError, RemoteSource, RemoteVm};
use crate::domain::values::BootMode;

/// The label key whose value is a template's or VM's project (R3).
pub const PROJECT_LABEL: &str = "xspace-project";
/// The label key whose value names the template a VM was made from (R12).
pub const SOURCE_LABEL: &str = "xspace-source";

/// The storage policies CloudTower knows (`VmVolumeElfStoragePolicyType`).
const STORAGE_POLICIES: [&str; 11] = [
    "EC",
    "ELF_CP_REPLICA_2_THICK_PROVISION",
    "ELF_CP_REPLICA_2_THIN_PROVISION",
    "ELF_CP_REPLICA_3_THICK_PROVISION",
    "ELF_CP_REPLICA_3_THIN_PROVISION",
    "REPLICA_1_THICK_PROVISION",
    "REPLICA_1_THIN_PROVISION",
    "REPLICA_2_THICK_PROVISION",
    "REPLICA_2_THIN_PROVISION",
    "REPLICA_3_THICK_PROVISION",
    "REPLICA_3_THIN_PROVISION",
];

/// The value of the first label of `key`.
pub fn label(labels: Option<&[Label]>, key: &str) -> Option<String> {
    labels?
        .iter()
        .find(|l| l.key == key)
        .and_then(|l| l.value.clone())
        .filter(|v| !v.trim().is_empty())
}

/// One CloudTower. Kept between calls (see [`super::Drivers`]) so its token is reused.
#[derive(Debug)]
pub struct SmartxDriver {
    session: Session,
    page_size: u32,
    sensitive: Vec<String>,
}

/// The part of a `Cluster` read for capabilities.
#[derive(Debug, Deserialize)]
struct Cluster {
    #[serde(default)]
    hypervisor: Option<String>,
    #[serde(default)]
    connect_state: Option<String>,
}

impl SmartxDriver {
    /// The driver for `endpoint` with the decrypted `secret`.
    pub fn new(
        http: Arc<Http>,
        endpoint: &str,
        secret: Option<&str>,
        page_size: u32,
        timeout: Duration,
    ) -> Result<Self, PlatformError> {
        let secret = Secret::parse(secret)?;
        let sensitive = secret.sensitive();
        Ok(Self {
            session: Session::new(http, endpoint, secret, timeout),
            page_size: page_size.clamp(1, 1000),
            sensitive,
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

    async fn uefi(&self) -> Result<bool, PlatformError> {
        let clusters: Vec<Cluster> = self.session.query("get-clusters", &json!({"first": 1000})).await?;
        Ok(clusters.iter().any(|c| {
            c.hypervisor.as_deref().is_none_or(|h| h == "ELF") && c.connect_state.as_deref() != Some("DISCONNECTED")
        }))
    }

    async fn create(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        let Some((template, kind)) = templates::find(&self.session, &vm.source_external_id).await? else {
            return Err(PlatformError::NotFound(format!(
                "CloudTower has no template {}",
                vm.source_external_id
            )));
        };
        vms::create(&self.session, vm, kind, &template.cluster_ids()).await
    }

    async fn capture(&self, vm_id: &str, name: &str) -> Result<RemoteSource, PlatformError> {
        let Some(vm) = vms::get(&self.session, vm_id).await? else {
            return Err(PlatformError::NotFound(format!("CloudTower has no VM {vm_id}")));
        };
        let Some(cluster) = vm.cluster.as_ref() else {
            return Err(PlatformError::Unavailable(format!(
                "CloudTower's VM {vm_id} is on no cluster"
            )));
        };
        templates::capture(&self.session, vm_id, &cluster.id, name).await
    }

    async fn vm_boot_mode(&self, vm_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        let Some(vm) = vms::get(&self.session, vm_id).await? else {
            return Err(PlatformError::NotFound(format!("CloudTower has no VM {vm_id}")));
        };
        if vm.boot_mode() == Some(mode) {
            return Ok(());
        }
        Err(PlatformError::Unsupported(format!(
            "CloudTower cannot change the firmware of VM {vm_id} after its creation (no update call takes \
             firmware); create the VM with firmware {}",
            mode.as_str()
        )))
    }
}

#[async_trait]
impl PlatformDriver for SmartxDriver {
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError> {
        let uefi = self.done(self.uefi().await)?;
        Ok(DriverCapabilities {
            boot_mode_editable: false,
            video_model_editable: false,
            boot_mode_copy: true,
            uefi,
        })
    }

    fn validate_placement(&self, placement: &Placement) -> Result<(), String> {
        if placement.cpu_cores.is_some_and(|c| !(1..=256).contains(&c)) {
            return Err("placement.cpuCores must be between 1 and 256 for CloudTower".to_owned());
        }
        if placement
            .memory_mib
            .is_some_and(|m| !(128..=4 * 1024 * 1024).contains(&m))
        {
            return Err("placement.memoryMib must be between 128 and 4194304 (4 TiB) for CloudTower".to_owned());
        }
        if let Some(policy) = placement.storage_policy.as_deref()
            && !STORAGE_POLICIES.contains(&policy)
        {
            return Err(format!(
                "placement.storagePolicy must be one of CloudTower's: {}",
                STORAGE_POLICIES.join(", ")
            ));
        }
        Ok(())
    }

    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError> {
        let before = self.requests();
        let result = templates::list(&self.session, self.page_size).await;
        tracing::debug!(
            templates = result.as_ref().map_or(0, Vec::len),
            requests = self.requests() - before,
            "listed CloudTower templates"
        );
        self.done(result)
    }

    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError> {
        let found = templates::find(&self.session, external_id).await;
        self.done(found.map(|t| t.map(|(t, _)| t.remote())))
    }

    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError> {
        self.done(vms::list(&self.session, self.page_size).await)
    }

    async fn set_boot_mode(&self, external_id: &str, _mode: BootMode) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "CloudTower cannot change the firmware of template {external_id} in place \
             (update-content-library-vm-template takes no firmware); use copyWithBootMode"
        )))
    }

    async fn set_video_model(&self, external_id: &str, _model: &str) -> Result<(), PlatformError> {
        Err(PlatformError::Unsupported(format!(
            "CloudTower cannot change the video card of template {external_id} in place \
             (update-content-library-vm-template takes no video_type); use copyWithBootMode with a videoModel"
        )))
    }

    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        self.done(self.create(vm).await)
    }

    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError> {
        self.done(vms::delete(&self.session, external_id).await)
    }

    async fn set_vm_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        self.done(self.vm_boot_mode(external_id, mode).await)
    }

    async fn set_vm_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let result = match vms::video_type(model) {
            Ok(video) => vms::set_video(&self.session, external_id, &video).await,
            Err(e) => Err(e),
        };
        self.done(result)
    }

    async fn capture_vm(&self, external_id: &str, name: &str) -> Result<RemoteSource, PlatformError> {
        self.done(self.capture(external_id, name).await)
    }

    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        self.done(templates::delete(&self.session, external_id).await)
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn driver() -> SmartxDriver {
        let http = Arc::new(Http::new(Duration::from_secs(2), None).unwrap());
        SmartxDriver::new(
            http,
            "http://127.0.0.1:9",
            Some(r#"{"username": "ops", "password": "hunter2"}"#),
            200,
            Duration::from_secs(2),
        )
        .unwrap()
    }

    #[test]
    fn messages_are_redacted() {
        let error = driver().redact(PlatformError::Invalid(
            "CloudTower said: bad password hunter2".to_owned(),
        ));
        assert!(matches!(&error, PlatformError::Invalid(m) if m.contains("[redacted]") && !m.contains("hunter2")));
    }

    #[test]
    fn placement_is_checked_without_the_network() {
        let d = driver();
        assert_eq!(d.validate_placement(&Placement::default()), Ok(()));
        let bad = Placement {
            storage_policy: Some("FAST".to_owned()),
            ..Placement::default()
        };
        assert!(
            d.validate_placement(&bad)
                .unwrap_err()
                .contains("REPLICA_2_THIN_PROVISION")
        );
        let cores = Placement {
            cpu_cores: Some(0),
            ..Placement::default()
        };
        assert!(d.validate_placement(&cores).unwrap_err().contains("cpuCores"));
    }

    #[tokio::test]
    async fn templates_refuse_in_place_edits_naming_the_copy() {
        let d = driver();
        let boot = d.set_boot_mode("t", BootMode::Uefi).await.unwrap_err();
        assert!(matches!(&boot, PlatformError::Unsupported(m) if m.contains("copyWithBootMode")));
        let video = d.set_video_model("t", "virtio").await.unwrap_err();
        assert!(matches!(&video, PlatformError::Unsupported(m) if m.contains("copyWithBootMode")));
    }

    #[tokio::test]
    async fn an_unreachable_tower_is_unavailable() {
        let error = driver().list_sources().await.unwrap_err();
        assert!(
            matches!(&error, PlatformError::Unavailable(m) if m.contains("could not be reached")),
            "{error}"
        );
    }

    #[test]
    fn labels_give_the_first_value_of_a_key() {
        let labels = vec![
            Label {
                key: "a".to_owned(),
                value: Some("1".to_owned()),
            },
            Label {
                key: PROJECT_LABEL.to_owned(),
                value: Some(" ".to_owned()),
            },
        ];
        assert_eq!(label(Some(&labels), "a").as_deref(), Some("1"));
        assert_eq!(label(Some(&labels), PROJECT_LABEL), None);
        assert_eq!(label(None, "a"), None);
    }
}
