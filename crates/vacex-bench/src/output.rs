//! Writes generated pages in the corpus shapes vacex reads: a directory tree of
//! `.html` files (1000 a folder, as crawlers shard them), a `.jsonl.gz` of
//! `{"id","url","fetched_at","html"}` records, and a `.warc.gz` with one gzip member
//! per `response` record (WARC/1.0, exact Content-Length, `<urn:uuid:…>` ids). Every
//! writer streams: one page in memory at a time.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::corpus::GenPage;

/// The corpus shapes gen-corpus can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Dir,
    JsonlGz,
    WarcGz,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim() {
            "dir" | "html" => Some(Format::Dir),
            "jsonl.gz" | "jsonl" => Some(Format::JsonlGz),
            "warc.gz" | "warc" => Some(Format::WarcGz),
            _ => None,
        }
    }
}

/// gzip level: fast, since the benchmark times reading, not the crawler's writing.
fn level() -> Compression {
    Compression::new(3)
}

/// Writes one night in every requested format.
pub struct NightWriter {
    seed: u64,
    night: u32,
    pages_dir: Option<PathBuf>,
    jsonl: Option<GzEncoder<BufWriter<File>>>,
    warc: Option<BufWriter<File>>,
    member: Vec<u8>,
}

fn create(path: &Path) -> io::Result<BufWriter<File>> {
    File::create(path)
        .map(|f| BufWriter::with_capacity(1 << 20, f))
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

impl NightWriter {
    /// Writers under `dir`: `pages/`, `corpus.jsonl.gz`, `corpus.warc.gz`.
    pub fn create(
        dir: &Path,
        formats: &[Format],
        seed: u64,
        night: u32,
    ) -> io::Result<NightWriter> {
        fs::create_dir_all(dir)?;
        let pages_dir = formats.contains(&Format::Dir).then(|| dir.join("pages"));
        let jsonl = if formats.contains(&Format::JsonlGz) {
            Some(GzEncoder::new(
                create(&dir.join("corpus.jsonl.gz"))?,
                level(),
            ))
        } else {
            None
        };
        let mut warc = if formats.contains(&Format::WarcGz) {
            Some(create(&dir.join("corpus.warc.gz"))?)
        } else {
            None
        };
        let mut w = NightWriter {
            seed,
            night,
            pages_dir,
            jsonl: None,
            warc: None,
            member: Vec::new(),
        };
        if let Some(out) = warc.as_mut() {
            let info = format!(
                "software: vacex-bench gen-corpus\r\nformat: WARC File Format 1.0\r\nseed: {seed}\r\nnight: {night}\r\n"
            );
            let header = format!(
                "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{:012x}>\r\nWARC-Date: 2025-11-20T00:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: {}\r\n\r\n",
                (seed ^ u64::from(night)) & 0xffff_ffff_ffff,
                info.len()
            );
            w.write_member(out, &[header.as_bytes(), info.as_bytes(), b"\r\n\r\n"])?;
        }
        w.jsonl = jsonl;
        w.warc = warc;
        Ok(w)
    }

    /// One gzip member holding `parts`.
    fn write_member(&mut self, out: &mut BufWriter<File>, parts: &[&[u8]]) -> io::Result<()> {
        self.member.clear();
        let mut enc = GzEncoder::new(std::mem::take(&mut self.member), level());
        for p in parts {
            enc.write_all(p)?;
        }
        self.member = enc.finish()?;
        out.write_all(&self.member)
    }

    pub fn write(&mut self, page: &GenPage) -> io::Result<()> {
        if let Some(dir) = &self.pages_dir {
            let sub = dir.join(format!("{:04}", page.index / 1000));
            if page.index.is_multiple_of(1000) {
                fs::create_dir_all(&sub)?;
            }
            fs::write(sub.join(format!("{}.html", page.doc_id)), &page.html)?;
        }
        if let Some(out) = self.jsonl.as_mut() {
            out.write_all(b"{\"id\":")?;
            serde_json::to_writer(&mut *out, &page.doc_id)?;
            out.write_all(b",\"url\":")?;
            serde_json::to_writer(&mut *out, &page.url)?;
            out.write_all(b",\"fetched_at\":")?;
            serde_json::to_writer(&mut *out, &page.fetched_at)?;
            out.write_all(b",\"html\":")?;
            serde_json::to_writer(&mut *out, &page.html)?;
            out.write_all(b"}\n")?;
        }
        if let Some(mut out) = self.warc.take() {
            let http = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nServer: nginx\r\n\r\n",
                page.html.len()
            );
            let header = format!(
                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{}>\r\nWARC-Date: {}\r\nWARC-Target-URI: {}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
                page.warc_uuid(self.seed, self.night),
                page.fetched_at,
                page.url,
                http.len() + page.html.len()
            );
            let result = self.write_member(
                &mut out,
                &[
                    header.as_bytes(),
                    http.as_bytes(),
                    page.html.as_bytes(),
                    b"\r\n\r\n",
                ],
            );
            self.warc = Some(out);
            result?;
        }
        Ok(())
    }

    pub fn finish(self) -> io::Result<()> {
        if let Some(j) = self.jsonl {
            j.finish()?.flush()?;
        }
        if let Some(mut w) = self.warc {
            w.flush()?;
        }
        Ok(())
    }
}
