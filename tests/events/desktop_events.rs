//! R16: `desktopEvents` over WebSocket, scoped like every read, never carrying a secret.

use std::time::Duration;

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::data;
use support::world::Session;
use support::ws::{Incoming, WsClient};

/// How long to wait for an event that must come.
const COME: Duration = Duration::from_secs(10);
/// How long to wait before deciding that no event comes.
const QUIET: Duration = Duration::from_millis(1500);

/// A subscribed socket that keeps every frame it received, for the leak check.
struct Tap {
    who: &'static str,
    ws: WsClient,
    frames: Vec<String>,
}

impl Tap {
    async fn open(lab: &Lab, who: &'static str, session: &Session, desktop: Option<&str>) -> Tap {
        let mut ws = WsClient::connect_ok(lab.app(), &session.token).await;
        ws.subscribe("ev", q::DESKTOP_EVENTS, json!({ "d": desktop })).await;
        Tap {
            who,
            ws,
            frames: vec![],
        }
    }

    /// The next event, or None after `wait`; errors on the subscription are returned as events
    /// of kind `ERROR`.
    async fn next(&mut self, wait: Duration) -> Option<Value> {
        loop {
            match self.ws.next(wait).await {
                Incoming::Msg(m) => {
                    self.frames.push(m.to_string());
                    match m["type"].as_str() {
                        Some("next") if m["payload"].get("errors").is_some() => {
                            return Some(json!({ "kind": "ERROR", "payload": m["payload"] }));
                        }
                        Some("next") => return Some(m["payload"]["data"]["desktopEvents"].clone()),
                        Some("error") => return Some(json!({ "kind": "ERROR", "payload": m["payload"] })),
                        _ => continue,
                    }
                }
                Incoming::Closed(code) => panic!("{}: socket closed ({code:?})", self.who),
                Incoming::Timeout => return None,
            }
        }
    }

    /// Exactly these (kind, desktop id) events, in any order; checks each event's shape.
    async fn expect(&mut self, want: &[(&str, &str)]) {
        let mut got = vec![];
        while got.len() < want.len() {
            let e = self
                .next(COME)
                .await
                .unwrap_or_else(|| panic!("{}: expected {want:?}, got only {got:?}", self.who));
            let kind = e["kind"].as_str().unwrap_or_default().to_owned();
            let id = e["desktopId"].as_str().unwrap_or_default().to_owned();
            assert!(e["at"].is_string(), "{}: event without `at`: {e}", self.who);
            if kind == "DELETED" {
                assert!(
                    e["desktop"].is_null(),
                    "{}: a deleted desktop in DELETED: {e}",
                    self.who
                );
            } else if kind != "ERROR" {
                assert_eq!(e["desktop"]["id"], id.as_str(), "{}: {e}", self.who);
            }
            got.push((kind, id));
        }
        let mut got_sorted = got.clone();
        got_sorted.sort();
        let mut want_sorted: Vec<(String, String)> =
            want.iter().map(|(k, i)| ((*k).to_owned(), (*i).to_owned())).collect();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "{}: wrong events", self.who);
    }

    /// No event within `QUIET`.
    async fn silent(&mut self) {
        if let Some(e) = self.next(QUIET).await {
            panic!("{}: received an event out of its scope: {e}", self.who);
        }
    }
}

