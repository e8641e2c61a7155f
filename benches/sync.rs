//! Sync benchmark: the real `xspace serve` on a fresh database syncs a simulated
//! platform of N images into an empty catalogue, then re-syncs it with nothing changed.
//! Reports wall time per sync (as the client sees `syncCloudPlatform`) and the server's peak RSS
//! (VmHWM). Runs on SQLite, and on PostgreSQL when `XSPACE_BENCH_PG_URL` names a server.
//!
//!     cargo bench --bench sync                       # SQLite, 10,000 images, 5 rounds
//!     XSPACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench sync
//!     XSPACE_BENCH_IMAGES=100000 XSPACE_BENCH_ROUNDS=1 cargo bench --bench sync
//!
//! A second section syncs the same number of images from the ZStack stand-in
//! (`tests/standins/zstack.py`, python3) through the real ZSTACK driver, on SQLite;
//! `XSPACE_BENCH_ZSTACK=skip` leaves it out.
//!
//! Each backend also syncs as many templates from the CloudTower stand-in (`support/cloudtower.rs`;
//! `XSPACE_BENCH_CLOUDTOWER=skip` leaves it out).

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark fails loudly")]

use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/mod.rs"]
mod support;

use support::Server;

#[path = "support/cloudtower.rs"]
mod cloudtower;

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

/// The figures of a benchmark's rounds: each a fresh server syncing a platform twice.
#[derive(Default)]
struct Rounds {
    first: Vec<Duration>,
    again: Vec<Duration>,
    rss: f64,
}

impl Rounds {
    /// One round: `add` (a mutation answering `addCloudPlatform { id }`, with `vars`) adds the
    /// platform to `server`; its first sync adds `sources`, the second changes nothing; then the
    /// server stops.
    async fn round(&mut self, server: Server, add: &str, vars: Value, sources: u32) {
        let added = server.gql(add, vars).await;
        let id = added["addCloudPlatform"]["id"].as_str().unwrap().to_owned();
        let (t1, run1) = timed_sync(&server, &id).await;
        assert_eq!(run1["added"], sources, "first sync: {run1}");
        let (t2, run2) = timed_sync(&server, &id).await;
        assert_eq!(
            (
                run2["added"].as_i64(),
                run2["updated"].as_i64(),
                run2["removed"].as_i64()
            ),
            (Some(0), Some(0), Some(0)),
            "{run2}"
        );
        self.first.push(t1);
        self.again.push(t2);
        self.rss = self.rss.max(server.peak_rss_mib());
        server.stop().await;
    }

    /// Prints the medians and the peak RSS.
    fn report(self) {
        summary("initial sync", self.first);
        summary("unchanged re-sync", self.again);
        println!("  {:<22} {:.1} MiB (max over rounds)", "server peak RSS", self.rss);
    }
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
    let mut figures = Rounds::default();
    for round in 0..rounds {
        let server = Server::start(pg).await;
        let endpoint = format!("sim://bench?images={images}&seed={round}");
        figures
            .round(
                server,
                "mutation($e:String!){addCloudPlatform(input:{name:\"bench\",kind:OPENSTACK,endpoint:$e}){id}}",
                json!({"e": endpoint}),
                images,
            )
            .await;
    }
    figures.report();
}

/// The ZStack stand-in, stopped when dropped.
struct ZStackStandIn {
    url: String,
    child: std::process::Child,
}

impl Drop for ZStackStandIn {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl ZStackStandIn {
    fn start() -> Self {
        use std::io::BufRead as _;
        let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/standins/zstack.py");
        let mut child = std::process::Command::new("python3")
            .arg(script)
            .args(["--port", "0", "--exit-on-stdin-close", "--job-delay", "0"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 runs the ZStack stand-in");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line.trim().rsplit(' ').next().unwrap().to_owned();
        Self { url, child }
    }
}

/// The ZSTACK driver syncing `images` images from the stand-in (pages of 1000), then again.
async fn bench_zstack(images: u32, rounds: u32) {
    println!("ZSTACK stand-in, SQLite: {images} images, {rounds} rounds (fresh stand-in and database each)");
    let mut figures = Rounds::default();
    for _ in 0..rounds {
        let standin = ZStackStandIn::start();
        let seeded = reqwest::Client::new()
            .post(format!("{}/_standin/seed", standin.url))
            .json(&json!({"generate": {"images": images}}))
            .send()
            .await
            .unwrap();
        assert!(seeded.status().is_success());
        figures
            .round(
                Server::start(None).await,
                "mutation($e:String!,$s:String!){addCloudPlatform(input:{name:\"zs\",kind:ZSTACK,endpoint:$e,secret:$s}){id}}",
                json!({"e": format!("{}/zstack", standin.url), "s": r#"{"accountName": "admin", "password": "password"}"#}),
                images,
            )
            .await;
    }
    figures.report();
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
    cloudtower::bench("SQLite", None, images, rounds).await;
    if let Ok(pg) = std::env::var("XSPACE_BENCH_PG_URL") {
        bench_backend("PostgreSQL", Some(&pg), images, rounds).await;
        cloudtower::bench("PostgreSQL", Some(&pg), images, rounds).await;
    }
    if std::env::var("XSPACE_BENCH_ZSTACK").is_ok_and(|v| v == "skip") {
        return;
    }
    bench_zstack(images, rounds).await;
}
