//! VM templates: the content library's (`get-content-library-vm-templates`, one template shared
//! by clusters) and the older per-cluster ones (`get-vm-templates`) that belong to no content-library
//! template (a per-cluster copy of a content-library template is that template, not another one).
//!
//! Fields read (spec 4.6.0, `ContentLibraryVmTemplate` / `VmTemplate`): `id`, `name`, `firmware`
//! (`BIOS`/`UEFI`), `video_type`, `os`, `template_config.guest_os_type`, `size`, `labels`,
//! `entityAsyncStatus` (CREATING/DELETING/UPDATING while a task changes it; `null` when usable).
//!
//! Lists are read page by page with keyset paging: `where: {id_gt: <last id>}`, `orderBy: id_ASC`,
//! `first: <page size>`, so a template added or removed while the listing runs cannot shift a page
//! (as `skip` would) and make another one look gone.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::session::Session;
use super::tasks::{WithTask, follow, follow_all};
use super::{PROJECT_LABEL, label};
use crate::domain::values::BootMode;
use crate::platform::{PlatformError, RemoteSource};

/// A label on a resource (`NestedLabel`).
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// Its key.
    pub key: String,
    /// Its value.
    #[serde(default)]
    pub value: Option<String>,
}

/// `{id, name}` of a related object (`NestedCluster`, …).
#[derive(Debug, Clone, Deserialize)]
pub struct Nested {
    /// Its id.
    pub id: String,
}

/// `NestedTemplateConfig`.
#[derive(Debug, Clone, Default, Deserialize)]
struct TemplateConfig {
    #[serde(default)]
    guest_os_type: Option<String>,
}

/// The fields of a template the driver reads (both kinds).
#[derive(Debug, Clone, Deserialize)]
pub struct Template {
    /// Its id.
    pub id: String,
    name: String,
    #[serde(default)]
    firmware: Option<String>,
    #[serde(default)]
    video_type: Option<String>,
    #[serde(default)]
    os: Option<String>,
    #[serde(default)]
    template_config: Option<TemplateConfig>,
    #[serde(default)]
    size: Option<i64>,
    #[serde(default)]
    labels: Option<Vec<Label>>,
    #[serde(default, rename = "entityAsyncStatus")]
    entity_async_status: Option<String>,
    /// The clusters it is on (content library).
    #[serde(default)]
    pub clusters: Option<Vec<Nested>>,
    /// The cluster it is on (per-cluster template).
    #[serde(default)]
    pub cluster: Option<Nested>,
    /// The content-library template a per-cluster template is a copy of.
    #[serde(default)]
    content_library_vm_template: Option<Nested>,
}

/// Which call family a template belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `…-content-library-vm-template…`.
    ContentLibrary,
    /// `…-vm-template…` (per cluster).
    Cluster,
}

impl Template {
    /// The clusters it is on.
    pub fn cluster_ids(&self) -> Vec<String> {
        let library = self.clusters.iter().flatten();
        library.chain(self.cluster.iter()).map(|c| c.id.clone()).collect()
    }

    /// As the service sees it.
    pub fn remote(&self) -> RemoteSource {
        let guest = self.template_config.as_ref().and_then(|c| c.guest_os_type.as_deref());
        RemoteSource {
            external_id: self.id.clone(),
            name: self.name.clone(),
            boot_mode: self.firmware.as_deref().and_then(BootMode::from_platform),
            video_model: self
                .video_type
                .as_deref()
                .map(|v| v.trim().to_ascii_lowercase())
                .filter(|v| !v.is_empty()),
            status: self
                .entity_async_status
                .as_deref()
                .map_or_else(|| "active".to_owned(), str::to_ascii_lowercase),
            size_bytes: self.size,
            project: label(self.labels.as_deref(), PROJECT_LABEL),
            os_type: guest
                .map(str::to_ascii_lowercase)
                .filter(|g| g == "linux" || g == "windows"),
            os_distro: self.os.as_deref().map(|o| o.trim().to_ascii_lowercase()),
        }
    }
}

/// Every object of a `get-…` query, page by page (keyset paging on `id`), `where` added to each
/// page's filter.
pub async fn list_all<T: DeserializeOwned + HasId>(
    session: &Session,
    op: &str,
    filter: &Value,
    page_size: u32,
) -> Result<Vec<T>, PlatformError> {
    let mut all: Vec<T> = Vec::new();
    loop {
        let mut filter = filter.clone();
        if let (Some(last), Some(map)) = (all.last(), filter.as_object_mut()) {
            map.insert("id_gt".to_owned(), json!(last.id()));
        }
        let body = json!({"where": filter, "orderBy": "id_ASC", "first": page_size});
        let page: Vec<T> = session.query(op, &body).await?;
        let full = page.len() >= page_size as usize;
        if let (Some(last), Some(first)) = (all.last(), page.first())
            && first.id() <= last.id()
        {
            return Err(PlatformError::Unavailable(format!(
                "CloudTower answered {op} out of order (id {} after {}); the listing was stopped",
                first.id(),
                last.id()
            )));
        }
        all.extend(page);
        if !full {
            return Ok(all);
        }
    }
}

