//! Reading dates as vacancy pages print them.
//!
//! Posted, closing, start and end dates come in many shapes: `4 juni 2024`,
//! `24 okt. 2025`, `22.06.2024`, `01-08-2024`, `2024-06-22`, JSON-LD
//! `2026-06-29T10:00:00+02:00`, English `July 31, 2025` and `31st July 2025`,
//! often behind a weekday (`maandag 3 november 2025`, `ma 3 nov`), and
//! sometimes without a year (`Reageren voor 21 juni`) or only relative to the
//! moment the page was fetched (`Sluit over 8 dagen`). This module turns the
//! first such date in a snippet into a [`NaiveDate`].
//!
//! Rules and assumptions:
//!
//! * Numeric dates are day-month-year (`01-08-2024` is 1 August), as on Dutch
//!   and British pages, and the separators must be the same (`-`, `.` or `/`).
//!   Year-first dates (`2024-06-22`, `2024/6/9`) are year-month-day. Two-digit
//!   years are not read (`22.06.24` is too easily a version or a phone number).
//! * Month names are the tokens of `data/month_names.csv` (CLDR Dutch and
//!   English, abbreviations with and without the dot, plus `sept`, `mrt`).
//! * A date with a time zone keeps the calendar date as printed:
//!   `2026-06-29T23:30:00-05:00` is 29 June, no conversion to UTC.
//! * Impossible dates (31 februari) and years outside 1990..=2100 are skipped.
//! * Year inference for a day and month without a year: take the year of
//!   `reference` (the posting date or the fetch date); if that date lies more
//!   than 60 days before `reference`, take the next year instead (a closing
//!   date of `5 jan` seen on 20 December is next January); if it lies more
//!   than 305 days after `reference`, take the previous year (`20 dec` seen
//!   on 5 January is last December). Put together: the date falls in the
//!   one-year window from 60 days before to 305 days after the reference. A
//!   `29 feb` whose window has no leap day gives no date. Without a reference
//!   a yearless date is skipped and the search goes on.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate};
use regex::{Captures, Regex};

use super::{count_token, fold};

const MONTH_CSV: &str = include_str!("../../data/month_names.csv");

/// The lowest and highest year accepted.
const MIN_YEAR: i32 = 1990;
const MAX_YEAR: i32 = 2100;
/// A yearless date more than this many days before the reference moves to
/// the next year.
const YEARLESS_LOOKBACK_DAYS: i64 = 60;
/// … and at most this many days after it (together one year).
const YEARLESS_LOOKAHEAD_DAYS: i64 = 365 - YEARLESS_LOOKBACK_DAYS;

/// Month token (lower case, without the trailing dot) → month number.
static MONTHS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for row in super::csv_rows(MONTH_CSV) {
        let (Some(token), Some(month)) = (row.first(), row.get(1)) else {
            continue;
        };
        let Ok(month) = month.trim().parse::<u32>() else {
            continue;
        };
        let token = token.trim().trim_end_matches('.').to_lowercase();
        if !token.is_empty() && (1..=12).contains(&month) {
            m.insert(token, month);
        }
    }
    m
});

/// Regex alternation of all month tokens, longest first.
fn month_alternation() -> String {
    let mut tokens: Vec<&String> = MONTHS.keys().collect();
    tokens.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    tokens
        .iter()
        .map(|t| regex::escape(t))
        .collect::<Vec<_>>()
        .join("|")
}

static RE_YMD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])([0-9]{4})([-/])([0-9]{1,2})([-/])([0-9]{1,2})").expect("valid regex")
});
static RE_DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])([0-9]{1,2})([-./])([0-9]{1,2})([-./])([0-9]{4})")
        .expect("valid regex")
});
static RE_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[^0-9])([0-9]{{1,2}})(?:st|nd|rd|th|ste|de|e)?\.?(?:\s*of)?\s*-?\s*({})(?-u:\b)\.?(?:,?\s*([0-9]{{4}}))?",
        month_alternation()
    ))
    .expect("valid regex")
});
static RE_MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({})(?-u:\b)\.?\s*([0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?\s*([0-9]{{4}}))?",
        month_alternation()
    ))
    .expect("valid regex")
});
static RE_ISO_ANCHORED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:$|[T ]|[^0-9])").expect("valid regex")
});
static RE_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?:
            (?-u:\b)(?:sluit|sluiting|verloopt|eindigt|closes?|ends?|expires?|deadline)\s+(?:in|over)\s+
          | (?-u:\b)(?:over|nog)\s+
        )
        ([0-9]{1,3}|een|one|an?|twee|two|drie|three|vier|four|vijf|five|zes|six|zeven|seven|acht|eight|negen|nine|tien|ten|elf|eleven|twaalf|twelve)
        \s+(dagen|dag|days?|weken|week|weeks|uur|uren|hours?)(?-u:\b)
      | (?-u:\b)([0-9]{1,3})\s+(dagen|dag|days?)\s+(?:left|remaining|resterend|te\s+gaan)(?-u:\b)
      | (?-u:\b)(?:sluit|closes|eindigt|verloopt|ends|expires|deadline:?)\s+(vandaag|today|overmorgen|morgen|tomorrow)(?-u:\b)
    ",
    )
    .expect("valid regex")
});

