//! Desktops on CloudTower: a VM created from a template with the template's firmware, its task
//! followed, deleted with its VM; R6/R8 refusals before anything is made; R7's copy as the VM round
//! trip (VM with the new firmware, saved as a new template, VM removed), and a copy whose task
//! fails leaving nothing behind.

use serde_json::{Value, json};

use crate::lab::{CIRRUS, CLUSTER, Lab, OLD, UBUNTU, VLAN, WIN};
use support::harness::{data, error_code, error_message, unique};
use support::world::str_of;

const CREATE: &str = "mutation($i: CreateDesktopInput!) { createDesktop(input: $i) { id name externalId bootMode \
    source { name } } }";
const DELETE: &str = "mutation($id: ID!) { deleteDesktop(id: $id) }";

async fn create(lab: &Lab, source: &str, boot: &str) -> Value {
    let input = json!({ "name": unique("pc"), "sourceId": lab.source_id(source).await,
                        "ownerId": lab.w.acme.user.user_id, "bootMode": boot });
    lab.app().call(&lab.w.acme.admin, CREATE, json!({ "i": input })).await
}

fn vms(state: &Value) -> Vec<Value> {
    state["vms"].as_array().expect("vms").clone()
}

#[tokio::test]
async fn a_desktop_is_a_vm_made_from_the_template() {
    let lab = Lab::new().await;
    let desk = data(create(&lab, UBUNTU, "UEFI").await)["createDesktop"].clone();
    let state = lab.ct.state().await;
    let made = vms(&state);
    assert_eq!(made.len(), 1, "{state}");
    let vm = &made[0];
    assert_eq!(str_of(&desk, "externalId"), str_of(vm, "id"));
    assert_eq!(vm["firmware"], "UEFI");
    assert_eq!(vm["cluster"]["id"], CLUSTER, "placement.cluster");
    assert_eq!(
        (vm["vcpu"].as_i64(), vm["memory"].as_i64()),
        (Some(4), Some(4 << 30)),
        "placement.cpuCores, memoryMib"
    );
    assert_eq!(vm["_vlans"], json!([VLAN]), "placement.network");
    assert_eq!(vm["_template"], lab.ext[UBUNTU]);
    assert_eq!(
        vm["entityAsyncStatus"],
        Value::Null,
        "the creation task was followed to its end"
    );
    let tasks = state["tasks"].as_array().unwrap();
    assert!(tasks.iter().all(|t| t["status"] == "SUCCESSED"), "{tasks:?}");

    let deleted = lab
        .app()
        .call(&lab.w.acme.admin, DELETE, json!({ "id": desk["id"] }))
        .await;
    assert_eq!(data(deleted)["deleteDesktop"], desk["id"]);
    assert!(vms(&lab.ct.state().await).is_empty(), "the VM is gone");
    lab.app().assert_secret_nowhere(&lab.password);
}

#[tokio::test]
async fn a_desktop_from_a_per_cluster_template() {
    let lab = Lab::new().await;
    let desk = data(create(&lab, OLD, "BIOS").await)["createDesktop"].clone();
    let made = vms(&lab.ct.state().await);
    assert_eq!(made.len(), 1);
    assert_eq!(made[0]["_template"], "cvmt-old", "create-vm-from-template");
    assert_eq!(made[0]["firmware"], "BIOS");
    assert_eq!(str_of(&desk, "externalId"), str_of(&made[0], "id"));
    assert_eq!(lab.ct.calls("create-vm-from-template").await, 1);
}

#[tokio::test]
async fn mismatches_are_refused_before_anything_is_made() {
    let lab = Lab::new().await;
    let resp = create(&lab, UBUNTU, "BIOS").await;
    assert_eq!(error_code(&resp).as_deref(), Some("BOOT_MODE_MISMATCH"), "R6: {resp}");
    let resp = create(&lab, CIRRUS, "BIOS").await;
    assert_eq!(
        error_code(&resp).as_deref(),
        Some("VIDEO_MODEL_NOT_VIRTIO"),
        "R8: {resp}"
    );
    assert!(vms(&lab.ct.state().await).is_empty());
    assert_eq!(lab.ct.calls("create-vm-from-content-library-template").await, 0);
}

