//! The driver through the library, against the real Keystone and Glance (and the Nova stub).

use std::time::{Duration, Instant};

use serde_json::json;
use xspace::domain::values::{BootMode, PlatformKind};
use xspace::platform::{DriverOptions, Drivers, NewVm, PlatformConfig, PlatformDriver, PlatformError};

use crate::cloud::{Glance, cloud, qcow2, unique};
use crate::proxy::{Fault, Proxy};

fn drivers(page_size: u32) -> Drivers {
    let options = DriverOptions {
        timeout: Duration::from_secs(10),
        page_size,
        ..DriverOptions::default()
    };
    Drivers::new(options).expect("drivers")
}

fn driver(drivers: &Drivers, endpoint: &str, secret: &str) -> std::sync::Arc<dyn PlatformDriver> {
    let cfg = PlatformConfig {
        id: unique("p"),
        kind: PlatformKind::Openstack,
        endpoint: endpoint.to_owned(),
        secret: Some(secret.to_owned()),
    };
    drivers.driver(&cfg).expect("driver")
}

fn by_id(sources: &[xspace::platform::RemoteSource], id: &str) -> xspace::platform::RemoteSource {
    sources
        .iter()
        .find(|s| s.external_id == id)
        .cloned()
        .unwrap_or_else(|| panic!("{id} not listed"))
}

#[tokio::test]
async fn password_auth_lists_every_page_and_maps_properties() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("pw").await;
    let glance = cloud.glance_as(&account).await;
    let win = glance
        .create(
            "win10",
            json!({"hw_firmware_type": "uefi", "hw_video_model": "VirtIO", "os_type": "windows", "os_distro": "win10"}),
        )
        .await;
    glance.upload(&win, qcow2()).await;
    let old = glance
        .create("old", json!({"hw_firmware_type": "bios", "hw_video_model": "cirrus"}))
        .await;
    let bare = glance.create("bare", json!({})).await;
    let odd = glance.create("odd", json!({"hw_firmware_type": "coreboot"})).await;
    let drivers = drivers(2);
    let drv = driver(&drivers, &cloud.glance, &cloud.password_secret(&account));
    let sources = drv.list_sources().await.expect("list");
    assert_eq!(sources.len(), 4, "4 images over 2 pages: {sources:?}");
    let w = by_id(&sources, &win);
    assert_eq!(
        (w.boot_mode, w.video_model.as_deref()),
        (Some(BootMode::Uefi), Some("virtio"))
    );
    assert_eq!(
        (w.os_type.as_deref(), w.os_distro.as_deref()),
        (Some("windows"), Some("win10"))
    );
    assert_eq!(w.status, "active");
    assert!(w.size_bytes.is_some_and(|s| s > 0));
    assert_eq!(w.project.as_deref(), Some(account.project_id.as_str()));
    let o = by_id(&sources, &old);
    assert_eq!(
        (o.boot_mode, o.video_model.as_deref(), o.status.as_str()),
        (Some(BootMode::Bios), Some("cirrus"), "queued")
    );
    let b = by_id(&sources, &bare);
    assert_eq!((b.boot_mode, b.video_model, b.size_bytes), (None, None, None));
    assert_eq!(
        by_id(&sources, &odd).boot_mode,
        None,
        "an unknown firmware is not guessed"
    );
    assert_eq!(drv.get_source(&win).await.expect("get"), Some(w));
    assert_eq!(
        drv.get_source("00000000-0000-0000-0000-000000000000")
            .await
            .expect("get"),
        None
    );
}

#[tokio::test]
async fn application_credential_auth() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("ac").await;
    let image = cloud
        .glance_as(&account)
        .await
        .create("ubuntu", json!({"os_distro": "ubuntu"}))
        .await;
    let (id, secret) = cloud.app_credential(&account).await;
    let secret = json!({"auth_url": cloud.keystone, "application_credential_id": id,
        "application_credential_secret": secret})
    .to_string();
    let drv = driver(&drivers(200), &cloud.glance, &secret);
    let sources = drv.list_sources().await.expect("list");
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].external_id, image);
    assert_eq!(sources[0].os_distro.as_deref(), Some("ubuntu"));
}

