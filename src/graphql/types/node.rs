//! `Node` and `node(id)`: any object by global ID, or null when it is outside the viewer's scope
//! (R16: indistinguishable from one that does not exist).

use async_graphql::{ID, Interface};

use crate::app::AppState;
use crate::auth::viewer::{TenantScope, UserViewer};
use crate::db::{api_tokens, audit, desktops, platforms, sources, sync_runs, tenants, users};
use crate::domain::access::can_see_source;
use crate::domain::api_tokens::token_set;
use crate::domain::values::{Resource, Role};
use crate::error::ApiResult;
use crate::ids::{self, Kind};

use super::api_token::ApiToken;
use super::audit::AuditEntry;
use super::desktop::Desktop;
use super::platform::CloudPlatform;
use super::source::{Image, Template};
use super::sync_run::SyncRun;
use super::tenant::Tenant;
use super::user::User;

/// An object with a global ID.
#[derive(Interface)]
#[graphql(field(name = "id", ty = "ID", desc = "Global ID."))]
pub enum Node {
    /// A tenant.
    Tenant(Tenant),
    /// A user.
    User(User),
    /// A cloud platform.
    CloudPlatform(CloudPlatform),
    /// An image.
    Image(Image),
    /// A template.
    Template(Template),
    /// A sync run.
    SyncRun(SyncRun),
    /// A desktop.
    Desktop(Desktop),
    /// An audit entry.
    AuditEntry(AuditEntry),
    /// An API token.
    ApiToken(ApiToken),
}

/// Resolves a global ID within the viewer's scope.
pub async fn resolve(state: &AppState, viewer: &UserViewer, id: &ID) -> ApiResult<Option<Node>> {
    let (kind, internal) = ids::decode_any(id)?;
    let scope = viewer.scope();
    let mut conn = state.pool.get().await?;
    let node = match kind {
        Kind::Tenant => tenants::find(&mut conn, &internal, &scope)
            .await?
            .map(|t| Node::Tenant(Tenant(t))),
        Kind::User => {
            let found = users::find(&mut conn, &internal, &scope).await?;
            let visible = found.filter(|u| viewer.role != Role::TenantUser || u.id == viewer.id);
            visible.map(|u| Node::User(User(u)))
        }
        Kind::CloudPlatform => platforms::find(&mut conn, &internal)
            .await?
            .map(|p| Node::CloudPlatform(CloudPlatform::new(p, viewer))),
        Kind::Image | Kind::Template => {
            let want = if kind == Kind::Image {
                Resource::Image
            } else {
                Resource::Template
            };
            sources::find_visible(&mut conn, &internal, &scope)
                .await?
                .filter(|r| r.resource == want && can_see_source(viewer, r))
                .map(|r| {
                    if kind == Kind::Image {
                        Node::Image(Image::new(r, viewer))
                    } else {
                        Node::Template(Template::new(r, viewer))
                    }
                })
        }
        Kind::SyncRun if scope == TenantScope::All => sync_runs::find(&mut conn, &internal)
            .await?
            .map(|r| Node::SyncRun(SyncRun(r))),
        Kind::SyncRun => None,
        Kind::Desktop => desktops::find(&mut conn, &internal, &viewer.desktop_scope())
            .await?
            .map(|d| Node::Desktop(Desktop::new(d, viewer))),
        Kind::AuditEntry if viewer.role != Role::TenantUser => audit::find(&mut conn, &internal, &scope)
            .await?
            .map(|a| Node::AuditEntry(AuditEntry(a))),
        Kind::AuditEntry => None,
        Kind::ApiToken => api_tokens::find(&mut conn, &internal, &token_set(viewer))
            .await?
            .map(|t| Node::ApiToken(ApiToken(t))),
    };
    Ok(node)
}
