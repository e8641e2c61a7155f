//! API tokens (src/domain/api_tokens.rs): a credential for automation that acts as the user who
//! made it and never more. Made once (the secret shown then only), listed and revoked by the owner
//! and the admins of its scope, ended by revocation, expiry, a disabled creator or any change of
//! the creator's token version; through it no other credential can be made; a wrong one counts
//! as a failed login of the address.

use std::time::Duration;

use serde_json::{Value, json};

use support::fragments as f;
use support::harness::{Backend, data, error_code};
use support::world::{Session, World, nodes};
use support::ws::{Connect, WsClient};

const CREATE: &str = "mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name active \
    createdAt expiresAt lastUsedAt revokedAt owner { id username } } } }";
const LIST: &str = "query { apiTokens(first: 100) { totalCount edges { node { id name active lastUsedAt revokedAt \
    owner { id username } } } } }";
const REVOKE: &str = "mutation($id: ID!) { revokeApiToken(id: $id) { id active revokedAt } }";
const CHANGE_PASSWORD: &str = "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }";
const REFRESH: &str = "mutation { refreshToken { token } }";
const AUDIT: &str = "query { auditLog(first: 100) { edges { node { action outcome detail actor { id } } } } }";

/// A token made by `who`: the session that uses it, and its global ID.
struct Made {
    session: Session,
    id: String,
    secret: String,
}

fn in_days(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days)).to_rfc3339()
}

async fn make(w: &World, who: &Session, name: &str, expires_at: &str) -> Made {
    let d = w
        .app
        .data(who, CREATE, json!({ "i": { "name": name, "expiresAt": expires_at } }))
        .await;
    let made = &d["createApiToken"];
    let secret = made["secret"].as_str().expect("secret").to_owned();
    assert!(secret.starts_with("xsp_") && secret.len() > 40, "{made}");
    assert_eq!(made["token"]["owner"]["id"], who.user_id.as_str(), "{made}");
    assert_eq!(made["token"]["active"], true, "{made}");
    assert!(made["token"]["lastUsedAt"].is_null(), "{made}");
    Made {
        session: Session {
            token: secret.clone(),
            ..who.clone()
        },
        id: made["token"]["id"].as_str().expect("id").to_owned(),
        secret,
    }
}

/// `me` through `who`: the user id, or the error code.
async fn me(w: &World, who: &Session) -> Result<String, String> {
    let resp = w.app.call(who, f::ME, json!({})).await;
    match error_code(&resp) {
        Some(code) => Err(code),
        None => Ok(resp["data"]["me"]["id"].as_str().unwrap_or_default().to_owned()),
    }
}

async fn listed(w: &World, who: &Session) -> Vec<Value> {
    nodes(&w.app.data(who, LIST, json!({})).await["apiTokens"])
}

