//! Waits between reports: the interval with ±10 % jitter (so desktops started together do not
//! report together for ever), and after failures a jittered exponential back-off up to a limit.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// First wait after a failure.
const FIRST: Duration = Duration::from_secs(1);

/// The waits of one agent.
pub struct Waits {
    interval: Duration,
    max: Duration,
    failures: u32,
    rng: u64,
}

impl Waits {
    /// Waits of `interval` between reports, at most `max` after failures.
    pub fn new(interval: Duration, max: Duration) -> Self {
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let seed = (nanos as u64) ^ (u64::from(std::process::id()) << 32) | 1;
        Self {
            interval,
            max: max.max(FIRST),
            failures: 0,
            rng: seed,
        }
    }

    /// A number in [0, 1) (xorshift: jitter needs no better).
    fn unit(&mut self) -> f64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng >> 11) as f64 / (1u64 << 53) as f64
    }

    /// After a report went through: the interval, ±10 %.
    pub fn after_success(&mut self) -> Duration {
        self.failures = 0;
        self.interval.mul_f64(0.9 + 0.2 * self.unit())
    }

    /// After a failure: twice the last wait, up to the limit, then between half and all of it.
    pub fn after_failure(&mut self) -> Duration {
        let doubled = FIRST.saturating_mul(1u32 << self.failures.min(20));
        self.failures = self.failures.saturating_add(1);
        doubled.min(self.max).mul_f64(0.5 + 0.5 * self.unit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_back_off_up_to_the_limit_and_success_resets() {
        let mut w = Waits::new(Duration::from_secs(60), Duration::from_secs(300));
        let waits: Vec<Duration> = (0..12).map(|_| w.after_failure()).collect();
        assert!(waits[0] <= Duration::from_secs(1) && waits[0] >= Duration::from_millis(500));
        assert!(waits[3] >= Duration::from_secs(4) && waits[3] <= Duration::from_secs(8));
        assert!(waits.iter().all(|d| *d <= Duration::from_secs(300)));
        assert!(waits[11] >= Duration::from_secs(150));
        let ok = w.after_success();
        assert!(ok >= Duration::from_secs(54) && ok <= Duration::from_secs(66), "{ok:?}");
        assert!(
            w.after_failure() <= Duration::from_secs(1),
            "success starts the back-off over"
        );
    }
}
