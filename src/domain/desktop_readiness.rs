//! R6/R8 for desktops: a desktop whose boot mode differs from its source's, or whose source's
//! video model is not virtio, is flagged. The API refuses to create one; a sync imports such VMs
//! (they exist on the platform) but flags them, never silently.

use crate::db::models::{DesktopRow, SourceRow};
use crate::domain::readiness::Problem;

/// Every problem of a desktop made from `source`; none means ready.
pub fn problems(desktop: &DesktopRow, source: &SourceRow) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(source_boot) = source.boot_mode
        && source_boot != desktop.boot_mode
    {
        out.push(Problem {
            code: "BOOT_MODE_MISMATCH",
            message: format!(
                "the VM boots {} but its image or template is {source_boot}: it may not boot (R6)",
                desktop.boot_mode
            ),
        });
    }
    if source.video_model.as_deref() != Some("virtio") {
        let model = source.video_model.as_deref().unwrap_or("unknown");
        out.push(Problem {
            code: "VIDEO_MODEL_NOT_VIRTIO",
            message: format!("its image or template's video model is {model}; desktops need virtio (R8)"),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::models::NewDesktopRow;
    use crate::domain::id::{DesktopId, PlatformId, SourceId, TenantId};
    use crate::domain::values::{BootMode, LoginMode, Resource};

    fn desktop(boot_mode: BootMode) -> DesktopRow {
        DesktopRow::new(NewDesktopRow {
            id: DesktopId::new(),
            tenant_id: TenantId::new(),
            owner_id: None,
            platform_id: PlatformId::new(),
            source_id: SourceId::new(),
            external_id: "x".into(),
            name: "n".into(),
            boot_mode,
            login_mode: LoginMode::Local,
            ad_domain: None,
            at: chrono::NaiveDateTime::default(),
        })
    }

    #[test]
    fn boot_mode_and_video_model_are_checked() {
        let source = SourceRow {
            id: SourceId::new(),
            platform_id: PlatformId::new(),
            resource: Resource::Image,
            external_id: "x".into(),
            name: "n".into(),
            boot_mode: Some(BootMode::Uefi),
            video_model: Some("virtio".into()),
            status: "active".into(),
            size_bytes: None,
            project: None,
            tenant_id: None,
            os_type: None,
            os_distro: None,
            os_username: None,
            os_password_enc: None,
            credentials_version: 1,
            removed: false,
            version: 1,
            synced_at: None,
            created_at: chrono::NaiveDateTime::default(),
            updated_at: chrono::NaiveDateTime::default(),
        };
        let uefi = desktop(BootMode::Uefi);
        let bios = desktop(BootMode::Bios);
        assert!(problems(&uefi, &source).is_empty());
        let codes = |d: &DesktopRow, s: &SourceRow| problems(d, s).iter().map(|p| p.code).collect::<Vec<_>>();
        assert_eq!(codes(&bios, &source), ["BOOT_MODE_MISMATCH"]);
        let cirrus = SourceRow {
            video_model: Some("cirrus".into()),
            boot_mode: None,
            ..source
        };
        assert_eq!(codes(&bios, &cirrus), ["VIDEO_MODEL_NOT_VIRTIO"]);
    }
}