/// An object with an id.
pub trait HasId {
    /// Its id.
    fn id(&self) -> &str;
}

impl HasId for Template {
    fn id(&self) -> &str {
        &self.id
    }
}

/// Every template: the content library's, then the per-cluster ones of no content-library template.
pub async fn list(session: &Session, page_size: u32) -> Result<Vec<RemoteSource>, PlatformError> {
    let library: Vec<Template> = list_all(session, "get-content-library-vm-templates", &json!({}), page_size).await?;
    let clusters: Vec<Template> = list_all(session, "get-vm-templates", &json!({}), page_size).await?;
    Ok(library
        .iter()
        .chain(clusters.iter().filter(|t| t.content_library_vm_template.is_none()))
        .map(Template::remote)
        .collect())
}

/// One template and its kind, or `None`.
pub async fn find(session: &Session, id: &str) -> Result<Option<(Template, Kind)>, PlatformError> {
    let filter = json!({"where": {"id": id}});
    let library: Vec<Template> = session.query("get-content-library-vm-templates", &filter).await?;
    if let Some(t) = library.into_iter().next() {
        return Ok(Some((t, Kind::ContentLibrary)));
    }
    let clusters: Vec<Template> = session.query("get-vm-templates", &filter).await?;
    Ok(clusters
        .into_iter()
        .find(|t| t.content_library_vm_template.is_none())
        .map(|t| (t, Kind::Cluster)))
}

/// Deletes a template of either kind, following the task; one already gone is not an error.
pub async fn delete(session: &Session, id: &str) -> Result<(), PlatformError> {
    let body = json!({"where": {"id": id}});
    let answers: Vec<WithTask<Value>> = session.change("delete-content-library-vm-template", &body).await?;
    if !answers.is_empty() {
        return follow_all(session, &answers, "delete a content-library template").await;
    }
    let answers: Vec<WithTask<Value>> = session.change("delete-vm-template", &body).await?;
    follow_all(session, &answers, "delete a VM template").await
}

/// Saves VM `vm_id` (on `cluster`) as a new content-library template named `name`
/// (`clone-content-library-vm-template-from-vm`: the VM stays), following the task. A failed task
/// leaves nothing behind: CloudTower rolls its placeholder back, and what is left is deleted.
pub async fn capture(session: &Session, vm_id: &str, cluster: &str, name: &str) -> Result<RemoteSource, PlatformError> {
    let body = json!([{
        "name": name,
        "description": "saved by xspace",
        "vm": {"id": vm_id},
        "clusters": {"id_in": [cluster]},
    }]);
    let answers: Vec<WithTask<Template>> = session
        .change("clone-content-library-vm-template-from-vm", &body)
        .await?;
    let Some(answer) = answers.first() else {
        return Err(PlatformError::Unavailable(
            "CloudTower answered clone-content-library-vm-template-from-vm with no template".to_owned(),
        ));
    };
    let id = answer.data.id.clone();
    if let Err(e) = follow(session, answer.task_id.as_deref(), "save the VM as a template").await {
        if let Err(cleanup) = delete(session, &id).await {
            tracing::warn!(template = %id, error = %cleanup, "could not remove a half-made template");
        }
        return Err(e);
    }
    match find(session, &id).await? {
        Some((template, _)) => Ok(template.remote()),
        None => Err(PlatformError::NotFound(format!(
            "the template {id} CloudTower made from VM {vm_id} is gone"
        ))),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    #[test]
    fn a_template_maps_to_a_source() {
        let template: Template = serde_json::from_value(json!({
            "id": "cl1", "name": "ubuntu", "firmware": "UEFI", "video_type": "VIRTIO",
            "os": "Ubuntu", "template_config": {"guest_os_type": "LINUX"}, "size": 42,
            "labels": [{"id": "l1", "key": "other", "value": "x"}, {"id": "l2", "key": PROJECT_LABEL, "value": "p1"}],
            "entityAsyncStatus": null, "architecture": "X86_64", "vm_template_uuids": []
        }))
        .unwrap();
        let source = template.remote();
        assert_eq!(source.boot_mode, Some(BootMode::Uefi));
        assert_eq!(source.video_model.as_deref(), Some("virtio"));
        assert_eq!(source.status, "active");
        assert_eq!(source.project.as_deref(), Some("p1"));
        assert_eq!(source.os_type.as_deref(), Some("linux"));
        assert_eq!(source.os_distro.as_deref(), Some("ubuntu"));
        assert_eq!(source.size_bytes, Some(42));

        let busy: Template = serde_json::from_value(json!({
            "id": "cl2", "name": "w", "firmware": "BIOS", "video_type": "CIRRUS",
            "template_config": {"guest_os_type": "UNKNOWN"}, "entityAsyncStatus": "CREATING"
        }))
        .unwrap();
        let source = busy.remote();
        assert_eq!(
            (source.boot_mode, source.status.as_str()),
            (Some(BootMode::Bios), "creating")
        );
        assert_eq!((source.os_type, source.project), (None, None));
    }
}
