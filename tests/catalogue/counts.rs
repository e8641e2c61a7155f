//! `totalCount` of every list that keeps a stored count (`src/db/counts.rs`) equals the rows the
//! list really pages through, for every viewer, after inserts, deletes, concurrent writes,
//! sources removed by a sync and a project moved to another tenant.

use serde_json::{Value, json};

use support::inventory;
use support::world::{Session, World, str_of};

const CREATE_DESKTOP: &str = "mutation($i: CreateDesktopInput!) { createDesktop(input: $i) { id } }";

/// Pages through `open(first: 100, after: …) { … } close` as `who`, and once past the last
/// row (an empty page, whose total is read on its own): (rows seen, totalCount).
async fn walk(w: &World, who: &Session, open: &str, close: &str) -> (i64, i64) {
    let mut after = Value::Null;
    let mut rows = 0;
    let mut total = None;
    let mut past_the_end = false;
    loop {
        let query = format!(
            "query($after: String) {{ {open}(first: 100, after: $after) {{ totalCount edges {{ cursor }} pageInfo {{ hasNextPage endCursor }} }} {close} }}"
        );
        let resp = w.app.gql(Some(&who.token), &query, json!({ "after": after })).await;
        assert!(resp["errors"].is_null(), "{open} as {}: {resp}", who.username);
        // The connection: under `data`, one level down (or two under `cloudPlatforms[0]`).
        let mut conn = &resp["data"];
        while conn.get("totalCount").is_none() {
            conn = match conn {
                Value::Object(m) => m.values().next().expect("a field"),
                Value::Array(a) => a.first().expect("an item"),
                _ => panic!("no connection in {resp}"),
            };
        }
        let t = conn["totalCount"].as_i64().expect("totalCount");
        assert_eq!(*total.get_or_insert(t), t, "the total changed while paging {open}");
        let edges = conn["edges"].as_array().map_or(0, Vec::len) as i64;
        if past_the_end {
            assert_eq!(edges, 0, "{open}: rows past the last page");
            return (rows, t);
        }
        rows += edges;
        if conn["pageInfo"]["hasNextPage"] != true {
            if conn["pageInfo"]["endCursor"].is_null() {
                return (rows, t);
            }
            past_the_end = true;
        }
        after = conn["pageInfo"]["endCursor"].clone();
    }
}

/// Every counted list as every viewer that sees it: totalCount is the rows listed.
async fn every_total_is_its_rows(w: &World, platforms: [&str; 2], when: &str) {
    let lists: Vec<(&Session, &str, String)> = vec![
        (&w.ops, "vdiImages", String::new()),
        (&w.ops, "vdiTemplates", String::new()),
        (&w.ops, "customImages", String::new()),
        (&w.ops, "customTemplates", String::new()),
        (&w.acme.admin, "vdiImages", String::new()),
        (&w.acme.admin, "customImages", String::new()),
        (&w.globex.admin, "customImages", String::new()),
        (&w.ops, "desktops", String::new()),
        (&w.acme.admin, "desktops", String::new()),
        (&w.globex.admin, "desktops", String::new()),
        (&w.acme.user, "desktops", String::new()),
        (&w.ops, "users", String::new()),
        (&w.acme.admin, "users", String::new()),
        (&w.ops, "auditLog", String::new()),
        (&w.acme.admin, "auditLog", String::new()),
        (&w.globex.admin, "auditLog", String::new()),
    ];
    for (who, open, close) in lists {
        let (rows, total) = walk(w, who, open, &close).await;
        assert_eq!(total, rows, "{when}: {open} as {}", who.username);
    }
    // A platform's page: its runs, and its sources with removed ones.
    for platform in platforms {
        for list in ["syncRuns", "images", "templates"] {
            let open = format!("node(id: \"{platform}\") {{ ... on CloudPlatform {{ {list}");
            let (rows, total) = walk(w, &w.ops, &open, "} }").await;
            assert!(rows > 0 || list != "syncRuns", "{when}: the platform has runs");
            assert_eq!(total, rows, "{when}: {list} of {platform}");
        }
    }
}

#[tokio::test]
async fn stored_counts_stay_the_rows_they_count() {
    let w = World::new().await;
    let images = w.standard_platform("OPENSTACK", "os-").await;
    let templates = w.standard_platform("SMARTX", "sx-").await;
    every_total_is_its_rows(&w, [&images.id, &templates.id], "after the first syncs").await;

    // Desktops, several at once.
    let source = w.source_id(&images, "os-acme-uefi-virtio").await;
    let (app, admin) = (&w.app, &w.acme.admin);
    let made = futures::future::join_all((0..8).map(|i| {
        let input = json!({ "i": { "name": format!("count-{i}"), "sourceId": source, "ownerId": w.acme.user.user_id, "bootMode": "UEFI" } });
        async move { app.call(admin, CREATE_DESKTOP, input).await }
    }))
    .await;
    for m in &made {
        assert!(m["errors"].is_null(), "{m}");
    }
    let gone = str_of(&made[0]["data"]["createDesktop"], "id");
    let deleted = w
        .app
        .call(
            &w.acme.admin,
            "mutation($id: ID!) { deleteDesktop(id: $id) }",
            json!({ "id": gone }),
        )
        .await;
    assert!(deleted["errors"].is_null(), "{deleted}");
    w.new_user(&w.ops, &w.globex, "counted-user", "TENANT_USER").await;
    every_total_is_its_rows(&w, [&images.id, &templates.id], "after desktops and a user").await;

    // A sync that removes sources, and a project moved from acme to globex.
    let mut items = inventory::standard_items("os-", inventory::id_prefix("OPENSTACK"));
    items.retain(|i| i["name"] != "os-sys-qxl" && i["name"] != "os-acme-bios-cirrus");
    images.write(&inventory::inventory("OPENSTACK", items));
    assert_eq!(w.sync(&images.id).await["status"], "SUCCEEDED");
    let moved = w
        .app
        .call(
            &w.ops,
            "mutation($i: UpdateCloudPlatformInput!) { updateCloudPlatform(input: $i) { id } }",
            json!({ "i": { "id": templates.id, "projectTenants": [{ "project": "acme", "tenant": "globex" }, { "project": "globex", "tenant": "globex" }] } }),
        )
        .await;
    assert!(moved["errors"].is_null(), "{moved}");
    assert_eq!(w.sync(&templates.id).await["status"], "SUCCEEDED");
    every_total_is_its_rows(&w, [&images.id, &templates.id], "after removals and a move").await;
}
