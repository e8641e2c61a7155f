//! A ZSTACK platform end to end, through xspace's public API, against the stand-in.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::standin::StandIn;
use support::harness::{TestApp, data, error_code, error_message};
use support::world::{SimPlatform, World, str_of};
use support::ws::WsClient;

const PLATFORM: &str = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { id name endpoint \
    capabilities { resourceModel bootModeEditable videoModelEditable bootModeCopy uefi } } } }";
const ADD: &str = "mutation($i: AddCloudPlatformInput!) { addCloudPlatform(input: $i) { id } }";
const UPDATE: &str = "mutation($i: UpdateCloudPlatformInput!) { updateCloudPlatform(input: $i) { id name } }";
const REMOVE: &str = "mutation($id: ID!) { removeCloudPlatform(id: $id) }";
const CREATE_DESKTOP: &str =
    "mutation($i: CreateDesktopInput!) { createDesktop(input: $i) { id externalId bootMode tenant { slug } } }";
const DELETE_DESKTOP: &str = "mutation($id: ID!) { deleteDesktop(id: $id) }";
const DESKTOPS: &str = "query { desktops(first: 50) { edges { node { id name externalId tenant { slug } } } } }";
const EVENTS: &str = "subscription($p: ID) { syncEvents(platformId: $p) { kind message run { id status } } }";

const PASSWORD: &str = "Zs-Secret-9f3";

fn secret(page_size: u32) -> String {
    json!({"accountName": "admin", "password": PASSWORD, "pageSize": page_size}).to_string()
}

/// A stand-in whose admin password is [`PASSWORD`], with an acme account in an IAM2 project and a
/// globex account without one. Returns (acme project uuid, globex account uuid).
async fn cast(si: &StandIn) -> (String, String) {
    let seeded = si
        .seed(json!({
            "accounts": [{"name": "admin", "password": PASSWORD, "type": "SystemAdmin"}, {"name": "acme-acct"}, {"name": "globex-acct"}],
            "projects": [{"name": "acme", "account": "acme-acct"}],
        }))
        .await;
    (
        seeded["projects"][0].as_str().unwrap().to_owned(),
        seeded["accounts"]["globex-acct"].as_str().unwrap().to_owned(),
    )
}

async fn placement(si: &StandIn) -> Value {
    let infra = si.state().await["infra"].clone();
    json!({ "instanceOffering": infra["instanceOffering"], "network": infra["l3Network"], "zone": infra["zone"] })
}

async fn add(w: &World, si: &StandIn, secret: &str, mapping: Value, placement: Value) -> SimPlatform {
    let input = json!({ "name": support::harness::unique("zs"), "kind": "ZSTACK", "endpoint": si.endpoint(),
        "secret": secret, "projectTenants": mapping, "placement": placement });
    let id = str_of(
        &w.app.data(&w.ops, ADD, json!({ "i": input })).await["addCloudPlatform"],
        "id",
    );
    SimPlatform {
        id,
        kind: "ZSTACK".into(),
        file: std::path::PathBuf::new(),
    }
}

fn mapping(acme: &str, globex: &str) -> Value {
    json!([{ "project": acme, "tenant": "acme" }, { "project": globex, "tenant": "globex" }])
}

