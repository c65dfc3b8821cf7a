//! Structured data: schema.org JobPosting in JSON-LD, read leniently because real
//! pages break it (CDATA wrappers, trailing commas, raw newlines in strings, HTML
//! entities, `@graph`, arrays, a JobPosting without `@context` or `@type`), plus the
//! `og:`/`<meta>` tags. The JobPosting's description is read with the text rules too:
//! what it states counts as stated by the page.

use serde_json::Value;

use super::main_text::{Line, MainText};
use super::text::{
    self,
    employer::{is_owner, Owners},
};
use super::{set, Context, Stage};
use crate::decode::{self, Page};
use crate::normalize::{contract, date, education, experience, hours, place, salary};
use crate::record::{FieldSource, Sourced, Vacancy};

/// The structured-data stage.
pub struct StructuredData;

impl Stage for StructuredData {
    fn source(&self) -> FieldSource {
        FieldSource::Structured
    }

    fn extract(&self, page: &Page, _main: &MainText, ctx: &Context<'_>) -> Vacancy {
        let mut v = Vacancy::default();
        let max = ctx.config.limits.max_jsonld_bytes as usize;
        if let Some(posting) = page
            .json_ld
            .iter()
            .filter(|raw| raw.len() <= max)
            .find_map(|raw| job_posting(raw))
        {
            let owners = text::site_owners(ctx);
            map_posting(&posting, &owners, ctx, &mut v);
        }
        v
    }
}

/// True when a page carries a JobPosting in its JSON-LD.
pub fn has_job_posting(page: &Page, max_bytes: usize) -> bool {
    page.json_ld
        .iter()
        .filter(|raw| raw.len() <= max_bytes)
        .any(|raw| job_posting(raw).is_some())
}

/// Parses a JSON-LD block, repairing what real pages get wrong.
pub fn parse_lenient(raw: &str) -> Option<Value> {
    let trimmed = strip_wrappers(raw);
    if let Ok(v) = serde_json::from_str(trimmed) {
        return Some(v);
    }
    let repaired = repair(trimmed);
    if let Ok(v) = serde_json::from_str(&repaired) {
        return Some(v);
    }
    // A block whose quotes are HTML entities.
    if repaired.contains("&quot;") || repaired.contains("&#34;") {
        let unescaped = repaired
            .replace("&quot;", "\"")
            .replace("&#34;", "\"")
            .replace("&amp;", "&");
        return serde_json::from_str(&unescaped).ok();
    }
    None
}

fn strip_wrappers(raw: &str) -> &str {
    let mut s = raw.trim();
    for (open, close) in [
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
        ("<!--", "-->"),
    ] {
        if let Some(rest) = s.strip_prefix(open) {
            s = rest.trim_start();
            if let Some(rest) = s.strip_suffix(close) {
                s = rest.trim_end();
            }
        }
    }
    s.trim().trim_end_matches(';')
}

