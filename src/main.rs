//! The `vacex` binary: parses flags, loads the config, draws progress, prints
//! results and turns outcomes into exit codes. All the work is in `vacex-core`.

mod cli;
mod logging;
mod progress;

use std::process::ExitCode;

/// mimalloc: a page's work is many short-lived strings and vectors, freed in bursts
/// on worker threads; it spends a few times less on them than the system allocator
/// and returns pages to the kernel less eagerly (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    cli::main()
}
