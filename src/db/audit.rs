//! The audit trail, newest first.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::counts::{CountKey, Total};
use super::models::AuditRow;
use super::pagination::{Page, PageArgs, parse_time_key};
use super::schema::audit_log::dsl as a;
use crate::domain::id::{AuditEntryId, TenantId};
use crate::domain::scope::TenantScope;
use crate::error::ApiResult;
use crate::with_conn;

/// Records an entry.
pub async fn insert(conn: &mut Conn, row: &AuditRow) -> QueryResult<()> {
    with_conn!(conn, |c| diesel::insert_into(a::audit_log)
        .values(row)
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
        let total: i64 = if page.count {
            crate::total!(async c, &total, scoped!().count())
        } else {
            0
        };
        let mut q = scoped!();
        if let Some((t, id)) = &after {
            q = q.filter(a::at.lt(*t).or(a::at.eq(*t).and(a::id.lt(id.clone()))));
        }
        let rows = q
            .order((a::at.desc(), a::id.desc()))
            .limit(page.limit())
            .select(AuditRow::as_select())
            .load(c)
            .await?;
        Ok::<_, diesel::result::Error>(Page::from_rows(rows, page, total))
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
