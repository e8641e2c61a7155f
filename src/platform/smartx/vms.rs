//! Virtual machines: listed (`get-vms`, out of the recycle bin), created from a template
//! (`create-vm-from-content-library-template` or, for a per-cluster template,
//! `create-vm-from-template`), changed (`update-vm-advanced-options`: the video card) and deleted
//! (`delete-vm`), every change followed to its task's end.
//!
//! From spec 4.6.0: the creation call takes `firmware` (BIOS/UEFI), `cluster_id` (required for a
//! content-library template), `vcpu`, `cpu_cores`, `cpu_sockets`, `memory` with `memory_unit`, and
//! `vm_nics` (`connect_vlan_id`: the VM network's id), but no video card and no storage policy
//! (the new disks keep the template's). No call changes a VM's firmware afterwards
//! (`update-vm-basic-info` takes name, description, CPU, memory, HA; `update-vm-advanced-options`
//! takes `video_type`, clock offset, CPU model, Windows optimisation). A `Vm` does not record the
//! template it was made from.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::session::Session;
use super::tasks::{WithTask, follow, follow_all};
use super::templates::{HasId, Kind, Label, Nested, list_all};
use super::{PROJECT_LABEL, SOURCE_LABEL, label};
use crate::domain::values::BootMode;
use crate::platform::{NewVm, Placement, PlatformError, RemoteVm};

/// The video cards a VM takes (`VmVideoType`).
pub const VIDEO_TYPES: [&str; 4] = ["cirrus", "qxl", "vga", "virtio"];

/// The fields of a VM the driver reads.
#[derive(Debug, Clone, Deserialize)]
pub struct Vm {
    /// Its id.
    pub id: String,
    name: String,
    #[serde(default)]
    firmware: Option<String>,
    #[serde(default)]
    video_type: Option<String>,
    /// Its cluster.
    #[serde(default)]
    pub cluster: Option<Nested>,
    #[serde(default)]
    labels: Option<Vec<Label>>,
}

impl HasId for Vm {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Vm {
    /// As the service sees it: the template it came from and its project from its labels (the
    /// API records neither otherwise).
    pub fn remote(&self) -> RemoteVm {
        RemoteVm {
            external_id: self.id.clone(),
            name: self.name.clone(),
            source_external_id: label(self.labels.as_deref(), SOURCE_LABEL),
            boot_mode: self.firmware.as_deref().and_then(BootMode::from_platform),
            project: label(self.labels.as_deref(), PROJECT_LABEL),
        }
    }

    /// Its firmware.
    pub fn boot_mode(&self) -> Option<BootMode> {
        self.firmware.as_deref().and_then(BootMode::from_platform)
    }

