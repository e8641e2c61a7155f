//! The inventory-file driver behind `sim:///abs/path/inventory.json`: the platform is what the file
//! holds at each call; the driver's changes are written back into it (see [`super`] for the
//! file's fault-injection fields).

use std::path::PathBuf;
use std::sync::Arc;

use async_trait::async_trait;
use serde_json::{Map, Value};

use super::{
    FILE_FORM, SimEndpoint, capabilities, captured, ensure_boot_mode_editable, new_vm, normalize_video_model,
    smartx_vm_boot_mode, source_missing, vm_missing,
};
use crate::domain::values::{BootMode, PlatformKind, ResourceModel};
use crate::platform::{DriverCapabilities, NewVm, PlatformDriver, PlatformError, RemoteSource, RemoteVm};

/// Parses `sim:///abs/path/inventory.json`.
pub(super) fn parse_endpoint(url: &url::Url) -> Result<SimEndpoint, String> {
    if url.query().is_some_and(|q| !q.is_empty()) {
        return Err("an inventory file endpoint takes no query parameters".to_owned());
    }
    let path = url
        .to_file_path()
        .map_err(|()| format!("not a usable file path; write it as {FILE_FORM}"))?;
    if !path.is_absolute() || url.path().ends_with('/') || path.file_name().is_none() {
        return Err(format!(
            "an inventory file endpoint names a file by absolute path, as in {FILE_FORM}"
        ));
    }
    Ok(SimEndpoint::File(path))
}

/// The simulator's [`PlatformDriver`] over an inventory file.
#[derive(Debug, Clone)]
pub struct InventoryDriver {
    kind: PlatformKind,
    file: InventoryFile,
}

impl InventoryDriver {
    /// A driver over an inventory file; `write_lock` must be shared by every driver of that path.
    pub fn new(kind: PlatformKind, path: PathBuf, write_lock: Arc<tokio::sync::Mutex<()>>) -> Self {
        Self {
            kind,
            file: InventoryFile { path, write_lock },
        }
    }
}

#[async_trait]
impl PlatformDriver for InventoryDriver {
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError> {
        let uefi = self
            .file
            .load()
            .await?
            .get("uefi")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        Ok(capabilities(self.kind, uefi))
    }

    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError> {
        Ok(self.file.snapshot(self.kind).await?.sources)
    }

    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError> {
        Ok(self.file.snapshot(self.kind).await?.source(external_id).cloned())
    }

    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError> {
        Ok(self.file.snapshot(self.kind).await?.vms)
    }

    async fn set_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        ensure_boot_mode_editable(self.kind)?;
        self.file
            .set_field(self.kind, Entry::Source(external_id), "bootMode", mode.platform_str())
            .await
    }

    async fn set_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = normalize_video_model(self.kind, model)?;
        self.file
            .set_field(self.kind, Entry::Source(external_id), "videoModel", &model)
            .await
    }

    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        let created = new_vm(vm);
        let missing = || source_missing(self.kind, &vm.source_external_id);
        self.file.check_fault("create_vm").await?;
        self.file
            .modify(self.kind, |snapshot, doc| {
                snapshot.source(&vm.source_external_id).ok_or_else(missing)?;
                let mut entry = vm_json(&created);
                if let (Some(video), Value::Object(object)) = (&vm.video_model, &mut entry) {
                    object.insert("videoModel".to_owned(), video.clone().into());
                }
                array_mut(doc, "vms")?.push(entry);
                Ok((created.clone(), true))
            })
            .await
    }

    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError> {
        self.file.check_fault("delete_vm").await?;
        self.file
            .modify(self.kind, |snapshot, doc| {
                if !snapshot.vms.iter().any(|vm| vm.external_id == external_id) {
                    return Ok(((), false));
                }
                array_mut(doc, "vms")?.retain(|entry| entry_id(entry) != Some(external_id));
                Ok(((), true))
            })
            .await
    }

    async fn set_vm_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        self.file.check_fault("set_vm_boot_mode").await?;
        if self.kind == PlatformKind::Smartx {
            return smartx_vm_boot_mode(&self.list_vms().await?, external_id, mode);
        }
        self.file
            .set_field(self.kind, Entry::Vm(external_id), "bootMode", mode.platform_str())
            .await
    }

    async fn set_vm_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = model.trim().to_ascii_lowercase();
        self.file.check_fault("set_vm_video_model").await?;
        self.file
            .set_field(self.kind, Entry::Vm(external_id), "videoModel", &model)
            .await
    }

    async fn capture_vm(&self, external_id: &str, name: &str) -> Result<RemoteSource, PlatformError> {
        self.file.check_fault("capture_vm").await?;
        let key = sources_key(self.kind);
        self.file
            .modify(self.kind, |snapshot, doc| {
                let vm = snapshot.vms.iter().find(|vm| vm.external_id == external_id);
                let vm = vm.ok_or_else(|| vm_missing(external_id))?;
                let source = vm.source_external_id.as_deref().and_then(|id| snapshot.source(id));
                let video = vm_entry_video(doc, external_id);
                let image = captured(self.kind, vm, video, source, name);
                array_mut(doc, key)?.push(source_json(&image));
                Ok((image, true))
            })
            .await
    }

    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        self.file.check_fault("delete_source").await?;
        let key = sources_key(self.kind);
        self.file
            .modify(self.kind, |snapshot, doc| {
                if snapshot.source(external_id).is_none() {
                    return Ok(((), false));
                }
                array_mut(doc, key)?.retain(|entry| entry_id(entry) != Some(external_id));
                Ok(((), true))
            })
            .await
    }
}

