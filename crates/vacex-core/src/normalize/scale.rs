//! Reading the pay scale (`salary_scale`) of a public-sector vacancy.
//!
//! Dutch public employers state a scale of their collective agreement:
//! `schaal 11`, `Schaal 10a`, `Salarisniveau schaal 8,schaal 9`, `(S8-S9)`,
//! `salarisschaal 9`, `functieschaal 8`, `loonschaal`, `FWG 45`, and Flemish
//! ones a barema code such as `B111` or `A1a`. This module reduces those to
//! the canonical value of the field: the scale number with a lower-case
//! letter (`10a`), a range joined by `-` (`8-9`, `8-10`), or the Flemish code
//! with an upper-case letter (`B111`, `A1a`).
//!
//! Rules:
//!
//! * A scale needs a keyword before it (`schaal`, `salarisschaal`,
//!   `functieschaal`, `loonschaal`, `weddeschaal`, `schaalniveau`,
//!   `salarisniveau`, `inschaling`, `scale`, `barema`, `FWG`), or the `S`
//!   notation of werkenvoornederland (`S8-S9` anywhere, a single `S11` only in
//!   parentheses), or a Flemish three-digit code (`B111`; letter A-D, upper
//!   case) on its own.
//! * Alternatives are reported as a range: `schaal 8, schaal 9`, `schaal 8/9`,
//!   `schaal 10 of 11` and `schaal 8 t/m 10` give `8-9`, `8-9`, `10-11`,
//!   `8-10`. A second number is only taken when it is higher than the first
//!   by at most 10 and is not followed by a unit (`schaal 11, 36 uur` is 11).
//! * Scale numbers are 1..=99 (FWG scales go up to 80).
//! * The first scale in the snippet wins.

use std::sync::LazyLock;

use regex::Regex;

static RE_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:(?:salaris|functie|loon|wedde|inschalings?)?schaal(?:niveau)?|salarisniveau|inschaling|(?:pay\s+|salary\s+)?scale|barema|fwg(?:-?schaal)?)(?-u:\b)",
    )
    .expect("valid regex")
});
/// What follows a keyword: optional `:`/`max.`/another keyword, then the scale.
static RE_AFTER_KEYWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*[:.]?\s*(?:(?:salaris|functie|loon)?schaal\s*:?\s*)?(?:max(?:imaal)?\.?\s*)?(?:(?P<num>[0-9]{1,2})(?P<letter>[a-d])?(?-u:\b)|(?P<fl>[a-e])(?P<fldigits>[0-9]{1,3})(?P<flsuffix>[a-z])?(?-u:\b))",
    )
    .expect("valid regex")
});
static RE_RANGE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:-|–|—|/|t/m|tot\s+en\s+met|tot|en|of|or|to|,)\s*(?:(?:salaris|functie|loon)?schaal\s*|s\s?)?(?P<num>[0-9]{1,2})(?P<letter>[a-d])?(?-u:\b)",
    )
    .expect("valid regex")
});
static RE_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:uur|uren|hours?|%|jaar|years?|u(?-u:\b)|fte|dagen|days)")
        .expect("valid regex")
});
static RE_S_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)S\s?([0-9]{1,2})\s*[-–/]\s*S\s?([0-9]{1,2})(?-u:\b)").expect("valid regex")
});
static RE_S_SINGLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(S\s?([0-9]{1,2})\)").expect("valid regex"));
static RE_FLEMISH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)([A-D])([1-4][1-9][1-9])(?-u:\b)").expect("valid regex"));

/// Reads the first pay scale in `snippet` (see the module docs) in the
/// canonical form of the `salary_scale` field.
pub fn parse_scale(snippet: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    let mut offer = |pos: usize, v: Option<String>| {
        if let Some(v) = v {
            if best.as_ref().is_none_or(|(p, _)| pos < *p) {
                best = Some((pos, v));
            }
        }
    };
    for m in RE_KEYWORD.find_iter(snippet) {
        let rest = snippet.get(m.end()..).unwrap_or("");
        if let Some(v) = after_keyword(rest) {
            offer(m.start(), Some(v));
            break;
        }
    }
    if let Some(c) = RE_S_RANGE.captures(snippet) {
        let pos = c.get(0).map_or(usize::MAX, |m| m.start());
        offer(pos, range(num(c.get(1)), num(c.get(2)), "", ""));
    }
    if let Some(c) = RE_S_SINGLE.captures(snippet) {
        let pos = c.get(0).map_or(usize::MAX, |m| m.start());
        offer(pos, single(num(c.get(1)), ""));
    }
    if let Some(c) = RE_FLEMISH.captures(snippet) {
        let pos = c.get(0).map_or(usize::MAX, |m| m.start());
        let code = format!(
            "{}{}",
            c.get(1).map_or("", |m| m.as_str()),
            c.get(2).map_or("", |m| m.as_str())
        );
        offer(pos, Some(code));
    }
    best.map(|(_, v)| v)
}

