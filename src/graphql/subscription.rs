//! The subscription root: changes as they happen, scoped like every read (R16).

use async_graphql::{Context, ID, Object, Subscription};
use futures::{Stream, StreamExt as _};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::wrappers::errors::BroadcastStreamRecvError;

use crate::app::State;
use crate::auth::viewer::UserViewer;
use crate::domain::access::can_see_desktop_change;
use crate::domain::id::{DesktopId, PlatformId};
use crate::domain::reads::{catalogue, desktops, platforms};
use crate::error::{ApiError, ApiResult};
use crate::events::{
    DesktopEvent as DesktopEventData, DesktopEventKind, Event, SyncEvent as SyncEventData, SyncEventKind,
};
use crate::graphql::context::ContextExt as _;
use crate::graphql::types::desktop::Desktop;
use crate::graphql::types::enums;
use crate::graphql::types::platform::CloudPlatform;
use crate::graphql::types::source::BootSource;
use crate::graphql::types::sync_run::SyncRun;
use crate::graphql::types::utc;
use crate::ids::{self, Kind};

/// Progress and results of a sync.
pub struct SyncEvent {
    data: SyncEventData,
    viewer: UserViewer,
}

#[Object]
impl SyncEvent {
    /// What happened. RESYNC: you missed events; re-read what you show.
    async fn kind(&self) -> enums::SyncEventKind {
        self.data.kind.into()
    }
    /// The platform synced.
    async fn platform(&self, ctx: &Context<'_>) -> ApiResult<CloudPlatform> {
        let row = platforms::find(ctx.state(), &self.data.platform_id)
            .await?
            .ok_or_else(|| ApiError::not_found("platform"))?;
        Ok(CloudPlatform::new(row, &self.viewer))
    }
    /// The run, as it is now.
    async fn run(&self, ctx: &Context<'_>) -> ApiResult<SyncRun> {
        let row = platforms::sync_run(ctx.state(), &self.viewer, &self.data.run_id)
            .await?
            .ok_or_else(|| ApiError::not_found("sync run"))?;
        Ok(SyncRun::new(row))
    }
    /// The source added, updated or removed.
    async fn source(&self, ctx: &Context<'_>) -> ApiResult<Option<BootSource>> {
        let Some((id, _)) = &self.data.source else {
            return Ok(None);
        };
        let row = catalogue::find(ctx.state(), &self.viewer, id, None).await?;
        Ok(row.map(|r| BootSource::new(r, &self.viewer)))
    }
    /// The desktop imported (DESKTOP_IMPORTED).
    async fn desktop(&self, ctx: &Context<'_>) -> ApiResult<Option<Desktop>> {
        let Some(id) = &self.data.desktop_id else {
            return Ok(None);
        };
        Ok(desktops::find(ctx.state(), &self.viewer, id)
            .await?
            .map(|d| Desktop::new(d, &self.viewer)))
    }
    /// What happened, in words (PROGRESS steps, FAILED reasons).
    async fn message(&self) -> Option<&str> {
        self.data.message.as_deref()
    }
    /// When it happened.
    async fn at(&self) -> chrono::DateTime<chrono::Utc> {
        utc(self.data.at)
    }
}

/// A change to a desktop (R16: scoped like every read; never a secret).
pub struct DesktopEvent {
    data: DesktopChange,
    viewer: UserViewer,
}

/// What a desktop subscriber is told.
enum DesktopChange {
    /// A change in its scope.
    Event(DesktopEventData),
    /// Events were missed: of the one desktop watched, or of any (`None`).
    Resync {
        desktop_id: Option<DesktopId>,
        at: chrono::NaiveDateTime,
    },
}

impl DesktopChange {
    fn desktop_id(&self) -> Option<&DesktopId> {
        match self {
            Self::Event(e) => Some(&e.desktop_id),
            Self::Resync { desktop_id, .. } => desktop_id.as_ref(),
        }
    }
}

#[Object]
impl DesktopEvent {
    /// What happened. RESYNC: you missed events; re-read what you show.
    async fn kind(&self) -> enums::DesktopEventKind {
        match &self.data {
            DesktopChange::Event(e) => e.kind.into(),
            DesktopChange::Resync { .. } => DesktopEventKind::Resync.into(),
        }
    }
    /// The desktop's ID.
    async fn desktop_id(&self) -> ID {
        match self.data.desktop_id() {
            Some(id) => ids::encode_id(id),
            // A RESYNC of every desktop names none: the Desktop ID of no id.
            None => ids::encode(Kind::Desktop, ""),
        }
    }
    /// The desktop as it is now; null once deleted (or out of your scope since).
    async fn desktop(&self, ctx: &Context<'_>) -> ApiResult<Option<Desktop>> {
        let Some(id) = self.data.desktop_id() else {
            return Ok(None);
        };
        let row = desktops::find(ctx.state(), &self.viewer, id).await?;
        Ok(row.map(|d| Desktop::new(d, &self.viewer)))
    }
    /// When it happened.
    async fn at(&self) -> chrono::DateTime<chrono::Utc> {
        match &self.data {
            DesktopChange::Event(e) => utc(e.at),
            DesktopChange::Resync { at, .. } => utc(*at),
        }
    }
}

