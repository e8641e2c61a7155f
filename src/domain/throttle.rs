//! Login throttling: at most 10 failed logins per account per 5 minutes and per client
//! address per minute, then `RATE_LIMITED` with a Retry-After. Only failures count, and they age
//! out, so an attacker can hold a real user off for five minutes at the most.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A sliding window of failures per key.
struct Window {
    limit: usize,
    span: Duration,
    failures: HashMap<String, VecDeque<Instant>>,
}

impl Window {
    fn new(limit: usize, span: Duration) -> Self {
        Self {
            limit,
            span,
            failures: HashMap::new(),
        }
    }

    /// How long until `key` may try again, if it is over the limit now.
    fn wait(&mut self, key: &str, now: Instant) -> Option<Duration> {
        let q = self.failures.get_mut(key)?;
        while q.front().is_some_and(|t| now.duration_since(*t) >= self.span) {
            q.pop_front();
        }
        if q.len() < self.limit {
            return None;
        }
        q.front()
            .map(|oldest| self.span.saturating_sub(now.duration_since(*oldest)))
    }

    fn fail(&mut self, key: String, now: Instant) {
        if self.failures.len() > 100_000 {
            let span = self.span;
            self.failures
                .retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < span));
        }
        self.failures.entry(key).or_default().push_back(now);
    }
}

/// Failed-login counters by account and by client address.
pub struct LoginThrottle {
    inner: Mutex<(Window, Window)>,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        Self::new(10, Duration::from_secs(300), 10, Duration::from_secs(60))
    }
}

impl LoginThrottle {
    /// `per_account` failures per `account_span`, `per_addr` per `addr_span`.
    pub fn new(per_account: usize, account_span: Duration, per_addr: usize, addr_span: Duration) -> Self {
        Self {
            inner: Mutex::new((Window::new(per_account, account_span), Window::new(per_addr, addr_span))),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (Window, Window)> {
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether an attempt may go ahead; otherwise how long to wait.
    pub fn check(&self, account: &str, addr: Option<IpAddr>) -> Result<(), Duration> {
        let now = Instant::now();
        let mut guard = self.lock();
        let (accounts, addrs) = &mut *guard;
        let a = accounts.wait(account, now);
        let b = addr.and_then(|ip| addrs.wait(&ip.to_string(), now));
        match a.into_iter().chain(b).max() {
            Some(wait) => Err(wait.max(Duration::from_secs(1))),
            None => Ok(()),
        }
    }

    /// Whether an attempt from `addr` that names no account (an API token) may go ahead.
    pub fn check_addr(&self, addr: Option<IpAddr>) -> Result<(), Duration> {
        let Some(ip) = addr else { return Ok(()) };
        match self.lock().1.wait(&ip.to_string(), Instant::now()) {
            Some(wait) => Err(wait.max(Duration::from_secs(1))),
            None => Ok(()),
        }
    }

    /// Counts a failed attempt that names no account (a wrong API token) against `addr`.
    pub fn fail_addr(&self, addr: Option<IpAddr>) {
        if let Some(ip) = addr {
            self.lock().1.fail(ip.to_string(), Instant::now());
        }
    }

    /// Counts a failed attempt.
    pub fn fail(&self, account: &str, addr: Option<IpAddr>) {
        let now = Instant::now();
        let mut guard = self.lock();
        let (accounts, addrs) = &mut *guard;
        accounts.fail(account.to_owned(), now);
        if let Some(ip) = addr {
            addrs.fail(ip.to_string(), now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_eleventh_failure_waits_and_other_accounts_do_not() {
        let t = LoginThrottle::default();
        let ip: IpAddr = [10, 0, 0, 1].into();
        for _ in 0..10 {
            assert!(t.check("acme/bob", None).is_ok());
            t.fail("acme/bob", None);
        }
        let wait = t.check("acme/bob", None).err();
        assert!(wait.is_some_and(|w| w <= Duration::from_secs(300)));
        assert!(t.check("acme/alice", Some(ip)).is_ok());
    }

    #[test]
    fn an_address_is_limited_across_accounts() {
        let t = LoginThrottle::new(100, Duration::from_secs(300), 3, Duration::from_secs(60));
        let ip: IpAddr = [10, 0, 0, 2].into();
        for i in 0..3 {
            t.fail(&format!("u{i}"), Some(ip));
        }
        assert!(t.check("someone-else", Some(ip)).is_err());
        assert!(t.check("someone-else", None).is_ok());
    }
}
