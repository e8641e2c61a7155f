//! API tokens: stored by the SHA-256 of their secret.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::models::{ApiTokenRow, UserRow};
use super::pagination::{Page, PageArgs};
use super::schema::api_tokens::dsl as t;
use super::schema::users;
use crate::domain::id::{ApiTokenId, TenantId, UserId};
use crate::{with_conn, write_tx};

/// Which tokens a viewer may see and revoke.
#[derive(Debug, Clone)]
pub enum TokenSet {
    /// Every token (system admins).
    All,
    /// One tenant's (its admins).
    Tenant(TenantId),
    /// One user's own.
    Owner(UserId),
}

/// Stores a new token.
pub async fn insert(conn: &mut Conn, row: &ApiTokenRow) -> QueryResult<()> {
    write_tx!(conn, |c| {
        diesel::insert_into(t::api_tokens).values(row).execute(c).await?;
        Ok(())
    })
}

/// The token whose secret hashes to `hash`, with its owner, whatever its state (to authenticate).
pub async fn by_hash(conn: &mut Conn, hash: &str) -> QueryResult<Option<(ApiTokenRow, UserRow)>> {
    with_conn!(conn, |c| t::api_tokens
        .inner_join(users::table)
        .filter(t::token_hash.eq(hash))
        .select((ApiTokenRow::as_select(), UserRow::as_select()))
        .first(c)
        .await
        .optional())
}

macro_rules! in_set {
    ($set:expr) => {{
        let mut q = t::api_tokens.into_boxed();
        match $set {
            TokenSet::All => {}
            TokenSet::Tenant(tenant) => q = q.filter(t::tenant_id.eq(tenant.clone())),
            TokenSet::Owner(owner) => q = q.filter(t::owner_id.eq(owner.clone())),
        }
        q
    }};
}

/// A token within `set`.
pub async fn find(conn: &mut Conn, id: &ApiTokenId, set: &TokenSet) -> QueryResult<Option<ApiTokenRow>> {
    with_conn!(conn, |c| in_set!(set)
        .filter(t::id.eq(id))
        .select(ApiTokenRow::as_select())
        .first(c)
        .await
        .optional())
}

/// One page of the tokens in `set`, by name then id.
pub async fn list(conn: &mut Conn, set: &TokenSet, page: &PageArgs) -> QueryResult<Page<ApiTokenRow>> {
    with_conn!(conn, |c| {
        let total: i64 = if page.count {
            in_set!(set).count().get_result(c).await?
        } else {
            0
        };
        let mut q = in_set!(set);
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
            .select(ApiTokenRow::as_select())
            .load(c)
            .await?;
        Ok(Page::from_rows(rows, page, total))
    })
}

/// How many of `owner`'s tokens are neither revoked nor expired at `at`.
pub async fn live_count(conn: &mut Conn, owner: &UserId, at: NaiveDateTime) -> QueryResult<i64> {
    with_conn!(conn, |c| t::api_tokens
        .filter(t::owner_id.eq(owner))
        .filter(t::revoked_at.is_null())
        .filter(t::expires_at.gt(at))
        .count()
        .get_result(c)
        .await)
}

/// Revokes a token (kept, with when); revoking twice keeps the first time.
pub async fn revoke(conn: &mut Conn, id: &ApiTokenId, at: NaiveDateTime) -> QueryResult<ApiTokenRow> {
    write_tx!(conn, |c| {
        diesel::update(t::api_tokens.find(id).filter(t::revoked_at.is_null()))
            .set(t::revoked_at.eq(Some(at)))
            .execute(c)
            .await?;
        t::api_tokens.find(id).select(ApiTokenRow::as_select()).first(c).await
    })
}

/// Records a use.
pub async fn touch(conn: &mut Conn, id: &ApiTokenId, at: NaiveDateTime) -> QueryResult<()> {
    write_tx!(conn, |c| {
        diesel::update(t::api_tokens.find(id))
            .set(t::last_used_at.eq(Some(at)))
            .execute(c)
            .await?;
        Ok(())
    })
}
