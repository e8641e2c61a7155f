//! Several replicas on one PostgreSQL database: a change made through one replica
//! reaches the subscribers of another (sync and desktop events, via LISTEN/NOTIFY), and when a
//! replica's listener connection drops its subscribers are told to re-read (RESYNC) and events
//! flow again. Replicas share nothing but the database, so on SQLite there is nothing to test.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{Backend, TestApp, data};
use support::ws::{Incoming, WsClient};

const COME: Duration = Duration::from_secs(15);

/// The data of subscription `id`'s next event under `field`, skipping other frames.
async fn next_event(ws: &mut WsClient, field: &str, what: &str) -> Value {
    let deadline = Instant::now() + COME;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match ws.next(left).await {
            Incoming::Msg(m) if m["type"] == "next" => {
                assert!(m["payload"].get("errors").is_none(), "{what}: {m}");
                return m["payload"]["data"][field].clone();
            }
            Incoming::Msg(_) => {}
            Incoming::Closed(code) => panic!("{what}: socket closed ({code:?})"),
            Incoming::Timeout => panic!("{what}: no event within {COME:?}"),
        }
    }
}

/// Events until one of kind `kind` comes; the kinds seen on the way.
async fn until_kind(ws: &mut WsClient, field: &str, kind: &str) -> Vec<String> {
    let mut seen = vec![];
    loop {
        let e = next_event(ws, field, &format!("waiting for {kind} after {seen:?}")).await;
        let k = e["kind"].as_str().unwrap_or_default().to_owned();
        seen.push(k.clone());
        if k == kind {
            return seen;
        }
    }
}

fn on_postgres(app: &TestApp) -> bool {
    if app.backend == Backend::Sqlite {
        support::skip::say("replicas share a PostgreSQL database; nothing to test on SQLite");
        return false;
    }
    true
}

#[tokio::test]
async fn changes_through_one_replica_reach_subscribers_of_another() {
    let lab = Lab::new().await;
    if !on_postgres(lab.app()) {
        return;
    }
    let other = lab.app().replica().await;
    let acme = &lab.w.acme;

    let mut syncs = WsClient::connect_ok(&other, &lab.ops().token).await;
    syncs
        .subscribe("s", q::SYNC_EVENT_KINDS, json!({ "p": lab.p.id }))
        .await;
    let mut desks = WsClient::connect_ok(&other, &acme.user.token).await;
    desks.subscribe("d", q::DESKTOP_EVENTS, json!({ "d": null })).await;
    // Let both subscriptions settle before the changes.
    tokio::time::sleep(Duration::from_millis(300)).await;

    // A sync run through the first replica: the other's subscriber sees it start and finish.
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let kinds = until_kind(&mut syncs, "syncEvents", "FINISHED").await;
    assert_eq!(kinds.first().map(String::as_str), Some("STARTED"), "{kinds:?}");

    // A desktop made for the user through the first replica, and its agent's report.
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let created = next_event(&mut desks, "desktopEvents", "CREATED").await;
    assert_eq!(created["kind"], "CREATED", "{created}");
    assert_eq!(created["desktopId"], id.as_str());
    assert_eq!(
        created["desktop"]["id"],
        id.as_str(),
        "the other replica reads the desktop itself"
    );
    let token = lab
        .app()
        .data(&acme.admin, q::ISSUE_AGENT_TOKEN, json!({ "d": id }))
        .await["issueAgentToken"]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let vars = json!({ "i": { "osType": "linux", "osDistro": "ubuntu", "osVersion": "24.04" } });
    data(
        lab.app()
            .gql(Some(&token), &q::report_agent_status(), vars.clone())
            .await,
    );
    let kinds = until_kind(&mut desks, "desktopEvents", "AGENT_CONNECTED").await;
    assert!(
        kinds.iter().all(|k| k != "RESYNC"),
        "nothing was missed, yet: {kinds:?}"
    );

    // The listener connections drop (as when PostgreSQL restarts): subscribers are told to
    // re-read, and events flow again once the replicas listen anew.
    lab.app()
        .pg_execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND query LIKE 'LISTEN %' AND pid <> pg_backend_pid()",
        )
        .await;
    until_kind(&mut desks, "desktopEvents", "RESYNC").await;
    until_kind(&mut syncs, "syncEvents", "RESYNC").await;
    let vars = json!({ "i": { "osType": "linux", "osDistro": "ubuntu", "osVersion": "24.10" } });
    data(lab.app().gql(Some(&token), &q::report_agent_status(), vars).await);
    until_kind(&mut desks, "desktopEvents", "AGENT_REPORTED").await;
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    until_kind(&mut syncs, "syncEvents", "FINISHED").await;
}

