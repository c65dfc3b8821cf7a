//! Reading the kind of contract a vacancy offers.
//!
//! The `contract_type` field distinguishes a permanent job, a fixed-term job,
//! a fixed-term job with the prospect of a permanent one (very common in the
//! Dutch public sector: "jaarcontract met de intentie tot vast", "bepaalde tijd
//! met uitzicht op onbepaalde tijd"), an assignment for a self-employed or
//! seconded professional, and an internship. This module reads it from a
//! snippet of page text and from schema.org `employmentType` values.
//!
//! Rules, checked in this order (the first that matches wins, so a snippet
//! offering "Tijdelijke aanstelling / Vaste aanstelling" is temporary):
//!
//! 1. `temporary_with_prospect`: uitzicht/zicht/intentie/mogelijkheid/kans/
//!    perspectief (op|tot) … vast/vaste/onbepaalde tijd, "bij goed
//!    functioneren … vast", "omzetting naar onbepaalde tijd", English
//!    prospect/possibility/option/view … permanent, temp-to-perm.
//! 2. `assignment`: interim, opdracht, freelance, zzp, detachering,
//!    gedetacheerd, inhuur, secondment, contractor.
//! 3. `internship`: stage (also afstudeerstage, meewerkstage …), stagiair,
//!    afstudeeropdracht, internship, "an intern". English "stage" in "at this
//!    stage", "early stage" is not an internship.
//! 4. `temporary`: bepaalde tijd, tijdelijk, jaarcontract, fixed-term,
//!    temporary contract/position, projectbasis, (zwangerschaps)vervanging,
//!    uitzendbasis, "contract voor 1 jaar", "voor de duur van 1 jaar",
//!    contractduur, and "met de intentie om te
//!    verlengen": an intention to *extend* promises another fixed term, not
//!    a permanent contract, so it is temporary, not temporary_with_prospect.
//!    A traineeship is a paid fixed-term job for graduates (Rijkstraineeship,
//!    gemeentelijke traineeships), so `trainee`/`traineeship` is temporary,
//!    not internship.
//! 5. `permanent`: vaste aanstelling, vast dienstverband/contract, vaste baan,
//!    onbepaalde tijd, permanent contract/position, open-ended, indefinite;
//!    `vast` or `permanent` as a snippet or list item of its own
//!    (`Full-time, permanent`, `Dienstverband: Vast`). "geen vaste …" is not.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::fold;

/// The `contract_type` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContractType {
    Permanent,
    Temporary,
    TemporaryWithProspect,
    Assignment,
    Internship,
}

impl ContractType {
    /// `permanent`, `temporary`, `temporary_with_prospect`, `assignment` or
    /// `internship`.
    pub fn as_str(self) -> &'static str {
        match self {
            ContractType::Permanent => "permanent",
            ContractType::Temporary => "temporary",
            ContractType::TemporaryWithProspect => "temporary_with_prospect",
            ContractType::Assignment => "assignment",
            ContractType::Internship => "internship",
        }
    }
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("valid regex")
}

/// Words at least one of which every phrase below contains (case-insensitive): most
/// lines of a page have none, and skip the regexes. Only ASCII lines are screened,
/// since folding can turn other characters into these letters (`ĳ` into `ij`). A
/// phrase added below needs its word here.
static CONTRACT_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "vast",
            "bepaalde",
            "perm",
            "indefinite",
            "ended",
            "temp",
            "interim",
            "opdracht",
            "freelance",
            "zzp",
            "zelfstandige",
            "detach",
            "inhuur",
            "ingehuurd",
            "second",
            "contract",
            "contrat",
            "eindklant",
            "stage",
            "stagi",
            "intern",
            "befrist",
            "tijdelijk",
            "fixed",
            "projectbasis",
            "uitzend",
            "invalkracht",
            "seasonal",
            "seizoenswerk",
            "vervanging",
            "dienstverband",
            "aanstelling",
            "arbeidsovereenkomst",
            "jarig",
            "duur",
            "intentie",
            "trainee",
            "unlimited",
            "cdi",
        ])
        .expect("valid word list")
});

