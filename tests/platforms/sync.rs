//! R2 (level-triggered sync) and R3 (scope from the project mapping).

use serde_json::{Value, json};

use support::fragments as f;
use support::inventory::{self, STANDARD, find_mut, item, remove, standard};
use support::world::{SimPlatform, World, nodes, str_of};

fn counts(run: &Value) -> (i64, i64, i64) {
    let n = |k: &str| run[k].as_i64().unwrap_or_else(|| panic!("no {k} in {run}"));
    (n("added"), n("updated"), n("removed"))
}

async fn platform_state(w: &World, id: &str) -> Value {
    let q = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { available lastSync { id status } \
             syncRuns(first: 20) { totalCount edges { node { id status added updated removed } } } } } }";
    w.app.data(&w.ops, q, json!({ "id": id })).await["node"].clone()
}

/// Version of every source by name, including removed ones.
async fn versions(w: &World, p: &SimPlatform) -> Vec<(String, i64)> {
    let mut all: Vec<(String, i64)> = w
        .sources(p)
        .await
        .into_iter()
        .map(|(n, s)| (n, s["version"].as_i64().expect("version")))
        .collect();
    all.sort();
    all
}

#[tokio::test]
async fn r2_first_sync_adds_every_source() {
    let w = World::new().await;
    let p = w.sim_platform("OPENSTACK", &standard("OPENSTACK", "")).await;
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    assert_eq!(counts(&run), (STANDARD.len() as i64, 0, 0), "{run}");
    assert!(run["error"].is_null(), "{run}");
    assert_eq!(run["platform"]["id"], p.id.as_str());
    assert!(run["finishedAt"].is_string());
    let all = w.sources(&p).await;
    assert_eq!(all.len(), STANDARD.len());
    for s in all.values() {
        assert_eq!(s["__typename"], "Image");
        assert_eq!(s["removedFromPlatform"], false);
        assert!(s["syncedAt"].is_string(), "{s}");
    }
    let src = &all["sys-bios-cirrus"];
    assert_eq!(
        (
            src["externalId"].as_str(),
            src["bootMode"].as_str(),
            src["videoModel"].as_str()
        ),
        (Some("img-00002"), Some("BIOS"), Some("CIRRUS"))
    );
    assert!(all["sys-noboot"]["bootMode"].is_null());
    assert!(all["sys-novideo"]["videoModel"].is_null());
    let state = platform_state(&w, &p.id).await;
    assert_eq!(state["available"], true);
    assert_eq!(state["lastSync"]["id"], run["id"]);
}

#[tokio::test]
async fn r2_resync_changes_nothing() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "SMARTX"] {
        let p = w.standard_platform(kind, "").await;
        let before = versions(&w, &p).await;
        for _ in 0..2 {
            let run = w.sync(&p.id).await;
            assert_eq!(run["status"], "SUCCEEDED");
            assert_eq!(
                counts(&run),
                (0, 0, 0),
                "{kind}: an unchanged platform must change nothing: {run}"
            );
        }
        assert_eq!(
            versions(&w, &p).await,
            before,
            "{kind}: versions moved without a change"
        );
    }
}

