//! `serve --demo`: on an empty database, a simulated platform of each kind (synced), two tenants
//! and users of every role, and desktops in LOCAL and AD mode, printed so a newcomer can try every
//! rule from the web console.

use crate::app::AppState;
use crate::auth::Viewer;
use crate::auth::viewer::UserViewer;
use crate::db::models::SourceRow;
use crate::db::pagination::PageArgs;
use crate::db::sources::{self, SourceFilter, SourceSet};
use crate::db::tenants;
use crate::db::users::{self, UserSet};
use crate::domain::accounts::{self, NewUser};
use crate::domain::desktops::{self, NewDesktop};
use crate::domain::platforms::{self, PlatformInput, ProjectMapping};
use crate::domain::sync;
use crate::domain::values::{BootMode, LoginMode, PlatformKind, Resource, Role};
use crate::domain::{agents, catalogue, credentials};
use crate::error::ApiError;

/// The demo's password for every account (it is a demo: say so loudly).
pub const DEMO_PASSWORD: &str = "xspace-demo";

const PLATFORMS: [(&str, PlatformKind, &str); 4] = [
    (
        "OpenStack Lab",
        PlatformKind::Openstack,
        "sim://openstack-lab?images=40&seed=1",
    ),
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
    let existing = users::list(
        &mut conn,
        &UserSet::All(None),
        &PageArgs {
            first: 1,
            after: None,
            count: true,
        },
    )
    .await?;
    drop(conn);
    if existing.total > 0 {
        tracing::info!("the database has users already: demo not seeded again");
        print_accounts();
        return Ok(());
    }
    let ops = accounts::insert_user(state, None, "ops", DEMO_PASSWORD, Role::SystemAdmin)
        .await
        .map_err(err)?;
    let admin = Viewer::User(UserViewer {
        id: ops.id,
        username: ops.username,
        role: Role::SystemAdmin,
        tenant_id: None,
        api_token: None,
    });
    let acme = accounts::create_tenant(state, &admin, "acme", "Acme Corp")
        .await
        .map_err(err)?;
    let globex = accounts::create_tenant(state, &admin, "globex", "Globex Inc")
        .await
        .map_err(err)?;
    for (slug, username, role) in TENANT_USERS {
        let tenant_id = if slug == "acme" {
            acme.id.clone()
        } else {
            globex.id.clone()
        };
        let new = NewUser {
            tenant_id: Some(tenant_id),
            username,
            password: DEMO_PASSWORD,
            role,
        };
        accounts::create_user(state, &admin, new).await.map_err(err)?;
    }
    for (name, kind, endpoint) in PLATFORMS {
        let input = PlatformInput {
            name: Some(name.into()),
            kind: Some(kind),
            endpoint: Some(endpoint.into()),
            secret: Some(format!("demo-secret-{}", kind.as_str().to_lowercase())),
            project_tenants: Some(vec![
                ProjectMapping::new("acme", "acme"),
                ProjectMapping::new("globex", "globex"),
            ]),
            ..PlatformInput::default()
        };
        let platform = platforms::add(state, &admin, input).await.map_err(err)?;
        let run = sync::sync_platform(state, &platform.id).await.map_err(err)?;
        tracing::info!(platform = name, added = run.added, "demo platform synced");
    }
    seed_desktops(state, &admin).await?;
    print_accounts();
    Ok(())
}

/// The first ready system image of the demo's OpenStack platform with the given OS type.
async fn ready_image(state: &AppState, os_type: &str) -> anyhow::Result<SourceRow> {
    let mut conn = state.pool.get().await?;
    let filter = SourceFilter {
        os_type: Some(os_type.into()),
        ready: Some(true),
        ..Default::default()
    };
    let page = sources::list(
        &mut conn,
        Resource::Image,
        &SourceSet::System,
        &filter,
        &PageArgs {
            first: 50,
            after: None,
            count: false,
        },
    )
    .await?;
    page.items
        .into_iter()
        .find(|s| s.external_id.starts_with("img-"))
        .ok_or_else(|| anyhow::anyhow!("the demo catalogue has no ready {os_type} image"))
}

