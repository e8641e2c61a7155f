//! R10: agent tokens report the real OS of their one desktop, and do nothing else.

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{data, error_code, expect_code};
use support::ws::{Connect, WsClient};

fn report_vars(hostname: &str) -> Value {
    json!({ "i": { "osType": "linux", "osDistro": "ubuntu", "osVersion": "24.04",
        "hostname": hostname, "agentVersion": "mole-1.2.3" } })
}

async fn report(lab: &Lab, token: &str, hostname: &str) -> Value {
    lab.app()
        .gql(Some(token), &q::report_agent_status(), report_vars(hostname))
        .await
}

/// Refused by authentication or authorization, and no data at all.
#[track_caller]
fn assert_refused(resp: &Value, what: &str) {
    let code = error_code(resp);
    assert!(
        matches!(code.as_deref(), Some("FORBIDDEN" | "UNAUTHENTICATED")),
        "{what} with an agent token was not refused: {resp}"
    );
    let data = resp.get("data").cloned().unwrap_or(Value::Null);
    assert!(
        data.is_null() || data.as_object().is_some_and(|o| o.values().all(Value::is_null)),
        "{what} with an agent token returned data: {resp}"
    );
}

#[tokio::test]
async fn r10_os_info_is_the_source_preset_until_mole_reports() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let other = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let os = &d["osInfo"];
    assert_eq!(os["source"], "PRESET", "{os}");
    assert_eq!(os["osType"], "windows");
    assert_eq!(os["osDistro"], "win11");
    assert_eq!(os["reportedAt"], Value::Null);
    assert_eq!(d["agent"]["connected"], false);
    assert_eq!(d["agent"]["lastReportAt"], Value::Null);
    // A source without OS info: NONE.
    let l = lab.desktop(&acme.admin, LNX, None).await;
    assert_eq!(l["osInfo"]["source"], "NONE", "{}", l["osInfo"]);

    let token = lab.agent_token(&acme.admin, &id).await;
    assert!(
        token.starts_with("xsa_"),
        "agent token without the xsa_ prefix: {token}"
    );
    let r = report(&lab, &token, "pc-042").await;
    let r = data(r)["reportAgentStatus"].clone();
    assert_eq!(r["id"], id.as_str(), "the report landed on another desktop");
    for seen in [r, lab.node(&acme.user, &id).await] {
        let os = &seen["osInfo"];
        assert_eq!(os["source"], "AGENT", "{os}");
        assert_eq!(os["osType"], "linux");
        assert_eq!(os["osDistro"], "ubuntu");
        assert_eq!(os["osVersion"], "24.04");
        assert!(os["reportedAt"].is_string(), "{os}");
        let agent = &seen["agent"];
        assert_eq!(agent["connected"], true, "{agent}");
        assert!(agent["lastReportAt"].is_string());
        assert_eq!(agent["hostname"], "pc-042");
        assert_eq!(agent["agentVersion"], "mole-1.2.3");
    }
    // The other desktop of the same source is untouched.
    let o = lab.node(lab.ops(), &id_of(&other)).await;
    assert_eq!(o["osInfo"]["source"], "PRESET");
    assert_eq!(o["agent"]["connected"], false);
    // The preset changing later does not override the agent's report.
    let vars = json!({ "i": { "id": lab.src[WIN], "osType": "windows", "osDistro": "win10" } });
    lab.app().data(lab.ops(), q::SET_OS_INFO, vars).await;
    assert_eq!(lab.node(lab.ops(), &id).await["osInfo"]["osDistro"], "ubuntu");
    assert_eq!(lab.node(lab.ops(), &id_of(&other)).await["osInfo"]["osDistro"], "win10");
}

