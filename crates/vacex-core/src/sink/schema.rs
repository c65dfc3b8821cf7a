//! The output tables' columns, built in one place: each table has one function that
//! turns records into an Arrow batch, so the schema is what that function builds and
//! cannot drift from the writer. `describe` documents every column for `vacex schema`.

use std::sync::Arc;

use arrow::array::{
    ArrayRef, BooleanArray, Date32Array, DictionaryArray, Float64Array, Int32Array, Int64Array,
    ListBuilder, MapBuilder, StringArray, StringBuilder, TimestampMillisecondArray,
};
use arrow::datatypes::{Int32Type, Schema};
use arrow::record_batch::RecordBatch;
use chrono::{DateTime, NaiveDate, Utc};

use crate::record::{Observation, Reject, Sourced, Vacancy};

/// The tables vacex writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Observations,
    Vacancies,
    Rejects,
}

impl Table {
    pub fn name(self) -> &'static str {
        match self {
            Table::Observations => "observations",
            Table::Vacancies => "vacancies",
            Table::Rejects => "rejects",
        }
    }

    pub const ALL: [Table; 3] = [Table::Observations, Table::Vacancies, Table::Rejects];

    /// The table's Arrow schema.
    pub fn schema(self) -> Arc<Schema> {
        match self {
            Table::Observations => observations_batch(&[]).schema(),
            Table::Rejects => rejects_batch(&[]).schema(),
            Table::Vacancies => crate::merge::vacancies_batch(&[]).schema(),
        }
    }
}

/// Meaning of every column, by table.
pub fn describe(table: Table, column: &str) -> Option<&'static str> {
    let shared = match column {
        "title" => "job title as the page names it, without site chrome",
        "employer" => "hiring organisation (never the job board or broker)",
        "reference" => "the vacancy's own reference number as printed (Kenmerk, Vacaturenummer, JSON-LD identifier)",
        "city" => "work location as printed, or the canonical municipality name",
        "municipality_code" => "CBS code of the municipality (GMxxxx) when the place is Dutch and known",
        "province" => "province of the municipality (CBS name), or as printed",
        "hours_min" => "hours per week, lower bound",
        "hours_max" => "hours per week, upper bound (equal to hours_min for one figure)",
        "salary_min" => "gross pay, lower bound, in salary_currency per salary_period",
        "salary_max" => "gross pay, upper bound, in salary_currency per salary_period",
        "salary_period" => "period of salary_min/max: hour, day, week, month or year",
        "salary_currency" => "ISO 4217 currency of the salary (EUR unless stated)",
        "salary_monthly_min" => "salary_min converted to a month (year/12; hour x hours_max (else 36) x 52/12)",
        "salary_monthly_max" => "salary_max converted to a month, as salary_monthly_min",
        "salary_scale" => "pay scale as printed: 11, 10a, 8-9 (for schaal 8 and 9), B111",
        "education_level" => "minimum education asked: MBO, HBO or WO",
        "experience_years_min" => "minimum years of experience asked",
        "contract_type" => "permanent, temporary, temporary_with_prospect, assignment or internship",
        "posted_date" => "publication date",
        "closing_date" => "last day to apply",
        "start_date" => "start of the job or assignment, when printed as a date",
        "end_date" => "end of an assignment or fixed term, when printed as a date",
        "language" => "ISO 639-1 code of the vacancy text's language (not the site chrome's)",
        "categories" => "occupational categories or industries the page states",
        "description" => "main vacancy text without navigation, related vacancies and cookie text; contact details redacted unless privacy.keep_contact_details",
        "field_sources" => "for each field set: the stage that set it (structured, site_profile, text, derived)",
        "site" => "site the page came from: the matching site profile's name, else the URL host",
        _ => "",
    };
    let specific = match (table, column) {
        (Table::Observations | Table::Rejects, "doc_id") => "the input page's id: file name without extensions, or the JSONL/WARC record id",
        (Table::Observations | Table::Rejects, "source_path") => "input file the page was read from (with :line or @offset inside JSONL/WARC)",
        (Table::Observations | Table::Rejects, "source_format") => "reader: file, jsonl or warc",
        (Table::Observations | Table::Rejects, "url") => "URL of the page when the input carries one",
        (Table::Observations | Table::Rejects, "fetched_at") => "when the page was fetched (record time, or file modification time)",
        (Table::Observations | Table::Rejects, "page_bytes") => "size of the page in bytes as read",
        (Table::Observations, "content_hash") => "SHA-256 (hex) of the normalised main text: equal for the same page scraped twice",
        (Table::Observations, "minhash") => "MinHash signature (64 x uint32) of the description's 4-word shingles, for near-duplicate detection",
        (Table::Observations, "dedup_key") => "per-page deduplication key: reference scoped by employer or site, else the content hash",
        (Table::Rejects, "stage") => "stage that rejected the page: input, decode, classify, extract",
        (Table::Rejects, "reason") => "unreadable, bad_record, empty, too_large, binary, not_a_vacancy, duplicate_doc_id",
        (Table::Rejects, "detail") => "what was wrong, in words",
        (Table::Vacancies, "vacancy_key") => "stable id of the deduplicated vacancy",
        (Table::Vacancies, "dedup_tier") => "how its observations were joined: reference, content, near_duplicate or single",
        (Table::Vacancies, "sites") => "sites the vacancy was seen on",
        (Table::Vacancies, "doc_ids") => "doc_ids of every observation of the vacancy",
        (Table::Vacancies, "doc_count") => "number of observations (pages) of the vacancy",
        (Table::Vacancies, "first_seen") => "first run date it was seen",
        (Table::Vacancies, "last_seen") => "last run date it was seen",
        (Table::Vacancies, "times_seen") => "number of distinct run dates it was seen on",
        (Table::Vacancies, "is_open") => "closing date not passed; without a closing date: seen within dedup.open_grace_nights of the latest run",
        (Table::Vacancies, "possible_duplicate_of") => "vacancy_key of a look-alike that was not merged (grey zone)",
        _ => "",
    };
    let text = if specific.is_empty() {
        shared
    } else {
        specific
    };
    (!text.is_empty()).then_some(text)
}

