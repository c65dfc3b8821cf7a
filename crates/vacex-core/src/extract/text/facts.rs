//! Hours, salary, scale, education, experience and contract type: the facts a
//! vacancy states about the job itself. Each is looked for in labelled values first,
//! then in short fact lines, then in the prose, and each must pass its normaliser.

use super::labelled_for;
use super::labels::{LabelField, Labelled};
use crate::decode::BlockKind;
use crate::extract::main_text::Line;
use crate::extract::set;
use crate::normalize::{
    contract, education, experience, hours as hours_n, salary as salary_n, scale as scale_n,
};
use crate::record::{FieldSource, Vacancy};

/// A short line that states one fact ("• 40 uur", "Master/doctoraal").
fn is_fact_line(line: &Line) -> bool {
    line.text.len() <= 90 && line.text.split_whitespace().count() <= 12
}

/// Words that make an hours figure the basis of something else (the salary, leave),
/// not the job's own hours.
const HOURS_BASIS: [&str; 8] = [
    "o.b.v",
    "obv",
    "op basis van",
    "gebaseerd op",
    "bij een",
    "bij fulltime",
    "based on",
    "uitgaande van",
];
const LEAVE_WORDS: [&str; 5] = ["vakantie", "verlof", "vrije dag", "holiday", "leave"];

fn hours_in(text: &str, lower: &str, allow_basis: bool) -> Option<(f64, f64)> {
    // "32-36 upw" is "uur per week".
    if lower.contains("upw") {
        let expanded = text
            .replace("upw", "uur per week")
            .replace("UPW", "uur per week");
        return hours_in(&expanded, &expanded.to_lowercase(), allow_basis);
    }
    if LEAVE_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    if !allow_basis && HOURS_BASIS.iter().any(|w| lower.contains(w)) {
        // The line may still state the job's hours before the basis phrase.
        let cut = HOURS_BASIS.iter().filter_map(|w| lower.find(w)).min()?;
        return hours_n::parse_hours(&text[..cut]);
    }
    hours_n::parse_hours(text)
}

pub fn hours(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.hours_min.is_some() {
        return;
    }
    let found = labelled_for(labelled, LabelField::Hours)
        .find_map(|l| {
            let lower = l.value.to_lowercase();
            hours_in(&l.value, &lower, true).or_else(|| bare_hours(&l.value))
        })
        .or_else(|| {
            lines
                .iter()
                .filter(|l| mentions_hours(&l.lower))
                .find_map(|l| hours_in(&l.text, &l.lower, false))
        })
        .or_else(|| {
            // Last resort: "bij een 36-urige werkweek" in a salary line is the only
            // statement some pages make about hours.
            lines
                .iter()
                .filter(|l| mentions_hours(&l.lower) && l.lower.contains("salaris"))
                .find_map(|l| hours_in(&l.text, &l.lower, true))
        });
    if let Some((lo, hi)) = found {
        set(&mut v.hours_min, Some(lo), source);
        set(&mut v.hours_max, Some(hi), source);
    }
}

fn mentions_hours(lower: &str) -> bool {
    lower.contains("uur")
        || lower.contains("uren")
        || lower.contains("hours")
        || lower.contains("urig")
}

/// A labelled hours value may be a bare number ("Uren per week:" newline "32").
fn bare_hours(value: &str) -> Option<(f64, f64)> {
    hours_n::parse_hours(&format!("{value} uur"))
}

/// Words that make a money amount something other than pay.
const NOT_PAY: [&str; 14] = [
    "reiskosten",
    "vergoeding",
    "budget",
    "/km",
    "per km",
    "kilometer",
    "fee",
    "in rekening",
    "keuzebudget",
    "bonus",
    "opleidingsbudget",
    "allowance",
    "thuiswerk",
    "internet",
];

fn pay_in(text: &str, lower: &str) -> Option<salary_n::Salary> {
    if NOT_PAY.iter().any(|w| lower.contains(w))
        && !lower.contains("salaris")
        && !lower.contains("salary")
    {
        return None;
    }
    salary_n::parse_salary(text).filter(|s| s.min.is_some() || s.max.is_some())
}

fn mentions_money(lower: &str) -> bool {
    lower.contains('€') || lower.contains("eur") || lower.contains("salar")
}

