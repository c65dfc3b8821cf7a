//! Readers for every corpus shape a crawler drops: directory trees of pages (plain,
//! `.gz`, `.zst`), JSONL records and WARC archives. They stream: one document at a
//! time, never the corpus in memory. The doc_id rules live here and nowhere else.

mod dir;
mod jsonl;
mod warc;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

use crate::config::FetchedAtForFiles;
use crate::record::{ContentHint, Document, Reject, RejectReason, RejectStage, SourceFormat};

pub use dir::walk_inputs;

/// An error that stops a run before any page is read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("input {path}: does not exist")]
    Missing { path: PathBuf },
    #[error("input {path}: cannot be read: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// How a file is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

/// What kind of input a file is, from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Page(ContentHint),
    Jsonl,
    Warc,
}

/// One input file of the corpus, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// Path relative to the input root it was found under: used for sharding, so a
    /// share does not depend on where the corpus is mounted.
    pub relative: String,
    pub kind: FileKind,
    pub compression: Compression,
}

impl InputFile {
    /// Classifies a file by its extensions; None for files that are not corpus input.
    pub fn classify(path: &Path, relative: String) -> Option<InputFile> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let (stem, compression) = if let Some(s) = name.strip_suffix(".gz") {
            (s, Compression::Gzip)
        } else if let Some(s) = name.strip_suffix(".zst") {
            (s, Compression::Zstd)
        } else {
            (name.as_str(), Compression::None)
        };
        let kind = if stem.ends_with(".html") || stem.ends_with(".htm") {
            FileKind::Page(ContentHint::Html)
        } else if stem.ends_with(".txt") {
            FileKind::Page(ContentHint::Text)
        } else if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") {
            FileKind::Jsonl
        } else if stem.ends_with(".warc") {
            FileKind::Warc
        } else {
            return None;
        };
        Some(InputFile {
            path: path.to_path_buf(),
            relative,
            kind,
            compression,
        })
    }

    /// True when this file belongs to shard `index` of `count`: a stable hash of the
    /// relative path, so every shard sees a fixed, disjoint share.
    pub fn in_shard(&self, index: u32, count: u32) -> bool {
        count <= 1 || (fnv1a(self.relative.as_bytes()) % u64::from(count)) as u32 == index
    }
}

/// FNV-1a, 64 bit: tiny, stable across versions and platforms.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The doc_id of a page file: its name without extensions
/// (`000_4a3c9f090d540af9.txt.gz` -> `000_4a3c9f090d540af9`).
pub fn doc_id_for_file(path: &Path) -> String {
    let mut name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    loop {
        let lower = name.to_ascii_lowercase();
        let cut = [
            ".gz", ".zst", ".html", ".htm", ".txt", ".jsonl", ".ndjson", ".warc",
        ]
        .iter()
        .find(|ext| lower.ends_with(*ext))
        .map(|ext| name.len() - ext.len());
        match cut {
            Some(n) if n > 0 => name.truncate(n),
            _ => return name,
        }
    }
}

/// Options every reader needs.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub max_page_bytes: u64,
    pub fetched_at_for_files: FetchedAtForFiles,
    pub run_date: NaiveDate,
}

/// One item a reader yields: a document, or a reject for input that never became one.
pub type InputItem = Result<Document, Box<Reject>>;

/// Opens a page file for one whole read: no buffer of its own when it is not
/// compressed, and its length as the size to read.
pub(crate) fn open_whole(file: &InputFile) -> io::Result<(Box<dyn Read + Send>, Option<u64>)> {
    if file.compression == Compression::None {
        let f = File::open(&file.path)?;
        let len = f.metadata().ok().map(|m| m.len());
        return Ok((Box::new(f), len));
    }
    Ok((open(file, None)?, None))
}

