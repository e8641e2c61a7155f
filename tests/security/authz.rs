//! The roles table cell by cell, and R16: a second tenant sees nothing of the first.

use serde_json::{Value, json};

use support::fragments as f;
use support::harness::{data, error_code, expect_code, unique};
use support::inventory;
use support::world::{Session, SimPlatform, World, names, nodes, str_of};

const EDITS: &[&str] = &[
    "setOsInfo",
    "setOsCredentials",
    "clearOsCredentials",
    "setBootMode",
    "setVideoModel",
];

fn edit_input(mutation: &str, id: &str) -> Value {
    match mutation {
        "setOsInfo" => json!({ "id": id, "osType": "linux", "osDistro": "debian" }),
        "setOsCredentials" => json!({ "id": id, "username": "someone", "password": "Matrix-pass-123" }),
        "setBootMode" => json!({ "id": id, "bootMode": "UEFI" }),
        "setVideoModel" => json!({ "id": id, "videoModel": "VIRTIO" }),
        _ => json!({ "id": id }),
    }
}

/// Expected outcome of an edit: `None` = allowed, `Some(code)` = refused with it.
type Cell = Option<&'static str>;

async fn check_edit_cell(w: &World, p: &SimPlatform, who: Option<&Session>, target: &str, want: Cell) {
    let id = w.source_id(p, target).await;
    for m in EDITS {
        let before = w.node(&w.ops, &id).await;
        let file_before = p.read();
        let resp = match who {
            Some(s) => w.mutate(s, m, edit_input(m, &id)).await,
            None => {
                w.app
                    .gql(
                        None,
                        &f::source_mutation(m),
                        if *m == "clearOsCredentials" {
                            json!({ "id": id })
                        } else {
                            json!({ "i": edit_input(m, &id) })
                        },
                    )
                    .await
            }
        };
        let actor = who.map_or("anonymous", |s| s.username.as_str());
        match want {
            None => {
                data(resp.clone());
            }
            Some(code) => {
                assert_eq!(
                    error_code(&resp).as_deref(),
                    Some(code),
                    "{actor} {m} on {target} ({}): {resp}",
                    p.kind
                );
                assert_eq!(
                    w.node(&w.ops, &id).await,
                    before,
                    "{actor} {m} on {target}: refused but changed"
                );
                assert_eq!(
                    p.read(),
                    file_before,
                    "{actor} {m} on {target}: refused but the platform changed"
                );
            }
        }
    }
}

#[tokio::test]
async fn roles_edit_matrix_images_and_templates() {
    let w = World::new().await;
    // Templates on a platform that edits them in place (SmartX's are refused after these walls).
    for kind in ["OPENSTACK", "WXSTACK"] {
        let p = w.standard_platform(kind, "").await;
        let table: Vec<(Option<&Session>, &str, Cell)> = vec![
            (None, "sys-bios-cirrus", Some("UNAUTHENTICATED")),
            (None, "acme-bios-cirrus", Some("UNAUTHENTICATED")),
            (Some(&w.acme.user), "sys-bios-cirrus", Some("FORBIDDEN")),
            (Some(&w.acme.user), "acme-bios-cirrus", Some("FORBIDDEN")),
            (Some(&w.ops), "acme-bios-cirrus", Some("FORBIDDEN")),
            (Some(&w.acme.admin), "sys-bios-cirrus", Some("FORBIDDEN")),
            (Some(&w.globex.admin), "acme-bios-cirrus", Some("NOT_FOUND")),
            (Some(&w.acme.admin), "globex-uefi-virtio", Some("NOT_FOUND")),
            (Some(&w.ops), "sys-bios-cirrus", None),
            (Some(&w.acme.admin), "acme-bios-cirrus", None),
        ];
        for (who, target, want) in table {
            check_edit_cell(&w, &p, who, target, want).await;
        }
    }
}

