//! Reads of images and templates (R4, R5, R16).

use std::collections::HashMap;
use std::sync::Arc;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::models::{PlatformRow, SourceRow, TenantRow};
use crate::db::pagination::{Page, PageArgs};
use crate::db::sources::{self, SourceFilter, SourceSet};
use crate::domain::access::{PlatformAccess, can_see_source, custom_source_set};
use crate::domain::id::{PlatformId, SourceId, TenantId};
use crate::domain::scope::TenantScope;
use crate::domain::values::Resource;
use crate::error::{ApiError, ApiResult};

/// Which list of sources is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceList {
    /// The system (VDI) sources of every platform, never custom ones (R4).
    System,
    /// Custom sources: a system admin's of every tenant or of `tenant`; a tenant admin's own.
    Custom {
        /// The one tenant asked for.
        tenant: Option<TenantId>,
    },
}

/// What a page reads with its sources.
#[derive(Debug, Clone, Copy, Default)]
pub struct Related {
    /// The platforms they come from.
    pub platforms: bool,
    /// The tenants that own them.
    pub tenants: bool,
}

/// A page of sources and what they point to, by id (empty unless asked for).
pub struct SourcePage {
    /// The page.
    pub rows: Page<SourceRow>,
    /// The page's platforms.
    pub platforms: HashMap<PlatformId, Arc<PlatformRow>>,
    /// The tenants of the page's custom sources.
    pub tenants: HashMap<TenantId, TenantRow>,
}

/// A page of a list (admins), with what `related` asks for, each in one read rather than one per
/// row (platforms: none when this process read them moments ago).
pub async fn list(
    state: &AppState,
    viewer: &Viewer,
    resource: Resource,
    list: SourceList,
    filter: &SourceFilter,
    page: &PageArgs,
    related: Related,
) -> ApiResult<SourcePage> {
    let me = viewer.admin()?;
    let set = match list {
        SourceList::System => SourceSet::System,
        SourceList::Custom { tenant } => custom_source_set(me, tenant)?,
    };
    let rows = sources::list(&mut state.pool.get().await?, resource, &set, filter, page).await?;
    with_related(state, rows, related).await
}

/// The page with what `related` asks for, from the process caches (a statement only for rows
/// they do not hold).
async fn with_related(state: &AppState, rows: Page<SourceRow>, related: Related) -> ApiResult<SourcePage> {
    let mut tenants = HashMap::new();
    if related.tenants {
        let ids = distinct(rows.items.iter().filter_map(|r| r.tenant_id.as_ref()));
        for t in state.tenants.find_many(&state.pool, &ids).await? {
            tenants.insert(t.id.clone(), t);
        }
    }
    let mut platforms = HashMap::new();
    if related.platforms {
        let ids = distinct(rows.items.iter().map(|r| &r.platform_id));
        for p in state.platforms.find_many(&state.pool, &ids).await? {
            platforms.insert(p.id.clone(), p);
        }
    }
    Ok(SourcePage {
        rows,
        platforms,
        tenants,
    })
}

fn distinct<'a, T: Ord + Clone + 'a>(ids: impl Iterator<Item = &'a T>) -> Vec<T> {
    let mut ids: Vec<T> = ids.cloned().collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// A page of one platform's sources, system and custom, removed ones included (R4): for those
/// with operator access only (`FORBIDDEN` otherwise).
pub async fn of_platform(
    state: &AppState,
    user: &UserViewer,
    access: PlatformAccess,
    platform_id: &PlatformId,
    resource: Resource,
    page: &PageArgs,
    related: Related,
) -> ApiResult<SourcePage> {
    if access != PlatformAccess::Operator {
        return Err(ApiError::forbidden());
    }
    let filter = SourceFilter {
        platform_id: Some(platform_id.clone()),
        include_removed: true,
        ..Default::default()
    };
    let set = SourceSet::Visible(user.scope());
    let rows = sources::list(&mut state.pool.get().await?, resource, &set, &filter, page).await?;
    with_related(state, rows, related).await
}

/// A source the viewer may see (of the given kind, when given); `None` otherwise (R16).
pub async fn find(
    state: &AppState,
    user: &UserViewer,
    id: &SourceId,
    resource: Option<Resource>,
) -> ApiResult<Option<SourceRow>> {
    let row = sources::find_visible(&mut state.pool.get().await?, id, &user.scope()).await?;
    Ok(row.filter(|r| resource.is_none_or(|want| r.resource == want) && can_see_source(user, r)))
}

/// Sources by id, reached through objects already in the viewer's scope (a desktop's source is
/// shown to whoever sees the desktop).
pub async fn related(state: &AppState, ids: &[SourceId]) -> ApiResult<Vec<SourceRow>> {
    Ok(sources::find_many(&mut state.pool.get().await?, ids, &TenantScope::All).await?)
}
