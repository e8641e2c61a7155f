//! Glance v2 images: the listing (every page, every status), the property mapping, and property
//! changes written with a JSON patch and then re-read.

use std::collections::HashSet;

use reqwest::Method;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::session::{Service, Session, read_json};
use crate::domain::values::BootMode;
use crate::platform::http::Request;
use crate::platform::{PlatformError, RemoteSource};

/// Glance's media type for property changes.
pub const JSON_PATCH: &str = "application/openstack-images-v2.1-json-patch";
/// Pages a listing may take before it is judged a loop.
const MAX_PAGES: usize = 100_000;

/// One page of `GET /v2/images`.
#[derive(Deserialize)]
struct Page {
    images: Vec<Map<String, Value>>,
    #[serde(default)]
    next: Option<String>,
}

fn text(image: &Map<String, Value>, field: &str) -> Option<String> {
    image
        .get(field)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Maps one Glance image onto a source; `None` when it has no id (a malformed answer).
pub fn to_source(image: &Map<String, Value>) -> Option<RemoteSource> {
    Some(RemoteSource {
        external_id: text(image, "id")?,
        name: text(image, "name").unwrap_or_default(),
        boot_mode: text(image, "hw_firmware_type").and_then(|v| BootMode::from_platform(&v)),
        video_model: text(image, "hw_video_model").map(|v| v.to_ascii_lowercase()),
        status: text(image, "status").map_or_else(|| "unknown".to_owned(), |s| s.to_ascii_lowercase()),
        size_bytes: image.get("size").and_then(Value::as_i64),
        project: text(image, "owner"),
        os_type: text(image, "os_type"),
        os_distro: text(image, "os_distro"),
    })
}

/// Every image Glance shows the caller, all pages followed. A page that fails fails the whole
/// listing: a partial list is never returned.
pub async fn list(session: &Session, page_size: u32) -> Result<Vec<RemoteSource>, PlatformError> {
    let base = session.base(Service::Image).await?;
    let mut url = format!("{base}/v2/images?limit={page_size}");
    let mut seen = HashSet::new();
    let mut sources = Vec::new();
    for _ in 0..MAX_PAGES {
        let request = Request::new(Method::GET, &url);
        let what = request.describe();
        let response = session.call(Service::Image, None, request).await?;
        let page: Page = read_json(Service::Image, &what, response).await?;
        for image in &page.images {
            let source = to_source(image)
                .ok_or_else(|| PlatformError::Unavailable(format!("Glance listed an image without an id ({what})")))?;
            if seen.insert(source.external_id.clone()) {
                sources.push(source);
            }
        }
        match page.next {
            // `next` is a path with its query (`/v2/images?marker=…&limit=…`), relative to Glance.
            Some(next) if !page.images.is_empty() => url = join(&base, &next),
            _ => return Ok(sources),
        }
    }
    Err(PlatformError::Unavailable(format!(
        "Glance's listing did not end after {MAX_PAGES} pages"
    )))
}

/// `base` + a `next` link, which Glance gives as a path from its root (a full URL is taken as is).
fn join(base: &str, next: &str) -> String {
    if next.starts_with("http://") || next.starts_with("https://") {
        next.to_owned()
    } else {
        format!("{base}/{}", next.trim_start_matches('/'))
    }
}

/// One image as Glance holds it, or `None` when it has none by that id.
async fn raw(session: &Session, id: &str) -> Result<Option<Map<String, Value>>, PlatformError> {
    let base = session.base(Service::Image).await?;
    let request = Request::new(Method::GET, format!("{base}/v2/images/{}", encode(id)));
    let what = request.describe();
    match session.call(Service::Image, None, request).await {
        Ok(response) => read_json(Service::Image, &what, response).await.map(Some),
        Err(PlatformError::NotFound(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// One image, mapped.
pub async fn get(session: &Session, id: &str) -> Result<Option<RemoteSource>, PlatformError> {
    match raw(session, id).await? {
        Some(image) => to_source(&image)
            .map(Some)
            .ok_or_else(|| PlatformError::Unavailable("Glance answered with an image without an id".to_owned())),
        None => Ok(None),
    }
}

/// Sets one property (`add` when the image lacks it, `replace` otherwise), then re-reads the image
/// and checks that Glance kept the value.
pub async fn set_property(session: &Session, id: &str, property: &str, value: &str) -> Result<(), PlatformError> {
    let image = raw(session, id)
        .await?
        .ok_or_else(|| PlatformError::NotFound(format!("Glance has no image {id}")))?;
    let op = if image.contains_key(property) { "replace" } else { "add" };
    let patch = json!([{"op": op, "path": format!("/{property}"), "value": value}]);
    let base = session.base(Service::Image).await?;
    let request = Request::new(Method::PATCH, format!("{base}/v2/images/{}", encode(id)))
        .body(JSON_PATCH, patch.to_string().into_bytes());
    session.call(Service::Image, None, request).await?;
    let after = raw(session, id)
        .await?
        .ok_or_else(|| PlatformError::NotFound(format!("Glance has no image {id} any more")))?;
    if text(&after, property).as_deref() != Some(value) {
        return Err(PlatformError::Unavailable(format!(
            "Glance accepted {property}={value} for image {id} but does not show it when re-read"
        )));
    }
    Ok(())
}

/// Deletes an image; one already gone is not an error.
pub async fn delete(session: &Session, id: &str) -> Result<(), PlatformError> {
    let base = session.base(Service::Image).await?;
    let request = Request::new(Method::DELETE, format!("{base}/v2/images/{}", encode(id)));
    match session.call(Service::Image, None, request).await {
        Ok(_) | Err(PlatformError::NotFound(_)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// An id as one path segment.
pub fn encode(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn image(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn maps_properties_without_guessing() {
        let full = to_source(&image(json!({
            "id": "i1", "name": "win", "status": "active", "size": 1024, "owner": "p1",
            "hw_firmware_type": "uefi", "hw_video_model": "VirtIO", "os_type": "windows", "os_distro": "win10"
        })))
        .unwrap();
        assert_eq!(full.boot_mode, Some(BootMode::Uefi));
        assert_eq!(full.video_model.as_deref(), Some("virtio"));
        assert_eq!(full.project.as_deref(), Some("p1"));
        assert_eq!(full.size_bytes, Some(1024));
        assert_eq!(full.os_distro.as_deref(), Some("win10"));
        let bare = to_source(&image(json!({
            "id": "i2", "name": null, "status": "queued", "size": null, "owner": null,
            "hw_firmware_type": "coreboot"
        })))
        .unwrap();
        assert_eq!(bare.boot_mode, None);
        assert_eq!(bare.video_model, None);
        assert_eq!(bare.project, None);
        assert_eq!(bare.size_bytes, None);
        assert_eq!(bare.status, "queued");
        assert!(to_source(&image(json!({"name": "no id"}))).is_none());
    }

    #[test]
    fn next_links_join_the_base() {
        assert_eq!(
            join("http://g:9292", "/v2/images?marker=a&limit=2"),
            "http://g:9292/v2/images?marker=a&limit=2"
        );
        assert_eq!(
            join("http://g/image", "/v2/images?marker=a"),
            "http://g/image/v2/images?marker=a"
        );
        assert_eq!(join("http://g", "https://h/v2/images"), "https://h/v2/images");
        assert_eq!(encode("a b/c"), "a%20b%2Fc");
    }
}
