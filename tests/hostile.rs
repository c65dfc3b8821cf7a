//! Hostile input: every kind of broken, disguised, oversized or malicious file a
//! crawler can drop, each run through the real `vacex` binary next to one good page.
//!
//! Every test asserts the same contract:
//! - the run finishes (no crash, no hang: each run has a deadline) with exit code 0,
//!   or exactly 1 when the failed fraction exceeds `run.max_failed_fraction` (0.05);
//! - the report adds up (`pages_read == observations + rejects`,
//!   `rejects == sum(rejects_by_reason)`, `failed + dropped == rejects`) and agrees
//!   with the rows of the published tables;
//! - the good page is an observation;
//! - the bad input is a reject row with the expected reason and a detail a human
//!   understands (or, for encoding damage, an observation with clean text).
//!
//! Inputs are written here, never copied from elsewhere; the good page is the
//! project's own `samples/pages/s001_rijk_beleidsmedewerker.html`.
//!
//! Inputs found by the fuzz targets in `fuzz/` are kept in `fuzz/regressions/<target>/`
//! and replayed by `fuzz/tests/replay.rs` (`make test`). The quadratic nesting and the
//! gzip bomb in a WARC HTTP body were found by the tests here.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use arrow::util::display::{ArrayFormatter, FormatOptions};
use assert_cmd::cargo::cargo_bin;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;
use vacex_core::merge::ObservedRow;

const NIGHT: &str = "2025-11-01";
const GOOD: &str = "s001_rijk_beleidsmedewerker";
const GOOD_TITLE: &str = "Beleidsmedewerker waterveiligheid";
/// Generous: a release build does one of these corpora in well under a second.
const DEADLINE: Duration = Duration::from_secs(180);
/// `run.max_failed_fraction` of the shipped config.
const DEFAULT_MAX_FAILED: f64 = 0.05;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn good_page() -> Vec<u8> {
    fs::read(root().join("samples/pages").join(format!("{GOOD}.html"))).unwrap()
}

// ---------------------------------------------------------------------------------
// Running the binary with a deadline
// ---------------------------------------------------------------------------------

struct Exit {
    code: i32,
    #[allow(dead_code)]
    stdout: String,
    stderr: String,
    /// Peak resident memory of the process (VmHWM), sampled while it ran.
    peak_rss_kib: u64,
}

/// VmHWM of a running process, in KiB.
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Runs `vacex --quiet ARGS` and waits at most `deadline`; a hang or a death by
/// signal (a crash, a stack overflow, an abort) fails the test.
fn vacex(args: &[OsString], deadline: Duration) -> Exit {
    let mut stdout = tempfile::tempfile().unwrap();
    let mut stderr = tempfile::tempfile().unwrap();
    let mut child = Command::new(cargo_bin("vacex"))
        .current_dir(root())
        .arg("--quiet")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(stdout.try_clone().unwrap()))
        .stderr(Stdio::from(stderr.try_clone().unwrap()))
        .spawn()
        .expect("vacex starts");
    let started = Instant::now();
    let mut peak = 0u64;
    let status = loop {
        if let Some(kib) = peak_rss_kib(child.id()) {
            peak = peak.max(kib);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            let mut err = String::new();
            stderr.rewind().unwrap();
            let _ = stderr.read_to_string(&mut err);
            panic!(
                "vacex {args:?} did not finish within {deadline:?} (a hang); stderr:\n{}",
                tail(&err)
            );
        }
        std::thread::sleep(Duration::from_millis(25));
    };
    let mut out = String::new();
    let mut err = String::new();
    stdout.rewind().unwrap();
    stderr.rewind().unwrap();
    let mut bytes = Vec::new();
    stdout.read_to_end(&mut bytes).unwrap();
    out.push_str(&String::from_utf8_lossy(&bytes));
    bytes.clear();
    stderr.read_to_end(&mut bytes).unwrap();
    err.push_str(&String::from_utf8_lossy(&bytes));
    let Some(code) = status.code() else {
        panic!(
            "vacex {args:?} was killed by a signal ({status}): a crash; stderr:\n{}",
            tail(&err)
        );
    };
    Exit {
        code,
        stdout: out,
        stderr: err,
        peak_rss_kib: peak,
    }
}

fn tail(s: &str) -> &str {
    let mut cut = s.len().saturating_sub(4000);
    while !s.is_char_boundary(cut) {
        cut += 1;
    }
    &s[cut..]
}

fn os(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<OsString> {
    args.iter().map(|a| a.as_ref().to_os_string()).collect()
}

// ---------------------------------------------------------------------------------
// Corpora and results
// ---------------------------------------------------------------------------------

/// A temporary corpus directory (with the good page unless `bare`) and an output dir.
struct Corpus {
    tmp: tempfile::TempDir,
    input: PathBuf,
    out: PathBuf,
}

impl Corpus {
    fn new() -> Corpus {
        let c = Corpus::bare();
        c.write(&format!("{GOOD}.html"), good_page());
        c
    }

    fn bare() -> Corpus {
        let tmp = tempfile::tempdir().unwrap();
        let input = tmp.path().join("corpus");
        let out = tmp.path().join("out");
        fs::create_dir_all(&input).unwrap();
        Corpus { tmp, input, out }
    }

    /// Writes a corpus file (parents created) and returns its path.
    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.input.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    /// A pipeline.toml next to the corpus: the shipped one with lines replaced.
    fn config(&self, replace: &[(&str, &str)]) -> PathBuf {
        let mut text = fs::read_to_string(root().join("pipeline.toml")).unwrap();
        for (from, to) in replace {
            assert!(text.contains(from), "pipeline.toml has no line {from:?}");
            text = text.replacen(from, to, 1);
        }
        let path = self.tmp.path().join("pipeline.toml");
        fs::write(&path, text).unwrap();
        path
    }

    fn run(&self) -> Run {
        self.run_into(&self.out, &[])
    }

    fn run_within(&self, deadline: Duration) -> Run {
        self.run_full(&self.out, &[], deadline, DEFAULT_MAX_FAILED)
    }

    /// A run with `--config`; the failure threshold is read from that file.
    fn run_with_config(&self, config: &Path) -> Run {
        let text = fs::read_to_string(config).unwrap();
        let max_failed = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("max_failed_fraction"))
            .and_then(|v| v.trim().trim_start_matches('=').trim().parse().ok())
            .unwrap_or(DEFAULT_MAX_FAILED);
        self.run_full(
            &self.out,
            &[OsString::from("--config"), config.into()],
            DEADLINE,
            max_failed,
        )
    }

    fn run_into(&self, out: &Path, extra: &[OsString]) -> Run {
        self.run_full(out, extra, DEADLINE, DEFAULT_MAX_FAILED)
    }

    fn run_full(&self, out: &Path, extra: &[OsString], deadline: Duration, max_failed: f64) -> Run {
        let mut args = os(&[&"run", &"--run-date", &NIGHT, &"--out", &out]);
        args.extend_from_slice(extra);
        args.push(self.input.clone().into());
        let exit = vacex(&args, deadline);
        Run::read(exit, out, max_failed)
    }
}

type Row = BTreeMap<String, Option<String>>;

/// Every row of a Parquet file, every cell rendered as text (None for null).
fn read_rows(path: &Path) -> Vec<Row> {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let options = FormatOptions::default();
    let mut rows = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let schema = batch.schema();
        // Timestamps lose their zone name ("UTC"): formatting named zones needs chrono-tz.
        let columns: Vec<arrow::array::ArrayRef> = batch
            .columns()
            .iter()
            .map(|c| match c.data_type() {
                arrow::datatypes::DataType::Timestamp(unit, Some(_)) => {
                    arrow::compute::cast(c, &arrow::datatypes::DataType::Timestamp(*unit, None))
                        .unwrap()
                }
                _ => c.clone(),
            })
            .collect();
        let formatters: Vec<ArrayFormatter> = columns
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options).unwrap())
            .collect();
        for i in 0..batch.num_rows() {
            let mut row = Row::new();
            for (j, field) in schema.fields().iter().enumerate() {
                let value = if batch.column(j).is_null(i) {
                    None
                } else {
                    Some(formatters[j].value(i).to_string())
                };
                row.insert(field.name().clone(), value);
            }
            rows.push(row);
        }
    }
    rows
}

fn cell<'a>(row: &'a Row, column: &str) -> &'a str {
    row.get(column)
        .unwrap_or_else(|| panic!("no column {column} in {row:?}"))
        .as_deref()
        .unwrap_or("")
}

