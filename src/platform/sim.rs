//! The simulator driver, for demos and tests. Two modes:
//!
//! - **generated** (`sim://NAME?images=N&seed=S&vms=M`): a catalogue generated deterministically
//!   from the seed, then kept in memory per platform (see [`super::Drivers`]) so that changes made
//!   through the driver persist across later syncs in the same process;
//! - **inventory file** (`sim:///abs/path/inventory.json`): a JSON file read afresh at every call,
//!   so a test or an operator can change what the platform holds between two syncs. Changes made
//!   through the driver are written back atomically, keeping every field the simulator does not
//!   understand. A top-level `"fail": "message"` makes every call fail (platform down);
//!   `"faults": {"create_vm" | "set_vm_boot_mode" | "capture_vm" | "delete_vm" | "delete_source": "message"}`
//!   makes just that operation fail; `"latency_ms": N` makes every call take N ms more (a slow
//!   platform).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use async_trait::async_trait;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::{Map, Value};

use super::{DriverCapabilities, NewVm, PlatformDriver, PlatformError, RemoteSource, RemoteVm};
use crate::domain::values::{BootMode, PlatformKind, ResourceModel};

/// Number of generated images when the endpoint does not say.
pub const DEFAULT_IMAGES: usize = 50;
/// Seed of the generated catalogue when the endpoint does not say.
pub const DEFAULT_SEED: u64 = 1;
/// Largest `images=` a generated endpoint accepts.
pub const MAX_IMAGES: usize = 1_000_000;
/// Largest `vms=` a generated endpoint accepts.
pub const MAX_VMS: usize = 1_000_000;

/// How to write an inventory-file endpoint, for error messages.
const FILE_FORM: &str = "sim:///abs/path/inventory.json";

// ---------------------------------------------------------------------------------------------
// Endpoint grammar
// ---------------------------------------------------------------------------------------------

/// What a generated endpoint asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeneratedSpec {
    /// Number of images (or templates).
    pub images: usize,
    /// Number of VMs, each made from one of the generated sources.
    pub vms: usize,
    /// Seed of the generator: the same (seed, images, vms) gives the same catalogue.
    pub seed: u64,
}

/// A parsed `sim:` endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SimEndpoint {
    /// `sim://NAME?images=N&seed=S&vms=M`: a catalogue generated in memory.
    Generated(GeneratedSpec),
    /// `sim:///abs/path/inventory.json`: an inventory file at an absolute path.
    File(PathBuf),
}

