//! Generic Dutch/English text rules for any site: labelled values first, then short
//! fact lines ("• 40 uur", "• schaal 11"), then phrases in the prose ("minimaal 4 jaar
//! werkervaring"). One file per field family; each proposes a value only when its
//! normaliser accepts it, so a wrong guess becomes a null, not a wrong value.

pub mod dates;
pub mod employer;
pub mod facts;
pub mod labels;
pub mod place;
pub mod reference;
pub mod title;

use chrono::NaiveDate;

use super::main_text::Line;
use super::{set, Context, MainText, Stage};
use crate::decode::Page;
use crate::normalize;
use crate::record::{FieldSource, Sourced, Vacancy};
use employer::Owners;
use labels::{labelled_values, Labelled};

/// The generic text stage.
pub struct TextRules;

impl Stage for TextRules {
    fn source(&self) -> FieldSource {
        FieldSource::Text
    }

    fn extract(&self, page: &Page, main: &MainText, ctx: &Context<'_>) -> Vacancy {
        let mut v = Vacancy::default();
        let owners = site_owners(ctx);
        title::title(page, &main.lines, &owners, &mut v, FieldSource::Text);
        let parts = title::title_tag_parts(page);
        let title_part =
            employer::from_title_parts(&parts, v.title.as_ref().map(|t| t.value.as_str()), &owners);
        extract_lines_with(
            &main.lines,
            ctx.fetched,
            &owners,
            title_part,
            FieldSource::Text,
            &mut v,
        );
        v
    }
}

/// Names of the site's own organisation (job board, broker) and known intermediaries:
/// never the employer. The host's name is marked `=`: only an exact match counts.
pub fn site_owners(ctx: &Context<'_>) -> Owners {
    let mut owners: Vec<String> = ctx.site.map(|s| s.site_owner.clone()).unwrap_or_default();
    owners.extend(ctx.config.extract.intermediaries.iter().cloned());
    if let Some(host) = ctx.url.as_deref().and_then(crate::record::host_of) {
        // The host names the board ("destaffinggroep.nl"), unless it is an
        // employer's own careers site ("werkenbijuwv.nl", "kombijdepolitie.nl").
        let careers = [
            "werkenbij",
            "werkenvoor",
            "werkenin",
            "kombij",
            "careers",
            "jobs",
            "vacatures",
            "werkenbijde",
        ];
        let first = host.split('.').next().unwrap_or("");
        if !careers.iter().any(|c| first.starts_with(c)) {
            owners.push(format!("={first}"));
        }
    }
    Owners::new(owners)
}

/// Every field the text rules can read from lines (all but the title), filling only
/// empty fields of `v`. Used for the main text and for a JSON-LD description.
pub fn extract_lines(
    lines: &[Line],
    fetched: Option<NaiveDate>,
    owners: &Owners,
    source: FieldSource,
    v: &mut Vacancy,
) {
    extract_lines_with(lines, fetched, owners, None, source, v);
}

fn extract_lines_with(
    lines: &[Line],
    fetched: Option<NaiveDate>,
    owners: &Owners,
    title_employer: Option<String>,
    source: FieldSource,
    v: &mut Vacancy,
) {
    let labelled = labelled_values(lines);
    reference::reference(&labelled, source, v);
    facts::hours(lines, &labelled, source, v);
    facts::salary(lines, &labelled, source, v);
    facts::scale(lines, &labelled, source, v);
    facts::education(lines, &labelled, source, v);
    facts::experience(lines, &labelled, source, v);
    facts::contract(lines, &labelled, source, v);
    dates::dates(lines, &labelled, fetched, source, v);
    employer::employer(lines, &labelled, owners, title_employer, source, v);
    place::place(lines, &labelled, source, v);
}

/// Fills what follows from other fields: the province of the municipality, the
/// language of the main text, the employer of a municipality's own pages.
pub fn derive(v: &mut Vacancy, page: &Page, main: &MainText, ctx: &Context<'_>) {
    if v.closing_date.is_none() {
        set(
            &mut v.closing_date,
            dates::relative_closing(&main.lines, ctx.fetched),
            FieldSource::Derived,
        );
    }
    if v.posted_date.is_none() {
        // Blog-style boards publish the vacancy as an article.
        let published = ["article:published_time", "datepublished", "time:published"]
            .iter()
            .find_map(|k| page.meta(k))
            .and_then(normalize::date::parse_iso_datetime_date);
        set(&mut v.posted_date, published, FieldSource::Meta);
    }
    if v.language.is_none() {
        let text = main.joined();
        set(
            &mut v.language,
            normalize::language::detect_language(&text).map(str::to_string),
            FieldSource::Derived,
        );
    }
    if v.employer.is_none() {
        employer::municipality_as_employer(&main.lines, v);
    }
    if v.city.is_none() {
        if let Some(emp) = v.employer.as_ref().map(|e| e.value.clone()) {
            place::city_from_employer(&emp, v);
        }
    }
    if v.province.is_none() {
        if let Some(city) = &v.city {
            if let Some(p) = normalize::place::resolve_place(&city.value) {
                v.province = Some(Sourced {
                    value: p.province.to_string(),
                    source: FieldSource::Derived,
                });
                if v.municipality_code.is_none() {
                    v.municipality_code = Some(Sourced {
                        value: p.cbs_code.to_string(),
                        source: FieldSource::Derived,
                    });
                }
            }
        }
    }
}

/// Labelled values for one field family, in document order.
pub(crate) fn labelled_for(
    labelled: &[Labelled],
    field: labels::LabelField,
) -> impl Iterator<Item = &Labelled> {
    labelled.iter().filter(move |l| l.fields.contains(&field))
}
