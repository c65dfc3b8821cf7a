//! The bodies of the fuzz targets, as plain functions, so that the same code runs
//! under libFuzzer (`cargo +nightly fuzz run <target>`, see `fuzz_targets/`) and as
//! an ordinary test on stable Rust (`cargo test --release` in this folder replays the
//! seed corpus plus a few thousand deterministic mutations of it: `tests/replay.rs`).
//!
//! Besides "does not panic", every target checks the contracts the library states:
//! decoded blocks are never empty, a description never exceeds
//! `limits.max_description_bytes`, readers never yield more than the page limit
//! allows, hours are within 1..=60 with `min <= max`, salaries have `min <= max`, and
//! no number that reaches a table is NaN or infinite.

use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::{NaiveDate, TimeZone, Utc};
use vacex_core::config::{Config, FetchedAtForFiles};
use vacex_core::input::{self, InputFile, ReadOptions};
use vacex_core::pipeline::Processor;
use vacex_core::record::{ContentHint, Document, Outcome, SourceFormat};

static CONFIG: LazyLock<Config> = LazyLock::new(Config::default_shipped);
static PROCESSOR: LazyLock<Processor<'static>> = LazyLock::new(|| Processor::new(&CONFIG));

/// HTTP charsets to decode with, chosen by the input's length so the fuzzer's
/// bytes are used unchanged.
const CHARSETS: [Option<&str>; 8] = [
    None,
    Some("utf-8"),
    Some("windows-1252"),
    Some("utf-16le"),
    Some("iso-8859-15"),
    Some("shift_jis"),
    Some("x-user-defined"),
    Some("no-such-charset"),
];

/// URLs that select the shipped site profiles, or none.
const URLS: [Option<&str>; 4] = [
    None,
    Some("https://www.werkenvoornederland.nl/vacatures/fuzz-IENW-1"),
    Some("https://magnet.me/nl-NL/vacature/fuzz"),
    Some("https://www.ztalks.nl/opdracht/fuzz"),
];

fn night() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 1).unwrap()
}

fn document(
    data: &[u8],
    hint: ContentHint,
    http_charset: Option<&str>,
    url: Option<&str>,
) -> Document {
    Document {
        doc_id: "fuzz".into(),
        source: "fuzz".into(),
        format: SourceFormat::File,
        url: url.map(str::to_string),
        fetched_at: Utc.with_ymd_and_hms(2025, 11, 1, 2, 0, 0).single(),
        http_charset: http_charset.map(str::to_string),
        hint,
        bytes: data.to_vec(),
    }
}

/// `decode`: bytes as an HTML and as a text document, with an HTTP charset or none.
pub fn decode(data: &[u8]) {
    let charset = CHARSETS[data.len() % CHARSETS.len()];
    for hint in [ContentHint::Html, ContentHint::Text] {
        let doc = document(data, hint, charset, None);
        if let Ok(page) = vacex_core::decode::decode(&doc) {
            for block in &page.blocks {
                assert!(!block.text.is_empty(), "an empty block");
                assert!(block.level <= 6, "heading level {}", block.level);
            }
        }
    }
    let _ = vacex_core::decode::sniff_binary(data);
}

fn finite(name: &str, v: Option<f64>) {
    if let Some(v) = v {
        assert!(v.is_finite(), "{name} is {v}");
    }
}

/// `extract`: bytes as one page through the whole per-page pipeline (decode,
/// classify, every extraction stage, normalisation, redaction).
pub fn extract(data: &[u8]) {
    let n = data.len();
    let hint = if n % 2 == 0 {
        ContentHint::Html
    } else {
        ContentHint::Text
    };
    let doc = document(data, hint, None, URLS[(n / 2) % URLS.len()]);
    let (outcome, _) = PROCESSOR.process(doc);
    match outcome {
        Outcome::Observation(o) => {
            let f = &o.fields;
            let limit = CONFIG.limits.max_description_bytes as usize;
            if let Some(d) = &f.description {
                assert!(
                    d.value.len() <= limit,
                    "description of {} bytes",
                    d.value.len()
                );
            }
            finite("salary_min", f.salary_min.as_ref().map(|s| s.value));
            finite("salary_max", f.salary_max.as_ref().map(|s| s.value));
            finite("hours_min", f.hours_min.as_ref().map(|s| s.value));
            finite("hours_max", f.hours_max.as_ref().map(|s| s.value));
            finite("salary_monthly_min", o.salary_monthly_min);
            finite("salary_monthly_max", o.salary_monthly_max);
        }
        Outcome::Reject(r) => assert!(!r.detail.is_empty(), "a reject without a detail"),
    }
}

