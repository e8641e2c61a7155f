//! Tenants, users, login and tokens.

use crate::app::AppState;
use crate::auth::viewer::{UserViewer, Viewer};
use crate::db::models::{TenantRow, UserRow, now};
use crate::db::{DbScope, tenants, users};
use crate::domain::agent_cache::CachedAgent;
use crate::domain::id::{TenantId, UserId};
use crate::domain::scope::TenantScope;
use crate::domain::validate;
use crate::domain::values::{AgentOs, Role};
use crate::error::{ApiError, ApiResult, Code};
use crate::events::Event;

/// The same answer for every failed login, whatever the reason.
fn bad_login() -> ApiError {
    ApiError::client(Code::Unauthenticated, "invalid tenant, username or password")
}

/// The viewer a bearer token stands for (a user's JWT or a desktop agent's token); anything
/// invalid is anonymous.
pub async fn authenticate(state: &AppState, token: &str) -> ApiResult<Viewer> {
    Ok(authenticate_session(state, token, None).await?.0)
}

/// Like [`authenticate`], with the token's expiry (unix seconds) for a long-lived session such as
/// a WebSocket (agent tokens do not expire). `addr`, the client's address, is what a wrong API
/// token counts against (`RATE_LIMITED` once over the login limit).
pub async fn authenticate_session(
    state: &AppState,
    token: &str,
    addr: Option<std::net::IpAddr>,
) -> ApiResult<(Viewer, Option<i64>)> {
    if token.starts_with(crate::domain::api_tokens::TOKEN_PREFIX) {
        return crate::domain::api_tokens::authenticate(state, token, addr).await;
    }
    if token.starts_with(crate::domain::agents::TOKEN_PREFIX) {
        return Ok((authenticate_agent(state, token).await?, None));
    }
    let Some(claims) = state.tokens.verify(token) else {
        return Ok((Viewer::Anonymous, None));
    };
    if let Some(user) = state.users.get(&claims.sub, claims.tv) {
        return Ok((Viewer::User(user), Some(claims.exp)));
    }
    let ticket = state.users.ticket();
    let mut conn = state.pool.get_in(DbScope::System).await?;
    let Some(user) = users::by_id(&mut conn, &claims.sub).await? else {
        return Ok((Viewer::Anonymous, None));
    };
    if user.disabled || user.token_version != claims.tv {
        return Ok((Viewer::Anonymous, None));
    }
    let viewer = user_viewer(&user);
    state.users.put(ticket, viewer.clone(), user.token_version);
    Ok((Viewer::User(viewer), Some(claims.exp)))
}

/// An agent token: from the short-lived cache, else from the database (and then cached).
async fn authenticate_agent(state: &AppState, token: &str) -> ApiResult<Viewer> {
    let hash = crate::domain::agents::token_hash(token);
    if let Some(hit) = state.agent_tokens.get(&hash) {
        return Ok(Viewer::Agent {
            desktop_id: hit.desktop_id,
            tenant_id: hit.tenant_id,
            token_hash: hash,
            last_os: hit.last_os,
        });
    }
    let ticket = state.agent_tokens.ticket();
    let mut conn = state.pool.get_in(DbScope::System).await?;
    let Some(d) = crate::db::desktops::by_agent_token(&mut conn, &hash).await? else {
        return Ok(Viewer::Anonymous);
    };
    let last_os = d.agent_reported_at.map(|_| AgentOs {
        os_type: d.agent_os_type,
        os_distro: d.agent_os_distro,
        os_version: d.agent_os_version,
    });
    let agent = CachedAgent {
        desktop_id: d.id.clone(),
        tenant_id: d.tenant_id.clone(),
        last_os: last_os.clone(),
    };
    state.agent_tokens.put(ticket, &hash, agent);
    Ok(Viewer::Agent {
        desktop_id: d.id,
        tenant_id: d.tenant_id,
        token_hash: hash,
        last_os,
    })
}

pub(crate) fn user_viewer(user: &UserRow) -> UserViewer {
    UserViewer {
        id: user.id.clone(),
        username: user.username.clone(),
        role: user.role,
        tenant_id: user.tenant_id.clone(),
        api_token: None,
    }
}

/// A signed-in session.
pub struct Session {
    /// The JWT.
    pub token: String,
    /// Its expiry, unix seconds.
    pub expires_at: i64,
    /// The user.
    pub user: UserRow,
}

/// Checks a password; the same time and answer whether the tenant or user exists or not. Too many
/// failures for the account or from the address answer `RATE_LIMITED` (with the wait) first.
pub async fn login(
    state: &AppState,
    tenant: Option<&str>,
    username: &str,
    password: &str,
    addr: Option<std::net::IpAddr>,
) -> ApiResult<Session> {
    let account = format!("{}/{username}", tenant.unwrap_or_default());
    if let Err(wait) = state.login_throttle.check(&account, addr) {
        return Err(ApiError::rate_limited(wait));
    }
    let result = check_login(state, tenant, username, password).await;
    if matches!(&result, Err(e) if e.code() == Some(Code::Unauthenticated)) {
        state.login_throttle.fail(&account, addr);
    }
    result
}

async fn check_login(state: &AppState, tenant: Option<&str>, username: &str, password: &str) -> ApiResult<Session> {
    let mut conn = state.pool.get_in(DbScope::System).await?;
    let user = match tenant {
        None => users::by_login(&mut conn, None, username).await?,
        Some(slug) => match tenants::by_slug(&mut conn, slug).await? {
            Some(t) => users::by_login(&mut conn, Some(&t.id), username).await?,
            None => None,
        },
    };
    drop(conn);
    let ok = state
        .passwords
        .verify(password, user.as_ref().map(|u| u.password_hash.as_str()))
        .await?;
    match user {
        Some(user) if ok && !user.disabled => issue(state, user),
        _ => Err(bad_login()),
    }
}

