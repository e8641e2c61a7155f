//! The seeded generator behind `sim://NAME?images=N&seed=S&vms=M`: the endpoint's parameters,
//! and the images (or templates) and VMs they describe, the same for the same parameters.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{Catalogue, FILE_FORM, SimEndpoint, id_prefix};
use crate::domain::values::{BootMode, PlatformKind};
use crate::platform::{RemoteSource, RemoteVm};

/// Number of generated images when the endpoint does not say.
pub const DEFAULT_IMAGES: usize = 50;
/// Seed of the generated catalogue when the endpoint does not say.
pub const DEFAULT_SEED: u64 = 1;
/// Largest `images=` a generated endpoint accepts.
pub const MAX_IMAGES: usize = 1_000_000;
/// Largest `vms=` a generated endpoint accepts.
pub const MAX_VMS: usize = 1_000_000;

/// What a generated endpoint asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GeneratedSpec {
    /// Number of images (or templates).
    pub images: usize,
    /// Number of VMs, each made from one of the generated sources.
    pub vms: usize,
    /// Seed of the generator: the same (seed, images, vms) gives the same catalogue.
    pub seed: u64,
}

/// Parses the parameters of `sim://NAME?images=N&seed=S&vms=M`.
pub(super) fn parse_endpoint(name: &str, url: &url::Url) -> Result<SimEndpoint, String> {
    let looks_like_file = name.starts_with('.') || name.to_ascii_lowercase().ends_with(".json");
    if looks_like_file || !matches!(url.path(), "" | "/") {
        return Err(format!(
            "`sim://NAME` names a generated catalogue and takes no path; an inventory file needs an \
             absolute path, as in {FILE_FORM}"
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err("a generated catalogue's name uses letters, digits, '-', '_' and '.' only".to_owned());
    }
    let mut images = None;
    let mut vms = None;
    let mut seed = None;
    for (key, value) in url.query_pairs() {
        let slot = match key.as_ref() {
            "images" => &mut images,
            "vms" => &mut vms,
            "seed" => &mut seed,
            other => {
                return Err(format!(
                    "unknown query parameter {other:?} (accepted: images, seed, vms)"
                ));
            }
        };
        if slot.is_some() {
            return Err(format!("query parameter {key:?} is given twice"));
        }
        *slot = Some(parse_number(&key, &value)?);
    }
    let images = images.unwrap_or(DEFAULT_IMAGES as u64);
    let vms = vms.unwrap_or(0);
    if images > MAX_IMAGES as u64 {
        return Err(format!("images must be at most {MAX_IMAGES}"));
    }
    if vms > MAX_VMS as u64 {
        return Err(format!("vms must be at most {MAX_VMS}"));
    }
    if vms > 0 && images == 0 {
        return Err("vms needs at least one image to make them from".to_owned());
    }
    let too_big = |_| "too large a number for this machine".to_owned();
    let (images, vms) = (
        usize::try_from(images).map_err(too_big)?,
        usize::try_from(vms).map_err(too_big)?,
    );
    Ok(SimEndpoint::Generated(GeneratedSpec {
        images,
        vms,
        seed: seed.unwrap_or(DEFAULT_SEED),
    }))
}

fn parse_number(key: &str, value: &str) -> Result<u64, String> {
    let digits_only = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    digits_only
        .then(|| value.parse::<u64>().ok())
        .flatten()
        .ok_or_else(|| format!("{key} must be a non-negative whole number, got {value:?}"))
}

const WINDOWS: [&str; 3] = ["win10", "win11", "win2022"];
const LINUX: [&str; 4] = ["ubuntu", "centos", "rhel", "debian"];

impl Catalogue {
    /// Generates the catalogue an endpoint describes. Deterministic for a given spec: ~60 % UEFI,
    /// ~35 % BIOS, ~5 % without boot mode; ~70 % virtio video, ~20 % cirrus, the rest vga/qxl;
    /// Windows and Linux OS hints, ~20 % without any; mostly `active`; ~20 % owned by project
    /// `acme`, ~10 % by `globex`. Ids are `img-00001`… (`tpl-00001`… for template kinds).
    pub fn generate(kind: PlatformKind, spec: &GeneratedSpec) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
        let width = spec.images.max(spec.vms).to_string().len().max(5);
        let prefix = id_prefix(kind);
        let mut catalogue = Self::default();
        catalogue.sources.reserve(spec.images);
        for number in 1..=spec.images {
            catalogue.push_source(generate_source(&mut rng, prefix, number, width));
        }
        for number in 1..=spec.vms {
            let source = rng.random_range(0..spec.images.max(1));
            let vm = generate_vm(&mut rng, catalogue.sources.get(source), number, width);
            catalogue.vms.push(vm);
        }
        catalogue
    }
}

fn generate_source(rng: &mut ChaCha8Rng, prefix: &str, number: usize, width: usize) -> RemoteSource {
    let boot_mode = match rng.random_range(0..100) {
        0..60 => Some(BootMode::Uefi),
        60..95 => Some(BootMode::Bios),
        _ => None,
    };
    let video_model = match rng.random_range(0..100) {
        0..70 => "virtio",
        70..90 => "cirrus",
        90..95 => "vga",
        _ => "qxl",
    };
    let windows = rng.random_bool(0.4);
    let distro = if windows {
        WINDOWS[rng.random_range(0..WINDOWS.len())]
    } else {
        LINUX[rng.random_range(0..LINUX.len())]
    };
    // The platform knows the OS of ~80 % of its images; the rest carry no hint (names still tell).
    let hinted = rng.random_bool(0.8);
    let status = match rng.random_range(0..100) {
        0..92 => "active",
        92..96 => "queued",
        _ => "saving",
    };
    let gib: i64 = 1 << 30;
    let size = if windows {
        rng.random_range(16 * gib..64 * gib)
    } else {
        rng.random_range(gib..20 * gib)
    };
    let project = match rng.random_range(0..100) {
        0..20 => Some("acme"),
        20..30 => Some("globex"),
        _ => None,
    };
    let name = match boot_mode {
        Some(mode) => format!("{distro}-{}-{number:0width$}", mode.platform_str()),
        None => format!("{distro}-{number:0width$}"),
    };
    RemoteSource {
        external_id: format!("{prefix}-{number:0width$}"),
        name,
        boot_mode,
        video_model: Some(video_model.to_owned()),
        // A queued image has no data yet, hence no size (as in Glance).
        size_bytes: (status != "queued").then_some(size),
        status: status.to_owned(),
        project: project.map(str::to_owned),
        os_type: hinted.then(|| if windows { "windows" } else { "linux" }.to_owned()),
        os_distro: hinted.then(|| distro.to_owned()),
    }
}

fn generate_vm(rng: &mut ChaCha8Rng, source: Option<&RemoteSource>, number: usize, width: usize) -> RemoteVm {
    let bytes: [u8; 16] = rng.random();
    let fallback_boot = if rng.random_bool(0.5) {
        BootMode::Uefi
    } else {
        BootMode::Bios
    };
    let fallback_project = match rng.random_range(0..100) {
        0..50 => Some("acme"),
        50..80 => Some("globex"),
        _ => None,
    };
    RemoteVm {
        external_id: format!("vm-{}", uuid::Builder::from_random_bytes(bytes).into_uuid()),
        name: format!("desk-{number:0width$}"),
        source_external_id: source.map(|s| s.external_id.clone()),
        boot_mode: Some(source.and_then(|s| s.boot_mode).unwrap_or(fallback_boot)),
        project: source
            .and_then(|s| s.project.clone())
            .or(fallback_project.map(str::to_owned)),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn spec(images: usize, vms: usize, seed: u64) -> GeneratedSpec {
        GeneratedSpec { images, vms, seed }
    }

    #[test]
    fn generation_is_deterministic() {
        let a = Catalogue::generate(PlatformKind::Openstack, &spec(500, 20, 7));
        let b = Catalogue::generate(PlatformKind::Openstack, &spec(500, 20, 7));
        let c = Catalogue::generate(PlatformKind::Openstack, &spec(500, 20, 8));
        assert_eq!(a, b);
        assert_ne!(a.sources, c.sources);
        assert_eq!(a.sources.len(), 500);
        assert_eq!(a.vms.len(), 20);
        assert_eq!(a.sources[0].external_id, "img-00001");
        for source in &a.sources {
            let number = source.external_id.trim_start_matches("img-");
            assert!(
                source.name.ends_with(&format!("-{number}")),
                "{} names {}",
                source.name,
                number
            );
        }
        let ids: std::collections::HashSet<_> = a.sources.iter().map(|s| &s.external_id).collect();
        assert_eq!(ids.len(), 500);
        for vm in &a.vms {
            assert!(
                vm.external_id.starts_with("vm-") && vm.external_id.len() == 39,
                "{}",
                vm.external_id
            );
            let source = a.source(vm.source_external_id.as_deref().unwrap()).unwrap();
            assert!(vm.boot_mode.is_some());
            if source.boot_mode.is_some() {
                assert_eq!(vm.boot_mode, source.boot_mode);
            }
        }
    }

    #[test]
    fn generated_mix_is_roughly_as_stated() {
        let catalogue = Catalogue::generate(PlatformKind::Openstack, &spec(20_000, 0, 1));
        let n = catalogue.sources.len() as f64;
        let share = |f: &dyn Fn(&RemoteSource) -> bool| catalogue.sources.iter().filter(|s| f(s)).count() as f64 / n;
        let near = |got: f64, want: f64| assert!((got - want).abs() < 0.02, "got {got}, want ~{want}");
        near(share(&|s| s.boot_mode == Some(BootMode::Uefi)), 0.60);
        near(share(&|s| s.boot_mode == Some(BootMode::Bios)), 0.35);
        near(share(&|s| s.boot_mode.is_none()), 0.05);
        near(share(&|s| s.video_model.as_deref() == Some("virtio")), 0.70);
        near(share(&|s| s.video_model.as_deref() == Some("cirrus")), 0.20);
        near(
            share(&|s| matches!(s.video_model.as_deref(), Some("vga" | "qxl"))),
            0.10,
        );
        near(share(&|s| s.os_type.is_none() && s.os_distro.is_none()), 0.20);
        near(share(&|s| s.os_type.as_deref() == Some("windows")), 0.32);
        near(share(&|s| s.project.as_deref() == Some("acme")), 0.20);
        near(share(&|s| s.project.as_deref() == Some("globex")), 0.10);
        assert!(share(&|s| s.status == "active") > 0.85);
        assert!(share(&|s| s.status == "queued") > 0.01);
        assert!(share(&|s| s.status == "saving") > 0.01);
        for s in &catalogue.sources {
            if let Some(distro) = &s.os_distro {
                let windows = WINDOWS.contains(&distro.as_str());
                assert!(windows || LINUX.contains(&distro.as_str()));
                assert_eq!(s.os_type.as_deref(), Some(if windows { "windows" } else { "linux" }));
                assert!(s.name.starts_with(distro.as_str()));
            }
            assert!(s.status == "queued" || s.size_bytes.is_some_and(|b| b > 1 << 30));
        }
        let mut sorted = catalogue.sources.clone();
        sorted.sort_by(|a, b| a.external_id.cmp(&b.external_id));
        assert_eq!(sorted, catalogue.sources, "ids sort in generation order");
    }

    #[test]
    fn template_kinds_get_template_ids() {
        let catalogue = Catalogue::generate(PlatformKind::Smartx, &spec(3, 0, 1));
        let ids: Vec<_> = catalogue.sources.iter().map(|s| s.external_id.as_str()).collect();
        assert_eq!(ids, ["tpl-00001", "tpl-00002", "tpl-00003"]);
        let wide = Catalogue::generate(PlatformKind::Wxstack, &spec(100_000, 0, 1));
        assert_eq!(wide.sources[0].external_id, "tpl-000001");
    }
}
