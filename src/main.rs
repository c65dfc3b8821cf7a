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

/// What mimalloc waits before it returns freed memory to the kernel, in ms. Returning
/// it at once (0) costs a page fault and a zeroed page for much of what is allocated
/// again: 10,000 pages took 4.02-4.07 s instead of 3.75-3.89 s, the merge of 100,000
/// observations 6.6 s instead of 4.8 s (BENCHMARKS.md). Idle threads keep what is not
/// yet returned, so the run hands it back explicitly (`release_thread_memory`)
/// before the merge.
const PURGE_DELAY_MS: std::ffi::c_long = 100;

fn main() -> ExitCode {
    // MIMALLOC_PURGE_DELAY in the environment still wins.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an integer option before any thread is spawned.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    cli::main()
}

/// Returns the memory this thread's mimalloc heap has freed but kept. The run calls it
/// on its reader, writer and worker threads when the pages are done and on the main
/// thread before the merge: a thread that falls idle or ends would otherwise hold its
/// freed pages under the merge (BENCHMARKS.md, "Memory hand-back and the purge delay").
pub(crate) fn release_thread_memory() {
    // SAFETY: mi_collect only walks and purges the calling thread's own heap.
    unsafe { libmimalloc_sys::mi_collect(true) };
}
