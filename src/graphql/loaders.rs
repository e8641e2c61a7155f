//! Per-request data loaders: a page that points at platforms or tenants costs one query for all
//! of them, not one per row.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::Context;
use async_graphql::dataloader::{DataLoader, Loader};

use crate::app::State;
use crate::auth::viewer::TenantScope;
use crate::db::models::{PlatformRow, SourceRow, TenantRow, UserRow};
use crate::db::{platforms, sources, tenants, users};
use crate::error::{ApiError, ApiResult};
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::tenant::Tenant;

/// A loader failure, shared by every key of the batch.
#[derive(Clone, Debug)]
pub struct LoadError(Arc<anyhow::Error>);

impl From<LoadError> for ApiError {
    fn from(e: LoadError) -> Self {
        ApiError::from(anyhow::anyhow!("{:#}", e.0))
    }
}

fn load_error(e: impl Into<anyhow::Error>) -> LoadError {
    LoadError(Arc::new(e.into()))
}

/// Loads platforms by id.
pub struct PlatformLoader(pub State);

impl Loader<String> for PlatformLoader {
    type Value = PlatformRow;
    type Error = LoadError;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, PlatformRow>, LoadError> {
        let mut conn = self.0.pool.get().await.map_err(load_error)?;
        let rows = platforms::find_many(&mut conn, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// Loads tenants by id. Callers reach a tenant only through an object already in scope.
pub struct TenantLoader(pub State);

impl Loader<String> for TenantLoader {
    type Value = TenantRow;
    type Error = LoadError;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, TenantRow>, LoadError> {
        let mut conn = self.0.pool.get().await.map_err(load_error)?;
        let rows = tenants::find_many(&mut conn, keys).await.map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// Loads sources by id, for desktops (which are scoped already: a desktop's source is shown to
/// whoever sees the desktop).
pub struct SourceLoader(pub State);

impl Loader<String> for SourceLoader {
    type Value = SourceRow;
    type Error = LoadError;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, SourceRow>, LoadError> {
        let mut conn = self.0.pool.get().await.map_err(load_error)?;
        let rows = sources::find_many(&mut conn, keys, &TenantScope::All)
            .await
            .map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// Loads users by id, for desktop owners (scoped by the desktop already).
pub struct UserLoader(pub State);

impl Loader<String> for UserLoader {
    type Value = UserRow;
    type Error = LoadError;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, UserRow>, LoadError> {
        let mut conn = self.0.pool.get().await.map_err(load_error)?;
        let rows = users::find_many(&mut conn, keys, &TenantScope::All)
            .await
            .map_err(load_error)?;
        Ok(rows.into_iter().map(|r| (r.id.clone(), r)).collect())
    }
}

/// The loaders of one HTTP request.
pub struct Loaders {
    /// Platforms.
    pub platforms: DataLoader<PlatformLoader>,
    /// Tenants.
    pub tenants: DataLoader<TenantLoader>,
    /// Sources.
    pub sources: DataLoader<SourceLoader>,
    /// Users.
    pub users: DataLoader<UserLoader>,
}

impl Loaders {
    /// Fresh loaders (their caches live as long as they do).
    pub fn new(state: &State) -> Self {
        Self {
            platforms: DataLoader::new(PlatformLoader(state.clone()), tokio::spawn),
            tenants: DataLoader::new(TenantLoader(state.clone()), tokio::spawn),
            sources: DataLoader::new(SourceLoader(state.clone()), tokio::spawn),
            users: DataLoader::new(UserLoader(state.clone()), tokio::spawn),
        }
    }
}

/// A tenant by id, batched within an HTTP request. Subscriptions have no loaders (a cache living
/// as long as a WebSocket would serve stale rows) and read directly.
pub async fn load_tenant(ctx: &Context<'_>, id: &str) -> ApiResult<Option<Tenant>> {
    let row = match ctx.data_opt::<Loaders>() {
        Some(l) => l.tenants.load_one(id.to_owned()).await?,
        None => tenants::find_many(&mut ctx.state().pool.get().await?, &[id.to_owned()])
            .await?
            .pop(),
    };
    Ok(row.map(Tenant))
}

/// A platform row by id, batched within an HTTP request.
pub async fn load_platform(ctx: &Context<'_>, id: &str) -> ApiResult<Option<PlatformRow>> {
    Ok(match ctx.data_opt::<Loaders>() {
        Some(l) => l.platforms.load_one(id.to_owned()).await?,
        None => platforms::find(&mut ctx.state().pool.get().await?, id).await?,
    })
}

/// A source by id (through a desktop), batched.
pub async fn load_source(ctx: &Context<'_>, id: &str) -> ApiResult<Option<SourceRow>> {
    Ok(match ctx.data_opt::<Loaders>() {
        Some(l) => l.sources.load_one(id.to_owned()).await?,
        None => sources::find_many(&mut ctx.state().pool.get().await?, &[id.to_owned()], &TenantScope::All)
            .await?
            .pop(),
    })
}

/// A user by id (a desktop's owner), batched.
pub async fn load_user(ctx: &Context<'_>, id: &str) -> ApiResult<Option<UserRow>> {
    Ok(match ctx.data_opt::<Loaders>() {
        Some(l) => l.users.load_one(id.to_owned()).await?,
        None => users::by_id(&mut ctx.state().pool.get().await?, id).await?,
    })
}
