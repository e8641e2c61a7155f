//! What ZStack keeps beside a resource rather than in it: its owner and its boot mode.
//!
//! - Owner (R3): `GET /v1/accounts/resources/refs` (AccountResourceRefInventory: `accountUuid` per
//!   `resourceUuid`). Where IAM2 projects exist (`GET /v1/iam2/projects`; an open-source ZStack
//!   answers 404 there), a project's resources belong to its linked account
//!   (IAM2ProjectInventory.linkedAccountUuid), and the driver names the project's uuid; otherwise
//!   the owning account's uuid. That value is the "project" a tenant mapping names.
//! - Boot mode: the system tag `bootMode::Legacy|UEFI|UEFI_WITH_CSM` (ImageSystemTags.java,
//!   VmSystemTags.java), read with `GET /v1/system-tags`; without one ZStack boots Legacy
//!   (KVMHost.java: `bootMode == null ? Legacy`).

use std::collections::HashMap;

use super::pages::{self, Query, text};
use super::session::Session;
use crate::domain::values::BootMode;
use crate::platform::PlatformError;

/// The boot mode a `bootMode::` tag names (`UEFI_WITH_CSM` boots UEFI firmware).
pub fn boot_mode_of_tag(tag: &str) -> Option<BootMode> {
    match tag.strip_prefix("bootMode::")? {
        "Legacy" => Some(BootMode::Bios),
        "UEFI" | "UEFI_WITH_CSM" => Some(BootMode::Uefi),
        _ => None,
    }
}

/// ZStack's spelling of a boot mode.
pub fn tag_value(mode: BootMode) -> &'static str {
    match mode {
        BootMode::Bios => "Legacy",
        BootMode::Uefi => "UEFI",
    }
}

/// Owner and boot mode of resources of one type.
#[derive(Debug, Default)]
pub struct Beside {
    /// Resource uuid → its project (see the module's docs).
    pub projects: HashMap<String, String>,
    /// Resource uuid → its boot mode tag's mode.
    pub boot_modes: HashMap<String, BootMode>,
}

impl Beside {
    /// The boot mode of a resource: its tag's, else Legacy as ZStack boots it.
    pub fn boot_mode(&self, uuid: &str) -> BootMode {
        self.boot_modes.get(uuid).copied().unwrap_or(BootMode::Bios)
    }

    /// The project of a resource, when ZStack says who owns it.
    pub fn project(&self, uuid: &str) -> Option<String> {
        self.projects.get(uuid).cloned()
    }
}

/// IAM2 projects: linked account uuid → project uuid (empty where ZStack has no IAM2).
pub async fn project_accounts(session: &Session, page_size: u32) -> Result<HashMap<String, String>, PlatformError> {
    let query = Query {
        path: "/v1/iam2/projects",
        conditions: &[],
        sort_by: "uuid",
        what: "IAM2 projects",
    };
    match pages::all(session, &query, page_size).await {
        Ok(rows) => Ok(rows
            .iter()
            .filter_map(|p| Some((text(p, "linkedAccountUuid")?.to_owned(), text(p, "uuid")?.to_owned())))
            .collect()),
        // No IAM2 (an open-source ZStack has no such API), or an account that may not see them.
        Err(PlatformError::NotFound(_)) => Ok(HashMap::new()),
        Err(PlatformError::Invalid(m)) if m.contains("ID.1002") => Ok(HashMap::new()),
        Err(e) => Err(e),
    }
}

/// Owners and boot modes of every resource of `resource_type` (`ImageVO`, `VmInstanceVO`), or of
/// one resource when `uuid` is given.
pub async fn read(
    session: &Session,
    resource_type: &str,
    uuid: Option<&str>,
    page_size: u32,
) -> Result<Beside, PlatformError> {
    let mut conditions = vec![format!("resourceType={resource_type}")];
    if let Some(uuid) = uuid {
        conditions.push(format!("resourceUuid={uuid}"));
    }
    let refs = Query {
        path: "/v1/accounts/resources/refs",
        conditions: &conditions,
        sort_by: "resourceUuid",
        what: "resource owners",
    };
    let owners = pages::all(session, &refs, page_size).await?;
    conditions.push("tag~=bootMode::%".to_owned());
    let tags = Query {
        path: "/v1/system-tags",
        conditions: &conditions,
        sort_by: "uuid",
        what: "boot mode tags",
    };
    let tags = pages::all(session, &tags, page_size).await?;
    let linked = project_accounts(session, page_size).await?;
    let projects = owners
        .iter()
        .filter_map(|r| {
            let account = text(r, "accountUuid")?;
            let project = linked.get(account).map_or(account, String::as_str);
            Some((text(r, "resourceUuid")?.to_owned(), project.to_owned()))
        })
        .collect();
    let boot_modes = tags
        .iter()
        .filter_map(|t| Some((text(t, "resourceUuid")?.to_owned(), boot_mode_of_tag(text(t, "tag")?)?)))
        .collect();
    Ok(Beside { projects, boot_modes })
}

/// The account a project value stands for: an IAM2 project's linked account, else the value
/// itself (an account uuid).
pub async fn account_of(session: &Session, project: &str, page_size: u32) -> Result<String, PlatformError> {
    let linked = project_accounts(session, page_size).await?;
    Ok(linked
        .iter()
        .find(|(_, p)| p.as_str() == project)
        .map_or_else(|| project.to_owned(), |(account, _)| account.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boot_mode_tags_are_read() {
        assert_eq!(boot_mode_of_tag("bootMode::UEFI"), Some(BootMode::Uefi));
        assert_eq!(boot_mode_of_tag("bootMode::UEFI_WITH_CSM"), Some(BootMode::Uefi));
        assert_eq!(boot_mode_of_tag("bootMode::Legacy"), Some(BootMode::Bios));
        assert_eq!(boot_mode_of_tag("bootMode::Other"), None);
        assert_eq!(boot_mode_of_tag("qemuga"), None);
        assert_eq!(Beside::default().boot_mode("x"), BootMode::Bios);
        assert_eq!(tag_value(BootMode::Uefi), "UEFI");
    }
}
