//! R7 boot mode, R8 video model, R9 OS info, R11 credentials, and `expectedVersion`.

use serde_json::{Value, json};

use support::fragments as f;
use support::harness::{Backend, error_message, expect_code, unique};
use support::inventory::{self, find};
use support::world::{Session, World, problem_codes, strings};

fn version(s: &Value) -> i64 {
    s["version"].as_i64().unwrap_or_else(|| panic!("no version in {s}"))
}

/// R7 on a kind whose boot mode is editable: pushed to the platform, re-read, survives a sync.
async fn boot_mode_is_pushed_to_platform(kind: &str) {
    let w = World::new().await;
    let p = w.standard_platform(kind, "").await;
    for (who, name) in [(&w.ops, "sys-uefi-virtio"), (&w.acme.admin, "acme-uefi-virtio")] {
        let id = w.source_id(&p, name).await;
        let before = w.node(&w.ops, &id).await;
        let after = w
            .mutate_ok(who, "setBootMode", json!({ "id": id, "bootMode": "BIOS" }))
            .await;
        assert_eq!(after["bootMode"], "BIOS", "{kind} {name}: {after}");
        assert!(
            version(&after) > version(&before),
            "a boot mode change bumps the version"
        );
        assert_eq!(
            find(&p.read(), kind, name)["bootMode"],
            "bios",
            "{kind}: the platform was not changed"
        );
        let back = w
            .mutate_ok(who, "setBootMode", json!({ "id": id, "bootMode": "UEFI" }))
            .await;
        assert_eq!(back["bootMode"], "UEFI");
        assert_eq!(find(&p.read(), kind, name)["bootMode"], "uefi");
    }
    // What the service stored agrees with the platform: a sync has nothing to update.
    let run = w.sync(&p.id).await;
    assert_eq!(
        (run["added"].as_i64(), run["updated"].as_i64(), run["removed"].as_i64()),
        (Some(0), Some(0), Some(0)),
        "{run}"
    );
    // A platform-side change is re-read on sync.
    let id = w.source_id(&p, "sys-noboot").await;
    let set = w
        .mutate_ok(&w.ops, "setBootMode", json!({ "id": id, "bootMode": "UEFI" }))
        .await;
    assert_eq!(set["bootMode"], "UEFI");
    assert!(!problem_codes(&set).contains(&"BOOT_MODE_UNKNOWN".to_owned()), "{set}");
}

#[tokio::test]
async fn r7_set_boot_mode_openstack() {
    boot_mode_is_pushed_to_platform("OPENSTACK").await;
}

#[tokio::test]
async fn r7_set_boot_mode_wxstack_template() {
    boot_mode_is_pushed_to_platform("WXSTACK").await;
}

#[tokio::test]
async fn r7_zstack_boot_mode_not_editable_names_workaround() {
    let w = World::new().await;
    let p = w.standard_platform("ZSTACK", "").await;
    let before_file = p.read();
    for (who, name) in [(&w.ops, "sys-uefi-virtio"), (&w.acme.admin, "acme-uefi-virtio")] {
        let id = w.source_id(&p, name).await;
        let before = w.node(&w.ops, &id).await;
        let resp = w
            .mutate(who, "setBootMode", json!({ "id": id, "bootMode": "BIOS" }))
            .await;
        expect_code(&resp, "BOOT_MODE_NOT_EDITABLE");
        let msg = error_message(&resp);
        assert!(
            msg.contains("VM") && msg.to_lowercase().contains("image"),
            "the message must name the workaround: {msg}"
        );
        assert_eq!(
            w.node(&w.ops, &id).await,
            before,
            "a refused boot mode change changed the source"
        );
    }
    assert_eq!(p.read(), before_file, "the platform was changed");
    // Nor is the video model: ZStack's video card is a VM's (or cluster's) vm.videoType, not an
    // image field; the refusal names the copy.
    let id = w.source_id(&p, "sys-bios-cirrus").await;
    let resp = w
        .mutate(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "VIRTIO" }))
        .await;
    expect_code(&resp, "VIDEO_MODEL_NOT_EDITABLE");
    assert!(error_message(&resp).contains("copyWithBootMode"), "{resp}");
    assert_eq!(p.read(), before_file, "the platform was changed");
}

