//! A test that does not run here — a backend it does not apply to, or a tool set to `skip` —
//! says so in `cargo test`'s output. The line goes straight to the process's standard error, past
//! the test harness's capture, which would show it only for a failed test.

use std::io::Write as _;

/// Writes `skipped <test>: <why>` where a passing run shows it. The test's name is its thread's
/// (the test harness names each test's thread after the test).
pub fn say(why: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let _ = writeln!(std::io::stderr().lock(), "skipped {test}: {why}");
}
