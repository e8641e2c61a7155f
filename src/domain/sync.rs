//! R2: a level-triggered reconcile of a platform's listing into the catalogue.
//!
//! Upsert by (platform, external id); platform-owned fields are refreshed, business fields never
//! touched (the platform's OS hints only seed a source's preset on first import); a source gone
//! from the listing is marked removed; a failed listing removes nothing; a second run changes nothing.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use tracing::Instrument as _;

use crate::app::AppState;
use crate::db::models::{PlatformRow, SourceRow, SyncRunRow, now};
use crate::db::sources::{PlatformFields, SyncWrite};
use crate::db::{Conn, DbScope, platforms, sources, sync_runs};
use crate::domain::capabilities;
use crate::domain::id::{DesktopId, PlatformId, SourceId, SyncRunId, TenantId};
use crate::domain::import::import_vms;
use crate::domain::platforms::driver;
use crate::domain::sync_gate::{self, Lease, Turn};
use crate::domain::values::{Resource, SyncStatus};
use crate::error::{ApiError, ApiResult};
use crate::events::{Event, SyncEvent, SyncEventKind};
use crate::platform::{DriverCapabilities, RemoteSource};

/// What a reconcile decided.
#[derive(Debug, Default)]
pub struct Plan {
    /// Rows to write.
    pub write: SyncWrite,
    /// What changed, in order.
    pub changes: Vec<Change>,
    /// Sources added.
    pub added: i32,
    /// Sources whose platform-owned fields changed, or that came back.
    pub updated: i32,
    /// Sources newly marked removed.
    pub removed: i32,
    /// What the operator should know (duplicates in the listing, desktops flagged).
    pub notes: Vec<String>,
    /// What the platform answered it can do (R1), when it answered.
    pub capabilities: Option<DriverCapabilities>,
    /// Desktops imported but flagged (R6/R8).
    pub flagged: i32,
}

/// One change a sync publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A source added, updated or removed (the event's kind).
    Source(SyncEventKind, SourceId),
    /// A VM imported as a desktop.
    DesktopImported(DesktopId),
}

/// The fields a remote source dictates, with the tenant its project maps to.
fn platform_fields(remote: &RemoteSource, tenants: &HashMap<&str, &TenantId>) -> PlatformFields {
    let tenant = remote
        .project
        .as_deref()
        .and_then(|p| tenants.get(p))
        .map(|t| (*t).clone());
    fields_from_remote(remote, tenant)
}

/// The platform-owned fields of a remote source, under the given tenant.
pub fn fields_from_remote(remote: &RemoteSource, tenant_id: Option<TenantId>) -> PlatformFields {
    PlatformFields {
        name: remote.name.clone(),
        boot_mode: remote.boot_mode,
        video_model: remote.video_model.as_ref().map(|v| v.to_ascii_lowercase()),
        status: remote.status.to_ascii_lowercase(),
        size_bytes: remote.size_bytes,
        project: remote.project.clone(),
        tenant_id,
        removed: false,
    }
}

fn current_fields(row: &SourceRow) -> PlatformFields {
    PlatformFields {
        name: row.name.clone(),
        boot_mode: row.boot_mode,
        video_model: row.video_model.clone(),
        status: row.status.clone(),
        size_bytes: row.size_bytes,
        project: row.project.clone(),
        tenant_id: row.tenant_id.clone(),
        removed: row.removed,
    }
}

fn same(a: &PlatformFields, b: &PlatformFields) -> bool {
    (
        &a.name,
        &a.boot_mode,
        &a.video_model,
        &a.status,
        a.size_bytes,
        &a.project,
        &a.tenant_id,
        a.removed,
    ) == (
        &b.name,
        &b.boot_mode,
        &b.video_model,
        &b.status,
        b.size_bytes,
        &b.project,
        &b.tenant_id,
        b.removed,
    )
}

