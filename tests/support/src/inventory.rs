//! Inventory files for the simulated platforms (`sim:///abs/path/inventory.json`).

use serde_json::{Value, json};

/// `images` for OPENSTACK/ZSTACK, `templates` for SMARTX/WXSTACK.
pub fn items_key(kind: &str) -> &'static str {
    match kind {
        "SMARTX" | "WXSTACK" => "templates",
        _ => "images",
    }
}

/// `images`/`templates` as the platform's own view is called on CloudPlatform.
pub fn platform_field(kind: &str) -> &'static str {
    items_key(kind)
}

pub fn vdi_field(kind: &str) -> &'static str {
    match items_key(kind) {
        "templates" => "vdiTemplates",
        _ => "vdiImages",
    }
}

pub fn custom_field(kind: &str) -> &'static str {
    match items_key(kind) {
        "templates" => "customTemplates",
        _ => "customImages",
    }
}

pub fn typename(kind: &str) -> &'static str {
    match items_key(kind) {
        "templates" => "Template",
        _ => "Image",
    }
}

/// One image/template in platform spelling; `None` leaves the field out.
pub fn item(id: &str, name: &str, boot: Option<&str>, video: Option<&str>, project: Option<&str>) -> Value {
    let mut v = json!({ "id": id, "name": name, "status": "active", "sizeBytes": 21474836480_i64 });
    if let Some(b) = boot {
        v["bootMode"] = json!(b);
    }
    if let Some(m) = video {
        v["videoModel"] = json!(m);
    }
    if let Some(p) = project {
        v["project"] = json!(p);
    }
    v
}

pub fn inventory(kind: &str, items: Vec<Value>) -> Value {
    let mut inv = json!({ "vms": [] });
    inv[items_key(kind)] = Value::Array(items);
    inv
}

/// What the standard inventory holds, by name: (scope, tenant slug, readiness problem codes).
pub struct Expected {
    pub name: &'static str,
    pub scope: &'static str,
    pub tenant: Option<&'static str>,
    pub problems: &'static [&'static str],
}

pub const STANDARD: &[Expected] = &[
    Expected {
        name: "sys-uefi-virtio",
        scope: "SYSTEM",
        tenant: None,
        problems: &[],
    },
    Expected {
        name: "sys-bios-cirrus",
        scope: "SYSTEM",
        tenant: None,
        problems: &["VIDEO_MODEL_NOT_VIRTIO"],
    },
    Expected {
        name: "sys-noboot",
        scope: "SYSTEM",
        tenant: None,
        problems: &["BOOT_MODE_UNKNOWN"],
    },
    Expected {
        name: "sys-novideo",
        scope: "SYSTEM",
        tenant: None,
        problems: &["VIDEO_MODEL_NOT_VIRTIO"],
    },
    Expected {
        name: "sys-qxl",
        scope: "SYSTEM",
        tenant: None,
        problems: &["VIDEO_MODEL_NOT_VIRTIO"],
    },
    Expected {
        name: "sys-queued",
        scope: "SYSTEM",
        tenant: None,
        problems: &["STATUS_NOT_ACTIVE"],
    },
    Expected {
        name: "sys-unmapped",
        scope: "SYSTEM",
        tenant: None,
        problems: &[],
    },
    Expected {
        name: "acme-uefi-virtio",
        scope: "CUSTOM",
        tenant: Some("acme"),
        problems: &[],
    },
    Expected {
        name: "acme-bios-cirrus",
        scope: "CUSTOM",
        tenant: Some("acme"),
        problems: &["VIDEO_MODEL_NOT_VIRTIO"],
    },
    Expected {
        name: "globex-uefi-virtio",
        scope: "CUSTOM",
        tenant: Some("globex"),
        problems: &[],
    },
];

/// The standard catalogue (see `STANDARD`), names prefixed with `prefix`, ids with `id_prefix`.
pub fn standard_items(prefix: &str, id_prefix: &str) -> Vec<Value> {
    let id = |n: u32| format!("{id_prefix}-{n:05}");
    let name = |n: &str| format!("{prefix}{n}");
    let mut queued = item(&id(6), &name("sys-queued"), Some("uefi"), Some("virtio"), None);
    queued["status"] = json!("queued");
    vec![
        item(&id(1), &name("sys-uefi-virtio"), Some("uefi"), Some("virtio"), None),
        item(&id(2), &name("sys-bios-cirrus"), Some("bios"), Some("cirrus"), None),
        item(&id(3), &name("sys-noboot"), None, Some("virtio"), None),
        item(&id(4), &name("sys-novideo"), Some("uefi"), None, None),
        item(&id(5), &name("sys-qxl"), Some("bios"), Some("qxl"), None),
        queued,
        item(
            &id(7),
            &name("sys-unmapped"),
            Some("uefi"),
            Some("virtio"),
            Some("initech"),
        ),
        item(
            &id(8),
            &name("acme-uefi-virtio"),
            Some("uefi"),
            Some("virtio"),
            Some("acme"),
        ),
        item(
            &id(9),
            &name("acme-bios-cirrus"),
            Some("bios"),
            Some("cirrus"),
            Some("acme"),
        ),
        item(
            &id(10),
            &name("globex-uefi-virtio"),
            Some("uefi"),
            Some("virtio"),
            Some("globex"),
        ),
    ]
}

pub fn id_prefix(kind: &str) -> &'static str {
    match items_key(kind) {
        "templates" => "tpl",
        _ => "img",
    }
}

/// The standard inventory for a kind.
pub fn standard(kind: &str, prefix: &str) -> Value {
    inventory(kind, standard_items(prefix, id_prefix(kind)))
}

/// Mutable access to the item called `name` in an inventory.
pub fn find_mut<'a>(inv: &'a mut Value, kind: &str, name: &str) -> &'a mut Value {
    inv[items_key(kind)]
        .as_array_mut()
        .expect("items")
        .iter_mut()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no item {name} in inventory"))
}

pub fn find<'a>(inv: &'a Value, kind: &str, name: &str) -> &'a Value {
    inv[items_key(kind)]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no item {name} in inventory: {inv}"))
}

pub fn remove(inv: &mut Value, kind: &str, name: &str) -> Value {
    let items = inv[items_key(kind)].as_array_mut().expect("items");
    let pos = items
        .iter()
        .position(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no item {name}"));
    items.remove(pos)
}
