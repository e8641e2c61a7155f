//! The ZStack stand-in (`tests/standins/zstack.py`), one per test: started with `--port 0`, its
//! URL read from its first line, stopped when the test drops it (its standard input closes).

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

pub struct StandIn {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    child: Child,
    http: reqwest::Client,
}

impl Drop for StandIn {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/standins/zstack.py")
}

impl StandIn {
    /// Starts a stand-in whose jobs take `job_delay` seconds.
    pub fn start(job_delay: f64) -> StandIn {
        let mut child = Command::new("python3")
            .arg(script())
            .args([
                "--port",
                "0",
                "--exit-on-stdin-close",
                "--job-delay",
                &job_delay.to_string(),
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 runs the ZStack stand-in");
        let stdout = child.stdout.take().expect("stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the stand-in's first line");
        let url = line
            .trim()
            .strip_prefix("zstack stand-in listening on ")
            .unwrap_or_else(|| panic!("unexpected first line of the stand-in: {line:?}"))
            .to_owned();
        StandIn {
            url,
            child,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("client"),
        }
    }

    /// The endpoint an operator gives xspace.
    pub fn endpoint(&self) -> String {
        format!("{}/zstack", self.url)
    }

    async fn control(&self, method: reqwest::Method, what: &str, body: Value) -> Value {
        let resp = self
            .http
            .request(method, format!("{}/_standin/{what}", self.url))
            .json(&body)
            .send()
            .await
            .expect("stand-in control");
        assert!(resp.status().is_success(), "control {what}: {}", resp.status());
        resp.json().await.expect("control answer")
    }

    pub async fn seed(&self, body: Value) -> Value {
        self.control(reqwest::Method::POST, "seed", body).await
    }

    pub async fn fault(&self, fault: Value) {
        self.control(reqwest::Method::POST, "faults", fault).await;
    }

    pub async fn clear_faults(&self) {
        self.control(reqwest::Method::DELETE, "faults", json!({})).await;
    }

    pub async fn state(&self) -> Value {
        self.control(reqwest::Method::GET, "state", json!({})).await
    }

    pub async fn remove(&self, body: Value) {
        self.control(reqwest::Method::POST, "remove", body).await;
    }

    pub async fn update_image(&self, body: Value) {
        self.control(reqwest::Method::POST, "update-image", body).await;
    }

    /// Calls of one API so far.
    pub async fn calls(&self, api: &str) -> u64 {
        self.state().await["calls"][api].as_u64().unwrap_or(0)
    }

    /// A raw API request: status and body (JSON when it parses, else a string).
    pub async fn raw(
        &self,
        method: reqwest::Method,
        path: &str,
        headers: &[(&str, String)],
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self.http.request(method, format!("{}{path}", self.url));
        for (k, v) in headers {
            req = req.header(*k, v);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        let resp = req.send().await.expect("stand-in request");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, value)
    }
}