fn counts(run: &Value) -> (String, i64, i64, i64) {
    (
        str_of(run, "status"),
        run["added"].as_i64().unwrap(),
        run["updated"].as_i64().unwrap(),
        run["removed"].as_i64().unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn add_sync_pages_map_projects_resync_edit_and_remove() {
    let si = StandIn::start(0.02);
    let (acme, globex) = cast(&si).await;
    let seeded = si
        .seed(json!({
            "images": [
                {"name": "acme-win", "bootMode": "UEFI", "owner": "acme-acct", "platform": "Windows", "guestOsType": "Windows 10"},
                {"name": "globex-linux", "bootMode": "Legacy", "owner": "globex-acct"}
            ],
            "generate": {"images": 20, "prefix": "sys"},
            "accessKeys": [{"accessKeyId": "AKzs", "accessKeySecret": "Ak-Secret-77", "account": "admin"}]
        }))
        .await;
    let w = World::new().await;
    let p = add(&w, &si, &secret(6), mapping(&acme, &globex), json!(null)).await;
    let run = w.sync(&p.id).await;
    assert_eq!(counts(&run), ("SUCCEEDED".into(), 22, 0, 0), "{run}");
    assert!(si.calls("queryImage").await >= 4, "22 images in pages of 6");
    let caps = w.app.data(&w.ops, PLATFORM, json!({ "id": p.id })).await["node"]["capabilities"].clone();
    assert_eq!(
        caps,
        json!({"resourceModel": "IMAGES", "bootModeEditable": false, "videoModelEditable": false, "bootModeCopy": true, "uefi": true})
    );
    let sources = w.sources(&p).await;
    let win = &sources["acme-win"];
    assert_eq!(
        (win["scope"].as_str(), win["tenant"]["slug"].as_str()),
        (Some("CUSTOM"), Some("acme")),
        "{win}"
    );
    assert_eq!(
        (win["bootMode"].as_str(), win["videoModel"].as_str()),
        (Some("UEFI"), Some("VIRTIO"))
    );
    assert_eq!(win["osType"], "windows");
    assert_eq!(
        sources["globex-linux"]["tenant"]["slug"], "globex",
        "an account's own image maps by account"
    );
    assert_eq!(sources["sys-00001"]["scope"], "SYSTEM");
    assert_eq!(
        sources["sys-00001"]["readiness"]["ready"], true,
        "{}",
        sources["sys-00001"]
    );

    // Unchanged: nothing to do. Then one image changes and two disappear.
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 0, 0, 0));
    let ids: Vec<String> = seeded["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    si.remove(json!({ "images": [ids[2], ids[3]] })).await;
    si.update_image(json!({ "uuid": ids[1], "bootMode": "UEFI" })).await;
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 0, 1, 2));
    let sources = w.sources(&p).await;
    assert_eq!(sources["globex-linux"]["bootMode"], "UEFI");
    let removed: Vec<&Value> = sources.values().filter(|s| s["removedFromPlatform"] == true).collect();
    assert_eq!(removed.len(), 2, "removed sources are marked, not deleted");
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 0, 0, 0));

    // Edit: rename, and switch to the AccessKey; the next sync signs its calls.
    let key = json!({"accessKeyId": "AKzs", "accessKeySecret": "Ak-Secret-77", "pageSize": 6}).to_string();
    let edited = w
        .app
        .data(
            &w.ops,
            UPDATE,
            json!({ "i": { "id": p.id, "name": "zs-renamed", "secret": key } }),
        )
        .await;
    assert_eq!(edited["updateCloudPlatform"]["name"], "zs-renamed");
    let logins = si.calls("logInByAccount").await;
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 0, 0, 0));
    assert_eq!(si.calls("logInByAccount").await, logins, "an AccessKey needs no login");

    // A wrong password fails the sync, says so, and does not echo it.
    let wrong = json!({"accountName": "admin", "password": "Wr0ng-Zs-pass"}).to_string();
    w.app
        .data(&w.ops, UPDATE, json!({ "i": { "id": p.id, "secret": wrong } }))
        .await;
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "FAILED");
    assert!(run["error"].as_str().unwrap().contains("ID.1000"), "{run}");
    assert_eq!(
        w.sources(&p)
            .await
            .values()
            .filter(|s| s["removedFromPlatform"] == true)
            .count(),
        2
    );

    let removed = w.app.call(&w.ops, REMOVE, json!({ "id": p.id })).await;
    assert_eq!(data(removed)["removeCloudPlatform"], p.id.as_str());
    w.app.assert_secret_nowhere(PASSWORD);
    w.app.assert_secret_nowhere("Ak-Secret-77");
    w.app.assert_secret_nowhere("Wr0ng-Zs-pass");
}