#[tokio::test]
async fn r2_platform_owned_changes_are_refreshed_and_counted() {
    let w = World::new().await;
    let kind = "OPENSTACK";
    let p = w.standard_platform(kind, "").await;
    let before = w.sources(&p).await;
    let mut inv = p.read();
    find_mut(&mut inv, kind, "sys-uefi-virtio")["name"] = json!("sys-renamed");
    find_mut(&mut inv, kind, "sys-bios-cirrus")["bootMode"] = json!("uefi");
    find_mut(&mut inv, kind, "sys-qxl")["videoModel"] = json!("virtio");
    find_mut(&mut inv, kind, "sys-queued")["status"] = json!("active");
    find_mut(&mut inv, kind, "sys-noboot")["sizeBytes"] = json!(1234);
    find_mut(&mut inv, kind, "sys-unmapped")["project"] = json!("acme");
    inv["images"].as_array_mut().expect("images").push(item(
        "img-00099",
        "brand-new",
        Some("uefi"),
        Some("virtio"),
        None,
    ));
    p.write(&inv);
    let run = w.sync(&p.id).await;
    assert_eq!(counts(&run), (1, 6, 0), "{run}");
    let after = w.sources(&p).await;
    let renamed = &after["sys-renamed"];
    assert_eq!(
        renamed["id"], before["sys-uefi-virtio"]["id"],
        "a rename keeps the identity (platform, external id)"
    );
    assert!(
        renamed["version"].as_i64() > before["sys-uefi-virtio"]["version"].as_i64(),
        "an update bumps the version"
    );
    assert_eq!(after["sys-bios-cirrus"]["bootMode"], "UEFI");
    assert_eq!(after["sys-qxl"]["videoModel"], "VIRTIO");
    assert_eq!(after["sys-qxl"]["readiness"]["ready"], true, "{}", after["sys-qxl"]);
    assert_eq!(
        after["sys-queued"]["readiness"]["ready"], true,
        "{}",
        after["sys-queued"]
    );
    assert_eq!(after["sys-unmapped"]["scope"], "CUSTOM");
    assert_eq!(after["sys-unmapped"]["tenant"]["slug"], "acme");
    assert_eq!(after["sys-unmapped"]["id"], before["sys-unmapped"]["id"]);
    assert!(
        after["sys-noboot"]["version"].as_i64() > before["sys-noboot"]["version"].as_i64(),
        "size is platform-owned"
    );
    // Untouched sources keep their version.
    assert_eq!(
        after["acme-uefi-virtio"]["version"],
        before["acme-uefi-virtio"]["version"]
    );
    assert_eq!(counts(&w.sync(&p.id).await), (0, 0, 0));
}

#[tokio::test]
async fn r2_business_fields_survive_sync() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "WXSTACK"] {
        let p = w.standard_platform(kind, "").await;
        let id = w.source_id(&p, "sys-uefi-virtio").await;
        w.mutate_ok(
            &w.ops,
            "setOsInfo",
            json!({ "id": id, "osType": "linux", "osDistro": "ubuntu" }),
        )
        .await;
        w.mutate_ok(
            &w.ops,
            "setOsCredentials",
            json!({ "id": id, "username": "ubuntu", "password": "Pa55-word-xyz" }),
        )
        .await;
        let mut inv = p.read();
        let it = find_mut(&mut inv, kind, "sys-uefi-virtio");
        it["name"] = json!("sys-uefi-virtio-v2");
        it["osType"] = json!("windows");
        it["osDistro"] = json!("win10");
        p.write(&inv);
        assert_eq!(counts(&w.sync(&p.id).await), (0, 1, 0));
        let s = w.node(&w.ops, &id).await;
        assert_eq!(s["name"], "sys-uefi-virtio-v2");
        assert_eq!(
            (s["osType"].as_str(), s["osDistro"].as_str()),
            (Some("linux"), Some("ubuntu")),
            "{kind}: a sync overwrote business fields: {s}"
        );
        assert_eq!(
            (s["osUsername"].as_str(), s["hasOsPassword"].as_bool()),
            (Some("ubuntu"), Some(true)),
            "{kind}: {s}"
        );
    }
}

#[tokio::test]
async fn r2_os_hints_seed_first_import_only() {
    let w = World::new().await;
    let kind = "OPENSTACK";
    let mut hinted = item("img-00001", "hinted", Some("uefi"), Some("virtio"), None);
    hinted["osType"] = json!("windows");
    hinted["osDistro"] = json!("win10");
    let plain = item("img-00002", "plain", Some("uefi"), Some("virtio"), None);
    let p = w
        .sim_platform(kind, &inventory::inventory(kind, vec![hinted, plain]))
        .await;
    w.sync(&p.id).await;
    let all = w.sources(&p).await;
    assert_eq!(
        (all["hinted"]["osType"].as_str(), all["hinted"]["osDistro"].as_str()),
        (Some("windows"), Some("win10"))
    );
    assert!(
        all["plain"]["osType"].is_null() && all["plain"]["osDistro"].is_null(),
        "{}",
        all["plain"]
    );
    // Later hints never overwrite, whether or not an admin edited the preset.
    let mut inv = p.read();
    for name in ["hinted", "plain"] {
        let it = find_mut(&mut inv, kind, name);
        it["osType"] = json!("linux");
        it["osDistro"] = json!("ubuntu");
    }
    p.write(&inv);
    w.sync(&p.id).await;
    let all = w.sources(&p).await;
    assert_eq!(
        (all["hinted"]["osType"].as_str(), all["hinted"]["osDistro"].as_str()),
        (Some("windows"), Some("win10"))
    );
    assert!(
        all["plain"]["osType"].is_null(),
        "hints seeded a source that was not new: {}",
        all["plain"]
    );
}

