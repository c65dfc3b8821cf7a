//! The run report: counts by outcome that add up to the pages read, with intentional
//! drops (not a vacancy, duplicates, empty pages) kept apart from failures (unreadable,
//! bad records, binary, too large); field coverage per site and per stage; timings;
//! versions and the config fingerprint. Written as `runs/<run_date>.json`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::record::{FieldSource, Observation, Reject, RejectReason, CONTRACT_FIELDS};

/// Field coverage of one site.
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct SiteCoverage {
    /// Pages of this site read (observations and rejects).
    pub pages: u64,
    pub observations: u64,
    /// For each field of fields.md: observations where it was filled.
    pub fields: BTreeMap<String, u64>,
}

/// Time spent, summed over pages (worker time, not wall time, except `wall_ms`).
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct Timings {
    pub wall_ms: u64,
    pub read_ms: u64,
    pub decode_ms: u64,
    pub classify_ms: u64,
    pub extract_ms: u64,
    pub write_ms: u64,
    pub publish_ms: u64,
    pub merge_ms: u64,
}

/// How observations became vacancies.
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct MergeSummary {
    pub nights: u64,
    pub observations: u64,
    pub vacancies: u64,
    /// Vacancies by the tier that joined their observations.
    pub vacancies_by_tier: BTreeMap<String, u64>,
    /// Observations that were joined to another one, by tier.
    pub collapsed_by_tier: BTreeMap<String, u64>,
    pub possible_duplicates: u64,
    pub open: u64,
}

#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct Report {
    pub vacex_version: String,
    pub schema_version: String,
    pub run_date: String,
    pub shard: String,
    pub config_fingerprint: String,
    pub started_at: String,
    pub finished_at: String,
    pub inputs: Vec<String>,
    pub input_files: u64,
    /// Files under the inputs that are not corpus input (other extensions).
    pub skipped_files: Vec<String>,
    pub bytes_read: u64,
    pub pages_read: u64,
    pub observations: u64,
    pub rejects: u64,
    /// Every reject reason with its count; they add up to `rejects`.
    pub rejects_by_reason: BTreeMap<String, u64>,
    /// Rejects that mean broken input (a subset of `rejects`).
    pub failed: u64,
    /// Rejects that are deliberate drops (a subset of `rejects`).
    pub dropped: u64,
    pub coverage_by_site: BTreeMap<String, SiteCoverage>,
    /// For each stage: how many values of each field it set in the output.
    pub fields_set_by_stage: BTreeMap<String, BTreeMap<String, u64>>,
    /// For each stage: how many values of each field it found (also when a more
    /// trusted stage's value was kept).
    pub fields_found_by_stage: BTreeMap<String, BTreeMap<String, u64>>,
    pub timings: Timings,
    pub outputs: BTreeMap<String, String>,
    pub vacancies: Option<MergeSummary>,
    /// `ok`, or `too_many_failures` when the failed fraction exceeds the config limit.
    pub status: String,
}

impl Report {
    pub fn count_observation(
        &mut self,
        o: &Observation,
        proposals: &[(FieldSource, Vec<&'static str>)],
    ) {
        self.pages_read += 1;
        self.observations += 1;
        let site = self.coverage_by_site.entry(o.site.clone()).or_default();
        site.pages += 1;
        site.observations += 1;
        let sources = o.fields.sources();
        for field in CONTRACT_FIELDS {
            let set = sources.iter().any(|(f, _)| *f == field);
            *site.fields.entry(field.to_string()).or_default() += u64::from(set);
        }
        for (field, source) in sources {
            *self
                .fields_set_by_stage
                .entry(source.as_str().into())
                .or_default()
                .entry(field.into())
                .or_default() += 1;
        }
        for (source, fields) in proposals {
            let entry = self
                .fields_found_by_stage
                .entry(source.as_str().into())
                .or_default();
            for f in fields {
                *entry.entry((*f).into()).or_default() += 1;
            }
        }
    }

    pub fn count_reject(&mut self, r: &Reject) {
        self.pages_read += 1;
        self.rejects += 1;
        *self
            .rejects_by_reason
            .entry(r.reason.as_str().into())
            .or_default() += 1;
        if r.reason.is_failure() {
            self.failed += 1;
        } else {
            self.dropped += 1;
        }
        let site = r.site.clone().unwrap_or_else(|| "unknown".into());
        self.coverage_by_site.entry(site).or_default().pages += 1;
    }

    /// True when the counts add up: every page is an observation or a reject, and
    /// every reject has one reason.
    pub fn adds_up(&self) -> bool {
        self.pages_read == self.observations + self.rejects
            && self.rejects == self.rejects_by_reason.values().sum::<u64>()
            && self.rejects == self.failed + self.dropped
    }

    /// Fraction of pages that failed.
    pub fn failed_fraction(&self) -> f64 {
        if self.pages_read == 0 {
            0.0
        } else {
            self.failed as f64 / self.pages_read as f64
        }
    }

    pub fn merge_counts(&mut self, other: &Report) {
        self.pages_read += other.pages_read;
        self.observations += other.observations;
        self.rejects += other.rejects;
        self.failed += other.failed;
        self.dropped += other.dropped;
        for (k, v) in &other.rejects_by_reason {
            *self.rejects_by_reason.entry(k.clone()).or_default() += v;
        }
    }
}

/// Reject reasons that never occurred still appear with 0, so a report reads the same
/// every night.
pub fn all_reasons() -> BTreeMap<String, u64> {
    RejectReason::ALL
        .iter()
        .map(|r| (r.as_str().to_string(), 0))
        .collect()
}
