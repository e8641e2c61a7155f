//! `serve --demo`: on an empty database, a simulated platform of each kind (synced), two tenants
//! and users of every role, printed so a newcomer can try every rule from GraphiQL.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::pagination::PageArgs;
use crate::db::users::{self, UserSet};
use crate::domain::accounts::{self, NewUser};
use crate::domain::platforms::{self, PlatformInput};
use crate::domain::sync;
use crate::domain::values::{PlatformKind, Role};
use crate::error::ApiError;

/// The demo's password for every account (it is a demo: say so loudly).
pub const DEMO_PASSWORD: &str = "xspace-demo";

const PLATFORMS: [(&str, PlatformKind, &str); 4] = [
    ("OpenStack Lab", PlatformKind::Openstack, "sim://openstack-lab?images=40&seed=1"),
    ("ZSphere", PlatformKind::Zstack, "sim://zsphere?images=24&seed=2"),
    ("SmartX", PlatformKind::Smartx, "sim://smartx?images=16&seed=3"),
    ("WxStack", PlatformKind::Wxstack, "sim://wxstack?images=12&seed=4"),
];

const TENANT_USERS: [(&str, &str, Role); 4] = [
    ("acme", "alice", Role::TenantAdmin),
    ("acme", "bob", Role::TenantUser),
    ("globex", "gina", Role::TenantAdmin),
    ("globex", "gus", Role::TenantUser),
];

fn err(e: ApiError) -> anyhow::Error {
    anyhow::anyhow!(e.message())
}

/// Seeds the demo unless the database already has users.
pub async fn seed(state: &AppState) -> anyhow::Result<()> {
    let mut conn = state.pool.get().await?;
    let existing = users::list(&mut conn, &UserSet::All(None), &PageArgs { first: 1, after: None }).await?;
    drop(conn);
    if existing.total > 0 {
        tracing::info!("the database has users already: demo not seeded again");
        print_accounts();
        return Ok(());
    }
    let ops = accounts::insert_user(state, None, "ops", DEMO_PASSWORD, Role::SystemAdmin).await.map_err(err)?;
    let admin = Viewer::User(UserViewer { id: ops.id, username: ops.username, role: Role::SystemAdmin, tenant_id: None });
    let acme = accounts::create_tenant(state, &admin, "acme", "Acme Corp").await.map_err(err)?;
    let globex = accounts::create_tenant(state, &admin, "globex", "Globex Inc").await.map_err(err)?;
    for (slug, username, role) in TENANT_USERS {
        let tenant_id = if slug == "acme" { acme.id.clone() } else { globex.id.clone() };
        let new = NewUser { tenant_id: Some(tenant_id), username, password: DEMO_PASSWORD, role };
        accounts::create_user(state, &admin, new).await.map_err(err)?;
    }
    for (name, kind, endpoint) in PLATFORMS {
        let input = PlatformInput {
            name: Some(name.into()),
            kind: Some(kind),
            endpoint: Some(endpoint.into()),
            secret: Some(format!("demo-secret-{}", kind.as_str().to_lowercase())),
            project_tenants: Some(vec![("acme".into(), "acme".into()), ("globex".into(), "globex".into())]),
            sync_interval_seconds: None,
        };
        let platform = platforms::add(state, &admin, input).await.map_err(err)?;
        let run = sync::sync_platform(state, &platform.id).await.map_err(err)?;
        tracing::info!(platform = name, added = run.added, "demo platform synced");
    }
    print_accounts();
    Ok(())
}

fn print_accounts() {
    println!("demo accounts (password for all: {DEMO_PASSWORD}):");
    println!("  ops    SYSTEM_ADMIN  login {{ tenant: null }}");
    for (slug, username, role) in TENANT_USERS {
        println!("  {username:<6} {:<13} login {{ tenant: \"{slug}\" }}", role.as_str());
    }
}