fn issue(state: &AppState, user: UserRow) -> ApiResult<Session> {
    let (token, expires_at) = state.tokens.issue(&user.id, user.token_version)?;
    Ok(Session {
        token,
        expires_at,
        user,
    })
}

/// A fresh token for the bearer of a valid one.
pub async fn refresh(state: &AppState, viewer: &Viewer) -> ApiResult<Session> {
    let me = viewer.user()?;
    // A login token made from an API token would outlive the API token's revocation and expiry.
    me.not_through_api_token()?;
    let mut conn = state.pool.get().await?;
    let user = users::by_id(&mut conn, &me.id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    issue(state, user)
}

/// Changes the viewer's own password.
pub async fn change_password(state: &AppState, viewer: &Viewer, current: &str, new: &str) -> ApiResult<UserRow> {
    let me = viewer.user()?;
    me.not_through_api_token()?;
    crate::auth::password::check_new_password(new).map_err(ApiError::bad_input)?;
    let mut conn = state.pool.get().await?;
    let user = users::by_id(&mut conn, &me.id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    if !state.passwords.verify(current, Some(&user.password_hash)).await? {
        return Err(ApiError::bad_input("the current password is wrong"));
    }
    let hash = state.passwords.hash(new).await?;
    let row = users::set_password(&mut conn, &me.id, &hash).await?;
    user_changed(state, &row.id);
    Ok(row)
}

/// Disables or enables a user: system admins any, tenant admins their tenant's.
pub async fn set_disabled(state: &AppState, viewer: &Viewer, user_id: &UserId, disabled: bool) -> ApiResult<UserRow> {
    let me = viewer.admin()?;
    let mut conn = state.pool.get().await?;
    let target = users::find(&mut conn, user_id, &me.scope())
        .await?
        .ok_or_else(|| ApiError::not_found("user"))?;
    if target.id == me.id {
        return Err(ApiError::bad_input("you cannot disable or enable yourself"));
    }
    let row = users::set_disabled(&mut conn, &target.id, disabled).await?;
    user_changed(state, &row.id);
    Ok(row)
}

/// After a change that bumped a user's token version: no replica serves its older tokens from
/// what it keeps ([`crate::auth::user_cache`]).
fn user_changed(state: &AppState, id: &UserId) {
    state.users.forget(id);
    state.events.publish(Event::UserChanged(id.clone()));
}

/// Creates a tenant (system admins).
pub async fn create_tenant(state: &AppState, viewer: &Viewer, slug: &str, name: &str) -> ApiResult<TenantRow> {
    viewer.system_admin()?;
    let row = TenantRow {
        id: TenantId::new(),
        slug: validate::slug(slug)?,
        name: validate::name("name", name)?,
        created_at: now(),
    };
    let mut conn = state.pool.get().await?;
    if !tenants::insert(&mut conn, &row).await? {
        return Err(ApiError::client(
            Code::Conflict,
            format!("a tenant with slug {:?} exists", row.slug),
        ));
    }
    Ok(row)
}

/// What a new user is.
pub struct NewUser<'a> {
    /// Its tenant; `None` for the system namespace.
    pub tenant_id: Option<TenantId>,
    /// Login name.
    pub username: &'a str,
    /// Initial password.
    pub password: &'a str,
    /// Role.
    pub role: Role,
}

/// Creates a user: system admins anywhere, tenant admins in their own tenant with tenant roles.
pub async fn create_user(state: &AppState, viewer: &Viewer, new: NewUser<'_>) -> ApiResult<UserRow> {
    let me = viewer.admin()?;
    let tenant_id = match (me.scope(), new.tenant_id) {
        (TenantScope::All, t) => t,
        (TenantScope::Tenant(own), None) => Some(own),
        (TenantScope::Tenant(own), Some(t)) if t == own => Some(own),
        (TenantScope::Tenant(_), Some(_)) | (TenantScope::Nothing, _) => return Err(ApiError::not_found("tenant")),
    };
    if !me.is_system_admin() && new.role == Role::SystemAdmin {
        return Err(ApiError::forbidden());
    }
    match (&tenant_id, new.role) {
        (None, Role::SystemAdmin) | (Some(_), Role::TenantAdmin | Role::TenantUser) => {}
        (None, _) => return Err(ApiError::bad_input("tenant roles need a tenantId")),
        (Some(_), Role::SystemAdmin) => return Err(ApiError::bad_input("SYSTEM_ADMIN users belong to no tenant")),
    }
    let mut conn = state.pool.get().await?;
    if let Some(t) = &tenant_id
        && tenants::find(&mut conn, t, &TenantScope::All).await?.is_none()
    {
        return Err(ApiError::not_found("tenant"));
    }
    drop(conn);
    insert_user(state, tenant_id, new.username, new.password, new.role).await
}

/// Validates, hashes and stores a user; `CONFLICT` when the name is taken in its namespace.
pub async fn insert_user(
    state: &AppState,
    tenant_id: Option<TenantId>,
    username: &str,
    password: &str,
    role: Role,
) -> ApiResult<UserRow> {
    let username = validate::username(username)?;
    crate::auth::password::check_new_password(password).map_err(ApiError::bad_input)?;
    let row = UserRow {
        id: UserId::new(),
        namespace: users::namespace(tenant_id.as_ref()),
        tenant_id,
        username,
        password_hash: state.passwords.hash(password).await?,
        role,
        disabled: false,
        token_version: 0,
        created_at: now(),
    };
    let mut conn = state.pool.get().await?;
    if !users::insert(&mut conn, &row).await? {
        return Err(ApiError::client(
            Code::Conflict,
            format!("user {:?} exists", row.username),
        ));
    }
    Ok(row)
}
