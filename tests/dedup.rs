//! Deduplication measured on the sample nights (`samples/nights`, ground truth in
//! `samples/dedup_truth.tsv`): pairwise precision and recall, and the promises that
//! make history trustworthy: rerunning, backfilling out of order and sharding all
//! give the same vacancies table.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin;

const NIGHTS: [&str; 3] = ["2025-11-03", "2025-11-04", "2025-11-05"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn vacex(args: &[&str]) {
    let out = Command::new(cargo_bin("vacex"))
        .current_dir(root())
        .arg("--quiet")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "vacex {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn run_night(out: &Path, night: &str, extra: &[&str]) {
    let input = root().join("samples/nights").join(night);
    let mut args = vec!["run", "--run-date", night, "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    args.push(input.to_str().unwrap());
    vacex(&args);
}

/// Groups of doc_ids as the vacancies table has them.
fn predicted_groups(out: &Path) -> Vec<BTreeSet<String>> {
    let text = fs::read(out.join("vacancies/vacancies.parquet")).unwrap();
    assert!(!text.is_empty());
    let rows = vacex_core::merge::read_observations(out).unwrap();
    let config = vacex_core::config::Config::default_shipped();
    let (vacancies, _) = vacex_core::merge::deduplicate(rows, &config);
    vacancies
        .into_iter()
        .map(|v| v.doc_ids.into_iter().collect())
        .collect()
}

fn truth() -> BTreeMap<String, String> {
    fs::read_to_string(root().join("samples/dedup_truth.tsv"))
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            Some((cols.next()?.to_string(), cols.next()?.to_string()))
        })
        .collect()
}

fn pairs(groups: impl Iterator<Item = Vec<String>>) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for g in groups {
        for (i, a) in g.iter().enumerate() {
            for b in &g[i + 1..] {
                out.insert(if a < b {
                    (a.clone(), b.clone())
                } else {
                    (b.clone(), a.clone())
                });
            }
        }
    }
    out
}

#[test]
fn pairwise_precision_and_recall_on_the_sample_nights() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    for night in NIGHTS {
        run_night(&out, night, &[]);
    }
    let truth = truth();
    let mut by_group: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (doc, group) in &truth {
        by_group
            .entry(group.as_str())
            .or_default()
            .push(doc.clone());
    }
    let expected = pairs(by_group.into_values());
    let predicted_groups = predicted_groups(&out);
    let seen: usize = predicted_groups.iter().map(BTreeSet::len).sum();
    assert_eq!(
        seen,
        truth.len(),
        "every page of the nights is an observation"
    );
    let predicted = pairs(
        predicted_groups
            .into_iter()
            .map(|g| g.into_iter().collect()),
    );
    let hits = predicted.intersection(&expected).count();
    let precision = if predicted.is_empty() {
        1.0
    } else {
        hits as f64 / predicted.len() as f64
    };
    let recall = if expected.is_empty() {
        1.0
    } else {
        hits as f64 / expected.len() as f64
    };
    println!("dedup on samples/nights: {} true pairs, {} predicted, precision {precision:.3}, recall {recall:.3}", expected.len(), predicted.len());
    for p in predicted.difference(&expected) {
        println!("  wrongly merged: {p:?}");
    }
    for p in expected.difference(&predicted) {
        println!("  missed: {p:?}");
    }
    assert_eq!(precision, 1.0);
    assert_eq!(recall, 1.0);
    let report: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("runs/2025-11-05.json")).unwrap()).unwrap();
    let v = &report["vacancies"];
    assert_eq!(v["observations"], truth.len() as u64);
    assert_eq!(
        v["vacancies"],
        truth.values().collect::<BTreeSet<_>>().len() as u64
    );
}

fn vacancies_bytes(out: &Path) -> Vec<u8> {
    fs::read(out.join("vacancies/vacancies.parquet")).unwrap()
}

#[test]
fn backfill_rerun_and_shards_give_the_same_vacancies() {
    let dir = tempfile::tempdir().unwrap();
    let in_order = dir.path().join("in-order");
    for night in NIGHTS {
        run_night(&in_order, night, &[]);
    }
    let expected = vacancies_bytes(&in_order);
    // Out of order (a backfill), with a rerun of one night in the middle.
    let backfill = dir.path().join("backfill");
    for night in ["2025-11-05", "2025-11-03", "2025-11-05", "2025-11-04"] {
        run_night(&backfill, night, &[]);
    }
    assert!(
        vacancies_bytes(&backfill) == expected,
        "a backfill gives other vacancies than nights in order"
    );
    // Each night in 3 shards, then one merge.
    let sharded = dir.path().join("sharded");
    for night in NIGHTS {
        for shard in ["0/3", "1/3", "2/3"] {
            run_night(&sharded, night, &["--shard", shard]);
        }
    }
    vacex(&["merge", "--out", sharded.to_str().unwrap()]);
    assert!(
        vacancies_bytes(&sharded) == expected,
        "3 shards give other vacancies than 1"
    );
}
