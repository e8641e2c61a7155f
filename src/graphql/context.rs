//! Typed access to the request's state and viewer.

use crate::db::pagination::PageArgs;
use async_graphql::Context;

use crate::app::{AppState, State};
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::error::ApiResult;

/// What every resolver reads from its context.
pub trait ContextExt {
    /// The service state.
    fn state(&self) -> &AppState;
    /// The service state, shared (for what outlives the resolver: a subscription's stream).
    fn shared_state(&self) -> State;
    /// The request's viewer.
    fn viewer(&self) -> &Viewer;
    /// The signed-in user, or `UNAUTHENTICATED`.
    fn user(&self) -> ApiResult<&UserViewer> {
        self.viewer().user()
    }
    /// The page a connection field asks for; rows are counted only when `totalCount` is selected.
    fn page_args(&self, first: Option<i32>, after: Option<&str>) -> ApiResult<PageArgs>;
}

static ANONYMOUS: Viewer = Viewer::Anonymous;

impl ContextExt for Context<'_> {
    fn state(&self) -> &AppState {
        // The schema is always built with the state (graphql::build_schema), so this never fails.
        self.data_unchecked::<State>()
    }

    fn shared_state(&self) -> State {
        self.data_unchecked::<State>().clone()
    }

    fn viewer(&self) -> &Viewer {
        self.data_opt::<Viewer>().unwrap_or(&ANONYMOUS)
    }

    fn page_args(&self, first: Option<i32>, after: Option<&str>) -> ApiResult<PageArgs> {
        let mut page = PageArgs::parse(first, after)?;
        page.count = self.look_ahead().field("totalCount").exists();
        Ok(page)
    }
}

/// The client's address, as the HTTP layer determined it (trusting `X-Forwarded-For` only from
/// `XSPACE_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub std::net::IpAddr);
