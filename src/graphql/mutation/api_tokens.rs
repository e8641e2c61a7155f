//! API tokens: made, listed and revoked (see `domain::api_tokens`).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};

use crate::db::pagination::encode_cursor;
use crate::domain::api_tokens;
use crate::domain::id::ApiTokenId;
use crate::error::ApiResult;
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::api_token::{ApiToken, ApiTokenConnection};
use crate::ids;

/// A new API token.
#[derive(InputObject)]
pub struct CreateApiTokenInput {
    /// What it is for (1–200 characters), e.g. `nightly sync`.
    pub name: String,
    /// When it stops working: in the future, at most 366 days ahead.
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// A token just made, with its secret.
#[derive(SimpleObject)]
pub struct CreateApiTokenPayload {
    /// The token.
    pub token: ApiToken,
    /// The secret, for `Authorization: Bearer …` (and `connection_init` on WebSocket). Shown this
    /// once: only its hash is kept. It starts with `xsp_`, for leaked-secret scanners.
    pub secret: String,
}

/// API tokens.
#[derive(Default)]
pub struct ApiTokenMutation;

#[Object]
impl ApiTokenMutation {
    /// Makes an API token that acts as you (your role, your tenant). Not through an API token.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        input: CreateApiTokenInput,
    ) -> ApiResult<CreateApiTokenPayload> {
        let (row, secret) = api_tokens::create(ctx.state(), ctx.viewer(), &input.name, input.expires_at).await?;
        Ok(CreateApiTokenPayload {
            token: ApiToken(row),
            secret,
        })
    }

    /// Revokes an API token: your own; admins, their scope's. It stops working at once.
    async fn revoke_api_token(&self, ctx: &Context<'_>, id: ID) -> ApiResult<ApiToken> {
        let id = ids::decode_id::<ApiTokenId>(&id)?;
        Ok(ApiToken(api_tokens::revoke(ctx.state(), ctx.viewer(), &id).await?))
    }
}

/// API tokens.
#[derive(Default)]
pub struct ApiTokenQuery;

#[Object]
impl ApiTokenQuery {
    /// API tokens by name: your own; tenant admins, their tenant's; system admins, all. Never a
    /// secret.
    #[graphql(complexity = "crate::graphql::page_cost(first, child_complexity)")]
    async fn api_tokens(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> ApiResult<ApiTokenConnection> {
        let page = ctx.page_args(first, after.as_deref())?;
        let rows = api_tokens::list(ctx.state(), ctx.viewer(), &page).await?;
        Ok(ApiTokenConnection::build(rows, |r| {
            (encode_cursor(&r.name, r.id.as_str()), ApiToken(r))
        }))
    }
}