/// Desktops in LOCAL and AD mode, with and without custom credentials, one with an agent report.
async fn seed_desktops(state: &AppState, admin: &Viewer) -> anyhow::Result<()> {
    let windows = ready_image(state, "windows").await?;
    let linux = ready_image(state, "linux").await?;
    for image in [&windows, &linux] {
        let (user, pw) = if image.id == windows.id {
            ("Administrator", "Win-demo-1")
        } else {
            ("ubuntu", "Linux-demo-1")
        };
        catalogue::set_os_credentials(state, admin, &key(image), user, pw, None)
            .await
            .map_err(err)?;
    }
    let mut conn = state.pool.get().await?;
    let acme = tenants::by_slug(&mut conn, "acme")
        .await?
        .ok_or_else(|| anyhow::anyhow!("no acme"))?;
    let globex = tenants::by_slug(&mut conn, "globex")
        .await?
        .ok_or_else(|| anyhow::anyhow!("no globex"))?;
    let bob = users::by_login(&mut conn, Some(&acme.id), "bob")
        .await?
        .ok_or_else(|| anyhow::anyhow!("no bob"))?;
    let gus = users::by_login(&mut conn, Some(&globex.id), "gus")
        .await?
        .ok_or_else(|| anyhow::anyhow!("no gus"))?;
    drop(conn);
    let plan = [
        ("bob-windows", &acme.id, &bob.id, &windows, LoginMode::Local, None),
        ("bob-linux", &acme.id, &bob.id, &linux, LoginMode::Local, None),
        (
            "bob-ad",
            &acme.id,
            &bob.id,
            &windows,
            LoginMode::AdDomain,
            Some("acme.example"),
        ),
        ("gus-windows", &globex.id, &gus.id, &windows, LoginMode::Local, None),
    ];
    let mut made = Vec::new();
    for (name, tenant, owner, source, login_mode, ad) in plan {
        let boot = source.boot_mode.unwrap_or(BootMode::Uefi);
        let new = NewDesktop {
            tenant_id: Some(tenant.clone()),
            name: name.into(),
            source_id: source.id.clone(),
            owner_id: Some(owner.clone()),
            boot_mode: boot,
            login_mode,
            ad_domain: ad.map(str::to_owned),
        };
        made.push(desktops::create(state, admin, new).await.map_err(err)?);
    }
    if let Some(linux_desktop) = made.get(1) {
        credentials::set_custom(state, admin, &linux_desktop.id, "bob", "Bob-custom-1")
            .await
            .map_err(err)?;
        let (_, token) = agents::issue_token(state, admin, &linux_desktop.id)
            .await
            .map_err(err)?;
        let agent = accounts::authenticate(state, &token).await.map_err(err)?;
        let report = agents::Report {
            os_type: "linux".into(),
            os_distro: Some("ubuntu".into()),
            os_version: Some("24.04".into()),
            hostname: Some("bob-linux".into()),
            agent_version: Some("mole-1.0.0".into()),
        };
        agents::report(state, &agent, report).await.map_err(err)?;
    }
    tracing::info!(desktops = made.len(), "demo desktops created");
    Ok(())
}

fn key(source: &SourceRow) -> catalogue::SourceKey {
    catalogue::SourceKey {
        resource: source.resource,
        id: source.id.clone(),
    }
}

fn print_accounts() {
    println!("demo accounts (password for all: {DEMO_PASSWORD}):");
    println!("  ops    SYSTEM_ADMIN  login {{ tenant: null }}");
    for (slug, username, role) in TENANT_USERS {
        println!("  {username:<6} {:<13} login {{ tenant: \"{slug}\" }}", role.as_str());
    }
}
