//! The lab every SMARTX test starts from: the usual cast (`ops`, acme and globex), a CloudTower
//! stand-in with one cluster, an account and a few templates, and a SMARTX platform on it mapping
//! the projects `acme` and `globex` (labels `xspace-project`) to their tenants, synced once.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::standin::Standin;
use support::fragments as f;
use support::harness::{TestApp, data, unique};
use support::world::{SimPlatform, World, standard_mapping};

pub const PROJECT: &str = "xspace-project";
pub const SOURCE: &str = "xspace-source";
pub const CLUSTER: &str = "cluster-a";
pub const VLAN: &str = "vlan-a";

/// UEFI, virtio, Linux, system.
pub const UBUNTU: &str = "ubuntu-uefi";
/// BIOS, virtio, Windows, system.
pub const WIN: &str = "win-bios";
/// BIOS, cirrus (R8).
pub const CIRRUS: &str = "bios-cirrus";
/// UEFI, virtio, acme's (label).
pub const ACME: &str = "acme-tpl";
/// An older per-cluster template, BIOS.
pub const OLD: &str = "old-cluster-tpl";

pub struct Lab {
    pub w: World,
    pub ct: Standin,
    pub p: SimPlatform,
    pub password: String,
    /// Template name → CloudTower id.
    pub ext: HashMap<&'static str, String>,
}

pub fn secret_json(password: &str) -> String {
    json!({ "username": "xspace", "password": password, "source": "LOCAL" }).to_string()
}

fn template(name: &str, firmware: &str, video: &str, guest: &str, project: Option<&str>) -> Value {
    let labels: Vec<Value> = project
        .map(|p| vec![json!({ "key": PROJECT, "value": p })])
        .unwrap_or_default();
    json!({ "id": format!("ctpl-{name}"), "name": name, "firmware": firmware, "video_type": video,
            "guest_os_type": guest, "os": if guest == "LINUX" { "ubuntu" } else { "win10" },
            "labels": labels, "clusters": [CLUSTER], "size": 21474836480_u64 })
}

impl Lab {
    pub async fn new() -> Lab {
        Self::with_app(TestApp::start().await).await
    }

    pub async fn with_app(app: TestApp) -> Lab {
        let w = World::with_app(app).await;
        let ct = Standin::start();
        let password = format!("Tower-{}", uuid::Uuid::new_v4().simple());
        ct.control(
            "seed",
            json!({
                "users": [{ "username": "xspace", "password": password }],
                "clusters": [{ "id": CLUSTER, "name": "Cluster A", "vlans": [VLAN] }],
                "templates": [
                    template(UBUNTU, "UEFI", "VIRTIO", "LINUX", None),
                    template(WIN, "BIOS", "VIRTIO", "WINDOWS", None),
                    template(CIRRUS, "BIOS", "CIRRUS", "LINUX", None),
                    template(ACME, "UEFI", "VIRTIO", "LINUX", Some("acme")),
                ],
                "vm_templates": [{ "id": "cvmt-old", "name": OLD, "firmware": "BIOS", "video_type": "VIRTIO",
                                   "cluster": CLUSTER }],
            }),
        )
        .await;
        ct.control("config", json!({ "task_seconds": 0.3 })).await;
        let added = add_platform(&w, &ct.endpoint(), &secret_json(&password)).await;
        let p = SimPlatform {
            id: added["id"].as_str().expect("platform id").to_owned(),
            kind: "SMARTX".to_owned(),
            file: PathBuf::new(),
        };
        let run = w.sync(&p.id).await;
        assert_eq!(run["status"], "SUCCEEDED", "first sync: {run}\n{}", w.app.server_log());
        let mut ext = HashMap::new();
        for name in [UBUNTU, WIN, CIRRUS, ACME] {
            ext.insert(name, format!("ctpl-{name}"));
        }
        ext.insert(OLD, "cvmt-old".to_owned());
        Lab {
            w,
            ct,
            p,
            password,
            ext,
        }
    }

    pub fn app(&self) -> &TestApp {
        &self.w.app
    }

    /// Every source of the platform, by name.
    pub async fn sources(&self) -> HashMap<String, Value> {
        self.w.sources(&self.p).await
    }

    pub async fn source_id(&self, name: &str) -> String {
        self.w.source_id(&self.p, name).await
    }

    pub async fn sync(&self) -> Value {
        self.w.sync(&self.p.id).await
    }
}

/// Adds a SMARTX platform mapping the standard projects; the raw `addCloudPlatform` answer's data.
pub async fn add_platform(w: &World, endpoint: &str, secret: &str) -> Value {
    let resp = add_platform_raw(w, endpoint, secret).await;
    data(resp)["addCloudPlatform"].clone()
}

/// Where the lab's desktops go: the cluster, 4 vCPUs, 4 GiB, the VLAN.
pub fn placement() -> Value {
    json!({ "cluster": CLUSTER, "cpuCores": 4, "memoryMib": 4096, "network": VLAN,
            "storagePolicy": "REPLICA_2_THIN_PROVISION" })
}

pub async fn add_platform_raw(w: &World, endpoint: &str, secret: &str) -> Value {
    let vars = json!({ "i": { "name": unique("tower"), "kind": "SMARTX", "endpoint": endpoint, "secret": secret,
                             "projectTenants": standard_mapping(), "placement": placement() } });
    w.app.call(&w.ops, f::ADD_PLATFORM, vars).await
}
