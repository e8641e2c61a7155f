//! R1: platforms are added with a kind, endpoint and secret, edited and removed.

use serde_json::{Value, json};

use support::fragments as f;
use support::harness::{Backend, TestApp, expect_code, unique};
use support::inventory::{self, standard};
use support::world::{Session, World, nodes, str_of};

async fn platform(w: &World, id: &str) -> Value {
    let q = format!(
        "query($id: ID!) {{ node(id: $id) {{ ... on CloudPlatform {{ {} }} }} }}",
        f::PLATFORM
    );
    w.app.data(&w.ops, &q, json!({ "id": id })).await["node"].clone()
}

#[tokio::test]
async fn r1_a_new_platform_shows_what_its_kinds_api_allows() {
    let w = World::new().await;
    let table = [
        ("OPENSTACK", "IMAGES", true, true),
        ("ZSTACK", "IMAGES", false, false),
        ("SMARTX", "TEMPLATES", false, false),
        ("WXSTACK", "TEMPLATES", true, true),
    ];
    for (kind, model, boot_editable, video_editable) in table {
        let added = w
            .add_platform(&format!("p-{kind}"), kind, "sim://lab?images=3&seed=1")
            .await;
        assert_eq!(added["kind"], kind);
        let caps = &added["capabilities"];
        assert_eq!(caps["resourceModel"], model, "{kind}: {caps}");
        assert_eq!(caps["bootModeEditable"], boot_editable, "{kind}: {caps}");
        assert_eq!(caps["videoModelEditable"], video_editable, "{kind}: {caps}");
        assert!(
            added["syncIntervalSeconds"].is_null(),
            "scheduled syncs are off unless configured: {added}"
        );
        let p = platform(&w, &str_of(&added, "id")).await;
        assert_eq!(p["capabilities"], *caps);
        assert!(p["lastSync"].is_null(), "no sync yet: {p}");
        assert_eq!(p["syncRuns"]["totalCount"], 0);
    }
    let listed = w
        .app
        .data(&w.ops, &f::cloud_platforms_query(f::PLATFORM), json!({}))
        .await;
    let mut names: Vec<&str> = listed["cloudPlatforms"]
        .as_array()
        .expect("list")
        .iter()
        .map(|p| p["name"].as_str().unwrap_or(""))
        .collect();
    names.sort();
    assert_eq!(names, vec!["p-OPENSTACK", "p-SMARTX", "p-WXSTACK", "p-ZSTACK"]);
}

#[tokio::test]
async fn r1_generated_lab_catalogue() {
    let w = World::new().await;
    for (kind, prefix) in [("OPENSTACK", "img-"), ("SMARTX", "tpl-")] {
        let p = w
            .add_platform(&format!("lab-{kind}"), kind, "sim://lab?images=40&seed=7")
            .await;
        let id = str_of(&p, "id");
        let run = w.sync(&id).await;
        assert_eq!(run["status"], "SUCCEEDED", "{run}");
        assert_eq!(
            (run["added"].as_i64(), run["updated"].as_i64(), run["removed"].as_i64()),
            (Some(40), Some(0), Some(0)),
            "{run}"
        );
        let field = inventory::platform_field(kind);
        let d = w
            .app
            .data(
                &w.ops,
                &f::platform_sources_query(field),
                json!({ "id": id, "first": 100 }),
            )
            .await;
        let conn = &d["node"][field];
        assert_eq!(conn["totalCount"], 40);
        let all = nodes(conn);
        assert!(
            all.iter().all(|s| s["externalId"]
                .as_str()
                .is_some_and(|e| e.starts_with(prefix) && e.len() == prefix.len() + 5)),
            "external ids must be {prefix}NNNNN: {conn}"
        );
        let count = |pred: &dyn Fn(&Value) -> bool| all.iter().filter(|s| pred(s)).count();
        assert!(
            count(&|s| s["bootMode"] == "UEFI") > count(&|s| s["bootMode"] == "BIOS"),
            "UEFI should dominate"
        );
        assert!(count(&|s| s["bootMode"] == "BIOS") > 0);
        assert!(count(&|s| s["videoModel"] == "VIRTIO") > count(&|s| s["videoModel"] == "CIRRUS"));
        assert!(count(&|s| s["videoModel"] == "CIRRUS") > 0);
        assert!(
            count(&|s| s["scope"] == "CUSTOM" && s["tenant"]["slug"] == "acme") > 0,
            "about 20% belong to acme"
        );
        assert!(count(&|s| s["scope"] == "SYSTEM") > count(&|s| s["scope"] == "CUSTOM"));
        // A generated catalogue is stable: a second sync changes nothing.
        let again = w.sync(&id).await;
        assert_eq!(
            (
                again["added"].as_i64(),
                again["updated"].as_i64(),
                again["removed"].as_i64()
            ),
            (Some(0), Some(0), Some(0)),
            "{again}"
        );
    }
}

