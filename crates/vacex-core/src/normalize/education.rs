//! Reading the minimum education level a vacancy asks for.
//!
//! Dutch vacancies name the level in many ways (`hbo`, `wo`, `Master/doctoraal`,
//! `hbo werk- en denkniveau`, `mbo 4`, `hbo- of wo-opleiding`, English
//! `Bachelor's degree`, `MSc`, `PhD`); the `education_level` field keeps only
//! `MBO`, `HBO` or `WO`, the *minimum* level asked. This module finds the
//! terms of `data/education_levels.csv` (plus a few compounds it lacks) in a
//! snippet and returns the lowest level among them.
//!
//! Mapping of the CSV's canonical levels:
//!
//! * `mbo`, `mbo1` … `mbo4` → MBO;
//! * `hbo`, `hbo_bachelor`, `hbo_master`, `hbo_level`, `bachelor`,
//!   `associate_degree` → HBO (an hbo master is still an hbo programme; a
//!   plain "bachelor" is taken as hbo, as the field contract says);
//! * `wo`, `wo_bachelor`, `wo_master`, `wo_level`, `master`, `doctorate` → WO;
//! * levels below mbo (`basisonderwijs`, `praktijkonderwijs`, `vmbo*`,
//!   `havo`, `vwo`) cannot be expressed in the field: they are ignored, so
//!   `vmbo of mbo 2` gives MBO and `havo/vwo` alone gives `None`.
//!
//! Terms left out because they mostly mean something else on a job page:
//! the titles `dr.`, `drs.`, `ir.`, `mr.`, `ing.`, `bc.` (contact persons),
//! `ad`, `ba`, `ma` (words and weekday), `entree`, `promotie` (marketing),
//! `doctor` (physician), bare `academisch` (Academisch Ziekenhuis),
//! `universiteit` and `university of applied sciences` (employer names),
//! `vakopleiding` and `specialistenopleiding` (any training). `wo` is only
//! read when written `WO` or next to education words (`hbo/wo`, `wo-niveau`,
//! `afgeronde wo`), and never as a weekday (`wo 3 nov`, `ma t/m wo`) or
//! `WO II`. `master` is not read in `Scrum Master` or `master data`.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use regex::Regex;

const EDUCATION_CSV: &str = include_str!("../../data/education_levels.csv");

/// The `education_level` values, ordered from low to high.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EducationLevel {
    Mbo,
    Hbo,
    Wo,
}

impl EducationLevel {
    /// `MBO`, `HBO` or `WO`.
    pub fn as_str(self) -> &'static str {
        match self {
            EducationLevel::Mbo => "MBO",
            EducationLevel::Hbo => "HBO",
            EducationLevel::Wo => "WO",
        }
    }
}

/// Maps a canonical level of the CSV to the field's level. `None` for levels
/// below mbo.
fn map_canonical(level: &str) -> Option<EducationLevel> {
    match level {
        "mbo" | "mbo1" | "mbo2" | "mbo3" | "mbo4" => Some(EducationLevel::Mbo),
        "hbo" | "hbo_bachelor" | "hbo_master" | "hbo_level" | "bachelor" | "associate_degree" => {
            Some(EducationLevel::Hbo)
        }
        "wo" | "wo_bachelor" | "wo_master" | "wo_level" | "master" | "doctorate" => {
            Some(EducationLevel::Wo)
        }
        _ => None,
    }
}

/// CSV terms that are not read (see the module docs).
const SKIPPED_TERMS: &[&str] = &[
    "ad",
    "ba",
    "ma",
    "entree",
    "promotie",
    "doctor",
    "dr.",
    "drs.",
    "ir.",
    "mr.",
    "ing.",
    "bc.",
    "academisch",
    "universiteit",
    "university of applied sciences",
    "applied sciences",
    "research university",
    "vakopleiding",
    "specialistenopleiding",
];

