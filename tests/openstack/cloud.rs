//! The shared real cloud: Keystone, Glance (with and without Keystone) and the Nova stub, started
//! once per test binary by `scripts/openstack/cloud.py`, which stops them all when this process
//! ends (its standard input closes). Tests stay apart by working in projects of their own.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use futures::StreamExt as _;
use serde_json::{Value, json};

/// Set to `skip` where Python or PyPI cannot be had; anything else runs the tests, and a cloud that
/// cannot be set up fails them.
pub const SKIP_VAR: &str = "XSPACE_OPENSTACK_TESTS";

pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .build()
        .expect("http client")
}

/// The running cloud.
pub struct Cloud {
    pub keystone: String,
    pub glance: String,
    pub glance_noauth: String,
    pub nova: String,
    admin_password: String,
    control: Mutex<(ChildStdin, BufReader<ChildStdout>)>,
    _child: Child,
}

static CLOUD: OnceLock<Result<Cloud, String>> = OnceLock::new();

/// The shared cloud, started on first use; `None` (after saying why) when the tests are skipped.
pub fn cloud() -> Option<&'static Cloud> {
    if std::env::var(SKIP_VAR).is_ok_and(|v| v == "skip") {
        support::skip::say(&format!("{SKIP_VAR}=skip (the OpenStack tests need python3 and PyPI)"));
        return None;
    }
    match CLOUD.get_or_init(start) {
        Ok(cloud) => Some(cloud),
        Err(e) => panic!(
            "the real Keystone/Glance could not be started: {e}\n(where python3 or PyPI cannot be had, set \
             {SKIP_VAR}=skip to skip these tests)"
        ),
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn venv() -> Result<PathBuf, String> {
    let venv = std::env::var_os("XSPACE_OPENSTACK_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/openstack-venv"));
    // Idempotent and quick when the venv is there; installs it from PyPI otherwise.
    let out = Command::new("bash")
        .arg(root().join("scripts/openstack/setup-venv.sh"))
        .arg(&venv)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run scripts/openstack/setup-venv.sh: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "scripts/openstack/setup-venv.sh failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(venv)
}

