//! The CloudTower stand-in, one process per test: started with `--port 0`, driven through its
//! control path (`/_standin/…`), stopped when dropped.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct Standin {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    child: Child,
    http: reqwest::Client,
}

impl Drop for Standin {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Standin {
    pub fn start() -> Standin {
        let script = root().join("tests/standins/cloudtower.py");
        let mut child = Command::new("python3")
            .arg(&script)
            .args(["--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs the CloudTower stand-in");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the stand-in's first line");
        let url = line
            .trim()
            .strip_prefix("cloudtower stand-in listening on ")
            .unwrap_or_else(|| panic!("unexpected first line of the stand-in: {line:?}"))
            .to_owned();
        Standin {
            url,
            child,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("client"),
        }
    }

    /// The endpoint xspace is given.
    pub fn endpoint(&self) -> String {
        format!("{}/v2/api", self.url)
    }

    pub async fn control(&self, verb: &str, body: Value) -> Value {
        let resp = self
            .http
            .post(format!("{}/_standin/{verb}", self.url))
            .json(&body)
            .send()
            .await
            .expect("the stand-in's control path answers");
        assert!(resp.status().is_success(), "control {verb}: {}", resp.status());
        resp.json().await.expect("JSON")
    }

    pub async fn state(&self) -> Value {
        self.control("state", json!({})).await
    }

    pub async fn faults(&self, rules: Value) {
        self.control("faults", json!({ "rules": rules })).await;
    }

    /// How often `op` was called so far.
    pub async fn calls(&self, op: &str) -> u64 {
        self.state().await["calls"][op].as_u64().unwrap_or(0)
    }

    /// Ids of what the stand-in holds of `what` (`templates`, `vms`, …).
    pub async fn ids(&self, what: &str) -> Vec<String> {
        self.state().await[what]
            .as_array()
            .expect("list")
            .iter()
            .map(|r| r["id"].as_str().expect("id").to_owned())
            .collect()
    }
}
