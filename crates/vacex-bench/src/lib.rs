//! vacex-bench: the throughput benchmark of vacex. It generates realistic corpora of
//! Dutch public-sector vacancy pages (deterministic from a seed, 30-150 KB a page,
//! duplicates across sites and nights) for `gen-corpus`, `benches/run.sh` and the
//! per-stage criterion benches in `benches/stages.rs`. Nothing here is used by the
//! pipeline itself.

pub mod corpus;
pub mod output;
pub mod render;
pub mod rng;
pub mod vacancy;
pub mod words;

pub use corpus::{GenPage, Spec};