/// Live updates.
pub struct SubscriptionRoot;

#[Subscription]
impl SubscriptionRoot {
    /// System admins: progress and results of syncs, of one platform or all.
    async fn sync_events(
        &self,
        ctx: &Context<'_>,
        platform_id: Option<ID>,
    ) -> async_graphql::Result<impl Stream<Item = SyncEvent>> {
        let me = ctx.viewer().system_admin()?.clone();
        let only = platform_id.map(|p| ids::decode_id::<PlatformId>(&p)).transpose()?;
        let state: State = ctx.shared_state();
        if let Some(p) = &only {
            platforms::find(&state, p)
                .await?
                .ok_or_else(|| ApiError::not_found("platform"))?;
        }
        let events = state.events.subscribe();
        let guard = state.metrics.subscription();
        let stream = BroadcastStream::new(events).filter_map(move |item| {
            let only = only.clone();
            let me = me.clone();
            let state = state.clone();
            async move {
                match item {
                    Ok(Event::Sync(e)) if only.as_ref().is_none_or(|p| *p == e.platform_id) => {
                        Some(SyncEvent { data: e, viewer: me })
                    }
                    Ok(Event::Missed) | Err(BroadcastStreamRecvError::Lagged(_)) => {
                        resync_event(&state, only.as_ref(), me).await
                    }
                    Ok(_) => None,
                }
            }
        });
        Ok(counted(guard, stream))
    }

    /// Desktop changes, of one desktop or all in your scope (R16): a user sees its own desktops,
    /// a tenant admin its tenant's, a system admin all. Events carry no secret.
    async fn desktop_events(
        &self,
        ctx: &Context<'_>,
        desktop_id: Option<ID>,
    ) -> async_graphql::Result<impl Stream<Item = DesktopEvent>> {
        let me = ctx.user()?.clone();
        let only = match desktop_id {
            Some(id) => {
                let internal = ids::decode_id::<DesktopId>(&id)?;
                desktops::find(ctx.state(), &me, &internal)
                    .await?
                    .ok_or_else(|| ApiError::not_found("desktop"))?;
                Some(internal)
            }
            None => None,
        };
        let state = ctx.state();
        Ok(counted(
            state.metrics.subscription(),
            desktop_stream(&state.events, me, only),
        ))
    }
}

/// A stream counted as a live subscription (`/metrics`) until it is dropped.
fn counted<S: Stream>(guard: crate::metrics::SubscriptionGuard, stream: S) -> impl Stream<Item = S::Item> {
    stream.map(move |item| {
        let _alive = &guard;
        item
    })
}

/// Desktop changes in the viewer's scope, or of one desktop.
fn desktop_stream(
    events: &crate::events::Events,
    me: UserViewer,
    only: Option<DesktopId>,
) -> impl Stream<Item = DesktopEvent> + use<> {
    BroadcastStream::new(events.subscribe()).filter_map(move |item| {
        let me = me.clone();
        let only = only.clone();
        async move {
            match item {
                Ok(Event::Desktop(e))
                    if can_see_desktop_change(&me, &e.tenant_id, &e.owners)
                        && only.as_ref().is_none_or(|d| *d == e.desktop_id) =>
                {
                    Some(DesktopEvent {
                        data: DesktopChange::Event(e),
                        viewer: me,
                    })
                }
                Ok(Event::Missed) | Err(BroadcastStreamRecvError::Lagged(_)) => {
                    let data = DesktopChange::Resync {
                        desktop_id: only.clone(),
                        at: crate::db::models::now(),
                    };
                    Some(DesktopEvent { data, viewer: me })
                }
                Ok(_) => None,
            }
        }
    })
}

/// A RESYNC event, anchored on the newest run (of the watched platform, or of any).
async fn resync_event(state: &State, platform_id: Option<&PlatformId>, viewer: UserViewer) -> Option<SyncEvent> {
    let run = platforms::newest_run(state, platform_id).await.ok()??;
    let data = SyncEventData {
        kind: SyncEventKind::Resync,
        platform_id: run.platform_id,
        run_id: run.id,
        source: None,
        desktop_id: None,
        message: None,
        at: crate::db::models::now(),
    };
    Some(SyncEvent { data, viewer })
}