static RE_PROSPECT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?-u:\b)(?:uitzicht|zicht|intentie|mogelijkheid|mogelijkheden|kans|optie|perspectief|vooruitzicht)(?-u:\b)
            \W+(?:[a-z]+\W+){0,4}?(?:vast|vaste|onbepaalde\s+(?:tijd|duur)|een\s+vast|permanent)(?-u:\b)
      | (?-u:\b)(?:intentie|bedoeling|streven)\W+(?:[a-z]+\W+){0,3}?(?:om\s+)?(?:[a-z]+\W+){0,2}?(?:om\s+te\s+zetten|omzetten|te\s+verlengen\s+(?:naar|voor|met)\s+(?:een\s+)?onbepaalde)\W+(?:[a-z]+\W+){0,3}?(?:vast|vaste|onbepaalde)(?-u:\b)
      | (?-u:\b)(?:bij\s+goed\s+functioneren|na\s+goed\s+functioneren)(?-u:\b)\W+(?:[a-z]+\W+){0,6}?(?:vast|vaste|onbepaalde)(?-u:\b)
      | (?-u:\b)(?:omzetting|omgezet|overgang|doorstromen|doorstroming)\W+(?:[a-z]+\W+){0,3}?(?:vast|vaste|onbepaalde)(?-u:\b)
      | (?-u:\b)(?:prospect|possibility|option|view|intention|chance|opportunity)(?-u:\b)\W+(?:[a-z]+\W+){0,5}?(?:permanent|indefinite|open-ended)(?-u:\b)
      | (?-u:\b)temp(?:orary)?[-\s]to[-\s]perm(?:anent)?(?-u:\b)
    ")
});
static RE_ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?-u:\b)(?:interim(?:opdracht|er|manager|functie|basis|rol)?|(?:interim|project)?opdracht(?:en)?
        |freelance(?:r|rs|opdracht)?|zzp(?:'?er|'?ers)?|zelfstandige\s+zonder\s+personeel
        |detachering(?:sbasis|sovereenkomst)?|gedetacheerd|detacheren|inhuur|ingehuurd|inhuuropdracht
        |secondment|seconded|contractor|contracting\s+role|eindklant(?:en)?)(?-u:\b)
    ")
});
static RE_INTERNSHIP: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?-u:\b)(?:afstudeer|meewerk|snuffel|onderzoeks|werk|bedrijfs|eind|hbo-|mbo-|wo-)?stage(?:s|plaats|plek|periode|opdracht|vergoeding|contract|overeenkomst)?(?-u:\b)
      | (?-u:\b)stagiai?r(?:e|es|s)?(?-u:\b)
      | (?-u:\b)afstudeeropdracht(?-u:\b)
      | (?-u:\b)internships?(?-u:\b)
      | (?-u:\b)(?:an|as|the)\s+intern(?-u:\b)
      | ^\s*intern\s*$
    ")
});
/// English uses of "stage" that are not an internship.
static RE_STAGE_ENGLISH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:this|that|early|next|late|final|first|second|third|later|any|every|each|the|a|one|development|design|planning|growth|on|off|back|centre|center|main)[\s-]+$",
    )
});
static RE_STAGE_ENGLISH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^\s*(?:of|in|for|where|when|is|was|has|will|startup|company|manager|design)(?-u:\b)")
});
static RE_TEMPORARY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?-u:\b)bepaalde\s+(?:tijd|duur)(?-u:\b)
      | (?-u:\b)befristete?[rs]?(?-u:\b)
      | (?-u:\b)tijdelijke?(?-u:\b)
      | (?-u:\b)jaarcontract(?:en)?(?-u:\b)
      | (?-u:\b)fixed[-\s]?term(?-u:\b)
      | (?-u:\b)temporary\s+(?:contract|position|role|job|employment|basis|appointment|post|assignment)(?-u:\b)
      | (?:^|:)\s*temporary\s*$
      | (?-u:\b)(?:projectbasis|projectcontract|uitzendbasis|uitzendkracht|invalkracht|seasonal|seizoenswerk)(?-u:\b)
      | (?-u:\b)(?:zwangerschaps|tijdelijke\s+)?vervanging(?-u:\b)
      | (?-u:\b)(?:contract|dienstverband|aanstelling|arbeidsovereenkomst|contract)\s+(?:van|voor)\s+(?:de\s+duur\s+van\s+)?(?:[0-9]+|een|een\s+half|half|twee|drie|vier|zes|negen|twaalf|anderhalf)\s+(?:jaar|maanden|maand|year|years|months)(?-u:\b)
      | (?-u:\b)(?:[0-9]+|een|twee)[-\s]?jarig(?:e)?\s+(?:contract|dienstverband|aanstelling)(?-u:\b)
      | (?-u:\b)(?:voor\s+)?de\s+duur\s+van\s+(?:[0-9]+|een|twee|drie|vier|zes|negen|twaalf|half|anderhalf)\s+(?:jaar|maanden|maand)(?-u:\b)
      | (?-u:\b)contractduur(?-u:\b)
      | (?-u:\b)intentie\W+(?:[a-z]+\W+){0,3}?(?:verleng|verlenging)
      | trainee(?:ship|ships|s)?(?-u:\b)
      | traineeprogramma(?-u:\b)
    ")
});
static RE_PERMANENT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?x)
        (?-u:\b)vaste\s+(?:aanstelling|baan|arbeidsovereenkomst|dienst|functie|contract|positie)(?-u:\b)
      | (?-u:\b)vast\s+(?:dienstverband|contract|in\s+dienst)(?-u:\b)
      | (?-u:\b)onbepaalde\s+(?:tijd|duur)(?-u:\b)
      | (?-u:\b)(?:unbefristete?[rs]?|unlimited\s+(?:employment|contract)|contrat\s+(?:a|à)\s+dur(?:e|é)e\s+ind(?:e|é)termin(?:e|é)e|cdi)(?-u:\b)
      | (?-u:\b)permanent\s+(?:contract|position|role|job|employment|basis|appointment|post)(?-u:\b)
      | (?-u:\b)(?:contract|employment|dienstverband|contract\s+type|type)\s*:?\s*permanent(?-u:\b)
      | (?-u:\b)open[-\s]ended(?-u:\b)
      | (?-u:\b)indefinite(?-u:\b)
      | (?:^|[:,/|]\s*)(?:vast|permanent)\s*(?:$|[,/|])
    ")
});
static RE_NEGATION_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?:geen|not|no|niet)\s+(?:een\s+|a\s+)?$"));