fn ids(list: &[Value]) -> Vec<String> {
    list.iter()
        .map(|t| t["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn a_token_acts_as_its_creator_and_its_secret_is_shown_once() {
    let w = World::new().await;
    let t = make(&w, &w.acme.admin, "nightly sync", &in_days(30)).await;
    assert_eq!(me(&w, &t.session).await, Ok(w.acme.admin.user_id.clone()));
    // It does what its creator may: the tenant's users, not another tenant's.
    let users = w.app.data(&t.session, f::USERS, json!({})).await;
    let names: Vec<String> = nodes(&users["users"])
        .iter()
        .map(|u| u["username"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(
        names.contains(&"acme-user".to_owned()) && !names.contains(&"globex-user".to_owned()),
        "{names:?}"
    );
    // Listed with its use, never with its secret.
    let list = listed(&w, &w.acme.admin).await;
    assert_eq!(ids(&list), vec![t.id.clone()]);
    assert!(list[0]["lastUsedAt"].is_string(), "{list:?}");
    assert!(
        !w.app
            .data(&w.acme.admin, LIST, json!({}))
            .await
            .to_string()
            .contains(&t.secret)
    );
    assert!(
        !w.app.server_log().contains(&t.secret),
        "the secret is in the server's log"
    );
    if w.app.backend == Backend::Sqlite {
        let db = w.app.database_bytes();
        assert!(
            !db.windows(t.secret.len()).any(|win| win == t.secret.as_bytes()),
            "the secret is stored"
        );
    }
    // And over WebSocket, as the connection_init token.
    let mut ws = WsClient::connect_ok(&w.app, &t.secret).await;
    ws.subscribe("1", f::ME, json!({})).await;
    let d = ws
        .next_data("1", Duration::from_secs(10))
        .await
        .expect("me over WebSocket");
    assert_eq!(d["me"]["id"], w.acme.admin.user_id.as_str(), "{d}");
    ws.close().await;
    // Bad input: no name, an expiry past or too far.
    for (name, expires) in [("", in_days(1)), ("x", in_days(-1)), ("x", in_days(400))] {
        let resp = w
            .app
            .call(
                &w.acme.admin,
                CREATE,
                json!({ "i": { "name": name, "expiresAt": expires } }),
            )
            .await;
        assert_eq!(error_code(&resp).as_deref(), Some("BAD_USER_INPUT"), "{resp}");
    }
}

#[tokio::test]
async fn tokens_are_seen_and_revoked_within_their_scope_only() {
    let w = World::new().await;
    let user_token = make(&w, &w.acme.user, "user's", &in_days(7)).await;
    let admin_token = make(&w, &w.acme.admin, "admin's", &in_days(7)).await;
    let globex_token = make(&w, &w.globex.admin, "globex's", &in_days(7)).await;
    let ops_token = make(&w, &w.ops, "ops's", &in_days(7)).await;
    let mut acme_admin_sees = ids(&listed(&w, &w.acme.admin).await);
    acme_admin_sees.sort();
    let mut both = vec![user_token.id.clone(), admin_token.id.clone()];
    both.sort();
    assert_eq!(acme_admin_sees, both, "a tenant admin sees the tenant's tokens");
    assert_eq!(ids(&listed(&w, &w.acme.user).await), vec![user_token.id.clone()]);
    assert_eq!(ids(&listed(&w, &w.globex.admin).await), vec![globex_token.id.clone()]);
    assert_eq!(listed(&w, &w.ops).await.len(), 4, "system admins see all");
    // Another tenant's token, or one above one's role: as if it did not exist.
    for (who, id) in [
        (&w.globex.admin, &user_token.id),
        (&w.globex.user, &admin_token.id),
        (&w.acme.user, &admin_token.id),
        (&w.acme.admin, &ops_token.id),
        // A token cannot reach further than its creator either.
        (&globex_token.session, &user_token.id),
    ] {
        let resp = w.app.call(who, REVOKE, json!({ "id": id })).await;
        assert_eq!(error_code(&resp).as_deref(), Some("NOT_FOUND"), "{resp}");
        let node = w
            .app
            .call(who, "query($id: ID!) { node(id: $id) { id } }", json!({ "id": id }))
            .await;
        assert!(node["data"]["node"].is_null(), "{node}");
    }
    assert_eq!(me(&w, &user_token.session).await, Ok(w.acme.user.user_id.clone()));
    // The tenant admin revokes the user's token: it stops at once.
    let d = w.app.data(&w.acme.admin, REVOKE, json!({ "id": user_token.id })).await;
    assert_eq!(d["revokeApiToken"]["active"], false, "{d}");
    assert!(d["revokeApiToken"]["revokedAt"].is_string(), "{d}");
    assert_eq!(me(&w, &user_token.session).await, Err("UNAUTHENTICATED".into()));
    assert!(matches!(
        WsClient::connect(&w.app, Some(&user_token.secret)).await,
        Connect::Refused { .. }
    ));
    // The owner revokes its own, a system admin anyone's.
    w.app
        .data(&w.globex.admin, REVOKE, json!({ "id": globex_token.id }))
        .await;
    w.app.data(&w.ops, REVOKE, json!({ "id": admin_token.id })).await;
    for t in [&globex_token, &admin_token] {
        assert_eq!(me(&w, &t.session).await, Err("UNAUTHENTICATED".into()));
    }
    assert_eq!(me(&w, &ops_token.session).await, Ok(w.ops.user_id.clone()));
}

#[tokio::test]
async fn expiry_a_disabled_creator_and_a_new_password_end_a_token() {
    let w = World::new().await;
    // Expired.
    let soon = (chrono::Utc::now() + chrono::Duration::seconds(3)).to_rfc3339();
    let short = make(&w, &w.acme.user, "short", &soon).await;
    assert!(me(&w, &short.session).await.is_ok());
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert_eq!(me(&w, &short.session).await, Err("UNAUTHENTICATED".into()));
    // Disabled creator; enabled again, the token stays ended (the creator's token version moved).
    let t = make(&w, &w.acme.user, "disabled", &in_days(7)).await;
    let vars = |d: bool| json!({ "id": w.acme.user.user_id, "d": d });
    w.app.data(&w.acme.admin, f::SET_USER_DISABLED, vars(true)).await;
    assert_eq!(me(&w, &t.session).await, Err("UNAUTHENTICATED".into()));
    w.app.data(&w.acme.admin, f::SET_USER_DISABLED, vars(false)).await;
    assert_eq!(me(&w, &t.session).await, Err("UNAUTHENTICATED".into()));
    // A new password ends the tokens made before it.
    let admin = &w.acme.admin;
    let t = make(&w, admin, "password", &in_days(7)).await;
    assert!(me(&w, &t.session).await.is_ok());
    let new_password = support::harness::unique("New-pass");
    let input = json!({ "i": { "currentPassword": admin.password, "newPassword": new_password } });
    w.app.data(admin, CHANGE_PASSWORD, input).await;
    assert_eq!(me(&w, &t.session).await, Err("UNAUTHENTICATED".into()));
}

#[tokio::test]
async fn a_token_makes_no_credential_and_has_no_more_power_than_its_creator() {
    let w = World::new().await;
    let t = make(&w, &w.acme.user, "user's", &in_days(7)).await;
    let new_password = support::harness::unique("New-pass");
    for (what, query, vars) in [
        (
            "createApiToken",
            CREATE,
            json!({ "i": { "name": "child", "expiresAt": in_days(7) } }),
        ),
        ("refreshToken", REFRESH, json!({})),
        (
            "changePassword",
            CHANGE_PASSWORD,
            json!({ "i": { "currentPassword": w.acme.user.password, "newPassword": new_password } }),
        ),
        (
            "createUser",
            f::CREATE_USER,
            json!({ "i": { "tenantId": w.acme.id, "username": "via-token", "password": "Pw-12345678", "role": "TENANT_ADMIN" } }),
        ),
        (
            "createTenant",
            f::CREATE_TENANT,
            json!({ "i": { "slug": "via-token", "name": "Via token" } }),
        ),
    ] {
        let resp = w.app.call(&t.session, query, vars).await;
        assert_eq!(error_code(&resp).as_deref(), Some("FORBIDDEN"), "{what}: {resp}");
    }
    assert_eq!(listed(&w, &w.acme.user).await.len(), 1, "a token made a token");
    // The creator's password still works, and the creator (not the token) may make tokens.
    w.app.login(Some("acme"), "acme-user", &w.acme.user.password).await;
    make(&w, &w.acme.user, "second", &in_days(7)).await;
    // An admin's token is an admin: it may do what the admin may, audited as the admin, with
    // the token named.
    let admin = make(&w, &w.acme.admin, "admin's", &in_days(7)).await;
    let vars = json!({ "i": { "tenantId": w.acme.id, "username": "made-by-token", "password": "Pw-12345678", "role": "TENANT_USER" } });
    w.app.data(&admin.session, f::CREATE_USER, vars).await;
    let audit = w.app.data(&w.acme.admin, AUDIT, json!({})).await;
    let entries = nodes(&audit["auditLog"]);
    let by_token: Vec<&Value> = entries
        .iter()
        .filter(|e| e["detail"].as_str().is_some_and(|d| d.contains(&admin.id)))
        .collect();
    assert_eq!(by_token.len(), 1, "{entries:?}");
    assert_eq!(by_token[0]["action"], "createUser");
    assert_eq!(by_token[0]["outcome"], "ok");
    assert_eq!(by_token[0]["actor"]["id"], w.acme.admin.user_id.as_str());
    // Refusals through a token are audited too, naming it.
    assert!(
        entries.iter().any(|e| e["action"] == "createApiToken"
            && e["outcome"] == "denied"
            && e["detail"].as_str().is_some_and(|d| d.contains(&t.id))),
        "{entries:?}"
    );
}

#[tokio::test]
async fn wrong_tokens_are_throttled_like_failed_logins() {
    let w = World::new().await;
    let good = make(&w, &w.acme.user, "good", &in_days(7)).await;
    let wrong = Session {
        token: format!("xsp_{}", "A".repeat(43)),
        ..w.acme.user.clone()
    };
    for _ in 0..10 {
        assert_eq!(me(&w, &wrong).await, Err("UNAUTHENTICATED".into()));
    }
    // The address is over the limit: refused before any token is looked up, even a good one.
    for who in [&wrong, &good.session] {
        let body = json!({ "query": f::ME }).to_string();
        let (status, text) = w.app.post_raw(Some(&who.token), body).await;
        assert_eq!(status, 429, "{text}");
        let resp: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(error_code(&resp).as_deref(), Some("RATE_LIMITED"), "{resp}");
        assert!(resp.pointer("/errors/0/extensions/retryAfter").is_some(), "{resp}");
    }
    // The same counter as logins: a login from the address waits too.
    let resp = w.app.login_raw(Some("acme"), "acme-user", &w.acme.user.password).await;
    assert_eq!(error_code(&resp).as_deref(), Some("RATE_LIMITED"), "{resp}");
    // Login tokens are not held up: only API tokens name no account.
    assert!(data(w.app.call(&w.acme.admin, f::ME, json!({})).await)["me"].is_object());
}
