//! argon2id password hashing (OWASP: m = 19 MiB, t = 2, p = 1), off the async runtime and bounded
//! so a login storm cannot take every thread.

use std::sync::Arc;

use anyhow::{Context as _, anyhow};
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

/// Hashes and verifies passwords.
#[derive(Clone)]
pub struct Passwords {
    permits: Arc<Semaphore>,
    dummy_hash: Arc<str>,
}

fn argon2() -> anyhow::Result<Argon2<'static>> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|e| anyhow!("argon2 params: {e}"))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Ok(argon2()?
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow!("hashing failed: {e}"))?
        .to_string())
}

fn verify_blocking(password: &str, hash: &str) -> anyhow::Result<bool> {
    let parsed = PasswordHash::new(hash).map_err(|e| anyhow!("stored hash is malformed: {e}"))?;
    Ok(argon2()?.verify_password(password.as_bytes(), &parsed).is_ok())
}

impl Passwords {
    /// At most `concurrency` hashes run at once.
    pub fn new(concurrency: usize) -> anyhow::Result<Self> {
        let dummy = hash_blocking("a password nobody has")?;
        Ok(Self {
            permits: Arc::new(Semaphore::new(concurrency.max(1))),
            dummy_hash: dummy.into(),
        })
    }

    /// A new argon2id hash (PHC string) of `password`.
    pub async fn hash(&self, password: &str) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await.context("hashing closed")?;
        let pw = password.to_owned();
        tokio::task::spawn_blocking(move || hash_blocking(&pw))
            .await
            .context("hash task")?
    }

    /// Whether `password` matches `hash`; with no hash (unknown user) a dummy hash is checked so
    /// that the answer takes the same time either way.
    pub async fn verify(&self, password: &str, hash: Option<&str>) -> anyhow::Result<bool> {
        let _permit = self.permits.acquire().await.context("hashing closed")?;
        let known = hash.is_some();
        let pw = password.to_owned();
        let h = hash.map_or_else(|| self.dummy_hash.to_string(), str::to_owned);
        let ok = tokio::task::spawn_blocking(move || verify_blocking(&pw, &h))
            .await
            .context("verify task")??;
        Ok(ok && known)
    }
}

/// Checks a new password's strength: 8 to 128 characters.
pub fn check_new_password(password: &str) -> Result<(), String> {
    let n = password.chars().count();
    if n < 8 {
        return Err("a password needs at least 8 characters".into());
    }
    if n > 128 {
        return Err("a password may have at most 128 characters".into());
    }
    Ok(())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_unknown_users_fail() {
        let p = Passwords::new(2).unwrap();
        let h = p.hash("correct horse").await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(p.verify("correct horse", Some(&h)).await.unwrap());
        assert!(!p.verify("wrong", Some(&h)).await.unwrap());
        assert!(!p.verify("a password nobody has", None).await.unwrap());
    }
}
