//! Starts the real `xspace` binary on a fresh database and talks GraphQL to it over HTTP.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);
/// `serve --demo` seeds its tenants, platforms and desktops before it listens.
const DEMO_STARTUP_TIMEOUT: Duration = Duration::from_secs(90);
/// Environment the server reads; removed from the inherited environment before every run.
pub const SERVER_VARS: &[&str] = &[
    "DATABASE_URL",
    "XSPACE_LISTEN",
    "XSPACE_MASTER_KEY",
    "XSPACE_MASTER_KEY_PREVIOUS",
    "XSPACE_JWT_SECRET",
    "XSPACE_JWT_PREVIOUS_SECRETS",
    "XSPACE_TOKEN_TTL_SECONDS",
    "XSPACE_ADMIN_PASSWORD",
    "XSPACE_ENV",
    "XSPACE_LOG_FORMAT",
    "XSPACE_CORS_ORIGINS",
    "XSPACE_TRUSTED_PROXIES",
    "XSPACE_EVENT_BUFFER",
    "XSPACE_DB_POOL_SIZE",
    "XSPACE_AGENT_WINDOW_SECONDS",
    "XSPACE_PLATFORM_TIMEOUT_SECONDS",
    "XSPACE_PLATFORM_CA_FILE",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_SERVICE_NAME",
    "RUST_LOG",
];

/// The `xspace` binary under test: Cargo's `CARGO_BIN_EXE_xspace` as it runs a test of the root
/// package, else the binary beside the test's own (`target/<profile>/xspace`, the test in `deps/`).
pub fn bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let path = std::env::var_os("CARGO_BIN_EXE_xspace")
            .map(PathBuf::from)
            .or_else(|| {
                let exe = std::env::current_exe().ok()?;
                Some(exe.parent()?.parent()?.join("xspace"))
            })
            .expect("where the xspace binary is: CARGO_BIN_EXE_xspace, or the test's own path");
        assert!(
            path.is_file(),
            "the xspace binary is not at {} (build it: cargo build)",
            path.display()
        );
        path
    })
}

/// The repository's root directory (this crate is `tests/support` in it).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("tests/support has a grandparent")
        .to_path_buf()
}

pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", uuid::Uuid::new_v4().simple())
}

pub fn random_key() -> String {
    let mut bytes = Vec::with_capacity(32);
    bytes.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    bytes.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A throw-away PostgreSQL database, dropped with the app.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl PgDatabase {
    async fn create(admin_url: &str) -> (Self, String) {
        let name = format!("xspace_t_{}", uuid::Uuid::new_v4().simple());
        let client = pg_connect(admin_url).await;
        client
            .batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .await
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        let mut url = url::Url::parse(admin_url).expect("XSPACE_TEST_DATABASE_URL is not a URL");
        url.set_path(&format!("/{name}"));
        (
            Self {
                admin_url: admin_url.to_owned(),
                name,
            },
            url.to_string(),
        )
    }

    /// Best effort, from a thread with its own runtime, so that Drop never panics.
    fn drop_blocking(&self) {
        let (url, name) = (self.admin_url.clone(), self.name.clone());
        let joined = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
                return;
            };
            rt.block_on(async move {
                if let Ok((client, conn)) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await {
                    tokio::spawn(conn);
                    let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                    if let Err(e) = client.batch_execute(&sql).await {
                        eprintln!("could not drop test database {name}: {e}");
                    }
                }
            });
        })
        .join();
        let _ = joined;
    }
}

pub async fn pg_connect(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to {url}: {e}"));
    tokio::spawn(async move {
        let _ = conn.await;
    });
    client
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// One running server on its own database.
pub struct TestApp {
    pub base: String,
    pub backend: Backend,
    pub dir: tempfile::TempDir,
    pub database_url: String,
    pub stderr_path: PathBuf,
    pub admin_password: String,
    /// `RUST_LOG` for `serve`; `info` unless a test asks for more.
    pub rust_log: String,
    env: Vec<(String, String)>,
    child: Option<Child>,
    http: reqwest::Client,
    /// Every response body this app sent back, for leak checks.
    transcript: Mutex<String>,
    pg: Option<PgDatabase>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.start_kill();
        }
        if let Some(pg) = self.pg.take() {
            pg.drop_blocking();
        }
    }
}

