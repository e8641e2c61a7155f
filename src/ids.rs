//! Opaque global IDs: `base64url("Type:uuid")`, and the typed ids (`domain::id`) they carry:
//! the API's edge decodes a global ID into the id type of its kind, never into bare text.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

use crate::domain::id::{ApiTokenId, AuditEntryId, DesktopId, PlatformId, SourceId, SyncRunId, TenantId, UserId};
use crate::domain::values::Resource;
use crate::error::{ApiError, ApiResult};

/// The kind of object a global ID names: the domain's [`crate::domain::values::ObjectKind`].
pub use crate::domain::values::ObjectKind as Kind;

const KINDS: [(Kind, &str); 9] = [
    (Kind::Tenant, "Tenant"),
    (Kind::User, "User"),
    (Kind::CloudPlatform, "CloudPlatform"),
    (Kind::Image, "Image"),
    (Kind::Template, "Template"),
    (Kind::SyncRun, "SyncRun"),
    (Kind::Desktop, "Desktop"),
    (Kind::AuditEntry, "AuditEntry"),
    (Kind::ApiToken, "ApiToken"),
];

impl Kind {
    fn name(self) -> &'static str {
        KINDS.iter().find(|(k, _)| *k == self).map_or("Unknown", |(_, n)| n)
    }
}

/// An id type that global IDs of one kind carry.
pub trait GlobalId: Sized {
    /// The kind of object its global IDs name.
    const KIND: Kind;

    /// The internal id, to encode.
    fn internal(&self) -> &str;

    /// The id a decoded global ID of [`Self::KIND`] carries.
    fn decoded(internal: String) -> Self;
}

/// Maps each id type to its kind.
macro_rules! global_ids {
    ($($id:ty => $kind:ident),+ $(,)?) => {$(
        impl GlobalId for $id {
            const KIND: Kind = Kind::$kind;

            fn internal(&self) -> &str {
                self.as_str()
            }

            fn decoded(internal: String) -> Self {
                <$id>::from_internal(internal)
            }
        }
    )+};
}

global_ids!(
    TenantId => Tenant,
    UserId => User,
    PlatformId => CloudPlatform,
    SyncRunId => SyncRun,
    DesktopId => Desktop,
    AuditEntryId => AuditEntry,
    ApiTokenId => ApiToken,
);

/// The global ID of `id`.
pub fn encode_id<T: GlobalId>(id: &T) -> async_graphql::ID {
    encode(T::KIND, id.internal())
}

/// The global ID of a source: an `Image` or a `Template` ID, after its resource.
pub fn encode_source(resource: Resource, id: &SourceId) -> async_graphql::ID {
    encode(source_kind(resource), id.as_str())
}

fn source_kind(resource: Resource) -> Kind {
    match resource {
        Resource::Image => Kind::Image,
        Resource::Template => Kind::Template,
    }
}

/// Decodes an ID that must name a `T`: malformed → `BAD_USER_INPUT`, another kind → `NOT_FOUND`.
pub fn decode_id<T: GlobalId>(id: &str) -> ApiResult<T> {
    decode(T::KIND, id).map(T::decoded)
}

/// Decodes an Image or Template ID into its resource and source id; another kind → `NOT_FOUND`.
pub fn decode_source(id: &str) -> ApiResult<(Resource, SourceId)> {
    match decode_any(id)? {
        (Kind::Image, id) => Ok((Resource::Image, SourceId::from_internal(id))),
        (Kind::Template, id) => Ok((Resource::Template, SourceId::from_internal(id))),
        _ => Err(ApiError::not_found("image or template")),
    }
}

/// What a global ID of any kind names, decoded into its id type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyId {
    /// A tenant.
    Tenant(TenantId),
    /// A user.
    User(UserId),
    /// A cloud platform.
    CloudPlatform(PlatformId),
    /// An image or a template.
    Source(Resource, SourceId),
    /// A sync run.
    SyncRun(SyncRunId),
    /// A desktop.
    Desktop(DesktopId),
    /// An audit entry.
    AuditEntry(AuditEntryId),
    /// An API token.
    ApiToken(ApiTokenId),
}

