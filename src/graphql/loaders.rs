//! Per-request data loaders: a page that points at platforms or tenants costs one query for all
//! of them, not one per row.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

use async_graphql::Context;
use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};

use crate::app::State;
use crate::db::DbScope;
use crate::db::models::{DesktopRow, PlatformRow, SourceRow, TenantRow, UserRow};
use crate::domain::id::{PlatformId, SourceId, TenantId, UserId};
use crate::domain::reads::{accounts, catalogue, platforms};
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::desktop::PageRows;
use crate::graphql::types::tenant::Tenant;

/// A loader failure, shared by every key of the batch.
#[derive(Clone, Debug)]
pub struct LoadError(Arc<ApiError>);

impl From<LoadError> for ApiError {
    fn from(e: LoadError) -> Self {
        Arc::unwrap_or_clone(e.0)
    }
}

fn load_error(e: ApiError) -> LoadError {
    LoadError(Arc::new(e))
}

/// Loads platforms by id.
pub struct PlatformLoader(pub State);

impl Loader<PlatformId> for PlatformLoader {
    type Value = Arc<PlatformRow>;
    type Error = LoadError;

    async fn load(&self, keys: &[PlatformId]) -> Result<HashMap<PlatformId, Arc<PlatformRow>>, LoadError> {
        let rows = platforms::related(&self.0, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// Loads tenants by id. Callers reach a tenant only through an object already in scope.
pub struct TenantLoader(pub State);

impl Loader<TenantId> for TenantLoader {
    type Value = TenantRow;
    type Error = LoadError;

    async fn load(&self, keys: &[TenantId]) -> Result<HashMap<TenantId, TenantRow>, LoadError> {
        let rows = accounts::related_tenants(&self.0, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// Loads sources by id, for desktops (which are scoped already: a desktop's source is shown to
/// whoever sees the desktop).
pub struct SourceLoader(pub State);

impl Loader<SourceId> for SourceLoader {
    type Value = SourceRow;
    type Error = LoadError;

    async fn load(&self, keys: &[SourceId]) -> Result<HashMap<SourceId, SourceRow>, LoadError> {
        let rows = catalogue::related(&self.0, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// Loads users by id, for desktop owners (scoped by the desktop already).
pub struct UserLoader(pub State);

impl Loader<UserId> for UserLoader {
    type Value = UserRow;
    type Error = LoadError;

    async fn load(&self, keys: &[UserId]) -> Result<HashMap<UserId, UserRow>, LoadError> {
        let rows = accounts::related_users(&self.0, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// The loaders of one HTTP request.
pub struct Loaders {
    /// Platforms.
    pub platforms: DataLoader<PlatformLoader, HashMapCache>,
    /// Tenants.
    pub tenants: DataLoader<TenantLoader, HashMapCache>,
    /// Sources.
    pub sources: DataLoader<SourceLoader, HashMapCache>,
    /// Users.
    pub users: DataLoader<UserLoader, HashMapCache>,
    /// Whether keys loaded once stay loaded for the request.
    cached: bool,
}

impl Loaders {
    /// Fresh loaders for one request. With `cache`, a key loaded once is not loaded again in the
    /// request (batches that fire at different moments share it); only for documents that change
    /// nothing, so that a mutation's result never shows a row as it was before the mutation.
    pub fn new(state: &State, cache: bool) -> Self {
        Self {
            platforms: loader(PlatformLoader(state.clone()), cache),
            tenants: loader(TenantLoader(state.clone()), cache),
            sources: loader(SourceLoader(state.clone()), cache),
            users: loader(UserLoader(state.clone()), cache),
            cached: cache,
        }
    }
}

fn loader<K: Send + Sync + Hash + Eq + Clone + 'static, L: Loader<K>>(
    l: L,
    cache: bool,
) -> DataLoader<L, HashMapCache> {
    // Batches load in tasks of their own: under the scope of the request that made the loaders.
    let scope = DbScope::current();
    let spawn = move |batch| tokio::spawn(scope.clone().run(batch));
    let loader = DataLoader::with_cache(l, spawn, HashMapCache::default());
    loader.enable_all_cache(cache);
    loader
}

/// Loads what a page of desktops points to and its selection asks for — one batch per kind,
/// started together — and returns it, for the page to hand each desktop its own (answered at
/// hand) and for resolvers to find in the request's cache. Nothing where the request's loaders
/// keep nothing (a mutation's).
pub async fn load_desktop_page(ctx: &Context<'_>, rows: &[DesktopRow]) -> ApiResult<PageRows> {
    let look = ctx.look_ahead();
    let node = look.field("edges").field("node");
    let wants = |fields: &[&str]| fields.iter().any(|f| node.field(f).exists());
    let (sources, tenants, platforms, users) = futures::try_join!(
        load_for_page(
            ctx,
            wants(&["source", "credentials", "osInfo", "readiness"]),
            |l| &l.sources,
            rows.iter().map(|d| &d.source_id),
        ),
        load_for_page(
            ctx,
            wants(&["tenant"]),
            |l| &l.tenants,
            rows.iter().map(|d| &d.tenant_id)
        ),
        load_for_page(
            ctx,
            wants(&["platform"]),
            |l| &l.platforms,
            rows.iter().map(|d| &d.platform_id)
        ),
        load_for_page(
            ctx,
            wants(&["owner"]),
            |l| &l.users,
            rows.iter().filter_map(|d| d.owner_id.as_ref())
        ),
    )?;
    Ok(PageRows {
        sources,
        tenants,
        platforms,
        users,
    })
}

/// The rows a page points to by `keys`, through the request's loader that `pick` names (one
/// batch), for the page to hand each object its own; nothing where the request's loaders keep
/// nothing (a mutation's) or the selection does not ask for them (`wanted` false).
pub async fn load_for_page<'k, K, L>(
    ctx: &Context<'_>,
    wanted: bool,
    pick: impl FnOnce(&Loaders) -> &DataLoader<L, HashMapCache>,
    keys: impl Iterator<Item = &'k K>,
) -> ApiResult<HashMap<K, L::Value>>
where
    K: Send + Sync + Hash + Eq + Ord + Clone + 'static,
    L: Loader<K, Error = LoadError>,
{
    let Some(l) = page_loaders(ctx, wanted) else {
        return Ok(HashMap::new());
    };
    let mut keys: Vec<K> = keys.cloned().collect();
    keys.sort_unstable();
    keys.dedup();
    load(pick(l), keys).await
}

/// The request's loaders when a page reads what it points to through them: they keep what they
/// read (not a mutation's) and the selection asks for it (`wanted`).
fn page_loaders<'c>(ctx: &'c Context<'_>, wanted: bool) -> Option<&'c Loaders> {
    ctx.data_opt::<Loaders>().filter(|l| l.cached && wanted)
}

/// Whether [`load_for_page`] reads for this page (`wanted` as given to it): when it does, a key
/// it did not return has no row the viewer may see, and the page can say so at hand.
pub fn page_reads(ctx: &Context<'_>, wanted: bool) -> bool {
    page_loaders(ctx, wanted).is_some()
}

/// Reads `keys` at once, in the caller's task, and leaves the rows in the request's cache for the
/// resolvers that look one up later. Not through [`DataLoader::load_many`]: it holds every batch
/// for the loader's delay (1 ms, waiting for other keys to join), and a page already has all of its
/// keys; two batches in a row (an audit page's actors, then their tenants) cost two such waits.
async fn load<K, L>(loader: &DataLoader<L, HashMapCache>, keys: Vec<K>) -> ApiResult<HashMap<K, L::Value>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    L: Loader<K, Error = LoadError>,
{
    if keys.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = loader.loader().load(&keys).await?;
    loader.feed_many(rows.iter().map(|(k, v)| (k.clone(), v.clone()))).await;
    Ok(rows)
}

/// A tenant by id, batched within an HTTP request. Subscriptions have no loaders (a cache living
/// as long as a WebSocket would serve stale rows) and read directly.
pub async fn load_tenant(ctx: &Context<'_>, id: &TenantId) -> ApiResult<Option<Tenant>> {
    let row = match ctx.data_opt::<Loaders>() {
        Some(l) => l.tenants.load_one(id.clone()).await?,
        None => accounts::related_tenants(ctx.state(), std::slice::from_ref(id))
            .await?
            .pop(),
    };
    Ok(row.map(Tenant))
}

/// A platform row by id, batched within an HTTP request.
pub async fn load_platform(ctx: &Context<'_>, id: &PlatformId) -> ApiResult<Option<Arc<PlatformRow>>> {
    Ok(match ctx.data_opt::<Loaders>() {
        Some(l) => l.platforms.load_one(id.clone()).await?,
        None => platforms::find(ctx.state(), id).await?.map(Arc::new),
    })
}

/// A source by id (through a desktop), batched.
pub async fn load_source(ctx: &Context<'_>, id: &SourceId) -> ApiResult<Option<SourceRow>> {
    Ok(match ctx.data_opt::<Loaders>() {
        Some(l) => l.sources.load_one(id.clone()).await?,
        None => catalogue::related(ctx.state(), std::slice::from_ref(id)).await?.pop(),
    })
}

/// A user by id (a desktop's owner), batched.
pub async fn load_user(ctx: &Context<'_>, id: &UserId) -> ApiResult<Option<UserRow>> {
    Ok(match ctx.data_opt::<Loaders>() {
        Some(l) => l.users.load_one(id.clone()).await?,
        None => accounts::related_users(ctx.state(), std::slice::from_ref(id))
            .await?
            .pop(),
    })
}
