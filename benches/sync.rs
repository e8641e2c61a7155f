//! Sync benchmark (issue 2): the real `xspace serve` on a fresh database syncs a simulated
//! platform of N images into an empty catalogue, then re-syncs it with nothing changed.
//! Reports wall time per sync (as the client sees `syncCloudPlatform`) and the server's peak RSS
//! (VmHWM). Runs on SQLite, and on PostgreSQL when `XSPACE_BENCH_PG_URL` names a server.
//!
//!     cargo bench --bench sync                       # SQLite, 10,000 images, 5 rounds
//!     XSPACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench sync
//!     XSPACE_BENCH_IMAGES=100000 XSPACE_BENCH_ROUNDS=1 cargo bench --bench sync

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark fails loudly")]

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::{Child, Command};

const BIN: &str = env!("CARGO_BIN_EXE_xspace");
const PASSWORD: &str = "bench-password-1";

struct Server {
    child: Child,
    base: String,
    http: reqwest::Client,
    token: String,
    _dir: tempfile::TempDir,
}

fn key() -> String {
    use base64::Engine as _;
    let bytes: Vec<u8> = (0..32).map(|_| rand::random::<u8>()).collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

async fn fresh_database(pg: Option<&str>, dir: &std::path::Path) -> String {
    match pg {
        None => format!("sqlite://{}/bench.db", dir.display()),
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
            url.to_string()
        }
    }
}

impl Server {
    async fn start(pg: Option<&str>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = fresh_database(pg, dir.path()).await;
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

    async fn gql(&self, query: &str, variables: Value) -> Value {
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

    fn peak_rss_mib(&self) -> f64 {
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

async fn timed_sync(server: &Server, id: &str) -> (Duration, Value) {
    let start = Instant::now();
    let run = server
        .gql(
            "mutation($id:ID!){syncCloudPlatform(id:$id){status added updated removed}}",
            json!({"id": id}),
        )
        .await;
    (start.elapsed(), run["syncCloudPlatform"].clone())
}

fn summary(label: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = times[times.len() / 2];
    println!(
        "  {label:<22} median {:>8.1} ms   min {:>8.1} ms   max {:>8.1} ms",
        ms(median),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
}

async fn bench_backend(name: &str, pg: Option<&str>, images: u32, rounds: u32) {
    println!("{name}: {images} images, {rounds} rounds (fresh database each)");
    let (mut first, mut again, mut rss) = (Vec::new(), Vec::new(), 0.0f64);
    for round in 0..rounds {
        let server = Server::start(pg).await;
        let endpoint = format!("sim://bench?images={images}&seed={round}");
        let added = server
            .gql(
                "mutation($e:String!){addCloudPlatform(input:{name:\"bench\",kind:OPENSTACK,endpoint:$e}){id}}",
                json!({"e": endpoint}),
            )
            .await;
        let id = added["addCloudPlatform"]["id"].as_str().unwrap().to_owned();
        let (t1, run1) = timed_sync(&server, &id).await;
        assert_eq!(run1["added"], images, "first sync: {run1}");
        let (t2, run2) = timed_sync(&server, &id).await;
        assert_eq!(
            (
                run2["added"].as_i64(),
                run2["updated"].as_i64(),
                run2["removed"].as_i64()
            ),
            (Some(0), Some(0), Some(0))
        );
        first.push(t1);
        again.push(t2);
        rss = rss.max(server.peak_rss_mib());
    }
    summary("initial sync", first);
    summary("unchanged re-sync", again);
    println!("  {:<22} {rss:.1} MiB (max over rounds)", "server peak RSS");
}

fn env_num(name: &str, default: u32) -> u32 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let images = env_num("XSPACE_BENCH_IMAGES", 10_000);
    let rounds = env_num("XSPACE_BENCH_ROUNDS", 5).max(1);
    bench_backend("SQLite", None, images, rounds).await;
    if let Ok(pg) = std::env::var("XSPACE_BENCH_PG_URL") {
        bench_backend("PostgreSQL", Some(&pg), images, rounds).await;
    }
}
