//! Reads of desktops (R16: all for system admins, the tenant's for tenant admins, the assigned
//! ones for users).

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::desktops::{self, DesktopFilter};
use crate::db::models::DesktopRow;
use crate::db::pagination::{Page, PageArgs};
use crate::domain::id::DesktopId;
use crate::error::ApiResult;

/// A page of the desktops the viewer may see.
pub async fn list(
    state: &AppState,
    viewer: &Viewer,
    filter: &DesktopFilter,
    page: &PageArgs,
) -> ApiResult<Page<DesktopRow>> {
    let me = viewer.user()?;
    Ok(desktops::list(&mut state.pool.get().await?, &me.desktop_scope(), filter, page).await?)
}

/// A desktop the viewer may see.
pub async fn find(state: &AppState, user: &UserViewer, id: &DesktopId) -> ApiResult<Option<DesktopRow>> {
    Ok(desktops::find(&mut state.pool.get().await?, id, &user.desktop_scope()).await?)
}
