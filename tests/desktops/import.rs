//! R12 on sync: VMs in mapped projects become desktops with the source's credentials copied once.

use std::time::Duration;

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::inventory::inventory;
use support::world::{nodes, str_of};
use support::ws::WsClient;

fn vm(id: &str, name: &str, source: &str, boot: &str, project: Option<&str>) -> Value {
    let mut v = json!({ "id": id, "name": name, "sourceId": external_id(source), "bootMode": boot });
    if let Some(p) = project {
        v["project"] = json!(p);
    }
    v
}

fn lab_inventory(vms: Vec<Value>) -> Value {
    let mut inv = inventory("OPENSTACK", lab_items());
    inv["vms"] = Value::Array(vms);
    inv
}

/// The `kind`s of every sync event up to and including FINISHED/FAILED.
async fn sync_event_kinds(ws: &mut WsClient) -> Vec<String> {
    let mut kinds = vec![];
    loop {
        let d = ws
            .next_data("sync", Duration::from_secs(20))
            .await
            .unwrap_or_else(|| panic!("no FINISHED sync event; got {kinds:?}"));
        let kind = str_of(&d["syncEvents"], "kind");
        kinds.push(kind.clone());
        if kind == "FINISHED" || kind == "FAILED" {
            return kinds;
        }
    }
}

/// The desktop called `name`, as the system admin sees it.
async fn by_name(lab: &Lab, name: &str) -> Value {
    let list = lab.list(lab.ops(), json!({ "nameContains": name })).await;
    nodes(&list)
        .into_iter()
        .find(|d| d["name"] == name)
        .unwrap_or_else(|| panic!("no desktop {name}: {list}"))
}

