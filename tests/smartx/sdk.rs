//! Fidelity of the stand-in: the vendor's own Python SDK (`cloudtower-sdk` from PyPI, client-side
//! validation on) logs in, lists clusters, templates (firmware and video type parsed), per-cluster
//! templates and VMs, creates a VM from a template and follows its task, saves and deletes, and
//! parses every answer (`tests/standins/cloudtower_sdk_check.py`).

use std::process::Command;

use crate::standin::{Standin, root};

const SKIP_VAR: &str = "XSPACE_CLOUDTOWER_SDK_TESTS";

#[tokio::test]
async fn the_vendor_sdk_accepts_the_standin() {
    if std::env::var(SKIP_VAR).is_ok_and(|v| v == "skip") {
        support::skip::say(&format!("{SKIP_VAR}=skip (the SDK check needs python3 and PyPI)"));
        return;
    }
    let setup = Command::new(root().join("scripts/cloudtower/setup-venv.sh"))
        .output()
        .expect("run scripts/cloudtower/setup-venv.sh");
    assert!(
        setup.status.success(),
        "the CloudTower SDK venv could not be set up (set {SKIP_VAR}=skip where PyPI cannot be had):\n{}{}",
        String::from_utf8_lossy(&setup.stdout),
        String::from_utf8_lossy(&setup.stderr)
    );
    let ct = Standin::start();
    let venv = std::env::var("XSPACE_CLOUDTOWER_VENV")
        .map_or_else(|_| root().join("target/cloudtower-venv"), std::path::PathBuf::from);
    let out = Command::new(venv.join("bin/python"))
        .arg(root().join("tests/standins/cloudtower_sdk_check.py"))
        .arg(&ct.url)
        .output()
        .expect("run the SDK check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success() && stdout.contains("all SDK checks passed"),
        "the SDK refused the stand-in:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
