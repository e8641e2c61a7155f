//! Which driver serves a platform, chosen by its endpoint, and the state drivers keep between calls.
//!
//! Endpoints accepted by this build:
//! - `sim://NAME[/][?images=N][&seed=S][&vms=M]`: a generated catalogue (defaults: 50 images,
//!   seed 1, no VMs; `images` ≤ 1 000 000); NAME is letters, digits, `-`, `_`, `.`;
//! - `sim:///abs/path/inventory.json`: an inventory file, by absolute path, without parameters.
//!
//! `http://` and `https://` (OpenStack) are refused until the HTTP driver exists.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use super::sim::{Catalogue, GeneratedSpec, SimDriver, SimEndpoint};
use super::{PlatformConfig, PlatformDriver, PlatformError};
use crate::domain::values::PlatformKind;

/// The drivers of every platform, with the state they keep between calls: the generated
/// simulator catalogues (per platform id and endpoint) and the write locks of inventory files.
#[derive(Debug, Default)]
pub struct Drivers {
    generated: Mutex<HashMap<String, CachedCatalogue>>,
    file_locks: Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>,
}

/// A generated catalogue and what it was generated from.
#[derive(Debug)]
struct CachedCatalogue {
    endpoint: String,
    kind: PlatformKind,
    catalogue: Arc<Mutex<Catalogue>>,
}

impl CachedCatalogue {
    fn serves(&self, cfg: &PlatformConfig) -> bool {
        self.endpoint == cfg.endpoint && self.kind == cfg.kind
    }
}

/// A parsed endpoint: the driver it selects.
enum Endpoint {
    Sim(SimEndpoint),
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn parse_endpoint(kind: PlatformKind, endpoint: &str) -> Result<Endpoint, String> {
    let endpoint = endpoint.trim();
    if endpoint.is_empty() {
        return Err("the endpoint is empty".to_owned());
    }
    // The parse error names the defect only: an endpoint may carry credentials, never echo it.
    let url = url::Url::parse(endpoint).map_err(|e| format!("the endpoint is not a valid URL: {e}"))?;
    match url.scheme() {
        "sim" => SimEndpoint::parse(&url).map(Endpoint::Sim),
        "http" | "https" => Err(format!(
            "this build has no HTTP driver yet, so a {kind} platform cannot be reached at an http(s) \
             endpoint; use a simulator endpoint (sim://NAME?images=N&seed=S or sim:///abs/path/inventory.json)"
        )),
        other => Err(format!(
            "unsupported endpoint scheme {other:?}; use sim://NAME?images=N&seed=S or \
             sim:///abs/path/inventory.json"
        )),
    }
}

impl Drivers {
    /// No platform known yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks that `endpoint` is usable for `kind` before a platform is stored; the error text is
    /// meant for the user (`BAD_USER_INPUT`) and never repeats the endpoint itself.
    pub fn validate_endpoint(kind: PlatformKind, endpoint: &str) -> Result<(), String> {
        parse_endpoint(kind, endpoint).map(|_| ())
    }

    /// The driver for one platform. Cheap after the first call for a platform (the first call on
    /// a generated endpoint generates its catalogue).
    pub fn driver(&self, cfg: &PlatformConfig) -> Result<Arc<dyn PlatformDriver>, PlatformError> {
        let driver = match parse_endpoint(cfg.kind, &cfg.endpoint).map_err(PlatformError::Invalid)? {
            Endpoint::Sim(SimEndpoint::Generated(spec)) => {
                SimDriver::in_memory(cfg.kind, self.generated_catalogue(cfg, &spec))
            }
            Endpoint::Sim(SimEndpoint::File(path)) => {
                let lock = Arc::clone(locked(&self.file_locks).entry(path.clone()).or_default());
                SimDriver::inventory_file(cfg.kind, path, lock)
            }
        };
        Ok(Arc::new(driver))
    }

    /// Forgets the cached state of a platform (called when it is removed or its endpoint changes).
    pub fn forget(&self, platform_id: &str) {
        locked(&self.generated).remove(platform_id);
    }

