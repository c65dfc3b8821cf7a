//! Reading the minimum years of work experience a vacancy asks for.
//!
//! Requirements read `minimaal 4 jaar werkervaring`, `ten minste 5 jaar
//! ervaring`, `3+ years of experience`, `4 to 10 years` (a label's value) or
//! `in de afgelopen 15 jaar minimaal 10 jaar aantoonbare werkervaring`, where
//! the 15 is a window and not experience. This module returns the minimum
//! number of years of the first statement.
//!
//! Rules:
//!
//! * A count is digits or a Dutch/English number word (`een` … `twaalf`,
//!   `one` … `twelve`), followed by `jaar`/`jaren`/`years`/`yrs` or written
//!   `5-jarige`. A range (`4 to 10 years`, `2-3 jaar`) gives its lower end;
//!   `3+ years` gives 3. A count after a label (`Years of experience: 3-5`,
//!   `Werkervaring: 4+`) needs no unit, unless months/weeks/days follow.
//! * Skipped: a count after a window or duration word (`afgelopen`,
//!   `laatste`, `past`, `last`, `binnen`, `within`, `sinds`, `voor`, `over`,
//!   `na`, `in`, `per`, `elke`, `looptijd`, …), after a maximum (`maximaal`,
//!   `maximum`, `max`, `up to`, `tot`, `hooguit`, `niet meer dan`: a maximum
//!   is not a minimum), and a count followed by `oud`, `old`, `geleden`,
//!   `ago`, `garantie` or a contract word.
//! * Vague amounts (`een aantal jaren`, `enkele jaren`, `meerdere jaren`)
//!   give `None`. Values above 40 are not experience.
//! * The first statement that is not skipped wins; the caller picks the
//!   snippet (requirements, not the "wensen" or a budget sentence).

use std::sync::LazyLock;

use regex::Regex;

use super::{count_token, fold};

const NUM: &str = r"([0-9]{1,2}|een|one|an?|twee|two|drie|three|vier|four|vijf|five|zes|six|zeven|seven|acht|eight|negen|nine|tien|ten|elf|eleven|twaalf|twelve)";

static RE_YEARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b){NUM}(?:\s*\([0-9]{{1,2}}\))?(?:\s*(?:-|–|—|tot|to|a|à|t/m|or|of)\s*{NUM}(?:\s*\([0-9]{{1,2}}\))?)?\s*(\+\s*)?(?:jaar|jaren|years?|yrs?|-?jarige)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A label before the count: `Years of experience: 3-5`, `Werkervaring: 4+`.
static RE_LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:years\s+of\s+(?:relevant\s+)?experience|(?:work\s+)?experience|(?:relevante\s+)?(?:werk)?ervaring|jaren\s+(?:werk)?ervaring)\s*:\s*{NUM}(?:\s*(?:-|–|—|tot|to|t/m)\s*{NUM})?\s*\+?"
    ))
    .expect("valid regex")
});
static RE_LABELLED_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:maanden|maand|months?|weken|weeks?|dagen|days?|uur|uren|hours?|%|[0-9])")
        .expect("valid regex")
});

static RE_SKIP_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:afgelopen|laatste|past|last|recent|binnen|within|sinds|since|voor|over|na|after|in|per|elke|every|looptijd|duur|periode|period|ouder|older|jonger|younger|leeftijd|age|maximaal|maximum|max|hooguit|hoogstens|ten hoogste|at most|up to|no more than|niet meer dan|tot|minder dan|less than|under|onder)(?:\s+(?:of|van|de|het|the|a|een))?\s*:?\s*$",
    )
    .expect("valid regex")
});
static RE_SKIP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:oud|old|geleden|ago|garantie|guarantee|contract|jaarcontract|aanstelling|dienstverband|lang(?-u:\b)|bestaa|jubileum|of age|en ouder)",
    )
    .expect("valid regex")
});

