//! The hiring organisation, never the job board or broker that shows the vacancy:
//! a labelled employer, else the public-sector organisation the text names most
//! ("Gemeente Almere", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties").

use std::sync::LazyLock;

use regex::Regex;

use super::labelled_for;
use super::labels::{LabelField, Labelled};
use crate::extract::main_text::Line;
use crate::extract::set;
use crate::record::{FieldSource, Sourced, Vacancy};

/// Public-sector organisation names: a kind of body followed by its capitalised name.
static ORG_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?:
            (?:Gemeente|Provincie|Ministerie\ van|Waterschap|Wetterskip|Hoogheemraadschap|Omgevingsdienst|Veiligheidsregio|
               Rijksuniversiteit|Universiteit|Hogeschool|Gerechtshof|Rechtbank|Dienst|Agentschap|Inspectie|Stichting|GGD|
               Vlaamse\ overheid|Departement|Stad|Politie\ Eenheid|Koninklijke)
            (?:\ (?:(?:van|en|voor|der|de|den|het|&)\ )?\p{Lu}(?:[\p{L}'’-]+|(?:\.\p{Lu})+\.?)?)+
          | (?:Delft|Eindhoven|Utrecht|Leiden|Maastricht|Tilburg|Radboud|Erasmus|Wageningen)\ University(?:\ of\ Technology)?
          | University\ of\ (?:Amsterdam|Groningen|Twente)
          | (?:Amsterdam\ UMC|UMC\ Utrecht|Erasmus\ MC|Radboudumc|Maastricht\ UMC\+|LUMC|UMCG)
          | Politie | Nationale\ Politie | Belastingdienst | Rijkswaterstaat | Rijksvastgoedbedrijf | Kadaster | Logius
          | Dienst\ Uitvoering\ Onderwijs | Raad\ voor\ de\ Kinderbescherming | De\ Nederlandsche\ Bank
        )",
    )
    .expect("organisation regex")
});

/// True when the whole of `name` is a public-sector organisation's name.
pub(crate) fn is_organisation_name(name: &str) -> bool {
    ORG_NAME
        .find(name)
        .is_some_and(|m| m.start() == 0 && m.end() == name.len())
        || ACRONYM_BODY.is_match(name)
}

/// "gemeente Rotterdam", "provincie Utrecht" written in lower case.
static LOWER_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(gemeente|provincie)\s+(\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})")
        .expect("lower-case body regex")
});

/// The canonical name of a lower-case "gemeente X" / "provincie X" mention, when X is
/// a municipality or province.
fn lower_body_name(kind: &str, name: &str) -> Option<String> {
    if kind == "provincie" {
        return crate::normalize::place::province_name(name).map(|p| format!("Provincie {p}"));
    }
    let p = crate::normalize::place::resolve_place(name)?;
    (crate::dedup::fold(p.municipality) == crate::dedup::fold(name))
        .then(|| format!("Gemeente {}", p.municipality))
}

/// National bodies known by their acronym.
static ACRONYM_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:UWV|NVWA|RVO|DUO|CBS|CJIB|IND|RIVM|KNMI|ACM|AFM|SVB|COA|DJI|RDW|ILT|NZa|CAK|KB|NOS|NTR|VPRO|TU\ Delft)$")
        .expect("acronym regex")
});

/// Lower-case mentions that name one national body.
const BODIES: [(&str, &str); 6] = [
    ("politie", "Politie"),
    ("belastingdienst", "Belastingdienst"),
    ("rijkswaterstaat", "Rijkswaterstaat"),
    ("defensie", "Ministerie van Defensie"),
    ("rechtspraak", "de Rechtspraak"),
    ("kadaster", "Kadaster"),
];

