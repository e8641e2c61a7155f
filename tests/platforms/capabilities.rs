//! R1: what a platform can do comes from its driver (asked at every sync), the operator's UEFI
//! setting over it; R6: a UEFI source on a platform without UEFI is not ready and no desktop is
//! made from it; R8 on a template platform (SmartX): the video card is set on a VM, so the
//! in-place change is refused and the copy runs; placement of new VMs is kept per platform and
//! per mapping.

use serde_json::{Value, json};

use support::harness::{data, error_code, error_message};
use support::inventory::{inventory, item};
use support::world::{SimPlatform, World, problem_codes, str_of};

const CAPABILITIES: &str = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { \
    capabilities { resourceModel bootModeEditable videoModelEditable bootModeCopy uefi } uefiSetting \
    placement { zone cluster instanceOffering network cpuCores memoryMib storagePolicy } \
    projectTenants { project tenant placement { cluster network } } } } }";

const UPDATE: &str = "mutation($i: UpdateCloudPlatformInput!) { updateCloudPlatform(input: $i) { id } }";

const CREATE_DESKTOP: &str = "mutation($i: CreateDesktopInput!) { createDesktop(input: $i) { id name bootMode } }";

async fn platform(w: &World, id: &str) -> Value {
    w.app.data(&w.ops, CAPABILITIES, json!({ "id": id })).await["node"].clone()
}

async fn update(w: &World, input: Value) -> Value {
    w.app.call(&w.ops, UPDATE, json!({ "i": input })).await
}

/// A platform of `kind` holding a UEFI and a BIOS source (both virtio), synced.
async fn uefi_and_bios(w: &World, kind: &str, uefi: bool) -> (SimPlatform, String, String) {
    let mut inv = inventory(
        kind,
        vec![
            item("u-1", "guest-uefi", Some("uefi"), Some("virtio"), None),
            item("b-1", "guest-bios", Some("bios"), Some("virtio"), None),
        ],
    );
    inv["uefi"] = json!(uefi);
    let p = w.sim_platform(kind, &inv).await;
    assert_eq!(w.sync(&p.id).await["status"], "SUCCEEDED");
    let u = w.source_id(&p, "guest-uefi").await;
    let b = w.source_id(&p, "guest-bios").await;
    (p, u, b)
}