#[tokio::test]
async fn r2_vanished_source_marked_removed_once_and_can_return() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "SMARTX"] {
        let p = w.standard_platform(kind, "").await;
        let id = w.source_id(&p, "sys-uefi-virtio").await;
        let custom_id = w.source_id(&p, "acme-uefi-virtio").await;
        let mut inv = p.read();
        let gone = remove(&mut inv, kind, "sys-uefi-virtio");
        let gone_custom = remove(&mut inv, kind, "acme-uefi-virtio");
        p.write(&inv);
        let run = w.sync(&p.id).await;
        assert_eq!(counts(&run), (0, 0, 2), "{kind}: {run}");
        let s = w.node(&w.ops, &id).await;
        assert_eq!(s["removedFromPlatform"], true, "{kind}: marked, never deleted: {s}");
        assert!(
            support::world::problem_codes(&s).contains(&"REMOVED_FROM_PLATFORM".to_owned()),
            "{s}"
        );
        assert_eq!(s["readiness"]["ready"], false);
        let (vdi, custom) = (inventory::vdi_field(kind), inventory::custom_field(kind));
        assert!(
            !w.list_names(&w.ops, vdi, json!(null))
                .await
                .contains(&"sys-uefi-virtio".to_owned()),
            "removed sources are hidden by default"
        );
        assert!(
            w.list_names(&w.ops, vdi, json!({ "includeRemoved": true }))
                .await
                .contains(&"sys-uefi-virtio".to_owned())
        );
        assert_eq!(
            w.list_names(&w.acme.admin, custom, json!(null)).await,
            vec!["acme-bios-cirrus"]
        );
        assert_eq!(
            w.list_names(&w.acme.admin, custom, json!({ "includeRemoved": true }))
                .await,
            vec!["acme-bios-cirrus", "acme-uefi-virtio"]
        );
        assert_eq!(w.node(&w.acme.admin, &custom_id).await["removedFromPlatform"], true);
        // Counted once.
        assert_eq!(
            counts(&w.sync(&p.id).await),
            (0, 0, 0),
            "{kind}: a source is newly removed only once"
        );
        // It comes back: an update, not an addition.
        let mut inv = p.read();
        inv[inventory::items_key(kind)]
            .as_array_mut()
            .expect("items")
            .extend([gone, gone_custom]);
        p.write(&inv);
        assert_eq!(counts(&w.sync(&p.id).await), (0, 2, 0), "{kind}");
        let s = w.node(&w.ops, &id).await;
        assert_eq!(s["removedFromPlatform"], false);
        assert_eq!(s["readiness"]["ready"], true, "{s}");
    }
}

#[tokio::test]
async fn r2_failed_listing_removes_nothing() {
    let w = World::new().await;
    let kind = "OPENSTACK";
    let p = w.standard_platform(kind, "").await;
    let before = versions(&w, &p).await;
    let good = p.read();
    let mut failing = good.clone();
    failing["fail"] = json!("simulated outage");
    failing["images"] = json!([]);
    p.write(&failing);
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    assert!(
        run["error"].as_str().is_some_and(|e| !e.is_empty()),
        "a failed run says why: {run}"
    );
    assert_eq!(counts(&run), (0, 0, 0), "{run}");
    assert_eq!(platform_state(&w, &p.id).await["available"], false);
    assert_eq!(versions(&w, &p).await, before, "a failed listing changed sources");
    assert!(w.sources(&p).await.values().all(|s| s["removedFromPlatform"] == false));
    // A file that does not parse fails the same way.
    p.write_raw("{ this is not json");
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "FAILED", "{run}");
    assert_eq!(counts(&run), (0, 0, 0));
    assert_eq!(versions(&w, &p).await, before);
    // Back to normal: available again, nothing to do.
    p.write(&good);
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "SUCCEEDED");
    assert_eq!(counts(&run), (0, 0, 0), "{run}");
    let state = platform_state(&w, &p.id).await;
    assert_eq!(state["available"], true);
    assert_eq!(state["lastSync"]["id"], run["id"]);
}

