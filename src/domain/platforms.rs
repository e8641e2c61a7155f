//! Cloud platforms (R1) and their project → tenant mappings (R3).

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::models::{PlatformRow, ProjectRow, now};
use crate::db::{Conn, platforms, sources, tenants};
use crate::domain::platform_cache::platform_changed;
use crate::domain::validate;
use crate::domain::values::PlatformKind;
use crate::error::{ApiError, ApiResult, Code};
use crate::ids;
use crate::platform::{Drivers, PlatformConfig, PlatformDriver};

/// What an operator gives to add or change a platform.
#[derive(Debug, Default)]
pub struct PlatformInput {
    /// Name.
    pub name: Option<String>,
    /// Kind (add only).
    pub kind: Option<PlatformKind>,
    /// Endpoint.
    pub endpoint: Option<String>,
    /// Secret; `Some("")` clears it.
    pub secret: Option<String>,
    /// (project, tenant slug) pairs, in order.
    pub project_tenants: Option<Vec<(String, String)>>,
    /// Seconds between scheduled syncs; `Some(None)` turns them off.
    pub sync_interval_seconds: Option<Option<i32>>,
}

fn secret_aad(platform_id: &str) -> String {
    format!("platforms.secret:{platform_id}")
}

fn check_interval(v: Option<i32>) -> ApiResult<Option<i32>> {
    match v {
        Some(s) if !(60..=7 * 24 * 3600).contains(&s) => Err(ApiError::bad_input(
            "`syncIntervalSeconds` must be between 60 and 604800, or null",
        )),
        other => Ok(other),
    }
}

async fn mapping_rows(conn: &mut Conn, platform_id: &str, pairs: &[(String, String)]) -> ApiResult<Vec<ProjectRow>> {
    let slugs: Vec<String> = pairs.iter().map(|(_, s)| s.clone()).collect();
    let found = tenants::by_slugs(conn, &slugs).await?;
    let mut rows: Vec<ProjectRow> = Vec::with_capacity(pairs.len());
    for (i, (project, slug)) in pairs.iter().enumerate() {
        let project = project.trim();
        if project.is_empty() {
            return Err(ApiError::bad_input("a project name must not be empty"));
        }
        if rows.iter().any(|r| r.project == project) {
            return Err(ApiError::bad_input(format!("project {project:?} is mapped twice")));
        }
        let tenant = found
            .iter()
            .find(|t| &t.slug == slug)
            .ok_or_else(|| ApiError::bad_input(format!("no tenant with slug {slug:?}")))?;
        rows.push(ProjectRow {
            platform_id: platform_id.to_owned(),
            project: project.to_owned(),
            tenant_id: tenant.id.clone(),
            position: i32::try_from(i).unwrap_or(i32::MAX),
        });
    }
    Ok(rows)
}

/// Adds a platform (system admins).
pub async fn add(state: &AppState, viewer: &Viewer, input: PlatformInput) -> ApiResult<PlatformRow> {
    viewer.system_admin()?;
    let name = validate::name("name", input.name.as_deref().unwrap_or_default())?;
    let kind = input.kind.ok_or_else(|| ApiError::bad_input("`kind` is required"))?;
    let endpoint = input.endpoint.unwrap_or_default().trim().to_owned();
    Drivers::validate_endpoint(kind, &endpoint).map_err(ApiError::bad_input)?;
    let interval = check_interval(input.sync_interval_seconds.flatten())?;
    let id = ids::new_id();
    let secret_enc = match input.secret.as_deref() {
        None | Some("") => None,
        Some(s) => Some(state.secrets.seal(s, &secret_aad(&id))?),
    };
    let mut conn = state.pool.get().await?;
    let projects = mapping_rows(&mut conn, &id, input.project_tenants.as_deref().unwrap_or_default()).await?;
    let row = PlatformRow {
        id,
        name,
        kind: kind.as_str().to_owned(),
        endpoint,
        secret_enc,
        sync_interval_seconds: interval,
        available: None,
        version: 1,
        created_at: now(),
    };
    if !platforms::insert(&mut conn, &row, &projects).await? {
        return Err(ApiError::client(
            Code::Conflict,
            format!("a platform named {:?} exists", row.name),
        ));
    }
    Ok(row)
}

