//! Changes carried to subscriptions: one bounded in-process broadcast. A subscriber that falls
//! behind loses the oldest events and is told so (RESYNC), never blocks the publisher. On
//! PostgreSQL, [`relay`] carries them to and from the other replicas.

pub mod relay;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, mpsc};

use crate::domain::id::{DesktopId, PlatformId, SourceId, SyncRunId, TenantId, UserId};
use crate::domain::values::Resource;

/// What happened in a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SyncEventKind {
    /// A sync began.
    Started,
    /// A source appeared.
    SourceAdded,
    /// A source's platform-owned fields changed (or it came back).
    SourceUpdated,
    /// A source vanished from the platform and was marked removed.
    SourceRemoved,
    /// A VM became a desktop.
    DesktopImported,
    /// The sync finished and its changes are applied.
    Finished,
    /// The sync failed; nothing was removed.
    Failed,
    /// A step of a longer operation on the platform (a boot-mode copy); see `message`.
    Progress,
    /// The subscriber fell behind and missed events: re-read what it shows.
    Resync,
}

/// One sync event. Ids only: the subscriber's resolvers read the objects within its own scope.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SyncEvent {
    /// What happened.
    pub kind: SyncEventKind,
    /// The platform synced.
    pub platform_id: PlatformId,
    /// The run.
    pub run_id: SyncRunId,
    /// The source concerned, with whether it is an image or a template.
    pub source: Option<(SourceId, Resource)>,
    /// The desktop imported (DESKTOP_IMPORTED).
    pub desktop_id: Option<DesktopId>,
    /// What happened, in words (PROGRESS, FAILED).
    pub message: Option<String>,
    /// When.
    pub at: NaiveDateTime,
}

/// What happened to a desktop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DesktopEventKind {
    /// Created through the API or imported by a sync.
    Created,
    /// Deleted.
    Deleted,
    /// Its connected agent reported something new (host name, agent version or OS).
    AgentReported,
    /// Its agent connected (first report, or the first after falling silent): the OS info is
    /// the agent's from now on (R10).
    AgentConnected,
    /// Its agent fell silent for longer than the window: the OS info is the source's preset
    /// again (R10).
    AgentDisconnected,
    /// Its effective OS info changed.
    OsInfoChanged,
    /// Its credentials changed (never carried in the event).
    CredentialsChanged,
    /// Assigned to another user (or none).
    Assigned,
    /// The subscriber fell behind and missed events: re-read what it shows.
    Resync,
}

/// One desktop event, with what scoping needs (R16): its tenant and the users it concerns.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DesktopEvent {
    /// What happened.
    pub kind: DesktopEventKind,
    /// The desktop.
    pub desktop_id: DesktopId,
    /// Its tenant.
    pub tenant_id: TenantId,
    /// Its owner now, and before when an assignment changed it.
    pub owners: Vec<UserId>,
    /// When.
    pub at: NaiveDateTime,
}

/// Every kind of event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Event {
    /// From a sync.
    Sync(SyncEvent),
    /// About a desktop.
    Desktop(DesktopEvent),
    /// A user was disabled, enabled or given a new password (its id): replicas drop what they
    /// keep of it ([`crate::auth::user_cache`]). Reaches no subscriber.
    UserChanged(UserId),
    /// A platform was changed or removed, or a sync changed whether it is reached (its id):
    /// replicas drop what they keep of it ([`crate::domain::platform_cache`]). Reaches no
    /// subscriber.
    PlatformChanged(PlatformId),
    /// Events of other replicas may have been missed (the relay lost its connection): every
    /// subscriber gets a RESYNC.
    Missed,
}

/// The broadcast hub.
#[derive(Debug, Clone)]
pub struct Events {
    tx: broadcast::Sender<Event>,
    /// Events for the other replicas, when there is a relay.
    outbox: Option<mpsc::Sender<Event>>,
}

impl Events {
    /// A hub keeping at most `capacity` events for the slowest subscriber.
    pub fn new(capacity: usize) -> Self {
        let (tx, _) = broadcast::channel(capacity);
        Self { tx, outbox: None }
    }

    /// The same hub, also handing every published event to `outbox` (the relay).
    #[must_use]
    pub fn with_outbox(mut self, outbox: mpsc::Sender<Event>) -> Self {
        self.outbox = Some(outbox);
        self
    }

    /// Publishes to this process's subscribers and, through the relay, to the other replicas'.
    pub fn publish(&self, event: Event) {
        if let Some(outbox) = &self.outbox
            && outbox.try_send(event.clone()).is_err()
        {
            tracing::warn!("event relay is behind: an event was not sent to the other replicas");
        }
        self.publish_here(event);
    }

    /// Publishes to this process's subscribers only (events that came from another replica).
    pub fn publish_here(&self, event: Event) {
        let _ = self.tx.send(event);
    }

    /// A new subscription.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }
}