#[tokio::test]
async fn glance_and_nova_are_found_in_the_catalogue_by_interface_and_region() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("cat").await;
    let image = cloud.glance_as(&account).await.create("cat", json!({})).await;
    let drivers = drivers(200);
    let with = |extra: serde_json::Value| {
        let mut secret: serde_json::Value = serde_json::from_str(&cloud.password_secret(&account)).expect("json");
        if let (Some(s), Some(e)) = (secret.as_object_mut(), extra.as_object()) {
            s.extend(e.clone());
        }
        // The endpoint is Keystone's: Glance comes from the catalogue.
        driver(&drivers, &cloud.keystone, &secret.to_string())
    };
    let found = with(json!({"region": "RegionOne"})).list_sources().await.expect("list");
    assert_eq!(
        found.iter().map(|s| s.external_id.clone()).collect::<Vec<_>>(),
        vec![image.clone()]
    );
    let internal = with(json!({"interface": "internal"}))
        .list_sources()
        .await
        .expect("internal");
    assert_eq!(internal.len(), 1);
    // The admin interface and RegionTwo point at ports nothing listens on.
    for extra in [
        json!({"interface": "admin", "region": "RegionOne"}),
        json!({"region": "RegionTwo"}),
    ] {
        let error = with(extra.clone()).list_sources().await.expect_err("dead endpoint");
        assert!(
            matches!(&error, PlatformError::Unavailable(m) if m.contains("could not be reached")),
            "{extra}: {error}"
        );
    }
    let error = with(json!({"region": "Atlantis"}))
        .list_sources()
        .await
        .expect_err("no region");
    assert!(error.to_string().contains("no image endpoint"), "{error}");
    // Nova's endpoint is in the catalogue too.
    assert!(with(json!({})).list_vms().await.expect("vms").is_empty());
}

#[tokio::test]
async fn a_revoked_token_is_replaced_and_work_goes_on() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("rev").await;
    let image = cloud
        .glance_as(&account)
        .await
        .create("x", json!({"hw_video_model": "cirrus"}))
        .await;
    let drivers = drivers(200);
    let drv = driver(&drivers, &cloud.glance, &cloud.password_secret(&account));
    assert_eq!(drv.list_sources().await.expect("list").len(), 1);
    cloud.revoke_tokens(&account).await;
    // The cached token is now refused with 401: the driver gets a new one and carries on.
    assert_eq!(drv.list_sources().await.expect("after revocation").len(), 1);
    cloud.revoke_tokens(&account).await;
    drv.set_video_model(&image, "virtio")
        .await
        .expect("patch after revocation");
}

#[tokio::test]
async fn a_wrong_password_is_invalid_and_never_quoted() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("bad").await;
    let wrong = unique("Wrong-Pass");
    let secret = json!({"auth_url": cloud.keystone, "username": account.username, "password": wrong,
        "project_name": account.project_name})
    .to_string();
    let error = driver(&drivers(200), &cloud.glance, &secret)
        .list_sources()
        .await
        .expect_err("refused");
    assert!(
        matches!(&error, PlatformError::Invalid(m) if m.contains("authentication failed")),
        "{error}"
    );
    assert!(!format!("{error} {error:?}").contains(&wrong));
}

#[tokio::test]
async fn boot_mode_and_video_model_are_written_to_glance_and_re_read() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("wb").await;
    let glance = cloud.glance_as(&account).await;
    let image = glance.create("cirrus", json!({"hw_video_model": "cirrus"})).await;
    let drv = driver(&drivers(200), &cloud.glance, &cloud.password_secret(&account));
    drv.set_video_model(&image, "VIRTIO").await.expect("video");
    drv.set_boot_mode(&image, BootMode::Uefi).await.expect("add firmware");
    let raw = glance.get(&image).await;
    assert_eq!(
        (raw["hw_video_model"].as_str(), raw["hw_firmware_type"].as_str()),
        (Some("virtio"), Some("uefi"))
    );
    drv.set_boot_mode(&image, BootMode::Bios)
        .await
        .expect("replace firmware");
    assert_eq!(glance.get(&image).await["hw_firmware_type"], "bios");
    let missing = drv
        .set_video_model("00000000-0000-0000-0000-000000000000", "virtio")
        .await;
    assert!(matches!(missing, Err(PlatformError::NotFound(_))), "{missing:?}");
}