/// Finds the first date in `s` (see the module docs for the formats and
/// rules). `reference` is the posting or fetch date and is only used to give
/// a year to a date printed without one.
pub fn parse_date(s: &str, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    find_date(s, reference).map(|(_, d)| d)
}

/// Words that may stand between a label and its date: a weekday, "is", "op".
static RE_DATE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[\s:,.\-–]|(?:is|op|on|per|vanaf|from|until|tot|en\s+met|t/m|uiterlijk|vóór|voor|before|the)(?-u:\b)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)(?-u:\b)\.?)+",
    )
    .expect("valid regex")
});

/// The date `s` starts with, after at most a weekday and a few linking words
/// (`: zondag 26 oktober 2025`, `is 9 augustus 2026`, `op 3-11-2025`); `None`
/// when anything else comes first. Used to accept a date label in the middle of
/// a sentence only when a date follows it.
pub fn leading_date(s: &str, reference: Option<NaiveDate>) -> Option<NaiveDate> {
    let mut cut = s.len().min(160);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let skip = RE_DATE_LEAD.find(head).map_or(0, |m| m.end());
    let rest = &head[skip..];
    match find_date(rest, reference) {
        Some((0, d)) => Some(d),
        _ => None,
    }
}

fn find_date(s: &str, reference: Option<NaiveDate>) -> Option<(usize, NaiveDate)> {
    let mut best: Option<(usize, NaiveDate)> = None;
    let mut offer = |pos: usize, d: Option<NaiveDate>| {
        if let Some(d) = d {
            if best.is_none_or(|(p, _)| pos < p) {
                best = Some((pos, d));
            }
        }
    };
    for c in RE_YMD.captures_iter(s) {
        if c[2] != c[4] || next_is_digit(s, &c, 5) {
            continue;
        }
        offer(start(&c, 1), ymd(num(&c, 1), num(&c, 3), num(&c, 5)));
    }
    for c in RE_DMY.captures_iter(s) {
        if c[2] != c[4] || next_is_digit(s, &c, 5) {
            continue;
        }
        offer(start(&c, 1), ymd(num(&c, 5), num(&c, 3), num(&c, 1)));
    }
    for c in RE_DAY_MONTH.captures_iter(s) {
        let day = num(&c, 1);
        let month = month_number(c.get(2).map_or("", |m| m.as_str()));
        let year = if c.get(3).is_some() && !next_is_digit(s, &c, 3) {
            Some(num(&c, 3))
        } else {
            None
        };
        offer(start(&c, 1), with_year(year, month, day, reference));
    }
    for c in RE_MONTH_DAY.captures_iter(s) {
        if c.get(3).is_none() && next_is_digit(s, &c, 2) {
            continue;
        }
        let month = month_number(c.get(1).map_or("", |m| m.as_str()));
        let day = num(&c, 2);
        let year = if c.get(3).is_some() && !next_is_digit(s, &c, 3) {
            Some(num(&c, 3))
        } else {
            None
        };
        offer(start(&c, 1), with_year(year, month, day, reference));
    }
    best
}

/// Reads the date of a JSON-LD / ISO 8601 value such as `2020-12-18T09:30Z`,
/// `2026-06-29T10:00:00+02:00` or the sloppy `2026-6-29`. The calendar date is
/// kept as printed (no time-zone conversion). Values that are not year-first
/// are read with [`parse_date`] without a reference as a fallback, so a
/// `validThrough` of `30-06-2024` still works.
pub fn parse_iso_datetime_date(s: &str) -> Option<NaiveDate> {
    if let Some(c) = RE_ISO_ANCHORED.captures(s) {
        return ymd(num(&c, 1), num(&c, 2), num(&c, 3));
    }
    let t = s.trim();
    if t.len() > 40 {
        return None;
    }
    parse_date(t, None)
}