/// Counts the bytes read from a file into a shared total, so progress can be told in
/// bytes of the input files as they lie on disk, compressed or not.
struct Counted<R> {
    inner: R,
    total: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.total.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Opens a file with its decompressor; the bytes read from the file itself (before
/// decompression) are added to `counter` when one is given.
pub(crate) fn open(
    file: &InputFile,
    counter: Option<&Arc<AtomicU64>>,
) -> io::Result<Box<dyn BufRead + Send>> {
    let opened = File::open(&file.path)?;
    let f: Box<dyn Read + Send> = match counter {
        Some(total) => Box::new(Counted {
            inner: opened,
            total: Arc::clone(total),
        }),
        None => Box::new(opened),
    };
    Ok(match file.compression {
        Compression::None => Box::new(BufReader::with_capacity(256 * 1024, f)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::read::MultiGzDecoder::new(BufReader::with_capacity(256 * 1024, f)),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(256 * 1024, zstd::Decoder::new(f)?)),
    })
}

/// Reads up to `limit + 1` bytes: the caller sees whether the limit was exceeded.
/// `size_hint` (the file's length, when it is not compressed) sizes the buffer once.
pub(crate) fn read_limited(
    reader: &mut dyn Read,
    limit: u64,
    size_hint: Option<u64>,
) -> io::Result<Vec<u8>> {
    let capacity = size_hint.map_or(0, |n| n.min(limit).saturating_add(1));
    let mut buf = Vec::with_capacity(usize::try_from(capacity).unwrap_or(0));
    reader.take(limit.saturating_add(1)).read_to_end(&mut buf)?;
    Ok(buf)
}

/// What the reader hands a worker. A page file is one document, so it is handed on
/// unread and the worker that processes it reads it: reads of a directory corpus run
/// on every worker. A JSONL or WARC file is read in order by the reader, which hands
/// on each record it has read.
pub enum Work<'a> {
    Unread(&'a InputFile, ContentHint),
    Read(InputItem),
}

impl Work<'_> {
    /// The document (or its reject), reading the page file if it is still unread.
    pub fn into_item(self, options: &ReadOptions) -> InputItem {
        match self {
            Work::Unread(file, hint) => dir::read_page(file, hint, options),
            Work::Read(item) => item,
        }
    }
}

/// The work of one input file, streamed: one unread page for a page file, the read
/// records of a JSONL or WARC file. The bytes read from a JSONL or WARC file as it
/// lies on disk are added to `consumed`, when given, as its records are read.
pub fn work_of_file<'a>(
    file: &'a InputFile,
    options: &ReadOptions,
    consumed: Option<&Arc<AtomicU64>>,
) -> Box<dyn Iterator<Item = Work<'a>> + Send + 'a> {
    match file.kind {
        FileKind::Page(hint) => Box::new(std::iter::once(Work::Unread(file, hint))),
        FileKind::Jsonl => Box::new(jsonl::records(file, options, consumed).map(Work::Read)),
        FileKind::Warc => Box::new(warc::records(file, options, consumed).map(Work::Read)),
    }
}

/// Every document of one input file, streamed.
pub fn read_file<'a>(
    file: &'a InputFile,
    options: &'a ReadOptions,
) -> Box<dyn Iterator<Item = InputItem> + Send + 'a> {
    Box::new(work_of_file(file, options, None).map(|work| work.into_item(options)))
}

/// A reject for input that could not be read at all.
pub(crate) fn input_reject(
    doc_id: String,
    source: String,
    format: SourceFormat,
    reason: RejectReason,
    detail: String,
) -> Box<Reject> {
    Box::new(Reject {
        doc_id,
        source,
        format,
        url: None,
        site: None,
        fetched_at: None,
        stage: RejectStage::Input,
        reason,
        detail,
        page_bytes: 0,
    })
}

/// Parses the timestamps crawlers write: RFC 3339, `YYYY-MM-DD HH:MM:SS` (UTC) or a date.
pub fn parse_timestamp(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S") {
        return Some(t.and_utc());
    }
    if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        return Some(t.and_utc());
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

/// Charset named in a `Content-Type` value (`text/html; charset=windows-1252`).
pub fn charset_of_content_type(value: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|part| {
        let (k, v) = part.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_id_drops_every_extension() {
        assert_eq!(
            doc_id_for_file(Path::new("a/000_4a3c9f090d540af9.txt")),
            "000_4a3c9f090d540af9"
        );
        assert_eq!(doc_id_for_file(Path::new("r001.html.gz")), "r001");
        assert_eq!(doc_id_for_file(Path::new("x.y.htm.zst")), "x.y");
        assert_eq!(doc_id_for_file(Path::new(".html")), ".html");
    }

    #[test]
    fn files_are_classified_by_name() {
        let c =
            |n: &str| InputFile::classify(Path::new(n), n.into()).map(|f| (f.kind, f.compression));
        assert_eq!(
            c("a.html.gz"),
            Some((FileKind::Page(ContentHint::Html), Compression::Gzip))
        );
        assert_eq!(
            c("a.TXT"),
            Some((FileKind::Page(ContentHint::Text), Compression::None))
        );
        assert_eq!(c("a.warc.gz"), Some((FileKind::Warc, Compression::Gzip)));
        assert_eq!(c("a.jsonl.zst"), Some((FileKind::Jsonl, Compression::Zstd)));
        assert_eq!(c("README.md"), None);
    }

    #[test]
    fn shards_partition_the_files() {
        let files: Vec<InputFile> = (0..200)
            .map(|i| InputFile::classify(Path::new("x.html"), format!("d/{i}.html")).unwrap())
            .collect();
        for n in 1..5u32 {
            for f in &files {
                assert_eq!((0..n).filter(|&i| f.in_shard(i, n)).count(), 1);
            }
        }
    }

    #[test]
    fn charset_and_timestamps() {
        assert_eq!(
            charset_of_content_type("text/html; Charset=\"Windows-1252\"").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(charset_of_content_type("text/html"), None);
        assert!(parse_timestamp("2025-10-30T02:13:00Z").is_some());
        assert!(parse_timestamp("2025-10-30").is_some());
        assert!(parse_timestamp("yesterday").is_none());
    }
}
