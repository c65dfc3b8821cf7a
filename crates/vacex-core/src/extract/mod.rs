//! Extraction: a small `Stage` trait and a plain ordered list of stages. Each stage
//! reads the decoded page and proposes field values; `combine` keeps, per field, the
//! value of the most trusted stage that found one, and remembers which stage that was.
//! Stages never see navigation, cookie text or blocks of other vacancies: `MainText`
//! has cut them.

pub mod classify;
pub mod main_text;
pub mod sites;
pub mod structured;
pub mod text;

use chrono::NaiveDate;

use crate::config::{Config, SiteProfile};
use crate::decode::Page;
use crate::record::{Document, FieldSource, Vacancy};

pub use main_text::MainText;

/// What every stage may read besides the page.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub config: &'a Config,
    /// The page's URL: the record's, else its canonical link.
    pub url: Option<String>,
    /// The site profile that matched this page, if any.
    pub site: Option<&'a SiteProfile>,
    /// The site name used in the tables: the profile name, else the URL host.
    pub site_name: String,
    /// The date the page was fetched, for relative dates.
    pub fetched: Option<NaiveDate>,
}

/// One extraction stage.
pub trait Stage: Send + Sync {
    /// The provenance recorded for fields this stage sets.
    fn source(&self) -> FieldSource;
    /// Proposes values for the fields this stage can read.
    fn extract(&self, page: &Page, main: &MainText, ctx: &Context<'_>) -> Vacancy;
}

/// The stages in the configured order of trust.
pub fn stages(config: &Config) -> Vec<Box<dyn Stage>> {
    config
        .stages
        .order
        .iter()
        .filter_map(|name| -> Option<Box<dyn Stage>> {
            match name.as_str() {
                "structured" => Some(Box::new(structured::StructuredData)),
                "site_profiles" => Some(Box::new(sites::SiteProfiles)),
                "text" => Some(Box::new(text::TextRules)),
                _ => None,
            }
        })
        .collect()
}

/// Fields where what the page prints wins over structured data when both state a
/// value: sites often leave a stale `validThrough` in their JSON-LD while the text
/// shows the real closing date, and `employmentType` is coarser than the printed
/// contract ("TEMPORARY" for a secondment, "FULL_TIME" for anything).
const VISIBLE_FIRST: [&str; 2] = ["closing_date", "contract_type"];

/// Combines the proposals of the stages, most trusted first, field by field.
pub fn combine(proposals: Vec<Vacancy>) -> Vacancy {
    let mut out = Vacancy::default();
    macro_rules! take {
        ($($f:ident),*) => {$(
            let visible_first = VISIBLE_FIRST.contains(&stringify!($f));
            let mut chosen = None;
            if visible_first {
                chosen = proposals.iter().filter(|p| p.$f.as_ref().is_some_and(|s| s.source != FieldSource::Structured)).find_map(|p| p.$f.clone());
            }
            if chosen.is_none() {
                chosen = proposals.iter().find_map(|p| p.$f.clone());
            }
            out.$f = chosen;
        )*};
    }
    take!(
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
    keep_groups_together(&mut out, &proposals);
    out
}

/// Salary min/max/period/currency and hours min/max must come from one stage: mixing
/// a minimum from JSON-LD with a maximum from the text gives a range nobody printed.
fn keep_groups_together(out: &mut Vacancy, proposals: &[Vacancy]) {
    if let Some(src) = out
        .salary_min
        .as_ref()
        .or(out.salary_max.as_ref())
        .map(|s| s.source)
    {
        if let Some(p) = proposals.iter().find(|p| {
            p.salary_min
                .as_ref()
                .or(p.salary_max.as_ref())
                .is_some_and(|s| s.source == src)
        }) {
            out.salary_min = p.salary_min.clone();
            out.salary_max = p.salary_max.clone();
            out.salary_period = p.salary_period.clone();
            out.salary_currency = p.salary_currency.clone();
        }
    }
    if let Some(src) = out.hours_min.as_ref().map(|s| s.source) {
        if let Some(p) = proposals
            .iter()
            .find(|p| p.hours_min.as_ref().is_some_and(|s| s.source == src))
        {
            out.hours_min = p.hours_min.clone();
            out.hours_max = p.hours_max.clone();
        }
    }
    if let Some(src) = out.city.as_ref().map(|s| s.source) {
        if let Some(p) = proposals
            .iter()
            .find(|p| p.city.as_ref().is_some_and(|s| s.source == src))
        {
            out.municipality_code = p.municipality_code.clone();
            if p.province.is_some() {
                out.province = p.province.clone();
            }
        }
    }
}

/// Runs every stage over a page and combines their proposals, then fills what can
/// be derived (province from the municipality, language of the text).
pub fn extract(
    page: &Page,
    main: &MainText,
    ctx: &Context<'_>,
    stages: &[Box<dyn Stage>],
) -> (Vacancy, Vec<Vacancy>) {
    let proposals: Vec<Vacancy> = stages.iter().map(|s| s.extract(page, main, ctx)).collect();
    let mut vacancy = combine(proposals.clone());
    text::derive(&mut vacancy, page, main, ctx);
    (vacancy, proposals)
}

/// Sets a field only when it is still empty.
pub(crate) fn set<T>(
    slot: &mut Option<crate::record::Sourced<T>>,
    value: Option<T>,
    source: FieldSource,
) {
    if slot.is_none() {
        if let Some(value) = value {
            *slot = Some(crate::record::Sourced { value, source });
        }
    }
}
