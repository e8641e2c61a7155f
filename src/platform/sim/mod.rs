//! The simulator, for demos and tests: a platform of any kind without the platform. Two drivers,
//! each a [`PlatformDriver`] of its own, picked by the endpoint ([`SimEndpoint`]):
//!
//! - [`MemoryDriver`] (`sim://NAME?images=N&seed=S&vms=M`): a catalogue made by the seeded
//!   [`generator`], then kept in memory per platform (see [`super::Drivers`]) so that changes made
//!   through the driver persist across later syncs in the same process;
//! - [`InventoryDriver`] (`sim:///abs/path/inventory.json`): a JSON file read afresh at every
//!   call, so a test or an operator can change what the platform holds between two syncs. Changes
//!   made through the driver are written back atomically, keeping every field the simulator does
//!   not understand. A top-level `"fail": "message"` makes every call fail (platform down);
//!   `"faults": {"create_vm" | "set_vm_boot_mode" | "capture_vm" | "delete_vm" | "delete_source": "message"}`
//!   makes just that operation fail; `"latency_ms": N` makes every call take N ms more (a slow
//!   platform).
//!
//! This module holds what both drivers share: the endpoint grammar and the rules of the kinds
//! they simulate (ids, capabilities, what can be edited, what a capture makes).

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod fixtures;
mod generator;
mod inventory;
mod memory;

use std::path::PathBuf;

pub use generator::{DEFAULT_IMAGES, DEFAULT_SEED, GeneratedSpec, MAX_IMAGES, MAX_VMS};
pub use inventory::InventoryDriver;
pub use memory::{Catalogue, MemoryDriver};

use super::{DriverCapabilities, NewVm, PlatformError, RemoteSource, RemoteVm};
use crate::domain::values::{BootMode, PlatformKind, ResourceModel};

/// How to write an inventory-file endpoint, for error messages.
const FILE_FORM: &str = "sim:///abs/path/inventory.json";

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
            "" => inventory::parse_endpoint(url),
            name => generator::parse_endpoint(name, url),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rules shared by both drivers
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
    if kind == PlatformKind::Zstack {
        return Err(PlatformError::Unsupported(
            "a ZSTACK image has no video card: it is the vm.videoType of a VM, its cluster or the platform".to_owned(),
        ));
    }
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
    // A ZStack image carries no video card (the VM's vm.videoType stays with the VM): the capture
    // reports what its source reported.
    let video = if kind == PlatformKind::Zstack { None } else { video };
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

/// CloudTower takes a VM's firmware only when the VM is created (no update call changes it): a
/// SMARTX VM keeps its boot mode, and asking for the one it has is not an error.
fn smartx_vm_boot_mode(vms: &[RemoteVm], external_id: &str, mode: BootMode) -> Result<(), PlatformError> {
    let vm = vms
        .iter()
        .find(|v| v.external_id == external_id)
        .ok_or_else(|| vm_missing(external_id))?;
    if vm.boot_mode == Some(mode) {
        return Ok(());
    }
    Err(PlatformError::Unsupported(format!(
        "SMARTX cannot change the firmware of VM {external_id} after its creation; create it with {mode}"
    )))
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use fixtures::spec;

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
