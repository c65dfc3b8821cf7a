//! Labelled values: "Kenmerk: 817", "Uren per week:" with the value on the next line,
//! "Salary" newline "€3,736 - €5,262 per month", several labels on one line
//! ("Kenmerk: 817, Plaatsingsdatum: 4 juni 2024"). One dictionary of Dutch and
//! English labels, matched with one Aho-Corasick automaton.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::decode::BlockKind;
use crate::extract::main_text::Line;

/// The field family a label announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabelField {
    Title,
    Employer,
    Reference,
    City,
    Hours,
    Salary,
    Scale,
    Education,
    Experience,
    Contract,
    Posted,
    Closing,
    Start,
    End,
}

use LabelField::*;

/// Labels as printed, lower case. Some announce more than one field ("Salarisniveau"
/// is a scale or an amount; "Dienstverband" a contract or hours).
const LABELS: &[(&str, &[LabelField])] = &[
    ("functietitel", &[Title]),
    ("functienaam", &[Title]),
    ("job title", &[Title]),
    ("vacaturetitel", &[Title]),
    ("organisatie", &[Employer]),
    ("werkgever", &[Employer]),
    ("opdrachtgever", &[Employer]),
    ("eindklant", &[Employer]),
    ("employer", &[Employer]),
    ("company", &[Employer]),
    ("organization", &[Employer]),
    ("organisation", &[Employer]),
    ("hiring organisation", &[Employer]),
    ("kenmerk", &[Reference]),
    ("vacaturenummer", &[Reference]),
    ("vacature nummer", &[Reference]),
    ("vacature-nummer", &[Reference]),
    ("vacaturenr", &[Reference]),
    ("vacaturenr.", &[Reference]),
    ("vacaturecode", &[Reference]),
    ("referentienummer", &[Reference]),
    ("referentienr", &[Reference]),
    ("referentie", &[Reference]),
    ("vacature-id", &[Reference]),
    ("vacature id", &[Reference]),
    ("vacatureid", &[Reference]),
    ("job id", &[Reference]),
    ("job-id", &[Reference]),
    ("jobid", &[Reference]),
    ("reference number", &[Reference]),
    ("reference", &[Reference]),
    ("ref.nr", &[Reference]),
    ("ref. nr", &[Reference]),
    ("aanvraagnummer", &[Reference]),
    ("opdrachtnummer", &[Reference]),
    ("standplaats", &[City]),
    ("standplaats / werklocatie", &[City]),
    ("werklocatie", &[City]),
    ("locatie", &[City]),
    ("plaats", &[City]),
    ("vestigingsplaats", &[City]),
    ("plaats van tewerkstelling", &[City]),
    ("werkplek", &[City]),
    ("location", &[City]),
    ("work location", &[City]),
    ("city", &[City]),
    ("uren per week", &[Hours]),
    ("aantal uren per week", &[Hours]),
    ("aantal uur per week", &[Hours]),
    ("uur per week", &[Hours]),
    ("aantal uren", &[Hours]),
    ("minimum aantal uren per week", &[Hours]),
    ("maximum aantal uren per week", &[Hours]),
    ("minimaal aantal uren per week", &[Hours]),
    ("maximaal aantal uren per week", &[Hours]),
    ("minimum aantal uren", &[Hours]),
    ("maximum aantal uren", &[Hours]),
    ("min. uren per week", &[Hours]),
    ("max. uren per week", &[Hours]),
    ("minimum hours per week", &[Hours]),
    ("maximum hours per week", &[Hours]),
    ("aantal uur", &[Hours]),
    ("uren", &[Hours]),
    ("werkuren", &[Hours]),
    ("arbeidsduur", &[Hours]),
    ("werktijden", &[Hours]),
    ("omvang", &[Hours]),
    ("hours per week", &[Hours]),
    ("hours", &[Hours]),
    ("working hours", &[Hours]),
    ("salaris", &[Salary, Scale]),
    ("salary", &[Salary, Scale]),
    ("salarisindicatie", &[Salary, Scale]),
    ("salaris indicatie", &[Salary, Scale]),
    ("maandsalaris", &[Salary]),
    ("bruto maandsalaris", &[Salary]),
    ("beloning", &[Salary, Scale]),
    ("uurtarief", &[Salary]),
    ("stagevergoeding", &[Salary]),
    ("internship allowance", &[Salary]),
    ("maximaal uurtarief", &[Salary]),
    ("max. uurtarief", &[Salary]),
    ("tarief", &[Salary]),
    ("salary range", &[Salary]),
    ("compensation", &[Salary]),
    ("salarisniveau", &[Scale, Salary]),
    ("inschaling", &[Scale, Salary]),
    ("schaal", &[Scale]),
    ("salarisschaal", &[Scale, Salary]),
    ("functieschaal", &[Scale]),
    ("loonschaal", &[Scale]),
    ("opleidingsniveau", &[Education]),
    ("opleiding", &[Education]),
    ("niveau", &[Education]),
    ("werk- en denkniveau", &[Education]),
    ("denkniveau", &[Education]),
    ("education", &[Education]),
    ("education level", &[Education]),
    ("degree level", &[Education]),
    ("werkervaring", &[Experience]),
    ("ervaring", &[Experience]),
    ("work experience", &[Experience]),
    ("experience", &[Experience]),
    ("dienstverband", &[Contract, Hours]),
    ("soort dienstverband", &[Contract, Hours]),
    ("type dienstverband", &[Contract, Hours]),
    ("contract", &[Contract]),
    ("contractvorm", &[Contract]),
    ("soort contract", &[Contract]),
    ("type contract", &[Contract]),
    ("contracttype", &[Contract]),
    ("aanstelling", &[Contract]),
    ("employment type", &[Contract]),
    ("contract type", &[Contract]),
    ("job type", &[Contract]),
    ("type vacature", &[Contract]),
    ("soort vacature", &[Contract]),
    ("plaatsingsdatum", &[Posted]),
    ("publicatiedatum", &[Posted]),
    ("datum publicatie", &[Posted]),
    ("geplaatst op", &[Posted]),
    ("geplaatst", &[Posted]),
    ("gepubliceerd op", &[Posted]),
    ("gepubliceerd", &[Posted]),
    ("online sinds", &[Posted]),
    ("datum plaatsing", &[Posted]),
    ("staat open vanaf", &[Posted]),
    ("online vanaf", &[Posted]),
    ("posted on", &[Posted]),
    ("posted", &[Posted]),
    ("published", &[Posted]),
    ("date posted", &[Posted]),
    ("publication date", &[Posted]),
    ("solliciteer voor", &[Closing]),
    ("solliciteer vóór", &[Closing]),
    ("solliciteren voor", &[Closing]),
    ("solliciteren tot", &[Closing]),
    ("solliciteren kan tot", &[Closing]),
    ("solliciteren kan tot en met", &[Closing]),
    ("solliciteren tot en met", &[Closing]),
    ("solliciteren t/m", &[Closing]),
    ("solliciteer tot en met", &[Closing]),
    ("solliciteer tot", &[Closing]),
    ("uiterlijk solliciteren", &[Closing]),
    ("uiterlijk reageren", &[Closing]),
    ("reageren tot en met", &[Closing]),
    ("reageren t/m", &[Closing]),
    ("reageer tot", &[Closing]),
    ("reageer tot en met", &[Closing]),
    ("reageren voor", &[Closing]),
    ("reageren vóór", &[Closing]),
    ("reageren tot", &[Closing]),
    ("reageren kan tot", &[Closing]),
    ("reageren kan tot en met", &[Closing]),
    ("reageer voor", &[Closing]),
    ("reageer vóór", &[Closing]),
    ("reageer uiterlijk", &[Closing]),
    ("reageren uiterlijk", &[Closing]),
    ("solliciteer uiterlijk", &[Closing]),
    ("sluitingsdatum", &[Closing]),
    ("sluitdatum", &[Closing]),
    ("sluit op", &[Closing]),
    ("deadline", &[Closing]),
    ("publicatie eindigt", &[Closing]),
    ("einddatum publicatie", &[Closing]),
    ("publicatie einddatum", &[Closing]),
    ("reactietermijn", &[Closing]),
    ("sollicitatietermijn", &[Closing]),
    ("uiterste reactiedatum", &[Closing]),
    ("open tot", &[Closing]),
    ("vacature sluit", &[Closing]),
    ("closing date", &[Closing]),
    ("apply before", &[Closing]),
    ("apply by", &[Closing]),
    ("apply until", &[Closing]),
    ("apply no later than", &[Closing]),
    ("applications close", &[Closing]),
    ("application deadline", &[Closing]),
    ("startdatum", &[Start]),
    ("start datum", &[Start]),
    ("begindatum", &[Start]),
    ("ingangsdatum", &[Start]),
    ("aanvangsdatum", &[Start]),
    ("start date", &[Start]),
    ("starting date", &[Start]),
    ("einddatum", &[End]),
    ("einddatum opdracht", &[End]),
    ("end date", &[End]),
];