/// A name folded for comparison: letters and digits only, lower case.
fn alnum(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Names that are never the employer: the site's own organisation (job board,
/// broker) and known intermediaries, folded once per page.
#[derive(Debug, Default, Clone)]
pub struct Owners {
    /// From the site's host: only that exact name is the site's own.
    exact: Vec<String>,
    /// A name that contains one of these (3 folded characters or more) is an owner.
    contained: Vec<String>,
}

impl Owners {
    /// From names as configured; a name marked `=` must match exactly.
    pub fn new<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> Self {
        let mut owners = Owners::default();
        for name in names {
            match name.as_ref().strip_prefix('=') {
                Some(host) => owners.exact.push(alnum(host)),
                None => {
                    let folded = alnum(name.as_ref());
                    if folded.len() >= 3 {
                        owners.contained.push(folded);
                    }
                }
            }
        }
        owners
    }
}

/// True when a name is (or contains) the name of the site's own organisation or a
/// known intermediary: "De Staffing Groep B.V." is the board "De Staffing Groep".
pub fn is_owner(name: &str, owners: &Owners) -> bool {
    let n = alnum(name);
    !n.is_empty()
        && (owners
            .exact
            .iter()
            .any(|host| n == *host || strip_legal_form(&n) == host)
            || owners.contained.iter().any(|o| n.contains(o.as_str())))
}

/// A folded name without its legal form ("publiekbanenbv" -> "publiekbanen").
fn strip_legal_form(folded: &str) -> &str {
    ["bv", "nv", "vof", "bvba"]
        .iter()
        .find_map(|f| folded.strip_suffix(f))
        .unwrap_or(folded)
}

/// Trims a name to what it is: no trailing "zoekt", no quotes, sane length.
fn clean_name(raw: &str) -> Option<String> {
    let name = crate::decode::clean_space(
        raw.trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '\''),
    );
    (name.len() >= 2 && name.len() <= 120 && name.chars().any(char::is_alphabetic)).then_some(name)
}

/// The employer: a labelled one, else the page title's organisation part
/// (`title_part`), else the organisation the text names most.
pub fn employer(
    lines: &[Line],
    labelled: &[Labelled],
    owners: &Owners,
    title_part: Option<String>,
    source: FieldSource,
    v: &mut Vacancy,
) {
    if v.employer.is_some() {
        return;
    }
    let title = v.title.as_ref().map(|t| t.value.clone());
    let found = labelled_for(labelled, LabelField::Employer)
        .filter(|l| !describes_anonymous_client(&l.value))
        .filter_map(|l| clean_name(&l.value).map(|n| cut_at_separator(&n)))
        .find(|n| {
            !is_owner(n, owners)
                && n.split_whitespace().count() <= 10
                && n.chars().next().is_some_and(|c| !c.is_lowercase())
        })
        .or(title_part)
        .or_else(|| organisation_box(lines, owners))
        .or_else(|| subtitle_acronym(lines, title.as_deref(), owners))
        .or_else(|| most_named_organisation(lines, owners));
    set(&mut v.employer, found, source);
}

/// A description of a client who is not named ("Hightech manufacturer of printers.",
/// "Een grote gemeente in de regio", "Our client is a leading bank"): a sentence or a
/// phrase of mostly lower-case words, or words that say the client stays anonymous.
fn describes_anonymous_client(value: &str) -> bool {
    const ANONYMOUS: [&str; 14] = [
        "onze opdrachtgever",
        "onze klant",
        "our client",
        "a client",
        "een opdrachtgever",
        "een klant",
        "anoniem",
        "anonymous",
        "vertrouwelijk",
        "confidential",
        "not disclosed",
        "niet bekend",
        "n.t.b",
        "nader te bepalen",
    ];
    let lower = value.to_lowercase();
    if ANONYMOUS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    let words: Vec<&str> = value.split_whitespace().collect();
    let lower_words = words
        .iter()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    let sentence = value.trim_end().ends_with('.') && !value.trim_end().ends_with("B.V.");
    let indefinite = ["een", "a", "an"].contains(&first.as_str());
    words.len() >= 3
        && (indefinite || (lower_words * 2 > words.len() && (sentence || lower_words >= 3)))
}

/// The organisation box of a job board: the name on its own line, then a link to its
/// other vacancies ("5 actieve vacatures (bekijk)", "12 vacatures").
fn organisation_box(lines: &[Line], owners: &Owners) -> Option<String> {
    static VACANCY_COUNT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[0-9]{1,4}\s+(?:actieve\s+|open\s+|openstaande\s+|andere\s+)?(?:vacatures?|jobs|vacancies|opdrachten)(?:\s|$|\()")
            .expect("vacancy count regex")
    });
    lines.windows(2).find_map(|w| {
        if !VACANCY_COUNT.is_match(&w[1].lower) {
            return None;
        }
        let name = w[0].text.trim();
        let words = name.split_whitespace().count();
        ((1..=5).contains(&words)
            && name.len() <= 60
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.ends_with(['.', ':', '?', '!'])
            && !name.chars().any(|c| c.is_ascii_digit())
            && !is_owner(name, owners))
        .then(|| name.to_string())
    })
}

