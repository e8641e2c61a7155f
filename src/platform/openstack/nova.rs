//! Nova servers (compute API v2.1, no microversion): the listing for desktop import, creation and
//! deletion.
//!
//! Nova has no per-server firmware setting: a server boots the way its image says
//! (`hw_firmware_type`, BIOS when absent). Creation therefore checks that the image boots the way
//! the desktop must, and records the mode in the server's metadata (`xspace_boot_mode`), which the
//! listing reads back; a server without it reports no boot mode (the source's then applies).

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::glance::{self, encode};
use super::session::{Service, Session, read_json};
use crate::domain::values::BootMode;
use crate::platform::http::Request;
use crate::platform::{NewVm, PlatformError, RemoteVm};

/// Servers asked for per page.
const PAGE_SIZE: u32 = 200;
/// Pages a listing may take before it is judged a loop.
const MAX_PAGES: usize = 100_000;
/// The metadata key holding the boot mode a server was created with.
pub const BOOT_MODE_KEY: &str = "xspace_boot_mode";

#[derive(Deserialize)]
struct Page {
    servers: Vec<Map<String, Value>>,
    #[serde(default)]
    servers_links: Vec<Link>,
}

#[derive(Deserialize)]
struct Link {
    rel: String,
    href: String,
}

#[derive(Deserialize)]
struct Flavors {
    flavors: Vec<Flavor>,
}

#[derive(Deserialize)]
struct Flavor {
    id: String,
    #[serde(default)]
    vcpus: u64,
    #[serde(default)]
    ram: u64,
    #[serde(default)]
    disk: u64,
}

#[derive(Deserialize)]
struct Created {
    server: CreatedServer,
}

#[derive(Deserialize)]
struct CreatedServer {
    id: String,
}

/// Maps one server; `None` without an id.
pub fn to_vm(server: &Map<String, Value>) -> Option<RemoteVm> {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).filter(|s| !s.is_empty()).map(str::to_owned);
    Some(RemoteVm {
        external_id: text(server.get("id"))?,
        name: text(server.get("name")).unwrap_or_default(),
        // A server booted from a volume has `"image": ""`.
        source_external_id: text(server.get("image").and_then(|i| i.get("id"))),
        boot_mode: text(server.get("metadata").and_then(|m| m.get(BOOT_MODE_KEY)))
            .and_then(|m| BootMode::from_platform(&m)),
        project: text(server.get("tenant_id")),
    })
}

/// Every server the caller may see (every project's for an admin), all pages followed.
pub async fn list(session: &Session) -> Result<Vec<RemoteVm>, PlatformError> {
    let base = session.base(Service::Compute).await?;
    let all = if session.is_admin().await? {
        "&all_tenants=1"
    } else {
        ""
    };
    let mut url = format!("{base}/servers/detail?limit={PAGE_SIZE}{all}");
    let mut vms = Vec::new();
    for _ in 0..MAX_PAGES {
        let request = Request::new(Method::GET, &url);
        let what = request.describe();
        let response = session.call(Service::Compute, None, request).await?;
        let page: Page = read_json(Service::Compute, &what, response).await?;
        for server in &page.servers {
            vms.push(
                to_vm(server).ok_or_else(|| {
                    PlatformError::Unavailable(format!("Nova listed a server without an id ({what})"))
                })?,
            );
        }
        let next = page.servers_links.iter().find(|l| l.rel == "next");
        match next.and_then(|l| url::Url::parse(&l.href).ok()) {
            // Nova's link names its own public host; keep ours and take the query only.
            Some(link) if !page.servers.is_empty() => {
                url = format!("{base}/servers/detail?{}", link.query().unwrap_or_default());
            }
            _ => return Ok(vms),
        }
    }
    Err(PlatformError::Unavailable(format!(
        "Nova's listing did not end after {MAX_PAGES} pages"
    )))
}

