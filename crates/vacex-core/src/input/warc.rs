//! WARC archives (`.warc`, `.warc.gz` with one gzip member per record, as crawlers
//! write them). `response` records become documents with their target URI, date and
//! HTTP charset; other record types are skipped. A truncated archive yields the
//! records before the damage and one reject for the rest.

use std::io::{self, BufRead, Read};
use std::sync::atomic::AtomicU64;
use std::sync::Arc;

use super::{
    charset_of_content_type, input_reject, open, parse_timestamp, InputFile, InputItem, ReadOptions,
};
use crate::record::{ContentHint, Document, RejectReason, SourceFormat};

pub(super) fn records(
    file: &InputFile,
    options: &ReadOptions,
    consumed: Option<&Arc<AtomicU64>>,
) -> Box<dyn Iterator<Item = InputItem> + Send> {
    let source = file.path.display().to_string();
    let stem = super::doc_id_for_file(&file.path);
    match open(file, consumed) {
        Ok(reader) => Box::new(WarcReader {
            reader,
            source,
            stem,
            offset: 0,
            index: 0,
            max_page: options.max_page_bytes,
            done: false,
        }),
        Err(e) => Box::new(std::iter::once(Err(input_reject(
            stem,
            source,
            SourceFormat::Warc,
            RejectReason::Unreadable,
            format!("cannot open: {e}"),
        )))),
    }
}

struct WarcReader {
    reader: Box<dyn BufRead + Send>,
    source: String,
    stem: String,
    /// Offset in the decompressed stream, for messages.
    offset: u64,
    index: u64,
    max_page: u64,
    done: bool,
}

/// Headers of one WARC record or HTTP message, names lower-cased.
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

enum Next {
    End,
    Record {
        headers: Headers,
        block: Vec<u8>,
        oversized: Option<u64>,
    },
}

impl WarcReader {
    fn read_line(&mut self, line: &mut Vec<u8>) -> io::Result<usize> {
        line.clear();
        let n = (&mut self.reader).take(64 * 1024).read_until(b'\n', line)?;
        self.offset += n as u64;
        Ok(n)
    }

    fn next_record(&mut self) -> io::Result<Next> {
        let mut line = Vec::new();
        // Skip blank lines between records; the first non-blank must be a version line.
        loop {
            if self.read_line(&mut line)? == 0 {
                return Ok(Next::End);
            }
            if !line.trim_ascii().is_empty() {
                break;
            }
        }
        if !line.starts_with(b"WARC/") {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "expected a WARC version line, found {:?}",
                    String::from_utf8_lossy(&line[..line.len().min(40)])
                ),
            ));
        }
        let mut headers = Vec::new();
        loop {
            if self.read_line(&mut line)? == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "archive ends inside a record header",
                ));
            }
            let text = line.trim_ascii();
            if text.is_empty() {
                break;
            }
            if let Some((k, v)) = std::str::from_utf8(text)
                .ok()
                .and_then(|t| t.split_once(':'))
            {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let headers = Headers(headers);
        let length: u64 = headers
            .get("content-length")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    "record without a valid Content-Length",
                )
            })?;
        // Keep the block only when it can be a page within the limit; skip it otherwise.
        let keep = length <= self.max_page.saturating_add(64 * 1024);
        let mut block = Vec::new();
        let read = if keep {
            block.reserve(length as usize);
            (&mut self.reader).take(length).read_to_end(&mut block)? as u64
        } else {
            io::copy(&mut (&mut self.reader).take(length), &mut io::sink())?
        };
        self.offset += read;
        if read < length {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("record block is {read} of its {length} bytes: the archive is truncated"),
            ));
        }
        Ok(Next::Record {
            headers,
            block,
            oversized: (!keep).then_some(length),
        })
    }
}