/// What a finished run left behind.
struct Run {
    exit: Exit,
    max_failed: f64,
    report: Value,
    rejects: Vec<Row>,
    observations: Vec<ObservedRow>,
    observation_rows: Vec<Row>,
}

impl Run {
    /// Reads the report and the tables and checks that they add up.
    fn read(exit: Exit, out: &Path, max_failed: f64) -> Run {
        assert!(
            exit.code == 0 || exit.code == 1,
            "the run did not finish (exit {}); stderr:\n{}",
            exit.code,
            tail(&exit.stderr)
        );
        let report_path = out.join("runs").join(format!("{NIGHT}.json"));
        let report: Value = serde_json::from_slice(
            &fs::read(&report_path)
                .unwrap_or_else(|e| panic!("no report at {}: {e}", report_path.display())),
        )
        .unwrap();
        let part = |table: &str| {
            out.join(table)
                .join(format!("run_date={NIGHT}"))
                .join("part-00000.parquet")
        };
        let rejects = read_rows(&part("rejects"));
        let observation_rows = read_rows(&part("observations"));
        let observations: Vec<ObservedRow> = vacex_core::merge::read_observations(out)
            .unwrap()
            .into_iter()
            .filter(|r| r.run_date.to_string() == NIGHT)
            .collect();
        let run = Run {
            exit,
            max_failed,
            report,
            rejects,
            observations,
            observation_rows,
        };
        run.assert_adds_up();
        run
    }

    fn n(&self, key: &str) -> u64 {
        self.report[key]
            .as_u64()
            .unwrap_or_else(|| panic!("report has no count {key}: {}", self.report))
    }

    fn assert_adds_up(&self) {
        let r = &self.report;
        let by_reason = r["rejects_by_reason"]
            .as_object()
            .expect("rejects_by_reason");
        let sum: u64 = by_reason.values().map(|v| v.as_u64().unwrap()).sum();
        let ctx = || format!("report:\n{}", serde_json::to_string_pretty(r).unwrap());
        assert_eq!(
            self.n("pages_read"),
            self.n("observations") + self.n("rejects"),
            "pages_read != observations + rejects; {}",
            ctx()
        );
        assert_eq!(
            self.n("rejects"),
            sum,
            "rejects != sum(rejects_by_reason); {}",
            ctx()
        );
        assert_eq!(
            self.n("failed") + self.n("dropped"),
            self.n("rejects"),
            "failed + dropped != rejects; {}",
            ctx()
        );
        // The tables say the same as the report.
        assert_eq!(
            self.observation_rows.len() as u64,
            self.n("observations"),
            "observation rows vs report; {}",
            ctx()
        );
        assert_eq!(
            self.rejects.len() as u64,
            self.n("rejects"),
            "reject rows vs report; {}",
            ctx()
        );
        for (reason, count) in by_reason {
            let rows = self
                .rejects
                .iter()
                .filter(|row| cell(row, "reason") == reason)
                .count() as u64;
            assert_eq!(
                rows,
                count.as_u64().unwrap(),
                "reject rows with reason {reason}"
            );
        }
        let failed = self
            .rejects
            .iter()
            .filter(|row| {
                matches!(
                    cell(row, "reason"),
                    "unreadable" | "bad_record" | "binary" | "too_large"
                )
            })
            .count() as u64;
        assert_eq!(failed, self.n("failed"), "failed rows vs report");
        // Exit code 1 exactly when the failed fraction is over the limit.
        let over = self.n("pages_read") > 0
            && self.n("failed") as f64 / self.n("pages_read") as f64 > self.max_failed;
        let status = r["status"].as_str().unwrap_or("");
        assert_eq!(
            status,
            if over { "too_many_failures" } else { "ok" },
            "{}",
            ctx()
        );
    }

    fn assert_exit(&self, code: i32) {
        assert_eq!(
            self.exit.code,
            code,
            "exit code; failed {} of {} pages; stderr:\n{}",
            self.n("failed"),
            self.n("pages_read"),
            tail(&self.exit.stderr)
        );
    }

    fn rows_for(&self, doc_id: &str) -> Vec<&Row> {
        self.rejects
            .iter()
            .filter(|r| cell(r, "doc_id") == doc_id)
            .collect()
    }

    fn doc_ids(&self) -> String {
        let obs: Vec<&str> = self
            .observations
            .iter()
            .map(|o| o.doc_id.as_str())
            .collect();
        let rej: Vec<String> = self
            .rejects
            .iter()
            .map(|r| {
                format!(
                    "{} ({}: {})",
                    cell(r, "doc_id"),
                    cell(r, "reason"),
                    cell(r, "detail")
                )
            })
            .collect();
        format!("observations {obs:?}\nrejects {rej:#?}")
    }

    /// The one reject row of `doc_id`.
    fn reject(&self, doc_id: &str) -> &Row {
        let rows = self.rows_for(doc_id);
        assert_eq!(
            rows.len(),
            1,
            "expected exactly one reject for {doc_id}; {}",
            self.doc_ids()
        );
        assert!(
            !self.observations.iter().any(|o| o.doc_id == doc_id),
            "{doc_id} is both a reject and an observation"
        );
        rows[0]
    }

    /// Asserts the reject of `doc_id`: its reason, and a detail that names what was wrong.
    fn assert_reject(&self, doc_id: &str, reason: &str, needles: &[&str]) -> &Row {
        let row = self.reject(doc_id);
        assert_eq!(cell(row, "reason"), reason, "{doc_id}: {row:#?}");
        let detail = cell(row, "detail");
        assert_human(detail);
        let lower = detail.to_lowercase();
        for needle in needles {
            assert!(
                lower.contains(&needle.to_lowercase()),
                "{doc_id}: detail {detail:?} does not mention {needle:?}"
            );
        }
        row
    }

    fn observation(&self, doc_id: &str) -> &ObservedRow {
        let found: Vec<&ObservedRow> = self
            .observations
            .iter()
            .filter(|o| o.doc_id == doc_id)
            .collect();
        assert_eq!(
            found.len(),
            1,
            "expected {doc_id} to be one observation; {}",
            self.doc_ids()
        );
        assert!(
            self.rows_for(doc_id).is_empty(),
            "{doc_id} is both an observation and a reject; {}",
            self.doc_ids()
        );
        found[0]
    }

    fn assert_good_observed(&self) {
        let o = self.observation(GOOD);
        assert_eq!(
            o.fields.title.as_ref().map(|t| t.value.as_str()),
            Some(GOOD_TITLE)
        );
    }

    /// How often `doc_id` occurs in the output (observations and rejects).
    fn occurrences(&self, doc_id: &str) -> usize {
        self.observations
            .iter()
            .filter(|o| o.doc_id == doc_id)
            .count()
            + self.rows_for(doc_id).len()
    }
}

/// A detail a human understands: a sentence, not an empty string or a debug dump.
fn assert_human(detail: &str) {
    assert!(
        detail.len() >= 12 && detail.contains(' '),
        "detail {detail:?} is not a sentence"
    );
    for noise in [
        "Os {", "Custom {", "kind:", "Error {", "Some(", "None", "\\u{",
    ] {
        assert!(
            !detail.contains(noise),
            "detail {detail:?} is a debug dump ({noise})"
        );
    }
}

// ---------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn png_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
}

/// A real (valid) 2x2 RGB PNG image.
fn png() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&2u32.to_be_bytes());
    ihdr.extend_from_slice(&2u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png_chunk(&mut out, b"IHDR", &ihdr);
    let raw = [0u8, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255];
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&raw).unwrap();
    png_chunk(&mut out, b"IDAT", &z.finish().unwrap());
    png_chunk(&mut out, b"IEND", &[]);
    out
}