pub fn salary(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.salary_min.is_some() || v.salary_max.is_some() {
        return;
    }
    const PAY_WORDS: [&str; 12] = [
        "salaris",
        "salary",
        "bruto",
        "per maand",
        "per month",
        "per uur",
        "per hour",
        "uurtarief",
        "per jaar",
        "per year",
        "loon",
        "beloning",
    ];
    let labelled_pay = labelled_for(labelled, LabelField::Salary)
        .filter_map(|l| pay_in(&l.value, &l.value.to_lowercase()));
    let fact_pay = lines
        .iter()
        .filter(|l| is_fact_line(l) && mentions_money(&l.lower))
        .filter_map(|l| pay_in(&l.text, &l.lower));
    let prose_pay = lines
        .iter()
        .filter(|l| mentions_money(&l.lower) && PAY_WORDS.iter().any(|w| l.lower.contains(w)))
        .filter_map(|l| pay_in(&l.text, &l.lower));
    // A full range beats a bare maximum or minimum printed in a summary line.
    let candidates: Vec<salary_n::Salary> = labelled_pay
        .chain(fact_pay)
        .chain(prose_pay)
        .take(8)
        .collect();
    let found = candidates
        .iter()
        .find(|s| s.min.is_some() && s.max.is_some() && s.period.is_some())
        .or_else(|| candidates.first())
        .cloned();
    if let Some(s) = found {
        set(&mut v.salary_min, s.min, source);
        set(&mut v.salary_max, s.max, source);
        set(
            &mut v.salary_period,
            s.period.map(|p| p.as_str().to_string()),
            source,
        );
        set(&mut v.salary_currency, Some(s.currency.to_string()), source);
    }
}

pub fn scale(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.salary_scale.is_some() {
        return;
    }
    let found = labelled_for(labelled, LabelField::Scale)
        .find_map(|l| {
            scale_n::parse_scale(&l.value).or_else(|| {
                // "Schaal:" newline "11"
                (l.label.contains("schaal"))
                    .then(|| scale_n::parse_scale(&format!("schaal {}", l.value)))
                    .flatten()
            })
        })
        .or_else(|| {
            lines
                .iter()
                .filter(|l| l.lower.contains("schaal") || l.lower.contains("scale"))
                .find_map(|l| scale_n::parse_scale(&l.text).or_else(|| letter_scale(&l.text)))
        });
    set(&mut v.salary_scale, found, source);
}

/// Letter scales of some collective agreements (public broadcasting: "schaal G").
fn letter_scale(text: &str) -> Option<String> {
    static LETTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i:(?-u:\b)(?:salaris)?schaal)\s+([A-K])(?-u:\b)")
            .expect("letter scale regex")
    });
    LETTER.captures(text).map(|c| c[1].to_string())
}

pub fn education(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.education_level.is_some() {
        return;
    }
    let found = labelled_for(labelled, LabelField::Education)
        .find_map(|l| education::education_level(&l.value))
        .or_else(|| {
            lines
                .iter()
                .filter(|l| is_fact_line(l))
                .find_map(|l| education::education_level(&l.text))
        })
        .or_else(|| {
            lines
                .iter()
                .find_map(|l| education::education_level(&l.text))
        });
    set(
        &mut v.education_level,
        found.map(|e| e.as_str().to_string()),
        source,
    );
}

pub fn experience(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.experience_years_min.is_some() {
        return;
    }
    let found = labelled_for(labelled, LabelField::Experience)
        .find_map(|l| {
            experience::experience_years_min(&l.value).or_else(|| {
                experience::experience_years_min(&format!("{} jaar werkervaring", l.value))
            })
        })
        .or_else(|| {
            lines
                .iter()
                .filter(|l| l.lower.contains("ervaring") || l.lower.contains("experience"))
                .find_map(|l| experience::experience_years_min(&l.text))
        });
    set(
        &mut v.experience_years_min,
        found.and_then(|y| i32::try_from(y).ok()),
        source,
    );
}

/// Words that make "opdracht" mean an assignment for an external professional.
const ASSIGNMENT_WORDS: [&str; 12] = [
    "interim",
    "freelance",
    "zzp",
    "detacher",
    "inhuur",
    "uurtarief",
    "secondment",
    "opdrachtgever",
    "inschrijver",
    "opdrachtnemer",
    "gunning",
    "contractor",
];

pub fn contract(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.contract_type.is_some() {
        return;
    }
    let strong = |l: &Line| -> Option<contract::ContractType> {
        let c = contract::contract_type(&l.text)?;
        // A lone "opdracht" is often just "task"; trust it only next to words of the
        // assignment trade.
        if c == contract::ContractType::Assignment
            && !ASSIGNMENT_WORDS.iter().any(|w| l.lower.contains(w))
        {
            return None;
        }
        Some(c)
    };
    // An internship is what the job is only when a label or a fact says so; in the
    // prose "stage" and "stagiair" are usually about someone else.
    let not_internship = |l: &Line| strong(l).filter(|c| *c != contract::ContractType::Internship);
    let internship_title = v
        .title
        .as_ref()
        .and_then(|t| contract::contract_type(&t.value))
        .filter(|c| *c == contract::ContractType::Internship);
    let found = labelled_for(labelled, LabelField::Contract)
        .find_map(|l| contract::contract_type(&l.value))
        .or(internship_title)
        .or_else(|| {
            lines
                .iter()
                .filter(|l| is_fact_line(l) && matches!(l.kind, BlockKind::Item | BlockKind::Value))
                .find_map(not_internship)
        })
        .or_else(|| lines.iter().find_map(not_internship));
    set(
        &mut v.contract_type,
        found.map(|c| c.as_str().to_string()),
        source,
    );
}
