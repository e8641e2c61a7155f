//! Agent benchmark: Mole reports ingested per second over HTTP, the time from one report to its
//! event reaching every one of many WebSocket subscribers, and (R10) the agents of 100,000
//! desktops reporting with nothing changed: reports per second and database writes per report.
//!
//!     cargo bench --bench agents
//!     XSPACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench agents
//!
//! Knobs: XSPACE_BENCH_SECONDS (load duration, 10), XSPACE_BENCH_CLIENTS (concurrent reporters,
//! 32), XSPACE_BENCH_DESKTOPS (50), XSPACE_BENCH_SUBSCRIBERS (1000), XSPACE_BENCH_EVENTS (50),
//! XSPACE_BENCH_AGENTS (desktops whose agents heartbeat, 100000; 0 skips that part).

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a benchmark fails loudly")]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures::{SinkExt as _, StreamExt as _};
use serde_json::{Value, json};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;

#[path = "support/mod.rs"]
mod support;

#[path = "agents/heartbeats.rs"]
mod heartbeats;

use support::Server;

const REPORT: &str = "mutation { reportAgentStatus(input: { osType: \"linux\", osDistro: \"ubuntu\", osVersion: \"24.04\", hostname: \"bench\", agentVersion: \"mole-bench\" }) { id } }";
/// A report that changes the host name each time (unchanged reports publish no event).
const REPORT_HOST: &str = "mutation($h: String!) { reportAgentStatus(input: { osType: \"linux\", osDistro: \"ubuntu\", osVersion: \"24.04\", hostname: $h, agentVersion: \"mole-bench\" }) { id } }";

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A tenant, a platform mapped to it, and `n` desktops with agent tokens: (desktop id, token).
async fn desktops_with_tokens(server: &Server, n: u64) -> Vec<(String, String)> {
    let tenant = server
        .gql(
            "mutation { createTenant(input: {slug: \"acme\", name: \"Acme\"}) { id } }",
            json!({}),
        )
        .await;
    let tenant_id = tenant["createTenant"]["id"].as_str().unwrap().to_owned();
    let platform = server
        .gql(
            "mutation { addCloudPlatform(input: {name: \"lab\", kind: OPENSTACK, endpoint: \"sim://lab?images=200&seed=3\", projectTenants: [{project: \"acme\", tenant: \"acme\"}]}) { id } }",
            json!({}),
        )
        .await;
    let platform_id = platform["addCloudPlatform"]["id"].as_str().unwrap().to_owned();
    server
        .gql(
            "mutation($id: ID!) { syncCloudPlatform(id: $id) { status } }",
            json!({"id": platform_id}),
        )
        .await;
    let images = server
        .gql(
            "{ vdiImages(first: 1, filter: {ready: true}) { edges { node { id bootMode } } } }",
            json!({}),
        )
        .await;
    let image = &images["vdiImages"]["edges"][0]["node"];
    let mut out = Vec::new();
    for i in 0..n {
        let created = server
            .gql(
                "mutation($t: ID!, $s: ID!, $b: BootMode!, $n: String!) { createDesktop(input: {tenantId: $t, name: $n, sourceId: $s, bootMode: $b}) { id } }",
                json!({"t": tenant_id, "s": image["id"], "b": image["bootMode"], "n": format!("bench-{i:04}")}),
            )
            .await;
        let id = created["createDesktop"]["id"].as_str().unwrap().to_owned();
        let token = server
            .gql(
                "mutation($d: ID!) { issueAgentToken(desktopId: $d) { token } }",
                json!({"d": id}),
            )
            .await;
        out.push((id, token["issueAgentToken"]["token"].as_str().unwrap().to_owned()));
    }
    out
}

async fn report(server: &Server, token: &str) -> bool {
    post_report(server, token, json!({"query": REPORT})).await
}

