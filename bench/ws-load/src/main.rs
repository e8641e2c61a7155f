//! ws-load: many `graphql-transport-ws` subscribers against one xspace process.
//!
//! 1. reads the server's memory (`VmRSS` of `/proc/<pid>/status`) with no connection of ours;
//! 2. opens N WebSocket connections to `/graphql` (subprotocol `graphql-transport-ws`, at most
//!    `--concurrency` handshakes at a time), each sends `connection_init` with `{"token": …}`,
//!    waits for `connection_ack` and subscribes; server pings are answered with pongs;
//! 3. waits until the server's `xspace_subscriptions_active` gauge counts them all, lets them sit
//!    idle, reads the server's memory again: (after − before) / N is the cost of an idle subscriber;
//! 4. `--repeats` times: sends the trigger mutation over HTTP and records, per subscriber, the time
//!    from writing the request to receiving the first `next` message; p50 / p99 / max and how
//!    many received it.
//!
//! Results are printed as Markdown on standard output (progress on standard error), and as JSON
//! with `--json FILE`. Tokens come from the environment so that they do not show in `ps`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use futures_util::{SinkExt as _, StreamExt as _};
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio::sync::{Notify, Semaphore};
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

const PROTOCOL: &str = "graphql-transport-ws";

/// Load of N WebSocket subscribers on one xspace process.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// The server's base URL (plain HTTP).
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// The subscribers' JWT, sent in `connection_init` as `{"token": …}`.
    #[arg(long, env = "WS_LOAD_TOKEN", hide_env_values = true)]
    token: String,
    /// How many subscribers (one WebSocket connection each).
    #[arg(short = 'n', long, default_value_t = 10_000)]
    subscribers: usize,
    /// Handshakes (connect, init, ack, subscribe) in flight at once.
    #[arg(long, default_value_t = 200)]
    concurrency: usize,
    /// The server's process id, for its memory (`/proc/<pid>/status`) and CPU time.
    #[arg(long)]
    server_pid: Option<u32>,
    /// The subscription each connection runs.
    #[arg(
        long,
        default_value = "subscription($d: ID) { desktopEvents(desktopId: $d) { kind desktopId at } }"
    )]
    query: String,
    /// Its variables (JSON).
    #[arg(long, default_value = "{}")]
    variables: String,
    /// The mutation (HTTP POST to /graphql) that makes the event; without it no event is sent.
    #[arg(long)]
    trigger_query: Option<String>,
    /// Its variables (JSON).
    #[arg(long, default_value = "{}")]
    trigger_variables: String,
    /// Bearer token for the trigger mutation (default: --token).
    #[arg(long, env = "WS_LOAD_TRIGGER_TOKEN", hide_env_values = true)]
    trigger_token: Option<String>,
    /// How many events (rounds) to send.
    #[arg(long, default_value_t = 5)]
    repeats: usize,
    /// Seconds to wait before reading the server's memory with no connection of ours.
    #[arg(long, default_value_t = 2)]
    settle_secs: u64,
    /// Seconds the subscribers sit idle before the server's memory is read again.
    #[arg(long, default_value_t = 5)]
    idle_secs: u64,
    /// Pause after each round (later messages of the round are still counted in it).
    #[arg(long, default_value_t = 2000)]
    gap_ms: u64,
    /// Longest wait for every subscriber to receive one event.
    #[arg(long, default_value_t = 60)]
    event_timeout_secs: u64,
    /// Longest time one connection may take from connect to its subscribe being sent.
    #[arg(long, default_value_t = 120)]
    setup_timeout_secs: u64,
    /// Client read buffer per connection (tungstenite's default is 128 KiB, eagerly allocated).
    #[arg(long, default_value_t = 4096)]
    client_read_buffer: usize,
    /// Worker threads of the client's (single) tokio runtime; default: one per core.
    #[arg(long)]
    threads: Option<usize>,
    /// Also write the figures as JSON here.
    #[arg(long)]
    json: Option<PathBuf>,
}

