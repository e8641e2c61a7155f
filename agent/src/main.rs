//! Mole, the reference xspace agent: runs inside a desktop, reads the real OS of the machine, and
//! reports it to the xspace server with the desktop's agent token, every interval, until stopped.
//! See the README's "The agent (Mole)".

mod args;
mod backoff;
mod client;
mod os;
mod run;
mod stop;
mod token;

use std::process::ExitCode;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let args = match args::parse(&argv, &|k| std::env::var(k).ok()) {
        Ok(a) => a,
        Err(why) if why.is_empty() => {
            println!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(why) => {
            eprintln!("mole: {why}\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match start(&args) {
        Ok(code) => code,
        Err(why) => {
            eprintln!("mole: {why}");
            ExitCode::from(2)
        }
    }
}

/// Checks what can be checked before the first report, then runs.
fn start(args: &args::Args) -> Result<ExitCode, String> {
    // A token file anyone may read is refused at start, not retried.
    token::read(&args.token)?;
    let ca = match &args.ca_file {
        Some(p) => Some(std::fs::read(p).map_err(|e| format!("cannot read the CA file {}: {e}", p.display()))?),
        None => None,
    };
    let client = client::Client::new(&args.url, ca.as_deref())?;
    if args.once {
        return Ok(if run::once(args, &client) {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let stop = stop::Stop::on_signals()?;
    run::forever(args, &client, &stop);
    Ok(ExitCode::SUCCESS)
}