#[tokio::test]
async fn r1_update_platform_name_endpoint_and_interval() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    let other = w.app.path("other.json");
    std::fs::write(
        &other,
        serde_json::to_vec(&inventory::inventory("OPENSTACK", vec![])).expect("json"),
    )
    .expect("write");
    let endpoint = format!("sim://{}", other.display());
    let vars = json!({ "i": { "id": p.id, "name": "renamed", "endpoint": endpoint, "syncIntervalSeconds": 3600 } });
    let d = w.app.data(&w.ops, f::UPDATE_PLATFORM, vars).await;
    assert_eq!(d["updateCloudPlatform"]["name"], "renamed");
    assert_eq!(d["updateCloudPlatform"]["endpoint"], endpoint.as_str());
    let re = platform(&w, &p.id).await;
    assert_eq!(
        (
            re["name"].as_str(),
            re["endpoint"].as_str(),
            re["syncIntervalSeconds"].as_i64()
        ),
        (Some("renamed"), Some(endpoint.as_str()), Some(3600))
    );
    assert_eq!(re["kind"], "OPENSTACK", "the kind is fixed");
    // The next sync reads the new endpoint: the old sources are gone from the platform.
    let run = w.sync(&p.id).await;
    assert_eq!(run["removed"], inventory::STANDARD.len(), "{run}");
}

#[tokio::test]
async fn r1_remove_platform_without_desktops() {
    let w = World::new().await;
    let keep = w.standard_platform("OPENSTACK", "keep-").await;
    let gone = w.standard_platform("OPENSTACK", "gone-").await;
    let image_id = w.source_id(&gone, "gone-sys-uefi-virtio").await;
    let custom_id = w.source_id(&gone, "gone-acme-uefi-virtio").await;
    let d = w.app.data(&w.ops, f::REMOVE_PLATFORM, json!({ "id": gone.id })).await;
    assert_eq!(d["removeCloudPlatform"], gone.id.as_str());
    let q = "query($id: ID!) { node(id: $id) { id } }";
    for id in [&gone.id, &image_id, &custom_id] {
        assert!(
            w.app.data(&w.ops, q, json!({ "id": id })).await["node"].is_null(),
            "{id} still resolves"
        );
    }
    let all = w
        .list_names(&w.ops, "vdiImages", json!({ "includeRemoved": true }))
        .await;
    assert!(
        all.iter().all(|n| n.starts_with("keep-")),
        "sources of the removed platform are still listed: {all:?}"
    );
    assert!(!all.is_empty());
    let custom = w
        .list_names(&w.acme.admin, "customImages", json!({ "includeRemoved": true }))
        .await;
    assert_eq!(custom, vec!["keep-acme-bios-cirrus", "keep-acme-uefi-virtio"]);
    let listed = w.app.data(&w.ops, "query { cloudPlatforms { id } }", json!({})).await;
    assert_eq!(listed["cloudPlatforms"], json!([{ "id": keep.id }]));
    // Removing it again: it no longer exists.
    expect_code(
        &w.app.call(&w.ops, f::REMOVE_PLATFORM, json!({ "id": gone.id })).await,
        "NOT_FOUND",
    );
    expect_code(
        &w.app.call(&w.ops, &f::sync(), json!({ "id": gone.id })).await,
        "NOT_FOUND",
    );
}

#[tokio::test]
async fn r1_platform_secret_is_never_returned() {
    let w = World::new().await;
    let secret = unique("Plat-Secret");
    let file = w.app.path("inv.json");
    std::fs::write(&file, serde_json::to_vec(&standard("OPENSTACK", "")).expect("json")).expect("write");
    let vars = json!({ "i": { "name": "secretive", "kind": "OPENSTACK", "endpoint": format!("sim://{}", file.display()),
        "secret": secret, "projectTenants": support::world::standard_mapping() } });
    let added = w.app.data(&w.ops, f::ADD_PLATFORM, vars).await["addCloudPlatform"].clone();
    let id = str_of(&added, "id");
    w.sync(&id).await;
    let rotated = unique("Plat-Secret2");
    w.app
        .data(
            &w.ops,
            f::UPDATE_PLATFORM,
            json!({ "i": { "id": id, "secret": rotated } }),
        )
        .await;
    w.sync(&id).await;
    // Read everything a client can read about it, as every role.
    for who in [&w.ops, &w.acme.admin, &w.acme.user] {
        w.app.call(who, &f::cloud_platforms_query(f::PLATFORM), json!({})).await;
    }
    platform(&w, &id).await;
    w.app
        .data(
            &w.ops,
            &f::platform_sources_query("images"),
            json!({ "id": id, "first": 100 }),
        )
        .await;
    for s in [&secret, &rotated] {
        w.app.assert_secret_nowhere(s);
    }
}

