//! A SMARTX platform added, edited and removed; its templates synced page by page (R2), mapped to
//! tenants by their `xspace-project` label (R3), under the rules of images (R5, R6, R8); its VMs
//! imported (R12).

use serde_json::json;

use crate::lab::{self, ACME, CIRRUS, Lab, OLD, PROJECT, SOURCE, UBUNTU, WIN};
use support::fragments as f;
use support::harness::{data, error_code, error_message};
use support::world::{nodes, problem_codes, str_of};

#[tokio::test]
async fn templates_sync_with_firmware_video_os_and_projects() {
    let lab = Lab::new().await;
    let all = lab.sources().await;
    let mut names: Vec<&str> = all.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        vec![ACME, CIRRUS, OLD, UBUNTU, WIN],
        "content-library and per-cluster templates"
    );

    let ubuntu = &all[UBUNTU];
    assert_eq!(ubuntu["__typename"], "Template", "R5: templates, one interface");
    assert_eq!(ubuntu["externalId"], lab.ext[UBUNTU]);
    assert_eq!(
        (ubuntu["bootMode"].as_str(), ubuntu["videoModel"].as_str()),
        (Some("UEFI"), Some("VIRTIO"))
    );
    assert_eq!(
        (ubuntu["osType"].as_str(), ubuntu["osDistro"].as_str()),
        (Some("linux"), Some("ubuntu"))
    );
    assert_eq!(ubuntu["scope"], "SYSTEM");
    assert_eq!(all[WIN]["bootMode"], "BIOS");
    assert_eq!(all[WIN]["osType"], "windows");
    assert_eq!(all[OLD]["bootMode"], "BIOS");

    let acme = &all[ACME];
    assert_eq!(
        acme["scope"], "CUSTOM",
        "R3: the label xspace-project=acme maps it to acme"
    );
    assert_eq!(acme["tenant"]["slug"], "acme");
    let customs = lab.w.list_names(&lab.w.acme.admin, "customTemplates", json!({})).await;
    assert_eq!(customs, vec![ACME.to_owned()]);
    let vdi = lab.w.list_names(&lab.w.ops, "vdiTemplates", json!({})).await;
    assert!(
        !vdi.contains(&ACME.to_owned()) && vdi.contains(&UBUNTU.to_owned()),
        "R4: {vdi:?}"
    );

    assert_eq!(all[CIRRUS]["videoModel"], "CIRRUS");
    assert!(
        problem_codes(&all[CIRRUS]).contains(&"VIDEO_MODEL_NOT_VIRTIO".to_owned()),
        "R8"
    );
    assert_eq!(ubuntu["readiness"]["ready"], true, "{ubuntu}");

    let again = lab.sync().await;
    assert_eq!(
        (
            again["status"].as_str(),
            again["added"].as_i64(),
            again["updated"].as_i64(),
            again["removed"].as_i64()
        ),
        (Some("SUCCEEDED"), Some(0), Some(0), Some(0)),
        "an unchanged re-sync changes nothing: {again}"
    );
    lab.app().assert_secret_nowhere(&lab.password);
}

#[tokio::test]
async fn listing_pages_and_removed_templates_are_marked() {
    let lab = Lab::new().await;
    let win_id = lab.source_id(WIN).await;
    lab.ct
        .control(
            "seed",
            json!({ "generate": { "count": 450, "prefix": "bulk", "cluster": lab::CLUSTER } }),
        )
        .await;
    let before = lab.ct.calls("get-content-library-vm-templates").await;
    let run = lab.sync().await;
    assert_eq!(
        (run["status"].as_str(), run["added"].as_i64()),
        (Some("SUCCEEDED"), Some(450)),
        "{run}"
    );
    let pages = lab.ct.calls("get-content-library-vm-templates").await - before;
    assert_eq!(pages, 3, "454 templates in pages of 200");

    let gone = lab.ext[WIN].clone();
    lab.ct.control("remove", json!({ "templates": [gone] })).await;
    let run = lab.sync().await;
    assert_eq!(
        (run["status"].as_str(), run["removed"].as_i64()),
        (Some("SUCCEEDED"), Some(1)),
        "{run}"
    );
    let win = lab.w.node(&lab.w.ops, &win_id).await;
    assert_eq!(win["removedFromPlatform"], true);
    let run = lab.sync().await;
    assert_eq!(
        (run["added"].as_i64(), run["updated"].as_i64(), run["removed"].as_i64()),
        (Some(0), Some(0), Some(0))
    );
}

