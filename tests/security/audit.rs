//! The audit trail: every change — to sources' OS info and credentials, platforms,
//! users, desktops — is recorded with who, what, when and the outcome, refused ones too, never
//! with a secret; tenant admins read their tenant's entries only.

use serde_json::{Value, json};

use support::desktop_lab::*;
use support::desktop_queries as q;
use support::harness::{data, unique};
use support::world::Session;

async fn entries(lab: &Lab, who: &Session) -> Vec<Value> {
    let log = lab
        .app()
        .data(who, q::AUDIT_LOG, json!({ "first": 100, "t": null }))
        .await["auditLog"]
        .clone();
    log["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["node"].clone())
        .collect()
}

/// The entry of `action` on `target` with `outcome`, by `who` (its username).
#[track_caller]
fn find<'a>(all: &'a [Value], action: &str, target: &str, outcome: &str) -> &'a Value {
    all.iter()
        .find(|e| e["action"] == action && e["targetId"] == target && e["outcome"] == outcome)
        .unwrap_or_else(|| panic!("no {outcome} {action} on {target} in {all:#?}"))
}

#[tokio::test]
async fn every_change_is_recorded_without_secrets_and_scoped_by_tenant() {
    let lab = Lab::new().await;
    let (acme, globex) = (&lab.w.acme, &lab.w.globex);
    let password = unique("Audit-secret");

    // Changes to sources, by the operator and by a tenant admin; one refused.
    lab.set_os_credentials(lab.ops(), WIN, "Administrator", &password).await;
    let vars = json!({ "i": { "id": lab.src[ACME], "osType": "linux", "osDistro": "ubuntu" } });
    data(lab.app().call(&acme.admin, q::SET_OS_INFO, vars).await);
    let vars = json!({ "i": { "id": lab.src[GLOBEX], "osType": "linux", "osDistro": "debian" } });
    let refused = lab.app().call(&acme.admin, q::SET_OS_INFO, vars).await;
    assert!(refused.get("errors").is_some(), "{refused}");

    // A desktop made and deleted by a tenant admin.
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let desktop = id_of(&d);
    lab.app()
        .data(&acme.admin, q::DELETE_DESKTOP, json!({ "id": desktop }))
        .await;

    // A platform added and removed, a user created, by the operator.
    let endpoint = "sim://audit?images=3&seed=9";
    let vars = json!({ "i": { "name": unique("audit"), "kind": "OPENSTACK", "endpoint": endpoint } });
    let platform = lab.app().data(lab.ops(), q::ADD_PLATFORM, vars).await["addCloudPlatform"]["id"]
        .as_str()
        .expect("platform id")
        .to_owned();
    lab.app()
        .data(lab.ops(), q::REMOVE_PLATFORM, json!({ "id": platform }))
        .await;
    let vars = json!({ "i": { "username": unique("audited"), "password": unique("Pw-user"), "role": "TENANT_USER", "tenantId": acme.id } });
    let user = lab.app().data(lab.ops(), q::CREATE_USER, vars).await["createUser"]["id"]
        .as_str()
        .expect("user id")
        .to_owned();

    let all = entries(&lab, lab.ops()).await;
    let e = find(&all, "setOsCredentials", &lab.src[WIN], "ok");
    assert_eq!(e["actor"]["username"], lab.ops().username.as_str(), "{e}");
    assert!(e["at"].is_string(), "{e}");
    find(&all, "setOsInfo", &lab.src[ACME], "ok");
    let denied = find(&all, "setOsInfo", &lab.src[GLOBEX], "denied");
    assert_eq!(denied["actor"]["username"], acme.admin.username.as_str());
    assert!(denied["detail"].is_string(), "the refusal's code: {denied}");
    find(&all, "createDesktop", &desktop, "ok");
    find(&all, "deleteDesktop", &desktop, "ok");
    find(&all, "addCloudPlatform", &platform, "ok");
    find(&all, "removeCloudPlatform", &platform, "ok");
    find(&all, "createUser", &user, "ok");
    let text = serde_json::to_string(&all).expect("json");
    assert!(!text.contains(&password), "a password reached the audit trail");

    // A tenant admin reads its tenant's entries: the desktop, its own source and user; not the
    // other tenant's, nor the operator's platform.
    let mine = entries(&lab, &acme.admin).await;
    find(&mine, "createDesktop", &desktop, "ok");
    find(&mine, "setOsInfo", &lab.src[ACME], "ok");
    find(&mine, "createUser", &user, "ok");
    // Its entries name the actors of its tenant, never the operator who acted on it (whom the
    // operator's own read names), on either backend.
    let made = find(&mine, "createUser", &user, "ok");
    assert!(
        made["actor"].is_null(),
        "a system admin named to a tenant admin: {made}"
    );
    let own = find(&mine, "createDesktop", &desktop, "ok");
    assert_eq!(own["actor"]["username"], acme.admin.username.as_str(), "{own}");
    assert_eq!(
        find(&all, "createUser", &user, "ok")["actor"]["username"],
        lab.ops().username.as_str()
    );
    for e in &mine {
        assert_ne!(e["targetId"], lab.src[GLOBEX].as_str(), "another tenant's entry: {e}");
        assert_ne!(e["targetId"], platform.as_str(), "a system entry: {e}");
    }
    let theirs = entries(&lab, &globex.admin).await;
    assert!(
        theirs
            .iter()
            .all(|e| e["targetId"] != desktop.as_str() && e["targetId"] != lab.src[ACME].as_str()),
        "acme's entries leaked to globex: {theirs:#?}"
    );
    lab.app().assert_secret_nowhere(&password);
}