/// Decides what a sync writes. `tenants` maps platform projects to tenant ids.
///
/// The existing rows are looked up through an index of their external ids rather than moved into
/// a map: at 100,000 sources a map of whole rows held some 45 MB more, at the sync's peak.
pub fn reconcile(
    platform_id: &PlatformId,
    resource: Resource,
    existing: &[SourceRow],
    remote: &[RemoteSource],
    tenants: &HashMap<&str, &TenantId>,
    at: NaiveDateTime,
) -> Plan {
    let mut plan = Plan::default();
    // (platform, external id) is unique: one row per external id.
    let by_external: HashMap<&str, usize> = existing
        .iter()
        .enumerate()
        .map(|(i, r)| (r.external_id.as_str(), i))
        .collect();
    let mut listed = vec![false; existing.len()];
    let mut seen: HashSet<&str> = HashSet::with_capacity(remote.len());
    for r in remote {
        if !seen.insert(r.external_id.as_str()) {
            plan.notes.push(format!(
                "the platform listed {} twice; the first was used",
                r.external_id
            ));
            continue;
        }
        let fields = platform_fields(r, tenants);
        match by_external.get(r.external_id.as_str()) {
            Some(&i) => {
                listed[i] = true;
                let row = &existing[i];
                if !same(&current_fields(row), &fields) {
                    plan.updated += 1;
                    plan.changes
                        .push(Change::Source(SyncEventKind::SourceUpdated, row.id.clone()));
                    plan.write.updates.push((row.id.clone(), fields));
                }
            }
            None => {
                let id = SourceId::new();
                plan.added += 1;
                plan.changes
                    .push(Change::Source(SyncEventKind::SourceAdded, id.clone()));
                plan.write
                    .inserts
                    .push(new_row(id, platform_id, resource, r, fields, at));
            }
        }
    }
    for (row, _) in existing.iter().zip(listed).filter(|(_, listed)| !listed) {
        if !row.removed {
            let mut fields = current_fields(row);
            fields.removed = true;
            plan.removed += 1;
            plan.changes
                .push(Change::Source(SyncEventKind::SourceRemoved, row.id.clone()));
            plan.write.updates.push((row.id.clone(), fields));
        }
    }
    plan
}

fn new_row(
    id: SourceId,
    platform_id: &PlatformId,
    resource: Resource,
    r: &RemoteSource,
    f: PlatformFields,
    at: NaiveDateTime,
) -> SourceRow {
    SourceRow {
        id,
        platform_id: platform_id.clone(),
        resource,
        external_id: r.external_id.clone(),
        name: f.name,
        boot_mode: f.boot_mode,
        video_model: f.video_model,
        status: f.status,
        size_bytes: f.size_bytes,
        project: f.project,
        tenant_id: f.tenant_id,
        os_type: crate::domain::validate::os_type(r.os_type.as_deref()).ok().flatten(),
        os_distro: crate::domain::validate::os_distro(r.os_distro.as_deref())
            .ok()
            .flatten(),
        os_username: None,
        os_password_enc: None,
        credentials_version: 0,
        removed: false,
        version: 1,
        synced_at: Some(at),
        created_at: at,
        updated_at: at,
    }
}

/// A new RUNNING run of a platform, with notes.
pub fn new_run(platform_id: &PlatformId, notes: &[String]) -> SyncRunRow {
    SyncRunRow {
        id: SyncRunId::new(),
        platform_id: platform_id.clone(),
        status: SyncStatus::Running,
        started_at: now(),
        finished_at: None,
        added: 0,
        updated: 0,
        removed: 0,
        error: None,
        notes: serde_json::to_string(notes).unwrap_or_else(|_| "[]".into()),
        flagged: 0,
    }
}

/// Runs one sync of a platform to its end (system admins). A platform failure is a FAILED run,
/// not an error: the run says why, and nothing was removed.
pub async fn sync_platform(state: &AppState, platform_id: &PlatformId) -> ApiResult<SyncRunRow> {
    let flight = match state.sync_flights.turn(platform_id) {
        Turn::Join(rx) => return sync_gate::joined(rx).await,
        Turn::Run(flight) => flight,
    };
    let Some(owned) = state.handle() else {
        return Err(ApiError::from(anyhow::anyhow!("the service is stopping")));
    };
    // Its own task: a request that goes away (client gone, timeout) does not cut a sync short
    // and leave its run RUNNING; whoever waits gets the run when it ends.
    let id = platform_id.clone();
    let span =
        tracing::info_span!("sync", platform_id = %id, run_id = tracing::field::Empty, status = tracing::field::Empty);
    let task = tokio::spawn(
        DbScope::System
            .run(async move {
                let result = sync_on_one_replica(&owned, &id).await;
                if let Ok(run) = &result {
                    let span = tracing::Span::current();
                    span.record("run_id", run.id.as_str());
                    span.record("status", run.status.as_str());
                }
                owned.sync_flights.land(flight, result.as_ref().ok());
                result
            })
            .instrument(span),
    );
    task.await
        .map_err(|e| ApiError::from(anyhow::anyhow!("the sync task failed: {e}")))?
}

