//! GraphQL object types.

pub mod api_token;
pub mod audit;
pub mod boxed;
pub mod connection;
pub mod desktop;
pub mod eager;
pub mod enums;
pub mod node;
pub mod platform;
pub mod source;
pub mod sync_run;
pub mod tenant;
pub mod user;

/// A stored timestamp as a `DateTime` (UTC).
pub fn utc(t: chrono::NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    t.and_utc()
}