/// An inventory file and the lock that serializes writes to it.
#[derive(Debug, Clone)]
struct InventoryFile {
    path: PathBuf,
    write_lock: Arc<tokio::sync::Mutex<()>>,
}

/// What the file held at one read, in the driver's types.
#[derive(Debug)]
struct Snapshot {
    sources: Vec<RemoteSource>,
    vms: Vec<RemoteVm>,
}

impl Snapshot {
    fn source(&self, external_id: &str) -> Option<&RemoteSource> {
        self.sources.iter().find(|s| s.external_id == external_id)
    }
}

/// One entry of the file, by id.
#[derive(Debug, Clone, Copy)]
enum Entry<'a> {
    Source(&'a str),
    Vm(&'a str),
}

fn sources_key(kind: PlatformKind) -> &'static str {
    match kind.resource_model() {
        ResourceModel::Images => "images",
        ResourceModel::Templates => "templates",
    }
}

impl InventoryFile {
    fn unavailable(&self, detail: impl std::fmt::Display) -> PlatformError {
        PlatformError::Unavailable(format!("simulator inventory {}: {detail}", self.path.display()))
    }

    /// Reads and parses the file; honours `"fail"`.
    async fn load(&self) -> Result<Map<String, Value>, PlatformError> {
        let bytes = tokio::fs::read(&self.path)
            .await
            .map_err(|e| self.unavailable(format!("cannot read: {e}")))?;
        let doc: Value = serde_json::from_slice(&bytes).map_err(|e| self.unavailable(format!("cannot parse: {e}")))?;
        let Value::Object(doc) = doc else {
            return Err(self.unavailable("cannot parse: not a JSON object"));
        };
        if let Some(ms) = doc.get("latency_ms").and_then(Value::as_u64) {
            tokio::time::sleep(std::time::Duration::from_millis(ms.min(60_000))).await;
        }
        match doc.get("fail") {
            None | Some(Value::Null | Value::Bool(false)) => Ok(doc),
            Some(Value::String(message)) if !message.trim().is_empty() => {
                Err(PlatformError::Unavailable(message.clone()))
            }
            Some(_) => Err(PlatformError::Unavailable(
                "platform down (fault injected by the simulator)".to_owned(),
            )),
        }
    }

    /// Fails when the file's `"faults"` object names `operation` (fault injection per step:
    /// `{"faults": {"capture_vm": "disk full"}}`).
    async fn check_fault(&self, operation: &str) -> Result<(), PlatformError> {
        let doc = self.load().await?;
        match doc.get("faults").and_then(|f| f.get(operation)) {
            None | Some(Value::Null | Value::Bool(false)) => Ok(()),
            Some(Value::String(message)) => Err(PlatformError::Unavailable(message.clone())),
            Some(_) => Err(PlatformError::Unavailable(format!(
                "{operation} failed (fault injected by the simulator)"
            ))),
        }
    }

