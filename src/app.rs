//! `AppState`: everything a request needs, built once at start.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::domain::id::PlatformId;

use anyhow::Context as _;
use tokio::sync::Mutex;

use crate::auth::jwt::Tokens;
use crate::auth::password::Passwords;
use crate::config::{Config, Keys};
use crate::crypto::{Key, SecretBox};
use crate::db::{Backend, Pool};
use crate::events::Events;
use crate::metrics::Metrics;
use crate::platform::{DriverOptions, Drivers};

/// Shared state of one running service.
pub struct AppState {
    /// This state's own handle (see [`AppState::handle`]).
    me: std::sync::Weak<AppState>,
    /// Configuration.
    pub config: Config,
    /// Database pool.
    pub pool: Pool,
    /// Seals OS credentials and platform secrets.
    pub secrets: SecretBox,
    /// Issues and verifies login tokens.
    pub tokens: Tokens,
    /// Hashes passwords.
    pub passwords: Passwords,
    /// Platform drivers.
    pub drivers: Drivers,
    /// Change events for subscriptions.
    pub events: Events,
    /// One lock per platform: a platform's syncs and mapping changes never overlap.
    pub platform_locks: PlatformLocks,
    /// Token users recently checked.
    pub users: crate::auth::user_cache::UserCache,
    /// Platforms recently read.
    pub platforms: crate::domain::platform_cache::PlatformCache,
    /// Tenants recently read.
    pub tenants: crate::domain::tenant_cache::TenantCache,
    /// Agent tokens recently seen.
    pub agent_tokens: crate::domain::agent_cache::AgentCache,
    /// Syncs running in this process, for requests that join them.
    pub sync_flights: crate::domain::sync_gate::Flights,
    /// Agents this process wrote recently (R10: which reports need no write).
    pub presence: crate::domain::presence::Presence,
    /// Agent reports waiting to be written in groups.
    pub reports: crate::domain::report_queue::ReportQueue,
    /// What `/metrics` shows.
    pub metrics: Metrics,
    /// Failed-login counters.
    pub login_throttle: crate::domain::throttle::LoginThrottle,
    /// Set once migrations ran and the demo is seeded: `/readyz` answers 200.
    pub ready: AtomicBool,
}

/// Shared handle to the state.
pub type State = Arc<AppState>;

impl AppState {
    /// Builds the state from configuration, keys and an opened pool; starts the agent report
    /// writers on the current Tokio runtime.
    pub fn new(config: Config, keys: &Keys, pool: Pool, metrics: Metrics) -> anyhow::Result<State> {
        let secrets = SecretBox::new(
            Key::new(&keys.master),
            keys.master_previous.iter().map(Key::new).collect(),
        );
        let tokens = Tokens::new(&keys.jwt, &keys.jwt_previous, config.token_ttl);
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        let passwords = Passwords::new(cores).context("preparing password hashing")?;
        let events = Events::new(config.event_buffer);
        let events = match pool.backend() {
            Backend::Postgres => crate::events::relay::start(events, pool.clone(), config.database_url.clone()),
            Backend::Sqlite => events,
        };
        let users = crate::auth::user_cache::UserCache::default();
        users.follow(&events);
        let platforms = crate::domain::platform_cache::PlatformCache::default();
        platforms.follow(&events);
        let reports = crate::domain::report_queue::ReportQueue::start(pool.clone());
        let presence = crate::domain::presence::Presence::new(config.agent_window);
        let drivers = Drivers::new(DriverOptions::from_env()?).context("preparing platform drivers")?;
        Ok(Arc::new_cyclic(|me| Self {
            me: me.clone(),
            config,
            pool,
            reports,
            presence,
            metrics,
            sync_flights: crate::domain::sync_gate::Flights::default(),
            secrets,
            tokens,
            passwords,
            drivers,
            events,
            platform_locks: PlatformLocks::default(),
            login_throttle: crate::domain::throttle::LoginThrottle::default(),
            users,
            platforms,
            tenants: crate::domain::tenant_cache::TenantCache::default(),
            agent_tokens: crate::domain::agent_cache::AgentCache::default(),
            ready: AtomicBool::new(false),
        }))
    }

    /// A shared handle to this state, for work that must outlive the request that started it.
    pub fn handle(&self) -> Option<State> {
        self.me.upgrade()
    }
}

/// Per-platform async locks.
#[derive(Default)]
pub struct PlatformLocks {
    locks: std::sync::Mutex<HashMap<PlatformId, Arc<Mutex<()>>>>,
}

impl PlatformLocks {
    /// The lock of one platform.
    pub fn of(&self, platform_id: &PlatformId) -> Arc<Mutex<()>> {
        let mut map = self.locks.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        map.entry(platform_id.clone()).or_default().clone()
    }
}
