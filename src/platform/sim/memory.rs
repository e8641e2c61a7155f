//! The in-memory driver behind `sim://NAME?…`: a generated catalogue (see [`super::generator`])
//! held per platform by the registry, changed in place by the driver's calls.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use async_trait::async_trait;

use super::{
    capabilities, captured, ensure_boot_mode_editable, new_vm, normalize_video_model, smartx_vm_boot_mode,
    source_missing, vm_missing,
};
use crate::domain::values::{BootMode, PlatformKind};
use crate::platform::{DriverCapabilities, NewVm, PlatformDriver, PlatformError, RemoteSource, RemoteVm};

/// The in-memory state of one generated platform: its sources and VMs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub(super) sources: Vec<RemoteSource>,
    index: HashMap<String, usize>,
    pub(super) vms: Vec<RemoteVm>,
    /// The video card of VMs made with (or changed to) one, by VM id.
    vm_video: HashMap<String, String>,
}

impl Catalogue {
    pub(super) fn push_source(&mut self, source: RemoteSource) {
        self.index.insert(source.external_id.clone(), self.sources.len());
        self.sources.push(source);
    }

    pub(super) fn source(&self, external_id: &str) -> Option<&RemoteSource> {
        self.index.get(external_id).and_then(|&at| self.sources.get(at))
    }

    fn source_mut(&mut self, external_id: &str) -> Option<&mut RemoteSource> {
        self.index.get(external_id).and_then(|&at| self.sources.get_mut(at))
    }

    fn vm_mut(&mut self, external_id: &str) -> Option<&mut RemoteVm> {
        self.vms.iter_mut().find(|vm| vm.external_id == external_id)
    }
}

/// The simulator's [`PlatformDriver`] over a generated catalogue held in memory.
#[derive(Debug, Clone)]
pub struct MemoryDriver {
    kind: PlatformKind,
    catalogue: Arc<Mutex<Catalogue>>,
}

impl MemoryDriver {
    /// A driver over a generated catalogue held in memory (shared with the registry's cache).
    pub fn new(kind: PlatformKind, catalogue: Arc<Mutex<Catalogue>>) -> Self {
        Self { kind, catalogue }
    }

    fn catalogue(&self) -> MutexGuard<'_, Catalogue> {
        self.catalogue.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Lets other tasks run, as a platform call would, without sleeping.
async fn simulated_latency() {
    tokio::task::yield_now().await;
}

#[async_trait]
impl PlatformDriver for MemoryDriver {
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError> {
        simulated_latency().await;
        Ok(capabilities(self.kind, true))
    }

    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError> {
        simulated_latency().await;
        Ok(self.catalogue().sources.clone())
    }

    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError> {
        simulated_latency().await;
        Ok(self.catalogue().source(external_id).cloned())
    }

    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError> {
        simulated_latency().await;
        Ok(self.catalogue().vms.clone())
    }

    async fn set_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        ensure_boot_mode_editable(self.kind)?;
        simulated_latency().await;
        let mut catalogue = self.catalogue();
        let source = catalogue
            .source_mut(external_id)
            .ok_or_else(|| source_missing(self.kind, external_id))?;
        source.boot_mode = Some(mode);
        Ok(())
    }

