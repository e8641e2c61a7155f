//! Shared selections and query builders, so that no test repeats a long query string.

/// Every field of a BootSource (image or template).
pub const SOURCE: &str = "__typename id name externalId scope tenant { id slug } platform { id } \
    bootMode videoModel osType osDistro osUsername hasOsPassword \
    readiness { ready problems { code message } } removedFromPlatform version syncedAt";

pub const SYNC_RUN: &str = "id status added updated removed error notes startedAt finishedAt platform { id }";

/// Every field of a cloud platform, except its sources.
pub const PLATFORM: &str = "id name kind endpoint available syncIntervalSeconds \
    capabilities { resourceModel bootModeEditable videoModelEditable } \
    lastSync { id status } syncRuns(first: 10) { totalCount edges { node { id status } } }";

/// The fields every role may read on a platform.
pub const PLATFORM_PUBLIC: &str = "id name kind capabilities { resourceModel bootModeEditable videoModelEditable }";

pub const USER: &str = "id username role tenant { id slug }";

pub const LOGIN: &str =
    "mutation($i: LoginInput!) { login(input: $i) { token expiresAt viewer { id username role tenant { id slug } } } }";

/// `node(id)` with every source field.
pub fn node_source() -> String {
    format!("query($id: ID!) {{ node(id: $id) {{ __typename id ... on BootSource {{ {SOURCE} }} }} }}")
}

pub fn connection(selection: &str) -> String {
    format!("totalCount pageInfo {{ hasNextPage endCursor }} edges {{ cursor node {{ {selection} }} }}")
}

/// `vdiImages`, `vdiTemplates` (no tenantId), `customImages`, `customTemplates` (with tenantId).
pub fn source_list_query(field: &str) -> String {
    let tenant = field.starts_with("custom");
    let (decl, arg) = if tenant {
        (", $tenantId: ID", ", tenantId: $tenantId")
    } else {
        ("", "")
    };
    format!(
        "query($first: Int, $after: String, $filter: SourceFilter{decl}) {{ \
         {field}(first: $first, after: $after, filter: $filter{arg}) {{ {} }} }}",
        connection(SOURCE)
    )
}

/// A platform's own view: `images` or `templates`.
pub fn platform_sources_query(field: &str) -> String {
    format!(
        "query($id: ID!, $first: Int, $after: String) {{ node(id: $id) {{ ... on CloudPlatform {{ \
         {field}(first: $first, after: $after) {{ {} }} }} }} }}",
        connection(SOURCE)
    )
}

/// One of the source mutations, returning every field of the source.
pub fn source_mutation(name: &str) -> String {
    match name {
        "clearOsCredentials" => format!("mutation($id: ID!) {{ clearOsCredentials(id: $id) {{ {SOURCE} }} }}"),
        other => {
            let input = format!("{}{}Input", other[..1].to_uppercase(), &other[1..]);
            format!("mutation($i: {input}!) {{ {other}(input: $i) {{ {SOURCE} }} }}")
        }
    }
}

pub fn sync() -> String {
    format!("mutation($id: ID!) {{ syncCloudPlatform(id: $id) {{ {SYNC_RUN} }} }}")
}

pub const ADD_PLATFORM: &str = "mutation($i: AddCloudPlatformInput!) { addCloudPlatform(input: $i) { id name kind endpoint available syncIntervalSeconds capabilities { resourceModel bootModeEditable videoModelEditable } } }";

pub const UPDATE_PLATFORM: &str = "mutation($i: UpdateCloudPlatformInput!) { updateCloudPlatform(input: $i) { id name kind endpoint available syncIntervalSeconds } }";

pub const REMOVE_PLATFORM: &str = "mutation($id: ID!) { removeCloudPlatform(id: $id) }";

pub const CREATE_TENANT: &str = "mutation($i: CreateTenantInput!) { createTenant(input: $i) { id slug name } }";

pub const CREATE_USER: &str =
    "mutation($i: CreateUserInput!) { createUser(input: $i) { id username role tenant { id slug } } }";

pub const SET_USER_DISABLED: &str =
    "mutation($id: ID!, $d: Boolean!) { setUserDisabled(id: $id, disabled: $d) { id username } }";

pub const ME: &str = "query { me { id username role tenant { id slug } } }";

pub const TENANTS: &str = "query($first: Int, $after: String) { tenants(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id slug name } } } }";

pub const USERS: &str = "query($first: Int, $after: String, $tenantId: ID) { users(first: $first, after: $after, tenantId: $tenantId) { totalCount edges { node { id username role tenant { id slug } } } } }";

pub fn cloud_platforms_query(selection: &str) -> String {
    format!("query {{ cloudPlatforms {{ {selection} }} }}")
}

pub const SYNC_EVENTS: &str = "subscription($p: ID) { syncEvents(platformId: $p) { kind at platform { id } run { id status } \
    source { __typename ... on Image { id name } ... on Template { id name } } } }";