/// Removes trailing commas and escapes raw control characters inside strings.
fn repair(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if in_string {
            if escaped {
                escaped = false;
                out.push(c);
            } else if c == '\\' {
                escaped = true;
                out.push(c);
            } else if c == '"' {
                in_string = false;
                out.push(c);
            } else if c == '\n' {
                out.push_str("\\n");
            } else if c == '\r' {
            } else if c == '\t' {
                out.push_str("\\t");
            } else if (c as u32) < 0x20 {
                out.push(' ');
            } else {
                out.push(c);
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if !matches!(next, Some('}') | Some(']')) {
                out.push(c);
            }
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// The first JobPosting object of a JSON-LD block.
pub fn job_posting(raw: &str) -> Option<Value> {
    let value = parse_lenient(raw)?;
    find_posting(&value, 0).cloned()
}

fn is_posting_type(v: &Value) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => {
            t.eq_ignore_ascii_case("JobPosting") || t.ends_with("/JobPosting")
        }
        Some(Value::Array(a)) => a.iter().any(|t| {
            t.as_str()
                .is_some_and(|t| t.eq_ignore_ascii_case("JobPosting"))
        }),
        _ => false,
    }
}

/// A JobPosting without a type: the JobPosting properties without any other `@type`.
fn looks_like_posting(v: &Value) -> bool {
    v.get("@type").is_none()
        && v.get("title").is_some()
        && [
            "hiringOrganization",
            "datePosted",
            "validThrough",
            "jobLocation",
            "employmentType",
        ]
        .iter()
        .filter(|k| v.get(**k).is_some())
        .count()
            >= 2
}

fn find_posting(v: &Value, depth: usize) -> Option<&Value> {
    if depth > 6 {
        return None;
    }
    match v {
        Value::Object(map) => {
            if is_posting_type(v) || looks_like_posting(v) {
                return Some(v);
            }
            if let Some(graph) = map.get("@graph") {
                return find_posting(graph, depth + 1);
            }
            map.get("mainEntity")
                .and_then(|m| find_posting(m, depth + 1))
        }
        Value::Array(items) => items.iter().find_map(|i| find_posting(i, depth + 1)),
        _ => None,
    }
}

/// Text of a JSON-LD value: strings, numbers, `{"name"|"value"|"@value"}`, first of arrays.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let t = html_to_text(s);
            (!t.is_empty()).then_some(t)
        }
        Value::Number(n) => Some(n.to_string()),
        Value::Object(m) => [
            "name",
            "value",
            "@value",
            "credentialCategory",
            "description",
        ]
        .iter()
        .find_map(|k| m.get(*k).and_then(text_of)),
        Value::Array(a) => a.iter().find_map(text_of),
        _ => None,
    }
}

/// Strips tags and entities; twice for double-escaped HTML (`&lt;p&gt;`).
fn html_to_text(s: &str) -> String {
    if !s.contains(['<', '&']) {
        return decode::clean_space(s);
    }
    let once: String = scraper::Html::parse_fragment(s)
        .root_element()
        .text()
        .collect::<Vec<_>>()
        .join(" ");
    if once.contains('<') && once.contains('>') {
        let twice: String = scraper::Html::parse_fragment(&once)
            .root_element()
            .text()
            .collect::<Vec<_>>()
            .join(" ");
        return decode::clean_space(&twice);
    }
    decode::clean_space(&once)
}

/// Description lines of a JobPosting, with block structure kept.
fn description_lines(html: &str) -> Vec<Line> {
    let mut source = html.to_string();
    if source.contains("&lt;") && !source.contains('<') {
        source = scraper::Html::parse_fragment(&source)
            .root_element()
            .text()
            .collect();
    }
    let page = if source.contains('<') {
        decode::html_page(&source, "UTF-8")
    } else {
        decode::text_page(&source, "UTF-8")
    };
    MainText::new(&page, None).lines
}

fn number_of(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => crate::normalize::number::parse_amount(s),
        _ => None,
    }
}

fn map_salary(base: &Value, v: &mut Vacancy) {
    let currency = base
        .get("currency")
        .and_then(Value::as_str)
        .map(|c| c.trim().to_ascii_uppercase());
    let value = base.get("value").unwrap_or(base);
    let unit = value
        .get("unitText")
        .or_else(|| base.get("unitText"))
        .and_then(Value::as_str)
        .and_then(salary::SalaryPeriod::from_unit_text);
    let (mut min, mut max) = (
        value.get("minValue").and_then(number_of),
        value.get("maxValue").and_then(number_of),
    );
    if min.is_none() && max.is_none() {
        match value.get("value").unwrap_or(value) {
            Value::Number(n) => {
                min = n.as_f64();
                max = min;
            }
            Value::String(s) => {
                if let Some(parsed) = salary::parse_salary(&format!("€ {s}")) {
                    min = parsed.min;
                    max = parsed.max;
                }
            }
            _ => {}
        }
    }
    let min = min.filter(|x| *x > 0.0);
    let max = max.filter(|x| *x > 0.0);
    if min.is_none() && max.is_none() {
        return;
    }
    let period = unit.or_else(|| {
        salary::parse_salary(&format!("€ {}", min.or(max).unwrap_or_default()))
            .and_then(|s| s.period)
    });
    set(&mut v.salary_min, min, FieldSource::Structured);
    set(&mut v.salary_max, max, FieldSource::Structured);
    set(
        &mut v.salary_period,
        period.map(|p| p.as_str().to_string()),
        FieldSource::Structured,
    );
    set(
        &mut v.salary_currency,
        Some(currency.unwrap_or_else(|| "EUR".into())),
        FieldSource::Structured,
    );
}