#[tokio::test]
async fn roles_vdi_lists() {
    let w = World::new().await;
    w.standard_platform("OPENSTACK", "").await;
    w.standard_platform("WXSTACK", "").await;
    let id = w.list(&w.ops, "vdiImages", json!({ "first": 1 })).await["edges"][0]["node"]["id"].clone();
    w.mutate_ok(
        &w.ops,
        "setOsCredentials",
        json!({ "id": id, "username": "sysuser", "password": "Sys-pass-123" }),
    )
    .await;
    for field in ["vdiImages", "vdiTemplates"] {
        let ops = w.list(&w.ops, field, json!({ "first": 100 })).await;
        let admin = w.list(&w.acme.admin, field, json!({ "first": 100 })).await;
        assert_eq!(
            names(&ops),
            names(&admin),
            "{field}: a tenant admin reads the same system sources"
        );
        assert!(
            nodes(&admin)
                .iter()
                .all(|n| n["osUsername"].is_null() && n["hasOsPassword"].is_null()),
            "{field}: credential fields visible to a tenant admin: {admin}"
        );
        assert!(
            nodes(&ops).iter().all(|n| n["hasOsPassword"].is_boolean()),
            "{field}: the system admin sees hasOsPassword"
        );
        expect_code(&w.list_raw(&w.acme.user, field, json!({})).await, "FORBIDDEN");
        expect_code(
            &w.app.gql(None, &f::source_list_query(field), json!({})).await,
            "UNAUTHENTICATED",
        );
    }
    let ops = nodes(&w.list(&w.ops, "vdiImages", json!({ "first": 100 })).await);
    assert!(
        ops.iter()
            .any(|n| n["osUsername"] == "sysuser" && n["hasOsPassword"] == true)
    );
}

#[tokio::test]
async fn roles_custom_lists() {
    let w = World::new().await;
    w.standard_platform("ZSTACK", "").await;
    w.standard_platform("SMARTX", "").await;
    for field in ["customImages", "customTemplates"] {
        let all = w.list_names(&w.ops, field, json!(null)).await;
        assert_eq!(
            all,
            vec!["acme-bios-cirrus", "acme-uefi-virtio", "globex-uefi-virtio"],
            "{field}"
        );
        let by_tenant = w.list(&w.ops, field, json!({ "tenantId": w.globex.id })).await;
        assert_eq!(names(&by_tenant), vec!["globex-uefi-virtio"]);
        let own = w.list(&w.acme.admin, field, json!({ "first": 100 })).await;
        assert_eq!(names(&own), vec!["acme-bios-cirrus", "acme-uefi-virtio"]);
        assert!(
            nodes(&own).iter().all(|n| n["hasOsPassword"] == false),
            "a tenant admin sees its own credential fields: {own}"
        );
        let ops_view = w.list(&w.ops, field, json!({ "first": 100 })).await;
        assert!(
            nodes(&ops_view)
                .iter()
                .all(|n| n["osUsername"].is_null() && n["hasOsPassword"].is_null()),
            "{field}: the system admin must not see custom credential fields"
        );
        let same = w.list(&w.acme.admin, field, json!({ "tenantId": w.acme.id })).await;
        assert_eq!(names(&same), names(&own));
        let other = w
            .list_raw(&w.acme.admin, field, json!({ "tenantId": w.globex.id }))
            .await;
        assert_empty_or_not_found(&other, field);
        expect_code(&w.list_raw(&w.acme.user, field, json!({})).await, "FORBIDDEN");
    }
}

/// Another tenant's list: either `NOT_FOUND` or an empty connection, and nothing of it leaks.
fn assert_empty_or_not_found(resp: &Value, field: &str) {
    match error_code(resp) {
        Some(code) => assert_eq!(code, "NOT_FOUND", "{field}: {resp}"),
        None => {
            assert_eq!(resp["data"][field]["edges"], json!([]), "{field}: {resp}");
            assert_eq!(resp["data"][field]["totalCount"], 0, "{field}: {resp}");
        }
    }
    assert!(!resp.to_string().contains("globex-"), "{field} leaked: {resp}");
}

