//! The reduce: all nights' observations become the vacancies table. Observations
//! are joined by reference key (tier 1) and content hash (tier 2) with a union-find;
//! each vacancy takes each field from its most trusted observation (then the latest
//! night, then the smallest doc_id, so the result never depends on input order), and
//! keeps where and when it was seen. The table is rebuilt whole and swapped in
//! atomically.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow::array::{Array, ArrayRef, AsArray, RecordBatch};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Date32Type, Float64Type, Int32Type};
use chrono::NaiveDate;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::ProjectionMask;

use crate::config::Config;
use crate::dedup;
use crate::record::{FieldSource, Sourced, Vacancy};
use crate::report::MergeSummary;
use crate::sink::parquet::TableWriter;
use crate::sink::schema::{self, Table};

mod spill;

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

/// A vacancy as deduplication decides it, before its field values are gathered.
#[derive(Debug, Clone)]
struct VacancyHead {
    vacancy_key: String,
    dedup_tier: &'static str,
    sites: Vec<String>,
    doc_ids: Vec<String>,
    doc_count: i64,
    first_seen: NaiveDate,
    last_seen: NaiveDate,
    times_seen: i32,
    possible_duplicate_of: Option<String>,
}

/// The values a vacancy gathers from its observations.
#[derive(Debug, Clone, Default)]
struct VacancyValues {
    salary_monthly_min: Option<f64>,
    salary_monthly_max: Option<f64>,
    fields: Vacancy,
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

impl Columns {
    /// Per row, the heap bytes of the field's value as `value_bytes` counts them (a
    /// text's length; a list's texts plus 24 bytes each; 0 for numbers and dates),
    /// None where it is unset or the column is missing.
    fn value_sizes(&self, name: &str) -> Vec<Option<usize>> {
        let n = self.batch.num_rows();
        let Some(c) = self.col(name) else {
            return vec![None; n];
        };
        if let Some(texts) = c.as_string_opt::<i32>() {
            return (0..n)
                .map(|i| texts.is_valid(i).then(|| texts.value_length(i) as usize))
                .collect();
        }
        if let Some(list) = c.as_list_opt::<i32>() {
            return (0..n)
                .map(|i| {
                    if list.is_null(i) {
                        return None;
                    }
                    let values = list.value(i);
                    let texts = values.as_string_opt::<i32>()?;
                    Some(texts.iter().flatten().map(|t| t.len() + 24).sum())
                })
                .collect();
        }
        (0..n).map(|i| c.is_valid(i).then_some(0)).collect()
    }

    /// Per row, the stage that set each field (in `vacancy_fields!` order) as
    /// `field_sources` records it; None where it names none.
    fn stage_columns(&self) -> Vec<[Option<FieldSource>; FIELD_COUNT]> {
        let n = self.batch.num_rows();
        let mut stages = vec![[None; FIELD_COUNT]; n];
        let Some(map) = self.col("field_sources") else {
            return stages;
        };
        let Some(map) = map.as_map_opt() else {
            return stages;
        };
        for (i, row) in stages.iter_mut().enumerate() {
            stage_entries(map, i, row);
        }
        stages
    }
}

/// Sets the stage of each field that row `i` of a `field_sources` map names.
fn stage_entries(
    map: &arrow::array::MapArray,
    i: usize,
    stages: &mut [Option<FieldSource>; FIELD_COUNT],
) {
    let entries = map.value(i);
    let keys = entries.column(0).as_string::<i32>();
    let values = entries.column(1).as_string::<i32>();
    for (key, value) in keys.iter().zip(values.iter()) {
        let (Some(key), Some(value)) = (key, value) else {
            continue;
        };
        if let Some(field) = FIELD_NAMES.iter().position(|name| *name == key) {
            stages[field] = Some(source_of(value));
        }
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
    for_each_observation_batch(out, |date, batch| {
        rows_of(date, Columns::new(batch))
            .into_iter()
            .for_each(&mut visit);
        Ok(())
    })
}

/// Calls `visit` with every stored batch of observations and its night, in the
/// order of `for_each_observation`.
fn for_each_observation_batch(
    out: &Path,
    mut visit: impl FnMut(NaiveDate, RecordBatch) -> Result<(), MergeError>,
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
            visit(date, batch.map_err(|e| err(e.to_string()))?)?;
        }
    }
    Ok(())
}

/// One row group of one night's part: what the merge passes decode in parallel.
struct RowGroup {
    date: NaiveDate,
    path: PathBuf,
    index: usize,
    /// Read position of its first row, counted over all parts in order.
    first_position: usize,
}

