//! Login, tokens, tenants and users.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::domain::accounts::{self, NewUser, Session};
use crate::domain::id::{TenantId, UserId};
use crate::error::ApiResult;
use crate::graphql::context::{ClientAddr, ContextExt as _};
use crate::graphql::types::enums::Role;
use crate::graphql::types::tenant::Tenant;
use crate::graphql::types::user::User;
use crate::ids;

/// Credentials to sign in with.
#[derive(InputObject)]
pub struct LoginInput {
    /// Tenant slug; null for the system namespace.
    pub tenant: Option<String>,
    /// Login name.
    pub username: String,
    /// Password.
    #[graphql(secret)]
    pub password: String,
}

/// A signed-in session.
#[derive(SimpleObject)]
pub struct LoginPayload {
    /// Bearer token for `Authorization: Bearer …` (and `connection_init` on WebSocket).
    pub token: String,
    /// When the token stops working.
    pub expires_at: chrono::DateTime<chrono::Utc>,
    /// Who signed in.
    pub viewer: User,
}

impl From<Session> for LoginPayload {
    fn from(s: Session) -> Self {
        Self {
            token: s.token,
            expires_at: chrono::DateTime::from_timestamp(s.expires_at, 0).unwrap_or_default(),
            viewer: User::new(s.user),
        }
    }
}

/// Changing one's own password.
#[derive(InputObject)]
pub struct ChangePasswordInput {
    /// The password in use.
    #[graphql(secret)]
    pub current_password: String,
    /// The new one (8–128 characters).
    #[graphql(secret)]
    pub new_password: String,
}

/// A new tenant.
#[derive(InputObject)]
pub struct CreateTenantInput {
    /// Short unique name used at login: 2–32 of a-z, 0-9, -.
    pub slug: String,
    /// Display name.
    pub name: String,
}

/// A new user.
#[derive(InputObject)]
pub struct CreateUserInput {
    /// Tenant; null for the system namespace (system admins). Tenant admins: their own or null.
    pub tenant_id: Option<ID>,
    /// Login name.
    pub username: String,
    /// Initial password (8–128 characters).
    #[graphql(secret)]
    pub password: String,
    /// Role.
    pub role: Role,
}

/// Accounts.
#[derive(Default)]
pub struct AccountMutation;

#[Object]
impl AccountMutation {
    /// Signs in. Every failure answers the same `UNAUTHENTICATED`.
    async fn login(&self, ctx: &Context<'_>, input: LoginInput) -> ApiResult<LoginPayload> {
        let addr = ctx.data_opt::<ClientAddr>().map(|a| a.0);
        match accounts::login(
            ctx.state(),
            input.tenant.as_deref(),
            &input.username,
            &input.password,
            addr,
        )
        .await
        {
            Ok(s) => Ok(s.into()),
            Err(e) => {
                if let Some(secs) = e.retry_after() {
                    ctx.insert_http_header(axum::http::header::RETRY_AFTER, secs.to_string());
                }
                Err(e)
            }
        }
    }

    /// A new token for the bearer of a valid one.
    async fn refresh_token(&self, ctx: &Context<'_>) -> ApiResult<LoginPayload> {
        Ok(accounts::refresh(ctx.state(), ctx.viewer()).await?.into())
    }

    /// Changes your own password.
    async fn change_password(&self, ctx: &Context<'_>, input: ChangePasswordInput) -> ApiResult<User> {
        let row =
            accounts::change_password(ctx.state(), ctx.viewer(), &input.current_password, &input.new_password).await?;
        Ok(User::new(row))
    }

    /// Admins: system any user, tenant admin its tenant's. A disabled user cannot log in and its
    /// tokens stop working at once.
    async fn set_user_disabled(&self, ctx: &Context<'_>, id: ID, disabled: bool) -> ApiResult<User> {
        ctx.viewer().admin()?;
        let id = ids::decode_id::<UserId>(&id)?;
        Ok(User::new(
            accounts::set_disabled(ctx.state(), ctx.viewer(), &id, disabled).await?,
        ))
    }

    /// Creates a tenant (system admins).
    async fn create_tenant(&self, ctx: &Context<'_>, input: CreateTenantInput) -> ApiResult<Tenant> {
        Ok(Tenant(
            accounts::create_tenant(ctx.state(), ctx.viewer(), &input.slug, &input.name).await?,
        ))
    }

    /// Creates a user: system admins anywhere, tenant admins in their tenant.
    async fn create_user(&self, ctx: &Context<'_>, input: CreateUserInput) -> ApiResult<User> {
        ctx.viewer().admin()?;
        let tenant_id = input.tenant_id.map(|t| ids::decode_id::<TenantId>(&t)).transpose()?;
        let new = NewUser {
            tenant_id,
            username: &input.username,
            password: &input.password,
            role: input.role.into(),
        };
        Ok(User::new(accounts::create_user(ctx.state(), ctx.viewer(), new).await?))
    }
}