#[tokio::test]
async fn r1_bad_platform_input_writes_nothing() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    let add =
        |name: &str, kind: &str, endpoint: &str| json!({ "i": { "name": name, "kind": kind, "endpoint": endpoint } });
    let bad = [
        add("", "OPENSTACK", "sim://lab?images=3"),
        add("   ", "OPENSTACK", "sim://lab?images=3"),
        add("x", "OPENSTACK", ""),
        add("x", "OPENSTACK", "ftp://example.org/glance"),
        add("x", "OPENSTACK", "not a url at all"),
        add("x", "OPENSTACK", "http://"),
    ];
    for vars in bad {
        let resp = w.app.call(&w.ops, f::ADD_PLATFORM, vars.clone()).await;
        expect_code(&resp, "BAD_USER_INPUT");
        assert!(
            resp["data"].is_null() || resp["data"]["addCloudPlatform"].is_null(),
            "{vars}: {resp}"
        );
    }
    let upd = [
        json!({ "i": { "id": p.id, "name": "" } }),
        json!({ "i": { "id": p.id, "endpoint": "gopher://x" } }),
        json!({ "i": { "id": p.id, "projectTenants": [{ "project": "acme", "tenant": "no-such-tenant" }] } }),
    ];
    for vars in upd {
        expect_code(&w.app.call(&w.ops, f::UPDATE_PLATFORM, vars).await, "BAD_USER_INPUT");
    }
    let listed = w
        .app
        .data(&w.ops, "query { cloudPlatforms { id name endpoint } }", json!({}))
        .await;
    assert_eq!(listed["cloudPlatforms"].as_array().map(Vec::len), Some(1), "{listed}");
    assert_eq!(listed["cloudPlatforms"][0]["endpoint"], p.endpoint().as_str());
    // The mapping is unchanged: acme's images are still acme's.
    let custom = w.list_names(&w.acme.admin, "customImages", json!(null)).await;
    assert_eq!(custom, vec!["acme-bios-cirrus", "acme-uefi-virtio"]);
}

/// The platform names a page of images points to.
async fn image_platform_names(app: &TestApp, ops: &Session) -> Vec<String> {
    let d = app
        .data(
            ops,
            "{ vdiImages(first: 20) { edges { node { platform { name } } } } }",
            json!({}),
        )
        .await;
    let mut names: Vec<String> = d["vdiImages"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| str_of(&e["node"]["platform"], "name"))
        .collect();
    names.dedup();
    names
}

/// A process keeps the platforms it read for a moment (`src/domain/platform_cache.rs`): a
/// renamed platform shows its new name at the very next request on the process that renamed it,
/// and on every other replica (PostgreSQL) at once, through the change's event, not only when
/// the kept entry runs out (2 s).
#[tokio::test]
async fn a_renamed_platform_shows_its_new_name_at_once_on_every_replica() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    w.sync(&p.id).await;
    let before = image_platform_names(&w.app, &w.ops).await;
    assert_eq!(before.len(), 1, "{before:?}");
    let other = match w.app.backend {
        Backend::Postgres => {
            let other = w.app.replica().await;
            // Its event relay listens before the change is made.
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            assert_eq!(image_platform_names(&other, &w.ops).await, before);
            Some(other)
        }
        Backend::Sqlite => None,
    };
    let vars = json!({ "i": { "id": p.id, "name": "renamed" } });
    w.app.data(&w.ops, f::UPDATE_PLATFORM, vars).await;
    assert_eq!(image_platform_names(&w.app, &w.ops).await, ["renamed"]);
    let Some(other) = other else { return };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
    loop {
        let names = image_platform_names(&other, &w.ops).await;
        if names == ["renamed"] {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the other replica still shows the old name: {names:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// More platform pages at once than the pool has connections all answer: a page gives its
/// connection back before it waits for another (its tenants' loader), so pages never hold every
/// connection while each waits for one more.
#[tokio::test(flavor = "multi_thread")]
async fn platform_pages_beyond_the_pool_size_all_answer() {
    let w = World::with_app(TestApp::start_with_env(&[("XSPACE_DB_POOL_SIZE", "2")]).await).await;
    w.standard_platform("OPENSTACK", "os-").await;
    w.standard_platform("SMARTX", "sx-").await;
    let query = "{ cloudPlatforms { name projectTenants { project tenant } lastSync { status } \
                 syncRuns(first: 5) { totalCount } } }";
    let (app, ops) = (&w.app, &w.ops);
    let pages = futures::future::join_all((0..12).map(|_| app.gql(Some(&ops.token), query, json!({}))));
    let answers = tokio::time::timeout(std::time::Duration::from_secs(60), pages)
        .await
        .expect("12 platform pages on a pool of 2 answer (a page held its connection while waiting for another)");
    for a in answers {
        assert!(a["errors"].is_null(), "{a}");
        assert_eq!(
            a["data"]["cloudPlatforms"][0]["projectTenants"][0]["tenant"], "acme",
            "{a}"
        );
    }
}
