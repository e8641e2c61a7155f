//! Reads of images and templates (R4, R5, R16).

use std::collections::HashMap;
use std::sync::Arc;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::models::{PlatformRow, SourceRow};
use crate::db::pagination::{Page, PageArgs};
use crate::db::sources::{self, SourceFilter, SourceSet};
use crate::domain::access::{PlatformAccess, can_see_source, custom_source_set};
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
        tenant: Option<String>,
    },
}

/// A page of sources and the platforms they come from, by id (empty unless asked for).
pub struct SourcePage {
    /// The page.
    pub rows: Page<SourceRow>,
    /// The page's platforms.
    pub platforms: HashMap<String, Arc<PlatformRow>>,
}

/// A page of a list (admins). With `with_platforms`, the page's platforms come in one read (none
/// when this process read them moments ago) rather than one per row.
pub async fn list(
    state: &AppState,
    viewer: &Viewer,
    resource: Resource,
    list: SourceList,
    filter: &SourceFilter,
    page: &PageArgs,
    with_platforms: bool,
) -> ApiResult<SourcePage> {
    let me = viewer.admin()?;
    let set = match list {
        SourceList::System => SourceSet::System,
        SourceList::Custom { tenant } => custom_source_set(me, tenant)?,
    };
    let rows = sources::list(&mut state.pool.get().await?, resource, &set, filter, page).await?;
    let mut platforms = HashMap::new();
    if with_platforms {
        let mut ids: Vec<String> = rows.items.iter().map(|r| r.platform_id.clone()).collect();
        ids.sort_unstable();
        ids.dedup();
        for p in state.platforms.find_many(&state.pool, &ids).await? {
            platforms.insert(p.id.clone(), p);
        }
    }
    Ok(SourcePage { rows, platforms })
}

/// A page of one platform's sources, system and custom, removed ones included (R4): for those
/// with operator access only (`FORBIDDEN` otherwise).
pub async fn of_platform(
    state: &AppState,
    user: &UserViewer,
    access: PlatformAccess,
    platform_id: &str,
    resource: Resource,
    page: &PageArgs,
) -> ApiResult<Page<SourceRow>> {
    if access != PlatformAccess::Operator {
        return Err(ApiError::forbidden());
    }
    let filter = SourceFilter {
        platform_id: Some(platform_id.to_owned()),
        include_removed: true,
        ..Default::default()
    };
    let set = SourceSet::Visible(user.scope());
    Ok(sources::list(&mut state.pool.get().await?, resource, &set, &filter, page).await?)
}

/// A source the viewer may see (of the given kind, when given); `None` otherwise (R16).
pub async fn find(
    state: &AppState,
    user: &UserViewer,
    id: &str,
    resource: Option<Resource>,
) -> ApiResult<Option<SourceRow>> {
    let row = sources::find_visible(&mut state.pool.get().await?, id, &user.scope()).await?;
    Ok(row.filter(|r| resource.is_none_or(|want| r.resource == want) && can_see_source(user, r)))
}

/// Sources by id, reached through objects already in the viewer's scope (a desktop's source is
/// shown to whoever sees the desktop).
pub async fn related(state: &AppState, ids: &[String]) -> ApiResult<Vec<SourceRow>> {
    Ok(sources::find_many(&mut state.pool.get().await?, ids, &TenantScope::All).await?)
}