#[tokio::test]
async fn r2_sync_runs_newest_first() {
    let w = World::new().await;
    let p = w.sim_platform("ZSTACK", &standard("ZSTACK", "")).await;
    let mut ids = vec![];
    for _ in 0..3 {
        ids.push(str_of(&w.sync(&p.id).await, "id"));
    }
    let mut failing = p.read();
    failing["fail"] = json!("down");
    p.write(&failing);
    let failed = w.sync(&p.id).await;
    ids.push(str_of(&failed, "id"));
    let state = platform_state(&w, &p.id).await;
    assert_eq!(state["syncRuns"]["totalCount"], 4);
    let listed: Vec<String> = nodes(&state["syncRuns"]).iter().map(|r| str_of(r, "id")).collect();
    ids.reverse();
    assert_eq!(listed, ids, "sync runs newest first");
    assert_eq!(state["lastSync"]["id"], ids[0].as_str());
    assert_eq!(state["lastSync"]["status"], "FAILED");
    let statuses: Vec<Value> = nodes(&state["syncRuns"]).iter().map(|r| r["status"].clone()).collect();
    assert_eq!(
        statuses,
        vec![
            json!("FAILED"),
            json!("SUCCEEDED"),
            json!("SUCCEEDED"),
            json!("SUCCEEDED")
        ]
    );
    let first = &nodes(&state["syncRuns"])[3];
    assert_eq!(first["added"], STANDARD.len());
    // Pagination of runs.
    let q = "query($id: ID!, $after: String) { node(id: $id) { ... on CloudPlatform { syncRuns(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }";
    let page1 = w.app.data(&w.ops, q, json!({ "id": p.id })).await["node"]["syncRuns"].clone();
    assert_eq!(page1["pageInfo"]["hasNextPage"], true);
    let page2 = w
        .app
        .data(
            &w.ops,
            q,
            json!({ "id": p.id, "after": page1["pageInfo"]["endCursor"] }),
        )
        .await["node"]["syncRuns"]
        .clone();
    assert_eq!(page2["pageInfo"]["hasNextPage"], false);
    assert_eq!(
        nodes(&page2).iter().map(|r| str_of(r, "id")).collect::<Vec<_>>(),
        vec![ids[3].clone()]
    );
}

#[tokio::test]
async fn r3_scope_follows_project_mapping() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "SMARTX"] {
        let p = w.standard_platform(kind, "").await;
        let all = w.sources(&p).await;
        for e in STANDARD {
            let s = &all[e.name];
            assert_eq!(s["scope"], e.scope, "{kind} {}: {s}", e.name);
            assert_eq!(s["tenant"]["slug"].as_str(), e.tenant, "{kind} {}: {s}", e.name);
            assert_eq!(s["__typename"], inventory::typename(kind));
        }
    }
}

#[tokio::test]
async fn r3_remapping_rederives_scope_at_once() {
    let w = World::new().await;
    let kind = "OPENSTACK";
    let p = w.standard_platform(kind, "").await;
    let mapping = json!([{ "project": "acme", "tenant": "globex" }, { "project": "initech", "tenant": "acme" }]);
    w.app
        .data(
            &w.ops,
            f::UPDATE_PLATFORM,
            json!({ "i": { "id": p.id, "projectTenants": mapping } }),
        )
        .await;
    let all = w.sources(&p).await;
    let scope = |n: &str| {
        (
            all[n]["scope"].as_str().map(str::to_owned),
            all[n]["tenant"]["slug"].as_str().map(str::to_owned),
        )
    };
    assert_eq!(
        scope("acme-uefi-virtio"),
        (Some("CUSTOM".into()), Some("globex".into()))
    );
    assert_eq!(scope("sys-unmapped"), (Some("CUSTOM".into()), Some("acme".into())));
    assert_eq!(scope("globex-uefi-virtio"), (Some("SYSTEM".into()), None));
    assert_eq!(scope("sys-uefi-virtio"), (Some("SYSTEM".into()), None));
    assert_eq!(
        w.list_names(&w.acme.admin, "customImages", json!(null)).await,
        vec!["sys-unmapped"]
    );
    assert_eq!(
        w.list_names(&w.globex.admin, "customImages", json!(null)).await,
        vec!["acme-bios-cirrus", "acme-uefi-virtio"]
    );
    assert!(
        w.list_names(&w.ops, "vdiImages", json!(null))
            .await
            .contains(&"globex-uefi-virtio".to_owned())
    );
    // A sync afterwards agrees with the new mapping and changes nothing.
    assert_eq!(counts(&w.sync(&p.id).await), (0, 0, 0));
    // No mapping at all: everything is a system source.
    w.app
        .data(
            &w.ops,
            f::UPDATE_PLATFORM,
            json!({ "i": { "id": p.id, "projectTenants": [] } }),
        )
        .await;
    let all = w.sources(&p).await;
    assert!(
        all.values().all(|s| s["scope"] == "SYSTEM" && s["tenant"].is_null()),
        "{all:?}"
    );
    assert_eq!(
        w.list(&w.ops, "vdiImages", json!({ "filter": { "includeRemoved": true } }))
            .await["totalCount"],
        STANDARD.len()
    );
    assert!(
        w.list_names(&w.acme.admin, "customImages", json!(null))
            .await
            .is_empty()
    );
}