fn start() -> Result<Cloud, String> {
    let venv = venv()?;
    let dir = tempfile::Builder::new()
        .prefix("xspace-openstack-")
        .tempdir()
        .map_err(|e| e.to_string())?
        .keep();
    let mut child = Command::new(venv.join("bin/python"))
        .arg(root().join("scripts/openstack/cloud.py"))
        .arg("--venv")
        .arg(&venv)
        .arg("--dir")
        .arg(&dir)
        .args(
            std::env::var_os("XSPACE_OPENSTACK_KEEP")
                .is_none()
                .then_some("--remove-dir"),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start cloud.py: {e}"))?;
    let stdin = child.stdin.take().ok_or("no stdin")?;
    let mut stdout = BufReader::new(child.stdout.take().ok_or("no stdout")?);
    let mut line = String::new();
    stdout.read_line(&mut line).map_err(|e| e.to_string())?;
    let info: Value = serde_json::from_str(&line).map_err(|_| format!("cloud.py said: {line:?}"))?;
    if let Some(e) = info.get("error") {
        return Err(format!("cloud.py: {e}"));
    }
    let s = |k: &str| info[k].as_str().unwrap_or_default().to_owned();
    eprintln!(
        "real OpenStack up in {} s: keystone {} glance {}",
        info["seconds"],
        s("keystone"),
        s("glance")
    );
    Ok(Cloud {
        keystone: s("keystone"),
        glance: s("glance"),
        glance_noauth: s("glance_noauth"),
        nova: s("nova"),
        admin_password: s("admin_password"),
        control: Mutex::new((stdin, stdout)),
        _child: child,
    })
}

/// A Keystone project with a member user of its own.
#[derive(Debug, Clone)]
pub struct Account {
    pub project_id: String,
    pub project_name: String,
    pub user_id: String,
    pub username: String,
    pub password: String,
}

impl Cloud {
    /// Sends one command to cloud.py and returns its answer (`{"url": …}`).
    fn command(&self, cmd: Value) -> Value {
        let mut control = self.control.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        writeln!(control.0, "{cmd}").expect("write to cloud.py");
        control.0.flush().expect("flush");
        let mut line = String::new();
        control.1.read_line(&mut line).expect("read from cloud.py");
        let reply: Value = serde_json::from_str(&line).unwrap_or_else(|_| panic!("cloud.py said {line:?}"));
        assert!(reply.get("error").is_none(), "cloud.py: {reply}");
        reply["ok"].clone()
    }

    /// Starts another Glance (validating tokens with Keystone) and returns its URL.
    pub async fn extra_glance(&'static self, name: &str) -> String {
        let cmd = json!({"cmd": "glance", "name": name});
        let reply = tokio::task::spawn_blocking(move || self.command(cmd))
            .await
            .expect("cloud.py");
        reply["url"].as_str().expect("url").to_owned()
    }

    /// Stops or starts (again, same port and data) an extra Glance.
    pub async fn glance_power(&'static self, name: &str, on: bool) {
        let cmd = json!({"cmd": if on { "start" } else { "stop" }, "name": name});
        tokio::task::spawn_blocking(move || self.command(cmd))
            .await
            .expect("cloud.py");
    }

    /// A token for `user` scoped to `project_id`.
    pub async fn token(&self, user: &str, password: &str, project_id: &str) -> String {
        let body = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": user, "domain": {"id": "default"}, "password": password}}},
            "scope": {"project": {"id": project_id}}}});
        self.issue(body).await
    }

    async fn issue(&self, body: Value) -> String {
        let mut last = String::new();
        for _ in 0..5 {
            let resp = http()
                .post(format!("{}/auth/tokens", self.keystone))
                .json(&body)
                .send()
                .await
                .expect("POST /auth/tokens");
            if resp.status().as_u16() == 201 {
                return resp.headers()["x-subject-token"].to_str().expect("token").to_owned();
            }
            last = format!("{} {}", resp.status(), resp.text().await.unwrap_or_default());
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        panic!("Keystone refused a test login: {last}");
    }

    pub async fn admin_token(&self) -> String {
        let body = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {
            "name": "admin", "domain": {"id": "default"}, "password": self.admin_password}}},
            "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}});
        self.issue(body).await
    }

    /// An admin call to Keystone.
    pub async fn keystone_admin(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let token = self.admin_token().await;
        let mut req = http()
            .request(method.clone(), format!("{}{path}", self.keystone))
            .header("X-Auth-Token", token);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let resp = req.send().await.expect("keystone");
        let status = resp.status();
        let text = resp.text().await.unwrap_or_default();
        assert!(status.is_success(), "Keystone {method} {path}: {status} {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }

    async fn role_id(&self, name: &str) -> String {
        let roles = self
            .keystone_admin(reqwest::Method::GET, &format!("/roles?name={name}"), None)
            .await;
        roles["roles"][0]["id"].as_str().expect("role").to_owned()
    }

    /// A new project with a new user holding `member` on it.
    pub async fn account(&self, prefix: &str) -> Account {
        let project_name = unique(prefix);
        let project = self
            .keystone_admin(
                reqwest::Method::POST,
                "/projects",
                Some(json!({"project": {"name": project_name, "domain_id": "default"}})),
            )
            .await;
        let project_id = project["project"]["id"].as_str().expect("id").to_owned();
        let username = format!("{project_name}-user");
        let password = unique("pw");
        let user = self
            .keystone_admin(
                reqwest::Method::POST,
                "/users",
                Some(
                    json!({"user": {"name": username, "domain_id": "default", "password": password,
                    "default_project_id": project_id}}),
                ),
            )
            .await;
        let user_id = user["user"]["id"].as_str().expect("id").to_owned();
        self.grant(&user_id, &project_id, "member").await;
        Account {
            project_id,
            project_name,
            user_id,
            username,
            password,
        }
    }

    pub async fn grant(&self, user_id: &str, project_id: &str, role: &str) {
        let role = self.role_id(role).await;
        self.keystone_admin(
            reqwest::Method::PUT,
            &format!("/projects/{project_id}/users/{user_id}/roles/{role}"),
            None,
        )
        .await;
    }

    /// An application credential of the account's user (for its project); `(id, secret)`.
    pub async fn app_credential(&self, account: &Account) -> (String, String) {
        let token = self
            .token(&account.username, &account.password, &account.project_id)
            .await;
        let resp = http()
            .post(format!(
                "{}/users/{}/application_credentials",
                self.keystone, account.user_id
            ))
            .header("X-Auth-Token", token)
            .json(&json!({"application_credential": {"name": unique("ac")}}))
            .send()
            .await
            .expect("application credential");
        assert_eq!(resp.status().as_u16(), 201);
        let body: Value = resp.json().await.expect("json");
        let cred = &body["application_credential"];
        (
            cred["id"].as_str().expect("id").to_owned(),
            cred["secret"].as_str().expect("secret").to_owned(),
        )
    }

    /// Disables then enables the user: Keystone revokes every token issued to it so far.
    pub async fn revoke_tokens(&self, account: &Account) {
        for enabled in [false, true] {
            self.keystone_admin(
                reqwest::Method::PATCH,
                &format!("/users/{}", account.user_id),
                Some(json!({"user": {"enabled": enabled}})),
            )
            .await;
        }
        // Revocation events have a resolution of one second: a token issued within the same second
        // would count as revoked too.
        tokio::time::sleep(Duration::from_millis(1100)).await;
    }

    /// The password secret for an account, with Glance's URL as the platform endpoint.
    pub fn password_secret(&self, account: &Account) -> String {
        json!({"auth_url": self.keystone, "username": account.username, "password": account.password,
            "project_name": account.project_name, "user_domain_name": "Default", "project_domain_name": "Default"})
        .to_string()
    }

    /// A Glance client acting as the account.
    pub async fn glance_as(&self, account: &Account) -> Glance {
        let token = self
            .token(&account.username, &account.password, &account.project_id)
            .await;
        Glance {
            url: self.glance.clone(),
            headers: vec![("X-Auth-Token".to_owned(), token)],
        }
    }
}

/// Direct calls to a Glance, as a test sets it up and checks it.
pub struct Glance {
    pub url: String,
    pub headers: Vec<(String, String)>,
}

impl Glance {
    /// Identity headers for a Glance without Keystone.
    pub fn noauth(url: &str, project: &str) -> Self {
        Self {
            url: url.to_owned(),
            headers: vec![
                ("X-Identity-Status".to_owned(), "Confirmed".to_owned()),
                ("X-Project-Id".to_owned(), project.to_owned()),
                ("X-Roles".to_owned(), "member,reader".to_owned()),
            ],
        }
    }

    pub fn at(&self, url: &str) -> Self {
        Self {
            url: url.to_owned(),
            headers: self.headers.clone(),
        }
    }

    async fn send(&self, method: reqwest::Method, path: &str, body: Option<(&str, Vec<u8>)>) -> (u16, Value) {
        let mut req = http().request(method.clone(), format!("{}{path}", self.url));
        for (k, v) in &self.headers {
            req = req.header(k, v);
        }
        if let Some((ct, bytes)) = body {
            req = req.header("Content-Type", ct).body(bytes);
        }
        let resp = req
            .send()
            .await
            .unwrap_or_else(|e| panic!("Glance {method} {path}: {e}"));
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// Creates an image record with properties (all strings, as Glance keeps them).
    pub async fn create(&self, name: &str, props: Value) -> String {
        let mut body =
            json!({"name": name, "disk_format": "qcow2", "container_format": "bare", "visibility": "private"});
        if let (Some(b), Some(p)) = (body.as_object_mut(), props.as_object()) {
            b.extend(p.clone());
        }
        let (status, image) = self
            .send(
                reqwest::Method::POST,
                "/v2/images",
                Some(("application/json", body.to_string().into_bytes())),
            )
            .await;
        assert_eq!(status, 201, "create image: {image}");
        image["id"].as_str().expect("id").to_owned()
    }

    /// Creates many images, four at a time; returns their ids.
    pub async fn create_many(&self, prefix: &str, count: usize, props: Value) -> Vec<String> {
        futures::stream::iter(0..count)
            .map(|i| {
                let props = props.clone();
                async move { self.create(&format!("{prefix}-{i:05}"), props).await }
            })
            .buffer_unordered(4)
            .collect()
            .await
    }

    pub async fn upload(&self, id: &str, data: Vec<u8>) {
        let path = format!("/v2/images/{id}/file");
        let (status, body) = self
            .send(reqwest::Method::PUT, &path, Some(("application/octet-stream", data)))
            .await;
        assert_eq!(status, 204, "upload: {body}");
    }

    pub async fn get(&self, id: &str) -> Value {
        let (status, body) = self.send(reqwest::Method::GET, &format!("/v2/images/{id}"), None).await;
        assert_eq!(status, 200, "get image: {body}");
        body
    }

    pub async fn patch(&self, id: &str, ops: Value) {
        let (status, body) = self
            .send(
                reqwest::Method::PATCH,
                &format!("/v2/images/{id}"),
                Some((
                    "application/openstack-images-v2.1-json-patch",
                    ops.to_string().into_bytes(),
                )),
            )
            .await;
        assert_eq!(status, 200, "patch: {body}");
    }

    pub async fn delete(&self, id: &str) {
        let (status, body) = self
            .send(reqwest::Method::DELETE, &format!("/v2/images/{id}"), None)
            .await;
        assert_eq!(status, 204, "delete: {body}");
    }

    /// Shares an image (visibility `shared`) with another project.
    pub async fn share(&self, id: &str, member: &str) {
        self.patch(id, json!([{"op": "replace", "path": "/visibility", "value": "shared"}]))
            .await;
        let body = json!({"member": member}).to_string().into_bytes();
        let (status, reply) = self
            .send(
                reqwest::Method::POST,
                &format!("/v2/images/{id}/members"),
                Some(("application/json", body)),
            )
            .await;
        assert_eq!(status, 200, "share: {reply}");
    }

    /// Accepts an image shared with this client's project.
    pub async fn accept(&self, id: &str, member: &str) {
        let body = json!({"status": "accepted"}).to_string().into_bytes();
        let path = format!("/v2/images/{id}/members/{member}");
        let (status, reply) = self
            .send(reqwest::Method::PUT, &path, Some(("application/json", body)))
            .await;
        assert_eq!(status, 200, "accept: {reply}");
    }
}

/// A small real qcow2 image made by `qemu-img`.
pub fn qcow2() -> Vec<u8> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("tiny.qcow2");
    let out = Command::new("qemu-img")
        .args(["create", "-q", "-f", "qcow2"])
        .arg(&path)
        .arg("1M")
        .output()
        .expect("qemu-img (package qemu-utils) is needed");
    assert!(
        out.status.success(),
        "qemu-img: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(path).expect("read qcow2")
}
