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
               Vlaamse\ overheid|Departement|Stad|Politie\ Eenheid|Eenheid|Nationaal|Koninklijke)
            (?:\ (?:(?:van|en|voor|der|de|den|het|&)\ )?\p{Lu}[\p{L}'’-]*)+
          | (?:Delft|Eindhoven|Utrecht|Leiden|Maastricht|Tilburg|Radboud|Erasmus|Wageningen)\ University(?:\ of\ Technology)?
          | University\ of\ (?:Amsterdam|Groningen|Twente)
          | (?:Amsterdam\ UMC|UMC\ Utrecht|Erasmus\ MC|Radboudumc|Maastricht\ UMC\+|LUMC|UMCG)
          | Politie | Nationale\ Politie | Belastingdienst | Rijkswaterstaat | Rijksvastgoedbedrijf | Kadaster | Logius
          | Dienst\ Uitvoering\ Onderwijs | Raad\ voor\ de\ Kinderbescherming | De\ Nederlandsche\ Bank
        )",
    )
    .expect("organisation regex")
});

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

fn alnum(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when a name is the site's own organisation (a board or broker).
pub fn is_owner(name: &str, owners: &[String]) -> bool {
    let n = alnum(name);
    !n.is_empty()
        && owners
            .iter()
            .map(|o| alnum(o))
            .filter(|o| o.len() >= 3)
            .any(|o| n == o || n.contains(&o) || o.contains(&n))
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
    owners: &[String],
    title_part: Option<String>,
    source: FieldSource,
    v: &mut Vacancy,
) {
    if v.employer.is_some() {
        return;
    }
    let found = labelled_for(labelled, LabelField::Employer)
        .filter_map(|l| clean_name(&l.value).map(|n| cut_at_separator(&n)))
        .find(|n| {
            !is_owner(n, owners)
                && n.split_whitespace().count() <= 10
                && n.chars().next().is_some_and(|c| !c.is_lowercase())
        })
        .or(title_part)
        .or_else(|| most_named_organisation(lines, owners));
    set(&mut v.employer, found, source);
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
pub fn from_title_parts(
    parts: &[String],
    title: Option<&str>,
    owners: &[String],
) -> Option<String> {
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
        if let Some(prefix) = SITE_PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            name = name[prefix.len()..].trim().to_string();
        }
        let words = name.split_whitespace().count();
        let looks_like_org = ORG_NAME
            .find(&name)
            .is_some_and(|m| m.start() == 0 && m.end() == name.len())
            || ACRONYM_BODY.is_match(&name);
        (looks_like_org && (1..=8).contains(&words) && !is_owner(&name, owners)).then_some(name)
    })
}

/// The organisation the main text names most often (ties: the first named).
fn most_named_organisation(lines: &[Line], owners: &[String]) -> Option<String> {
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
            let name = m
                .as_str()
                .trim_end_matches(['.', '-', '\'', '’'])
                .to_string();
            if is_owner(&name, owners) {
                continue;
            }
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, c)) => *c += 1,
                None => counts.push((name, 1)),
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
    fn owners_are_not_employers() {
        assert!(is_owner("De Staffing Groep", &["destaffinggroep".into()]));
        assert!(!is_owner(
            "Gemeente Almere",
            &["werkenvoornederland".into()]
        ));
    }
}
