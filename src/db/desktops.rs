//! Desktops. Every read takes the viewer's [`DesktopScope`].

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::counts::{CountKey, Total};
use super::models::DesktopRow;
use super::pagination::{Page, PageArgs};
use super::schema::desktops::dsl as d;
use super::sources::lower;
use crate::domain::id::{DesktopId, PlatformId, SourceId, TenantId, UserId};
use crate::domain::scope::DesktopScope;
use crate::domain::values::BootMode;
use crate::{with_conn, write_tx};

/// Filters of the desktop list.
#[derive(Debug, Clone, Default)]
pub struct DesktopFilter {
    /// Only this tenant's.
    pub tenant_id: Option<TenantId>,
    /// Only this owner's.
    pub owner_id: Option<UserId>,
    /// Only those made from this source.
    pub source_id: Option<SourceId>,
    /// Only those on this platform.
    pub platform_id: Option<PlatformId>,
    /// Name contains (case-insensitive).
    pub name_contains: Option<String>,
    /// Only those with (false: without) a problem of [`crate::domain::desktop_readiness`].
    pub ready: Option<bool>,
}

macro_rules! scoped {
    ($scope:expr) => {{
        let mut q = d::desktops.into_boxed();
        match $scope {
            DesktopScope::All => {}
            DesktopScope::Tenant(t) => q = q.filter(d::tenant_id.eq(t.clone())),
            DesktopScope::Owner(u) => q = q.filter(d::owner_id.eq(u.clone())),
        }
        q
    }};
}

/// A desktop flagged by R6/R8, as [`crate::domain::desktop_readiness::problems`] says it: its
/// source is not virtio, or has a boot mode other than the desktop's. Subqueries on the sources
/// alone (no correlation), so both backends plan them the same way.
macro_rules! flagged {
    () => {{
        use super::schema::sources::dsl as s;
        let not_virtio = s::sources
            .filter(s::video_model.is_null().or(s::video_model.ne("virtio")))
            .select(s::id);
        let bios = s::sources.filter(s::boot_mode.eq(BootMode::Bios)).select(s::id);
        let uefi = s::sources.filter(s::boot_mode.eq(BootMode::Uefi)).select(s::id);
        d::source_id
            .eq_any(not_virtio)
            .or(d::source_id.eq_any(bios).and(d::boot_mode.ne(BootMode::Bios)))
            .or(d::source_id.eq_any(uefi).and(d::boot_mode.ne(BootMode::Uefi)))
    }};
}

macro_rules! filtered {
    ($scope:expr, $filter:expr) => {{
        let mut q = scoped!($scope);
        let f: &DesktopFilter = $filter;
        if let Some(v) = &f.tenant_id {
            q = q.filter(d::tenant_id.eq(v.clone()));
        }
        if let Some(v) = &f.owner_id {
            q = q.filter(d::owner_id.eq(v.clone()));
        }
        if let Some(v) = &f.source_id {
            q = q.filter(d::source_id.eq(v.clone()));
        }
        if let Some(v) = &f.platform_id {
            q = q.filter(d::platform_id.eq(v.clone()));
        }
        if let Some(n) = &f.name_contains {
            q = q.filter(lower(d::name).like(super::sources::like_pattern(n)).escape('\\'));
        }
        match f.ready {
            Some(true) => q = q.filter(diesel::dsl::not(flagged!())),
            Some(false) => q = q.filter(flagged!()),
            None => {}
        }
        q
    }};
}

/// The stored count that is the list's total, when its filter is only a tenant.
fn stored_total(scope: &DesktopScope, filter: &DesktopFilter) -> Total {
    let DesktopFilter {
        tenant_id,
        owner_id: None,
        source_id: None,
        platform_id: None,
        name_contains: None,
        ready: None,
    } = filter
    else {
        return Total::Counted;
    };
    match (scope, tenant_id) {
        (DesktopScope::All, t) => Total::of(CountKey::desktops(t.as_ref())),
        (DesktopScope::Tenant(t), None) => Total::of(CountKey::desktops(Some(t))),
        (DesktopScope::Tenant(t), Some(wanted)) if wanted == t => Total::of(CountKey::desktops(Some(t))),
        _ => Total::Counted,
    }
}

