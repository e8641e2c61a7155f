//! CloudTower failing under a sync: down mid-listing (nothing removed, the next sync recovers), a
//! transient 503 (retried), a token that dies mid-listing (renewed, the sync completes), a
//! platform that stops answering (bounded by `XSPACE_PLATFORM_TIMEOUT_SECONDS`).

use std::time::{Duration, Instant};

use serde_json::json;

use crate::lab::{self, Lab};
use support::harness::TestApp;
use support::world::str_of;

const LIST: &str = "get-content-library-vm-templates";

async fn with_bulk(lab: &Lab) {
    lab.ct
        .control(
            "seed",
            json!({ "generate": { "count": 600, "prefix": "bulk", "cluster": lab::CLUSTER } }),
        )
        .await;
    let run = lab.sync().await;
    assert_eq!(run["added"], 600, "{run}");
}

#[tokio::test]
async fn a_platform_down_mid_sync_removes_nothing_and_the_next_sync_recovers() {
    let lab = Lab::new().await;
    let win = lab.source_id(lab::WIN).await;
    with_bulk(&lab).await;
    lab.ct
        .control("remove", json!({ "templates": [lab.ext[lab::WIN]] }))
        .await;
    lab.ct
        .faults(
            json!([{ "op": LIST, "kind": "status", "status": 500, "after": 1, "times": null,
                          "message": "database is down" }]),
        )
        .await;
    let run = lab.sync().await;
    assert_eq!(run["status"], "FAILED", "{run}");
    assert!(str_of(&run, "error").contains("500"), "{run}");
    assert_eq!(
        lab.w.node(&lab.w.ops, &win).await["removedFromPlatform"],
        false,
        "a cut listing removes nothing"
    );

    lab.ct.faults(json!([])).await;
    let run = lab.sync().await;
    assert_eq!(
        (run["status"].as_str(), run["removed"].as_i64()),
        (Some("SUCCEEDED"), Some(1)),
        "{run}"
    );
    assert_eq!(lab.w.node(&lab.w.ops, &win).await["removedFromPlatform"], true);
}

#[tokio::test]
async fn a_transient_answer_is_retried() {
    let lab = Lab::new().await;
    lab.ct
        .faults(json!([{ "op": LIST, "kind": "status", "status": 503, "times": 1 }]))
        .await;
    let run = lab.sync().await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
}

#[tokio::test]
async fn a_token_that_dies_mid_sync_is_renewed() {
    let lab = Lab::new().await;
    with_bulk(&lab).await;
    let logins = lab.ct.calls("login").await;
    lab.ct
        .faults(json!([{ "op": LIST, "kind": "expire_token", "after": 2, "times": 1 }]))
        .await;
    let run = lab.sync().await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    assert_eq!(lab.ct.calls("login").await, logins + 1, "one login more");
    let run = lab.sync().await;
    assert_eq!(
        (run["added"].as_i64(), run["removed"].as_i64()),
        (Some(0), Some(0)),
        "{run}"
    );
}

#[tokio::test]
async fn a_platform_that_hangs_is_bounded_by_the_timeout() {
    let app = TestApp::start_with_env(&[("XSPACE_PLATFORM_TIMEOUT_SECONDS", "1")]).await;
    let lab = Lab::with_app(app).await;
    lab.ct
        .faults(json!([{ "op": LIST, "kind": "hang", "seconds": 30, "times": null }]))
        .await;
    let started = Instant::now();
    let run = lab.sync().await;
    let took = started.elapsed();
    assert_eq!(run["status"], "FAILED", "{run}");
    assert!(str_of(&run, "error").contains("did not answer within"), "{run}");
    assert!(took < Duration::from_secs(10), "the sync took {took:?}");
    assert!(lab.sources().await.values().all(|s| s["removedFromPlatform"] == false));
}
