//! `User`.

use async_graphql::{Context, ID};

use crate::db::models::UserRow;
use crate::error::ApiResult;
use crate::graphql::loaders::load_tenant;
use crate::ids::{self, Kind};

use super::connection::connection;
use super::eager::{Eager, object_at_hand};
use super::enums::Role;
use super::tenant::Tenant;

/// A user account.
pub struct User(pub UserRow);

object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl User as "User" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode(Kind::User, &this.0.id);
            /// Login name, unique within its tenant (or the system namespace).
            "username" username: &str = &this.0.username;
            /// Role.
            "role" role: Role = this.0.role.into();
            /// The user's tenant; null for system admins.
            pub async fn tenant(&self, ctx: &Context<'_>) -> ApiResult<Option<Eager<Tenant>>> {
                match &self.0.tenant_id {
                    Some(t) => Ok(load_tenant(ctx, t).await?.map(Eager)),
                    None => Ok(None),
                }
            }
            /// Whether the user is disabled (cannot log in; its tokens do not work).
            "disabled" disabled: bool = this.0.disabled;
        }
        children(this) {}
    }
}

connection!(UserConnection, UserEdge, Eager<User>, "user");