/// The row groups of every night's parts, in the order of `for_each_observation`.
fn row_groups(out: &Path) -> Result<Vec<RowGroup>, MergeError> {
    let mut groups = Vec::new();
    let mut position = 0;
    for (date, path) in observation_parts(out)? {
        let err = |message: String| MergeError::Read {
            path: path.clone(),
            message,
        };
        let file = File::open(&path).map_err(|e| err(e.to_string()))?;
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(file).map_err(|e| err(e.to_string()))?;
        for (index, group) in builder.metadata().row_groups().iter().enumerate() {
            groups.push(RowGroup {
                date,
                path: path.clone(),
                index,
                first_position: position,
            });
            position += usize::try_from(group.num_rows()).unwrap_or(0);
        }
    }
    Ok(groups)
}

/// The batches of one row group (only `columns`), each turned into a `T` by `prepare`
/// as soon as it is decoded, with the read position of its first row.
fn read_row_group<T>(
    group: &RowGroup,
    columns: &[&str],
    prepare: impl Fn(NaiveDate, usize, RecordBatch) -> T,
) -> Result<Vec<T>, MergeError> {
    let err = |message: String| MergeError::Read {
        path: group.path.clone(),
        message,
    };
    let file = File::open(&group.path).map_err(|e| err(e.to_string()))?;
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .and_then(|b| {
            let parquet = b.parquet_schema();
            let roots = parquet.root_schema().get_fields().iter().enumerate();
            let wanted = roots
                .filter(|(_, f)| columns.contains(&f.name()))
                .map(|(i, _)| i)
                .collect::<Vec<_>>();
            let mask = ProjectionMask::roots(parquet, wanted);
            b.with_projection(mask)
                .with_row_groups(vec![group.index])
                .build()
        })
        .map_err(|e| err(e.to_string()))?;
    let mut position = group.first_position;
    let mut prepared = Vec::new();
    for batch in reader {
        let batch = batch.map_err(|e| err(e.to_string()))?;
        let rows = batch.num_rows();
        prepared.push(prepare(group.date, position, batch));
        position += rows;
    }
    Ok(prepared)
}

/// Every stored batch of observations (only `columns`), in the order of
/// `for_each_observation`, each turned into a `T` by `prepare` (given its night and
/// the read position of its first row): as many row groups as the current rayon pool
/// has threads are decoded and prepared at once, one on each thread, a batch at a
/// time, then `visit` gets what they gave in order on this thread.
fn for_each_prepared_batch<T: Send>(
    out: &Path,
    columns: &[&str],
    prepare: impl Fn(NaiveDate, usize, RecordBatch) -> T + Sync,
    mut visit: impl FnMut(T) -> Result<(), MergeError>,
) -> Result<(), MergeError> {
    use rayon::prelude::*;
    let groups = row_groups(out)?;
    for window in groups.chunks(rayon::current_num_threads().max(1)) {
        let prepared: Vec<Result<Vec<T>, MergeError>> = window
            .par_iter()
            .map(|group| read_row_group(group, columns, &prepare))
            .collect();
        for batches in prepared {
            for batch in batches? {
                visit(batch)?;
            }
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
#[derive(Debug, PartialEq)]
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
    /// About how many bytes its field values take in memory.
    value_bytes: u32,
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
            value_bytes: u32::try_from(value_bytes(&row.fields)).unwrap_or(u32::MAX),
        }
    }
}

/// About how many bytes the field values of an observation take in memory: text
/// lengths plus a fixed cost a field.
fn value_bytes(fields: &Vacancy) -> usize {
    trait HeapBytes {
        fn heap_bytes(&self) -> usize;
    }
    impl HeapBytes for String {
        fn heap_bytes(&self) -> usize {
            self.len()
        }
    }
    impl HeapBytes for Vec<String> {
        fn heap_bytes(&self) -> usize {
            self.iter().map(|s| s.len() + 24).sum()
        }
    }
    macro_rules! plain {
        ($($t:ty),*) => {$(impl HeapBytes for $t {
            fn heap_bytes(&self) -> usize {
                0
            }
        })*};
    }
    plain!(f64, i32, NaiveDate);
    macro_rules! sum {
        (($f:expr) $($bit:literal $name:ident),*) => {
            0 $(+ $f.$name.as_ref().map_or(0, |s| 32 + s.value.heap_bytes()))*
        };
    }
    std::mem::size_of::<Vacancy>() + vacancy_fields!(sum!(fields))
}

/// The vacancy fields' column names, in `vacancy_fields!` order.
const FIELD_NAMES: [&str; FIELD_COUNT] = {
    macro_rules! names {
        (() $($bit:literal $name:ident),*) => {
            [$(stringify!($name)),*]
        };
    }
    vacancy_fields!(names!())
};

