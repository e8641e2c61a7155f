//! Objects whose plain fields are answered at hand (`src/graphql/types/eager.rs`) must answer
//! exactly as the library's own resolution of the same fields. Each page is read with plain
//! selections and with every selection in fragments (named and inline, on the type and on the
//! interface it implements, as the console writes them), from the server and from a replica on
//! the same database that answers every field through the library (`XSPACE_GRAPHQL_AT_HAND=off`);
//! the four response bodies must be the same bytes — values, nulls for those who may not see a
//! field (R11), aliases, a field asked for twice, `@skip`/`@include`, and the order of keys. The
//! selections are built from the served schema: every field without arguments of the node type,
//! and of the objects it holds, so a field added later is covered too. The servers' counts of
//! objects answered at hand (`/metrics`) show the fast path was taken by both reads of the server,
//! and by none of the replica's.

use serde_json::{Value, json};

use support::harness::TestApp;
use support::world::{Session, World, str_of};

/// Aliases, a field asked for twice, and directives, on top of the schema's fields.
const EXTRAS: &str = "again: name name skipped: status @skip(if: $yes) included: version @include(if: $yes)";

const TYPE_QUERY: &str = "query($t: String!) { __type(name: $t) { fields { name args { name } type { ...T } } } } \
    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

/// The named type under a field's list and non-null wrappers: (kind, name).
fn base_type(ty: &Value) -> (String, String) {
    let mut t = ty;
    while t["name"].is_null() {
        t = &t["ofType"];
    }
    (str_of(t, "kind"), str_of(t, "name"))
}

/// How a selection is written.
#[derive(Clone, Copy, PartialEq)]
enum Written {
    /// Plain fields.
    Plain,
    /// Every object's selection inside an inline fragment.
    InFragments,
}

/// A replica on the world's database that answers every field through the library.
async fn library_replica(w: &World) -> TestApp {
    w.app.replica_with_env(&[("XSPACE_GRAPHQL_AT_HAND", "off")]).await
}

/// Every field of `typename` that takes no argument, objects with their own (down to `depth`
/// levels of objects; interfaces by `__typename`). `scalars_only` leaves objects out.
async fn selection(
    app: &TestApp,
    token: &str,
    typename: &str,
    depth: u32,
    scalars_only: bool,
    written: Written,
) -> String {
    let resp = app.gql(Some(token), TYPE_QUERY, json!({ "t": typename })).await;
    let fields = resp["data"]["__type"]["fields"]
        .as_array()
        .unwrap_or_else(|| panic!("introspection of {typename}: {resp}"))
        .clone();
    let mut out = vec!["__typename".to_owned()];
    for f in fields {
        if !f["args"].as_array().is_none_or(Vec::is_empty) {
            continue;
        }
        let name = str_of(&f, "name");
        let (kind, inner) = base_type(&f["type"]);
        match kind.as_str() {
            "SCALAR" | "ENUM" => out.push(name),
            "OBJECT" if !scalars_only && depth > 0 => {
                let sub = Box::pin(selection(app, token, &inner, depth - 1, false, written)).await;
                match written {
                    Written::Plain => out.push(format!("{name} {{ {sub} }}")),
                    Written::InFragments => out.push(format!("{name} {{ ... on {inner} {{ {sub} }} }}")),
                }
            }
            "INTERFACE" | "UNION" if !scalars_only => out.push(format!("{name} {{ __typename }}")),
            _ => {}
        }
    }
    out.join(" ")
}

/// The page with plain selections; the platform asked for twice (merged).
fn plain(field: &str, source: &str, platform: &str) -> String {
    format!(
        "query($first: Int, $yes: Boolean!) {{ {field}(first: $first) {{ totalCount \
         edges {{ cursor node {{ {source} {EXTRAS} platform {{ {platform} }} platform {{ id again: name }} }} }} \
         pageInfo {{ hasNextPage endCursor }} }} }}"
    )
}

/// The same page with every selection in fragments: the node's split between a fragment on its
/// type and one on the interface it implements (a field of both asked in each, merged).
fn in_fragments(field: &str, typename: &str, source: &str, platform: &str) -> String {
    format!(
        "query($first: Int, $yes: Boolean!) {{ {field}(first: $first) {{ totalCount edges {{ ...E }} \
         pageInfo {{ hasNextPage endCursor }} }} }} \
         fragment E on {typename}Edge {{ cursor node {{ ...S ...B }} }} \
         fragment S on {typename} {{ {source} {EXTRAS} platform {{ ...P }} platform {{ ... on CloudPlatform {{ id again: name }} }} }} \
         fragment B on BootSource {{ id name ... on {typename} {{ version }} }} \
         fragment P on CloudPlatform {{ {platform} }}"
    )
}

