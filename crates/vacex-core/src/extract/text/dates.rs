//! Posting, closing, start and end dates. Labelled dates first; for the closing date
//! also the phrases of the application paragraph ("Stuur ons uiterlijk 18 maart 2026
//! je cv", "De reactietermijn duurt tot maandag 3 november 2025"), and a relative
//! "Sluit over 8 dagen" only when nothing absolute is printed and the fetch time is known.

use chrono::NaiveDate;

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
const APPLY_WORDS: [&str; 12] = [
    "solliciteer",
    "sollicitatie",
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