/// A small but real PDF document, with a compressed (binary) stream.
fn pdf() -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(b"BT /F1 12 Tf 72 720 Td (Vacature beleidsmedewerker) Tj ET")
        .unwrap();
    let stream = z.finish().unwrap();
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    out.extend_from_slice(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    out.extend_from_slice(b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    out.extend_from_slice(
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n",
    );
    out.extend_from_slice(
        format!(
            "4 0 obj\n<< /Length {} /Filter /FlateDecode >>\nstream\n",
            stream.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&stream);
    out.extend_from_slice(b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    out
}

/// A vacancy page of my own, in UTF-8, with `extra_head` in its head and `body` after
/// the facts.
fn vacancy_html(title: &str, extra_head: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{title} | Gemeente Voorbeeldstad</title>
{extra_head}</head>
<body><main>
<h1>{title}</h1>
<p>Gemeente Voorbeeldstad zoekt een {title_lower} voor het team Openbare Ruimte.</p>
<dl>
<dt>Standplaats</dt><dd>Utrecht</dd>
<dt>Uren per week</dt><dd>32 - 36 uur</dd>
<dt>Salaris</dt><dd>€ 3.500 - € 4.800 bruto per maand</dd>
<dt>Salarisschaal</dt><dd>schaal 10</dd>
<dt>Opleidingsniveau</dt><dd>HBO</dd>
<dt>Dienstverband</dt><dd>Tijdelijk met uitzicht op vast</dd>
<dt>Sluitingsdatum</dt><dd>1 december 2025</dd>
<dt>Vacaturenummer</dt><dd>VBS-2025-117</dd>
</dl>
<h2>Wat ga je doen?</h2>
<p>Je adviseert over de inrichting van straten, pleinen en parken en werkt samen met bewoners, ontwerpers en aannemers.</p>
<h2>Wat vragen wij?</h2>
<ul><li>Een afgeronde hbo-opleiding</li><li>Minimaal 2 jaar ervaring als adviseur</li></ul>
{body}
</main></body></html>
"#,
        title_lower = title.to_lowercase()
    )
}

/// A WARC response record for an HTTP 200 page.
fn warc_record(id: &str, uri: &str, page: &[u8], length_delta: i64) -> Vec<u8> {
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
    http.extend_from_slice(page);
    let length = (http.len() as i64 + length_delta).to_string();
    warc_record_raw(id, uri, &http, &length)
}

fn warc_record_raw(id: &str, uri: &str, block: &[u8], length: &str) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-11-01T02:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn warcinfo() -> Vec<u8> {
    let body = b"software: hostile-test\r\nformat: WARC File Format 1.0\r\n";
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:info-0>\r\nWARC-Date: 2025-11-01T02:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn wvn_url(n: u32) -> String {
    format!(
        "https://www.werkenvoornederland.nl/vacatures/beleidsmedewerker-waterveiligheid-IENW-{n}"
    )
}

// ---------------------------------------------------------------------------------
// Empty and binary files
// ---------------------------------------------------------------------------------

#[test]
fn an_empty_file_is_an_empty_reject() {
    let c = Corpus::new();
    c.write("leeg.html", b"");
    c.write("leeg2.txt", b"");
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let row = run.assert_reject("leeg", "empty", &["empty"]);
    assert_eq!(cell(row, "page_bytes"), "0");
    run.assert_reject("leeg2", "empty", &["empty"]);
    assert_eq!(
        run.n("dropped"),
        2,
        "an empty page is a drop, not a failure"
    );
}

#[test]
fn a_whitespace_only_file_is_an_empty_reject() {
    let c = Corpus::new();
    c.write("wit.html", b"  \r\n\t\n   \x0c\n\n        \r\n");
    c.write("wit2.txt", "\n\n \t \n".repeat(500));
    // Invisible but not ASCII white space: a BOM, no-break spaces, a zero-width space.
    c.write(
        "wit3.html",
        "\u{feff}\u{a0}\u{a0} \u{200b}\n<html><body> \u{a0} </body></html>\n",
    );
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    run.assert_reject("wit", "empty", &[]);
    run.assert_reject("wit2", "empty", &[]);
    run.assert_reject("wit3", "empty", &[]);
}

#[test]
fn a_pdf_named_html_is_a_binary_reject() {
    let c = Corpus::new();
    c.write("vacature.html", pdf());
    let run = c.run();
    // 1 of 2 pages failed: over max_failed_fraction 0.05.
    run.assert_exit(1);
    run.assert_good_observed();
    let row = run.assert_reject("vacature", "binary", &["PDF"]);
    assert_eq!(cell(row, "stage"), "decode");
}

#[test]
fn a_png_named_html_is_a_binary_reject() {
    let c = Corpus::new();
    c.write("logo.html", png());
    c.write("logo2.htm.gz", gzip(&png()));
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.assert_reject("logo", "binary", &["PNG"]);
    run.assert_reject("logo2", "binary", &["PNG"]);
}

// ---------------------------------------------------------------------------------
// Damaged compression and archives
// ---------------------------------------------------------------------------------

#[test]
fn a_truncated_html_gz_is_unreadable() {
    let c = Corpus::new();
    let gz = gzip(&good_page());
    c.write("afgebroken.html.gz", &gz[..gz.len() / 2]);
    // Also: only the gzip header, and a valid stream with a damaged body.
    c.write("kop.html.gz", &gz[..12]);
    let mut damaged = gz.clone();
    let mid = damaged.len() / 2;
    for b in &mut damaged[mid..mid + 64] {
        *b ^= 0x5a;
    }
    c.write("beschadigd.html.gz", &damaged);
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    for id in ["afgebroken", "kop", "beschadigd"] {
        let row = run.assert_reject(id, "unreadable", &[]);
        assert_eq!(cell(row, "stage"), "input");
        let detail = cell(row, "detail").to_lowercase();
        assert!(
            ["truncated", "corrupt", "end of file", "eof"]
                .iter()
                .any(|w| detail.contains(w)),
            "{id}: {detail}"
        );
    }
}

#[test]
fn a_truncated_html_zst_is_unreadable() {
    let c = Corpus::new();
    let zst = zstd::encode_all(&good_page()[..], 3).unwrap();
    c.write("afgebroken.html.zst", &zst[..zst.len() / 2]);
    c.write("kop.htm.zst", &zst[..6]);
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    for id in ["afgebroken", "kop"] {
        let row = run.assert_reject(id, "unreadable", &[]);
        let detail = cell(row, "detail").to_lowercase();
        assert!(
            ["truncated", "corrupt", "incomplete", "end of file", "eof"]
                .iter()
                .any(|w| detail.contains(w)),
            "{id}: {detail}"
        );
    }
}

#[test]
fn a_truncated_warc_gz_keeps_the_records_before_the_damage() {
    let c = Corpus::new();
    let page = good_page();
    // One gzip member per record, as crawlers write them.
    let mut archive = gzip(&warcinfo());
    for (i, id) in ["rec-1", "rec-2"].iter().enumerate() {
        archive.extend(gzip(&warc_record(id, &wvn_url(i as u32), &page, 0)));
    }
    let last = gzip(&warc_record("rec-3", &wvn_url(3), &page, 0));
    archive.extend_from_slice(&last[..last.len() / 2]);
    c.write("crawl.warc.gz", &archive);
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.observation("rec-1");
    run.observation("rec-2");
    assert_eq!(run.occurrences("rec-3"), 0, "{}", run.doc_ids());
    let unreadable: Vec<&Row> = run
        .rejects
        .iter()
        .filter(|r| cell(r, "reason") == "unreadable")
        .collect();
    assert_eq!(unreadable.len(), 1, "{}", run.doc_ids());
    let row = unreadable[0];
    assert!(cell(row, "doc_id").starts_with("crawl@"), "{row:?}");
    assert_human(cell(row, "detail"));
    let detail = cell(row, "detail").to_lowercase();
    assert!(
        detail.contains("offset") && detail.contains("record"),
        "the detail says where the damage starts: {row:?}"
    );
    assert_eq!(run.n("pages_read"), 4);
}

#[test]
fn a_warc_whose_content_length_is_too_short_keeps_what_came_before() {
    let c = Corpus::new();
    let page = good_page();
    let mut archive = warcinfo();
    archive.extend(warc_record("kort-1", &wvn_url(1), &page, 0));
    // Says 300 bytes fewer than the block holds: the reader lands in the middle of HTML.
    archive.extend(warc_record("kort-2", &wvn_url(2), &page, -300));
    archive.extend(warc_record("kort-3", &wvn_url(3), &page, 0));
    c.write("kort.warc", &archive);
    let run = c.run();
    run.assert_good_observed();
    run.observation("kort-1");
    let unreadable: Vec<&Row> = run
        .rejects
        .iter()
        .filter(|r| cell(r, "reason") == "unreadable")
        .collect();
    assert_eq!(unreadable.len(), 1, "{}", run.doc_ids());
    assert!(cell(unreadable[0], "doc_id").starts_with("kort@"));
    let detail = cell(unreadable[0], "detail");
    assert_human(detail);
    assert!(detail.contains("offset"), "{detail}");
    assert!(run.occurrences("kort-2") <= 1);
    assert!(run.occurrences("kort-3") <= 1);
    run.assert_exit(1);
}

#[test]
fn a_warc_whose_content_length_is_too_long_or_not_a_number_is_unreadable() {
    let c = Corpus::new();
    let page = good_page();
    let mut archive = warc_record("lang-1", &wvn_url(1), &page, 0);
    // The last record claims 5000 bytes more than the archive holds.
    archive.extend(warc_record("lang-2", &wvn_url(2), &page, 5000));
    c.write("lang.warc", &archive);
    let mut archive = warc_record("raar-1", &wvn_url(3), &page, 0);
    archive.extend(warc_record_raw(
        "raar-2",
        &wvn_url(4),
        b"HTTP/1.1 200 OK\r\n\r\n<p>x</p>",
        "twaalf",
    ));
    c.write("raar.warc", &archive);
    let mut archive = warc_record("min-1", &wvn_url(5), &page, 0);
    archive.extend(warc_record_raw(
        "min-2",
        &wvn_url(6),
        b"HTTP/1.1 200 OK\r\n\r\n<p>x</p>",
        "-5",
    ));
    c.write("min.warc", &archive);
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    for id in ["lang-1", "raar-1", "min-1"] {
        run.observation(id);
    }
    for stem in ["lang", "raar", "min"] {
        let rows: Vec<&Row> = run
            .rejects
            .iter()
            .filter(|r| cell(r, "doc_id").starts_with(&format!("{stem}@")))
            .collect();
        assert_eq!(rows.len(), 1, "{stem}: {}", run.doc_ids());
        assert_eq!(cell(rows[0], "reason"), "unreadable");
        assert_human(cell(rows[0], "detail"));
    }
    let lang = run
        .rejects
        .iter()
        .find(|r| cell(r, "doc_id").starts_with("lang@"))
        .unwrap();
    assert!(
        cell(lang, "detail").contains("truncated"),
        "{:?}",
        cell(lang, "detail")
    );
    let raar = run
        .rejects
        .iter()
        .find(|r| cell(r, "doc_id").starts_with("raar@"))
        .unwrap();
    assert!(
        cell(raar, "detail").contains("Content-Length"),
        "{:?}",
        cell(raar, "detail")
    );
}

// ---------------------------------------------------------------------------------
// Encoding damage: the page is still a vacancy, with clean text
// ---------------------------------------------------------------------------------

/// Mojibake of UTF-8 read as windows-1252 (`Ã©` for é, `â‚¬` for €) or replacement
/// characters where the page had none.
fn assert_clean_text(doc_id: &str, text: &str) {
    for bad in ["Ã", "â‚¬", "Â", "\u{fffd}\u{fffd}\u{fffd}"] {
        assert!(
            !text.contains(bad),
            "{doc_id}: text holds {bad:?} (decoded with the wrong encoding): {}",
            &text[..text.len().min(600)]
        );
    }
}

#[test]
fn invalid_utf8_bytes_in_a_good_page_do_not_spoil_the_page() {
    let c = Corpus::new();
    let good = good_page();
    // A stray Latin-1 byte, a lone continuation byte, a truncated 3-byte sequence and
    // an overlong encoding, inside an otherwise valid UTF-8 page.
    let needle = b"Nederland ligt voor een groot deel";
    let at = good
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("the sample page has its opening sentence");
    let mut bad = good[..at].to_vec();
    bad.extend_from_slice(b"Caf\xe9 \x80 \xe2\x82 \xc0\xaf ");
    bad.extend_from_slice(&good[at..]);
    assert!(std::str::from_utf8(&bad).is_err());
    c.write("kapot_utf8.html", &bad);
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let clean = run.observation(GOOD);
    let o = run.observation("kapot_utf8");
    assert_eq!(
        o.fields.title.as_ref().map(|t| t.value.as_str()),
        Some(GOOD_TITLE)
    );
    let description = &o.fields.description.as_ref().expect("description").value;
    assert_clean_text("kapot_utf8", description);
    // The UTF-8 text around the bad bytes is read as UTF-8: € amounts, é, ë.
    assert!(description.contains("één jaar"), "{description}");
    let money = |r: &ObservedRow| {
        (
            r.fields.salary_min.as_ref().map(|s| s.value),
            r.fields.salary_max.as_ref().map(|s| s.value),
        )
    };
    assert_eq!(money(o), money(clean), "salary read like the clean page");
}

#[test]
fn a_windows_1252_page_labelled_utf8_is_read_as_windows_1252() {
    let c = Corpus::new();
    let html = vacancy_html(
        "Coördinator Café en Evenementen",
        "",
        "<p>Wij bieden een salaris van € 3.500 tot € 4.800 en een eindejaarsuitkering van 8,3%. Ben jij ge\u{ef}nteresseerd in een ideële organisatie? We’re looking for you – reageer vóór 1 december.</p>",
    );
    let bytes = windows_1252(&html);
    assert!(std::str::from_utf8(&bytes).is_err());
    assert!(String::from_utf8_lossy(&bytes).contains("charset=\"utf-8\""));
    c.write("cp1252.html", &bytes);
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let o = run.observation("cp1252");
    assert_eq!(
        o.fields.title.as_ref().map(|t| t.value.as_str()),
        Some("Coördinator Café en Evenementen")
    );
    let description = &o.fields.description.as_ref().expect("description").value;
    assert!(!description.contains('\u{fffd}'), "{description}");
    for word in ["ideële", "€ 3.500", "We’re", "vóór", "geïnteresseerd"] {
        assert!(description.contains(word), "{word} missing: {description}");
    }
    assert_eq!(o.fields.salary_min.as_ref().map(|s| s.value), Some(3500.0));
}

/// Encodes text as windows-1252 (the characters these pages use).
fn windows_1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '\u{0}'..='\u{7f}' | '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            '—' => 0x97,
            other => panic!("{other:?} is not in windows-1252"),
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// Size limits
// ---------------------------------------------------------------------------------

/// A page of about `bytes` bytes: a vacancy whose description is padded.
fn padded_page(bytes: usize) -> Vec<u8> {
    let head = vacancy_html("Medewerker archief", "", "");
    let (start, end) = head.split_at(head.rfind("</main>").unwrap());
    let mut out = Vec::with_capacity(bytes + 200);
    out.extend_from_slice(start.as_bytes());
    let para = "<p>Je ordent en beschrijft dossiers, digitaliseert archieven en helpt collega's bij het terugvinden van informatie.</p>\n";
    while out.len() + para.len() + end.len() < bytes {
        out.extend_from_slice(para.as_bytes());
    }
    out.extend_from_slice(end.as_bytes());
    out
}

#[test]
fn a_50_mb_page_is_too_large_and_the_run_goes_on() {
    let c = Corpus::new();
    let huge = padded_page(50 * 1024 * 1024);
    assert!(huge.len() > 49 * 1024 * 1024);
    c.write("reus.html", &huge);
    // The same page compressed (a small file that expands past the limit) and a
    // JSONL record carrying it.
    c.write("reus2.html.gz", gzip(&huge));
    drop(huge);
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    for id in ["reus", "reus2"] {
        let row = run.assert_reject(id, "too_large", &["8388608", "max_page_bytes"]);
        assert_eq!(cell(row, "stage"), "input");
    }
}

#[test]
fn a_smaller_max_page_bytes_in_the_config_is_honoured() {
    let c = Corpus::new();
    let page = padded_page(30_000);
    c.write("groot.html", &page);
    c.write(
        "groot.jsonl",
        format!(
            "{}\n",
            serde_json::json!({"id": "groot-jsonl", "url": "https://voorbeeldstad.nl/vacature/groot-1", "html": String::from_utf8(page.clone()).unwrap()})
        ),
    );
    let mut archive = warcinfo();
    archive.extend(warc_record(
        "groot-warc",
        "https://voorbeeldstad.nl/vacature/groot-2",
        &page,
        0,
    ));
    c.write("groot.warc", &archive);
    c.write("klein.html", padded_page(6_000));
    assert!(good_page().len() < 20_000);
    let config = c.config(&[("max_page_bytes = 8388608", "max_page_bytes = 20000")]);
    let run = c.run_with_config(&config);
    run.assert_exit(1);
    run.assert_good_observed();
    run.observation("klein");
    run.assert_reject("groot", "too_large", &["20000"]);
    run.assert_reject("groot-jsonl", "too_large", &["20000"]);
    run.assert_reject("groot-warc", "too_large", &["20000"]);
    assert_eq!(run.n("failed"), 3);
}

// ---------------------------------------------------------------------------------
// Pathological HTML
// ---------------------------------------------------------------------------------

fn nested(open: &str, close: &str, depth: usize, inner: &str) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * depth + inner.len() + 200);
    s.push_str("<!DOCTYPE html><html><head><title>Diep genest</title></head><body>");
    for _ in 0..depth {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..depth {
        s.push_str(close);
    }
    s.push_str("</body></html>");
    s
}

/// A deep page takes well under a second when the parser is linear in its depth.
const DEEP_DEADLINE: Duration = Duration::from_secs(30);

fn deep_page_finishes(file: &str, page: String) {
    let c = Corpus::new();
    c.write(file, page);
    let started = Instant::now();
    let run = c.run_within(DEEP_DEADLINE);
    eprintln!("{file}: {:?}", started.elapsed());
    run.assert_exit(0);
    run.assert_good_observed();
    let id = file.split('.').next().unwrap();
    assert_eq!(run.occurrences(id), 1, "{id}: {}", run.doc_ids());
    if let Some(row) = run.rows_for(id).first() {
        assert!(
            matches!(cell(row, "reason"), "not_a_vacancy" | "empty"),
            "{row:?}"
        );
        assert_human(cell(row, "detail"));
    }
}

const DEEP_INNER: &str =
    "<h1>Adviseur diepe structuren</h1><p>Standplaats Utrecht, 36 uur per week, schaal 10.</p>";

#[test]
fn html_nested_100000_levels_deep_neither_crashes_nor_hangs() {
    deep_page_finishes(
        "diep_div.html",
        nested("<div>", "</div>", 100_000, DEEP_INNER),
    );
}

#[test]
fn html_with_100000_unclosed_nested_elements_neither_crashes_nor_hangs() {
    // Unclosed: the parser has to close 200,000 elements itself.
    deep_page_finishes(
        "diep_open.html",
        nested("<div><span>", "", 100_000, DEEP_INNER),
    );
}

#[test]
fn html_with_100000_nested_lists_neither_crashes_nor_hangs() {
    deep_page_finishes(
        "diep_lijst.html",
        nested("<ul><li>", "", 100_000, DEEP_INNER),
    );
}

#[test]
fn html_with_100000_nested_inline_elements_neither_crashes_nor_hangs() {
    deep_page_finishes(
        "diep_span.html",
        nested("<span>", "</span>", 100_000, DEEP_INNER),
    );
}

#[test]
fn deeply_nested_inline_formatting_and_tables_neither_crash_nor_hang() {
    let c = Corpus::new();
    let inner = "<h1>Adviseur</h1><p>Standplaats Utrecht, 36 uur per week.</p>";
    // Formatting elements run the adoption agency / reconstruction algorithms.
    c.write("diep_b.html", nested("<b><i><u>", "", 30_000, inner));
    c.write(
        "diep_a.html",
        nested("<a href=\"/vacature/x-1\">", "", 30_000, inner),
    );
    c.write(
        "diep_table.html",
        nested("<table><tr><td>", "", 30_000, inner),
    );
    c.write(
        "diep_mis.html",
        nested("<b><p><i>", "</b></p></i>", 30_000, inner),
    );
    let run = c.run_within(DEEP_DEADLINE);
    run.assert_exit(0);
    run.assert_good_observed();
    for id in ["diep_b", "diep_a", "diep_table", "diep_mis"] {
        assert_eq!(run.occurrences(id), 1, "{id}: {}", run.doc_ids());
    }
}

// ---------------------------------------------------------------------------------
// Pages that are not vacancies
// ---------------------------------------------------------------------------------

fn listing_page() -> String {
    let mut items = String::new();
    for i in 0..16 {
        items.push_str(&format!(
            "<li><a href=\"/vacature/adviseur-{i}-{n}\">Adviseur {i}</a><span>Utrecht</span><span>{h} uur</span></li>\n",
            n = 4000 + i,
            h = 24 + i % 3 * 4
        ));
    }
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Vacatures | Gemeente Voorbeeldstad</title></head><body><main><h1>37 vacatures gevonden</h1><ul>{items}</ul><p>Pagina 1 van 3</p></main></body></html>"
    )
}

fn not_a_vacancy(file: &str, page: &str, needles: &[&str]) {
    let c = Corpus::new();
    c.write(file, page);
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let id = file.split('.').next().unwrap();
    let row = run.assert_reject(id, "not_a_vacancy", needles);
    assert!(matches!(cell(row, "stage"), "classify" | "extract"));
    assert_eq!(run.n("failed"), 0, "not a vacancy is a drop, not a failure");
}

#[test]
fn a_listing_page_is_not_a_vacancy() {
    not_a_vacancy("overzicht.html", &listing_page(), &["listing"]);
}

#[test]
fn a_404_page_is_not_a_vacancy() {
    not_a_vacancy(
        "weg.html",
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Pagina niet gevonden | Gemeente Voorbeeldstad</title></head><body><main><h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer) of is verplaatst.</p><p><a href=\"/vacatures\">Bekijk alle vacatures</a></p></main></body></html>",
        &["error page"],
    );
}

