//! Wires the run together: a reader thread streams work in batches (bounded by pages
//! and bytes) to a rayon pool, each page is read (a page file, by its worker; JSONL
//! and WARC records arrive read), decoded, classified and extracted inside one task,
//! and one writer thread writes the outcomes in input order, so the output never
//! depends on thread timing. Then the night is published atomically and
//! the vacancies table rebuilt. Returns the run report; never prints or exits.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use crossbeam_channel::bounded;
use rayon::prelude::*;

use crate::config::Config;
use crate::decode::{self, DecodeError};
use crate::extract::{self, classify, sites, structured, Context, MainText, Stage};
use crate::input::{self, FileKind, InputError, InputFile, InputItem, ReadOptions, Work};
use crate::normalize::salary::{monthly, SalaryPeriod};
use crate::publish;
use crate::record::{
    Document, FieldSource, Observation, Outcome, Reject, RejectReason, RejectStage, Vacancy,
};
use crate::report::{Report, Timings};
use crate::sink::parquet::{SinkError, TableWriter};
use crate::sink::schema::{observations_batch, rejects_batch, Table};

/// Why a run could not be done (exit code 2 territory).
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("output {path}: {source}")]
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Sink(#[from] SinkError),
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
    #[error("merge: {0}")]
    Merge(String),
}

/// Which share of the inputs a run processes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    pub const WHOLE: Shard = Shard { index: 0, count: 1 };

    /// Parses `i/N` with 0 <= i < N.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("shard '{s}' is not of the form i/N"))?;
        let index: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("shard index '{i}' is not a number"))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("shard count '{n}' is not a number"))?;
        if count == 0 || index >= count {
            return Err(format!(
                "shard {index}/{count}: the index must be below the count"
            ));
        }
        Ok(Shard { index, count })
    }

    pub fn is_whole(self) -> bool {
        self.count <= 1
    }

    pub fn label(self) -> String {
        format!("{}/{}", self.index, self.count)
    }
}

/// What a run is asked to do, after flags and config are combined.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inputs: Vec<PathBuf>,
    pub output_dir: PathBuf,
    pub run_date: NaiveDate,
    pub threads: usize,
    pub shard: Shard,
    /// Rebuild the vacancies table after publishing (whole runs only).
    pub merge: bool,
    /// Called on the reader and writer threads as they end, on every worker thread
    /// once the pages are processed, and then on the calling thread, before
    /// publishing and the merge: lets the binary's allocator return what those threads
    /// freed, which an idle or ended thread would otherwise keep.
    pub release_thread_memory: Option<fn()>,
}

/// Progress callbacks; the binary draws them, the library only counts.
pub trait Progress: Sync {
    fn begin(&self, _files: usize, _total_bytes: u64) {}
    fn advance(&self, _pages: u64, _bytes: u64) {}
    fn phase(&self, _name: &str) {}
    fn end(&self) {}
}

/// Progress that goes nowhere.
pub struct NoProgress;
impl Progress for NoProgress {}

/// Worker time per stage, summed in nanoseconds.
#[derive(Default)]
struct StageClock {
    decode: AtomicU64,
    classify: AtomicU64,
    extract: AtomicU64,
}

/// Everything needed to turn one document into an outcome; shared by all workers.
pub struct Processor<'a> {
    config: &'a Config,
    stages: Vec<Box<dyn Stage>>,
    clock: StageClock,
}

fn elapsed_ns(since: Instant) -> u64 {
    since.elapsed().as_nanos() as u64
}

