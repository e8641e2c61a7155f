//! `AuditEntry`.

use async_graphql::{Context, ID};

use crate::db::models::AuditRow;
use crate::error::ApiResult;
use crate::graphql::loaders::load_user;
use crate::ids::{self, Kind};

use super::connection::connection;
use super::eager::{Eager, object_at_hand};
use super::user::User;
use super::utc;

/// Who changed what, when, and how it ended. Never a secret.
pub struct AuditEntry(pub AuditRow);

object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl AuditEntry as "AuditEntry" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode(Kind::AuditEntry, &this.0.id);
            /// When.
            "at" at: chrono::DateTime<chrono::Utc> = utc(this.0.at);
            /// Who (null for the service itself or an agent).
            pub async fn actor(&self, ctx: &Context<'_>) -> ApiResult<Option<Eager<User>>> {
                match &self.0.actor_id {
                    Some(id) => Ok(load_user(ctx, id).await?.map(|u| Eager(User(u)))),
                    None => Ok(None),
                }
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
        children(this) {}
    }
}

connection!(AuditEntryConnection, AuditEntryEdge, Eager<AuditEntry>, "audit entry");
