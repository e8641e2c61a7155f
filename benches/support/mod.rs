//! The real `xspace serve` on a fresh database, for benchmarks: admin bootstrap, login, GraphQL
//! over HTTP, and the server's peak RSS.

#![allow(dead_code, reason = "each benchmark uses part of the support code")]

use std::process::Stdio;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::{Child, Command};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_xspace");
/// The admin's password.
pub const PASSWORD: &str = "bench-password-1";

/// A running server.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// A client with keep-alive.
    pub http: reqwest::Client,
    /// The admin's token.
    pub token: String,
    /// The database the server runs on.
    pub database_url: String,
    /// The PostgreSQL server and database to drop when done.
    pg: Option<(String, String)>,
    _dir: tempfile::TempDir,
}

fn key() -> String {
    use base64::Engine as _;
    let bytes: Vec<u8> = (0..32).map(|_| rand::random::<u8>()).collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn fresh_database(pg: Option<&str>, dir: &std::path::Path) -> (String, Option<(String, String)>) {
    match pg {
        None => (format!("sqlite://{}/bench.db", dir.display()), None),
        Some(admin) => {
            let name = format!("xspace_bench_{}", uuid::Uuid::new_v4().simple());
            let (client, conn) = tokio_postgres::connect(admin, tokio_postgres::NoTls).await.unwrap();
            tokio::spawn(conn);
            client
                .batch_execute(&format!("CREATE DATABASE \"{name}\""))
                .await
                .unwrap();
            let mut url = url::Url::parse(admin).unwrap();
            url.set_path(&format!("/{name}"));
            (url.to_string(), Some((admin.to_owned(), name)))
        }
    }
}

impl Server {
    /// Starts a server on a fresh SQLite file, or a fresh database on the PostgreSQL server `pg`.
    pub async fn start(pg: Option<&str>) -> Self {
        Self::start_with(pg, &[]).await
    }

    /// As [`Server::start`], with extra environment for `serve`.
    pub async fn start_with(pg: Option<&str>, extra: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let (db, pg_db) = fresh_database(pg, dir.path()).await;
        let database_url = db.clone();
        let envs = [
            ("DATABASE_URL", db),
            ("XSPACE_MASTER_KEY", key()),
            ("XSPACE_JWT_SECRET", key()),
        ];
        let status = Command::new(BIN)
            .args(["admin", "create", "--username", "bench"])
            .envs(envs.clone())
            .env("XSPACE_ADMIN_PASSWORD", PASSWORD)
            .stdout(Stdio::null())
            .status()
            .await
            .unwrap();
        assert!(status.success());
        let mut child = Command::new(BIN)
            .arg("serve")
            .envs(envs)
            .env("XSPACE_LISTEN", "127.0.0.1:0")
            .env("RUST_LOG", "warn")
            .envs(extra.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let base = loop {
            let line = lines.next_line().await.unwrap().expect("server exited");
            if let Some(addr) = line.strip_prefix("xspace listening on ") {
                break addr.to_owned();
            }
        };
        let http = reqwest::Client::new();
        let mut server = Self {
            child,
            base,
            http,
            token: String::new(),
            database_url,
            pg: pg_db,
            _dir: dir,
        };
        let login = server
            .gql(
                "mutation($p:String!){login(input:{username:\"bench\",password:$p}){token}}",
                json!({"p": PASSWORD}),
            )
            .await;
        server.token = login["login"]["token"].as_str().unwrap().to_owned();
        server
    }

    /// Runs a GraphQL operation as the admin; panics on errors.
    pub async fn gql(&self, query: &str, variables: Value) -> Value {
        let resp: Value = self
            .http
            .post(format!("{}/graphql", self.base))
            .bearer_auth(&self.token)
            .json(&json!({"query": query, "variables": variables}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(resp.get("errors").is_none(), "errors: {resp}");
        resp["data"].clone()
    }

    /// Stops the server and drops its PostgreSQL database.
    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
        if let Some((admin, name)) = self.pg.take()
            && let Ok((client, conn)) = tokio_postgres::connect(&admin, tokio_postgres::NoTls).await
        {
            tokio::spawn(conn);
            let _ = client
                .batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await;
        }
    }

    /// The server's peak resident memory so far.
    pub fn peak_rss_mib(&self) -> f64 {
        let pid = self.child.id().unwrap();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let kib: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0.0);
        kib / 1024.0
    }
}