#[tokio::test]
async fn r16_desktop_events_follow_scope_and_carry_no_secret() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let user2 = lab.extra_user(true, "TENANT_USER").await;
    let mut ops = Tap::open(&lab, "ops", lab.ops(), None).await;
    let mut admin = Tap::open(&lab, "acme admin", &acme.admin, None).await;
    let mut user = Tap::open(&lab, "acme user", &acme.user, None).await;
    let mut other_user = Tap::open(&lab, "acme user2", &user2, None).await;
    let mut stranger = Tap::open(&lab, "globex admin", &globex.admin, None).await;
    let mut stranger_user = Tap::open(&lab, "globex user", &globex.user, None).await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // CREATED: the owner, its tenant's admin and the operators.
    let d1 = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let created = [("CREATED", d1.as_str())];
    for tap in [&mut ops, &mut admin, &mut user] {
        tap.expect(&created).await;
    }
    let mut only_d1 = Tap::open(&lab, "acme user, one desktop", &acme.user, Some(&d1)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    // CREDENTIALS_CHANGED, never with the credentials.
    let custom = secret();
    let vars = json!({ "i": { "desktopId": d1, "username": "alice", "password": custom } });
    lab.app().data(&acme.admin, &q::set_desktop_credentials(), vars).await;
    let changed = [("CREDENTIALS_CHANGED", d1.as_str())];
    for tap in [&mut ops, &mut admin, &mut user, &mut only_d1] {
        tap.expect(&changed).await;
    }

    // AGENT_CONNECTED, alone, on the first report.
    let token = lab
        .app()
        .data(&acme.admin, q::ISSUE_AGENT_TOKEN, json!({ "d": d1 }))
        .await["issueAgentToken"]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let vars = json!({ "i": { "osType": "linux", "osDistro": "debian", "osVersion": "12" } });
    data(lab.app().gql(Some(&token), &q::report_agent_status(), vars).await);
    let reported = [("AGENT_CONNECTED", d1.as_str())];
    for tap in [&mut ops, &mut admin, &mut user, &mut only_d1] {
        tap.expect(&reported).await;
    }

    // Another acme desktop, unassigned, then ASSIGNED to user2.
    let d2 = id_of(&lab.desktop(&acme.admin, LNX, None).await);
    for tap in [&mut ops, &mut admin] {
        tap.expect(&[("CREATED", d2.as_str())]).await;
    }
    let vars = json!({ "d": d2, "o": user2.user_id });
    lab.app().data(&acme.admin, &q::assign_desktop(), vars).await;
    for tap in [&mut ops, &mut admin, &mut other_user] {
        tap.expect(&[("ASSIGNED", d2.as_str())]).await;
    }
    // Nothing of acme's reached globex; nothing of d2 reached acme's first user or the d1 stream.
    for tap in [&mut stranger, &mut stranger_user, &mut user, &mut only_d1] {
        tap.silent().await;
    }
    // Globex's own event reaches globex (the streams are alive) and nobody at acme.
    let mut g = json!({ "tenantId": globex.id, "name": "g1", "sourceId": lab.src[WIN], "bootMode": "UEFI" });
    g["ownerId"] = json!(globex.user.user_id);
    let g1 = id_of(&lab.create_ok(lab.ops(), g).await);
    for tap in [&mut ops, &mut stranger, &mut stranger_user] {
        tap.expect(&[("CREATED", g1.as_str())]).await;
    }
    for tap in [&mut admin, &mut user, &mut other_user, &mut only_d1] {
        tap.silent().await;
    }

    // DELETED, with no desktop left to show.
    lab.app()
        .data(&acme.admin, q::DELETE_DESKTOP, json!({ "id": d1 }))
        .await;
    let deleted = [("DELETED", d1.as_str())];
    for tap in [&mut ops, &mut admin, &mut user, &mut only_d1] {
        tap.expect(&deleted).await;
    }
    for tap in [&mut stranger, &mut other_user] {
        tap.silent().await;
    }

    // No frame carried a password.
    for tap in [&ops, &admin, &user, &other_user, &stranger, &stranger_user, &only_d1] {
        assert!(!tap.frames.is_empty() || tap.who.starts_with("globex"));
        for frame in &tap.frames {
            for s in [&custom, &lab.win_pw, &lab.acme_pw] {
                assert!(
                    !frame.contains(s.as_str()),
                    "{}: an event carries a password: {frame}",
                    tap.who
                );
            }
        }
    }
}

#[tokio::test]
async fn r16_subscribing_to_another_tenants_desktop_yields_nothing() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let mut g = json!({ "tenantId": globex.id, "name": "g1", "sourceId": lab.src[WIN], "bootMode": "UEFI" });
    g["ownerId"] = json!(globex.user.user_id);
    let g1 = id_of(&lab.create_ok(lab.ops(), g).await);
    let a1 = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let mut spy = Tap::open(&lab, "acme admin on globex's desktop", &acme.admin, Some(&g1)).await;
    let mut spy_user = Tap::open(&lab, "acme user on another's desktop", &acme.user, Some(&g1)).await;
    let mut owner = Tap::open(&lab, "globex user", &globex.user, Some(&g1)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let vars = json!({ "i": { "desktopId": g1, "username": "gus", "password": secret() } });
    lab.app().data(&globex.admin, &q::set_desktop_credentials(), vars).await;
    owner.expect(&[("CREDENTIALS_CHANGED", g1.as_str())]).await;
    for tap in [&mut spy, &mut spy_user] {
        // Either an error at once, or silence: never the event.
        if let Some(e) = tap.next(QUIET).await {
            assert_eq!(e["kind"], "ERROR", "{}: {e}", tap.who);
        }
    }
    let _ = a1;
}

#[tokio::test]
async fn r16_os_info_changed_only_when_the_effective_os_changes() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let d = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let mut tap = Tap::open(&lab, "acme user", &acme.user, Some(&d)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let token = lab
        .app()
        .data(&acme.admin, q::ISSUE_AGENT_TOKEN, json!({ "d": d }))
        .await["issueAgentToken"]["token"]
        .as_str()
        .expect("token")
        .to_owned();
    let report = |distro: &str| json!({ "i": { "osType": "windows", "osDistro": distro, "osVersion": "23H2" } });
    data(
        lab.app()
            .gql(Some(&token), &q::report_agent_status(), report("win11"))
            .await,
    );
    // The preset said windows/win11 too, but the source (PRESET → AGENT) and version changed:
    // the agent connecting says so.
    tap.expect(&[("AGENT_CONNECTED", d.as_str())]).await;
    // The same report again changes nothing and says nothing.
    data(
        lab.app()
            .gql(Some(&token), &q::report_agent_status(), report("win11"))
            .await,
    );
    tap.silent().await;
    data(
        lab.app()
            .gql(Some(&token), &q::report_agent_status(), report("win10"))
            .await,
    );
    tap.expect(&[("AGENT_REPORTED", d.as_str()), ("OS_INFO_CHANGED", d.as_str())])
        .await;
}
