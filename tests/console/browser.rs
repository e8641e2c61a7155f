//! The console's workflows in Chromium: `console/e2e/run.mjs` prints one JSON line per case; every
//! case listed here must be there and have passed.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use support::harness::TestApp;
use support::node::{self, show};

/// Set to `skip` where Node, npm or Chromium cannot be had.
const SKIP_VAR: &str = "XSPACE_CONSOLE_TESTS";
/// Tokens of the server under test live this long, so that the console renews its token (and
/// moves its subscriptions) during the run.
const TOKEN_TTL_SECONDS: &str = "40";
/// The script bounds each step; this only guards against a Node that never exits.
const RUN_TIMEOUT: Duration = Duration::from_secs(600);

/// Every case the script must report as passed.
const CASES: &[&str] = &[
    "login.refused-shows-sentence",
    "system.platforms-sync-live",
    "system.platform-add-edit-remove",
    "system.platform-own-page-and-mapping",
    "system.cirrus-to-virtio-becomes-ready",
    "system.images-filtered-by-boot-mode-on-the-server",
    "system.zsphere-boot-mode-workaround-with-progress",
    "system.smartx-template-virtio-by-copy",
    "system.tenant-and-user-created",
    "system.desktops-of-every-tenant",
    "system.tour-axe-screenshots-zh",
    "walls.tenant-admin-sees-no-system-images-edit",
    "walls.user-sees-only-own-desktops",
    "tenant.edit-create-stale-update-user-sees-new-password",
    "tenant.tour-axe-screenshots-zh",
    "user.ad-mode-shows-no-password",
    "user.agent-report-changes-icon-live",
    "user.lost-socket-reconnects-and-rereads",
    "user.token-renewed-live-updates-continue",
    "user.tour-axe-screenshots-zh",
    "a11y.dialog-keyboard-trap-and-escape",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Debian's Chromium if installed.
fn installed_chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Installs Debian's Chromium (and a CJK font for the Chinese pages) on first run, as the other
/// suites install their PyPI and npm packages; only where apt-get can (as root).
fn install_chromium() {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0");
    if !root {
        return;
    }
    eprintln!("installing Debian's Chromium for the console's browser tests: apt-get install chromium");
    let script = "apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei";
    let _ = std::process::Command::new("sh")
        .args(["-c", script])
        .stdin(Stdio::null())
        .status();
}

/// Debian's Chromium (never a downloaded browser build).
fn chromium() -> PathBuf {
    if let Ok(p) = std::env::var("CHROMIUM_PATH") {
        return PathBuf::from(p);
    }
    installed_chromium()
        .or_else(|| {
            install_chromium();
            installed_chromium()
        })
        .unwrap_or_else(|| {
            panic!(
                "the console's browser tests need Chromium: `apt-get install -y chromium` (Debian's package), or set \
                 CHROMIUM_PATH (or {SKIP_VAR}=skip to skip them)"
            )
        })
}

#[tokio::test]
async fn console_workflows_in_chromium() {
    if std::env::var(SKIP_VAR).is_ok_and(|v| v == "skip") {
        support::skip::say(&format!(
            "{SKIP_VAR}=skip (the browser tests need Node.js, npm and Chromium)"
        ));
        return;
    }
    let major = node::node_major(SKIP_VAR).await;
    assert!(
        major >= 20,
        "the console's tests need Node ≥ 20; this is Node {major} (set {SKIP_VAR}=skip to skip them)"
    );
    let browser = chromium();
    let dir = root().join("console");
    node::ensure_modules(&dir, SKIP_VAR).await;

    // The catalogues' unit test (the same keys in English and Chinese, every error code in both).
    let unit = Command::new("node")
        .args(["node_modules/vitest/vitest.mjs", "run"])
        .current_dir(&dir)
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output()
        .await
        .expect("run vitest");
    assert!(
        unit.status.success(),
        "console unit tests (vitest) failed:\n{}",
        show(&unit)
    );

    let mut app = TestApp::prepare().await;
    app.serve_demo(&[("XSPACE_TOKEN_TTL_SECONDS", TOKEN_TTL_SECONDS)]).await;
    let shots = root().join("target/console-screenshots");
    let run = Command::new("node")
        .arg(dir.join("e2e/run.mjs"))
        .arg(&app.base)
        .current_dir(&dir)
        .env("CHROMIUM_PATH", &browser)
        .env("XSPACE_SCREENSHOTS", &shots)
        .env("XSPACE_E2E_TOKEN_TTL", TOKEN_TTL_SECONDS)
        .env_remove("XSPACE_CONSOLE_ONLY")
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(RUN_TIMEOUT, run)
        .await
        .unwrap_or_else(|_| panic!("console/e2e/run.mjs did not exit within {RUN_TIMEOUT:?}"))
        .expect("run node console/e2e/run.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    println!("{stdout}");
    let (failed, missing) = node::cases(&stdout, CASES);
    assert!(
        out.status.success() && failed.is_empty() && missing.is_empty(),
        "the console failed in the browser\nfailed:\n{}\nnot passed: {missing:?}\n{}\n--- the server's log (tail)\n{}",
        failed.join("\n"),
        show(&out),
        app.server_log_tail(40)
    );
    eprintln!("screenshots: {}", shots.display());
}
