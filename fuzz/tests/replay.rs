//! The fuzz targets as an ordinary test, for machines without a nightly toolchain
//! and for CI: every seed (plus `corpus/<target>/` and `regressions/<target>/` when
//! present) and then deterministic mutations of them (fixed seed, so every run tries
//! the same inputs), within a per-target budget of inputs and time.
//!
//!     cargo test --release                        # 3000 mutations or 90 s per target
//!     VACEX_FUZZ_ITERS=50000 VACEX_FUZZ_SECS=600 cargo test --release
//!     cargo test --release -- --ignored write_seed_corpus   # seeds into corpus/ for cargo fuzz
//!
//! A panic fails the test after the budget is spent, listing every failing input;
//! each is saved under `artifacts/<target>/replay-*` for `cargo fuzz run <target> FILE`.
//! A single input that runs longer than `VACEX_FUZZ_HANG_SECS` (60) is saved the same
//! way and aborts the run: a hang.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// xorshift64*: small, fixed, good enough to pick mutations.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Tokens that matter to the parsers.
const TOKENS: [&[u8]; 40] = [
    b"<div>",
    b"</div>",
    b"<p>",
    b"<h1>",
    b"</h1>",
    b"<li>",
    b"<table><tr><td>",
    b"<b><i>",
    b"<script type=\"application/ld+json\">",
    b"</script>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"<meta charset=\"",
    b"windows-1252",
    b"utf-16",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xff",
    b"\xe2\x82\xac",
    b"\x80",
    b"\0",
    b"{\"@type\":\"JobPosting\",",
    b"\"title\":",
    b"[[[[",
    b"}}}",
    b"\r\n\r\n",
    b"\n",
    b"WARC/1.0\r\n",
    b"Content-Length: ",
    b"999999999999",
    b"-1",
    b"Transfer-Encoding: chunked\r\n",
    b"Content-Encoding: gzip\r\n",
    b" uur",
    b"\xe2\x82\xac ",
    b"3.735,55",
    b" - ",
    b"schaal ",
    b"Contactpersoon\n",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = out.len();
        match rng.below(9) {
            0 if len > 0 => {
                let i = rng.below(len);
                out[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                out[i] = rng.next() as u8;
            }
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let i = rng.below(len + 1);
                out.splice(i..i, t.iter().copied());
            }
            3 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64.min(len - a))).min(len);
                out.drain(a..b);
            }
            4 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(256.min(len - a))).min(len);
                let piece = out[a..b].to_vec();
                let at = rng.below(len + 1);
                for _ in 0..1 + rng.below(8) {
                    out.splice(at..at, piece.iter().copied());
                }
            }
            5 if len > 0 => out.truncate(rng.below(len)),
            6 => {
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let a = rng.below(other.len());
                    let b = (a + 1 + rng.below(512)).min(other.len());
                    let at = rng.below(len + 1);
                    out.splice(at..at, other[a..b].iter().copied());
                }
            }
            7 if len > 0 => {
                // Repeat a token many times: nesting and long runs.
                let t = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(len + 1);
                let n = 1 + rng.below(2000);
                let run: Vec<u8> = t.iter().copied().cycle().take(t.len() * n).collect();
                out.splice(at..at, run);
            }
            _ => {
                let i = rng.below(len + 1);
                out.insert(i, rng.next() as u8);
            }
        }
    }
    out.truncate(256 * 1024);
    out
}

fn files_in(path: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn save(target: &str, what: &str, data: &[u8]) -> PathBuf {
    let dir = dir().join("artifacts").join(target);
    std::fs::create_dir_all(&dir).unwrap();
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let path = dir.join(format!("replay-{what}-{hash:016x}"));
    std::fs::write(&path, data).unwrap();
    path
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let msg = info.to_string();
            LAST_PANIC.with(|p| *p.borrow_mut() = msg);
        }));
    });
}

