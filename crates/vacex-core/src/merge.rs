//! The reduce: all nights' observations become the vacancies table. Observations
//! are joined by reference key (tier 1) and content hash (tier 2) with a union-find;
//! each vacancy takes each field from its most trusted observation (then the latest
//! night, then the smallest doc_id, so the result never depends on input order), and
//! keeps where and when it was seen. The table is rebuilt whole and swapped in
//! atomically.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, RecordBatch};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Date32Type, Float64Type, Int32Type};
use chrono::NaiveDate;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::config::Config;
use crate::dedup;
use crate::record::{FieldSource, Sourced, Vacancy};
use crate::report::MergeSummary;
use crate::sink::parquet::TableWriter;
use crate::sink::schema::{self, Table};

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("cannot read {path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("cannot write the vacancies table: {0}")]
    Write(String),
}

/// One observation as the reduce needs it.
#[derive(Debug, Clone)]
pub struct ObservedRow {
    pub run_date: NaiveDate,
    pub doc_id: String,
    pub site: String,
    pub content_hash: String,
    pub minhash: Vec<u32>,
    pub salary_monthly_min: Option<f64>,
    pub salary_monthly_max: Option<f64>,
    pub fields: Vacancy,
}

/// One row of the vacancies table.
#[derive(Debug, Clone)]
pub struct VacancyRow {
    pub vacancy_key: String,
    pub dedup_tier: &'static str,
    pub sites: Vec<String>,
    pub doc_ids: Vec<String>,
    pub doc_count: i64,
    pub first_seen: NaiveDate,
    pub last_seen: NaiveDate,
    pub times_seen: i32,
    pub is_open: bool,
    pub possible_duplicate_of: Option<String>,
    pub salary_monthly_min: Option<f64>,
    pub salary_monthly_max: Option<f64>,
    pub fields: Vacancy,
}

/// Where the vacancies table lives.
pub fn vacancies_path(out: &Path) -> PathBuf {
    out.join("vacancies").join("vacancies.parquet")
}

/// Observation part files of every night, oldest night first.
pub fn observation_parts(out: &Path) -> Result<Vec<(NaiveDate, PathBuf)>, MergeError> {
    let dir = out.join("observations");
    let mut parts = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(parts);
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(date) = name
            .strip_prefix("run_date=")
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let Ok(files) = std::fs::read_dir(entry.path()) else {
            continue;
        };
        for file in files.flatten() {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "parquet") {
                parts.push((date, path));
            }
        }
    }
    parts.sort();
    Ok(parts)
}

/// Column accessor for one batch: every column cast to a plain type once.
struct Columns {
    batch: RecordBatch,
}

impl Columns {
    fn new(batch: RecordBatch) -> Columns {
        Columns { batch }
    }

    fn col(&self, name: &str) -> Option<ArrayRef> {
        let col = self.batch.column_by_name(name)?;
        match col.data_type() {
            DataType::Dictionary(_, _) => cast(col, &DataType::Utf8).ok(),
            _ => Some(col.clone()),
        }
    }

    fn strings(&self, name: &str) -> Vec<Option<String>> {
        match self.col(name) {
            Some(c) if c.data_type() == &DataType::Utf8 => c
                .as_string::<i32>()
                .iter()
                .map(|v| v.map(str::to_string))
                .collect(),
            _ => vec![None; self.batch.num_rows()],
        }
    }

    fn floats(&self, name: &str) -> Vec<Option<f64>> {
        match self.col(name) {
            Some(c) if c.data_type() == &DataType::Float64 => {
                c.as_primitive::<Float64Type>().iter().collect()
            }
            _ => vec![None; self.batch.num_rows()],
        }
    }

    fn ints(&self, name: &str) -> Vec<Option<i32>> {
        match self.col(name) {
            Some(c) if c.data_type() == &DataType::Int32 => {
                c.as_primitive::<Int32Type>().iter().collect()
            }
            _ => vec![None; self.batch.num_rows()],
        }
    }

    fn dates(&self, name: &str) -> Vec<Option<NaiveDate>> {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
        match self.col(name) {
            Some(c) if c.data_type() == &DataType::Date32 => c
                .as_primitive::<Date32Type>()
                .iter()
                .map(|d| {
                    d.and_then(|d| epoch.checked_add_signed(chrono::Duration::days(i64::from(d))))
                })
                .collect(),
            _ => vec![None; self.batch.num_rows()],
        }
    }

