//! Images: root-volume templates (ImageInventory.java), with their boot mode and owner read beside
//! them ([`super::owners`]) and the video card a VM gets by default ([`global_video_type`]).
//!
//! Listed: `mediaType=RootVolumeTemplate`, not `system` (appliance images), not `Deleted`. Status
//! `Ready` with state `Enabled` is `active`; a `Disabled` image is `disabled`; any other status is
//! its own name in lower case (`creating`, `downloading`, `error`, …).

use reqwest::Method;
use serde_json::{Value, json};

use super::owners::{self, Beside};
use super::pages::{self, Query, text};
use super::session::Session;
use crate::platform::{PlatformError, RemoteSource};

const IMAGE_CONDITIONS: [&str; 3] = ["mediaType=RootVolumeTemplate", "system=false", "status!=Deleted"];

/// The global `vm.videoType` (VmGlobalConfig.java; conf/globalConfig/vm.xml, default `virtio`):
/// the video card of a VM whose own and whose cluster's resource configuration do not say.
pub async fn global_video_type(session: &Session) -> Result<Option<String>, PlatformError> {
    let query = [("q", "category=vm".to_owned()), ("q", "name=videoType".to_owned())];
    let answer = session
        .query("/v1/global-configurations", &query, "to read the global vm.videoType")
        .await?;
    Ok(answer
        .get("inventories")
        .and_then(Value::as_array)
        .and_then(|rows| rows.first())
        .and_then(|row| text(row, "value"))
        .map(str::to_ascii_lowercase))
}

/// The status xspace keeps for an image.
fn status(image: &Value) -> String {
    let status = text(image, "status").unwrap_or("unknown");
    match (status, text(image, "state")) {
        ("Ready", Some("Disabled")) => "disabled".to_owned(),
        ("Ready", _) => "active".to_owned(),
        (other, _) => other.to_ascii_lowercase(),
    }
}

/// An image inventory as a source.
fn source(image: &Value, beside: &Beside, video: Option<&str>) -> Option<RemoteSource> {
    let uuid = text(image, "uuid")?;
    Some(RemoteSource {
        external_id: uuid.to_owned(),
        name: text(image, "name").unwrap_or(uuid).to_owned(),
        boot_mode: Some(beside.boot_mode(uuid)),
        video_model: video.map(str::to_owned),
        status: status(image),
        size_bytes: image
            .get("actualSize")
            .or_else(|| image.get("size"))
            .and_then(Value::as_i64)
            .filter(|s| *s > 0),
        project: beside.project(uuid),
        os_type: os_type(text(image, "platform")),
        os_distro: text(image, "guestOsType").and_then(os_distro),
    })
}

/// xspace's OS type from ZStack's `platform` (Linux, Windows, WindowsVirtio, Other,
/// Paravirtualization).
fn os_type(platform: Option<&str>) -> Option<String> {
    match platform? {
        "Linux" => Some("linux".to_owned()),
        "Windows" | "WindowsVirtio" => Some("windows".to_owned()),
        _ => None,
    }
}

/// A libosinfo-style distro hint from ZStack's `guestOsType` ("Windows 10" → `win10`, "CentOS 7.9"
/// → `centos7.9`); `None` when nothing usable is left.
fn os_distro(guest: &str) -> Option<String> {
    let lower = guest.trim().to_ascii_lowercase();
    let lower = lower
        .strip_prefix("windows")
        .map_or(lower.clone(), |rest| format!("win{}", rest.trim()));
    let distro: String = lower
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
        .take(64)
        .collect();
    (!distro.is_empty()).then_some(distro)
}

/// Every listed image.
pub async fn list(session: &Session, page_size: u32) -> Result<Vec<RemoteSource>, PlatformError> {
    let conditions: Vec<String> = IMAGE_CONDITIONS.iter().map(|c| (*c).to_owned()).collect();
    let query = Query {
        path: "/v1/images",
        conditions: &conditions,
        sort_by: "uuid",
        what: "images",
    };
    let images = pages::all(session, &query, page_size).await?;
    let beside = owners::read(session, "ImageVO", None, page_size).await?;
    let video = global_video_type(session).await?;
    Ok(images
        .iter()
        .filter_map(|image| source(image, &beside, video.as_deref()))
        .collect())
}

/// One image, `None` when ZStack has none by that uuid (or it is deleted).
pub async fn get(session: &Session, uuid: &str, page_size: u32) -> Result<Option<RemoteSource>, PlatformError> {
    let answer = match session
        .query(&format!("/v1/images/{uuid}"), &[], &format!("to read image {uuid}"))
        .await
    {
        Ok(answer) => answer,
        Err(PlatformError::NotFound(_)) => return Ok(None),
        Err(e) => return Err(e),
    };
    let Some(image) = answer
        .get("inventories")
        .and_then(Value::as_array)
        .and_then(|rows| rows.iter().find(|r| text(r, "uuid") == Some(uuid)))
    else {
        return Ok(None);
    };
    if text(image, "status") == Some("Deleted") {
        return Ok(None);
    }
    let beside = owners::read(session, "ImageVO", Some(uuid), page_size).await?;
    let video = global_video_type(session).await?;
    Ok(source(image, &beside, video.as_deref()))
}