/// The objects answered at hand by `app` while `read` runs.
async fn at_hand_during<T>(app: &TestApp, read: impl Future<Output = T>) -> (T, u64) {
    let before = objects_at_hand(app).await;
    let out = read.await;
    (out, objects_at_hand(app).await - before)
}

/// The same bytes from the server (at hand, at least one object per edge) and from the
/// library's replica (nothing at hand).
async fn same_from_both(w: &World, library: &TestApp, who: &Session, query: &str, vars: &Value, what: &str) -> String {
    let (at_hand, taken) = at_hand_during(&w.app, body(&w.app, who, query, vars)).await;
    let (by_library, not_taken) = at_hand_during(library, body(library, who, query, vars)).await;
    assert_eq!(not_taken, 0, "{what}: the replica answers through the library");
    assert_eq!(at_hand, by_library, "{what} as {}: {query}", who.username);
    let edges = at_hand.matches("\"cursor\"").count() as u64;
    assert!(
        edges > 0,
        "{what} as {}: an empty page proves nothing: {at_hand}",
        who.username
    );
    assert!(
        taken >= edges,
        "{what} as {}: the fast path answered {taken} objects for {edges} edges: {query}",
        who.username
    );
    at_hand
}

async fn body(app: &TestApp, who: &Session, query: &str, vars: &Value) -> String {
    let request = json!({ "query": query, "variables": vars }).to_string();
    let (status, body) = app.post_raw(Some(&who.token), request).await;
    assert_eq!(status, 200, "{body}");
    assert!(!body.contains("\"errors\""), "{body}");
    body
}

/// `xspace_graphql_objects_at_hand_total` from `/metrics`.
async fn objects_at_hand(app: &TestApp) -> u64 {
    let text = reqwest::get(format!("{}/metrics", app.base))
        .await
        .expect("GET /metrics")
        .text()
        .await
        .expect("metrics body");
    text.lines()
        .find_map(|l| l.strip_prefix("xspace_graphql_objects_at_hand_total "))
        .unwrap_or_else(|| panic!("no objects-at-hand counter in /metrics:\n{text}"))
        .trim()
        .parse()
        .expect("a count")
}

/// Reading `field` as `who`, plainly and in fragments, gives the same bytes from the server
/// (at hand) and from the library's replica, for the schema's whole selection and for its plain
/// fields alone. The page with every field is returned.
async fn same_both_ways(w: &World, library: &TestApp, who: &Session, field: &str, typename: &str) -> Value {
    let token = &w.ops.token;
    let mut whole = Value::Null;
    for (depth, scalars_only) in [(2, false), (0, true)] {
        for written in [Written::Plain, Written::InFragments] {
            let source = selection(&w.app, token, typename, depth, scalars_only, written).await;
            let platform = selection(&w.app, token, "CloudPlatform", depth.min(1), scalars_only, written).await;
            let query = match written {
                Written::Plain => plain(field, &source, &platform),
                Written::InFragments => in_fragments(field, typename, &source, &platform),
            };
            for yes in [true, false] {
                let vars = json!({ "first": 100, "yes": yes });
                let page = same_from_both(w, library, who, &query, &vars, field).await;
                if whole.is_null() {
                    whole = serde_json::from_str(&page).expect("json");
                }
            }
        }
    }
    whole["data"][field].clone()
}

/// A list of `typename` under `open … close` (e.g. `desktops(first: 100)`), read as `who`
/// plainly and in fragments: the schema's whole selection and its plain fields alone give the
/// same bytes from the server (at hand) and from the library's replica. Returns the page.
async fn list_same_both_ways(
    w: &World,
    library: &TestApp,
    who: &Session,
    open: &str,
    close: &str,
    typename: &str,
) -> Value {
    let token = &w.ops.token;
    let edge = format!("{typename}Edge");
    let mut whole = Value::Null;
    for (depth, scalars_only) in [(2, false), (0, true)] {
        let sel = selection(&w.app, token, typename, depth, scalars_only, Written::Plain).await;
        let sel_f = selection(&w.app, token, typename, depth, scalars_only, Written::InFragments).await;
        let plain = format!(
            "query {{ {open} {{ totalCount edges {{ cursor node {{ {sel} again: id id }} }} \
             pageInfo {{ hasNextPage endCursor }} }} {close} }}"
        );
        let in_fragments = format!(
            "query {{ {open} {{ totalCount edges {{ ...E }} pageInfo {{ hasNextPage endCursor }} }} {close} }} \
             fragment E on {edge} {{ cursor node {{ ...N ... on {typename} {{ again: id }} }} }} \
             fragment N on {typename} {{ {sel_f} again: id id }}"
        );
        for query in [plain, in_fragments] {
            let page = same_from_both(w, library, who, &query, &json!({}), open).await;
            if whole.is_null() {
                whole = serde_json::from_str(&page).expect("json");
            }
        }
    }
    whole
}

