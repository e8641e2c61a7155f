//! R8 and friends: whether a source can back a desktop, and why not.

use crate::db::models::SourceRow;

/// One reason a source is not ready.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Machine-readable code.
    pub code: &'static str,
    /// What to do about it.
    pub message: String,
}

/// Every problem of a source; none means ready.
pub fn problems(row: &SourceRow) -> Vec<Problem> {
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
    if row.removed {
        out.push(Problem {
            code: "REMOVED_FROM_PLATFORM",
            message: "the source is gone from its platform".into(),
        });
    }
    if row.status != "active" {
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
