//! The API's enums. Each is the schema's face of a closed set of the domain (or of an event
//! kind): same name, same values, same descriptions, converted to and from it with `into()`.

use async_graphql::Enum;

/// The role of a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::Role")]
pub enum Role {
    /// Operator of the whole service.
    SystemAdmin,
    /// Administrator of one tenant.
    TenantAdmin,
    /// End user of one tenant.
    TenantUser,
}

/// The kind of a cloud platform (R1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::PlatformKind")]
pub enum PlatformKind {
    /// OpenStack (Glance images, Nova servers).
    Openstack,
    /// ZSphere (ZStack): images whose boot mode cannot be edited.
    Zstack,
    /// SmartX: templates.
    Smartx,
    /// WxStack: templates.
    Wxstack,
}

/// Whether a platform holds images or templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::ResourceModel")]
pub enum ResourceModel {
    /// The platform has images.
    Images,
    /// The platform has templates only (R5).
    Templates,
}

/// Firmware boot mode (R6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::BootMode")]
pub enum BootMode {
    /// Legacy BIOS.
    Bios,
    /// UEFI.
    Uefi,
}

/// The virtual video card (R8). Platforms spell it in lower case (`virtio`, `cirrus`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::VideoModel")]
pub enum VideoModel {
    /// virtio-gpu: the only model desktops may use.
    Virtio,
    /// Cirrus: forbidden.
    Cirrus,
    /// Standard VGA.
    Vga,
    /// QXL.
    Qxl,
    /// Any other model the platform names.
    Other,
}

/// Where a source belongs (R3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::SourceScope")]
pub enum SourceScope {
    /// Operated by the system admins; listed among VDI images/templates.
    System,
    /// Owned by a tenant through a mapped platform project.
    Custom,
}

/// How the client logs in to a desktop (R15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::LoginMode")]
pub enum LoginMode {
    /// Silent login with the desktop's OS credentials.
    Local,
    /// The user's AD account; stored OS credentials are ignored.
    AdDomain,
}

/// The state of a sync run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::values::SyncStatus")]
pub enum SyncStatus {
    /// Still running (or interrupted before it could finish; see its notes).
    Running,
    /// Finished and applied.
    Succeeded,
    /// Failed; nothing was removed.
    Failed,
}

/// Where the effective credentials come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::credentials::CredentialSource")]
pub enum CredentialSource {
    /// Set on the desktop (R14).
    Custom,
    /// Copied from the image or template (R12).
    Image,
    /// None at all.
    None,
}

/// Where a desktop's effective OS info comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::agents::OsInfoSource")]
pub enum OsInfoSource {
    /// The agent's last report.
    Agent,
    /// The source's preset.
    Preset,
    /// Neither says.
    None,
}

/// What happened in a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::events::SyncEventKind")]
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

/// What happened to a desktop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::events::DesktopEventKind")]
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
