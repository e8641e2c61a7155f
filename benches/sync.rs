//! Sync benchmark: the real `xspace serve` on a fresh database syncs a simulated
//! platform of N images into an empty catalogue, then re-syncs it with nothing changed.
//! Reports wall time per sync (as the client sees `syncCloudPlatform`) and the server's peak RSS
//! (VmHWM). Runs on SQLite, and on PostgreSQL when `XSPACE_BENCH_PG_URL` names a server.
//!
//!     cargo bench --bench sync                       # SQLite, 10,000 images, 5 rounds
//!     XSPACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench sync
//!     XSPACE_BENCH_IMAGES=100000 XSPACE_BENCH_ROUNDS=1 cargo bench --bench sync

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark fails loudly")]

use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/mod.rs"]
mod support;

use support::Server;

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
        server.stop().await;
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
