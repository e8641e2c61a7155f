//! Syncs through the real `xspace` binary, against the real Keystone and Glance.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::app::App;
use crate::cloud::{Glance, cloud, qcow2, unique};
use crate::proxy::{Fault, Proxy};

/// What image `i` of the 500 carries, and what xspace must show for it.
fn props(i: usize) -> (Value, Option<&'static str>, Option<&'static str>) {
    match i % 5 {
        0 => (
            json!({"hw_firmware_type": "uefi", "hw_video_model": "virtio", "os_type": "windows"}),
            Some("UEFI"),
            Some("VIRTIO"),
        ),
        1 => (
            json!({"hw_firmware_type": "bios", "hw_video_model": "cirrus", "os_distro": "centos"}),
            Some("BIOS"),
            Some("CIRRUS"),
        ),
        2 => (json!({}), None, None),
        3 => (
            json!({"hw_firmware_type": "uefi", "hw_video_model": "vga"}),
            Some("UEFI"),
            Some("VGA"),
        ),
        _ => (
            json!({"hw_firmware_type": "bios", "hw_video_model": "virtio"}),
            Some("BIOS"),
            Some("VIRTIO"),
        ),
    }
}

fn assert_counts(run: &Value, status: &str, added: i64, updated: i64, removed: i64) {
    assert_eq!(
        (
            run["status"].as_str(),
            run["added"].as_i64(),
            run["updated"].as_i64(),
            run["removed"].as_i64()
        ),
        (Some(status), Some(added), Some(updated), Some(removed)),
        "{run}"
    );
}

