//! The agent token: from a file no one else may read (mode 0600 or narrower), or `MOLE_TOKEN`.
//! It is never printed: errors name the file, never its content.

use std::path::Path;

use crate::args::TokenSource;

/// The token, or why there is none.
pub fn read(source: &TokenSource) -> Result<String, String> {
    let text = match source {
        TokenSource::Env => std::env::var("MOLE_TOKEN").map_err(|_| "MOLE_TOKEN is not set".to_owned())?,
        TokenSource::File(path) => from_file(path)?,
    };
    let token = text.trim();
    if token.is_empty() || token.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(match source {
            TokenSource::Env => "MOLE_TOKEN does not hold a token".to_owned(),
            TokenSource::File(p) => format!(
                "{} does not hold a token (one line, as issueAgentToken gave it)",
                p.display()
            ),
        });
    }
    Ok(token.to_owned())
}

fn from_file(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read the token file {}: {e}", path.display()))?;
    check_mode(path, &meta)?;
    std::fs::read_to_string(path).map_err(|e| format!("cannot read the token file {}: {e}", path.display()))
}

#[cfg(unix)]
fn check_mode(path: &Path, meta: &std::fs::Metadata) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = meta.permissions().mode() & 0o777;
    if mode & !0o600 != 0 {
        return Err(format!(
            "the token file {} has mode {mode:04o}, wider than 0600: others could read the token; \
             run `chmod 600 {}` (and keep it owned by the agent's user)",
            path.display(),
            path.display()
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_mode(_: &Path, _: &std::fs::Metadata) -> Result<(), String> {
    // Windows: protect the file with its ACL (readable by SYSTEM and Administrators only).
    Ok(())
}

#[cfg(all(test, unix))]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn a_file_others_may_read_is_refused_without_showing_the_token() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("token");
        std::fs::write(&path, "xsa_secret-value\n").unwrap();
        for (mode, ok) in [
            (0o600, true),
            (0o400, true),
            (0o644, false),
            (0o640, false),
            (0o700, false),
        ] {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
            let got = read(&TokenSource::File(path.clone()));
            if ok {
                assert_eq!(got.as_deref(), Ok("xsa_secret-value"));
            } else {
                let e = got.unwrap_err();
                assert!(e.contains("0600") && !e.contains("secret-value"), "{e}");
            }
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::write(&path, "\n").unwrap();
        assert!(read(&TokenSource::File(path)).is_err());
    }
}