/// Decodes a global ID of any kind into its typed id; `BAD_USER_INPUT` when malformed.
pub fn decode_typed(id: &str) -> ApiResult<AnyId> {
    let (kind, internal) = decode_any(id)?;
    Ok(match kind {
        Kind::Tenant => AnyId::Tenant(TenantId::from_internal(internal)),
        Kind::User => AnyId::User(UserId::from_internal(internal)),
        Kind::CloudPlatform => AnyId::CloudPlatform(PlatformId::from_internal(internal)),
        Kind::Image => AnyId::Source(Resource::Image, SourceId::from_internal(internal)),
        Kind::Template => AnyId::Source(Resource::Template, SourceId::from_internal(internal)),
        Kind::SyncRun => AnyId::SyncRun(SyncRunId::from_internal(internal)),
        Kind::Desktop => AnyId::Desktop(DesktopId::from_internal(internal)),
        Kind::AuditEntry => AnyId::AuditEntry(AuditEntryId::from_internal(internal)),
        Kind::ApiToken => AnyId::ApiToken(ApiTokenId::from_internal(internal)),
    })
}

/// Encodes a global ID of `kind` for an internal id given as text (the audit log's target);
/// everything else encodes its typed id with [`encode_id`] or [`encode_source`].
pub fn encode(kind: Kind, id: &str) -> async_graphql::ID {
    // A page encodes a hundred or more of these: `Type:uuid` is put together on the stack, so
    // the encoded text is the one allocation.
    let (name, mut raw) = (kind.name().as_bytes(), [0u8; 64]);
    let len = name.len() + 1 + id.len();
    if len > raw.len() {
        return async_graphql::ID(B64.encode(format!("{}:{id}", kind.name())));
    }
    raw[..name.len()].copy_from_slice(name);
    raw[name.len()] = b':';
    raw[name.len() + 1..len].copy_from_slice(id.as_bytes());
    async_graphql::ID(B64.encode(&raw[..len]))
}

/// Decodes any global ID into its kind and internal id; `BAD_USER_INPUT` when malformed.
pub fn decode_any(id: &str) -> ApiResult<(Kind, String)> {
    let bad = || ApiError::bad_input(format!("{id:?} is not a valid ID"));
    let raw = B64.decode(id.trim()).map_err(|_| bad())?;
    let text = String::from_utf8(raw).map_err(|_| bad())?;
    let (name, internal) = text.split_once(':').ok_or_else(bad)?;
    let kind = KINDS
        .iter()
        .find(|(_, n)| *n == name)
        .map(|(k, _)| *k)
        .ok_or_else(bad)?;
    if uuid::Uuid::parse_str(internal).is_err() {
        return Err(bad());
    }
    Ok((kind, internal.to_owned()))
}

/// Decodes an ID that must be of `kind`: malformed → `BAD_USER_INPUT`, another kind → `NOT_FOUND`.
fn decode(kind: Kind, id: &str) -> ApiResult<String> {
    let (k, internal) = decode_any(id)?;
    if k == kind {
        Ok(internal)
    } else {
        Err(ApiError::not_found(kind.name()))
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_garbage() {
        let id = SourceId::new();
        let g = encode_source(Resource::Image, &id);
        assert_eq!(decode_source(&g).unwrap(), (Resource::Image, id.clone()));
        assert!(matches!(decode(Kind::Template, &g), Err(e) if e.code() == Some(crate::error::Code::NotFound)));
        assert!(matches!(decode_any("nope"), Err(e) if e.code() == Some(crate::error::Code::BadUserInput)));
    }

    #[test]
    fn a_typed_id_decodes_only_from_its_own_kind() {
        let tenant = TenantId::new();
        let g = encode_id(&tenant);
        assert_eq!(decode_id::<TenantId>(&g).unwrap(), tenant);
        assert_eq!(decode_typed(&g).unwrap(), AnyId::Tenant(tenant));
        assert!(matches!(decode_id::<DesktopId>(&g), Err(e) if e.code() == Some(crate::error::Code::NotFound)));
        assert!(matches!(decode_source(&g), Err(e) if e.code() == Some(crate::error::Code::NotFound)));
    }

    #[test]
    fn encodes_type_colon_id_whatever_its_length() {
        assert_eq!(encode(Kind::AuditEntry, "x").0, B64.encode("AuditEntry:x"));
        let long = "y".repeat(100);
        assert_eq!(encode(Kind::Image, &long).0, B64.encode(format!("Image:{long}")));
    }
}
