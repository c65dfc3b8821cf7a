//! The `vacex` binary: parses flags, loads the config, draws progress, prints
//! results and turns outcomes into exit codes. All the work is in `vacex-core`.

mod cli;
mod logging;
mod progress;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
