//! The reference agent (`mole`, the workspace's `agent` crate) against the real server: it reads
//! the OS from an `os-release` given by path, reports with its token file, resumes after the
//! server restarts, its death disconnects the desktop, and a re-issued token is said once.
//!
//! The agent is built by the test (`cargo build -p xspace-mole`) into a target directory of its
//! own, so that it never waits on the build lock of the `cargo test` that runs it.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::net::{TcpListener, TcpStream};
use tokio::process::{Child, Command};
use tokio::sync::OnceCell;

use crate::presence::{until, watch};
use support::desktop_lab::*;
use support::harness::TestApp;
use support::world::World;

const UBUNTU: &str =
    "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nID=ubuntu\nID_LIKE=debian\n";
const DEBIAN: &str = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nVERSION_ID=\"12\"\nID=debian\n";

static MOLE: OnceCell<PathBuf> = OnceCell::const_new();

/// The `mole` binary, built once per test process.
async fn mole_bin() -> &'static Path {
    MOLE.get_or_init(|| async {
        let target = Path::new(env!("CARGO_BIN_EXE_xspace"))
            .ancestors()
            .nth(2)
            .expect("target directory")
            .join("mole-tests");
        let out = Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "xspace-mole", "--target-dir"])
            .arg(&target)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .await
            .expect("run cargo build");
        assert!(
            out.status.success(),
            "building mole failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        target.join("debug").join("mole")
    })
    .await
}

/// A scratch directory with an `os-release` and a token file (mode `mode`).
struct Files {
    dir: tempfile::TempDir,
}

impl Files {
    fn new(os_release: &str, token: &str, mode: u32) -> Files {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("os-release"), os_release).expect("os-release");
        let files = Files { dir };
        files.token(token, mode);
        files
    }

    fn token(&self, token: &str, mode: u32) {
        use std::os::unix::fs::PermissionsExt as _;
        let path = self.path("token");
        std::fs::write(&path, format!("{token}\n")).expect("token file");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.path("mole.log")).unwrap_or_default()
    }
}

fn mole(bin: &Path, server: &str, files: &Files, extra: &[&str]) -> Command {
    let mut cmd = Command::new(bin);
    cmd.arg("--server")
        .arg(server)
        .arg("--token-file")
        .arg(files.path("token"))
        .arg("--os-release")
        .arg(files.path("os-release"))
        .args(extra)
        .env_remove("MOLE_TOKEN")
        .env_remove("MOLE_SERVER")
        .env_remove("MOLE_TOKEN_FILE")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .kill_on_drop(true);
    cmd
}

/// `mole --once`: its exit code and standard error.
async fn once(bin: &Path, server: &str, files: &Files) -> (Option<i32>, String) {
    let out = mole(bin, server, files, &["--once"])
        .stderr(Stdio::piped())
        .output()
        .await
        .expect("run mole");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `mole` running every `interval` seconds, logging to `mole.log`.
fn running(bin: &Path, server: &str, files: &Files, interval: &str) -> Child {
    let log = std::fs::File::create(files.path("mole.log")).expect("log file");
    mole(bin, server, files, &["--interval", interval, "--max-backoff", "1"])
        .stderr(Stdio::from(log))
        .spawn()
        .expect("spawn mole")
}

/// A TCP relay on a fixed port to the server, whose address changes when it restarts.
struct Relay {
    url: String,
    target: Arc<Mutex<String>>,
}

impl Relay {
    async fn to(app: &TestApp) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let target = Arc::new(Mutex::new(String::new()));
        let relay = Relay { url, target };
        relay.point_at(app);
        let target = relay.target.clone();
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let to = target.lock().expect("target").clone();
                tokio::spawn(async move {
                    if let Ok(mut out) = TcpStream::connect(to).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut out).await;
                    }
                });
            }
        });
        relay
    }

    fn point_at(&self, app: &TestApp) {
        *self.target.lock().expect("target") = app.base.trim_start_matches("http://").to_owned();
    }
}

