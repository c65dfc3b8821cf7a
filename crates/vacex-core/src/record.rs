//! The nouns every stage speaks: a `Document` as read from the corpus, a decoded
//! `Page`, the `Vacancy` fields with the stage that set each one, and a `Reject`
//! for every page that did not become a vacancy. Keeping them in one place keeps the
//! stages independent of each other.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// Which reader a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    File,
    Jsonl,
    Warc,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceFormat::File => "file",
            SourceFormat::Jsonl => "jsonl",
            SourceFormat::Warc => "warc",
        }
    }
}

/// What the bytes are said to be before decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentHint {
    /// `.html`, `.htm`, an `html` JSONL field or a `text/html` HTTP response.
    Html,
    /// `.txt` or a `text` JSONL field: a text rendering used as it is.
    Text,
}

/// One page as read from the corpus, before decoding.
#[derive(Debug, Clone)]
pub struct Document {
    /// Deterministic id: the file name without extensions, or the record's own id.
    pub doc_id: String,
    /// Where it was read: the input file, with `:line` or `@offset` for records.
    pub source: String,
    pub format: SourceFormat,
    pub url: Option<String>,
    pub fetched_at: Option<DateTime<Utc>>,
    /// Charset from the HTTP `Content-Type` header, where the format carries one.
    pub http_charset: Option<String>,
    pub hint: ContentHint,
    pub bytes: Vec<u8>,
}

/// The stage of the pipeline that turned a page into a reject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectStage {
    Input,
    Decode,
    Classify,
    Extract,
}

impl RejectStage {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectStage::Input => "input",
            RejectStage::Decode => "decode",
            RejectStage::Classify => "classify",
            RejectStage::Extract => "extract",
        }
    }
}

/// Why a page did not become a vacancy. Intentional drops (`NotAVacancy`,
/// `DuplicateDocId`, `Empty`) are kept apart from failures in the run report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    /// The input could not be read: I/O error, corrupt or truncated compression.
    Unreadable,
    /// A record that is not what its format promises (a JSONL line that is not JSON,
    /// a WARC record without a body).
    BadRecord,
    /// Zero bytes, or no visible text after decoding.
    Empty,
    /// Larger than `limits.max_page_bytes`.
    TooLarge,
    /// Binary content (PDF, image, ...) under a page name.
    Binary,
    /// A readable page that is not a single open vacancy: a listing, a cookie wall,
    /// an expired vacancy, an error or login page.
    NotAVacancy,
    /// A second document with a doc_id already seen in this run.
    DuplicateDocId,
}

impl RejectReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Unreadable => "unreadable",
            RejectReason::BadRecord => "bad_record",
            RejectReason::Empty => "empty",
            RejectReason::TooLarge => "too_large",
            RejectReason::Binary => "binary",
            RejectReason::NotAVacancy => "not_a_vacancy",
            RejectReason::DuplicateDocId => "duplicate_doc_id",
        }
    }

    /// True for outcomes that mean the input was broken, as opposed to pages that
    /// were read fine and deliberately not kept.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            RejectReason::Unreadable
                | RejectReason::BadRecord
                | RejectReason::Binary
                | RejectReason::TooLarge
        )
    }

    pub const ALL: [RejectReason; 7] = [
        RejectReason::Unreadable,
        RejectReason::BadRecord,
        RejectReason::Empty,
        RejectReason::TooLarge,
        RejectReason::Binary,
        RejectReason::NotAVacancy,
        RejectReason::DuplicateDocId,
    ];
}

/// A page (or a record that never became a page) that is not a vacancy.
#[derive(Debug, Clone)]
pub struct Reject {
    pub doc_id: String,
    pub source: String,
    pub format: SourceFormat,
    pub url: Option<String>,
    pub site: Option<String>,
    pub fetched_at: Option<DateTime<Utc>>,
    pub stage: RejectStage,
    pub reason: RejectReason,
    /// A sentence a human understands: what was wrong, with the detail that shows it.
    pub detail: String,
    pub page_bytes: u64,
}

impl Reject {
    pub fn for_document(
        doc: &Document,
        stage: RejectStage,
        reason: RejectReason,
        detail: impl Into<String>,
    ) -> Reject {
        Reject {
            doc_id: doc.doc_id.clone(),
            source: doc.source.clone(),
            format: doc.format,
            url: doc.url.clone(),
            site: doc.url.as_deref().and_then(crate::record::host_of),
            fetched_at: doc.fetched_at,
            stage,
            reason,
            detail: detail.into(),
            page_bytes: doc.bytes.len() as u64,
        }
    }
}