impl TestApp {
    /// A fresh database, the system admin `ops` created through the CLI, and a running server.
    pub async fn start() -> TestApp {
        Self::start_with_log("info").await
    }

    /// As [`TestApp::start`], with the server's `RUST_LOG` set to `rust_log`.
    pub async fn start_with_log(rust_log: &str) -> TestApp {
        Self::start_with_log_and_env(rust_log, &[]).await
    }

    /// As [`TestApp::start`], with extra environment for the server.
    pub async fn start_with_env(extra: &[(&str, &str)]) -> TestApp {
        Self::start_with_log_and_env("info", extra).await
    }

    /// As [`TestApp::start`], with the server's `RUST_LOG` set to `rust_log` and extra environment.
    pub async fn start_with_log_and_env(rust_log: &str, extra: &[(&str, &str)]) -> TestApp {
        let mut app = Self::prepare().await;
        app.rust_log = rust_log.to_owned();
        app.env
            .extend(extra.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        let password = app.admin_password.clone();
        let out = app
            .cli(
                &["admin", "create", "--username", "ops"],
                &[("XSPACE_ADMIN_PASSWORD", &password)],
            )
            .await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "`xspace admin create` failed: {}",
            show(&out)
        );
        app.serve().await;
        app
    }

    /// A fresh database and the environment to reach it; nothing started.
    pub async fn prepare() -> TestApp {
        let dir = tempfile::Builder::new()
            .prefix("xspace-test-")
            .tempdir()
            .expect("tempdir");
        let mut env = vec![];
        let (backend, database_url, pg) = match std::env::var("XSPACE_TEST_DATABASE_URL") {
            Ok(admin) if !admin.trim().is_empty() => {
                let (pg, url) = PgDatabase::create(admin.trim()).await;
                env.push(("XSPACE_MASTER_KEY".to_owned(), random_key()));
                env.push(("XSPACE_JWT_SECRET".to_owned(), random_key()));
                (Backend::Postgres, url, Some(pg))
            }
            _ => {
                let url = format!("sqlite://{}", dir.path().join("xspace.db").display());
                (Backend::Sqlite, url, None)
            }
        };
        env.push(("DATABASE_URL".to_owned(), database_url.clone()));
        TestApp {
            base: String::new(),
            backend,
            stderr_path: dir.path().join("server.stderr.log"),
            dir,
            database_url,
            admin_password: unique("Ops-pass"),
            rust_log: "info".to_owned(),
            env,
            child: None,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("http client"),
            transcript: Mutex::new(String::new()),
            pg,
        }
    }

    fn command(&self, args: &[&str], extra: &[(&str, &str)]) -> Command {
        let mut cmd = Command::new(bin());
        cmd.args(args).current_dir(self.dir.path()).kill_on_drop(true);
        for var in SERVER_VARS {
            cmd.env_remove(var);
        }
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        for (k, v) in extra {
            cmd.env(k, v);
        }
        cmd
    }

    /// Runs a CLI command of the binary against this app's database and waits for it.
    pub async fn cli(&self, args: &[&str], extra: &[(&str, &str)]) -> Output {
        let mut cmd = self.command(args, extra);
        cmd.stdin(Stdio::null());
        tokio::time::timeout(Duration::from_secs(120), cmd.output())
            .await
            .unwrap_or_else(|_| panic!("`xspace {}` did not finish within 120 s", args.join(" ")))
            .expect("run xspace")
    }

    /// Spawns `xspace serve` and waits until it listens and `/readyz` answers 200.
    pub async fn serve(&mut self) {
        self.spawn_server(&["serve"], &[], STARTUP_TIMEOUT).await;
    }

    /// Spawns `xspace serve --demo` (the demo tenants, people and desktops seeded on this app's
    /// fresh database) with `extra` environment, and waits until `/readyz` answers 200.
    pub async fn serve_demo(&mut self, extra: &[(&str, &str)]) {
        self.spawn_server(&["serve", "--demo"], extra, DEMO_STARTUP_TIMEOUT)
            .await;
    }

