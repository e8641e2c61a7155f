#![cfg_attr(
    all(not(windows), not(test)),
    expect(dead_code, reason = "the mapping runs on Windows and is tested everywhere")
)]

//! Windows: the registry's `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion` — product name,
//! build, display version, installation type. The mapping is plain functions of those values
//! (tested on recorded ones everywhere); only the registry read is Windows-only.

use super::{OsReport, clip};

/// The values the agent reads from the registry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CurrentVersion {
    /// `ProductName`, e.g. `Windows 10 Pro` (Windows 11 still says 10 here: the build tells).
    pub product_name: String,
    /// `CurrentBuild` (or `CurrentBuildNumber`), e.g. `22631`.
    pub current_build: String,
    /// `DisplayVersion` (or `ReleaseId` on older builds), e.g. `23H2`.
    pub display_version: Option<String>,
    /// `InstallationType`: `Client`, `Server` or `Server Core`.
    pub installation_type: Option<String>,
}

/// Server releases by their first build.
const SERVERS: &[(u32, &str)] = &[
    (26100, "win2025"),
    (20348, "win2022"),
    (17763, "win2019"),
    (14393, "win2016"),
    (9600, "win2012r2"),
    (9200, "win2012"),
    (7601, "win2008r2"),
];

/// Client releases by their first build.
const CLIENTS: &[(u32, &str)] = &[
    (22000, "win11"),
    (10240, "win10"),
    (9600, "win8.1"),
    (9200, "win8"),
    (7600, "win7"),
];

/// The libosinfo-style distro of these values.
pub fn distro(v: &CurrentVersion) -> Option<String> {
    let build: u32 = v.current_build.trim().parse().ok()?;
    let name = v.product_name.to_ascii_lowercase();
    let server = name.contains("server")
        || v.installation_type
            .as_deref()
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("server"));
    if server {
        // The name says the year where the build alone cannot (2016 and 2019 share none, but
        // previews and later releases may).
        for (year, d) in [
            ("2025", "win2025"),
            ("2022", "win2022"),
            ("2019", "win2019"),
            ("2016", "win2016"),
            ("2012 r2", "win2012r2"),
            ("2012", "win2012"),
            ("2008 r2", "win2008r2"),
        ] {
            if name.contains(year) {
                return Some(d.to_owned());
            }
        }
        return SERVERS.iter().find(|(b, _)| build >= *b).map(|(_, d)| (*d).to_owned());
    }
    CLIENTS.iter().find(|(b, _)| build >= *b).map(|(_, d)| (*d).to_owned())
}

/// The version: the display version and the build, e.g. `23H2 (build 22631)`.
pub fn version(v: &CurrentVersion) -> Option<String> {
    let build = v.current_build.trim();
    let shown = v.display_version.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let text = match (shown, build.is_empty()) {
        (Some(d), false) => format!("{d} (build {build})"),
        (Some(d), true) => d.to_owned(),
        (None, false) => format!("build {build}"),
        (None, true) => return None,
    };
    clip(&text, 64)
}

/// The report of these values and host name.
pub fn report(v: &CurrentVersion, hostname: Option<&str>) -> OsReport {
    OsReport {
        os_type: "windows",
        os_distro: distro(v),
        os_version: version(v),
        hostname: hostname.and_then(|h| clip(h, 253)),
    }
}

/// Reads the registry.
#[cfg(windows)]
pub fn detect() -> Result<OsReport, String> {
    use winreg::RegKey;
    use winreg::enums::HKEY_LOCAL_MACHINE;
    let key = RegKey::predef(HKEY_LOCAL_MACHINE)
        .open_subkey("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion")
        .map_err(|e| format!("cannot open the registry's CurrentVersion key: {e}"))?;
    let get = |name: &str| key.get_value::<String, _>(name).ok();
    let v = CurrentVersion {
        product_name: get("ProductName").unwrap_or_default(),
        current_build: get("CurrentBuild")
            .or_else(|| get("CurrentBuildNumber"))
            .unwrap_or_default(),
        display_version: get("DisplayVersion").or_else(|| get("ReleaseId")),
        installation_type: get("InstallationType"),
    };
    let hostname = std::env::var("COMPUTERNAME").ok();
    Ok(report(&v, hostname.as_deref()))
}

/// Not Windows: nothing to read.
#[cfg(not(windows))]
pub fn detect() -> Result<OsReport, String> {
    Err("the Windows registry exists only on Windows".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cv(product: &str, build: &str, display: Option<&str>, kind: &str) -> CurrentVersion {
        CurrentVersion {
            product_name: product.into(),
            current_build: build.into(),
            display_version: display.map(Into::into),
            installation_type: Some(kind.into()),
        }
    }

    #[test]
    fn recorded_registry_values_map_to_distros() {
        let cases = [
            (
                cv("Windows 10 Pro", "22631", Some("23H2"), "Client"),
                "win11",
                "23H2 (build 22631)",
            ),
            (
                cv("Windows 10 Enterprise", "26100", Some("24H2"), "Client"),
                "win11",
                "24H2 (build 26100)",
            ),
            (
                cv("Windows 10 Pro", "19045", Some("22H2"), "Client"),
                "win10",
                "22H2 (build 19045)",
            ),
            (
                cv("Windows 10 Enterprise LTSC 2019", "17763", None, "Client"),
                "win10",
                "build 17763",
            ),
            (
                cv("Windows Server 2022 Datacenter", "20348", Some("21H2"), "Server"),
                "win2022",
                "21H2 (build 20348)",
            ),
            (
                cv("Windows Server 2019 Standard", "17763", None, "Server Core"),
                "win2019",
                "build 17763",
            ),
            (
                cv("Windows Server 2016 Datacenter", "14393", None, "Server"),
                "win2016",
                "build 14393",
            ),
            (
                cv("Windows Server Datacenter", "26100", Some("24H2"), "Server"),
                "win2025",
                "24H2 (build 26100)",
            ),
            (
                cv("Windows 7 Professional", "7601", None, "Client"),
                "win7",
                "build 7601",
            ),
        ];
        for (v, distro_want, version_want) in cases {
            let r = report(&v, Some("PC-042"));
            assert_eq!(r.os_type, "windows");
            assert_eq!(r.os_distro.as_deref(), Some(distro_want), "{v:?}");
            assert_eq!(r.os_version.as_deref(), Some(version_want), "{v:?}");
            assert_eq!(r.hostname.as_deref(), Some("PC-042"));
        }
        assert_eq!(distro(&cv("Windows 10 Pro", "", None, "Client")), None);
    }
}
