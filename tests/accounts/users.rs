//! Bootstrap, login, tokens, passwords, users.

use serde_json::{Value, json};

use support::fragments as f;
use support::harness::{Backend, TestApp, data, dir_entries, error_code, error_message, expect_code, show, unique};
use support::world::{World, sorted, str_of};

#[tokio::test]
async fn bootstrap_admin_create_twice_exits_1() {
    let app = TestApp::start().await;
    let pw = unique("Other-pass");
    let out = app
        .cli(
            &["admin", "create", "--username", "ops"],
            &[("XSPACE_ADMIN_PASSWORD", &pw)],
        )
        .await;
    assert_eq!(
        out.status.code(),
        Some(1),
        "a second `admin create ops` must exit 1: {}",
        show(&out)
    );
    // The first password still works; the second was not applied.
    let ok = app.login_raw(None, "ops", &app.admin_password).await;
    assert!(ok["data"]["login"]["token"].is_string(), "{ok}");
    expect_code(&app.login_raw(None, "ops", &pw).await, "UNAUTHENTICATED");
    assert!(!app.server_log().contains(&pw) && !app.server_log().contains(&app.admin_password));
}

#[tokio::test]
async fn bootstrap_sqlite_key_file_beside_database() {
    let app = TestApp::start().await;
    if app.backend != Backend::Sqlite {
        support::skip::say("the key file is SQLite's; on PostgreSQL the keys come from the environment");
        return;
    }
    let others = || -> Vec<String> {
        let known = ["xspace.db", "xspace.db-wal", "xspace.db-shm", "server.stderr.log"];
        sorted(
            dir_entries(app.dir.path())
                .into_iter()
                .filter(|n| !known.contains(&n.as_str()))
                .collect(),
        )
    };
    let others_before = others();
    assert!(
        !others_before.is_empty(),
        "no key file was created beside the SQLite database (dir: {:?})",
        dir_entries(app.dir.path())
    );
    // The keys persist: a token issued before a restart still works after it.
    let mut app = app;
    let ops = app.login(None, "ops", &app.admin_password.clone()).await;
    app.restart().await;
    let others_after: Vec<String> = {
        let known = ["xspace.db", "xspace.db-wal", "xspace.db-shm", "server.stderr.log"];
        sorted(
            dir_entries(app.dir.path())
                .into_iter()
                .filter(|n| !known.contains(&n.as_str()))
                .collect(),
        )
    };
    assert_eq!(others_after, others_before, "a restart made new files (a new key?)");
    let me = app.data(&ops, f::ME, json!({})).await;
    assert_eq!(
        me["me"]["username"], "ops",
        "a token from before the restart no longer works"
    );
}

#[tokio::test]
async fn login_returns_token_and_viewer() {
    let app = TestApp::start().await;
    let d = data(app.login_raw(None, "ops", &app.admin_password).await);
    let login = &d["login"];
    assert!(login["token"].as_str().is_some_and(|t| t.len() > 20), "{login}");
    assert_eq!(login["viewer"]["username"], "ops");
    assert_eq!(login["viewer"]["role"], "SYSTEM_ADMIN");
    assert!(login["viewer"]["tenant"].is_null());
    let exp = chrono::DateTime::parse_from_rfc3339(login["expiresAt"].as_str().expect("expiresAt")).expect("RFC 3339");
    assert!(exp > chrono::Utc::now(), "token expires in the past: {exp}");
    let token = login["token"].as_str().unwrap_or_default();
    let me = data(app.gql(Some(token), f::ME, json!({})).await);
    assert_eq!(me["me"]["id"], login["viewer"]["id"]);
}

#[tokio::test]
async fn login_failures_are_indistinguishable() {
    let w = World::new().await;
    let app = &w.app;
    // Disable acme's user, then try every kind of failure once.
    app.data(
        &w.ops,
        f::SET_USER_DISABLED,
        json!({ "id": w.acme.user.user_id, "d": true }),
    )
    .await;
    let cases: Vec<(&str, Value)> = vec![
        (
            "unknown user",
            app.login_raw(Some("acme"), "nobody-here", "whatever-Passw0rd").await,
        ),
        (
            "wrong password",
            app.login_raw(Some("acme"), "acme-admin", "wrong-Passw0rd").await,
        ),
        (
            "unknown tenant",
            app.login_raw(Some("no-such-tenant"), "acme-admin", &w.acme.admin.password)
                .await,
        ),
        (
            "user of another tenant",
            app.login_raw(Some("globex"), "acme-admin", &w.acme.admin.password)
                .await,
        ),
        (
            "tenant user in system namespace",
            app.login_raw(None, "acme-admin", &w.acme.admin.password).await,
        ),
        (
            "disabled user",
            app.login_raw(Some("acme"), "acme-user", &w.acme.user.password).await,
        ),
    ];
    let first_message = error_message(&cases[0].1);
    assert!(!first_message.is_empty());
    for (what, resp) in &cases {
        expect_code(resp, "UNAUTHENTICATED");
        assert_eq!(
            error_message(resp),
            first_message,
            "login failure `{what}` is distinguishable: {resp}"
        );
        assert!(
            resp["data"].is_null() || resp["data"]["login"].is_null(),
            "{what}: {resp}"
        );
    }
}

