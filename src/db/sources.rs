//! Images and templates. Every read takes the viewer's [`SourceSet`] so scope cannot be forgotten.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::Conn;
use super::batch::BatchInsert as _;
use super::counts::{CountKey, EVERY, NO_TENANT, Total};
use super::models::{ACTIVE, SourceRow};
use super::pagination::{Page, PageArgs};
use super::schema::platforms::dsl as p;
use super::schema::sources::dsl as s;
use crate::domain::id::{PlatformId, SourceId, TenantId};
use crate::domain::scope::TenantScope;
use crate::domain::values::{BootMode, Resource};
use crate::{with_conn, write_tx};

diesel::define_sql_function!(
    /// SQL `lower()`.
    fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text
);
diesel::define_sql_function!(
    fn coalesce(x: diesel::sql_types::Nullable<diesel::sql_types::Text>, y: diesel::sql_types::Text)
        -> diesel::sql_types::Text
);

/// Which sources a read may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceSet {
    /// System sources only (VDI images/templates, R4).
    System,
    /// Custom sources of the tenants in scope.
    Custom(TenantScope),
    /// System sources and the custom sources of the tenants in scope.
    Visible(TenantScope),
}

/// Filters of a list.
#[derive(Debug, Clone, Default)]
pub struct SourceFilter {
    /// Only this platform's.
    pub platform_id: Option<PlatformId>,
    /// Name contains this, case-insensitively.
    pub name_contains: Option<String>,
    /// OS type equals this.
    pub os_type: Option<String>,
    /// Boot mode equals this.
    pub boot_mode: Option<BootMode>,
    /// Ready (R8) or not.
    pub ready: Option<bool>,
    /// Include sources removed from their platform.
    pub include_removed: bool,
}

