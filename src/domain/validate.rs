//! Parse, don't validate: checks that turn raw input into values the rules accept.

use crate::error::{ApiError, ApiResult};

/// A display name: trimmed, 1 to 200 characters.
pub fn name(field: &str, value: &str) -> ApiResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(ApiError::bad_input(format!("`{field}` must not be empty")));
    }
    if v.chars().count() > 200 {
        return Err(ApiError::bad_input(format!(
            "`{field}` may have at most 200 characters"
        )));
    }
    if v.chars().any(char::is_control) {
        return Err(ApiError::bad_input(format!(
            "`{field}` must not contain control characters"
        )));
    }
    Ok(v.to_owned())
}

/// A login name: 1 to 64 of letters, digits and `. _ @ -`.
pub fn username(value: &str) -> ApiResult<String> {
    let ok = !value.is_empty()
        && value.len() <= 64
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '@' | '-'));
    if ok {
        Ok(value.to_owned())
    } else {
        Err(ApiError::bad_input(
            "`username` must be 1-64 letters, digits or . _ @ -",
        ))
    }
}

/// A tenant slug: 2 to 32 of lower-case letters, digits and `-`, starting with a letter.
pub fn slug(value: &str) -> ApiResult<String> {
    let ok = (2..=32).contains(&value.len())
        && value.starts_with(|c: char| c.is_ascii_lowercase())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(value.to_owned())
    } else {
        Err(ApiError::bad_input(
            "`slug` must be 2-32 lower-case letters, digits or -, starting with a letter",
        ))
    }
}

/// An OS type as Glance spells it: `windows` or `linux`.
pub fn os_type(value: Option<&str>) -> ApiResult<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => {
            let v = v.to_ascii_lowercase();
            if v == "windows" || v == "linux" {
                Ok(Some(v))
            } else {
                Err(ApiError::bad_input("`osType` must be \"windows\" or \"linux\""))
            }
        }
    }
}

/// An OS distro, lower-case libosinfo style (`ubuntu`, `win10`, `rhel9.2`): 1 to 64 of a-z 0-9 . _ -.
pub fn os_distro(value: Option<&str>) -> ApiResult<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => {
            let v = v.to_ascii_lowercase();
            let ok = v.len() <= 64
                && v.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
            if ok {
                Ok(Some(v))
            } else {
                Err(ApiError::bad_input(
                    "`osDistro` must be a lower-case name such as ubuntu or win10",
                ))
            }
        }
    }
}

/// An OS login name for an image: 1 to 256 characters, no control characters.
pub fn os_username(value: &str) -> ApiResult<String> {
    let v = value.trim();
    if v.is_empty() || v.chars().count() > 256 || v.chars().any(char::is_control) {
        return Err(ApiError::bad_input("`username` must be 1-256 characters"));
    }
    Ok(v.to_owned())
}

/// An OS password: 1 to 1024 characters, kept exactly as given.
pub fn os_password(value: &str) -> ApiResult<String> {
    if value.is_empty() || value.chars().count() > 1024 {
        return Err(ApiError::bad_input("`password` must be 1-1024 characters"));
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_bad_values() {
        assert!(name("name", "  ").is_err());
        assert!(username("a b").is_err());
        assert!(slug("Acme").is_err());
        assert!(slug("acme-2").is_ok());
        assert!(os_type(Some("macos")).is_err());
        assert_eq!(os_type(Some("Windows")).ok().flatten().as_deref(), Some("windows"));
        assert!(os_distro(Some("Ubuntu 22")).is_err());
        assert!(os_password("").is_err());
    }
}
