//! Posting, closing, start and end dates. Labelled dates first; for the closing date
//! also the phrases of the application paragraph ("Stuur ons uiterlijk 18 maart 2026
//! je cv", "De reactietermijn duurt tot maandag 3 november 2025"), and a relative
//! "Sluit over 8 dagen" only when nothing absolute is printed and the fetch time is known.

use chrono::{Datelike, NaiveDate};

use super::labelled_for;
use super::labels::{LabelField, Labelled};
use crate::extract::main_text::Line;
use crate::extract::set;
use crate::normalize::date;
use crate::record::{FieldSource, Vacancy};

fn labelled_date(
    labelled: &[Labelled],
    field: LabelField,
    reference: Option<NaiveDate>,
) -> Option<NaiveDate> {
    labelled_for(labelled, field).find_map(|l| date::parse_date(&l.value, reference))
}

/// Words of an application: a deadline in their sentence is the closing date.
const APPLY_WORDS: [&str; 11] = [
    "sollicit",
    "reageer",
    "reageren",
    "reactietermijn",
    "stuur",
    "cv",
    "motivatie",
    "apply",
    "application",
    "aanmelden",
    "inschrijven",
];
/// Deadlines that are not the vacancy's: questions, interviews, notifications.
const OTHER_DEADLINES: [&str; 10] = [
    "vragen",
    "gesprek",
    "interview",
    "bericht",
    "gepubliceerd",
    "selectie",
    "assessment",
    "uitnodiging",
    "questions",
    "antwoorden",
];

fn closing_in_prose(lines: &[Line], reference: Option<NaiveDate>) -> Option<NaiveDate> {
    for line in lines {
        for sentence in line.text.split_inclusive(['.', ';', '!', '?']) {
            let lower = sentence.to_lowercase();
            let Some(at) = [
                "uiterlijk",
                "tot en met",
                "tot uiterlijk",
                " tot ",
                "before",
                "no later than",
                "by ",
            ]
            .iter()
            .filter_map(|w| lower.find(w).map(|i| i + w.len()))
            .min() else {
                continue;
            };
            if !APPLY_WORDS.iter().any(|w| lower.contains(w))
                || OTHER_DEADLINES.iter().any(|w| lower.contains(w))
            {
                continue;
            }
            if let Some(d) = sentence
                .get(at..)
                .and_then(|rest| date::parse_date(rest, reference))
            {
                return Some(d);
            }
        }
    }
    None
}

/// "Sluit over 8 dagen" against the fetch date: the weakest evidence of a closing
/// date, used only when no stage found an absolute one.
pub fn relative_closing(lines: &[Line], fetched: Option<NaiveDate>) -> Option<NaiveDate> {
    fetched?;
    lines
        .iter()
        .filter(|l| {
            l.text.len() < 80
                && (l.lower.contains("sluit")
                    || l.lower.contains("nog")
                    || l.lower.contains("closes"))
        })
        .find_map(|l| date::parse_relative_days(&l.text, fetched))
}

/// Words of a sentence about the term of the contract or assignment.
const TERM_WORDS: [&str; 9] = [
    "contract",
    "dienstverband",
    "aanstelling",
    "opdracht",
    "vervanging",
    "looptijd",
    "periode",
    "project",
    "assignment",
];

