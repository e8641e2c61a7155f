//! The real `xspace` binary on a fresh SQLite database, driven over GraphQL.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::cloud::{http, unique};

const BIN: &str = env!("CARGO_BIN_EXE_xspace");
const CLEARED: &[&str] = &[
    "DATABASE_URL",
    "XSPACE_LISTEN",
    "XSPACE_MASTER_KEY",
    "XSPACE_JWT_SECRET",
    "XSPACE_JWT_PREVIOUS_SECRETS",
    "XSPACE_ADMIN_PASSWORD",
    "XSPACE_ENV",
    "XSPACE_LOG_FORMAT",
    "XSPACE_PLATFORM_TIMEOUT_SECONDS",
    "XSPACE_PLATFORM_CA_FILE",
    "RUST_LOG",
];

pub const IMAGE_FIELDS: &str = "id externalId name scope tenant { slug } bootMode videoModel videoModelName osType \
    osDistro osUsername hasOsPassword readiness { ready problems { code } } removedFromPlatform status sizeBytes";

pub struct App {
    pub base: String,
    pub dir: tempfile::TempDir,
    token: String,
    child: Child,
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

fn command(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args).current_dir(dir).kill_on_drop(true).stdin(Stdio::null());
    for var in CLEARED {
        cmd.env_remove(var);
    }
    cmd.env("DATABASE_URL", format!("sqlite://{}", dir.join("xspace.db").display()));
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

impl App {
    /// Creates the admin `ops`, starts `xspace serve` with `env` (and `RUST_LOG`), logs in.
    pub async fn start(env: &[(&str, &str)]) -> App {
        let dir = tempfile::Builder::new()
            .prefix("xspace-os-")
            .tempdir()
            .expect("tempdir");
        let password = unique("Ops-pass");
        let out = command(
            dir.path(),
            &["admin", "create", "--username", "ops"],
            &[("XSPACE_ADMIN_PASSWORD", &password)],
        )
        .output()
        .await
        .expect("xspace admin create");
        assert!(
            out.status.success(),
            "admin create: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = std::fs::File::create(dir.path().join("server.log")).expect("log");
        let mut env = env.to_vec();
        env.push(("XSPACE_LISTEN", "127.0.0.1:0"));
        if !env.iter().any(|(k, _)| *k == "RUST_LOG") {
            env.push(("RUST_LOG", "info"));
        }
        let mut child = command(dir.path(), &["serve"], &env)
            .stdout(Stdio::piped())
            .stderr(Stdio::from(stderr))
            .spawn()
            .expect("xspace serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let deadline = Instant::now() + Duration::from_secs(30);
        let base = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, lines.next_line()).await {
                Ok(Ok(Some(line))) => {
                    if let Some(rest) = line.trim().strip_prefix("xspace listening on ") {
                        break rest.trim().trim_end_matches('/').to_owned();
                    }
                }
                _ => panic!("xspace serve did not start: {}", read_log(dir.path())),
            }
        };
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        let mut app = App {
            base,
            dir,
            token: String::new(),
            child,
        };
        for _ in 0..300 {
            if http()
                .get(format!("{}/readyz", app.base))
                .send()
                .await
                .is_ok_and(|r| r.status() == 200)
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let login = app
            .gql(
                "mutation($i: LoginInput!) { login(input: $i) { token } }",
                json!({"i": {"username": "ops", "password": password}}),
            )
            .await;
        app.token = login["data"]["login"]["token"].as_str().expect("token").to_owned();
        app
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        read_log(self.dir.path())
    }

    /// Peak resident memory of the server so far, in KiB (Linux `VmHWM`).
    pub fn peak_rss_kib(&self) -> Option<u64> {
        let pid = self.child.id()?;
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
    }

    /// One GraphQL call as `ops`; the whole answer.
    pub async fn gql(&self, query: &str, variables: Value) -> Value {
        let resp = http()
            .post(format!("{}/graphql", self.base))
            .bearer_auth(&self.token)
            .json(&json!({"query": query, "variables": variables}))
            .send()
            .await
            .expect("POST /graphql");
        resp.json().await.expect("GraphQL answer")
    }

    /// `data`, asserting there are no errors.
    pub async fn data(&self, query: &str, variables: Value) -> Value {
        let answer = self.gql(query, variables).await;
        assert!(
            answer.get("errors").is_none(),
            "GraphQL errors: {answer}\nquery: {query}"
        );
        answer["data"].clone()
    }

    pub async fn tenant(&self, slug: &str) {
        self.data(
            "mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }",
            json!({"i": {"slug": slug, "name": slug}}),
        )
        .await;
    }

    /// Adds an OPENSTACK platform; its id.
    pub async fn platform(&self, endpoint: &str, secret: &str, mapping: Value) -> String {
        let data = self
            .data(
                "mutation($i: AddCloudPlatformInput!) { addCloudPlatform(input: $i) { id } }",
                json!({"i": {"name": unique("os"), "kind": "OPENSTACK", "endpoint": endpoint, "secret": secret,
                    "projectTenants": mapping}}),
            )
            .await;
        data["addCloudPlatform"]["id"].as_str().expect("id").to_owned()
    }

    /// Runs a sync; the run.
    pub async fn sync(&self, platform: &str) -> Value {
        let data = self
            .data(
                "mutation($id: ID!) { syncCloudPlatform(id: $id) { status added updated removed error notes } }",
                json!({"id": platform}),
            )
            .await;
        data["syncCloudPlatform"].clone()
    }

    pub async fn available(&self, platform: &str) -> Option<bool> {
        let data = self
            .data(
                "query($id: ID!) { node(id: $id) { ... on CloudPlatform { available } } }",
                json!({"id": platform}),
            )
            .await;
        data["node"]["available"].as_bool()
    }

    /// Every image of the platform (removed ones included), by external id.
    pub async fn images(&self, platform: &str) -> std::collections::HashMap<String, Value> {
        let query = format!(
            "query($id: ID!, $after: String) {{ node(id: $id) {{ ... on CloudPlatform {{ \
             images(first: 100, after: $after) {{ edges {{ node {{ {IMAGE_FIELDS} }} }} \
             pageInfo {{ hasNextPage endCursor }} }} }} }} }}"
        );
        let mut out = std::collections::HashMap::new();
        let mut after = Value::Null;
        loop {
            let data = self.data(&query, json!({"id": platform, "after": after})).await;
            let page = &data["node"]["images"];
            for edge in page["edges"].as_array().expect("edges") {
                let node = edge["node"].clone();
                out.insert(node["externalId"].as_str().expect("externalId").to_owned(), node);
            }
            if page["pageInfo"]["hasNextPage"] != true {
                return out;
            }
            after = page["pageInfo"]["endCursor"].clone();
        }
    }
}

fn read_log(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
}