#[tokio::test]
async fn a_failed_creation_task_leaves_no_vm() {
    let lab = Lab::new().await;
    lab.ct
        .faults(
            json!([{ "op": "create-vm-from-content-library-template", "kind": "task_fail",
                          "message": "no host has room for the VM" }]),
        )
        .await;
    let resp = create(&lab, WIN, "BIOS").await;
    assert!(error_code(&resp).is_some(), "{resp}");
    assert!(error_message(&resp).contains("no host has room"), "{resp}");
    assert!(vms(&lab.ct.state().await).is_empty(), "nothing is left on CloudTower");
    let q = "query { desktops(first: 10) { totalCount } }";
    assert_eq!(
        lab.app().data(&lab.w.acme.admin, q, json!({})).await["desktops"]["totalCount"],
        0
    );
}

#[tokio::test]
async fn copy_with_boot_mode_runs_the_vm_round_trip() {
    let lab = Lab::new().await;
    let id = lab.source_id(UBUNTU).await;
    let input = json!({ "id": id, "bootMode": "BIOS", "name": "ubuntu-bios" });
    let copy = lab.w.mutate_ok(&lab.w.ops, "copyWithBootMode", input).await;
    assert_eq!(
        (copy["name"].as_str(), copy["bootMode"].as_str()),
        (Some("ubuntu-bios"), Some("BIOS")),
        "{copy}"
    );
    let state = lab.ct.state().await;
    assert!(vms(&state).is_empty(), "the temporary VM is gone: {state}");
    let templates = state["templates"].as_array().unwrap();
    let made = templates
        .iter()
        .find(|t| t["name"] == "ubuntu-bios")
        .expect("the new template");
    assert_eq!(
        (made["firmware"].as_str(), made["video_type"].as_str()),
        (Some("BIOS"), Some("VIRTIO"))
    );
    let original = templates.iter().find(|t| t["name"] == UBUNTU).unwrap();
    assert_eq!(original["firmware"], "UEFI", "the original is untouched");
}

#[tokio::test]
async fn a_copy_can_take_another_video_card() {
    let lab = Lab::new().await;
    let id = lab.source_id(CIRRUS).await;
    let input = json!({ "id": id, "bootMode": "UEFI", "videoModel": "VIRTIO", "name": "fixed" });
    let copy = lab.w.mutate_ok(&lab.w.ops, "copyWithBootMode", input).await;
    assert_eq!(
        (copy["bootMode"].as_str(), copy["videoModel"].as_str()),
        (Some("UEFI"), Some("VIRTIO")),
        "{copy}"
    );
    assert_eq!(copy["readiness"]["ready"], true, "{copy}");
    let state = lab.ct.state().await;
    assert!(vms(&state).is_empty(), "{state}");
    assert!(
        state["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["resource_mutation"] == "update-vm-advanced-options"),
        "the video card was changed on the VM"
    );
}

#[tokio::test]
async fn without_uefi_a_uefi_template_is_not_ready_and_refused() {
    let lab = Lab::new().await;
    let upd = json!({ "i": { "id": lab.p.id, "uefi": false } });
    data(
        lab.app()
            .call(&lab.w.ops, support::fragments::UPDATE_PLATFORM, upd)
            .await,
    );
    assert_eq!(lab.sync().await["status"], "SUCCEEDED");
    let ubuntu = &lab.sources().await[UBUNTU];
    assert!(
        support::world::problem_codes(ubuntu).contains(&"UEFI_NOT_SUPPORTED".to_owned()),
        "{ubuntu}"
    );
    let resp = create(&lab, UBUNTU, "UEFI").await;
    assert_eq!(error_code(&resp).as_deref(), Some("BOOT_MODE_MISMATCH"), "{resp}");
    assert!(error_message(&resp).contains("Legacy"), "{resp}");
    assert!(vms(&lab.ct.state().await).is_empty());
    data(create(&lab, WIN, "BIOS").await);
}

#[tokio::test]
async fn a_copy_whose_task_fails_leaves_nothing_behind() {
    let lab = Lab::new().await;
    let before = lab.ct.ids("templates").await;
    lab.ct
        .faults(
            json!([{ "op": "clone-content-library-vm-template-from-vm", "kind": "task_fail",
                          "message": "the storage pool is full" }]),
        )
        .await;
    let id = lab.source_id(UBUNTU).await;
    let input = json!({ "id": id, "bootMode": "BIOS", "name": "ubuntu-bios" });
    let resp = lab.w.mutate(&lab.w.ops, "copyWithBootMode", input).await;
    assert!(error_code(&resp).is_some(), "{resp}");
    assert!(error_message(&resp).contains("the storage pool is full"), "{resp}");
    let state = lab.ct.state().await;
    assert!(vms(&state).is_empty(), "the temporary VM is removed: {state}");
    assert_eq!(lab.ct.ids("templates").await, before, "no half-made template");
    assert!(!lab.sources().await.contains_key("ubuntu-bios"));
}