/// One scratch directory per process for the reader targets.
static SCRATCH: LazyLock<tempfile::TempDir> =
    LazyLock::new(|| tempfile::tempdir().expect("a scratch directory"));

/// A small page limit, so the fuzzer reaches the size checks with small inputs.
const MAX_PAGE: u64 = 4096;

fn drain(name: &str, data: &[u8]) {
    let path: PathBuf = SCRATCH.path().join(name);
    std::fs::write(&path, data).expect("scratch file written");
    let file = InputFile::classify(&path, name.to_string()).expect("a corpus file name");
    let options = ReadOptions {
        max_page_bytes: MAX_PAGE,
        fetched_at_for_files: FetchedAtForFiles::None,
        run_date: night(),
    };
    let mut items = 0usize;
    for item in input::read_file(&file, &options) {
        items += 1;
        assert!(
            items <= data.len() + 1,
            "{items} items from {} bytes: the reader does not advance",
            data.len()
        );
        match item {
            Ok(doc) => {
                // JSONL allows for escaping (2x + 64 KiB); a document past that must
                // have become a too_large reject.
                let cap = MAX_PAGE * 2 + 64 * 1024;
                assert!(
                    doc.bytes.len() as u64 <= cap,
                    "a document of {} bytes passed the reader (limit {MAX_PAGE})",
                    doc.bytes.len()
                );
                assert!(!doc.doc_id.is_empty(), "a document without a doc_id");
            }
            Err(reject) => {
                assert!(!reject.detail.is_empty(), "a reject without a detail");
                assert!(!reject.doc_id.is_empty(), "a reject without a doc_id");
            }
        }
    }
}

/// `jsonl_reader`: bytes as a JSONL file, every record read.
pub fn jsonl_reader(data: &[u8]) {
    drain("x.jsonl", data);
}

/// `warc_reader`: bytes as a WARC file, every record read.
pub fn warc_reader(data: &[u8]) {
    drain("x.warc", data);
}

/// `normalize`: the bytes as text into every parse function of
/// `vacex_core::normalize` (and the redaction, which reads the same kind of text).
pub fn normalize(data: &[u8]) {
    use vacex_core::normalize::salary::SalaryPeriod;
    use vacex_core::normalize::*;
    let s = String::from_utf8_lossy(data);
    let s = s.as_ref();
    let reference = Some(night());
    let _ = contract::contract_type(s);
    let _ = contract::from_schema_employment_type(s);
    let _ = date::parse_date(s, reference);
    let _ = date::parse_date(s, None);
    let _ = date::parse_iso_datetime_date(s);
    let _ = date::parse_relative_days(s, reference);
    let _ = education::education_level(s);
    let _ = experience::experience_years_min(s);
    let hours = hours::parse_hours(s);
    if let Some((min, max)) = hours {
        assert!(
            (1.0..=60.0).contains(&min) && (1.0..=60.0).contains(&max) && min <= max,
            "hours ({min}, {max}) from {s:?}"
        );
    }
    let _ = language::detect_language(s);
    let _ = number::parse_amount(s);
    let _ = number::parse_int(s);
    let _ = place::resolve_place(s);
    let _ = place::find_place_in_text(s);
    let _ = place::province_name(s);
    let _ = SalaryPeriod::from_unit_text(s);
    if let Some(pay) = salary::parse_salary(s) {
        finite("salary min", pay.min);
        finite("salary max", pay.max);
        if let (Some(a), Some(b)) = (pay.min, pay.max) {
            assert!(a <= b, "salary ({a}, {b}) from {s:?}");
        }
        for amount in [pay.min, pay.max].into_iter().flatten() {
            for period in [
                SalaryPeriod::Hour,
                SalaryPeriod::Day,
                SalaryPeriod::Week,
                SalaryPeriod::Month,
                SalaryPeriod::Year,
            ] {
                finite(
                    "monthly",
                    salary::monthly(amount, period, hours.map(|h| h.1)),
                );
            }
        }
    }
    let _ = scale::parse_scale(s);
    let _ = vacex_core::privacy::redact(s);
}