    async fn set_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = normalize_video_model(self.kind, model)?;
        simulated_latency().await;
        let mut catalogue = self.catalogue();
        let source = catalogue
            .source_mut(external_id)
            .ok_or_else(|| source_missing(self.kind, external_id))?;
        source.video_model = Some(model);
        Ok(())
    }

    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        let created = new_vm(vm);
        let missing = || source_missing(self.kind, &vm.source_external_id);
        simulated_latency().await;
        let mut catalogue = self.catalogue();
        catalogue.source(&vm.source_external_id).ok_or_else(missing)?;
        if let Some(video) = &vm.video_model {
            catalogue.vm_video.insert(created.external_id.clone(), video.clone());
        }
        catalogue.vms.push(created.clone());
        Ok(created)
    }

    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError> {
        simulated_latency().await;
        self.catalogue().vms.retain(|vm| vm.external_id != external_id);
        Ok(())
    }

    async fn set_vm_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        if self.kind == PlatformKind::Smartx {
            return smartx_vm_boot_mode(&self.list_vms().await?, external_id, mode);
        }
        simulated_latency().await;
        let mut catalogue = self.catalogue();
        let vm = catalogue.vm_mut(external_id).ok_or_else(|| vm_missing(external_id))?;
        vm.boot_mode = Some(mode);
        Ok(())
    }

    async fn set_vm_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = model.trim().to_ascii_lowercase();
        simulated_latency().await;
        let mut catalogue = self.catalogue();
        catalogue.vm_mut(external_id).ok_or_else(|| vm_missing(external_id))?;
        catalogue.vm_video.insert(external_id.to_owned(), model);
        Ok(())
    }

    async fn capture_vm(&self, external_id: &str, name: &str) -> Result<RemoteSource, PlatformError> {
        simulated_latency().await;
        let mut catalogue = self.catalogue();
        let vm = catalogue.vms.iter().find(|vm| vm.external_id == external_id);
        let vm = vm.ok_or_else(|| vm_missing(external_id))?;
        let source = vm.source_external_id.as_deref().and_then(|id| catalogue.source(id));
        let video = catalogue.vm_video.get(external_id).cloned();
        let image = captured(self.kind, vm, video, source, name);
        catalogue.push_source(image.clone());
        Ok(image)
    }

    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        simulated_latency().await;
        self.catalogue().sources.retain(|s| s.external_id != external_id);
        Ok(())
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::platform::sim::fixtures::{file_driver, memory, new_vm_from, sample_inventory, spec, write_json};
    use std::time::Instant;

    #[tokio::test]
    async fn smartx_vms_keep_the_firmware_they_were_made_with() {
        let driver = memory(PlatformKind::Smartx, &spec(3, 0, 1));
        let vm = driver
            .create_vm(&new_vm_from("tpl-00001", BootMode::Bios))
            .await
            .unwrap();
        driver.set_vm_boot_mode(&vm.external_id, BootMode::Bios).await.unwrap();
        assert!(matches!(
            driver.set_vm_boot_mode(&vm.external_id, BootMode::Uefi).await,
            Err(PlatformError::Unsupported(m)) if m.contains("after its creation")
        ));
        assert!(matches!(
            driver.set_boot_mode("tpl-00001", BootMode::Uefi).await,
            Err(PlatformError::Unsupported(_))
        ));
        assert!(matches!(
            driver.set_video_model("tpl-00001", "virtio").await,
            Err(PlatformError::Unsupported(_))
        ));
    }

    #[tokio::test]
    async fn generated_driver_applies_changes() {
        let driver = memory(PlatformKind::Openstack, &spec(10, 2, 3));
        driver.set_boot_mode("img-00002", BootMode::Bios).await.unwrap();
        driver.set_video_model("img-00002", " VirtIO ").await.unwrap();
        let source = driver.get_source("img-00002").await.unwrap().unwrap();
        assert_eq!(
            (source.boot_mode, source.video_model.as_deref()),
            (Some(BootMode::Bios), Some("virtio"))
        );
        assert!(driver.get_source("img-99999").await.unwrap().is_none());
        assert!(matches!(
            driver.set_boot_mode("nope", BootMode::Bios).await,
            Err(PlatformError::NotFound(_))
        ));
        assert!(matches!(
            driver.set_video_model("nope", "virtio").await,
            Err(PlatformError::NotFound(_))
        ));

        let vm = driver
            .create_vm(&new_vm_from("img-00002", BootMode::Bios))
            .await
            .unwrap();
        assert!(vm.external_id.starts_with("vm-"));
        assert_eq!(vm.project.as_deref(), Some("acme"));
        assert_eq!(driver.list_vms().await.unwrap().len(), 3);
        let missing = driver.create_vm(&new_vm_from("img-77777", BootMode::Bios)).await;
        assert!(matches!(missing, Err(PlatformError::NotFound(_))));
        driver.set_vm_boot_mode(&vm.external_id, BootMode::Uefi).await.unwrap();
        assert!(matches!(
            driver.set_vm_boot_mode("vm-x", BootMode::Uefi).await,
            Err(PlatformError::NotFound(_))
        ));
        driver.delete_vm(&vm.external_id).await.unwrap();
        driver.delete_vm(&vm.external_id).await.unwrap();
        assert_eq!(driver.list_vms().await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn zstack_refuses_boot_mode_but_allows_the_workaround() {
        let driver = memory(PlatformKind::Zstack, &spec(5, 0, 1));
        let err = driver.set_boot_mode("img-00001", BootMode::Uefi).await.unwrap_err();
        let PlatformError::Unsupported(message) = err else {
            panic!("expected Unsupported, got {err:?}")
        };
        assert!(
            message.contains("create a VM") && message.contains("new image"),
            "{message}"
        );
        let before = driver.get_source("img-00001").await.unwrap().unwrap();

        let other = if before.boot_mode == Some(BootMode::Uefi) {
            BootMode::Bios
        } else {
            BootMode::Uefi
        };
        let vm = driver
            .create_vm(&new_vm_from("img-00001", before.boot_mode.unwrap_or(BootMode::Bios)))
            .await
            .unwrap();
        driver.set_vm_boot_mode(&vm.external_id, other).await.unwrap();
        let image = driver.capture_vm(&vm.external_id, "copy").await.unwrap();
        assert!(
            image.external_id.starts_with("img-") && image.external_id.len() == 40,
            "{}",
            image.external_id
        );
        assert_eq!(image.name, "copy");
        assert_eq!(image.boot_mode, Some(other));
        assert_eq!(image.status, "active");
        assert_eq!(
            (
                &image.video_model,
                image.size_bytes,
                &image.project,
                &image.os_type,
                &image.os_distro
            ),
            (
                &before.video_model,
                before.size_bytes,
                &before.project,
                &before.os_type,
                &before.os_distro
            )
        );
        assert_eq!(driver.get_source(&image.external_id).await.unwrap(), Some(image));
        assert_eq!(driver.list_sources().await.unwrap().len(), 6);
        assert!(matches!(
            driver.capture_vm("vm-gone", "x").await,
            Err(PlatformError::NotFound(_))
        ));

        let file = tempfile::tempdir().unwrap();
        let path = file.path().join("inventory.json");
        write_json(&path, &sample_inventory());
        let err = file_driver(PlatformKind::Zstack, &path)
            .set_boot_mode("img-1", BootMode::Bios)
            .await;
        assert!(matches!(err, Err(PlatformError::Unsupported(_))));
    }

    #[tokio::test]
    async fn large_catalogue_lists_quickly() {
        let started = Instant::now();
        let driver = memory(PlatformKind::Openstack, &spec(100_000, 0, 1));
        let generated = started.elapsed();
        let started = Instant::now();
        let listed = driver.list_sources().await.unwrap();
        let elapsed = started.elapsed();
        assert_eq!(listed.len(), 100_000);
        // Generous for unoptimized test builds; a release build is an order of magnitude faster.
        assert!(
            elapsed.as_secs_f64() < 2.0,
            "list took {elapsed:?} (generation {generated:?})"
        );
    }
}