    async fn snapshot(&self, kind: PlatformKind) -> Result<Snapshot, PlatformError> {
        let doc = self.load().await?;
        self.parse(&doc, kind)
    }

    fn parse(&self, doc: &Map<String, Value>, kind: PlatformKind) -> Result<Snapshot, PlatformError> {
        let key = sources_key(kind);
        let other = if key == "images" { "templates" } else { "images" };
        if !doc.contains_key(key) && doc.contains_key(other) {
            return Err(self.unavailable(format!(
                "a {kind} platform holds \"{key}\", but the file has only \"{other}\""
            )));
        }
        let sources = self.entries(doc, key)?;
        let sources: Vec<RemoteSource> = sources.iter().map(source_from_json).collect();
        let vms: Vec<RemoteVm> = self.entries(doc, "vms")?.iter().map(vm_from_json).collect();
        self.ensure_unique(key, sources.iter().map(|s| s.external_id.as_str()))?;
        self.ensure_unique("vms", vms.iter().map(|vm| vm.external_id.as_str()))?;
        Ok(Snapshot { sources, vms })
    }

    /// The entries of one array, each checked to be an object with an `id` and a `name`.
    fn entries<'a>(
        &self,
        doc: &'a Map<String, Value>,
        key: &str,
    ) -> Result<Vec<&'a Map<String, Value>>, PlatformError> {
        let Some(value) = doc.get(key) else {
            return Ok(Vec::new());
        };
        let list = value
            .as_array()
            .ok_or_else(|| self.unavailable(format!("\"{key}\" is not an array")))?;
        let mut entries = Vec::with_capacity(list.len());
        for (at, entry) in list.iter().enumerate() {
            let entry = entry
                .as_object()
                .ok_or_else(|| self.unavailable(format!("{key}[{at}] is not an object")))?;
            for field in ["id", "name"] {
                if text(entry, field).is_none() {
                    return Err(self.unavailable(format!("{key}[{at}] has no \"{field}\" string")));
                }
            }
            entries.push(entry);
        }
        Ok(entries)
    }

    fn ensure_unique<'a>(&self, key: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), PlatformError> {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                return Err(self.unavailable(format!("\"{key}\" holds id {id:?} twice")));
            }
        }
        Ok(())
    }

    /// Read, change and write back under the path's lock, so concurrent changes are not lost.
    /// `change` returns its result and whether the document changed (nothing is written if not).
    async fn modify<T>(
        &self,
        kind: PlatformKind,
        change: impl FnOnce(&Snapshot, &mut Map<String, Value>) -> Result<(T, bool), PlatformError>,
    ) -> Result<T, PlatformError> {
        let _guard = self.write_lock.lock().await;
        let mut doc = self.load().await?;
        let snapshot = self.parse(&doc, kind)?;
        let (result, changed) = change(&snapshot, &mut doc)?;
        if changed {
            self.write(&doc).await?;
        }
        Ok(result)
    }

    async fn set_field(
        &self,
        kind: PlatformKind,
        target: Entry<'_>,
        field: &str,
        value: &str,
    ) -> Result<(), PlatformError> {
        let (key, id, missing) = match target {
            Entry::Source(id) => (sources_key(kind), id, source_missing(kind, id)),
            Entry::Vm(id) => ("vms", id, vm_missing(id)),
        };
        self.modify(kind, |_, doc| {
            let entry = array_mut(doc, key)?
                .iter_mut()
                .filter(|e| entry_id(e) == Some(id))
                .find_map(Value::as_object_mut);
            let entry = entry.ok_or(missing)?;
            entry.insert(field.to_owned(), Value::String(value.to_owned()));
            Ok(((), true))
        })
        .await
    }

    /// Writes a temporary file beside the inventory, then renames it over: readers see the old
    /// file or the new one, never half of one.
    async fn write(&self, doc: &Map<String, Value>) -> Result<(), PlatformError> {
        use tokio::io::AsyncWriteExt as _;
        let mut text = serde_json::to_vec_pretty(doc).map_err(|e| self.unavailable(format!("cannot write: {e}")))?;
        text.push(b'\n');
        let file_name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = self
            .path
            .with_file_name(format!(".{file_name}.{}.tmp", uuid::Uuid::new_v4()));
        let written = async {
            let mut file = tokio::fs::File::create(&temp).await?;
            file.write_all(&text).await?;
            file.sync_all().await?;
            tokio::fs::rename(&temp, &self.path).await
        }
        .await;
        if let Err(e) = written {
            // Best effort: the temporary file is garbage either way.
            let _ = tokio::fs::remove_file(&temp).await;
            return Err(self.unavailable(format!("cannot write: {e}")));
        }
        Ok(())
    }
}

