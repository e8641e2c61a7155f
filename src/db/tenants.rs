//! Tenants.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::models::TenantRow;
use super::pagination::{Page, PageArgs};
use super::schema::tenants::dsl as t;
use crate::domain::id::TenantId;
use crate::domain::scope::TenantScope;
use crate::{with_conn, write_tx};

/// Inserts a tenant; `Ok(false)` when the slug is taken.
pub async fn insert(conn: &mut Conn, row: &TenantRow) -> QueryResult<bool> {
    write_tx!(conn, |c| {
        let taken: i64 = t::tenants.filter(t::slug.eq(&row.slug)).count().get_result(c).await?;
        if taken > 0 {
            return Ok(false);
        }
        diesel::insert_into(t::tenants).values(row).execute(c).await?;
        Ok(true)
    })
}

/// A tenant within scope.
pub async fn find(conn: &mut Conn, id: &TenantId, scope: &TenantScope) -> QueryResult<Option<TenantRow>> {
    match scope {
        TenantScope::All => {}
        TenantScope::Tenant(own) if own == id => {}
        TenantScope::Tenant(_) | TenantScope::Nothing => return Ok(None),
    }
    with_conn!(conn, |c| t::tenants
        .find(id)
        .select(TenantRow::as_select())
        .first(c)
        .await
        .optional())
}

/// Tenants by id (data loader); out-of-scope ids are left out.
pub async fn find_many(conn: &mut Conn, ids: &[TenantId]) -> QueryResult<Vec<TenantRow>> {
    with_conn!(conn, |c| t::tenants
        .filter(t::id.eq_any(ids))
        .select(TenantRow::as_select())
        .load(c)
        .await)
}

/// A tenant by slug.
pub async fn by_slug(conn: &mut Conn, slug: &str) -> QueryResult<Option<TenantRow>> {
    with_conn!(conn, |c| t::tenants
        .filter(t::slug.eq(slug))
        .select(TenantRow::as_select())
        .first(c)
        .await
        .optional())
}

/// Tenants by slug (for project mappings).
pub async fn by_slugs(conn: &mut Conn, slugs: &[String]) -> QueryResult<Vec<TenantRow>> {
    with_conn!(conn, |c| t::tenants
        .filter(t::slug.eq_any(slugs))
        .select(TenantRow::as_select())
        .load(c)
        .await)
}

/// One page of tenants in scope, by name then id.
pub async fn list(conn: &mut Conn, scope: &TenantScope, page: &PageArgs) -> QueryResult<Page<TenantRow>> {
    macro_rules! scoped {
        () => {{
            let mut q = t::tenants.into_boxed();
            match scope {
                TenantScope::All => {}
                TenantScope::Tenant(own) => q = q.filter(t::id.eq(own.clone())),
                TenantScope::Nothing => q = q.filter(t::id.eq_any(Vec::<TenantId>::new())),
            }
            q
        }};
    }
    with_conn!(conn, |c| {
        let total: i64 = if page.count {
            scoped!().count().get_result(c).await?
        } else {
            0
        };
        let mut q = scoped!();
        if let Some((name, id)) = &page.after {
            q = q.filter(
                t::name
                    .gt(name.clone())
                    .or(t::name.eq(name.clone()).and(t::id.gt(id.clone()))),
            );
        }
        let rows = q
            .order((t::name.asc(), t::id.asc()))
            .limit(page.limit())
            .select(TenantRow::as_select())
            .load(c)
            .await?;
        Ok(Page::from_rows(rows, page, total))
    })
}