#[test]
fn a_login_page_is_not_a_vacancy() {
    not_a_vacancy(
        "inloggen.html",
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Inloggen | Mijn Werkportaal</title></head><body><main><h1>Inloggen</h1><form><label>E-mailadres</label><input name=\"email\"><label>Wachtwoord</label><input type=\"password\" name=\"pw\"><p>Wachtwoord vergeten?</p></form></main></body></html>",
        &["login"],
    );
}

#[test]
fn a_cookie_wall_is_not_a_vacancy() {
    not_a_vacancy(
        "cookiemuur.html",
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Voordat je verdergaat</title></head><body><div class=\"cookie-consent-wall\"><h2>Wij gebruiken cookies</h2><p>Wij en onze partners gebruiken cookies om advertenties af te stemmen. Geef toestemming om verder te gaan.</p><button>Accepteren</button><button>Instellingen</button></div></body></html>",
        &["cookie"],
    );
}

// ---------------------------------------------------------------------------------
// JSON-LD
// ---------------------------------------------------------------------------------

fn ld(json: &str) -> String {
    format!("<script type=\"application/ld+json\">{json}</script>\n")
}

#[test]
fn garbage_json_ld_is_ignored_and_the_page_read_from_its_text() {
    let c = Corpus::new();
    let mut head = String::new();
    head.push_str(&ld(
        "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\", \"title\": \"Vals ]] ,, {{",
    ));
    head.push_str(&ld(
        "}{][\u{1}\u{2} ,,,:::\"\"\" \\u12 \\ud800 NaN Infinity -",
    ));
    head.push_str(&ld(&"[".repeat(50_000)));
    head.push_str(&ld(&format!("{}{}", "{\"a\":".repeat(20_000), "1")));
    head.push_str(&ld("null"));
    head.push_str(&ld("\"JobPosting\""));
    head.push_str(&ld("<!-- {\"@type\": \"JobPosting\", \"title\": -->"));
    c.write(
        "rommel_ld.html",
        vacancy_html("Adviseur openbare ruimte", &head, ""),
    );
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let o = run.observation("rommel_ld");
    assert_eq!(
        o.fields.title.as_ref().map(|t| t.value.as_str()),
        Some("Adviseur openbare ruimte")
    );
    assert!(
        !o.fields
            .sources()
            .iter()
            .any(|(_, s)| *s == vacex_core::record::FieldSource::Structured),
        "no field may come from broken JSON-LD: {:?}",
        o.fields.sources()
    );
}

