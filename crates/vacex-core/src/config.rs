//! pipeline.toml as strict serde structs. Every key has a named default, unknown keys
//! are errors, and `Config::parse` reports every problem it finds at once, each with its
//! key and line, so a user fixes a config in one pass instead of one error per run.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// The config shipped with vacex; used when no `--config` is given.
pub const DEFAULT_CONFIG: &str = include_str!("../../../pipeline.toml");

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
#[derive(Default)]
pub struct Config {
    pub run: RunConfig,
    pub limits: Limits,
    pub stages: StagesConfig,
    pub parquet: ParquetConfig,
    pub dedup: DedupConfig,
    pub privacy: PrivacyConfig,
    pub extract: ExtractConfig,
    pub sites: Vec<SiteProfile>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct RunConfig {
    /// Inputs used when the command line names none: directories, files, JSONL, WARC.
    pub inputs: Vec<PathBuf>,
    /// Where the tables go.
    pub output_dir: PathBuf,
    /// The night this run is for (`YYYY-MM-DD`); empty means today (UTC).
    pub run_date: String,
    /// Worker threads; 0 means one per core.
    pub threads: usize,
    /// Where `fetched_at` comes from for plain files: `mtime`, `run_date` or `none`.
    pub fetched_at_for_files: FetchedAtForFiles,
    /// Exit with code 1 when more than this fraction of the pages failed (unreadable,
    /// bad records, binary, too large). Pages deliberately dropped do not count.
    pub max_failed_fraction: f64,
    /// Pages sent to the worker pool at a time: bounds memory.
    pub batch_pages: usize,
}

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            inputs: vec![PathBuf::from("samples/pages")],
            output_dir: PathBuf::from("out"),
            run_date: String::new(),
            threads: 0,
            fetched_at_for_files: FetchedAtForFiles::Mtime,
            max_failed_fraction: 0.05,
            batch_pages: 64,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FetchedAtForFiles {
    Mtime,
    RunDate,
    None,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Pages larger than this (after decompression) become `too_large` rejects.
    pub max_page_bytes: u64,
    /// JSON-LD blocks larger than this are skipped.
    pub max_jsonld_bytes: u64,
    /// Description text kept per vacancy, in bytes (cut at a character boundary).
    pub max_description_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_page_bytes: 8 * 1024 * 1024,
            max_jsonld_bytes: 1024 * 1024,
            max_description_bytes: 64 * 1024,
        }
    }
}

/// Names of the extraction stages, for `stages.order`.
pub const STAGE_NAMES: [&str; 3] = ["structured", "site_profiles", "text"];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct StagesConfig {
    /// Stages in order of trust: a field set by an earlier stage is kept.
    pub order: Vec<String>,
}