/// What every connection task shares with the coordinator.
struct Shared {
    base: Instant,
    /// Per connection: nanoseconds since `base` (+1) of its first `next` in the open round; 0 = none.
    first_next: Vec<AtomicU64>,
    /// Per connection: subscribed and still open.
    alive: Vec<AtomicBool>,
    live: AtomicUsize,
    subscribed: AtomicUsize,
    setup_failed: AtomicUsize,
    round_open: AtomicBool,
    round_received: AtomicUsize,
    round_nexts: AtomicU64,
    round_done: Notify,
    nexts_outside_rounds: AtomicU64,
    nexts_with_errors: AtomicU64,
    pongs_sent: AtomicU64,
    /// Set once the figures are taken: what happens to connections afterwards is not counted.
    finished: AtomicBool,
    /// Client-side problems and server closes, by kind.
    problems: Mutex<BTreeMap<String, u64>>,
}

impl Shared {
    fn problem(&self, kind: impl Into<String>) {
        if self.finished.load(Ordering::Acquire) {
            return;
        }
        *self
            .problems
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(kind.into())
            .or_default() += 1;
    }

    fn on_next(&self, i: usize, at: Instant, has_errors: bool) {
        if has_errors {
            self.nexts_with_errors.fetch_add(1, Ordering::Relaxed);
        }
        if !self.round_open.load(Ordering::Acquire) {
            self.nexts_outside_rounds.fetch_add(1, Ordering::Relaxed);
            return;
        }
        self.round_nexts.fetch_add(1, Ordering::Relaxed);
        let ns = u64::try_from(at.duration_since(self.base).as_nanos()).unwrap_or(u64::MAX - 1) + 1;
        if self.first_next[i]
            .compare_exchange(0, ns, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            let got = self.round_received.fetch_add(1, Ordering::AcqRel) + 1;
            if got >= self.live.load(Ordering::Acquire) {
                self.round_done.notify_one();
            }
        }
    }
}

/// A message from the server.
#[derive(Deserialize)]
struct Incoming {
    #[serde(rename = "type")]
    ty: String,
    #[serde(default)]
    payload: Option<Value>,
}

/// What each connection sends.
struct Plan {
    ws_url: String,
    init: String,
    subscribe: String,
    pong: String,
    ws_config: WebSocketConfig,
    setup_timeout: Duration,
}

fn classify(e: &tungstenite::Error) -> String {
    match e {
        tungstenite::Error::Io(io) => format!("io error: {:?}", io.kind()),
        tungstenite::Error::Http(resp) => format!("HTTP {} instead of an upgrade", resp.status()),
        tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed => "connection closed".into(),
        tungstenite::Error::Protocol(p) => format!("protocol error: {p}"),
        other => {
            let mut s = other.to_string();
            s.truncate(100);
            s
        }
    }
}

fn close_kind(frame: Option<&tungstenite::protocol::CloseFrame>, when: &str) -> String {
    match frame {
        Some(f) => format!("closed by server {when}: {} {}", u16::from(f.code), f.reason.as_str()),
        None => format!("closed by server {when} (no code)"),
    }
}