/// The columns the first merge pass reads: all but those only analysts need (the
/// URL, the source, the fetch time and size, the per-page dedup key).
const DEDUP_COLUMNS: [&str; FIELD_COUNT + 7] = {
    let mut names = [""; FIELD_COUNT + 7];
    let keys = [
        "doc_id",
        "site",
        "content_hash",
        "minhash",
        "salary_monthly_min",
        "salary_monthly_max",
        "field_sources",
    ];
    let mut i = 0;
    while i < keys.len() {
        names[i] = keys[i];
        i += 1;
    }
    while i < names.len() {
        names[i] = FIELD_NAMES[i - keys.len()];
        i += 1;
    }
    names
};

/// `DedupRow::of` for every row of a batch, read from its columns without building
/// the rows: only the facts' few short texts are copied; of every other field it
/// takes whether it is set, by which stage, and how long its value is. The first row
/// gets read position `first_position`.
fn dedup_rows_of(date: NaiveDate, c: &Columns, first_position: usize) -> Vec<DedupRow> {
    let n = c.batch.num_rows();
    // Per field: its column (None when the part lacks it) and per row the heap bytes
    // of its value (None when unset), as `value_bytes` counts them.
    let sizes: Vec<Vec<Option<usize>>> =
        FIELD_NAMES.iter().map(|name| c.value_sizes(name)).collect();
    let sources = c.stage_columns();
    let doc_id = c.strings("doc_id");
    let site = c.strings("site");
    let hash = c.strings("content_hash");
    let minhash = c.u32_lists("minhash");
    let mmin = c.floats("salary_monthly_min");
    let mmax = c.floats("salary_monthly_max");
    let text = |n: &str| c.strings(n);
    let (title, employer, reference, city, code) = (
        text("title"),
        text("employer"),
        text("reference"),
        text("city"),
        text("municipality_code"),
    );
    let (posted, closing, hours_max) = (
        c.dates("posted_date"),
        c.dates("closing_date"),
        c.floats("hours_max"),
    );
    let mut doc_id = doc_id.into_iter();
    let mut site = site.into_iter();
    let mut hash = hash.into_iter();
    let mut minhash = minhash.into_iter();
    (0..n)
        .map(|i| {
            let facts_only = |value: Option<String>| {
                value.map(|value| Sourced {
                    value,
                    source: FieldSource::Text,
                })
            };
            let fields = Vacancy {
                title: facts_only(title[i].clone()),
                employer: facts_only(employer[i].clone()),
                reference: facts_only(reference[i].clone()),
                city: facts_only(city[i].clone()),
                municipality_code: facts_only(code[i].clone()),
                posted_date: posted[i].map(|value| Sourced {
                    value,
                    source: FieldSource::Text,
                }),
                closing_date: closing[i].map(|value| Sourced {
                    value,
                    source: FieldSource::Text,
                }),
                hours_max: hours_max[i].map(|value| Sourced {
                    value,
                    source: FieldSource::Text,
                }),
                ..Vacancy::default()
            };
            let site = site.next().flatten().unwrap_or_default();
            let mut stages = [None; FIELD_COUNT];
            let mut heap = 0;
            for (field, sizes) in sizes.iter().enumerate() {
                if let Some(size) = sizes[i] {
                    stages[field] = Some(sources[i][field].unwrap_or(FieldSource::Text));
                    heap += 32 + size;
                }
            }
            DedupRow {
                position: u32::try_from(first_position + i)
                    .expect("fewer than 4 billion observations"),
                run_date: date,
                doc_id: doc_id.next().flatten().unwrap_or_default(),
                reference_key: dedup::reference_key(&fields, &site),
                site,
                content_hash: hash.next().flatten().unwrap_or_default(),
                minhash: minhash.next().unwrap_or_default(),
                facts: dedup::Facts::of(&fields),
                stages,
                has_monthly: mmin[i].is_some() || mmax[i].is_some(),
                value_bytes: u32::try_from(std::mem::size_of::<Vacancy>() + heap)
                    .unwrap_or(u32::MAX),
            }
        })
        .collect()
}

/// The columns the second merge pass reads: the field values and their stages.
const GATHER_COLUMNS: [&str; FIELD_COUNT + 3] = {
    let mut names = ["salary_monthly_min"; FIELD_COUNT + 3];
    names[1] = "salary_monthly_max";
    names[2] = "field_sources";
    let mut i = 0;
    while i < FIELD_COUNT {
        names[i + 3] = FIELD_NAMES[i];
        i += 1;
    }
    names
};

