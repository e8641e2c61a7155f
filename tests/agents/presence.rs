//! R10: a desktop's OS info is its agent's only while the agent is connected (reports arriving
//! within the window); losing and regaining the agent is one event each, on every replica, and
//! reports that change nothing are not written.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{Backend, TestApp, data};
use support::world::World;
use support::ws::WsClient;

/// The window the tests run with, in seconds.
pub const WINDOW: &str = "4";
/// Longer than the window plus a sweep, with room for a slow machine.
const SILENT_FOR: Duration = Duration::from_secs(12);

/// A lab whose server counts agents silent after [`WINDOW`] seconds.
pub async fn short_window_lab() -> Lab {
    let app = TestApp::start_with_env(&[("XSPACE_AGENT_WINDOW_SECONDS", WINDOW)]).await;
    Lab::with_world(World::with_app(app).await).await
}

fn linux(version: &str) -> Value {
    json!({ "i": { "osType": "linux", "osDistro": "ubuntu", "osVersion": version,
        "hostname": "pc-7", "agentVersion": "mole-test" } })
}

pub async fn report(app: &TestApp, token: &str, vars: Value) -> Value {
    data(app.gql(Some(token), &q::report_agent_status(), vars).await)["reportAgentStatus"].clone()
}

/// The kinds of the desktop events received for `wait`.
pub async fn kinds_for(ws: &mut WsClient, wait: Duration) -> Vec<String> {
    let deadline = Instant::now() + wait;
    let mut kinds = vec![];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return kinds;
        }
        if let Some(d) = ws.next_data("ev", left).await {
            kinds.push(d["desktopEvents"]["kind"].as_str().unwrap_or_default().to_owned());
        }
    }
}

/// Waits (up to `within`) for an event of `kind`; the kinds received up to it.
pub async fn until(ws: &mut WsClient, kind: &str, within: Duration) -> Vec<String> {
    let deadline = Instant::now() + within;
    let mut kinds = vec![];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let Some(d) = ws.next_data("ev", left).await else {
            panic!("no {kind} within {within:?}; got {kinds:?}");
        };
        let k = d["desktopEvents"]["kind"].as_str().unwrap_or_default().to_owned();
        kinds.push(k.clone());
        if k == kind {
            return kinds;
        }
    }
}

pub async fn watch(app: &TestApp, token: &str, desktop: &str) -> WsClient {
    let mut ws = WsClient::connect_ok(app, token).await;
    ws.subscribe("ev", q::DESKTOP_EVENTS, json!({ "d": desktop })).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    ws
}

