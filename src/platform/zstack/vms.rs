//! VM instances (VmInstanceInventory.java): listed for R12's import, created for desktops and for
//! R7's copy, changed (boot mode, video card), destroyed and expunged.
//!
//! A new VM gets its boot mode as the `bootMode::` system tag of the create call (the image's tag
//! is not copied onto a VM: KVMHost reads the VM's own). Its video card is the VM's `vm.videoType`
//! resource configuration, which KVMHost reads when it starts the VM; so a VM with a wanted video
//! card is created stopped, configured, then started.

use reqwest::Method;
use serde_json::{Value, json};

use super::owners::{self, tag_value};
use super::pages::{self, Query, text};
use super::session::Session;
use crate::domain::values::BootMode;
use crate::platform::{PlatformError, RemoteVm};

/// `vm.videoType`'s valid values (VmGlobalConfig.java).
pub const VIDEO_TYPES: [&str; 4] = ["cirrus", "vga", "qxl", "virtio"];

/// What a new VM is made of and where it goes.
#[derive(Debug, Clone, Default)]
pub struct Spec<'a> {
    /// Its name.
    pub name: &'a str,
    /// The image uuid.
    pub image: &'a str,
    /// Its boot mode.
    pub boot_mode: Option<BootMode>,
    /// Its video card (`virtio`, …), or the platform's choice.
    pub video_model: Option<&'a str>,
    /// The project (account or IAM2 project uuid) it should belong to.
    pub project: Option<&'a str>,
    /// Instance offering uuid (CPU and memory); required.
    pub instance_offering: Option<&'a str>,
    /// L3 network uuid; required.
    pub network: Option<&'a str>,
    /// Zone uuid.
    pub zone: Option<&'a str>,
    /// Cluster uuid.
    pub cluster: Option<&'a str>,
    /// Host uuid.
    pub host: Option<&'a str>,
}

/// A required placement field, or the error that names it.
fn required<'a>(value: Option<&'a str>, name: &str, what: &str) -> Result<&'a str, PlatformError> {
    value
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| PlatformError::Invalid(format!("a new VM on this platform needs placement.{name} ({what})")))
}

/// A video card name ZStack accepts, in its spelling.
pub fn video_type(model: &str) -> Result<String, PlatformError> {
    let model = model.trim().to_ascii_lowercase();
    if VIDEO_TYPES.contains(&model.as_str()) {
        Ok(model)
    } else {
        Err(PlatformError::Unsupported(format!(
            "ZStack's vm.videoType takes {}, not {model:?}",
            VIDEO_TYPES.join(", ")
        )))
    }
}

/// Every user VM that is not destroyed.
pub async fn list(session: &Session, page_size: u32) -> Result<Vec<RemoteVm>, PlatformError> {
    let conditions = ["type=UserVm".to_owned(), "state!=Destroyed".to_owned()];
    let query = Query {
        path: "/v1/vm-instances",
        conditions: &conditions,
        sort_by: "uuid",
        what: "VM instances",
    };
    let vms = pages::all(session, &query, page_size).await?;
    let beside = owners::read(session, "VmInstanceVO", None, page_size).await?;
    Ok(vms
        .iter()
        .filter_map(|vm| {
            let uuid = text(vm, "uuid")?;
            Some(RemoteVm {
                external_id: uuid.to_owned(),
                name: text(vm, "name").unwrap_or(uuid).to_owned(),
                source_external_id: text(vm, "imageUuid").map(str::to_owned),
                boot_mode: Some(beside.boot_mode(uuid)),
                project: beside.project(uuid),
            })
        })
        .collect())
}

/// One VM's inventory.
pub async fn get(session: &Session, uuid: &str) -> Result<Value, PlatformError> {
    let answer = session
        .query(&format!("/v1/vm-instances/{uuid}"), &[], &format!("to read VM {uuid}"))
        .await?;
    answer
        .get("inventories")
        .and_then(Value::as_array)
        .and_then(|rows| rows.iter().find(|r| text(r, "uuid") == Some(uuid)))
        .filter(|vm| text(vm, "state") != Some("Destroyed"))
        .cloned()
        .ok_or_else(|| PlatformError::NotFound(format!("ZStack has no VM {uuid}")))
}

async fn action(session: &Session, uuid: &str, body: &Value, what: &str) -> Result<Value, PlatformError> {
    session
        .call(
            Method::PUT,
            &format!("/v1/vm-instances/{uuid}/actions"),
            &[],
            Some(body),
            what,
        )
        .await
}

