//! The driver itself against the stand-in: paging, sessions, signatures, jobs, clean-up.

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use xspace::domain::values::BootMode;
use xspace::platform::http::Http;
use xspace::platform::zstack::ZStackDriver;
use xspace::platform::{NewVm, Placement, PlatformDriver, PlatformError};

use crate::standin::StandIn;

pub fn driver(si: &StandIn, secret: &str, timeout: Duration) -> ZStackDriver {
    let http = Arc::new(Http::new(timeout, None).expect("http"));
    ZStackDriver::new(http, &si.url, Some(secret), timeout).expect("driver")
}

pub const ADMIN: &str = r#"{"accountName": "admin", "password": "password", "pageSize": 4}"#;

#[tokio::test]
async fn lists_every_page_with_boot_modes_owners_and_projects() {
    let si = StandIn::start(0.01);
    let seeded = si
        .seed(json!({
            "accounts": [{"name": "acme-acct"}],
            "projects": [{"name": "acme", "account": "acme-acct"}],
            "images": [
                {"name": "win", "bootMode": "UEFI_WITH_CSM", "platform": "Windows", "guestOsType": "Windows 10", "owner": "acme-acct"},
                {"name": "gone", "status": "Deleted"},
                {"name": "iso", "mediaType": "ISO"},
                {"name": "off", "state": "Disabled", "bootMode": "Legacy"}
            ],
            "generate": {"images": 9}
        }))
        .await;
    let project = seeded["projects"][0].as_str().unwrap().to_owned();
    let d = driver(&si, ADMIN, Duration::from_secs(10));
    let sources = d.list_sources().await.unwrap();
    assert_eq!(sources.len(), 11, "deleted images and ISOs are not sources");
    assert!(
        si.calls("queryImage").await >= 3,
        "pages of 4: {}",
        si.state().await["calls"]
    );
    let win = sources.iter().find(|s| s.name == "win").unwrap();
    assert_eq!(win.boot_mode, Some(BootMode::Uefi));
    assert_eq!(
        win.project.as_deref(),
        Some(project.as_str()),
        "a project's image names the project"
    );
    assert_eq!(win.os_type.as_deref(), Some("windows"));
    assert_eq!(win.os_distro.as_deref(), Some("win10"));
    assert_eq!(win.video_model.as_deref(), Some("virtio"), "the global vm.videoType");
    assert_eq!(win.status, "active");
    let off = sources.iter().find(|s| s.name == "off").unwrap();
    assert_eq!((off.boot_mode, off.status.as_str()), (Some(BootMode::Bios), "disabled"));
    let admin = si.state().await["accounts"]["admin"].as_str().unwrap().to_owned();
    assert_eq!(off.project.as_deref(), Some(admin.as_str()), "else the owning account");
    // One image, read again.
    let again = d.get_source(&win.external_id).await.unwrap().unwrap();
    assert_eq!(&again, win);
    assert_eq!(d.get_source("0123456789abcdef0123456789abcdef").await.unwrap(), None);
}

#[tokio::test]
async fn a_listing_cut_short_fails_instead_of_coming_back_short() {
    let si = StandIn::start(0.01);
    si.seed(json!({"generate": {"images": 10}})).await;
    let d = driver(&si, ADMIN, Duration::from_secs(10));
    si.fault(json!({"api": "queryImage", "after": 1, "times": 0, "kind": "status", "status": 500}))
        .await;
    let err = d.list_sources().await.unwrap_err();
    assert!(
        matches!(&err, PlatformError::Unavailable(m) if m.contains("500")),
        "{err}"
    );
    si.clear_faults().await;
    assert_eq!(d.list_sources().await.unwrap().len(), 10);
}

#[tokio::test]
async fn an_expired_session_is_renewed_once_and_a_wrong_password_is_invalid() {
    let si = StandIn::start(0.01);
    si.seed(json!({"generate": {"images": 6}})).await;
    let d = driver(&si, ADMIN, Duration::from_secs(10));
    assert_eq!(d.list_sources().await.unwrap().len(), 6);
    assert_eq!(si.calls("logInByAccount").await, 1, "the session is kept");
    // Expired in the middle of a listing (a query) and before a job (an async call).
    si.fault(json!({"api": "queryImage", "after": 1, "kind": "expireSessions"}))
        .await;
    assert_eq!(d.list_sources().await.unwrap().len(), 6);
    assert_eq!(si.calls("logInByAccount").await, 2);
    si.fault(json!({"api": "deleteImage", "kind": "expireSessions"})).await;
    d.delete_source("0123456789abcdef0123456789abcdef").await.unwrap();
    assert_eq!(si.calls("logInByAccount").await, 3);

    let wrong = driver(
        &si,
        r#"{"accountName": "admin", "password": "Wr0ng-pass"}"#,
        Duration::from_secs(10),
    );
    let logins = si.calls("logInByAccount").await;
    let err = wrong.list_sources().await.unwrap_err();
    assert_eq!(
        si.calls("logInByAccount").await,
        logins + 1,
        "a refused login is not tried again (ZStack may lock the account)"
    );
    assert!(
        matches!(&err, PlatformError::Invalid(m) if m.contains("ID.1000")),
        "{err}"
    );
    assert!(!err.to_string().contains("Wr0ng-pass"));
}