    fn lists(&self, name: &str) -> Vec<Option<Vec<String>>> {
        let n = self.batch.num_rows();
        let Some(c) = self.col(name) else {
            return vec![None; n];
        };
        let Some(list) = c.as_list_opt::<i32>() else {
            return vec![None; n];
        };
        (0..n)
            .map(|i| {
                if list.is_null(i) {
                    return None;
                }
                let values = list.value(i);
                let values = values.as_string_opt::<i32>()?;
                Some(values.iter().flatten().map(str::to_string).collect())
            })
            .collect()
    }

    fn u32_lists(&self, name: &str) -> Vec<Vec<u32>> {
        let n = self.batch.num_rows();
        let Some(c) = self.col(name) else {
            return vec![Vec::new(); n];
        };
        let Some(list) = c.as_list_opt::<i32>() else {
            return vec![Vec::new(); n];
        };
        (0..n)
            .map(|i| {
                if list.is_null(i) {
                    return Vec::new();
                }
                let values = list.value(i);
                values
                    .as_primitive_opt::<arrow::datatypes::UInt32Type>()
                    .map(|v| v.values().to_vec())
                    .unwrap_or_default()
            })
            .collect()
    }

    fn sources(&self) -> Vec<BTreeMap<String, String>> {
        let n = self.batch.num_rows();
        let Some(c) = self.col("field_sources") else {
            return vec![BTreeMap::new(); n];
        };
        let Some(map) = c.as_map_opt() else {
            return vec![BTreeMap::new(); n];
        };
        (0..n)
            .map(|i| {
                let entries = map.value(i);
                let keys = entries.column(0).as_string::<i32>();
                let values = entries.column(1).as_string::<i32>();
                keys.iter()
                    .zip(values.iter())
                    .filter_map(|(k, v)| Some((k?.to_string(), v?.to_string())))
                    .collect()
            })
            .collect()
    }
}

fn source_of(name: &str) -> FieldSource {
    match name {
        "structured" => FieldSource::Structured,
        "site_profile" => FieldSource::SiteProfile,
        "meta" => FieldSource::Meta,
        "derived" => FieldSource::Derived,
        _ => FieldSource::Text,
    }
}

/// Reads every observation of every night.
pub fn read_observations(out: &Path) -> Result<Vec<ObservedRow>, MergeError> {
    let mut rows = Vec::new();
    for_each_observation(out, |row| rows.push(row))?;
    Ok(rows)
}

/// Calls `visit` with every observation of every night, in a fixed order (oldest
/// night first, parts by name, rows as stored), holding one batch at a time.
pub fn for_each_observation(
    out: &Path,
    mut visit: impl FnMut(ObservedRow),
) -> Result<(), MergeError> {
    for (date, path) in observation_parts(out)? {
        let err = |message: String| MergeError::Read {
            path: path.clone(),
            message,
        };
        let file = File::open(&path).map_err(|e| err(e.to_string()))?;
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .and_then(|b| b.build())
            .map_err(|e| err(e.to_string()))?;
        for batch in reader {
            let batch = batch.map_err(|e| err(e.to_string()))?;
            rows_of(date, Columns::new(batch))
                .into_iter()
                .for_each(&mut visit);
        }
    }
    Ok(())
}

