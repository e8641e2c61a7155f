//! No N+1: a page of desktops with their source, platform, tenant, owner and
//! credentials costs a fixed number of SQL statements whatever its size, counted by the server
//! itself in `/metrics` (`xspace_db_statements_total`). The same scrape shows the operation and
//! sync counters.

use serde_json::json;

use support::desktop_lab::*;
use support::harness::{TestApp, data};
use support::world::Session;

/// The page: every object a desktop points to.
const PAGE: &str = "query Desktops($first: Int) { desktops(first: $first) { edges { node { \
    id name tenant { id slug name } owner { id username role } platform { id name kind } \
    source { __typename id name bootMode osType } osInfo { osType source } \
    credentials { effectiveSource username hasPassword stale } } } } }";

/// Most statements the page may take (the bound).
const MAX_STATEMENTS: u64 = 6;

async fn scrape(app: &TestApp) -> String {
    let resp = reqwest::get(format!("{}/metrics", app.base))
        .await
        .expect("GET /metrics");
    assert_eq!(resp.status().as_u16(), 200);
    let kind = resp.headers()["content-type"].to_str().unwrap_or_default().to_owned();
    assert!(kind.starts_with("text/plain"), "content type {kind}");
    resp.text().await.expect("metrics body")
}

/// The value of the sample whose name-and-labels part is `series`.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(series).and_then(|rest| rest.strip_prefix(' ')))
        .and_then(|v| v.trim().parse().ok())
}

fn statements(text: &str) -> u64 {
    sample(text, "xspace_db_statements_total").expect("xspace_db_statements_total") as u64
}

/// Statements one run of the page takes; the least of three runs, so that a statement of the
/// scheduler's tick landing in between does not count.
async fn statements_for_page(lab: &Lab, who: &Session, expect: usize) -> u64 {
    let mut least = u64::MAX;
    for _ in 0..3 {
        let before = statements(&scrape(lab.app()).await);
        let page = data(lab.app().call(who, PAGE, json!({ "first": 100 })).await);
        let after = statements(&scrape(lab.app()).await);
        let edges = page["desktops"]["edges"].as_array().expect("edges");
        assert_eq!(edges.len(), expect, "{page}");
        for e in edges {
            let n = &e["node"];
            for field in ["tenant", "platform", "source", "credentials"] {
                assert!(n[field].is_object(), "{field} missing: {n}");
            }
        }
        least = least.min(after - before);
    }
    least
}

#[tokio::test]
async fn a_page_of_desktops_costs_a_fixed_number_of_statements() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    for i in 0..3 {
        let owner = (i % 2 == 0).then_some(&acme.user);
        lab.desktop(&acme.admin, if i == 1 { LNX } else { WIN }, owner).await;
    }
    let small = statements_for_page(&lab, lab.ops(), 3).await;
    let small_tenant = statements_for_page(&lab, &acme.admin, 3).await;
    for i in 0..17 {
        let owner = (i % 3 == 0).then_some(&acme.user);
        let source = [WIN, LNX, ACME][i % 3];
        lab.desktop(&acme.admin, source, owner).await;
    }
    let large = statements_for_page(&lab, lab.ops(), 20).await;
    let large_tenant = statements_for_page(&lab, &acme.admin, 20).await;
    eprintln!("statements: 3 desktops {small} / {small_tenant}, 20 desktops {large} / {large_tenant}");
    assert!(
        large <= MAX_STATEMENTS && large_tenant <= MAX_STATEMENTS,
        "a page of 20 desktops took {large} statements ({large_tenant} for a tenant admin); the bound is {MAX_STATEMENTS}"
    );
    assert_eq!(small, large, "the statements of a page grow with its size");
    assert_eq!(
        small_tenant, large_tenant,
        "the statements of a page grow with its size"
    );

    // The same scrape counts operations by name and outcome, and sync runs by platform.
    let text = scrape(lab.app()).await;
    let ok = sample(
        &text,
        "xspace_graphql_operations_total{operation=\"Desktops\",outcome=\"ok\"}",
    );
    assert!(
        ok.is_some_and(|n| n >= 12.0),
        "Desktops operations not counted:\n{text}"
    );
    let node = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { name } } }";
    let named = data(lab.app().call(lab.ops(), node, json!({ "id": lab.p.id })).await);
    let platform = named["node"]["name"].as_str().expect("platform name");
    let runs = format!("xspace_sync_runs_total{{platform=\"{platform}\",status=\"SUCCEEDED\"}}");
    assert_eq!(sample(&text, &runs), Some(1.0), "sync run not counted:\n{text}");
    for family in [
        "xspace_graphql_operation_duration_seconds_count",
        "xspace_subscriptions_active",
        "xspace_db_pool_connections{state=\"max\"}",
    ] {
        assert!(text.contains(family), "{family} missing:\n{text}");
    }
}
