//! Normalisation of the raw values that the extractors find on a vacancy page.
//!
//! Extraction (finding *where* a page states the salary, the hours, the closing
//! date …) and normalisation (turning the printed text into a typed value) are
//! kept apart: the extractors hand a short snippet of page text to one of the
//! pure functions below and get a canonical value back, or `None` when the
//! snippet does not state one. Every function here is pure, never prints, never
//! panics on any input and compiles its regexes once.
//!
//! The reference data (month names, education terms, municipalities, provinces)
//! lives in `crates/vacex-core/data/` and is embedded with `include_str!`; see
//! `data/README.md` there for where each file comes from.

pub mod contract;
pub mod date;
pub mod education;
pub mod experience;
pub mod hours;
pub mod language;
pub mod number;
pub mod place;
pub mod salary;
pub mod scale;

use std::borrow::Cow;

/// Appends the lower-case, diacritics-free form of `c` to `out` and returns
/// how many bytes were appended. Typographic apostrophes become `'`, and
/// no-break and other Unicode spaces become a plain space.
pub(crate) fn fold_char_into(c: char, out: &mut String) -> usize {
    let before = out.len();
    let mapped: Option<&str> = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' => {
            Some("a")
        }
        'æ' | 'Æ' => Some("ae"),
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' | 'Ć' => Some("c"),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ę' | 'Ę' | 'ě' | 'Ě' => {
            Some("e")
        }
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'Ī' => Some("i"),
        'ĳ' | 'Ĳ' => Some("ij"),
        'ł' | 'Ł' => Some("l"),
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' => Some("n"),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'Ō' => {
            Some("o")
        }
        'œ' | 'Œ' => Some("oe"),
        'ř' | 'Ř' => Some("r"),
        'ß' => Some("ss"),
        'š' | 'Š' | 'ś' | 'Ś' => Some("s"),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' => {
            Some("u")
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => Some("y"),
        'ž' | 'Ž' | 'ź' | 'Ź' | 'ż' | 'Ż' => Some("z"),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => Some("'"),
        '\u{2010}' | '\u{2011}' => Some("-"),
        '\u{A0}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{202F}' | '\u{2002}' | '\u{2003}' => {
            Some(" ")
        }
        _ => None,
    };
    match mapped {
        Some(m) => out.push_str(m),
        None => {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                for l in c.to_lowercase() {
                    out.push(l);
                }
            }
        }
    }
    out.len() - before
}