/// One batch's columns as the second pass reads them: each field's column cast to a
/// plain type once, the monthly salaries, the stages' map.
struct GatherColumns {
    fields: Vec<Option<ArrayRef>>,
    monthly_min: Vec<Option<f64>>,
    monthly_max: Vec<Option<f64>>,
    sources: Option<arrow::array::MapArray>,
}

impl GatherColumns {
    fn of(c: &Columns) -> GatherColumns {
        GatherColumns {
            fields: FIELD_NAMES.iter().map(|name| c.col(name)).collect(),
            monthly_min: c.floats("salary_monthly_min"),
            monthly_max: c.floats("salary_monthly_max"),
            sources: c.col("field_sources").and_then(|m| m.as_map_opt().cloned()),
        }
    }

    /// The stage `field_sources` records for each field of row `i`.
    fn stages_of(&self, i: usize) -> [Option<FieldSource>; FIELD_COUNT] {
        let mut stages = [None; FIELD_COUNT];
        if let Some(map) = &self.sources {
            stage_entries(map, i, &mut stages);
        }
        stages
    }
}

/// A field value read from its column at a row, as `rows_of` reads it: None where
/// the value is null or the column has another type.
trait FromColumn: Sized {
    fn from_column(column: &ArrayRef, row: usize) -> Option<Self>;
}

impl FromColumn for String {
    fn from_column(column: &ArrayRef, row: usize) -> Option<String> {
        let texts = column.as_string_opt::<i32>()?;
        texts.is_valid(row).then(|| texts.value(row).to_string())
    }
}

impl FromColumn for f64 {
    fn from_column(column: &ArrayRef, row: usize) -> Option<f64> {
        let values = column.as_primitive_opt::<Float64Type>()?;
        values.is_valid(row).then(|| values.value(row))
    }
}

impl FromColumn for i32 {
    fn from_column(column: &ArrayRef, row: usize) -> Option<i32> {
        let values = column.as_primitive_opt::<Int32Type>()?;
        values.is_valid(row).then(|| values.value(row))
    }
}

impl FromColumn for NaiveDate {
    fn from_column(column: &ArrayRef, row: usize) -> Option<NaiveDate> {
        let days = column.as_primitive_opt::<Date32Type>()?;
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
        days.is_valid(row)
            .then(|| epoch.checked_add_signed(chrono::Duration::days(i64::from(days.value(row)))))
            .flatten()
    }
}

impl FromColumn for Vec<String> {
    fn from_column(column: &ArrayRef, row: usize) -> Option<Vec<String>> {
        let list = column.as_list_opt::<i32>()?;
        if list.is_null(row) {
            return None;
        }
        let values = list.value(row);
        let texts = values.as_string_opt::<i32>()?;
        Some(texts.iter().flatten().map(str::to_string).collect())
    }
}

/// The values the rows of a batch give to the vacancies being gathered, read from its
/// columns: (vacancy, fields mask, values). Only the values that win are read, so
/// the other observations cost a lookup each. `winners` are the batch's rows'.
fn winning_values(
    winners: &[Winner],
    gathering: &Range<usize>,
    columns: &GatherColumns,
) -> Vec<(usize, u32, VacancyValues)> {
    let mut taken = Vec::new();
    for (i, winner) in winners.iter().enumerate() {
        let vacancy = winner.vacancy as usize;
        if winner.fields == 0 || !gathering.contains(&vacancy) {
            continue;
        }
        let mut values = VacancyValues::default();
        let stages = columns.stages_of(i);
        macro_rules! take {
            (($mask:expr) $($bit:literal $name:ident),*) => {$(
                if $mask & (1 << $bit) != 0 {
                    values.fields.$name = columns.fields[$bit]
                        .as_ref()
                        .and_then(|column| FromColumn::from_column(column, i))
                        .map(|value| Sourced {
                            value,
                            source: stages[$bit].unwrap_or(FieldSource::Text),
                        });
                }
            )*};
        }
        vacancy_fields!(take!(winner.fields));
        if winner.fields & MONTHLY_BIT != 0 {
            values.salary_monthly_min = columns.monthly_min[i];
            values.salary_monthly_max = columns.monthly_max[i];
        }
        taken.push((vacancy, winner.fields, values));
    }
    taken
}

