//! vacex-core: the library half of vacex. It reads a night's corpus of scraped
//! job-vacancy pages, decodes them once, runs the extraction stages, normalises the
//! fields, deduplicates and writes Parquet. It never prints, exits or draws progress:
//! the `vacex` binary does that.

pub mod config;
pub mod decode;
pub mod dedup;
pub mod extract;
pub mod failpoint;
pub mod html;
pub mod input;
pub mod merge;
pub mod normalize;
pub mod pipeline;
pub mod privacy;
pub mod publish;
pub mod record;
pub mod report;
pub mod sink;

/// Version of the output schema, written into every Parquet footer as `vacex.schema_version`.
/// Bump it when a column is added, removed or changes meaning.
pub const SCHEMA_VERSION: &str = "1";

/// Version of the library, written into run reports and Parquet footers.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