#[tokio::test]
async fn protected_operations_need_a_valid_token() {
    let app = TestApp::start().await;
    for token in [None, Some("garbage.token.here"), Some("")] {
        for q in [
            f::ME,
            "query { cloudPlatforms { id } }",
            "query { vdiImages { totalCount } }",
            "query { tenants { totalCount } }",
        ] {
            let resp = app.gql(token, q, json!({})).await;
            expect_code(&resp, "UNAUTHENTICATED");
        }
        let resp = app
            .gql(token, f::CREATE_TENANT, json!({ "i": { "slug": "x", "name": "X" } }))
            .await;
        expect_code(&resp, "UNAUTHENTICATED");
    }
    // A token signed with another key is refused too.
    let forged = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2lnbmF0dXJl";
    expect_code(&app.gql(Some(forged), f::ME, json!({})).await, "UNAUTHENTICATED");
    let ops = app.login(None, "ops", &app.admin_password.clone()).await;
    let d = app.data(&ops, f::TENANTS, json!({})).await;
    assert_eq!(
        d["tenants"]["totalCount"], 0,
        "an unauthenticated createTenant wrote something"
    );
}

#[tokio::test]
async fn refresh_token_returns_new_working_token() {
    let w = World::new().await;
    let q = "mutation { refreshToken { token expiresAt viewer { id username role } } }";
    let d = w.app.data(&w.acme.admin, q, json!({})).await;
    let token = str_of(&d["refreshToken"], "token");
    assert_eq!(d["refreshToken"]["viewer"]["id"], w.acme.admin.user_id.as_str());
    assert_eq!(d["refreshToken"]["viewer"]["role"], "TENANT_ADMIN");
    let me = data(w.app.gql(Some(&token), f::ME, json!({})).await);
    assert_eq!(me["me"]["username"], "acme-admin");
    assert_eq!(me["me"]["tenant"]["slug"], "acme");
    expect_code(&w.app.gql(None, q, json!({})).await, "UNAUTHENTICATED");
}

const CHANGE_PASSWORD: &str = "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id username } }";

#[tokio::test]
async fn change_password_checks_current_and_replaces_it() {
    let w = World::new().await;
    let user = &w.acme.user;
    let new_pw = unique("New-pass");
    let wrong = w
        .app
        .call(
            user,
            CHANGE_PASSWORD,
            json!({ "i": { "currentPassword": "not-it-at-all", "newPassword": new_pw } }),
        )
        .await;
    expect_code(&wrong, "BAD_USER_INPUT");
    // The wrong attempt changed nothing.
    w.app.login(Some("acme"), "acme-user", &user.password).await;
    let ok = w
        .app
        .data(
            user,
            CHANGE_PASSWORD,
            json!({ "i": { "currentPassword": user.password, "newPassword": new_pw } }),
        )
        .await;
    assert_eq!(ok["changePassword"]["id"], user.user_id.as_str());
    expect_code(
        &w.app.login_raw(Some("acme"), "acme-user", &user.password).await,
        "UNAUTHENTICATED",
    );
    w.app.login(Some("acme"), "acme-user", &new_pw).await;
    w.app.assert_secret_nowhere(&new_pw);
}

#[tokio::test]
async fn disabled_user_cannot_login_and_token_stops_at_once() {
    let w = World::new().await;
    let user = &w.acme.user;
    w.app.data(user, f::ME, json!({})).await;
    // Its own tenant admin disables it.
    let d = w
        .app
        .data(
            &w.acme.admin,
            f::SET_USER_DISABLED,
            json!({ "id": user.user_id, "d": true }),
        )
        .await;
    assert_eq!(d["setUserDisabled"]["id"], user.user_id.as_str());
    expect_code(&w.app.call(user, f::ME, json!({})).await, "UNAUTHENTICATED");
    expect_code(
        &w.app.login_raw(Some("acme"), "acme-user", &user.password).await,
        "UNAUTHENTICATED",
    );
    // Re-enabled by the system admin: logging in works again.
    w.app
        .data(&w.ops, f::SET_USER_DISABLED, json!({ "id": user.user_id, "d": false }))
        .await;
    let again = w.app.login(Some("acme"), "acme-user", &user.password).await;
    w.app.data(&again, f::ME, json!({})).await;
}