/// A full DFA: every line of the main text is searched, and there are too many labels
/// for a literal prefilter to skip ahead.
static AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(MatchKind::LeftmostLongest)
        .build(LABELS.iter().map(|(l, _)| *l))
        .expect("label automaton")
});

/// A value announced by a label.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub fields: &'static [LabelField],
    pub label: &'static str,
    pub value: String,
    /// Index of the line the label stands on.
    pub line: usize,
}

/// Lower-case words that continue a phrase: after a label word they make it prose.
const CONNECTORS: [&str; 16] = [
    "en", "&", "van", "voor", "bij", "in", "met", "of", "and", "with", "is", "zijn", "op", "die",
    "dat", "als",
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Separators between facts on one line ("Referentienummer: X · Publicatiedatum: Y"):
/// a label right after one stands at the start of its segment.
fn ends_with_segment_separator(prefix: &str) -> bool {
    prefix.ends_with('·') || prefix.ends_with('|') || prefix.ends_with('•')
}

/// The value ends at the next segment separator.
fn cut_at_separator(value: &str) -> &str {
    [" · ", " | ", " • "]
        .iter()
        .filter_map(|sep| value.find(sep))
        .min()
        .map_or(value, |i| &value[..i])
}

fn is_date_label(fields: &[LabelField]) -> bool {
    fields
        .iter()
        .all(|f| matches!(f, Posted | Closing | Start | End))
}

/// Every labelled value of the main text, in document order.
pub fn labelled_values(lines: &[Line]) -> Vec<Labelled> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let lower = line.lower.as_bytes();
        if lower.len() > 400 {
            continue;
        }
        // Label positions that count: at the start of the line (after a bullet) or of
        // a segment ("… · Solliciteren kan tot 24 okt"), later on the line when
        // followed by a colon ("..., Plaatsingsdatum: 4 juni"), and a date label
        // anywhere when a date follows it ("Geplaatst: 30 oktober 2025 Solliciteer
        // voor 20 november 2025", "Solliciteren kan tot en met zondag 26 oktober").
        // (start, end, pattern, the label stands at the very start of the line, a date
        // follows it)
        let mut hits: Vec<(usize, usize, usize, bool, bool)> = Vec::new();
        for m in AUTOMATON.find_iter(&line.lower) {
            let (s, e) = (m.start(), m.end());
            if s > 0 && is_word_byte(lower[s - 1]) {
                continue;
            }
            if e < lower.len() && is_word_byte(lower[e]) {
                continue;
            }
            let prefix = line.lower[..s].trim();
            let line_start = prefix.is_empty() || prefix.chars().all(|c| !c.is_alphanumeric());
            let at_start = line_start || ends_with_segment_separator(prefix);
            let after = line.lower[e..].trim_start();
            let colon = after.starts_with(':');
            let dated = || {
                is_date_label(LABELS[m.pattern().as_usize()].1)
                    && crate::normalize::date::leading_date(&line.text[e..], None).is_some()
            };
            let dated = dated();
            if at_start
                || (colon
                    && (prefix.ends_with(',')
                        || prefix.ends_with(';')
                        || prefix.ends_with('-')
                        || prefix.ends_with('–')
                        || prefix.ends_with(')')))
                || dated
            {
                hits.push((s, e, m.pattern().as_usize(), line_start, dated));
            }
        }
        for (k, &(_, e, pattern, line_start, dated)) in hits.iter().enumerate() {
            let end = hits.get(k + 1).map_or(line.text.len(), |h| h.0);
            let raw = &line.text[e.min(end)..end];
            let colon = raw.trim_start().starts_with(':');
            let mut value =
                cut_at_separator(raw.trim_start().trim_start_matches([':', '-', '–']).trim())
                    .trim()
                    .trim_end_matches([',', ';', '|', '·'])
                    .trim()
                    .to_string();
            let (label, fields) = LABELS[pattern];
            // A line that is a whole sentence starting with a label word ("Ervaring met
            // beleid is een pré") is prose, not a label: require a colon, a short value,
            // a label cell, or a value that starts a new phrase right after a label
            // ("Dienstverband Tijdelijke aanstelling / Arbeidsovereenkomst voor …").
            let words = value.split_whitespace().count();
            let new_phrase = value
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '€');
            if !colon
                && line.kind != BlockKind::Label
                && words > 8
                && !(new_phrase && words <= 20 && line.text.len() <= 200)
            {
                continue;
            }
            // "Organisatie en team", "Ervaring met ...": a heading that starts with a
            // label word, not a label and its value.
            let first = value.split_whitespace().next().unwrap_or("");
            if !colon && !dated && CONNECTORS.contains(&first) {
                continue;
            }
            if value.is_empty() {
                // "Salary" newline value: the next line, when it is short and the
                // label is the whole line.
                match lines.get(i + 1) {
                    Some(next) if line_start && next.text.len() <= 160 => value = next.text.clone(),
                    _ => continue,
                }
            }
            out.push(Labelled {
                fields,
                label,
                value,
                line: i,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::text_page;
    use crate::extract::MainText;

    fn values(text: &str) -> Vec<(String, String)> {
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        labelled_values(&main.lines)
            .into_iter()
            .map(|l| (l.label.to_string(), l.value))
            .collect()
    }

    #[test]
    fn several_labels_on_one_line() {
        assert_eq!(
            values("Kenmerk: 817, Plaatsingsdatum: 4 juni 2024"),
            vec![
                ("kenmerk".into(), "817".into()),
                ("plaatsingsdatum".into(), "4 juni 2024".into())
            ]
        );
    }

    #[test]
    fn value_on_the_next_line() {
        assert_eq!(
            values("Salary\n€3,736 - €5,262 per month\nUren per week:\n32"),
            vec![
                ("salary".into(), "€3,736 - €5,262 per month".into()),
                ("uren per week".into(), "32".into())
            ]
        );
    }

    #[test]
    fn segments_after_a_middle_dot_are_labels() {
        assert_eq!(
            values("Referentienummer: KAD-1 · Publicatiedatum: 3 oktober 2025 · Solliciteren kan tot 24 okt 2025"),
            vec![
                ("referentienummer".into(), "KAD-1".into()),
                ("publicatiedatum".into(), "3 oktober 2025".into()),
                ("solliciteren kan tot".into(), "24 okt 2025".into())
            ]
        );
        assert_eq!(
            values("Vacature-ID 25-0457 · Een screening maakt deel uit van de procedure."),
            vec![("vacature-id".into(), "25-0457".into())]
        );
    }

    #[test]
    fn date_labels_inside_a_line_need_a_date() {
        assert_eq!(
            values("Tijdelijk, 2 jaar Geplaatst: 30 oktober 2025 Solliciteer voor 20 november 2025 · Nog 21 dagen"),
            vec![
                ("geplaatst".into(), "30 oktober 2025".into()),
                ("solliciteer voor".into(), "20 november 2025".into())
            ]
        );
        assert_eq!(
            values("Deze vacature staat open vanaf maandag 6 oktober 2025. Solliciteren kan tot en met zondag 26 oktober 2025."),
            vec![
                ("staat open vanaf".into(), "maandag 6 oktober 2025.".into()),
                ("solliciteren kan tot en met".into(), "zondag 26 oktober 2025.".into())
            ]
        );
        assert_eq!(
            values("Let op, de sluitingsdatum is zondag 9 augustus 2026 ."),
            vec![(
                "sluitingsdatum".into(),
                "is zondag 9 augustus 2026 .".into()
            )]
        );
        // A date label in prose without a date after it is no label.
        assert!(values("Houd er rekening mee dat de deadline voor vragen eerder ligt").is_empty());
    }

    #[test]
    fn closing_labels_with_tot_en_met() {
        assert_eq!(
            values("Solliciteren tot en met\n14/11/2025\nUiterlijk reageren: 16 november 2025"),
            vec![
                ("solliciteren tot en met".into(), "14/11/2025".into()),
                ("uiterlijk reageren".into(), "16 november 2025".into())
            ]
        );
    }

    #[test]
    fn a_long_value_after_a_label_word_is_a_value_when_it_starts_a_phrase() {
        assert_eq!(
            values("Dienstverband Tijdelijke aanstelling / Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd"),
            vec![(
                "dienstverband".into(),
                "Tijdelijke aanstelling / Arbeidsovereenkomst voor bepaalde tijd met uitzicht op onbepaalde tijd".into()
            )]
        );
    }

    #[test]
    fn labels_inside_words_or_prose_do_not_count() {
        assert!(values(
            "Ervaring met het opstellen van beleidsstukken en adviezen is een pre voor deze rol"
        )
        .is_empty());
        assert!(values("Werkplekken zijn er genoeg").is_empty());
    }
}
