//! R8 and friends: whether a source can back a desktop, and why not.

use crate::db::models::SourceRow;
use crate::domain::values::BootMode;

/// One reason a source is not ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Machine-readable code.
    pub code: &'static str,
    /// What to do about it.
    pub message: String,
}

/// Why a UEFI source cannot back a desktop on a platform without UEFI (R6, in the seed's words).
pub const NO_UEFI: &str = "the platform does not support UEFI: use an image created in Legacy (BIOS) mode \
     (see the creation instructions beside the image file)";

/// Every problem of a source on a platform that boots UEFI guests or not (`platform_uefi`); none
/// means ready.
pub fn problems(row: &SourceRow, platform_uefi: bool) -> Vec<Problem> {
    let mut out = Vec::new();
    match row.video_model.as_deref() {
        Some("virtio") => {}
        Some(other) => out.push(Problem {
            code: "VIDEO_MODEL_NOT_VIRTIO",
            message: format!("the video model is {other}; desktops need virtio (setVideoModel)"),
        }),
        None => out.push(Problem {
            code: "VIDEO_MODEL_NOT_VIRTIO",
            message: "the platform reports no video model; desktops need virtio (setVideoModel)".into(),
        }),
    }
    if row.boot_mode.is_none() {
        out.push(Problem {
            code: "BOOT_MODE_UNKNOWN",
            message: "the platform reports no boot mode; set BIOS or UEFI (setBootMode)".into(),
        });
    }
    if !platform_uefi && row.boot_mode == Some(BootMode::Uefi) {
        out.push(Problem {
            code: "UEFI_NOT_SUPPORTED",
            message: NO_UEFI.into(),
        });
    }
    if row.removed {
        out.push(Problem {
            code: "REMOVED_FROM_PLATFORM",
            message: "the source is gone from its platform".into(),
        });
    }
    if !row.is_active() {
        out.push(Problem {
            code: "STATUS_NOT_ACTIVE",
            message: format!(
                "the platform reports status {}; only active sources can be used",
                row.status
            ),
        });
    }
    out
}
