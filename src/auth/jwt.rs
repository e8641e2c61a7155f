//! Login tokens: JWT, HS256 only, `exp`/`iat`/`iss`/`aud` required, a `kid` derived from the key.
//! Older keys (`XSPACE_JWT_PREVIOUS_SECRETS`) still verify while their tokens expire.

use std::time::Duration;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::domain::id::UserId;

const ISSUER: &str = "xspace";
const AUDIENCE: &str = "xspace-api";

/// What a token says.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// The user's id.
    pub sub: UserId,
    /// Issuer.
    pub iss: String,
    /// Audience.
    pub aud: String,
    /// Issued at (seconds).
    pub iat: i64,
    /// Expires at (seconds).
    pub exp: i64,
    /// The user's token version when issued; bumping it revokes every older token.
    pub tv: i32,
}

struct SigningKey {
    kid: String,
    decoding: DecodingKey,
}

/// Issues and verifies tokens.
pub struct Tokens {
    kid: String,
    encoding: EncodingKey,
    verifying: Vec<SigningKey>,
    ttl: Duration,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tokens(kid={})", self.kid)
    }
}

impl Tokens {
    /// Signs with `current`; verifies with it and with every `previous` key.
    pub fn new(current: &[u8], previous: &[Vec<u8>], ttl: Duration) -> Self {
        let verifying = std::iter::once(current)
            .chain(previous.iter().map(Vec::as_slice))
            .map(|k| SigningKey {
                kid: kid(k),
                decoding: DecodingKey::from_secret(k),
            })
            .collect();
        Self {
            kid: kid(current),
            encoding: EncodingKey::from_secret(current),
            verifying,
            ttl,
        }
    }

    /// A token for user `sub` with token version `tv`; returns it with its expiry (unix seconds).
    pub fn issue(&self, sub: &UserId, tv: i32) -> anyhow::Result<(String, i64)> {
        let now = chrono::Utc::now().timestamp();
        let exp = now + i64::try_from(self.ttl.as_secs()).unwrap_or(3600);
        let claims = Claims {
            sub: sub.clone(),
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            iat: now,
            exp,
            tv,
        };
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(self.kid.clone());
        Ok((jsonwebtoken::encode(&header, &claims, &self.encoding)?, exp))
    }

    /// The claims of a valid token; `None` for anything else (never says why, to the client).
    pub fn verify(&self, token: &str) -> Option<Claims> {
        let header = jsonwebtoken::decode_header(token).ok()?;
        if header.alg != Algorithm::HS256 {
            return None;
        }
        let key = self.verifying.iter().find(|k| Some(&k.kid) == header.kid.as_ref())?;
        let mut v = Validation::new(Algorithm::HS256);
        v.set_issuer(&[ISSUER]);
        v.set_audience(&[AUDIENCE]);
        v.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        v.leeway = 30;
        // We never issue `nbf`; one that is present must be a number and not in the future.
        v.validate_nbf = true;
        jsonwebtoken::decode::<Claims>(token, &key.decoding, &v)
            .ok()
            .map(|d| d.claims)
    }
}

/// The key id: first 16 hex digits of the key's SHA-256.
fn kid(key: &[u8]) -> String {
    use sha2::Digest as _;
    hex::encode(&sha2::Sha256::digest(key)[..8])
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn issued_tokens_verify_and_others_do_not() {
        let t = Tokens::new(&[7; 32], &[], Duration::from_secs(60));
        let user = UserId::new();
        let (tok, _) = t.issue(&user, 3).unwrap();
        let c = t.verify(&tok).unwrap();
        assert_eq!((c.sub, c.tv), (user, 3));
        let other = Tokens::new(&[8; 32], &[], Duration::from_secs(60));
        assert!(other.verify(&tok).is_none());
        assert!(t.verify("not.a.token").is_none());
    }

    #[test]
    fn previous_keys_still_verify() {
        let old = Tokens::new(&[1; 32], &[], Duration::from_secs(60));
        let (tok, _) = old.issue(&UserId::new(), 0).unwrap();
        let rotated = Tokens::new(&[2; 32], &[vec![1; 32]], Duration::from_secs(60));
        assert!(rotated.verify(&tok).is_some());
    }
}