impl Iterator for WarcReader {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        while !self.done {
            let at = self.offset;
            let (headers, block, oversized) = match self.next_record() {
                Ok(Next::End) => {
                    self.done = true;
                    return None;
                }
                Ok(Next::Record {
                    headers,
                    block,
                    oversized,
                }) => (headers, block, oversized),
                Err(e) => {
                    self.done = true;
                    return Some(Err(input_reject(
                        format!("{}@{at}", self.stem),
                        format!("{}@{at}", self.source),
                        SourceFormat::Warc,
                        RejectReason::Unreadable,
                        format!(
                            "archive unreadable from offset {at} after {} record(s): {e}",
                            self.index
                        ),
                    )));
                }
            };
            self.index += 1;
            if !headers
                .get("warc-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("response"))
            {
                continue;
            }
            // A header may be present and still say nothing ("WARC-Target-URI: <>"):
            // the doc_id then falls back to the URL, then to the file and offset.
            let url = headers
                .get("warc-target-uri")
                .map(|u| u.trim().trim_matches(['<', '>']).trim().to_string())
                .filter(|u| !u.is_empty());
            let doc_id = headers
                .get("warc-record-id")
                .map(|id| {
                    id.trim()
                        .trim_matches(['<', '>'])
                        .trim_start_matches("urn:uuid:")
                        .trim()
                        .to_string()
                })
                .filter(|id| !id.is_empty())
                .or_else(|| url.clone())
                .unwrap_or_else(|| format!("{}@{at}", self.stem));
            let source = format!("{}@{at}", self.source);
            let fetched_at = headers.get("warc-date").and_then(parse_timestamp);
            let reject = |reason, detail: String| {
                let mut r = input_reject(
                    doc_id.clone(),
                    source.clone(),
                    SourceFormat::Warc,
                    reason,
                    detail,
                );
                r.url = url.clone();
                r.fetched_at = fetched_at;
                r
            };
            if let Some(length) = oversized {
                return Some(Err(reject(
                    RejectReason::TooLarge,
                    format!(
                        "response of {length} bytes is over the page limit of {} bytes",
                        self.max_page
                    ),
                )));
            }
            let is_http = headers
                .get("content-type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("application/http"));
            let (body, charset, hint) = if is_http {
                match split_http(&block, self.max_page) {
                    Ok(http) => {
                        if !(200..300).contains(&http.status) {
                            let mut r = reject(
                                RejectReason::NotAVacancy,
                                format!("HTTP status {} is not a page", http.status),
                            );
                            r.stage = crate::record::RejectStage::Classify;
                            r.page_bytes = http.body.len() as u64;
                            return Some(Err(r));
                        }
                        let hint = if http
                            .content_type
                            .as_deref()
                            .is_some_and(|t| t.contains("text/plain"))
                        {
                            ContentHint::Text
                        } else {
                            ContentHint::Html
                        };
                        (
                            http.body,
                            http.content_type
                                .as_deref()
                                .and_then(charset_of_content_type),
                            hint,
                        )
                    }
                    Err(HttpError::Bad(e)) => {
                        return Some(Err(reject(
                            RejectReason::BadRecord,
                            format!("HTTP response cannot be parsed: {e}"),
                        )))
                    }
                    Err(HttpError::TooLarge { encoding, limit }) => {
                        let mut r = reject(
                            RejectReason::TooLarge,
                            format!(
                                "the {encoding}-encoded HTTP body expands past the page limit of {limit} bytes (limits.max_page_bytes); decompression stopped there"
                            ),
                        );
                        r.page_bytes = block.len() as u64;
                        return Some(Err(r));
                    }
                }
            } else {
                (block, None, ContentHint::Html)
            };
            return Some(Ok(Document {
                doc_id,
                source,
                format: SourceFormat::Warc,
                url,
                fetched_at,
                http_charset: charset,
                hint,
                bytes: body,
            }));
        }
        None
    }
}

struct HttpResponse {
    status: u16,
    content_type: Option<String>,
    body: Vec<u8>,
}

/// Why an HTTP response did not become a body.
#[derive(Debug, PartialEq)]
enum HttpError {
    /// Not a parseable HTTP response.
    Bad(String),
    /// The decompressed body would pass the page limit (a compression bomb, or just
    /// a huge page): decompression stopped there.
    TooLarge { encoding: String, limit: u64 },
}

impl From<&str> for HttpError {
    fn from(s: &str) -> HttpError {
        HttpError::Bad(s.to_string())
    }
}

impl From<String> for HttpError {
    fn from(s: String) -> HttpError {
        HttpError::Bad(s)
    }
}

/// Decompresses at most `limit` bytes; more is an error, so memory stays bounded by
/// the page limit whatever the compressed body expands to.
fn inflate(mut decoder: impl Read, encoding: &str, limit: u64) -> Result<Vec<u8>, HttpError> {
    let mut out = Vec::new();
    (&mut decoder)
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| HttpError::Bad(format!("{encoding} body: {e}")))?;
    if out.len() as u64 > limit {
        return Err(HttpError::TooLarge {
            encoding: encoding.to_string(),
            limit,
        });
    }
    Ok(out)
}

