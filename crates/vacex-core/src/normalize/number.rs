//! Reading one number as printed on a Dutch or English page.
//!
//! Dutch pages write `3.662` for three thousand six hundred and sixty-two and
//! `3.735,55` with decimals; English pages write `3,736` and `3,736.50`. Both
//! occur on the same job boards, often in the same table, so the separator
//! alone does not tell the locale. The rule used here:
//!
//! * a single `.` or `,` followed by exactly three digits is a thousands
//!   separator (`3.662` = 3662, `3,736` = 3736), unless the part before it is
//!   `0` or longer than three digits, which cannot be a thousands group
//!   (`0,500` = 0.5, `1234.567` = 1234.567);
//! * a single `.` or `,` followed by one or two digits is the decimal separator
//!   (`2,25`, `95.5`);
//! * when both occur, the last one is the decimal separator (`3.735,55`,
//!   `3,736.50`); the other must then group by three;
//! * the same separator repeated groups thousands (`1.250.000`);
//! * a trailing `,-`, `,--` or `.-` ("6.000,-") means "no cents".
//!
//! A currency sign or word (`€`, `EUR`, `euro`, `$`, `£`) before or after the
//! number is allowed and ignored. Anything else (`60k`, `3.5000`, `1.2.3`, a
//! negative sign, letters) gives `None`.

/// Parses one money or number token as printed (see the module docs for the
/// separator rules). Returns `None` for anything that is not exactly one
/// number, optionally with a currency sign or word.
pub fn parse_amount(s: &str) -> Option<f64> {
    let core = strip_currency(s.trim())?;
    let core = strip_no_cents(core);
    parse_grouped(core)
}

/// Parses a whole number: plain digits (`36`, `2024`) or digits grouped by
/// three with `.` or `,` (`1.000`, `60,000`). Decimals, signs and words give
/// `None`; so does a value that does not fit in a `u64`.
pub fn parse_int(s: &str) -> Option<u64> {
    let core = strip_no_cents(s.trim());
    if core.is_empty() {
        return None;
    }
    if core.bytes().all(|b| b.is_ascii_digit()) {
        return core.parse().ok();
    }
    let sep = if core.contains('.') { '.' } else { ',' };
    if core.contains('.') && core.contains(',') {
        return None;
    }
    let digits = grouped_digits(core, sep)?;
    digits.parse().ok()
}

/// Removes one leading or trailing currency marker. Returns `None` when a
/// marker appears on both sides.
fn strip_currency(s: &str) -> Option<&str> {
    const PREFIXES: [&str; 7] = ["€", "EUR", "Eur", "eur", "$", "£", "USD"];
    const SUFFIXES: [&str; 7] = ["€", "EUR", "euro", "Euro", "eur", "EURO", "euros"];
    let mut t = s;
    let mut had_prefix = false;
    for p in PREFIXES {
        if let Some(rest) = t.strip_prefix(p) {
            // `EURO` / `euro` as prefix word too.
            let rest = rest
                .strip_prefix('O')
                .or_else(|| rest.strip_prefix('o'))
                .unwrap_or(rest);
            t = rest.trim_start();
            had_prefix = true;
            break;
        }
    }
    for suf in SUFFIXES {
        if let Some(rest) = t.strip_suffix(suf) {
            if had_prefix {
                return None;
            }
            t = rest.trim_end();
            break;
        }
    }
    Some(t)
}

/// Strips the Dutch "no cents" marks `,-`, `,--`, `,–` and `.-`.
fn strip_no_cents(s: &str) -> &str {
    for suf in [",--", ",-", ",–", ",—", ".-", ",="] {
        if let Some(rest) = s.strip_suffix(suf) {
            return rest;
        }
    }
    s
}

/// Checks that `s` is `d{1,3}(SEP ddd)+` and returns the digits only.
fn grouped_digits(s: &str, sep: char) -> Option<String> {
    let mut groups = s.split(sep);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = String::from(first);
    let mut n = 0;
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push_str(g);
        n += 1;
    }
    if n == 0 {
        return None;
    }
    Some(out)
}