#[test]
fn json_ld_with_wrong_value_types_does_not_crash() {
    let c = Corpus::new();
    let posting = r#"{"@context": "https://schema.org", "@type": ["JobPosting", "Thing"],
        "title": {"@value": {"@value": [12345, null, {"name": true}]}},
        "hiringOrganization": [[], {}, {"name": {"name": {"name": 7}}}],
        "jobLocation": {"address": {"addressLocality": ["", null, 3.5e300]}},
        "datePosted": "31-02-2025", "validThrough": 99999999999999999999,
        "employmentType": {"x": "FULL_TIME"},
        "baseSalary": {"currency": 12, "value": {"minValue": "veel", "maxValue": -1e308, "unitText": ["MONTH", "YEAR"]}},
        "workHours": -36, "experienceRequirements": {"monthsOfExperience": "NaN"},
        "educationRequirements": [{"credentialCategory": {"@id": "x"}}],
        "description": 42, "identifier": {"value": {"value": null}}}"#;
    c.write(
        "typen_ld.html",
        vacancy_html("Adviseur riolering", &ld(posting), ""),
    );
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let o = run.observation("typen_ld");
    if let Some(s) = &o.fields.salary_max {
        assert!(s.value.is_finite() && s.value > 0.0, "salary {:?}", s);
    }
    if let Some(h) = &o.fields.hours_max {
        assert!(h.value > 0.0 && h.value <= 80.0, "hours {:?}", h);
    }
}

