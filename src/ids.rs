//! Opaque global IDs: `base64url("Type:uuid")`.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

use crate::error::{ApiError, ApiResult};

/// The kind of object a global ID names (the domain's [`ObjectKind`]).
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

/// Encodes a global ID.
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

/// The global ID of an object as plain text: how the audit trail stores its target and names the
/// API token an action came through, so that entries hand out the IDs clients know.
pub fn encode_text(kind: Kind, id: &str) -> String {
    encode(kind, id).0
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
pub fn decode(kind: Kind, id: &str) -> ApiResult<String> {
    let (k, internal) = decode_any(id)?;
    if k == kind {
        Ok(internal)
    } else {
        Err(ApiError::not_found(kind.name()))
    }
}

/// A fresh internal id.
pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_garbage() {
        let id = new_id();
        let g = encode(Kind::Image, &id);
        assert_eq!(decode(Kind::Image, &g).unwrap(), id);
        assert!(matches!(decode(Kind::Template, &g), Err(e) if e.code() == Some(crate::error::Code::NotFound)));
        assert!(matches!(decode_any("nope"), Err(e) if e.code() == Some(crate::error::Code::BadUserInput)));
    }

    #[test]
    fn encodes_type_colon_id_whatever_its_length() {
        assert_eq!(encode(Kind::AuditEntry, "x").0, B64.encode("AuditEntry:x"));
        let long = "y".repeat(100);
        assert_eq!(encode(Kind::Image, &long).0, B64.encode(format!("Image:{long}")));
    }
}