/// Lower-cases `s` and folds diacritics (`Fryslân` → `fryslan`, `één` → `een`).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// Parses an embedded CSV file (RFC 4180 quoting, one header row, `\n` line
/// endings, no newlines inside fields) into rows of fields, header skipped.
/// Fields borrow from the embedded text unless they contain an escaped quote.
pub(crate) fn csv_rows(data: &'static str) -> Vec<Vec<Cow<'static, str>>> {
    data.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(csv_line)
        .collect()
}

fn csv_line(line: &'static str) -> Vec<Cow<'static, str>> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let mut fields = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    loop {
        if i < bytes.len() && bytes[i] == b'"' {
            // Quoted field.
            let start = i + 1;
            let mut j = start;
            let mut escaped = false;
            while j < bytes.len() {
                if bytes[j] == b'"' {
                    if j + 1 < bytes.len() && bytes[j + 1] == b'"' {
                        escaped = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                j += 1;
            }
            let raw = line.get(start..j.min(line.len())).unwrap_or("");
            fields.push(if escaped {
                Cow::Owned(raw.replace("\"\"", "\""))
            } else {
                Cow::Borrowed(raw)
            });
            // Skip the closing quote and look for the separator.
            i = j + 1;
            while i < bytes.len() && bytes[i] != b',' {
                i += 1;
            }
        } else {
            let start = i;
            while i < bytes.len() && bytes[i] != b',' {
                i += 1;
            }
            fields.push(Cow::Borrowed(line.get(start..i).unwrap_or("")));
        }
        if i >= bytes.len() {
            break;
        }
        i += 1; // the comma
        if i == bytes.len() {
            fields.push(Cow::Borrowed(""));
            break;
        }
    }
    fields
}

/// Turns a parsed CSV field into a `&'static str`. Borrowed fields are free;
/// an owned one (only when the field had an escaped quote) is leaked once,
/// which is fine because the tables are built once per process.
pub(crate) fn static_str(c: Cow<'static, str>) -> &'static str {
    match c {
        Cow::Borrowed(s) => s,
        Cow::Owned(s) => Box::leak(s.into_boxed_str()),
    }
}

/// Dutch and English number words for small counts, as written in vacancy
/// text ("vijf jaar", "één dag", "three years"). Expects folded input
/// (`één` already folded to `een`).
pub(crate) fn number_word(w: &str) -> Option<u32> {
    Some(match w {
        "een" | "one" | "a" | "an" => 1,
        "twee" | "two" => 2,
        "drie" | "three" => 3,
        "vier" | "four" => 4,
        "vijf" | "five" => 5,
        "zes" | "six" => 6,
        "zeven" | "seven" => 7,
        "acht" | "eight" => 8,
        "negen" | "nine" => 9,
        "tien" | "ten" => 10,
        "elf" | "eleven" => 11,
        "twaalf" | "twelve" => 12,
        _ => return None,
    })
}

/// Parses a count that is either ASCII digits or a [`number_word`].
pub(crate) fn count_token(w: &str) -> Option<u32> {
    let w = w.trim();
    if !w.is_empty() && w.len() <= 6 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    number_word(w)
}

/// Returns the largest char boundary of `s` that is `<= i`.
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Returns the smallest char boundary of `s` that is `>= i`.
pub(crate) fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The at most `n` bytes of `s` before byte `i`, cut on char boundaries.
pub(crate) fn before(s: &str, i: usize, n: usize) -> &str {
    let end = floor_boundary(s, i);
    let start = ceil_boundary(s, end.saturating_sub(n));
    s.get(start..end).unwrap_or("")
}

/// The at most `n` bytes of `s` from byte `i` on, cut on char boundaries.
pub(crate) fn after(s: &str, i: usize, n: usize) -> &str {
    let start = ceil_boundary(s, i);
    let end = floor_boundary(s, start.saturating_add(n));
    s.get(start..end.max(start)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every public function is total: no panic on any input.
        #[test]
        fn all_functions_are_total(s in "\\PC{0,120}") {
            let r = chrono::NaiveDate::from_ymd_opt(2025, 6, 1);
            let _ = number::parse_amount(&s);
            let _ = number::parse_int(&s);
            let _ = date::parse_date(&s, r);
            let _ = date::parse_relative_days(&s, r);
            let _ = date::parse_iso_datetime_date(&s);
            let _ = salary::parse_salary(&s);
            let _ = salary::SalaryPeriod::from_unit_text(&s);
            let _ = hours::parse_hours(&s);
            let _ = scale::parse_scale(&s);
            let _ = education::education_level(&s);
            let _ = experience::experience_years_min(&s);
            let _ = contract::contract_type(&s);
            let _ = contract::from_schema_employment_type(&s);
            let _ = place::resolve_place(&s);
            let _ = place::find_place_in_text(&s);
            let _ = place::province_name(&s);
            let _ = language::detect_language(&s);
        }

        /// The same with vacancy-like vocabulary, so the deeper paths run.
        #[test]
        fn all_functions_are_total_on_vacancy_words(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("€"), Just("3.662"), Just("-"), Just("tot"), Just("schaal"), Just("10a"),
                    Just("uur"), Just("per"), Just("maand"), Just("week"), Just("jaar"),
                    Just("minimaal"), Just("maximaal"), Just("hbo"), Just("wo"), Just("Den Haag"),
                    Just("’s-Gravenhage"), Just("Best"), Just("in"), Just("2711 EC"), Just(","),
                    Just("juni"), Just("2024"), Just("4"), Just("09:00"), Just("(S8-S9)"),
                    Just("over"), Just("dagen"), Just("vast"), Just("stage"), Just("é"), Just("("),
                    Just(")"), Just("/"), Just("ervaring"), Just("+"), Just("k"), Just(",-"),
                ],
                0..16,
            ),
            sep in prop_oneof![Just(" "), Just(""), Just("\n")],
        ) {
            let s = words.join(sep);
            let r = chrono::NaiveDate::from_ymd_opt(2025, 6, 1);
            let _ = date::parse_date(&s, r);
            let _ = date::parse_relative_days(&s, r);
            if let Some(x) = salary::parse_salary(&s) {
                if let (Some(a), Some(b)) = (x.min, x.max) {
                    prop_assert!(a <= b, "{}", s);
                }
            }
            if let Some((a, b)) = hours::parse_hours(&s) {
                prop_assert!(a <= b, "{}", s);
            }
            let _ = scale::parse_scale(&s);
            let _ = education::education_level(&s);
            let _ = experience::experience_years_min(&s);
            let _ = contract::contract_type(&s);
            let _ = place::resolve_place(&s);
            let _ = place::find_place_in_text(&s);
            let _ = place::province_name(&s);
        }
    }

    #[test]
    fn folds_dutch_and_frisian_letters() {
        assert_eq!(fold("Súdwest-Fryslân"), "sudwest-fryslan");
        assert_eq!(fold("één ’s-Gravenhage"), "een 's-gravenhage");
        assert_eq!(fold("Exloërmond\u{A0}X"), "exloermond x");
    }

    #[test]
    fn csv_line_handles_quotes_and_empty_fields() {
        let row = csv_line("GM0820,0820,\"Nuenen, Gerwen en Nederwetten\",x,,");
        assert_eq!(row.len(), 6);
        assert_eq!(row[2], "Nuenen, Gerwen en Nederwetten");
        assert_eq!(row[4], "");
        assert_eq!(row[5], "");
        let row = csv_line("a,\"say \"\"hi\"\"\",b");
        assert_eq!(row[1], "say \"hi\"");
        assert_eq!(row[2], "b");
    }

    #[test]
    fn window_helpers_respect_char_boundaries() {
        let s = "één € 5";
        for i in 0..=s.len() + 2 {
            for n in 0..8 {
                let _ = before(s, i, n);
                let _ = after(s, i, n);
            }
        }
        assert_eq!(count_token("twee"), Some(2));
        assert_eq!(count_token("12"), Some(12));
        assert_eq!(count_token("x"), None);
    }
}
