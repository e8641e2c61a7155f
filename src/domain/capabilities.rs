//! What a platform can do (R1): its driver's answer, kept on the platform row (asked when the
//! platform is saved and at every sync), with the operator's word on UEFI over it. Until the driver
//! first answered, the kind's usual capabilities stand in.

use crate::app::AppState;
use crate::db::models::PlatformRow;
use crate::db::platforms;
use crate::domain::platforms::driver;
use crate::domain::values::Capabilities;
use crate::error::ApiResult;
use crate::platform::DriverCapabilities;

/// What `row`'s platform can do, as last answered.
pub fn of(row: &PlatformRow) -> Capabilities {
    let kind = row.kind;
    let usual = kind.usual_capabilities();
    Capabilities {
        resource_model: kind.resource_model(),
        boot_mode_editable: row.cap_boot_mode_editable.unwrap_or(usual.boot_mode_editable),
        video_model_editable: row.cap_video_model_editable.unwrap_or(usual.video_model_editable),
        boot_mode_copy: row.cap_boot_mode_copy.unwrap_or(usual.boot_mode_copy),
        uefi: row.uefi_setting.or(row.cap_uefi).unwrap_or(usual.uefi),
    }
}

/// Whether `row` already holds `answer`.
fn holds(row: &PlatformRow, answer: &DriverCapabilities) -> bool {
    row.cap_boot_mode_editable == Some(answer.boot_mode_editable)
        && row.cap_video_model_editable == Some(answer.video_model_editable)
        && row.cap_boot_mode_copy == Some(answer.boot_mode_copy)
        && row.cap_uefi == Some(answer.uefi)
}

/// Keeps the driver's `answer` for `row`'s platform; replicas drop what they kept of it only when
/// the answer changed.
pub async fn record(state: &AppState, row: &PlatformRow, answer: &DriverCapabilities) -> ApiResult<()> {
    if holds(row, answer) {
        return Ok(());
    }
    let mut conn = state.pool.get().await?;
    platforms::set_capabilities(&mut conn, &row.id, answer).await?;
    state.platforms.changed(&state.events, &row.id);
    Ok(())
}

/// Asks the platform's driver in the background and keeps its answer (after a platform is saved:
/// the save does not wait on the platform; a failure is logged, and the next sync asks again).
pub fn refresh_later(state: &AppState, row: PlatformRow) {
    let Some(state) = state.handle() else {
        return;
    };
    tokio::spawn(async move {
        let answer = match driver(&state, &row) {
            Ok(drv) => drv.capabilities().await.map_err(|e| e.to_string()),
            Err(e) => Err(e.message().to_owned()),
        };
        match answer {
            Ok(answer) => {
                if let Err(e) = record(&state, &row, &answer).await {
                    tracing::warn!(platform = %row.name, error = %e.message(), "could not keep the platform's capabilities");
                }
            }
            Err(e) => {
                tracing::info!(platform = %row.name, error = %e, "the platform's capabilities could not be read yet")
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::models::now;
    use crate::domain::values::PlatformKind;

    fn row(kind: PlatformKind) -> PlatformRow {
        PlatformRow {
            id: crate::domain::id::PlatformId::new(),
            name: "p".into(),
            kind,
            endpoint: "sim://p".into(),
            secret_enc: None,
            sync_interval_seconds: None,
            available: None,
            version: 1,
            created_at: now(),
            placement: None,
            uefi_setting: None,
            cap_boot_mode_editable: None,
            cap_video_model_editable: None,
            cap_boot_mode_copy: None,
            cap_uefi: None,
        }
    }

    #[test]
    fn the_driver_answer_wins_over_the_kind_and_the_setting_over_both() {
        let mut platform = row(PlatformKind::Openstack);
        assert!(of(&platform).boot_mode_editable, "the kind's usual answer at first");
        platform.cap_boot_mode_editable = Some(false);
        platform.cap_uefi = Some(false);
        let caps = of(&platform);
        assert!(!caps.boot_mode_editable && !caps.uefi, "then the driver's");
        platform.uefi_setting = Some(true);
        assert!(of(&platform).uefi, "the operator's word on UEFI over the driver's");
    }
}
