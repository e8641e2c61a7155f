//! R10 at scale: agents of 100,000 desktops report, then keep reporting with nothing changed.
//! Measures reports per second and the database writes they cost, read from the server's own
//! counter (`xspace_agent_reports_total{written=…}`); the target is no write per unchanged report
//! within the persistence interval (half the window; the server runs with a one-hour window, so
//! that a pass over every agent fits inside it even on a slow build).
//!
//! The desktops are put into the database directly (copies of one made through the API, each
//! with its own agent token): making 100,000 through the API would take the run's whole time.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sha2::{Digest as _, Sha256};

use crate::support::Server;

/// The window the server runs with.
pub const WINDOW_SECONDS: &str = "3600";

const COLUMNS: &str = "id, tenant_id, platform_id, source_id, external_id, name, boot_mode, login_mode, \
    removed, agent_token_hash, version, created_at, updated_at";

/// `n` agent tokens of desktops copied from the one named `template` straight into the database.
pub async fn copies(server: &Server, template: &str, n: usize) -> Vec<String> {
    let tokens: Vec<String> = (0..n).map(|i| format!("xsa_bench{i:07}")).collect();
    let ids: Vec<String> = (0..n).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    let hashes: Vec<String> = tokens.iter().map(|t| hex::encode(Sha256::digest(t))).collect();
    let url = server.database_url.clone();
    let template = template.to_owned();
    if let Some(path) = url.strip_prefix("sqlite://") {
        let path = path.to_owned();
        let rows: Vec<[&String; 2]> = ids.iter().zip(&hashes).map(|(i, h)| [i, h]).collect();
        let json = serde_json::to_string(&rows).unwrap();
        tokio::task::spawn_blocking(move || sqlite_copies(&path, &template, &json))
            .await
            .unwrap();
    } else {
        let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.unwrap();
        tokio::spawn(conn);
        let sql = format!(
            "INSERT INTO desktops ({COLUMNS}) SELECT v.id, t.tenant_id, t.platform_id, t.source_id, \
             'vm-' || v.id, 'agent-' || v.id, t.boot_mode, t.login_mode, false, v.hash, 1, t.created_at, \
             t.updated_at FROM unnest($1::text[], $2::text[]) AS v(id, hash), desktops t WHERE t.name = $3"
        );
        client.execute(&sql, &[&ids, &hashes, &template]).await.unwrap();
    }
    tokens
}

fn sqlite_copies(path: &str, template: &str, json: &str) {
    use diesel::{Connection as _, RunQueryDsl as _, sql_types::Text};
    let mut c = diesel::SqliteConnection::establish(path).unwrap();
    let sql = format!(
        "INSERT INTO desktops ({COLUMNS}) SELECT json_extract(j.value, '$[0]'), t.tenant_id, t.platform_id, \
         t.source_id, 'vm-' || json_extract(j.value, '$[0]'), 'agent-' || json_extract(j.value, '$[0]'), \
         t.boot_mode, t.login_mode, 0, json_extract(j.value, '$[1]'), 1, t.created_at, t.updated_at \
         FROM json_each(?) AS j, desktops t WHERE t.name = ?"
    );
    diesel::sql_query(sql)
        .bind::<Text, _>(json)
        .bind::<Text, _>(template)
        .execute(&mut c)
        .unwrap();
}

/// The server's count of agent reports that were (`true`) or were not (`false`) written.
async fn reports_written(server: &Server) -> (u64, u64) {
    let text = server
        .http
        .get(format!("{}/metrics", server.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let count = |written: &str| {
        text.lines()
            .find(|l| l.starts_with("xspace_agent_reports_total") && l.contains(&format!("written=\"{written}\"")))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0) as u64
    };
    (count("true"), count("false"))
}

/// Every token reports once per pass, `clients` at a time, for `passes` passes or until
/// `seconds` have passed; returns the reports made and the time taken.
async fn round_robin(
    server: &Arc<Server>,
    tokens: &Arc<Vec<String>>,
    clients: u64,
    passes: usize,
    seconds: u64,
) -> (u64, Duration) {
    let next = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicU64::new(0));
    let total = tokens.len() * passes;
    let start = Instant::now();
    let deadline = start + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (server, tokens, next, done) = (server.clone(), tokens.clone(), next.clone(), done.clone());
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total || Instant::now() >= deadline {
                    return;
                }
                assert!(
                    super::report(&server, &tokens[i % tokens.len()]).await,
                    "a report failed"
                );
                done.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    (done.load(Ordering::Relaxed), start.elapsed())
}

/// The run: first reports (each connects its agent: a write), then unchanged ones.
pub async fn run(server: &Arc<Server>, template: &str, agents: usize, clients: u64, seconds: u64) {
    let t = Instant::now();
    let tokens = Arc::new(copies(server, template, agents).await);
    println!(
        "  {agents} desktops with agents put in the database in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let (w0, s0) = reports_written(server).await;
    let (n, took) = round_robin(server, &tokens, clients, 1, 3_600).await;
    let (w1, s1) = reports_written(server).await;
    println!(
        "  first reports: {n} in {:.1} s, {:.0}/s with {clients} clients; {} written, {} not",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        w1 - w0,
        s1 - s0
    );
    let (n, took) = round_robin(server, &tokens, clients, usize::MAX / agents.max(1), seconds).await;
    let (w2, s2) = reports_written(server).await;
    println!(
        "  unchanged reports across {agents} agents: {n} in {:.1} s, {:.0}/s with {clients} clients; \
         {} written, {} not: {:.4} writes per report (target 0)",
        took.as_secs_f64(),
        n as f64 / took.as_secs_f64(),
        w2 - w1,
        s2 - s1,
        (w2 - w1) as f64 / n.max(1) as f64
    );
}