/// Connect, init, wait for the ack, subscribe.
async fn open(plan: &Plan) -> Result<Ws, String> {
    let mut request = plan.ws_url.as_str().into_client_request().map_err(|e| classify(&e))?;
    request
        .headers_mut()
        .insert("Sec-WebSocket-Protocol", HeaderValue::from_static(PROTOCOL));
    let (mut ws, response) = tokio_tungstenite::connect_async_with_config(request, Some(plan.ws_config), true)
        .await
        .map_err(|e| format!("connect: {}", classify(&e)))?;
    if response
        .headers()
        .get("sec-websocket-protocol")
        .and_then(|v| v.to_str().ok())
        != Some(PROTOCOL)
    {
        return Err("server did not select graphql-transport-ws".into());
    }
    ws.send(Message::text(plan.init.as_str()))
        .await
        .map_err(|e| format!("init: {}", classify(&e)))?;
    loop {
        match ws.next().await {
            Some(Ok(Message::Text(t))) => {
                let m: Incoming =
                    serde_json::from_str(t.as_str()).map_err(|_| "unparsable message before ack".to_owned())?;
                match m.ty.as_str() {
                    "connection_ack" => break,
                    "ping" => ws
                        .send(Message::text(plan.pong.as_str()))
                        .await
                        .map_err(|e| format!("pong: {}", classify(&e)))?,
                    other => return Err(format!("unexpected `{other}` before the ack")),
                }
            }
            Some(Ok(Message::Close(f))) => return Err(close_kind(f.as_ref(), "before the ack")),
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err(format!("awaiting ack: {}", classify(&e))),
            None => return Err("connection ended before the ack".into()),
        }
    }
    ws.send(Message::text(plan.subscribe.as_str()))
        .await
        .map_err(|e| format!("subscribe: {}", classify(&e)))?;
    Ok(ws)
}

/// One subscriber, from its handshake to the end of the run.
async fn subscriber(i: usize, plan: Arc<Plan>, shared: Arc<Shared>, gate: Arc<Semaphore>) {
    let Ok(permit) = gate.acquire_owned().await else { return };
    let mut ws = match tokio::time::timeout(plan.setup_timeout, open(&plan)).await {
        Ok(Ok(ws)) => ws,
        Ok(Err(kind)) => {
            shared.setup_failed.fetch_add(1, Ordering::AcqRel);
            shared.problem(kind);
            return;
        }
        Err(_) => {
            shared.setup_failed.fetch_add(1, Ordering::AcqRel);
            shared.problem("setup timed out");
            return;
        }
    };
    drop(permit);
    shared.alive[i].store(true, Ordering::Release);
    shared.live.fetch_add(1, Ordering::AcqRel);
    shared.subscribed.fetch_add(1, Ordering::AcqRel);
    let end = loop {
        let item = ws.next().await;
        let at = Instant::now();
        match item {
            Some(Ok(Message::Text(t))) => {
                let Ok(m) = serde_json::from_str::<Incoming>(t.as_str()) else {
                    shared.problem("unparsable message");
                    continue;
                };
                match m.ty.as_str() {
                    "next" => {
                        let has_errors = m
                            .payload
                            .as_ref()
                            .and_then(|p| p.get("errors"))
                            .and_then(Value::as_array)
                            .is_some_and(|e| !e.is_empty());
                        shared.on_next(i, at, has_errors);
                    }
                    "ping" => {
                        if let Err(e) = ws.send(Message::text(plan.pong.as_str())).await {
                            break format!("pong: {}", classify(&e));
                        }
                        shared.pongs_sent.fetch_add(1, Ordering::Relaxed);
                    }
                    "pong" => {}
                    "error" => break format!("subscription refused: {}", m.payload.unwrap_or_default()),
                    "complete" => break "server completed the subscription".into(),
                    other => shared.problem(format!("unexpected message `{other}`")),
                }
            }
            Some(Ok(Message::Close(f))) => break close_kind(f.as_ref(), "after subscribe"),
            Some(Ok(_)) => {}
            Some(Err(e)) => break classify(&e),
            None => break "connection ended".into(),
        }
    };
    shared.alive[i].store(false, Ordering::Release);
    shared.live.fetch_sub(1, Ordering::AcqRel);
    shared.round_done.notify_one();
    shared.problem(end);
}

// --- a minimal HTTP/1.1 client (one request per connection) ---

fn http_request(host: &str, method: &str, path: &str, bearer: Option<&str>, body: Option<&str>) -> Vec<u8> {
    let mut r = format!("{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    if let Some(t) = bearer {
        r.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    if let Some(b) = body {
        r.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{b}",
            b.len()
        ));
    } else {
        r.push_str("\r\n");
    }
    r.into_bytes()
}