#[tokio::test]
async fn five_hundred_images_sync_and_stay_in_step_with_glance() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("bulk").await;
    let glance = cloud.glance_as(&account).await;
    let mut ids: HashMap<String, usize> = HashMap::new();
    for i in 0..5 {
        let created = glance.create_many(&format!("g{i}"), 100, props(i).0).await;
        ids.extend(created.into_iter().map(|id| (id, i)));
    }
    let active = ids
        .iter()
        .find(|(_, i)| **i == 0)
        .map(|(id, _)| id.clone())
        .expect("one");
    glance.upload(&active, qcow2()).await;

    let app = App::start(&[]).await;
    let platform = app
        .platform(&cloud.glance, &cloud.password_secret(&account), json!([]))
        .await;
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 500, 0, 0);
    let images = app.images(&platform).await;
    assert_eq!(images.len(), 500);
    for (id, kind) in &ids {
        let image = &images[id];
        let (_, boot, video) = props(*kind);
        assert_eq!(image["bootMode"].as_str(), boot, "{image}");
        assert_eq!(image["videoModel"].as_str(), video, "{image}");
        assert_eq!(image["scope"], "SYSTEM");
        let ready = *id == active;
        assert_eq!(
            image["readiness"]["ready"], ready,
            "only the uploaded uefi/virtio one is ready: {image}"
        );
        assert_eq!(image["status"], if ready { "active" } else { "queued" });
    }
    assert_eq!(
        images[&active]["osType"], "windows",
        "Glance's os_type seeds the preset"
    );
    assert!(images[&active]["sizeBytes"].as_i64().is_some_and(|s| s > 0));

    // Running the same sync twice changes nothing.
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 0, 0, 0);

    // Business fields set in xspace survive a property change in Glance.
    let (cirrus, _) = ids.iter().find(|(_, i)| **i == 1).expect("cirrus");
    let cirrus = cirrus.clone();
    let node = images[&cirrus]["id"].clone();
    app.data(
        "mutation($i: SetOsInfoInput!) { setOsInfo(input: $i) { id } }",
        json!({"i": {"id": node, "osType": "linux", "osDistro": "rocky"}}),
    )
    .await;
    app.data(
        "mutation($i: SetOsCredentialsInput!) { setOsCredentials(input: $i) { id } }",
        json!({"i": {"id": node, "username": "root", "password": "Os-pass-1"}}),
    )
    .await;
    glance
        .patch(
            &cirrus,
            json!([{"op": "replace", "path": "/hw_firmware_type", "value": "uefi"}]),
        )
        .await;
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 0, 1, 0);
    let after = &app.images(&platform).await[&cirrus];
    assert_eq!(after["bootMode"], "UEFI");
    assert_eq!(
        (after["osType"].as_str(), after["osDistro"].as_str()),
        (Some("linux"), Some("rocky"))
    );
    assert_eq!(
        (after["osUsername"].as_str(), after["hasOsPassword"].as_bool()),
        (Some("root"), Some(true))
    );

    // setVideoModel(VIRTIO) on a cirrus image changes Glance itself.
    let changed = app
        .data(
            "mutation($i: SetVideoModelInput!) { setVideoModel(input: $i) { videoModel } }",
            json!({"i": {"id": node, "videoModel": "VIRTIO"}}),
        )
        .await;
    assert_eq!(changed["setVideoModel"]["videoModel"], "VIRTIO");
    assert_eq!(glance.get(&cirrus).await["hw_video_model"], "virtio");

    // A token revoked between syncs: the driver authenticates again.
    cloud.revoke_tokens(&account).await;
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 0, 0, 0);
    let glance = cloud.glance_as(&account).await;

    // An image deleted in Glance is marked removed, not deleted.
    let (gone, _) = ids.iter().find(|(id, i)| **i == 2 && **id != cirrus).expect("gone");
    glance.delete(gone).await;
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 0, 0, 1);
    assert_eq!(app.images(&platform).await[gone]["removedFromPlatform"], true);

    // A Glance answering 500 after the first page (of 200): FAILED, nothing removed or changed.
    let proxy = Proxy::start(&cloud.glance).await;
    let proxied = app
        .platform(&proxy.url, &cloud.password_secret(&account), json!([]))
        .await;
    assert_counts(&app.sync(&proxied).await, "SUCCEEDED", 499, 0, 0);
    proxy.set(Fault::ServerErrorAfterFirstPage);
    let failed = app.sync(&proxied).await;
    assert_counts(&failed, "FAILED", 0, 0, 0);
    assert!(failed["error"].as_str().is_some_and(|e| e.contains("500")), "{failed}");
    assert_eq!(app.available(&proxied).await, Some(false));
    let kept = app.images(&proxied).await;
    assert_eq!(kept.len(), 499);
    assert!(kept.values().all(|i| i["removedFromPlatform"] == false));
    proxy.set(Fault::MalformedAfterFirstPage);
    let malformed = app.sync(&proxied).await;
    assert_counts(&malformed, "FAILED", 0, 0, 0);
    assert!(
        malformed["error"].as_str().is_some_and(|e| e.contains("malformed")),
        "{malformed}"
    );
    proxy.set(Fault::None);
    assert_counts(&app.sync(&proxied).await, "SUCCEEDED", 0, 0, 0);
    assert_eq!(app.available(&proxied).await, Some(true));
}

#[tokio::test]
async fn a_wrong_password_fails_the_sync_without_quoting_it() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("wrong").await;
    let app = App::start(&[("RUST_LOG", "debug")]).await;
    let wrong = unique("Wrong-Pass");
    let secret = json!({"auth_url": cloud.keystone, "username": account.username, "password": wrong,
        "project_name": account.project_name, "user_domain_name": "Default", "project_domain_name": "Default"})
    .to_string();
    let platform = app.platform(&cloud.glance, &secret, json!([])).await;
    let run = app.sync(&platform).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    let error = run["error"].as_str().expect("error");
    assert!(error.contains("authentication failed"), "{error}");
    assert!(!run.to_string().contains(&wrong));
    assert_eq!(app.available(&platform).await, Some(false));
    assert!(!app.log().contains(&wrong), "the password reached the log");
}