fn map_location(loc: &Value, v: &mut Vacancy) {
    let loc = match loc {
        Value::Array(a) => match a.first() {
            Some(l) => l,
            None => return,
        },
        other => other,
    };
    let address = loc.get("address").unwrap_or(loc);
    let locality = address
        .get("addressLocality")
        .and_then(text_of)
        .filter(|s| !s.trim().is_empty());
    let region = address
        .get("addressRegion")
        .and_then(text_of)
        .filter(|s| !s.trim().is_empty());
    let country = address
        .get("addressCountry")
        .and_then(text_of)
        .map(|c| c.trim().to_ascii_lowercase());
    let dutch = country.as_deref().is_none_or(|c| {
        matches!(
            c,
            "nl" | "nld" | "nederland" | "netherlands" | "the netherlands"
        )
    });
    let printed = locality.clone().or_else(|| region.clone());
    let Some(printed) = printed else { return };
    let resolved = if dutch {
        place::resolve_place(&printed).or_else(|| place::find_place_in_text(&printed))
    } else {
        None
    };
    match resolved {
        Some(p) => {
            v.city = Some(Sourced {
                value: p.printed.clone(),
                source: FieldSource::Structured,
            });
            v.municipality_code = Some(Sourced {
                value: p.cbs_code.to_string(),
                source: FieldSource::Structured,
            });
            v.province = Some(Sourced {
                value: p.province.to_string(),
                source: FieldSource::Structured,
            });
        }
        None if locality.is_some() => {
            set(&mut v.city, locality, FieldSource::Structured);
            if dutch {
                let province = region
                    .as_deref()
                    .and_then(place::province_name)
                    .map(str::to_string);
                set(&mut v.province, province, FieldSource::Structured);
            }
        }
        None => {}
    }
}

fn employment_type(v: &Value) -> Option<contract::ContractType> {
    match v {
        Value::String(s) => {
            // Sometimes a JSON-encoded array in a string: "[\"FULL_TIME\",\"TEMPORARY\"]".
            if s.trim_start().starts_with('[') {
                if let Ok(inner) = serde_json::from_str::<Value>(s) {
                    return employment_type(&inner);
                }
            }
            s.split([',', ' '])
                .find_map(contract::from_schema_employment_type)
                .or_else(|| contract::contract_type(s))
        }
        Value::Array(a) => a.iter().find_map(employment_type),
        _ => None,
    }
}