impl Default for StagesConfig {
    fn default() -> Self {
        StagesConfig {
            order: STAGE_NAMES.iter().map(|s| s.to_string()).collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ParquetConfig {
    /// zstd level, 1..=22.
    pub zstd_level: i32,
    /// Rows per row group.
    pub row_group_rows: usize,
    /// A row group is also closed once the writer holds about this many MB of it.
    pub row_group_mb: usize,
}

impl Default for ParquetConfig {
    fn default() -> Self {
        ParquetConfig {
            zstd_level: 3,
            row_group_rows: 16_384,
            row_group_mb: 16,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct DedupConfig {
    /// Jaccard estimate at or above which two descriptions are the same vacancy
    /// (when title/employer/place agree).
    pub near_duplicate_threshold: f64,
    /// Between this and `near_duplicate_threshold` a pair is recorded as a
    /// `possible_duplicate_of`, not merged.
    pub possible_duplicate_threshold: f64,
    /// Nights a vacancy may be missed and still count as open.
    pub open_grace_nights: u32,
    /// Megabytes of vacancy field values the merge holds at once; beyond that it
    /// gathers and writes the vacancies in key-range chunks through spill files.
    pub merge_memory_mb: usize,
}

impl Default for DedupConfig {
    fn default() -> Self {
        DedupConfig {
            near_duplicate_threshold: 0.6,
            possible_duplicate_threshold: 0.4,
            open_grace_nights: 2,
            merge_memory_mb: 64,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyConfig {
    /// Keep contact names, e-mail addresses and phone numbers in the description text.
    /// Off by default: they are replaced by `[name]`, `[email]`, `[phone]`.
    pub keep_contact_details: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct ExtractConfig {
    /// Job boards, recruitment agencies, ad distributors and umbrella bodies that
    /// publish vacancies for others: never taken as the employer on any site.
    pub intermediaries: Vec<String>,
}

/// A site profile: how a site is recognised and what its pages hold where.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields, default)]
pub struct SiteProfile {
    pub name: String,
    /// URL hosts (without `www.`); a subdomain of a host also matches.
    pub hosts: Vec<String>,
    /// For pages without a URL: the profile applies when every marker occurs in the text.
    pub markers: Vec<String>,
    /// The organisation behind the site itself (a job board or broker): never taken as
    /// the employer.
    pub site_owner: Vec<String>,
    /// Employer for every page of this site (an employer's own careers site).
    pub employer: Option<String>,
    /// Headings (or lines) that start a block to drop, up to the next heading of the
    /// same level, or to the end of a text page.
    pub drop_blocks: Vec<String>,
    /// Extra labels: printed label -> field (as in fields.md).
    pub labels: BTreeMap<String, String>,
    /// CSS selectors: field -> selector whose text is the value (HTML pages only).
    pub selectors: BTreeMap<String, String>,
}

/// One problem in a config, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigProblem {
    pub key: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}: {}", self.key, self.message),
            None => write!(f, "{}: {}", self.key, self.message),
        }
    }
}

/// Every problem found in a config file.
#[derive(Debug, thiserror::Error)]
#[error("{} problem(s) in {}:\n{}", problems.len(), origin, problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct ConfigError {
    pub origin: String,
    pub problems: Vec<ConfigProblem>,
}

/// Fields a site profile may name in `labels` and `selectors`.
pub const PROFILE_FIELDS: [&str; 20] = [
    "title",
    "employer",
    "reference",
    "city",
    "province",
    "hours",
    "salary",
    "salary_scale",
    "education_level",
    "experience_years_min",
    "contract_type",
    "posted_date",
    "closing_date",
    "start_date",
    "end_date",
    "description",
    "hours_min",
    "hours_max",
    "salary_min",
    "salary_max",
];

impl Config {
    /// Reads and validates a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            origin: path.display().to_string(),
            problems: vec![ConfigProblem {
                key: "(file)".into(),
                line: None,
                message: format!("cannot read: {e}"),
            }],
        })?;
        Config::parse(&text, &path.display().to_string())
    }

    /// The shipped default config.
    pub fn default_shipped() -> Config {
        Config::parse(DEFAULT_CONFIG, "the built-in pipeline.toml")
            .expect("the shipped pipeline.toml is valid")
    }

    /// Parses and validates, collecting every problem: each section is read on its own
    /// so one bad key does not hide the others.
    pub fn parse(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let fail = |problems| ConfigError {
            origin: origin.to_string(),
            problems,
        };
        let doc = match toml_edit::Document::parse(text.to_string()) {
            Ok(doc) => doc,
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start));
                return Err(fail(vec![ConfigProblem {
                    key: "(syntax)".into(),
                    line,
                    message: e.message().trim().to_string(),
                }]));
            }
        };
        let table: toml::Table = match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                let line = e.span().map(|s| line_of(text, s.start));
                return Err(fail(vec![ConfigProblem {
                    key: "(syntax)".into(),
                    line,
                    message: e.message().trim().to_string(),
                }]));
            }
        };
        let locate = Locator { text, doc: &doc };
        let mut problems = Vec::new();
        let mut config = Config::default();
        for (key, value) in table {
            match key.as_str() {
                "run" => section(&locate, &key, value, &mut config.run, &mut problems),
                "limits" => section(&locate, &key, value, &mut config.limits, &mut problems),
                "stages" => section(&locate, &key, value, &mut config.stages, &mut problems),
                "parquet" => section(&locate, &key, value, &mut config.parquet, &mut problems),
                "dedup" => section(&locate, &key, value, &mut config.dedup, &mut problems),
                "privacy" => section(&locate, &key, value, &mut config.privacy, &mut problems),
                "extract" => section(&locate, &key, value, &mut config.extract, &mut problems),
                "sites" => match value {
                    toml::Value::Array(items) => {
                        for (i, item) in items.into_iter().enumerate() {
                            let path = format!("sites[{i}]");
                            let mut site = SiteProfile::default();
                            section(&locate, &path, item, &mut site, &mut problems);
                            config.sites.push(site);
                        }
                    }
                    _ => problems.push(locate.problem("sites", "must be an array of tables ([[sites]])")),
                },
                other => problems.push(locate.problem(
                    other,
                    "unknown section; expected one of run, limits, stages, parquet, dedup, privacy, extract, sites",
                )),
            }
        }
        config.check(&locate, &mut problems);
        if problems.is_empty() {
            Ok(config)
        } else {
            problems.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
            Err(fail(problems))
        }
    }

    fn check(&self, locate: &Locator<'_>, problems: &mut Vec<ConfigProblem>) {
        let mut bad = |key: &str, message: String| problems.push(locate.problem(key, &message));
        if !self.run.run_date.is_empty()
            && chrono::NaiveDate::parse_from_str(&self.run.run_date, "%Y-%m-%d").is_err()
        {
            bad(
                "run.run_date",
                format!("'{}' is not a date (YYYY-MM-DD)", self.run.run_date),
            );
        }
        if self.run.threads > 1024 {
            bad(
                "run.threads",
                format!("{} threads is more than 1024", self.run.threads),
            );
        }
        if !(0.0..=1.0).contains(&self.run.max_failed_fraction) {
            bad(
                "run.max_failed_fraction",
                format!("{} is not between 0 and 1", self.run.max_failed_fraction),
            );
        }
        if self.run.batch_pages == 0 {
            bad("run.batch_pages", "must be at least 1".into());
        }
        if self.limits.max_page_bytes == 0 {
            bad("limits.max_page_bytes", "must be at least 1".into());
        }
        if !(1..=22).contains(&self.parquet.zstd_level) {
            bad(
                "parquet.zstd_level",
                format!("{} is not between 1 and 22", self.parquet.zstd_level),
            );
        }
        if self.parquet.row_group_mb < 1 {
            bad("parquet.row_group_mb", "must be at least 1".into());
        }
        if self.parquet.row_group_rows < 1024 {
            bad(
                "parquet.row_group_rows",
                format!("{} is below 1024", self.parquet.row_group_rows),
            );
        }
        for (i, name) in self.stages.order.iter().enumerate() {
            if !STAGE_NAMES.contains(&name.as_str()) {
                bad(
                    &format!("stages.order[{i}]"),
                    format!("unknown stage '{name}'; known: {}", STAGE_NAMES.join(", ")),
                );
            }
        }
        let d = &self.dedup;
        for (key, v) in [
            ("dedup.near_duplicate_threshold", d.near_duplicate_threshold),
            (
                "dedup.possible_duplicate_threshold",
                d.possible_duplicate_threshold,
            ),
        ] {
            if !(0.0..=1.0).contains(&v) {
                bad(key, format!("{v} is not between 0 and 1"));
            }
        }
        if d.possible_duplicate_threshold > d.near_duplicate_threshold {
            bad(
                "dedup.possible_duplicate_threshold",
                "must not exceed near_duplicate_threshold".into(),
            );
        }
        if d.merge_memory_mb == 0 {
            bad("dedup.merge_memory_mb", "must be at least 1".into());
        }
        let mut names = std::collections::HashSet::new();
        for (i, site) in self.sites.iter().enumerate() {
            let at = |k: &str| format!("sites[{i}].{k}");
            if site.name.trim().is_empty() {
                bad(&at("name"), "every site profile needs a name".into());
            } else if !names.insert(site.name.clone()) {
                bad(
                    &at("name"),
                    format!("'{}' is used by two profiles", site.name),
                );
            }
            if site.hosts.is_empty() && site.markers.is_empty() {
                bad(
                    &at("hosts"),
                    "a profile needs hosts or markers to be recognised".into(),
                );
            }
            for (label, field) in &site.labels {
                if !PROFILE_FIELDS.contains(&field.as_str()) {
                    bad(
                        &at("labels"),
                        format!("label '{label}' maps to unknown field '{field}'"),
                    );
                }
            }
            for (field, selector) in &site.selectors {
                if !PROFILE_FIELDS.contains(&field.as_str()) {
                    bad(&at("selectors"), format!("unknown field '{field}'"));
                }
                if let Err(e) = scraper::Selector::parse(selector) {
                    bad(
                        &at("selectors"),
                        format!("selector for {field} '{selector}' does not parse: {e}"),
                    );
                }
            }
        }
    }

    /// A stable hash of the effective config, for the run report.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let json = serde_json::to_string(self).unwrap_or_default();
        let digest = Sha256::digest(json.as_bytes());
        digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
    }
}

