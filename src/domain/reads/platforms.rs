//! Reads of cloud platforms and their sync runs. Every signed-in user sees every platform's id,
//! name, kind and capabilities; its operator fields, projects and sync runs are for operators
//! (`access::platform_access`): the functions below take the viewer's access and answer `None` to
//! anything less.

use std::sync::Arc;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::models::{PlatformRow, ProjectRow, SyncRunRow, TenantRow};
use crate::db::pagination::{Page, PageArgs};
use crate::db::{platforms, sync_runs};
use crate::domain::access::{PlatformAccess, platform_access};
use crate::domain::id::{PlatformId, SyncRunId, TenantId};
use crate::error::ApiResult;

/// Every platform.
pub async fn all(state: &AppState, viewer: &Viewer) -> ApiResult<Vec<PlatformRow>> {
    viewer.user()?;
    Ok(platforms::all(&mut state.pool.get().await?).await?)
}

/// A platform by id.
pub async fn find(state: &AppState, id: &PlatformId) -> ApiResult<Option<PlatformRow>> {
    Ok(platforms::find(&mut state.pool.get().await?, id).await?)
}

/// Platforms by id, from the process's platform cache where it holds them (shared rows).
pub async fn related(state: &AppState, ids: &[PlatformId]) -> ApiResult<Vec<Arc<PlatformRow>>> {
    Ok(state.platforms.find_many(&state.pool, ids).await?)
}

/// The platform's project mappings (R3) in order, each with its tenant (from the tenant cache);
/// `None` for less than operator access.
pub async fn project_tenants(
    state: &AppState,
    access: PlatformAccess,
    platform_id: &PlatformId,
) -> ApiResult<Option<Vec<(ProjectRow, Option<TenantRow>)>>> {
    if access != PlatformAccess::Operator {
        return Ok(None);
    }
    let projects = platforms::projects(&mut state.pool.get().await?, platform_id).await?;
    let mut ids: Vec<TenantId> = projects.iter().map(|p| p.tenant_id.clone()).collect();
    ids.sort_unstable();
    ids.dedup();
    let tenants = state.tenants.find_many(&state.pool, &ids).await?;
    Ok(Some(
        projects
            .into_iter()
            .map(|p| {
                let tenant = tenants.iter().find(|t| t.id == p.tenant_id).cloned();
                (p, tenant)
            })
            .collect(),
    ))
}

/// The platform's newest sync run; `None` also for less than operator access.
pub async fn last_sync(
    state: &AppState,
    access: PlatformAccess,
    platform_id: &PlatformId,
) -> ApiResult<Option<SyncRunRow>> {
    if access != PlatformAccess::Operator {
        return Ok(None);
    }
    Ok(sync_runs::latest(&mut state.pool.get().await?, platform_id).await?)
}

/// A page of the platform's sync runs, newest first; `None` for less than operator access.
pub async fn sync_runs(
    state: &AppState,
    access: PlatformAccess,
    platform_id: &PlatformId,
    page: &PageArgs,
) -> ApiResult<Option<Page<SyncRunRow>>> {
    if access != PlatformAccess::Operator {
        return Ok(None);
    }
    Ok(Some(
        sync_runs::list(&mut state.pool.get().await?, platform_id, page).await?,
    ))
}

/// A sync run, for operators.
pub async fn sync_run(state: &AppState, user: &UserViewer, id: &SyncRunId) -> ApiResult<Option<SyncRunRow>> {
    if platform_access(user) != PlatformAccess::Operator {
        return Ok(None);
    }
    Ok(sync_runs::find(&mut state.pool.get().await?, id).await?)
}

/// The newest sync run of a platform, or of any when `platform_id` is `None`: where a RESYNC
/// event anchors.
pub async fn newest_run(state: &AppState, platform_id: Option<&PlatformId>) -> ApiResult<Option<SyncRunRow>> {
    let mut conn = state.pool.get().await?;
    Ok(match platform_id {
        Some(p) => sync_runs::latest(&mut conn, p).await?,
        None => sync_runs::newest_any(&mut conn).await?,
    })
}