/// Creates a VM (stopped when a video card is wanted, which is then set before it starts), puts
/// it in its project, and removes it again if any step after its creation fails.
pub async fn create(session: &Session, spec: &Spec<'_>, page_size: u32) -> Result<RemoteVm, PlatformError> {
    let offering = required(
        spec.instance_offering,
        "instanceOffering",
        "a ZStack instance offering UUID",
    )?;
    let network = required(spec.network, "network", "a ZStack L3 network UUID")?;
    let video = spec.video_model.map(video_type).transpose()?;
    let mut params = json!({
        "name": spec.name,
        "instanceOfferingUuid": offering,
        "imageUuid": spec.image,
        "l3NetworkUuids": [network],
        "defaultL3NetworkUuid": network,
        "strategy": if video.is_some() { "CreateStopped" } else { "InstantStart" },
        "description": "created by xspace",
    });
    for (field, value) in [
        ("zoneUuid", spec.zone),
        ("clusterUuid", spec.cluster),
        ("hostUuid", spec.host),
    ] {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            params[field] = json!(value);
        }
    }
    let mut body = json!({ "params": params });
    if let Some(mode) = spec.boot_mode {
        body["systemTags"] = json!([format!("bootMode::{}", tag_value(mode))]);
    }
    let answer = session
        .call(
            Method::POST,
            "/v1/vm-instances",
            &[],
            Some(&body),
            &format!("to create VM {:?} from image {}", spec.name, spec.image),
        )
        .await?;
    let uuid = answer
        .pointer("/inventory/uuid")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| PlatformError::Unavailable("ZStack's new VM has no uuid".to_owned()))?;
    let project = match finish(session, &uuid, spec, video.as_deref(), page_size).await {
        Ok(project) => project,
        Err(e) => {
            if let Err(cleanup) = delete(session, &uuid).await {
                tracing::warn!(vm = %uuid, error = %cleanup, "could not remove a VM whose creation failed half-way");
            }
            return Err(e);
        }
    };
    let name = answer
        .pointer("/inventory/name")
        .and_then(Value::as_str)
        .unwrap_or(spec.name)
        .to_owned();
    Ok(RemoteVm {
        external_id: uuid,
        name,
        source_external_id: Some(spec.image.to_owned()),
        boot_mode: Some(spec.boot_mode.unwrap_or(BootMode::Bios)),
        project,
    })
}

/// The steps after a VM exists: its video card and start, then its owner. Returns its project.
async fn finish(
    session: &Session,
    uuid: &str,
    spec: &Spec<'_>,
    video: Option<&str>,
    page_size: u32,
) -> Result<Option<String>, PlatformError> {
    if let Some(video) = video {
        set_video(session, uuid, video).await?;
        action(
            session,
            uuid,
            &json!({"startVmInstance": {}}),
            &format!("to start VM {uuid}"),
        )
        .await?;
    }
    let beside = owners::read(session, "VmInstanceVO", Some(uuid), page_size).await?;
    let current = beside.project(uuid);
    let Some(project) = spec.project.filter(|p| !p.trim().is_empty()) else {
        return Ok(current);
    };
    if current.as_deref() == Some(project) {
        return Ok(current);
    }
    let account = owners::account_of(session, project, page_size).await?;
    let body = json!({"params": {"resourceUuid": uuid}});
    session
        .call(
            Method::POST,
            &format!("/v1/account/{account}/resources"),
            &[],
            Some(&body),
            &format!("to give VM {uuid} to project {project}"),
        )
        .await?;
    Ok(Some(project.to_owned()))
}

/// Destroys and expunges a VM; one that is already gone is not an error.
pub async fn delete(session: &Session, uuid: &str) -> Result<(), PlatformError> {
    session
        .call(
            Method::DELETE,
            &format!("/v1/vm-instances/{uuid}"),
            &[("deleteMode", "Permissive".to_owned())],
            None,
            &format!("to destroy VM {uuid}"),
        )
        .await?;
    match action(
        session,
        uuid,
        &json!({"expungeVmInstance": {}}),
        &format!("to expunge VM {uuid}"),
    )
    .await
    {
        Ok(_) | Err(PlatformError::NotFound(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `setVmBootMode` (APISetVmBootModeMsg).
pub async fn set_boot_mode(session: &Session, uuid: &str, mode: BootMode) -> Result<(), PlatformError> {
    let body = json!({"setVmBootMode": {"bootMode": tag_value(mode)}});
    action(session, uuid, &body, &format!("to set the boot mode of VM {uuid}")).await?;
    Ok(())
}

/// The VM's `vm.videoType` resource configuration (APIUpdateResourceConfigMsg).
pub async fn set_video(session: &Session, uuid: &str, video: &str) -> Result<(), PlatformError> {
    let body = json!({"updateResourceConfig": {"value": video}});
    session
        .call(
            Method::PUT,
            &format!("/v1/resource-configurations/vm/videoType/{uuid}/actions"),
            &[],
            Some(&body),
            &format!("to set the video card of VM {uuid}"),
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_types_are_zstacks() {
        assert_eq!(video_type(" VirtIO ").ok().as_deref(), Some("virtio"));
        assert!(
            matches!(video_type("bochs"), Err(PlatformError::Unsupported(m)) if m.contains("cirrus, vga, qxl, virtio"))
        );
    }

    #[test]
    fn missing_placement_names_the_field() {
        let err = required(None, "network", "a ZStack L3 network UUID");
        assert!(matches!(err, Err(PlatformError::Invalid(m)) if m.contains("placement.network")));
        assert!(required(Some(" "), "x", "y").is_err());
        assert_eq!(required(Some("u"), "x", "y").ok(), Some("u"));
    }
}