/// A `LIKE` pattern matching `text` anywhere, lower-cased, with wildcards escaped.
pub fn like_pattern(text: &str) -> String {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// Expands to a boxed, filtered `sources` query for whichever backend the caller uses.
macro_rules! filtered {
    ($resource:expr, $set:expr, $filter:expr) => {{
        let mut q = s::sources.filter(s::resource.eq($resource)).into_boxed();
        q = match $set {
            SourceSet::System => q.filter(s::tenant_id.is_null()),
            SourceSet::Custom(TenantScope::All) => q.filter(s::tenant_id.is_not_null()),
            SourceSet::Custom(TenantScope::Tenant(t)) => q.filter(s::tenant_id.eq(t.clone())),
            SourceSet::Visible(TenantScope::All) => q,
            SourceSet::Visible(TenantScope::Tenant(t)) => {
                q.filter(s::tenant_id.is_null().or(s::tenant_id.eq(t.clone())))
            }
            SourceSet::Custom(TenantScope::Nothing) => q.filter(s::tenant_id.eq_any(Vec::<TenantId>::new())),
            SourceSet::Visible(TenantScope::Nothing) => q.filter(s::tenant_id.is_null()),
        };
        let f: &SourceFilter = $filter;
        if let Some(p) = &f.platform_id {
            q = q.filter(s::platform_id.eq(p.clone()));
        }
        if let Some(n) = &f.name_contains {
            q = q.filter(lower(s::name).like(like_pattern(n)).escape('\\'));
        }
        if let Some(t) = &f.os_type {
            q = q.filter(s::os_type.eq(t.clone()));
        }
        if let Some(m) = f.boot_mode {
            q = q.filter(s::boot_mode.eq(m));
        }
        if !f.include_removed {
            q = q.filter(s::removed.eq(false));
        }
        // R6: a UEFI source is not ready on a platform that boots no UEFI guest (the operator's
        // setting, else the driver's answer).
        let without_uefi = super::schema::platforms::table.select(p::id).filter(
            p::uefi_setting
                .eq(false)
                .or(p::uefi_setting.is_null().and(p::cap_uefi.eq(false))),
        );
        let ready = coalesce(s::video_model, "")
            .eq("virtio")
            .and(s::boot_mode.is_not_null())
            .and(s::removed.eq(false))
            .and(s::status.eq(ACTIVE))
            .and(diesel::dsl::not(
                coalesce(s::boot_mode, "")
                    .eq(BootMode::Uefi.as_str())
                    .and(s::platform_id.eq_any(without_uefi)),
            ));
        match f.ready {
            Some(true) => q = q.filter(ready),
            Some(false) => q = q.filter(diesel::dsl::not(ready)),
            None => {}
        }
        q
    }};
}

/// Orders a filtered query by name then id and cuts it after `$page`'s cursor, one row past its size.
macro_rules! paged {
    ($q:expr, $page:expr) => {{
        let mut q = $q;
        if let Some((name, id)) = &$page.after {
            q = q.filter(
                s::name
                    .gt(name.clone())
                    .or(s::name.eq(name.clone()).and(s::id.gt(id.clone()))),
            );
        }
        q.order((s::name.asc(), s::id.asc())).limit($page.limit())
    }};
}

/// The stored counts that make the list's total, when its filter is only its set, or, for every
/// source, one platform with removed sources included (a platform's page).
fn stored_total(resource: Resource, set: &SourceSet, filter: &SourceFilter) -> Total {
    if let (
        SourceSet::Visible(TenantScope::All),
        SourceFilter {
            platform_id: Some(platform),
            name_contains: None,
            os_type: None,
            boot_mode: None,
            ready: None,
            include_removed: true,
        },
    ) = (set, filter)
    {
        return Total::of(CountKey::platform_sources(resource, platform));
    }
    let SourceFilter {
        platform_id: None,
        name_contains: None,
        os_type: None,
        boot_mode: None,
        ready: None,
        include_removed: false,
    } = filter
    else {
        return Total::Counted;
    };
    let key = |k: &str| CountKey::sources(resource, k);
    match set {
        SourceSet::System => Total::of(key(NO_TENANT)),
        SourceSet::Custom(TenantScope::Tenant(t)) => Total::of(key(t.as_str())),
        SourceSet::Custom(TenantScope::All) => Total::Stored {
            plus: vec![key(EVERY)],
            minus: vec![key(NO_TENANT)],
        },
        SourceSet::Visible(TenantScope::All) => Total::of(key(EVERY)),
        SourceSet::Visible(TenantScope::Tenant(t)) => Total::Stored {
            plus: vec![key(NO_TENANT), key(t.as_str())],
            minus: vec![],
        },
        SourceSet::Custom(TenantScope::Nothing) => Total::Stored {
            plus: vec![],
            minus: vec![],
        },
        SourceSet::Visible(TenantScope::Nothing) => Total::of(key(NO_TENANT)),
    }
}

/// One page of sources ordered by name then id.
pub async fn list(
    conn: &mut Conn,
    resource: Resource,
    set: &SourceSet,
    filter: &SourceFilter,
    page: &PageArgs,
) -> QueryResult<Page<SourceRow>> {
    let total = stored_total(resource, set, filter);
    match &mut *conn {
        Conn::Sqlite(obj) => {
            // Read on the connection's own thread straight into rows: the async wrapper's `load`
            // first copies every value of every row (an eighth of the server's CPU for a page).
            let (set, filter, page) = (set.clone(), filter.clone(), page.clone());
            obj.spawn_blocking(move |c| {
                Ok(crate::page_with_total!(
                    sync c,
                    paged!(filtered!(resource, &set, &filter), page),
                    SourceRow::as_select(),
                    &page,
                    &total,
                    filtered!(resource, &set, &filter).count()
                ))
            })
            .await
        }
        Conn::Pg(obj) => {
            let c = &mut **obj;
            Ok(crate::page_with_total!(
                async c,
                paged!(filtered!(resource, set, filter), page),
                SourceRow::as_select(),
                page,
                &total,
                filtered!(resource, set, filter).count()
            ))
        }
    }
}

/// A source if the viewer's scope lets it be seen (tenant roles: system ones and their own).
pub async fn find_visible(conn: &mut Conn, id: &SourceId, scope: &TenantScope) -> QueryResult<Option<SourceRow>> {
    with_conn!(conn, |c| {
        let mut q = s::sources.filter(s::id.eq(id)).into_boxed();
        match scope {
            TenantScope::All => {}
            TenantScope::Tenant(t) => q = q.filter(s::tenant_id.is_null().or(s::tenant_id.eq(t.clone()))),
            TenantScope::Nothing => q = q.filter(s::tenant_id.is_null()),
        }
        q.select(SourceRow::as_select()).first(c).await.optional()
    })
}

/// Sources by id, for data loaders; scope applied as in [`find_visible`].
pub async fn find_many(conn: &mut Conn, ids: &[SourceId], scope: &TenantScope) -> QueryResult<Vec<SourceRow>> {
    with_conn!(conn, |c| {
        let mut q = s::sources.filter(s::id.eq_any(ids)).into_boxed();
        match scope {
            TenantScope::All => {}
            TenantScope::Tenant(t) => q = q.filter(s::tenant_id.is_null().or(s::tenant_id.eq(t.clone()))),
            TenantScope::Nothing => q = q.filter(s::tenant_id.is_null()),
        }
        q.select(SourceRow::as_select()).load(c).await
    })
}

/// Every source of a platform (the sync's view of what it already holds).
pub async fn of_platform(conn: &mut Conn, platform_id: &PlatformId) -> QueryResult<Vec<SourceRow>> {
    match &mut *conn {
        Conn::Sqlite(obj) => {
            // Read on the connection's own thread straight into rows: the async wrapper's `load`
            // first copies every value of every row (for 100,000 sources, 1.6 million copies and
            // about 100 MB held at once with the rows made from them).
            let platform_id = platform_id.clone();
            obj.spawn_blocking(move |c| {
                let query = s::sources
                    .filter(s::platform_id.eq(platform_id))
                    .select(SourceRow::as_select());
                diesel::RunQueryDsl::load(query, c)
            })
            .await
        }
        Conn::Pg(c) => {
            s::sources
                .filter(s::platform_id.eq(platform_id))
                .select(SourceRow::as_select())
                .load(&mut **c)
                .await
        }
    }
}

/// One source of a platform by the platform's id for it.
pub async fn by_external_id(
    conn: &mut Conn,
    platform_id: &PlatformId,
    external_id: &str,
) -> QueryResult<Option<SourceRow>> {
    with_conn!(conn, |c| {
        s::sources
            .filter(s::platform_id.eq(platform_id))
            .filter(s::external_id.eq(external_id))
            .select(SourceRow::as_select())
            .first(c)
            .await
            .optional()
    })
}

/// Platform-owned fields refreshed by a sync (R2).
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = super::schema::sources, treat_none_as_null = true)]
pub struct PlatformFields {
    /// Name.
    pub name: String,
    /// Boot mode.
    pub boot_mode: Option<BootMode>,
    /// Video model (platform spelling).
    pub video_model: Option<String>,
    /// Status.
    pub status: String,
    /// Size.
    pub size_bytes: Option<i64>,
    /// Owning project.
    pub project: Option<String>,
    /// Tenant derived from the project (R3).
    pub tenant_id: Option<TenantId>,
    /// Whether it is gone from the platform.
    pub removed: bool,
}

