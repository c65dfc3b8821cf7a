//! The job title as the page names it: the page's main heading, else the `<title>` or
//! `og:title` without site chrome, else on text renderings the first title-like line,
//! else the role the body says is sought ("zoeken we een programmasecretaris").

use std::sync::LazyLock;

use regex::Regex;

use super::employer::{is_owner, Owners};
use crate::decode::{BlockKind, Page};
use crate::extract::main_text::Line;
use crate::extract::set;
use crate::record::{FieldSource, Vacancy};

/// Headings that are site chrome, not a job title.
const CHROME: [&str; 24] = [
    "vacature",
    "vacatures",
    "vacancy",
    "vacancies",
    "menu",
    "home",
    "zoeken",
    "search",
    "inloggen",
    "login",
    "solliciteer",
    "solliciteren",
    "apply",
    "share",
    "delen",
    "nieuw",
    "new",
    "contact",
    "werken bij",
    "jobs",
    "opdrachten",
    "cookies",
    "over ons",
    "about us",
];

/// Prefixes sites put before a title.
static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:vacature|vacancy|job|opdracht|functie)\s*[:\-–|]\s*")
        .expect("title prefix regex")
});

/// "we zoeken een programmasecretaris", "zijn wij op zoek naar een adviseur".
static SOUGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:zoeken|zoekt)\s+(?:we|wij)\s+(?:een|naar\s+een)\s+(?:zeer\s+ervaren\s+|ervaren\s+|enthousiaste?\s+|nieuwe?\s+)?([\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]*)*)\s*[.!,]",
    )
    .expect("sought regex")
});

fn is_chrome(text: &str, owners: &Owners) -> bool {
    let lower = text.to_lowercase();
    let lower = lower.trim_matches(|c: char| !c.is_alphanumeric());
    CHROME.contains(&lower)
        || is_owner(text, owners)
        || lower.starts_with("werken bij")
        || lower.contains("cookie")
}

/// Strips a site prefix and surrounding punctuation.
fn clean(text: &str) -> String {
    let t = PREFIX.replace(text.trim(), "");
    t.trim()
        .trim_matches(['|', '-', '–', ':'])
        .trim()
        .to_string()
}

/// A plausible title: a few words, not a sentence, not a fact, not chrome.
fn plausible(text: &str, owners: &Owners) -> bool {
    let words = text.split_whitespace().count();
    (1..=14).contains(&words)
        && text.len() <= 140
        && !text.ends_with(['.', ':', '?', '!'])
        && text.chars().next().is_some_and(|c| c.is_alphabetic())
        && !is_chrome(text, owners)
}

/// Splits a `<title>` or `og:title` on the separators sites put between the job
/// title, the organisation and the site name.
fn split_tag(tag: &str) -> Vec<String> {
    let normalized = tag.replace('\u{a0}', " ");
    normalized
        .split(" | ")
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" — "))
        .flat_map(|p| p.split(" · "))
        .map(clean)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The parts of the page's `og:title` and `<title>`, in that order.
pub fn title_tag_parts(page: &Page) -> Vec<String> {
    let mut parts = Vec::new();
    for tag in [page.meta("og:title"), page.title_tag.as_deref()]
        .into_iter()
        .flatten()
    {
        for p in split_tag(tag) {
            if !parts.contains(&p) {
                parts.push(p);
            }
        }
    }
    parts
}

fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    a == b || (a.len() > 6 && b.contains(&a)) || (b.len() > 6 && a.contains(&b))
}

pub fn title(page: &Page, lines: &[Line], owners: &Owners, v: &mut Vacancy, source: FieldSource) {
    if v.title.is_some() {
        return;
    }
    let parts: Vec<String> = title_tag_parts(page)
        .into_iter()
        .filter(|p| plausible(p, owners))
        .collect();
    let headings = |level: u8| {
        lines
            .iter()
            .filter(move |l| l.kind == BlockKind::Heading && l.level == level)
            .map(|l| clean(&l.text))
            .filter(|t| plausible(t, owners))
    };
    let found = if page.is_html {
        // A heading the page title agrees with beats the first h1, which is sometimes a
        // site slogan ("Kom bij de politie").
        headings(1)
            .chain(headings(2))
            .find(|h| parts.iter().any(|p| same_text(h, p)))
            .or_else(|| headings(1).next())
            .or_else(|| parts.first().cloned())
            .or_else(|| headings(2).next())
    } else {
        first_title_line(lines, owners)
    };
    let found = found.or_else(|| sought_role(lines));
    match found.as_deref().and_then(split_employer) {
        Some((employer, title)) => {
            set(&mut v.employer, Some(employer), source);
            set(&mut v.title, Some(title), source);
        }
        None => set(&mut v.title, found, source),
    }
}

