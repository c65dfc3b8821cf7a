//! Log lines on stderr through `tracing`: `--quiet` keeps warnings only,
//! `RUST_LOG` overrides; never colour when stderr is not a terminal (cron, Airflow).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

pub fn init(quiet: bool, verbose: bool) {
    let default = if quiet {
        "warn"
    } else if verbose {
        "debug"
    } else {
        "info"
    };
    // html5ever reports every parse quirk of real pages through `log`: not ours to show.
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new(format!(
            "{default},html5ever=off,markup5ever=off,selectors=off"
        ))
    });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}
