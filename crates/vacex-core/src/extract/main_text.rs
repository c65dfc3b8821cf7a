//! The main text of a vacancy page: the decoded blocks without blocks of other
//! vacancies ("Relevante vacatures", "Similar jobs"), blocks a site profile drops and
//! cookie notices. Every text rule reads this, never the raw page, so a related
//! vacancy's salary or hours cannot leak into the record.

use std::sync::LazyLock;

use regex::Regex;

use crate::config::SiteProfile;
use crate::decode::{BlockKind, Page};

/// One line of main text with a lower-cased copy for matching.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    pub lower: String,
    pub kind: BlockKind,
    pub level: u8,
}

/// The main text of a page.
pub struct MainText {
    pub lines: Vec<Line>,
    /// How many lines were cut as other vacancies or boilerplate.
    pub cut_lines: usize,
}

/// Headings that open a block of other vacancies.
static RELATED_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:relevante|vergelijkbare|gerelateerde|soortgelijke|andere|meer|recente|nieuwste|populaire|interessante|
               passende|vergelijkbare|uitgelichte|recent\ bekeken|bekijk\ ook\ (?:andere|deze)?|similar|related|other|more|recommended)
            \s+(?:[\w-]+\s+){0,2}?(?:vacatures?|opdrachten|banen|jobs?|functies|vacancies|positions|openings|stages|assignments)
          | (?:misschien|dit\ vind\ je\ misschien|deze\ vacatures?\ (?:zijn|is)|wellicht)\ ?(?:ook\ )?(?:interessant|leuk).*
          | (?:you\ (?:might|may)\ also\ (?:like|be\ interested)).*
          | (?:jobs|vacatures)\ (?:in\ de\ buurt|die\ bij\ je\ passen|for\ you|voor\ jou)
          | (?:andere|meer)\ vacatures\ (?:bij|van|in)\ .*
          | bekijk\ ook | ook\ interessant.* | misschien\ ook\ iets\ voor\ (?:jou|u).* | see\ also
        )[\s:.!?]*$",
    )
    .expect("related-heading regex")
});

/// A cookie notice: short lines about cookies.
fn is_cookie_notice(lower: &str) -> bool {
    lower.len() < 400
        && lower.contains("cookie")
        && [
            "gebruik",
            "accepte",
            "we use",
            "uses cookies",
            "toestemming",
            "instellingen",
            "consent",
            "voorkeuren",
            "akkoord",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

impl MainText {
    pub fn new(page: &Page, site: Option<&SiteProfile>) -> MainText {
        let drops: Vec<String> = site
            .map(|s| s.drop_blocks.iter().map(|d| d.to_lowercase()).collect())
            .unwrap_or_default();
        let mut lines = Vec::with_capacity(page.blocks.len());
        let mut cut_lines = 0;
        // While inside a dropped block: the heading level that ends it (0 = to the end).
        let mut dropping: Option<u8> = None;
        for block in &page.blocks {
            let lower = block.text.to_lowercase();
            if let Some(level) = dropping {
                let ends = level > 0 && block.kind == BlockKind::Heading && block.level <= level;
                if !ends {
                    cut_lines += 1;
                    continue;
                }
                dropping = None;
            }
            match drop_kind(&lower, &drops) {
                Drop::Keep => {}
                // A related-vacancies heading: its block, or the rest of a text page.
                Drop::Block => {
                    dropping = Some(if block.kind == BlockKind::Heading {
                        block.level
                    } else {
                        0
                    });
                    cut_lines += 1;
                    continue;
                }
                // A profile's drop: a heading's block, or just that line of a text page.
                Drop::Profile => {
                    if block.kind == BlockKind::Heading {
                        dropping = Some(block.level);
                    }
                    cut_lines += 1;
                    continue;
                }
            }
            if is_cookie_notice(&lower) {
                cut_lines += 1;
                continue;
            }
            lines.push(Line {
                text: block.text.clone(),
                lower,
                kind: block.kind,
                level: block.level,
            });
        }
        let teasers = cut_teasers(&mut lines);
        MainText {
            lines,
            cut_lines: cut_lines + teasers,
        }
    }

    /// The main text joined by newlines, for the description column and hashing.
    pub fn joined(&self) -> String {
        let mut out = String::with_capacity(self.lines.iter().map(|l| l.text.len() + 1).sum());
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&line.text);
        }
        out
    }
}