fn parse_grouped(s: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    if !s.as_bytes()[0].is_ascii_digit() || !s.as_bytes()[s.len() - 1].is_ascii_digit() {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let (int_part, frac_part): (String, &str) = match (dots, commas) {
        (0, 0) => (s.to_string(), ""),
        (d, 0) | (0, d) => {
            let sep = if dots > 0 { '.' } else { ',' };
            if d > 1 {
                (grouped_digits(s, sep)?, "")
            } else {
                let (a, b) = s.split_once(sep)?;
                match b.len() {
                    3 if a != "0" && a.len() <= 3 => (format!("{a}{b}"), ""),
                    3 => (a.to_string(), b),
                    1 | 2 => (a.to_string(), b),
                    _ => return None,
                }
            }
        }
        _ => {
            // Both present: the last one is the decimal separator.
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            let (dec, thou) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if s.matches(dec).count() != 1 {
                return None;
            }
            let (a, b) = s.split_once(dec)?;
            if b.contains(thou) || b.is_empty() {
                return None;
            }
            (grouped_digits(a, thou)?, b)
        }
    };
    if int_part.is_empty() || int_part.len() > 15 {
        return None;
    }
    let text = if frac_part.is_empty() {
        int_part
    } else {
        format!("{int_part}.{frac_part}")
    };
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dutch_and_english_amounts() {
        let cases: &[(&str, f64)] = &[
            ("3.662", 3662.0),
            ("3.735,55", 3735.55),
            ("6.000,-", 6000.0),
            ("€ 6.000,-", 6000.0),
            ("2,25", 2.25),
            ("3,736", 3736.0),
            ("3,736.50", 3736.5),
            ("60,000", 60000.0),
            ("4132", 4132.0),
            ("€ 4.132", 4132.0),
            ("€4.132", 4132.0),
            ("EUR 4132", 4132.0),
            ("4.132 euro", 4132.0),
            ("€ 95,00", 95.0),
            ("1.250.000", 1_250_000.0),
            ("1,250,000.75", 1_250_000.75),
            ("1.250.000,75", 1_250_000.75),
            ("0,500", 0.5),
            ("€\u{a0}2.580,00", 2580.0),
            ("95.5", 95.5),
        ];
        for (s, v) in cases {
            assert_eq!(parse_amount(s), Some(*v), "{s}");
        }
    }

    #[test]
    fn rejects_non_numbers() {
        for s in [
            "60k",
            "",
            "€",
            "-5",
            "3.5000",
            "1.2.3",
            "1,2,3",
            "12..3",
            "3.",
            ",5",
            "abc",
            "3 662",
            "3.735,55,5",
            "3,735.55.5",
            "1.23,456",
            "€ 5 €",
            "1234.567,8",
        ] {
            assert_eq!(parse_amount(s), None, "{s:?}");
        }
    }

    #[test]
    fn integers() {
        assert_eq!(parse_int("36"), Some(36));
        assert_eq!(parse_int("1.000"), Some(1000));
        assert_eq!(parse_int("60,000"), Some(60000));
        assert_eq!(parse_int("36,5"), None);
        assert_eq!(parse_int("-3"), None);
        assert_eq!(parse_int("99999999999999999999999"), None);
    }

    fn group(int: u64, sep: char) -> String {
        let digits = int.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            let _ = parse_amount(&s);
            let _ = parse_int(&s);
        }

        #[test]
        fn never_panics_on_numberish(s in "[0-9.,€ -]{0,20}") {
            let _ = parse_amount(&s);
        }

        #[test]
        fn dutch_and_english_round_trip(cents in 0u64..100_000_000) {
            let int = cents / 100;
            let frac = cents % 100;
            let nl = format!("{},{:02}", group(int, '.'), frac);
            let en = format!("{}.{:02}", group(int, ','), frac);
            let want = cents as f64 / 100.0;
            let got_nl = parse_amount(&nl);
            let got_en = parse_amount(&en);
            prop_assert!(got_nl.is_some_and(|v| (v - want).abs() < 1e-6), "{} -> {:?}", nl, got_nl);
            prop_assert!(got_en.is_some_and(|v| (v - want).abs() < 1e-6), "{} -> {:?}", en, got_en);
            let euro = format!("€ {}", group(int, '.'));
            prop_assert_eq!(parse_amount(&euro), Some(int as f64));
            let cur = format!("€{},-", group(int, '.'));
            prop_assert_eq!(parse_amount(&cur), Some(int as f64));
        }
    }
}
