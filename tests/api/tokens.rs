//! Login tokens (DESIGN §6): HS256 only, `exp`/`iss`/`aud` checked. Tokens are re-signed here with
//! the server's own key, so that a refusal can only come from the claim or header we changed.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::{Value, json};
use sha2::{Digest, Sha256, Sha512};

use crate::fragments as f;
use crate::harness::{data, expect_code};
use crate::world::World;

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
