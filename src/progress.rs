//! Progress for a run: an indicatif bar (pages, MB/s, ETA) when stderr is a terminal,
//! plain log lines every few seconds otherwise, nothing with `--quiet`.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use vacex_core::pipeline::Progress;

pub enum RunProgress {
    Bar(ProgressBar, AtomicU64),
    Log {
        pages: AtomicU64,
        bytes: AtomicU64,
        total: AtomicU64,
        started: Instant,
        last: Mutex<Instant>,
    },
    Silent,
}

impl RunProgress {
    pub fn new(quiet: bool) -> RunProgress {
        if quiet {
            RunProgress::Silent
        } else if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr_with_hz(8));
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}")
                    .expect("progress template")
                    .progress_chars("=> "),
            );
            RunProgress::Bar(bar, AtomicU64::new(0))
        } else {
            let now = Instant::now();
            RunProgress::Log {
                pages: AtomicU64::new(0),
                bytes: AtomicU64::new(0),
                total: AtomicU64::new(0),
                started: now,
                last: Mutex::new(now),
            }
        }
    }
}

impl Progress for RunProgress {
    fn begin(&self, files: usize, total_bytes: u64) {
        match self {
            RunProgress::Bar(bar, _) => bar.set_length(total_bytes),
            RunProgress::Log { total, .. } => {
                total.store(total_bytes, Ordering::Relaxed);
                tracing::info!(files, mb = total_bytes / 1_000_000, "reading inputs");
            }
            RunProgress::Silent => {}
        }
    }

    fn advance(&self, new_pages: u64, new_bytes: u64) {
        match self {
            RunProgress::Bar(bar, pages) => {
                let p = pages.fetch_add(new_pages, Ordering::Relaxed) + new_pages;
                bar.set_message(format!("{p} pages"));
                bar.inc(new_bytes);
            }
            RunProgress::Log {
                pages,
                bytes,
                total,
                started,
                last,
            } => {
                let p = pages.fetch_add(new_pages, Ordering::Relaxed) + new_pages;
                let b = bytes.fetch_add(new_bytes, Ordering::Relaxed) + new_bytes;
                let mut last = last.lock().expect("progress lock");
                if last.elapsed() >= Duration::from_secs(10) {
                    *last = Instant::now();
                    let secs = started.elapsed().as_secs_f64().max(0.001);
                    tracing::info!(
                        pages = p,
                        mb = b / 1_000_000,
                        of_mb = total.load(Ordering::Relaxed) / 1_000_000,
                        mb_per_s = format!("{:.1}", b as f64 / 1e6 / secs),
                        "progress"
                    );
                }
            }
            RunProgress::Silent => {}
        }
    }

    fn phase(&self, name: &str) {
        match self {
            RunProgress::Bar(bar, _) => bar.set_message(name.to_string()),
            RunProgress::Log { .. } => tracing::info!("{name}"),
            RunProgress::Silent => {}
        }
    }

    fn end(&self) {
        if let RunProgress::Bar(bar, _) = self {
            bar.finish_and_clear();
        }
    }
}