/// Resolves a relative closing time against the fetch date: `Sluit over 8
/// dagen`, `nog 9 dagen`, `Sluit over één dag`, `over 2 weken`, `closes in 3
/// days`, `5 days left`, `Sluit vandaag` / `morgen`. Hours (`Sluit over 5
/// uur`) count as whole days rounded down, so a few hours is the fetch date
/// itself. Returns `None` without a fetch date.
pub fn parse_relative_days(s: &str, fetched: Option<NaiveDate>) -> Option<NaiveDate> {
    let fetched = fetched?;
    let folded = fold(s);
    let c = RE_RELATIVE.captures(&folded)?;
    let days: u64 = if let (Some(n), Some(unit)) = (c.get(1), c.get(2)) {
        let n = u64::from(count_token(n.as_str())?);
        let unit = unit.as_str();
        if unit.starts_with("we") {
            n * 7
        } else if unit.starts_with('u') || unit.starts_with('h') {
            n / 24
        } else {
            n
        }
    } else if let Some(n) = c.get(3) {
        u64::from(count_token(n.as_str())?)
    } else {
        match c.get(5).map(|m| m.as_str()) {
            Some("vandaag" | "today") => 0,
            Some("morgen" | "tomorrow") => 1,
            Some("overmorgen") => 2,
            _ => return None,
        }
    };
    if days > 400 {
        return None;
    }
    fetched.checked_add_days(Days::new(days))
}

fn start(c: &Captures<'_>, i: usize) -> usize {
    c.get(i).map_or(usize::MAX, |m| m.start())
}

fn num(c: &Captures<'_>, i: usize) -> u32 {
    c.get(i)
        .and_then(|m| m.as_str().parse::<u32>().ok())
        .unwrap_or(0)
}

fn next_is_digit(s: &str, c: &Captures<'_>, i: usize) -> bool {
    c.get(i)
        .and_then(|m| s.as_bytes().get(m.end()))
        .is_some_and(|b| b.is_ascii_digit())
}