/// Changes a platform's name, endpoint, secret, interval or mapping (system admins). A new mapping
/// re-derives the scope of the platform's sources at once.
pub async fn update(state: &AppState, viewer: &Viewer, id: &str, input: PlatformInput) -> ApiResult<PlatformRow> {
    viewer.system_admin()?;
    let lock = state.platform_locks.of(id);
    let _guard = lock.lock().await;
    let mut conn = state.pool.get().await?;
    let mut row = platforms::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    let kind = kind_of(&row)?;
    if let Some(n) = &input.name {
        row.name = validate::name("name", n)?;
    }
    let endpoint_changed = input.endpoint.as_ref().is_some_and(|e| e.trim() != row.endpoint);
    if let Some(e) = &input.endpoint {
        let e = e.trim();
        Drivers::validate_endpoint(kind, e).map_err(ApiError::bad_input)?;
        e.clone_into(&mut row.endpoint);
    }
    match input.secret.as_deref() {
        None => {}
        Some("") => row.secret_enc = None,
        Some(s) => row.secret_enc = Some(state.secrets.seal(s, &secret_aad(&row.id))?),
    }
    if let Some(v) = input.sync_interval_seconds {
        row.sync_interval_seconds = check_interval(v)?;
    }
    let projects = match &input.project_tenants {
        Some(pairs) => Some(mapping_rows(&mut conn, &row.id, pairs).await?),
        None => None,
    };
    if !platforms::update(&mut conn, &row, projects.as_deref()).await? {
        return Err(ApiError::client(
            Code::Conflict,
            format!("a platform named {:?} exists", row.name),
        ));
    }
    if let Some(projects) = &projects {
        let mapping: Vec<(String, String)> = projects
            .iter()
            .map(|p| (p.project.clone(), p.tenant_id.clone()))
            .collect();
        sources::rescope(&mut conn, &row.id, &mapping).await?;
    }
    platform_changed(state, &row.id);
    if endpoint_changed {
        state.drivers.forget(&row.id);
    }
    platforms::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))
}

/// Removes a platform with its catalogue (system admins); refused while desktops live on it (R1).
pub async fn remove(state: &AppState, viewer: &Viewer, id: &str) -> ApiResult<()> {
    viewer.system_admin()?;
    let lock = state.platform_locks.of(id);
    let _guard = lock.lock().await;
    let mut conn = state.pool.get().await?;
    let living = crate::db::desktops::count_on_platform(&mut conn, id).await?;
    if living > 0 {
        return Err(ApiError::client(
            Code::Conflict,
            format!("{living} desktops live on this platform; delete them before removing it"),
        ));
    }
    if platforms::delete(&mut conn, id).await? == 0 {
        return Err(ApiError::not_found("platform"));
    }
    platform_changed(state, id);
    state.drivers.forget(id);
    Ok(())
}

/// The stored kind of a platform.
pub fn kind_of(row: &PlatformRow) -> ApiResult<PlatformKind> {
    Ok(row.kind.parse::<PlatformKind>().map_err(anyhow::Error::msg)?)
}

/// The driver of a platform, with its secret opened.
pub fn driver(state: &AppState, row: &PlatformRow) -> ApiResult<std::sync::Arc<dyn PlatformDriver>> {
    let secret = row
        .secret_enc
        .as_deref()
        .map(|s| state.secrets.open(s, &secret_aad(&row.id)))
        .transpose()?;
    let cfg = PlatformConfig {
        id: row.id.clone(),
        kind: kind_of(row)?,
        endpoint: row.endpoint.clone(),
        secret,
    };
    state.drivers.driver(&cfg).map_err(platform_error)
}

/// A platform failure as the client sees it.
pub fn platform_error(e: crate::platform::PlatformError) -> ApiError {
    use crate::platform::PlatformError as P;
    match e {
        P::Unavailable(m) | P::Invalid(m) => {
            ApiError::client(Code::PlatformUnavailable, format!("the platform failed: {m}"))
        }
        P::NotFound(m) => ApiError::client(Code::NotFound, format!("the platform has no such object: {m}")),
        P::Unsupported(m) => ApiError::client(Code::BadUserInput, format!("the platform cannot do this: {m}")),
    }
}
