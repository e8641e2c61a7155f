//! What the simulator's tests share: specs, drivers, inventory files and a new VM.

use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::memory::{Catalogue, MemoryDriver};
use super::{GeneratedSpec, InventoryDriver};
use crate::domain::values::{BootMode, PlatformKind};
use crate::platform::NewVm;

pub fn spec(images: usize, vms: usize, seed: u64) -> GeneratedSpec {
    GeneratedSpec { images, vms, seed }
}

pub fn memory(kind: PlatformKind, spec: &GeneratedSpec) -> MemoryDriver {
    MemoryDriver::new(kind, Arc::new(Mutex::new(Catalogue::generate(kind, spec))))
}

pub fn file_driver(kind: PlatformKind, path: &std::path::Path) -> InventoryDriver {
    InventoryDriver::new(kind, path.to_path_buf(), Arc::default())
}

pub fn write_json(path: &std::path::Path, value: &Value) {
    std::fs::write(path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
}

pub fn read_json(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

pub fn new_vm_from(source: &str, mode: BootMode) -> NewVm {
    NewVm {
        name: "alice-pc".to_owned(),
        source_external_id: source.to_owned(),
        boot_mode: mode,
        video_model: None,
        project: Some("acme".to_owned()),
        placement: crate::platform::Placement::default(),
    }
}

pub fn sample_inventory() -> Value {
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
