//! Secrets at rest: `xspace keys rotate` re-wraps every sealed value under the new master
//! key; the service then runs on the new key alone, the old one retired, and no secret is ever
//! stored in plain text. Login abuse: failed logins are throttled with `RATE_LIMITED` and
//! `Retry-After`.

use serde_json::json;

use support::desktop_lab::*;
use support::harness::{TestApp, error_code, random_key};
use support::world::{Session, World};

/// The password `connectionInfo` gives the assigned user (kept out of the leak-check transcript).
async fn password_seen(lab: &Lab, user: &Session, desktop: &str) -> String {
    let resp = lab.conn_info_private(user, desktop).await;
    resp["data"]["connectionInfo"]["password"]
        .as_str()
        .unwrap_or_else(|| panic!("no password: {resp}"))
        .to_owned()
}

#[tokio::test]
async fn a_rotated_master_key_opens_every_secret_and_the_old_one_is_retired() {
    let old = random_key();
    let app = TestApp::start_with_env(&[("XSPACE_MASTER_KEY", &old), ("XSPACE_JWT_SECRET", &random_key())]).await;
    let mut lab = Lab::with_world(World::with_app(app).await).await;
    let acme = &lab.w.acme;
    let d = lab.desktop(&acme.admin, WIN, Some(&acme.user)).await;
    let desktop = id_of(&d);
    let (user, password) = (acme.user.clone(), lab.win_pw.clone());
    assert_eq!(password_seen(&lab, &user, &desktop).await, password);

    let new = random_key();
    let out = lab
        .app()
        .cli(
            &["keys", "rotate"],
            &[("XSPACE_MASTER_KEY", &new), ("XSPACE_MASTER_KEY_PREVIOUS", &old)],
        )
        .await;
    assert_eq!(out.status.code(), Some(0), "keys rotate: {out:?}");

    // The new key alone opens everything.
    lab.w.app.set_env("XSPACE_MASTER_KEY", &new);
    lab.w.app.restart().await;
    assert_eq!(password_seen(&lab, &user, &desktop).await, password);

    // The old key alone opens nothing any more: no password comes out, and nothing internal.
    lab.w.app.set_env("XSPACE_MASTER_KEY", &old);
    lab.w.app.restart().await;
    let resp = lab.conn_info_private(&user, &desktop).await;
    assert!(
        error_code(&resp).is_some(),
        "the retired key still opened a secret: {resp}"
    );
    assert!(!resp.to_string().contains(&password));
    lab.app().assert_secret_nowhere(&password);
}

#[tokio::test]
async fn failed_logins_are_throttled_with_retry_after() {
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let login = "mutation($i: LoginInput!) { login(input: $i) { token } }";
    let attempt =
        |password: &str| json!({ "i": { "username": acme.user.username, "password": password, "tenant": acme.slug } });
    let mut throttled = None;
    for n in 0..12 {
        let resp = lab.app().gql(None, login, attempt(&format!("wrong-{n}"))).await;
        match error_code(&resp).as_deref() {
            Some("RATE_LIMITED") => {
                throttled = Some((n, resp));
                break;
            }
            Some("UNAUTHENTICATED") => {}
            other => panic!("a failed login answered {other:?}: {resp}"),
        }
    }
    let (n, resp) = throttled.expect("12 failed logins in a row were never throttled");
    assert!(n >= 10, "throttled after {n} failures only: {resp}");
    let wait = resp["errors"][0]["extensions"]["retryAfter"].as_u64();
    assert!(wait.is_some_and(|s| s > 0 && s <= 300), "no Retry-After: {resp}");
    // Even the right password waits; so does every account tried from the same address.
    let right = lab.app().gql(None, login, attempt(&acme.user.password)).await;
    assert_eq!(error_code(&right).as_deref(), Some("RATE_LIMITED"), "{right}");
    let other =
        json!({ "i": { "username": acme.admin.username, "password": acme.admin.password, "tenant": acme.slug } });
    let resp = lab.app().gql(None, login, other).await;
    assert_eq!(error_code(&resp).as_deref(), Some("RATE_LIMITED"), "{resp}");
    // Tokens already issued keep working: the wall is on logging in, not on the account.
    let me = lab
        .app()
        .gql(Some(&acme.user.token), "{ me { username } }", json!({}))
        .await;
    assert_eq!(me["data"]["me"]["username"], acme.user.username.as_str(), "{me}");
}
