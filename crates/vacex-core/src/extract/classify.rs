//! Is this page one open vacancy? Listings, cookie walls, expired vacancies, error
//! and login pages are read fine but are not vacancies: they become rejects with a
//! reason a human understands, never half-filled records.

use std::sync::LazyLock;

use regex::Regex;

use super::main_text::MainText;
use crate::decode::Page;
use crate::record::Vacancy;

/// Why a page is not a vacancy, as the reject's detail.
pub type Verdict = Result<(), String>;

static EXPIRED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:vacature|opdracht|functie)\s+(?:is\s+)?(?:helaas\s+)?(?:verlopen|gesloten|vervuld|niet\s+meer\s+(?:beschikbaar|actief|online))|(?:vacature|pagina)\s+(?:die\s+je\s+zocht\s+)?niet\s+meer\s+(?:vinden|beschikbaar)|kunnen\s+de\s+vacature\s+die\s+je\s+zocht\s+niet\s+meer\s+vinden|(?:job|position|vacancy)\s+(?:is\s+)?no\s+longer\s+(?:available|open|active)|(?:this|the)\s+(?:job|position)\s+has\s+(?:been\s+filled|expired)|no\s+longer\s+accepting\s+applications|verlopen\s+vacature",
    )
    .expect("expired regex")
});

static ERROR_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:404|error\s*404|fout\s*404)\b|pagina\s+(?:is\s+)?niet\s+gevonden|page\s+not\s+found|deze\s+pagina\s+bestaat\s+niet|page\s+(?:does\s+not|doesn't)\s+exist")
        .expect("error page regex")
});

static LOGIN_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:inloggen|log\s*in|sign\s*in|aanmelden)$").expect("login regex")
});

static LISTING_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(\d[\d.]*)\s+(?:vacatures?|opdrachten|banen|jobs|resultaten|results|vacancies)(?:\s+gevonden|\s+found|\s+voor|\s+for|\s+in)?(?-u:\b)|zoekresultaten|search\s+results")
        .expect("listing heading regex")
});

/// Titles of overview pages: "Vacatures Java", "Vacatures zoeken", "Overview of vacancies".
static LISTING_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:vacatures|vacancies|jobs|banen|opdrachten|alle\s+vacatures|overzicht\s+(?:van\s+)?vacatures|overview\s+of\s+(?:vacancies|jobs))(?:\s|$|[:|,-])|vacatures\s+zoeken|zoek\s+vacatures|search\s+jobs")
        .expect("listing title regex")
});

static HOURS_TEASER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)\d{1,2}(?:\s*(?:-|–|tot)\s*\d{1,2})?\s*(?:uur|hours|u/w)(?-u:\b)")
        .expect("teaser regex")
});

const CONDITIONAL: [&str; 6] = ["nadat", "zodra", "indien", "wanneer", " als ", "after"];

const CONSENT_WORDS: [&str; 9] = [
    "cookie",
    "privacy",
    "toestemming",
    "consent",
    "akkoord",
    "accepteer",
    "accepteren",
    "partners",
    "advertenties",
];