fn replay(target: &str) {
    quiet_panics();
    let f = vacex_fuzz::target(target);
    let mut seeds = vacex_fuzz::seeds(target);
    seeds.extend(files_in(&dir().join("corpus").join(target)));
    let regressions = files_in(&dir().join("regressions").join(target));
    let iters = env_num("VACEX_FUZZ_ITERS", 3000);
    let budget = Duration::from_secs(env_num("VACEX_FUZZ_SECS", 90));
    let hang = Duration::from_secs(env_num("VACEX_FUZZ_HANG_SECS", 60));

    // Watchdog: the input being run and since when.
    let current: Arc<Mutex<Vec<u8>>> = Arc::default();
    let started_ms = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let epoch = Instant::now();
    {
        let (current, started_ms, done) = (current.clone(), started_ms.clone(), done.clone());
        let target = target.to_string();
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(200));
                let since = started_ms.load(Ordering::Relaxed);
                let now = epoch.elapsed().as_millis() as u64;
                if since > 0 && now.saturating_sub(since) > hang.as_millis() as u64 {
                    let data = current.lock().map(|d| d.clone()).unwrap_or_default();
                    let path = save(&target, "hang", &data);
                    eprintln!(
                        "{target}: an input ran over {hang:?} (a hang), saved as {}",
                        path.display()
                    );
                    std::process::abort();
                }
            }
        });
    }

    let mut failures: Vec<(String, usize, String)> = Vec::new();
    let mut slow: Vec<(Duration, PathBuf)> = Vec::new();
    let mut runs = 0u64;
    let mut run_one = |data: &[u8], failures: &mut Vec<(String, usize, String)>| {
        *current.lock().unwrap() = data.to_vec();
        started_ms.store(epoch.elapsed().as_millis().max(1) as u64, Ordering::Relaxed);
        let t = Instant::now();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(data)));
        let took = t.elapsed();
        started_ms.store(0, Ordering::Relaxed);
        runs += 1;
        if result.is_err() {
            let msg = LAST_PANIC.with(|p| p.borrow().clone());
            let place = msg.lines().next().unwrap_or("").to_string();
            let path = save(target, "crash", data);
            failures.push((
                place,
                data.len(),
                format!(
                    "{} ({} bytes): {}",
                    path.display(),
                    data.len(),
                    msg.replace('\n', " ")
                ),
            ));
        }
        if took > Duration::from_secs(1) {
            slow.push((took, save(target, "slow", data)));
        }
    };
    for data in regressions.iter().chain(&seeds) {
        run_one(data, &mut failures);
    }
    let mut rng = Rng(0x5eed_0000_0000_0001 ^ target.len() as u64);
    let start = Instant::now();
    let mut mutated = 0u64;
    while mutated < iters && start.elapsed() < budget && !seeds.is_empty() {
        let base = &seeds[rng.below(seeds.len())];
        let data = mutate(&mut rng, &seeds, base);
        run_one(&data, &mut failures);
        mutated += 1;
    }
    done.store(true, Ordering::Relaxed);
    eprintln!(
        "{target}: {runs} inputs ({} seeds, {} regressions, {mutated} mutations) in {:?}; {} failure(s), {} slow unit(s) over 1 s",
        seeds.len(),
        regressions.len(),
        start.elapsed(),
        failures.len(),
        slow.len()
    );
    for (took, path) in &slow {
        eprintln!("  slow: {took:?} {}", path.display());
    }
    // One line per distinct panic location, with the smallest input that hit it.
    let mut by_place: std::collections::BTreeMap<String, (usize, String)> = Default::default();
    for (place, len, line) in &failures {
        let e = by_place
            .entry(place.clone())
            .or_insert((usize::MAX, String::new()));
        if *len < e.0 {
            *e = (*len, line.clone());
        }
    }
    assert!(
        failures.is_empty(),
        "{target}: {} failing input(s), {} distinct panic(s):\n{}",
        failures.len(),
        by_place.len(),
        by_place
            .values()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn decode() {
    replay("decode");
}

#[test]
fn extract() {
    replay("extract");
}

#[test]
fn jsonl_reader() {
    replay("jsonl_reader");
}

#[test]
fn warc_reader() {
    replay("warc_reader");
}

#[test]
fn normalize() {
    replay("normalize");
}

/// Writes the seeds into `corpus/<target>/` for `cargo fuzz run`.
#[test]
#[ignore]
fn write_seed_corpus() {
    for target in vacex_fuzz::TARGETS {
        let dir = dir().join("corpus").join(target);
        std::fs::create_dir_all(&dir).unwrap();
        for (i, seed) in vacex_fuzz::seeds(target).iter().enumerate() {
            std::fs::write(dir.join(format!("seed-{i:03}")), seed).unwrap();
        }
    }
}