#[tokio::test]
async fn r12_sync_imports_vms_of_mapped_projects_with_the_source_credentials_copied_once() {
    let lab = Lab::new().await;
    let mut sync_ws = WsClient::connect_ok(lab.app(), &lab.ops().token).await;
    sync_ws
        .subscribe("sync", q::SYNC_EVENT_KINDS, json!({ "p": lab.p.id }))
        .await;
    let mut acme_ws = WsClient::connect_ok(lab.app(), &lab.w.acme.admin.token).await;
    acme_ws.subscribe("ev", q::DESKTOP_EVENTS, json!({ "d": null })).await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    let vms = vec![
        vm("vm-imp-acme", "imported-acme", WIN, "uefi", Some("acme")),
        vm("vm-imp-lnx", "imported-lnx", LNX, "bios", Some("acme")),
        vm("vm-imp-globex", "imported-globex", WIN, "uefi", Some("globex")),
        vm("vm-imp-initech", "imported-initech", WIN, "uefi", Some("initech")),
        vm("vm-imp-none", "imported-none", WIN, "uefi", None),
    ];
    lab.p.write(&lab_inventory(vms.clone()));
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let notes = run["notes"].to_string().to_lowercase();
    assert!(
        notes.contains("import"),
        "the run's notes do not mention the imports: {run}"
    );

    // Only VMs of projects mapped to a tenant became desktops.
    assert_eq!(
        lab.list_names(lab.ops(), json!(null)).await,
        vec!["imported-acme", "imported-globex", "imported-lnx"]
    );
    assert_eq!(
        lab.list_names(&lab.w.acme.admin, json!(null)).await,
        vec!["imported-acme", "imported-lnx"]
    );
    let d = by_name(&lab, "imported-acme").await;
    assert_eq!(d["tenant"]["id"], lab.w.acme.id.as_str());
    assert_eq!(d["externalId"], "vm-imp-acme");
    assert_eq!(d["platform"]["id"], lab.p.id.as_str());
    assert_eq!(d["source"]["id"], lab.src[WIN].as_str());
    assert_eq!(d["bootMode"], "UEFI");
    assert_eq!(d["loginMode"], "LOCAL");
    assert_eq!(d["owner"], Value::Null);
    assert_eq!(d["removedFromPlatform"], false);
    let c = d["credentials"].clone();
    assert_eq!(c["effectiveSource"], "IMAGE", "{c}");
    assert_eq!(c["username"], "Administrator");
    assert_eq!(c["hasPassword"], true);
    assert_eq!(c["stale"], false);
    assert!(c["imageCopyAt"].is_string(), "{c}");
    let g = by_name(&lab, "imported-globex").await;
    assert_eq!(g["tenant"]["id"], lab.w.globex.id.as_str());
    assert_eq!(g["credentials"]["username"], "Administrator");
    let l = by_name(&lab, "imported-lnx").await;
    assert_eq!(l["bootMode"], "BIOS");
    assert_eq!(l["credentials"]["effectiveSource"], "NONE");
    assert_eq!(l["credentials"]["hasPassword"], false);

    // Events: DESKTOP_IMPORTED on syncEvents; CREATED for acme's two on acme's desktopEvents.
    let kinds = sync_event_kinds(&mut sync_ws).await;
    let imported = kinds.iter().filter(|k| *k == "DESKTOP_IMPORTED").count();
    assert_eq!(imported, 3, "sync events: {kinds:?}");
    let mut created = vec![];
    while let Some(e) = acme_ws.next_data("ev", Duration::from_secs(3)).await {
        let e = &e["desktopEvents"];
        assert_eq!(e["kind"], "CREATED", "{e}");
        created.push(e["desktop"]["name"].as_str().unwrap_or_default().to_owned());
    }
    created.sort();
    assert_eq!(created, vec!["imported-acme", "imported-lnx"]);

    // The source's credentials change; the next sync neither re-copies nor loses the copy.
    let new_pw = secret();
    lab.set_os_credentials(lab.ops(), WIN, "Admin2", &new_pw).await;
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let kinds = sync_event_kinds(&mut sync_ws).await;
    assert!(
        !kinds.iter().any(|k| k == "DESKTOP_IMPORTED"),
        "a second sync imported again: {kinds:?}"
    );
    assert_eq!(lab.count().await, 3, "the second sync duplicated desktops");
    let again = by_name(&lab, "imported-acme").await;
    assert_eq!(again["id"], d["id"]);
    assert_eq!(again["credentials"]["username"], "Administrator", "the sync re-copied");
    assert_eq!(again["credentials"]["hasPassword"], true);
    assert_eq!(again["credentials"]["imageCopyAt"], c["imageCopyAt"]);
    assert_eq!(again["credentials"]["stale"], true, "{}", again["credentials"]);
    let id = id_of(&d);
    let assign = q::assign_desktop();
    let vars = json!({ "d": id, "o": lab.w.acme.user.user_id });
    lab.app().data(&lab.w.acme.admin, &assign, vars).await;
    let info = lab.conn_ok(&lab.w.acme.user, &id).await;
    assert_eq!(info["username"], "Administrator");
    assert_eq!(
        info["password"],
        lab.win_pw.as_str(),
        "connection info is not the copy made at import"
    );

    // The VM disappears: the desktop stays, marked; the others are untouched.
    let kept: Vec<Value> = vms.into_iter().filter(|v| v["id"] != "vm-imp-acme").collect();
    lab.p.write(&lab_inventory(kept));
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let gone = lab.node(lab.ops(), &id).await;
    assert_eq!(gone["removedFromPlatform"], true, "{gone}");
    assert_eq!(gone["credentials"]["username"], "Administrator");
    assert_eq!(by_name(&lab, "imported-globex").await["removedFromPlatform"], false);
    assert_eq!(lab.count().await, 3, "a desktop was deleted with its VM");
    assert_eq!(lab.node(&lab.w.acme.user, &id).await["removedFromPlatform"], true);
}

#[tokio::test]
async fn r12_unmapped_projects_stay_out_and_a_failed_listing_removes_nothing() {
    let lab = Lab::new().await;
    lab.p.write(&lab_inventory(vec![
        vm("vm-a", "only-acme", WIN, "uefi", Some("acme")),
        vm("vm-x", "stranger", WIN, "uefi", Some("initech")),
    ]));
    assert_eq!(lab.w.sync(&lab.p.id).await["status"], "SUCCEEDED");
    assert_eq!(lab.list_names(lab.ops(), json!(null)).await, vec!["only-acme"]);
    // A broken file: the sync fails and no desktop is marked removed.
    lab.p.write_raw("{ not json");
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    let d = nodes(&lab.list(lab.ops(), json!(null)).await);
    assert_eq!(d.len(), 1);
    assert_eq!(
        d[0]["removedFromPlatform"], false,
        "a failed sync marked a desktop removed"
    );
    // The file is readable again: nothing was lost, nothing duplicated.
    lab.p.write(&lab_inventory(vec![
        vm("vm-a", "only-acme", WIN, "uefi", Some("acme")),
        vm("vm-x", "stranger", WIN, "uefi", Some("initech")),
    ]));
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    assert_eq!(lab.list_names(lab.ops(), json!(null)).await, vec!["only-acme"]);
}