/// Polls the desktop (as `ops`) until `ok` holds, for up to `within`.
async fn until_node(lab: &Lab, id: &str, within: Duration, what: &str, ok: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + within;
    loop {
        let node = lab.node(lab.ops(), id).await;
        if ok(&node) {
            return node;
        }
        assert!(Instant::now() < deadline, "{what} within {within:?}: {node}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test]
async fn mole_once_reports_the_machines_os_and_refuses_a_token_file_others_can_read() {
    let bin = mole_bin().await;
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let id = id_of(&lab.desktop(&acme.admin, WIN, Some(&acme.user)).await);
    let token = lab.agent_token(&acme.admin, &id).await;
    let files = Files::new(DEBIAN, &token, 0o644);

    let (code, err) = once(bin, &lab.app().base, &files).await;
    assert_eq!(code, Some(2), "a token file others can read is refused: {err}");
    assert!(err.contains("0600"), "{err}");
    assert!(!err.contains(&token), "the agent printed its token: {err}");
    assert_eq!(lab.node(lab.ops(), &id).await["osInfo"]["source"], "PRESET");

    files.token(&token, 0o600);
    let (code, err) = once(bin, &lab.app().base, &files).await;
    assert_eq!(code, Some(0), "{err}");
    assert!(!err.contains(&token), "the agent printed its token: {err}");
    let node = lab.node(&acme.user, &id).await;
    let os = &node["osInfo"];
    assert_eq!(os["source"], "AGENT", "{node}");
    assert_eq!(os["osType"], "linux");
    assert_eq!(os["osDistro"], "debian");
    assert!(
        os["osVersion"].as_str().is_some_and(|v| v.starts_with("12 (Linux ")),
        "{os}"
    );
    let agent = &node["agent"];
    assert!(
        agent["agentVersion"].as_str().is_some_and(|v| v.starts_with("mole-")),
        "{agent}"
    );
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    assert_eq!(agent["hostname"], host.trim(), "{agent}");

    // Nothing listening: not reported, exit code 1.
    let (code, err) = once(bin, "http://127.0.0.1:9", &files).await;
    assert_eq!(code, Some(1), "{err}");
}

#[tokio::test]
async fn mole_resumes_after_a_server_restart_and_its_death_disconnects_the_desktop() {
    let bin = mole_bin().await;
    let app = TestApp::start_with_env(&[("XSPACE_AGENT_WINDOW_SECONDS", "6")]).await;
    let mut lab = Lab::with_world(World::with_app(app).await).await;
    let (admin, user) = (lab.w.acme.admin.clone(), lab.w.acme.user.clone());
    let id = id_of(&lab.desktop(&admin, WIN, Some(&user)).await);
    let token = lab.agent_token(&admin, &id).await;
    let files = Files::new(UBUNTU, &token, 0o600);
    let relay = Relay::to(lab.app()).await;
    let mut ws = watch(lab.app(), &user.token, &id).await;
    let mut agent = running(bin, &relay.url, &files, "0.5");

    until(&mut ws, "AGENT_CONNECTED", Duration::from_secs(20)).await;
    let node = lab.node(&user, &id).await;
    assert_eq!(node["osInfo"]["source"], "AGENT", "{node}");
    assert_eq!(node["osInfo"]["osDistro"], "ubuntu");
    let before = node["agent"]["lastReportAt"].as_str().expect("lastReportAt").to_owned();

    // The server goes away (nothing answers behind the address for a while: the agent sees it
    // fail) and comes back, restarted, on another port behind the same address.
    *relay.target.lock().expect("target") = "127.0.0.1:9".to_owned();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    lab.w.app.restart().await;
    relay.point_at(lab.app());
    let node = until_node(&lab, &id, Duration::from_secs(20), "the agent reports again", |n| {
        n["agent"]["lastReportAt"].as_str().is_some_and(|t| t > before.as_str())
    })
    .await;
    assert_eq!(node["osInfo"]["source"], "AGENT", "{node}");
    assert_eq!(node["agent"]["connected"], true);
    assert!(agent.try_wait().expect("agent").is_none(), "the agent exited");
    let log = files.log();
    // (It may have seen the outage, "cannot report … reporting again", or not at all when its
    // kept connection was re-made at once: either way it said so at most once.)
    assert!(log.matches("cannot report").count() <= 1, "{log}");
    assert!(!log.contains(&token), "the agent logged its token: {log}");

    // The agent dies: the desktop falls back to its preset after the window, and says so.
    let mut ws = watch(lab.app(), &user.token, &id).await;
    agent.kill().await.expect("kill the agent");
    let kinds = until(&mut ws, "AGENT_DISCONNECTED", Duration::from_secs(30)).await;
    assert_eq!(kinds, ["AGENT_DISCONNECTED"]);
    let node = lab.node(&user, &id).await;
    assert_eq!(node["osInfo"]["source"], "PRESET", "{node}");
    assert_eq!(node["agent"]["reportedOs"]["osDistro"], "ubuntu");
}

#[tokio::test]
async fn mole_says_once_that_its_token_was_refused_then_resumes_and_stops_on_sigterm() {
    let bin = mole_bin().await;
    let lab = Lab::new().await;
    let acme = &lab.w.acme;
    let id = id_of(&lab.desktop(&acme.admin, WIN, None).await);
    let old = lab.agent_token(&acme.admin, &id).await;
    let files = Files::new(UBUNTU, &old, 0o600);
    let mut agent = running(bin, &lab.app().base, &files, "0.3");
    until_node(&lab, &id, Duration::from_secs(20), "the agent reports", |n| {
        n["osInfo"]["source"] == "AGENT"
    })
    .await;

    // Re-issued: the agent's token is refused at every attempt for several seconds.
    let new = lab.agent_token(&acme.admin, &id).await;
    tokio::time::sleep(Duration::from_secs(6)).await;
    let log = files.log();
    assert_eq!(
        log.matches("refused the agent token").count(),
        1,
        "the refusal is said once: {log}"
    );
    assert!(agent.try_wait().expect("agent").is_none(), "the agent exited");

    // The new token in place: it reports again without a restart (the server accepts it; the
    // report changes nothing, so the desktop need not be written).
    files.token(&new, 0o600);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !files.log().contains("reporting again") {
        assert!(
            Instant::now() < deadline,
            "no report with the new token: {}",
            files.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let log = files.log();
    for t in [&old, &new] {
        assert!(!log.contains(t.as_str()), "the agent logged a token: {log}");
    }

    // SIGTERM: a clean exit, at once.
    let pid = agent.id().expect("pid").to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status().await.expect("kill");
    assert!(sent.success());
    let status = tokio::time::timeout(Duration::from_secs(5), agent.wait())
        .await
        .expect("the agent did not stop within 5 s of SIGTERM")
        .expect("wait");
    assert!(status.success(), "{status:?}: {}", files.log());
}
