//! The audit trail, newest first.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::counts::{CountKey, Total};
use super::models::{AuditRow, now};
use super::pagination::{Page, PageArgs, parse_time_key};
use super::schema::audit_log::dsl as a;
use crate::domain::id::{ApiTokenId, AuditEntryId, TenantId, UserId};
use crate::domain::scope::TenantScope;
use crate::domain::values::ObjectKind;
use crate::error::ApiResult;
use crate::ids;
use crate::with_conn;

/// What the domain records, before it is put in the form the trail keeps.
pub struct NewEntry<'a> {
    /// The user who acted, if any.
    pub actor_id: Option<&'a UserId>,
    /// The tenant the entry concerns.
    pub tenant_id: Option<&'a TenantId>,
    /// e.g. `connectionInfo`.
    pub action: &'a str,
    /// The object acted on.
    pub target: Option<(ObjectKind, &'a str)>,
    /// `ok`, `denied`, `failed`.
    pub outcome: &'a str,
    /// Free text, never a secret.
    pub detail: Option<String>,
    /// The API token the action came through, if any.
    pub through_token: Option<&'a ApiTokenId>,
}

/// Records an entry. The trail keeps its target, and the API token it came through (after the
/// detail, as `apiToken <ID>`), as the global IDs clients know, so entries hand them out as is.
pub async fn insert(conn: &mut Conn, entry: NewEntry<'_>) -> QueryResult<()> {
    let through = entry.through_token.map(|t| format!("apiToken {}", ids::encode_id(t).0));
    let detail = match (entry.detail, through) {
        (Some(d), Some(t)) => Some(format!("{d}; {t}")),
        (d, t) => d.or(t),
    };
    let row = AuditRow {
        id: AuditEntryId::new(),
        at: now(),
        actor_id: entry.actor_id.cloned(),
        tenant_id: entry.tenant_id.cloned(),
        action: entry.action.to_owned(),
        target_id: entry.target.map(|(kind, id)| ids::encode(kind, id).0),
        outcome: entry.outcome.to_owned(),
        detail,
    };
    with_conn!(conn, |c| diesel::insert_into(a::audit_log)
        .values(&row)
        .execute(c)
        .await
        .map(|_| ()))
}

/// One page of entries in scope (optionally one tenant's), newest first.
pub async fn list(
    conn: &mut Conn,
    scope: &TenantScope,
    tenant: Option<&TenantId>,
    page: &PageArgs,
) -> ApiResult<Page<AuditRow>> {
    let after = page
        .after
        .as_ref()
        .map(|(k, id)| parse_time_key(k).map(|t| (t, id.clone())))
        .transpose()?;
    macro_rules! scoped {
        () => {{
            let mut q = a::audit_log.into_boxed();
            match scope {
                TenantScope::All => {}
                TenantScope::Tenant(t) => q = q.filter(a::tenant_id.eq(t.clone())),
                TenantScope::Nothing => q = q.filter(a::tenant_id.eq_any(Vec::<TenantId>::new())),
            }
            if let Some(t) = tenant {
                q = q.filter(a::tenant_id.eq(t.clone()));
            }
            q
        }};
    }
    let total = match (scope, tenant) {
        (TenantScope::All, t) => Total::of(CountKey::audit_log(t)),
        (TenantScope::Tenant(t), None) => Total::of(CountKey::audit_log(Some(t))),
        (TenantScope::Tenant(t), Some(wanted)) if wanted == t => Total::of(CountKey::audit_log(Some(t))),
        (TenantScope::Tenant(_), Some(_)) | (TenantScope::Nothing, _) => Total::Counted,
    };
    let page = with_conn!(conn, |c| {
        let mut q = scoped!();
        if let Some((t, id)) = &after {
            q = q.filter(a::at.lt(*t).or(a::at.eq(*t).and(a::id.lt(id.clone()))));
        }
        let q = q.order((a::at.desc(), a::id.desc())).limit(page.limit());
        Ok::<_, diesel::result::Error>(crate::page_with_total!(
            async c,
            q,
            AuditRow::as_select(),
            page,
            &total,
            scoped!().count()
        ))
    })?;
    Ok(page)
}

/// One entry within scope.
pub async fn find(conn: &mut Conn, id: &AuditEntryId, scope: &TenantScope) -> QueryResult<Option<AuditRow>> {
    with_conn!(conn, |c| {
        let mut q = a::audit_log.filter(a::id.eq(id)).into_boxed();
        match scope {
            TenantScope::All => {}
            TenantScope::Tenant(t) => q = q.filter(a::tenant_id.eq(t.clone())),
            TenantScope::Nothing => q = q.filter(a::tenant_id.eq_any(Vec::<TenantId>::new())),
        }
        q.select(AuditRow::as_select()).first(c).await.optional()
    })
}