/// What one sync writes.
#[derive(Debug, Default)]
pub struct SyncWrite {
    /// New rows.
    pub inserts: Vec<SourceRow>,
    /// (id, new platform fields) of rows whose platform fields changed.
    pub updates: Vec<(SourceId, PlatformFields)>,
}

/// Applies a sync's changes in one write transaction; `synced_at` marks the rows it wrote.
pub async fn apply_sync(conn: &mut Conn, write: &SyncWrite, at: NaiveDateTime) -> QueryResult<()> {
    write_tx!(conn, |c| {
        c.insert_sources(&write.inserts).await?;
        for (id, fields) in &write.updates {
            diesel::update(s::sources.filter(s::id.eq(id)))
                .set((
                    fields,
                    s::version.eq(s::version + 1),
                    s::updated_at.eq(at),
                    s::synced_at.eq(at),
                ))
                .execute(c)
                .await?;
        }
        Ok::<_, diesel::result::Error>(())
    })
}

/// Business fields edited through the API (R9, R11).
#[derive(Debug, Clone, AsChangeset)]
#[diesel(table_name = super::schema::sources, treat_none_as_null = true)]
pub struct BusinessFields {
    /// OS type.
    pub os_type: Option<String>,
    /// OS distro.
    pub os_distro: Option<String>,
    /// OS username.
    pub os_username: Option<String>,
    /// Sealed OS password.
    pub os_password_enc: Option<String>,
    /// Bumped whenever the credentials change (R13 staleness).
    pub credentials_version: i32,
}

/// Writes business fields if the row is still at `version`; returns the new row, or `None` when
/// the version moved (the caller re-reads to tell stale from gone).
pub async fn update_business(
    conn: &mut Conn,
    id: &SourceId,
    version: i32,
    fields: &BusinessFields,
) -> QueryResult<Option<SourceRow>> {
    let now = super::models::now();
    write_tx!(conn, |c| {
        let n = diesel::update(s::sources.filter(s::id.eq(id)).filter(s::version.eq(version)))
            .set((fields, s::version.eq(version + 1), s::updated_at.eq(now)))
            .execute(c)
            .await?;
        if n == 0 {
            return Ok(None);
        }
        s::sources
            .filter(s::id.eq(id))
            .select(SourceRow::as_select())
            .first(c)
            .await
            .map(Some)
    })
}

/// Writes platform fields re-read after a change pushed to the platform; bumps the version.
pub async fn update_platform_fields(conn: &mut Conn, id: &SourceId, fields: &PlatformFields) -> QueryResult<SourceRow> {
    let now = super::models::now();
    write_tx!(conn, |c| {
        diesel::update(s::sources.filter(s::id.eq(id)))
            .set((
                fields,
                s::version.eq(s::version + 1),
                s::updated_at.eq(now),
                s::synced_at.eq(now),
            ))
            .execute(c)
            .await?;
        s::sources
            .filter(s::id.eq(id))
            .select(SourceRow::as_select())
            .first(c)
            .await
    })
}

/// Re-derives the tenant of a platform's sources from its project mapping (R3), bumping the version
/// of each source whose scope changes.
pub async fn rescope(conn: &mut Conn, platform_id: &PlatformId, mapping: &[(String, TenantId)]) -> QueryResult<usize> {
    let rows = of_platform(conn, platform_id).await?;
    let now = super::models::now();
    let changes: Vec<(SourceId, Option<TenantId>)> = rows
        .into_iter()
        .filter_map(|r| {
            let want = r
                .project
                .as_ref()
                .and_then(|p| mapping.iter().find(|(proj, _)| proj == p))
                .map(|(_, t)| t.clone());
            (want != r.tenant_id).then_some((r.id, want))
        })
        .collect();
    let count = changes.len();
    write_tx!(conn, |c| {
        for (id, tenant) in &changes {
            diesel::update(s::sources.filter(s::id.eq(id)))
                .set((
                    s::tenant_id.eq(tenant.clone()),
                    s::version.eq(s::version + 1),
                    s::updated_at.eq(now),
                ))
                .execute(c)
                .await?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(count)
}
