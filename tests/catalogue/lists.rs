//! R4 (VDI list vs platform view), R5 (templates alike), R8 readiness, filters and pagination.

use serde_json::{Value, json};

use support::fragments as f;
use support::harness::{data, expect_code};
use support::inventory::{self, STANDARD, item};
use support::world::{World, names, nodes, problem_codes, sorted, str_of, strings};

/// Names of the standard inventory with a given scope and tenant, prefixed and sorted.
fn expected_names(prefix: &str, scope: &str, tenant: Option<&str>) -> Vec<String> {
    sorted(
        STANDARD
            .iter()
            .filter(|e| e.scope == scope && (scope == "SYSTEM" || e.tenant == tenant))
            .map(|e| format!("{prefix}{}", e.name))
            .collect(),
    )
}

fn merged(mut a: Vec<String>, b: Vec<String>) -> Vec<String> {
    a.extend(b);
    sorted(a)
}

/// R4 and R5 on one pair of kinds: two platforms, the VDI list holds the system sources of both.
async fn vdi_lists_system_sources_of_every_platform(kinds: [&str; 2]) {
    let w = World::new().await;
    let a = w.standard_platform(kinds[0], "a-").await;
    let b = w.standard_platform(kinds[1], "b-").await;
    let (vdi, custom) = (inventory::vdi_field(kinds[0]), inventory::custom_field(kinds[0]));
    let want = merged(
        expected_names("a-", "SYSTEM", None),
        expected_names("b-", "SYSTEM", None),
    );
    for who in [&w.ops, &w.acme.admin, &w.globex.admin] {
        let conn = w.list(who, vdi, json!({ "first": 100 })).await;
        assert_eq!(names(&conn), want, "{vdi} must be the system sources of every platform");
        assert_eq!(conn["totalCount"], want.len());
        assert!(
            nodes(&conn)
                .iter()
                .all(|n| n["scope"] == "SYSTEM" && n["__typename"] == inventory::typename(kinds[0]))
        );
    }
    // Custom sources: per tenant.
    let acme = merged(
        expected_names("a-", "CUSTOM", Some("acme")),
        expected_names("b-", "CUSTOM", Some("acme")),
    );
    let globex = merged(
        expected_names("a-", "CUSTOM", Some("globex")),
        expected_names("b-", "CUSTOM", Some("globex")),
    );
    assert_eq!(w.list_names(&w.acme.admin, custom, json!(null)).await, acme);
    assert_eq!(w.list_names(&w.globex.admin, custom, json!(null)).await, globex);
    assert_eq!(
        w.list_names(&w.ops, custom, json!(null)).await,
        merged(acme.clone(), globex.clone())
    );
    let only_acme = w
        .list(&w.ops, custom, json!({ "first": 100, "tenantId": w.acme.id }))
        .await;
    assert_eq!(names(&only_acme), acme);
    // The platform's own view: only what came from it, system and custom alike.
    let field = inventory::platform_field(kinds[0]);
    let d = w
        .app
        .data(
            &w.ops,
            &f::platform_sources_query(field),
            json!({ "id": a.id, "first": 100 }),
        )
        .await;
    let mut all_a: Vec<String> = STANDARD.iter().map(|e| format!("a-{}", e.name)).collect();
    all_a.sort();
    assert_eq!(
        names(&d["node"][field]),
        all_a,
        "{field} of a platform must hold only its own sources"
    );
    assert!(
        nodes(&d["node"][field])
            .iter()
            .all(|n| n["platform"]["id"] == a.id.as_str())
    );
    // Filter by platform.
    let only_b = w.list_names(&w.ops, vdi, json!({ "platformId": b.id })).await;
    assert_eq!(only_b, expected_names("b-", "SYSTEM", None));
}

#[tokio::test]
async fn r4_vdi_images_are_system_images_of_every_platform() {
    vdi_lists_system_sources_of_every_platform(["OPENSTACK", "ZSTACK"]).await;
}

#[tokio::test]
async fn r5_vdi_templates_are_system_templates_of_every_platform() {
    vdi_lists_system_sources_of_every_platform(["SMARTX", "WXSTACK"]).await;
}

#[tokio::test]
async fn r5_images_and_templates_never_mix() {
    let w = World::new().await;
    w.standard_platform("OPENSTACK", "i-").await;
    w.standard_platform("SMARTX", "t-").await;
    let images = w
        .list_names(&w.ops, "vdiImages", json!({ "includeRemoved": true }))
        .await;
    let templates = w
        .list_names(&w.ops, "vdiTemplates", json!({ "includeRemoved": true }))
        .await;
    assert!(images.iter().all(|n| n.starts_with("i-")), "{images:?}");
    assert!(templates.iter().all(|n| n.starts_with("t-")), "{templates:?}");
    let ci = w.list_names(&w.ops, "customImages", json!(null)).await;
    let ct = w.list_names(&w.ops, "customTemplates", json!(null)).await;
    assert!(
        ci.iter().all(|n| n.starts_with("i-")) && ct.iter().all(|n| n.starts_with("t-")),
        "{ci:?} {ct:?}"
    );
    assert_eq!(ct.len(), 3);
}