/// An acronym printed as the subtitle right under the job title ("Senior IAM Portal
/// Developer" / "ASML"): the organisation's name.
fn subtitle_acronym(lines: &[Line], title: Option<&str>, owners: &Owners) -> Option<String> {
    const NOT_NAMES: [&str; 16] = [
        "MBO", "HBO", "WO", "ZZP", "FTE", "NEW", "NIEUW", "CAO", "IT", "ICT", "HR", "BV", "NV",
        "EN", "NL", "VOL",
    ];
    let title = title?.trim().to_lowercase();
    let at = lines.iter().position(|l| {
        l.kind == crate::decode::BlockKind::Heading && l.level == 1 && l.lower.trim() == title
    })?;
    let next = lines.get(at + 1)?;
    let name = next.text.trim();
    (next.kind == crate::decode::BlockKind::Heading
        && (2..=6).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        && !NOT_NAMES.contains(&name)
        && !is_owner(name, owners))
    .then(|| name.to_string())
}

/// "Gemeente Leiden · Langebrug 4" and "Gemeente Enschede, team X": the name ends at
/// the first separator.
fn cut_at_separator(name: &str) -> String {
    name.split([',', '·', '|', '(', ';'])
        .next()
        .unwrap_or(name)
        .trim()
        .trim_end_matches([' ', '-', '–'])
        .to_string()
}

/// Prefixes careers sites put before their organisation's name.
const SITE_PREFIXES: [&str; 9] = [
    "werken bij ",
    "werken voor ",
    "vacatures bij ",
    "vacatures ",
    "vacature bij ",
    "careers at ",
    "jobs at ",
    "werkenbij",
    "kom werken bij ",
];

/// The organisation part of a page title ("Jurist - Gemeente Haarlemmermeer"): a part
/// that is not the job title, not the site and looks like an organisation's name.
pub fn from_title_parts(parts: &[String], title: Option<&str>, owners: &Owners) -> Option<String> {
    let title = title.map(str::to_lowercase);
    parts.iter().find_map(|part| {
        let mut name = part.trim().to_string();
        let lower = name.to_lowercase();
        if title
            .as_deref()
            .is_some_and(|t| lower == t || t.contains(&lower) || lower.contains(t))
        {
            return None;
        }
        // "Rijksmuseum, Amsterdam / Villamedia": an organisation and its place.
        if let Some((head, tail)) = name.split_once(", ") {
            let place = tail.split(" / ").next().unwrap_or(tail).trim();
            let head = head.trim();
            let words = head.split_whitespace().count();
            if crate::normalize::place::resolve_place(place).is_some()
                && (1..=5).contains(&words)
                && head.chars().next().is_some_and(char::is_uppercase)
                && !head.ends_with(['.', ':', '?', '!'])
                && crate::normalize::place::resolve_place(head).is_none()
                && !is_owner(head, owners)
            {
                return Some(head.to_string());
            }
        }
        // "Werken bij het Kadaster", "TU Delft Careers": the site of the employer.
        let mut careers_site = false;
        if let Some(prefix) = SITE_PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            name = name[prefix.len()..].trim().to_string();
            careers_site = true;
        }
        for suffix in [" careers", " jobs", " vacatures", " werkt", " werken"] {
            if name.to_lowercase().ends_with(suffix) {
                name.truncate(name.len() - suffix.len());
                careers_site = true;
            }
        }
        for article in ["het ", "de ", "the "] {
            if name.to_lowercase().starts_with(article) {
                name = name[article.len()..].to_string();
            }
        }
        if careers_site {
            if is_owner(part, owners)
                || matches!(
                    name.to_lowercase().as_str(),
                    "nederland" | "vlaanderen" | "belgie" | "belgië" | "de overheid" | "overheid"
                )
            {
                return None;
            }
            // "Werken bij Brabant": a province's own careers site.
            if let Some(province) = crate::normalize::place::province_name(&name) {
                return Some(format!("Provincie {province}"));
            }
            // "Werken bij Súdwest-Fryslân": a municipality's own careers site.
            if let Some(p) = crate::normalize::place::resolve_place(&name) {
                if crate::dedup::fold(p.municipality) == crate::dedup::fold(&name) {
                    return Some(format!("Gemeente {}", p.municipality));
                }
            }
        }
        let words = name.split_whitespace().count();
        let looks_like_org = careers_site
            || ORG_NAME
                .find(&name)
                .is_some_and(|m| m.start() == 0 && m.end() == name.len())
            || ACRONYM_BODY.is_match(&name);
        let capitalised = name.chars().next().is_some_and(char::is_uppercase);
        (looks_like_org && capitalised && (1..=8).contains(&words) && !is_owner(&name, owners))
            .then_some(name)
    })
}

