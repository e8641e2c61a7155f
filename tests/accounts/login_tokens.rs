//! Login tokens: HS256 only, `exp`/`iss`/`aud` checked. Tokens are re-signed here with
//! the server's own key, so that a refusal can only come from the claim or header we changed.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::{Value, json};
use sha2::{Digest, Sha256, Sha512};

use support::fragments as f;
use support::harness::{data, expect_code};
use support::world::World;

fn hmac<D: Digest>(block: usize, key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut k = if key.len() > block {
        D::digest(key).to_vec()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    let inner = D::new().chain_update(&ipad).chain_update(msg).finalize();
    D::new().chain_update(&opad).chain_update(inner).finalize().to_vec()
}

fn part(token: &str, i: usize) -> Value {
    let seg = token.split('.').nth(i).expect("JWT segment");
    serde_json::from_slice(&B64.decode(seg).expect("base64url")).expect("JSON segment")
}

/// Signs `header.claims` with `key`, using the algorithm the header names (HS256, HS512 or none).
fn sign(header: &Value, claims: &Value, key: &[u8]) -> String {
    let input = format!("{}.{}", B64.encode(header.to_string()), B64.encode(claims.to_string()));
    let sig = match header["alg"].as_str() {
        Some("HS256") => hmac::<Sha256>(64, key, input.as_bytes()),
        Some("HS512") => hmac::<Sha512>(128, key, input.as_bytes()),
        _ => vec![],
    };
    format!("{input}.{}", B64.encode(sig))
}

#[tokio::test]
async fn tokens_only_valid_hs256_with_checked_claims() {
    let w = World::new().await;
    let key = w.app.jwt_secret();
    let token = &w.acme.admin.token;
    let (header, claims) = (part(token, 0), part(token, 1));
    assert_eq!(header["alg"], "HS256");
    for claim in ["exp", "iat", "iss", "aud"] {
        assert!(!claims[claim].is_null(), "token lacks {claim}: {claims}");
    }
    let me = |t: String| {
        let app = &w.app;
        async move { app.gql(Some(&t), f::ME, json!({})).await }
    };
    // Control: re-signing the same claims with the same key gives a working token.
    let same = data(me(sign(&header, &claims, &key)).await);
    assert_eq!(same["me"]["username"], "acme-admin");
    let now = chrono::Utc::now().timestamp();
    let with = |k: &str, v: Value| {
        let mut c = claims.clone();
        c[k] = v;
        c
    };
    let without = |k: &str| {
        let mut c = claims.clone();
        c.as_object_mut().expect("claims").remove(k);
        c
    };
    let mut hs512 = header.clone();
    hs512["alg"] = json!("HS512");
    let mut none = header.clone();
    none["alg"] = json!("none");
    let cases: Vec<(&str, String)> = vec![
        ("expired", sign(&header, &with("exp", json!(now - 120)), &key)),
        (
            "other audience",
            sign(&header, &with("aud", json!("someone-else")), &key),
        ),
        ("other issuer", sign(&header, &with("iss", json!("someone-else")), &key)),
        ("no exp", sign(&header, &without("exp"), &key)),
        ("no aud", sign(&header, &without("aud"), &key)),
        ("HS512", sign(&hs512, &claims, &key)),
        ("alg none", sign(&none, &claims, &key)),
        (
            "other key",
            sign(&header, &claims, b"an entirely different signing key!"),
        ),
        (
            "someone else's sub",
            sign(
                &header,
                &with("sub", w.ops.user_id.clone().into()),
                b"wrong-key-wrong-key-wrong-key-00",
            ),
        ),
    ];
    for (what, forged) in cases {
        let resp = me(forged).await;
        expect_code(&resp, "UNAUTHENTICATED");
        assert!(resp["data"].is_null() || resp["data"]["me"].is_null(), "{what}: {resp}");
    }
}

// ---------------------------------------------------------------------------------------------
// Token attacks. Every forged token below is refused with UNAUTHENTICATED and
// no data; a control next to each family shows the same construction works when left honest.
// ---------------------------------------------------------------------------------------------

/// The `kid` the server derives from a key: the first 16 hex digits of its SHA-256.
fn kid_of(key: &[u8]) -> String {
    hex::encode(&Sha256::digest(key)[..8])
}

/// `header.claims` signed with HMAC-SHA256 of `key`, whatever algorithm the header names.
fn sign_hs256_bytes(header: &Value, claims: &Value, key: &[u8]) -> String {
    let input = format!("{}.{}", B64.encode(header.to_string()), B64.encode(claims.to_string()));
    let sig = hmac::<Sha256>(64, key, input.as_bytes());
    format!("{input}.{}", B64.encode(sig))
}

/// Asserts that `me` with this token is refused: UNAUTHENTICATED, and no viewer in `data`.
#[track_caller]
fn assert_refused(what: &str, resp: &Value) {
    assert_eq!(
        support::harness::error_code(resp).as_deref(),
        Some("UNAUTHENTICATED"),
        "{what}: expected UNAUTHENTICATED, got {resp}"
    );
    assert!(
        resp["data"].is_null() || resp["data"]["me"].is_null(),
        "{what}: data came back: {resp}"
    );
}

async fn me_with(app: &support::harness::TestApp, token: &str) -> Value {
    app.gql(Some(token), f::ME, json!({})).await
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn with_claim(claims: &Value, k: &str, v: Value) -> Value {
    let mut c = claims.clone();
    c[k] = v;
    c
}

#[tokio::test]
async fn tokens_with_a_string_or_stale_exp_are_refused() {
    let w = World::new().await;
    let key = w.app.jwt_secret();
    let token = &w.acme.admin.token;
    let (header, claims) = (part(token, 0), part(token, 1));
    let exp = claims["exp"].as_i64().expect("numeric exp");
    // Control: a token expired 10 s ago is still inside the 30 s leeway.
    let within = sign(&header, &with_claim(&claims, "exp", json!(now() - 10)), &key);
    assert_eq!(data(me_with(&w.app, &within).await)["me"]["username"], "acme-admin");
    let cases = [
        ("exp as a string", with_claim(&claims, "exp", json!(exp.to_string()))),
        (
            "exp as a string of a number far ahead",
            with_claim(&claims, "exp", json!("9999999999")),
        ),
        (
            "expired 45 s ago (leeway is 30 s)",
            with_claim(&claims, "exp", json!(now() - 45)),
        ),
        ("expired a day ago", with_claim(&claims, "exp", json!(now() - 86_400))),
        ("exp null", with_claim(&claims, "exp", Value::Null)),
    ];
    for (what, c) in cases {
        assert_refused(what, &me_with(&w.app, &sign(&header, &c, &key)).await);
    }
}

#[tokio::test]
async fn tokens_with_a_string_or_future_nbf_are_refused() {
    let w = World::new().await;
    let key = w.app.jwt_secret();
    let token = &w.acme.admin.token;
    let (header, claims) = (part(token, 0), part(token, 1));
    // Control: a token that became valid a minute ago works.
    let past = sign(&header, &with_claim(&claims, "nbf", json!(now() - 60)), &key);
    assert_eq!(data(me_with(&w.app, &past).await)["me"]["username"], "acme-admin");
    let cases = [
        (
            "nbf as a string",
            with_claim(&claims, "nbf", json!((now() - 60).to_string())),
        ),
        ("nbf one hour ahead", with_claim(&claims, "nbf", json!(now() + 3_600))),
        (
            "nbf 5 minutes ahead (beyond the 30 s leeway)",
            with_claim(&claims, "nbf", json!(now() + 300)),
        ),
    ];
    // Every case is tried, so that a failure names all that got through.
    let mut accepted = vec![];
    for (what, c) in cases {
        let resp = me_with(&w.app, &sign(&header, &c, &key)).await;
        if support::harness::error_code(&resp).as_deref() != Some("UNAUTHENTICATED") || !resp["data"]["me"].is_null() {
            accepted.push(format!("{what}: {resp}"));
        }
    }
    assert!(accepted.is_empty(), "accepted:\n{}", accepted.join("\n"));
}

#[tokio::test]
async fn tampered_tokens_are_refused() {
    let w = World::new().await;
    let token = w.acme.user.token.clone();
    // Control: the token as issued works.
    assert_eq!(data(me_with(&w.app, &token).await)["me"]["username"], "acme-user");
    let segs: Vec<&str> = token.split('.').collect();
    assert_eq!(segs.len(), 3, "a JWT has three segments: {token}");
    let (h, p, s) = (segs[0], segs[1], segs[2]);
    // One character of the signature flipped (in the middle, so that it changes real bits).
    let mut sig: Vec<char> = s.chars().collect();
    let mid = sig.len() / 2;
    sig[mid] = if sig[mid] == 'A' { 'B' } else { 'A' };
    let flipped: String = sig.into_iter().collect();
    // Payloads changed under the original signature.
    let claims = part(&token, 1);
    let payload = |c: &Value| B64.encode(c.to_string());
    let as_ops = with_claim(&claims, "sub", json!(w.ops.user_id));
    let longer = with_claim(&claims, "exp", json!(now() + 365 * 86_400));
    let other_tv = with_claim(&claims, "tv", json!(claims["tv"].as_i64().unwrap_or(0) + 1));
    // The header changed under the original signature.
    let mut header = part(&token, 0);
    header["typ"] = json!("at+jwt");
    let cases = vec![
        ("signature with one character flipped", format!("{h}.{p}.{flipped}")),
        ("signature cut short", format!("{h}.{p}.{}", &s[..s.len() - 4])),
        ("signature removed", format!("{h}.{p}.")),
        (
            "signature of another token",
            format!("{h}.{p}.{}", w.acme.admin.token.rsplit('.').next().unwrap_or("")),
        ),
        (
            "sub changed to the system admin",
            format!("{h}.{}.{s}", payload(&as_ops)),
        ),
        ("exp pushed a year ahead", format!("{h}.{}.{s}", payload(&longer))),
        ("token version changed", format!("{h}.{}.{s}", payload(&other_tv))),
        ("payload re-encoded with padding", format!("{h}.{p}=.{s}")),
        ("header changed", format!("{}.{p}.{s}", B64.encode(header.to_string()))),
        ("two segments only", format!("{h}.{p}")),
        ("four segments", format!("{h}.{p}.{s}.{s}")),
    ];
    for (what, forged) in cases {
        assert_refused(what, &me_with(&w.app, &forged).await);
    }
}

#[tokio::test]
async fn algorithm_confusion_is_refused() {
    let w = World::new().await;
    let key = w.app.jwt_secret();
    let token = &w.acme.admin.token;
    let (header, claims) = (part(token, 0), part(token, 1));
    // Control: HS256 with the server's key works.
    assert_eq!(
        data(me_with(&w.app, &sign_hs256_bytes(&header, &claims, &key)).await)["me"]["username"],
        "acme-admin"
    );
    for alg in ["RS256", "ES256", "PS256", "EdDSA", "HS384", "hs256", "HS256 ", ""] {
        let mut h = header.clone();
        h["alg"] = json!(alg);
        // An HMAC of the secret under a header that names another algorithm (the classic
        // RS256→HS256 confusion, and its variants).
        let forged = sign_hs256_bytes(&h, &claims, &key);
        assert_refused(
            &format!("alg {alg:?} signed with HMAC-SHA256 of the secret"),
            &me_with(&w.app, &forged).await,
        );
    }
    // An HMAC keyed with the base64 text of the secret (what a confused verifier might use) and
    // with the key's kid: neither is the key.
    let b64_key = base64::engine::general_purpose::STANDARD.encode(&key);
    assert_refused(
        "HS256 keyed with the base64 text of the secret",
        &me_with(&w.app, &sign(&header, &claims, b64_key.as_bytes())).await,
    );
    let kid = header["kid"].as_str().expect("kid").to_owned();
    assert_refused(
        "HS256 keyed with the kid",
        &me_with(&w.app, &sign(&header, &claims, kid.as_bytes())).await,
    );
    // A header with no alg at all.
    let mut no_alg = header.clone();
    no_alg.as_object_mut().expect("header").remove("alg");
    assert_refused(
        "no alg",
        &me_with(&w.app, &sign_hs256_bytes(&no_alg, &claims, &key)).await,
    );
}

#[tokio::test]
async fn kid_must_name_a_configured_key() {
    let w = World::new().await;
    let key = w.app.jwt_secret();
    let token = &w.acme.admin.token;
    let (header, claims) = (part(token, 0), part(token, 1));
    // The server's kid is the one derived from its key.
    assert_eq!(
        header["kid"],
        kid_of(&key),
        "kid is not the first 8 bytes of SHA-256(key): {header}"
    );
    let retired_key = b"a retired signing key, 32+ bytes long".to_vec();
    let with_kid = |kid: Value| {
        let mut h = header.clone();
        h["kid"] = kid;
        h
    };
    let without_kid = {
        let mut h = header.clone();
        h.as_object_mut().expect("header").remove("kid");
        h
    };
    let cases = vec![
        // All of these are signed with the server's own key: only the kid is wrong.
        ("unknown kid", sign(&with_kid(json!("0123456789abcdef")), &claims, &key)),
        (
            "kid of a retired key that is not configured",
            sign(&with_kid(json!(kid_of(&retired_key))), &claims, &key),
        ),
        (
            "kid in upper case",
            sign(&with_kid(json!(kid_of(&key).to_uppercase())), &claims, &key),
        ),
        (
            "kid with a path",
            sign(&with_kid(json!("../../../../dev/null")), &claims, &key),
        ),
        ("kid empty", sign(&with_kid(json!("")), &claims, &key)),
        ("kid a number", sign(&with_kid(json!(1)), &claims, &key)),
        ("no kid", sign(&without_kid, &claims, &key)),
        // Signed with the retired key under its own kid: the server does not know that key.
        (
            "signed by a retired key that is not configured",
            sign(&with_kid(json!(kid_of(&retired_key))), &claims, &retired_key),
        ),
        // Signed with the retired key under the current kid.
        (
            "signed by another key under the current kid",
            sign(&header, &claims, &retired_key),
        ),
    ];
    for (what, forged) in cases {
        assert_refused(what, &me_with(&w.app, &forged).await);
    }
}

/// A second `xspace serve` on the same database as `app`, with exactly `env` for keys and mode.
struct Replica {
    base: String,
    http: reqwest::Client,
    _child: tokio::process::Child,
}

impl Replica {
    async fn start(app: &support::harness::TestApp, name: &str, env: &[(&str, &str)]) -> Replica {
        use tokio::io::AsyncBufReadExt as _;
        let log = std::fs::File::create(app.path(&format!("{name}.stderr.log"))).expect("log file");
        let mut cmd = tokio::process::Command::new(support::harness::bin());
        cmd.arg("serve")
            .current_dir(app.dir.path())
            .kill_on_drop(true)
            .env_clear();
        if let Ok(path) = std::env::var("PATH") {
            cmd.env("PATH", path);
        }
        cmd.env("DATABASE_URL", &app.database_url)
            .env("XSPACE_LISTEN", "127.0.0.1:0")
            .env("RUST_LOG", "info");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::from(log));
        let mut child = cmd.spawn().expect("spawn xspace serve");
        let mut lines = tokio::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
        let base = tokio::time::timeout(std::time::Duration::from_secs(30), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(rest) = line.trim().strip_prefix("xspace listening on ") {
                    return Some(rest.trim().trim_end_matches('/').to_owned());
                }
            }
            None
        })
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| {
            let log = std::fs::read_to_string(app.path(&format!("{name}.stderr.log"))).unwrap_or_default();
            panic!("replica {name} did not start listening; its log:\n{log}")
        });
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .expect("http client");
        for _ in 0..300 {
            if let Ok(r) = http.get(format!("{base}/readyz")).send().await
                && r.status().as_u16() == 200
            {
                return Replica {
                    base,
                    http,
                    _child: child,
                };
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("replica {name} never became ready");
    }

    async fn gql(&self, token: Option<&str>, query: &str) -> Value {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.base))
            .json(&json!({ "query": query, "variables": {} }));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let text = req.send().await.expect("POST /graphql").text().await.expect("body");
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
    }
}