/// Moves the values `mask` names from `won` into a vacancy's values.
fn put_values(into: &mut VacancyValues, mask: u32, won: VacancyValues) {
    macro_rules! put {
        (($mask:expr) $($bit:literal $name:ident),*) => {$(
            if $mask & (1 << $bit) != 0 {
                into.fields.$name = won.fields.$name;
            }
        )*};
    }
    vacancy_fields!(put!(mask));
    if mask & MONTHLY_BIT != 0 {
        into.salary_monthly_min = won.salary_monthly_min;
        into.salary_monthly_max = won.salary_monthly_max;
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
    /// In vacancy_key order.
    vacancies: Vec<VacancyHead>,
    /// The values of the vacancies in `gathering`, from its start.
    values: Vec<VacancyValues>,
    /// The vacancies whose values are being gathered.
    gathering: Range<usize>,
    /// By read position.
    winners: Vec<Winner>,
    /// Consecutive ranges of `vacancies` whose field values fit the merge memory
    /// budget together; the values are gathered and written one range at a time.
    chunks: Vec<Range<usize>>,
    latest: Option<NaiveDate>,
    grace_nights: i64,
    summary: MergeSummary,
}

/// Groups observations into vacancies: tier 1 (reference key) and tier 2 (content
/// hash) join on equal keys; tier 3 joins near-duplicate descriptions found through
/// MinHash-LSH when the facts agree, and records grey-zone pairs without joining them.
fn plan(mut rows: Vec<DedupRow>, config: &Config, budget_bytes: usize) -> MergePlan {
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
    // Identical facts need less of the text to be shared (a rewritten description).
    let lowest_floor = possible / 2.0;
    enum Verdict {
        Join,
        Grey,
    }
    // Pairs are judged on every thread and never all held; their order does not
    // matter, since the groups are the connected components of the joins and grey
    // pairs are checked against the final groups below.
    let judge = |a: u32, b: u32, similarity: f64| {
        let (a, b) = (a as usize, b as usize);
        if similarity < lowest_floor {
            return None;
        }
        match index.agreement(a, b) {
            dedup::Agreement::Conflict => None,
            dedup::Agreement::Identical => Some(Verdict::Join),
            dedup::Agreement::Compatible if similarity < possible => None,
            dedup::Agreement::Compatible if similarity >= near => Some(Verdict::Join),
            dedup::Agreement::Compatible => Some(Verdict::Grey),
        }
    };
    let mut grey: Vec<(usize, usize)> = Vec::new();
    let mut near_joins = 0u64;
    index.judge_candidate_pairs(judge, |a, b, verdict| {
        let (a, b) = (a as usize, b as usize);
        match verdict {
            Verdict::Join => {
                if index.union(a, b) {
                    joined_by[a] |= BY_NEAR;
                    joined_by[b] |= BY_NEAR;
                    near_joins += 1;
                }
            }
            Verdict::Grey => grey.push((a, b)),
        }
    });
    if near_joins > 0 {
        collapsed.insert("near_duplicate".into(), near_joins);
    }
    tracing::debug!(near_joins, grey = grey.len(), "tier 3 pairs judged");
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
    let mut vacancies: Vec<VacancyHead> = Vec::with_capacity(groups.len());
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
        vacancies.push(VacancyHead {
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
            possible_duplicate_of: None,
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
    // Vacancies in key order, so chunks are key ranges written in table order.
    let mut order: Vec<u32> = (0..vacancies.len() as u32).collect();
    order.sort_by(|&a, &b| {
        vacancies[a as usize]
            .vacancy_key
            .cmp(&vacancies[b as usize].vacancy_key)
    });
    let mut rank = vec![0u32; vacancies.len()];
    for (r, &slot) in order.iter().enumerate() {
        rank[slot as usize] = r as u32;
    }
    // The same stable order as `order`, so rank and position agree.
    vacancies.sort_by(|a, b| a.vacancy_key.cmp(&b.vacancy_key));
    let mut value_bytes = vec![0usize; vacancies.len()];
    for (i, winner) in winners.iter_mut().enumerate() {
        winner.vacancy = rank[winner.vacancy as usize];
        if winner.fields != 0 {
            value_bytes[winner.vacancy as usize] += rows[i].value_bytes as usize;
        }
    }
    let chunks = chunks_within(&value_bytes, budget_bytes);
    // Winners by read position, so a second pass over the parts can find them.
    let mut by_position = vec![Winner::default(); n];
    for (i, row) in rows.iter().enumerate() {
        by_position[row.position as usize] = winners[i];
    }
    summary.vacancies = vacancies.len() as u64;
    summary.possible_duplicates = vacancies
        .iter()
        .filter(|v| v.possible_duplicate_of.is_some())
        .count() as u64;
    MergePlan {
        vacancies,
        values: Vec::new(),
        gathering: 0..0,
        winners: by_position,
        chunks,
        latest: rows.iter().map(|r| r.run_date).max(),
        grace_nights: i64::from(config.dedup.open_grace_nights),
        summary,
    }
}

/// Splits items into consecutive ranges whose sizes add up to at most `budget` (an
/// item larger than the budget gets a range of its own); one range when all fit.
fn chunks_within(sizes: &[usize], budget: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let (mut start, mut used) = (0, 0usize);
    for (i, &size) in sizes.iter().enumerate() {
        if i > start && used + size > budget {
            chunks.push(start..i);
            (start, used) = (i, 0);
        }
        used += size;
    }
    chunks.push(start..sizes.len());
    chunks
}

impl MergePlan {
    /// Starts gathering the values of the vacancies in `range`.
    fn gather(&mut self, range: Range<usize>) {
        self.values = vec![VacancyValues::default(); range.len()];
        self.gathering = range;
    }

    /// Moves the values observation `position` gives its vacancy out of `row`, when
    /// that vacancy is being gathered.
    fn take_values(&mut self, position: usize, mut row: ObservedRow) {
        let winner = self.winners[position];
        let vacancy = winner.vacancy as usize;
        if winner.fields == 0 || !self.gathering.contains(&vacancy) {
            return;
        }
        let values = &mut self.values[vacancy - self.gathering.start];
        macro_rules! take {
            (($mask:expr) $($bit:literal $name:ident),*) => {$(
                if $mask & (1 << $bit) != 0 {
                    values.fields.$name = row.fields.$name.take();
                }
            )*};
        }
        vacancy_fields!(take!(winner.fields));
        if winner.fields & MONTHLY_BIT != 0 {
            values.salary_monthly_min = row.salary_monthly_min;
            values.salary_monthly_max = row.salary_monthly_max;
        }
    }

    /// The rows of the vacancies gathered, their values in, open or closed: the
    /// closing date has not passed, or (no closing date known) it was seen within the
    /// grace nights of the latest run. Lets go of what it hands out.
    fn take_gathered(&mut self) -> Vec<VacancyRow> {
        let (latest, grace_nights) = (self.latest, self.grace_nights);
        let range = std::mem::replace(&mut self.gathering, 0..0);
        let values = std::mem::take(&mut self.values);
        let rows: Vec<VacancyRow> = self.vacancies[range]
            .iter_mut()
            .zip(values)
            .map(|(head, values)| {
                let is_open =
                    latest.is_some_and(|latest| match values.fields.closing_date.as_ref() {
                        Some(closing) => closing.value >= latest,
                        None => (latest - head.last_seen).num_days() <= grace_nights,
                    });
                VacancyRow {
                    vacancy_key: std::mem::take(&mut head.vacancy_key),
                    dedup_tier: head.dedup_tier,
                    sites: std::mem::take(&mut head.sites),
                    doc_ids: std::mem::take(&mut head.doc_ids),
                    doc_count: head.doc_count,
                    first_seen: head.first_seen,
                    last_seen: head.last_seen,
                    times_seen: head.times_seen,
                    is_open,
                    possible_duplicate_of: head.possible_duplicate_of.take(),
                    salary_monthly_min: values.salary_monthly_min,
                    salary_monthly_max: values.salary_monthly_max,
                    fields: values.fields,
                }
            })
            .collect();
        self.summary.open += rows.iter().filter(|r| r.is_open).count() as u64;
        rows
    }

    /// Writes the vacancies gathered and lets go of them.
    fn write_gathered(&mut self, writer: &mut TableWriter) -> Result<(), MergeError> {
        let rows = self.take_gathered();
        for piece in rows.chunks(8192) {
            writer
                .write(&vacancies_batch(piece))
                .map_err(|e| MergeError::Write(e.to_string()))?;
        }
        Ok(())
    }
}

/// Groups observations held in memory into vacancies (see `rebuild` for the
/// streaming form over the published parts, which gives the same table).
pub fn deduplicate(rows: Vec<ObservedRow>, config: &Config) -> (Vec<VacancyRow>, MergeSummary) {
    let keys = rows.iter().enumerate().map(|(p, r)| DedupRow::of(p, r));
    let mut plan = plan(keys.collect(), config, usize::MAX);
    plan.gather(0..plan.vacancies.len());
    for (position, row) in rows.into_iter().enumerate() {
        plan.take_values(position, row);
    }
    let vacancies = plan.take_gathered();
    (vacancies, plan.summary)
}

/// The first merge pass: the dedup row of every observation of every night, read
/// positions counted over all parts in order.
fn read_dedup_rows(out: &Path) -> Result<Vec<DedupRow>, MergeError> {
    let mut rows: Vec<DedupRow> = Vec::new();
    for_each_prepared_batch(
        out,
        &DEDUP_COLUMNS,
        |date, position, batch| dedup_rows_of(date, &Columns::new(batch), position),
        |batch_rows| {
            rows.extend(batch_rows);
            Ok(())
        },
    )?;
    Ok(rows)
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
/// Streaming passes over the parts, so memory follows neither the history of
/// observations nor the size of the vacancies table: the first keeps only what
/// deduplication needs of each observation (keys, signature, facts, which fields it
/// has, how large its values are) and decides the groups and which observation gives
/// each field. When the winning values fit `dedup.merge_memory_mb`, a second pass
/// takes them and the table is written. Otherwise the second pass spills each
/// winning observation to the chunk (a key range of vacancies) it gives values to,
/// and the chunks are filled and written one at a time.
pub fn rebuild(out: &Path, config: &Config) -> Result<MergeSummary, MergeError> {
    rebuild_releasing(out, config, None)
}

/// `rebuild`, calling `release_thread_memory` on every thread of the current rayon
/// pool and on the caller after each pass: what a pass allocated on a pool thread
/// and freed elsewhere (its dedup rows, its verdicts) stays with that thread's heap
/// while the thread is idle unless it is handed back
/// (`RunOptions::release_thread_memory`).
pub fn rebuild_releasing(
    out: &Path,
    config: &Config,
    release_thread_memory: Option<fn()>,
) -> Result<MergeSummary, MergeError> {
    let budget = config.dedup.merge_memory_mb.saturating_mul(1 << 20);
    rebuild_within(out, config, budget, release_thread_memory)
}

/// `rebuild` holding at most about `budget` bytes of field values at once.
fn rebuild_within(
    out: &Path,
    config: &Config,
    budget: usize,
    release_thread_memory: Option<fn()>,
) -> Result<MergeSummary, MergeError> {
    let release = || {
        if let Some(release) = release_thread_memory {
            rayon::broadcast(|_| release());
            release();
        }
    };
    let started = std::time::Instant::now();
    let keys = read_dedup_rows(out)?;
    let observations = keys.len();
    let read_ms = started.elapsed().as_millis();
    let mut plan = plan(keys, config, budget);
    release();
    tracing::debug!(
        observations,
        read_ms,
        plan_ms = started.elapsed().as_millis() - read_ms,
        "merge pass 1: dedup keys read, groups decided"
    );
    let staging_guard = crate::publish::Staging::fresh(out, "merge")
        .map_err(|e| MergeError::Write(e.to_string()))?;
    let staging = staging_guard.path();
    let staged = staging.join("vacancies.parquet");
    let schema: Arc<arrow::datatypes::Schema> = Table::Vacancies.schema();
    let mut writer = TableWriter::create(&staged, Table::Vacancies, schema, &config.parquet)
        .map_err(|e| MergeError::Write(e.to_string()))?;
    let changed = |seen: usize| MergeError::Read {
        path: out.join("observations"),
        message: format!(
            "the observations changed during the merge ({observations} rows, then {seen})"
        ),
    };
    let chunks = plan.chunks.clone();
    tracing::debug!(
        vacancies = plan.vacancies.len(),
        chunks = chunks.len(),
        "gathering vacancy values"
    );
    if chunks.len() <= 1 {
        plan.gather(0..plan.vacancies.len());
        let mut position = 0;
        let mut values = std::mem::take(&mut plan.values);
        let (winners, gathering) = (&plan.winners, plan.gathering.clone());
        for_each_prepared_batch(
            out,
            &GATHER_COLUMNS,
            |_, first, batch| {
                let rows = batch.num_rows();
                let taken = (first + rows <= observations).then(|| {
                    let columns = GatherColumns::of(&Columns::new(batch));
                    winning_values(&winners[first..first + rows], &gathering, &columns)
                });
                (rows, taken)
            },
            |(rows, taken)| {
                let taken = taken.ok_or_else(|| changed(position + rows))?;
                for (slot, mask, won) in taken {
                    put_values(&mut values[slot - gathering.start], mask, won);
                }
                position += rows;
                Ok(())
            },
        )?;
        plan.values = values;
        release();
        if position != observations {
            return Err(changed(position));
        }
        plan.write_gathered(&mut writer)?;
    } else {
        let mut spill = spill::Spill::create(&staging.join("spill"), chunks.len())?;
        let chunk_starts: Vec<usize> = chunks.iter().map(|c| c.start).collect();
        let mut position = 0usize;
        for_each_observation_batch(out, |date, batch| {
            let rows = batch.num_rows();
            if position + rows > observations {
                return Err(changed(position + rows));
            }
            let chunk_of = |p: usize| {
                let winner = plan.winners[p];
                (winner.fields != 0)
                    .then(|| chunk_starts.partition_point(|&s| s <= winner.vacancy as usize) - 1)
            };
            spill.add(date, &batch, position, chunk_of)?;
            position += rows;
            Ok(())
        })?;
        if position != observations {
            return Err(changed(position));
        }
        for (k, range) in chunks.into_iter().enumerate() {
            plan.gather(range);
            spill.for_each_row(k, |position, row| plan.take_values(position, row))?;
            plan.write_gathered(&mut writer)?;
        }
    }
    let summary = plan.summary.clone();
    writer
        .finish()
        .map_err(|e| MergeError::Write(e.to_string()))?;
    tracing::debug!(
        total_ms = started.elapsed().as_millis(),
        "merge pass 2: values gathered, vacancies written"
    );
    crate::failpoint::pause("merge:staged");
    crate::publish::publish_file(&staged, &vacancies_path(out))
        .map_err(|e| MergeError::Write(e.to_string()))?;
    drop(staging_guard);
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{NoProgress, RunOptions, Shard};

    #[test]
    fn chunks_stay_within_the_budget_and_cover_everything() {
        assert_eq!(chunks_within(&[], 10), vec![0..0]);
        assert_eq!(chunks_within(&[3, 3, 3], 10), vec![0..3]);
        assert_eq!(chunks_within(&[4, 4, 4, 4], 8), vec![0..2, 2..4]);
        // An item larger than the budget is a chunk of its own.
        assert_eq!(chunks_within(&[2, 20, 2, 2], 5), vec![0..1, 1..2, 2..4]);
        assert_eq!(chunks_within(&[1, 1], 0), vec![0..1, 1..2]);
    }

    /// The sample nights as `run` writes them, in a fresh output directory.
    fn sample_nights(out: &Path, config: &Config) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for night in ["2025-11-03", "2025-11-04", "2025-11-05"] {
            let options = RunOptions {
                inputs: vec![root.join("samples/nights").join(night)],
                output_dir: out.to_path_buf(),
                run_date: NaiveDate::parse_from_str(night, "%Y-%m-%d").unwrap(),
                threads: 2,
                shard: Shard::parse("0/1").unwrap(),
                merge: false,
                release_thread_memory: None,
            };
            crate::pipeline::run(config, &options, &NoProgress).unwrap();
        }
    }

    /// The first pass reads the dedup rows straight from the columns it needs; they
    /// are the rows `DedupRow::of` makes of the whole observations, one for one.
    #[test]
    fn dedup_rows_read_from_the_columns_equal_those_of_whole_rows() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let config = Config::default_shipped();
        sample_nights(&out, &config);
        let whole: Vec<DedupRow> = read_observations(&out)
            .unwrap()
            .iter()
            .enumerate()
            .map(|(p, r)| DedupRow::of(p, r))
            .collect();
        // Decoded three row groups (the three nights) at a time, handed over in order.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let projected = pool.install(|| read_dedup_rows(&out)).unwrap();
        assert_eq!(row_groups(&out).unwrap().len(), 3);
        assert!(whole.len() > 30, "{} observations", whole.len());
        // The samples set every stage and leave fields unset, so the comparison
        // covers both.
        let stages: BTreeSet<_> = whole.iter().flat_map(|r| r.stages).collect();
        assert!(stages.contains(&None) && stages.len() >= 4, "{stages:?}");
        assert!(whole.iter().any(|r| r.reference_key.is_some()));
        assert_eq!(whole.len(), projected.len());
        for (w, p) in whole.iter().zip(&projected) {
            assert_eq!(w, p, "{}", w.doc_id);
        }
    }

    /// The sample nights merged with every vacancy in a chunk of its own (through
    /// the spill files) give the same table, byte for byte, as one gathering pass.
    #[test]
    fn chunked_merge_writes_the_same_table_as_one_pass() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let config = Config::default_shipped();
        sample_nights(&out, &config);
        let whole = rebuild_within(&out, &config, usize::MAX, None).unwrap();
        let one_pass = std::fs::read(vacancies_path(&out)).unwrap();
        let chunked = rebuild_within(&out, &config, 1, None).unwrap();
        let spilled = std::fs::read(vacancies_path(&out)).unwrap();
        assert!(whole.vacancies > 10, "{whole:?}");
        assert_eq!(whole.vacancies, chunked.vacancies);
        assert_eq!(whole.open, chunked.open);
        assert_eq!(whole.possible_duplicates, chunked.possible_duplicates);
        assert!(one_pass == spilled, "the chunked merge wrote another table");
        // The spill files went with the staging directory.
        let staging = out.join(".staging");
        let left: Vec<_> = walkdir::WalkDir::new(&staging)
            .into_iter()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "arrows"))
            .collect();
        assert!(left.is_empty(), "spill files left: {left:?}");
    }
}
