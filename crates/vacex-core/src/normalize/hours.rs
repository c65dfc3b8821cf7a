//! Reading the weekly working hours of a vacancy.
//!
//! Pages print hours as `32-36 uur`, `32 tot 36 uur`, `32 of 36 uur per week`,
//! `36-urige werkweek`, `Uren per week 32-36`, `36,00 uur`, `32 to 40 hours` or
//! just `40 uur`; a label/value layout may leave only `32 - 36` for the value.
//! The same unit `uur` also appears in clock times (`09:00 uur`), relative
//! times (`4 uur geleden`), hourly rates (`€ 95 per uur`) and daily hours
//! (`8 uur per dag`), which are not weekly hours. This module reads the first
//! weekly-hours statement of a snippet as `(min, max)`.
//!
//! Rules:
//!
//! * A number needs a unit (`uur`, `uren`, `-urige`, `-uurs`, `hours`, `hrs`,
//!   or `u`/`h` written against it), or a label before it (`Uren per week`,
//!   `Aantal uur`, `Hours per week`, `Werkuren`), or it must be the whole
//!   snippet (`32 - 36`, `24 tot 36`).
//! * A range (`-`, `tot`, `t/m`, `of`, `en`, `to`, `or`, `/`) gives both ends,
//!   a single number gives it twice. `min <= max` always (swapped if needed).
//! * Values outside 1..=60 are skipped.
//! * Skipped, as not weekly hours: numbers after a currency sign; numbers
//!   followed by `geleden`/`ago`; hours per day/month/year; numbers in a clock
//!   time (`09:00 uur`, `9.00 uur`); `van 9 tot 17 uur`-style opening times
//!   (both ends <= 24, the first <= 12 < the second, after `van`/`tussen`/
//!   `from`/`between`); a single hour <= 24 after `om`/`at`/`rond`/`vanaf`/
//!   `tot`/`uiterlijk`; and hours after `binnen`/`within`/`over`/`elke`. Each of
//!   these is kept when `per week` follows.
//! * Context such as `25 vakantiedagen (bij een 40-urige werkweek)` or
//!   `o.b.v. 36 uur` is not judged here: the caller picks the snippet.

use std::sync::LazyLock;

use regex::{Match, Regex};

const NUM: &str = r"[0-9]{1,2}(?:[.,][0-9]{1,2})?";
const CONNECTOR: &str = r"(?:-|–|—|tot(?:\s+en\s+met)?|t/m|of|en|à|a|to|or|/)";
const UNIT: &str = r"(?:\s*-?\s*(?:uur|uren|urige|uurs|hours?|hrs?)(?-u:\b)|(?:u|h)(?-u:\b))";

static RE_RANGE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?P<a>{NUM})\s*{CONNECTOR}\s*(?P<b>{NUM}){UNIT}"
    ))
    .expect("valid regex")
});
static RE_SINGLE_UNIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)(?P<a>{NUM}){UNIT}")).expect("valid regex"));
static RE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(?:uren|uur|hours)\s*(?:per|p/|/)\s*(?:week|wk)|aantal\s+(?:uren|uur)(?:\s+per\s+week)?|werkuren|arbeidsduur|working\s+hours|werktijd|uren)(?-u:\b)\s*[:\-]?\s*(?P<a>{NUM})(?:\s*{CONNECTOR}\s*(?P<b>{NUM}))?"
    ))
    .expect("valid regex")
});
static RE_WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?P<a>{NUM})(?:\s*{CONNECTOR}\s*(?P<b>{NUM}))?\s*$"
    ))
    .expect("valid regex")
});

static RE_WEEK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:uur|uren|hours?)?\s*(?:per\s+(?:week|wk)|p/?w(?-u:\b)|/\s*w(?:ee)?k|in\s+de\s+week|a\s+week|weekly|werkweek)",
    )
    .expect("valid regex")
});
static RE_NOT_WEEKLY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:geleden|ago|terug(?-u:\b)|(?:per|/|a|p/)\s*(?:dag|day|maand|mnd|month|jaar|year|jr)(?-u:\b)|(?:per|/)\s*(?:etmaal|dienst|shift|nacht|night)|:[0-9])",
    )
    .expect("valid regex")
});
static RE_CURRENCY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:€|\$|£|(?-u:\b)eur|(?-u:\b)euro)\s*$").expect("valid regex")
});
static RE_RANGE_CLOCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:van|tussen|vanaf|from|between)\s*$").expect("valid regex")
});
static RE_SINGLE_CLOCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:om|at|rond|omstreeks|vanaf|tot|uiterlijk|na|voor)\s*$")
        .expect("valid regex")
});
static RE_DURATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:binnen|within|over|elke|every|om\s+de|in)\s*$")
        .expect("valid regex")
});

/// Reads the first weekly-hours statement of `snippet` as `(min, max)` (see
/// the module docs). `40 uur` gives `(40.0, 40.0)`.
pub fn parse_hours(snippet: &str) -> Option<(f64, f64)> {
    let mut best: Option<(usize, (f64, f64))> = None;
    let regexes: [&Regex; 4] = [&RE_LABEL, &RE_RANGE_UNIT, &RE_SINGLE_UNIT, &RE_WHOLE];
    for re in regexes {
        for c in re.captures_iter(snippet) {
            let (Some(whole), Some(a)) = (c.get(0), c.name("a")) else {
                continue;
            };
            if best.is_some_and(|(p, _)| p <= whole.start()) {
                break;
            }
            if let Some(v) = judge(snippet, a, c.name("b"), whole.end()) {
                best = Some((whole.start(), v));
                break;
            }
        }
    }
    best.map(|(_, v)| v)
}

