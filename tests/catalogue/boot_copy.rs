//! R7 beyond the refusal: `copyWithBootMode` runs ZSphere's workaround (VM from the image, VM boot
//! mode, VM saved as an image, VM removed, sync) and carries OS info and credentials over; a
//! failure at any step removes what it created and leaves the original untouched.

use serde_json::{Value, json};

use support::harness::{error_code, error_message};
use support::inventory::{inventory, item};
use support::world::{SimPlatform, World, str_of};

const RUNS: &str = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { syncRuns(first: 10) { edges { node { status error notes } } } } } }";

async fn zstack_with_one_image(w: &World) -> (SimPlatform, String) {
    let inv = inventory(
        "ZSTACK",
        vec![item("zs-1", "zs-uefi", Some("uefi"), Some("virtio"), None)],
    );
    let p = w.sim_platform("ZSTACK", &inv).await;
    assert_eq!(w.sync(&p.id).await["status"], "SUCCEEDED");
    let id = w.source_id(&p, "zs-uefi").await;
    (p, id)
}

fn image_ids(p: &SimPlatform) -> Vec<String> {
    let inv = p.read();
    inv["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect()
}

fn vm_count(p: &SimPlatform) -> usize {
    p.read()["vms"].as_array().map_or(0, Vec::len)
}

fn copy_input(id: &str) -> Value {
    json!({ "id": id, "bootMode": "BIOS", "name": "zs-bios" })
}

#[tokio::test(flavor = "multi_thread")]
async fn r7_copy_with_boot_mode_makes_a_bios_copy_with_the_originals_business_fields() {
    let w = World::new().await;
    let (p, id) = zstack_with_one_image(&w).await;
    w.mutate_ok(
        &w.ops,
        "setOsInfo",
        json!({ "id": id, "osType": "linux", "osDistro": "ubuntu" }),
    )
    .await;
    let password = format!("Copy-{}", uuid::Uuid::new_v4().simple());
    w.mutate_ok(
        &w.ops,
        "setOsCredentials",
        json!({ "id": id, "username": "ubuntu", "password": password }),
    )
    .await;
    let original_before = w.node(&w.ops, &id).await;

    let copy = w.mutate_ok(&w.ops, "copyWithBootMode", copy_input(&id)).await;

    assert_eq!(copy["name"], "zs-bios");
    assert_eq!(copy["bootMode"], "BIOS");
    assert_eq!(
        (copy["osType"].as_str(), copy["osDistro"].as_str()),
        (Some("linux"), Some("ubuntu"))
    );
    assert_eq!(
        (copy["osUsername"].as_str(), copy["hasOsPassword"].as_bool()),
        (Some("ubuntu"), Some(true))
    );
    assert_ne!(str_of(&copy, "id"), id);
    let inv = p.read();
    assert_eq!(image_ids(&p).len(), 2, "the copy is on the platform: {inv}");
    assert_eq!(vm_count(&p), 0, "the temporary VM is gone: {inv}");
    let original_after = w.node(&w.ops, &id).await;
    assert_eq!(original_after["bootMode"], "UEFI");
    assert_eq!(
        original_after["version"], original_before["version"],
        "the original is untouched"
    );
    let runs = w.app.data(&w.ops, RUNS, json!({ "id": p.id })).await;
    let notes = runs.to_string();
    assert!(
        notes.contains("copy of zs-uefi with boot mode BIOS"),
        "the copy is recorded as a run: {notes}"
    );
    w.app.assert_secret_nowhere(&password);
}

#[tokio::test(flavor = "multi_thread")]
async fn r7_a_failure_at_each_step_cleans_up_and_leaves_the_original_untouched() {
    let w = World::new().await;
    let (p, id) = zstack_with_one_image(&w).await;
    for step in ["create_vm", "set_vm_boot_mode", "capture_vm", "delete_vm"] {
        let mut inv = p.read();
        inv["faults"] = json!({ step: format!("injected {step} failure") });
        p.write(&inv);
        let before = w.node(&w.ops, &id).await;

        let resp = w.mutate(&w.ops, "copyWithBootMode", copy_input(&id)).await;

        assert_eq!(
            error_code(&resp).as_deref(),
            Some("PLATFORM_UNAVAILABLE"),
            "{step}: {resp}"
        );
        let message = error_message(&resp);
        assert!(message.contains("the original is untouched"), "{step}: {message}");
        assert_eq!(
            image_ids(&p),
            vec!["zs-1".to_owned()],
            "{step}: no copy is left on the platform"
        );
        if step == "delete_vm" {
            // The platform refuses to delete the VM even during clean-up: the operator is told.
            assert!(message.contains("could not be removed"), "{message}");
        } else {
            assert_eq!(vm_count(&p), 0, "{step}: the temporary VM is removed");
        }
        assert_eq!(w.node(&w.ops, &id).await, before, "{step}: the original is untouched");
        let names = w
            .list_names(&w.ops, "vdiImages", json!({ "includeRemoved": true }))
            .await;
        assert_eq!(
            names,
            vec!["zs-uefi".to_owned()],
            "{step}: nothing new in the catalogue"
        );
        let runs = w.app.data(&w.ops, RUNS, json!({ "id": p.id })).await;
        let newest = &runs["node"]["syncRuns"]["edges"][0]["node"];
        assert_eq!(newest["status"], "FAILED", "{step}: {runs}");
        // Clear the fault (and a VM the platform would not delete) for the next step.
        let mut inv = p.read();
        inv.as_object_mut().unwrap().remove("faults");
        inv["vms"] = json!([]);
        p.write(&inv);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn r7_copy_is_only_for_platforms_that_cannot_edit_boot_mode_and_for_editors() {
    let w = World::new().await;
    let (_, zs) = zstack_with_one_image(&w).await;
    let same = w
        .mutate(
            &w.ops,
            "copyWithBootMode",
            json!({ "id": zs, "bootMode": "UEFI", "name": "x" }),
        )
        .await;
    assert_eq!(error_code(&same).as_deref(), Some("BAD_USER_INPUT"), "{same}");
    let by_tenant = w.mutate(&w.acme.admin, "copyWithBootMode", copy_input(&zs)).await;
    assert_eq!(error_code(&by_tenant).as_deref(), Some("FORBIDDEN"), "{by_tenant}");
    let by_user = w.mutate(&w.acme.user, "copyWithBootMode", copy_input(&zs)).await;
    assert_eq!(error_code(&by_user).as_deref(), Some("FORBIDDEN"), "{by_user}");

    let inv = inventory(
        "OPENSTACK",
        vec![item("os-1", "os-uefi", Some("uefi"), Some("virtio"), None)],
    );
    let os = w.sim_platform("OPENSTACK", &inv).await;
    w.sync(&os.id).await;
    let os_id = w.source_id(&os, "os-uefi").await;
    let editable = w.mutate(&w.ops, "copyWithBootMode", copy_input(&os_id)).await;
    assert_eq!(error_code(&editable).as_deref(), Some("BAD_USER_INPUT"), "{editable}");
    assert!(error_message(&editable).contains("setBootMode"));
}