/// Runs the sync holding the platform's lease, or joins the one another replica runs.
async fn sync_on_one_replica(state: &AppState, platform_id: &PlatformId) -> ApiResult<SyncRunRow> {
    let lease = match Lease::try_take(&state.pool, platform_id).await? {
        Some(lease) => lease,
        None => match sync_gate::wait_for_other(&state.pool, platform_id).await? {
            Ok(run) => return Ok(run),
            Err(lease) => lease,
        },
    };
    let result = run_sync(state, platform_id).await;
    lease.release().await;
    result
}

/// One sync, start to end.
async fn run_sync(state: &AppState, platform_id: &PlatformId) -> ApiResult<SyncRunRow> {
    let lock = state.platform_locks.of(platform_id);
    let _guard = lock.lock().await;
    let mut conn = state.pool.get().await?;
    let platform = platforms::find(&mut conn, platform_id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    let mut run = new_run(&platform.id, &[]);
    sync_runs::insert(&mut conn, &run).await?;
    drop(conn);
    publish(state, &run, SyncEventKind::Started, None);
    let started = std::time::Instant::now();
    let outcome = reconcile_platform(state, &platform, &run).await;
    let mut conn = state.pool.get().await?;
    run.finished_at = Some(now());
    match outcome {
        Ok(plan) => {
            run.status = SyncStatus::Succeeded;
            (run.added, run.updated, run.removed) = (plan.added, plan.updated, plan.removed);
            run.flagged = plan.flagged;
            run.notes = serde_json::to_string(&plan.notes).unwrap_or_else(|_| "[]".into());
            sync_runs::finish(&mut conn, &run).await?;
            record_reached(state, &mut conn, &platform, true).await?;
            if let Some(answer) = &plan.capabilities {
                capabilities::record(state, &platform, answer).await?;
            }
            tracing::info!(
                platform = %platform.name,
                added = run.added,
                updated = run.updated,
                removed = run.removed,
                "sync finished"
            );
            let resource = platform.kind.resource();
            for change in plan.changes {
                match change {
                    Change::DesktopImported(id) => {
                        publish_event(state, &run, SyncEventKind::DesktopImported, None, Some(id), None);
                    }
                    Change::Source(kind, id) => publish(state, &run, kind, Some((id, resource))),
                }
            }
            publish(state, &run, SyncEventKind::Finished, None);
        }
        Err(e) => {
            tracing::warn!(platform = %platform.name, error = %e, "sync failed; nothing was removed");
            run.status = SyncStatus::Failed;
            run.error = Some(e.to_string());
            sync_runs::finish(&mut conn, &run).await?;
            record_reached(state, &mut conn, &platform, false).await?;
            publish(state, &run, SyncEventKind::Failed, None);
        }
    }
    state
        .metrics
        .sync_run(&platform.name, run.status.as_str(), started.elapsed());
    Ok(run)
}

/// Records whether the sync reached the platform; when that changed, no replica serves the
/// platform as it was from what it keeps.
async fn record_reached(state: &AppState, conn: &mut Conn, platform: &PlatformRow, reached: bool) -> ApiResult<()> {
    platforms::set_available(conn, &platform.id, reached).await?;
    if platform.available != Some(reached) {
        state.platforms.changed(&state.events, &platform.id);
    }
    Ok(())
}

/// Lists the platform and applies the plan. Errors here fail the run and write nothing.
async fn reconcile_platform(state: &AppState, platform: &PlatformRow, run: &SyncRunRow) -> anyhow::Result<Plan> {
    let drv = driver(state, platform).map_err(|e| anyhow::anyhow!(e.message()))?;
    let remote = drv.list_sources().await?;
    let resource = platform.kind.resource();
    let mut conn = state.pool.get().await?;
    let mapping = platforms::projects(&mut conn, &platform.id).await?;
    let tenants: HashMap<&str, &TenantId> = mapping.iter().map(|p| (p.project.as_str(), &p.tenant_id)).collect();
    let existing = sources::of_platform(&mut conn, &platform.id).await?;
    let at = run.started_at;
    let mut plan = reconcile(&platform.id, resource, &existing, &remote, &tenants, at);
    // Not held while the plan is written (at 100,000 sources, some 100 MB between them).
    drop((existing, remote));
    sources::apply_sync(&mut conn, &plan.write, at).await?;
    drop(conn);
    match drv.capabilities().await {
        Ok(answer) => plan.capabilities = Some(answer),
        Err(e) => plan.notes.push(format!(
            "the platform's capabilities could not be read ({e}); the last answer stands"
        )),
    }
    match drv.list_vms().await {
        Ok(vms) => {
            let imported = import_vms(state, platform, &vms, &tenants, at)
                .await
                .map_err(|e| anyhow::anyhow!(e.message()))?;
            plan.changes
                .extend(imported.created.into_iter().map(Change::DesktopImported));
            plan.notes.extend(imported.notes);
            plan.flagged = imported.flagged;
        }
        Err(e) => plan.notes.push(format!(
            "VMs could not be listed ({e}); desktops were not imported or checked"
        )),
    }
    Ok(plan)
}

fn publish(state: &AppState, run: &SyncRunRow, kind: SyncEventKind, source: Option<(SourceId, Resource)>) {
    let message = run.error.clone().filter(|_| kind == SyncEventKind::Failed);
    publish_event(state, run, kind, source, None, message);
}

/// Publishes a sync event of a run.
pub fn publish_event(
    state: &AppState,
    run: &SyncRunRow,
    kind: SyncEventKind,
    source: Option<(SourceId, Resource)>,
    desktop_id: Option<DesktopId>,
    message: Option<String>,
) {
    state.events.publish(Event::Sync(SyncEvent {
        kind,
        platform_id: run.platform_id.clone(),
        run_id: run.id.clone(),
        source,
        desktop_id,
        message,
        at: now(),
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::values::BootMode;

    fn remote(id: &str, video: &str) -> RemoteSource {
        RemoteSource {
            external_id: id.into(),
            name: format!("n-{id}"),
            boot_mode: Some(BootMode::Uefi),
            video_model: Some(video.into()),
            status: "active".into(),
            size_bytes: Some(1),
            project: Some("acme".into()),
            os_type: Some("linux".into()),
            os_distro: None,
        }
    }

    fn apply(plan: &Plan, existing: Vec<SourceRow>) -> Vec<SourceRow> {
        let mut rows: HashMap<SourceId, SourceRow> = existing.into_iter().map(|r| (r.id.clone(), r)).collect();
        for r in &plan.write.inserts {
            rows.insert(r.id.clone(), r.clone());
        }
        for (id, f) in &plan.write.updates {
            if let Some(r) = rows.get_mut(id) {
                r.name.clone_from(&f.name);
                r.video_model.clone_from(&f.video_model);
                r.removed = f.removed;
            }
        }
        rows.into_values().collect()
    }

    #[test]
    fn second_run_changes_nothing_and_vanished_sources_are_marked_once() {
        let at = NaiveDateTime::default();
        let (p, acme) = (PlatformId::new(), TenantId::new());
        let tenants = HashMap::from([("acme", &acme)]);
        let listing = vec![remote("a", "virtio"), remote("b", "cirrus")];
        let first = reconcile(&p, Resource::Image, &[], &listing, &tenants, at);
        assert_eq!((first.added, first.updated, first.removed), (2, 0, 0));
        assert!(first.write.inserts.iter().all(|r| r.tenant_id.as_ref() == Some(&acme)));
        let rows = apply(&first, vec![]);
        let second = reconcile(&p, Resource::Image, &rows, &listing, &tenants, at);
        assert_eq!((second.added, second.updated, second.removed), (0, 0, 0));
        let third = reconcile(&p, Resource::Image, &rows, &listing[..1], &tenants, at);
        assert_eq!((third.added, third.updated, third.removed), (0, 0, 1));
        let rows = apply(&third, rows);
        let fourth = reconcile(&p, Resource::Image, &rows, &listing[..1], &tenants, at);
        assert_eq!(fourth.removed, 0);
        let back = reconcile(&p, Resource::Image, &rows, &listing, &tenants, at);
        assert_eq!((back.added, back.updated), (0, 1));
    }

    #[test]
    fn duplicates_are_noted_not_doubled() {
        let listing = vec![remote("a", "virtio"), remote("a", "cirrus")];
        let plan = reconcile(
            &PlatformId::new(),
            Resource::Image,
            &[],
            &listing,
            &HashMap::new(),
            NaiveDateTime::default(),
        );
        assert_eq!(plan.added, 1);
        assert_eq!(plan.notes.len(), 1);
    }
}