#[tokio::test]
async fn r10_os_info_is_the_agents_only_while_it_is_connected() {
    let lab = short_window_lab().await;
    let acme = &lab.w.acme;
    let id = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let token = lab.agent_token(&acme.admin, &id).await;
    let mut ws = watch(lab.app(), &acme.user.token, &id).await;

    // The first report connects the agent: AGENT, connected since then, one event.
    let r = report(lab.app(), &token, linux("24.04")).await;
    assert_eq!(r["osInfo"]["source"], "AGENT", "{r}");
    assert_eq!(r["osInfo"]["osDistro"], "ubuntu");
    assert_eq!(r["agent"]["connected"], true);
    assert_eq!(r["agent"]["windowSeconds"], 4);
    let since = r["agent"]["connectedSince"].clone();
    assert!(since.is_string(), "{r}");
    let version = r["version"].as_i64().expect("version");
    assert_eq!(
        kinds_for(&mut ws, Duration::from_millis(800)).await,
        ["AGENT_CONNECTED"]
    );

    // Heartbeats that change nothing, for longer than the window: still connected, no event, and
    // the desktop is not written (its version stays).
    let until_t = Instant::now() + Duration::from_secs(6);
    while Instant::now() < until_t {
        let r = report(lab.app(), &token, linux("24.04")).await;
        assert_eq!(r["agent"]["connected"], true, "{r}");
        assert_eq!(r["agent"]["connectedSince"], since, "the agent never left");
        assert_eq!(
            r["version"].as_i64(),
            Some(version),
            "an unchanged report was written: {r}"
        );
        assert!(
            kinds_for(&mut ws, Duration::from_millis(400)).await.is_empty(),
            "an unchanged report published an event"
        );
    }
    let seen = lab.node(&acme.user, &id).await;
    assert_eq!(seen["osInfo"]["source"], "AGENT", "{seen}");

    // Silence past the window: PRESET again, one event, and the last report still readable.
    let kinds = until(&mut ws, "AGENT_DISCONNECTED", SILENT_FOR).await;
    assert_eq!(kinds, ["AGENT_DISCONNECTED"]);
    let seen = lab.node(&acme.user, &id).await;
    assert_eq!(seen["osInfo"]["source"], "PRESET", "{seen}");
    assert_eq!(seen["osInfo"]["osType"], "windows");
    assert_eq!(seen["osInfo"]["osDistro"], "win11");
    let agent = &seen["agent"];
    assert_eq!(agent["connected"], false, "{agent}");
    assert_eq!(agent["connectedSince"], Value::Null);
    assert!(agent["lastReportAt"].is_string(), "{agent}");
    assert_eq!(agent["hostname"], "pc-7");
    assert_eq!(agent["reportedOs"]["osDistro"], "ubuntu", "{agent}");
    assert_eq!(agent["reportedOs"]["osVersion"], "24.04");
    assert!(
        kinds_for(&mut ws, Duration::from_secs(3)).await.is_empty(),
        "going silent was told more than once"
    );

    // Reporting again: AGENT, connected since now, one event.
    let r = report(lab.app(), &token, linux("24.04")).await;
    assert_eq!(r["osInfo"]["source"], "AGENT", "{r}");
    assert_eq!(r["agent"]["connected"], true);
    assert_ne!(r["agent"]["connectedSince"], since, "connected anew");
    assert_eq!(
        kinds_for(&mut ws, Duration::from_millis(800)).await,
        ["AGENT_CONNECTED"]
    );
    // A report that changes something while connected is written and told.
    let r = report(lab.app(), &token, linux("24.10")).await;
    assert_eq!(r["osInfo"]["osVersion"], "24.10", "{r}");
    assert_eq!(
        kinds_for(&mut ws, Duration::from_millis(800)).await,
        ["AGENT_REPORTED", "OS_INFO_CHANGED"]
    );
}

#[tokio::test]
async fn r10_every_replica_sees_losing_and_regaining_the_agent_once() {
    let lab = short_window_lab().await;
    if lab.app().backend == Backend::Sqlite {
        support::skip::say("replicas share a PostgreSQL database; nothing to test on SQLite");
        return;
    }
    let other = lab.app().replica().await;
    let acme = &lab.w.acme;
    let id = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let token = lab.agent_token(&acme.admin, &id).await;
    let mut here = watch(lab.app(), &acme.user.token, &id).await;
    let mut there = watch(&other, &acme.admin.token, &id).await;

    report(lab.app(), &token, linux("24.04")).await;
    for ws in [&mut here, &mut there] {
        assert_eq!(until(ws, "AGENT_CONNECTED", SILENT_FOR).await, ["AGENT_CONNECTED"]);
    }
    // Both replicas sweep; one of them finds the agent silent, and both tell it once.
    for ws in [&mut here, &mut there] {
        assert_eq!(
            until(ws, "AGENT_DISCONNECTED", SILENT_FOR).await,
            ["AGENT_DISCONNECTED"]
        );
    }
    for ws in [&mut here, &mut there] {
        assert!(
            kinds_for(ws, Duration::from_secs(3)).await.is_empty(),
            "going silent was told more than once"
        );
    }
    assert_eq!(lab.node(&acme.user, &id).await["osInfo"]["source"], "PRESET");
    // Back, through the other replica.
    let r = report(&other, &token, linux("24.04")).await;
    assert_eq!(r["osInfo"]["source"], "AGENT", "{r}");
    for ws in [&mut here, &mut there] {
        assert_eq!(until(ws, "AGENT_CONNECTED", SILENT_FOR).await, ["AGENT_CONNECTED"]);
        assert!(kinds_for(ws, Duration::from_millis(800)).await.is_empty());
    }
}