/// Reads a whole response (the server closes after it): status and body.
async fn http_response(stream: &mut TcpStream) -> Result<(u16, String), String> {
    let mut raw = Vec::new();
    stream
        .read_to_end(&mut raw)
        .await
        .map_err(|e| format!("reading response: {e}"))?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or("response without headers")?;
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("response without status")?;
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
            let size_line = String::from_utf8_lossy(&rest[..eol]);
            let size = usize::from_str_radix(size_line.split(';').next().unwrap_or("0").trim(), 16)
                .map_err(|_| "bad chunk size")?;
            if size == 0 {
                break;
            }
            let start = eol + 2;
            out.extend_from_slice(&rest[start..(start + size).min(rest.len())]);
            rest = &rest[(start + size + 2).min(rest.len())..];
        }
        body = out;
    }
    Ok((status, String::from_utf8_lossy(&body).into_owned()))
}

async fn http(host: &str, method: &str, path: &str, body: Option<&str>) -> Result<(u16, String), String> {
    let mut stream = TcpStream::connect(host)
        .await
        .map_err(|e| format!("connect {host}: {e}"))?;
    stream
        .write_all(&http_request(host, method, path, None, body))
        .await
        .map_err(|e| e.to_string())?;
    http_response(&mut stream).await
}

async fn subscriptions_gauge(host: &str) -> Option<f64> {
    let (status, body) = http(host, "GET", "/metrics", None).await.ok()?;
    if status != 200 {
        return None;
    }
    body.lines()
        .find_map(|l| l.strip_prefix("xspace_subscriptions_active "))
        .and_then(|v| v.trim().parse().ok())
}

// --- /proc ---

/// `VmRSS`, `RssAnon`, `VmHWM` in KiB.
fn memory_kib(pid: u32) -> Option<(u64, u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
    };
    Some((
        field("VmRSS:")?,
        field("RssAnon:").unwrap_or(0),
        field("VmHWM:").unwrap_or(0),
    ))
}

/// User + system CPU time of a process, in seconds.
fn cpu_secs(pid: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0) // USER_HZ is 100 on Linux
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" / "))
        .unwrap_or_else(|_| "?".into())
}

fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|v| v.parse().ok())
}

// --- figures ---

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

struct Round {
    received: usize,
    expected: usize,
    nexts: u64,
    latencies: Vec<Duration>,
    response: Result<(u16, Duration, bool), String>,
    server_cpu: Option<f64>,
    client_cpu: Option<f64>,
    load: String,
}

fn main() {
    let args = Args::parse();
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let code = runtime.block_on(run(args, threads));
    // Connections are dropped with the runtime; the figures are out already.
    runtime.shutdown_background();
    std::process::exit(code);
}