fn rows_of(date: NaiveDate, c: Columns) -> Vec<ObservedRow> {
    let n = c.batch.num_rows();
    let sources = c.sources();
    let doc_id = c.strings("doc_id");
    let site = c.strings("site");
    let hash = c.strings("content_hash");
    let minhash = c.u32_lists("minhash");
    let mmin = c.floats("salary_monthly_min");
    let mmax = c.floats("salary_monthly_max");
    let text = |n: &str| c.strings(n);
    let (title, employer, reference, city, code, province) = (
        text("title"),
        text("employer"),
        text("reference"),
        text("city"),
        text("municipality_code"),
        text("province"),
    );
    let (period, currency, scale, education, contract, language, description) = (
        text("salary_period"),
        text("salary_currency"),
        text("salary_scale"),
        text("education_level"),
        text("contract_type"),
        text("language"),
        text("description"),
    );
    let (hmin, hmax, smin, smax) = (
        c.floats("hours_min"),
        c.floats("hours_max"),
        c.floats("salary_min"),
        c.floats("salary_max"),
    );
    let exp = c.ints("experience_years_min");
    let (posted, closing, start, end) = (
        c.dates("posted_date"),
        c.dates("closing_date"),
        c.dates("start_date"),
        c.dates("end_date"),
    );
    let categories = c.lists("categories");
    (0..n)
        .map(|i| {
            let src = |field: &str| source_of(sources[i].get(field).map_or("text", String::as_str));
            macro_rules! sourced {
                ($col:ident, $name:literal) => {
                    $col[i].clone().map(|value| Sourced {
                        value,
                        source: src($name),
                    })
                };
            }
            let fields = Vacancy {
                title: sourced!(title, "title"),
                employer: sourced!(employer, "employer"),
                reference: sourced!(reference, "reference"),
                city: sourced!(city, "city"),
                municipality_code: sourced!(code, "municipality_code"),
                province: sourced!(province, "province"),
                hours_min: sourced!(hmin, "hours_min"),
                hours_max: sourced!(hmax, "hours_max"),
                salary_min: sourced!(smin, "salary_min"),
                salary_max: sourced!(smax, "salary_max"),
                salary_period: sourced!(period, "salary_period"),
                salary_currency: sourced!(currency, "salary_currency"),
                salary_scale: sourced!(scale, "salary_scale"),
                education_level: sourced!(education, "education_level"),
                experience_years_min: sourced!(exp, "experience_years_min"),
                contract_type: sourced!(contract, "contract_type"),
                posted_date: sourced!(posted, "posted_date"),
                closing_date: sourced!(closing, "closing_date"),
                start_date: sourced!(start, "start_date"),
                end_date: sourced!(end, "end_date"),
                language: sourced!(language, "language"),
                categories: sourced!(categories, "categories"),
                description: sourced!(description, "description"),
            };
            ObservedRow {
                run_date: date,
                doc_id: doc_id[i].clone().unwrap_or_default(),
                site: site[i].clone().unwrap_or_default(),
                content_hash: hash[i].clone().unwrap_or_default(),
                minhash: minhash[i].clone(),
                salary_monthly_min: mmin[i],
                salary_monthly_max: mmax[i],
                fields,
            }
        })
        .collect()
}

/// The vacancy fields in table order, with their bit in a `Winner::fields` mask; the
/// callback macro gets `(bit name, ...)`.
macro_rules! vacancy_fields {
    ($callback:ident ! ($($args:tt)*)) => {
        $callback!(($($args)*) 0 title, 1 employer, 2 reference, 3 city, 4 municipality_code,
            5 province, 6 hours_min, 7 hours_max, 8 salary_min, 9 salary_max,
            10 salary_period, 11 salary_currency, 12 salary_scale, 13 education_level,
            14 experience_years_min, 15 contract_type, 16 posted_date, 17 closing_date,
            18 start_date, 19 end_date, 20 language, 21 categories, 22 description)
    };
}
const FIELD_COUNT: usize = 23;
/// The `Winner::fields` bit of the monthly salary pair.
const MONTHLY_BIT: u32 = 1 << FIELD_COUNT;

/// What deduplication needs of one observation, without its field values: keys,
/// signature, facts, and which fields it has from which stage.
struct DedupRow {
    /// Place in the order the observations were read.
    position: u32,
    run_date: NaiveDate,
    doc_id: String,
    site: String,
    content_hash: String,
    reference_key: Option<String>,
    minhash: Vec<u32>,
    facts: dedup::Facts,
    stages: [Option<FieldSource>; FIELD_COUNT],
    has_monthly: bool,
}

impl DedupRow {
    fn of(position: usize, row: &ObservedRow) -> DedupRow {
        macro_rules! stages {
            (($f:expr) $($bit:literal $name:ident),*) => {
                [$($f.$name.as_ref().map(|s| s.source)),*]
            };
        }
        DedupRow {
            position: u32::try_from(position).expect("fewer than 4 billion observations"),
            run_date: row.run_date,
            doc_id: row.doc_id.clone(),
            site: row.site.clone(),
            content_hash: row.content_hash.clone(),
            reference_key: dedup::reference_key(&row.fields, &row.site),
            minhash: row.minhash.clone(),
            facts: dedup::Facts::of(&row.fields),
            stages: vacancy_fields!(stages!(row.fields)),
            has_monthly: row.salary_monthly_min.is_some() || row.salary_monthly_max.is_some(),
        }
    }
}

/// Which vacancy an observation belongs to and which of its values that vacancy keeps.
#[derive(Debug, Clone, Copy, Default)]
struct Winner {
    vacancy: u32,
    /// Bit k: field k of `vacancy_fields!`; `MONTHLY_BIT`: the monthly salary pair.
    fields: u32,
}

