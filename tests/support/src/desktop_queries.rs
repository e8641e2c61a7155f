//! The GraphQL documents of the desktop suites, in one place.

/// Every field of a desktop.
pub const DESKTOP: &str = "id name externalId tenant { id slug } owner { id username } platform { id } \
    source { __typename id name } removedFromPlatform bootMode loginMode adDomain \
    osInfo { osType osDistro osVersion source reportedAt } \
    agent { connected connectedSince lastReportAt hostname agentVersion windowSeconds \
    reportedOs { osType osDistro osVersion source reportedAt } } \
    credentials { effectiveSource username hasPassword customSet imageCopyAt stale } version createdAt";

pub const CREATE_DESKTOP: &str = concat!(
    "mutation($i: CreateDesktopInput!) { createDesktop(input: $i) { ",
    "id name externalId tenant { id slug } owner { id username } platform { id } ",
    "source { __typename id name } removedFromPlatform bootMode loginMode adDomain ",
    "osInfo { osType osDistro osVersion source reportedAt } ",
    "agent { connected connectedSince lastReportAt hostname agentVersion windowSeconds ",
    "reportedOs { osType osDistro osVersion source reportedAt } } ",
    "credentials { effectiveSource username hasPassword customSet imageCopyAt stale } version createdAt } }"
);

pub const DELETE_DESKTOP: &str = "mutation($id: ID!) { deleteDesktop(id: $id) }";

pub fn assign_desktop() -> String {
    format!("mutation($d: ID!, $o: ID) {{ assignDesktop(desktopId: $d, ownerId: $o) {{ {DESKTOP} }} }}")
}

pub fn desktops() -> String {
    format!(
        "query($first: Int, $after: String, $filter: DesktopFilter) {{ desktops(first: $first, after: $after, \
         filter: $filter) {{ totalCount pageInfo {{ hasNextPage endCursor }} edges {{ cursor node {{ {DESKTOP} }} }} }} }}"
    )
}

pub fn node_desktop() -> String {
    format!("query($id: ID!) {{ node(id: $id) {{ __typename id ... on Desktop {{ {DESKTOP} }} }} }}")
}

pub const CONNECTION_INFO: &str = "query($d: ID!) { connectionInfo(desktopId: $d) { desktop { id name } \
    loginMode autoLogin username password adDomain } }";

pub const AUDIT_LOG: &str = "query($first: Int, $after: String, $t: ID) { auditLog(first: $first, after: $after, \
    tenantId: $t) { totalCount pageInfo { hasNextPage endCursor } edges { node { id at actor { id username } \
    action targetId outcome detail } } } }";

pub fn set_desktop_credentials() -> String {
    format!("mutation($i: SetDesktopCredentialsInput!) {{ setDesktopCredentials(input: $i) {{ {DESKTOP} }} }}")
}

pub fn clear_desktop_credentials() -> String {
    format!("mutation($d: ID!) {{ clearDesktopCredentials(desktopId: $d) {{ {DESKTOP} }} }}")
}

pub fn update_credentials() -> String {
    format!("mutation($d: ID!) {{ updateCredentials(desktopId: $d) {{ {DESKTOP} }} }}")
}

pub const UPDATE_CREDENTIALS_FROM_SOURCE: &str =
    "mutation($s: ID!, $dry: Boolean!) { updateCredentialsFromSource(sourceId: $s, dryRun: $dry) }";

pub const ISSUE_AGENT_TOKEN: &str = "mutation($d: ID!) { issueAgentToken(desktopId: $d) { token desktop { id } } }";

pub fn report_agent_status() -> String {
    format!("mutation($i: AgentReportInput!) {{ reportAgentStatus(input: $i) {{ {DESKTOP} }} }}")
}

pub const SET_OS_CREDENTIALS: &str =
    "mutation($i: SetOsCredentialsInput!) { setOsCredentials(input: $i) { id osUsername hasOsPassword version } }";

pub const SET_OS_INFO: &str = "mutation($i: SetOsInfoInput!) { setOsInfo(input: $i) { id osType osDistro version } }";

pub const DESKTOP_EVENTS: &str =
    "subscription($d: ID) { desktopEvents(desktopId: $d) { kind desktopId desktop { id name } at } }";

pub const SYNC_EVENT_KINDS: &str = "subscription($p: ID) { syncEvents(platformId: $p) { kind run { id status } } }";

pub const ME: &str = "query { me { id username role } }";

pub const ADD_PLATFORM: &str = "mutation($i: AddCloudPlatformInput!) { addCloudPlatform(input: $i) { id name kind } }";

pub const REMOVE_PLATFORM: &str = "mutation($id: ID!) { removeCloudPlatform(id: $id) }";

pub const CREATE_TENANT: &str = "mutation($i: CreateTenantInput!) { createTenant(input: $i) { id slug name } }";

pub const CREATE_USER: &str = "mutation($i: CreateUserInput!) { createUser(input: $i) { id username role } }";

/// A platform's images (system admins).
pub const PLATFORM_IMAGES: &str = "query($id: ID!) { node(id: $id) { ... on CloudPlatform { \
    images(first: 100) { edges { node { id name } } } } } }";
