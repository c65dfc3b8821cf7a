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

/// `mi_option_purge_delay` in mimalloc.h (v2): milliseconds before freed memory is
/// returned to the kernel. libmimalloc-sys names no constant for it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> ExitCode {
    // Return freed pages at once: with the default delay a worker thread that falls
    // idle keeps what it freed, and the merge after the run then adds to it (333 MB
    // instead of 251 MB peak RSS at 100,000 pages; time within run-to-run noise).
    // MIMALLOC_PURGE_DELAY in the environment still wins.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an integer option before any thread is spawned.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
    cli::main()
}
