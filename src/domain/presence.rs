//! R10, the bounded cost of connected agents: which reports need not be written.
//!
//! An agent is connected while its reports arrive within the window `W`
//! (`XSPACE_AGENT_WINDOW_SECONDS`, default 180 s: three of the reference agent's 60 s intervals).
//! The database holds, per desktop, since when its agent is connected and when it was last seen;
//! "last seen" is written coarsely. This process remembers, per desktop, what it last wrote for
//! its agent and when; a report that says the same thing within `P = W / 2` of that write is not
//! written at all (it costs a primary-key read for the answer, no write, no event). So agents
//! reporting with nothing changed cost each replica at most one write per agent per `P`, and
//! none in between: with the reference agent's 60 s interval and the default window, one write
//! every other report; a window of ten intervals makes it one in five.
//!
//! Why "last seen" may lag: a report is written at least every `P` while it keeps coming, so
//! the stored time is at most `P` plus one agent interval old; with an interval of at most `W / 3`
//! (the reference agent's 60 s against 180 s) that is under `W`, so a reporting agent never looks
//! silent. A replica that never saw an agent writes its first report; replicas do not share this
//! memory and need not: each bounds its own writes.
//!
//! Who says "went silent": every replica's sweep ([`crate::domain::agent_sweep`]) runs one
//! `UPDATE … WHERE connected AND last seen < now - W … RETURNING` every `W / 4` (between 0.25 s
//! and 30 s); the database gives each silent desktop to exactly one sweep, which publishes its
//! one `AGENT_DISCONNECTED` (to the other replicas through the event relay). Coming back is told
//! by the report that writes `agent_connected_since` again: one `AGENT_CONNECTED`.

use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::db::agent_reports::AgentFields;
use crate::domain::id::DesktopId;

/// Shortest sweep period (tests use windows of a few seconds).
const MIN_SWEEP: Duration = Duration::from_millis(250);
/// Longest sweep period.
const MAX_SWEEP: Duration = Duration::from_secs(30);

/// What this process last wrote for one desktop's agent.
#[derive(Debug, Clone, Copy)]
struct Written {
    /// [`fingerprint`] of what was written.
    content: u64,
    /// When.
    at: Instant,
}

/// The agents this process wrote recently, and the window.
#[derive(Debug)]
pub struct Presence {
    window: Duration,
    written: Mutex<HashMap<DesktopId, Written>>,
}

/// A digest of what a report says (not when).
pub fn fingerprint(fields: &AgentFields) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    fields.hash(&mut h);
    h.finish()
}

impl Presence {
    /// Presence with window `window` (at least one second).
    pub fn new(window: Duration) -> Self {
        Self {
            window: window.max(Duration::from_secs(1)),
            written: Mutex::new(HashMap::new()),
        }
    }

    /// How long an agent stays connected without a report.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// How long an unchanged report goes unwritten after a write.
    pub fn persist_every(&self) -> Duration {
        self.window / 2
    }

    /// How often the sweep looks for silent agents.
    pub fn sweep_every(&self) -> Duration {
        (self.window / 4).clamp(MIN_SWEEP, MAX_SWEEP)
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<DesktopId, Written>> {
        self.written.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether a report saying `content` for `desktop_id` need not be written: this process wrote
    /// the same less than [`Self::persist_every`] ago.
    pub fn fresh(&self, desktop_id: &DesktopId, content: u64) -> bool {
        let persist = self.persist_every();
        self.map()
            .get(desktop_id)
            .is_some_and(|w| w.content == content && w.at.elapsed() < persist)
    }

    /// Remembers that `content` was just written for `desktop_id`.
    pub fn written(&self, desktop_id: &DesktopId, content: u64) {
        let w = Written {
            content,
            at: Instant::now(),
        };
        self.map().insert(desktop_id.clone(), w);
    }

    /// Forgets a desktop (its agent was found silent).
    pub fn forget(&self, desktop_id: &DesktopId) {
        self.map().remove(desktop_id);
    }

    /// Drops what no longer spares a write; returns how many entries are kept.
    pub fn prune(&self) -> usize {
        let persist = self.persist_every();
        let mut map = self.map();
        map.retain(|_, w| w.at.elapsed() < persist);
        map.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(host: &str) -> AgentFields {
        AgentFields {
            agent_os_type: Some("linux".into()),
            agent_os_distro: Some("ubuntu".into()),
            agent_os_version: Some("24.04".into()),
            agent_hostname: Some(host.into()),
            agent_version: None,
        }
    }

    #[test]
    fn the_same_report_is_spared_until_the_persistence_interval_ends() {
        let p = Presence::new(Duration::from_secs(3));
        let (a, b) = (fingerprint(&fields("a")), fingerprint(&fields("b")));
        assert_ne!(a, b);
        let (d, other) = (DesktopId::new(), DesktopId::new());
        assert!(!p.fresh(&d, a), "nothing written yet");
        p.written(&d, a);
        assert!(p.fresh(&d, a));
        assert!(!p.fresh(&d, b), "a changed report is written");
        assert!(!p.fresh(&other, a));
        std::thread::sleep(p.persist_every());
        assert!(!p.fresh(&d, a), "written again once the interval passed");
        assert_eq!(p.prune(), 0);
        p.written(&d, a);
        p.forget(&d);
        assert!(!p.fresh(&d, a));
    }

    #[test]
    fn periods_follow_the_window() {
        let p = Presence::new(Duration::from_secs(180));
        assert_eq!(p.persist_every(), Duration::from_secs(90));
        assert_eq!(p.sweep_every(), Duration::from_secs(30));
        let p = Presence::new(Duration::from_secs(2));
        assert_eq!(p.sweep_every(), Duration::from_millis(500));
        assert_eq!(Presence::new(Duration::ZERO).window(), Duration::from_secs(1));
    }
}