impl SimEndpoint {
    /// Parses a `sim:` URL; the error says what is wrong in words an operator understands.
    pub fn parse(url: &url::Url) -> Result<Self, String> {
        if url.scheme() != "sim" {
            return Err(format!("not a simulator endpoint (scheme {:?})", url.scheme()));
        }
        if url.cannot_be_a_base() {
            return Err(format!("an inventory file needs an absolute path, as in {FILE_FORM}"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err("a simulator endpoint takes no user name or password".to_owned());
        }
        if url.port().is_some() {
            return Err("a simulator endpoint takes no port".to_owned());
        }
        if url.fragment().is_some() {
            return Err("a simulator endpoint takes no #fragment".to_owned());
        }
        match url.host_str().unwrap_or_default() {
            "" => parse_file(url),
            name => parse_generated(name, url),
        }
    }
}

fn parse_file(url: &url::Url) -> Result<SimEndpoint, String> {
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

fn parse_generated(name: &str, url: &url::Url) -> Result<SimEndpoint, String> {
    let looks_like_file = name.starts_with('.') || name.to_ascii_lowercase().ends_with(".json");
    if looks_like_file || !matches!(url.path(), "" | "/") {
        return Err(format!(
            "`sim://NAME` names a generated catalogue and takes no path; an inventory file needs an \
             absolute path, as in {FILE_FORM}"
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err("a generated catalogue's name uses letters, digits, '-', '_' and '.' only".to_owned());
    }
    let mut images = None;
    let mut vms = None;
    let mut seed = None;
    for (key, value) in url.query_pairs() {
        let slot = match key.as_ref() {
            "images" => &mut images,
            "vms" => &mut vms,
            "seed" => &mut seed,
            other => {
                return Err(format!(
                    "unknown query parameter {other:?} (accepted: images, seed, vms)"
                ));
            }
        };
        if slot.is_some() {
            return Err(format!("query parameter {key:?} is given twice"));
        }
        *slot = Some(parse_number(&key, &value)?);
    }
    let images = images.unwrap_or(DEFAULT_IMAGES as u64);
    let vms = vms.unwrap_or(0);
    if images > MAX_IMAGES as u64 {
        return Err(format!("images must be at most {MAX_IMAGES}"));
    }
    if vms > MAX_VMS as u64 {
        return Err(format!("vms must be at most {MAX_VMS}"));
    }
    if vms > 0 && images == 0 {
        return Err("vms needs at least one image to make them from".to_owned());
    }
    let too_big = |_| "too large a number for this machine".to_owned();
    let (images, vms) = (
        usize::try_from(images).map_err(too_big)?,
        usize::try_from(vms).map_err(too_big)?,
    );
    Ok(SimEndpoint::Generated(GeneratedSpec {
        images,
        vms,
        seed: seed.unwrap_or(DEFAULT_SEED),
    }))
}

fn parse_number(key: &str, value: &str) -> Result<u64, String> {
    let digits_only = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    digits_only
        .then(|| value.parse::<u64>().ok())
        .flatten()
        .ok_or_else(|| format!("{key} must be a non-negative whole number, got {value:?}"))
}

// ---------------------------------------------------------------------------------------------
// Generated catalogue
// ---------------------------------------------------------------------------------------------

/// The in-memory state of one generated platform: its sources and VMs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    sources: Vec<RemoteSource>,
    index: HashMap<String, usize>,
    vms: Vec<RemoteVm>,
    /// The video card of VMs made with (or changed to) one, by VM id.
    vm_video: HashMap<String, String>,
}

const WINDOWS: [&str; 3] = ["win10", "win11", "win2022"];
const LINUX: [&str; 4] = ["ubuntu", "centos", "rhel", "debian"];

impl Catalogue {
    /// Generates the catalogue an endpoint describes. Deterministic for a given spec: ~60 % UEFI,
    /// ~35 % BIOS, ~5 % without boot mode; ~70 % virtio video, ~20 % cirrus, the rest vga/qxl;
    /// Windows and Linux OS hints, ~20 % without any; mostly `active`; ~20 % owned by project
    /// `acme`, ~10 % by `globex`. Ids are `img-00001`… (`tpl-00001`… for template kinds).
    pub fn generate(kind: PlatformKind, spec: &GeneratedSpec) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
        let width = spec.images.max(spec.vms).to_string().len().max(5);
        let prefix = id_prefix(kind);
        let mut catalogue = Self::default();
        catalogue.sources.reserve(spec.images);
        for number in 1..=spec.images {
            catalogue.push_source(generate_source(&mut rng, prefix, number, width));
        }
        for number in 1..=spec.vms {
            let source = rng.random_range(0..spec.images.max(1));
            let vm = generate_vm(&mut rng, catalogue.sources.get(source), number, width);
            catalogue.vms.push(vm);
        }
        catalogue
    }

    fn push_source(&mut self, source: RemoteSource) {
        self.index.insert(source.external_id.clone(), self.sources.len());
        self.sources.push(source);
    }

    fn source(&self, external_id: &str) -> Option<&RemoteSource> {
        self.index.get(external_id).and_then(|&at| self.sources.get(at))
    }

    fn source_mut(&mut self, external_id: &str) -> Option<&mut RemoteSource> {
        self.index.get(external_id).and_then(|&at| self.sources.get_mut(at))
    }

    fn vm_mut(&mut self, external_id: &str) -> Option<&mut RemoteVm> {
        self.vms.iter_mut().find(|vm| vm.external_id == external_id)
    }
}

fn generate_source(rng: &mut ChaCha8Rng, prefix: &str, number: usize, width: usize) -> RemoteSource {
    let boot_mode = match rng.random_range(0..100) {
        0..60 => Some(BootMode::Uefi),
        60..95 => Some(BootMode::Bios),
        _ => None,
    };
    let video_model = match rng.random_range(0..100) {
        0..70 => "virtio",
        70..90 => "cirrus",
        90..95 => "vga",
        _ => "qxl",
    };
    let windows = rng.random_bool(0.4);
    let distro = if windows {
        WINDOWS[rng.random_range(0..WINDOWS.len())]
    } else {
        LINUX[rng.random_range(0..LINUX.len())]
    };
    // The platform knows the OS of ~80 % of its images; the rest carry no hint (names still tell).
    let hinted = rng.random_bool(0.8);
    let status = match rng.random_range(0..100) {
        0..92 => "active",
        92..96 => "queued",
        _ => "saving",
    };
    let gib: i64 = 1 << 30;
    let size = if windows {
        rng.random_range(16 * gib..64 * gib)
    } else {
        rng.random_range(gib..20 * gib)
    };
    let project = match rng.random_range(0..100) {
        0..20 => Some("acme"),
        20..30 => Some("globex"),
        _ => None,
    };
    let name = match boot_mode {
        Some(mode) => format!("{distro}-{}-{number:0width$}", mode.platform_str()),
        None => format!("{distro}-{number:0width$}"),
    };
    RemoteSource {
        external_id: format!("{prefix}-{number:0width$}"),
        name,
        boot_mode,
        video_model: Some(video_model.to_owned()),
        // A queued image has no data yet, hence no size (as in Glance).
        size_bytes: (status != "queued").then_some(size),
        status: status.to_owned(),
        project: project.map(str::to_owned),
        os_type: hinted.then(|| if windows { "windows" } else { "linux" }.to_owned()),
        os_distro: hinted.then(|| distro.to_owned()),
    }
}

fn generate_vm(rng: &mut ChaCha8Rng, source: Option<&RemoteSource>, number: usize, width: usize) -> RemoteVm {
    let bytes: [u8; 16] = rng.random();
    let fallback_boot = if rng.random_bool(0.5) {
        BootMode::Uefi
    } else {
        BootMode::Bios
    };
    let fallback_project = match rng.random_range(0..100) {
        0..50 => Some("acme"),
        50..80 => Some("globex"),
        _ => None,
    };
    RemoteVm {
        external_id: format!("vm-{}", uuid::Builder::from_random_bytes(bytes).into_uuid()),
        name: format!("desk-{number:0width$}"),
        source_external_id: source.map(|s| s.external_id.clone()),
        boot_mode: Some(source.and_then(|s| s.boot_mode).unwrap_or(fallback_boot)),
        project: source
            .and_then(|s| s.project.clone())
            .or(fallback_project.map(str::to_owned)),
    }
}

// ---------------------------------------------------------------------------------------------
// Rules shared by both modes
// ---------------------------------------------------------------------------------------------

fn id_prefix(kind: PlatformKind) -> &'static str {
    match kind.resource_model() {
        ResourceModel::Images => "img",
        ResourceModel::Templates => "tpl",
    }
}

fn noun(kind: PlatformKind) -> &'static str {
    match kind.resource_model() {
        ResourceModel::Images => "image",
        ResourceModel::Templates => "template",
    }
}

fn source_missing(kind: PlatformKind, external_id: &str) -> PlatformError {
    PlatformError::NotFound(format!("{} {external_id}", noun(kind)))
}

fn vm_missing(external_id: &str) -> PlatformError {
    PlatformError::NotFound(format!("VM {external_id}"))
}

/// What a simulated platform can do: what the kind's real API allows (R1), and UEFI unless the
/// inventory says `"uefi": false`.
fn capabilities(kind: PlatformKind, uefi: bool) -> DriverCapabilities {
    let usual = kind.usual_capabilities();
    DriverCapabilities {
        boot_mode_editable: usual.boot_mode_editable,
        video_model_editable: usual.video_model_editable,
        boot_mode_copy: usual.boot_mode_copy,
        uefi,
    }
}

fn ensure_boot_mode_editable(kind: PlatformKind) -> Result<(), PlatformError> {
    if kind.usual_capabilities().boot_mode_editable {
        return Ok(());
    }
    Err(PlatformError::Unsupported(format!(
        "{kind} cannot change the boot mode of an {noun}; workaround: create a VM from the {noun}, \
         change the VM's boot mode, then save the VM as a new {noun}",
        noun = noun(kind)
    )))
}

fn normalize_video_model(kind: PlatformKind, model: &str) -> Result<String, PlatformError> {
    if !kind.usual_capabilities().video_model_editable {
        return Err(PlatformError::Unsupported(format!(
            "{kind} cannot change the video model of a {noun}; it is chosen when a VM is created from it",
            noun = noun(kind)
        )));
    }
    let model = model.trim().to_ascii_lowercase();
    if model.is_empty() {
        return Err(PlatformError::Unsupported("an empty video model".to_owned()));
    }
    Ok(model)
}

fn new_vm(vm: &NewVm) -> RemoteVm {
    RemoteVm {
        external_id: format!("vm-{}", uuid::Uuid::new_v4()),
        name: vm.name.clone(),
        source_external_id: Some(vm.source_external_id.clone()),
        boot_mode: Some(vm.boot_mode),
        project: vm.project.clone(),
    }
}

/// The image a capture makes: the VM's boot mode and video card (the source's, unless the VM was
/// given another), everything else from the VM's source.
fn captured(
    kind: PlatformKind,
    vm: &RemoteVm,
    video: Option<String>,
    source: Option<&RemoteSource>,
    name: &str,
) -> RemoteSource {
    RemoteSource {
        external_id: format!("{}-{}", id_prefix(kind), uuid::Uuid::new_v4()),
        name: name.to_owned(),
        boot_mode: vm.boot_mode,
        video_model: video.or_else(|| source.and_then(|s| s.video_model.clone())),
        status: "active".to_owned(),
        size_bytes: source.and_then(|s| s.size_bytes),
        project: source.and_then(|s| s.project.clone()),
        os_type: source.and_then(|s| s.os_type.clone()),
        os_distro: source.and_then(|s| s.os_distro.clone()),
    }
}

// ---------------------------------------------------------------------------------------------
// The driver
// ---------------------------------------------------------------------------------------------

/// The simulator's [`PlatformDriver`], over a generated catalogue or an inventory file.
#[derive(Debug, Clone)]
pub struct SimDriver {
    kind: PlatformKind,
    store: Store,
}

#[derive(Debug, Clone)]
enum Store {
    Memory(Arc<Mutex<Catalogue>>),
    File(InventoryFile),
}

impl SimDriver {
    /// A driver over a generated catalogue held in memory (shared with the registry's cache).
    pub fn in_memory(kind: PlatformKind, catalogue: Arc<Mutex<Catalogue>>) -> Self {
        Self {
            kind,
            store: Store::Memory(catalogue),
        }
    }