#[tokio::test]
async fn glance_stopped_mid_way_fails_the_sync_and_loses_nothing() {
    let Some(cloud) = cloud() else { return };
    let account = cloud.account("stop").await;
    let name = unique("glance-stop");
    let url = cloud.extra_glance(&name).await;
    let glance = cloud.glance_as(&account).await.at(&url);
    glance.create_many("s", 3, json!({"hw_video_model": "virtio"})).await;
    let app = App::start(&[("XSPACE_PLATFORM_TIMEOUT_SECONDS", "5")]).await;
    let platform = app.platform(&url, &cloud.password_secret(&account), json!([])).await;
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 3, 0, 0);
    cloud.glance_power(&name, false).await;
    let failed = app.sync(&platform).await;
    assert_counts(&failed, "FAILED", 0, 0, 0);
    assert!(
        failed["error"]
            .as_str()
            .is_some_and(|e| e.contains("could not be reached")),
        "{failed}"
    );
    assert_eq!(app.available(&platform).await, Some(false));
    let kept = app.images(&platform).await;
    assert_eq!(kept.len(), 3);
    assert!(kept.values().all(|i| i["removedFromPlatform"] == false));
    cloud.glance_power(&name, true).await;
    assert_counts(&app.sync(&platform).await, "SUCCEEDED", 0, 0, 0);
    assert_eq!(app.available(&platform).await, Some(true));
}

#[tokio::test]
async fn owner_projects_map_to_tenants_with_an_application_credential() {
    let Some(cloud) = cloud() else { return };
    let operator = cloud.account("ops").await;
    let acme = cloud.account("acme").await;
    let system = cloud
        .glance_as(&operator)
        .await
        .create("golden", json!({"hw_video_model": "virtio"}))
        .await;
    let acme_glance = cloud.glance_as(&acme).await;
    let custom = acme_glance
        .create("acme-win", json!({"hw_video_model": "virtio"}))
        .await;
    acme_glance.share(&custom, &operator.project_id).await;
    cloud
        .glance_as(&operator)
        .await
        .accept(&custom, &operator.project_id)
        .await;
    let (id, secret) = cloud.app_credential(&operator).await;
    let secret = json!({"auth_url": cloud.keystone, "application_credential_id": id,
        "application_credential_secret": secret})
    .to_string();
    let app = App::start(&[]).await;
    app.tenant("acme").await;
    let mapping = json!([{"project": acme.project_id, "tenant": "acme"}]);
    let platform = app.platform(&cloud.glance, &secret, mapping).await;
    let run = app.sync(&platform).await;
    assert_counts(&run, "SUCCEEDED", 2, 0, 0);
    let images = app.images(&platform).await;
    assert_eq!(images[&system]["scope"], "SYSTEM");
    assert_eq!(images[&custom]["scope"], "CUSTOM");
    assert_eq!(images[&custom]["tenant"]["slug"], "acme");
    let vdi = app
        .data("{ vdiImages(first: 100) { edges { node { externalId } } } }", json!({}))
        .await;
    let listed: Vec<&str> = vdi["vdiImages"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .filter_map(|e| e["node"]["externalId"].as_str())
        .collect();
    assert!(
        listed.contains(&system.as_str()) && !listed.contains(&custom.as_str()),
        "{listed:?}"
    );
}

#[tokio::test]
async fn a_glance_without_keystone_syncs_and_notes_that_vms_were_skipped() {
    let Some(cloud) = cloud() else { return };
    let project = uuid::Uuid::new_v4().simple().to_string();
    let glance = Glance::noauth(&cloud.glance_noauth, &project);
    let image = glance
        .create("plain", json!({"hw_video_model": "cirrus", "hw_firmware_type": "bios"}))
        .await;
    let app = App::start(&[]).await;
    let secret = json!({"noauth": {"project": project, "roles": ["member", "reader"]}}).to_string();
    let platform = app.platform(&cloud.glance_noauth, &secret, json!([])).await;
    let run = app.sync(&platform).await;
    assert_counts(&run, "SUCCEEDED", 1, 0, 0);
    assert!(run["notes"].to_string().contains("no compute endpoint"), "{run}");
    let node = app.images(&platform).await[&image]["id"].clone();
    app.data(
        "mutation($i: SetVideoModelInput!) { setVideoModel(input: $i) { videoModel } }",
        json!({"i": {"id": node, "videoModel": "VIRTIO"}}),
    )
    .await;
    assert_eq!(glance.get(&image).await["hw_video_model"], "virtio");
}