    /// Its video card, lower case.
    pub fn video_model(&self) -> Option<String> {
        self.video_type.as_deref().map(str::to_ascii_lowercase)
    }
}

/// Every VM out of the recycle bin.
pub async fn list(session: &Session, page_size: u32) -> Result<Vec<RemoteVm>, PlatformError> {
    let vms: Vec<Vm> = list_all(session, "get-vms", &json!({"in_recycle_bin": false}), page_size).await?;
    Ok(vms.iter().map(Vm::remote).collect())
}

/// One VM, or `None`.
pub async fn get(session: &Session, id: &str) -> Result<Option<Vm>, PlatformError> {
    let vms: Vec<Vm> = session.query("get-vms", &json!({"where": {"id": id}})).await?;
    Ok(vms.into_iter().next())
}

/// A video card name CloudTower takes (`VmVideoType`), upper case.
pub fn video_type(model: &str) -> Result<String, PlatformError> {
    let model = model.trim().to_ascii_lowercase();
    if VIDEO_TYPES.contains(&model.as_str()) {
        Ok(model.to_ascii_uppercase())
    } else {
        Err(PlatformError::Invalid(format!(
            "CloudTower has no video card {model:?}; it takes {}",
            VIDEO_TYPES.join(", ")
        )))
    }
}

/// The creation call's body for `vm` from a template of `kind` that is on `template_clusters`. The
/// cluster is `placement.cluster`, else the template's only cluster; a content-library template
/// on several clusters needs `placement.cluster` (the call requires `cluster_id`).
pub fn creation_body(vm: &NewVm, kind: Kind, template_clusters: &[String]) -> Result<Value, PlatformError> {
    let placement = &vm.placement;
    let mut params = Map::new();
    params.insert("template_id".to_owned(), json!(vm.source_external_id));
    params.insert("name".to_owned(), json!(vm.name));
    params.insert("is_full_copy".to_owned(), json!(false));
    params.insert("firmware".to_owned(), json!(vm.boot_mode.as_str()));
    params.insert("description".to_owned(), json!("made by xspace"));
    let only = match template_clusters {
        [one] => Some(one.as_str()),
        _ => None,
    };
    match (
        kind,
        placement.cluster.as_deref().filter(|c| !c.trim().is_empty()).or(only),
    ) {
        (_, Some(cluster)) => {
            params.insert("cluster_id".to_owned(), json!(cluster.trim()));
        }
        (Kind::ContentLibrary, None) => {
            Placement::require(
                &placement.cluster,
                "cluster",
                "the CloudTower cluster id the VM runs in",
            )?;
        }
        (Kind::Cluster, None) => {}
    }
    if let Some(host) = placement.host.as_deref().filter(|h| !h.trim().is_empty()) {
        params.insert("host_id".to_owned(), json!(host.trim()));
    }
    if let Some(cores) = placement.cpu_cores {
        params.insert("vcpu".to_owned(), json!(cores));
        params.insert("cpu_cores".to_owned(), json!(cores));
        params.insert("cpu_sockets".to_owned(), json!(1));
    }
    if let Some(mib) = placement.memory_mib {
        params.insert("memory".to_owned(), json!(mib));
        params.insert("memory_unit".to_owned(), json!("MB"));
    }
    if let Some(vlan) = placement.network.as_deref().filter(|n| !n.trim().is_empty()) {
        params.insert(
            "vm_nics".to_owned(),
            json!([{"connect_vlan_id": vlan.trim(), "model": "VIRTIO", "enabled": true}]),
        );
    }
    Ok(Value::Array(vec![Value::Object(params)]))
}

/// Creates `vm` from a template of `kind`, follows the task, then sets its video card when one is
/// asked for and differs. On any failure the VM is deleted before the error is returned.
pub async fn create(
    session: &Session,
    vm: &NewVm,
    kind: Kind,
    template_clusters: &[String],
) -> Result<RemoteVm, PlatformError> {
    let video = vm.video_model.as_deref().map(video_type).transpose()?;
    let body = creation_body(vm, kind, template_clusters)?;
    let op = match kind {
        Kind::ContentLibrary => "create-vm-from-content-library-template",
        Kind::Cluster => "create-vm-from-template",
    };
    let answers: Vec<WithTask<Vm>> = session.change(op, &body).await?;
    let Some(answer) = answers.first() else {
        return Err(PlatformError::Unavailable(format!(
            "CloudTower answered {op} with no VM"
        )));
    };
    let id = answer.data.id.clone();
    let made = async {
        follow(session, answer.task_id.as_deref(), "create the VM").await?;
        let Some(created) = get(session, &id).await? else {
            return Err(PlatformError::NotFound(format!(
                "the VM {id} CloudTower created is gone"
            )));
        };
        if let Some(video) = &video
            && created.video_type.as_deref() != Some(video.as_str())
        {
            set_video(session, &id, video).await?;
        }
        Ok(created)
    }
    .await;
    match made {
        Ok(created) => {
            let mut remote = created.remote();
            remote.source_external_id = Some(vm.source_external_id.clone());
            remote.project.clone_from(&vm.project);
            Ok(remote)
        }
        Err(e) => {
            if let Err(cleanup) = delete(session, &id).await {
                tracing::warn!(vm = %id, error = %cleanup, "could not remove a half-made VM");
            }
            Err(e)
        }
    }
}

/// Sets VM `id`'s video card (`VmVideoType`, upper case) and follows the task.
pub async fn set_video(session: &Session, id: &str, video: &str) -> Result<(), PlatformError> {
    let body = json!({"where": {"id": id}, "data": {"video_type": video}});
    let answers: Vec<WithTask<Value>> = session.change("update-vm-advanced-options", &body).await?;
    if answers.is_empty() {
        return Err(PlatformError::NotFound(format!("CloudTower has no VM {id}")));
    }
    follow_all(session, &answers, "change the VM's video card").await
}

/// Deletes VM `id` and follows the task; one already gone is not an error.
pub async fn delete(session: &Session, id: &str) -> Result<(), PlatformError> {
    let answers: Vec<WithTask<Value>> = session.change("delete-vm", &json!({"where": {"id": id}})).await?;
    follow_all(session, &answers, "delete the VM").await
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn new_vm(placement: Placement) -> NewVm {
        NewVm {
            name: "pc-1".to_owned(),
            source_external_id: "cl-t".to_owned(),
            boot_mode: BootMode::Uefi,
            video_model: None,
            project: None,
            placement,
        }
    }

    #[test]
    fn the_creation_body_carries_firmware_and_placement() {
        let placement = Placement {
            cluster: Some("cl-c".to_owned()),
            cpu_cores: Some(4),
            memory_mib: Some(8192),
            network: Some("vlan-1".to_owned()),
            ..Placement::default()
        };
        let body = creation_body(&new_vm(placement), Kind::ContentLibrary, &[]).unwrap();
        let params = &body[0];
        assert_eq!(params["firmware"], "UEFI");
        assert_eq!(params["cluster_id"], "cl-c");
        assert_eq!(
            (params["vcpu"].clone(), params["memory"].clone()),
            (json!(4), json!(8192))
        );
        assert_eq!(params["memory_unit"], "MB");
        assert_eq!(params["vm_nics"][0]["connect_vlan_id"], "vlan-1");
        assert_eq!(params["is_full_copy"], false);
    }

    #[test]
    fn a_content_library_vm_needs_a_cluster() {
        let two = ["c1".to_owned(), "c2".to_owned()];
        let error = creation_body(&new_vm(Placement::default()), Kind::ContentLibrary, &two).unwrap_err();
        assert!(
            matches!(&error, PlatformError::Invalid(m) if m.contains("placement.cluster")),
            "{error}"
        );
        let one = creation_body(&new_vm(Placement::default()), Kind::ContentLibrary, &two[..1]).unwrap();
        assert_eq!(one[0]["cluster_id"], "c1", "the template's only cluster");
        let body = creation_body(&new_vm(Placement::default()), Kind::Cluster, &[]).unwrap();
        assert!(body[0].get("cluster_id").is_none());
    }

    #[test]
    fn video_types_are_cloudtowers() {
        assert_eq!(video_type(" VirtIO ").unwrap(), "VIRTIO");
        assert!(
            matches!(video_type("bochs"), Err(PlatformError::Invalid(m)) if m.contains("cirrus, qxl, vga, virtio"))
        );
    }

    #[test]
    fn a_vm_maps_with_its_labels() {
        let vm: Vm = serde_json::from_value(json!({
            "id": "v1", "name": "pc", "firmware": "BIOS", "cluster": {"id": "c1", "name": "c"},
            "labels": [{"id": "l", "key": SOURCE_LABEL, "value": "cl-t"}, {"id": "m", "key": PROJECT_LABEL, "value": "p"}]
        }))
        .unwrap();
        let remote = vm.remote();
        assert_eq!(remote.source_external_id.as_deref(), Some("cl-t"));
        assert_eq!(remote.project.as_deref(), Some("p"));
        assert_eq!(remote.boot_mode, Some(BootMode::Bios));
    }
}