/// Splits an HTTP response into status, content type and (de-chunked, decompressed)
/// body; a body that decompresses to more than `max_body` bytes is an error.
fn split_http(block: &[u8], max_body: u64) -> Result<HttpResponse, HttpError> {
    let end = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))
        .ok_or("no end of HTTP headers")?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status_line = lines.next().ok_or("empty response")?;
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {status_line:?}"))?;
    let mut content_type = None;
    let mut chunked = false;
    let mut encoding = None;
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            let v = v.trim();
            match k.as_str() {
                "content-type" => content_type = Some(v.to_ascii_lowercase()),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => encoding = Some(v.to_ascii_lowercase()),
                _ => {}
            }
        }
    }
    let mut body = block[end.1..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("bad chunked encoding")?;
    }
    match encoding.as_deref() {
        Some("gzip") | Some("x-gzip") => {
            body = inflate(
                flate2::read::MultiGzDecoder::new(&body[..]),
                "gzip",
                max_body,
            )?;
        }
        Some("deflate") => {
            body = inflate(
                flate2::read::ZlibDecoder::new(&body[..]),
                "deflate",
                max_body,
            )?;
        }
        _ => {}
    }
    Ok(HttpResponse {
        status,
        content_type,
        body,
    })
}

fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len());
    loop {
        let nl = memchr::memchr(b'\n', data)?;
        let size_text = std::str::from_utf8(&data[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        data = &data[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_warc(bytes: &[u8]) -> Vec<InputItem> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("night.warc");
        std::fs::write(&path, bytes).unwrap();
        let file = InputFile::classify(&path, "night.warc".into()).unwrap();
        let options = ReadOptions {
            max_page_bytes: 1 << 20,
            fetched_at_for_files: crate::config::FetchedAtForFiles::None,
            run_date: chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(),
        };
        records(&file, &options, None).collect()
    }

    fn record(headers: &str, block: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\n{headers}Content-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    }

    #[test]
    fn empty_record_ids_and_uris_fall_back_to_the_file_and_offset() {
        // Found by the warc_reader fuzz target: "WARC-Target-URI: <>" left a reject
        // with an empty doc_id.
        let page = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>weg</p>";
        let warc = [
            record(
                "WARC-Target-URI: <>\r\nContent-Type: application/http\r\n",
                page,
            ),
            record(
                "WARC-Record-ID: < >\r\nWARC-Target-URI:  \r\nContent-Type: application/http\r\n",
                page,
            ),
            record(
                "WARC-Record-ID: <urn:uuid:>\r\nWARC-Target-URI: <https://example.nl/v/1>\r\n",
                "<p>x</p>",
            ),
        ]
        .concat();
        let items = read_warc(warc.as_bytes());
        let ids: Vec<String> = items
            .iter()
            .map(|i| match i {
                Ok(doc) => doc.doc_id.clone(),
                Err(r) => r.doc_id.clone(),
            })
            .collect();
        assert_eq!(ids.len(), 3, "{items:?}");
        assert_eq!(ids[0], "night@0");
        assert!(ids[1].starts_with("night@") && ids[1] != ids[0], "{ids:?}");
        assert_eq!(ids[2], "https://example.nl/v/1");
        assert!(matches!(&items[0], Err(r) if r.url.is_none()));
    }

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
    }

    #[test]
    fn http_split_reads_status_and_charset() {
        let r = split_http(
            b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>x</p>",
            1024,
        )
        .unwrap();
        assert_eq!(r.status, 404);
        assert_eq!(r.body, b"<p>x</p>");
        assert_eq!(
            charset_of_content_type(r.content_type.as_deref().unwrap()).as_deref(),
            Some("utf-8")
        );
    }

    #[test]
    fn a_compressed_body_stops_at_the_limit() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 1 << 20]).unwrap();
        let mut http = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        http.extend_from_slice(&gz.finish().unwrap());
        assert_eq!(
            split_http(&http, 4096).err(),
            Some(HttpError::TooLarge {
                encoding: "gzip".into(),
                limit: 4096
            })
        );
        let r = split_http(&http, 1 << 20).unwrap();
        assert_eq!(r.body.len(), 1 << 20);
    }
}