#[test]
fn json_ld_over_max_jsonld_bytes_is_ignored() {
    let c = Corpus::new();
    let posting = |title: &str, bytes: usize| {
        let filler = "Wij zoeken een collega. ".repeat(bytes / 24);
        ld(&serde_json::json!({
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": title,
            "hiringOrganization": {"name": "Gemeente Uitjsonld"},
            "datePosted": "2025-10-20",
            "description": filler,
        })
        .to_string())
    };
    // 2 MB: over limits.max_jsonld_bytes (1 MiB), so it is skipped.
    c.write(
        "reus_ld.html",
        vacancy_html(
            "Adviseur zichtbare tekst",
            &posting("Titel uit JSON-LD", 2_000_000),
            "",
        ),
    );
    // 0.9 MB: under the limit, so it is read (the control).
    c.write(
        "groot_ld.html",
        vacancy_html(
            "Adviseur zichtbare tekst",
            &posting("Titel uit JSON-LD", 900_000),
            "",
        ),
    );
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    let huge = run.observation("reus_ld");
    assert_eq!(
        huge.fields.title.as_ref().map(|t| t.value.as_str()),
        Some("Adviseur zichtbare tekst")
    );
    assert!(
        !huge
            .fields
            .sources()
            .iter()
            .any(|(_, s)| *s == vacex_core::record::FieldSource::Structured),
        "a JSON-LD block over the limit is skipped: {:?}",
        huge.fields.sources()
    );
    let big = run.observation("groot_ld");
    assert_eq!(
        big.fields
            .title
            .as_ref()
            .map(|t| (t.value.as_str(), t.source)),
        Some((
            "Titel uit JSON-LD",
            vacex_core::record::FieldSource::Structured
        ))
    );
}

// ---------------------------------------------------------------------------------
// JSONL
// ---------------------------------------------------------------------------------

fn jsonl_good(id: &str) -> String {
    serde_json::json!({
        "id": id,
        "url": wvn_url(7000 + id.len() as u32),
        "fetched_at": "2025-11-01T01:00:00Z",
        "html": String::from_utf8(good_page()).unwrap(),
    })
    .to_string()
}

#[test]
fn jsonl_lines_that_are_not_json_are_bad_records() {
    let c = Corpus::new();
    let lines = [
        jsonl_good("j-1"),
        "dit is geen json".to_string(),
        "{\"id\": \"j-kapot\", \"html\": \"<p>afgebroken".to_string(),
        "[1, 2, 3]".to_string(),
        "\"alleen een string\"".to_string(),
        "{\"id\": \"j-x\", \"html\": 12}".to_string(),
        "\u{feff}{\"id\": \"j-bom\"".to_string(),
        jsonl_good("j-2"),
    ];
    c.write("feed.jsonl", lines.join("\n") + "\n");
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.observation("j-1");
    run.observation("j-2");
    for line in 2..=7 {
        let id = format!("feed:{line}");
        let row = run.assert_reject(&id, "bad_record", &[]);
        assert!(
            cell(row, "source_path").ends_with(&format!("feed.jsonl:{line}")),
            "{row:?}"
        );
    }
    run.assert_reject("feed:2", "bad_record", &["not a JSON record"]);
    assert_eq!(run.n("pages_read"), 1 + 8);
}

#[test]
fn a_jsonl_record_without_html_or_text_is_a_bad_record() {
    let c = Corpus::new();
    let lines = [
        jsonl_good("k-1"),
        serde_json::json!({"id": "k-leeg", "url": "https://voorbeeldstad.nl/vacature/k-2", "fetched_at": "2025-11-01"}).to_string(),
        serde_json::json!({"id": "k-null", "html": null, "text": null}).to_string(),
        serde_json::json!({"url": "https://voorbeeldstad.nl/vacature/k-3"}).to_string(),
        "{}".to_string(),
    ];
    c.write("zonder.jsonl", lines.join("\n"));
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.observation("k-1");
    let row = run.assert_reject("k-leeg", "bad_record", &["html", "text"]);
    assert_eq!(
        cell(row, "url"),
        "https://voorbeeldstad.nl/vacature/k-2",
        "the reject keeps the record's url"
    );
    run.assert_reject("k-null", "bad_record", &["html", "text"]);
    run.assert_reject(
        "https://voorbeeldstad.nl/vacature/k-3",
        "bad_record",
        &["html", "text"],
    );
    run.assert_reject("zonder:5", "bad_record", &["html", "text"]);
}

#[test]
fn empty_jsonl_lines_are_skipped_not_pages() {
    let c = Corpus::new();
    let text = format!(
        "\n{}\n\n   \n\t\r\n{}\r\n\n\n",
        jsonl_good("e-1"),
        jsonl_good("e-22")
    );
    c.write("gaten.jsonl", &text);
    c.write("helemaal_leeg.jsonl", "");
    c.write("alleen_wit.jsonl", "\n\n  \n\r\n");
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    run.observation("e-1");
    run.observation("e-22");
    assert_eq!(run.n("pages_read"), 3, "{}", run.doc_ids());
    assert_eq!(run.n("rejects"), 0, "{}", run.doc_ids());
}

// ---------------------------------------------------------------------------------
// Duplicates, missing and unwritable paths
// ---------------------------------------------------------------------------------

#[test]
fn the_same_file_name_in_two_subdirectories_is_a_duplicate_doc_id() {
    let c = Corpus::new();
    c.write("a/dubbel.html", good_page());
    c.write("b/dubbel.html", good_page());
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    // The first file (in sorted order) is the observation, the second the reject.
    let firsts: Vec<&ObservedRow> = run
        .observations
        .iter()
        .filter(|o| o.doc_id == "dubbel")
        .collect();
    assert_eq!(firsts.len(), 1, "{}", run.doc_ids());
    assert_eq!(firsts[0].fields.title.as_ref().unwrap().value, GOOD_TITLE);
    let rows = run.rows_for("dubbel");
    assert_eq!(rows.len(), 1, "{}", run.doc_ids());
    let row = rows[0];
    assert_eq!(cell(row, "reason"), "duplicate_doc_id");
    let detail = cell(row, "detail");
    assert_human(detail);
    assert!(
        detail.contains("dubbel") && detail.contains("already"),
        "{detail}"
    );
    assert!(
        cell(row, "source_path").ends_with("b/dubbel.html"),
        "the second file (in sorted order) is the duplicate: {row:?}"
    );
    let obs_row = run
        .observation_rows
        .iter()
        .find(|r| cell(r, "doc_id") == "dubbel")
        .unwrap();
    assert!(cell(obs_row, "source_path").ends_with("a/dubbel.html"));
    assert_eq!(run.n("failed"), 0);
}

#[test]
fn a_missing_input_path_exits_2_and_names_it() {
    let c = Corpus::new();
    let missing = c.tmp.path().join("bestaat-niet/corpus");
    for inputs in [
        vec![missing.clone()],
        vec![c.input.clone(), missing.clone()],
    ] {
        let mut args = os(&[&"run", &"--run-date", &NIGHT, &"--out", &c.out]);
        args.extend(inputs.into_iter().map(OsString::from));
        let exit = vacex(&args, DEADLINE);
        assert_eq!(exit.code, 2, "stderr:\n{}", exit.stderr);
        assert!(
            exit.stderr.contains(missing.to_str().unwrap()),
            "stderr does not name {}:\n{}",
            missing.display(),
            exit.stderr
        );
        assert!(!c.out.join("runs").exists(), "nothing is written");
    }
}

#[test]
fn an_unwritable_output_directory_exits_2_and_names_it() {
    let c = Corpus::new();
    // (running as root, permissions do not stop anything: use files where directories
    // must go)
    let file = c.tmp.path().join("bestand");
    fs::write(&file, "x").unwrap();
    let cases: Vec<(PathBuf, PathBuf)> = {
        let under_file = file.join("out");
        let out_runs = c.tmp.path().join("out-runs");
        fs::create_dir_all(&out_runs).unwrap();
        fs::write(out_runs.join("runs"), "geen map").unwrap();
        let out_obs = c.tmp.path().join("out-obs");
        fs::create_dir_all(&out_obs).unwrap();
        fs::write(out_obs.join("observations"), "geen map").unwrap();
        vec![
            (file.clone(), file.clone()),
            (under_file.clone(), under_file),
            (out_runs.clone(), out_runs.join("runs")),
            (out_obs.clone(), out_obs.join("observations")),
        ]
    };
    for (out, named) in cases {
        let args = os(&[&"run", &"--run-date", &NIGHT, &"--out", &out, &c.input]);
        let exit = vacex(&args, DEADLINE);
        assert_eq!(
            exit.code,
            2,
            "--out {}: stderr:\n{}",
            out.display(),
            exit.stderr
        );
        assert!(
            exit.stderr.contains(named.to_str().unwrap()),
            "--out {}: stderr does not name {}:\n{}",
            out.display(),
            named.display(),
            exit.stderr
        );
    }
}