#[tokio::test]
async fn key_rotation_accepts_old_tokens_only_while_the_old_key_is_configured() {
    let b64 = |k: &[u8]| base64::engine::general_purpose::STANDARD.encode(k);
    let master = b64(&[7u8; 32]);
    let old_key = b"the OLD token signing key, 32 bytes+".to_vec();
    let new_key = b"the NEW token signing key, 32 bytes+".to_vec();
    let (old, new) = (b64(&old_key), b64(&new_key));
    // 1. Before the rotation: the server knows only the old key.
    let app =
        support::harness::TestApp::start_with_env(&[("XSPACE_MASTER_KEY", &master), ("XSPACE_JWT_SECRET", &old)]).await;
    let pw = app.admin_password.clone();
    let before = app.login(None, "ops", &pw).await;
    let old_token = before.token.clone();
    assert_eq!(part(&old_token, 0)["kid"], kid_of(&old_key), "the old server's kid");
    // 2. During the overlap: a process with the new key and the old one as previous.
    let overlap = Replica::start(
        &app,
        "overlap",
        &[
            ("XSPACE_MASTER_KEY", &master),
            ("XSPACE_JWT_SECRET", &new),
            ("XSPACE_JWT_PREVIOUS_SECRETS", &old),
        ],
    )
    .await;
    let me = data(overlap.gql(Some(&old_token), f::ME).await);
    assert_eq!(
        me["me"]["username"], "ops",
        "the old key's token must still work during the overlap"
    );
    let login = data(
        overlap
            .gql(
                None,
                &format!(r#"mutation {{ login(input: {{ username: "ops", password: "{pw}" }}) {{ token }} }}"#),
            )
            .await,
    );
    let new_token = login["login"]["token"].as_str().expect("token").to_owned();
    assert_eq!(
        part(&new_token, 0)["kid"],
        kid_of(&new_key),
        "new tokens are signed with the new key"
    );
    // Refreshing an old token during the overlap trades it for a new-key token.
    let refreshed = data(
        overlap
            .gql(Some(&old_token), "mutation { refreshToken { token } }")
            .await,
    );
    let refreshed = refreshed["refreshToken"]["token"].as_str().expect("token").to_owned();
    assert_eq!(part(&refreshed, 0)["kid"], kid_of(&new_key));
    // A kid that names one configured key over a signature by the other is refused.
    let claims = part(&old_token, 1);
    let mut old_header = part(&old_token, 0);
    let cross = sign(&old_header, &claims, &new_key);
    assert_refused(
        "kid of the old key, signed by the new one",
        &overlap.gql(Some(&cross), f::ME).await,
    );
    old_header["kid"] = json!(kid_of(&new_key));
    let cross = sign(&old_header, &claims, &old_key);
    assert_refused(
        "kid of the new key, signed by the old one",
        &overlap.gql(Some(&cross), f::ME).await,
    );
    // The old-only server does not know the new key.
    assert_refused(
        "a new-key token on the old-only server",
        &me_with(&app, &new_token).await,
    );
    drop(overlap);
    // 3. After the overlap: restarted with only the new key, on the same database.
    let after = Replica::start(
        &app,
        "after",
        &[("XSPACE_MASTER_KEY", &master), ("XSPACE_JWT_SECRET", &new)],
    )
    .await;
    assert_refused(
        "the old key's token after the old key was retired",
        &after.gql(Some(&old_token), f::ME).await,
    );
    // Even re-signed now, with fresh times, under the old kid: the old key is gone.
    let fresh = with_claim(&with_claim(&claims, "iat", json!(now())), "exp", json!(now() + 600));
    let resigned = sign(&part(&old_token, 0), &fresh, &old_key);
    assert_refused(
        "a fresh token signed by the retired key",
        &after.gql(Some(&resigned), f::ME).await,
    );
    for (what, t) in [
        ("the new login's token", &new_token),
        ("the refreshed token", &refreshed),
    ] {
        let me = after.gql(Some(t), f::ME).await;
        assert_eq!(
            data(me)["me"]["username"],
            "ops",
            "{what} must keep working after the rotation"
        );
    }
}

#[tokio::test]
async fn change_password_revokes_earlier_tokens() {
    let w = World::new().await;
    let user = &w.acme.user;
    // The token an attacker took earlier, and the user's own fresh session.
    let stolen = user.token.clone();
    let own = w.app.login(Some("acme"), "acme-user", &user.password).await;
    assert_eq!(data(me_with(&w.app, &stolen).await)["me"]["username"], "acme-user");
    let new_pw = support::harness::unique("New-pass");
    let q = "mutation($i: ChangePasswordInput!) { changePassword(input: $i) { id } }";
    w.app
        .data(
            &own,
            q,
            json!({ "i": { "currentPassword": user.password, "newPassword": new_pw } }),
        )
        .await;
    assert_refused(
        "a token issued before the password change",
        &me_with(&w.app, &stolen).await,
    );
    let again = w.app.login(Some("acme"), "acme-user", &new_pw).await;
    assert_eq!(data(me_with(&w.app, &again.token).await)["me"]["username"], "acme-user");
}

#[tokio::test]
async fn re_enabling_a_user_does_not_revive_its_old_tokens() {
    // accounts.rs shows the token stops at once when the user is disabled; here: it stays dead.
    let w = World::new().await;
    let user = &w.acme.user;
    let old = user.token.clone();
    assert_eq!(data(me_with(&w.app, &old).await)["me"]["username"], "acme-user");
    for d in [true, false] {
        w.app
            .data(
                &w.acme.admin,
                f::SET_USER_DISABLED,
                json!({ "id": user.user_id, "d": d }),
            )
            .await;
    }
    assert_refused("a token from before disable + enable", &me_with(&w.app, &old).await);
    let fresh = w.app.login(Some("acme"), "acme-user", &user.password).await;
    assert_eq!(data(me_with(&w.app, &fresh.token).await)["me"]["username"], "acme-user");
}
