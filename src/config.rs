//! Configuration from the environment, with keys from a key file beside a SQLite
//! database when they are not given.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use crate::crypto;
use crate::db::sqlite_path;

/// Whether the service runs in production mode (`XSPACE_ENV=production`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Introspection, GET queries and suggestions on; a browser at /graphql is sent to the console.
    Development,
    /// Introspection, field suggestions and GET queries off.
    Production,
}

/// Everything the service reads from its environment.
#[derive(Debug, Clone)]
pub struct Config {
    /// `DATABASE_URL`.
    pub database_url: String,
    /// `XSPACE_LISTEN`.
    pub listen: SocketAddr,
    /// `XSPACE_ENV`.
    pub mode: Mode,
    /// `XSPACE_CORS_ORIGINS`.
    pub cors_origins: Vec<String>,
    /// How long a login token lives (`XSPACE_TOKEN_TTL_SECONDS`, default 3600).
    pub token_ttl: Duration,
    /// Connections in the database pool (`XSPACE_DB_POOL_SIZE`, default 16).
    pub pool_size: usize,
    /// Proxies whose `X-Forwarded-For` is believed (`XSPACE_TRUSTED_PROXIES`).
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Events kept for the slowest subscriber before it is told to resync
    /// (`XSPACE_EVENT_BUFFER`, default 4096).
    pub event_buffer: usize,
    /// R10: an agent is connected while its reports arrive within this window
    /// (`XSPACE_AGENT_WINDOW_SECONDS`, default 180: three intervals of the reference agent).
    pub agent_window: Duration,
    /// Whether reads answer plain fields at hand (`XSPACE_GRAPHQL_AT_HAND`, `on` by default; `off`
    /// resolves every field through async-graphql's own resolvers: the same answers, slower — to
    /// compare, or should a library upgrade misbehave; see ARCHITECTURE.md, the fast path).
    pub answer_at_hand: bool,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    /// Reads the environment.
    pub fn from_env() -> anyhow::Result<Self> {
        let database_url = env("DATABASE_URL").unwrap_or_else(|| "sqlite://xspace.db".to_owned());
        let listen = env("XSPACE_LISTEN")
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned())
            .parse()
            .context("XSPACE_LISTEN must be an address such as 127.0.0.1:8080")?;
        let mode = match env("XSPACE_ENV").as_deref() {
            None | Some("development") | Some("dev") => Mode::Development,
            Some("production") => Mode::Production,
            Some(other) => bail!("XSPACE_ENV must be `production` or unset, not {other:?}"),
        };
        let cors_origins = env("XSPACE_CORS_ORIGINS")
            .map(|v| {
                v.split(',')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let token_ttl = Duration::from_secs(parse_num("XSPACE_TOKEN_TTL_SECONDS", 3600)?);
        let pool_size = usize::try_from(parse_num("XSPACE_DB_POOL_SIZE", 16)?)?;
        let trusted_proxies = list_env("XSPACE_TRUSTED_PROXIES")?
            .iter()
            .map(|p| {
                p.parse()
                    .with_context(|| format!("XSPACE_TRUSTED_PROXIES: {p:?} is not an IP address"))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let event_buffer = usize::try_from(parse_num("XSPACE_EVENT_BUFFER", 4096)?)?.max(1);
        let agent_window = Duration::from_secs(parse_num("XSPACE_AGENT_WINDOW_SECONDS", 180)?.max(1));
        let answer_at_hand = match env("XSPACE_GRAPHQL_AT_HAND").as_deref() {
            None | Some("on") => true,
            Some("off") => false,
            Some(other) => bail!("XSPACE_GRAPHQL_AT_HAND must be `on` or `off`, not {other:?}"),
        };
        Ok(Self {
            agent_window,
            answer_at_hand,
            database_url,
            listen,
            mode,
            cors_origins,
            token_ttl,
            pool_size,
            trusted_proxies,
            event_buffer,
        })
    }

    /// Whether the database is PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        sqlite_path(&self.database_url).is_none()
    }
}

fn parse_num(name: &str, default: u64) -> anyhow::Result<u64> {
    env(name).map_or(Ok(default), |v| {
        v.parse().with_context(|| format!("{name} must be a whole number"))
    })
}

/// The secret keys: for OS credentials and platform secrets, and for signing tokens.
#[derive(Clone)]
pub struct Keys {
    /// Current master key (credentials at rest).
    pub master: [u8; 32],
    /// Older master keys that still open values until re-wrapped.
    pub master_previous: Vec<[u8; 32]>,
    /// Current JWT signing key.
    pub jwt: Vec<u8>,
    /// Older JWT keys, still accepted while their tokens expire.
    pub jwt_previous: Vec<Vec<u8>>,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(..)")
    }
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
    master_key: String,
    jwt_secret: String,
}

/// What [`load_keys`] did, to tell the operator.
#[derive(Debug)]
pub enum KeySource {
    /// Both keys came from the environment.
    Environment,
    /// Read from an existing key file.
    File(PathBuf),
    /// A new key file was made.
    Created(PathBuf),
}

/// Loads the keys from `XSPACE_MASTER_KEY` / `XSPACE_JWT_SECRET` (+ `_PREVIOUS…`), or from a key
/// file beside the SQLite database (made on first start). PostgreSQL requires both variables:
/// replicas must share them.
pub fn load_keys(config: &Config) -> anyhow::Result<(Keys, KeySource)> {
    let master_env = env("XSPACE_MASTER_KEY");
    let jwt_env = env("XSPACE_JWT_SECRET");
    let master_previous = list_env("XSPACE_MASTER_KEY_PREVIOUS")?
        .iter()
        .map(|k| crypto::decode_key(k))
        .collect::<anyhow::Result<Vec<_>>>()
        .context("XSPACE_MASTER_KEY_PREVIOUS")?;
    let jwt_previous = list_env("XSPACE_JWT_PREVIOUS_SECRETS")?
        .iter()
        .map(|k| decode_jwt_key(k))
        .collect::<anyhow::Result<Vec<_>>>()
        .context("XSPACE_JWT_PREVIOUS_SECRETS")?;
    if let (Some(m), Some(j)) = (&master_env, &jwt_env) {
        let master = crypto::decode_key(m).context("XSPACE_MASTER_KEY")?;
        let jwt = decode_jwt_key(j).context("XSPACE_JWT_SECRET")?;
        return Ok((
            Keys {
                master,
                master_previous,
                jwt,
                jwt_previous,
            },
            KeySource::Environment,
        ));
    }
    let Some(db_path) = sqlite_path(&config.database_url) else {
        bail!(
            "on PostgreSQL, XSPACE_MASTER_KEY and XSPACE_JWT_SECRET must both be set \
             (base64 of 32 random bytes; every replica needs the same)"
        );
    };
    let path = key_file_path(db_path);
    let (file, source) = read_or_create_key_file(&path)?;
    let master = match &master_env {
        Some(m) => crypto::decode_key(m).context("XSPACE_MASTER_KEY")?,
        None => crypto::decode_key(&file.master_key).context("master key in the key file")?,
    };
    let jwt = match &jwt_env {
        Some(j) => decode_jwt_key(j).context("XSPACE_JWT_SECRET")?,
        None => decode_jwt_key(&file.jwt_secret).context("JWT secret in the key file")?,
    };
    Ok((
        Keys {
            master,
            master_previous,
            jwt,
            jwt_previous,
        },
        source,
    ))
}

fn list_env(name: &str) -> anyhow::Result<Vec<String>> {
    Ok(env(name)
        .map(|v| {
            v.split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default())
}

fn decode_jwt_key(b64: &str) -> anyhow::Result<Vec<u8>> {
    use base64::Engine as _;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .context("not base64")?;
    if raw.len() < 32 {
        bail!("the JWT secret must decode to at least 32 bytes");
    }
    Ok(raw)
}

/// `xspace.db` → `xspace.db.keys.json`.
fn key_file_path(db_path: &str) -> PathBuf {
    let p = Path::new(db_path);
    let mut name = p
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "xspace.db".into());
    name.push(".keys.json");
    p.with_file_name(name)
}

fn read_or_create_key_file(path: &Path) -> anyhow::Result<(KeyFile, KeySource)> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            let file =
                serde_json::from_str(&text).with_context(|| format!("key file {} is not valid", path.display()))?;
            Ok((file, KeySource::File(path.to_owned())))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let file = KeyFile {
                master_key: crypto::random_key_b64(),
                jwt_secret: crypto::random_key_b64(),
            };
            write_private(path, &serde_json::to_string_pretty(&file)?)?;
            Ok((file, KeySource::Created(path.to_owned())))
        }
        Err(e) => Err(e).with_context(|| format!("reading key file {}", path.display())),
    }
}

fn write_private(path: &Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .with_context(|| format!("creating key file {}", path.display()))?;
    f.write_all(text.as_bytes())?;
    f.sync_all()?;
    Ok(())
}
