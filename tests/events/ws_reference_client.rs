//! The WebSocket protocol checked with the reference client: `graphql-ws` from npm (pinned in
//! `tests/ws-client/package.json`), run by Node against the real server. `conformance.mjs` prints
//! one JSON line per case; every case listed here must be there and have passed.
//!
//! Needs Node ≥ 20; the npm packages are installed with `npm ci` when `tests/ws-client/node_modules`
//! lacks them. Set `XSPACE_WS_CLIENT_TESTS=skip` where Node or the npm registry cannot be had;
//! anything else runs the test, and a missing Node fails it.

use std::process::Stdio;
use std::time::Duration;

use tokio::process::Command;

use support::harness::TestApp;
use support::node;
use support::world::World;

/// Set to `skip` where Node or the npm registry cannot be had.
const SKIP_VAR: &str = "XSPACE_WS_CLIENT_TESTS";
/// The lifetime of the tokens of the second server, whose connections must close at expiry.
const SHORT_TTL_SECONDS: &str = "8";
/// The script bounds itself (120 s); this only guards against a Node that never exits.
const RUN_TIMEOUT: Duration = Duration::from_secs(240);

/// Every case the script must report as passed.
const CASES: &[&str] = &[
    "a.subscription-receives-event",
    "b.query-over-ws",
    "b.mutation-over-ws",
    "c.rejected-token-4403",
    "c.missing-token-4403",
    "d.forbidden-subscription-error",
    "d.invalid-subscription-error",
    "e.unsubscribe-stops-events",
    "f.init-timeout-4408",
    "f.subscribe-before-ack-4401",
    "f.duplicate-id-4409",
    "f.second-init-4429",
    "f.no-subprotocol-4406",
    "f.wrong-subprotocol-refused",
    "f.ping-pong-echo",
    "f.invalid-json-4400",
    "f.invalid-message-4400",
    "f.subscribe-without-query-4400",
    "f.duplicate-long-id-4409",
    "keepalive.client-answers-pings",
    "keepalive.silent-peer-4504",
    "token-expiry-4403",
];

#[tokio::test]
async fn ws_reference_client_conformance() {
    if node::skipped(SKIP_VAR, "the reference WebSocket client") {
        return;
    }
    let major = node::node_major(SKIP_VAR).await;
    assert!(
        major >= 20,
        "graphql-ws 6 needs Node ≥ 20; this is Node {major} (set {SKIP_VAR}=skip to skip this test)"
    );
    let dir = node::script_dir("ws-client");
    node::ensure_modules(&dir, SKIP_VAR).await;

    let w = World::new().await;
    let p = w.standard_platform("OPENSTACK", "").await;
    // A second server whose tokens live seconds: its connections must be closed at expiry.
    let short = TestApp::start_with_env(&[("XSPACE_TOKEN_TTL_SECONDS", SHORT_TTL_SECONDS)]).await;
    let expiring = short.login(None, "ops", &short.admin_password.clone()).await;

    let run = Command::new("node")
        .arg(dir.join("conformance.mjs"))
        .current_dir(&dir)
        .env("XSPACE_WS_URL", w.app.ws_url())
        .env("XSPACE_HTTP_URL", &w.app.base)
        .env("XSPACE_ADMIN_TOKEN", &w.ops.token)
        .env("XSPACE_TENANT_TOKEN", &w.acme.user.token)
        .env("XSPACE_PLATFORM_ID", &p.id)
        .env("XSPACE_EXPIRING_WS_URL", short.ws_url())
        .env("XSPACE_EXPIRING_TOKEN", &expiring.token)
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(RUN_TIMEOUT, run)
        .await
        .unwrap_or_else(|_| panic!("conformance.mjs did not exit within {RUN_TIMEOUT:?}"))
        .expect("run node tests/ws-client/conformance.mjs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    println!("{stdout}");

    let (failed, missing) = node::cases(&stdout, CASES);
    assert!(
        out.status.success() && failed.is_empty() && missing.is_empty(),
        "the reference client (graphql-ws) found the server out of protocol\nfailed: {}\nnot passed: \
         {missing:?}\n{}\n--- the server's log (tail)\n{}",
        failed.join("\n"),
        node::show(&out),
        w.app.server_log_tail(40)
    );
}