#[tokio::test]
async fn r10_agent_token_allows_only_report_agent_status() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    // Admins only, within scope.
    expect_code(
        &lab.app()
            .call(&acme.user, q::ISSUE_AGENT_TOKEN, json!({ "d": id }))
            .await,
        "FORBIDDEN",
    );
    expect_code(
        &lab.app()
            .call(&globex.admin, q::ISSUE_AGENT_TOKEN, json!({ "d": id }))
            .await,
        "NOT_FOUND",
    );
    let token = lab.agent_token(lab.ops(), &id).await;
    let app = lab.app();
    // Queries.
    assert_refused(&app.gql(Some(&token), q::ME, json!({})).await, "me");
    assert_refused(
        &app.gql(Some(&token), &q::desktops(), json!({ "first": 10 })).await,
        "desktops",
    );
    assert_refused(
        &app.gql(Some(&token), &q::node_desktop(), json!({ "id": id })).await,
        "node",
    );
    assert_refused(
        &app.gql(Some(&token), q::CONNECTION_INFO, json!({ "d": id })).await,
        "connectionInfo",
    );
    // Other mutations, even about its own desktop.
    assert_refused(
        &app.gql(Some(&token), q::ISSUE_AGENT_TOKEN, json!({ "d": id })).await,
        "issueAgentToken",
    );
    let vars = json!({ "i": { "desktopId": id, "username": "x", "password": secret() } });
    assert_refused(
        &app.gql(Some(&token), &q::set_desktop_credentials(), vars).await,
        "setDesktopCredentials",
    );
    assert_refused(
        &app.gql(Some(&token), &q::update_credentials(), json!({ "d": id }))
            .await,
        "updateCredentials",
    );
    assert_refused(
        &app.gql(Some(&token), "mutation { refreshToken { token } }", json!({}))
            .await,
        "refreshToken",
    );
    // A WebSocket with it is not acknowledged.
    match WsClient::connect(app, Some(&token)).await {
        Connect::Acked(ws) => {
            ws.close().await;
            panic!("a WebSocket was acknowledged for an agent token");
        }
        Connect::Refused { .. } => {}
    }
    // Nothing changed through the agent token.
    let now = lab.node(lab.ops(), &id).await;
    assert_eq!(now["credentials"]["effectiveSource"], "IMAGE");
    // Login tokens may not report, not even an admin's.
    for who in [&acme.user, &acme.admin, lab.ops()] {
        expect_code(
            &app.gql(Some(&who.token), &q::report_agent_status(), report_vars("x"))
                .await,
            "FORBIDDEN",
        );
    }
    assert_eq!(lab.node(lab.ops(), &id).await["osInfo"]["source"], "PRESET");
    // A made-up agent token is not a token.
    let fake = format!("xsa_{}", uuid::Uuid::new_v4().simple());
    let resp = report(&lab, &fake, "x").await;
    assert!(
        matches!(error_code(&resp).as_deref(), Some("UNAUTHENTICATED" | "FORBIDDEN")),
        "{resp}"
    );
    // The real one still reports.
    data(report(&lab, &token, "ok").await);
}

#[tokio::test]
async fn r10_a_new_agent_token_revokes_the_previous_one() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let id = id_of(&lab.desktop(&acme.admin, WIN, None).await);
    let id2 = id_of(&lab.desktop(&acme.admin, WIN, None).await);
    let first = lab.agent_token(&acme.admin, &id).await;
    let other = lab.agent_token(&acme.admin, &id2).await;
    data(report(&lab, &first, "one").await);
    let second = lab.agent_token(&acme.admin, &id).await;
    assert_ne!(first, second);
    let resp = report(&lab, &first, "stale-token").await;
    assert!(
        matches!(error_code(&resp).as_deref(), Some("UNAUTHENTICATED" | "FORBIDDEN")),
        "a revoked agent token still reports: {resp}"
    );
    assert_eq!(lab.node(lab.ops(), &id).await["agent"]["hostname"], "one");
    data(report(&lab, &second, "two").await);
    assert_eq!(lab.node(lab.ops(), &id).await["agent"]["hostname"], "two");
    // Another desktop's token is independent and reports for its own desktop only.
    let r = data(report(&lab, &other, "three").await)["reportAgentStatus"].clone();
    assert_eq!(r["id"], id2.as_str());
    assert_eq!(lab.node(lab.ops(), &id).await["agent"]["hostname"], "two");
    // Deleting the desktop ends its token.
    lab.app()
        .data(&acme.admin, q::DELETE_DESKTOP, json!({ "id": id }))
        .await;
    let resp = report(&lab, &second, "ghost").await;
    assert!(
        error_code(&resp).is_some(),
        "a deleted desktop's token still reports: {resp}"
    );
}

