//! Output: the column definitions of every table (one place), Arrow batches built
//! from records, and Parquet files written to staging names and published atomically.

pub mod jsonl;
pub mod parquet;
pub mod preview;
pub mod schema;
