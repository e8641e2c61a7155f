//! The ceiling of bench/run.sh: a bare async-graphql 7 + axum 0.8 server holding N generated VDI
//! images and their platform in memory, answering `vdiImages(first, after)` as a Relay
//! connection with nested `platform`, with xspace's field names, ID and cursor encodings.
//!
//! No database, no authentication, no limits, no metrics: what is left is HTTP, GraphQL
//! parsing/validation/execution and JSON. The distance from xspace to this server is what the
//! database and xspace's own code cost. It uses xspace's allocator (mimalloc), so that the
//! allocator is not part of that distance.
//!
//! `CEILING_LISTEN` (default `127.0.0.1:0`) and `CEILING_IMAGES` (default 10000); prints
//! `ceiling listening on http://ADDR` once it accepts connections. For diagnosis only,
//! `CEILING_EXTENSIONS=N` registers N pass-through async-graphql extensions (xspace's queries ran
//! through four until they moved out of extensions): with any extension, async-graphql sends
//! every field's resolution through the chain.

use std::sync::Arc;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextResolve, ResolveInfo};
use async_graphql::{Context, EmptyMutation, EmptySubscription, Enum, ID, Object, Schema, ServerResult, Value};
use async_graphql_axum::GraphQL;
use axum::Router;
use axum::routing::post_service;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const DEFAULT_PAGE: usize = 50;
const MAX_PAGE: usize = 100;

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
enum BootMode {
    Bios,
    Uefi,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
enum VideoModel {
    Virtio,
    Cirrus,
    Vga,
    Qxl,
    Other,
}

#[derive(Enum, Clone, Copy, PartialEq, Eq)]
enum PlatformKind {
    Openstack,
    Zstack,
    Smartx,
    Wxstack,
}

struct Platform {
    id: String,
    name: String,
    kind: PlatformKind,
}

struct Image {
    id: String,
    name: String,
    external_id: String,
    boot_mode: Option<BootMode>,
    video_model: Option<VideoModel>,
    os_type: Option<String>,
    os_distro: Option<String>,
    status: String,
    size_bytes: Option<i64>,
    version: i32,
    synced_at: Option<String>,
    platform: Arc<Platform>,
}

/// The catalogue: images sorted by name then id, as xspace lists them.
struct Catalogue {
    images: Vec<Arc<Image>>,
}

fn global_id(kind: &str, id: &str) -> ID {
    ID(B64.encode(format!("{kind}:{id}")))
}

fn encode_cursor(name: &str, id: &str) -> String {
    B64.encode(serde_json::json!([name, id]).to_string())
}

fn decode_cursor(cursor: &str) -> async_graphql::Result<(String, String)> {
    let raw = B64
        .decode(cursor)
        .map_err(|_| "`after` is not a cursor from this API")?;
    let key: (String, String) = serde_json::from_slice(&raw).map_err(|_| "`after` is not a cursor from this API")?;
    Ok(key)
}

/// A deterministic pseudo-random sequence (SplitMix64), so that every run serves the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn uuid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | ((b >> 48) & 0x3fff),
            b & 0xffff_ffff_ffff
        )
    }
}

/// Generates `count` images of one OpenStack platform, with the simulator's mix of values.
fn generate(count: usize) -> Catalogue {
    const LINUX: [&str; 5] = ["ubuntu", "debian", "centos", "rocky", "kylin"];
    const WINDOWS: [&str; 3] = ["win10", "win11", "win2022"];
    let mut rng = Rng(1);
    let platform = Arc::new(Platform {
        id: rng.uuid(),
        name: "bench".to_owned(),
        kind: PlatformKind::Openstack,
    });
    let mut images: Vec<Arc<Image>> = (1..=count)
        .map(|number| {
            let boot_mode = match rng.below(100) {
                0..60 => Some(BootMode::Uefi),
                60..95 => Some(BootMode::Bios),
                _ => None,
            };
            let video_model = match rng.below(100) {
                0..70 => VideoModel::Virtio,
                70..90 => VideoModel::Cirrus,
                90..95 => VideoModel::Vga,
                _ => VideoModel::Qxl,
            };
            let windows = rng.below(10) < 4;
            let distro = if windows {
                WINDOWS[rng.below(WINDOWS.len() as u64) as usize]
            } else {
                LINUX[rng.below(LINUX.len() as u64) as usize]
            };
            let hinted = rng.below(10) < 8;
            let status = match rng.below(100) {
                0..92 => "active",
                92..96 => "queued",
                _ => "saving",
            };
            let gib = 1_i64 << 30;
            let size = if windows { 16 * gib } else { gib } + (rng.next() % (4 * gib as u64)) as i64;
            let name = match boot_mode {
                Some(BootMode::Uefi) => format!("{distro}-uefi-{number:05}"),
                Some(BootMode::Bios) => format!("{distro}-bios-{number:05}"),
                None => format!("{distro}-{number:05}"),
            };
            Arc::new(Image {
                id: rng.uuid(),
                name,
                external_id: format!("img-{number:05}"),
                boot_mode,
                video_model: Some(video_model),
                os_type: hinted.then(|| if windows { "windows" } else { "linux" }.to_owned()),
                os_distro: hinted.then(|| distro.to_owned()),
                size_bytes: (status != "queued").then_some(size),
                status: status.to_owned(),
                version: 1,
                synced_at: Some("2026-11-28T12:00:00.123456Z".to_owned()),
                platform: Arc::clone(&platform),
            })
        })
        .collect();
    images.sort_by(|a, b| (a.name.as_bytes(), a.id.as_bytes()).cmp(&(b.name.as_bytes(), b.id.as_bytes())));
    Catalogue { images }
}