/// A trimmed, non-empty string field; anything else is `None`.
fn text(entry: &Map<String, Value>, field: &str) -> Option<String> {
    let value = entry.get(field)?.as_str()?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

fn entry_id(entry: &Value) -> Option<&str> {
    entry.get("id")?.as_str().map(str::trim)
}

fn array_mut<'a>(doc: &'a mut Map<String, Value>, key: &str) -> Result<&'a mut Vec<Value>, PlatformError> {
    doc.entry(key.to_owned())
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or_else(|| PlatformError::Unavailable(format!("simulator inventory: \"{key}\" is not an array")))
}

/// A source as the file spells it. `id` and `name` were checked by [`InventoryFile::entries`].
fn source_from_json(entry: &&Map<String, Value>) -> RemoteSource {
    RemoteSource {
        external_id: text(entry, "id").unwrap_or_default(),
        name: text(entry, "name").unwrap_or_default(),
        boot_mode: text(entry, "bootMode").and_then(|m| BootMode::from_platform(&m)),
        video_model: text(entry, "videoModel").map(|m| m.to_ascii_lowercase()),
        // The simulator's own default: a file entry without a status is an ordinary, usable image.
        status: text(entry, "status").map_or_else(|| "active".to_owned(), |s| s.to_ascii_lowercase()),
        size_bytes: entry.get("sizeBytes").and_then(Value::as_i64).filter(|n| *n >= 0),
        project: text(entry, "project"),
        os_type: text(entry, "osType"),
        os_distro: text(entry, "osDistro"),
    }
}

fn vm_from_json(entry: &&Map<String, Value>) -> RemoteVm {
    RemoteVm {
        external_id: text(entry, "id").unwrap_or_default(),
        name: text(entry, "name").unwrap_or_default(),
        source_external_id: text(entry, "sourceId"),
        boot_mode: text(entry, "bootMode").and_then(|m| BootMode::from_platform(&m)),
        project: text(entry, "project"),
    }
}

fn insert_some(object: &mut Map<String, Value>, field: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(field.to_owned(), value);
    }
}

fn source_json(source: &RemoteSource) -> Value {
    let mut object = Map::new();
    object.insert("id".to_owned(), source.external_id.clone().into());
    object.insert("name".to_owned(), source.name.clone().into());
    insert_some(
        &mut object,
        "bootMode",
        source.boot_mode.map(|m| m.platform_str().into()),
    );
    insert_some(&mut object, "videoModel", source.video_model.clone().map(Value::from));
    object.insert("status".to_owned(), source.status.clone().into());
    insert_some(&mut object, "sizeBytes", source.size_bytes.map(Value::from));
    insert_some(&mut object, "project", source.project.clone().map(Value::from));
    insert_some(&mut object, "osType", source.os_type.clone().map(Value::from));
    insert_some(&mut object, "osDistro", source.os_distro.clone().map(Value::from));
    Value::Object(object)
}

/// The `videoModel` of the VM entry `external_id` in an inventory document.
fn vm_entry_video(doc: &Map<String, Value>, external_id: &str) -> Option<String> {
    doc.get("vms")?
        .as_array()?
        .iter()
        .filter_map(Value::as_object)
        .find(|entry| text(entry, "id").as_deref() == Some(external_id))
        .and_then(|entry| text(entry, "videoModel"))
}