/// Days since 1970-01-01, as Arrow's Date32 counts.
pub fn date32(d: NaiveDate) -> i32 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch")).num_days() as i32
}

pub(crate) fn strings<'a>(it: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(StringArray::from_iter(it))
}

pub(crate) fn dict<'a>(it: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(it.collect::<DictionaryArray<Int32Type>>())
}

pub(crate) fn floats(it: impl Iterator<Item = Option<f64>>) -> ArrayRef {
    Arc::new(Float64Array::from_iter(it))
}

pub(crate) fn ints(it: impl Iterator<Item = Option<i32>>) -> ArrayRef {
    Arc::new(Int32Array::from_iter(it))
}

pub(crate) fn longs(it: impl Iterator<Item = Option<i64>>) -> ArrayRef {
    Arc::new(Int64Array::from_iter(it))
}

pub(crate) fn dates(it: impl Iterator<Item = Option<NaiveDate>>) -> ArrayRef {
    Arc::new(Date32Array::from_iter(it.map(|d| d.map(date32))))
}

pub(crate) fn bools(it: impl Iterator<Item = Option<bool>>) -> ArrayRef {
    Arc::new(BooleanArray::from_iter(it))
}

pub(crate) fn timestamps(it: impl Iterator<Item = Option<DateTime<Utc>>>) -> ArrayRef {
    Arc::new(
        TimestampMillisecondArray::from_iter(it.map(|t| t.map(|t| t.timestamp_millis())))
            .with_timezone("UTC"),
    )
}

pub(crate) fn string_lists<'a, I: Iterator<Item = &'a str>>(
    it: impl Iterator<Item = Option<I>>,
) -> ArrayRef {
    let mut b = ListBuilder::new(StringBuilder::new());
    for item in it {
        match item {
            Some(values) => {
                for v in values {
                    b.values().append_value(v);
                }
                b.append(true);
            }
            None => b.append(false),
        }
    }
    Arc::new(b.finish())
}