fn section<T: DeserializeOwned>(
    locate: &Locator<'_>,
    key: &str,
    value: toml::Value,
    slot: &mut T,
    problems: &mut Vec<ConfigProblem>,
) {
    let toml::Value::Table(table) = value else {
        problems.push(locate.problem(key, "must be a table"));
        return;
    };
    // Each key on its own (the others take their defaults), so every bad key is
    // reported, then the section without the bad keys.
    let mut good = toml::Table::new();
    for (name, v) in table {
        let mut single = toml::Table::new();
        single.insert(name.clone(), v.clone());
        match toml::Value::Table(single).try_into::<T>() {
            Ok(_) => {
                good.insert(name, v);
            }
            Err(e) => {
                let path = format!("{key}.{name}");
                let message = e.message().trim().to_string();
                problems.push(ConfigProblem {
                    line: locate.line(&path),
                    key: path,
                    message,
                });
            }
        }
    }
    match toml::Value::Table(good).try_into::<T>() {
        Ok(v) => *slot = v,
        Err(e) => problems.push(locate.problem(key, e.message().trim())),
    }
}

struct Locator<'a> {
    text: &'a str,
    doc: &'a toml_edit::Document<String>,
}

impl Locator<'_> {
    fn problem(&self, key: &str, message: &str) -> ConfigProblem {
        ConfigProblem {
            key: key.to_string(),
            line: self.line(key),
            message: message.to_string(),
        }
    }

    /// Line of a dotted key path like `sites[2].selectors` or `run.threads`; falls back
    /// to the nearest enclosing key that exists.
    fn line(&self, path: &str) -> Option<usize> {
        let mut table: &dyn toml_edit::TableLike = self.doc.as_table();
        let mut best = None;
        for part in path.split('.') {
            let (name, index) = match part.split_once('[') {
                Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            let (key, item) = table.get_key_value(name)?;
            if let Some(span) = key.span() {
                best = Some(line_of(self.text, span.start));
            }
            let item = match (index, item) {
                (Some(i), toml_edit::Item::ArrayOfTables(a)) => {
                    let t = a.get(i)?;
                    if let Some(span) = t.span() {
                        best = Some(line_of(self.text, span.start));
                    }
                    table = t;
                    continue;
                }
                (Some(i), toml_edit::Item::Value(toml_edit::Value::Array(a))) => match a.get(i) {
                    Some(v) => {
                        if let Some(span) = v.span() {
                            best = Some(line_of(self.text, span.start));
                        }
                        return best;
                    }
                    None => return best,
                },
                (_, item) => item,
            };
            match item.as_table_like() {
                Some(t) => table = t,
                None => return best,
            }
        }
        best
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_config_parses_and_has_profiles() {
        let config = Config::parse(DEFAULT_CONFIG, "pipeline.toml").unwrap();
        assert_eq!(
            config.stages.order,
            vec!["structured", "site_profiles", "text"]
        );
        assert!(
            config.sites.len() >= 5,
            "ships profiles for the seed site families"
        );
        assert!(config.sites.iter().any(|s| s.name == "werkenvoornederland"));
    }

    #[test]
    fn every_problem_is_listed_with_its_line() {
        let text = "[run]\nthreads = 2\nthredas = 3\n\n[parquet]\nzstd_level = 99\n\n[limits]\nmax_page_bytes = \"big\"\n\n[bogus]\nx = 1\n";
        let err = Config::parse(text, "test.toml").unwrap_err();
        let shown: Vec<String> = err.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(err.problems.len(), 4, "{shown:#?}");
        assert!(shown[0].starts_with("line 3: run.thredas"), "{shown:#?}");
        assert!(
            shown
                .iter()
                .any(|s| s.starts_with("line 6: parquet.zstd_level")),
            "{shown:#?}"
        );
        assert!(
            shown
                .iter()
                .any(|s| s.starts_with("line 9: limits.max_page_bytes")),
            "{shown:#?}"
        );
        assert!(
            shown.iter().any(|s| s.starts_with("line 11: bogus")),
            "{shown:#?}"
        );
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let err = Config::parse("[run]\nthreads = = 2\n", "x.toml").unwrap_err();
        assert_eq!(err.problems[0].line, Some(2));
    }

    #[test]
    fn bad_site_profiles_are_reported() {
        let text = "[[sites]]\nname = \"a\"\nhosts = [\"a.nl\"]\n[sites.selectors]\ntitle = \"h1[\"\n[[sites]]\nname = \"a\"\n";
        let err = Config::parse(text, "x.toml").unwrap_err();
        let shown: Vec<String> = err.problems.iter().map(|p| p.to_string()).collect();
        assert!(
            shown.iter().any(|s| s.contains("selector for title")),
            "{shown:#?}"
        );
        assert!(
            shown.iter().any(|s| s.contains("used by two profiles")),
            "{shown:#?}"
        );
        assert!(
            shown.iter().any(|s| s.contains("needs hosts or markers")),
            "{shown:#?}"
        );
    }
}