/// Deletes and expunges an image; one that is already gone is not an error.
pub async fn delete(session: &Session, uuid: &str) -> Result<(), PlatformError> {
    let what = format!("to delete image {uuid}");
    session
        .call(
            Method::DELETE,
            &format!("/v1/images/{uuid}"),
            &[("deleteMode", "Permissive".to_owned())],
            None,
            &what,
        )
        .await?;
    let expunge = json!({"expungeImage": {}});
    match session
        .call(
            Method::PUT,
            &format!("/v1/images/{uuid}/actions"),
            &[],
            Some(&expunge),
            &format!("to expunge image {uuid}"),
        )
        .await
    {
        // Already expunged (a platform whose deletion policy is Direct does both at once).
        Ok(_) | Err(PlatformError::NotFound(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Creates a root-volume template from a VM's root volume and reads it back; an image it made is
/// removed again if it cannot be read.
pub async fn capture(session: &Session, vm: &Value, name: &str, page_size: u32) -> Result<RemoteSource, PlatformError> {
    let vm_uuid = text(vm, "uuid").unwrap_or_default();
    let root = text(vm, "rootVolumeUuid")
        .ok_or_else(|| PlatformError::Unavailable(format!("ZStack reports no root volume for VM {vm_uuid}")))?;
    let mut params = json!({"name": name, "description": format!("saved from VM {vm_uuid} by xspace")});
    for field in ["platform", "guestOsType", "architecture"] {
        if let Some(value) = text(vm, field) {
            params[field] = json!(value);
        }
    }
    let body = json!({ "params": params });
    let answer = session
        .call(
            Method::POST,
            &format!("/v1/images/root-volume-templates/from/volumes/{root}"),
            &[],
            Some(&body),
            &format!("to save VM {vm_uuid} as an image"),
        )
        .await?;
    let uuid = answer
        .pointer("/inventory/uuid")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| PlatformError::Unavailable("ZStack's new image has no uuid".to_owned()))?;
    let read = get(session, &uuid, page_size).await.and_then(|found| {
        found.ok_or_else(|| PlatformError::Unavailable(format!("ZStack's new image {uuid} cannot be read back")))
    });
    match read {
        Ok(source) => Ok(source),
        Err(e) => {
            if let Err(cleanup) = delete(session, &uuid).await {
                tracing::warn!(image = %uuid, error = %cleanup, "could not remove an image that could not be read back");
            }
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_state_and_status() {
        assert_eq!(status(&json!({"status": "Ready", "state": "Enabled"})), "active");
        assert_eq!(status(&json!({"status": "Ready", "state": "Disabled"})), "disabled");
        assert_eq!(
            status(&json!({"status": "Downloading", "state": "Enabled"})),
            "downloading"
        );
        assert_eq!(status(&json!({})), "unknown");
    }

    #[test]
    fn inventories_become_sources() {
        let image = json!({
            "uuid": "u1", "name": "win", "status": "Ready", "state": "Enabled", "size": 100,
            "actualSize": 40, "platform": "Windows", "guestOsType": "Windows 10"
        });
        let mut beside = Beside::default();
        beside
            .boot_modes
            .insert("u1".into(), crate::domain::values::BootMode::Uefi);
        beside.projects.insert("u1".into(), "acct".into());
        let s = source(&image, &beside, Some("virtio")).unwrap_or_else(|| panic!("a source"));
        assert_eq!(s.boot_mode, Some(crate::domain::values::BootMode::Uefi));
        assert_eq!(s.size_bytes, Some(40));
        assert_eq!(s.project.as_deref(), Some("acct"));
        assert_eq!(s.os_type.as_deref(), Some("windows"));
        assert_eq!(s.os_distro.as_deref(), Some("win10"));
        assert_eq!(os_distro("CentOS 7.9").as_deref(), Some("centos7.9"));
        assert_eq!(os_distro("  ").as_deref(), None);
        assert_eq!(os_type(Some("Paravirtualization")), None);
        assert_eq!(s.video_model.as_deref(), Some("virtio"));
        let bare = source(&json!({"uuid": "u2"}), &Beside::default(), None).unwrap_or_else(|| panic!("a source"));
        assert_eq!(bare.boot_mode, Some(crate::domain::values::BootMode::Bios));
        assert_eq!(bare.name, "u2");
        assert_eq!(bare.project, None);
    }
}
