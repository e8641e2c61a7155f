//! A subscriber that falls behind cannot grow the server's memory or hold up the others: events
//! wait in one bounded buffer (`XSPACE_EVENT_BUFFER`), and a subscriber that lost some is told
//! with RESYNC, never fed a silent gap.

use std::time::Duration;

use serde_json::json;

use support::harness::TestApp;
use support::world::World;
use support::ws::{Incoming, WsClient};

/// Each event makes the server read the source it names: slower than a sync publishes.
const HEAVY: &str = "subscription { syncEvents { kind source { ... on Image { name platform { name } } } } }";
const LIGHT: &str = "subscription { syncEvents { kind } }";

/// Reads subscription `id` until FINISHED; returns the kinds seen.
async fn kinds_until_finished(ws: &mut WsClient, id: &str) -> Vec<String> {
    let mut kinds = Vec::new();
    loop {
        match ws.next(Duration::from_secs(120)).await {
            Incoming::Msg(m) if m["type"] == "next" && m["id"] == id => {
                let kind = m["payload"]["data"]["syncEvents"]["kind"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                let done = kind == "FINISHED";
                kinds.push(kind);
                if done {
                    return kinds;
                }
            }
            Incoming::Msg(_) => {}
            other => panic!(
                "subscription {id} ended before FINISHED: {other:?} after {} events",
                kinds.len()
            ),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn r16_a_subscriber_that_falls_behind_is_told_to_resync_and_others_are_not_held_up() {
    let app = TestApp::start_with_env(&[("XSPACE_EVENT_BUFFER", "16")]).await;
    let w = World::with_app(app).await;
    let mut slow = WsClient::connect_ok(&w.app, &w.ops.token).await;
    slow.subscribe("slow", HEAVY, json!({})).await;
    let mut fast = WsClient::connect_ok(&w.app, &w.ops.token).await;
    fast.subscribe("fast", LIGHT, json!({})).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let platform = w
        .add_platform("burst", "OPENSTACK", "sim://burst?images=1500&seed=5")
        .await;

    let run = w.sync(platform["id"].as_str().unwrap()).await;
    assert_eq!(run["added"], 1500);

    let fast_kinds = kinds_until_finished(&mut fast, "fast").await;
    let slow_kinds = kinds_until_finished(&mut slow, "slow").await;
    let added = |k: &[String]| k.iter().filter(|k| *k == "SOURCE_ADDED").count();
    assert!(
        slow_kinds.contains(&"RESYNC".to_owned()),
        "the lagging subscriber was told: {} events",
        slow_kinds.len()
    );
    assert!(added(&slow_kinds) < 1500, "it lost events (that is why it was told)");
    assert_eq!(
        slow_kinds.last().map(String::as_str),
        Some("FINISHED"),
        "and still gets what came after"
    );
    // The other subscriber reached FINISHED too (it was not held up), and had no silent gap
    // either: it saw every event or was told.
    assert!(
        added(&fast_kinds) == 1500 || fast_kinds.contains(&"RESYNC".to_owned()),
        "{} of 1500 added events and no RESYNC",
        added(&fast_kinds)
    );
}