#[tokio::test]
async fn lists_of_every_type_answer_as_the_library_does() {
    let w = World::new().await;
    let platform = w.standard_platform("OPENSTACK", "os-").await;
    let source = w.source_id(&platform, "os-acme-uefi-virtio").await;
    for name in ["eager-a", "eager-b"] {
        let made = w
            .app
            .call(
                &w.acme.admin,
                "mutation($i: CreateDesktopInput!) { createDesktop(input: $i) { id } }",
                json!({ "i": { "name": name, "sourceId": source, "ownerId": w.acme.user.user_id, "bootMode": "UEFI" } }),
            )
            .await;
        assert!(made["errors"].is_null(), "{made}");
    }
    // An entry in acme's log whose actor (the operator) a tenant admin is not shown: null both ways.
    let made = w
        .app
        .call(
            &w.ops,
            "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }",
            json!({ "i": { "tenantId": w.acme.id, "username": "eager-made", "password": "Eager-made-pw-1", "role": "TENANT_USER" } }),
        )
        .await;
    assert!(made["errors"].is_null(), "{made}");
    let library = library_replica(&w).await;
    for who in [&w.ops, &w.acme.admin, &w.acme.user] {
        let page = list_same_both_ways(&w, &library, who, "desktops(first: 100)", "", "Desktop").await;
        assert!(page.to_string().contains("eager-a"), "{page}");
    }
    for who in [&w.ops, &w.acme.admin] {
        list_same_both_ways(&w, &library, who, "users(first: 100)", "", "User").await;
        list_same_both_ways(&w, &library, who, "tenants(first: 100)", "", "Tenant").await;
        list_same_both_ways(&w, &library, who, "auditLog(first: 100)", "", "AuditEntry").await;
    }
    list_same_both_ways(
        &w,
        &library,
        &w.ops,
        "cloudPlatforms { syncRuns(first: 100)",
        "}",
        "SyncRun",
    )
    .await;
    // A platform's own page of images, system and custom (with their tenants).
    let page = list_same_both_ways(
        &w,
        &library,
        &w.ops,
        "cloudPlatforms { images(first: 100)",
        "}",
        "Image",
    )
    .await;
    assert!(page.to_string().contains("acme"), "{page}");
}

#[tokio::test]
async fn objects_at_hand_answer_as_the_library_does() {
    let w = World::new().await;
    w.standard_platform("OPENSTACK", "os-").await;
    w.standard_platform("SMARTX", "sx-").await;
    // Credentials and OS info on a system and a custom source of each kind, so that R11's nulls
    // differ by role.
    let listed = w.list(&w.ops, "vdiImages", json!({ "first": 100 })).await;
    let system_image = str_of(&listed["edges"][0]["node"], "id");
    let custom = w.list(&w.acme.admin, "customTemplates", json!({ "first": 100 })).await;
    let custom_template = str_of(&custom["edges"][0]["node"], "id");
    for (editor, id) in [(&w.ops, &system_image), (&w.acme.admin, &custom_template)] {
        w.mutate_ok(
            editor,
            "setOsInfo",
            json!({ "id": id, "osType": "linux", "osDistro": "ubuntu" }),
        )
        .await;
        w.mutate_ok(
            editor,
            "setOsCredentials",
            json!({ "id": id, "username": "desk-admin", "password": "S3cret-eager" }),
        )
        .await;
    }

    let library = library_replica(&w).await;
    let page = same_both_ways(&w, &library, &w.ops, "vdiImages", "Image").await;
    assert!(page["totalCount"].as_i64() > Some(3), "{page}");
    let first = &page["edges"][0]["node"];
    assert_eq!(first["osUsername"], "desk-admin", "{first}");
    assert_eq!(first["platform"]["kind"], "OPENSTACK", "{first}");
    assert!(
        first["platform"]["endpoint"].is_string(),
        "operator fields for ops: {first}"
    );
    assert_eq!(first["again"], first["name"]);

    let page = same_both_ways(&w, &library, &w.acme.admin, "vdiImages", "Image").await;
    let first = &page["edges"][0]["node"];
    assert!(
        first["osUsername"].is_null(),
        "R11: not the system image's editor: {first}"
    );
    assert!(first["platform"]["endpoint"].is_null(), "no operator fields: {first}");

    for who in [&w.ops, &w.acme.admin] {
        same_both_ways(&w, &library, who, "vdiTemplates", "Template").await;
    }
    for who in [&w.ops, &w.acme.admin, &w.globex.admin] {
        same_both_ways(&w, &library, who, "customImages", "Image").await;
        let page = same_both_ways(&w, &library, who, "customTemplates", "Template").await;
        if who.username == w.acme.admin.username {
            assert_eq!(page["edges"][0]["node"]["hasOsPassword"], true, "{page}");
        }
    }
}
