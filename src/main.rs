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

/// `mi_option_purge_delay` in mimalloc.h (v3, as libmimalloc-sys 0.1.49 builds it):
/// milliseconds before freed memory is returned to the kernel. libmimalloc-sys names
/// no constant for it.
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
    // No transparent huge pages: a run's buffers come and go, and with huge pages each
    // 2 MiB the allocator takes again is zeroed by the kernel as a whole. 10,000 pages
    // on two threads peaked at 162-169 MB instead of 218-225 MB, in the same time
    // (BENCHMARKS.md). mimalloc reads its own option for this before `main`, so the
    // kernel is told; MIMALLOC_ALLOW_THP in the environment still wins.
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        disable_transparent_huge_pages();
    }
    cli::main()
}

/// Asks the kernel not to back this process with transparent huge pages (Linux; a
/// no-op elsewhere). Pages already mapped huge stay so; the memory taken from here on
/// does not.
fn disable_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and only sets a flag on
        // this process; a kernel that refuses leaves huge pages as they were.
        let refused = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) } != 0;
        if refused {
            tracing::debug!("transparent huge pages stay on: prctl refused");
        }
    }
}

/// Returns the memory this thread's mimalloc heap has freed but kept. The run calls it
/// on its reader, writer and worker threads when the pages are done and on the main
/// thread before the merge: a thread that falls idle or ends would otherwise hold its
/// freed pages under the merge (BENCHMARKS.md, "Memory hand-back and the purge delay").
pub(crate) fn release_thread_memory() {
    // SAFETY: mi_collect only walks and purges the calling thread's own heap.
    unsafe { libmimalloc_sys::mi_collect(true) };
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn the_process_is_kept_off_transparent_huge_pages() {
        let flag = || {
            std::fs::read_to_string("/proc/self/status")
                .expect("/proc/self/status")
                .lines()
                .find_map(|l| l.strip_prefix("THP_enabled:").map(|v| v.trim().to_string()))
        };
        // Kernels before 5.0 do not report the flag; there is nothing to check.
        if flag().is_none() {
            return;
        }
        super::disable_transparent_huge_pages();
        assert_eq!(flag().as_deref(), Some("0"));
    }
}
