//! Linux: `os-release` (freedesktop.org) for the distro and version, the kernel release, and the
//! host name, read from files (no system call the standard library does not make).

use std::path::Path;

use super::{OsReport, clip, distro_name};

/// The `ID` of `os-release` → the libosinfo-style distro the server expects. An `ID` not listed
/// is used as it is when it is a valid name.
const DISTROS: &[(&str, &str)] = &[
    ("ubuntu", "ubuntu"),
    ("debian", "debian"),
    ("centos", "centos"),
    ("rhel", "rhel"),
    ("rocky", "rocky"),
    ("almalinux", "almalinux"),
    ("fedora", "fedora"),
    ("opensuse-leap", "opensuse"),
    ("opensuse-tumbleweed", "opensuse"),
    ("sles", "sles"),
    ("uos", "uos"),
    ("uniontech", "uos"),
    ("kylin", "kylin"),
    ("neokylin", "kylin"),
    ("openeuler", "openeuler"),
    ("deepin", "deepin"),
    ("anolis", "anolis"),
];

/// The value of `key` in `os-release` text (quotes and escapes removed).
pub fn field(text: &str, key: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.trim().split_once('=')?;
        if k.trim() != key {
            return None;
        }
        let v = v.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(v);
        Some(v.replace("\\\"", "\"").replace("\\\\", "\\"))
    })
}

/// The distro named by `os-release`: its `ID`, else the first known name of `ID_LIKE`.
pub fn distro(text: &str) -> Option<String> {
    let known = |id: &str| {
        let id = id.trim().to_ascii_lowercase();
        DISTROS.iter().find(|(k, _)| *k == id).map(|(_, v)| (*v).to_owned())
    };
    let id = field(text, "ID").unwrap_or_default();
    if let Some(d) = known(&id) {
        return Some(d);
    }
    let like = field(text, "ID_LIKE").unwrap_or_default();
    distro_name(&id).or_else(|| like.split_whitespace().find_map(known))
}

/// The version: `VERSION_ID` with the kernel release, e.g. `24.04 (Linux 6.8.0-45-generic)`.
pub fn version(text: &str, kernel: Option<&str>) -> Option<String> {
    let id = field(text, "VERSION_ID").filter(|v| !v.trim().is_empty());
    let v = match (id, kernel.map(str::trim).filter(|k| !k.is_empty())) {
        (Some(id), Some(k)) => format!("{id} (Linux {k})"),
        (Some(id), None) => id,
        (None, Some(k)) => format!("Linux {k}"),
        (None, None) => return None,
    };
    clip(&v, 64)
}

fn read(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// Reads the machine: `os_release` (normally `/etc/os-release`), the kernel, the host name.
pub fn detect(os_release: &Path) -> Result<OsReport, String> {
    let text = std::fs::read_to_string(os_release).map_err(|e| format!("cannot read {}: {e}", os_release.display()))?;
    let kernel = read("/proc/sys/kernel/osrelease");
    let hostname = read("/proc/sys/kernel/hostname").or_else(|| read("/etc/hostname"));
    Ok(OsReport {
        os_type: "linux",
        os_distro: distro(&text),
        os_version: version(&text, kernel.as_deref()),
        hostname: hostname.as_deref().and_then(|h| clip(h, 253)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const UBUNTU: &str = "PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nNAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\n\
        VERSION=\"24.04.1 LTS (Noble Numbat)\"\nID=ubuntu\nID_LIKE=debian\n";
    const RHEL: &str = "NAME=\"Red Hat Enterprise Linux\"\nVERSION=\"9.4 (Plow)\"\nID=\"rhel\"\n\
        ID_LIKE=\"fedora\"\nVERSION_ID=\"9.4\"\n";
    const CENTOS: &str = "NAME=\"CentOS Linux\"\nVERSION=\"7 (Core)\"\nID=\"centos\"\nID_LIKE=\"rhel fedora\"\n\
        VERSION_ID=\"7\"\n";
    const UOS: &str = "PRETTY_NAME=\"UnionTech OS Server 20\"\nNAME=\"UnionTech OS Server 20\"\n\
        VERSION_ID=\"20\"\nVERSION=\"20\"\nID=uos\nHOME_URL=\"https://www.chinauos.com/\"\n";
    const KYLIN: &str = "NAME=\"Kylin Linux Advanced Server\"\nVERSION=\"V10 (Lance)\"\nID=\"kylin\"\n\
        VERSION_ID=\"V10\"\nPRETTY_NAME=\"Kylin Linux Advanced Server V10 (Lance)\"\n";
    const DEBIAN: &str = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n\
        VERSION_ID=\"12\"\nVERSION=\"12 (bookworm)\"\nID=debian\n";
    const ODD: &str = "ID=\"My Distro\"\nID_LIKE=\"centos rhel\"\n";
    const ARCH: &str = "NAME=\"Arch Linux\"\nID=arch\nBUILD_ID=rolling\n";

    #[test]
    fn recorded_os_release_files_map_to_distros() {
        for (text, want) in [
            (UBUNTU, "ubuntu"),
            (RHEL, "rhel"),
            (CENTOS, "centos"),
            (UOS, "uos"),
            (KYLIN, "kylin"),
            (DEBIAN, "debian"),
            (ODD, "centos"),
            (ARCH, "arch"),
        ] {
            assert_eq!(distro(text).as_deref(), Some(want), "{text}");
        }
        assert_eq!(distro(""), None);
    }

    #[test]
    fn the_version_carries_the_kernel() {
        assert_eq!(
            version(UBUNTU, Some("6.8.0-45-generic\n")).as_deref(),
            Some("24.04 (Linux 6.8.0-45-generic)")
        );
        assert_eq!(version(KYLIN, None).as_deref(), Some("V10"));
        assert_eq!(version(ARCH, Some("6.10.1")).as_deref(), Some("Linux 6.10.1"));
        assert_eq!(version(ARCH, None), None);
        assert_eq!(field(RHEL, "NAME").as_deref(), Some("Red Hat Enterprise Linux"));
    }
}
