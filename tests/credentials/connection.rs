//! R15: connection info for the assigned user only; AD mode returns no stored credentials; every
//! request is audited, never with a secret.

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{data, expect_code};
use support::world::Session;

async fn audit(lab: &Lab, who: &Session, tenant: Option<&str>) -> Value {
    let vars = json!({ "first": 100, "t": tenant });
    lab.app().data(who, q::AUDIT_LOG, vars).await["auditLog"].clone()
}

/// The connectionInfo entries about one desktop.
fn about(entries: &[Value], desktop_id: &str) -> Vec<Value> {
    entries
        .iter()
        .filter(|e| e["targetId"] == desktop_id)
        .cloned()
        .collect()
}

fn outcomes(entries: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = entries
        .iter()
        .map(|e| e["outcome"].as_str().unwrap_or_default().to_owned())
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn r15_local_mode_gives_the_assigned_user_silent_login() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let info = lab.conn_ok(&acme.user, &id).await;
    assert_eq!(info["desktop"]["id"], id.as_str());
    assert_eq!(info["loginMode"], "LOCAL");
    assert_eq!(info["autoLogin"], true);
    assert_eq!(info["username"], "Administrator");
    assert_eq!(info["password"], lab.win_pw.as_str());
    assert_eq!(info["adDomain"], Value::Null);
    // A custom image's credentials.
    let c = id_of(&lab.desktop(&acme.admin, ACME, Some(&acme.user)).await);
    let info = lab.conn_ok(&acme.user, &c).await;
    assert_eq!(info["username"], "acme-local");
    assert_eq!(info["password"], lab.acme_pw.as_str());
}

#[tokio::test]
async fn r15_ad_domain_mode_returns_no_stored_credentials() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let d = lab.ad_desktop(&acme.admin, WIN, &acme.user, "corp.acme.example").await;
    let id = id_of(&d);
    // Even custom credentials are ignored in AD mode.
    let custom = secret();
    let vars = json!({ "i": { "desktopId": id, "username": "alice", "password": custom } });
    lab.app().data(&acme.admin, &q::set_desktop_credentials(), vars).await;
    let resp = lab.conn_info(&acme.user, &id).await;
    let info = data(resp.clone())["connectionInfo"].clone();
    assert_eq!(info["loginMode"], "AD_DOMAIN");
    assert_eq!(info["autoLogin"], false);
    assert_eq!(info["adDomain"], "corp.acme.example");
    assert_eq!(info["username"], Value::Null, "{info}");
    assert_eq!(info["password"], Value::Null, "{info}");
    let text = resp.to_string();
    assert!(
        !text.contains(&custom) && !text.contains(&lab.win_pw),
        "AD answer leaks a password"
    );
}

#[tokio::test]
async fn r15_only_the_assigned_user_gets_connection_info() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let user2 = lab.extra_user(true, "TENANT_USER").await;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let free = id_of(&lab.desktop(&acme.admin, WIN, None).await);
    // Those who can see it but are not its user: FORBIDDEN.
    for who in [&acme.admin, lab.ops()] {
        let resp = lab.conn_info(who, &id).await;
        expect_code(&resp, "FORBIDDEN");
        assert!(!resp.to_string().contains(&lab.win_pw));
        expect_code(&lab.conn_info(who, &free).await, "FORBIDDEN");
    }
    // Those who cannot see it: NOT_FOUND.
    for who in [&user2, &globex.admin, &globex.user] {
        expect_code(&lab.conn_info(who, &id).await, "NOT_FOUND");
    }
    expect_code(&lab.conn_info(&acme.user, &free).await, "NOT_FOUND");
    // Reassigned: the new user gets it, the former one no longer does.
    let vars = json!({ "d": id, "o": user2.user_id });
    lab.app().data(&acme.admin, &q::assign_desktop(), vars).await;
    assert_eq!(lab.conn_ok(&user2, &id).await["password"], lab.win_pw.as_str());
    expect_code(&lab.conn_info(&acme.user, &id).await, "NOT_FOUND");
}