/// Compounds and spellings the CSV lacks.
const EXTRA_TERMS: &[(&str, EducationLevel)] = &[
    ("universitaire", EducationLevel::Wo),
    ("academische opleiding", EducationLevel::Wo),
    ("academisch opgeleid", EducationLevel::Wo),
    ("academisch geschoold", EducationLevel::Wo),
    ("academische achtergrond", EducationLevel::Wo),
    ("academisch denkniveau", EducationLevel::Wo),
    ("academic background", EducationLevel::Wo),
    ("masteropleiding", EducationLevel::Wo),
    ("masterniveau", EducationLevel::Wo),
    ("masters", EducationLevel::Wo),
    ("m.sc.", EducationLevel::Wo),
    ("m.sc", EducationLevel::Wo),
    ("bacheloropleiding", EducationLevel::Hbo),
    ("bachelorniveau", EducationLevel::Hbo),
    ("bachelors", EducationLevel::Hbo),
    ("b.sc.", EducationLevel::Hbo),
    ("b.sc", EducationLevel::Hbo),
    ("hbo-opleiding", EducationLevel::Hbo),
    ("mbo-opleiding", EducationLevel::Mbo),
    ("mbo-niveau", EducationLevel::Mbo),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Special {
    None,
    Wo,
    Master,
    Hbo,
}

struct Terms {
    ac: AhoCorasick,
    /// Per pattern: the level (None = below mbo, ignored) and special checks.
    info: Vec<(Option<EducationLevel>, Special)>,
}

static TERMS: LazyLock<Option<Terms>> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut info = Vec::new();
    for row in super::csv_rows(EDUCATION_CSV) {
        let (Some(term), Some(level)) = (row.first(), row.get(2)) else {
            continue;
        };
        let term = term.trim().to_ascii_lowercase();
        if term.is_empty() || SKIPPED_TERMS.contains(&term.as_str()) || patterns.contains(&term) {
            continue;
        }
        let special = match term.as_str() {
            "wo" => Special::Wo,
            "master" => Special::Master,
            "hbo" => Special::Hbo,
            _ => Special::None,
        };
        info.push((map_canonical(level.trim()), special));
        patterns.push(term);
    }
    for (term, level) in EXTRA_TERMS {
        if !patterns.iter().any(|p| p == term) {
            patterns.push((*term).to_string());
            info.push((Some(*level), Special::None));
        }
    }
    // A full DFA: many terms, searched on many lines.
    let ac = AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .ok()?;
    Some(Terms { ac, info })
});

static RE_WO_WEEKDAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:ma|di|do|vr|za|zo|maandag|dinsdag)\.?\s*(?:t/m|tot|-|–|,|/|en)\s*$")
        .expect("valid regex")
});
static RE_WO_AFTER_BAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\.?\s*[0-9]|\s*-?\s*(?:ii|i|2)(?-u:\b)|\s*(?:t/m|tot|-|–|,|/|en)\s*(?:do|vr|za|zo|donderdag|vrijdag)(?-u:\b))",
    )
    .expect("valid regex")
});
static RE_WO_CONTEXT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)(?:hbo|mbo|bachelor|afgeronde?|minimaal|relevante|een|niveau|werk-?\s*en\s*denkniveau|denkniveau|opleiding|op|of|en)|[-/,(:])\s*(?:of|en|/)?\s*\(?\s*$",
    )
    .expect("valid regex")
});
static RE_WO_CONTEXT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\s*[-/+)]|\s*(?:of|en)\s+(?:hbo|mbo)|\s+(?:niveau|opleiding|master|bachelor|diploma|werk|denkniveau|afgestudeerd|studie|achtergrond)(?-u:\b))",
    )
    .expect("valid regex")
});
static RE_MASTER_BAD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:scrum|quiz|web|post|grand|zen|puppet|head|data)\s*-?\s*$")
        .expect("valid regex")
});
static RE_DEGREE_BAD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*-?\s*(?:data|class|students?|studenten|file|key|plan|planning|card|chef|track)(?-u:\b)")
        .expect("valid regex")
});
static RE_HBO_BAD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:max|go|now)(?-u:\b)").expect("valid regex"));

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Returns the minimum education level (MBO < HBO < WO) named in `snippet`,
/// or `None` when it names none (see the module docs for the mapping).
pub fn education_level(snippet: &str) -> Option<EducationLevel> {
    let terms = TERMS.as_ref()?;
    let mut min: Option<EducationLevel> = None;
    for m in terms.ac.find_iter(snippet) {
        let (start, end) = (m.start(), m.end());
        let prev = snippet.get(..start).and_then(|p| p.chars().next_back());
        let next = snippet.get(end..).and_then(|n| n.chars().next());
        let matched = snippet.get(start..end).unwrap_or("");
        let first_is_word = matched.chars().next().is_some_and(is_word_char);
        let last_is_word = matched.chars().next_back().is_some_and(is_word_char);
        if (first_is_word && prev.is_some_and(is_word_char))
            || (last_is_word && next.is_some_and(is_word_char))
        {
            continue;
        }
        let Some(&(level, special)) = terms.info.get(m.pattern().as_usize()) else {
            continue;
        };
        let before = super::before(snippet, start, 40);
        let after = super::after(snippet, end, 40);
        let ok = match special {
            Special::None => true,
            Special::Wo => wo_is_education(matched, before, after),
            Special::Master => {
                !RE_MASTER_BAD_BEFORE.is_match(before) && !RE_DEGREE_BAD_AFTER.is_match(after)
            }
            Special::Hbo => !RE_HBO_BAD_AFTER.is_match(after),
        };
        if !ok {
            continue;
        }
        if let Some(level) = level {
            min = Some(min.map_or(level, |m| m.min(level)));
        }
    }
    min
}