fn month_number(token: &str) -> u32 {
    MONTHS
        .get(&token.trim_end_matches('.').to_lowercase())
        .copied()
        .unwrap_or(0)
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    let y = i32::try_from(y).ok()?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn with_year(
    year: Option<u32>,
    month: u32,
    day: u32,
    reference: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if let Some(y) = year {
        return ymd(y, month, day);
    }
    let r = reference?;
    let y = u32::try_from(r.year()).ok()?;
    // Of the previous, same and next year, the one that puts the date in
    // [reference - 60 days, reference + 305 days]: a window of one year, so
    // at most one candidate fits.
    [y.saturating_sub(1), y, y + 1]
        .into_iter()
        .filter_map(|y| ymd(y, month, day))
        .find(|d| {
            let diff = (*d - r).num_days();
            (-YEARLESS_LOOKBACK_DAYS..=YEARLESS_LOOKAHEAD_DAYS).contains(&diff)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn real_phrasings() {
        let r = Some(d(2024, 6, 13));
        let cases: &[(&str, NaiveDate)] = &[
            ("4 juni 2024", d(2024, 6, 4)),
            ("Kenmerk: 817, Plaatsingsdatum: 4 juni 2024", d(2024, 6, 4)),
            ("Solliciteer voor 22 juni 2024 Nog 9 dagen", d(2024, 6, 22)),
            ("24 okt 2025", d(2025, 10, 24)),
            ("24 okt. 2025", d(2025, 10, 24)),
            ("22.06.2024", d(2024, 6, 22)),
            ("Startdatum: 01-08-2024 (of indien mogelijk)", d(2024, 8, 1)),
            ("1-8-2024", d(2024, 8, 1)),
            ("2024-06-22", d(2024, 6, 22)),
            ("2024-6-9", d(2024, 6, 9)),
            ("2026-06-29T10:00:00+02:00", d(2026, 6, 29)),
            ("Posted 31 Jul 2025", d(2025, 7, 31)),
            ("July 31, 2025", d(2025, 7, 31)),
            ("31st July 2025", d(2025, 7, 31)),
            ("the 31st of July 2025", d(2025, 7, 31)),
            ("Deadline\n24 August 2025", d(2025, 8, 24)),
            (
                "De reactietermijn duurt tot maandag 3 november 2025, 09:00 uur.",
                d(2025, 11, 3),
            ),
            ("sluitingsdatum 18-03-2026", d(2026, 3, 18)),
            ("uiterlijk 18 maart 2026", d(2026, 3, 18)),
            ("3 mrt. 2025", d(2025, 3, 3)),
            ("7 sept 2025", d(2025, 9, 7)),
            ("Monday, 3 November 2025", d(2025, 11, 3)),
            ("Sept. 5, 2025", d(2025, 9, 5)),
            ("1 mei 2025", d(2025, 5, 1)),
            ("12/05/2025", d(2025, 5, 12)),
            ("Einddatum: 1 mei 2026", d(2026, 5, 1)),
        ];
        for (s, want) in cases {
            assert_eq!(parse_date(s, r), Some(*want), "{s}");
        }
    }

    #[test]
    fn leading_dates() {
        assert_eq!(
            leading_date(": zondag 26 oktober 2025.", None),
            Some(d(2025, 10, 26))
        );
        assert_eq!(
            leading_date(" is zondag 9 augustus 2026", None),
            Some(d(2026, 8, 9))
        );
        assert_eq!(leading_date(" 14/11/2025", None), Some(d(2025, 11, 14)));
        assert_eq!(
            leading_date(" November 9, 2025", None),
            Some(d(2025, 11, 9))
        );
        assert_eq!(leading_date(" voor vragen is 3 november 2025", None), None);
        assert_eq!(leading_date(" zo snel mogelijk", None), None);
        assert_eq!(leading_date(" 36 uur per week", None), None);
    }

    #[test]
    fn first_date_wins() {
        assert_eq!(
            parse_date("Startdatum: 01-08-2024 Einddatum: 31-07-2025", None),
            Some(d(2024, 8, 1))
        );
        assert_eq!(
            parse_date("van 2 januari 2025 tot 2024-12-01", None),
            Some(d(2025, 1, 2))
        );
    }

    #[test]
    fn yearless_dates_use_the_reference() {
        let r = Some(d(2024, 6, 13));
        assert_eq!(parse_date("Reageren voor 21 juni", r), Some(d(2024, 6, 21)));
        assert_eq!(
            parse_date("ma 3 nov", Some(d(2025, 10, 26))),
            Some(d(2025, 11, 3))
        );
        // More than 60 days before the reference: next year.
        assert_eq!(
            parse_date("5 jan", Some(d(2025, 12, 20))),
            Some(d(2026, 1, 5))
        );
        // Within 60 days before: same year (a posting date printed late).
        assert_eq!(parse_date("1 juni", r), Some(d(2024, 6, 1)));
        assert_eq!(parse_date("21 juni", None), None);
        // Without a reference the yearless date is skipped, the next counts.
        assert_eq!(
            parse_date("Reageren voor 21 juni; geplaatst 4 juni 2024", None),
            Some(d(2024, 6, 4))
        );
        // Shortly before a new year, a date in the previous December.
        assert_eq!(
            parse_date("20 dec", Some(d(2025, 1, 5))),
            Some(d(2024, 12, 20))
        );
        // 29 February only where the window holds a leap day.
        assert_eq!(
            parse_date("29 feb", Some(d(2023, 6, 1))),
            Some(d(2024, 2, 29))
        );
        assert_eq!(parse_date("29 feb", Some(d(2022, 1, 1))), None);
    }

    #[test]
    fn rejects_non_dates() {
        for s in [
            "31 feb 2024",
            "30-02-2024",
            "4 juni 1850",
            "2024-13-01",
            "1 januari 2200",
            "juni 2024",
            "mei 2025",
            "36 uur per week",
            "schaal 10 - 11",
            "06-13323288",
            "Z.S.M.",
            "",
            "12.000 medewerkers",
            "2024-06-2233",
        ] {
            assert_eq!(parse_date(s, Some(d(2024, 6, 1))), None, "{s}");
        }
    }

    #[test]
    fn iso_datetimes() {
        assert_eq!(
            parse_iso_datetime_date("2020-12-18T09:30Z"),
            Some(d(2020, 12, 18))
        );
        assert_eq!(parse_iso_datetime_date("2026-6-29"), Some(d(2026, 6, 29)));
        assert_eq!(
            parse_iso_datetime_date("2026-06-29T10:00:00+02:00"),
            Some(d(2026, 6, 29))
        );
        assert_eq!(parse_iso_datetime_date(" 2024-06-04 "), Some(d(2024, 6, 4)));
        assert_eq!(parse_iso_datetime_date("30-06-2024"), Some(d(2024, 6, 30)));
        assert_eq!(parse_iso_datetime_date("2024-02-30"), None);
        assert_eq!(parse_iso_datetime_date("soon"), None);
    }

    #[test]
    fn relative_days() {
        let f = Some(d(2025, 10, 26));
        assert_eq!(
            parse_relative_days("Sluit over 8 dagen", f),
            Some(d(2025, 11, 3))
        );
        assert_eq!(
            parse_relative_days("Nog 9 dagen", Some(d(2024, 6, 13))),
            Some(d(2024, 6, 22))
        );
        assert_eq!(
            parse_relative_days("Sluit over één dag", f),
            Some(d(2025, 10, 27))
        );
        assert_eq!(parse_relative_days("over 2 weken", f), Some(d(2025, 11, 9)));
        assert_eq!(
            parse_relative_days("Closes in 3 days", f),
            Some(d(2025, 10, 29))
        );
        assert_eq!(parse_relative_days("5 days left", f), Some(d(2025, 10, 31)));
        assert_eq!(parse_relative_days("Sluit vandaag", f), f);
        assert_eq!(
            parse_relative_days("Sluit morgen", f),
            Some(d(2025, 10, 27))
        );
        assert_eq!(parse_relative_days("Sluit over 5 uur", f), f);
        assert_eq!(parse_relative_days("Sluit over 8 dagen", None), None);
        assert_eq!(parse_relative_days("8 dagen vakantie", f), None);
        assert_eq!(parse_relative_days("", f), None);
    }

    const NL_MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const NL_ABBR: [&str; 12] = [
        "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
        "dec.",
    ];
    const EN_MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];

    proptest! {
        #[test]
        fn formatted_dates_round_trip(offset in 0u64..40_000, fmt in 0usize..9) {
            let base = d(1990, 1, 1);
            let date = base.checked_add_days(Days::new(offset)).expect("in range");
            prop_assume!(date.year() <= MAX_YEAR);
            let (y, m, dd) = (date.year(), date.month() as usize, date.day());
            let s = match fmt {
                0 => format!("{dd} {} {y}", NL_MONTHS[m - 1]),
                1 => format!("{dd} {} {y}", NL_ABBR[m - 1]),
                2 => format!("{dd:02}-{m:02}-{y}"),
                3 => format!("{dd}.{m}.{y}"),
                4 => format!("{y}-{m:02}-{dd:02}T10:00:00+02:00"),
                5 => format!("{} {dd}, {y}", EN_MONTHS[m - 1]),
                6 => format!("maandag {dd} {} {y}, 09:00 uur", NL_MONTHS[m - 1]),
                7 => format!("Sluitingsdatum: {dd}/{m:02}/{y}"),
                _ => format!("{dd} {} {y}", &EN_MONTHS[m - 1][..3]),
            };
            prop_assert_eq!(parse_date(&s, None), Some(date), "{}", s);
        }

        #[test]
        fn yearless_within_window(offset in 0u64..30_000, back in -60i64..300) {
            let r = d(1991, 1, 1).checked_add_days(Days::new(offset)).expect("in range");
            prop_assume!(r.year() < MAX_YEAR);
            let target = if back >= 0 {
                r.checked_add_days(Days::new(back as u64))
            } else {
                r.checked_sub_days(Days::new(back.unsigned_abs()))
            }.expect("in range");
            prop_assume!(!(target.month() == 2 && target.day() == 29));
            let s = format!("{} {}", target.day(), NL_MONTHS[target.month() as usize - 1]);
            prop_assert_eq!(parse_date(&s, Some(r)), Some(target), "{} ref {}", s, r);
        }

        #[test]
        fn never_panics(s in "\\PC{0,60}") {
            let _ = parse_date(&s, Some(d(2024, 1, 1)));
            let _ = parse_iso_datetime_date(&s);
            let _ = parse_relative_days(&s, Some(d(2024, 1, 1)));
        }
    }
}
