//! End-to-end tests of the `vacex` binary: commands, exit codes, every input format
//! giving the same rows, determinism across thread counts, and a run killed halfway
//! leaving the published tables as they were.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn vacex() -> Command {
    let mut c = Command::new(cargo_bin("vacex"));
    c.current_dir(root()).arg("--quiet");
    c
}

fn run_ok(args: &[&str]) -> std::process::Output {
    let out = vacex().args(args).output().expect("vacex runs");
    assert!(
        out.status.success(),
        "vacex {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn sample_html_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = fs::read_dir(root().join("samples/pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

/// Observation fields by doc_id, from a published output directory.
fn observed(out: &Path) -> BTreeMap<String, (vacex_core::record::Vacancy, String)> {
    vacex_core::merge::read_observations(out)
        .unwrap()
        .into_iter()
        .map(|r| (r.doc_id.clone(), (r.fields, r.content_hash)))
        .collect()
}

fn report(out: &Path, night: &str) -> serde_json::Value {
    serde_json::from_slice(&fs::read(out.join("runs").join(format!("{night}.json"))).unwrap())
        .unwrap()
}

#[test]
fn validate_accepts_the_shipped_config_and_lists_every_problem() {
    let out = run_ok(&["validate", "pipeline.toml"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    fs::write(
        &bad,
        "[run]\nthreads = \"many\"\nmax_failed_fraction = 3.0\n[parquet]\ncompression = \"lz4\"\n",
    )
    .unwrap();
    let out = vacex()
        .args(["validate", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2: run.threads"), "{err}");
    assert!(err.contains("line 5: parquet.compression"), "{err}");
}

#[test]
fn a_missing_input_or_unwritable_output_exits_2_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = vacex()
        .args([
            "run",
            "--out",
            dir.path().to_str().unwrap(),
            "no/such/corpus",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/corpus"));
    let blocker = dir.path().join("file");
    fs::write(&blocker, "x").unwrap();
    let out = vacex()
        .args([
            "run",
            "--out",
            blocker.join("out").to_str().unwrap(),
            "samples/pages",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("file/out"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_run_that_fails_leaves_no_staging_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    // The vacancies table cannot be published: a directory with a file in it stands
    // where the table goes, so the merge fails after writing its staged table.
    let blocker = out.join("vacancies/vacancies.parquet");
    fs::create_dir_all(&blocker).unwrap();
    fs::write(blocker.join("keep"), "x").unwrap();
    let failed = vacex()
        .args([
            "run",
            "--run-date",
            "2025-11-03",
            "--out",
            out.to_str().unwrap(),
            "samples/pages",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert_eq!(failed.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("merge"), "{stderr}");
    // The night's observations were published before the merge; nothing staged is left.
    assert!(out.join("observations/run_date=2025-11-03").is_dir());
    assert!(blocker.join("keep").exists());
    let staged: Vec<PathBuf> = fs::read_dir(out.join(".staging"))
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    assert!(staged.is_empty(), "left in staging: {staged:?}");
}

#[test]
fn schema_lists_every_table() {
    let out = run_ok(&["schema"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "observations",
        "vacancies",
        "rejects",
        "closing_date",
        "Date32",
        "first_seen",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
}

#[test]
fn extract_prints_one_object_per_page_with_the_contract_keys() {
    let out = run_ok(&["extract", "samples/pages"]);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 30);
    let keys: Vec<&str> = lines[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 20, "{keys:?}");
    for k in vacex_core::record::CONTRACT_FIELDS {
        assert!(keys.contains(&k), "{k}");
    }
}

#[test]
fn every_input_format_gives_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let pages = sample_html_pages();
    let formats = ["plain", "gzip", "zstd", "jsonl", "warc"];
    for f in formats {
        fs::create_dir_all(dir.path().join(f)).unwrap();
    }
    let mut jsonl = fs::File::create(dir.path().join("jsonl/corpus.jsonl")).unwrap();
    let mut warc = flate2::write::GzEncoder::new(
        fs::File::create(dir.path().join("warc/corpus.warc.gz")).unwrap(),
        flate2::Compression::default(),
    );
    for page in &pages {
        let bytes = fs::read(page).unwrap();
        let name = page.file_name().unwrap().to_str().unwrap();
        let stem = name.trim_end_matches(".html");
        fs::write(dir.path().join("plain").join(name), &bytes).unwrap();
        let mut gz = flate2::write::GzEncoder::new(
            fs::File::create(dir.path().join("gzip").join(format!("{name}.gz"))).unwrap(),
            flate2::Compression::default(),
        );
        gz.write_all(&bytes).unwrap();
        gz.finish().unwrap();
        fs::write(
            dir.path().join("zstd").join(format!("{name}.zst")),
            zstd::encode_all(&bytes[..], 3).unwrap(),
        )
        .unwrap();
        // JSONL carries text, so a page in another encoding travels as its decoded text.
        let (text, _) = vacex_core::decode::decode_text(&bytes, None, true);
        writeln!(jsonl, "{}", serde_json::json!({"id": stem, "url": null, "fetched_at": "2025-11-01T00:00:00Z", "html": text})).unwrap();
        let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_vec();
        http.extend_from_slice(&bytes);
        write!(warc, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{stem}>\r\nWARC-Date: 2025-11-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n", http.len()).unwrap();
        warc.write_all(&http).unwrap();
        warc.write_all(b"\r\n\r\n").unwrap();
    }
    drop(jsonl);
    warc.finish().unwrap();
    let mut results = Vec::new();
    for f in formats {
        let out = dir.path().join(format!("out-{f}"));
        run_ok(&[
            "run",
            "--no-merge",
            "--run-date",
            "2025-11-01",
            "--out",
            out.to_str().unwrap(),
            dir.path().join(f).to_str().unwrap(),
        ]);
        let r = report(&out, "2025-11-01");
        assert_eq!(r["pages_read"], pages.len() as u64, "{f}");
        results.push((f, observed(&out), r["rejects"].clone()));
    }
    let (_, plain, plain_rejects) = &results[0];
    assert!(plain.len() >= 15);
    for (f, rows, rejects) in &results[1..] {
        assert_eq!(rejects, plain_rejects, "{f}: rejects differ");
        assert_eq!(
            rows.keys().collect::<Vec<_>>(),
            plain.keys().collect::<Vec<_>>(),
            "{f}: doc_ids differ"
        );
        for (doc_id, row) in rows {
            assert_eq!(row, &plain[doc_id], "{f}: {doc_id} differs");
        }
    }
}

/// The pages are processed on N threads and the merge reads row groups and judges
/// candidate pairs on them: three nights give the same tables byte for byte on 1, 2
/// and 3 threads.
#[test]
fn output_does_not_depend_on_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = dir.path().join(threads);
        for night in ["2025-11-03", "2025-11-04", "2025-11-05"] {
            run_ok(&[
                "run",
                "--threads",
                threads,
                "--run-date",
                night,
                "--out",
                out.to_str().unwrap(),
                &format!("samples/nights/{night}"),
            ]);
        }
        bytes.push((
            fs::read(out.join("observations/run_date=2025-11-05/part-00000.parquet")).unwrap(),
            fs::read(out.join("vacancies/vacancies.parquet")).unwrap(),
        ));
    }
    for (threads, (observations, vacancies)) in ["2", "3"].iter().zip(&bytes[1..]) {
        assert!(
            *observations == bytes[0].0,
            "observations differ between 1 and {threads} threads"
        );
        assert!(
            *vacancies == bytes[0].1,
            "vacancies differ between 1 and {threads} threads"
        );
    }
}

#[test]
fn a_rerun_replaces_that_night_only() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = out.to_str().unwrap();
    run_ok(&[
        "run",
        "--run-date",
        "2025-11-01",
        "--out",
        o,
        "samples/pages",
    ]);
    run_ok(&[
        "run",
        "--run-date",
        "2025-11-02",
        "--out",
        o,
        "samples/pages",
    ]);
    let night1 = fs::read(out.join("observations/run_date=2025-11-01/part-00000.parquet")).unwrap();
    // Rerun night 2 on a single page: night 2 shrinks, night 1 is untouched.
    let one = sample_html_pages()[0].clone();
    run_ok(&[
        "run",
        "--run-date",
        "2025-11-02",
        "--out",
        o,
        one.to_str().unwrap(),
    ]);
    assert_eq!(
        fs::read(out.join("observations/run_date=2025-11-01/part-00000.parquet")).unwrap(),
        night1
    );
    assert_eq!(report(&out, "2025-11-02")["pages_read"], 1);
    let rows = vacex_core::merge::read_observations(&out).unwrap();
    assert_eq!(
        rows.iter()
            .filter(|r| r.run_date.to_string() == "2025-11-02")
            .count(),
        1
    );
    assert!(!out.join(".staging/2025-11-02").exists());
}

fn tree_bytes(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir(dir) {
        out.insert(
            entry.strip_prefix(dir).unwrap().to_path_buf(),
            fs::read(&entry).unwrap(),
        );
    }
    out
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.file_name().unwrap().to_string_lossy().starts_with('.') {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Starts a run paused at a failpoint, waits until it gets there, and SIGKILLs it.
fn kill_at(failpoint: &str, out: &Path, input: &Path, night: &str) {
    use std::io::BufRead;
    let mut child = Command::new(cargo_bin("vacex"))
        .args([
            "--quiet",
            "run",
            "--run-date",
            night,
            "--out",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ])
        .env("VACEX_FAILPOINT", failpoint)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let reached = stderr
        .lines()
        .map_while(Result::ok)
        .any(|l| l.contains(&format!("failpoint {failpoint} reached")));
    assert!(reached, "the run never reached {failpoint}");
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
}

#[test]
fn a_run_killed_at_any_point_leaves_the_published_tables_readable_and_the_next_run_completes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = out.to_str().unwrap();
    run_ok(&[
        "run",
        "--run-date",
        "2025-11-01",
        "--out",
        o,
        "samples/pages",
    ]);
    let published = tree_bytes(&out);
    // A second corpus for the same night, so a finished run would change the tables.
    let other = dir.path().join("other");
    fs::create_dir_all(&other).unwrap();
    for (i, page) in sample_html_pages().iter().enumerate().take(6) {
        fs::copy(page, other.join(format!("p{i:03}.html"))).unwrap();
    }
    // Killed before anything is published: the tables are exactly as before.
    for point in ["write:observations", "publish:before"] {
        kill_at(point, &out, &other, "2025-11-01");
        assert_eq!(
            tree_bytes(&out),
            published,
            "tables changed after a kill at {point}"
        );
    }
    // Killed between publishing steps: every table is whole (old or new), readable.
    for point in ["publish:observations", "merge:staged"] {
        kill_at(point, &out, &other, "2025-11-01");
        let rows = vacex_core::merge::read_observations(&out).unwrap();
        assert!(!rows.is_empty(), "{point}");
        let vacancies =
            vacex_core::sink::preview::head(&out.join("vacancies/vacancies.parquet"), 1, &[]);
        assert!(vacancies.is_ok(), "{point}: {vacancies:?}");
    }
    // The next run completes the night and clears the debris.
    run_ok(&[
        "run",
        "--run-date",
        "2025-11-01",
        "--out",
        o,
        other.to_str().unwrap(),
    ]);
    assert_eq!(report(&out, "2025-11-01")["pages_read"], 6);
    assert_eq!(
        observed(&out).len() as u64,
        report(&out, "2025-11-01")["observations"].as_u64().unwrap()
    );
    assert!(!out.join(".staging/2025-11-01").exists());
    assert!(!out.join(".staging/merge").exists());
}