#[tokio::test]
async fn platforms_are_added_edited_and_removed() {
    let lab = Lab::new().await;
    let platform = lab
        .app()
        .data(
            &lab.w.ops,
            "query($id: ID!) { node(id: $id) { ... on CloudPlatform { kind capabilities { resourceModel \
             bootModeEditable videoModelEditable bootModeCopy uefi } } } }",
            json!({ "id": lab.p.id }),
        )
        .await["node"]
        .clone();
    assert_eq!(platform["kind"], "SMARTX");
    assert_eq!(platform["capabilities"]["resourceModel"], "TEMPLATES");
    assert_eq!(platform["capabilities"]["bootModeEditable"], false, "{platform}");
    assert_eq!(platform["capabilities"]["videoModelEditable"], false, "{platform}");
    assert_eq!(platform["capabilities"]["bootModeCopy"], true, "{platform}");
    assert_eq!(
        platform["capabilities"]["uefi"], true,
        "CloudTower manages an ELF cluster: {platform}"
    );

    // Placement is checked when saved.
    let bad = json!({ "i": { "id": lab.p.id, "placement": { "cluster": lab::CLUSTER, "storagePolicy": "FASTEST" } } });
    let resp = lab.app().call(&lab.w.ops, f::UPDATE_PLATFORM, bad).await;
    assert_eq!(error_code(&resp).as_deref(), Some("BAD_USER_INPUT"), "{resp}");
    assert!(error_message(&resp).contains("REPLICA_2_THIN_PROVISION"), "{resp}");

    // A wrong password: the sync fails saying so, and the password is nowhere.
    let wrong = format!("Wrong-{}", uuid::Uuid::new_v4().simple());
    let upd = json!({ "i": { "id": lab.p.id, "name": "tower-renamed", "secret": lab::secret_json(&wrong) } });
    let resp = lab.app().call(&lab.w.ops, f::UPDATE_PLATFORM, upd).await;
    if error_code(&resp).is_none() {
        assert_eq!(data(resp)["updateCloudPlatform"]["name"], "tower-renamed");
        let run = lab.sync().await;
        assert_eq!(run["status"], "FAILED", "{run}");
        assert!(str_of(&run, "error").contains("authentication failed"), "{run}");
    } else {
        assert!(error_message(&resp).contains("authentication failed"), "{resp}");
    }
    lab.app().assert_secret_nowhere(&wrong);

    // An endpoint with credentials in it is refused without echoing them.
    let resp = lab::add_platform_raw(&lab.w, "https://admin:hunter2@tower.example", &lab::secret_json("x")).await;
    assert_eq!(error_code(&resp).as_deref(), Some("BAD_USER_INPUT"), "{resp}");
    assert!(!resp.to_string().contains("hunter2"));

    let good = json!({ "i": { "id": lab.p.id, "secret": lab::secret_json(&lab.password) } });
    data(lab.app().call(&lab.w.ops, f::UPDATE_PLATFORM, good).await);
    assert_eq!(lab.sync().await["status"], "SUCCEEDED");

    let removed = lab
        .app()
        .call(&lab.w.ops, f::REMOVE_PLATFORM, json!({ "id": lab.p.id }))
        .await;
    assert_eq!(data(removed)["removeCloudPlatform"], lab.p.id.as_str());
    lab.app().assert_secret_nowhere(&lab.password);
}

#[tokio::test]
async fn templates_cannot_change_firmware_or_video_in_place() {
    let lab = Lab::new().await;
    let ubuntu = lab.source_id(UBUNTU).await;
    let resp = lab
        .w
        .mutate(&lab.w.ops, "setBootMode", json!({ "id": ubuntu, "bootMode": "BIOS" }))
        .await;
    assert_eq!(
        error_code(&resp).as_deref(),
        Some("BOOT_MODE_NOT_EDITABLE"),
        "R7: {resp}"
    );
    assert!(error_message(&resp).contains("copyWithBootMode"), "{resp}");

    let cirrus = lab.source_id(CIRRUS).await;
    let resp = lab
        .w
        .mutate(
            &lab.w.ops,
            "setVideoModel",
            json!({ "id": cirrus, "videoModel": "VIRTIO" }),
        )
        .await;
    assert_eq!(
        error_code(&resp).as_deref(),
        Some("VIDEO_MODEL_NOT_EDITABLE"),
        "R8: {resp}"
    );
    assert!(error_message(&resp).contains("copyWithBootMode"), "{resp}");

    let state = lab.ct.state().await;
    let template = state["templates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == CIRRUS)
        .unwrap()
        .clone();
    assert_eq!(
        (template["firmware"].as_str(), template["video_type"].as_str()),
        (Some("BIOS"), Some("CIRRUS"))
    );
}

#[tokio::test]
async fn labelled_vms_are_imported() {
    let lab = Lab::new().await;
    lab.ct
        .control(
            "seed",
            json!({ "vms": [
                { "id": "cvm-1", "name": "acme-pc", "firmware": "UEFI", "cluster": lab::CLUSTER,
                  "labels": [{ "key": PROJECT, "value": "acme" }, { "key": SOURCE, "value": lab.ext[UBUNTU] }] },
                { "id": "cvm-2", "name": "acme-unknown", "firmware": "BIOS", "cluster": lab::CLUSTER,
                  "labels": [{ "key": PROJECT, "value": "acme" }] },
                { "id": "cvm-3", "name": "nobodys", "firmware": "BIOS", "cluster": lab::CLUSTER },
                { "id": "cvm-4", "name": "binned", "firmware": "UEFI", "cluster": lab::CLUSTER, "in_recycle_bin": true,
                  "labels": [{ "key": PROJECT, "value": "acme" }, { "key": SOURCE, "value": lab.ext[UBUNTU] }] },
            ] }),
        )
        .await;
    let run = lab.sync().await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    assert!(
        run["notes"].to_string().contains("cvm-2"),
        "the VM without a template is named: {run}"
    );
    let q =
        "query { desktops(first: 50) { edges { node { name externalId bootMode source { name } tenant { slug } } } } }";
    let desktops = nodes(&lab.app().data(&lab.w.acme.admin, q, json!({})).await["desktops"]);
    assert_eq!(desktops.len(), 1, "{desktops:?}");
    let d = &desktops[0];
    assert_eq!(
        (d["name"].as_str(), d["externalId"].as_str()),
        (Some("acme-pc"), Some("cvm-1"))
    );
    assert_eq!(
        (d["bootMode"].as_str(), d["source"]["name"].as_str()),
        (Some("UEFI"), Some(UBUNTU))
    );
}
