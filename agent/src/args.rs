//! The command line and environment: flags win over `MOLE_*` variables.

use std::path::PathBuf;
use std::time::Duration;

/// Where the agent token comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    /// A file, mode 0600 or narrower (re-read before every report, so a re-issued token is
    /// picked up without a restart).
    File(PathBuf),
    /// `MOLE_TOKEN`.
    Env,
}

/// How the agent runs.
#[derive(Debug, Clone)]
pub struct Args {
    /// The server's GraphQL endpoint.
    pub url: String,
    /// Where the token comes from.
    pub token: TokenSource,
    /// Time between reports.
    pub interval: Duration,
    /// Longest wait between attempts after failures.
    pub max_backoff: Duration,
    /// The `os-release` file (Linux).
    pub os_release: PathBuf,
    /// Extra CA certificates (PEM) trusted for an `https` server.
    pub ca_file: Option<PathBuf>,
    /// Report once and exit.
    pub once: bool,
}

/// How to run it.
pub const USAGE: &str = "usage: mole --server URL [--token-file PATH] [--interval SECONDS] [--once]
            [--os-release PATH] [--max-backoff SECONDS] [--ca-file PEM]

  --server URL         the xspace server, e.g. https://xspace.example.com (MOLE_SERVER)
  --token-file PATH    the desktop's agent token, mode 0600 or narrower (MOLE_TOKEN_FILE);
                       without it, the token is read from MOLE_TOKEN
  --interval SECONDS   time between reports, default 60 (MOLE_INTERVAL); the server's window
                       (XSPACE_AGENT_WINDOW_SECONDS, default 180) should be three of these
  --once               report once and exit: 0 reported, 1 not (for image builders)
  --os-release PATH    the os-release file to read, default /etc/os-release (Linux)
  --max-backoff SECS   longest wait between attempts after failures, default 300 (MOLE_MAX_BACKOFF)
  --ca-file PEM        CA certificates trusted for an https server besides the built-in roots
                       (MOLE_CA_FILE)";

fn seconds(name: &str, v: &str) -> Result<Duration, String> {
    match v.trim().parse::<f64>() {
        Ok(s) if s.is_finite() && s > 0.0 && s <= 86_400.0 => Ok(Duration::from_secs_f64(s)),
        _ => Err(format!(
            "{name} must be a number of seconds between 0 and 86400, not {v:?}"
        )),
    }
}

/// Reads the arguments (without the program name) and `env` (a lookup of the environment).
pub fn parse(args: &[String], env: &dyn Fn(&str) -> Option<String>) -> Result<Args, String> {
    let env = |k: &str| env(k).filter(|v| !v.trim().is_empty());
    let mut server = env("MOLE_SERVER");
    let mut token_file = env("MOLE_TOKEN_FILE").map(PathBuf::from);
    let mut interval = env("MOLE_INTERVAL");
    let mut max_backoff = env("MOLE_MAX_BACKOFF");
    let mut ca_file = env("MOLE_CA_FILE").map(PathBuf::from);
    let mut os_release = PathBuf::from("/etc/os-release");
    let mut once = false;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (flag.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name {
            "--server" => server = Some(value()?),
            "--token-file" => token_file = Some(PathBuf::from(value()?)),
            "--interval" => interval = Some(value()?),
            "--max-backoff" => max_backoff = Some(value()?),
            "--os-release" => os_release = PathBuf::from(value()?),
            "--ca-file" => ca_file = Some(PathBuf::from(value()?)),
            "--once" => once = true,
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let server = server.ok_or("--server (or MOLE_SERVER) is required")?;
    let base = server.trim().trim_end_matches('/');
    if !(base.starts_with("http://") || base.starts_with("https://")) {
        return Err(format!("--server must be an http:// or https:// URL, not {server:?}"));
    }
    let url = if base.ends_with("/graphql") {
        base.to_owned()
    } else {
        format!("{base}/graphql")
    };
    let token = match token_file {
        Some(path) => TokenSource::File(path),
        None if env("MOLE_TOKEN").is_some() => TokenSource::Env,
        None => return Err("the agent token is needed: --token-file PATH (or MOLE_TOKEN_FILE) or MOLE_TOKEN".into()),
    };
    Ok(Args {
        url,
        token,
        interval: seconds("--interval", interval.as_deref().unwrap_or("60"))?,
        max_backoff: seconds("--max-backoff", max_backoff.as_deref().unwrap_or("300"))?,
        os_release,
        ca_file,
        once,
    })
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "tests")]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn flags_win_over_the_environment() {
        let env = |k: &str| match k {
            "MOLE_SERVER" => Some("http://env:1".to_owned()),
            "MOLE_TOKEN" => Some("xsa_x".to_owned()),
            _ => None,
        };
        let a = parse(
            &args(&["--server=https://x.example/", "--interval", "0.5", "--once"]),
            &env,
        )
        .unwrap();
        assert_eq!(a.url, "https://x.example/graphql");
        assert_eq!(a.token, TokenSource::Env);
        assert_eq!(a.interval, Duration::from_millis(500));
        assert!(a.once);
        let a = parse(&args(&["--token-file", "/t"]), &env).unwrap();
        assert_eq!(a.url, "http://env:1/graphql");
        assert_eq!(a.token, TokenSource::File("/t".into()));
        assert_eq!(a.max_backoff, Duration::from_secs(300));
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        let none = |_: &str| None;
        assert!(
            parse(&args(&["--token-file", "/t"]), &none)
                .unwrap_err()
                .contains("--server")
        );
        assert!(parse(&args(&["--server", "x"]), &none).unwrap_err().contains("http"));
        assert!(
            parse(&args(&["--server", "http://x"]), &none)
                .unwrap_err()
                .contains("token")
        );
        let e = parse(
            &args(&["--server", "http://x", "--token-file", "/t", "--interval", "0"]),
            &none,
        );
        assert!(e.unwrap_err().contains("--interval"));
        assert!(parse(&args(&["--bogus"]), &none).unwrap_err().contains("--bogus"));
    }
}