impl<'a> Processor<'a> {
    pub fn new(config: &'a Config) -> Processor<'a> {
        Processor {
            config,
            stages: extract::stages(config),
            clock: StageClock::default(),
        }
    }

    /// Decodes, classifies and extracts one document.
    pub fn process(&self, doc: Document) -> (Outcome, Vec<(FieldSource, Vec<&'static str>)>) {
        let reject = |doc: &Document, stage, reason, detail: String| {
            (
                Outcome::Reject(Box::new(Reject::for_document(doc, stage, reason, detail))),
                Vec::new(),
            )
        };
        let limit = self.config.limits.max_page_bytes;
        if doc.bytes.len() as u64 > limit {
            return reject(
                &doc,
                RejectStage::Input,
                RejectReason::TooLarge,
                format!("page is over the limit of {limit} bytes (limits.max_page_bytes)"),
            );
        }
        let t = Instant::now();
        let decoded = decode::decode(&doc);
        self.clock
            .decode
            .fetch_add(elapsed_ns(t), Ordering::Relaxed);
        let page = match decoded {
            Ok(p) => p,
            Err(e @ DecodeError::Empty) | Err(e @ DecodeError::NoText) => {
                return reject(
                    &doc,
                    RejectStage::Decode,
                    RejectReason::Empty,
                    e.to_string(),
                )
            }
            Err(e @ DecodeError::Binary(_)) => {
                return reject(
                    &doc,
                    RejectStage::Decode,
                    RejectReason::Binary,
                    e.to_string(),
                )
            }
        };
        let t = Instant::now();
        let url = doc
            .url
            .clone()
            .or_else(|| page.canonical.clone().filter(|c| c.starts_with("http")));
        let profile = sites::match_profile(&self.config.sites, url.as_deref(), &page);
        let site_name = profile
            .map(|p| p.name.clone())
            .or_else(|| url.as_deref().and_then(crate::record::host_of))
            .unwrap_or_else(|| "unknown".to_string());
        let main = MainText::new(&page, profile);
        let has_posting =
            structured::has_job_posting(&page, self.config.limits.max_jsonld_bytes as usize);
        let verdict = classify::before_extraction(&page, &main, has_posting);
        self.clock
            .classify
            .fetch_add(elapsed_ns(t), Ordering::Relaxed);
        let with_site = |mut r: (Outcome, Vec<_>)| {
            if let Outcome::Reject(rej) = &mut r.0 {
                rej.site = Some(site_name.clone());
            }
            r
        };
        if let Err(detail) = verdict {
            return with_site(reject(
                &doc,
                RejectStage::Classify,
                RejectReason::NotAVacancy,
                detail,
            ));
        }
        let t = Instant::now();
        let fetched = doc.fetched_at.map(|t| t.date_naive());
        let ctx = Context {
            doc: &doc,
            config: self.config,
            url: url.clone(),
            site: profile,
            site_name: site_name.clone(),
            fetched,
        };
        let (mut fields, proposals) = extract::extract(&page, &main, &ctx, &self.stages);
        let verdict = classify::after_extraction(&fields, has_posting);
        if let Err(detail) = verdict {
            self.clock
                .extract
                .fetch_add(elapsed_ns(t), Ordering::Relaxed);
            return with_site(reject(
                &doc,
                RejectStage::Extract,
                RejectReason::NotAVacancy,
                detail,
            ));
        }
        let main_text = main.joined();
        let content_hash = crate::dedup::content_hash(&main_text);
        // The description is the main text unless a site profile selected one; either
        // way it is redacted (unless the config keeps contact details) and bounded.
        let description = fields.description.get_or_insert(crate::record::Sourced {
            value: main_text,
            source: FieldSource::Text,
        });
        if !self.config.privacy.keep_contact_details {
            description.value = crate::privacy::redact(&description.value);
        }
        truncate_at_char(
            &mut description.value,
            self.config.limits.max_description_bytes as usize,
        );
        strip_field_controls(&mut fields);
        let minhash =
            crate::dedup::minhash(fields.description.as_ref().map_or("", |d| d.value.as_str()));
        let dedup_key = crate::dedup::reference_key(&fields, &site_name)
            .unwrap_or_else(|| format!("hash:{content_hash}"));
        let period = fields
            .salary_period
            .as_ref()
            .and_then(|p| SalaryPeriod::from_unit_text(&p.value));
        let hours = fields.hours_max.as_ref().map(|h| h.value);
        let to_month =
            |amount: Option<f64>| amount.zip(period).and_then(|(a, p)| monthly(a, p, hours));
        let found: Vec<(FieldSource, Vec<&'static str>)> = proposals
            .iter()
            .filter_map(|p| {
                p.sources()
                    .first()
                    .map(|(_, s)| (*s, p.sources().into_iter().map(|(f, _)| f).collect()))
            })
            .collect();
        let observation = Observation {
            doc_id: doc.doc_id,
            source: doc.source,
            format: doc.format,
            url,
            site: site_name,
            fetched_at: doc.fetched_at,
            page_bytes: doc.bytes.len() as u64,
            content_hash,
            dedup_key,
            minhash,
            salary_monthly_min: to_month(fields.salary_min.as_ref().map(|s| s.value)),
            salary_monthly_max: to_month(fields.salary_max.as_ref().map(|s| s.value)),
            fields,
        };
        self.clock
            .extract
            .fetch_add(elapsed_ns(t), Ordering::Relaxed);
        (Outcome::Observation(Box::new(observation)), found)
    }
}

/// The main text of a page as the text rules see it, one line per block with its
/// kind, for `vacex extract --lines` (debugging a site's extraction).
pub fn main_text_lines(config: &Config, doc: &Document) -> Result<Vec<String>, String> {
    let page = decode::decode(doc).map_err(|e| e.to_string())?;
    let url = doc
        .url
        .clone()
        .or_else(|| page.canonical.clone().filter(|c| c.starts_with("http")));
    let profile = sites::match_profile(&config.sites, url.as_deref(), &page);
    let main = MainText::new(&page, profile);
    let mut out = vec![format!(
        "# site profile: {}; cut lines: {}; JSON-LD blocks: {}; title: {:?}",
        profile.map_or("none", |p| p.name.as_str()),
        main.cut_lines,
        page.json_ld.len(),
        page.title_tag.as_deref().unwrap_or("")
    )];
    out.extend(main.lines.iter().map(|l| {
        let kind = match l.kind {
            crate::decode::BlockKind::Heading => format!("h{}", l.level),
            crate::decode::BlockKind::Item => "li".into(),
            crate::decode::BlockKind::Label => "label".into(),
            crate::decode::BlockKind::Value => "value".into(),
            crate::decode::BlockKind::Para => "p".into(),
        };
        format!("{kind:>5} | {}", l.text)
    }));
    Ok(out)
}

/// Control characters are never text: the page text loses them when it is decoded,
/// and values that came another way (JSON-LD escapes such as `\u0000`, meta tags)
/// lose them here, before any table sees them.
fn strip_field_controls(f: &mut Vacancy) {
    let fix = |s: &mut String| {
        if let std::borrow::Cow::Owned(clean) = decode::strip_controls(s) {
            *s = clean;
        }
    };
    for field in [
        &mut f.title,
        &mut f.employer,
        &mut f.reference,
        &mut f.city,
        &mut f.municipality_code,
        &mut f.province,
        &mut f.salary_period,
        &mut f.salary_currency,
        &mut f.salary_scale,
        &mut f.education_level,
        &mut f.contract_type,
        &mut f.language,
        &mut f.description,
    ]
    .into_iter()
    .flatten()
    {
        fix(&mut field.value);
    }
    if let Some(categories) = &mut f.categories {
        categories.value.iter_mut().for_each(fix);
    }
}

fn truncate_at_char(s: &mut String, max: usize) {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
}

/// Documents per batch are also bounded by bytes, so a run of huge pages cannot
/// fill memory.
const BATCH_BYTES: u64 = 16 * 1024 * 1024;

/// Batches processed at once: enough that no worker waits at the end of a batch for
/// the others, few enough that memory stays a small multiple of one batch.
const IN_FLIGHT: usize = 3;

/// Pages handed to the workers together, with the bytes of input files they stand
/// for (as the files lie on disk, compressed or not, so progress adds up to the
/// run's total).
#[derive(Default)]
struct Batch<'a> {
    work: Vec<Work<'a>>,
    input_bytes: u64,
}

/// Rows buffered before an Arrow batch is written.
const WRITE_ROWS: usize = 4096;

type Found = Vec<(FieldSource, Vec<&'static str>)>;

/// Runs the pipeline over the inputs and publishes the night.
pub fn run(
    config: &Config,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<Report, PipelineError> {
    let started = Instant::now();
    let started_at = chrono::Utc::now();
    let (files, skipped) = input::walk_inputs(&options.inputs)?;
    let files: Vec<InputFile> = files
        .into_iter()
        .filter(|f| f.in_shard(options.shard.index, options.shard.count))
        .collect();
    let file_sizes: Vec<u64> = files
        .iter()
        .map(|f| std::fs::metadata(&f.path).map_or(0, |m| m.len()))
        .collect();
    let total_bytes: u64 = file_sizes.iter().sum();
    let out = &options.output_dir;
    std::fs::create_dir_all(out).map_err(|source| PipelineError::Output {
        path: out.clone(),
        source,
    })?;
    let tag = if options.shard.is_whole() {
        options.run_date.to_string()
    } else {
        format!(
            "{}-shard-{}-of-{}",
            options.run_date, options.shard.index, options.shard.count
        )
    };
    let staging_guard =
        publish::Staging::fresh(out, &tag).map_err(|source| PipelineError::Output {
            path: out.join(".staging"),
            source,
        })?;
    let staging = staging_guard.path();
    let part_name = if options.shard.is_whole() {
        "part-00000.parquet".to_string()
    } else {
        format!(
            "part-shard-{:04}-of-{:04}.parquet",
            options.shard.index, options.shard.count
        )
    };
    let staged_dir = |table: Table| staging.join(table.name());
    for table in [Table::Observations, Table::Rejects] {
        std::fs::create_dir_all(staged_dir(table)).map_err(|source| PipelineError::Output {
            path: staged_dir(table),
            source,
        })?;
    }
    let obs_path = staged_dir(Table::Observations).join(&part_name);
    let rej_path = staged_dir(Table::Rejects).join(&part_name);

    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| PipelineError::Threads {
            threads: options.threads,
            message: e.to_string(),
        })?;
    let processor = Processor::new(config);
    let read_options = ReadOptions {
        max_page_bytes: config.limits.max_page_bytes,
        fetched_at_for_files: config.run.fetched_at_for_files,
        run_date: options.run_date,
    };
    progress.begin(files.len(), total_bytes);
    let read_ns = AtomicU64::new(0);
    let batch_pages = config.run.batch_pages;
    let release_thread_memory = options.release_thread_memory;

    let writer_result = std::thread::scope(|scope| -> Result<(Report, u64), PipelineError> {
        let (work_tx, work_rx) = bounded::<Batch>(2);
        let (out_tx, out_rx) = bounded::<(usize, Vec<(Outcome, Found)>)>(IN_FLIGHT);
        let read_ns = &read_ns;
        let files = &files;
        let file_sizes = &file_sizes;
        let read_options = &read_options;
        scope.spawn(move || {
            let consumed = Arc::new(AtomicU64::new(0));
            let mut batch = Batch::default();
            let mut batch_bytes = 0u64;
            // Input bytes of the files wholly read, and of those handed on in batches.
            let mut files_done = 0u64;
            let mut handed_on = 0u64;
            let mut t = Instant::now();
            for (file, &size) in files.iter().zip(file_sizes) {
                let consumed_before = consumed.load(Ordering::Relaxed);
                for work in input::work_of_file(file, read_options, Some(&consumed)) {
                    batch_bytes += match &work {
                        Work::Unread(..) => size,
                        Work::Read(item) => item.as_ref().map_or(0, |d| d.bytes.len() as u64),
                    };
                    batch.work.push(work);
                    if batch.work.len() >= batch_pages || batch_bytes >= BATCH_BYTES {
                        let within_file = match file.kind {
                            FileKind::Page(_) => size,
                            FileKind::Jsonl | FileKind::Warc => {
                                (consumed.load(Ordering::Relaxed) - consumed_before).min(size)
                            }
                        };
                        batch.input_bytes = files_done + within_file - handed_on;
                        handed_on += batch.input_bytes;
                        read_ns.fetch_add(elapsed_ns(t), Ordering::Relaxed);
                        if work_tx.send(std::mem::take(&mut batch)).is_err() {
                            return;
                        }
                        t = Instant::now();
                        batch_bytes = 0;
                    }
                }
                files_done += size;
            }
            read_ns.fetch_add(elapsed_ns(t), Ordering::Relaxed);
            batch.input_bytes = files_done - handed_on;
            if !batch.work.is_empty() || batch.input_bytes > 0 {
                let _ = work_tx.send(batch);
            }
            if let Some(release) = release_thread_memory {
                release();
            }
        });
        let obs_path = &obs_path;
        let rej_path = &rej_path;
        // A slot for each batch between the reader and the written tables: the
        // workers take one to start a batch and the writer gives it back once the
        // batch is written in its turn, so at most IN_FLIGHT batches are held.
        let (slot_tx, slot_rx) = bounded::<()>(IN_FLIGHT);
        let writer = scope.spawn(move || {
            let written = write_outcomes(out_rx, obs_path, rej_path, config, || {
                let _ = slot_rx.recv();
            });
            if let Some(release) = release_thread_memory {
                release();
            }
            written
        });
        // Several batches are processed at once, so a worker that finishes its part of
        // one batch goes on with the next instead of waiting for the other workers;
        // the writer puts the batches back in input order. A send fails only when
        // the writer has stopped (on an error it reports).
        pool.in_place_scope_fifo(|tasks| {
            for (seq, batch) in work_rx.into_iter().enumerate() {
                if slot_tx.send(()).is_err() {
                    break;
                }
                let (out_tx, processor) = (&out_tx, &processor);
                tasks.spawn_fifo(move |_| {
                    let pages = batch.work.len() as u64;
                    let outcomes: Vec<(Outcome, Found)> = batch
                        .work
                        .into_par_iter()
                        .map(|work| {
                            let item = match work {
                                Work::Read(item) => item,
                                unread => {
                                    let t = Instant::now();
                                    let item = unread.into_item(read_options);
                                    read_ns.fetch_add(elapsed_ns(t), Ordering::Relaxed);
                                    item
                                }
                            };
                            match item {
                                Ok(doc) => processor.process(doc),
                                Err(reject) => (Outcome::Reject(reject), Vec::new()),
                            }
                        })
                        .collect();
                    progress.advance(pages, batch.input_bytes);
                    let _ = out_tx.send((seq, outcomes));
                });
            }
        });
        drop(out_tx);
        writer
            .join()
            .map_err(|_| PipelineError::Merge("the writer thread panicked".into()))?
    });
    let (mut report, write_ns) = writer_result?;
    // The file list is linear in the corpus: only its length is needed from here on.
    let input_files = files.len() as u64;
    drop(files);
    if let Some(release) = release_thread_memory {
        pool.broadcast(|_| release());
        release();
    }
    progress.end();

    crate::failpoint::pause("publish:before");
    progress.phase("publishing");
    let t = Instant::now();
    let partition = format!("run_date={}", options.run_date);
    for table in [Table::Observations, Table::Rejects] {
        let target_dir = out.join(table.name()).join(&partition);
        let result = if options.shard.is_whole() {
            publish::publish_dir(&staged_dir(table), &target_dir)
        } else {
            publish::publish_file(
                &staged_dir(table).join(&part_name),
                &target_dir.join(&part_name),
            )
        };
        result.map_err(|source| PipelineError::Output {
            path: target_dir.clone(),
            source,
        })?;
        crate::failpoint::pause(&format!("publish:{}", table.name()));
        report
            .outputs
            .insert(table.name().to_string(), target_dir.display().to_string());
    }
    drop(staging_guard);
    let publish_ms = t.elapsed().as_millis() as u64;

    let mut merge_ms = 0;
    if options.merge && options.shard.is_whole() {
        progress.phase("rebuilding vacancies");
        let t = Instant::now();
        // On the run's threads: the merge judges near-duplicate pairs in parallel.
        let summary = pool
            .install(|| crate::merge::rebuild_releasing(out, config, release_thread_memory))
            .map_err(|e| PipelineError::Merge(e.to_string()))?;
        merge_ms = t.elapsed().as_millis() as u64;
        report.outputs.insert(
            "vacancies".into(),
            crate::merge::vacancies_path(out).display().to_string(),
        );
        report.vacancies = Some(summary);
    }

    let clock = &processor.clock;
    report.timings = Timings {
        wall_ms: started.elapsed().as_millis() as u64,
        read_ms: read_ns.load(Ordering::Relaxed) / 1_000_000,
        decode_ms: clock.decode.load(Ordering::Relaxed) / 1_000_000,
        classify_ms: clock.classify.load(Ordering::Relaxed) / 1_000_000,
        extract_ms: clock.extract.load(Ordering::Relaxed) / 1_000_000,
        write_ms: write_ns / 1_000_000,
        publish_ms,
        merge_ms,
    };
    report.vacex_version = crate::VERSION.into();
    report.schema_version = crate::SCHEMA_VERSION.into();
    report.run_date = options.run_date.to_string();
    report.shard = options.shard.label();
    report.config_fingerprint = config.fingerprint();
    report.started_at = started_at.to_rfc3339();
    report.finished_at = chrono::Utc::now().to_rfc3339();
    report.inputs = options
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    report.input_files = input_files;
    report.skipped_files = skipped.iter().map(|p| p.display().to_string()).collect();
    report.bytes_read = total_bytes;
    report.status = if report.failed_fraction() > config.run.max_failed_fraction {
        "too_many_failures".into()
    } else {
        "ok".into()
    };
    let report_path = report_path(out, options.run_date, options.shard);
    let json = serde_json::to_vec_pretty(&report).expect("report serialises");
    publish::write_atomic(&report_path, &json).map_err(|source| PipelineError::Output {
        path: report_path.clone(),
        source,
    })?;
    report
        .outputs
        .insert("report".into(), report_path.display().to_string());
    Ok(report)
}

/// Where a run's report goes.
pub fn report_path(out: &Path, run_date: NaiveDate, shard: Shard) -> PathBuf {
    let name = if shard.is_whole() {
        format!("{run_date}.json")
    } else {
        format!("{run_date}.shard-{}-of-{}.json", shard.index, shard.count)
    };
    out.join("runs").join(name)
}

/// The first 128 bits of a doc_id's SHA-256: two ids share it with a chance far
/// below one in 10^20 even at a billion pages.
fn doc_id_digest(doc_id: &str) -> [u8; 16] {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(doc_id.as_bytes());
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    first
}

/// The writer thread: duplicate doc_ids, counting, and the two Parquet parts.
/// Batches arrive numbered in any order and are written in input order; `written`
/// is called once each batch has been.
fn write_outcomes(
    rx: crossbeam_channel::Receiver<(usize, Vec<(Outcome, Found)>)>,
    obs_path: &Path,
    rej_path: &Path,
    config: &Config,
    mut written: impl FnMut(),
) -> Result<(Report, u64), PipelineError> {
    let mut report = Report {
        rejects_by_reason: crate::report::all_reasons(),
        ..Report::default()
    };
    let mut obs_writer = TableWriter::create(
        obs_path,
        Table::Observations,
        Table::Observations.schema(),
        &config.parquet,
    )?;
    let mut rej_writer = TableWriter::create(
        rej_path,
        Table::Rejects,
        Table::Rejects.schema(),
        &config.parquet,
    )?;
    // doc_ids seen so far, as 128-bit digests: 16 bytes a page however long the id.
    let mut seen: HashSet<[u8; 16]> = HashSet::new();
    let mut observations: Vec<Observation> = Vec::with_capacity(WRITE_ROWS);
    let mut rejects: Vec<Reject> = Vec::new();
    let mut write_ns = 0u64;
    let mut waiting: BTreeMap<usize, Vec<(Outcome, Found)>> = BTreeMap::new();
    let mut next = 0usize;
    let in_order = rx.into_iter().flat_map(|(seq, batch)| {
        waiting.insert(seq, batch);
        let mut ready = Vec::new();
        while let Some(batch) = waiting.remove(&next) {
            ready.push(batch);
            next += 1;
        }
        ready
    });
    for batch in in_order {
        for (outcome, found) in batch {
            let doc_id = match &outcome {
                Outcome::Observation(o) => &o.doc_id,
                Outcome::Reject(r) => &r.doc_id,
            };
            let duplicate = !seen.insert(doc_id_digest(doc_id));
            match outcome {
                Outcome::Observation(o) if duplicate => {
                    let r = Reject {
                        doc_id: o.doc_id.clone(),
                        source: o.source.clone(),
                        format: o.format,
                        url: o.url.clone(),
                        site: Some(o.site.clone()),
                        fetched_at: o.fetched_at,
                        stage: RejectStage::Input,
                        reason: RejectReason::DuplicateDocId,
                        detail: format!(
                            "doc_id '{}' was already read earlier in this run",
                            o.doc_id
                        ),
                        page_bytes: o.page_bytes,
                    };
                    report.count_reject(&r);
                    rejects.push(r);
                }
                Outcome::Observation(o) => {
                    report.count_observation(&o, &found);
                    observations.push(*o);
                }
                Outcome::Reject(r) => {
                    report.count_reject(&r);
                    rejects.push(*r);
                }
            }
        }
        let t = Instant::now();
        if observations.len() >= WRITE_ROWS {
            obs_writer.write(&observations_batch(&observations))?;
            observations.clear();
        }
        if rejects.len() >= WRITE_ROWS {
            rej_writer.write(&rejects_batch(&rejects))?;
            rejects.clear();
        }
        write_ns += elapsed_ns(t);
        crate::failpoint::pause("write:observations");
        written();
    }
    let t = Instant::now();
    obs_writer.write(&observations_batch(&observations))?;
    rej_writer.write(&rejects_batch(&rejects))?;
    obs_writer.finish()?;
    rej_writer.finish()?;
    write_ns += elapsed_ns(t);
    Ok((report, write_ns))
}

/// Reads the given paths one document at a time, for `vacex extract`.
pub fn read_paths(
    config: &Config,
    paths: &[PathBuf],
    run_date: NaiveDate,
    mut each: impl FnMut(InputItem),
) -> Result<(), PipelineError> {
    let (files, _) = input::walk_inputs(paths)?;
    let options = ReadOptions {
        max_page_bytes: config.limits.max_page_bytes,
        fetched_at_for_files: config.run.fetched_at_for_files,
        run_date,
    };
    for file in &files {
        input::read_file(file, &options).for_each(&mut each);
    }
    Ok(())
}

/// Reads and processes the given paths one page at a time, for `vacex extract`:
/// no tables are written.
pub fn extract_paths(
    config: &Config,
    paths: &[PathBuf],
    run_date: NaiveDate,
    mut each: impl FnMut(Outcome),
) -> Result<(), PipelineError> {
    let (files, _) = input::walk_inputs(paths)?;
    let processor = Processor::new(config);
    let options = ReadOptions {
        max_page_bytes: config.limits.max_page_bytes,
        fetched_at_for_files: config.run.fetched_at_for_files,
        run_date,
    };
    for file in &files {
        for item in input::read_file(file, &options) {
            match item {
                Ok(doc) => each(processor.process(doc).0),
                Err(reject) => each(Outcome::Reject(reject)),
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    static RELEASED: AtomicUsize = AtomicUsize::new(0);

    fn count_release() {
        RELEASED.fetch_add(1, Ordering::SeqCst);
    }

    #[test]
    fn thread_memory_is_released_on_every_thread_of_the_run() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = tempfile::tempdir().unwrap();
        let options = RunOptions {
            inputs: vec![root.join("samples/pages")],
            output_dir: dir.path().join("out"),
            run_date: NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(),
            threads: 3,
            shard: Shard::parse("0/1").unwrap(),
            merge: true,
            release_thread_memory: Some(count_release),
        };
        let report = run(&Config::default_shipped(), &options, &NoProgress).unwrap();
        assert!(report.observations > 0);
        // The run: 3 workers, the reader, the writer and the caller; then the merge,
        // after each of its two passes: the 3 pool threads and the caller.
        assert_eq!(RELEASED.load(Ordering::SeqCst), 3 + 3 + 2 * (3 + 1));
    }

    /// Counts what a run reports as it goes.
    #[derive(Default)]
    struct CountingProgress {
        total_bytes: AtomicU64,
        pages: AtomicU64,
        bytes: AtomicU64,
    }

    impl Progress for CountingProgress {
        fn begin(&self, _files: usize, total_bytes: u64) {
            self.total_bytes.store(total_bytes, Ordering::SeqCst);
        }
        fn advance(&self, pages: u64, bytes: u64) {
            self.pages.fetch_add(pages, Ordering::SeqCst);
            self.bytes.fetch_add(bytes, Ordering::SeqCst);
        }
    }

    fn run_samples(
        threads: usize,
        batch_pages: usize,
        progress: &dyn Progress,
    ) -> (Report, PathBuf, tempfile::TempDir) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::default_shipped();
        config.run.batch_pages = batch_pages;
        let options = RunOptions {
            inputs: vec![root.join("samples/pages")],
            output_dir: dir.path().join("out"),
            run_date: NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(),
            threads,
            shard: Shard::parse("0/1").unwrap(),
            merge: false,
            release_thread_memory: None,
        };
        let report = run(&config, &options, progress).unwrap();
        let out = options.output_dir.clone();
        (report, out, dir)
    }

    /// samples/pages holds page files (plain and compressed), a JSONL feed and a
    /// gzipped WARC: the bytes progress reports are the input files' bytes on disk,
    /// so they add up to the total it began with, and the pages to the pages read.
    #[test]
    fn progress_adds_up_to_the_input_files_on_disk() {
        for batch_pages in [1, 3, 64] {
            let progress = CountingProgress::default();
            let (report, _, _dir) = run_samples(2, batch_pages, &progress);
            let total = progress.total_bytes.load(Ordering::SeqCst);
            assert!(total > 0);
            assert_eq!(total, report.bytes_read);
            assert_eq!(
                progress.bytes.load(Ordering::SeqCst),
                total,
                "batch_pages {batch_pages}"
            );
            assert_eq!(progress.pages.load(Ordering::SeqCst), report.pages_read);
            assert!(report.adds_up());
        }
    }

    /// With one page a batch, three workers finish batches out of order; the tables
    /// are still written in input order, byte for byte those of one worker taking
    /// 64 pages at a time.
    #[test]
    fn batches_finished_out_of_order_are_written_in_input_order() {
        let table = |out: &Path, name: &str| {
            std::fs::read(
                out.join(name)
                    .join("run_date=2025-11-01/part-00000.parquet"),
            )
            .unwrap()
        };
        let (one, one_out, _one_dir) = run_samples(1, 64, &NoProgress);
        let (many, many_out, _many_dir) = run_samples(3, 1, &NoProgress);
        assert!(many.pages_read > 30, "{} pages", many.pages_read);
        assert_eq!(one.pages_read, many.pages_read);
        for name in ["observations", "rejects"] {
            assert!(
                table(&one_out, name) == table(&many_out, name),
                "{name} differ between one batch of 64 on 1 thread and batches of 1 on 3"
            );
        }
    }
}
