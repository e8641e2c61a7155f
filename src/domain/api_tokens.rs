//! API tokens: a credential of its own for automation (nightly syncs, CI publishing images), made
//! by a signed-in user and acting as that user, never more.
//!
//! - The secret (`xsp_` and 256 random bits, base64url) is shown once, at creation; only its
//!   SHA-256 is stored (a fast hash is enough for 256 random bits).
//! - A token acts with its creator's role and tenant as they are at each use: a disabled creator,
//!   or any bump of the creator's token version (disabled, enabled, new password), ends it; so do
//!   its expiry and its revocation. Each use reads the token and its creator (one statement), so a
//!   revocation holds at once on every replica.
//! - Through a token one cannot make another credential: no API token, no login token
//!   (`refreshToken`), no new password — a token can never outlive itself or gain power.
//! - A wrong token counts as a failed login of the client's address, and an address over the
//!   login limit is refused (`RATE_LIMITED`) before any token is looked up.
//! - Tokens are listed and revoked by their owner, by the admins of the owner's tenant, and by
//!   system admins.
//! - `lastUsedAt` is written at most once a minute per token (the time of the first use after a
//!   minute without one), so a busy script costs no write per request.

use std::net::IpAddr;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use chrono::{DateTime, NaiveDateTime, Utc};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};

use crate::app::AppState;
use crate::auth::viewer::{UserViewer, Viewer};
use crate::db::api_tokens::{self, TokenSet};
use crate::db::models::{ApiTokenRow, now};
use crate::db::pagination::{Page, PageArgs};
use crate::db::{DbScope, users};
use crate::domain::id::ApiTokenId;
use crate::domain::validate;
use crate::domain::values::Role;
use crate::error::{ApiError, ApiResult, Code};

/// What every API token starts with, for leaked-secret scanners and to tell it from other tokens.
pub const TOKEN_PREFIX: &str = "xsp_";
/// Live (not revoked, not expired) tokens one user may hold.
pub const MAX_LIVE_PER_USER: i64 = 50;
/// The longest a token may live.
pub const MAX_LIFETIME_DAYS: i64 = 366;
/// `lastUsedAt` is written again only when older than this.
const TOUCH_AFTER_SECONDS: i64 = 60;

/// The stored form of a secret: SHA-256, hex.
pub fn token_hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// The tokens `me` may see and revoke.
pub fn token_set(me: &UserViewer) -> TokenSet {
    match (me.role, &me.tenant_id) {
        (Role::SystemAdmin, _) => TokenSet::All,
        (Role::TenantAdmin, Some(t)) => TokenSet::Tenant(t.clone()),
        _ => TokenSet::Owner(me.id.clone()),
    }
}

/// Makes a token for the viewer; returns it and its secret (the one time the secret is seen).
pub async fn create(
    state: &AppState,
    viewer: &Viewer,
    name: &str,
    expires_at: DateTime<Utc>,
) -> ApiResult<(ApiTokenRow, String)> {
    let me = viewer.user()?;
    me.not_through_api_token()?;
    let name = validate::name("name", name)?;
    let created_at = now();
    let expires_at = expires_at.naive_utc();
    if expires_at <= created_at {
        return Err(ApiError::bad_input("`expiresAt` must be in the future"));
    }
    if expires_at - created_at > chrono::Duration::days(MAX_LIFETIME_DAYS) {
        return Err(ApiError::bad_input(format!(
            "`expiresAt` may be at most {MAX_LIFETIME_DAYS} days ahead"
        )));
    }
    let mut conn = state.pool.get().await?;
    let owner = users::by_id(&mut conn, &me.id)
        .await?
        .ok_or_else(ApiError::unauthenticated)?;
    if api_tokens::live_count(&mut conn, &owner.id, created_at).await? >= MAX_LIVE_PER_USER {
        return Err(ApiError::client(
            Code::Conflict,
            format!("at most {MAX_LIVE_PER_USER} live API tokens per user: revoke one first"),
        ));
    }
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let secret = format!("{TOKEN_PREFIX}{}", B64.encode(raw));
    let row = ApiTokenRow {
        id: ApiTokenId::new(),
        tenant_id: owner.tenant_id.clone(),
        owner_id: owner.id.clone(),
        name,
        token_hash: token_hash(&secret),
        token_version: owner.token_version,
        created_at,
        expires_at,
        last_used_at: None,
        revoked_at: None,
    };
    api_tokens::insert(&mut conn, &row).await?;
    Ok((row, secret))
}

/// A page of the tokens the viewer may see.
pub async fn list(state: &AppState, viewer: &Viewer, page: &PageArgs) -> ApiResult<Page<ApiTokenRow>> {
    let me = viewer.user()?;
    let mut conn = state.pool.get().await?;
    Ok(api_tokens::list(&mut conn, &token_set(me), page).await?)
}

/// A token the viewer may see.
pub async fn find(state: &AppState, user: &UserViewer, id: &ApiTokenId) -> ApiResult<Option<ApiTokenRow>> {
    let mut conn = state.pool.get().await?;
    Ok(api_tokens::find(&mut conn, id, &token_set(user)).await?)
}

/// Revokes a token the viewer may see; it stops working at once, everywhere.
pub async fn revoke(state: &AppState, viewer: &Viewer, id: &ApiTokenId) -> ApiResult<ApiTokenRow> {
    let me = viewer.user()?;
    let mut conn = state.pool.get().await?;
    let found = api_tokens::find(&mut conn, id, &token_set(me))
        .await?
        .ok_or_else(|| ApiError::not_found("API token"))?;
    Ok(api_tokens::revoke(&mut conn, &found.id, now()).await?)
}

/// The viewer an API token stands for, with the token's expiry (unix seconds); anonymous when the
/// token is unknown, revoked, expired, or its creator disabled or changed since.
pub async fn authenticate(state: &AppState, secret: &str, addr: Option<IpAddr>) -> ApiResult<(Viewer, Option<i64>)> {
    if let Err(wait) = state.login_throttle.check_addr(addr) {
        return Err(ApiError::rate_limited(wait));
    }
    let mut conn = state.pool.get_in(DbScope::System).await?;
    let found = api_tokens::by_hash(&mut conn, &token_hash(secret)).await?;
    let at = now();
    let live = found.filter(|(token, owner)| {
        token.revoked_at.is_none()
            && token.expires_at > at
            && !owner.disabled
            && owner.token_version == token.token_version
    });
    let Some((token, owner)) = live else {
        state.login_throttle.fail_addr(addr);
        return Ok((Viewer::Anonymous, None));
    };
    if token
        .last_used_at
        .is_none_or(|t: NaiveDateTime| (at - t).num_seconds() >= TOUCH_AFTER_SECONDS)
    {
        api_tokens::touch(&mut conn, &token.id, at).await?;
    }
    let mut viewer = super::accounts::user_viewer(&owner);
    viewer.api_token = Some(token.id);
    Ok((Viewer::User(viewer), Some(token.expires_at.and_utc().timestamp())))
}