/// A replica keeps the users whose tokens it checked for a moment (`src/auth/user_cache.rs`);
/// a user disabled through another replica must still be refused there at once, through the
/// change's event, not only when the kept entry runs out (2 s).
#[tokio::test]
async fn a_user_disabled_through_one_replica_is_refused_by_another_at_once() {
    let w = World::new().await;
    if w.app.backend == Backend::Sqlite {
        support::skip::say("replicas share a PostgreSQL database; nothing to test on SQLite");
        return;
    }
    let other = w.app.replica().await;
    // Its event relay listens before the change is made.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let user = &w.acme.user;
    other.data(user, f::ME, json!({})).await;
    w.app
        .data(
            &w.acme.admin,
            f::SET_USER_DISABLED,
            json!({ "id": user.user_id, "d": true }),
        )
        .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
    loop {
        let resp = other.call(user, f::ME, json!({})).await;
        if error_code(&resp).as_deref() == Some("UNAUTHENTICATED") {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the other replica still serves the disabled user's token: {resp}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn create_user_system_namespace_only_for_system_admins() {
    let w = World::new().await;
    let pw = unique("Pw");
    let bad = w
        .app
        .call(
            &w.ops,
            f::CREATE_USER,
            json!({ "i": { "tenantId": null, "username": "ops2", "password": pw, "role": "TENANT_ADMIN" } }),
        )
        .await;
    expect_code(&bad, "BAD_USER_INPUT");
    let bad = w
        .app
        .call(
            &w.ops,
            f::CREATE_USER,
            json!({ "i": { "username": "ops2", "password": pw, "role": "TENANT_USER" } }),
        )
        .await;
    expect_code(&bad, "BAD_USER_INPUT");
    expect_code(&w.app.login_raw(None, "ops2", &pw).await, "UNAUTHENTICATED");
    let ok = w
        .app
        .data(
            &w.ops,
            f::CREATE_USER,
            json!({ "i": { "tenantId": null, "username": "ops2", "password": pw, "role": "SYSTEM_ADMIN" } }),
        )
        .await;
    assert_eq!(ok["createUser"]["role"], "SYSTEM_ADMIN");
    assert!(ok["createUser"]["tenant"].is_null());
    let ops2 = w.app.login(None, "ops2", &pw).await;
    assert_eq!(w.app.data(&ops2, f::ME, json!({})).await["me"]["role"], "SYSTEM_ADMIN");
}

#[tokio::test]
async fn create_user_by_tenant_roles() {
    let w = World::new().await;
    let pw = unique("Pw");
    let input = |tenant: &str, name: &str| json!({ "i": { "tenantId": tenant, "username": name, "password": pw, "role": "TENANT_USER" } });
    // Own tenant: allowed, and the user lands in acme.
    let ok = w
        .app
        .data(&w.acme.admin, f::CREATE_USER, input(&w.acme.id, "acme-new"))
        .await;
    assert_eq!(ok["createUser"]["tenant"]["slug"], "acme");
    w.app.login(Some("acme"), "acme-new", &pw).await;
    // Another tenant: as if it did not exist.
    expect_code(
        &w.app
            .call(&w.acme.admin, f::CREATE_USER, input(&w.globex.id, "intruder"))
            .await,
        "NOT_FOUND",
    );
    expect_code(
        &w.app.login_raw(Some("globex"), "intruder", &pw).await,
        "UNAUTHENTICATED",
    );
    // A tenant admin cannot mint system admins.
    let sys = json!({ "i": { "tenantId": null, "username": "acme-root", "password": pw, "role": "SYSTEM_ADMIN" } });
    let resp = w.app.call(&w.acme.admin, f::CREATE_USER, sys).await;
    assert!(resp["errors"].is_array(), "tenant admin created a system admin: {resp}");
    expect_code(&w.app.login_raw(None, "acme-root", &pw).await, "UNAUTHENTICATED");
    // A tenant user creates nobody.
    expect_code(
        &w.app
            .call(&w.acme.user, f::CREATE_USER, input(&w.acme.id, "acme-other"))
            .await,
        "FORBIDDEN",
    );
    expect_code(
        &w.app.login_raw(Some("acme"), "acme-other", &pw).await,
        "UNAUTHENTICATED",
    );
}

#[tokio::test]
async fn usernames_are_per_tenant_and_unique_within_one() {
    let w = World::new().await;
    let (pw_a, pw_g) = (unique("Pw-a"), unique("Pw-g"));
    let input = |t: &str, pw: &str| json!({ "i": { "tenantId": t, "username": "alice", "password": pw, "role": "TENANT_USER" } });
    w.app.data(&w.ops, f::CREATE_USER, input(&w.acme.id, &pw_a)).await;
    w.app.data(&w.ops, f::CREATE_USER, input(&w.globex.id, &pw_g)).await;
    let a = w.app.login(Some("acme"), "alice", &pw_a).await;
    let g = w.app.login(Some("globex"), "alice", &pw_g).await;
    assert_ne!(a.user_id, g.user_id);
    assert_eq!(w.app.data(&g, f::ME, json!({})).await["me"]["tenant"]["slug"], "globex");
    expect_code(
        &w.app.login_raw(Some("globex"), "alice", &pw_a).await,
        "UNAUTHENTICATED",
    );
    // A second alice in acme is refused and changes nothing.
    let dup = w
        .app
        .call(&w.acme.admin, f::CREATE_USER, input(&w.acme.id, &unique("Pw-b")))
        .await;
    assert!(dup["errors"].is_array(), "duplicate username accepted: {dup}");
    assert_ne!(support::harness::error_code(&dup).as_deref(), Some("INTERNAL"), "{dup}");
    let users = w.app.data(&w.ops, f::USERS, json!({ "tenantId": w.acme.id })).await;
    assert_eq!(users["users"]["totalCount"], 3);
    w.app.login(Some("acme"), "alice", &pw_a).await;
}