/// R8: switching a cirrus source to virtio makes it ready, on the platform too.
async fn video_model_switch_makes_ready(kind: &str) {
    let w = World::new().await;
    let p = w.standard_platform(kind, "").await;
    for (who, name) in [(&w.ops, "sys-bios-cirrus"), (&w.acme.admin, "acme-bios-cirrus")] {
        let id = w.source_id(&p, name).await;
        let before = w.node(&w.ops, &id).await;
        assert_eq!(before["readiness"]["ready"], false);
        let s = w
            .mutate_ok(who, "setVideoModel", json!({ "id": id, "videoModel": "VIRTIO" }))
            .await;
        assert_eq!(s["videoModel"], "VIRTIO", "{kind} {name}: {s}");
        assert_eq!(
            s["readiness"],
            json!({ "ready": true, "problems": [] }),
            "{kind} {name}"
        );
        assert!(version(&s) > version(&before));
        assert_eq!(
            find(&p.read(), kind, name)["videoModel"],
            "virtio",
            "{kind}: the platform was not changed"
        );
    }
    let vdi = inventory::vdi_field(kind);
    assert!(
        w.list_names(&w.ops, vdi, json!({ "ready": true }))
            .await
            .contains(&"sys-bios-cirrus".to_owned())
    );
    let run = w.sync(&p.id).await;
    assert_eq!(run["updated"], 0, "{run}");
    // Other models can be set too (and make it not ready again).
    let id = w.source_id(&p, "sys-uefi-virtio").await;
    let s = w
        .mutate_ok(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "QXL" }))
        .await;
    assert_eq!(s["videoModel"], "QXL");
    assert_eq!(problem_codes(&s), strings(&["VIDEO_MODEL_NOT_VIRTIO"]));
    assert_eq!(find(&p.read(), kind, "sys-uefi-virtio")["videoModel"], "qxl");
}

#[tokio::test]
async fn r8_set_video_model_virtio_openstack() {
    video_model_switch_makes_ready("OPENSTACK").await;
}

#[tokio::test]
async fn r7_r8_unavailable_platform_changes_nothing() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "WXSTACK"] {
        let p = w.standard_platform(kind, "").await;
        let id = w.source_id(&p, "sys-bios-cirrus").await;
        let before = w.node(&w.ops, &id).await;
        let mut inv = p.read();
        inv["fail"] = json!("platform is down");
        p.write(&inv);
        expect_code(
            &w.mutate(&w.ops, "setBootMode", json!({ "id": id, "bootMode": "UEFI" }))
                .await,
            "PLATFORM_UNAVAILABLE",
        );
        expect_code(
            &w.mutate(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "VIRTIO" }))
                .await,
            "PLATFORM_UNAVAILABLE",
        );
        assert_eq!(
            w.node(&w.ops, &id).await,
            before,
            "{kind}: a failed platform call changed the source"
        );
        let now = p.read();
        assert_eq!(find(&now, kind, "sys-bios-cirrus"), find(&inv, kind, "sys-bios-cirrus"));
    }
}

/// R9 and R11 for one editor on one source: OS info and credentials, visible to the editor only.
async fn edit_business_fields(w: &World, editor: &Session, id: &str, reader_without_rights: &Session) {
    let s = w
        .mutate_ok(
            editor,
            "setOsInfo",
            json!({ "id": id, "osType": "linux", "osDistro": "ubuntu" }),
        )
        .await;
    assert_eq!(
        (s["osType"].as_str(), s["osDistro"].as_str()),
        (Some("linux"), Some("ubuntu"))
    );
    let password = unique("S3cret");
    let s = w
        .mutate_ok(
            editor,
            "setOsCredentials",
            json!({ "id": id, "username": "desk-admin", "password": password }),
        )
        .await;
    assert_eq!(
        (s["osUsername"].as_str(), s["hasOsPassword"].as_bool()),
        (Some("desk-admin"), Some(true)),
        "{s}"
    );
    let seen = w.node(editor, id).await;
    assert_eq!(
        (seen["osUsername"].as_str(), seen["hasOsPassword"].as_bool()),
        (Some("desk-admin"), Some(true)),
        "{seen}"
    );
    assert_eq!(seen["osType"], "linux");
    // Somebody who may read but not edit sees OS info, never credential fields.
    let other = w.node(reader_without_rights, id).await;
    assert_eq!(other["id"], id, "the other reader may read this source");
    assert_eq!(other["osDistro"], "ubuntu");
    assert!(
        other["osUsername"].is_null() && other["hasOsPassword"].is_null(),
        "R11: credential fields leaked: {other}"
    );
    // Clearing.
    let s = w.mutate_ok(editor, "clearOsCredentials", json!({ "id": id })).await;
    assert!(s["osUsername"].is_null(), "{s}");
    assert_eq!(s["hasOsPassword"], false, "{s}");
    w.app.assert_secret_nowhere(&password);
}