/// Returns the minimum years of experience asked in `snippet` (see the module
/// docs), e.g. 4 for `minimaal 4 jaar werkervaring` and for `4 to 10 years`.
pub fn experience_years_min(snippet: &str) -> Option<u32> {
    let text = fold(snippet);
    for c in RE_YEARS.captures_iter(&text) {
        let Some(whole) = c.get(0) else { continue };
        let before = super::before(&text, whole.start(), 40);
        let after = text.get(whole.end()..).unwrap_or("");
        if RE_SKIP_BEFORE.is_match(before) || RE_SKIP_AFTER.is_match(after) {
            continue;
        }
        let Some(a) = c.get(1).and_then(|m| count_token(m.as_str())) else {
            continue;
        };
        let years = match c.get(2).and_then(|m| count_token(m.as_str())) {
            Some(b) => a.min(b),
            None => a,
        };
        if years <= 40 {
            return Some(years);
        }
    }
    for c in RE_LABELLED.captures_iter(&text) {
        let Some(whole) = c.get(0) else { continue };
        if RE_LABELLED_UNIT_AFTER.is_match(text.get(whole.end()..).unwrap_or("")) {
            continue;
        }
        let Some(a) = c.get(1).and_then(|m| count_token(m.as_str())) else {
            continue;
        };
        let years = match c.get(2).and_then(|m| count_token(m.as_str())) {
            Some(b) => a.min(b),
            None => a,
        };
        if years <= 40 {
            return Some(years);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn real_phrasings() {
        let cases: &[(&str, u32)] = &[
            ("  • Minimaal 4 jaar werkervaring in een soortgelijke rol.", 4),
            ("Work experience\n4 to 10 years", 4),
            ("4 to 10 years", 4),
            ("Minimaal 10 jaar aantoonbare werkervaring met programmamanagement.", 10),
            ("3+ years of experience", 3),
            ("3 + years of experience", 3),
            ("ten minste 5 jaar ervaring", 5),
            (
                "De kandidaat heeft in de afgelopen 15 jaar minimaal 10 jaar aantoonbare werkervaring met programmamanagement.",
                10,
            ),
            (
                "De kandidaat heeft in de afgelopen 8 jaar minimaal 5 jaar aantoonbare werkervaring",
                5,
            ),
            ("Minimaal 3 jaar aantoonbare werkervaring in de rol van managementondersteuner", 3),
            ("minimaal vijf jaar ervaring", 5),
            ("Je hebt minimaal één jaar ervaring", 1),
            ("twee tot drie jaar ervaring", 2),
            ("2-3 jaar werkervaring", 2),
            ("at least two years of relevant experience", 2),
            ("5-jarige werkervaring", 5),
            ("tien (10) jaar ervaring", 10),
            ("0-2 years", 0),
            ("10 - 4 jaar", 4),
            ("Years of experience: 3-5", 3),
            ("Werkervaring: 4+", 4),
        ];
        for (s, want) in cases {
            assert_eq!(experience_years_min(s), Some(*want), "{s}");
        }
    }

    #[test]
    fn not_a_minimum() {
        for s in [
            "een aantal jaren werkervaring",
            "enkele jaren ervaring",
            "A maximum of 5 years of experience",
            "maximaal 5 jaar ervaring",
            "Aantoonbare werkervaring in de afgelopen 6 jaar op het gebied van notuleren",
            "Een persoonlijk opleidingsbudget van € 6.000,- voor 5 jaar.",
            "een organisatie die al 50 jaar bestaat",
            "sinds 20 jaar",
            "10 jaar geleden",
            "personen van 18 jaar en ouder",
            "je bent 25 jaar oud",
            "een jaarcontract",
            "",
            "jaar",
            "99 jaar ervaring",
            "Ervaring: 6 maanden",
            "Ervaring: 2024",
        ] {
            assert_eq!(experience_years_min(s), None, "{s}");
        }
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,80}") {
            if let Some(y) = experience_years_min(&s) {
                prop_assert!(y <= 40);
            }
        }

        #[test]
        fn minimum_of_printed_range(a in 0u32..=20, b in 0u32..=20) {
            let s = format!("{a} tot {b} jaar werkervaring");
            prop_assert_eq!(experience_years_min(&s), Some(a.min(b)));
        }
    }
}
