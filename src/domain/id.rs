//! The ids rows hold, one type per table: a tenant's id cannot be passed where a user's is
//! expected. Each is an opaque internal id (a UUID v4 as text), made fresh with `new`, read from
//! the database by diesel (`db::stored`) and decoded from a global ID at the API's edge
//! (`crate::ids`). A leaf module: it knows neither the database nor the API.

/// Declares each id type with its constructors, `as_str`, `Display` and serde as a plain string.
macro_rules! id_types {
    ($($(#[$doc:meta])* $name:ident;)+) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// A fresh id (UUID v4).
            #[expect(clippy::new_without_default, reason = "a fresh id each call, not a default value")]
            pub fn new() -> Self {
                Self(uuid::Uuid::new_v4().to_string())
            }

            /// The id an internal string names: one read back from storage or decoded from a
            /// global ID (`crate::ids`), never typed in by hand.
            pub fn from_internal(id: String) -> Self {
                Self(id)
            }

            /// The internal id as text (to store, encode or log it).
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }
    )+};
}

id_types! {
    /// A tenant's id.
    TenantId;
    /// A user's id.
    UserId;
    /// A cloud platform's id.
    PlatformId;
    /// A source's id (an image or a template).
    SourceId;
    /// A desktop's id.
    DesktopId;
    /// A sync run's id.
    SyncRunId;
    /// An audit entry's id.
    AuditEntryId;
    /// An API token's id.
    ApiTokenId;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_differ_and_print_as_their_text() {
        let (a, b) = (TenantId::new(), TenantId::new());
        assert_ne!(a, b);
        assert_eq!(a.to_string(), a.as_str());
        assert_eq!(String::from(a.clone()), a.as_str());
        assert_eq!(TenantId::from_internal(a.as_str().to_owned()), a);
    }

    #[test]
    fn ids_serialize_as_plain_strings() {
        let id = UserId::from_internal("u1".into());
        assert_eq!(serde_json::to_string(&id).ok().as_deref(), Some(r#""u1""#));
        let back: Option<UserId> = serde_json::from_str(r#""u1""#).ok();
        assert_eq!(back, Some(id));
    }
}