/// The vacancies decided from the dedup columns alone: every row but its field
/// values, and for each observation the values it gives to its vacancy.
struct MergePlan {
    vacancies: Vec<VacancyRow>,
    /// By read position.
    winners: Vec<Winner>,
    latest: Option<NaiveDate>,
    grace_nights: i64,
    summary: MergeSummary,
}

/// Groups observations into vacancies: tier 1 (reference key) and tier 2 (content
/// hash) join on equal keys; tier 3 joins near-duplicate descriptions found through
/// MinHash-LSH when the facts agree, and records grey-zone pairs without joining them.
fn plan(mut rows: Vec<DedupRow>, config: &Config) -> MergePlan {
    // A fixed order first, whatever order the parts were read in.
    rows.sort_by(|a, b| (a.run_date, &a.doc_id).cmp(&(b.run_date, &b.doc_id)));
    let n = rows.len();
    let mut index = dedup::DedupIndex::with_capacity(n);
    let mut collapsed: BTreeMap<String, u64> = BTreeMap::new();
    let mut joined_by = vec![0u8; n];
    const BY_REF: u8 = 1;
    const BY_HASH: u8 = 2;
    const BY_NEAR: u8 = 4;
    for (i, row) in rows.iter_mut().enumerate() {
        index.push(&row.minhash, &row.facts);
        // The index holds the signature and facts from here on.
        row.minhash = Vec::new();
        row.facts = dedup::Facts::default();
        if let Some(key) = &row.reference_key {
            if index.join_on_key(i, key) {
                joined_by[i] |= BY_REF;
                *collapsed.entry("reference".into()).or_default() += 1;
            }
        }
        if index.join_on_key(i, &format!("hash:{}", row.content_hash)) {
            joined_by[i] |= BY_HASH;
            *collapsed.entry("content".into()).or_default() += 1;
        }
    }
    let near = config.dedup.near_duplicate_threshold;
    let possible = config.dedup.possible_duplicate_threshold;
    let mut grey: Vec<(usize, usize)> = Vec::new();
    for (a, b) in index.candidate_pairs() {
        let (a, b) = (a as usize, b as usize);
        if index.find(a) == index.find(b) {
            continue;
        }
        let (Some(sa), Some(sb)) = (index.signature(a), index.signature(b)) else {
            continue;
        };
        let similarity = dedup::similarity(sa, sb);
        // Identical facts need less of the text to be shared (a rewritten description).
        let agreement = index.agreement(a, b);
        let floor = if agreement == dedup::Agreement::Identical {
            possible / 2.0
        } else {
            possible
        };
        if similarity < floor {
            continue;
        }
        match agreement {
            dedup::Agreement::Conflict => {}
            dedup::Agreement::Identical => {
                if index.union(a, b) {
                    joined_by[a] |= BY_NEAR;
                    joined_by[b] |= BY_NEAR;
                    *collapsed.entry("near_duplicate".into()).or_default() += 1;
                }
            }
            dedup::Agreement::Compatible if similarity >= near => {
                if index.union(a, b) {
                    joined_by[a] |= BY_NEAR;
                    joined_by[b] |= BY_NEAR;
                    *collapsed.entry("near_duplicate".into()).or_default() += 1;
                }
            }
            dedup::Agreement::Compatible => grey.push((a, b)),
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        let root = index.find(i);
        groups.entry(root).or_default().push(i);
    }
    let mut summary = MergeSummary {
        nights: rows
            .iter()
            .map(|r| r.run_date)
            .collect::<BTreeSet<_>>()
            .len() as u64,
        observations: n as u64,
        collapsed_by_tier: collapsed,
        ..MergeSummary::default()
    };
    let mut winners = vec![Winner::default(); n];
    let mut slot_of_root: HashMap<usize, usize> = HashMap::new();
    let mut vacancies = Vec::with_capacity(groups.len());
    for (&root, members) in &groups {
        let slot = vacancies.len();
        slot_of_root.insert(root, slot);
        let joined = members.iter().fold(0u8, |acc, &i| acc | joined_by[i]);
        let tier = if members.len() == 1 {
            "single"
        } else if joined & BY_NEAR != 0 {
            "near_duplicate"
        } else if joined & BY_REF != 0 {
            "reference"
        } else {
            "content"
        };
        // Stable as the history grows: the reference key if any, else the content of
        // the first observation (members are in (run_date, doc_id) order).
        let canonical = members
            .iter()
            .filter_map(|&i| rows[i].reference_key.clone())
            .min()
            .unwrap_or_else(|| format!("hash:{}", rows[members[0]].content_hash));
        let vacancy_key = dedup::content_hash(&canonical)[..16].to_string();
        let nights: BTreeSet<NaiveDate> = members.iter().map(|&i| rows[i].run_date).collect();
        // Each field from the most trusted observation that has it; ties go to the
        // latest night, then the smallest doc_id.
        let newest_first = |i: usize| (std::cmp::Reverse(rows[i].run_date), &rows[i].doc_id);
        for field in 0..FIELD_COUNT {
            let best = members
                .iter()
                .filter_map(|&i| rows[i].stages[field].map(|stage| (stage, i)))
                .min_by(|(sa, a), (sb, b)| (sa, newest_first(*a)).cmp(&(sb, newest_first(*b))));
            if let Some((_, i)) = best {
                winners[i].fields |= 1 << field;
            }
        }
        let best_monthly = members
            .iter()
            .copied()
            .filter(|&i| rows[i].has_monthly)
            .min_by(|&a, &b| newest_first(a).cmp(&newest_first(b)));
        if let Some(i) = best_monthly {
            winners[i].fields |= MONTHLY_BIT;
        }
        for &i in members {
            winners[i].vacancy = slot as u32;
        }
        *summary
            .vacancies_by_tier
            .entry(tier.to_string())
            .or_default() += 1;
        vacancies.push(VacancyRow {
            vacancy_key,
            dedup_tier: tier,
            sites: members
                .iter()
                .map(|&i| rows[i].site.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            doc_ids: members
                .iter()
                .map(|&i| rows[i].doc_id.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            doc_count: members.len() as i64,
            first_seen: *nights.first().expect("a group has members"),
            last_seen: *nights.last().expect("a group has members"),
            times_seen: nights.len() as i32,
            is_open: false,
            possible_duplicate_of: None,
            salary_monthly_min: None,
            salary_monthly_max: None,
            fields: Vacancy::default(),
        });
    }
    // Grey-zone pairs point at each other's vacancy (the smallest key when several).
    for (a, b) in grey {
        let (ra, rb) = (index.find(a), index.find(b));
        if ra == rb {
            continue;
        }
        for (from, to) in [(ra, rb), (rb, ra)] {
            let key = vacancies[slot_of_root[&to]].vacancy_key.clone();
            let slot = &mut vacancies[slot_of_root[&from]].possible_duplicate_of;
            if slot.as_ref().is_none_or(|current| key < *current) {
                *slot = Some(key);
            }
        }
    }
    // Winners by read position, so a second pass over the parts can find them.
    let mut by_position = vec![Winner::default(); n];
    for (i, row) in rows.iter().enumerate() {
        by_position[row.position as usize] = winners[i];
    }
    MergePlan {
        vacancies,
        winners: by_position,
        latest: rows.iter().map(|r| r.run_date).max(),
        grace_nights: i64::from(config.dedup.open_grace_nights),
        summary,
    }
}

impl MergePlan {
    /// Moves the values observation `position` gives its vacancy out of `row`.
    fn take_values(&mut self, position: usize, mut row: ObservedRow) {
        let winner = self.winners[position];
        if winner.fields == 0 {
            return;
        }
        let vacancy = &mut self.vacancies[winner.vacancy as usize];
        macro_rules! take {
            (($mask:expr) $($bit:literal $name:ident),*) => {$(
                if $mask & (1 << $bit) != 0 {
                    vacancy.fields.$name = row.fields.$name.take();
                }
            )*};
        }
        vacancy_fields!(take!(winner.fields));
        if winner.fields & MONTHLY_BIT != 0 {
            vacancy.salary_monthly_min = row.salary_monthly_min;
            vacancy.salary_monthly_max = row.salary_monthly_max;
        }
    }

    /// The vacancies, in vacancy_key order, once every observation's values are in.
    fn finish(self) -> (Vec<VacancyRow>, MergeSummary) {
        let MergePlan {
            mut vacancies,
            latest,
            grace_nights,
            mut summary,
            ..
        } = self;
        for row in &mut vacancies {
            // Open: the closing date has not passed, or (no closing date known) it was
            // seen within the grace nights of the latest run.
            row.is_open = latest.is_some_and(|latest| match row.fields.closing_date.as_ref() {
                Some(closing) => closing.value >= latest,
                None => (latest - row.last_seen).num_days() <= grace_nights,
            });
            summary.open += u64::from(row.is_open);
        }
        summary.possible_duplicates = vacancies
            .iter()
            .filter(|v| v.possible_duplicate_of.is_some())
            .count() as u64;
        vacancies.sort_by(|a, b| a.vacancy_key.cmp(&b.vacancy_key));
        summary.vacancies = vacancies.len() as u64;
        (vacancies, summary)
    }
}

/// Groups observations held in memory into vacancies (see `rebuild` for the
/// streaming form over the published parts, which gives the same table).
pub fn deduplicate(rows: Vec<ObservedRow>, config: &Config) -> (Vec<VacancyRow>, MergeSummary) {
    let keys = rows.iter().enumerate().map(|(p, r)| DedupRow::of(p, r));
    let mut plan = plan(keys.collect(), config);
    for (position, row) in rows.into_iter().enumerate() {
        plan.take_values(position, row);
    }
    plan.finish()
}

/// The vacancies table.
pub fn vacancies_batch(rows: &[VacancyRow]) -> RecordBatch {
    use schema::*;
    let mut columns: Vec<(&'static str, ArrayRef)> = vec![
        (
            "vacancy_key",
            strings(rows.iter().map(|r| Some(r.vacancy_key.as_str()))),
        ),
        ("dedup_tier", dict(rows.iter().map(|r| Some(r.dedup_tier)))),
        (
            "sites",
            string_lists(
                rows.iter()
                    .map(|r| Some(r.sites.iter().map(String::as_str))),
            ),
        ),
        (
            "doc_ids",
            string_lists(
                rows.iter()
                    .map(|r| Some(r.doc_ids.iter().map(String::as_str))),
            ),
        ),
        ("doc_count", longs(rows.iter().map(|r| Some(r.doc_count)))),
        ("first_seen", dates(rows.iter().map(|r| Some(r.first_seen)))),
        ("last_seen", dates(rows.iter().map(|r| Some(r.last_seen)))),
        ("times_seen", ints(rows.iter().map(|r| Some(r.times_seen)))),
        ("is_open", bools(rows.iter().map(|r| Some(r.is_open)))),
        (
            "possible_duplicate_of",
            strings(rows.iter().map(|r| r.possible_duplicate_of.as_deref())),
        ),
        (
            "salary_monthly_min",
            floats(rows.iter().map(|r| r.salary_monthly_min)),
        ),
        (
            "salary_monthly_max",
            floats(rows.iter().map(|r| r.salary_monthly_max)),
        ),
    ];
    columns.extend(field_columns(rows.iter().map(|r| &r.fields)));
    schema::batch(columns)
}

/// Rebuilds the vacancies table from every night's observations and swaps it in.
///
/// Two streaming passes over the parts, so memory follows the vacancies table, not
/// the history of observations: the first keeps only what deduplication needs of
/// each observation (keys, signature, facts, which fields it has) and decides the
/// groups and which observation gives each field; the second reads the parts again
/// and keeps only those values.
pub fn rebuild(out: &Path, config: &Config) -> Result<MergeSummary, MergeError> {
    let mut keys = Vec::new();
    for_each_observation(out, |row| keys.push(DedupRow::of(keys.len(), &row)))?;
    let observations = keys.len();
    let mut plan = plan(keys, config);
    let mut position = 0;
    for_each_observation(out, |row| {
        if position < observations {
            plan.take_values(position, row);
        }
        position += 1;
    })?;
    if position != observations {
        return Err(MergeError::Read {
            path: out.join("observations"),
            message: format!(
                "the observations changed during the merge ({observations} rows, then {position})"
            ),
        });
    }
    let (vacancies, summary) = plan.finish();
    let staging = crate::publish::fresh_staging(out, "merge")
        .map_err(|e| MergeError::Write(e.to_string()))?;
    let staged = staging.join("vacancies.parquet");
    let schema: Arc<arrow::datatypes::Schema> = Table::Vacancies.schema();
    let mut writer = TableWriter::create(&staged, Table::Vacancies, schema, &config.parquet)
        .map_err(|e| MergeError::Write(e.to_string()))?;
    for chunk in vacancies.chunks(8192) {
        writer
            .write(&vacancies_batch(chunk))
            .map_err(|e| MergeError::Write(e.to_string()))?;
    }
    writer
        .finish()
        .map_err(|e| MergeError::Write(e.to_string()))?;
    crate::failpoint::pause("merge:staged");
    crate::publish::publish_file(&staged, &vacancies_path(out))
        .map_err(|e| MergeError::Write(e.to_string()))?;
    let _ = std::fs::remove_dir_all(&staging);
    Ok(summary)
}