#[tokio::test(flavor = "multi_thread")]
async fn r1_capabilities_are_the_drivers_answer_after_a_sync() {
    let w = World::new().await;
    for (kind, boot, video, copy) in [
        ("OPENSTACK", true, true, false),
        ("ZSTACK", false, false, true),
        ("SMARTX", false, false, true),
    ] {
        let (p, _, _) = uefi_and_bios(&w, kind, false).await;
        let caps = platform(&w, &p.id).await["capabilities"].clone();
        assert_eq!(
            (
                caps["bootModeEditable"].as_bool(),
                caps["videoModelEditable"].as_bool(),
                caps["bootModeCopy"].as_bool(),
                caps["uefi"].as_bool()
            ),
            (Some(boot), Some(video), Some(copy), Some(false)),
            "{kind}: {caps}"
        );
        // The platform gains UEFI: the next sync says so.
        let mut inv = p.read();
        inv["uefi"] = json!(true);
        p.write(&inv);
        assert_eq!(w.sync(&p.id).await["status"], "SUCCEEDED");
        assert_eq!(platform(&w, &p.id).await["capabilities"]["uefi"], true, "{kind}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn r6_a_uefi_source_on_a_platform_without_uefi_is_not_ready_and_makes_no_desktop() {
    let w = World::new().await;
    let (p, uefi_id, bios_id) = uefi_and_bios(&w, "OPENSTACK", false).await;
    let uefi = w.node(&w.ops, &uefi_id).await;
    assert_eq!(uefi["readiness"]["ready"], false, "{uefi}");
    assert_eq!(problem_codes(&uefi), vec!["UEFI_NOT_SUPPORTED".to_owned()]);
    let message = uefi["readiness"]["problems"][0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("Legacy"), "the seed's guidance: {message}");
    assert_eq!(w.node(&w.ops, &bios_id).await["readiness"]["ready"], true);

    let filter = json!({ "platformId": p.id });
    let ready = w
        .list_names(&w.ops, "vdiImages", json!({ "platformId": p.id, "ready": true }))
        .await;
    assert_eq!(ready, vec!["guest-bios".to_owned()], "the filter agrees with readiness");
    let not_ready = w
        .list_names(&w.ops, "vdiImages", json!({ "platformId": p.id, "ready": false }))
        .await;
    assert_eq!(not_ready, vec!["guest-uefi".to_owned()]);
    assert_eq!(w.list_names(&w.ops, "vdiImages", filter).await.len(), 2);

    let input = json!({ "tenantId": w.acme.id, "name": "uefi-pc", "sourceId": uefi_id, "bootMode": "UEFI" });
    let refused = w.app.call(&w.ops, CREATE_DESKTOP, json!({ "i": input })).await;
    assert_eq!(error_code(&refused).as_deref(), Some("BOOT_MODE_MISMATCH"), "{refused}");
    assert!(error_message(&refused).contains("Legacy (BIOS)"), "{refused}");
    assert_eq!(
        p.read()["vms"].as_array().map_or(0, Vec::len),
        0,
        "nothing was created on the platform"
    );

    // The operator knows better: UEFI is there. The source is ready at once.
    let changed = update(&w, json!({ "id": p.id, "uefi": true })).await;
    data(changed);
    assert_eq!(platform(&w, &p.id).await["uefiSetting"], true);
    assert_eq!(w.node(&w.ops, &uefi_id).await["readiness"]["ready"], true);
    let ready = w
        .list_names(&w.ops, "vdiImages", json!({ "platformId": p.id, "ready": true }))
        .await;
    assert_eq!(ready.len(), 2);
    let created = w.app.call(&w.ops, CREATE_DESKTOP, json!({ "i": input })).await;
    assert_eq!(data(created)["createDesktop"]["bootMode"], "UEFI");

    // An explicit null hands the answer back to the platform.
    data(update(&w, json!({ "id": p.id, "uefi": null })).await);
    let after = platform(&w, &p.id).await;
    assert_eq!(
        (after["uefiSetting"].clone(), after["capabilities"]["uefi"].clone()),
        (Value::Null, json!(false))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn r8_a_template_platform_refuses_the_in_place_video_change_and_copies_instead() {
    let w = World::new().await;
    let inv = inventory(
        "SMARTX",
        vec![item("t-1", "win10-cirrus", Some("uefi"), Some("cirrus"), None)],
    );
    let p = w.sim_platform("SMARTX", &inv).await;
    assert_eq!(w.sync(&p.id).await["status"], "SUCCEEDED");
    let id = w.source_id(&p, "win10-cirrus").await;

    let video = w
        .mutate(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "VIRTIO" }))
        .await;
    assert_eq!(
        error_code(&video).as_deref(),
        Some("VIDEO_MODEL_NOT_EDITABLE"),
        "{video}"
    );
    assert!(
        error_message(&video).contains("copyWithBootMode"),
        "names the way: {video}"
    );
    let boot = w
        .mutate(&w.ops, "setBootMode", json!({ "id": id, "bootMode": "BIOS" }))
        .await;
    assert_eq!(error_code(&boot).as_deref(), Some("BOOT_MODE_NOT_EDITABLE"), "{boot}");
    assert_eq!(
        p.read()["templates"][0]["videoModel"],
        "cirrus",
        "the platform is untouched"
    );

    let copy = w
        .mutate_ok(
            &w.ops,
            "copyWithBootMode",
            json!({ "id": id, "bootMode": "UEFI", "videoModel": "VIRTIO", "name": "win10-virtio" }),
        )
        .await;
    assert_eq!(
        (copy["bootMode"].as_str(), copy["videoModel"].as_str()),
        (Some("UEFI"), Some("VIRTIO"))
    );
    assert_eq!(copy["readiness"]["ready"], true, "{copy}");
    assert_ne!(str_of(&copy, "id"), id);
    let held = p.read();
    assert_eq!(held["templates"].as_array().map_or(0, Vec::len), 2, "{held}");
    assert_eq!(
        held["vms"].as_array().map_or(0, Vec::len),
        0,
        "the temporary VM is gone: {held}"
    );

    // Nothing to change: refused before anything is made.
    let same = w
        .mutate(
            &w.ops,
            "copyWithBootMode",
            json!({ "id": str_of(&copy, "id"), "bootMode": "UEFI", "videoModel": "VIRTIO", "name": "again" }),
        )
        .await;
    assert_eq!(error_code(&same).as_deref(), Some("BAD_USER_INPUT"), "{same}");
}

#[tokio::test(flavor = "multi_thread")]
async fn placement_is_kept_per_platform_and_per_mapping() {
    let w = World::new().await;
    let (p, _, _) = uefi_and_bios(&w, "ZSTACK", true).await;
    let placement = json!({ "zone": "zone-1", "instanceOffering": "offering-1", "network": "l3-1" });
    let mapping = json!([
        { "project": "acme", "tenant": "acme", "placement": { "network": "l3-acme" } },
        { "project": "globex", "tenant": "globex" }
    ]);
    data(
        update(
            &w,
            json!({ "id": p.id, "placement": placement, "projectTenants": mapping }),
        )
        .await,
    );
    let read = platform(&w, &p.id).await;
    assert_eq!(read["placement"]["zone"], "zone-1", "{read}");
    assert_eq!(read["placement"]["instanceOffering"], "offering-1");
    assert_eq!(read["placement"]["cluster"], Value::Null);
    assert_eq!(read["projectTenants"][0]["placement"]["network"], "l3-acme");
    assert_eq!(read["projectTenants"][1]["placement"], Value::Null);

    // Tenant roles see none of it.
    let as_tenant = w.app.data(&w.acme.admin, CAPABILITIES, json!({ "id": p.id })).await["node"].clone();
    assert_eq!(
        (as_tenant["placement"].clone(), as_tenant["projectTenants"].clone()),
        (Value::Null, Value::Null)
    );

    data(update(&w, json!({ "id": p.id, "placement": null })).await);
    assert_eq!(platform(&w, &p.id).await["placement"], Value::Null);
}