// ---------------------------------------------------------------------------------
// Seeds: the project's own sample pages plus inputs written here
// ---------------------------------------------------------------------------------

/// The names of the targets, as in `fuzz_targets/`.
pub const TARGETS: [&str; 5] = [
    "decode",
    "extract",
    "jsonl_reader",
    "warc_reader",
    "normalize",
];

/// The function of a target.
pub fn target(name: &str) -> fn(&[u8]) {
    match name {
        "decode" => decode,
        "extract" => extract,
        "jsonl_reader" => jsonl_reader,
        "warc_reader" => warc_reader,
        "normalize" => normalize,
        other => panic!("no fuzz target {other}"),
    }
}

fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../samples/pages")
}

fn sample_files(ext: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(samples())
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == ext));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    let _ = flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out);
    out
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

const SMALL_PAGES: [&str; 8] = [
    "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Co\u{f6}rdinator</title></head><body><h1>Co\u{f6}rdinator</h1><dl><dt>Uren</dt><dd>32 uur</dd><dt>Salaris</dt><dd>\u{20ac} 3.000 - \u{20ac} 4.000 per maand</dd></dl></body></html>",
    "<html><body><div class=\"cookie-consent\"><p>Wij gebruiken cookies</p></div></body></html>",
    "<html><head><title>Inloggen</title></head><body><h1>Inloggen</h1></body></html>",
    "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Adviseur\",\"hiringOrganization\":{\"name\":\"Gemeente X\"},\"baseSalary\":{\"currency\":\"EUR\",\"value\":{\"minValue\":3000,\"maxValue\":4000,\"unitText\":\"MONTH\"}},\"workHours\":\"32-36 uur\",\"validThrough\":\"2025-12-01\",\"description\":\"&lt;p&gt;Neem contact op met Jan Jansen, 06-12345678&lt;/p&gt;\"}</script></head><body><h1>Adviseur</h1></body></html>",
    "Beleidsadviseur\n\nStandplaats: Utrecht\nUren: 36 uur per week\nSalaris: max. \u{20ac} 5.008 bruto per maand\nSluitingsdatum: 1 december 2025\n \u{2022} HBO werk- en denkniveau\n \u{2022} minimaal 3 jaar ervaring\nContactpersoon\nPetra de Vries\n",
    "<h1>37 vacatures gevonden</h1><ul><li><a href=\"/vacature/a-1\">A</a> 36 uur</li><li><a href=\"/vacature/b-2\">B</a> 32 uur</li></ul>",
    "<div><div><div><span><b><i><a href=\"/job/x-1\"><table><tr><td><p>Adviseur</p></td></tr></table></a></i></b></span></div></div></div>",
    "<html><body><nav>Menu</nav><h1>Jurist</h1><section class=\"related-jobs\"><h2>Andere vacatures</h2><p>40 uur</p></section><footer>Contact</footer></body></html>",
];

const SNIPPETS: [&str; 24] = [
    "\u{20ac} 3.735,55 - \u{20ac} 5.261,64 bruto per maand",
    "\u{20ac}3.662 - \u{20ac}5.586 (bruto)",
    "max \u{20ac} 95,00 per uur",
    "vanaf \u{20ac}3.000",
    "EUR 50 - 70 per hour",
    "\u{20ac}60k per jaar",
    "32 - 36 uur",
    "Uren per week 32-36",
    "36-urige werkweek",
    "van 9 tot 17 uur",
    "schaal 10a",
    "salarisschaal 8-9",
    "1 december 2025",
    "vr 28 nov. '25",
    "2025-12-01T23:59:59+01:00",
    "nog 17 dagen",
    "minimaal 3 jaar werkervaring",
    "4 to 10 years of experience",
    "HBO/WO werk- en denkniveau",
    "Den Haag",
    "Standplaats: 's-Hertogenbosch, Noord-Brabant",
    "tijdelijk met uitzicht op vast",
    "FULL_TIME, TEMPORARY",
    "Neem contact op met Petra de Vries via p.devries@gemeente.nl of 06-12345678",
];

