//! The agent's loop: read the token and the OS, report, wait; say what changed, once.
//!
//! Logs go to standard error (the journal, under systemd). A state is logged when it begins —
//! reporting, the token refused, the server unreachable, the token or OS unreadable — and not
//! again while it lasts, so an agent that cannot report for a week writes one line, not one per
//! attempt. The token never appears in a log.

use crate::args::Args;
use crate::backoff::Waits;
use crate::client::{Client, Outcome};
use crate::stop::Stop;
use crate::{os, token};

/// What the last attempt found.
#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Starting,
    Reporting,
    Refused,
    Failing,
    Unreadable(String),
}

fn log(line: &str) {
    eprintln!("mole: {line}");
}

/// One attempt: the outcome, or why none was made.
fn attempt(args: &Args, client: &Client) -> Result<Outcome, String> {
    let token = token::read(&args.token)?;
    let os = os::detect(&args.os_release)?;
    Ok(client.report(&token, &os))
}

/// `--once`: one report; whether it went through (said on standard error either way).
pub fn once(args: &Args, client: &Client) -> bool {
    match attempt(args, client) {
        Ok(Outcome::Reported) => {
            log(&format!("reported to {}", args.url));
            true
        }
        Ok(Outcome::Refused(why)) => {
            log(&format!("the server refused the agent token ({why})"));
            false
        }
        Ok(Outcome::Failed(why)) => {
            log(&format!("not reported: {why}"));
            false
        }
        Err(why) => {
            log(&format!("not reported: {why}"));
            false
        }
    }
}

/// Reports until stopped.
pub fn forever(args: &Args, client: &Client, stop: &Stop) {
    let mut waits = Waits::new(args.interval, args.max_backoff);
    let mut state = State::Starting;
    loop {
        let (next, wait) = match attempt(args, client) {
            Ok(Outcome::Reported) => (State::Reporting, waits.after_success()),
            Ok(Outcome::Refused(why)) => {
                if state != State::Refused {
                    log(&format!(
                        "the server refused the agent token ({why}): it was re-issued or its desktop \
                         deleted; put the new token from issueAgentToken in place. Retrying quietly \
                         with back-off (up to {} s)",
                        args.max_backoff.as_secs()
                    ));
                }
                (State::Refused, waits.after_failure())
            }
            Ok(Outcome::Failed(why)) => {
                if state != State::Failing {
                    log(&format!("cannot report: {why}; retrying with back-off"));
                }
                (State::Failing, waits.after_failure())
            }
            Err(why) => {
                if state != State::Unreadable(why.clone()) {
                    log(&format!("cannot report: {why}; retrying with back-off"));
                }
                (State::Unreadable(why), waits.after_failure())
            }
        };
        if next == State::Reporting && state != State::Reporting {
            let again = if state == State::Starting { "" } else { " again" };
            log(&format!("reporting{again} to {} every {:?}", args.url, args.interval));
        }
        state = next;
        if stop.wait(wait) {
            log("stopping");
            return;
        }
    }
}