/// A teaser of another vacancy: a heading, a snippet cut off with "...... Lees meer",
/// and its facts (place, pay, hours) up to the next heading. Boards list them under
/// the vacancy without a "related vacancies" heading. Returns how many lines went.
fn cut_teasers(lines: &mut Vec<Line>) -> usize {
    let is_teaser = |l: &Line| {
        l.kind != BlockKind::Heading
            && (l.lower.contains("...") || l.lower.contains('…'))
            && ["lees meer", "read more", "meer lezen", "bekijk vacature"]
                .iter()
                .any(|w| l.lower.trim_end().ends_with(w))
    };
    if !lines.iter().any(is_teaser) {
        return 0;
    }
    let mut cut = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if is_teaser(&lines[i]) {
            if i > 0 && lines[i - 1].kind == BlockKind::Heading {
                cut[i - 1] = true;
            }
            let mut j = i;
            while j < lines.len() && (j == i || lines[j].kind != BlockKind::Heading) {
                cut[j] = true;
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let before = lines.len();
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !cut[k - 1]
    });
    before - lines.len()
}

enum Drop {
    Keep,
    Block,
    Profile,
}

fn drop_kind(lower: &str, drops: &[String]) -> Drop {
    if lower.len() > 90 {
        return Drop::Keep;
    }
    let trimmed = lower.trim_end_matches([':', '.', ' ']);
    if RELATED_HEADING.is_match(trimmed) {
        Drop::Block
    } else if drops
        .iter()
        .any(|d| trimmed == d || trimmed.starts_with(d.as_str()))
    {
        Drop::Profile
    } else {
        Drop::Keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::text_page;

    #[test]
    fn related_blocks_are_cut_to_the_end_of_a_text_page() {
        let page = text_page(
            "Titel\n • 40 uur\nRelevante vacatures\nAndere baan\n • 32-36 uur\n",
            "UTF-8",
        );
        let main = MainText::new(&page, None);
        let texts: Vec<&str> = main.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["Titel", "40 uur"]);
        assert_eq!(main.cut_lines, 3);
    }

    #[test]
    fn related_heading_ends_at_the_next_heading_of_its_level() {
        let page = crate::decode::html_page(
            "<h1>Job</h1><h2>Vergelijkbare vacatures</h2><h3>Other</h3><p>32 uur</p><h2>Over ons</h2><p>Wij zijn</p>",
            "UTF-8",
        );
        let main = MainText::new(&page, None);
        let texts: Vec<&str> = main.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["Job", "Over ons", "Wij zijn"]);
    }

    #[test]
    fn teasers_of_other_vacancies_are_cut() {
        let page = crate::decode::html_page(
            "<h1>Job</h1><p>Wij zoeken iemand.</p><ul><li>MBO</li></ul><h2>Productiemedewerker</h2><p>Als medewerker bij ons...... Lees meer</p><ul><li>Eindhoven</li><li>MBO</li></ul><h2>Kassa</h2><p>Jij bent...... Lees meer</p><ul><li>32 uur</li></ul>",
            "UTF-8",
        );
        let main = MainText::new(&page, None);
        let texts: Vec<&str> = main.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, vec!["Job", "Wij zoeken iemand.", "MBO"]);
    }

    #[test]
    fn related_heading_patterns() {
        for h in [
            "Relevante vacatures",
            "Vergelijkbare vacatures",
            "Gerelateerde opdrachten",
            "Similar jobs",
            "Andere vacatures in de buurt",
            "Soortgelijke vacatures",
            "Dit vind je misschien ook interessant",
            "Bekijk ook",
            "Ook interessant",
            "Misschien ook iets voor jou?",
        ] {
            assert!(RELATED_HEADING.is_match(&h.to_lowercase()), "{h}");
        }
        for h in [
            "Vacature",
            "Meer informatie",
            "Over de organisatie",
            "Andere wensen",
            "Bekijk ook onze arbeidsvoorwaarden",
        ] {
            assert!(!RELATED_HEADING.is_match(&h.to_lowercase()), "{h}");
        }
    }
}