/// The host of a URL without `www.`, lower-cased; None for URLs without a host.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if host.is_empty() || !host.contains('.') {
        None
    } else {
        Some(host)
    }
}

/// The extraction stage that set a field. Ordered from most to least trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldSource {
    /// schema.org JobPosting in JSON-LD or microdata.
    Structured,
    /// A site profile from pipeline.toml.
    SiteProfile,
    /// Generic Dutch/English text rules.
    Text,
    /// `<meta>`/`og:` tags and the `<title>`.
    Meta,
    /// Derived from other fields (a province from the municipality, a year inferred).
    Derived,
}

impl FieldSource {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldSource::Structured => "structured",
            FieldSource::SiteProfile => "site_profile",
            FieldSource::Text => "text",
            FieldSource::Meta => "meta",
            FieldSource::Derived => "derived",
        }
    }
}

/// A field value with the stage that set it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced<T> {
    pub value: T,
    pub source: FieldSource,
}

/// The fields of one vacancy page, as fields.md defines them, plus the columns the
/// tables add. Every extracted field remembers its stage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vacancy {
    pub title: Option<Sourced<String>>,
    pub employer: Option<Sourced<String>>,
    pub reference: Option<Sourced<String>>,
    pub city: Option<Sourced<String>>,
    pub municipality_code: Option<Sourced<String>>,
    pub province: Option<Sourced<String>>,
    pub hours_min: Option<Sourced<f64>>,
    pub hours_max: Option<Sourced<f64>>,
    pub salary_min: Option<Sourced<f64>>,
    pub salary_max: Option<Sourced<f64>>,
    pub salary_period: Option<Sourced<String>>,
    pub salary_currency: Option<Sourced<String>>,
    pub salary_scale: Option<Sourced<String>>,
    pub education_level: Option<Sourced<String>>,
    pub experience_years_min: Option<Sourced<i32>>,
    pub contract_type: Option<Sourced<String>>,
    pub posted_date: Option<Sourced<NaiveDate>>,
    pub closing_date: Option<Sourced<NaiveDate>>,
    pub start_date: Option<Sourced<NaiveDate>>,
    pub end_date: Option<Sourced<NaiveDate>>,
    pub language: Option<Sourced<String>>,
    pub categories: Option<Sourced<Vec<String>>>,
    pub description: Option<Sourced<String>>,
}

/// Names of the per-page fields of fields.md, in contract order.
pub const CONTRACT_FIELDS: [&str; 19] = [
    "title",
    "employer",
    "reference",
    "city",
    "province",
    "hours_min",
    "hours_max",
    "salary_min",
    "salary_max",
    "salary_period",
    "salary_scale",
    "education_level",
    "experience_years_min",
    "contract_type",
    "posted_date",
    "closing_date",
    "start_date",
    "end_date",
    "language",
];

impl Vacancy {
    /// (field name, stage) for every field that is set, in a fixed order.
    pub fn sources(&self) -> Vec<(&'static str, FieldSource)> {
        let mut out = Vec::new();
        macro_rules! push {
            ($($f:ident),*) => {$(
                if let Some(s) = &self.$f { out.push((stringify!($f), s.source)); }
            )*};
        }
        push!(
            title,
            employer,
            reference,
            city,
            municipality_code,
            province,
            hours_min,
            hours_max,
            salary_min,
            salary_max,
            salary_period,
            salary_currency,
            salary_scale,
            education_level,
            experience_years_min,
            contract_type,
            posted_date,
            closing_date,
            start_date,
            end_date,
            language,
            categories,
            description
        );
        out
    }
}

/// One page that became a vacancy observation.
#[derive(Debug, Clone)]
pub struct Observation {
    pub doc_id: String,
    pub source: String,
    pub format: SourceFormat,
    pub url: Option<String>,
    pub site: String,
    pub fetched_at: Option<DateTime<Utc>>,
    pub page_bytes: u64,
    /// Hex SHA-256 of the normalised main text: dedup tier 2.
    pub content_hash: String,
    /// Per-page dedup key: reference scoped by employer or site, else the content hash.
    pub dedup_key: String,
    /// MinHash signature of the description's word shingles: dedup tier 3.
    pub minhash: Vec<u32>,
    pub salary_monthly_min: Option<f64>,
    pub salary_monthly_max: Option<f64>,
    pub fields: Vacancy,
}

/// What processing one document produced.
#[derive(Debug)]
pub enum Outcome {
    Observation(Box<Observation>),
    Reject(Box<Reject>),
}
