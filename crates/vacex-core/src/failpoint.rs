//! Named pause points for crash tests: when `VACEX_FAILPOINT` names a point, the run
//! announces it on stderr and stops there until it is killed, so a test can SIGKILL a
//! real run at an exact moment (mid-write, between renames, mid-merge). Without the
//! variable each point costs one comparison.

use std::sync::LazyLock;

static ARMED: LazyLock<Option<String>> = LazyLock::new(|| {
    std::env::var("VACEX_FAILPOINT")
        .ok()
        .filter(|s| !s.is_empty())
});

/// Pauses forever at `name` when it is the armed point.
pub fn pause(name: &str) {
    if ARMED.as_deref() == Some(name) {
        eprintln!("vacex: failpoint {name} reached");
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
}