pub(crate) fn u32_lists<'a>(it: impl Iterator<Item = &'a [u32]>) -> ArrayRef {
    let mut b = ListBuilder::new(arrow::array::UInt32Builder::new());
    for values in it {
        b.values().append_slice(values);
        b.append(true);
    }
    Arc::new(b.finish())
}

pub(crate) fn source_maps<'a>(it: impl Iterator<Item = &'a Vacancy>) -> ArrayRef {
    let mut b = MapBuilder::new(None, StringBuilder::new(), StringBuilder::new());
    for v in it {
        for (field, source) in v.sources() {
            b.keys().append_value(field);
            b.values().append_value(source.as_str());
        }
        b.append(true).expect("map entries are balanced");
    }
    Arc::new(b.finish())
}

fn s<T: AsRef<str>>(f: &Option<Sourced<T>>) -> Option<&str> {
    f.as_ref().map(|x| x.value.as_ref())
}

fn f(f: &Option<Sourced<f64>>) -> Option<f64> {
    f.as_ref().map(|x| x.value)
}

fn d(f: &Option<Sourced<NaiveDate>>) -> Option<NaiveDate> {
    f.as_ref().map(|x| x.value)
}

/// The vacancy-field columns shared by observations and vacancies, in table order.
pub(crate) fn field_columns<'a>(
    rows: impl Iterator<Item = &'a Vacancy> + Clone,
) -> Vec<(&'static str, ArrayRef)> {
    vec![
        ("title", strings(rows.clone().map(|v| s(&v.title)))),
        ("employer", strings(rows.clone().map(|v| s(&v.employer)))),
        ("reference", strings(rows.clone().map(|v| s(&v.reference)))),
        ("city", strings(rows.clone().map(|v| s(&v.city)))),
        (
            "municipality_code",
            dict(rows.clone().map(|v| s(&v.municipality_code))),
        ),
        ("province", dict(rows.clone().map(|v| s(&v.province)))),
        ("hours_min", floats(rows.clone().map(|v| f(&v.hours_min)))),
        ("hours_max", floats(rows.clone().map(|v| f(&v.hours_max)))),
        ("salary_min", floats(rows.clone().map(|v| f(&v.salary_min)))),
        ("salary_max", floats(rows.clone().map(|v| f(&v.salary_max)))),
        (
            "salary_period",
            dict(rows.clone().map(|v| s(&v.salary_period))),
        ),
        (
            "salary_currency",
            dict(rows.clone().map(|v| s(&v.salary_currency))),
        ),
        (
            "salary_scale",
            dict(rows.clone().map(|v| s(&v.salary_scale))),
        ),
        (
            "education_level",
            dict(rows.clone().map(|v| s(&v.education_level))),
        ),
        (
            "experience_years_min",
            ints(
                rows.clone()
                    .map(|v| v.experience_years_min.as_ref().map(|x| x.value)),
            ),
        ),
        (
            "contract_type",
            dict(rows.clone().map(|v| s(&v.contract_type))),
        ),
        (
            "posted_date",
            dates(rows.clone().map(|v| d(&v.posted_date))),
        ),
        (
            "closing_date",
            dates(rows.clone().map(|v| d(&v.closing_date))),
        ),
        ("start_date", dates(rows.clone().map(|v| d(&v.start_date)))),
        ("end_date", dates(rows.clone().map(|v| d(&v.end_date)))),
        ("language", dict(rows.clone().map(|v| s(&v.language)))),
        (
            "categories",
            string_lists(rows.clone().map(|v| {
                v.categories
                    .as_ref()
                    .map(|c| c.value.iter().map(String::as_str))
            })),
        ),
        (
            "description",
            strings(rows.clone().map(|v| s(&v.description))),
        ),
        ("field_sources", source_maps(rows)),
    ]
}

