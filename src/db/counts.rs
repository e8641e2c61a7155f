//! Exact counts of the lists whose pages show `totalCount`, kept by triggers in the same
//! transaction as the rows they count (migrations `…_row_counts`, `…_platform_source_counts`): a
//! page's count is one
//! primary-key read however many rows a tenant has, and stays exact under concurrent writes and
//! across replicas (the database counts, not a process). A list with any other filter counts its
//! rows.

use crate::domain::id::{PlatformId, TenantId};
use crate::domain::values::Resource;

/// One stored count: what is counted and whose (`row_counts.counted`, `row_counts.scope_key`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountKey {
    /// What is counted.
    pub counted: String,
    /// Whose: a tenant or platform id, [`NO_TENANT`] or [`EVERY`].
    pub scope_key: String,
}

/// The key of rows that belong to no tenant (system sources, users and entries).
pub const NO_TENANT: &str = "system";
/// The key of every row.
pub const EVERY: &str = "*";

impl CountKey {
    fn new(counted: impl Into<String>, scope_key: impl Into<String>) -> Self {
        Self {
            counted: counted.into(),
            scope_key: scope_key.into(),
        }
    }

    /// Desktops of one tenant, or all (`None`).
    pub fn desktops(tenant: Option<&TenantId>) -> Self {
        Self::new("desktops", tenant.map_or(EVERY, TenantId::as_str))
    }

    /// Users of one tenant, or all (`None`).
    pub fn users(tenant: Option<&TenantId>) -> Self {
        Self::new("users", tenant.map_or(EVERY, TenantId::as_str))
    }

    /// Audit entries of one tenant, or all (`None`).
    pub fn audit_log(tenant: Option<&TenantId>) -> Self {
        Self::new("audit_log", tenant.map_or(EVERY, TenantId::as_str))
    }

    /// Sources of a resource not removed from their platform: `key` a tenant id, [`NO_TENANT`]
    /// or [`EVERY`].
    pub fn sources(resource: Resource, key: &str) -> Self {
        Self::new(format!("sources:{}", resource.as_str()), key)
    }

    /// Every source of a resource on one platform, removed ones included.
    pub fn platform_sources(resource: Resource, platform_id: &PlatformId) -> Self {
        Self::new(format!("platform_sources:{}", resource.as_str()), platform_id.as_str())
    }

    /// Sync runs of one platform.
    pub fn sync_runs(platform_id: &PlatformId) -> Self {
        Self::new("sync_runs", platform_id.as_str())
    }
}

/// How a list's total is found: stored counts added and subtracted, or counting its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Total {
    /// The sum of these stored counts minus those.
    Stored { plus: Vec<CountKey>, minus: Vec<CountKey> },
    /// No stored count fits the filter.
    Counted,
}

impl Total {
    /// One stored count.
    pub fn of(key: CountKey) -> Self {
        Self::Stored {
            plus: vec![key],
            minus: vec![],
        }
    }

    /// The one stored count that is the whole total, if it is one.
    pub fn single(&self) -> Option<&CountKey> {
        match self {
            Self::Stored { plus, minus } if plus.len() == 1 && minus.is_empty() => plus.first(),
            Self::Stored { .. } | Self::Counted => None,
        }
    }
}

/// The stored count of `$key` (a [`CountKey`]) on the concrete connection `$c`, 0 when none is
/// stored: `async` on an async connection (inside [`crate::with_conn!`]), `sync` on a blocking
/// one.
#[macro_export]
macro_rules! stored_count {
    (async $c:expr, $key:expr) => {{
        let n: Option<i64> = diesel_async::RunQueryDsl::first($crate::stored_count!(@query $key), $c)
            .await
            .optional()?;
        n.unwrap_or(0)
    }};
    (sync $c:expr, $key:expr) => {{
        let n: Option<i64> = diesel::RunQueryDsl::first($crate::stored_count!(@query $key), $c).optional()?;
        n.unwrap_or(0)
    }};
    (@query $key:expr) => {{
        use $crate::db::schema::row_counts::dsl as rc;
        let key: &$crate::db::counts::CountKey = $key;
        rc::row_counts
            .filter(rc::counted.eq(key.counted.clone()))
            .filter(rc::scope_key.eq(key.scope_key.clone()))
            .select(rc::n)
    }};
}

/// One page of `$q` (a boxed query already filtered, ordered and limited, its selection `$sel`
/// still to be given) with, when `$page` (a `PageArgs`) asks for it, the list's total `$total` (a
/// [`Total`], `$rows` counting rows where no stored count fits), as a `Page`; `async` or `sync` as
/// in [`stored_count!`]. A total that is one stored count is read in the page's own statement, a
/// subquery beside the rows that the database runs once: one round trip, and rows and total from
/// one snapshot. Only an empty page reads it alone. Any other total is read first, as [`total!`]
/// does.
#[macro_export]
macro_rules! page_with_total {
    ($mode:ident $c:expr, $q:expr, $sel:expr, $page:expr, $total:expr, $rows:expr) => {{
        let page: &$crate::db::pagination::PageArgs = $page;
        let total: &$crate::db::counts::Total = $total;
        match total.single().filter(|_| page.count) {
            Some(key) => {
                let with_total = $q.select(($sel, $crate::stored_count!(@query key).single_value()));
                let loaded: Vec<(_, Option<i64>)> = $crate::page_with_total!(@load $mode $c, with_total);
                let n = match loaded.as_slice().first() {
                    Some((_, n)) => n.unwrap_or(0),
                    None => $crate::stored_count!($mode $c, key),
                };
                let rows = loaded.into_iter().map(|(row, _)| row).collect();
                $crate::db::pagination::Page::from_rows(rows, page, n)
            }
            None => {
                let n: i64 = if page.count { $crate::total!($mode $c, total, $rows) } else { 0 };
                let rows = $crate::page_with_total!(@load $mode $c, $q.select($sel));
                $crate::db::pagination::Page::from_rows(rows, page, n)
            }
        }
    }};
    (@load async $c:expr, $q:expr) => {
        diesel_async::RunQueryDsl::load($q, $c).await?
    };
    (@load sync $c:expr, $q:expr) => {
        diesel::RunQueryDsl::load($q, $c)?
    };
}

/// The total `$total` (a [`Total`]) on `$c`, counting with `$rows` (a count query) when no
/// stored count fits; `async` or `sync` as in [`stored_count!`].
#[macro_export]
macro_rules! total {
    ($mode:ident $c:expr, $total:expr, $rows:expr) => {{
        match $total {
            $crate::db::counts::Total::Stored { plus, minus } => {
                let mut n: i64 = 0;
                for key in plus {
                    n += $crate::stored_count!($mode $c, key);
                }
                for key in minus {
                    n -= $crate::stored_count!($mode $c, key);
                }
                n
            }
            $crate::db::counts::Total::Counted => $crate::total!(@rows $mode $c, $rows),
        }
    }};
    (@rows async $c:expr, $rows:expr) => {
        diesel_async::RunQueryDsl::get_result::<i64>($rows, $c).await?
    };
    (@rows sync $c:expr, $rows:expr) => {
        diesel::RunQueryDsl::get_result::<i64>($rows, $c)?
    };
}