#[tokio::test]
async fn access_keys_sign_every_call_and_a_wrong_secret_is_refused() {
    let si = StandIn::start(0.01);
    si.seed(json!({
        "accessKeys": [{"accessKeyId": "AK123", "accessKeySecret": "S3cret-key"}],
        "generate": {"images": 3}
    }))
    .await;
    let d = driver(
        &si,
        r#"{"accessKeyId": "AK123", "accessKeySecret": "S3cret-key"}"#,
        Duration::from_secs(10),
    );
    assert_eq!(d.list_sources().await.unwrap().len(), 3);
    d.delete_source("0123456789abcdef0123456789abcdef").await.unwrap();
    let bad = driver(
        &si,
        r#"{"accessKeyId": "AK123", "accessKeySecret": "not-it"}"#,
        Duration::from_secs(10),
    );
    let err = bad.list_sources().await.unwrap_err();
    assert!(
        matches!(&err, PlatformError::Invalid(m) if m.contains("wrong accessKey signature")),
        "{err}"
    );
    assert!(!err.to_string().contains("not-it"));
}

fn placement(si_state: &serde_json::Value) -> Placement {
    Placement {
        instance_offering: si_state["infra"]["instanceOffering"].as_str().map(str::to_owned),
        network: si_state["infra"]["l3Network"].as_str().map(str::to_owned),
        cluster: si_state["infra"]["cluster"].as_str().map(str::to_owned),
        ..Placement::default()
    }
}

#[tokio::test]
async fn the_vm_round_trip_and_its_clean_up() {
    let si = StandIn::start(0.05);
    let seeded = si.seed(json!({"images": [{"name": "uefi", "bootMode": "UEFI"}]})).await;
    let image = seeded["images"][0].as_str().unwrap().to_owned();
    let d = driver(&si, ADMIN, Duration::from_secs(10));
    let mut vm = NewVm {
        name: "copy".into(),
        source_external_id: image.clone(),
        boot_mode: BootMode::Uefi,
        video_model: Some("virtio".into()),
        project: None,
        placement: Placement::default(),
    };
    let err = d.create_vm(&vm).await.unwrap_err();
    assert!(
        matches!(&err, PlatformError::Invalid(m) if m.contains("placement.instanceOffering")),
        "{err}"
    );
    vm.placement = placement(&si.state().await);
    let created = d.create_vm(&vm).await.unwrap();
    let state = si.state().await;
    assert_eq!(state["vms"][0]["bootMode"], "bootMode::UEFI");
    assert_eq!(state["vms"][0]["videoType"], "virtio");
    assert_eq!(state["vms"][0]["state"], "Running");
    d.set_vm_boot_mode(&created.external_id, BootMode::Bios).await.unwrap();
    let copy = d.capture_vm(&created.external_id, "copy-bios").await.unwrap();
    assert_eq!(
        copy.boot_mode,
        Some(BootMode::Bios),
        "the VM's tag is copied onto the image"
    );
    assert_eq!(copy.status, "active");
    d.delete_vm(&created.external_id).await.unwrap();
    d.delete_vm(&created.external_id).await.unwrap();
    let state = si.state().await;
    assert_eq!(state["vms"], json!([]), "destroyed and expunged");
    assert_eq!(state["images"].as_array().unwrap().len(), 2);
    d.delete_source(&copy.external_id).await.unwrap();
    assert_eq!(si.state().await["images"].as_array().unwrap().len(), 1);

    // A failure after the VM exists removes it.
    si.fault(json!({"api": "startVmInstance", "kind": "error"})).await;
    let err = d.create_vm(&vm).await.unwrap_err();
    assert!(
        matches!(&err, PlatformError::Unavailable(m) if m.contains("SYS.1006")),
        "{err}"
    );
    let state = si.state().await;
    assert_eq!(state["vms"], json!([]), "no VM left behind: {state}");
    assert_eq!(state["volumes"], json!([]));
}

#[tokio::test]
async fn jobs_are_bounded_by_the_timeout() {
    let si = StandIn::start(0.01);
    let d = driver(&si, ADMIN, Duration::from_millis(200));
    si.fault(json!({"api": "deleteImage", "kind": "slowJob", "seconds": 30}))
        .await;
    let started = Instant::now();
    let err = d.delete_source("0123456789abcdef0123456789abcdef").await.unwrap_err();
    assert!(
        matches!(&err, PlatformError::Unavailable(m) if m.contains("did not finish")),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
}