#[tokio::test]
async fn r15_every_connection_info_request_is_audited_without_secrets() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let id = id_of(&d);
    let ad = id_of(&lab.ad_desktop(&acme.admin, WIN, &acme.user, "acme.example").await);
    let mut g = json!({ "tenantId": globex.id, "name": "g-win", "sourceId": lab.src[WIN], "bootMode": "UEFI" });
    g["ownerId"] = json!(globex.user.user_id);
    let gd = id_of(&lab.create_ok(lab.ops(), g).await);
    let custom = secret();
    let vars = json!({ "i": { "desktopId": id, "username": "alice", "password": custom } });
    lab.app().data(&acme.admin, &q::set_desktop_credentials(), vars).await;

    lab.conn_ok(&acme.user, &id).await; // ok
    lab.conn_ok(&acme.user, &id).await; // ok
    data(lab.conn_info(&acme.user, &ad).await); // ok (AD)
    expect_code(&lab.conn_info(&acme.admin, &id).await, "FORBIDDEN"); // denied
    expect_code(&lab.conn_info(lab.ops(), &id).await, "FORBIDDEN"); // denied
    lab.conn_ok(&globex.user, &gd).await; // ok, globex

    let all = audit(&lab, lab.ops(), None).await;
    let entries = connection_entries(&all);
    let on_id = about(&entries, &id);
    assert_eq!(outcomes(&on_id), vec!["denied", "denied", "ok", "ok"], "{on_id:#?}");
    assert_eq!(outcomes(&about(&entries, &ad)), vec!["ok"]);
    assert_eq!(outcomes(&about(&entries, &gd)), vec!["ok"]);
    let actors: Vec<&str> = on_id.iter().filter_map(|e| e["actor"]["id"].as_str()).collect();
    assert!(actors.contains(&acme.user.user_id.as_str()), "{on_id:#?}");
    assert!(actors.contains(&acme.admin.user_id.as_str()), "{on_id:#?}");
    assert!(actors.contains(&lab.ops().user_id.as_str()), "{on_id:#?}");
    for e in &entries {
        assert!(e["at"].is_string(), "{e}");
    }
    // No audit field carries a password, whoever reads it.
    let text = all.to_string();
    for s in [&custom, &lab.win_pw, &lab.acme_pw] {
        assert!(!text.contains(s.as_str()), "audit log carries a secret: {text}");
    }
    // Tenant admins read their tenant's entries only.
    let acme_log = connection_entries(&audit(&lab, &acme.admin, None).await);
    assert_eq!(about(&acme_log, &id).len(), 4);
    assert!(
        about(&acme_log, &gd).is_empty(),
        "acme's admin reads globex's audit entries"
    );
    let globex_log = connection_entries(&audit(&lab, &globex.admin, None).await);
    assert_eq!(about(&globex_log, &gd).len(), 1);
    assert!(about(&globex_log, &id).is_empty() && about(&globex_log, &ad).is_empty());
    // Naming another tenant does not widen the scope (refused, or nothing of acme's).
    let other = lab
        .app()
        .call(&globex.admin, q::AUDIT_LOG, json!({ "first": 100, "t": acme.id }))
        .await;
    if other.get("errors").is_some() {
        expect_code(&other, "NOT_FOUND");
    } else {
        let leaked = connection_entries(&other["data"]["auditLog"]);
        assert!(about(&leaked, &id).is_empty(), "globex reads acme's audit log: {other}");
    }
    let only_globex = connection_entries(&audit(&lab, lab.ops(), Some(&globex.id)).await);
    assert_eq!(only_globex.len(), 1, "{only_globex:#?}");
    // End users may not read the audit log at all.
    expect_code(
        &lab.app().call(&acme.user, q::AUDIT_LOG, json!({ "first": 10 })).await,
        "FORBIDDEN",
    );
}

#[tokio::test]
async fn r15_out_of_scope_connection_info_requests_are_audited_too() {
    // The schema: "Every request is audited". A probe from another tenant must leave a trace for
    // the operators.
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let id = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    expect_code(&lab.conn_info(&globex.admin, &id).await, "NOT_FOUND");
    let entries = connection_entries(&audit(&lab, lab.ops(), None).await);
    let probes: Vec<&Value> = entries
        .iter()
        .filter(|e| e["actor"]["id"] == globex.admin.user_id.as_str())
        .collect();
    assert_eq!(
        probes.len(),
        1,
        "the out-of-scope request left no audit entry: {entries:#?}"
    );
    assert_eq!(probes[0]["outcome"], "denied");
}
