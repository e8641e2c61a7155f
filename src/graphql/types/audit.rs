//! `AuditEntry`.

use async_graphql::{Context, ID};

use std::collections::HashMap;

use crate::db::models::{AuditRow, TenantRow, UserRow};
use crate::domain::access;
use crate::domain::id::{TenantId, UserId};
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::loaders::load_user;
use crate::ids;

use super::connection::connection;
use super::eager::{AtHand, Eager, object_at_hand};
use super::user::User;
use super::utc;

/// Who changed what, when, and how it ended. Never a secret. With its actor when read with its
/// page (`Some(None)`: it has none the viewer may see).
pub struct AuditEntry(pub AuditRow, Option<Option<User>>);

impl AuditEntry {
    /// The entry.
    pub fn new(row: AuditRow) -> Self {
        Self(row, None)
    }

    /// The entry with its actor (and the actor's tenant) from its page's `actors`: those the
    /// viewer may see of the page's, when the page read them.
    pub fn in_page(
        row: AuditRow,
        actors: Option<&HashMap<UserId, UserRow>>,
        tenants: &HashMap<TenantId, TenantRow>,
    ) -> Self {
        let actor = actors.map(|users| {
            row.actor_id
                .as_ref()
                .and_then(|u| users.get(u))
                .cloned()
                .map(|u| User::in_page(u, tenants))
        });
        Self(row, actor)
    }
}

object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl AuditEntry as "AuditEntry" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode_id(&this.0.id);
            /// When.
            "at" at: chrono::DateTime<chrono::Utc> = utc(this.0.at);
            /// Who (null for the service itself or an agent).
            pub async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<Eager<User>>> {
                let Some(id) = &self.0.actor_id else {
                    return Ok(None);
                };
                let me = ctx.user()?;
                let actor = load_user(ctx, id).await?.filter(|u| access::shows_actor(me, u));
                Ok(actor.map(|u| Eager(User::new(u))))
            }
            /// The operation, e.g. `connectionInfo`, `setDesktopCredentials`.
            "action" action: &str = &this.0.action;
            /// The object acted on.
            "targetId" target_id: Option<ID> = this.0.target_id.as_ref().map(|t| ID(t.clone()));
            /// `ok`, `denied` or `failed`.
            "outcome" outcome: &str = &this.0.outcome;
            /// More about it (never a secret).
            "detail" detail: Option<&str> = this.0.detail.as_deref();
        }
        children(this) {
            "actor" => this.1.as_ref().map(|u| u.as_ref().map(|u| u as &dyn AtHand)),
        }
    }
}

connection!(AuditEntryConnection, AuditEntryEdge, Eager<AuditEntry>, "audit entry");
