//! Secrets at rest: AES-256-GCM under a master key, each value tagged with the key's id and bound
//! to its row by associated data, so a value copied to another row or tenant fails to open.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use anyhow::{Context as _, anyhow, bail};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

/// A 32-byte key with its short id (derived from the key, so it needs no bookkeeping).
#[derive(Clone)]
pub struct Key {
    id: String,
    cipher: Aes256Gcm,
}

impl Key {
    /// A key from its 32 bytes.
    pub fn new(bytes: &[u8; 32]) -> Self {
        Self {
            id: key_id(bytes),
            cipher: Aes256Gcm::new(bytes.into()),
        }
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Key({})", self.id)
    }
}

/// The short id of a key: the first 8 hex digits of its SHA-256.
pub fn key_id(bytes: &[u8]) -> String {
    hex::encode(&Sha256::digest(bytes)[..4])
}

/// Seals and opens secrets. New values use the current key; older keys still open old values.
#[derive(Clone, Debug)]
pub struct SecretBox {
    current: Key,
    previous: Vec<Key>,
}

impl SecretBox {
    /// A box whose `current` key seals and whose `previous` keys only open.
    pub fn new(current: Key, previous: Vec<Key>) -> Self {
        Self { current, previous }
    }

    /// The id of the key new values are sealed with.
    pub fn current_key_id(&self) -> &str {
        &self.current.id
    }

    /// Seals `plaintext` bound to `aad` (the row's identity). Format: `KEYID$base64(nonce||ct)`.
    pub fn seal(&self, plaintext: &str, aad: &str) -> anyhow::Result<String> {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let ct = self
            .current
            .cipher
            .encrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| anyhow!("sealing a secret failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ct);
        Ok(format!("{}${}", self.current.id, B64.encode(out)))
    }

    /// Opens a value sealed by [`SecretBox::seal`] with the same `aad`.
    pub fn open(&self, sealed: &str, aad: &str) -> anyhow::Result<String> {
        let (kid, body) = sealed.split_once('$').context("sealed value has no key id")?;
        let key = std::iter::once(&self.current)
            .chain(&self.previous)
            .find(|k| k.id == kid)
            .with_context(|| format!("no key with id {kid} is configured"))?;
        let raw = B64.decode(body).context("sealed value is not base64")?;
        if raw.len() < 12 {
            bail!("sealed value is too short");
        }
        let (nonce, ct) = raw.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().context("nonce")?;
        let pt = key
            .cipher
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: ct,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| anyhow!("a secret failed to open (wrong key or moved to another row)"))?;
        String::from_utf8(pt).context("secret is not UTF-8")
    }

    /// Whether a sealed value uses a key other than the current one (for re-wrapping).
    pub fn needs_rewrap(&self, sealed: &str) -> bool {
        sealed.split_once('$').is_none_or(|(kid, _)| kid != self.current.id)
    }
}

/// Decodes a base64 key of exactly 32 bytes.
pub fn decode_key(b64: &str) -> anyhow::Result<[u8; 32]> {
    let raw = B64.decode(b64.trim()).context("key is not base64")?;
    raw.try_into()
        .map_err(|v: Vec<u8>| anyhow!("key must be 32 bytes, got {}", v.len()))
}

/// A fresh random 32-byte key, base64.
pub fn random_key_b64() -> String {
    let mut k = [0u8; 32];
    rand::rng().fill_bytes(&mut k);
    B64.encode(k)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn boxed(seed: u8) -> SecretBox {
        SecretBox::new(Key::new(&[seed; 32]), vec![])
    }

    #[test]
    fn seals_and_opens_with_the_same_aad() {
        let b = boxed(1);
        let s = b.seal("hunter2", "sources:1").unwrap();
        assert!(!s.contains("hunter2"));
        assert_eq!(b.open(&s, "sources:1").unwrap(), "hunter2");
    }

    #[test]
    fn a_value_moved_to_another_row_fails() {
        let b = boxed(1);
        let s = b.seal("hunter2", "sources:1").unwrap();
        assert!(b.open(&s, "sources:2").is_err());
    }

    #[test]
    fn previous_keys_open_but_do_not_seal() {
        let old = boxed(1);
        let s = old.seal("x", "a").unwrap();
        let rotated = SecretBox::new(Key::new(&[2; 32]), vec![Key::new(&[1; 32])]);
        assert_eq!(rotated.open(&s, "a").unwrap(), "x");
        assert!(rotated.needs_rewrap(&s));
        assert!(!rotated.needs_rewrap(&rotated.seal("y", "a").unwrap()));
        assert!(boxed(3).open(&s, "a").is_err());
    }
}