    /// A driver over an inventory file; `write_lock` must be shared by every driver of that path.
    pub fn inventory_file(kind: PlatformKind, path: PathBuf, write_lock: Arc<tokio::sync::Mutex<()>>) -> Self {
        Self {
            kind,
            store: Store::File(InventoryFile { path, write_lock }),
        }
    }
}

fn lock(catalogue: &Mutex<Catalogue>) -> MutexGuard<'_, Catalogue> {
    catalogue.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Lets other tasks run, as a platform call would, without sleeping.
async fn simulated_latency() {
    tokio::task::yield_now().await;
}

#[async_trait]
impl PlatformDriver for SimDriver {
    async fn capabilities(&self) -> Result<DriverCapabilities, PlatformError> {
        let uefi = match &self.store {
            Store::Memory(_) => {
                simulated_latency().await;
                true
            }
            Store::File(file) => file.load().await?.get("uefi").and_then(Value::as_bool).unwrap_or(true),
        };
        Ok(capabilities(self.kind, uefi))
    }

    async fn list_sources(&self) -> Result<Vec<RemoteSource>, PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                Ok(lock(catalogue).sources.clone())
            }
            Store::File(file) => Ok(file.snapshot(self.kind).await?.sources),
        }
    }

    async fn get_source(&self, external_id: &str) -> Result<Option<RemoteSource>, PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                Ok(lock(catalogue).source(external_id).cloned())
            }
            Store::File(file) => Ok(file.snapshot(self.kind).await?.source(external_id).cloned()),
        }
    }

    async fn list_vms(&self) -> Result<Vec<RemoteVm>, PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                Ok(lock(catalogue).vms.clone())
            }
            Store::File(file) => Ok(file.snapshot(self.kind).await?.vms),
        }
    }

    async fn set_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        ensure_boot_mode_editable(self.kind)?;
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                let mut catalogue = lock(catalogue);
                let source = catalogue
                    .source_mut(external_id)
                    .ok_or_else(|| source_missing(self.kind, external_id))?;
                source.boot_mode = Some(mode);
                Ok(())
            }
            Store::File(file) => {
                file.set_field(self.kind, Entry::Source(external_id), "bootMode", mode.platform_str())
                    .await
            }
        }
    }

    async fn set_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = normalize_video_model(self.kind, model)?;
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                let mut catalogue = lock(catalogue);
                let source = catalogue
                    .source_mut(external_id)
                    .ok_or_else(|| source_missing(self.kind, external_id))?;
                source.video_model = Some(model);
                Ok(())
            }
            Store::File(file) => {
                file.set_field(self.kind, Entry::Source(external_id), "videoModel", &model)
                    .await
            }
        }
    }

    async fn create_vm(&self, vm: &NewVm) -> Result<RemoteVm, PlatformError> {
        let created = new_vm(vm);
        let missing = || source_missing(self.kind, &vm.source_external_id);
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                let mut catalogue = lock(catalogue);
                catalogue.source(&vm.source_external_id).ok_or_else(missing)?;
                if let Some(video) = &vm.video_model {
                    catalogue.vm_video.insert(created.external_id.clone(), video.clone());
                }
                catalogue.vms.push(created.clone());
                Ok(created)
            }
            Store::File(file) => {
                file.check_fault("create_vm").await?;
                file.modify(self.kind, |snapshot, doc| {
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
        }
    }

    async fn delete_vm(&self, external_id: &str) -> Result<(), PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                lock(catalogue).vms.retain(|vm| vm.external_id != external_id);
                Ok(())
            }
            Store::File(file) => {
                file.check_fault("delete_vm").await?;
                file.modify(self.kind, |snapshot, doc| {
                    if !snapshot.vms.iter().any(|vm| vm.external_id == external_id) {
                        return Ok(((), false));
                    }
                    array_mut(doc, "vms")?.retain(|entry| entry_id(entry) != Some(external_id));
                    Ok(((), true))
                })
                .await
            }
        }
    }

    async fn set_vm_boot_mode(&self, external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                let mut catalogue = lock(catalogue);
                let vm = catalogue.vm_mut(external_id).ok_or_else(|| vm_missing(external_id))?;
                vm.boot_mode = Some(mode);
                Ok(())
            }
            Store::File(file) => {
                file.check_fault("set_vm_boot_mode").await?;
                file.set_field(self.kind, Entry::Vm(external_id), "bootMode", mode.platform_str())
                    .await
            }
        }
    }

    async fn set_vm_video_model(&self, external_id: &str, model: &str) -> Result<(), PlatformError> {
        let model = model.trim().to_ascii_lowercase();
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                let mut catalogue = lock(catalogue);
                catalogue.vm_mut(external_id).ok_or_else(|| vm_missing(external_id))?;
                catalogue.vm_video.insert(external_id.to_owned(), model);
                Ok(())
            }
            Store::File(file) => {
                file.check_fault("set_vm_video_model").await?;
                file.set_field(self.kind, Entry::Vm(external_id), "videoModel", &model)
                    .await
            }
        }
    }

    async fn capture_vm(&self, external_id: &str, name: &str) -> Result<RemoteSource, PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                let mut catalogue = lock(catalogue);
                let vm = catalogue.vms.iter().find(|vm| vm.external_id == external_id);
                let vm = vm.ok_or_else(|| vm_missing(external_id))?;
                let source = vm.source_external_id.as_deref().and_then(|id| catalogue.source(id));
                let video = catalogue.vm_video.get(external_id).cloned();
                let image = captured(self.kind, vm, video, source, name);
                catalogue.push_source(image.clone());
                Ok(image)
            }
            Store::File(file) => {
                file.check_fault("capture_vm").await?;
                let key = sources_key(self.kind);
                file.modify(self.kind, |snapshot, doc| {
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
        }
    }

    async fn delete_source(&self, external_id: &str) -> Result<(), PlatformError> {
        match &self.store {
            Store::Memory(catalogue) => {
                simulated_latency().await;
                lock(catalogue).sources.retain(|s| s.external_id != external_id);
                Ok(())
            }
            Store::File(file) => {
                file.check_fault("delete_source").await?;
                let key = sources_key(self.kind);
                file.modify(self.kind, |snapshot, doc| {
                    if snapshot.source(external_id).is_none() {
                        return Ok(((), false));
                    }
                    array_mut(doc, key)?.retain(|entry| entry_id(entry) != Some(external_id));
                    Ok(((), true))
                })
                .await
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Inventory file
// ---------------------------------------------------------------------------------------------

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
    use std::time::Instant;

    fn spec(images: usize, vms: usize, seed: u64) -> GeneratedSpec {
        GeneratedSpec { images, vms, seed }
    }

    fn memory(kind: PlatformKind, spec: &GeneratedSpec) -> SimDriver {
        SimDriver::in_memory(kind, Arc::new(Mutex::new(Catalogue::generate(kind, spec))))
    }

    fn file_driver(kind: PlatformKind, path: &std::path::Path) -> SimDriver {
        SimDriver::inventory_file(kind, path.to_path_buf(), Arc::default())
    }

    fn write_json(path: &std::path::Path, value: &Value) {
        std::fs::write(path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
    }

    fn read_json(path: &std::path::Path) -> Value {
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
    }

    fn new_vm_from(source: &str, mode: BootMode) -> NewVm {
        NewVm {
            name: "alice-pc".to_owned(),
            source_external_id: source.to_owned(),
            boot_mode: mode,
            video_model: None,
            project: Some("acme".to_owned()),
            placement: crate::platform::Placement::default(),
        }
    }

    fn sample_inventory() -> Value {
        serde_json::json!({
            "comment": "kept as is",
            "images": [
                {"id": "img-1", "name": "win10-uefi", "bootMode": "uefi", "videoModel": "virtio",
                 "project": "acme", "status": "active", "sizeBytes": 21_474_836_480_i64,
                 "osType": "windows", "osDistro": "win10", "vendorTag": {"x": 1}},
                {"id": "img-2", "name": "odd", "bootMode": "coreboot", "videoModel": "Cirrus",
                 "status": "QUEUED"}
            ],
            "vms": [{"id": "vm-1", "name": "alice-pc", "sourceId": "img-1", "bootMode": "uefi",
                     "project": "acme", "flavor": "m1.large"}]
        })
    }

    #[test]
    fn generation_is_deterministic() {
        let a = Catalogue::generate(PlatformKind::Openstack, &spec(500, 20, 7));
        let b = Catalogue::generate(PlatformKind::Openstack, &spec(500, 20, 7));
        let c = Catalogue::generate(PlatformKind::Openstack, &spec(500, 20, 8));
        assert_eq!(a, b);
        assert_ne!(a.sources, c.sources);
        assert_eq!(a.sources.len(), 500);
        assert_eq!(a.vms.len(), 20);
        assert_eq!(a.sources[0].external_id, "img-00001");
        for source in &a.sources {
            let number = source.external_id.trim_start_matches("img-");
            assert!(
                source.name.ends_with(&format!("-{number}")),
                "{} names {}",
                source.name,
                number
            );
        }
        let ids: std::collections::HashSet<_> = a.sources.iter().map(|s| &s.external_id).collect();
        assert_eq!(ids.len(), 500);
        for vm in &a.vms {
            assert!(
                vm.external_id.starts_with("vm-") && vm.external_id.len() == 39,
                "{}",
                vm.external_id
            );
            let source = a.source(vm.source_external_id.as_deref().unwrap()).unwrap();
            assert!(vm.boot_mode.is_some());
            if source.boot_mode.is_some() {
                assert_eq!(vm.boot_mode, source.boot_mode);
            }
        }
    }

    #[test]
    fn generated_mix_is_roughly_as_stated() {
        let catalogue = Catalogue::generate(PlatformKind::Openstack, &spec(20_000, 0, 1));
        let n = catalogue.sources.len() as f64;
        let share = |f: &dyn Fn(&RemoteSource) -> bool| catalogue.sources.iter().filter(|s| f(s)).count() as f64 / n;
        let near = |got: f64, want: f64| assert!((got - want).abs() < 0.02, "got {got}, want ~{want}");
        near(share(&|s| s.boot_mode == Some(BootMode::Uefi)), 0.60);
        near(share(&|s| s.boot_mode == Some(BootMode::Bios)), 0.35);
        near(share(&|s| s.boot_mode.is_none()), 0.05);
        near(share(&|s| s.video_model.as_deref() == Some("virtio")), 0.70);
        near(share(&|s| s.video_model.as_deref() == Some("cirrus")), 0.20);
        near(
            share(&|s| matches!(s.video_model.as_deref(), Some("vga" | "qxl"))),
            0.10,
        );
        near(share(&|s| s.os_type.is_none() && s.os_distro.is_none()), 0.20);
        near(share(&|s| s.os_type.as_deref() == Some("windows")), 0.32);
        near(share(&|s| s.project.as_deref() == Some("acme")), 0.20);
        near(share(&|s| s.project.as_deref() == Some("globex")), 0.10);
        assert!(share(&|s| s.status == "active") > 0.85);
        assert!(share(&|s| s.status == "queued") > 0.01);
        assert!(share(&|s| s.status == "saving") > 0.01);
        for s in &catalogue.sources {
            if let Some(distro) = &s.os_distro {
                let windows = WINDOWS.contains(&distro.as_str());
                assert!(windows || LINUX.contains(&distro.as_str()));
                assert_eq!(s.os_type.as_deref(), Some(if windows { "windows" } else { "linux" }));
                assert!(s.name.starts_with(distro.as_str()));
            }
            assert!(s.status == "queued" || s.size_bytes.is_some_and(|b| b > 1 << 30));
        }
        let mut sorted = catalogue.sources.clone();
        sorted.sort_by(|a, b| a.external_id.cmp(&b.external_id));
        assert_eq!(sorted, catalogue.sources, "ids sort in generation order");
    }

    #[test]
    fn template_kinds_get_template_ids() {
        let catalogue = Catalogue::generate(PlatformKind::Smartx, &spec(3, 0, 1));
        let ids: Vec<_> = catalogue.sources.iter().map(|s| s.external_id.as_str()).collect();
        assert_eq!(ids, ["tpl-00001", "tpl-00002", "tpl-00003"]);
        let wide = Catalogue::generate(PlatformKind::Wxstack, &spec(100_000, 0, 1));
        assert_eq!(wide.sources[0].external_id, "tpl-000001");
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
            let driver = SimDriver::inventory_file(PlatformKind::Openstack, path.clone(), Arc::clone(&lock));
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

    #[test]
    fn endpoints_parse() {
        let parse = |s: &str| SimEndpoint::parse(&url::Url::parse(s).unwrap());
        assert_eq!(
            parse("sim://lab"),
            Ok(SimEndpoint::Generated(spec(DEFAULT_IMAGES, 0, DEFAULT_SEED)))
        );
        assert_eq!(
            parse("sim://lab/?images=200&seed=7&vms=3"),
            Ok(SimEndpoint::Generated(spec(200, 3, 7)))
        );
        assert_eq!(
            parse("sim:///tmp/inv%20x.json"),
            Ok(SimEndpoint::File(PathBuf::from("/tmp/inv x.json")))
        );
        for bad in [
            "sim://lab?images=ten",
            "sim://lab?images=-1",
            "sim://lab?images=1000001",
            "sim://lab?seed=1.5",
            "sim://lab?images=",
            "sim://lab?colour=red",
            "sim://lab?seed=1&seed=2",
            "sim://lab?images=0&vms=2",
            "sim://lab/inventory.json",
            "sim://inventory.json",
            "sim://./inventory.json",
            "sim:inventory.json",
            "sim:///",
            "sim:///tmp/dir/",
            "sim:///tmp/inv.json?images=3",
            "sim://lab#x",
            "sim://user:pw@lab",
            "sim://lab:80",
        ] {
            assert!(parse(bad).is_err(), "{bad} should be refused");
        }
        assert_eq!(parse("sim://lab?images=1000000").map(|_| ()), Ok(()));
    }
}