async fn post_report(server: &Server, token: &str, body: Value) -> bool {
    let resp = server
        .http
        .post(format!("{}/graphql", server.base))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await;
    match resp {
        Ok(r) => r.json::<Value>().await.is_ok_and(|v| v.get("errors").is_none()),
        Err(_) => false,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn throughput(server: Arc<Server>, agents: &[(String, String)], clients: u64, seconds: u64) {
    let ok = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for c in 0..clients {
        let server = server.clone();
        let token = agents[(c as usize) % agents.len()].1.clone();
        let (ok, failed) = (ok.clone(), failed.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let t = Instant::now();
                if report(&server, &token).await {
                    ok.fetch_add(1, Ordering::Relaxed);
                } else {
                    failed.fetch_add(1, Ordering::Relaxed);
                }
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort();
    let ok = ok.load(Ordering::Relaxed);
    println!(
        "  reports: {:.0}/s over {seconds} s with {clients} clients ({ok} ok, {} failed); latency p50 {:.1} ms, p99 {:.1} ms",
        ok as f64 / seconds as f64,
        failed.load(Ordering::Relaxed),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.99)),
    );
}

/// Opens a subscriber that sends the instant of every AGENT_REPORTED event to `tx` (every report
/// of the fan-out changes the host name, so each is one).
async fn subscriber(server: &Server, desktop: &str, tx: mpsc::UnboundedSender<Instant>) -> tokio::task::JoinHandle<()> {
    let url = server.base.replace("http://", "ws://") + "/graphql";
    let mut req = url.into_client_request().unwrap();
    req.headers_mut()
        .insert("Sec-WebSocket-Protocol", "graphql-transport-ws".parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(req).await.unwrap();
    ws.send(Message::text(
        json!({"type": "connection_init", "payload": {"token": server.token}}).to_string(),
    ))
    .await
    .unwrap();
    let ack = ws.next().await.unwrap().unwrap();
    assert!(ack.to_text().unwrap().contains("connection_ack"), "no ack: {ack:?}");
    let sub = json!({"id": "1", "type": "subscribe", "payload": {
        "query": "subscription($d: ID) { desktopEvents(desktopId: $d) { kind desktopId } }", "variables": {"d": desktop}}});
    ws.send(Message::text(sub.to_string())).await.unwrap();
    tokio::spawn(async move {
        while let Some(Ok(msg)) = ws.next().await {
            let Ok(text) = msg.to_text() else { continue };
            if text.contains("\"ping\"") {
                let _ = ws.send(Message::text("{\"type\":\"pong\"}")).await;
            } else if text.contains("AGENT_REPORTED") && tx.send(Instant::now()).is_err() {
                break;
            }
        }
    })
}

async fn fan_out(server: &Server, desktop: &(String, String), subscribers: u64, events: u64) {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let mut handles = Vec::new();
    for _ in 0..subscribers {
        handles.push(subscriber(server, &desktop.0, tx.clone()).await);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let mut latencies = Vec::new();
    let mut missing = 0u64;
    // The first report connects the agent (AGENT_CONNECTED); the others are AGENT_REPORTED.
    assert!(report(server, &desktop.1).await, "report failed");
    for n in 0..events {
        let start = Instant::now();
        let body = json!({"query": REPORT_HOST, "variables": {"h": format!("fan-out-{n}")}});
        assert!(post_report(server, &desktop.1, body).await, "report failed");
        for _ in 0..subscribers {
            match tokio::time::timeout(Duration::from_secs(5), rx.recv()).await {
                Ok(Some(t)) => latencies.push(t.duration_since(start)),
                _ => missing += 1,
            }
        }
    }
    latencies.sort();
    println!(
        "  fan-out to {subscribers} subscribers, {events} reports: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {missing} missed",
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.99)),
        ms(*latencies.last().unwrap()),
    );
    for h in handles {
        h.abort();
    }
}

async fn bench_backend(name: &str, pg: Option<&str>) {
    println!("{name}:");
    let window = [("XSPACE_AGENT_WINDOW_SECONDS", heartbeats::WINDOW_SECONDS)];
    let server = Arc::new(Server::start_with(pg, &window).await);
    let agents = desktops_with_tokens(&server, env_num("XSPACE_BENCH_DESKTOPS", 50)).await;
    throughput(
        server.clone(),
        &agents,
        env_num("XSPACE_BENCH_CLIENTS", 32),
        env_num("XSPACE_BENCH_SECONDS", 10),
    )
    .await;
    fan_out(
        &server,
        &agents[0],
        env_num("XSPACE_BENCH_SUBSCRIBERS", 1000),
        env_num("XSPACE_BENCH_EVENTS", 50),
    )
    .await;
    let agents = env_num("XSPACE_BENCH_AGENTS", 100_000);
    if agents > 0 {
        heartbeats::run(
            &server,
            "bench-0000",
            usize::try_from(agents).unwrap(),
            env_num("XSPACE_BENCH_CLIENTS", 32),
            env_num("XSPACE_BENCH_SECONDS", 10),
        )
        .await;
    }
    println!("  server peak RSS {:.1} MiB", server.peak_rss_mib());
    if let Ok(server) = Arc::try_unwrap(server) {
        server.stop().await;
    }
}

#[tokio::main]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    bench_backend("SQLite", None).await;
    if let Ok(pg) = std::env::var("XSPACE_BENCH_PG_URL") {
        bench_backend("PostgreSQL", Some(&pg)).await;
    }
}