/// Reports arriving together are written in groups: each lands on its own desktop, several of one
/// desktop in a row all count, and a revoked token in the crowd is refused without failing others.
#[tokio::test]
async fn r10_reports_arriving_together_each_land_on_their_own_desktop() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let mut desktops = Vec::new();
    for _ in 0..6 {
        let d = lab.desktop(&acme.admin, WIN, None).await;
        let id = id_of(&d);
        let token = lab.agent_token(&acme.admin, &id).await;
        let version = lab.node(lab.ops(), &id).await["version"].as_i64().expect("version");
        desktops.push((id, token, version));
    }
    let revoked = desktops[0].1.clone();
    desktops[0].1 = lab.agent_token(&acme.admin, &desktops[0].0).await;
    desktops[0].2 += 1;
    const ROUNDS: usize = 4;
    let mut sends = Vec::new();
    for (n, (_, token, _)) in desktops.iter().enumerate() {
        for k in 0..ROUNDS {
            sends.push((n, format!("pc-{n}-{k}"), token.clone()));
        }
    }
    let answers = futures::future::join_all(
        sends
            .iter()
            .map(|(_, host, token)| report(&lab, token, host))
            .chain(std::iter::once(report(&lab, &revoked, "revoked"))),
    )
    .await;
    let (stale, answers) = answers.split_last().expect("answers");
    assert!(
        matches!(error_code(stale).as_deref(), Some("UNAUTHENTICATED" | "FORBIDDEN")),
        "a revoked agent token reported in a crowd: {stale}"
    );
    for ((n, host, _), answer) in sends.iter().zip(answers) {
        let r = data(answer.clone())["reportAgentStatus"].clone();
        assert_eq!(
            r["id"],
            desktops[*n].0.as_str(),
            "report {host} landed on another desktop"
        );
    }
    for (n, (id, _, version)) in desktops.iter().enumerate() {
        let seen = lab.node(lab.ops(), id).await;
        assert_eq!(
            seen["version"].as_i64(),
            Some(version + ROUNDS as i64),
            "desktop {n}: every report counts once"
        );
        let host = seen["agent"]["hostname"].as_str().expect("hostname");
        assert!(host.starts_with(&format!("pc-{n}-")), "desktop {n} shows {host}");
    }
}

/// R10/R11/R16: an agent sees its own desktop and what it is made from as the tenant's users do:
/// no owner, no preset login name, no platform endpoint, where an operator sees all three.
#[tokio::test]
async fn r10_an_agent_sees_its_desktop_without_owner_credentials_or_endpoint() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let token = lab.agent_token(&acme.admin, &id).await;
    let fields = "id owner { id } source { ... on Image { osUsername } } platform { endpoint }";
    let as_agent = lab
        .app()
        .gql(
            Some(&token),
            &format!("mutation($i: AgentReportInput!) {{ reportAgentStatus(input: $i) {{ {fields} }} }}"),
            report_vars("pc-lens"),
        )
        .await;
    let seen = data(as_agent)["reportAgentStatus"].clone();
    assert_eq!(seen["id"], id.as_str());
    assert_eq!(seen["owner"], Value::Null, "{seen}");
    assert_eq!(seen["source"]["osUsername"], Value::Null, "{seen}");
    assert_eq!(seen["platform"]["endpoint"], Value::Null, "{seen}");

    let as_ops = lab
        .app()
        .data(
            &lab.w.ops,
            &format!("query($id: ID!) {{ node(id: $id) {{ ... on Desktop {{ {fields} }} }} }}"),
            json!({ "id": id }),
        )
        .await;
    let seen = &as_ops["node"];
    assert_eq!(seen["owner"]["id"], acme.user.user_id.as_str(), "{seen}");
    assert_eq!(seen["source"]["osUsername"], "Administrator", "{seen}");
    assert!(seen["platform"]["endpoint"].is_string(), "{seen}");
}
