//! Which driver serves a platform, chosen by its endpoint, and the state drivers keep between calls.
//!
//! Endpoints accepted by this build:
//! - `sim://NAME[/][?images=N][&seed=S][&vms=M]`: a generated catalogue (defaults: 50 images,
//!   seed 1, no VMs; `images` ≤ 1 000 000); NAME is letters, digits, `-`, `_`, `.`;
//! - `sim:///abs/path/inventory.json`: an inventory file, by absolute path, without parameters.
//!
//! - `http://HOST[:PORT][/PATH]` and `https://…`, for kind `OPENSTACK` only: Glance's URL (or
//!   Keystone's, to find Glance in the catalogue), served by [`super::openstack`]. Credentials belong
//!   in the secret, never in the endpoint.
//! - `http://HOST[:PORT][/CONTEXT]` and `https://…`, for kind `ZSTACK`: ZStack's API
//!   (`…/zstack`; added when the endpoint has no path), served by [`super::zstack`].
//! - `http://HOST[:PORT][/v2/api]` and `https://…`, for kind `SMARTX`: CloudTower's address
//!   (`/v2/api` added when missing), served by [`super::smartx`].

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};
use std::time::Duration;

use sha2::{Digest, Sha256};

use super::http::Http;
use super::openstack::{DEFAULT_PAGE_SIZE, OpenStackDriver};
use super::sim::{Catalogue, GeneratedSpec, InventoryDriver, MemoryDriver, SimEndpoint};
use super::smartx::SmartxDriver;
use super::zstack::ZStackDriver;
use super::{PlatformConfig, PlatformDriver, PlatformError};
use crate::domain::values::PlatformKind;

/// How drivers reach real platforms over HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverOptions {
    /// Bound on every HTTP request, connection included (`XSPACE_PLATFORM_TIMEOUT_SECONDS`, 30).
    pub timeout: Duration,
    /// PEM file of extra CA certificates trusted besides the system's (`XSPACE_PLATFORM_CA_FILE`).
    pub ca_file: Option<PathBuf>,
    /// Images asked for per Glance page.
    pub page_size: u32,
}

impl Default for DriverOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(30),
            ca_file: None,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl DriverOptions {
    /// Reads `XSPACE_PLATFORM_TIMEOUT_SECONDS` (1–3600, default 30) and `XSPACE_PLATFORM_CA_FILE`.
    pub fn from_env() -> anyhow::Result<Self> {
        let mut options = Self::default();
        if let Ok(raw) = std::env::var("XSPACE_PLATFORM_TIMEOUT_SECONDS") {
            let seconds: f64 = raw
                .trim()
                .parse()
                .ok()
                .filter(|s| (0.1..=3600.0).contains(s))
                .ok_or_else(|| {
                    anyhow::anyhow!("XSPACE_PLATFORM_TIMEOUT_SECONDS must be a number of seconds in 0.1..=3600")
                })?;
            options.timeout = Duration::from_secs_f64(seconds);
        }
        options.ca_file = std::env::var_os("XSPACE_PLATFORM_CA_FILE")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        Ok(options)
    }
}

/// The drivers of every platform, with the state they keep between calls: the generated
/// simulator catalogues (per platform id and endpoint), the write locks of inventory files, and
/// the OpenStack drivers (with their tokens) over one shared HTTP client.
#[derive(Debug, Default)]
pub struct Drivers {
    generated: Mutex<HashMap<String, CachedCatalogue>>,
    file_locks: Mutex<HashMap<PathBuf, Arc<tokio::sync::Mutex<()>>>>,
    options: DriverOptions,
    http: OnceLock<Result<Arc<Http>, String>>,
    openstack: Mutex<HashMap<String, CachedOpenStack>>,
    zstack: Mutex<HashMap<String, KeptZStack>>,
    smartx: Mutex<HashMap<String, KeptSmartx>>,
}

/// A ZStack driver and the digest of the configuration it was made from.
type KeptZStack = ([u8; 32], Arc<ZStackDriver>);

