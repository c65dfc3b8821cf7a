//! JSONL corpora: one record a line, `{"url", "fetched_at", "html"}` or `"text"`, with
//! an optional `"id"`. A line that is not a record becomes a reject; the file goes on.

use std::io::{self, BufRead};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use serde::Deserialize;

use super::{input_reject, open, parse_timestamp, InputFile, InputItem, ReadOptions};
use crate::record::{ContentHint, Document, RejectReason, SourceFormat};

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    fetched_at: Option<String>,
    html: Option<String>,
    text: Option<String>,
}

pub(super) fn records(
    file: &InputFile,
    options: &ReadOptions,
    consumed: Option<&Arc<AtomicU64>>,
) -> Box<dyn Iterator<Item = InputItem> + Send> {
    let source = file.path.display().to_string();
    let stem = super::doc_id_for_file(&file.path);
    match open(file, consumed) {
        Ok(reader) => Box::new(JsonlReader {
            reader,
            source,
            stem,
            line_no: 0,
            // A JSON line carries the page escaped: allow for the escaping overhead.
            max_line: options
                .max_page_bytes
                .saturating_mul(2)
                .saturating_add(64 * 1024),
            max_page: options.max_page_bytes,
            done: false,
            buf: Vec::new(),
        }),
        Err(e) => Box::new(std::iter::once(Err(input_reject(
            stem,
            source,
            SourceFormat::Jsonl,
            RejectReason::Unreadable,
            format!("cannot open: {e}"),
        )))),
    }
}

struct JsonlReader {
    reader: Box<dyn BufRead + Send>,
    source: String,
    stem: String,
    line_no: u64,
    max_line: u64,
    max_page: u64,
    done: bool,
    buf: Vec<u8>,
}

/// Reads one line into `buf`, keeping at most `limit` bytes; returns the full length
/// of the line (0 at end of input).
fn read_line_limited(reader: &mut dyn BufRead, buf: &mut Vec<u8>, limit: u64) -> io::Result<u64> {
    buf.clear();
    let mut total = 0u64;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(total);
        }
        let (take, found) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = limit.saturating_sub(buf.len() as u64) as usize;
        buf.extend_from_slice(&chunk[..take.min(room)]);
        total += take as u64;
        reader.consume(take);
        if found {
            return Ok(total);
        }
    }
}

impl Iterator for JsonlReader {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if self.done {
                return None;
            }
            let len = match read_line_limited(&mut *self.reader, &mut self.buf, self.max_line) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(input_reject(
                        format!("{}:{}", self.stem, self.line_no + 1),
                        format!("{}:{}", self.source, self.line_no + 1),
                        SourceFormat::Jsonl,
                        RejectReason::Unreadable,
                        format!(
                            "the file cannot be read past line {} (corrupt or truncated?): {e}",
                            self.line_no
                        ),
                    )));
                }
            };
            self.line_no += 1;
            let line = self.buf.trim_ascii();
            if line.is_empty() {
                continue;
            }
            let source = format!("{}:{}", self.source, self.line_no);
            let fallback_id = format!("{}:{}", self.stem, self.line_no);
            if len > self.max_line {
                return Some(Err(input_reject(
                    fallback_id,
                    source,
                    SourceFormat::Jsonl,
                    RejectReason::TooLarge,
                    format!(
                        "line of {len} bytes is over the page limit of {} bytes",
                        self.max_page
                    ),
                )));
            }
            let record: Record = match serde_json::from_slice(line) {
                Ok(r) => r,
                Err(e) => {
                    return Some(Err(input_reject(
                        fallback_id,
                        source,
                        SourceFormat::Jsonl,
                        RejectReason::BadRecord,
                        format!("line is not a JSON record: {e}"),
                    )))
                }
            };
            let doc_id = match &record.id {
                Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => record
                    .url
                    .clone()
                    .filter(|u| !u.trim().is_empty())
                    .unwrap_or(fallback_id),
            };
            let (hint, body) = match (record.html, record.text) {
                (Some(h), _) => (ContentHint::Html, h),
                (None, Some(t)) => (ContentHint::Text, t),
                (None, None) => {
                    let mut reject = input_reject(
                        doc_id,
                        source,
                        SourceFormat::Jsonl,
                        RejectReason::BadRecord,
                        "record has neither an \"html\" nor a \"text\" field".into(),
                    );
                    reject.url = record.url;
                    return Some(Err(reject));
                }
            };
            return Some(Ok(Document {
                doc_id,
                source,
                format: SourceFormat::Jsonl,
                fetched_at: record.fetched_at.as_deref().and_then(parse_timestamp),
                url: record.url,
                http_charset: None,
                hint,
                bytes: body.into_bytes(),
            }));
        }
    }
}