fn vm_json(vm: &RemoteVm) -> Value {
    let mut object = Map::new();
    object.insert("id".to_owned(), vm.external_id.clone().into());
    object.insert("name".to_owned(), vm.name.clone().into());
    insert_some(&mut object, "sourceId", vm.source_external_id.clone().map(Value::from));
    insert_some(&mut object, "bootMode", vm.boot_mode.map(|m| m.platform_str().into()));
    insert_some(&mut object, "project", vm.project.clone().map(Value::from));
    Value::Object(object)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::platform::sim::fixtures::{file_driver, new_vm_from, read_json, sample_inventory, write_json};

    #[tokio::test]
    async fn file_mode_reads_values_as_spelled() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        write_json(&path, &sample_inventory());
        let driver = file_driver(PlatformKind::Openstack, &path);
        let sources = driver.list_sources().await.unwrap();
        assert_eq!(sources.len(), 2);
        assert_eq!(
            sources[0],
            RemoteSource {
                external_id: "img-1".to_owned(),
                name: "win10-uefi".to_owned(),
                boot_mode: Some(BootMode::Uefi),
                video_model: Some("virtio".to_owned()),
                status: "active".to_owned(),
                size_bytes: Some(21_474_836_480),
                project: Some("acme".to_owned()),
                os_type: Some("windows".to_owned()),
                os_distro: Some("win10".to_owned()),
            }
        );
        let odd = &sources[1];
        assert_eq!(odd.boot_mode, None, "an unknown boot mode is not guessed");
        assert_eq!(odd.video_model.as_deref(), Some("cirrus"));
        assert_eq!(odd.status, "queued");
        assert_eq!((odd.size_bytes, &odd.project, &odd.os_type), (None, &None, &None));
        let vms = driver.list_vms().await.unwrap();
        assert_eq!(vms.len(), 1);
        assert_eq!(vms[0].source_external_id.as_deref(), Some("img-1"));
        assert_eq!(vms[0].boot_mode, Some(BootMode::Uefi));

        // Read afresh at every call.
        let mut changed = sample_inventory();
        changed["images"].as_array_mut().unwrap().remove(1);
        write_json(&path, &changed);
        assert_eq!(driver.list_sources().await.unwrap().len(), 1);
        assert!(driver.get_source("img-2").await.unwrap().is_none());
    }

    #[tokio::test]
    async fn file_mode_writes_back_and_keeps_unknown_fields() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        write_json(&path, &sample_inventory());
        let driver = file_driver(PlatformKind::Openstack, &path);
        driver.set_boot_mode("img-2", BootMode::Bios).await.unwrap();
        driver.set_video_model("img-2", "virtio").await.unwrap();
        let vm = driver.create_vm(&new_vm_from("img-1", BootMode::Uefi)).await.unwrap();
        driver.set_vm_boot_mode("vm-1", BootMode::Bios).await.unwrap();
        let image = driver.capture_vm("vm-1", "win10-bios").await.unwrap();
        driver.delete_vm(&vm.external_id).await.unwrap();
        driver.delete_vm(&vm.external_id).await.unwrap();

        let doc = read_json(&path);
        assert_eq!(doc["comment"], "kept as is");
        assert_eq!(doc["images"][0]["vendorTag"]["x"], 1);
        assert_eq!(doc["images"][1]["bootMode"], "bios");
        assert_eq!(doc["images"][1]["videoModel"], "virtio");
        assert_eq!(doc["vms"][0]["flavor"], "m1.large");
        assert_eq!(doc["vms"][0]["bootMode"], "bios");
        assert_eq!(doc["vms"].as_array().unwrap().len(), 1);
        assert_eq!(doc["images"][2]["id"], image.external_id.as_str());
        assert_eq!(doc["images"][2]["bootMode"], "bios");
        assert_eq!(doc["images"][2]["project"], "acme");
        assert_eq!(doc["images"][2]["sizeBytes"], 21_474_836_480_i64);
        assert_eq!(driver.get_source(&image.external_id).await.unwrap(), Some(image));
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");

        assert!(matches!(
            driver.set_boot_mode("img-9", BootMode::Bios).await,
            Err(PlatformError::NotFound(_))
        ));
        assert!(matches!(
            driver.set_vm_boot_mode("vm-9", BootMode::Bios).await,
            Err(PlatformError::NotFound(_))
        ));
        let missing = driver.create_vm(&new_vm_from("img-9", BootMode::Bios)).await;
        assert!(matches!(missing, Err(PlatformError::NotFound(_))));
    }

    #[tokio::test]
    async fn concurrent_writes_are_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        write_json(&path, &sample_inventory());
        let lock = Arc::new(tokio::sync::Mutex::new(()));
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let driver = InventoryDriver::new(PlatformKind::Openstack, path.clone(), Arc::clone(&lock));
            tasks.push(tokio::spawn(async move {
                driver.create_vm(&new_vm_from("img-1", BootMode::Uefi)).await
            }));
        }
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert_eq!(read_json(&path)["vms"].as_array().unwrap().len(), 17);
    }

    #[tokio::test]
    async fn templates_live_under_their_own_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        write_json(
            &path,
            &serde_json::json!({"templates": [{"id": "t-1", "name": "ubuntu", "bootMode": "bios"}]}),
        );
        let driver = file_driver(PlatformKind::Smartx, &path);
        assert_eq!(driver.list_sources().await.unwrap()[0].status, "active");
        let vm = driver.create_vm(&new_vm_from("t-1", BootMode::Bios)).await.unwrap();
        let template = driver.capture_vm(&vm.external_id, "copy").await.unwrap();
        assert!(template.external_id.starts_with("tpl-"));
        assert_eq!(read_json(&path)["templates"].as_array().unwrap().len(), 2);

        write_json(&path, &sample_inventory());
        let err = driver.list_sources().await.unwrap_err();
        assert!(
            matches!(&err, PlatformError::Unavailable(m) if m.contains("\"templates\"")),
            "{err:?}"
        );
    }

    #[tokio::test]
    async fn unreadable_file_is_unavailable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        let driver = file_driver(PlatformKind::Openstack, &path);
        let err = driver.list_sources().await.unwrap_err();
        assert!(
            matches!(&err, PlatformError::Unavailable(m) if m.contains("inventory.json")),
            "{err:?}"
        );

        std::fs::write(&path, "{\"images\": [").unwrap();
        let err = driver.list_sources().await.unwrap_err();
        let PlatformError::Unavailable(message) = &err else {
            panic!("{err:?}")
        };
        assert!(
            message.contains(&path.display().to_string()) && message.contains("parse"),
            "{message}"
        );
        assert!(matches!(
            driver.set_video_model("img-1", "virtio").await,
            Err(PlatformError::Unavailable(_))
        ));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"images\": [",
            "a broken file is left alone"
        );

        for broken in [
            serde_json::json!([1, 2]),
            serde_json::json!({"images": {"id": "img-1"}}),
            serde_json::json!({"images": [{"name": "no id"}]}),
            serde_json::json!({"images": [{"id": "img-1"}]}),
            serde_json::json!({"images": [{"id": "a", "name": "x"}, {"id": "a", "name": "y"}]}),
        ] {
            write_json(&path, &broken);
            assert!(
                matches!(driver.list_sources().await, Err(PlatformError::Unavailable(_))),
                "{broken}"
            );
        }
    }

    #[tokio::test]
    async fn fail_field_makes_every_call_fail() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        let mut doc = sample_inventory();
        doc["fail"] = "connection refused by the lab".into();
        write_json(&path, &doc);
        let driver = file_driver(PlatformKind::Openstack, &path);
        let down = |r: Result<(), PlatformError>| {
            assert!(
                matches!(r, Err(PlatformError::Unavailable(ref m)) if m == "connection refused by the lab"),
                "{r:?}"
            );
        };
        down(driver.list_sources().await.map(drop));
        down(driver.get_source("img-1").await.map(drop));
        down(driver.list_vms().await.map(drop));
        down(driver.set_boot_mode("img-1", BootMode::Bios).await);
        down(driver.set_video_model("img-1", "virtio").await);
        down(driver.create_vm(&new_vm_from("img-1", BootMode::Uefi)).await.map(drop));
        down(driver.delete_vm("vm-1").await);
        down(driver.set_vm_boot_mode("vm-1", BootMode::Bios).await);
        down(driver.capture_vm("vm-1", "x").await.map(drop));
        assert_eq!(read_json(&path), doc, "nothing written while down");

        doc["fail"] = Value::Null;
        write_json(&path, &doc);
        assert_eq!(driver.list_sources().await.unwrap().len(), 2);
    }
}