/// A SMARTX driver and the digest of the configuration it was made from.
type KeptSmartx = ([u8; 32], Arc<SmartxDriver>);

/// An OpenStack driver and a digest of the configuration it was made from.
#[derive(Debug)]
struct CachedOpenStack {
    fingerprint: [u8; 32],
    driver: Arc<OpenStackDriver>,
}

/// A digest of what an OpenStack driver depends on (the secret is not kept in clear twice).
fn fingerprint(cfg: &PlatformConfig) -> [u8; 32] {
    let mut hash = Sha256::new();
    for part in [
        cfg.kind.as_str(),
        cfg.endpoint.trim(),
        cfg.secret.as_deref().unwrap_or(""),
    ] {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part.as_bytes());
    }
    hash.finalize().into()
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
    OpenStack,
    ZStack,
    Smartx,
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
        "http" | "https" => parse_http(kind, &url),
        other => Err(format!(
            "unsupported endpoint scheme {other:?}; use sim://NAME?images=N&seed=S or \
             sim:///abs/path/inventory.json"
        )),
    }
}

fn parse_http(kind: PlatformKind, url: &url::Url) -> Result<Endpoint, String> {
    if !matches!(
        kind,
        PlatformKind::Openstack | PlatformKind::Zstack | PlatformKind::Smartx
    ) {
        return Err(format!(
            "a {kind} platform cannot be reached over http(s) in this build: only OPENSTACK, ZSTACK and SMARTX \
             have HTTP drivers; use a simulator endpoint (sim://NAME?images=N&seed=S or sim:///abs/path/inventory.json)"
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("put credentials in the platform's secret, not in its endpoint".to_owned());
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("an http(s) endpoint needs a host".to_owned());
    }
    if kind == PlatformKind::Smartx {
        if url.query().is_some() || url.fragment().is_some() {
            return Err(
                "a SMARTX endpoint takes no ?query or #fragment: give CloudTower's address \
                 (https://tower.example/v2/api)"
                    .to_owned(),
            );
        }
        return Ok(Endpoint::Smartx);
    }
    if kind == PlatformKind::Zstack {
        if url.query().is_some() || url.fragment().is_some() {
            return Err(
                "a ZStack endpoint takes no ?query or #fragment: give its API's URL (http://HOST:8080/zstack)"
                    .to_owned(),
            );
        }
        return Ok(Endpoint::ZStack);
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("an OpenStack endpoint takes no ?query or #fragment: give Glance's (or Keystone's) URL".to_owned());
    }
    Ok(Endpoint::OpenStack)
}

impl Drivers {
    /// No platform known yet. Builds the HTTP client now, so that a CA file that cannot be used
    /// stops the service at start rather than failing every sync.
    pub fn new(options: DriverOptions) -> anyhow::Result<Self> {
        let drivers = Self {
            options,
            ..Self::default()
        };
        drivers.http().map_err(|e| anyhow::anyhow!(e))?;
        Ok(drivers)
    }

    /// The HTTP client shared by OpenStack drivers, built on first use.
    fn http(&self) -> Result<Arc<Http>, String> {
        self.http
            .get_or_init(|| Http::new(self.options.timeout, self.options.ca_file.as_deref()).map(Arc::new))
            .clone()
    }

    /// Checks that `endpoint` is usable for `kind` before a platform is stored; the error text is
    /// meant for the user (`BAD_USER_INPUT`) and never repeats the endpoint itself.
    pub fn validate_endpoint(kind: PlatformKind, endpoint: &str) -> Result<(), String> {
        parse_endpoint(kind, endpoint).map(|_| ())
    }

    /// The driver for one platform. Cheap after the first call for a platform (the first call on
    /// a generated endpoint generates its catalogue).
    pub fn driver(&self, cfg: &PlatformConfig) -> Result<Arc<dyn PlatformDriver>, PlatformError> {
        let driver: Arc<dyn PlatformDriver> =
            match parse_endpoint(cfg.kind, &cfg.endpoint).map_err(PlatformError::Invalid)? {
                Endpoint::Sim(SimEndpoint::Generated(spec)) => {
                    Arc::new(MemoryDriver::new(cfg.kind, self.generated_catalogue(cfg, &spec)))
                }
                Endpoint::Sim(SimEndpoint::File(path)) => {
                    let lock = Arc::clone(locked(&self.file_locks).entry(path.clone()).or_default());
                    Arc::new(InventoryDriver::new(cfg.kind, path, lock))
                }
                Endpoint::OpenStack => self.openstack_driver(cfg)?,
                Endpoint::ZStack => self.zstack_driver(cfg)?,
                Endpoint::Smartx => self.smartx_driver(cfg)?,
            };
        Ok(driver)
    }

    /// Forgets the cached state of a platform (called when it is removed or its endpoint changes).
    pub fn forget(&self, platform_id: &str) {
        locked(&self.generated).remove(platform_id);
        locked(&self.openstack).remove(platform_id);
        locked(&self.zstack).remove(platform_id);
        locked(&self.smartx).remove(platform_id);
    }

    /// The platform's SMARTX driver, kept (with its token) while its configuration is unchanged.
    fn smartx_driver(&self, cfg: &PlatformConfig) -> Result<Arc<SmartxDriver>, PlatformError> {
        let fingerprint = fingerprint(cfg);
        if let Some((kept, driver)) = locked(&self.smartx).get(&cfg.id)
            && *kept == fingerprint
        {
            return Ok(Arc::clone(driver));
        }
        let http = self.http().map_err(PlatformError::Invalid)?;
        let driver = Arc::new(SmartxDriver::new(
            http,
            cfg.endpoint.trim(),
            cfg.secret.as_deref(),
            self.options.page_size,
            self.options.timeout,
        )?);
        locked(&self.smartx).insert(cfg.id.clone(), (fingerprint, Arc::clone(&driver)));
        Ok(driver)
    }

    /// The platform's ZStack driver, kept (with its session) while its configuration is unchanged.
    fn zstack_driver(&self, cfg: &PlatformConfig) -> Result<Arc<ZStackDriver>, PlatformError> {
        let fingerprint = fingerprint(cfg);
        if let Some((kept, driver)) = locked(&self.zstack).get(&cfg.id)
            && *kept == fingerprint
        {
            return Ok(Arc::clone(driver));
        }
        let http = self.http().map_err(PlatformError::Invalid)?;
        let driver = Arc::new(ZStackDriver::new(
            http,
            cfg.endpoint.trim(),
            cfg.secret.as_deref(),
            self.options.timeout,
        )?);
        locked(&self.zstack).insert(cfg.id.clone(), (fingerprint, Arc::clone(&driver)));
        Ok(driver)
    }

    /// The platform's OpenStack driver, kept (with its token) while its configuration is unchanged.
    fn openstack_driver(&self, cfg: &PlatformConfig) -> Result<Arc<OpenStackDriver>, PlatformError> {
        let fingerprint = fingerprint(cfg);
        if let Some(cached) = locked(&self.openstack).get(&cfg.id)
            && cached.fingerprint == fingerprint
        {
            return Ok(Arc::clone(&cached.driver));
        }
        let http = self.http().map_err(PlatformError::Invalid)?;
        let driver = Arc::new(OpenStackDriver::new(
            http,
            cfg.endpoint.trim(),
            cfg.secret.as_deref(),
            self.options.page_size,
        )?);
        let cached = CachedOpenStack {
            fingerprint,
            driver: Arc::clone(&driver),
        };
        locked(&self.openstack).insert(cfg.id.clone(), cached);
        Ok(driver)
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
        assert!(refused("http://admin:s3cret@glance:9292").contains("secret, not in its endpoint"));
        assert!(!refused("http://admin:s3cret@glance:9292").contains("s3cret"));
        assert!(refused("https://glance:9292/?x=1").contains("no ?query"));
        assert_eq!(
            Drivers::validate_endpoint(PlatformKind::Zstack, "https://zstack.example:8080/zstack"),
            Ok(())
        );
        assert_eq!(
            Drivers::validate_endpoint(PlatformKind::Smartx, "https://tower.example/v2/api"),
            Ok(())
        );
        let wx = Drivers::validate_endpoint(PlatformKind::Wxstack, "https://wx.example").unwrap_err();
        assert!(
            wx.contains("only OPENSTACK, ZSTACK and SMARTX have HTTP drivers"),
            "{wx}"
        );
        let tower = Drivers::validate_endpoint(PlatformKind::Smartx, "https://tower.example/v2/api?x=1").unwrap_err();
        assert!(tower.contains("no ?query"), "{tower}");
        let query = Drivers::validate_endpoint(PlatformKind::Zstack, "https://zs:8080/zstack?x=1").unwrap_err();
        assert!(query.contains("no ?query"), "{query}");
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
        let drivers = Drivers::default();
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
        let drivers = std::sync::Arc::new(Drivers::default());
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
                    video_model: None,
                    project: None,
                    placement: crate::platform::Placement::default(),
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
    fn validate_endpoint_accepts_openstack_urls() {
        for good in [
            "https://glance.example:9292",
            "http://127.0.0.1:9292/",
            "https://cloud.example/image",
        ] {
            assert_eq!(
                Drivers::validate_endpoint(PlatformKind::Openstack, good),
                Ok(()),
                "{good}"
            );
        }
    }

    #[test]
    fn driver_refuses_bad_endpoints_and_secrets_as_invalid() {
        let drivers = Drivers::default();
        let result = drivers.driver(&config("p1", PlatformKind::Smartx, "https://glance:9292"));
        assert!(matches!(result, Err(PlatformError::Invalid(_))));
        let no_secret = drivers.driver(&config("p1", PlatformKind::Openstack, "https://glance:9292"));
        assert!(matches!(no_secret, Err(PlatformError::Invalid(m)) if m.contains("needs a secret")));
    }

    #[test]
    fn openstack_drivers_are_kept_until_their_configuration_changes() {
        let drivers = Drivers::new(DriverOptions::default()).unwrap();
        let mut cfg = config("p1", PlatformKind::Openstack, "http://127.0.0.1:9/");
        cfg.secret = Some(r#"{"noauth": {"project": "p", "roles": ["admin"]}}"#.to_owned());
        let first = drivers.openstack_driver(&cfg).unwrap();
        assert!(Arc::ptr_eq(&first, &drivers.openstack_driver(&cfg).unwrap()));
        cfg.secret = Some(r#"{"noauth": {"project": "q"}}"#.to_owned());
        let changed = drivers.openstack_driver(&cfg).unwrap();
        assert!(!Arc::ptr_eq(&first, &changed));
        drivers.forget("p1");
        assert!(!Arc::ptr_eq(&changed, &drivers.openstack_driver(&cfg).unwrap()));
    }

    #[test]
    fn an_unusable_ca_file_stops_the_start() {
        let options = DriverOptions {
            ca_file: Some(PathBuf::from("/nonexistent/ca.pem")),
            ..DriverOptions::default()
        };
        let error = Drivers::new(options).unwrap_err().to_string();
        assert!(error.contains("cannot read the CA file"), "{error}");
    }

    #[tokio::test]
    async fn an_unreachable_glance_is_unavailable() {
        let options = DriverOptions {
            timeout: Duration::from_secs(2),
            ..DriverOptions::default()
        };
        let drivers = Drivers::new(options).unwrap();
        let mut cfg = config("p1", PlatformKind::Openstack, "http://127.0.0.1:9/");
        cfg.secret = Some(r#"{"noauth": {"project": "p"}}"#.to_owned());
        let error = drivers.driver(&cfg).unwrap().list_sources().await.unwrap_err();
        assert!(
            matches!(&error, PlatformError::Unavailable(m) if m.contains("could not be reached")),
            "{error}"
        );
        let vms = drivers.driver(&cfg).unwrap().list_vms().await.unwrap_err();
        assert!(
            matches!(&vms, PlatformError::Unavailable(m) if m.contains("no compute endpoint")),
            "{vms}"
        );
    }
}