fn wo_is_education(matched: &str, before: &str, after: &str) -> bool {
    if RE_WO_AFTER_BAD.is_match(after) || RE_WO_WEEKDAY_BEFORE.is_match(before) {
        return false;
    }
    // `wo` as the whole snippet (a label's value) counts too.
    let alone = before.trim().is_empty() && after.trim().is_empty();
    matched == "WO"
        || alone
        || RE_WO_CONTEXT_BEFORE.is_match(before)
        || RE_WO_CONTEXT_AFTER.is_match(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use EducationLevel::{Hbo, Mbo, Wo};

    #[test]
    fn real_phrasings() {
        let cases: &[(&str, EducationLevel)] = &[
            (" • Master/doctoraal", Wo),
            ("wo", Wo),
            ("Afgeronde wo-opleiding", Wo),
            ("universitair", Wo),
            ("een universitaire opleiding", Wo),
            ("academisch werk- en denkniveau", Wo),
            ("hbo", Hbo),
            ("bachelor", Hbo),
            ("  • Hbo werk- en denkniveau.", Hbo),
            ("Minimaal een afgeronde hbo bachelor opleiding op het gebied van managementondersteuning;", Hbo),
            ("hbo-bachelor", Hbo),
            (
                "Bij voorkeur een afgeronde hbo- of wo-opleiding, bijvoorbeeld in bestuurskunde",
                Hbo,
            ),
            ("hbo/wo", Hbo),
            ("De kandidaat heeft minimaal een afgerond, erkend en volwaardige HBO diploma.", Hbo),
            ("mbo 4", Mbo),
            ("mbo-niveau", Mbo),
            ("mbo- of hbo-opleiding", Mbo),
            ("Bachelor's degree in Computer Science", Hbo),
            ("Bachelor’s degree", Hbo),
            ("Master's degree", Wo),
            ("MSc in Economics", Wo),
            ("PhD in physics", Wo),
            ("WO", Wo),
            ("Opleiding: WO", Wo),
            ("vmbo of mbo 2", Mbo),
            ("Associate degree", Hbo),
            ("wo-niveau", Wo),
            ("een master in de rechten", Wo),
            ("hbo+ werk- en denkniveau", Hbo),
        ];
        for (s, want) in cases {
            assert_eq!(education_level(s), Some(*want), "{s}");
        }
    }

    #[test]
    fn false_hits() {
        for s in [
            "",
            "twee collega's",
            "prettig wonen in een fijne omgeving",
            "wo 3 nov",
            "Wo 3 nov",
            "ma t/m wo",
            "ma-wo 9:00-17:00",
            "in WO II",
            "Scrum Master",
            "master data management",
            "Neem contact op met mr. Jansen of dr. De Vries",
            "Universiteit Utrecht",
            "Academisch Ziekenhuis Maastricht",
            "havo/vwo",
            "gratis entree",
            "promotie van producten",
            "HBO Max",
            "kennis van de Kieswet",
            "Wo sie arbeiten",
        ] {
            assert_eq!(education_level(s), None, "{s}");
        }
    }

    #[test]
    fn as_str_and_order() {
        assert_eq!(Mbo.as_str(), "MBO");
        assert_eq!(Hbo.as_str(), "HBO");
        assert_eq!(Wo.as_str(), "WO");
        assert!(Mbo < Hbo && Hbo < Wo);
    }

    #[test]
    fn never_panics() {
        for s in ["ç", "wo", "hbo ", " wo-", "€wo€", "master’", "\u{0}"] {
            let _ = education_level(s);
        }
    }
}