#[tokio::test]
async fn r8_readiness_problems_per_source() {
    let w = World::new().await;
    for kind in ["OPENSTACK", "WXSTACK"] {
        let p = w.standard_platform(kind, "").await;
        let all = w.sources(&p).await;
        for e in STANDARD {
            let s = &all[e.name];
            assert_eq!(problem_codes(s), strings(e.problems), "{kind} {}: {s}", e.name);
            assert_eq!(s["readiness"]["ready"], e.problems.is_empty(), "{kind} {}: {s}", e.name);
            for problem in s["readiness"]["problems"].as_array().expect("problems") {
                assert!(problem["message"].as_str().is_some_and(|m| !m.is_empty()), "{problem}");
            }
        }
    }
}

#[tokio::test]
async fn r8_unknown_video_model_is_other_and_not_ready() {
    let w = World::new().await;
    let items = vec![
        item("img-00001", "bochs", Some("uefi"), Some("bochs"), None),
        item("img-00002", "vga", Some("uefi"), Some("vga"), None),
        item("img-00003", "legacy", Some("legacy"), Some("VirtIO"), None),
    ];
    let p = w
        .sim_platform("OPENSTACK", &inventory::inventory("OPENSTACK", items))
        .await;
    w.sync(&p.id).await;
    let all = w.sources(&p).await;
    assert_eq!(all["bochs"]["videoModel"], "OTHER");
    assert_eq!(all["vga"]["videoModel"], "VGA");
    assert_eq!(problem_codes(&all["bochs"]), strings(&["VIDEO_MODEL_NOT_VIRTIO"]));
    assert_eq!(problem_codes(&all["vga"]), strings(&["VIDEO_MODEL_NOT_VIRTIO"]));
    assert_eq!(all["legacy"]["bootMode"], "BIOS");
    assert_eq!(all["legacy"]["videoModel"], "VIRTIO");
    assert_eq!(all["legacy"]["readiness"]["ready"], true);
}

#[tokio::test]
async fn r8_ready_filter_lists_only_ready_sources() {
    let w = World::new().await;
    for kind in ["ZSTACK", "SMARTX"] {
        w.standard_platform(kind, "").await;
        let (vdi, custom) = (inventory::vdi_field(kind), inventory::custom_field(kind));
        let ready = |scope: &str, tenant: Option<&str>| -> Vec<String> {
            sorted(
                STANDARD
                    .iter()
                    .filter(|e| e.scope == scope && e.tenant == tenant && e.problems.is_empty())
                    .map(|e| e.name.to_owned())
                    .collect(),
            )
        };
        let not_ready = |scope: &str, tenant: Option<&str>| -> Vec<String> {
            sorted(
                STANDARD
                    .iter()
                    .filter(|e| e.scope == scope && e.tenant == tenant && !e.problems.is_empty())
                    .map(|e| e.name.to_owned())
                    .collect(),
            )
        };
        assert_eq!(
            w.list_names(&w.ops, vdi, json!({ "ready": true })).await,
            ready("SYSTEM", None),
            "{kind}"
        );
        assert_eq!(
            w.list_names(&w.ops, vdi, json!({ "ready": false })).await,
            not_ready("SYSTEM", None),
            "{kind}"
        );
        assert_eq!(
            w.list_names(&w.acme.admin, custom, json!({ "ready": true })).await,
            ready("CUSTOM", Some("acme")),
            "{kind}"
        );
    }
}

#[tokio::test]
async fn catalogue_filters_name_os_type_boot_mode_platform() {
    let w = World::new().await;
    let a = w.standard_platform("OPENSTACK", "").await;
    let id = w.source_id(&a, "sys-bios-cirrus").await;
    w.mutate_ok(
        &w.ops,
        "setOsInfo",
        json!({ "id": id, "osType": "windows", "osDistro": "win10" }),
    )
    .await;
    let cases = [
        (json!({ "nameContains": "cirrus" }), vec!["sys-bios-cirrus"]),
        (json!({ "nameContains": "CIRRUS" }), vec!["sys-bios-cirrus"]),
        (json!({ "nameContains": "no-such-name" }), vec![]),
        (json!({ "osType": "windows" }), vec!["sys-bios-cirrus"]),
        (json!({ "osType": "linux" }), vec![]),
        (json!({ "bootMode": "BIOS" }), vec!["sys-bios-cirrus", "sys-qxl"]),
        (
            json!({ "bootMode": "UEFI" }),
            vec!["sys-novideo", "sys-queued", "sys-uefi-virtio", "sys-unmapped"],
        ),
        (
            json!({ "bootMode": "UEFI", "ready": true }),
            vec!["sys-uefi-virtio", "sys-unmapped"],
        ),
        (
            json!({ "platformId": a.id, "nameContains": "sys-q" }),
            vec!["sys-queued", "sys-qxl"],
        ),
    ];
    for (filter, want) in cases {
        assert_eq!(
            w.list_names(&w.ops, "vdiImages", filter.clone()).await,
            strings(&want),
            "filter {filter}"
        );
    }
    let conn = w
        .list(&w.ops, "vdiImages", json!({ "filter": { "nameContains": "sys-q" } }))
        .await;
    assert_eq!(conn["totalCount"], 2, "totalCount counts the filtered list");
}

