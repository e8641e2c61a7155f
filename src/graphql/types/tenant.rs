//! `Tenant`.

use async_graphql::ID;

use crate::db::models::TenantRow;
use crate::ids;

use super::connection::connection;
use super::eager::object_at_hand;

/// A customer organisation with its own users, custom images and desktops.
pub struct Tenant(pub TenantRow);

object_at_hand! {
    attributes { #[async_graphql::Object(serial)] }
    impl Tenant as "Tenant" => {
        fields(this) {
            /// Global ID.
            "id" id: ID = ids::encode_id(&this.0.id);
            /// Short unique name used at login.
            "slug" slug: &str = &this.0.slug;
            /// Display name.
            "name" name: &str = &this.0.name;
        }
        children(this) {}
    }
}

connection!(TenantConnection, TenantEdge, Eager<Tenant>, "tenant");
