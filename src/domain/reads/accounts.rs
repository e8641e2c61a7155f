//! Reads of tenants and users (R16).

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::models::{TenantRow, UserRow};
use crate::db::pagination::{Page, PageArgs};
use crate::db::{tenants, users};
use crate::domain::access::{can_see_user, user_set};
use crate::domain::id::{TenantId, UserId};
use crate::domain::scope::TenantScope;
use crate::error::{ApiError, ApiResult};

/// The signed-in user, as stored now.
pub async fn me(state: &AppState, viewer: &Viewer) -> ApiResult<UserRow> {
    let me = viewer.user()?;
    users::by_id(&mut state.pool.get().await?, &me.id)
        .await?
        .ok_or_else(ApiError::unauthenticated)
}

/// Tenants: all for system admins, their own for tenant roles.
pub async fn tenants(state: &AppState, viewer: &Viewer, page: &PageArgs) -> ApiResult<Page<TenantRow>> {
    let me = viewer.user()?;
    Ok(tenants::list(&mut state.pool.get().await?, &me.scope(), page).await?)
}

/// Users: system admins all (or the `tenant`'s), tenant admins their tenant's, users themselves.
pub async fn users(
    state: &AppState,
    viewer: &Viewer,
    tenant: Option<TenantId>,
    page: &PageArgs,
) -> ApiResult<Page<UserRow>> {
    let set = user_set(viewer.user()?, tenant)?;
    Ok(users::list(&mut state.pool.get().await?, &set, page).await?)
}

/// A tenant in the viewer's scope.
pub async fn tenant(state: &AppState, user: &UserViewer, id: &TenantId) -> ApiResult<Option<TenantRow>> {
    Ok(tenants::find(&mut state.pool.get().await?, id, &user.scope()).await?)
}

/// A user the viewer may see.
pub async fn user(state: &AppState, user: &UserViewer, id: &UserId) -> ApiResult<Option<UserRow>> {
    let found = users::find(&mut state.pool.get().await?, id, &user.scope()).await?;
    Ok(found.filter(|u| can_see_user(user, u)))
}

/// Tenants by id, reached through objects already in the viewer's scope: from the process's
/// tenant cache where it holds them.
pub async fn related_tenants(state: &AppState, ids: &[TenantId]) -> ApiResult<Vec<TenantRow>> {
    Ok(state.tenants.find_many(&state.pool, ids).await?)
}

/// Users by id, reached through objects already in the viewer's scope (a desktop's owner, an
/// entry's actor, a token's owner).
pub async fn related_users(state: &AppState, ids: &[UserId]) -> ApiResult<Vec<UserRow>> {
    Ok(users::find_many(&mut state.pool.get().await?, ids, &TenantScope::All).await?)
}