/// Decides before extraction, from the page alone.
pub fn before_extraction(page: &Page, main: &MainText, has_posting: bool) -> Verdict {
    // The page's words: counted once, and only for a page without a posting.
    let word_count = std::cell::OnceCell::new();
    let words = || -> usize {
        *word_count.get_or_init(|| {
            page.blocks
                .iter()
                .map(|b| b.text.split_whitespace().count())
                .sum()
        })
    };
    // Blocks that speak of consent: counted only for a short page without a posting.
    let consent_blocks = || {
        page.blocks
            .iter()
            .filter(|b| {
                let lower = b.text.to_lowercase();
                CONSENT_WORDS.iter().any(|w| lower.contains(w))
            })
            .count()
    };
    let title = page.title_tag.as_deref().unwrap_or("").to_lowercase();
    if !has_posting && main.lines.is_empty() {
        let consent = page.consent_blocks > 0
            || CONSENT_WORDS.iter().any(|w| title.contains(w))
            || title.contains("gate");
        return Err(if consent {
            "cookie or consent wall: the only content is a consent dialog".to_string()
        } else {
            format!(
                "no visible text besides the title \"{}\"",
                page.title_tag.as_deref().unwrap_or("")
            )
        });
    }
    if !has_posting
        && (title.contains("privacy gate")
            || title.contains("cookie")
            || (words() < 600 && consent_blocks() * 3 >= page.blocks.len().max(1)))
        && main
            .lines
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum::<usize>()
            < 400
    {
        return Err("cookie or consent wall: the page holds consent text, not the vacancy".into());
    }
    // An expiry notice is a short statement, not a clause in the application text
    // ("reacties nadat de vacature is gesloten ...").
    if !has_posting {
        let mut head = main
            .lines
            .iter()
            .take(80)
            .filter(|l| {
                l.text.split_whitespace().count() <= 30
                    && !CONDITIONAL.iter().any(|w| l.lower.contains(w))
            })
            .map(|l| l.text.as_str());
        if let Some(m) = head.find_map(|t| EXPIRED.find(t)) {
            return Err(format!("expired vacancy: the page says \"{}\"", m.as_str()));
        }
    }
    if let Some(m) = page.title_tag.as_deref().and_then(|t| EXPIRED.find(t)) {
        if !has_posting {
            return Err(format!(
                "expired vacancy: the title says \"{}\"",
                m.as_str()
            ));
        }
    }
    let headings = main
        .lines
        .iter()
        .filter(|l| l.kind == crate::decode::BlockKind::Heading)
        .map(|l| l.text.as_str());
    if let Some(t) = page
        .title_tag
        .as_deref()
        .into_iter()
        .chain(headings.clone())
        .find(|t| ERROR_PAGE.is_match(t))
    {
        return Err(format!("error page: \"{t}\""));
    }
    if !has_posting && words() < 150 {
        if let Some(t) = headings
            .clone()
            .chain(page.title_tag.as_deref())
            .find(|t| LOGIN_PAGE.is_match(t.trim()))
        {
            return Err(format!("login page: \"{t}\""));
        }
    }
    if !has_posting {
        let teasers = main
            .lines
            .iter()
            .filter(|l| l.text.len() < 120 && HOURS_TEASER.is_match(&l.text))
            .count();
        let listing_heading = page
            .title_tag
            .as_deref()
            .into_iter()
            .chain(headings.clone())
            .find_map(|t| {
                LISTING_HEADING.captures(t).map(|c| {
                    (
                        t.to_string(),
                        c.get(1)
                            .and_then(|n| n.as_str().replace('.', "").parse::<u64>().ok()),
                    )
                })
            });
        if page.vacancy_links >= 12 {
            return Err(format!(
                "listing of several vacancies: links to {} vacancy pages",
                page.vacancy_links
            ));
        }
        if let Some(t) = page
            .title_tag
            .as_deref()
            .into_iter()
            .chain(headings.clone())
            .find(|t| LISTING_TITLE.is_match(t.trim()))
        {
            return Err(format!("listing of several vacancies: \"{t}\""));
        }
        match listing_heading {
            Some((t, count))
                if count.is_none_or(|n| n >= 2)
                    && (teasers >= 3 || count.is_some_and(|n| n >= 5)) =>
            {
                return Err(format!("listing of several vacancies: \"{t}\""));
            }
            _ if teasers >= 8 => {
                return Err(format!(
                    "listing of several vacancies: {teasers} separate hours statements"
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Decides after extraction: a page without a title and with almost no vacancy
/// fields is not a vacancy, whatever it looked like.
pub fn after_extraction(v: &Vacancy, has_posting: bool) -> Verdict {
    if has_posting {
        return Ok(());
    }
    let facts = [
        v.employer.is_some(),
        v.reference.is_some(),
        v.city.is_some(),
        v.hours_min.is_some(),
        v.salary_min.is_some() || v.salary_max.is_some(),
        v.salary_scale.is_some(),
        v.education_level.is_some(),
        v.experience_years_min.is_some(),
        v.contract_type.is_some(),
        v.posted_date.is_some(),
        v.closing_date.is_some(),
        v.start_date.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if v.title.is_none() {
        return Err(format!("no job title found ({facts} vacancy fields)"));
    }
    if facts < 2 {
        return Err(format!(
            "not a vacancy: only {facts} vacancy field(s) besides the title"
        ));
    }
    Ok(())
}
