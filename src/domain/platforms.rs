//! Cloud platforms (R1) and their project → tenant mappings (R3).

use crate::app::AppState;
use crate::auth::Viewer;
use crate::db::models::{PlatformRow, ProjectRow, now};
use crate::db::{Conn, platforms, sources, tenants};
use crate::domain::capabilities;
use crate::domain::id::{PlatformId, TenantId};
use crate::domain::validate;
use crate::domain::values::PlatformKind;
use crate::error::{ApiError, ApiResult, Code};
use crate::platform::{Drivers, Placement, PlatformConfig, PlatformDriver};

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
    /// Project mappings, in order.
    pub project_tenants: Option<Vec<ProjectMapping>>,
    /// Seconds between scheduled syncs; `Some(None)` turns them off.
    pub sync_interval_seconds: Option<Option<i32>>,
    /// Where new desktop VMs go; `Some(None)` removes the setting.
    pub placement: Option<Option<Placement>>,
    /// The operator's word on UEFI; `Some(None)` leaves it to the platform's own answer.
    pub uefi: Option<Option<bool>>,
}

/// A platform project owned by a tenant (R3), with that tenant's placement of new VMs.
#[derive(Debug, Clone)]
pub struct ProjectMapping {
    /// The platform's project.
    pub project: String,
    /// The tenant's slug.
    pub tenant_slug: String,
    /// Overrides the platform's placement for this tenant's VMs.
    pub placement: Option<Placement>,
}

impl ProjectMapping {
    /// A mapping without placement of its own.
    pub fn new(project: &str, tenant_slug: &str) -> Self {
        Self {
            project: project.to_owned(),
            tenant_slug: tenant_slug.to_owned(),
            placement: None,
        }
    }
}

/// Placement as stored (JSON), or `None` for an empty one.
fn placement_json(placement: Option<&Placement>) -> ApiResult<Option<String>> {
    match placement.filter(|p| !p.is_empty()) {
        None => Ok(None),
        Some(p) => Ok(Some(serde_json::to_string(p).map_err(anyhow::Error::from)?)),
    }
}

/// Placement from its stored JSON.
fn parse_placement(stored: Option<&str>) -> ApiResult<Placement> {
    match stored {
        None => Ok(Placement::default()),
        Some(json) => Ok(serde_json::from_str(json).map_err(anyhow::Error::from)?),
    }
}

/// The placement of a platform's new VMs for one mapping: the mapping's over the platform's.
pub fn placement_for(platform: &PlatformRow, mapping: Option<&ProjectRow>) -> ApiResult<Placement> {
    let base = parse_placement(platform.placement.as_deref())?;
    let over = parse_placement(mapping.and_then(|m| m.placement.as_deref()))?;
    Ok(base.overridden_by(&over))
}

/// The platform's placement as stored, for operators.
pub fn placement_of(platform: &PlatformRow) -> ApiResult<Option<Placement>> {
    platform
        .placement
        .as_deref()
        .map(|p| parse_placement(Some(p)))
        .transpose()
}

/// A mapping's placement as stored, for operators.
pub fn mapping_placement(mapping: &ProjectRow) -> ApiResult<Option<Placement>> {
    mapping
        .placement
        .as_deref()
        .map(|p| parse_placement(Some(p)))
        .transpose()
}

/// Checks every placement of a platform with its driver, when the driver can be built (a platform
/// saved without its secret is checked when it gets one).
fn check_placements(state: &AppState, row: &PlatformRow, projects: Option<&[ProjectRow]>) -> ApiResult<()> {
    let Ok(drv) = driver(state, row) else {
        return Ok(());
    };
    drv.validate_placement(&parse_placement(row.placement.as_deref())?)
        .map_err(|m| ApiError::bad_input(format!("placement: {m}")))?;
    for mapping in projects.unwrap_or_default() {
        let placement = placement_for(row, Some(mapping))?;
        drv.validate_placement(&placement)
            .map_err(|m| ApiError::bad_input(format!("placement of project {:?}: {m}", mapping.project)))?;
    }
    Ok(())
}