#[tokio::test(flavor = "multi_thread")]
async fn refusals_and_the_boot_mode_copy_with_progress_and_clean_up() {
    let si = StandIn::start(0.05);
    let (acme, globex) = cast(&si).await;
    si.seed(json!({"images": [{"name": "zs-uefi", "bootMode": "UEFI"}]}))
        .await;
    let w = World::new().await;
    let p = add(&w, &si, &secret(100), mapping(&acme, &globex), placement(&si).await).await;
    assert_eq!(w.sync(&p.id).await["status"], "SUCCEEDED");
    let id = w.source_id(&p, "zs-uefi").await;

    // R7: no in-place boot mode change; the message names the workaround.
    let resp = w
        .mutate(&w.ops, "setBootMode", json!({ "id": id, "bootMode": "BIOS" }))
        .await;
    assert_eq!(error_code(&resp).as_deref(), Some("BOOT_MODE_NOT_EDITABLE"), "{resp}");
    assert!(error_message(&resp).contains("VM"), "{resp}");
    // R8: no in-place video change either.
    let resp = w
        .mutate(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "VIRTIO" }))
        .await;
    assert_eq!(error_code(&resp).as_deref(), Some("VIDEO_MODEL_NOT_EDITABLE"), "{resp}");
    // R6: a BIOS desktop from a UEFI image.
    let resp = w
        .app
        .call(
            &w.acme.admin,
            CREATE_DESKTOP,
            json!({ "i": { "name": "d", "sourceId": id, "bootMode": "BIOS" } }),
        )
        .await;
    assert_eq!(error_code(&resp).as_deref(), Some("BOOT_MODE_MISMATCH"), "{resp}");

    // R7's copy, step by step on syncEvents.
    let mut ws = WsClient::connect_ok(&w.app, &w.ops.token).await;
    ws.subscribe("e", EVENTS, json!({ "p": p.id })).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let copy = w
        .mutate_ok(
            &w.ops,
            "copyWithBootMode",
            json!({ "id": id, "bootMode": "BIOS", "name": "zs-bios" }),
        )
        .await;
    assert_eq!(
        (copy["name"].as_str(), copy["bootMode"].as_str()),
        (Some("zs-bios"), Some("BIOS"))
    );
    let mut kinds = Vec::new();
    let mut messages = Vec::new();
    while let Some(event) = ws.next_data("e", Duration::from_secs(5)).await {
        let event = &event["syncEvents"];
        kinds.push(str_of(event, "kind"));
        messages.push(event["message"].as_str().unwrap_or_default().to_owned());
        if kinds.last().is_some_and(|k| k == "FINISHED" || k == "FAILED")
            && messages.iter().any(|m| m.contains("removed the temporary VM"))
        {
            break;
        }
    }
    let progress = kinds.iter().filter(|k| *k == "PROGRESS").count();
    assert!(progress >= 4, "create, boot mode, save, remove: {kinds:?} {messages:?}");
    let state = si.state().await;
    assert_eq!(state["vms"], json!([]), "the temporary VM is expunged: {state}");
    let images = state["images"].as_array().unwrap();
    assert_eq!(images.len(), 2);
    assert!(
        images
            .iter()
            .any(|i| i["name"] == "zs-bios" && i["bootMode"] == "bootMode::Legacy"),
        "{state}"
    );

    // A job failing mid-copy: everything it made is removed.
    for api in [
        "setVmBootMode",
        "createRootVolumeTemplateFromRootVolume",
        "createVmInstance",
    ] {
        si.fault(json!({ "api": api, "kind": "error", "details": format!("injected {api} failure") }))
            .await;
        let resp = w
            .mutate(
                &w.ops,
                "copyWithBootMode",
                json!({ "id": id, "bootMode": "BIOS", "name": "zs-bios-2" }),
            )
            .await;
        assert!(error_code(&resp).is_some(), "{api}: {resp}");
        assert!(
            error_message(&resp).contains("the original is untouched"),
            "{api}: {resp}"
        );
        let state = si.state().await;
        assert_eq!(state["vms"], json!([]), "{api}: {state}");
        assert_eq!(state["volumes"], json!([]), "{api}: {state}");
        assert_eq!(state["images"].as_array().unwrap().len(), 2, "{api}: {state}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn desktops_are_created_and_deleted_and_vms_imported() {
    let si = StandIn::start(0.02);
    let (acme, globex) = cast(&si).await;
    let seeded = si
        .seed(json!({"images": [
            {"name": "sys-uefi", "bootMode": "UEFI"},
            {"name": "acme-bios", "bootMode": "Legacy", "owner": "acme-acct"}
        ]}))
        .await;
    let acme_image = seeded["images"][1].as_str().unwrap().to_owned();
    si.seed(json!({"vms": [{"name": "acme-pc", "imageUuid": acme_image, "owner": "acme-acct", "bootMode": "Legacy"}]}))
        .await;
    let w = World::new().await;
    // Without placement a desktop cannot be made: the error names the field.
    let p = add(&w, &si, &secret(100), mapping(&acme, &globex), json!(null)).await;
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    // R12: the acme VM became an acme desktop.
    let desktops = w.app.data(&w.acme.admin, DESKTOPS, json!({})).await;
    let imported = &desktops["desktops"]["edges"];
    assert_eq!(imported.as_array().unwrap().len(), 1, "{desktops}");
    assert_eq!(imported[0]["node"]["name"], "acme-pc");

    let source = w.source_id(&p, "sys-uefi").await;
    let input = json!({ "i": { "name": "zs-desk", "sourceId": source, "bootMode": "UEFI" } });
    let resp = w.app.call(&w.acme.admin, CREATE_DESKTOP, input.clone()).await;
    assert_eq!(error_code(&resp).as_deref(), Some("BAD_USER_INPUT"), "{resp}");
    assert!(error_message(&resp).contains("placement.instanceOffering"), "{resp}");

    w.app
        .data(
            &w.ops,
            UPDATE,
            json!({ "i": { "id": p.id, "placement": placement(&si).await } }),
        )
        .await;
    let desk = data(w.app.call(&w.acme.admin, CREATE_DESKTOP, input).await)["createDesktop"].clone();
    let vm = str_of(&desk, "externalId");
    let state = si.state().await;
    let made = state["vms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["uuid"] == vm.as_str())
        .unwrap()
        .clone();
    assert_eq!(made["bootMode"], "bootMode::UEFI");
    assert_eq!(made["state"], "Running");
    assert_eq!(
        made["owner"], state["accounts"]["acme-acct"],
        "the VM is given to the acme project's account"
    );
    assert_eq!(counts(&w.sync(&p.id).await).0, "SUCCEEDED");
    let desktops = w.app.data(&w.acme.admin, DESKTOPS, json!({})).await;
    assert_eq!(
        desktops["desktops"]["edges"].as_array().unwrap().len(),
        2,
        "no double import: {desktops}"
    );

    let deleted = w
        .app
        .call(&w.acme.admin, DELETE_DESKTOP, json!({ "id": desk["id"] }))
        .await;
    data(deleted);
    let state = si.state().await;
    assert!(
        state["vms"]
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["uuid"] != vm.as_str()),
        "{state}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_outage_mid_sync_removes_nothing_and_an_expired_session_is_renewed() {
    let si = StandIn::start(0.02);
    let (acme, globex) = cast(&si).await;
    si.seed(json!({"generate": {"images": 12}})).await;
    let w = World::new().await;
    let p = add(&w, &si, &secret(5), mapping(&acme, &globex), json!(null)).await;
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 12, 0, 0));

    // The platform goes down after the first page: the sync fails and removes nothing.
    si.fault(json!({ "api": "queryImage", "after": 1, "times": 0, "kind": "drop" }))
        .await;
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    assert_eq!(run["removed"], 0);
    assert!(w.sources(&p).await.values().all(|s| s["removedFromPlatform"] == false));
    si.clear_faults().await;
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 0, 0, 0));

    // The session expires mid-sync: the driver logs in again and the sync completes.
    let logins = si.calls("logInByAccount").await;
    si.fault(json!({ "api": "queryImage", "after": 1, "kind": "expireSessions" }))
        .await;
    assert_eq!(counts(&w.sync(&p.id).await), ("SUCCEEDED".into(), 0, 0, 0));
    assert_eq!(si.calls("logInByAccount").await, logins + 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_platform_is_bounded_by_the_timeout() {
    let si = StandIn::start(0.02);
    let (acme, globex) = cast(&si).await;
    si.seed(json!({"generate": {"images": 3}})).await;
    let app = TestApp::start_with_env(&[("XSPACE_PLATFORM_TIMEOUT_SECONDS", "1")]).await;
    let w = World::with_app(app).await;
    let p = add(&w, &si, &secret(100), mapping(&acme, &globex), json!(null)).await;
    assert_eq!(w.sync(&p.id).await["status"], "SUCCEEDED");
    si.fault(json!({ "api": "queryImage", "times": 0, "kind": "hang", "seconds": 20 }))
        .await;
    let started = Instant::now();
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    assert!(
        run["error"].as_str().unwrap().contains("did not answer within 1"),
        "{run}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(12),
        "bounded: {:?}",
        started.elapsed()
    );
    assert_eq!(run["removed"], 0);
}
