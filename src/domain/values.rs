//! Closed sets of the domain, parsed from and printed to their stored spelling, and the small
//! values the layers pass each other.

/// Generates `as_str`, `Display` and `FromStr` for a fieldless enum with fixed spellings; the
/// enum's diesel TEXT mapping is one line in `db::stored`.
macro_rules! spelled_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            /// The stored spelling.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.as_str()) }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s {
                    $($text => Ok(Self::$variant),)+
                    other => Err(format!("unknown {} {other:?}", stringify!($name))),
                }
            }
        }
    };
}

/// The kinds of object the service names to its clients; the API's global IDs carry one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// A tenant.
    Tenant,
    /// A user.
    User,
    /// A cloud platform.
    CloudPlatform,
    /// An image.
    Image,
    /// A template.
    Template,
    /// A sync run.
    SyncRun,
    /// A desktop.
    Desktop,
    /// An audit entry.
    AuditEntry,
    /// An API token.
    ApiToken,
}

/// The role of a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Operator of the whole service.
    SystemAdmin,
    /// Administrator of one tenant.
    TenantAdmin,
    /// End user of one tenant.
    TenantUser,
}
spelled_enum!(Role { SystemAdmin => "SYSTEM_ADMIN", TenantAdmin => "TENANT_ADMIN", TenantUser => "TENANT_USER" });

/// The kind of a cloud platform (R1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
spelled_enum!(PlatformKind { Openstack => "OPENSTACK", Zstack => "ZSTACK", Smartx => "SMARTX", Wxstack => "WXSTACK" });

/// Whether a platform holds images or templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResourceModel {
    /// The platform has images.
    Images,
    /// The platform has templates only (R5).
    Templates,
}

/// What a platform can do (R1): its driver's answer, with the operator's word on UEFI over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    /// Images or templates (fixed by the kind).
    pub resource_model: ResourceModel,
    /// Whether the platform's API can change a source's boot mode in place (R7).
    pub boot_mode_editable: bool,
    /// Whether the platform's API can change a source's video model in place (R8).
    pub video_model_editable: bool,
    /// Whether the service can run R7's VM round trip (a copy with another boot mode or video).
    pub boot_mode_copy: bool,
    /// Whether the platform boots UEFI guests (R6).
    pub uefi: bool,
}

impl PlatformKind {
    /// Whether this kind's platforms hold images or templates.
    pub fn resource_model(self) -> ResourceModel {
        match self {
            Self::Openstack | Self::Zstack => ResourceModel::Images,
            Self::Smartx | Self::Wxstack => ResourceModel::Templates,
        }
    }

    /// What a platform of this kind can usually do, as the vendors' published APIs say (the table
    /// in R1): shown until the platform's driver first answered for itself.
    pub fn usual_capabilities(self) -> Capabilities {
        let (boot_mode_editable, video_model_editable) = match self {
            Self::Openstack | Self::Wxstack => (true, true),
            Self::Zstack | Self::Smartx => (false, false),
        };
        Capabilities {
            resource_model: self.resource_model(),
            boot_mode_editable,
            video_model_editable,
            boot_mode_copy: !boot_mode_editable || !video_model_editable,
            uefi: true,
        }
    }

    /// The stored `resource` value of this kind's sources.
    pub fn resource(self) -> Resource {
        match self.resource_model() {
            ResourceModel::Images => Resource::Image,
            ResourceModel::Templates => Resource::Template,
        }
    }
}

/// Image or template, as stored on a source row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Resource {
    /// An image.
    Image,
    /// A template (R5).
    Template,
}
spelled_enum!(Resource { Image => "IMAGE", Template => "TEMPLATE" });

/// Firmware boot mode (R6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum BootMode {
    /// Legacy BIOS.
    Bios,
    /// UEFI.
    Uefi,
}
spelled_enum!(BootMode { Bios => "BIOS", Uefi => "UEFI" });

impl BootMode {
    /// Parses a platform's spelling (`bios`, `uefi`, `legacy`, any case); unknown values are `None`.
    pub fn from_platform(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "bios" | "legacy" => Some(Self::Bios),
            "uefi" | "efi" => Some(Self::Uefi),
            _ => None,
        }
    }

    /// The platform spelling (`bios` / `uefi`, as Glance's `hw_firmware_type`).
    pub fn platform_str(self) -> &'static str {
        match self {
            Self::Bios => "bios",
            Self::Uefi => "uefi",
        }
    }
}

/// The virtual video card (R8). Platforms spell it in lower case (`virtio`, `cirrus`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

impl VideoModel {
    /// Maps a platform's spelling; unknown names are `Other`.
    pub fn from_platform(value: &str) -> Self {
        match value.trim().to_ascii_lowercase().as_str() {
            "virtio" => Self::Virtio,
            "cirrus" => Self::Cirrus,
            "vga" => Self::Vga,
            "qxl" => Self::Qxl,
            _ => Self::Other,
        }
    }

    /// The platform spelling to write back; `None` for `Other`, which names no model.
    pub fn platform_str(self) -> Option<&'static str> {
        match self {
            Self::Virtio => Some("virtio"),
            Self::Cirrus => Some("cirrus"),
            Self::Vga => Some("vga"),
            Self::Qxl => Some("qxl"),
            Self::Other => None,
        }
    }
}

/// Where a source belongs (R3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceScope {
    /// Operated by the system admins; listed among VDI images/templates.
    System,
    /// Owned by a tenant through a mapped platform project.
    Custom,
}

/// How the client logs in to a desktop (R15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoginMode {
    /// Silent login with the desktop's OS credentials.
    Local,
    /// The user's AD account; stored OS credentials are ignored.
    AdDomain,
}

spelled_enum!(LoginMode { Local => "LOCAL", AdDomain => "AD_DOMAIN" });

/// The state of a sync run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncStatus {
    /// Still running (or interrupted before it could finish; see its notes).
    Running,
    /// Finished and applied.
    Succeeded,
    /// Failed; nothing was removed.
    Failed,
}
spelled_enum!(SyncStatus { Running => "RUNNING", Succeeded => "SUCCEEDED", Failed => "FAILED" });

/// The OS a desktop's agent reported (R10).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgentOs {
    /// OS family (`linux`, `windows`, …).
    pub os_type: Option<String>,
    /// Distribution.
    pub os_distro: Option<String>,
    /// Version.
    pub os_version: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_fix_the_resource_model_and_usual_capabilities() {
        assert!(!PlatformKind::Zstack.usual_capabilities().boot_mode_editable);
        assert!(PlatformKind::Openstack.usual_capabilities().boot_mode_editable);
        assert!(!PlatformKind::Smartx.usual_capabilities().video_model_editable);
        assert!(PlatformKind::Smartx.usual_capabilities().boot_mode_copy);
        assert_eq!(PlatformKind::Smartx.resource(), Resource::Template);
        assert_eq!(PlatformKind::Zstack.resource(), Resource::Image);
    }

    #[test]
    fn platform_spellings_parse() {
        assert_eq!(BootMode::from_platform("UEFI"), Some(BootMode::Uefi));
        assert_eq!(BootMode::from_platform("something"), None);
        assert_eq!(VideoModel::from_platform("cirrus"), VideoModel::Cirrus);
        assert_eq!(VideoModel::from_platform("bochs"), VideoModel::Other);
        assert_eq!("TENANT_ADMIN".parse::<Role>(), Ok(Role::TenantAdmin));
    }
}
