//! Snapshot of every sample page's record (one case per file): any change in what
//! vacex extracts from a page shows up as a reviewed diff. The samples are pages written
//! for the project in the style of the sites the site profiles cover.

use std::path::Path;

use vacex_core::config::Config;
use vacex_core::input::{read_file, InputFile, ReadOptions};
use vacex_core::pipeline::Processor;
use vacex_core::record::Outcome;
use vacex_core::sink::jsonl::contract_object;

fn records(path: &Path) -> Vec<serde_json::Value> {
    let config = Config::default_shipped();
    let processor = Processor::new(&config);
    let file = InputFile::classify(path, path.display().to_string())
        .unwrap_or_else(|| panic!("{} is not a corpus file", path.display()));
    let options = ReadOptions {
        max_page_bytes: config.limits.max_page_bytes,
        fetched_at_for_files: vacex_core::config::FetchedAtForFiles::None,
        run_date: chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(),
    };
    read_file(&file, &options)
        .map(|item| match item {
            Ok(doc) => contract_object(&processor.process(doc).0, true),
            Err(reject) => contract_object(&Outcome::Reject(reject), true),
        })
        .collect()
}

#[test]
fn every_sample_page_extracts_as_snapshotted() {
    for pattern in ["s*.*", "*.jsonl", "*.warc.gz"] {
        insta::glob!("../../../samples/pages", pattern, |path| {
            insta::assert_json_snapshot!(records(path));
        });
    }
}
