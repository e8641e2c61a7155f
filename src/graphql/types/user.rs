//! `User`.

use async_graphql::{Context, ID};

use std::collections::HashMap;

use crate::db::models::{TenantRow, UserRow};
use crate::domain::id::TenantId;
use crate::error::ApiResult;
use crate::graphql::loaders::load_tenant;
use crate::ids;

use super::connection::connection;
use super::eager::{AtHand, Eager, object_at_hand};
use super::enums::Role;
use super::tenant::Tenant;

/// A user account.
pub struct User(pub UserRow, Option<Tenant>);

impl User {
    /// The user.
    pub fn new(row: UserRow) -> Self {
        Self(row, None)
    }

    /// The user with its tenant from its page's.
    pub fn in_page(row: UserRow, tenants: &HashMap<TenantId, TenantRow>) -> Self {
        let tenant = row.tenant_id.as_ref().and_then(|t| tenants.get(t)).cloned().map(Tenant);
        Self(row, tenant)
    }
}

object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl User as "User" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode_id(&this.0.id);
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
        children(this) {
            // A system admin has no tenant, wherever it was read.
            "tenant" => match (&this.0.tenant_id, &this.1) {
                (None, _) => Some(None),
                (Some(_), held) => held.as_ref().map(|t| Some(t as &dyn AtHand)),
            },
        }
    }
}

connection!(UserConnection, UserEdge, Eager<User>, "user");