/// The organisation the main text names most often (ties: the first named).
fn most_named_organisation(lines: &[Line], owners: &Owners) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for line in lines {
        for m in ORG_NAME.find_iter(&line.text) {
            // Whole words only: "Politiek" is not "Politie".
            if line.text[m.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let raw = m.as_str().trim_end_matches(['-', '\'', '’']);
            // A sentence's full stop goes; an abbreviation's ("N.V.") stays.
            let abbreviation = raw.len() > 3
                && raw.ends_with('.')
                && raw[..raw.len() - 1].ends_with(|c: char| c.is_uppercase());
            let name = if abbreviation {
                raw.to_string()
            } else {
                raw.trim_end_matches('.').to_string()
            };
            if is_owner(&name, owners) {
                continue;
            }
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, c)) => *c += 1,
                None => counts.push((name, 1)),
            }
        }
        // "De gemeente Rotterdam werkt aan …": a municipality or province named in
        // lower case, when the name is one.
        if line.lower.contains("gemeente ") || line.lower.contains("provincie ") {
            for c in LOWER_BODY.captures_iter(&line.text) {
                let Some(name) = lower_body_name(&c[1], &c[2]) else {
                    continue;
                };
                if is_owner(&name, owners) {
                    continue;
                }
                match counts.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, c)) => *c += 1,
                    None => counts.push((name, 1)),
                }
            }
        }
    }
    // A longer name that contains a shorter one counts for both
    // ("Politie" within "Nationale Politie").
    let snapshot = counts.clone();
    for (name, count) in counts.iter_mut() {
        *count += snapshot
            .iter()
            .filter(|(n, _)| n != name && n.contains(name.as_str()))
            .map(|(_, c)| c)
            .sum::<usize>();
    }
    let best = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, (_, c))| (*c, std::cmp::Reverse(*i)))
        .map(|(_, (n, _))| n.clone());
    if best.is_some() {
        return best;
    }
    BODIES.iter().find_map(|(word, name)| {
        let mentions: usize = lines
            .iter()
            .map(|l| {
                l.lower
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w == word)
                    .count()
            })
            .sum();
        (mentions >= 3).then(|| name.to_string())
    })
}

/// A municipality's own vacancy, said in the text only as "de gemeente": the employer
/// is the municipality of the work place.
pub fn municipality_as_employer(lines: &[Line], v: &mut Vacancy) {
    let Some(city) = v.city.as_ref() else { return };
    let mentions: usize = lines
        .iter()
        .map(|l| l.lower.matches("de gemeente").count())
        .sum();
    if mentions >= 2 {
        v.employer = Some(Sourced {
            value: format!("Gemeente {}", city.value),
            source: FieldSource::Derived,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_names() {
        let names: Vec<&str> = ORG_NAME
            .find_iter("Het ministerie van BZK en het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties. Gemeente Almere bepaalt. Provincie Flevoland zet zich in.")
            .map(|m| m.as_str())
            .collect();
        assert_eq!(
            names,
            vec![
                "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "Gemeente Almere",
                "Provincie Flevoland"
            ]
        );
    }

    #[test]
    fn organisation_and_place_in_the_title() {
        let parts = vec![
            "Online Marketeer".to_string(),
            "Rijksmuseum, Amsterdam / Villamedia".to_string(),
        ];
        assert_eq!(
            from_title_parts(
                &parts,
                Some("Online Marketeer"),
                &Owners::new(["Villamedia"])
            ),
            Some("Rijksmuseum".into())
        );
    }

    #[test]
    fn anonymous_clients_are_no_employer() {
        assert!(describes_anonymous_client(
            "Hightech manufacturer of printers."
        ));
        assert!(describes_anonymous_client(
            "Een grote gemeente in het oosten van het land"
        ));
        assert!(describes_anonymous_client("Onze opdrachtgever"));
        assert!(!describes_anonymous_client("Gemeente Almere"));
        assert!(!describes_anonymous_client(
            "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
        ));
        assert!(!describes_anonymous_client("Karabijn B.V."));
        assert!(!describes_anonymous_client("Dienst Uitvoering Onderwijs"));
    }

    #[test]
    fn lower_case_municipality_mentions() {
        assert_eq!(
            lower_body_name("gemeente", "Rotterdam"),
            Some("Gemeente Rotterdam".into())
        );
        assert_eq!(lower_body_name("gemeente", "Zaandam"), None);
    }

    #[test]
    fn owners_are_not_employers() {
        assert!(is_owner(
            "De Staffing Groep",
            &Owners::new(["=destaffinggroep"])
        ));
        assert!(!is_owner("Gemeente Arnhem", &Owners::new(["=arnhem"])));
        assert!(is_owner("Yacht B.V.", &Owners::new(["Yacht"])));
        assert!(!is_owner(
            "Gemeente Almere",
            &Owners::new(["werkenvoornederland"])
        ));
    }
}