#[tokio::test]
async fn catalogue_pagination_by_name_then_id() {
    let w = World::new().await;
    // Names out of order, with duplicates, so that the order must come from the server.
    let names_in = [
        "delta", "alpha", "charlie", "alpha", "bravo", "echo", "alpha", "foxtrot", "charlie",
    ];
    let items: Vec<Value> = names_in
        .iter()
        .enumerate()
        .map(|(i, n)| item(&format!("img-{:05}", 50 - i), n, Some("uefi"), Some("virtio"), None))
        .collect();
    let p = w
        .sim_platform("OPENSTACK", &inventory::inventory("OPENSTACK", items))
        .await;
    w.sync(&p.id).await;
    let full = w.list(&w.ops, "vdiImages", json!({ "first": 100 })).await;
    assert_eq!(full["totalCount"], names_in.len());
    assert_eq!(full["pageInfo"]["hasNextPage"], false);
    let all = nodes(&full);
    let mut want: Vec<&str> = names_in.to_vec();
    want.sort();
    assert_eq!(names(&full), want);
    let ids: Vec<String> = all.iter().map(|n| str_of(n, "id")).collect();
    let mut unique_ids = ids.clone();
    unique_ids.sort();
    unique_ids.dedup();
    assert_eq!(unique_ids.len(), ids.len());
    // Walk in pages of 2: the same order, every source once.
    let mut walked = vec![];
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let page = w.list(&w.ops, "vdiImages", json!({ "first": 2, "after": after })).await;
        pages += 1;
        assert_eq!(
            page["totalCount"],
            names_in.len(),
            "totalCount is the whole list on every page"
        );
        let edges = page["edges"].as_array().expect("edges").clone();
        assert!(edges.len() <= 2);
        if let Some(last) = edges.last() {
            assert_eq!(
                page["pageInfo"]["endCursor"], last["cursor"],
                "endCursor is the last edge's cursor"
            );
        }
        walked.extend(edges.iter().map(|e| str_of(&e["node"], "id")));
        if page["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = Some(str_of(&page["pageInfo"], "endCursor"));
        assert!(pages < 10, "pagination does not end");
    }
    assert_eq!(pages, 5);
    assert_eq!(walked, ids, "paging must give the same order as one page");
    // The same order again: stable.
    let again = w.list(&w.ops, "vdiImages", json!({ "first": 100 })).await;
    assert_eq!(nodes(&again).iter().map(|n| str_of(n, "id")).collect::<Vec<_>>(), ids);
    // first: 0 gives an empty page that still counts.
    let zero = w.list_raw(&w.ops, "vdiImages", json!({ "first": 0 })).await;
    if zero.get("errors").is_none() {
        assert_eq!(zero["data"]["vdiImages"]["edges"], json!([]));
        assert_eq!(zero["data"]["vdiImages"]["totalCount"], names_in.len());
    }
}

#[tokio::test]
async fn catalogue_page_size_default_50_max_100() {
    let w = World::new().await;
    let p = w.add_platform("big", "OPENSTACK", "sim://lab?images=120&seed=3").await;
    let id = str_of(&p, "id");
    w.sync(&id).await;
    let q = f::platform_sources_query("images");
    let page = |first: Value| {
        let q = q.clone();
        let id = id.clone();
        let w = &w;
        async move { w.app.call(&w.ops, &q, json!({ "id": id, "first": first })).await }
    };
    let default = data(page(Value::Null).await);
    assert_eq!(default["node"]["images"]["edges"].as_array().map(Vec::len), Some(50));
    assert_eq!(default["node"]["images"]["totalCount"], 120);
    assert_eq!(default["node"]["images"]["pageInfo"]["hasNextPage"], true);
    let max = data(page(json!(100)).await);
    assert_eq!(max["node"]["images"]["edges"].as_array().map(Vec::len), Some(100));
    for bad in [json!(101), json!(1000), json!(-1)] {
        expect_code(&page(bad).await, "BAD_USER_INPUT");
    }
    // The same limits on the top-level lists.
    let vdi = w.list(&w.ops, "vdiImages", json!({})).await;
    let total = vdi["totalCount"].as_u64().expect("totalCount");
    assert_eq!(vdi["edges"].as_array().map(Vec::len), Some(total.min(50) as usize));
    expect_code(
        &w.list_raw(&w.ops, "vdiImages", json!({ "first": 1000 })).await,
        "BAD_USER_INPUT",
    );
    expect_code(
        &w.list_raw(&w.ops, "customImages", json!({ "first": -5 })).await,
        "BAD_USER_INPUT",
    );
}