fn value(m: Match<'_>) -> Option<f64> {
    m.as_str().replace(',', ".").parse::<f64>().ok()
}

/// Is the number a clock time written as `9.00` (hour <= 23, two digits)?
fn looks_like_clock(m: Match<'_>) -> bool {
    let t = m.as_str();
    match t.split_once('.') {
        Some((h, mm)) => {
            mm.len() == 2
                && h.parse::<u32>().is_ok_and(|h| h <= 23)
                && mm.parse::<u32>().is_ok_and(|m| m <= 59)
        }
        None => false,
    }
}

fn judge(s: &str, a: Match<'_>, b: Option<Match<'_>>, end: usize) -> Option<(f64, f64)> {
    let before = super::before(s, a.start(), 40);
    let after = s.get(end..).unwrap_or("");
    let last = b.unwrap_or(a);
    let after_last = s.get(last.end()..).unwrap_or("");
    // Part of a longer number or of a clock time.
    if before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | ','))
    {
        return None;
    }
    if after_last.starts_with(':')
        || after_last
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    if RE_CURRENCY_BEFORE.is_match(before) || RE_NOT_WEEKLY_AFTER.is_match(after) {
        return None;
    }
    let x = value(a)?;
    let y = match b {
        Some(b) => value(b)?,
        None => x,
    };
    let weekly = RE_WEEK_AFTER.is_match(after);
    if !weekly {
        if looks_like_clock(a) || b.is_some_and(looks_like_clock) {
            return None;
        }
        if RE_DURATION_BEFORE.is_match(before) {
            return None;
        }
        let (lo, hi) = (x.min(y), x.max(y));
        if b.is_some()
            && RE_RANGE_CLOCK_BEFORE.is_match(before)
            && lo <= 12.0
            && hi > 12.0
            && hi <= 24.0
        {
            return None;
        }
        if b.is_none() && x <= 24.0 && RE_SINGLE_CLOCK_BEFORE.is_match(before) {
            return None;
        }
    }
    let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
    if !(1.0..=60.0).contains(&lo) || !(1.0..=60.0).contains(&hi) {
        return None;
    }
    Some((lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn real_phrasings() {
        let cases: &[(&str, (f64, f64))] = &[
            ("32-36 uur", (32.0, 36.0)),
            ("32 - 36", (32.0, 36.0)),
            ("32 tot 36 uur", (32.0, 36.0)),
            (
                "een baan voor 32 of 36 uur per week, afhankelijk van jouw beschikbaarheid;",
                (32.0, 36.0),
            ),
            ("24 tot 36", (24.0, 36.0)),
            ("40 uur", (40.0, 40.0)),
            (" • 40 uur\n", (40.0, 40.0)),
            ("bij een 36-urige werkweek", (36.0, 36.0)),
            ("36 uur per week", (36.0, 36.0)),
            ("Aantal uur per week: 28 uur", (28.0, 28.0)),
            ("28 uur", (28.0, 28.0)),
            ("Uren per week 32-36", (32.0, 36.0)),
            ("Uren per week:\n\n32", (32.0, 32.0)),
            ("36,00 uur", (36.0, 36.0)),
            ("32 to 40 hours", (32.0, 40.0)),
            ("40 hours per week", (40.0, 40.0)),
            ("fulltime (40 uur)", (40.0, 40.0)),
            ("36-40u per week", (36.0, 40.0)),
            ("40h/week", (40.0, 40.0)),
            ("tussen 32 en 36 uur", (32.0, 36.0)),
            ("36 - 32 uur", (32.0, 36.0)),
            ("25 vakantiedagen (bij een 40-urige werkweek)", (40.0, 40.0)),
            ("van 16 tot 24 uur per week", (16.0, 24.0)),
            ("een 36-uurs werkweek", (36.0, 36.0)),
        ];
        for (s, want) in cases {
            assert_eq!(parse_hours(s), Some(*want), "{s}");
        }
    }

    #[test]
    fn not_weekly_hours() {
        for s in [
            "4 uur geleden",
            "Geplaatst 5 hours ago",
            "€ 95 per uur",
            "max € 95,00 per uur",
            "€ 95 uur",
            "tot woensdag 29 oktober 2025, 09:00 uur",
            "De reactietermijn duurt tot maandag 3 november 2025, 9.00 uur.",
            "bereikbaar van 9 tot 17 uur",
            "om 9 uur",
            "8 uur per dag",
            "binnen 24 uur reactie",
            "80 uur",
            "0 uur",
            "2024 uur",
            "schaal 11",
            "",
            "uur",
        ] {
            assert_eq!(parse_hours(s), None, "{s}");
        }
    }

    proptest! {
        #[test]
        fn min_le_max_and_in_range(s in "\\PC{0,60}") {
            if let Some((a, b)) = parse_hours(&s) {
                prop_assert!(a <= b);
                prop_assert!((1.0..=60.0).contains(&a) && (1.0..=60.0).contains(&b));
            }
        }

        #[test]
        fn hourish_strings(s in "[0-9 ,.:-]{0,8}(uur|uren|hours|u)?[ a-z]{0,10}") {
            if let Some((a, b)) = parse_hours(&s) {
                prop_assert!(a <= b);
            }
        }

        #[test]
        fn printed_ranges(a in 1u32..=60, b in 1u32..=60, conn in 0usize..4) {
            let c = ["-", " tot ", " of ", " to "][conn];
            let s = format!("{a}{c}{b} uur per week");
            prop_assert_eq!(parse_hours(&s), Some((a.min(b) as f64, a.max(b) as f64)));
        }
    }
}
