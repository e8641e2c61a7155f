//! `Node` and `node(id)`: any object by global ID, or null when it is outside the viewer's scope
//! (R16: indistinguishable from one that does not exist).

use async_graphql::{ID, Interface};

use crate::app::AppState;
use crate::auth::viewer::UserViewer;
use crate::domain::api_tokens;
use crate::domain::reads::{accounts, audit, catalogue, desktops, platforms};
use crate::domain::values::Resource;
use crate::error::ApiResult;
use crate::ids::{self, AnyId};

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
    let node = match ids::decode_typed(id)? {
        AnyId::Tenant(id) => accounts::tenant(state, viewer, &id)
            .await?
            .map(|t| Node::Tenant(Tenant(t))),
        AnyId::User(id) => accounts::user(state, viewer, &id)
            .await?
            .map(|u| Node::User(User::new(u))),
        // From the platform cache, as every page reads platforms.
        AnyId::CloudPlatform(id) => platforms::related(state, std::slice::from_ref(&id))
            .await?
            .pop()
            .map(|p| Node::CloudPlatform(CloudPlatform::new(p, viewer))),
        AnyId::Source(Resource::Image, id) => catalogue::find(state, viewer, &id, Some(Resource::Image))
            .await?
            .map(|r| Node::Image(Image::new(r, viewer))),
        AnyId::Source(Resource::Template, id) => catalogue::find(state, viewer, &id, Some(Resource::Template))
            .await?
            .map(|r| Node::Template(Template::new(r, viewer))),
        AnyId::SyncRun(id) => platforms::sync_run(state, viewer, &id)
            .await?
            .map(|r| Node::SyncRun(SyncRun::new(r))),
        AnyId::Desktop(id) => desktops::find(state, viewer, &id)
            .await?
            .map(|d| Node::Desktop(Desktop::new(d, viewer))),
        AnyId::AuditEntry(id) => audit::find(state, viewer, &id)
            .await?
            .map(|a| Node::AuditEntry(AuditEntry::new(a))),
        AnyId::ApiToken(id) => api_tokens::find(state, viewer, &id)
            .await?
            .map(|t| Node::ApiToken(ApiToken(t))),
    };
    Ok(node)
}
