//! dedup-memory: how much memory the dedup state of the merge takes at N vacancies.
//!
//! ```text
//! dedup-memory [--observations N]     (default 10,000,000)
//! ```
//!
//! Feeds N synthetic observations into the real `vacex_core::dedup::DedupIndex`, the
//! way `merge` does: a 64-value MinHash signature, the facts (title, employer, place,
//! reference, dates, hours) and the two keys (reference key, content hash) of each,
//! then the tier-3 pass (LSH candidate pairs, fact agreement, similarity, unions) and
//! the per-observation group state merge keeps (vacancy slot and field winners, tier
//! flags). 70 % of the observations are new vacancies, 30 % cross-posts of a recent
//! one (a quarter of the signature rewritten, the reference often missing); titles,
//! employers and places come from vocabularies the size of the Dutch public sector's.
//! Prints the index's own byte count and the process's peak RSS (VmHWM).

use std::process::ExitCode;
use std::time::Instant;

use vacex_core::dedup::{Agreement, DedupIndex, Facts, MINHASH_PERMUTATIONS};

const USAGE: &str = "usage: dedup-memory [--observations N]";

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The synthetic vacancy an observation shows.
struct SyntheticVacancy {
    id: u64,
    cross_post: bool,
}

fn signature(v: &SyntheticVacancy, observation: u64, out: &mut Vec<u32>) {
    out.clear();
    for k in 0..MINHASH_PERMUTATIONS as u64 {
        // A cross-post rewrites about a quarter of the text.
        let own = v.cross_post && mix(observation * 131 + k).is_multiple_of(4);
        let seed = if own { observation ^ 0xabcd } else { v.id };
        out.push(mix(seed * 64 + k) as u32);
    }
}

fn facts(v: &SyntheticVacancy, observation: u64) -> Facts {
    let h = mix(v.id);
    let functions = [
        "beleidsmedewerker",
        "adviseur",
        "projectleider",
        "medewerker",
        "teamleider",
        "jurist",
        "ontwikkelaar",
        "analist",
    ];
    let title = format!(
        "{}{}{}",
        functions[(h % functions.len() as u64) as usize],
        [
            "ruimtelijkeordening",
            "burgerzaken",
            "financien",
            "ict",
            "sociaaldomein"
        ][(h >> 8) as usize % 5],
        (h >> 16) % 400
    );
    let day = 20_000 + (h >> 24) as i32 % 700;
    let has_reference = !v.cross_post || mix(observation).is_multiple_of(3);
    Facts {
        title: title.into_boxed_str(),
        employer: format!("gemeente{}", (h >> 32) % 3000).into_boxed_str(),
        place: format!("gm{:04}", (h >> 40) % 342).into_boxed_str(),
        reference: if has_reference {
            format!("vac{}", v.id).into_boxed_str()
        } else {
            Box::from("")
        },
        posted: day,
        closing: day + 28,
        hours_max: Some([32.0, 36.0, 38.0, 40.0][(h >> 48) as usize % 4]),
    }
}

fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() -> ExitCode {
    let mut n: u64 = 10_000_000;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        match (
            flag.as_str(),
            args.next().and_then(|v| v.replace('_', "").parse().ok()),
        ) {
            ("--observations", Some(value)) => n = value,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let baseline = peak_rss_bytes().unwrap_or(0);
    let start = Instant::now();
    let mut index = DedupIndex::with_capacity(n as usize);
    let mut vacancies = 0u64;
    let mut sig = Vec::with_capacity(MINHASH_PERMUTATIONS);
    for i in 0..n {
        let cross_post = vacancies > 0 && mix(i ^ 0x5151) % 10 < 3;
        let id = if cross_post {
            vacancies - 1 - mix(i) % vacancies.min(1000)
        } else {
            vacancies += 1;
            vacancies - 1
        };
        let v = SyntheticVacancy { id, cross_post };
        signature(&v, i, &mut sig);
        let facts = facts(&v, i);
        let at = index.push(&sig, &facts);
        if !facts.reference.is_empty() {
            index.join_on_key(at, &format!("ref:{}:{}", facts.employer, facts.reference));
        }
        index.join_on_key(
            at,
            &format!(
                "hash:{:016x}{:016x}{:016x}{:016x}",
                mix(i),
                mix(i + 1),
                mix(i + 2),
                mix(i + 3)
            ),
        );
    }
    let loaded = start.elapsed();
    // What merge keeps per observation beside the index: the group it joins and the
    // fields it wins (8 bytes), how it was joined (1 byte).
    let mut winners = vec![(0u32, 0u32); n as usize];
    let mut joined_by = vec![0u8; n as usize];
    let mut joined = 0u64;
    // As merge judges them: on all threads, the joins applied on this one.
    let judged = std::sync::atomic::AtomicU64::new(0);
    index.judge_candidate_pairs(
        |a, b, s| {
            judged.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let agree = index.agreement(a as usize, b as usize);
            ((agree == Agreement::Identical && s >= 0.2)
                || (agree == Agreement::Compatible && s >= 0.6))
                .then_some(())
        },
        |a, b, ()| {
            let (a, b) = (a as usize, b as usize);
            if index.union(a, b) {
                joined += 1;
                joined_by[a] |= 4;
                joined_by[b] |= 4;
            }
        },
    );
    let pairs = judged.into_inner();
    let mut groups = 0u64;
    for (i, winner) in winners.iter_mut().enumerate().take(n as usize) {
        let root = index.find(i);
        groups += u64::from(root == i);
        winner.0 = root as u32;
    }
    let heap = index.heap_bytes() + winners.capacity() * 8 + joined_by.capacity();
    let peak = peak_rss_bytes().unwrap_or(0);
    println!(
        "dedup-memory: {n} observations of {vacancies} synthetic vacancies -> {groups} groups \
         ({} candidate pairs judged, {joined} near-duplicate joins) in {:.1} s (loading {:.1} s)",
        pairs,
        start.elapsed().as_secs_f64(),
        loaded.as_secs_f64()
    );
    println!(
        "dedup-memory: index + merge state {:.0} MB ({:.0} bytes an observation); peak RSS {:.0} MB (process at start {:.0} MB); target < 4096 MB: {}",
        heap as f64 / 1048576.0,
        heap as f64 / n as f64,
        peak as f64 / 1048576.0,
        baseline as f64 / 1048576.0,
        if peak < 4096 * 1048576 { "met" } else { "not met" }
    );
    ExitCode::SUCCESS
}
