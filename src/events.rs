//! Changes carried to subscriptions: one bounded in-process broadcast. A subscriber that falls
//! behind loses the oldest events and is told so (RESYNC), never blocks the publisher.

use chrono::NaiveDateTime;
use tokio::sync::broadcast;

use crate::domain::values::Resource;

/// What happened in a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, async_graphql::Enum)]
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
#[derive(Debug, Clone)]
pub struct SyncEvent {
    /// What happened.
    pub kind: SyncEventKind,
    /// The platform synced.
    pub platform_id: String,
    /// The run.
    pub run_id: String,
    /// The source concerned, with whether it is an image or a template.
    pub source: Option<(String, Resource)>,
    /// The desktop imported (DESKTOP_IMPORTED).
    pub desktop_id: Option<String>,
    /// What happened, in words (PROGRESS, FAILED).
    pub message: Option<String>,
    /// When.
    pub at: NaiveDateTime,
}

/// What happened to a desktop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, async_graphql::Enum)]
pub enum DesktopEventKind {
    /// Created through the API or imported by a sync.
    Created,
    /// Deleted.
    Deleted,
    /// Its agent reported.
    AgentReported,
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
#[derive(Debug, Clone)]
pub struct DesktopEvent {
    /// What happened.
    pub kind: DesktopEventKind,
    /// The desktop.
    pub desktop_id: String,
    /// Its tenant.
    pub tenant_id: String,
    /// Its owner now, and before when an assignment changed it.
    pub owners: Vec<String>,
    /// When.
    pub at: NaiveDateTime,
}

/// Every kind of event.
#[derive(Debug, Clone)]
pub enum Event {
    /// From a sync.
    Sync(SyncEvent),
    /// About a desktop.
    Desktop(DesktopEvent),
}

/// The broadcast hub.
#[derive(Debug, Clone)]
pub struct Events {
    tx: broadcast::Sender<Event>,
}

impl Events {
    /// A hub keeping at most `capacity` events for the slowest subscriber.
    pub fn new(capacity: usize) -> Self {
        let (tx, _) = broadcast::channel(capacity);
        Self { tx }
    }

    /// Publishes; with no subscriber the event is dropped.
    pub fn publish(&self, event: Event) {
        let _ = self.tx.send(event);
    }

    /// A new subscription.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.tx.subscribe()
    }
}
