//! R12 at sync time: VMs in a tenant's project become that tenant's desktops, with the credentials
//! of their source copied at that moment; VMs gone from the platform mark their desktops removed.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;

use crate::app::AppState;
use crate::db::desktops;
use crate::db::models::{DesktopRow, NewDesktopRow, PlatformRow, SourceRow};
use crate::db::sources;
use crate::domain::credentials::copy_source_credentials;
use crate::domain::desktop_readiness;
use crate::domain::desktops::publish;
use crate::domain::id::{DesktopId, PlatformId, TenantId};
use crate::domain::values::{BootMode, LoginMode};
use crate::error::ApiResult;
use crate::events::DesktopEventKind;
use crate::platform::RemoteVm;

/// What the VM part of a sync did.
#[derive(Debug, Default)]
pub struct Imported {
    /// Desktops created from VMs (ids).
    pub created: Vec<DesktopId>,
    /// Operator notes.
    pub notes: Vec<String>,
    /// Desktops imported but flagged (R6/R8).
    pub flagged: i32,
}

/// At most this many flagged VMs are named in a run's notes.
const NAMED: usize = 10;

fn new_desktop(
    vm: &RemoteVm,
    tenant_id: &TenantId,
    platform_id: &PlatformId,
    source: &SourceRow,
    boot: BootMode,
    at: NaiveDateTime,
) -> DesktopRow {
    DesktopRow::new(NewDesktopRow {
        id: DesktopId::new(),
        tenant_id: tenant_id.clone(),
        owner_id: None,
        platform_id: platform_id.clone(),
        source_id: source.id.clone(),
        external_id: vm.external_id.clone(),
        name: vm.name.clone(),
        boot_mode: boot,
        login_mode: LoginMode::Local,
        ad_domain: None,
        at,
    })
}

/// Reconciles the platform's VMs with its desktops. Known desktops keep their credentials (a
/// later sync neither re-copies nor loses them).
pub async fn import_vms(
    state: &AppState,
    platform: &PlatformRow,
    vms: &[RemoteVm],
    tenants: &HashMap<&str, &TenantId>,
    at: NaiveDateTime,
) -> ApiResult<Imported> {
    let mut out = Imported::default();
    let mut conn = state.pool.get().await?;
    let existing = desktops::of_platform(&mut conn, &platform.id).await?;
    let known: HashMap<&str, &DesktopRow> = existing.iter().map(|d| (d.external_id.as_str(), d)).collect();
    // The sources are read only when some VM is new and in a mapped project: an unchanged sync
    // of a large catalogue does not read it twice.
    let wanted = vms.iter().any(|vm| {
        !known.contains_key(vm.external_id.as_str()) && vm.project.as_deref().is_some_and(|p| tenants.contains_key(p))
    });
    let by_external: HashMap<String, SourceRow> = if wanted {
        sources::of_platform(&mut conn, &platform.id)
            .await?
            .into_iter()
            .map(|s| (s.external_id.clone(), s))
            .collect()
    } else {
        HashMap::new()
    };
    let listed: HashSet<&str> = vms.iter().map(|v| v.external_id.as_str()).collect();
    let mut new_rows = Vec::new();
    let mut back = Vec::new();
    let mut flagged = Vec::new();
    for vm in vms {
        if let Some(d) = known.get(vm.external_id.as_str()) {
            if d.removed {
                back.push(d.id.clone());
            }
            continue;
        }
        let Some(tenant_id) = vm.project.as_deref().and_then(|p| tenants.get(p)) else {
            continue;
        };
        let Some(source) = vm.source_external_id.as_ref().and_then(|s| by_external.get(s)) else {
            out.notes.push(format!(
                "VM {} was not imported: its image or template is unknown",
                vm.external_id
            ));
            continue;
        };
        let Some(boot) = vm.boot_mode.or(source.boot_mode) else {
            out.notes.push(format!(
                "VM {} was not imported: its boot mode is unknown",
                vm.external_id
            ));
            continue;
        };
        let mut row = new_desktop(vm, tenant_id, &platform.id, source, boot, at);
        copy_source_credentials(state, &mut row, source)?;
        let problems = desktop_readiness::problems(&row, source);
        if !problems.is_empty() {
            let codes: Vec<&str> = problems.iter().map(|p| p.code).collect();
            flagged.push(format!("{} ({})", vm.external_id, codes.join(", ")));
        }
        new_rows.push(row);
    }
    let gone: Vec<DesktopId> = existing
        .iter()
        .filter(|d| !d.removed && !listed.contains(d.external_id.as_str()))
        .map(|d| d.id.clone())
        .collect();
    desktops::insert(&mut conn, &new_rows).await?;
    desktops::set_removed(&mut conn, &gone, true, at).await?;
    desktops::set_removed(&mut conn, &back, false, at).await?;
    for row in &new_rows {
        publish(state, DesktopEventKind::Created, row, None);
        out.created.push(row.id.clone());
    }
    if !new_rows.is_empty() {
        out.notes.push(format!("{} desktops imported from VMs", new_rows.len()));
    }
    if !flagged.is_empty() {
        out.flagged = i32::try_from(flagged.len()).unwrap_or(i32::MAX);
        let more = flagged.len().saturating_sub(NAMED);
        let mut named = flagged.into_iter().take(NAMED).collect::<Vec<_>>().join(", ");
        if more > 0 {
            named.push_str(&format!(" and {more} more"));
        }
        out.notes.push(format!(
            "{} desktops imported but flagged (list them with desktops(filter: {{ready: false}})): {named}",
            out.flagged
        ));
    }
    if !gone.is_empty() {
        out.notes.push(format!(
            "{} desktops' VMs are gone from the platform; the desktops are kept",
            gone.len()
        ));
    }
    Ok(out)
}