// ---------------------------------------------------------------------------------
// The failure threshold
// ---------------------------------------------------------------------------------

#[test]
fn the_failed_fraction_threshold_is_more_than_max_failed_fraction() {
    // 19 good pages and 1 PDF: 1/20 = 0.05 failed, not more than 0.05: exit 0.
    let c = Corpus::new();
    for i in 0..18 {
        c.write(&format!("kopie_{i:02}.html"), good_page());
    }
    c.write("pdf_1.html", pdf());
    let run = c.run();
    assert_eq!((run.n("pages_read"), run.n("failed")), (20, 1));
    run.assert_exit(0);
    assert_eq!(run.report["status"], "ok");
    run.assert_good_observed();

    // 18 good pages and 1 PDF: 1/19 > 0.05: exit 1, but the night is still published.
    fs::remove_file(c.input.join("kopie_00.html")).unwrap();
    let run = c.run();
    assert_eq!((run.n("pages_read"), run.n("failed")), (19, 1));
    run.assert_exit(1);
    assert_eq!(run.report["status"], "too_many_failures");
    run.assert_good_observed();
    assert_eq!(run.n("observations"), 18);
    assert!(c.out.join("vacancies/vacancies.parquet").exists());
    assert!(
        run.exit.stderr.to_lowercase().contains("too many"),
        "stderr says why: {}",
        run.exit.stderr
    );

    // Deliberate drops never count: 1 good page and 30 not-a-vacancy pages: exit 0.
    let c = Corpus::new();
    for i in 0..30 {
        c.write(&format!("leeg_{i:02}.html"), "");
        c.write(&format!("lijst_{i:02}.html"), listing_page());
    }
    let run = c.run();
    assert_eq!(run.n("failed"), 0);
    assert_eq!(run.n("dropped"), 60);
    run.assert_exit(0);
}

#[test]
fn max_failed_fraction_comes_from_the_config() {
    let c = Corpus::new();
    c.write("pdf_1.html", pdf());
    // 1 of 2 failed: 0.5 is not more than 0.5.
    let config = c.config(&[("max_failed_fraction = 0.05", "max_failed_fraction = 0.5")]);
    let run = c.run_with_config(&config);
    run.assert_exit(0);
    assert_eq!(run.report["status"], "ok");
    // 0.0: any failure fails the run.
    let c = Corpus::new();
    c.write("pdf_1.html", pdf());
    for i in 0..50 {
        c.write(&format!("kopie_{i:02}.html"), good_page());
    }
    let config = c.config(&[("max_failed_fraction = 0.05", "max_failed_fraction = 0.0")]);
    let exit = vacex(
        &os(&[
            &"run",
            &"--config",
            &config,
            &"--run-date",
            &NIGHT,
            &"--out",
            &c.out,
            &c.input,
        ]),
        DEADLINE,
    );
    assert_eq!(exit.code, 1, "{}", exit.stderr);
    // A corpus without failures passes even then.
    fs::remove_file(c.input.join("pdf_1.html")).unwrap();
    let exit = vacex(
        &os(&[
            &"run",
            &"--config",
            &config,
            &"--run-date",
            &NIGHT,
            &"--out",
            &c.out,
            &c.input,
        ]),
        DEADLINE,
    );
    assert_eq!(exit.code, 0, "{}", exit.stderr);
}

// ---------------------------------------------------------------------------------
// Idempotent reruns over a mixed corpus
// ---------------------------------------------------------------------------------

fn mixed_corpus() -> Corpus {
    let c = Corpus::new();
    let page = good_page();
    c.write("leeg.html", "");
    c.write("wit.html", "   \n\t  \n");
    c.write("vacature.html", pdf());
    c.write("logo.html", png());
    let gz = gzip(&page);
    c.write("afgebroken.html.gz", &gz[..gz.len() / 2]);
    let zst = zstd::encode_all(&page[..], 3).unwrap();
    c.write("afgebroken.html.zst", &zst[..zst.len() / 2]);
    c.write("goed.html.zst", &zst);
    let mut archive = gzip(&warcinfo());
    archive.extend(gzip(&warc_record("rec-1", &wvn_url(1), &page, 0)));
    let last = gzip(&warc_record("rec-2", &wvn_url(2), &page, 0));
    archive.extend_from_slice(&last[..last.len() / 2]);
    c.write("crawl.warc.gz", &archive);
    c.write(
        "feed.jsonl",
        [
            jsonl_good("j-1"),
            String::new(),
            "geen json".into(),
            "{\"id\": \"j-leeg\"}".into(),
        ]
        .join("\n"),
    );
    c.write("overzicht.html", listing_page());
    c.write("a/dubbel.html", &page);
    c.write("b/dubbel.html", &page);
    c.write(
        "andere.html",
        vacancy_html("Adviseur openbare ruimte", "", ""),
    );
    c.write("niet-relevant.pdf", pdf());
    c
}

fn table_bytes(out: &Path) -> BTreeMap<&'static str, Vec<u8>> {
    let night = format!("run_date={NIGHT}/part-00000.parquet");
    [
        ("observations", out.join("observations").join(&night)),
        ("rejects", out.join("rejects").join(&night)),
        ("vacancies", out.join("vacancies/vacancies.parquet")),
    ]
    .into_iter()
    .map(|(name, path)| {
        (
            name,
            fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        )
    })
    .collect()
}

/// The report without what must differ between runs (times, paths of the outputs).
fn stable_report(report: &Value) -> Value {
    let mut r = report.clone();
    let o = r.as_object_mut().unwrap();
    for key in ["started_at", "finished_at", "timings", "outputs"] {
        o.remove(key);
    }
    r
}

#[test]
fn rerunning_a_mixed_corpus_gives_byte_identical_tables() {
    let c = mixed_corpus();
    let first = c.run();
    first.assert_exit(1);
    first.assert_good_observed();
    let tables = table_bytes(&c.out);
    // The same night again into the same output, then into a fresh output.
    let second = c.run();
    assert_eq!(second.exit.code, first.exit.code);
    let again = table_bytes(&c.out);
    for (name, bytes) in &tables {
        assert!(
            again[name] == *bytes,
            "{name} differs after a rerun into the same output"
        );
    }
    assert_eq!(stable_report(&first.report), stable_report(&second.report));
    let fresh = c.tmp.path().join("out-fresh");
    let third = c.run_into(&fresh, &[]);
    assert_eq!(third.exit.code, first.exit.code);
    let elsewhere = table_bytes(&fresh);
    for (name, bytes) in &tables {
        assert!(
            elsewhere[name] == *bytes,
            "{name} differs between two outputs of the same corpus"
        );
    }
    // And with one worker thread.
    let single = c.tmp.path().join("out-1");
    let fourth = c.run_into(&single, &[OsString::from("--threads"), OsString::from("1")]);
    assert_eq!(fourth.exit.code, first.exit.code);
    let one = table_bytes(&single);
    for (name, bytes) in &tables {
        assert!(one[name] == *bytes, "{name} differs with --threads 1");
    }
    assert!(!c.out.join(".staging").join(NIGHT).exists());
}

// ---------------------------------------------------------------------------------
// More hostile files a crawler drops
// ---------------------------------------------------------------------------------

#[test]
fn a_gzip_bomb_is_too_large_without_reading_it_all() {
    let c = Corpus::new();
    // 256 MiB of spaces and one tag: about 256 KB compressed.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"<html><body><p>").unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..256 {
        gz.write_all(&block).unwrap();
    }
    c.write("bom.html.gz", gz.finish().unwrap());
    let started = Instant::now();
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.assert_reject("bom", "too_large", &["max_page_bytes"]);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "reading stops at the limit"
    );
    assert!(
        run.exit.peak_rss_kib < 512 * 1024,
        "memory stays bounded: peak {} MiB",
        run.exit.peak_rss_kib / 1024
    );
}

/// A gzip stream of `n` MiB of spaces behind `prefix`.
fn gzip_bomb(prefix: &[u8], mib: usize) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(prefix).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..mib {
        gz.write_all(&block).unwrap();
    }
    gz.finish().unwrap()
}