    async fn spawn_server(&mut self, args: &[&str], extra: &[(&str, &str)], timeout: Duration) {
        let stderr = std::fs::File::create(&self.stderr_path).expect("stderr file");
        let log = self.rust_log.clone();
        let mut env = vec![("XSPACE_LISTEN", "127.0.0.1:0"), ("RUST_LOG", log.as_str())];
        env.extend_from_slice(extra);
        let mut cmd = self.command(args, &env);
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr));
        let what = format!("xspace {}", args.join(" "));
        let mut child = cmd.spawn().unwrap_or_else(|e| panic!("spawn {what}: {e}"));
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let deadline = Instant::now() + timeout;
        let base = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, lines.next_line()).await {
                Ok(Ok(Some(line))) => {
                    if let Some(rest) = line.trim().strip_prefix("xspace listening on ") {
                        break rest.trim().trim_end_matches('/').to_owned();
                    }
                }
                Ok(Ok(None)) | Ok(Err(_)) => {
                    let status = child.wait().await;
                    panic!(
                        "{what} exited before listening ({status:?}); stderr:\n{}",
                        self.server_log()
                    );
                }
                Err(_) => panic!(
                    "{what} printed no `xspace listening on` line within {timeout:?}; stderr:\n{}",
                    self.server_log()
                ),
            }
        };
        // Keep draining stdout so that the server never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        self.child = Some(child);
        self.base = base;
        self.wait_ready(Instant::now() + timeout).await;
    }

    /// The server's process id, while it runs.
    pub fn server_pid(&self) -> Option<u32> {
        self.child.as_ref().and_then(Child::id)
    }

    /// Another `xspace serve` on this app's database and keys: a replica, with logs of its own.
    /// The database stays this app's (dropped with it, not with the replica).
    pub async fn replica(&self) -> TestApp {
        self.replica_with_env(&[]).await
    }

    /// A replica whose environment also has `extra`.
    pub async fn replica_with_env(&self, extra: &[(&str, &str)]) -> TestApp {
        let dir = tempfile::Builder::new()
            .prefix("xspace-replica-")
            .tempdir()
            .expect("tempdir");
        let mut replica = TestApp {
            base: String::new(),
            backend: self.backend,
            stderr_path: dir.path().join("server.stderr.log"),
            dir,
            database_url: self.database_url.clone(),
            admin_password: self.admin_password.clone(),
            rust_log: self.rust_log.clone(),
            env: self.env.clone(),
            child: None,
            http: self.http.clone(),
            transcript: Mutex::new(String::new()),
            pg: None,
        };
        for (key, value) in extra {
            replica.set_env(key, value);
        }
        replica.serve().await;
        replica
    }

    /// Runs SQL on this app's PostgreSQL database (as the test's admin user).
    pub async fn pg_execute(&self, sql: &str) {
        assert_eq!(self.backend, Backend::Postgres, "pg_execute needs PostgreSQL");
        pg_connect(&self.database_url)
            .await
            .batch_execute(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Sets a variable of the server's environment (for its next start and CLI runs).
    pub fn set_env(&mut self, key: &str, value: &str) {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.to_owned(), value.to_owned()));
    }

    /// Stops the server and starts it again on the same database and keys.
    pub async fn restart(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill().await;
        }
        self.serve().await;
    }

    async fn wait_ready(&self, deadline: Instant) {
        loop {
            if let Ok(resp) = self.http.get(format!("{}/readyz", self.base)).send().await
                && resp.status().as_u16() == 200
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "/readyz never answered 200; stderr:\n{}",
                self.server_log()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn ws_url(&self) -> String {
        format!("{}/graphql", self.base.replacen("http://", "ws://", 1))
    }

    /// The server's stderr so far (its logs).
    pub fn server_log(&self) -> String {
        std::fs::read(&self.stderr_path)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    }

    /// The last `n` lines of the server's log.
    pub fn server_log_tail(&self, n: usize) -> String {
        let log = self.server_log();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(n)..].join("\n")
    }

    /// Every response body received so far, concatenated.
    pub fn transcript(&self) -> String {
        self.transcript.lock().expect("transcript").clone()
    }

    /// Posts a raw body to `/graphql`; returns the status and the body text.
    pub async fn post_raw(&self, token: Option<&str>, body: String) -> (u16, String) {
        let mut req = self
            .http
            .post(format!("{}/graphql", self.base))
            .header("content-type", "application/json")
            .body(body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let resp = match req.send().await {
            Ok(r) => r,
            Err(e) => panic!("POST /graphql failed: {e}\nthe server's log:\n{}", self.server_log()),
        };
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("response body");
        {
            let mut t = self.transcript.lock().expect("transcript");
            t.push_str(&text);
            t.push('\n');
        }
        (status, text)
    }

    /// One GraphQL request; the parsed body (`data` and/or `errors`).
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let body = json!({ "query": query, "variables": variables }).to_string();
        let (status, text) = self.post_raw(token, body).await;
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("HTTP {status}, not JSON ({e}): {text}\nquery: {query}"))
    }

    /// Bytes of the SQLite database files (main file and WAL), for leak checks. Empty on PostgreSQL.
    pub fn database_bytes(&self) -> Vec<u8> {
        let mut all = vec![];
        if self.backend == Backend::Sqlite {
            for name in ["xspace.db", "xspace.db-wal", "xspace.db-journal"] {
                if let Ok(bytes) = std::fs::read(self.dir.path().join(name)) {
                    all.extend(bytes);
                }
            }
        }
        all
    }

    /// Asserts that `secret` appears in no response, no log line and (on SQLite) no database byte.
    pub fn assert_secret_nowhere(&self, secret: &str) {
        assert!(
            !self.server_log().trim().is_empty(),
            "the server wrote no log at all; the log check would be empty"
        );
        assert!(
            !self.transcript().contains(secret),
            "secret {secret:?} appeared in a response body"
        );
        assert!(
            !self.server_log().contains(secret),
            "secret {secret:?} appeared in the server's logs"
        );
        let db = self.database_bytes();
        assert!(
            !contains_bytes(&db, secret.as_bytes()),
            "secret {secret:?} is stored in plain text in the SQLite files"
        );
    }

    /// The JWT signing key (decoded): the one we passed on PostgreSQL, the key file's on SQLite.
    pub fn jwt_secret(&self) -> Vec<u8> {
        let b64 = match self.env.iter().find(|(k, _)| k == "XSPACE_JWT_SECRET") {
            Some((_, v)) => v.clone(),
            None => {
                let keys = dir_entries(self.dir.path())
                    .into_iter()
                    .find(|n| n.contains("key"))
                    .expect("a key file beside the database");
                let text = std::fs::read_to_string(self.path(&keys)).expect("key file");
                let doc: Value = serde_json::from_str(&text).expect("key file is JSON");
                doc["jwt_secret"]
                    .as_str()
                    .expect("jwt_secret in the key file")
                    .to_owned()
            }
        };
        base64::engine::general_purpose::STANDARD
            .decode(b64.trim())
            .expect("base64 key")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

pub fn show(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `errors[0].extensions.code`, if the response carries errors.
pub fn error_code(resp: &Value) -> Option<String> {
    resp.pointer("/errors/0/extensions/code")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// `errors[0].message`.
pub fn error_message(resp: &Value) -> String {
    resp.pointer("/errors/0/message")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The `data` of a response that must have no errors.
pub fn data(resp: Value) -> Value {
    if let Some(errors) = resp.get("errors").filter(|e| !e.as_array().is_none_or(Vec::is_empty)) {
        panic!("unexpected GraphQL errors: {errors:#}\nfull response: {resp}");
    }
    resp.get("data")
        .cloned()
        .unwrap_or_else(|| panic!("response without data: {resp}"))
}

/// Asserts that the response failed with `code`; returns the response for further checks.
#[track_caller]
pub fn expect_code(resp: &Value, code: &str) {
    assert_eq!(
        error_code(resp).as_deref(),
        Some(code),
        "expected error code {code}, got: {resp}"
    );
}

pub fn dir_entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}