/// A batch whose every column is nullable, so the schema is the same whatever rows it holds.
pub(crate) fn batch(columns: Vec<(&'static str, ArrayRef)>) -> RecordBatch {
    RecordBatch::try_from_iter_with_nullable(columns.into_iter().map(|(n, a)| (n, a, true)))
        .expect("columns of one table have equal lengths")
}

/// The observations table: one row per page seen that night.
pub fn observations_batch(rows: &[Observation]) -> RecordBatch {
    let mut columns: Vec<(&'static str, ArrayRef)> = vec![
        (
            "doc_id",
            strings(rows.iter().map(|o| Some(o.doc_id.as_str()))),
        ),
        ("site", dict(rows.iter().map(|o| Some(o.site.as_str())))),
        ("url", strings(rows.iter().map(|o| o.url.as_deref()))),
        (
            "source_path",
            strings(rows.iter().map(|o| Some(o.source.as_str()))),
        ),
        (
            "source_format",
            dict(rows.iter().map(|o| Some(o.format.as_str()))),
        ),
        ("fetched_at", timestamps(rows.iter().map(|o| o.fetched_at))),
        (
            "page_bytes",
            longs(rows.iter().map(|o| Some(o.page_bytes as i64))),
        ),
        (
            "content_hash",
            strings(rows.iter().map(|o| Some(o.content_hash.as_str()))),
        ),
        (
            "dedup_key",
            strings(rows.iter().map(|o| Some(o.dedup_key.as_str()))),
        ),
        (
            "minhash",
            u32_lists(rows.iter().map(|o| o.minhash.as_slice())),
        ),
        (
            "salary_monthly_min",
            floats(rows.iter().map(|o| o.salary_monthly_min)),
        ),
        (
            "salary_monthly_max",
            floats(rows.iter().map(|o| o.salary_monthly_max)),
        ),
    ];
    columns.extend(field_columns(rows.iter().map(|o| &o.fields)));
    batch(columns)
}

/// The rejects table: one row per page that did not become a vacancy.
pub fn rejects_batch(rows: &[Reject]) -> RecordBatch {
    batch(vec![
        (
            "doc_id",
            strings(rows.iter().map(|r| Some(r.doc_id.as_str()))),
        ),
        ("site", dict(rows.iter().map(|r| r.site.as_deref()))),
        ("url", strings(rows.iter().map(|r| r.url.as_deref()))),
        (
            "source_path",
            strings(rows.iter().map(|r| Some(r.source.as_str()))),
        ),
        (
            "source_format",
            dict(rows.iter().map(|r| Some(r.format.as_str()))),
        ),
        ("fetched_at", timestamps(rows.iter().map(|r| r.fetched_at))),
        (
            "page_bytes",
            longs(rows.iter().map(|r| Some(r.page_bytes as i64))),
        ),
        ("stage", dict(rows.iter().map(|r| Some(r.stage.as_str())))),
        ("reason", dict(rows.iter().map(|r| Some(r.reason.as_str())))),
        (
            "detail",
            strings(rows.iter().map(|r| Some(r.detail.as_str()))),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_is_described() {
        for table in Table::ALL {
            for field in table.schema().fields() {
                assert!(
                    describe(table, field.name()).is_some(),
                    "{}.{} has no description",
                    table.name(),
                    field.name()
                );
            }
        }
    }

    #[test]
    fn types_are_honest() {
        use arrow::datatypes::DataType;
        let schema = Table::Observations.schema();
        let ty = |n: &str| schema.field_with_name(n).unwrap().data_type().clone();
        assert_eq!(ty("posted_date"), DataType::Date32);
        assert_eq!(ty("salary_min"), DataType::Float64);
        assert_eq!(ty("hours_max"), DataType::Float64);
        assert_eq!(ty("experience_years_min"), DataType::Int32);
        assert!(matches!(ty("contract_type"), DataType::Dictionary(_, _)));
        assert!(matches!(ty("categories"), DataType::List(_)));
        assert!(matches!(ty("fetched_at"), DataType::Timestamp(_, Some(_))));
    }
}
