//! Desktops. Every read takes the viewer's [`DesktopScope`].

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::models::DesktopRow;
use super::pagination::{Page, PageArgs};
use super::schema::desktops::dsl as d;
use super::sources::lower;
use crate::{with_conn, write_tx};

/// Which desktops a viewer may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DesktopScope {
    /// All (system admins).
    All,
    /// One tenant's (tenant admins).
    Tenant(String),
    /// Those assigned to one user (tenant users).
    Owner(String),
}

/// Filters of the desktop list.
#[derive(Debug, Clone, Default)]
pub struct DesktopFilter {
    /// Only this tenant's.
    pub tenant_id: Option<String>,
    /// Only this owner's.
    pub owner_id: Option<String>,
    /// Only those made from this source.
    pub source_id: Option<String>,
    /// Only those on this platform.
    pub platform_id: Option<String>,
    /// Name contains (case-insensitive).
    pub name_contains: Option<String>,
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
        q
    }};
}

/// One page of desktops by name then id.
pub async fn list(
    conn: &mut Conn,
    scope: &DesktopScope,
    filter: &DesktopFilter,
    page: &PageArgs,
) -> QueryResult<Page<DesktopRow>> {
    with_conn!(conn, |c| {
        let total: i64 = if page.count {
            filtered!(scope, filter).count().get_result(c).await?
        } else {
            0
        };
        let mut q = filtered!(scope, filter);
        if let Some((name, id)) = &page.after {
            q = q.filter(
                d::name
                    .gt(name.clone())
                    .or(d::name.eq(name.clone()).and(d::id.gt(id.clone()))),
            );
        }
        let rows = q
            .order((d::name.asc(), d::id.asc()))
            .limit(page.limit())
            .select(DesktopRow::as_select())
            .load(c)
            .await?;
        Ok(Page::from_rows(rows, page, total))
    })
}

/// A desktop within scope.
pub async fn find(conn: &mut Conn, id: &str, scope: &DesktopScope) -> QueryResult<Option<DesktopRow>> {
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
pub async fn of_platform(conn: &mut Conn, platform_id: &str) -> QueryResult<Vec<DesktopRow>> {
    with_conn!(conn, |c| d::desktops
        .filter(d::platform_id.eq(platform_id))
        .select(DesktopRow::as_select())
        .load(c)
        .await)
}

/// How many desktops live on a platform.
pub async fn count_on_platform(conn: &mut Conn, platform_id: &str) -> QueryResult<i64> {
    with_conn!(conn, |c| d::desktops
        .filter(d::platform_id.eq(platform_id))
        .count()
        .get_result(c)
        .await)
}

/// Desktops made from a source, within scope.
pub async fn of_source(conn: &mut Conn, source_id: &str, scope: &DesktopScope) -> QueryResult<Vec<DesktopRow>> {
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

/// Writes every mutable field of `row` if the stored version is `expected`; bumps the version.
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
                d::agent_os_type.eq(&row.agent_os_type),
                d::agent_os_distro.eq(&row.agent_os_distro),
                d::agent_os_version.eq(&row.agent_os_version),
                d::agent_hostname.eq(&row.agent_hostname),
                d::agent_version.eq(&row.agent_version),
                d::agent_reported_at.eq(row.agent_reported_at),
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
pub async fn set_removed(conn: &mut Conn, ids: &[String], removed: bool, at: NaiveDateTime) -> QueryResult<usize> {
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
pub async fn delete(conn: &mut Conn, id: &str) -> QueryResult<usize> {
    write_tx!(conn, |c| diesel::delete(d::desktops.find(id)).execute(c).await)
}

/// What an agent report writes.
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = super::schema::desktops, treat_none_as_null = true)]
pub struct AgentFields {
    /// OS type.
    pub agent_os_type: Option<String>,
    /// Distro.
    pub agent_os_distro: Option<String>,
    /// OS version.
    pub agent_os_version: Option<String>,
    /// Host name.
    pub agent_hostname: Option<String>,
    /// Agent version.
    pub agent_version: Option<String>,
    /// When.
    pub agent_reported_at: Option<NaiveDateTime>,
}

/// One agent report to write: the desktop, the token it came with, and what it says.
#[derive(Debug, Clone)]
pub struct ReportWrite {
    /// The desktop.
    pub id: String,
    /// The hash of the token the report came with.
    pub token_hash: String,
    /// What it writes.
    pub fields: AgentFields,
}

/// PostgreSQL: many reports in one statement (one round trip, one commit).
const PG_RECORD_REPORTS: &str = "UPDATE desktops AS d SET agent_os_type = v.os_type, \
     agent_os_distro = v.os_distro, agent_os_version = v.os_version, agent_hostname = v.hostname, \
     agent_version = v.agent_version, agent_reported_at = v.reported_at, updated_at = v.reported_at, \
     version = d.version + 1 \
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], \
     $8::timestamp[]) AS v(id, token_hash, os_type, os_distro, os_version, hostname, agent_version, reported_at) \
     WHERE d.id = v.id AND d.agent_token_hash = v.token_hash RETURNING d.*";

/// Records agent reports (last report wins), each only if its token is still its desktop's, and
/// returns the desktops written; a report whose token was replaced meanwhile writes nothing and
/// is missing from the result. Desktop ids must be distinct. PostgreSQL takes them in one
/// statement; SQLite in one transaction.
pub async fn record_reports(conn: &mut Conn, reports: &[ReportWrite]) -> QueryResult<Vec<DesktopRow>> {
    use diesel::sql_types::{Array, Nullable, Text, Timestamp};
    match &mut *conn {
        Conn::Pg(obj) => {
            let c: &mut diesel_async::AsyncPgConnection = obj;
            let texts = |f: fn(&ReportWrite) -> Option<String>| reports.iter().map(f).collect::<Vec<_>>();
            diesel::sql_query(PG_RECORD_REPORTS)
                .bind::<Array<Text>, _>(reports.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .bind::<Array<Text>, _>(reports.iter().map(|r| r.token_hash.clone()).collect::<Vec<_>>())
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_os_type.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_os_distro.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_os_version.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_hostname.clone()))
                .bind::<Array<Nullable<Text>>, _>(texts(|r| r.fields.agent_version.clone()))
                .bind::<Array<Timestamp>, _>(
                    reports
                        .iter()
                        .map(|r| r.fields.agent_reported_at.unwrap_or_default())
                        .collect::<Vec<_>>(),
                )
                .load::<DesktopRow>(c)
                .await
        }
        Conn::Sqlite(_) => {
            write_tx!(conn, |c| {
                let mut saved = Vec::with_capacity(reports.len());
                for r in reports {
                    let row = diesel::update(d::desktops.find(&r.id).filter(d::agent_token_hash.eq(&r.token_hash)))
                        .set((
                            &r.fields,
                            d::version.eq(d::version + 1),
                            d::updated_at.eq(r.fields.agent_reported_at.unwrap_or_default()),
                        ))
                        .returning(DesktopRow::as_returning())
                        .get_result(c)
                        .await
                        .optional()?;
                    saved.extend(row);
                }
                Ok::<_, diesel::result::Error>(saved)
            })
        }
    }
}