/// "Een tijdelijk contract vanaf 1 september tot en met 31 december 2026": the start
/// and end of the term. A start printed without a year takes the end's year (the
/// year before when that would put it after the end).
fn term_in_prose(lines: &[Line]) -> Option<(NaiveDate, NaiveDate)> {
    for line in lines {
        if !(line.lower.contains("vanaf ")
            || line.lower.contains("van ")
            || line.lower.contains("from "))
        {
            continue;
        }
        for sentence in line.lower.split_inclusive(['.', ';', '!', '?']) {
            if !TERM_WORDS.iter().any(|w| sentence.contains(w)) {
                continue;
            }
            for from in ["vanaf ", "van ", "per ", "from "] {
                let Some(a) = sentence.find(from).map(|i| i + from.len()) else {
                    continue;
                };
                let rest = &sentence[a..];
                let Some((b, until)) = [" tot en met ", " t/m ", " tot ", " until ", " to "]
                    .iter()
                    .filter_map(|u| rest.find(u).map(|i| (i, *u)))
                    .min()
                else {
                    continue;
                };
                let Some(end) = date::leading_date(&rest[b + until.len()..], None) else {
                    continue;
                };
                let start_text = rest[..b].trim();
                let start = date::leading_date(start_text, None).or_else(|| {
                    let guess = date::leading_date(&format!("{start_text} {}", end.year()), None)?;
                    if guess <= end {
                        Some(guess)
                    } else {
                        date::leading_date(&format!("{start_text} {}", end.year() - 1), None)
                    }
                });
                if let Some(start) = start.filter(|s| *s <= end) {
                    return Some((start, end));
                }
            }
        }
    }
    None
}

pub fn dates(
    lines: &[Line],
    labelled: &[Labelled],
    fetched: Option<NaiveDate>,
    source: FieldSource,
    v: &mut Vacancy,
) {
    let posted = v
        .posted_date
        .as_ref()
        .map(|d| d.value)
        .or_else(|| labelled_date(labelled, LabelField::Posted, fetched));
    set(&mut v.posted_date, posted, source);
    // Dates printed without a year take it from the posting date, else the fetch date.
    let reference = posted.or(fetched);
    if v.closing_date.is_none() {
        let closing = labelled_date(labelled, LabelField::Closing, reference)
            .or_else(|| closing_in_prose(lines, reference));
        set(&mut v.closing_date, closing, source);
    }
    let term = || term_in_prose(lines);
    if v.start_date.is_none() && v.end_date.is_none() {
        let start = labelled_date(labelled, LabelField::Start, reference);
        let end = labelled_date(labelled, LabelField::End, reference);
        let (start, end) = match (start, end) {
            (None, None) => term().map_or((None, None), |(s, e)| (Some(s), Some(e))),
            found => found,
        };
        set(&mut v.start_date, start, source);
        set(&mut v.end_date, end, source);
    }
    if v.start_date.is_none() {
        set(
            &mut v.start_date,
            labelled_date(labelled, LabelField::Start, reference),
            source,
        );
    }
    if v.end_date.is_none() {
        set(
            &mut v.end_date,
            labelled_date(labelled, LabelField::End, reference),
            source,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::text_page;
    use crate::extract::MainText;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn term(text: &str) -> Option<(NaiveDate, NaiveDate)> {
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        term_in_prose(&main.lines)
    }

    #[test]
    fn contract_term_in_a_sentence() {
        assert_eq!(
            term(
                "Het betreft een tijdelijk contract vanaf 1 september tot en met 31 december 2026."
            ),
            Some((d(2026, 9, 1), d(2026, 12, 31)))
        );
        assert_eq!(
            term("De opdracht loopt van 1 december 2025 tot 1 juli 2026."),
            Some((d(2025, 12, 1), d(2026, 7, 1)))
        );
        assert_eq!(
            term("Een vervanging van 15 november t/m 28 februari 2026."),
            Some((d(2025, 11, 15), d(2026, 2, 28)))
        );
        // Availability, not the term of the contract.
        assert_eq!(
            term("Je bent beschikbaar van 2 februari tot en met 30 juni 2026."),
            None
        );
    }

    #[test]
    fn closing_date_in_the_application_sentence() {
        let page = text_page(
            "Solliciteren kan tot en met zondag 26 oktober 2025. De gesprekken zijn op 4 november.",
            "UTF-8",
        );
        let main = MainText::new(&page, None);
        assert_eq!(closing_in_prose(&main.lines, None), Some(d(2025, 10, 26)));
    }
}