/// Reads the contract type from `snippet` (see the module docs for the
/// phrases and their order).
pub fn contract_type(snippet: &str) -> Option<ContractType> {
    if snippet.is_ascii() && !CONTRACT_WORDS.is_match(snippet) {
        return None;
    }
    let text = fold(snippet);
    if RE_PROSPECT.is_match(&text) {
        return Some(ContractType::TemporaryWithProspect);
    }
    if RE_ASSIGNMENT.is_match(&text) {
        return Some(ContractType::Assignment);
    }
    for m in RE_INTERNSHIP.find_iter(&text) {
        let s = m.as_str();
        if s.contains("stage") && !s.contains("stagi") {
            let before = super::before(&text, m.start(), 30);
            let after = text.get(m.end()..).unwrap_or("");
            if RE_STAGE_ENGLISH_BEFORE.is_match(before) || RE_STAGE_ENGLISH_AFTER.is_match(after) {
                // Dutch "de stage" / "een stage" are fine; English "the stage
                // of" / "at this stage" are not.
                if !before.ends_with("de ") && !before.ends_with("een ") {
                    continue;
                }
            }
        }
        return Some(ContractType::Internship);
    }
    if RE_TEMPORARY.is_match(&text) {
        return Some(ContractType::Temporary);
    }
    for m in RE_PERMANENT.find_iter(&text) {
        if !RE_NEGATION_BEFORE.is_match(super::before(&text, m.start(), 20)) {
            return Some(ContractType::Permanent);
        }
    }
    None
}