#[tokio::test]
async fn r9_r11_system_admin_edits_system_sources() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "SMARTX"] {
        let p = w.standard_platform(kind, "").await;
        let id = w.source_id(&p, "sys-uefi-virtio").await;
        edit_business_fields(&w, &w.ops, &id, &w.acme.admin).await;
    }
}

#[tokio::test]
async fn r9_r11_tenant_admin_edits_own_custom_sources() {
    let w = World::new().await;
    for kind in ["ZSTACK", "WXSTACK"] {
        let p = w.standard_platform(kind, "").await;
        let id = w.source_id(&p, "acme-uefi-virtio").await;
        edit_business_fields(&w, &w.acme.admin, &id, &w.ops).await;
    }
}

#[tokio::test]
async fn r11_password_never_returned_logged_or_stored_plain() {
    let w = World::new().await;
    let img = w.standard_platform("OPENSTACK", "").await;
    let tpl = w.standard_platform("SMARTX", "").await;
    let sys_id = w.source_id(&img, "sys-uefi-virtio").await;
    let custom_id = w.source_id(&tpl, "acme-uefi-virtio").await;
    let pw1 = unique("S3cret");
    let pw2 = unique("S3cret");
    w.mutate_ok(
        &w.ops,
        "setOsCredentials",
        json!({ "id": sys_id, "username": "administrator", "password": pw1 }),
    )
    .await;
    w.mutate_ok(
        &w.acme.admin,
        "setOsCredentials",
        json!({ "id": custom_id, "username": "root", "password": pw2 }),
    )
    .await;
    // A stale write with the password must not echo it either.
    let stale = w
        .mutate(
            &w.ops,
            "setOsCredentials",
            json!({ "id": sys_id, "username": "x", "password": pw1, "expectedVersion": 0 }),
        )
        .await;
    expect_code(&stale, "CONFLICT");
    // Read every field through every path, as every role.
    for who in [&w.ops, &w.acme.admin, &w.acme.user, &w.globex.admin] {
        for field in ["vdiImages", "vdiTemplates", "customImages", "customTemplates"] {
            w.list_raw(
                who,
                field,
                json!({ "first": 100, "filter": { "includeRemoved": true } }),
            )
            .await;
        }
        for id in [&sys_id, &custom_id] {
            w.app.call(who, &f::node_source(), json!({ "id": id })).await;
        }
    }
    w.app
        .call(
            &w.ops,
            &f::platform_sources_query("images"),
            json!({ "id": img.id, "first": 100 }),
        )
        .await;
    w.app
        .call(
            &w.ops,
            &f::platform_sources_query("templates"),
            json!({ "id": tpl.id, "first": 100 }),
        )
        .await;
    w.sync(&img.id).await;
    w.sync(&tpl.id).await;
    assert!(
        w.app.transcript().contains("administrator"),
        "the transcript should hold the (visible) username"
    );
    for pw in [&pw1, &pw2] {
        w.app.assert_secret_nowhere(pw);
    }
    if w.app.backend == Backend::Sqlite {
        assert!(
            !w.app.database_bytes().is_empty(),
            "SQLite files not found; the leak check would be empty"
        );
    }
}