async fn run(args: Args, threads: usize) -> i32 {
    let Some(host) = args
        .url
        .strip_prefix("http://")
        .map(|h| h.trim_end_matches('/').to_owned())
    else {
        eprintln!("ws-load: --url must be http://HOST:PORT");
        return 2;
    };
    let Ok(variables) = serde_json::from_str::<Value>(&args.variables) else {
        eprintln!("ws-load: --variables is not JSON");
        return 2;
    };
    let Ok(trigger_variables) = serde_json::from_str::<Value>(&args.trigger_variables) else {
        eprintln!("ws-load: --trigger-variables is not JSON");
        return 2;
    };
    let n = args.subscribers;
    if let Some(limit) = open_files_limit()
        && limit < n as u64 + 64
    {
        eprintln!("ws-load: the open-file limit ({limit}) is below {n} connections; raise `ulimit -n`");
        return 2;
    }
    let pid = args.server_pid;
    let server_pid = pid.map(|p| p.to_string());
    let server_cpu = || server_pid.as_deref().and_then(cpu_secs);
    let client_cpu = || cpu_secs("self");

    let plan = Arc::new(Plan {
        ws_url: format!("ws://{host}/graphql"),
        init: json!({"type": "connection_init", "payload": {"token": args.token}}).to_string(),
        subscribe: json!({"type": "subscribe", "id": "1", "payload": {"query": args.query, "variables": variables}})
            .to_string(),
        pong: json!({"type": "pong"}).to_string(),
        ws_config: WebSocketConfig::default()
            .read_buffer_size(args.client_read_buffer)
            .write_buffer_size(0),
        setup_timeout: Duration::from_secs(args.setup_timeout_secs),
    });
    let shared = Arc::new(Shared {
        base: Instant::now(),
        first_next: (0..n).map(|_| AtomicU64::new(0)).collect(),
        alive: (0..n).map(|_| AtomicBool::new(false)).collect(),
        live: AtomicUsize::new(0),
        subscribed: AtomicUsize::new(0),
        setup_failed: AtomicUsize::new(0),
        round_open: AtomicBool::new(false),
        round_received: AtomicUsize::new(0),
        round_nexts: AtomicU64::new(0),
        round_done: Notify::new(),
        nexts_outside_rounds: AtomicU64::new(0),
        nexts_with_errors: AtomicU64::new(0),
        pongs_sent: AtomicU64::new(0),
        finished: AtomicBool::new(false),
        problems: Mutex::new(BTreeMap::new()),
    });

    // 1. The server with no connection of ours.
    tokio::time::sleep(Duration::from_secs(args.settle_secs)).await;
    let gauge_before = subscriptions_gauge(&host).await;
    let mem_before = pid.and_then(memory_kib);
    eprintln!(
        "ws-load: server before: RSS {} (subscriptions gauge {:?}); opening {n} connections, {} at a time",
        mem_before.map_or("?".into(), |m| mib(m.0)),
        gauge_before,
        args.concurrency
    );

    // 2. N subscribers.
    let gate = Arc::new(Semaphore::new(args.concurrency.max(1)));
    let started = Instant::now();
    for i in 0..n {
        tokio::spawn(subscriber(i, plan.clone(), shared.clone(), gate.clone()));
    }
    let mut last_report = Instant::now();
    loop {
        let done = shared.subscribed.load(Ordering::Acquire) + shared.setup_failed.load(Ordering::Acquire);
        if done >= n {
            break;
        }
        if last_report.elapsed() >= Duration::from_secs(5) {
            eprintln!(
                "ws-load:   {} subscribed, {} failed, {:.0} s",
                shared.subscribed.load(Ordering::Acquire),
                shared.setup_failed.load(Ordering::Acquire),
                started.elapsed().as_secs_f64()
            );
            last_report = Instant::now();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let setup_time = started.elapsed();
    let subscribed = shared.subscribed.load(Ordering::Acquire);
    let setup_failed = shared.setup_failed.load(Ordering::Acquire);
    eprintln!(
        "ws-load: {subscribed} subscribed, {setup_failed} failed in {:.1} s; waiting for the server's gauge",
        setup_time.as_secs_f64()
    );

    // 3. Every subscription running on the server, then idle.
    let want = gauge_before.unwrap_or(0.0) + subscribed as f64;
    let gauge_deadline = Instant::now() + Duration::from_secs(60);
    let mut gauge_after = subscriptions_gauge(&host).await;
    while gauge_after.is_none_or(|g| g < want) && Instant::now() < gauge_deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        gauge_after = subscriptions_gauge(&host).await;
    }
    let gauge_wait = started.elapsed() - setup_time;
    tokio::time::sleep(Duration::from_secs(args.idle_secs)).await;
    let mem_idle = pid.and_then(memory_kib);
    let load_idle = loadavg();
    let client_mem = memory_kib(std::process::id());
    let live_idle = shared.live.load(Ordering::Acquire);
    eprintln!(
        "ws-load: idle {} s: server RSS {}, gauge {:?}, {live_idle} live; load {load_idle}",
        args.idle_secs,
        mem_idle.map_or("?".into(), |m| mib(m.0)),
        gauge_after
    );

    // 4. Events.
    let mut rounds: Vec<Round> = Vec::new();
    if let Some(trigger) = &args.trigger_query {
        let body = json!({"query": trigger, "variables": trigger_variables}).to_string();
        let bearer = args.trigger_token.as_deref().unwrap_or(&args.token);
        let request = http_request(&host, "POST", "/graphql", Some(bearer), Some(&body));
        for r in 1..=args.repeats {
            for slot in &shared.first_next {
                slot.store(0, Ordering::Release);
            }
            shared.round_received.store(0, Ordering::Release);
            shared.round_nexts.store(0, Ordering::Release);
            let expected: Vec<usize> = (0..n).filter(|&i| shared.alive[i].load(Ordering::Acquire)).collect();
            let (cpu0, ccpu0) = (server_cpu(), client_cpu());
            shared.round_open.store(true, Ordering::Release);
            let mut stream = match TcpStream::connect(&host).await {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("ws-load: cannot reach the server for the trigger: {e}");
                    return 1;
                }
            };
            let _ = stream.set_nodelay(true);
            let t0 = Instant::now();
            if let Err(e) = stream.write_all(&request).await {
                eprintln!("ws-load: sending the trigger: {e}");
                return 1;
            }
            let response = tokio::spawn(async move {
                let r = http_response(&mut stream).await;
                (Instant::now(), r)
            });
            let deadline = t0 + Duration::from_secs(args.event_timeout_secs);
            while shared.round_received.load(Ordering::Acquire) < shared.live.load(Ordering::Acquire)
                && Instant::now() < deadline
            {
                let _ = tokio::time::timeout(Duration::from_millis(50), shared.round_done.notified()).await;
            }
            let response = match response.await {
                Ok((at, Ok((status, body)))) => {
                    let errors = serde_json::from_str::<Value>(&body)
                        .ok()
                        .and_then(|v| v.get("errors").cloned())
                        .is_some();
                    if errors || status != 200 {
                        eprintln!("ws-load: trigger answered {status}: {body}");
                    }
                    Ok((status, at.duration_since(t0), errors))
                }
                Ok((_, Err(e))) => Err(e),
                Err(e) => Err(e.to_string()),
            };
            tokio::time::sleep(Duration::from_millis(args.gap_ms)).await;
            shared.round_open.store(false, Ordering::Release);
            let t0_ns = u64::try_from(t0.duration_since(shared.base).as_nanos()).unwrap_or(0);
            let mut latencies: Vec<Duration> = expected
                .iter()
                .filter_map(|&i| match shared.first_next[i].load(Ordering::Acquire) {
                    0 => None,
                    at => Some(Duration::from_nanos((at - 1).saturating_sub(t0_ns))),
                })
                .collect();
            latencies.sort_unstable();
            let round = Round {
                received: latencies.len(),
                expected: expected.len(),
                nexts: shared.round_nexts.load(Ordering::Acquire),
                latencies,
                response,
                server_cpu: cpu0.zip(server_cpu()).map(|(a, b)| b - a),
                client_cpu: ccpu0.zip(client_cpu()).map(|(a, b)| b - a),
                load: loadavg(),
            };
            eprintln!(
                "ws-load: round {r}: {}/{} received, p50 {} p99 {} max {}",
                round.received,
                round.expected,
                ms(percentile(&round.latencies, 0.5)),
                ms(percentile(&round.latencies, 0.99)),
                ms(percentile(&round.latencies, 1.0)),
            );
            rounds.push(round);
        }
    }
    let mem_after_events = pid.and_then(memory_kib);
    shared.finished.store(true, Ordering::Release);
    let live_end = shared.live.load(Ordering::Acquire);
    let problems = shared.problems.lock().unwrap_or_else(|e| e.into_inner()).clone();

    // 5. Figures.
    let per_sub = |m: Option<(u64, u64, u64)>, pick: fn((u64, u64, u64)) -> u64| -> Option<f64> {
        let (b, a) = (mem_before?, m?);
        (subscribed > 0).then(|| (pick(a) as f64 - pick(b) as f64) * 1024.0 / subscribed as f64)
    };
    let rss_per = per_sub(mem_idle, |m| m.0);
    let anon_per = per_sub(mem_idle, |m| m.1);
    let rss_per_after = per_sub(mem_after_events, |m| m.0);
    let mut all: Vec<Duration> = rounds.iter().flat_map(|r| r.latencies.iter().copied()).collect();
    all.sort_unstable();
    let received_all: usize = rounds.iter().map(|r| r.received).sum();
    let expected_all = n * rounds.len();

    let mut md = String::new();
    let kb = |b: Option<f64>| b.map_or("?".into(), |b| format!("{:.1} KiB ({} bytes)", b / 1024.0, b.round()));
    let mem_cell = |m: Option<(u64, u64, u64)>| {
        m.map_or("?".into(), |m| {
            format!("{} (anon {}, peak {})", mib(m.0), mib(m.1), mib(m.2))
        })
    };
    md.push_str(&format!(
        "| subscribers | {} asked, {} subscribed, {} failed to subscribe |\n|---|---|\n",
        thousands(n as u64),
        thousands(subscribed as u64),
        setup_failed
    ));
    md.push_str(&format!(
        "| connect + init + ack + subscribe, all | {:.1} s ({:.0}/s, {} at a time); server gauge reached {} after {:.1} s more |\n",
        setup_time.as_secs_f64(),
        subscribed as f64 / setup_time.as_secs_f64(),
        args.concurrency,
        gauge_after.map_or("?".into(), |g| thousands(g as u64)),
        gauge_wait.as_secs_f64()
    ));
    md.push_str(&format!(
        "| server memory, no connection | {} |\n",
        mem_cell(mem_before)
    ));
    md.push_str(&format!(
        "| server memory, {} subscribers idle {} s | {} |\n",
        thousands(subscribed as u64),
        args.idle_secs,
        mem_cell(mem_idle)
    ));
    md.push_str(&format!(
        "| **per idle subscriber** (ΔVmRSS / N; target ≤ 30 KB) | **{}**; ΔRssAnon / N: {} |\n",
        kb(rss_per),
        kb(anon_per)
    ));
    if !rounds.is_empty() {
        md.push_str(&format!(
            "| server memory after the {} events | {}; ΔVmRSS / N: {} |\n",
            rounds.len(),
            mem_cell(mem_after_events),
            kb(rss_per_after)
        ));
    }
    md.push_str(&format!(
        "| client (ws-load) memory | {} ({threads} tokio workers, read buffer {} B per connection) |\n",
        mem_cell(client_mem),
        args.client_read_buffer
    ));
    md.push_str(&format!(
        "| load average 1/5/15 min at the idle reading | {load_idle} |\n"
    ));
    md.push_str(&format!(
        "| pongs sent to server pings | {} |\n| connections open at the end | {} of {} |\n",
        shared.pongs_sent.load(Ordering::Acquire),
        thousands(live_end as u64),
        thousands(subscribed as u64)
    ));

    if !rounds.is_empty() {
        md.push_str(
            "\nFan-out: from writing the mutation's HTTP request to each subscriber's first `next`.\n\n\
             | event | received | p50 | p99 | max | `next` per subscriber | mutation answered after | server CPU | client CPU | load 1 min |\n\
             |---|---|---|---|---|---|---|---|---|---|\n",
        );
        for (k, r) in rounds.iter().enumerate() {
            let answered = match &r.response {
                Ok((status, d, errors)) => {
                    format!(
                        "{}{}",
                        ms(*d),
                        if *status != 200 || *errors {
                            format!(" (HTTP {status}, errors)")
                        } else {
                            String::new()
                        }
                    )
                }
                Err(e) => format!("failed: {e}"),
            };
            md.push_str(&format!(
                "| {} | {} / {} | {} | {} | {} | {:.2} | {} | {} | {} | {} |\n",
                k + 1,
                thousands(r.received as u64),
                thousands(r.expected as u64),
                ms(percentile(&r.latencies, 0.5)),
                ms(percentile(&r.latencies, 0.99)),
                ms(percentile(&r.latencies, 1.0)),
                if r.received > 0 {
                    r.nexts as f64 / r.received as f64
                } else {
                    0.0
                },
                answered,
                r.server_cpu.map_or("?".into(), |c| format!("{c:.2} s")),
                r.client_cpu.map_or("?".into(), |c| format!("{c:.2} s")),
                r.load.split(" / ").next().unwrap_or("?"),
            ));
        }
        md.push_str(&format!(
            "| **all** | **{} / {}** | **{}** | **{}** | **{}** | | | | | |\n",
            thousands(received_all as u64),
            thousands(expected_all as u64),
            ms(percentile(&all, 0.5)),
            ms(percentile(&all, 0.99)),
            ms(percentile(&all, 1.0)),
        ));
        md.push_str(&format!(
            "\n`next` messages outside a round: {}; carrying GraphQL errors: {}.\n",
            shared.nexts_outside_rounds.load(Ordering::Acquire),
            shared.nexts_with_errors.load(Ordering::Acquire)
        ));
    }
    md.push_str("\nClient-side errors and server closes: ");
    if problems.is_empty() {
        md.push_str("none.\n");
    } else {
        md.push_str("\n\n| what | count |\n|---|---|\n");
        for (k, v) in &problems {
            md.push_str(&format!("| {} | {v} |\n", k.replace('|', "\\|")));
        }
    }
    println!("{md}");

    if let Some(path) = &args.json {
        let out = json!({
            "subscribers": n,
            "subscribed": subscribed,
            "setup_failed": setup_failed,
            "setup_seconds": setup_time.as_secs_f64(),
            "gauge_before": gauge_before,
            "gauge_after": gauge_after,
            "server_kib_before": mem_before.map(|m| json!({"rss": m.0, "anon": m.1, "hwm": m.2})),
            "server_kib_idle": mem_idle.map(|m| json!({"rss": m.0, "anon": m.1, "hwm": m.2})),
            "server_kib_after_events": mem_after_events.map(|m| json!({"rss": m.0, "anon": m.1, "hwm": m.2})),
            "bytes_per_idle_subscriber_rss": rss_per,
            "bytes_per_idle_subscriber_anon": anon_per,
            "client_kib": client_mem.map(|m| m.0),
            "load_idle": load_idle,
            "rounds": rounds.iter().map(|r| json!({
                "received": r.received,
                "expected": r.expected,
                "nexts": r.nexts,
                "p50_ms": percentile(&r.latencies, 0.5).as_secs_f64() * 1000.0,
                "p99_ms": percentile(&r.latencies, 0.99).as_secs_f64() * 1000.0,
                "max_ms": percentile(&r.latencies, 1.0).as_secs_f64() * 1000.0,
                "mutation_ms": r.response.as_ref().ok().map(|(_, d, _)| d.as_secs_f64() * 1000.0),
                "server_cpu_s": r.server_cpu,
                "client_cpu_s": r.client_cpu,
                "load": r.load,
            })).collect::<Vec<_>>(),
            "all": {
                "received": received_all,
                "expected": expected_all,
                "p50_ms": percentile(&all, 0.5).as_secs_f64() * 1000.0,
                "p99_ms": percentile(&all, 0.99).as_secs_f64() * 1000.0,
                "max_ms": percentile(&all, 1.0).as_secs_f64() * 1000.0,
            },
            "problems": problems,
        });
        if let Err(e) = std::fs::write(path, serde_json::to_string_pretty(&out).unwrap_or_default()) {
            eprintln!("ws-load: writing {}: {e}", path.display());
        }
    }
    let all_received = rounds.iter().all(|r| r.received == n);
    if subscribed == n && all_received { 0 } else { 1 }
}