fn warc_record(kind: &str, id: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: https://voorbeeld.nl/vacature/{id}\r\nWARC-Date: 2025-11-01T02:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// Seed inputs of a target.
pub fn seeds(name: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    match name {
        "decode" | "extract" => {
            out.extend(sample_files("html"));
            out.extend(sample_files("txt"));
            out.extend(SMALL_PAGES.iter().map(|p| p.as_bytes().to_vec()));
            // windows-1252 bytes, UTF-16 with a BOM, binary magic.
            out.push(b"<p>Co\xf6rdinator caf\xe9 \x80 3.000 per maand, 36 uur</p>".to_vec());
            let mut utf16 = vec![0xff, 0xfe];
            for u in SMALL_PAGES[4].encode_utf16() {
                utf16.extend_from_slice(&u.to_le_bytes());
            }
            out.push(utf16);
            out.push(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec());
            out.push(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec());
        }
        "jsonl_reader" => {
            for feed in sample_files("jsonl") {
                out.push(feed.clone());
                for line in feed
                    .split(|&b| b == b'\n')
                    .filter(|l| !l.is_empty())
                    .take(3)
                {
                    out.push(line.to_vec());
                }
            }
            out.push(b"{\"id\": \"a\", \"url\": \"https://x.nl/vacature/1\", \"fetched_at\": \"2025-11-01T00:00:00Z\", \"text\": \"Adviseur\\n36 uur\"}\n\nnot json\n{\"id\": 7}\n{}\n".to_vec());
            out.push(
                b"{\"id\": \"b\", \"html\": \"<h1>x</h1>\"}\r\n{\"url\": \"\", \"html\": null}\r\n"
                    .to_vec(),
            );
        }
        "warc_reader" => {
            if let Ok(archive) = std::fs::read(samples().join("crawl.warc.gz")) {
                let plain = gunzip(&archive);
                out.push(plain.iter().copied().take(20_000).collect());
                out.push(plain);
            }
            let page = SMALL_PAGES[0].as_bytes();
            let mut http =
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n"
                    .to_vec();
            http.extend_from_slice(page);
            let mut chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
            chunked.extend_from_slice(format!("{:x}\r\n", page.len()).as_bytes());
            chunked.extend_from_slice(page);
            chunked.extend_from_slice(b"\r\n0\r\n\r\n");
            let mut gz =
                b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Type: text/html\r\n\r\n"
                    .to_vec();
            gz.extend_from_slice(&gzip(page));
            let mut seed = warc_record("warcinfo", "info", b"software: fuzz\r\n");
            seed.extend(warc_record("response", "r1", &http));
            seed.extend(warc_record("request", "q1", b"GET / HTTP/1.1\r\n\r\n"));
            seed.extend(warc_record("response", "r2", &chunked));
            seed.extend(warc_record("response", "r3", &gz));
            seed.extend(warc_record(
                "response",
                "r4",
                b"HTTP/1.1 404 Not Found\r\n\r\nweg",
            ));
            out.push(seed);
        }
        "normalize" => {
            out.extend(SNIPPETS.iter().map(|s| s.as_bytes().to_vec()));
            for page in sample_files("txt") {
                let text = String::from_utf8_lossy(&page).into_owned();
                out.extend(
                    text.lines()
                        .filter(|l| l.len() > 8 && l.len() < 300)
                        .take(40)
                        .map(|l| l.as_bytes().to_vec()),
                );
            }
        }
        other => panic!("no fuzz target {other}"),
    }
    out
}