fn num(m: Option<regex::Match<'_>>) -> u32 {
    m.and_then(|m| m.as_str().parse().ok()).unwrap_or(0)
}

fn single(n: u32, letter: &str) -> Option<String> {
    (1..=99)
        .contains(&n)
        .then(|| format!("{n}{}", letter.to_ascii_lowercase()))
}

fn range(a: u32, b: u32, la: &str, lb: &str) -> Option<String> {
    let first = single(a, la)?;
    if b > a && b - a <= 10 && b <= 99 {
        Some(format!("{first}-{b}{}", lb.to_ascii_lowercase()))
    } else {
        Some(first)
    }
}

fn after_keyword(rest: &str) -> Option<String> {
    let c = RE_AFTER_KEYWORD.captures(rest)?;
    if let Some(fl) = c.name("fl") {
        // Flemish barema code after a keyword: `B111`, `A1a`, `C3`.
        let digits = c.name("fldigits").map_or("", |m| m.as_str());
        let suffix = c.name("flsuffix").map_or("", |m| m.as_str());
        return Some(format!(
            "{}{}{}",
            fl.as_str().to_ascii_uppercase(),
            digits,
            suffix.to_ascii_lowercase()
        ));
    }
    let n = num(c.name("num"));
    let letter = c.name("letter").map_or("", |m| m.as_str());
    let end = c.get(0).map_or(0, |m| m.end());
    let tail = rest.get(end..).unwrap_or("");
    if RE_UNIT_AFTER.is_match(tail) && letter.is_empty() {
        return None;
    }
    if let Some(r) = RE_RANGE_TAIL.captures(tail) {
        let r_end = r.get(0).map_or(0, |m| m.end());
        let unit_follows = RE_UNIT_AFTER.is_match(tail.get(r_end..).unwrap_or(""));
        if !unit_follows {
            let b = num(r.name("num"));
            let lb = r.name("letter").map_or("", |m| m.as_str());
            return range(n, b, letter, lb);
        }
    }
    single(n, letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_phrasings() {
        let cases: &[(&str, &str)] = &[
            ("schaal 11", "11"),
            (" • schaal 11\n  €3.662 - €5.586 (bruto)", "11"),
            ("Schaal 10a", "10a"),
            ("salaris in schaal 10a van minimaal € 4.132", "10a"),
            ("Salarisniveau schaal 8,schaal 9", "8-9"),
            (
                "Beleidsondersteuner directie Bouwen en Energie (S8-S9)",
                "8-9",
            ),
            ("schaal 10 - 11", "10-11"),
            ("salarisschaal 9", "9"),
            ("(schaal 10, cao-provincies)", "10"),
            ("Salarisniveau schaal 12", "12"),
            ("functieschaal 8", "8"),
            (
                "Deze opdracht is ingedeeld in Schaal 8 (nieuwe structuur).",
                "8",
            ),
            ("loonschaal 6", "6"),
            ("weddeschaal B111", "B111"),
            ("salarisschaal A1a", "A1a"),
            ("Barema: B1", "B1"),
            ("B111", "B111"),
            ("schaal 8 t/m 10", "8-10"),
            ("schaal 8/9", "8-9"),
            ("schaal 10 of 11", "10-11"),
            ("Schaal: 9", "9"),
            ("max. schaal 11", "11"),
            ("schaal max. 11", "11"),
            ("FWG 45", "45"),
            ("Senior adviseur (S11)", "11"),
            ("Inschaling: schaal 10", "10"),
            ("schaal 11, 36 uur", "11"),
            ("scale 10", "10"),
            ("SCHAAL 11A", "11a"),
        ];
        for (s, want) in cases {
            assert_eq!(parse_scale(s).as_deref(), Some(*want), "{s}");
        }
    }

    #[test]
    fn not_a_scale() {
        for s in [
            "",
            "schaalvergroting",
            "op grote schaal",
            "Nederlands op B1-niveau",
            "Samsung S8",
            "schaal 0",
            "A12 richting Utrecht",
            "36 uur per week",
        ] {
            assert_eq!(parse_scale(s), None, "{s}");
        }
    }

    #[test]
    fn never_panics() {
        for s in [
            "schaal",
            "schaal ",
            "schaal 1",
            "schaal 99 - 100",
            "S1-S",
            "(S",
            "Sç9",
            "schaal ç",
        ] {
            let _ = parse_scale(s);
        }
        assert_eq!(parse_scale("schaal 99 - 100").as_deref(), Some("99"));
    }
}
