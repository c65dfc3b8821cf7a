//! Site profiles, declared in pipeline.toml rather than in code: how a site is
//! recognised (URL host, or text markers for pages without a URL), CSS selectors and
//! labels for its fields, a fixed employer for an employer's own careers site, and
//! the organisation behind a board or broker, which is never taken as the employer.

use super::main_text::MainText;
use super::text::reference::reference_token;
use super::{set, Context, Stage};
use crate::config::SiteProfile;
use crate::decode::{clean_space, Page};
use crate::normalize::{contract, date, education, experience, hours, place, salary, scale};
use crate::record::{FieldSource, Sourced, Vacancy};

/// The profile a page belongs to: by host first, then by text markers.
pub fn match_profile<'a>(
    profiles: &'a [SiteProfile],
    url: Option<&str>,
    page: &Page,
) -> Option<&'a SiteProfile> {
    let host = url.and_then(crate::record::host_of);
    if let Some(host) = &host {
        let by_host = profiles.iter().find(|p| {
            p.hosts.iter().any(|h| {
                let h = h.trim().trim_start_matches("www.").to_ascii_lowercase();
                *host == h || host.ends_with(&format!(".{h}"))
            })
        });
        if by_host.is_some() {
            return by_host;
        }
    }
    profiles.iter().find(|p| {
        !p.markers.is_empty()
            && p.markers.iter().all(|m| {
                page.blocks.iter().any(|b| b.text.contains(m.as_str()))
                    || page
                        .title_tag
                        .as_deref()
                        .is_some_and(|t| t.contains(m.as_str()))
            })
    })
}

/// The site-profile stage.
pub struct SiteProfiles;

impl Stage for SiteProfiles {
    fn source(&self) -> FieldSource {
        FieldSource::SiteProfile
    }

    fn extract(&self, page: &Page, main: &MainText, ctx: &Context<'_>) -> Vacancy {
        let mut v = Vacancy::default();
        let Some(profile) = ctx.site else { return v };
        let src = FieldSource::SiteProfile;
        if !profile.selectors.is_empty() {
            for (field, value) in selector_values(page, profile) {
                apply_field(field, &value, ctx, &mut v);
            }
        }
        if !profile.labels.is_empty() {
            for (i, line) in main.lines.iter().enumerate() {
                for (label, field) in &profile.labels {
                    let label_lower = label.to_lowercase();
                    let Some(rest) = line.lower.strip_prefix(&label_lower) else {
                        continue;
                    };
                    let rest_len = rest.len();
                    let value = line.text[line.text.len() - rest_len..]
                        .trim()
                        .trim_start_matches(':')
                        .trim();
                    let value = if value.is_empty() {
                        main.lines.get(i + 1).map(|l| l.text.as_str()).unwrap_or("")
                    } else {
                        value
                    };
                    if !value.is_empty() {
                        apply_field(field, value, ctx, &mut v);
                    }
                }
            }
        }
        if let Some(employer) = &profile.employer {
            set(&mut v.employer, Some(employer.clone()), src);
        }
        v
    }
}

/// The value of each selector of a profile that matched text: from the streaming
/// pass when the tokenizer supports the selectors, else from a DOM.
fn selector_values<'p>(page: &Page, profile: &'p SiteProfile) -> Vec<(&'p str, String)> {
    let Some(html) = page.html.as_deref() else {
        return Vec::new();
    };
    let selectors: Vec<&str> = profile.selectors.values().map(String::as_str).collect();
    let values = match crate::html::select_texts(html, &selectors) {
        Some(values) => values,
        None => {
            let Some(dom) = page.dom() else {
                return Vec::new();
            };
            selectors
                .iter()
                .map(|selector| {
                    let sel = scraper::Selector::parse(selector).ok()?;
                    dom.select(&sel)
                        .map(|e| clean_space(&e.text().collect::<Vec<_>>().join(" ")))
                        .find(|t| !t.is_empty())
                })
                .collect()
        }
    };
    profile
        .selectors
        .iter()
        .zip(values)
        .filter_map(|((field, _), value)| Some((field.as_str(), value?)))
        .collect()
}

/// Normalises one profile value into its field.
fn apply_field(field: &str, value: &str, ctx: &Context<'_>, v: &mut Vacancy) {
    let src = FieldSource::SiteProfile;
    let reference_date = v.posted_date.as_ref().map(|d| d.value).or(ctx.fetched);
    match field {
        "title" => set(&mut v.title, Some(value.to_string()), src),
        "employer" => set(&mut v.employer, Some(value.to_string()), src),
        "reference" => set(&mut v.reference, reference_token(value), src),
        "city" if v.city.is_none() => {
            match place::resolve_place(value).or_else(|| place::find_place_in_text(value)) {
                Some(p) => {
                    v.city = Some(Sourced {
                        value: p.printed.clone(),
                        source: src,
                    });
                    v.municipality_code = Some(Sourced {
                        value: p.cbs_code.to_string(),
                        source: src,
                    });
                    v.province = Some(Sourced {
                        value: p.province.to_string(),
                        source: src,
                    });
                }
                None => set(&mut v.city, Some(value.to_string()), src),
            }
        }
        "province" => set(
            &mut v.province,
            place::province_name(value).map(str::to_string),
            src,
        ),
        "hours" | "hours_min" | "hours_max" => {
            if let Some((lo, hi)) =
                hours::parse_hours(value).or_else(|| hours::parse_hours(&format!("{value} uur")))
            {
                set(&mut v.hours_min, Some(lo), src);
                set(&mut v.hours_max, Some(hi), src);
            }
        }
        "salary" | "salary_min" | "salary_max" => {
            if let Some(s) = salary::parse_salary(value) {
                set(&mut v.salary_min, s.min, src);
                set(&mut v.salary_max, s.max, src);
                set(
                    &mut v.salary_period,
                    s.period.map(|p| p.as_str().to_string()),
                    src,
                );
                set(&mut v.salary_currency, Some(s.currency.to_string()), src);
            }
        }
        "salary_scale" => set(
            &mut v.salary_scale,
            scale::parse_scale(value).or_else(|| scale::parse_scale(&format!("schaal {value}"))),
            src,
        ),
        "education_level" => set(
            &mut v.education_level,
            education::education_level(value).map(|e| e.as_str().to_string()),
            src,
        ),
        "experience_years_min" => set(
            &mut v.experience_years_min,
            experience::experience_years_min(value).and_then(|y| i32::try_from(y).ok()),
            src,
        ),
        "contract_type" => set(
            &mut v.contract_type,
            contract::contract_type(value).map(|c| c.as_str().to_string()),
            src,
        ),
        "posted_date" => set(
            &mut v.posted_date,
            date::parse_date(value, ctx.fetched),
            src,
        ),
        "closing_date" => set(
            &mut v.closing_date,
            date::parse_date(value, reference_date),
            src,
        ),
        "start_date" => set(
            &mut v.start_date,
            date::parse_date(value, reference_date),
            src,
        ),
        "end_date" => set(
            &mut v.end_date,
            date::parse_date(value, reference_date),
            src,
        ),
        "description" => set(&mut v.description, Some(value.to_string()), src),
        _ => {}
    }
}