#[tokio::test]
async fn roles_cloud_platforms_tenant_view() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    let full = w
        .app
        .data(&w.ops, &f::cloud_platforms_query(f::PLATFORM), json!({}))
        .await;
    let seen = &full["cloudPlatforms"][0];
    assert_eq!(seen["endpoint"], p.endpoint().as_str());
    assert_eq!(seen["available"], true);
    assert!(seen["lastSync"]["id"].is_string());
    for who in [&w.acme.admin, &w.acme.user] {
        let d = w.app.data(who, &f::cloud_platforms_query(f::PLATFORM), json!({})).await;
        let list = d["cloudPlatforms"].as_array().expect("list");
        assert_eq!(list.len(), 1);
        let mine = &list[0];
        assert_eq!(
            (mine["id"].as_str(), mine["name"].as_str(), mine["kind"].as_str()),
            (Some(p.id.as_str()), seen["name"].as_str(), Some("OPENSTACK"))
        );
        assert_eq!(mine["capabilities"], seen["capabilities"]);
        for hidden in ["endpoint", "available", "lastSync", "syncRuns", "syncIntervalSeconds"] {
            assert!(
                mine[hidden].is_null(),
                "{}: {hidden} must be null for tenant roles: {mine}",
                who.username
            );
        }
        // node() answers the same.
        let q = format!(
            "query($id: ID!) {{ node(id: $id) {{ ... on CloudPlatform {{ {} }} }} }}",
            f::PLATFORM
        );
        let n = w.app.data(who, &q, json!({ "id": p.id })).await;
        assert_eq!(n["node"], *mine);
        // The platform's own view of sources is for system admins only.
        for field in ["images", "templates"] {
            let resp = w
                .app
                .call(who, &f::platform_sources_query(field), json!({ "id": p.id }))
                .await;
            expect_code(&resp, "FORBIDDEN");
            assert!(!resp.to_string().contains("sys-"), "{resp}");
        }
        let resp = w
            .app
            .call(
                who,
                "query { cloudPlatforms { id images(first: 5) { totalCount } } }",
                json!({}),
            )
            .await;
        expect_code(&resp, "FORBIDDEN");
    }
}

#[tokio::test]
async fn roles_platform_administration_forbidden_for_tenant_roles() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    let before = w
        .app
        .data(&w.ops, &f::cloud_platforms_query(f::PLATFORM), json!({}))
        .await;
    let file = w.app.path("x.json");
    std::fs::write(&file, b"{\"images\": [], \"vms\": []}").expect("write");
    let endpoint = format!("sim://{}", file.display());
    let sync_q = f::sync();
    for who in [&w.acme.admin, &w.acme.user] {
        let calls: Vec<(&str, Value)> = vec![
            (
                f::ADD_PLATFORM,
                json!({ "i": { "name": "mine", "kind": "OPENSTACK", "endpoint": endpoint } }),
            ),
            (
                f::UPDATE_PLATFORM,
                json!({ "i": { "id": p.id, "name": "hijacked", "endpoint": endpoint } }),
            ),
            (sync_q.as_str(), json!({ "id": p.id })),
            (f::REMOVE_PLATFORM, json!({ "id": p.id })),
            (f::CREATE_TENANT, json!({ "i": { "slug": "evil", "name": "Evil" } })),
        ];
        for (q, vars) in calls {
            let resp = w.app.call(who, q, vars).await;
            expect_code(&resp, "FORBIDDEN");
        }
    }
    let after = w
        .app
        .data(&w.ops, &f::cloud_platforms_query(f::PLATFORM), json!({}))
        .await;
    assert_eq!(after, before, "a refused platform operation changed something");
    let tenants = w.app.data(&w.ops, f::TENANTS, json!({})).await;
    assert_eq!(tenants["tenants"]["totalCount"], 2);
    assert_eq!(w.sources(&p).await.len(), inventory::STANDARD.len());
}

