//! Error codes: bad input writes nothing, malformed documents, unknown fields, malformed ids.

use serde_json::json;

use support::fragments as f;
use support::harness::expect_code;
use support::world::World;

#[tokio::test]
async fn bad_input_empty_names_write_nothing() {
    let w = World::new().await;
    for (slug, name) in [
        ("", "Nameless"),
        ("initech", ""),
        ("  ", "Blank"),
        ("Not A Slug!", "Bad"),
    ] {
        let resp = w
            .app
            .call(&w.ops, f::CREATE_TENANT, json!({ "i": { "slug": slug, "name": name } }))
            .await;
        expect_code(&resp, "BAD_USER_INPUT");
    }
    let tenants = w.app.data(&w.ops, f::TENANTS, json!({})).await;
    assert_eq!(tenants["tenants"]["totalCount"], 2, "{tenants}");
    let user = |name: &str, pw: &str| json!({ "i": { "tenantId": w.acme.id, "username": name, "password": pw, "role": "TENANT_USER" } });
    for vars in [
        user("", "Good-password-123"),
        user("   ", "Good-password-123"),
        user("newbie", ""),
    ] {
        expect_code(&w.app.call(&w.ops, f::CREATE_USER, vars).await, "BAD_USER_INPUT");
    }
    let users = w.app.data(&w.ops, f::USERS, json!({ "tenantId": w.acme.id })).await;
    assert_eq!(users["users"]["totalCount"], 2, "{users}");
}

#[tokio::test]
async fn bad_input_unknown_enum_in_variables() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    let id = w.source_id(&p, "sys-uefi-virtio").await;
    let before = w.node(&w.ops, &id).await;
    expect_code(
        &w.mutate(&w.ops, "setBootMode", json!({ "id": id, "bootMode": "LEGACY" }))
            .await,
        "BAD_USER_INPUT",
    );
    expect_code(
        &w.mutate(&w.ops, "setVideoModel", json!({ "id": id, "videoModel": "virtio" }))
            .await,
        "BAD_USER_INPUT",
    );
    let resp = w
        .app
        .call(
            &w.ops,
            f::CREATE_USER,
            json!({ "i": { "tenantId": w.acme.id, "username": "x", "password": "Good-password-123", "role": "ROOT" } }),
        )
        .await;
    expect_code(&resp, "BAD_USER_INPUT");
    let resp = w
        .app
        .call(
            &w.ops,
            f::ADD_PLATFORM,
            json!({ "i": { "name": "x", "kind": "VMWARE", "endpoint": "sim://lab?images=3" } }),
        )
        .await;
    expect_code(&resp, "BAD_USER_INPUT");
    let platforms = w.app.data(&w.ops, "query { cloudPlatforms { id } }", json!({})).await;
    assert_eq!(platforms["cloudPlatforms"].as_array().map(Vec::len), Some(1));
    assert_eq!(w.node(&w.ops, &id).await, before);
    assert_eq!(p.read(), support::inventory::standard("OPENSTACK", ""));
}

#[tokio::test]
async fn bad_input_malformed_ids() {
    let w = World::new().await;
    expect_code(
        &w.app
            .call(
                &w.ops,
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": "nope" }),
            )
            .await,
        "BAD_USER_INPUT",
    );
    expect_code(
        &w.app.call(&w.ops, &f::sync(), json!({ "id": "nope" })).await,
        "BAD_USER_INPUT",
    );
    expect_code(
        &w.app.call(&w.ops, f::REMOVE_PLATFORM, json!({ "id": "" })).await,
        "BAD_USER_INPUT",
    );
    expect_code(
        &w.mutate(&w.ops, "setOsInfo", json!({ "id": "nope", "osType": "linux" }))
            .await,
        "BAD_USER_INPUT",
    );
    expect_code(
        &w.app
            .call(&w.ops, f::SET_USER_DISABLED, json!({ "id": "nope", "d": true }))
            .await,
        "BAD_USER_INPUT",
    );
    let resp = w.list_raw(&w.ops, "customImages", json!({ "tenantId": "nope" })).await;
    expect_code(&resp, "BAD_USER_INPUT");
    // A well-formed id of the wrong type is not found, not a crash.
    expect_code(
        &w.app.call(&w.ops, &f::sync(), json!({ "id": w.acme.id })).await,
        "NOT_FOUND",
    );
    expect_code(
        &w.mutate(
            &w.ops,
            "setOsInfo",
            json!({ "id": w.acme.admin.user_id, "osType": "linux" }),
        )
        .await,
        "NOT_FOUND",
    );
}

#[tokio::test]
async fn bad_input_page_sizes() {
    let w = World::new().await;
    for first in [json!(1000), json!(-1), json!(101)] {
        for q in [f::TENANTS, f::USERS] {
            expect_code(
                &w.app.call(&w.ops, q, json!({ "first": first })).await,
                "BAD_USER_INPUT",
            );
        }
        for field in ["vdiImages", "vdiTemplates", "customImages", "customTemplates"] {
            expect_code(
                &w.list_raw(&w.ops, field, json!({ "first": first })).await,
                "BAD_USER_INPUT",
            );
        }
    }
    expect_code(
        &w.app.call(&w.ops, f::TENANTS, json!({ "after": "not-a-cursor" })).await,
        "BAD_USER_INPUT",
    );
}

#[tokio::test]
async fn malformed_document_is_parse_failed() {
    let w = World::new().await;
    for doc in ["query {", "{ me { id }", "mutation { login(input: { }", "}}}"] {
        expect_code(&w.app.call(&w.ops, doc, json!({})).await, "GRAPHQL_PARSE_FAILED");
    }
    // Not even JSON.
    let (status, body) = w.app.post_raw(Some(&w.ops.token), "{\"query\": ".to_owned()).await;
    assert!(
        status == 400 || body.contains("GRAPHQL_PARSE_FAILED") || body.contains("BAD_REQUEST"),
        "HTTP {status}: {body}"
    );
}

#[tokio::test]
async fn unknown_field_is_validation_failed() {
    let w = World::new().await;
    for doc in [
        "query { me { id password } }",
        "query { noSuchField }",
        "query { vdiImages(bogus: 1) { totalCount } }",
        "query { me }",
    ] {
        let resp = w.app.call(&w.ops, doc, json!({})).await;
        expect_code(&resp, "GRAPHQL_VALIDATION_FAILED");
        assert!(resp["data"].is_null(), "{resp}");
    }
    // No anonymous way around it either.
    expect_code(
        &w.app.gql(None, "query { noSuchField }", json!({})).await,
        "GRAPHQL_VALIDATION_FAILED",
    );
}

#[tokio::test]
async fn internal_details_never_reach_clients() {
    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    p.write_raw("{ definitely not json");
    let run = w.sync(&p.id).await;
    assert_eq!(run["status"], "FAILED");
    let text = run.to_string().to_lowercase();
    for leak in ["panicked", "stack backtrace", "diesel", "sqlite", "src/"] {
        assert!(!text.contains(leak), "run error leaks internals ({leak}): {run}");
    }
}
