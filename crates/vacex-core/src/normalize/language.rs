//! Guessing the language of a vacancy text (the `language` field).
//!
//! Most pages are Dutch, some English, a few German, and a Dutch vacancy on an
//! English job board (magnet.me) has English chrome around a Dutch body. The
//! caller passes the vacancy text itself; this module counts the most
//! frequent function words of each language and picks the language with the
//! most hits.
//!
//! Rules:
//!
//! * Words shared by two of the languages (`in`, `is`, `die`, `was`, `we`,
//!   `of`, `over`, `an`, `als`, `den`, `wie`, `team` …) are not counted.
//! * Fewer than 20 words, fewer than 3 hits, or hits on less than 5 % of the
//!   words give `None`: too little text, or another language.
//! * The winner needs more hits than the runner-up (a tie gives `None`).
//! * At most the first 20 000 words are read.

/// Minimum number of words before a guess is made.
const MIN_WORDS: usize = 20;
/// Words read at most.
const MAX_WORDS: usize = 20_000;

const LANGS: [&str; 3] = ["nl", "en", "de"];

fn stopword_lang(w: &str) -> Option<usize> {
    match w {
        "de" | "het" | "een" | "en" | "je" | "jij" | "jou" | "jouw" | "wij" | "voor" | "met"
        | "op" | "te" | "dat" | "zijn" | "niet" | "ook" | "bij" | "naar" | "om" | "aan" | "er"
        | "maar" | "deze" | "wordt" | "worden" | "ons" | "onze" | "hebt" | "heb" | "heeft"
        | "kan" | "kunt" | "zich" | "uit" | "door" | "dan" | "nog" | "wat" | "wel" | "ben"
        | "bent" | "zoals" | "binnen" | "tot" | "uw" | "hun" | "welke" | "hoe" | "waar"
        | "jullie" | "geen" | "meer" | "veel" | "samen" | "onder" | "tussen" | "zo" | "ze"
        | "gaat" | "mee" | "vanuit" | "zullen" | "hebben" | "komt" | "goed" | "ervaring" => Some(0),
        "the" | "and" | "to" | "you" | "with" | "for" | "are" | "our" | "your" | "this"
        | "that" | "be" | "on" | "as" | "at" | "by" | "from" | "have" | "has" | "or" | "it"
        | "can" | "who" | "which" | "about" | "they" | "their" | "would" | "not" | "all"
        | "will" | "us" | "been" | "if" | "more" | "what" | "how" | "within" | "into" | "these"
        | "other" | "such" | "should" | "experience" | "work" | "looking" => Some(1),
        "der" | "und" | "wir" | "mit" | "für" | "fuer" | "ist" | "nicht" | "sie" | "ein"
        | "eine" | "einen" | "dem" | "das" | "zu" | "auf" | "von" | "bei" | "auch" | "ihre"
        | "ihr" | "wird" | "werden" | "sind" | "oder" | "sich" | "im" | "zum" | "zur" | "uns"
        | "unser" | "unsere" | "unseren" | "dich" | "du" | "deine" | "dein" | "haben"
        | "können" | "koennen" | "über" | "nach" | "aus" | "mehr" | "eines" | "einer" | "diese" => {
            Some(2)
        }
        _ => None,
    }
}

/// Returns `nl`, `en` or `de` for `text` by counting function words, or
/// `None` when the text is too short or not clearly one of the three (see the
/// module docs).
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; 3];
    let mut words = 0usize;
    let mut buf = String::new();
    for raw in text.split(|c: char| !c.is_alphabetic()) {
        if raw.is_empty() {
            continue;
        }
        words += 1;
        if words > MAX_WORDS {
            break;
        }
        // No function word is longer than "experience".
        if raw.len() > 10 {
            continue;
        }
        buf.clear();
        if raw.is_ascii() {
            buf.extend(raw.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            for c in raw.chars() {
                buf.extend(c.to_lowercase());
            }
        }
        if let Some(i) = stopword_lang(&buf) {
            counts[i] += 1;
        }
    }
    let words = words.min(MAX_WORDS);
    if words < MIN_WORDS {
        return None;
    }
    let (best, &hits) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0);
    if hits < 3 || hits * 20 < words || hits <= runner_up {
        return None;
    }
    LANGS.get(best).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NL: &str = "Als programmasecretaris ben je de rechterhand van de programmamanager verkiezingen. Je bent goed in vooruitdenken, pakt werkzaamheden proactief op en hebt het overzicht over de verschillende acties die worden uitgevoerd.";
    const EN: &str = "We are looking for a senior data engineer who will join our team in Amsterdam. You will work with the product owners and build pipelines that are reliable and easy to maintain.";
    const DE: &str = "Wir suchen für unser Team in Berlin eine engagierte Persönlichkeit, die mit uns die Zukunft der Verwaltung gestalten möchte. Du arbeitest eng mit den Kolleginnen und Kollegen zusammen und bist für die Planung zuständig.";

    #[test]
    fn detects_the_three_languages() {
        assert_eq!(detect_language(NL), Some("nl"));
        assert_eq!(detect_language(EN), Some("en"));
        assert_eq!(detect_language(DE), Some("de"));
    }

    #[test]
    fn dutch_body_in_english_chrome() {
        let text = format!(
            "Magnet.me - The smart network where students and professionals find their internship or job. {NL} {NL}"
        );
        assert_eq!(detect_language(&text), Some("nl"));
    }

    #[test]
    fn too_short_or_unknown() {
        assert_eq!(detect_language(""), None);
        assert_eq!(
            detect_language("Programmasecretaris Den Haag 40 uur schaal 11"),
            None
        );
        assert_eq!(
            detect_language(
                "Nous recherchons un collaborateur motivé pour rejoindre notre équipe à Paris, avec une expérience dans la gestion de projets publics et privés dans plusieurs pays."
            ),
            None
        );
        assert_eq!(
            detect_language("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21"),
            None
        );
    }

    #[test]
    fn never_panics() {
        let long = "de ".repeat(30_000);
        assert_eq!(detect_language(&long), Some("nl"));
        let _ = detect_language("ǅ ß İ \u{0} 🙂");
    }
}