    /// The platform's catalogue, generated on first use or when its endpoint or kind changed.
    fn generated_catalogue(&self, cfg: &PlatformConfig, spec: &GeneratedSpec) -> Arc<Mutex<Catalogue>> {
        if let Some(cached) = locked(&self.generated).get(&cfg.id)
            && cached.serves(cfg)
        {
            return Arc::clone(&cached.catalogue);
        }
        // Generated without holding the lock: a large catalogue must not stall other platforms.
        let fresh = Arc::new(Mutex::new(Catalogue::generate(cfg.kind, spec)));
        let mut generated = locked(&self.generated);
        match generated.get(&cfg.id) {
            // Another caller generated the same catalogue meanwhile: keep theirs (and its changes).
            Some(cached) if cached.serves(cfg) => Arc::clone(&cached.catalogue),
            _ => {
                let cached = CachedCatalogue {
                    endpoint: cfg.endpoint.clone(),
                    kind: cfg.kind,
                    catalogue: Arc::clone(&fresh),
                };
                generated.insert(cfg.id.clone(), cached);
                fresh
            }
        }
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;
    use crate::domain::values::BootMode;

    fn config(id: &str, kind: PlatformKind, endpoint: &str) -> PlatformConfig {
        PlatformConfig {
            id: id.to_owned(),
            kind,
            endpoint: endpoint.to_owned(),
            secret: None,
        }
    }

    #[test]
    fn validate_endpoint_accepts_simulator_endpoints() {
        for good in [
            "sim://lab",
            "sim://lab/",
            "sim://lab?images=200&seed=7",
            "sim://demo-openstack?images=0",
            "sim://big?images=1000000&vms=50",
            "sim:///var/lib/xspace/inventory.json",
            "  sim://lab  ",
        ] {
            assert_eq!(
                Drivers::validate_endpoint(PlatformKind::Openstack, good),
                Ok(()),
                "{good}"
            );
        }
    }

    #[test]
    fn validate_endpoint_refuses_with_a_reason() {
        let refused = |endpoint: &str| Drivers::validate_endpoint(PlatformKind::Openstack, endpoint).unwrap_err();
        assert!(refused("https://glance.example:9292").contains("no HTTP driver"));
        assert!(refused("http://admin:s3cret@glance:9292").contains("no HTTP driver"));
        assert!(!refused("http://admin:s3cret@glance:9292").contains("s3cret"));
        assert!(refused("ftp://example").contains("unsupported endpoint scheme"));
        assert!(refused("not a url").contains("not a valid URL"));
        assert!(refused("").contains("empty"));
        assert!(refused("sim://lab?images=abc").contains("images"));
        assert!(refused("sim://lab?seed=x").contains("seed"));
        assert!(refused("sim://lab?images=1000001").contains("at most"));
        assert!(refused("sim://lab?color=red").contains("unknown query parameter"));
        assert!(refused("sim://inventory.json").contains("absolute path"));
        assert!(refused("sim:inventory.json").contains("absolute path"));
        assert!(refused("sim://./data/inventory.json").contains("absolute path"));
    }

    #[tokio::test]
    async fn generated_state_persists_until_the_endpoint_changes() {
        let drivers = Drivers::new();
        let cfg = config("p1", PlatformKind::Openstack, "sim://lab?images=5&seed=2");
        let first = drivers.driver(&cfg).unwrap();
        let original = first.get_source("img-00003").await.unwrap().unwrap();
        let flipped = if original.boot_mode == Some(BootMode::Uefi) {
            BootMode::Bios
        } else {
            BootMode::Uefi
        };
        first.set_boot_mode("img-00003", flipped).await.unwrap();
        let source = drivers
            .driver(&cfg)
            .unwrap()
            .get_source("img-00003")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(source.boot_mode, Some(flipped), "a later driver sees the change");

        // Another platform with the same endpoint has its own state.
        let other = drivers
            .driver(&config("p2", PlatformKind::Openstack, &cfg.endpoint))
            .unwrap();
        assert_eq!(other.get_source("img-00003").await.unwrap(), Some(original.clone()));

        // A changed endpoint regenerates.
        let changed = config("p1", PlatformKind::Openstack, "sim://lab?images=7&seed=2");
        let sources = drivers.driver(&changed).unwrap().list_sources().await.unwrap();
        assert_eq!(sources.len(), 7);
        assert_eq!(sources[2], original);

        // Forgetting drops the state.
        let renewed = drivers.driver(&changed).unwrap();
        renewed.set_boot_mode("img-00003", flipped).await.unwrap();
        drivers.forget("p1");
        assert_eq!(
            drivers.driver(&changed).unwrap().get_source("img-00003").await.unwrap(),
            Some(original)
        );
    }

    #[tokio::test]
    async fn file_drivers_share_one_write_lock_per_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inventory.json");
        std::fs::write(
            &path,
            r#"{"templates": [{"id": "t-1", "name": "ubuntu", "status": "active"}]}"#,
        )
        .unwrap();
        let drivers = std::sync::Arc::new(Drivers::new());
        let endpoint = format!("sim://{}", path.display());
        let mut tasks = Vec::new();
        for n in 0..12 {
            let drivers = std::sync::Arc::clone(&drivers);
            let cfg = config(&format!("p{}", n % 3), PlatformKind::Wxstack, &endpoint);
            tasks.push(tokio::spawn(async move {
                let vm = crate::platform::NewVm {
                    name: format!("pc-{n}"),
                    source_external_id: "t-1".to_owned(),
                    boot_mode: BootMode::Bios,
                    project: None,
                };
                drivers.driver(&cfg).unwrap().create_vm(&vm).await
            }));
        }
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let cfg = config("p0", PlatformKind::Wxstack, &endpoint);
        assert_eq!(drivers.driver(&cfg).unwrap().list_vms().await.unwrap().len(), 12);
    }

    #[test]
    fn driver_refuses_bad_endpoints_as_invalid() {
        let drivers = Drivers::default();
        let result = drivers.driver(&config("p1", PlatformKind::Openstack, "https://glance:9292"));
        assert!(matches!(result, Err(PlatformError::Invalid(_))));
    }
}
