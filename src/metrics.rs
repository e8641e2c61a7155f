//! What `/metrics` shows, in the Prometheus text format: GraphQL operations by name and outcome
//! (count and latency), sync runs by platform and status (count and duration), live
//! subscriptions, SQL statements run, and the database pool.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::db::Pool;

/// Distinct operation names kept as labels; later ones count as `other` (clients choose names,
/// and a label per name must not grow without bound).
const MAX_OPERATION_NAMES: usize = 200;

/// An operation's labels.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OperationLabels {
    /// The operation name (`anonymous` without one).
    pub operation: String,
    /// `ok`, or the first error's code.
    pub outcome: String,
}

/// A sync run's labels.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SyncLabels {
    /// The platform's name.
    pub platform: String,
    /// `SUCCEEDED` or `FAILED`.
    pub status: String,
}

/// An agent report's labels.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReportLabels {
    /// `true`, or `false` for a report that changed nothing and was not written (R10).
    written: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: &'static str,
}

type Timings<L> = Family<L, Histogram, fn() -> Histogram>;

fn latency_buckets() -> Histogram {
    // 0.5 ms … ~16 s
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

fn sync_buckets() -> Histogram {
    // 10 ms … ~80 min
    Histogram::new(exponential_buckets(0.01, 2.0, 20))
}

/// The service's metrics.
pub struct Metrics {
    registry: Registry,
    operations: Family<OperationLabels, Counter>,
    operation_seconds: Timings<OperationLabels>,
    sync_runs: Family<SyncLabels, Counter>,
    sync_seconds: Timings<SyncLabels>,
    subscriptions: Gauge,
    statements: Counter,
    scope_switches: Counter,
    agent_reports: Family<ReportLabels, Counter>,
    objects_at_hand: Counter,
    pool: Family<PoolLabels, Gauge>,
    names: Mutex<HashSet<String>>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// Registers every metric.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("xspace");
        let operations = Family::<OperationLabels, Counter>::default();
        registry.register(
            "graphql_operations",
            "GraphQL queries and mutations run, by operation name and outcome",
            operations.clone(),
        );
        let operation_seconds: Timings<OperationLabels> = Family::new_with_constructor(latency_buckets);
        registry.register(
            "graphql_operation_duration_seconds",
            "Time to run a GraphQL query or mutation",
            operation_seconds.clone(),
        );
        let sync_runs = Family::<SyncLabels, Counter>::default();
        registry.register(
            "sync_runs",
            "Platform sync runs finished, by platform and status",
            sync_runs.clone(),
        );
        let sync_seconds: Timings<SyncLabels> = Family::new_with_constructor(sync_buckets);
        registry.register(
            "sync_duration_seconds",
            "Time a platform sync took",
            sync_seconds.clone(),
        );
        let subscriptions = Gauge::default();
        registry.register(
            "subscriptions_active",
            "GraphQL subscriptions open now",
            subscriptions.clone(),
        );
        let statements = Counter::default();
        registry.register(
            "db_statements",
            "SQL statements sent to the database",
            statements.clone(),
        );
        let scope_switches = Counter::default();
        registry.register(
            "db_scope_switches",
            "Pooled PostgreSQL sessions moved to another tenant scope (row-level security); not in db_statements",
            scope_switches.clone(),
        );
        let agent_reports = Family::<ReportLabels, Counter>::default();
        registry.register(
            "agent_reports",
            "Agent reports accepted, by whether they were written (unchanged ones mostly are not)",
            agent_reports.clone(),
        );
        let objects_at_hand = Counter::default();
        registry.register(
            "graphql_objects_at_hand",
            "Objects of HTTP query results whose plain fields were answered at hand (the fast path)",
            objects_at_hand.clone(),
        );
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "db_pool_connections",
            "Database pool: max (its size), open, idle, and waiting (requests queued for one)",
            pool.clone(),
        );
        Self {
            registry,
            operations,
            operation_seconds,
            sync_runs,
            sync_seconds,
            subscriptions,
            statements,
            scope_switches,
            agent_reports,
            objects_at_hand,
            pool,
            names: Mutex::new(HashSet::new()),
        }
    }

    /// The counters the pool's connections increment.
    pub fn pool_counters(&self) -> crate::db::PoolCounters {
        crate::db::PoolCounters {
            statements: self.statements.clone(),
            scope_switches: self.scope_switches.clone(),
        }
    }

    /// Counts a finished GraphQL query or mutation.
    pub fn operation(&self, name: Option<&str>, outcome: &str, took: Duration) {
        let labels = OperationLabels {
            operation: self.operation_label(name),
            outcome: outcome.to_owned(),
        };
        self.operations.get_or_create(&labels).inc();
        self.operation_seconds
            .get_or_create(&labels)
            .observe(took.as_secs_f64());
    }

    fn operation_label(&self, name: Option<&str>) -> String {
        let Some(name) = name.filter(|n| !n.is_empty()) else {
            return "anonymous".to_owned();
        };
        let mut names = self.names.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if names.contains(name) {
            return name.to_owned();
        }
        if names.len() < MAX_OPERATION_NAMES {
            names.insert(name.to_owned());
            return name.to_owned();
        }
        "other".to_owned()
    }

    /// Counts a finished sync run.
    pub fn sync_run(&self, platform: &str, status: &str, took: Duration) {
        let labels = SyncLabels {
            platform: platform.to_owned(),
            status: status.to_owned(),
        };
        self.sync_runs.get_or_create(&labels).inc();
        self.sync_seconds.get_or_create(&labels).observe(took.as_secs_f64());
    }

    /// Counts an accepted agent report.
    pub fn agent_report(&self, written: bool) {
        let written = if written { "true" } else { "false" };
        self.agent_reports.get_or_create(&ReportLabels { written }).inc();
    }

    /// Counts the objects of a query's result answered at hand.
    pub fn objects_at_hand(&self, n: u64) {
        if n > 0 {
            self.objects_at_hand.inc_by(n);
        }
    }

    /// Counts a subscription as open until the guard is dropped.
    pub fn subscription(&self) -> SubscriptionGuard {
        self.subscriptions.inc();
        SubscriptionGuard(self.subscriptions.clone())
    }

    /// The text exposition, with the pool's state read now.
    pub fn render(&self, pool: &Pool) -> String {
        let status = pool.status();
        for (state, value) in [
            ("max", status.max_size),
            ("open", status.size),
            ("idle", status.available),
            ("waiting", status.waiting),
        ] {
            self.pool
                .get_or_create(&PoolLabels { state })
                .set(i64::try_from(value).unwrap_or(i64::MAX));
        }
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            tracing::error!("encoding the metrics failed");
        }
        out
    }
}

/// Keeps one subscription counted while it lives.
pub struct SubscriptionGuard(Gauge);

impl Drop for SubscriptionGuard {
    fn drop(&mut self) {
        self.0.dec();
    }
}