#[tokio::test]
async fn r2_concurrent_syncs_import_each_source_once() {
    let w = World::new().await;
    let p = w.sim_platform("OPENSTACK", &standard("OPENSTACK", "")).await;
    let q = f::sync();
    let runs = futures::future::join_all((0..3).map(|_| w.app.call(&w.ops, &q, json!({ "id": p.id })))).await;
    // Syncs asked for while one runs join it (the same run); count each run once.
    let mut added = 0;
    let mut seen = std::collections::HashSet::new();
    for r in &runs {
        match support::harness::error_code(r) {
            None => {
                let run = &r["data"]["syncCloudPlatform"];
                assert_eq!(run["status"], "SUCCEEDED", "{run}");
                if seen.insert(run["id"].to_string()) {
                    added += run["added"].as_i64().expect("added");
                }
            }
            Some(code) => assert_ne!(code, "INTERNAL", "concurrent syncs broke the server: {r}"),
        }
    }
    assert_eq!(
        added,
        STANDARD.len() as i64,
        "every source is added exactly once: {runs:?}"
    );
    assert_eq!(w.sources(&p).await.len(), STANDARD.len());
    let conn = w.list(&w.ops, "vdiImages", json!({ "first": 100 })).await;
    assert_eq!(
        conn["totalCount"],
        STANDARD.iter().filter(|e| e.scope == "SYSTEM").count()
    );
    assert_eq!(counts(&w.sync(&p.id).await), (0, 0, 0));
}

#[tokio::test]
async fn r2_scheduled_sync_only_when_interval_set() {
    let w = World::new().await;
    let scheduled = w.sim_platform("OPENSTACK", &standard("OPENSTACK", "s-")).await;
    let on_demand = w.sim_platform("OPENSTACK", &standard("OPENSTACK", "d-")).await;
    let vars = json!({ "i": { "id": scheduled.id, "syncIntervalSeconds": 60 } });
    let d = w.app.data(&w.ops, f::UPDATE_PLATFORM, vars).await;
    assert_eq!(d["updateCloudPlatform"]["syncIntervalSeconds"], 60);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    loop {
        let state = platform_state(&w, &scheduled.id).await;
        if state["syncRuns"]["totalCount"].as_i64().unwrap_or(0) > 0 {
            assert_eq!(state["lastSync"]["status"], "SUCCEEDED", "{state}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no scheduled sync within 90 s of setting a 60 s interval"
        );
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
    assert_eq!(w.sources(&scheduled).await.len(), STANDARD.len());
    let state = platform_state(&w, &on_demand.id).await;
    assert_eq!(
        state["syncRuns"]["totalCount"], 0,
        "a platform without an interval was synced: {state}"
    );
    // Too short an interval is bad input.
    let resp = w
        .app
        .call(
            &w.ops,
            f::UPDATE_PLATFORM,
            json!({ "i": { "id": on_demand.id, "syncIntervalSeconds": 0 } }),
        )
        .await;
    support::harness::expect_code(&resp, "BAD_USER_INPUT");
}
