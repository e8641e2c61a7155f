//! User accounts.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::counts::{CountKey, Total};
use super::models::UserRow;
use super::pagination::{Page, PageArgs};
use super::schema::users::dsl as u;
use crate::domain::id::{TenantId, UserId};
use crate::domain::scope::TenantScope;
use crate::{with_conn, write_tx};

/// Inserts a user; `Ok(false)` when the name is taken in its namespace.
pub async fn insert(conn: &mut Conn, row: &UserRow) -> QueryResult<bool> {
    write_tx!(conn, |c| {
        let taken: i64 = u::users
            .filter(u::namespace.eq(&row.namespace))
            .filter(u::username.eq(&row.username))
            .count()
            .get_result(c)
            .await?;
        if taken > 0 {
            return Ok(false);
        }
        diesel::insert_into(u::users).values(row).execute(c).await?;
        Ok(true)
    })
}

/// A user by id, whatever its scope (to authenticate a token).
pub async fn by_id(conn: &mut Conn, id: &UserId) -> QueryResult<Option<UserRow>> {
    with_conn!(conn, |c| u::users
        .find(id)
        .select(UserRow::as_select())
        .first(c)
        .await
        .optional())
}

/// A user within scope.
pub async fn find(conn: &mut Conn, id: &UserId, scope: &TenantScope) -> QueryResult<Option<UserRow>> {
    with_conn!(conn, |c| {
        let mut q = u::users.filter(u::id.eq(id)).into_boxed();
        match scope {
            TenantScope::All => {}
            TenantScope::Tenant(t) => q = q.filter(u::tenant_id.eq(t.clone())),
            TenantScope::Nothing => q = q.filter(u::tenant_id.eq_any(Vec::<TenantId>::new())),
        }
        q.select(UserRow::as_select()).first(c).await.optional()
    })
}

/// Users by id (data loader), within scope.
pub async fn find_many(conn: &mut Conn, ids: &[UserId], scope: &TenantScope) -> QueryResult<Vec<UserRow>> {
    with_conn!(conn, |c| {
        let mut q = u::users.filter(u::id.eq_any(ids)).into_boxed();
        match scope {
            TenantScope::All => {}
            TenantScope::Tenant(t) => q = q.filter(u::tenant_id.eq(t.clone())),
            TenantScope::Nothing => q = q.filter(u::tenant_id.eq_any(Vec::<TenantId>::new())),
        }
        q.select(UserRow::as_select()).load(c).await
    })
}

/// The stored login namespace of the system's accounts; a tenant's accounts have its id.
const SYSTEM_NAMESPACE: &str = "";

/// The stored login namespace of `tenant_id`'s accounts, or of the system's for `None`.
pub fn namespace(tenant_id: Option<&TenantId>) -> String {
    tenant_id.map_or(SYSTEM_NAMESPACE, TenantId::as_str).to_owned()
}

/// A user by login name among a tenant's accounts, or the system's for `None`.
pub async fn by_login(conn: &mut Conn, tenant_id: Option<&TenantId>, username: &str) -> QueryResult<Option<UserRow>> {
    let namespace = namespace(tenant_id);
    with_conn!(conn, |c| {
        u::users
            .filter(u::namespace.eq(namespace))
            .filter(u::username.eq(username))
            .select(UserRow::as_select())
            .first(c)
            .await
            .optional()
    })
}

/// Which users a list shows.
#[derive(Debug, Clone)]
pub enum UserSet {
    /// Every user, or one tenant's when given.
    All(Option<TenantId>),
    /// One tenant's users.
    Tenant(TenantId),
    /// Only this user.
    Only(UserId),
}

/// One page of users by username then id.
pub async fn list(conn: &mut Conn, set: &UserSet, page: &PageArgs) -> QueryResult<Page<UserRow>> {
    macro_rules! scoped {
        () => {{
            let mut q = u::users.into_boxed();
            match set {
                UserSet::All(None) => {}
                UserSet::All(Some(t)) | UserSet::Tenant(t) => q = q.filter(u::tenant_id.eq(t.clone())),
                UserSet::Only(id) => q = q.filter(u::id.eq(id.clone())),
            }
            q
        }};
    }
    let total = match set {
        UserSet::All(None) => Total::of(CountKey::users(None)),
        UserSet::All(Some(t)) | UserSet::Tenant(t) => Total::of(CountKey::users(Some(t))),
        UserSet::Only(_) => Total::Counted,
    };
    with_conn!(conn, |c| {
        let mut q = scoped!();
        if let Some((name, id)) = &page.after {
            q = q.filter(
                u::username
                    .gt(name.clone())
                    .or(u::username.eq(name.clone()).and(u::id.gt(id.clone()))),
            );
        }
        let q = q.order((u::username.asc(), u::id.asc())).limit(page.limit());
        Ok(crate::page_with_total!(async c, q, UserRow::as_select(), page, &total, scoped!().count()))
    })
}

/// Sets `disabled`; bumps the token version so existing tokens stop working at once.
pub async fn set_disabled(conn: &mut Conn, id: &UserId, disabled: bool) -> QueryResult<UserRow> {
    write_tx!(conn, |c| {
        diesel::update(u::users.find(id))
            .set((u::disabled.eq(disabled), u::token_version.eq(u::token_version + 1)))
            .execute(c)
            .await?;
        u::users.find(id).select(UserRow::as_select()).first(c).await
    })
}

/// Replaces the password hash.
pub async fn set_password(conn: &mut Conn, id: &UserId, hash: &str) -> QueryResult<UserRow> {
    write_tx!(conn, |c| {
        diesel::update(u::users.find(id))
            .set((u::password_hash.eq(hash), u::token_version.eq(u::token_version + 1)))
            .execute(c)
            .await?;
        u::users.find(id).select(UserRow::as_select()).first(c).await
    })
}
