//! Faults survived: the database dropping every connection under load, the process
//! killed in the middle of a sync, and many writers at once on SQLite. Requests fail cleanly
//! (a JSON error with a code, nothing internal) and then succeed again, nothing is lost, nothing
//! is left half-made.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{Backend, data, error_code};

const PAGE: &str = "{ desktops(first: 20) { edges { node { id name tenant { slug } source { id } } } } }";

/// A response is either data or errors that each carry a code and nothing internal.
#[track_caller]
fn clean(resp: &Value) -> bool {
    let Some(errors) = resp.get("errors").and_then(Value::as_array) else {
        return true;
    };
    for e in errors {
        let code = e["extensions"]["code"].as_str().unwrap_or_default();
        assert!(!code.is_empty(), "an error without a code: {resp}");
        let message = e["message"].as_str().unwrap_or_default().to_lowercase();
        for inside in ["postgres", "diesel", "connection", "sqlite", "panicked"] {
            assert!(!message.contains(inside), "internal text reached the client: {resp}");
        }
    }
    false
}

#[tokio::test]
async fn every_database_connection_dropped_under_load_then_service_resumes() {
    let lab = Lab::new().await;
    if lab.app().backend != Backend::Postgres {
        support::skip::say("dropping the database's connections is a PostgreSQL fault; nothing to do on SQLite");
        return;
    }
    let acme = &lab.w.acme;
    for _ in 0..3 {
        lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    }
    let stop = Instant::now() + Duration::from_secs(3);
    let load = async {
        let workers = (0..6).map(|_| async {
            let (mut ok, mut failed) = (0, 0);
            while Instant::now() < stop {
                let resp = lab.app().call(&acme.admin, PAGE, json!({})).await;
                if clean(&resp) { ok += 1 } else { failed += 1 }
            }
            (ok, failed)
        });
        futures::future::join_all(workers).await
    };
    let fault = async {
        tokio::time::sleep(Duration::from_millis(800)).await;
        // What a PostgreSQL restart does to the service: every session of its database ends.
        lab.app()
            .pg_execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
            )
            .await;
    };
    let (counts, ()) = tokio::join!(load, fault);
    let (ok, failed) = counts.iter().fold((0, 0), |(a, b), (o, f)| (a + o, b + f));
    eprintln!("under the fault: {ok} answered, {failed} failed cleanly");
    assert!(ok > 0, "nothing was answered");
    // The service resumes without a restart: reads and writes succeed again.
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let resp = lab.app().call(&acme.admin, PAGE, json!({})).await;
        if clean(&resp) {
            break;
        }
        assert!(Instant::now() < deadline, "reads never came back: {resp}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let vars = json!({ "i": { "id": lab.src[ACME], "osType": "linux", "osDistro": "debian" } });
    let resp = lab.app().call(&acme.admin, q::SET_OS_INFO, vars).await;
    assert_eq!(data(resp)["setOsInfo"]["osDistro"], "debian");
    let d = lab.desktop(&acme.admin, WIN, None).await;
    assert!(d["id"].is_string());
}

#[tokio::test]
async fn killed_in_the_middle_of_a_sync_nothing_is_lost_and_the_next_sync_completes() {
    let mut lab = Lab::new().await;
    let names = |list: &Value| {
        let mut v: Vec<String> = list["node"]["images"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| e["node"]["name"].as_str().unwrap_or_default().to_owned())
            .collect();
        v.sort();
        v
    };
    let before = names(
        &lab.app()
            .data(lab.ops(), q::PLATFORM_IMAGES, json!({ "id": lab.p.id }))
            .await,
    );
    let mut inv = lab.p.read();
    inv["latency_ms"] = json!(2000);
    lab.p.write(&inv);
    let sync = support::fragments::sync();
    let asked = lab.app().call(lab.ops(), &sync, json!({ "id": lab.p.id }));
    let _ = tokio::time::timeout(Duration::from_millis(500), asked).await;
    // SIGKILL while the sync waits on the platform, then start again on the same database.
    lab.w.app.restart().await;
    let runs = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { syncRuns(first: 5) { edges { node { id status error } } } } } }";
    let seen = lab.app().data(lab.ops(), runs, json!({ "id": lab.p.id })).await;
    let latest = seen["node"]["syncRuns"]["edges"][0]["node"].clone();
    assert_eq!(
        latest["status"], "FAILED",
        "the killed sync is not left RUNNING: {latest}"
    );
    assert!(
        latest["error"].as_str().is_some_and(|e| e.contains("interrupted")),
        "{latest}"
    );
    let after_kill = names(
        &lab.app()
            .data(lab.ops(), q::PLATFORM_IMAGES, json!({ "id": lab.p.id }))
            .await,
    );
    assert_eq!(after_kill, before, "the killed sync lost or half-made sources");
    let mut inv = lab.p.read();
    inv["latency_ms"] = json!(0);
    lab.p.write(&inv);
    let run = lab.w.sync(&lab.p.id).await;
    assert_eq!(run["status"], "SUCCEEDED", "{run}");
    let after = names(
        &lab.app()
            .data(lab.ops(), q::PLATFORM_IMAGES, json!({ "id": lab.p.id }))
            .await,
    );
    assert_eq!(after, before);
}

#[tokio::test]
async fn many_writers_at_once_never_see_database_is_locked() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let edits = (0..30).map(|i| {
        let distro = format!("distro{i}");
        let vars = json!({ "i": { "id": lab.src[ACME], "osType": "linux", "osDistro": distro } });
        lab.app().call(&acme.admin, q::SET_OS_INFO, vars)
    });
    let creates = (0..10).map(|i| {
        let input = json!({ "name": format!("writer-{i}"), "sourceId": lab.src[WIN], "bootMode": boot_of(WIN) });
        lab.app().call(&acme.admin, q::CREATE_DESKTOP, json!({ "i": input }))
    });
    let (edits, creates) = tokio::join!(futures::future::join_all(edits), futures::future::join_all(creates));
    for resp in edits.iter().chain(&creates) {
        assert_eq!(error_code(resp), None, "a concurrent write failed: {resp}");
    }
    assert!(
        !lab.app().server_log().contains("database is locked"),
        "SQLite's lock reached the service's log"
    );
}