/// The flavor for new servers: the secret's, else the smallest Nova offers.
async fn flavor(session: &Session, base: &str, given: Option<&str>) -> Result<String, PlatformError> {
    if let Some(id) = given {
        return Ok(id.to_owned());
    }
    let request = Request::new(Method::GET, format!("{base}/flavors/detail"));
    let what = request.describe();
    let response = session.call(Service::Compute, None, request).await?;
    let flavors: Flavors = read_json(Service::Compute, &what, response).await?;
    flavors
        .flavors
        .into_iter()
        .min_by_key(|f| (f.vcpus, f.ram, f.disk))
        .map(|f| f.id)
        .ok_or_else(|| PlatformError::Invalid("Nova offers no flavor; set \"flavor\" in the secret".to_owned()))
}

/// Creates a server from an image in the VM's project and returns it.
pub async fn create(session: &Session, vm: &NewVm, flavor_id: Option<&str>) -> Result<RemoteVm, PlatformError> {
    let image = glance::get(session, &vm.source_external_id)
        .await?
        .ok_or_else(|| PlatformError::NotFound(format!("Glance has no image {}", vm.source_external_id)))?;
    match image.boot_mode {
        Some(mode) if mode != vm.boot_mode => {
            return Err(PlatformError::Invalid(format!(
                "image {} boots {}, the VM must boot {}",
                image.external_id,
                mode.platform_str(),
                vm.boot_mode.platform_str()
            )));
        }
        None if vm.boot_mode == BootMode::Uefi => {
            return Err(PlatformError::Unsupported(format!(
                "image {} has no hw_firmware_type, so Nova would boot it with BIOS, not UEFI",
                image.external_id
            )));
        }
        _ => {}
    }
    let base = session.base(Service::Compute).await?;
    let flavor = flavor(session, &base, flavor_id).await?;
    let own = session.own_project().await?;
    let project = vm.project.as_deref().filter(|p| Some(*p) != own.as_deref());
    let body = json!({"server": {
        "name": vm.name,
        "imageRef": vm.source_external_id,
        "flavorRef": flavor,
        "metadata": {BOOT_MODE_KEY: vm.boot_mode.platform_str()},
    }});
    let request = Request::new(Method::POST, format!("{base}/servers")).json(&body);
    let what = request.describe();
    let response = session.call(Service::Compute, project, request).await?;
    let created: Created = read_json(Service::Compute, &what, response).await?;
    Ok(RemoteVm {
        external_id: created.server.id,
        name: vm.name.clone(),
        source_external_id: Some(vm.source_external_id.clone()),
        boot_mode: Some(vm.boot_mode),
        project: vm.project.clone().or(own),
    })
}

/// Deletes a server; one already gone is not an error.
pub async fn delete(session: &Session, id: &str) -> Result<(), PlatformError> {
    let base = session.base(Service::Compute).await?;
    let request = Request::new(Method::DELETE, format!("{base}/servers/{}", encode(id)));
    match session.call(Service::Compute, None, request).await {
        Ok(_) | Err(PlatformError::NotFound(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn maps_servers_from_the_reference_shape() {
        let server = json!({"id": "s1", "name": "alice-pc", "tenant_id": "p1", "status": "ACTIVE",
            "image": {"id": "img-1", "links": []}, "metadata": {"xspace_boot_mode": "uefi"}});
        let vm = to_vm(server.as_object().unwrap()).unwrap();
        assert_eq!(vm.source_external_id.as_deref(), Some("img-1"));
        assert_eq!(vm.boot_mode, Some(BootMode::Uefi));
        assert_eq!(vm.project.as_deref(), Some("p1"));
        let from_volume = json!({"id": "s2", "name": "v", "tenant_id": "p1", "image": "", "metadata": {}});
        let vm = to_vm(from_volume.as_object().unwrap()).unwrap();
        assert_eq!(vm.source_external_id, None);
        assert_eq!(vm.boot_mode, None);
    }
}
