//! Images, templates, platforms and edges answer their plain fields at hand
//! (`src/graphql/types/eager.rs`), and must answer exactly as the library's own resolution of the
//! same fields: each page is read twice, once with plain fields and once with every selection in
//! fragments (which the library resolves itself), and the two response bodies must be the same
//! bytes — values, nulls for those who may not see a field (R11), aliases, a field asked for twice,
//! `@skip`/`@include`, and the order of keys — whether every field is at hand or some are not.

use serde_json::{Value, json};

use support::harness::TestApp;
use support::world::{Session, World, str_of};

/// The fields of an image or template that are at hand, some twice (merged), one aliased, two
/// under directives.
const SOURCE_AT_HAND: &str = "__typename id name externalId scope bootMode videoModel \
    videoModelName osType osDistro osUsername hasOsPassword removedFromPlatform status sizeBytes \
    version syncedAt again: name name skipped: status @skip(if: $yes) included: version @include(if: $yes)";

/// The fields of an image or template that are not.
const SOURCE_OTHERS: &str = "readiness { ready problems { code } } tenant { slug }";

/// The fields of a platform that are at hand.
const PLATFORM_AT_HAND: &str = "__typename id name kind endpoint available hasSecret syncIntervalSeconds";

/// The fields of a platform that are not.
const PLATFORM_OTHERS: &str = "capabilities { resourceModel bootModeEditable } lastSync { status }";

/// What a page's nodes select: all at hand (the page is answered without the library), and
/// with fields that are not on the platform, then on the source too.
fn selections() -> [(String, String); 3] {
    [
        (SOURCE_AT_HAND.to_owned(), PLATFORM_AT_HAND.to_owned()),
        (
            SOURCE_AT_HAND.to_owned(),
            format!("{PLATFORM_AT_HAND} {PLATFORM_OTHERS}"),
        ),
        (
            format!("{SOURCE_AT_HAND} {SOURCE_OTHERS}"),
            format!("{PLATFORM_OTHERS} {PLATFORM_AT_HAND}"),
        ),
    ]
}

/// The page with plain fields; the platform asked for twice (merged).
fn plain(field: &str, source: &str, platform: &str) -> String {
    format!(
        "query($first: Int, $yes: Boolean!) {{ {field}(first: $first) {{ totalCount \
         edges {{ cursor node {{ {source} platform {{ {platform} }} platform {{ id again: name }} }} }} \
         pageInfo {{ hasNextPage endCursor }} }} }}"
    )
}

/// The same page with every selection in fragments.
fn in_fragments(field: &str, typename: &str, source: &str, platform: &str) -> String {
    format!(
        "query($first: Int, $yes: Boolean!) {{ {field}(first: $first) {{ totalCount edges {{ ...E }} \
         pageInfo {{ hasNextPage endCursor }} }} }} \
         fragment E on {typename}Edge {{ cursor node {{ ...S }} }} \
         fragment S on {typename} {{ {source} platform {{ ...P }} platform {{ ... on CloudPlatform {{ id again: name }} }} }} \
         fragment P on CloudPlatform {{ {platform} }}"
    )
}

async fn body(app: &TestApp, who: &Session, query: &str, vars: &Value) -> String {
    let request = json!({ "query": query, "variables": vars }).to_string();
    let (status, body) = app.post_raw(Some(&who.token), request).await;
    assert_eq!(status, 200, "{body}");
    assert!(!body.contains("\"errors\""), "{body}");
    body
}

/// Both ways of reading `field` as `who` give the same bytes, for every selection; the page with
/// every field is returned.
async fn same_both_ways(w: &World, who: &Session, field: &str, typename: &str) -> Value {
    let mut last = Value::Null;
    for (source, platform) in selections() {
        for yes in [true, false] {
            let vars = json!({ "first": 100, "yes": yes });
            let at_hand = body(&w.app, who, &plain(field, &source, &platform), &vars).await;
            let library = body(&w.app, who, &in_fragments(field, typename, &source, &platform), &vars).await;
            assert_eq!(at_hand, library, "{field} as {}: {source} / {platform}", who.username);
            last = serde_json::from_str(&at_hand).expect("json");
        }
    }
    last["data"][field].clone()
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

    let page = same_both_ways(&w, &w.ops, "vdiImages", "Image").await;
    assert!(page["totalCount"].as_i64() > Some(3), "{page}");
    let first = &page["edges"][0]["node"];
    assert_eq!(first["osUsername"], "desk-admin", "{first}");
    assert_eq!(first["platform"]["kind"], "OPENSTACK", "{first}");
    assert!(
        first["platform"]["endpoint"].is_string(),
        "operator fields for ops: {first}"
    );
    assert_eq!(first["again"], first["name"]);

    let page = same_both_ways(&w, &w.acme.admin, "vdiImages", "Image").await;
    let first = &page["edges"][0]["node"];
    assert!(
        first["osUsername"].is_null(),
        "R11: not the system image's editor: {first}"
    );
    assert!(first["platform"]["endpoint"].is_null(), "no operator fields: {first}");

    for who in [&w.ops, &w.acme.admin] {
        same_both_ways(&w, who, "vdiTemplates", "Template").await;
    }
    for who in [&w.ops, &w.acme.admin, &w.globex.admin] {
        same_both_ways(&w, who, "customImages", "Image").await;
        let page = same_both_ways(&w, who, "customTemplates", "Template").await;
        if who.username == w.acme.admin.username {
            assert_eq!(page["edges"][0]["node"]["hasOsPassword"], true, "{page}");
        }
    }
}