struct CloudPlatform(Arc<Platform>);

#[Object]
impl CloudPlatform {
    async fn id(&self) -> ID {
        global_id("CloudPlatform", &self.0.id)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn kind(&self) -> PlatformKind {
        self.0.kind
    }
}

struct ImageNode(Arc<Image>);

#[Object(name = "Image")]
impl ImageNode {
    async fn id(&self) -> ID {
        global_id("Image", &self.0.id)
    }
    async fn name(&self) -> &str {
        &self.0.name
    }
    async fn external_id(&self) -> &str {
        &self.0.external_id
    }
    async fn platform(&self) -> CloudPlatform {
        CloudPlatform(Arc::clone(&self.0.platform))
    }
    async fn boot_mode(&self) -> Option<BootMode> {
        self.0.boot_mode
    }
    async fn video_model(&self) -> Option<VideoModel> {
        self.0.video_model
    }
    async fn os_type(&self) -> Option<&str> {
        self.0.os_type.as_deref()
    }
    async fn os_distro(&self) -> Option<&str> {
        self.0.os_distro.as_deref()
    }
    async fn status(&self) -> &str {
        &self.0.status
    }
    async fn size_bytes(&self) -> Option<i64> {
        self.0.size_bytes
    }
    async fn version(&self) -> i32 {
        self.0.version
    }
    async fn synced_at(&self) -> Option<&str> {
        self.0.synced_at.as_deref()
    }
}

struct ImageEdge(Arc<Image>);

#[Object]
impl ImageEdge {
    async fn cursor(&self) -> String {
        encode_cursor(&self.0.name, &self.0.id)
    }
    async fn node(&self) -> ImageNode {
        ImageNode(Arc::clone(&self.0))
    }
}

struct PageInfo {
    has_next_page: bool,
    end_cursor: Option<String>,
}

#[Object]
impl PageInfo {
    async fn has_next_page(&self) -> bool {
        self.has_next_page
    }
    async fn end_cursor(&self) -> Option<&str> {
        self.end_cursor.as_deref()
    }
}

struct ImageConnection {
    edges: Vec<Arc<Image>>,
    has_next_page: bool,
    total: usize,
}

#[Object]
impl ImageConnection {
    async fn edges(&self) -> Vec<ImageEdge> {
        self.edges.iter().map(|i| ImageEdge(Arc::clone(i))).collect()
    }
    async fn page_info(&self) -> PageInfo {
        PageInfo {
            has_next_page: self.has_next_page,
            end_cursor: self.edges.last().map(|i| encode_cursor(&i.name, &i.id)),
        }
    }
    async fn total_count(&self) -> i32 {
        i32::try_from(self.total).unwrap_or(i32::MAX)
    }
}

struct Query;

#[Object]
impl Query {
    /// The first `first` images after `after`, ordered by name then id.
    async fn vdi_images(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> async_graphql::Result<ImageConnection> {
        let catalogue = ctx.data_unchecked::<Arc<Catalogue>>();
        let limit = match first {
            None => DEFAULT_PAGE,
            Some(n) if (0..=MAX_PAGE as i32).contains(&n) => n as usize,
            Some(_) => return Err(format!("`first` must be between 0 and {MAX_PAGE}").into()),
        };
        let start = match after {
            None => 0,
            Some(cursor) => {
                let (name, id) = decode_cursor(&cursor)?;
                catalogue
                    .images
                    .partition_point(|i| (i.name.as_bytes(), i.id.as_bytes()) <= (name.as_bytes(), id.as_bytes()))
            }
        };
        let end = (start + limit).min(catalogue.images.len());
        Ok(ImageConnection {
            edges: catalogue.images[start..end].to_vec(),
            has_next_page: end < catalogue.images.len(),
            total: catalogue.images.len(),
        })
    }
}

/// An extension that only passes each field's resolution on (the shape of xspace's audit hook
/// on a query: it looks at the field and calls `next`).
struct PassThrough;

impl ExtensionFactory for PassThrough {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(PassThroughExtension)
    }
}

struct PassThroughExtension;

#[async_graphql::async_trait::async_trait]
impl Extension for PassThroughExtension {
    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        next.run(ctx, info).await
    }
}

#[tokio::main]
async fn main() {
    let count: usize = std::env::var("CEILING_IMAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let listen = std::env::var("CEILING_LISTEN").unwrap_or_else(|_| "127.0.0.1:0".to_owned());
    let extensions: usize = std::env::var("CEILING_EXTENSIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut builder = Schema::build(Query, EmptyMutation, EmptySubscription).data(Arc::new(generate(count)));
    for _ in 0..extensions {
        builder = builder.extension(PassThrough);
    }
    let schema = builder.finish();
    let app = Router::new().route("/graphql", post_service(GraphQL::new(schema)));
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .expect("bind CEILING_LISTEN");
    let addr = listener.local_addr().expect("local address");
    println!("ceiling listening on http://{addr} ({count} images, {extensions} extensions)");
    // TCP_NODELAY on accepted connections, as xspace sets it: the transport is the same for both.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, app).await.expect("serve");
}
