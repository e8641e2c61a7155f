//! GraphQL over HTTP checked with the `graphql-http` audit suite (npm, pinned in
//! `tests/http-audit/package.json`): `audit.mjs` runs every one of its server audits against the
//! real server, in development mode and in production mode, and prints one JSON line per audit.
//! A failed MUST is an `error`, a failed SHOULD a `warn`, a failed MAY a `notice`.
//!
//! Required: no error and no warning, except the ones listed here, each answered by a documented
//! security choice of production mode (README, "GraphQL over HTTP"); a listed exception that no
//! longer fails fails the test too, so the list stays true. Notices (MAYs the server chooses not
//! to do) are printed, not judged.
//!
//! Needs Node ≥ 20; `npm ci` installs the packages when `tests/http-audit/node_modules` lacks them.
//! Set `XSPACE_HTTP_AUDIT_TESTS=skip` where Node or the npm registry cannot be had.

use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;
use tokio::process::Command;

use support::harness::TestApp;
use support::node;

const SKIP_VAR: &str = "XSPACE_HTTP_AUDIT_TESTS";
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

/// An audit allowed to fail, with the status it fails with and why.
struct Exception {
    id: &'static str,
    status: &'static str,
    reason: &'static str,
}

/// Production mode: introspection is off (DESIGN §6; graphql_cop.rs), and these audits query
/// `__type(name: $name)` to check that `variables` are read: they are, and the document is then
/// refused as introspection (`GRAPHQL_VALIDATION_FAILED`: 200 with an error in
/// `application/json`, 400 in `application/graphql-response+json`). The same audits pass in
/// development mode.
const PRODUCTION: &[Exception] = &[
    Exception {
        id: "28B9",
        status: "error",
        reason: "MUST allow map {variables} (application/json): its document is `__type(name: $name)`, \
                 introspection, which production mode refuses",
    },
    Exception {
        id: "2EA1",
        status: "warn",
        reason: "SHOULD allow map {variables} (application/graphql-response+json): the same `__type` \
                 document, refused in production mode",
    },
];

/// Development mode: none.
const DEVELOPMENT: &[Exception] = &[];

/// Audits whose absence means the suite did not run as expected (the ones GraphQL over HTTP is
/// most about: media types, request errors per media type, GET mutations).
const MUST_BE_AUDITED: &[&str] = &[
    "22EB", "4655", "47DE", "80D8", "82A3", "BF61", "2C94", "9C48", "9ABE", "03D4", "13EE", "B8B3", "28B9", "1B7A",
    "BCF8", "B7N8", "572B", "FDE2", "7B9B", "865D", "556A", "D586", "51FE", "74FF", "5E5B", "86EE",
];

async fn run_audit(app: &TestApp) -> Vec<Value> {
    let dir = node::script_dir("http-audit");
    let run = Command::new("node")
        .arg(dir.join("audit.mjs"))
        .arg("--url")
        .arg(format!("{}/graphql", app.base))
        .current_dir(&dir)
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output();
    let out = tokio::time::timeout(RUN_TIMEOUT, run)
        .await
        .unwrap_or_else(|_| panic!("audit.mjs did not exit within {RUN_TIMEOUT:?}"))
        .expect("run node tests/http-audit/audit.mjs");
    assert!(out.status.success(), "audit.mjs failed:\n{}", node::show(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<Value> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .collect();
    assert!(
        lines.iter().any(|l| l.get("summary").is_some()),
        "audit.mjs printed no summary:\n{}",
        node::show(&out)
    );
    lines.into_iter().filter(|l| l.get("id").is_some()).collect()
}

/// Runs the suite against `app` and judges it against `allowed`.
async fn audit(app: &TestApp, mode: &str, allowed: &[Exception]) {
    let results = run_audit(app).await;
    let status_of = |id: &str| {
        results
            .iter()
            .find(|r| r["id"] == id)
            .and_then(|r| r["status"].as_str())
    };
    let missing: Vec<&str> = MUST_BE_AUDITED
        .iter()
        .copied()
        .filter(|id| status_of(id).is_none())
        .collect();
    let mut wrong = vec![];
    for r in &results {
        let id = r["id"].as_str().unwrap_or_default();
        match r["status"].as_str().unwrap_or_default() {
            "ok" => {}
            "notice" => println!("{mode}: notice (a MAY not done): {r}"),
            status => {
                if !allowed.iter().any(|e| e.id == id && e.status == status) {
                    wrong.push(format!("{status}: {r}"));
                }
            }
        }
    }
    for e in allowed {
        let got = status_of(e.id);
        if got != Some(e.status) {
            wrong.push(format!(
                "exception {} ({}) is listed as {} but the audit says {got:?}: update the list and README",
                e.id, e.reason, e.status
            ));
        }
    }
    println!(
        "{mode}: {} audits, {} ok",
        results.len(),
        results.iter().filter(|r| r["status"] == "ok").count()
    );
    assert!(
        missing.is_empty() && wrong.is_empty(),
        "GraphQL over HTTP in {mode} mode, checked by graphql-http's audits:\nnot audited: {missing:?}\n{}\n\
         --- the server's log (tail)\n{}",
        wrong.join("\n"),
        app.server_log_tail(30)
    );
}

/// False when the test is skipped; otherwise Node is there and the packages installed.
async fn node_ready() -> bool {
    if node::skipped(SKIP_VAR, "the graphql-http audit suite") {
        return false;
    }
    let major = node::node_major(SKIP_VAR).await;
    assert!(major >= 20, "the audit needs Node ≥ 20; this is Node {major}");
    node::ensure_modules(&node::script_dir("http-audit"), SKIP_VAR).await;
    true
}

#[tokio::test]
async fn graphql_over_http_audit_development() {
    if !node_ready().await {
        return;
    }
    let app = TestApp::start().await;
    audit(&app, "development", DEVELOPMENT).await;
}

#[tokio::test]
async fn graphql_over_http_audit_production() {
    if !node_ready().await {
        return;
    }
    let app = TestApp::start_with_env(&[("XSPACE_ENV", "production")]).await;
    audit(&app, "production", PRODUCTION).await;
}