/// "Rijksmuseum: Online Marketeer": boards that put the employer before the title.
fn split_employer(title: &str) -> Option<(String, String)> {
    let (head, rest) = title.split_once(": ")?;
    let head = head.trim();
    let rest = rest.trim();
    let generic = [
        "vacature",
        "vacancy",
        "job",
        "functie",
        "opdracht",
        "nieuw",
        "new",
        "gezocht",
        "wanted",
        "stage",
        "tijdelijk",
        "interim",
        "urgent",
    ];
    let ok = (1..=5).contains(&head.split_whitespace().count())
        && rest.split_whitespace().count() >= 1
        && head.chars().next().is_some_and(char::is_uppercase)
        && !generic.contains(&head.to_lowercase().as_str())
        && !head.chars().any(|c| c.is_ascii_digit());
    ok.then(|| (head.to_string(), rest.to_string()))
}

/// On a text rendering: the first title-like line before the body starts. A site
/// slogan or menu item may come first ("Kom bij de politie"), so a header line the
/// body prose repeats ("Als senior adviseur informatievoorziening adviseer je")
/// wins over the lines before it.
fn first_title_line(lines: &[Line], owners: &Owners) -> Option<String> {
    let labelled: std::collections::HashSet<usize> = super::labels::labelled_values(lines)
        .iter()
        .map(|l| l.line)
        .collect();
    let mut candidates: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.text.split_whitespace().count() > 25 {
            break;
        }
        // A section question ("Wat ga je doen?") ends the header: names and
        // phrases after it are body text, not title candidates.
        if !candidates.is_empty() && line.text.trim_end().ends_with('?') {
            break;
        }
        if line.kind == BlockKind::Item
            || labelled.contains(&i)
            || line.text.contains("://")
            || line.lower.contains(".me ")
        {
            continue;
        }
        let t = clean(&line.text);
        if plausible(&t, owners) && t.chars().filter(|c| c.is_ascii_digit()).nth(3).is_none() {
            candidates.push(t);
        }
    }
    let prose: Vec<&str> = lines
        .iter()
        .filter(|l| l.text.split_whitespace().count() > 12)
        .map(|l| l.lower.as_str())
        .collect();
    let echoed = candidates.iter().find(|c| {
        c.split_whitespace().count() >= 2 && !super::employer::is_organisation_name(c) && {
            let lower = c.to_lowercase();
            prose.iter().any(|p| *p != lower && p.contains(&lower))
        }
    });
    echoed.or(candidates.first()).cloned()
}

/// The role the body says is sought, capitalised.
fn sought_role(lines: &[Line]) -> Option<String> {
    lines.iter().take(60).find_map(|l| {
        let caps = SOUGHT.captures(&l.text)?;
        let role = caps.get(1)?.as_str().trim();
        let mut chars = role.chars();
        let first = chars.next()?;
        Some(first.to_uppercase().chain(chars).collect())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::text_page;
    use crate::extract::MainText;

    #[test]
    fn a_text_rendering_title_the_body_repeats_beats_a_slogan() {
        let text = "Kom bij de politie\nVacatures\nSenior Adviseur Informatievoorziening\nPolitie Landelijke Eenheid\nWat ga je doen?\nAls senior adviseur informatievoorziening adviseer je de leiding van de eenheid over de inrichting van informatieprocessen en systemen.";
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        assert_eq!(
            first_title_line(&main.lines, &Owners::default()).as_deref(),
            Some("Senior Adviseur Informatievoorziening")
        );
        // A contact person's name after the first section is not a candidate, even
        // when the contact sentence repeats it.
        let text = "Beleidsadviseur verkeersveiligheid\nGemeente Voorbeeldstad zoekt een collega.\nWat ga je doen?\nJe schrijft beleid.\nContact\nSanne Smit\nVragen? Bel Sanne Smit op werkdagen tussen negen en vijf uur of mail haar gerust.";
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        assert_eq!(
            first_title_line(&main.lines, &Owners::default()).as_deref(),
            Some("Beleidsadviseur verkeersveiligheid")
        );
        // The organisation's name repeated in the body is not the title.
        let text = "Inspecteur spoorveiligheid\nInspectie Leefomgeving en Transport\nUtrecht\nDe Inspectie Leefomgeving en Transport ziet erop toe dat spoorbedrijven zich aan de regels houden en dat reizigers veilig reizen.";
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        assert_eq!(
            first_title_line(&main.lines, &Owners::default()).as_deref(),
            Some("Inspecteur spoorveiligheid")
        );
    }
}