const SYNC_FLAGGED: &str = "mutation($id: ID!) { syncCloudPlatform(id: $id) { status flagged notes } }";
const READINESS: &str =
    "query($id: ID!) { node(id: $id) { ... on Desktop { name readiness { ready problems { code message } } } } }";

/// The problem codes of a desktop, as `who` sees it.
async fn codes(lab: &Lab, who: &support::world::Session, id: &str) -> (bool, Vec<String>) {
    let d = lab.app().data(who, READINESS, json!({ "id": id })).await;
    let r = &d["node"]["readiness"];
    let codes = r["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            assert!(p["message"].as_str().is_some_and(|m| !m.is_empty()), "{p}");
            str_of(p, "code")
        })
        .collect();
    (r["ready"].as_bool().expect("ready"), codes)
}

#[tokio::test]
async fn r6_vms_imported_against_their_source_are_flagged_listed_and_counted() {
    let lab = Lab::new().await;
    let vms = vec![
        vm("vm-fine", "imported-fine", WIN, "uefi", Some("acme")),
        vm("vm-mismatch", "imported-mismatch", WIN, "bios", Some("acme")),
        vm("vm-cirrus", "imported-cirrus", CIRRUS, "bios", Some("acme")),
    ];
    lab.p.write(&lab_inventory(vms));
    let run = lab.app().data(lab.ops(), SYNC_FLAGGED, json!({ "id": lab.p.id })).await["syncCloudPlatform"].clone();
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    assert_eq!(run["flagged"], 2, "the run counts the flagged imports: {run}");
    let notes = run["notes"].to_string();
    assert!(
        notes.contains("flagged") && notes.contains("vm-mismatch (BOOT_MODE_MISMATCH)"),
        "{run}"
    );
    assert!(notes.contains("vm-cirrus (VIDEO_MODEL_NOT_VIRTIO)"), "{run}");

    // Imported all the same, each with its reason.
    let fine = id_of(&by_name(&lab, "imported-fine").await);
    let mismatch = id_of(&by_name(&lab, "imported-mismatch").await);
    let cirrus = id_of(&by_name(&lab, "imported-cirrus").await);
    assert_eq!(codes(&lab, lab.ops(), &fine).await, (true, vec![]));
    assert_eq!(
        codes(&lab, &lab.w.acme.admin, &mismatch).await,
        (false, vec!["BOOT_MODE_MISMATCH".to_owned()])
    );
    assert_eq!(
        codes(&lab, lab.ops(), &cirrus).await,
        (false, vec!["VIDEO_MODEL_NOT_VIRTIO".to_owned()])
    );

    // Listed by a filter, within the viewer's scope.
    let mut flagged = lab.list_names(lab.ops(), json!({ "ready": false })).await;
    flagged.sort();
    assert_eq!(flagged, ["imported-cirrus", "imported-mismatch"]);
    let acme_flagged = lab.list_names(&lab.w.acme.admin, json!({ "ready": false })).await;
    assert_eq!(acme_flagged.len(), 2, "{acme_flagged:?}");
    assert!(
        lab.list_names(&lab.w.globex.admin, json!({ "ready": false }))
            .await
            .is_empty()
    );
    let made = lab.desktop(&lab.w.acme.admin, WIN, None).await;
    let ready = lab.list_names(lab.ops(), json!({ "ready": true })).await;
    assert!(
        ready.contains(&"imported-fine".to_owned()) && ready.contains(&str_of(&made, "name")),
        "{ready:?}"
    );
    assert!(!ready.iter().any(|n| n == "imported-mismatch" || n == "imported-cirrus"));

    // A sync that imports nothing new flags nothing new.
    let again = lab.app().data(lab.ops(), SYNC_FLAGGED, json!({ "id": lab.p.id })).await["syncCloudPlatform"].clone();
    assert_eq!(again["flagged"], 0, "{again}");
}
