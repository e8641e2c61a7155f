//! The SMARTX part of the sync benchmark: the real `xspace serve` syncs N content-library
//! templates from the CloudTower stand-in (`tests/standins/cloudtower.py`, over HTTP, login and
//! keyset pages of 200 included), then re-syncs with nothing changed; wall time per sync and the
//! server's peak RSS. Skipped with `XSPACE_BENCH_CLOUDTOWER=skip` (it needs python3).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::json;

use crate::Rounds;
use crate::support::Server;

struct Standin(Child, String);

impl Drop for Standin {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn standin() -> Standin {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/standins/cloudtower.py");
    let mut child = Command::new("python3")
        .args([script, "--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the CloudTower stand-in");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_owned();
    Standin(child, url)
}

async fn control(http: &reqwest::Client, url: &str, verb: &str, body: serde_json::Value) {
    let resp = http
        .post(format!("{url}/_standin/{verb}"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "control {verb}");
}

pub async fn bench(name: &str, pg: Option<&str>, templates: u32, rounds: u32) {
    if std::env::var("XSPACE_BENCH_CLOUDTOWER").is_ok_and(|v| v == "skip") {
        println!("{name}, SMARTX: skipped (XSPACE_BENCH_CLOUDTOWER=skip)");
        return;
    }
    println!("{name}, SMARTX (CloudTower stand-in): {templates} templates, {rounds} rounds (fresh database each)");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    let mut figures = Rounds::default();
    for _ in 0..rounds {
        let ct = standin();
        control(
            &http,
            &ct.1,
            "seed",
            json!({
                "users": [{"username": "bench", "password": "bench-password"}],
                "clusters": [{"id": "cluster-bench", "name": "bench"}],
                "generate": {"count": templates, "prefix": "bench", "cluster": "cluster-bench"},
            }),
        )
        .await;
        let secret = json!({"username": "bench", "password": "bench-password"}).to_string();
        figures
            .round(
                Server::start(pg).await,
                "mutation($e:String!,$s:String){addCloudPlatform(input:{name:\"tower\",kind:SMARTX,endpoint:$e,secret:$s}){id}}",
                json!({"e": format!("{}/v2/api", ct.1), "s": secret}),
                templates,
            )
            .await;
    }
    figures.report();
}
