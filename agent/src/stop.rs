//! SIGTERM and SIGINT (Ctrl-C, or the service manager stopping it on Windows) end the agent at
//! once, even in the middle of a wait.

use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

/// Set once a signal came; wakes whoever waits.
#[derive(Clone, Default)]
pub struct Stop(Arc<(Mutex<bool>, Condvar)>);

impl Stop {
    /// A stop that the process's termination signals trigger.
    pub fn on_signals() -> Result<Self, String> {
        let stop = Self::default();
        let handler = stop.clone();
        ctrlc::set_handler(move || handler.trigger()).map_err(|e| format!("cannot handle signals: {e}"))?;
        Ok(stop)
    }

    /// Asks the agent to stop.
    pub fn trigger(&self) {
        let (flag, wake) = &*self.0;
        *flag.lock().unwrap_or_else(PoisonError::into_inner) = true;
        wake.notify_all();
    }

    /// Waits `d` or until stopped; whether to stop.
    pub fn wait(&self, d: Duration) -> bool {
        let (flag, wake) = &*self.0;
        let guard = flag.lock().unwrap_or_else(PoisonError::into_inner);
        let (stopped, _) = wake
            .wait_timeout_while(guard, d, |stopped| !*stopped)
            .unwrap_or_else(PoisonError::into_inner);
        *stopped
    }
}
