//! The real OS of the machine, as the report's `osType`, `osDistro` and `osVersion` say it:
//! `linux` or `windows`, a lower-case libosinfo-style distro (`ubuntu`, `rhel`, `uos`, `kylin`,
//! `win10`, `win11`, `win2022` …), and a version.

pub mod linux;
pub mod windows;

use std::path::Path;

/// What the agent reports about the machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsReport {
    /// `linux` or `windows`.
    pub os_type: &'static str,
    /// The distro, when it is known.
    pub os_distro: Option<String>,
    /// The version, when it is known.
    pub os_version: Option<String>,
    /// The machine's host name.
    pub hostname: Option<String>,
}

/// Reads the machine this runs on; `os_release` is the Linux `os-release` file to read.
pub fn detect(os_release: &Path) -> Result<OsReport, String> {
    if cfg!(windows) {
        windows::detect()
    } else {
        linux::detect(os_release)
    }
}

/// At most `max` characters of `s`, trimmed; `None` when nothing is left.
pub fn clip(s: &str, max: usize) -> Option<String> {
    let s: String = s.trim().chars().filter(|c| !c.is_control()).take(max).collect();
    let s = s.trim().to_owned();
    (!s.is_empty()).then_some(s)
}

/// A distro name the server accepts: 1 to 64 of `a-z 0-9 . _ -`.
pub fn distro_name(s: &str) -> Option<String> {
    let s = s.trim().to_ascii_lowercase();
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    ok.then_some(s)
}