#[tokio::test]
async fn roles_tenants_query() {
    let w = World::new().await;
    let all = w.app.data(&w.ops, f::TENANTS, json!({})).await;
    let slugs: Vec<&str> = all["tenants"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"]["slug"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(slugs, vec!["acme", "globex"]);
    assert_eq!(all["tenants"]["totalCount"], 2);
    for t in [&w.acme, &w.globex] {
        for who in [&t.admin, &t.user] {
            let d = w.app.data(who, f::TENANTS, json!({})).await;
            assert_eq!(d["tenants"]["totalCount"], 1, "{}: {d}", who.username);
            assert_eq!(d["tenants"]["edges"][0]["node"]["id"], t.id.as_str());
        }
    }
}

fn usernames(d: &Value) -> Vec<String> {
    let mut v: Vec<String> = d["users"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| str_of(&e["node"], "username"))
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn roles_users_query() {
    let w = World::new().await;
    let all = w.app.data(&w.ops, f::USERS, json!({ "first": 100 })).await;
    assert_eq!(
        usernames(&all),
        vec!["acme-admin", "acme-user", "globex-admin", "globex-user", "ops"]
    );
    let acme = w.app.data(&w.ops, f::USERS, json!({ "tenantId": w.acme.id })).await;
    assert_eq!(usernames(&acme), vec!["acme-admin", "acme-user"]);
    assert_eq!(acme["users"]["totalCount"], 2);
    let admin = w.app.data(&w.acme.admin, f::USERS, json!({})).await;
    assert_eq!(usernames(&admin), vec!["acme-admin", "acme-user"]);
    let other = w
        .app
        .call(&w.acme.admin, f::USERS, json!({ "tenantId": w.globex.id }))
        .await;
    match error_code(&other) {
        Some(code) => assert_eq!(code, "NOT_FOUND", "{other}"),
        None => assert_eq!(usernames(&other["data"]), Vec::<String>::new()),
    }
    assert!(!other.to_string().contains("globex-"), "{other}");
    let me_only = w.app.data(&w.acme.user, f::USERS, json!({})).await;
    assert_eq!(usernames(&me_only), vec!["acme-user"]);
    assert_eq!(me_only["users"]["totalCount"], 1);
}

#[tokio::test]
async fn roles_set_user_disabled_scope() {
    let w = World::new().await;
    let cases: Vec<(&Session, &Session, &str)> = vec![
        (&w.acme.admin, &w.globex.user, "NOT_FOUND"),
        (&w.acme.admin, &w.globex.admin, "NOT_FOUND"),
        (&w.acme.user, &w.acme.admin, "FORBIDDEN"),
        (&w.acme.user, &w.globex.user, "FORBIDDEN"),
    ];
    for (by, target, code) in cases {
        let resp = w
            .app
            .call(by, f::SET_USER_DISABLED, json!({ "id": target.user_id, "d": true }))
            .await;
        expect_code(&resp, code);
        w.app.data(target, f::ME, json!({})).await;
    }
    // The system admin may disable anyone, a tenant admin its own tenant's users.
    w.app
        .data(
            &w.ops,
            f::SET_USER_DISABLED,
            json!({ "id": w.globex.admin.user_id, "d": true }),
        )
        .await;
    expect_code(&w.app.call(&w.globex.admin, f::ME, json!({})).await, "UNAUTHENTICATED");
    w.app
        .data(
            &w.acme.admin,
            f::SET_USER_DISABLED,
            json!({ "id": w.acme.user.user_id, "d": true }),
        )
        .await;
    expect_code(&w.app.call(&w.acme.user, f::ME, json!({})).await, "UNAUTHENTICATED");
}

/// Everything of acme that globex could try to reach.
struct AcmeObjects {
    image: String,
    template: String,
    system_image: String,
}

async fn acme_objects(w: &World) -> AcmeObjects {
    let img = w.standard_platform("OPENSTACK", "").await;
    let tpl = w.standard_platform("SMARTX", "").await;
    let image = w.source_id(&img, "acme-uefi-virtio").await;
    let template = w.source_id(&tpl, "acme-uefi-virtio").await;
    let system_image = w.source_id(&img, "sys-uefi-virtio").await;
    w.mutate_ok(
        &w.acme.admin,
        "setOsCredentials",
        json!({ "id": image, "username": "acme-login", "password": unique("Acme-pw") }),
    )
    .await;
    AcmeObjects {
        image,
        template,
        system_image,
    }
}

/// Checks that a response to a globex actor holds no trace of acme.
fn no_acme(resp: &Value, what: &str) {
    assert!(
        !resp.to_string().to_lowercase().contains("acme"),
        "{what} leaked acme: {resp}"
    );
}

#[tokio::test]
async fn r16_second_tenant_sees_nothing_of_the_first() {
    let w = World::new().await;
    let o = acme_objects(&w).await;
    let image_before = w.node(&w.acme.admin, &o.image).await;
    let template_before = w.node(&w.acme.admin, &o.template).await;
    let node_q = "query($id: ID!) { node(id: $id) { id __typename } }";
    let acme_ids = [
        &w.acme.id,
        &w.acme.admin.user_id,
        &w.acme.user.user_id,
        &o.image,
        &o.template,
    ];
    for who in [&w.globex.admin, &w.globex.user] {
        let role = who.username.as_str();
        for id in acme_ids {
            let resp = w.app.call(who, node_q, json!({ "id": id })).await;
            assert!(
                data(resp.clone())["node"].is_null(),
                "{role}: node({id}) must be null: {resp}"
            );
            let resp = w.app.call(who, &f::node_source(), json!({ "id": id })).await;
            no_acme(&resp, &format!("{role} node"));
        }
        let queries: Vec<(String, Value)> = vec![
            (f::TENANTS.to_owned(), json!({})),
            (f::USERS.to_owned(), json!({ "first": 100 })),
            (f::USERS.to_owned(), json!({ "tenantId": w.acme.id })),
            (f::source_list_query("customImages"), json!({ "first": 100 })),
            (
                f::source_list_query("customImages"),
                json!({ "tenantId": w.acme.id, "filter": { "includeRemoved": true } }),
            ),
            (
                f::source_list_query("customTemplates"),
                json!({ "tenantId": w.acme.id }),
            ),
            (
                f::source_list_query("vdiImages"),
                json!({ "first": 100, "filter": { "includeRemoved": true } }),
            ),
            (f::source_list_query("vdiTemplates"), json!({ "first": 100 })),
            (f::cloud_platforms_query(f::PLATFORM), json!({})),
            (f::ME.to_owned(), json!({})),
        ];
        for (q, vars) in queries {
            let resp = w.app.call(who, &q, vars).await;
            no_acme(&resp, &format!("{role}: {q}"));
            if let Some(code) = error_code(&resp) {
                assert!(
                    ["FORBIDDEN", "NOT_FOUND"].contains(&code.as_str()),
                    "{role}: {q}: {resp}"
                );
            }
        }
        // Mutations on acme's objects: NOT_FOUND for the admin, FORBIDDEN for the user (no such operation).
        let code = if who.username.ends_with("admin") {
            "NOT_FOUND"
        } else {
            "FORBIDDEN"
        };
        for id in [&o.image, &o.template] {
            for m in EDITS {
                let resp = w.mutate(who, m, edit_input(m, id)).await;
                expect_code(&resp, code);
                no_acme(&resp, m);
            }
        }
        let resp = w
            .app
            .call(
                who,
                f::SET_USER_DISABLED,
                json!({ "id": w.acme.user.user_id, "d": true }),
            )
            .await;
        expect_code(&resp, code);
        let resp = w.app.call(who, f::CREATE_USER, json!({ "i": { "tenantId": w.acme.id, "username": "mole", "password": unique("Pw"), "role": "TENANT_USER" } })).await;
        expect_code(&resp, code);
    }
    // Acme is intact.
    w.app.data(&w.acme.user, f::ME, json!({})).await;
    assert_eq!(
        w.node(&w.acme.admin, &o.image).await,
        image_before,
        "globex changed acme's image"
    );
    assert_eq!(
        w.node(&w.acme.admin, &o.template).await,
        template_before,
        "globex changed acme's template"
    );
    let users = w.app.data(&w.ops, f::USERS, json!({ "tenantId": w.acme.id })).await;
    assert_eq!(users["users"]["totalCount"], 2);
    let _ = o.system_image;
}

#[tokio::test]
async fn r16_node_scope_per_role() {
    let w = World::new().await;
    let o = acme_objects(&w).await;
    let seen = |v: &Value| !v.is_null();
    // A tenant admin reads system sources and its own custom ones.
    assert!(seen(&w.node(&w.acme.admin, &o.system_image).await));
    assert!(seen(&w.node(&w.acme.admin, &o.image).await));
    assert!(seen(&w.node(&w.acme.admin, &o.template).await));
    // A tenant user reads no source at all.
    for id in [&o.system_image, &o.image, &o.template] {
        assert!(
            w.node(&w.acme.user, id).await.is_null(),
            "a tenant user must not see source {id}"
        );
    }
    // The system admin reads every source.
    for id in [&o.system_image, &o.image, &o.template] {
        assert_eq!(w.node(&w.ops, id).await["id"], id.as_str());
    }
    // Users and tenants.
    let q = "query($id: ID!) { node(id: $id) { id } }";
    let node = |who: &Session, id: &str| {
        let (who, id) = (who.clone(), id.to_owned());
        let app = &w.app;
        async move { app.data(&who, q, json!({ "id": id })).await["node"].clone() }
    };
    assert!(seen(&node(&w.acme.admin, &w.acme.user.user_id).await));
    assert!(
        seen(&node(&w.acme.user, &w.acme.user.user_id).await),
        "a user sees itself"
    );
    assert!(
        node(&w.acme.user, &w.acme.admin.user_id).await.is_null(),
        "a tenant user sees only itself among users"
    );
    assert!(seen(&node(&w.ops, &w.globex.user.user_id).await));
    assert!(seen(&node(&w.acme.admin, &w.acme.id).await));
    assert!(node(&w.acme.admin, &w.globex.id).await.is_null());
}