/// One page of desktops by name then id.
pub async fn list(
    conn: &mut Conn,
    scope: &DesktopScope,
    filter: &DesktopFilter,
    page: &PageArgs,
) -> QueryResult<Page<DesktopRow>> {
    let total = stored_total(scope, filter);
    with_conn!(conn, |c| {
        let mut q = filtered!(scope, filter);
        if let Some((name, id)) = &page.after {
            q = q.filter(
                d::name
                    .gt(name.clone())
                    .or(d::name.eq(name.clone()).and(d::id.gt(id.clone()))),
            );
        }
        let q = q.order((d::name.asc(), d::id.asc())).limit(page.limit());
        Ok(crate::page_with_total!(async c, q, DesktopRow::as_select(), page, &total, filtered!(scope, filter).count()))
    })
}

/// A desktop within scope.
pub async fn find(conn: &mut Conn, id: &DesktopId, scope: &DesktopScope) -> QueryResult<Option<DesktopRow>> {
    with_conn!(conn, |c| {
        scoped!(scope)
            .filter(d::id.eq(id))
            .select(DesktopRow::as_select())
            .first(c)
            .await
            .optional()
    })
}

/// The desktop an agent token belongs to.
pub async fn by_agent_token(conn: &mut Conn, token_hash: &str) -> QueryResult<Option<DesktopRow>> {
    with_conn!(conn, |c| {
        d::desktops
            .filter(d::agent_token_hash.eq(token_hash))
            .select(DesktopRow::as_select())
            .first(c)
            .await
            .optional()
    })
}

/// Every desktop on a platform (the sync's view).
pub async fn of_platform(conn: &mut Conn, platform_id: &PlatformId) -> QueryResult<Vec<DesktopRow>> {
    with_conn!(conn, |c| d::desktops
        .filter(d::platform_id.eq(platform_id))
        .select(DesktopRow::as_select())
        .load(c)
        .await)
}

/// How many desktops live on a platform.
pub async fn count_on_platform(conn: &mut Conn, platform_id: &PlatformId) -> QueryResult<i64> {
    with_conn!(conn, |c| d::desktops
        .filter(d::platform_id.eq(platform_id))
        .count()
        .get_result(c)
        .await)
}

/// Desktops made from a source, within scope.
pub async fn of_source(conn: &mut Conn, source_id: &SourceId, scope: &DesktopScope) -> QueryResult<Vec<DesktopRow>> {
    with_conn!(conn, |c| {
        scoped!(scope)
            .filter(d::source_id.eq(source_id))
            .select(DesktopRow::as_select())
            .load(c)
            .await
    })
}

/// Inserts desktops (one, or those a sync imports).
pub async fn insert(conn: &mut Conn, rows: &[DesktopRow]) -> QueryResult<()> {
    write_tx!(conn, |c| {
        for row in rows {
            diesel::insert_into(d::desktops).values(row).execute(c).await?;
        }
        Ok::<_, diesel::result::Error>(())
    })
}

/// Writes every mutable field of `row` but the agent's reports (written by
/// [`super::agent_reports`] only) if the stored version is `expected`; bumps the version.
/// `Ok(None)` when the version moved.
pub async fn save(conn: &mut Conn, row: &DesktopRow, expected: i32) -> QueryResult<Option<DesktopRow>> {
    let now = super::models::now();
    write_tx!(conn, |c| {
        let n = diesel::update(d::desktops.filter(d::id.eq(&row.id)).filter(d::version.eq(expected)))
            .set((
                d::owner_id.eq(&row.owner_id),
                d::removed.eq(row.removed),
                d::image_username.eq(&row.image_username),
                d::image_password_enc.eq(&row.image_password_enc),
                d::image_copy_at.eq(row.image_copy_at),
                d::image_copy_version.eq(row.image_copy_version),
                d::custom_username.eq(&row.custom_username),
                d::custom_password_enc.eq(&row.custom_password_enc),
                d::agent_token_hash.eq(&row.agent_token_hash),
                d::version.eq(expected + 1),
                d::updated_at.eq(now),
            ))
            .execute(c)
            .await?;
        if n == 0 {
            return Ok(None);
        }
        d::desktops
            .find(&row.id)
            .select(DesktopRow::as_select())
            .first(c)
            .await
            .map(Some)
    })
}

/// Marks desktops whose VMs vanished (true) or came back (false).
pub async fn set_removed(conn: &mut Conn, ids: &[DesktopId], removed: bool, at: NaiveDateTime) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    write_tx!(conn, |c| {
        diesel::update(d::desktops.filter(d::id.eq_any(ids)))
            .set((
                d::removed.eq(removed),
                d::version.eq(d::version + 1),
                d::updated_at.eq(at),
            ))
            .execute(c)
            .await
    })
}

/// Deletes a desktop row.
pub async fn delete(conn: &mut Conn, id: &DesktopId) -> QueryResult<usize> {
    write_tx!(conn, |c| diesel::delete(d::desktops.find(id)).execute(c).await)
}