fn secret_aad(platform_id: &PlatformId) -> String {
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

async fn mapping_rows(
    conn: &mut Conn,
    platform_id: &PlatformId,
    pairs: &[ProjectMapping],
) -> ApiResult<Vec<ProjectRow>> {
    let slugs: Vec<String> = pairs.iter().map(|m| m.tenant_slug.clone()).collect();
    let found = tenants::by_slugs(conn, &slugs).await?;
    let mut rows: Vec<ProjectRow> = Vec::with_capacity(pairs.len());
    for (i, mapping) in pairs.iter().enumerate() {
        let (project, slug) = (&mapping.project, &mapping.tenant_slug);
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
            platform_id: platform_id.clone(),
            project: project.to_owned(),
            tenant_id: tenant.id.clone(),
            position: i32::try_from(i).unwrap_or(i32::MAX),
            placement: placement_json(mapping.placement.as_ref())?,
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
    let id = PlatformId::new();
    let secret_enc = match input.secret.as_deref() {
        None | Some("") => None,
        Some(s) => Some(state.secrets.seal(s, &secret_aad(&id))?),
    };
    let mut conn = state.pool.get().await?;
    let projects = mapping_rows(&mut conn, &id, input.project_tenants.as_deref().unwrap_or_default()).await?;
    let row = PlatformRow {
        id,
        name,
        kind,
        endpoint,
        secret_enc,
        sync_interval_seconds: interval,
        available: None,
        version: 1,
        created_at: now(),
        placement: placement_json(input.placement.flatten().as_ref())?,
        uefi_setting: input.uefi.flatten(),
        cap_boot_mode_editable: None,
        cap_video_model_editable: None,
        cap_boot_mode_copy: None,
        cap_uefi: None,
    };
    check_placements(state, &row, Some(&projects))?;
    if !platforms::insert(&mut conn, &row, &projects).await? {
        return Err(ApiError::client(
            Code::Conflict,
            format!("a platform named {:?} exists", row.name),
        ));
    }
    capabilities::refresh_later(state, row.clone());
    Ok(row)
}

/// Changes a platform's name, endpoint, secret, interval or mapping (system admins). A new mapping
/// re-derives the scope of the platform's sources at once.
pub async fn update(
    state: &AppState,
    viewer: &Viewer,
    id: &PlatformId,
    input: PlatformInput,
) -> ApiResult<PlatformRow> {
    viewer.system_admin()?;
    let lock = state.platform_locks.of(id);
    let _guard = lock.lock().await;
    let mut conn = state.pool.get().await?;
    let mut row = platforms::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    let kind = row.kind;
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
    if let Some(placement) = &input.placement {
        row.placement = placement_json(placement.as_ref())?;
    }
    if let Some(uefi) = input.uefi {
        row.uefi_setting = uefi;
    }
    let reconfigured = endpoint_changed || input.secret.is_some();
    if reconfigured {
        // Another endpoint or secret may be another platform: ask it afresh.
        (row.cap_boot_mode_editable, row.cap_video_model_editable) = (None, None);
        (row.cap_boot_mode_copy, row.cap_uefi) = (None, None);
    }
    let projects = match &input.project_tenants {
        Some(pairs) => Some(mapping_rows(&mut conn, &row.id, pairs).await?),
        None => None,
    };
    if input.placement.is_some() || projects.is_some() || reconfigured {
        let stored;
        let mappings = match &projects {
            Some(p) => p.as_slice(),
            None => {
                stored = platforms::projects(&mut conn, &row.id).await?;
                stored.as_slice()
            }
        };
        check_placements(state, &row, Some(mappings))?;
    }
    if !platforms::update(&mut conn, &row, projects.as_deref()).await? {
        return Err(ApiError::client(
            Code::Conflict,
            format!("a platform named {:?} exists", row.name),
        ));
    }
    if let Some(projects) = &projects {
        let mapping: Vec<(String, TenantId)> = projects
            .iter()
            .map(|p| (p.project.clone(), p.tenant_id.clone()))
            .collect();
        sources::rescope(&mut conn, &row.id, &mapping).await?;
    }
    state.platforms.changed(&state.events, &row.id);
    if endpoint_changed {
        state.drivers.forget(row.id.as_str());
    }
    let saved = platforms::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::not_found("platform"))?;
    if reconfigured {
        capabilities::refresh_later(state, saved.clone());
    }
    Ok(saved)
}

/// Removes a platform with its catalogue (system admins); refused while desktops live on it (R1).
pub async fn remove(state: &AppState, viewer: &Viewer, id: &PlatformId) -> ApiResult<()> {
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
    state.platforms.changed(&state.events, id);
    state.drivers.forget(id.as_str());
    Ok(())
}

/// The driver of a platform, with its secret opened.
pub fn driver(state: &AppState, row: &PlatformRow) -> ApiResult<std::sync::Arc<dyn PlatformDriver>> {
    let secret = row
        .secret_enc
        .as_deref()
        .map(|s| state.secrets.open(s, &secret_aad(&row.id)))
        .transpose()?;
    let cfg = PlatformConfig {
        id: row.id.to_string(),
        kind: row.kind,
        endpoint: row.endpoint.clone(),
        secret,
    };
    state.drivers.driver(&cfg).map_err(platform_error)
}

/// A platform failure as the client sees it.
pub fn platform_error(e: crate::platform::PlatformError) -> ApiError {
    use crate::platform::PlatformError as P;
    match e {
        P::Unavailable(m) => ApiError::client(Code::PlatformUnavailable, format!("the platform failed: {m}")),
        P::Invalid(m) => ApiError::bad_input(format!("the platform's settings cannot be used: {m}")),
        P::NotFound(m) => ApiError::client(Code::NotFound, format!("the platform has no such object: {m}")),
        P::Unsupported(m) => ApiError::client(Code::BadUserInput, format!("the platform cannot do this: {m}")),
    }
}