const RUNS: &str = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { \
    syncRuns(first: 20) { totalCount edges { node { id status error } } } } } }";

/// The platform's runs, newest first: (total, [(id, status, error)]).
async fn runs(lab: &Lab) -> (i64, Vec<Value>) {
    let d = lab.app().data(lab.ops(), RUNS, json!({ "id": lab.p.id })).await;
    let c = &d["node"]["syncRuns"];
    let nodes = c["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"].clone())
        .collect();
    (c["totalCount"].as_i64().expect("totalCount"), nodes)
}

/// Makes every call to the lab's simulated platform take `ms` longer.
fn slow_platform(lab: &Lab, ms: u64) {
    let mut inv = lab.p.read();
    inv["latency_ms"] = json!(ms);
    lab.p.write(&inv);
}

#[tokio::test]
async fn a_sync_asked_for_while_one_runs_joins_it() {
    let lab = Lab::new().await;
    let other = match lab.app().backend {
        Backend::Postgres => Some(lab.app().replica().await),
        Backend::Sqlite => None,
    };
    let (before, _) = runs(&lab).await;
    slow_platform(&lab, 600);
    let sync_doc = "mutation($id: ID!) { syncCloudPlatform(id: $id) { id status } }";
    let vars = json!({ "id": lab.p.id });
    let mut asks = vec![
        lab.app().call(lab.ops(), sync_doc, vars.clone()),
        lab.app().call(lab.ops(), sync_doc, vars.clone()),
    ];
    if let Some(other) = &other {
        asks.push(other.call(lab.ops(), sync_doc, vars.clone()));
        asks.push(other.call(lab.ops(), sync_doc, vars.clone()));
    }
    let answers = futures::future::join_all(asks).await;
    let ids: Vec<Value> = answers
        .into_iter()
        .map(|a| {
            let run = data(a)["syncCloudPlatform"].clone();
            assert_eq!(run["status"], "SUCCEEDED", "{run}");
            run["id"].clone()
        })
        .collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "several runs for one sync: {ids:?}");
    let (after, _) = runs(&lab).await;
    assert_eq!(after, before + 1, "syncs asked for together ran more than once");
}

#[tokio::test]
async fn a_sync_left_by_a_dead_replica_is_failed_then_synced_again() {
    let lab = Lab::new().await;
    if !on_postgres(lab.app()) {
        return;
    }
    let other = lab.app().replica().await;
    slow_platform(&lab, 1500);
    // The other replica starts a sync (its request is dropped at once; the sync goes on)...
    let sync_doc = "mutation($id: ID!) { syncCloudPlatform(id: $id) { id status } }";
    let asked = other.call(lab.ops(), sync_doc, json!({ "id": lab.p.id }));
    let _ = tokio::time::timeout(Duration::from_millis(300), asked).await;
    let deadline = Instant::now() + COME;
    let running = loop {
        let (_, nodes) = runs(&lab).await;
        if let Some(r) = nodes.iter().find(|r| r["status"] == "RUNNING") {
            break r["id"].clone();
        }
        assert!(
            Instant::now() < deadline,
            "the other replica's sync never showed as RUNNING"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    // ...and dies with it (SIGKILL): its session, and the lease, end.
    drop(other);
    slow_platform(&lab, 0);
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let (_, nodes) = runs(&lab).await;
    let dead = nodes
        .iter()
        .find(|r| r["id"] == running)
        .expect("the dead replica's run");
    assert_eq!(dead["status"], "FAILED", "{dead}");
    assert!(
        dead["error"].as_str().is_some_and(|e| e.contains("interrupted")),
        "{dead}"
    );
    assert_ne!(run["id"], running, "the new sync is a run of its own");
}