#[tokio::test]
async fn expected_version_guards_edits() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "WXSTACK"] {
        let p = w.standard_platform(kind, "").await;
        let id = w.source_id(&p, "sys-uefi-virtio").await;
        let v0 = version(&w.node(&w.ops, &id).await);
        let s = w
            .mutate_ok(
                &w.ops,
                "setOsInfo",
                json!({ "id": id, "osType": "windows", "osDistro": "win11", "expectedVersion": v0 }),
            )
            .await;
        let v1 = version(&s);
        assert!(v1 > v0);
        // Stale: refused, nothing changes.
        let stale = w
            .mutate(
                &w.ops,
                "setOsInfo",
                json!({ "id": id, "osType": "linux", "expectedVersion": v0 }),
            )
            .await;
        expect_code(&stale, "CONFLICT");
        let stale = w
            .mutate(
                &w.ops,
                "setOsCredentials",
                json!({ "id": id, "username": "u", "password": "Some-Pass-123", "expectedVersion": v0 }),
            )
            .await;
        expect_code(&stale, "CONFLICT");
        let now = w.node(&w.ops, &id).await;
        assert_eq!(
            (now["osType"].as_str(), version(&now)),
            (Some("windows"), v1),
            "{kind}: a stale write changed something"
        );
        assert_eq!(now["hasOsPassword"], false);
        // Omitted: no check.
        let s = w
            .mutate_ok(
                &w.ops,
                "setOsCredentials",
                json!({ "id": id, "username": "u", "password": "Some-Pass-123" }),
            )
            .await;
        let v2 = version(&s);
        assert!(v2 > v1);
        // Every kind of change bumps it: clearing credentials, video model, a sync update.
        let v3 = version(&w.mutate_ok(&w.ops, "clearOsCredentials", json!({ "id": id })).await);
        assert!(v3 > v2);
        let v4 = version(
            &w.mutate_ok(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "CIRRUS" }))
                .await,
        );
        assert!(v4 > v3);
        let mut inv = p.read();
        inventory::find_mut(&mut inv, kind, "sys-uefi-virtio")["name"] = json!("renamed-on-platform");
        p.write(&inv);
        w.sync(&p.id).await;
        let v5 = version(&w.node(&w.ops, &id).await);
        assert!(v5 > v4, "{kind}: a sync update must bump the version");
        expect_code(
            &w.mutate(
                &w.ops,
                "setOsInfo",
                json!({ "id": id, "osType": "linux", "expectedVersion": v4 }),
            )
            .await,
            "CONFLICT",
        );
        let s = w
            .mutate_ok(
                &w.ops,
                "setOsInfo",
                json!({ "id": id, "osType": "linux", "expectedVersion": v5 }),
            )
            .await;
        assert_eq!(s["osType"], "linux");
    }
}

#[tokio::test]
async fn expected_version_concurrent_writers_one_wins() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    let id = w.source_id(&p, "sys-uefi-virtio").await;
    let v0 = version(&w.node(&w.ops, &id).await);
    let writes = (0..8).map(|i| {
        let input = json!({ "id": id, "osType": "linux", "osDistro": format!("distro-{i}"), "expectedVersion": v0 });
        w.mutate(&w.ops, "setOsInfo", input)
    });
    let results = futures::future::join_all(writes).await;
    let winners: Vec<&Value> = results.iter().filter(|r| r.get("errors").is_none()).collect();
    let conflicts = results
        .iter()
        .filter(|r| support::harness::error_code(r).as_deref() == Some("CONFLICT"))
        .count();
    assert_eq!(
        (winners.len(), conflicts),
        (1, 7),
        "one writer wins, the others get CONFLICT: {results:?}"
    );
    let now = w.node(&w.ops, &id).await;
    assert_eq!(
        now["osDistro"], winners[0]["data"]["setOsInfo"]["osDistro"],
        "the stored value is the winner's"
    );
    assert_eq!(version(&now), version(&winners[0]["data"]["setOsInfo"]));
}

#[tokio::test]
async fn r11_secrets_not_in_debug_logs() {
    let w = World::with_log("debug").await;
    let secret = unique("Plat-Secret");
    let file = w.app.path("inv.json");
    std::fs::write(
        &file,
        serde_json::to_vec(&inventory::standard("SMARTX", "")).expect("json"),
    )
    .expect("write");
    let vars = json!({ "i": { "name": "dbg", "kind": "SMARTX", "endpoint": format!("sim://{}", file.display()),
        "secret": secret, "projectTenants": support::world::standard_mapping() } });
    let id = w.app.data(&w.ops, f::ADD_PLATFORM, vars).await["addCloudPlatform"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    w.sync(&id).await;
    let d = w
        .app
        .data(
            &w.ops,
            &f::platform_sources_query("templates"),
            json!({ "id": id, "first": 100 }),
        )
        .await;
    let tpl = support::world::nodes(&d["node"]["templates"])
        .into_iter()
        .find(|n| n["name"] == "sys-uefi-virtio")
        .and_then(|n| n["id"].as_str().map(str::to_owned))
        .expect("sys-uefi-virtio");
    let password = unique("S3cret");
    w.mutate_ok(
        &w.ops,
        "setOsCredentials",
        json!({ "id": tpl, "username": "u", "password": password }),
    )
    .await;
    w.sync(&id).await;
    w.app.assert_secret_nowhere(&secret);
    w.app.assert_secret_nowhere(&password);
}
