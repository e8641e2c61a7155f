//! Running a Node.js script of this repository (a directory under `tests/` with its own
//! `package.json` and `package-lock.json`) against the real server: Node's version, and the
//! locked npm packages installed with `npm ci` when they are not there yet.
//!
//! Each test that needs Node names an environment variable that, set to `skip`, skips it where
//! Node or the npm registry cannot be had; anything else runs the test, and a missing Node fails it.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use serde_json::Value;
use tokio::process::Command;

use crate::harness::repo_root;
use crate::skip::say;

/// `tests/<name>` of this repository.
pub fn script_dir(name: &str) -> PathBuf {
    repo_root().join("tests").join(name)
}

/// True when the test is to be skipped (`skip_var=skip`); says so.
pub fn skipped(skip_var: &str, what: &str) -> bool {
    let skip = std::env::var(skip_var).is_ok_and(|v| v == "skip");
    if skip {
        say(&format!("{skip_var}=skip ({what} needs Node.js and npm)"));
    }
    skip
}

/// What a script printing one JSON line per case (`{case, ok, error}`) says of `required`: the
/// cases that failed (`case: error`) and the required ones not reported as passed.
pub fn cases(stdout: &str, required: &[&str]) -> (Vec<String>, Vec<String>) {
    let lines: Vec<Value> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .collect();
    let failed = lines
        .iter()
        .filter(|l| l["ok"] == false)
        .map(|l| format!("{}: {}", l["case"], l["error"].as_str().unwrap_or_default()))
        .collect();
    let missing = required
        .iter()
        .filter(|c| !lines.iter().any(|l| l["case"] == **c && l["ok"] == true))
        .map(|c| (*c).to_owned())
        .collect();
    (failed, missing)
}

pub fn show(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Node's major version; panics (with the way out) when there is no usable Node.
pub async fn node_major(skip_var: &str) -> u32 {
    let out = Command::new("node")
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .await
        .unwrap_or_else(|e| {
            panic!(
                "Node.js is needed, but `node` could not be run: {e}\n(where Node cannot be had, set {skip_var}=skip)"
            )
        });
    let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    version
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or_else(|| panic!("`node --version` said {version:?}"))
}

/// True when every dependency (and dev dependency) in package.json is installed at its pinned version.
fn modules_installed(dir: &Path) -> bool {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("package.json")).unwrap_or_else(|e| panic!("{}: {e}", dir.display())),
    )
    .expect("package.json is JSON");
    ["dependencies", "devDependencies"]
        .iter()
        .filter_map(|k| manifest[*k].as_object())
        .flatten()
        .all(|(name, version)| {
            std::fs::read_to_string(dir.join("node_modules").join(name).join("package.json"))
                .ok()
                .and_then(|t| serde_json::from_str::<Value>(&t).ok())
                .is_some_and(|installed| installed["version"] == *version)
        })
}

/// Installs the locked npm packages of `dir` unless they are there already. One install at a time:
/// two tests of this binary installing into one folder at once break each other's.
pub async fn ensure_modules(dir: &Path, skip_var: &str) {
    static INSTALLING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _one_at_a_time = INSTALLING.lock().await;
    if modules_installed(dir) {
        return;
    }
    eprintln!("installing the locked npm packages: npm ci --prefix {}", dir.display());
    let out = Command::new("npm")
        .args(["ci", "--prefix"])
        .arg(dir)
        .args(["--no-audit", "--no-fund", "--loglevel=error"])
        .stdin(Stdio::null())
        .kill_on_drop(true)
        .output()
        .await
        .unwrap_or_else(|e| panic!("cannot run npm: {e}\n(set {skip_var}=skip to skip this test)"));
    assert!(
        out.status.success() && modules_installed(dir),
        "`npm ci --prefix {}` failed (set {skip_var}=skip where the npm registry cannot be reached):\n{}",
        dir.display(),
        show(&out)
    );
}
