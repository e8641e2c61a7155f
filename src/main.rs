//! The `xspace` binary.

use std::io::BufRead as _;
use std::process::ExitCode;
use std::sync::atomic::Ordering;

use anyhow::Context as _;
use axum::serve::ListenerExt as _;
use clap::Parser as _;

use xspace::app::{AppState, State};
use xspace::cli::{AdminCommand, Cli, Command, KeysCommand};
use xspace::config::{Config, KeySource, load_keys};
use xspace::db::{DbScope, Pool, run_migrations};
use xspace::domain::values::Role;
use xspace::{demo, domain, graphql, http};

/// mimalloc instead of the system allocator: a GraphQL response is built from many small maps and
/// strings, and glibc's malloc took about a quarter of the CPU of a catalogue page (BENCHMARKS.md).
/// Its 2.x line (feature `v2`): the 3.x line the crate now builds by default spent a fifth more of
/// the server's CPU per page here, most of it inside its allocation path.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if matches!(cli.command, Command::ExportSchema) {
        print!("{}", graphql::sdl());
        return ExitCode::SUCCESS;
    }
    let _telemetry = match xspace::telemetry::init() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("xspace: cannot set up logging and tracing: {e:#}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("xspace: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Start-up and the commands work on every tenant's rows; what they spawn states its own scope.
    match runtime.block_on(DbScope::System.run(run(cli.command))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = format!("{e:#}"), "xspace failed");
            eprintln!("xspace: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Opens the database (running pending migrations) and builds the state.
async fn open() -> anyhow::Result<State> {
    let config = Config::from_env()?;
    let (keys, source) = load_keys(&config)?;
    match source {
        KeySource::Created(path) => tracing::warn!(
            path = %path.display(),
            "no XSPACE_MASTER_KEY / XSPACE_JWT_SECRET given: created a key file beside the database; \
             keep it safe and back it up with the database"
        ),
        KeySource::File(path) => tracing::info!(path = %path.display(), "keys read from the key file"),
        KeySource::Environment => {}
    }
    let metrics = xspace::metrics::Metrics::new();
    let pool = Pool::open(&config.database_url, config.pool_size, &metrics.pool_counters())?;
    let ran = run_migrations(&pool).await.context("running migrations")?;
    if ran > 0 {
        tracing::info!(migrations = ran, backend = ?pool.backend(), "database migrated");
    }
    AppState::new(config, &keys, pool, metrics)
}

async fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::ExportSchema => Ok(()),
        Command::Migrate => open().await.map(|_| ()),
        Command::Admin {
            command: AdminCommand::Create { username },
        } => create_admin(&username).await,
        Command::Serve { demo } => serve(demo).await,
        Command::Keys {
            command: KeysCommand::Rotate,
        } => {
            let state = open().await?;
            let done = domain::keys::rotate(&state).await?;
            println!(
                "re-wrapped {} secrets; {} were already under the current key",
                done.rewrapped, done.current
            );
            Ok(())
        }
    }
}

async fn create_admin(username: &str) -> anyhow::Result<()> {
    let state = open().await?;
    let password = match std::env::var("XSPACE_ADMIN_PASSWORD") {
        Ok(p) if !p.is_empty() => p,
        _ => {
            eprintln!("password for {username} (one line on standard input):");
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .context("reading the password")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    domain::accounts::insert_user(&state, None, username, &password, Role::SystemAdmin)
        .await
        .map_err(|e| anyhow::anyhow!(e.message()))?;
    println!("created system admin {username}");
    Ok(())
}

async fn serve(seed_demo: bool) -> anyhow::Result<()> {
    let state = open().await?;
    let interrupted = domain::sync_gate::fail_interrupted_runs(&state.pool).await?;
    if interrupted > 0 {
        tracing::warn!(
            runs = interrupted,
            "marked syncs interrupted by a previous stop as failed"
        );
    }
    let listener = tokio::net::TcpListener::bind(state.config.listen)
        .await
        .with_context(|| format!("binding {}", state.config.listen))?;
    let addr = listener.local_addr()?;
    // Responses go out as soon as they are written, not held back for the peer's last ACK.
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY on an accepted connection");
        }
    });
    let executor = graphql::executor::Executor::new(&state);
    let app = http::router(state.clone(), executor);
    println!("xspace listening on http://{addr}");
    tracing::info!(%addr, backend = ?state.pool.backend(), "serving /graphql");
    let serving = tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
    });
    if seed_demo {
        demo::seed(&state).await.context("seeding the demo")?;
    }
    tokio::spawn(DbScope::System.run(domain::schedule::run(state.clone())));
    tokio::spawn(DbScope::System.run(domain::agent_sweep::run(state.clone())));
    state.ready.store(true, Ordering::Release);
    serving.await.context("server task")?.context("serving")?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}