#[test]
fn a_gzip_bomb_inside_a_warc_http_response_does_not_exhaust_memory() {
    // A WARC response whose HTTP body is Content-Encoding: gzip and expands from
    // about 2 MB to 2 GiB. The page limit (8 MiB) must bound the decompression too.
    let c = Corpus::new();
    let body = gzip_bomb(b"<html><body><h1>Bom</h1><p>", 2048);
    assert!(
        body.len() < 8 * 1024 * 1024,
        "the record itself is within the limit"
    );
    let mut http =
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    http.extend_from_slice(&body);
    let mut archive = warcinfo();
    archive.extend(warc_record("ok-1", &wvn_url(1), &good_page(), 0));
    archive.extend(warc_record_raw(
        "bom-1",
        "https://voorbeeldstad.nl/vacature/bom-1",
        &http,
        &http.len().to_string(),
    ));
    archive.extend(warc_record("ok-2", &wvn_url(2), &good_page(), 0));
    c.write("bom.warc", &archive);
    let run = c.run();
    eprintln!("peak RSS {} MiB", run.exit.peak_rss_kib / 1024);
    run.assert_good_observed();
    run.observation("ok-1");
    run.observation("ok-2");
    run.assert_reject("bom-1", "too_large", &[]);
    run.assert_exit(1);
    assert!(
        run.exit.peak_rss_kib < 1024 * 1024,
        "decompressing an HTTP body must stop at the page limit: peak RSS {} MiB",
        run.exit.peak_rss_kib / 1024
    );
}

#[test]
fn a_gzip_file_named_html_without_gz_is_binary() {
    let c = Corpus::new();
    c.write("verkeerde_naam.html", gzip(&good_page()));
    c.write(
        "zstd_naam.html",
        zstd::encode_all(&good_page()[..], 3).unwrap(),
    );
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.assert_reject("verkeerde_naam", "binary", &["gzip"]);
    run.assert_reject("zstd_naam", "binary", &["zstd"]);
}

#[test]
fn a_dangling_symlink_in_the_corpus_is_a_reject_not_the_end_of_the_night() {
    let c = Corpus::new();
    std::os::unix::fs::symlink(c.tmp.path().join("weg.html"), c.input.join("link.html")).unwrap();
    let run = c.run();
    run.assert_good_observed();
    run.assert_reject("link", "unreadable", &[]);
    run.assert_exit(1);
}

#[test]
fn nul_bytes_and_control_characters_in_a_text_page() {
    let c = Corpus::new();
    let mut text = b"Beleidsadviseur wonen\n\nStandplaats: Utrecht\nUren: 36 uur per week\nSalaris: schaal 11\n".to_vec();
    text.extend_from_slice(b"Dit\x00is\x01een\x02tekst\x1bmet\x07stuurtekens.\n");
    c.write("stuur.txt", &text);
    // Mostly NUL: binary.
    let mut nul = b"Vacature ".to_vec();
    nul.extend(std::iter::repeat_n(0u8, 4000));
    c.write("nul.html", &nul);
    let run = c.run();
    run.assert_good_observed();
    assert_eq!(run.occurrences("stuur"), 1);
    run.assert_reject("nul", "binary", &[]);
    for o in &run.observation_rows {
        for (k, v) in o {
            if let Some(v) = v {
                assert!(!v.contains('\0'), "NUL in column {k}: {v:?}");
            }
        }
    }
}

#[test]
fn utf16_pages_with_a_bom_are_read() {
    let c = Corpus::new();
    let html = vacancy_html("Adviseur waterkwaliteit", "", "");
    let mut le = vec![0xff, 0xfe];
    for u in html.encode_utf16() {
        le.extend_from_slice(&u.to_le_bytes());
    }
    c.write("utf16le.html", &le);
    let mut be = vec![0xfe, 0xff];
    for u in html.encode_utf16() {
        be.extend_from_slice(&u.to_be_bytes());
    }
    c.write("utf16be.html", &be);
    let run = c.run();
    run.assert_exit(0);
    run.assert_good_observed();
    for id in ["utf16le", "utf16be"] {
        let o = run.observation(id);
        assert_eq!(
            o.fields.title.as_ref().map(|t| t.value.as_str()),
            Some("Adviseur waterkwaliteit")
        );
    }
}

#[test]
fn a_warc_with_http_errors_and_broken_http_is_rejected_record_by_record() {
    let c = Corpus::new();
    let page = good_page();
    let mut archive = warcinfo();
    archive.extend(warc_record("h-1", &wvn_url(1), &page, 0));
    let mut not_found = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n".to_vec();
    not_found.extend_from_slice(b"<h1>Pagina niet gevonden</h1>");
    archive.extend(warc_record_raw(
        "h-404",
        &wvn_url(2),
        &not_found,
        &not_found.len().to_string(),
    ));
    let garbage = b"dit is geen http-antwoord";
    archive.extend(warc_record_raw(
        "h-rommel",
        &wvn_url(3),
        garbage,
        &garbage.len().to_string(),
    ));
    let mut bad_chunks =
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n".to_vec();
    bad_chunks.extend_from_slice(b"0\r\n\r\n");
    archive.extend(warc_record_raw(
        "h-chunk",
        &wvn_url(4),
        &bad_chunks,
        &bad_chunks.len().to_string(),
    ));
    let mut bad_gzip = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    bad_gzip.extend_from_slice(&gzip(&page)[..200]);
    archive.extend(warc_record_raw(
        "h-gzip",
        &wvn_url(5),
        &bad_gzip,
        &bad_gzip.len().to_string(),
    ));
    archive.extend(warc_record("h-2", &wvn_url(6), &page, 0));
    c.write("http.warc", &archive);
    let run = c.run();
    run.assert_exit(1);
    run.assert_good_observed();
    run.observation("h-1");
    run.observation("h-2");
    run.assert_reject("h-404", "not_a_vacancy", &["404"]);
    for id in ["h-rommel", "h-chunk", "h-gzip"] {
        run.assert_reject(id, "bad_record", &["HTTP"]);
    }
}

// ---------------------------------------------------------------------------------
// A writer that fails in the middle of a run
// ---------------------------------------------------------------------------------

/// The file-size limit (RLIMIT_FSIZE) makes the Parquet writer's writes fail with
/// EFBIG once the observations part passes 64 KiB: at the first rows handed to it
/// (4096, in row groups of at most 1 MB), while the last 900 pages, one a batch, are
/// still to be processed. The run stops with exit code 2 and the error, without
/// hanging on the batches in flight, and publishes nothing.
#[test]
fn a_writer_that_fails_mid_run_stops_the_run_and_publishes_nothing() {
    use std::os::unix::process::CommandExt;

    let c = Corpus::bare();
    let page = String::from_utf8(good_page()).unwrap();
    // Each page gets its own paragraph of words, so the rows do not compress away.
    let words = [
        "beleid",
        "water",
        "dijk",
        "regio",
        "advies",
        "team",
        "project",
        "plan",
        "zorg",
        "data",
        "wijk",
        "natuur",
        "gemeente",
        "provincie",
        "burger",
        "kennis",
    ];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for n in 0..5000 {
        let paragraph: Vec<&str> = (0..150)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                words[(state >> 60) as usize]
            })
            .collect();
        let own = format!("<p>{}</p></body>", paragraph.join(" "));
        c.write(
            &format!("kopie_{n:04}.html"),
            page.replacen("</body>", &own, 1),
        );
    }
    let config = c.config(&[
        ("batch_pages = 64", "batch_pages = 1"),
        ("row_group_mb = 16", "row_group_mb = 1"),
    ]);
    let mut command = Command::new(cargo_bin("vacex"));
    command
        .current_dir(root())
        .args([
            "--quiet",
            "run",
            "--threads",
            "2",
            "--run-date",
            NIGHT,
            "--config",
        ])
        .arg(&config)
        .arg("--out")
        .arg(&c.out)
        .arg(&c.input)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // SAFETY: only async-signal-safe calls (signal, setrlimit) between fork and exec.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 64 * 1024,
                rlim_max: 64 * 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = command.spawn().expect("vacex starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            panic!("a run whose writer failed did not finish within {DEADLINE:?} (a hang)");
        }
        std::thread::sleep(Duration::from_millis(25));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(2), "stderr:\n{}", tail(&stderr));
    assert_eq!(
        stderr.matches("File too large").count(),
        1,
        "the error names the cause, once; stderr:\n{}",
        tail(&stderr)
    );
    let night = format!("run_date={NIGHT}");
    for table in ["observations", "rejects"] {
        assert!(
            !c.out.join(table).join(&night).exists(),
            "{table} of the failed night were published"
        );
    }
    assert!(
        !c.out.join(".staging").join(NIGHT).exists(),
        "the failed run left its staged tables"
    );
    assert!(!c.out.join("runs").join(format!("{NIGHT}.json")).exists());
}
