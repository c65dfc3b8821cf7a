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
    // "bij 36 uur" after a salary: the basis of the amount.
    let bij_number = lower
        .match_indices("bij ")
        .find(|(i, w)| {
            lower
                .as_bytes()
                .get(i + w.len())
                .is_some_and(u8::is_ascii_digit)
        })
        .map(|(i, _)| i);
    if !allow_basis && (bij_number.is_some() || HOURS_BASIS.iter().any(|w| lower.contains(w))) {
        // The line may still state the job's hours before the basis phrase.
        let cut = HOURS_BASIS
            .iter()
            .filter_map(|w| lower.find(w))
            .chain(bij_number)
            .min()?;
        return text.get(..cut).and_then(hours_n::parse_hours);
    }
    hours_n::parse_hours(text)
}

pub fn hours(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.hours_min.is_some() {
        return;
    }
    let found = min_max_hours(labelled)
        .or_else(|| {
            labelled_for(labelled, LabelField::Hours).find_map(|l| {
                let lower = l.value.to_lowercase();
                hours_in(&l.value, &lower, true).or_else(|| bare_hours(&l.value))
            })
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

/// "Minimum aantal uren per week 32" and "Maximum aantal uren per week 36" as two
/// labels: one range.
fn min_max_hours(labelled: &[Labelled]) -> Option<(f64, f64)> {
    let bound = |prefix: &str| {
        labelled_for(labelled, LabelField::Hours)
            .filter(|l| l.label.starts_with(prefix))
            .find_map(|l| bare_hours(&l.value).or_else(|| hours_n::parse_hours(&l.value)))
    };
    match (bound("min"), bound("max")) {
        (Some((lo, _)), Some((_, hi))) if lo <= hi => Some((lo, hi)),
        _ => None,
    }
}

fn mentions_hours(lower: &str) -> bool {
    lower.contains("uur")
        || lower.contains("upw")
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
        && !lower.contains("stagevergoeding")
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
    // The label is part of the statement: "Maximaal uurtarief: € 105" is a maximum
    // per hour, "Bruto maandsalaris: € 3.000" a month's pay.
    let labelled_pay = labelled_for(labelled, LabelField::Salary).filter_map(|l| {
        let text = format!("{}: {}", l.label, l.value);
        pay_in(&text, &text.to_lowercase())
    });
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
        .find(|s| s.min.is_some() && s.max.is_some() && s.min != s.max && s.period.is_some())
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
                .filter(|l| {
                    l.lower.contains("schaal")
                        || l.lower.contains("scale")
                        || l.lower.contains("klasse")
                })
                .find_map(|l| scale_n::parse_scale(&l.text).or_else(|| letter_scale(&l.text)))
        });
    set(&mut v.salary_scale, found, source);
}

/// Letter scales of some collective agreements (public broadcasting: "schaal G").
fn letter_scale(text: &str) -> Option<String> {
    static LETTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i:(?-u:\b)(?:salaris)?(?:schaal|klasse))\s+([A-K])(?-u:\b)")
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
const ASSIGNMENT_WORDS: [&str; 13] = [
    "interim",
    "eindklant",
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

/// Freelancers and interim staff as people the job works with ("Ook stuur je
/// bureaus en ZZP-ers aan"): the line says nothing about this job's contract.
fn only_people_of_the_trade(l: &Line) -> bool {
    const PEOPLE: [&str; 8] = [
        "zzp-ers",
        "zzp'ers",
        "zzp’ers",
        "zzpers",
        "freelancers",
        "interimmers",
        "gedetacheerden",
        "contractors",
    ];
    if !PEOPLE.iter().any(|p| l.lower.contains(p)) {
        return false;
    }
    let mut rest = l.lower.clone();
    for p in PEOPLE {
        rest = rest.replace(p, " ");
    }
    contract::contract_type(&rest) != Some(contract::ContractType::Assignment)
}

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
        .or_else(|| {
            lines
                .iter()
                .filter(|l| !only_people_of_the_trade(l))
                .find_map(not_internship)
        });
    set(
        &mut v.contract_type,
        found.map(|c| c.as_str().to_string()),
        source,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::text_page;
    use crate::extract::text::labels::labelled_values;
    use crate::extract::MainText;

    fn facts(text: &str) -> Vacancy {
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        let labelled = labelled_values(&main.lines);
        let mut v = Vacancy::default();
        let s = FieldSource::Text;
        hours(&main.lines, &labelled, s, &mut v);
        salary(&main.lines, &labelled, s, &mut v);
        scale(&main.lines, &labelled, s, &mut v);
        contract(&main.lines, &labelled, s, &mut v);
        v
    }

    fn hours_of(v: &Vacancy) -> (Option<f64>, Option<f64>) {
        (
            v.hours_min.as_ref().map(|h| h.value),
            v.hours_max.as_ref().map(|h| h.value),
        )
    }

    #[test]
    fn minimum_and_maximum_hours_labels_make_one_range() {
        let v = facts("Minimum aantal uren per week 32\nMaximum aantal uren per week 36");
        assert_eq!(hours_of(&v), (Some(32.0), Some(36.0)));
    }

    #[test]
    fn hours_after_bij_in_a_salary_line_are_its_basis() {
        let v = facts(
            "Een salaris van maximaal € 5.339 bruto per maand (schaal 10), bij 36 uur.\nJe werkt 32 tot 36 uur per week.",
        );
        assert_eq!(hours_of(&v), (Some(32.0), Some(36.0)));
    }

    #[test]
    fn upw_is_hours_per_week() {
        let v = facts("(Hilversum | 32-36 upw | cao-contract | max. €5.056,-)");
        assert_eq!(hours_of(&v), (Some(32.0), Some(36.0)));
    }

    #[test]
    fn a_maximum_rate_label_gives_only_a_maximum() {
        let v = facts("Maximaal uurtarief: € 105,- excl. btw");
        assert_eq!(v.salary_min, None);
        assert_eq!(v.salary_max.as_ref().map(|s| s.value), Some(105.0));
        assert_eq!(
            v.salary_period.as_ref().map(|s| s.value.as_str()),
            Some("hour")
        );
    }

    #[test]
    fn an_internship_stipend_is_pay() {
        let v = facts("Stagevergoeding: € 550 per maand (bij 36 uur)");
        assert_eq!(v.salary_min.as_ref().map(|s| s.value), Some(550.0));
    }

    #[test]
    fn letter_scale_after_salarisklasse() {
        let v = facts("Je wordt ingedeeld in salarisklasse F (€ 3.032,79 – € 4.241,24).");
        assert_eq!(v.salary_scale.as_ref().map(|s| s.value.as_str()), Some("F"));
    }

    #[test]
    fn freelancers_the_job_works_with_are_no_contract() {
        let v =
            facts("Ook stuur je bureaus en ZZP-ers aan bij grote campagnes voor de organisatie.");
        assert_eq!(v.contract_type, None);
    }
}