#[tokio::test]
async fn nova_servers_are_created_listed_and_deleted() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("nova").await;
    let glance = cloud.glance_as(&account).await;
    let uefi = glance.create("uefi", json!({"hw_firmware_type": "uefi"})).await;
    glance.upload(&uefi, qcow2()).await;
    let drv = driver(&drivers(200), &cloud.glance, &cloud.password_secret(&account));
    let new = |name: &str, mode| NewVm {
        name: name.to_owned(),
        source_external_id: uefi.clone(),
        boot_mode: mode,
        video_model: None,
        project: Some(account.project_id.clone()),
        placement: xspace::platform::Placement::default(),
    };
    let vm = drv.create_vm(&new("alice-pc", BootMode::Uefi)).await.expect("create");
    assert_eq!(vm.project.as_deref(), Some(account.project_id.as_str()));
    let mismatch = drv.create_vm(&new("bob-pc", BootMode::Bios)).await;
    assert!(matches!(mismatch, Err(PlatformError::Invalid(_))), "{mismatch:?}");
    let vms = drv.list_vms().await.expect("list");
    assert_eq!(vms.len(), 1);
    assert_eq!(vms[0].external_id, vm.external_id);
    assert_eq!(vms[0].name, "alice-pc");
    assert_eq!(vms[0].source_external_id.as_deref(), Some(uefi.as_str()));
    assert_eq!(vms[0].boot_mode, Some(BootMode::Uefi));
    drv.delete_vm(&vm.external_id).await.expect("delete");
    drv.delete_vm(&vm.external_id).await.expect("deleting twice is fine");
    assert!(drv.list_vms().await.expect("list").is_empty());
    // A desktop in another project the user belongs to: the driver scopes a token to it.
    let other = cloud.account("nova-other").await;
    cloud.grant(&account.user_id, &other.project_id, "member").await;
    // Nova reads the image as the server's project: it must see it (a shared image, accepted).
    glance.share(&uefi, &other.project_id).await;
    cloud.glance_as(&other).await.accept(&uefi, &other.project_id).await;
    let elsewhere = drv
        .create_vm(&NewVm {
            project: Some(other.project_id.clone()),
            ..new("dave-pc", BootMode::Uefi)
        })
        .await
        .expect("create in another project");
    assert_eq!(elsewhere.project.as_deref(), Some(other.project_id.as_str()));
    let token = cloud.token(&other.username, &other.password, &other.project_id).await;
    let listed: serde_json::Value = crate::cloud::http()
        .get(format!("{}/servers/detail", cloud.nova))
        .header("X-Auth-Token", token)
        .send()
        .await
        .expect("nova")
        .json()
        .await
        .expect("json");
    assert_eq!(
        listed["servers"][0]["id"].as_str(),
        Some(elsewhere.external_id.as_str()),
        "{listed}"
    );
    assert_eq!(
        listed["servers"][0]["tenant_id"].as_str(),
        Some(other.project_id.as_str())
    );
    // A queued image cannot boot: Nova's 400 comes back as a clear error.
    let queued = glance.create("queued", json!({})).await;
    let refused = drv
        .create_vm(&NewVm {
            source_external_id: queued,
            boot_mode: BootMode::Bios,
            ..new("carol-pc", BootMode::Bios)
        })
        .await;
    assert!(
        matches!(&refused, Err(PlatformError::Invalid(m)) if m.contains("not active")),
        "{refused:?}"
    );
}

#[tokio::test]
async fn a_listing_cut_short_is_an_error_never_a_partial_list() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("cut").await;
    cloud.glance_as(&account).await.create_many("img", 5, json!({})).await;
    let proxy = Proxy::start(&cloud.glance).await;
    let drv = driver(&drivers(2), &proxy.url, &cloud.password_secret(&account));
    assert_eq!(drv.list_sources().await.expect("list").len(), 5);
    assert_eq!(proxy.requests(), 3, "5 images in pages of 2");
    proxy.set(Fault::ServerErrorAfterFirstPage);
    let error = drv.list_sources().await.expect_err("cut short");
    assert!(
        matches!(&error, PlatformError::Unavailable(m) if m.contains("500")),
        "{error}"
    );
    proxy.set(Fault::MalformedAfterFirstPage);
    let error = drv.list_sources().await.expect_err("malformed");
    assert!(
        matches!(&error, PlatformError::Unavailable(m) if m.contains("malformed")),
        "{error}"
    );
    // A transient 503 is retried with backoff.
    proxy.set(Fault::UnavailableOnce);
    assert_eq!(drv.list_sources().await.expect("after one 503").len(), 5);
}

#[tokio::test]
async fn a_silent_glance_times_out_within_the_bound() {
    // Accepts connections and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let drivers = Drivers::new(DriverOptions {
        timeout: Duration::from_millis(500),
        ..DriverOptions::default()
    })
    .expect("drivers");
    let drv = driver(&drivers, &url, r#"{"noauth": {"project": "p"}}"#);
    let started = Instant::now();
    let error = drv.list_sources().await.expect_err("timeout");
    assert!(
        matches!(&error, PlatformError::Unavailable(m) if m.contains("did not answer within")),
        "{error}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "3 attempts and backoff: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn a_glance_without_keystone_is_reached_with_identity_headers() {
    let Some(cloud) = cloud() else { return };
    let project = uuid::Uuid::new_v4().simple().to_string();
    let glance = Glance::noauth(&cloud.glance_noauth, &project);
    let image = glance
        .create("noauth", json!({"hw_video_model": "qxl", "hw_firmware_type": "uefi"}))
        .await;
    let secret = json!({"noauth": {"project": project, "roles": ["member", "reader"]}}).to_string();
    let drv = driver(&drivers(200), &cloud.glance_noauth, &secret);
    let sources = drv.list_sources().await.expect("list");
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].video_model.as_deref(), Some("qxl"));
    assert_eq!(sources[0].project.as_deref(), Some(project.as_str()));
    drv.set_video_model(&image, "virtio").await.expect("patch");
    assert_eq!(glance.get(&image).await["hw_video_model"], "virtio");
    let vms = drv.list_vms().await.expect_err("no nova");
    assert!(vms.to_string().contains("no compute endpoint"), "{vms}");
    // The same identity sent to a Glance that validates tokens is refused clearly.
    let error = driver(&drivers(200), &cloud.glance, &secret)
        .list_sources()
        .await
        .expect_err("401");
    assert!(
        matches!(&error, PlatformError::Invalid(m) if m.contains("authentication failed")),
        "{error}"
    );
}