fn map_posting(p: &Value, owners: &Owners, ctx: &Context<'_>, v: &mut Vacancy) {
    let src = FieldSource::Structured;
    set(&mut v.title, p.get("title").and_then(text_of), src);
    let identifier = p.get("identifier").and_then(|i| match i {
        Value::Object(m) => m
            .get("value")
            .and_then(text_of)
            .or_else(|| m.get("name").and_then(text_of)),
        other => text_of(other),
    });
    set(
        &mut v.reference,
        identifier
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty() && s.len() <= 60),
        src,
    );
    let org = p
        .get("hiringOrganization")
        .and_then(text_of)
        .filter(|n| !is_owner(n, owners) && n.len() <= 120);
    set(&mut v.employer, org, src);
    let posted = p
        .get("datePosted")
        .and_then(Value::as_str)
        .and_then(date::parse_iso_datetime_date);
    set(&mut v.posted_date, posted, src);
    set(
        &mut v.closing_date,
        p.get("validThrough")
            .and_then(Value::as_str)
            .and_then(date::parse_iso_datetime_date),
        src,
    );
    set(
        &mut v.start_date,
        p.get("jobStartDate")
            .and_then(Value::as_str)
            .and_then(date::parse_iso_datetime_date),
        src,
    );
    if let Some(c) = p.get("employmentType").and_then(employment_type) {
        set(&mut v.contract_type, Some(c.as_str().to_string()), src);
    }
    if let Some(base) = p.get("baseSalary").or_else(|| p.get("estimatedSalary")) {
        map_salary(base, v);
    }
    if let Some(loc) = p.get("jobLocation") {
        map_location(loc, v);
    }
    if let Some(e) = p
        .get("educationRequirements")
        .and_then(text_of)
        .and_then(|t| education::education_level(&t))
    {
        set(&mut v.education_level, Some(e.as_str().to_string()), src);
    }
    if let Some(exp) = p.get("experienceRequirements") {
        let years = exp
            .get("monthsOfExperience")
            .and_then(number_of)
            .map(|m| (m / 12.0).floor() as i32)
            .or_else(|| {
                text_of(exp)
                    .and_then(|t| experience::experience_years_min(&t))
                    .and_then(|y| i32::try_from(y).ok())
            });
        set(&mut v.experience_years_min, years, src);
    }
    if let Some((lo, hi)) = p
        .get("workHours")
        .and_then(text_of)
        .and_then(|t| hours::parse_hours(&t))
    {
        set(&mut v.hours_min, Some(lo), src);
        set(&mut v.hours_max, Some(hi), src);
    }
    let mut categories: Vec<String> = Vec::new();
    for key in ["occupationalCategory", "industry"] {
        match p.get(key) {
            Some(Value::Array(a)) => categories.extend(a.iter().filter_map(text_of)),
            Some(other) => categories.extend(text_of(other)),
            None => {}
        }
    }
    categories.retain(|c| c.len() <= 120);
    categories.dedup();
    if !categories.is_empty() {
        set(&mut v.categories, Some(categories), src);
    }
    if let Some(lang) = p.get("inLanguage").and_then(Value::as_str) {
        let code = lang
            .trim()
            .get(..2)
            .map(str::to_ascii_lowercase)
            .filter(|c| c.chars().all(|ch| ch.is_ascii_lowercase()));
        set(&mut v.language, code, src);
    }
    // What the description states counts too.
    if let Some(desc) = p.get("description").and_then(Value::as_str) {
        let lines = description_lines(desc);
        if v.language.is_none() {
            let joined: String = lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n");
            set(
                &mut v.language,
                crate::normalize::language::detect_language(&joined).map(str::to_string),
                src,
            );
        }
        text::extract_lines(&lines, ctx.fetched, owners, src, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_json_ld_is_repaired() {
        let raw = "//<![CDATA[\n{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Adviseur\nwonen\",\"datePosted\":\"2024-6-4\",}\n//]]>";
        let p = job_posting(raw).unwrap();
        assert_eq!(p["title"], "Adviseur\nwonen");
    }

    #[test]
    fn graph_and_untyped_postings_are_found() {
        let graph = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":["JobPosting"],"title":"X"}]}"#;
        assert_eq!(job_posting(graph).unwrap()["title"], "X");
        let untyped = r#"{"title":"Security Engineer","datePosted":"2020-12-17","hiringOrganization":{"name":"DUO"}}"#;
        assert!(job_posting(untyped).is_some());
        assert!(job_posting(r#"{"@type":"Organization","name":"X"}"#).is_none());
        assert!(job_posting("not json at all {").is_none());
    }

    #[test]
    fn entity_quoted_blocks_parse() {
        let raw = "{&quot;@type&quot;:&quot;JobPosting&quot;,&quot;title&quot;:&quot;Jurist&quot;}";
        assert_eq!(job_posting(raw).unwrap()["title"], "Jurist");
    }

    #[test]
    fn double_escaped_html_becomes_text() {
        assert_eq!(
            html_to_text("&lt;p&gt;Wij zoeken &amp;amp; vinden&lt;/p&gt;"),
            "Wij zoeken & vinden"
        );
    }
}