/// Reads a schema.org `employmentType` value (one value or a list such as
/// `FULL_TIME, TEMPORARY` or `["FULL_TIME","CONTRACTOR"]`). `FULL_TIME`,
/// `PART_TIME`, `VOLUNTEER`, `OTHER` say nothing about the contract and give
/// `None`; `CONTRACTOR` is an assignment, `TEMPORARY` (also `SEASONAL`,
/// `PER_DIEM`) temporary, `INTERN` internship, and the non-standard
/// `PERMANENT` seen on some sites permanent. Dutch values (`Vast`,
/// `Tijdelijk`, `Stage`, `Freelance`, `Interim`) are read with
/// [`contract_type`]. When a list has several, the order is assignment,
/// internship, temporary, permanent.
pub fn from_schema_employment_type(s: &str) -> Option<ContractType> {
    let mut found: Vec<ContractType> = Vec::new();
    for part in s.split([',', ';', '|', '[', ']', '"', '\'']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let key: String = part
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect();
        let t = match key.as_str() {
            "FULL_TIME" | "FULLTIME" | "PART_TIME" | "PARTTIME" | "VOLUNTEER" | "OTHER" => None,
            "CONTRACTOR" | "CONTRACT" | "FREELANCE" | "FREELANCER" | "INTERIM" | "ZZP" => {
                Some(ContractType::Assignment)
            }
            "TEMPORARY" | "TEMP" | "SEASONAL" | "PER_DIEM" | "FIXED_TERM" => {
                Some(ContractType::Temporary)
            }
            "INTERN" | "INTERNSHIP" => Some(ContractType::Internship),
            "PERMANENT" => Some(ContractType::Permanent),
            _ => contract_type(part),
        };
        if let Some(t) = t {
            found.push(t);
        }
    }
    let rank = |t: &ContractType| match t {
        ContractType::TemporaryWithProspect => 0,
        ContractType::Assignment => 1,
        ContractType::Internship => 2,
        ContractType::Temporary => 3,
        ContractType::Permanent => 4,
    };
    found.into_iter().min_by_key(rank)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContractType::*;

    #[test]
    fn real_phrasings() {
        let cases: &[(&str, ContractType)] = &[
            (
                " • Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd",
                TemporaryWithProspect,
            ),
            (
                "Dienstverband Tijdelijke aanstelling / Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd",
                TemporaryWithProspect,
            ),
            ("met uitzicht op een vaste aanstelling", TemporaryWithProspect),
            (
                "Een dienstverband voor 1 jaar met bij goed functioneren zicht op een vaste aanstelling.",
                TemporaryWithProspect,
            ),
            ("een jaarcontract met de intentie tot vast;", TemporaryWithProspect),
            ("tijdelijk contract, bij goed functioneren volgt een vast contract", TemporaryWithProspect),
            ("fixed-term contract with the possibility of a permanent contract", TemporaryWithProspect),
            ("met de intentie om te verlengen", Temporary),
            ("Arbeidsovereenkomst voor bepaalde tijd", Temporary),
            ("tijdelijk", Temporary),
            ("Tijdelijke aanstelling", Temporary),
            ("jaarcontract", Temporary),
            ("fixed-term contract", Temporary),
            ("Temporary contract", Temporary),
            ("Contract type: temporary", Temporary),
            ("een contract voor 12 maanden", Temporary),
            ("Rijkstraineeship", Temporary),
            ("traineeship van twee jaar", Temporary),
            ("Dienstverband Vaste aanstelling / Arbeidsovereenkomst voor onbepaalde tijd (eventueel met een proeftijd)", Permanent),
            ("vaste aanstelling", Permanent),
            ("vast dienstverband", Permanent),
            ("onbepaalde tijd", Permanent),
            ("permanent contract", Permanent),
            ("Permanent", Permanent),
            ("Full-time, permanent", Permanent),
            ("voor de duur van 1 jaar", Temporary),
            ("Contractduur: 12 maanden", Temporary),
            ("Dienstverband: Vast", Permanent),
            ("interim", Assignment),
            ("Interimopdracht via broker", Assignment),
            ("Deze opdracht is ingedeeld in Schaal 8", Assignment),
            ("freelance", Assignment),
            ("zzp", Assignment),
            ("detachering", Assignment),
            ("inhuur", Assignment),
            ("secondment", Assignment),
            ("stage", Internship),
            ("Afstudeerstage", Internship),
            ("internship", Internship),
            ("We are looking for an intern", Internship),
            ("een stageplaats bij de gemeente", Internship),
            (
                "Je krijgt een jaarcontract met de intentie om dit om te zetten naar een vast contract.",
                TemporaryWithProspect,
            ),
            ("contractueel, onbepaalde duur", Permanent),
            ("een contract van bepaalde duur", Temporary),
            ("Contract type: Unlimited employment", Permanent),
            ("unbefristete Anstellung", Permanent),
            ("befristet auf 12 Monate", Temporary),
            (
                "Voor onze eindklant DUO Groningen zijn wij op zoek naar een Security Engineer",
                Assignment,
            ),
        ];
        for (s, want) in cases {
            assert_eq!(contract_type(s), Some(*want), "{s}");
        }
    }

    #[test]
    fn nothing_stated() {
        for s in [
            "",
            "Part-time",
            "Full-time / part-time",
            "intern en extern communiceren",
            "at this stage of the project",
            "early-stage startup",
            "permanente educatie",
            "geen vaste aanstelling",
            "onze opdrachtgever zoekt",
            "werkstudent",
            "kernopdracht",
        ] {
            assert_eq!(contract_type(s), None, "{s}");
        }
    }

    #[test]
    fn as_str_values() {
        assert_eq!(Permanent.as_str(), "permanent");
        assert_eq!(Temporary.as_str(), "temporary");
        assert_eq!(TemporaryWithProspect.as_str(), "temporary_with_prospect");
        assert_eq!(Assignment.as_str(), "assignment");
        assert_eq!(Internship.as_str(), "internship");
    }

    #[test]
    fn schema_values() {
        assert_eq!(from_schema_employment_type("FULL_TIME"), None);
        assert_eq!(from_schema_employment_type("PART_TIME"), None);
        assert_eq!(from_schema_employment_type("CONTRACTOR"), Some(Assignment));
        assert_eq!(from_schema_employment_type("TEMPORARY"), Some(Temporary));
        assert_eq!(from_schema_employment_type("INTERN"), Some(Internship));
        assert_eq!(from_schema_employment_type("PERMANENT"), Some(Permanent));
        assert_eq!(from_schema_employment_type("full-time"), None);
        assert_eq!(
            from_schema_employment_type("[\"FULL_TIME\", \"TEMPORARY\"]"),
            Some(Temporary)
        );
        assert_eq!(
            from_schema_employment_type("PERMANENT, CONTRACTOR"),
            Some(Assignment)
        );
        assert_eq!(from_schema_employment_type("Vast"), Some(Permanent));
        assert_eq!(from_schema_employment_type("Tijdelijk"), Some(Temporary));
        assert_eq!(from_schema_employment_type(""), None);
    }

    #[test]
    fn never_panics() {
        for s in ["ç", "\u{0}", "stage", "'", "[", "uitzicht op", "intentie"] {
            let _ = contract_type(s);
            let _ = from_schema_employment_type(s);
        }
    }
}
