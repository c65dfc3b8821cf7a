//! Reading the pay of a vacancy from a snippet of page text.
//!
//! Pages state pay as ranges (`€3.662 - €5.586 (bruto)`), as sentences (`Een
//! salaris van minimaal € 3.735,55 en maximaal € 5.261,64 bruto per maand`), as
//! caps (`max € 95,00 per uur`, `tot € 4.500`) or floors (`vanaf €3.000`), in
//! Dutch or English number formats, and right next to money that is *not* pay:
//! a broker's fee, a travel allowance per kilometre, a training budget. This
//! module turns one snippet into a [`Salary`] and converts amounts to a
//! monthly figure for the `salary_monthly` column.
//!
//! Rules:
//!
//! * Only amounts with a currency sign or word (`€`, `EUR`, `euro`, `$`, `£`)
//!   count, plus the bare second number of a range whose first number has one
//!   (`EUR 50 - 70`). So `36 uur`, `22,37%` and `schaal 10` are never money.
//!   `€60k` is read as 60 000.
//! * An amount is not pay when the words just before it in the same clause
//!   name a fee, allowance, budget or cost (`fee`, `reiskosten`, `vergoeding`,
//!   `budget`, `thuiswerk`, `kilometer`, `bonus`, …), or when it is followed by
//!   `/km`, `per km`, `per kilometer`, `fee` or `in rekening`. A snippet whose
//!   only amounts are like that gives `None`.
//! * The first pay amount starts the salary. The next one is its other end
//!   when only a connector stands between them (`-`, `tot`, `en maximaal`,
//!   `to`, `and` …). `minimaal`/`vanaf`/`from` before a lone amount make it a
//!   minimum only, `maximaal`/`max`/`tot`/`up to` a maximum only; a lone amount
//!   without such a word is both minimum and maximum. A range printed the
//!   wrong way round is swapped, so `min <= max` always holds.
//! * The period comes from the words after the amounts (first found), else
//!   before them: per maand/mnd/month, maandelijks, p.m.; per uur/hour,
//!   uurtarief, p.u.; per jaar/year, jaarsalaris, annual, p.j.; per week; per
//!   dag/day. A period word right after an hours count (`36 uur per week`) is
//!   about the hours and is skipped. Without a period word it is inferred from
//!   the larger amount: >= 15 000 is a year, 700 up to 15 000 a month, below
//!   200 an hour, and 200 up to 700 stays unknown.

use std::sync::LazyLock;

use regex::Regex;

use super::number::parse_amount;
use super::{before, fold};

/// The period a salary amount is stated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SalaryPeriod {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl SalaryPeriod {
    /// The value of the `salary_period` field: `hour`, `day`, `week`, `month`
    /// or `year`.
    pub fn as_str(self) -> &'static str {
        match self {
            SalaryPeriod::Hour => "hour",
            SalaryPeriod::Day => "day",
            SalaryPeriod::Week => "week",
            SalaryPeriod::Month => "month",
            SalaryPeriod::Year => "year",
        }
    }

    /// Reads a schema.org `unitText` (`HOUR`, `DAY`, `WEEK`, `MONTH`, `YEAR`,
    /// any case) and a few common variants (`hourly`, `monthly`, `annual`,
    /// `uur`, `maand`, `jaar`).
    pub fn from_unit_text(s: &str) -> Option<SalaryPeriod> {
        match s.trim().to_ascii_lowercase().as_str() {
            "hour" | "hours" | "hourly" | "per hour" | "uur" | "per uur" => {
                Some(SalaryPeriod::Hour)
            }
            "day" | "days" | "daily" | "per day" | "dag" | "per dag" => Some(SalaryPeriod::Day),
            "week" | "weeks" | "weekly" | "per week" => Some(SalaryPeriod::Week),
            "month" | "months" | "monthly" | "per month" | "maand" | "per maand" => {
                Some(SalaryPeriod::Month)
            }
            "year" | "years" | "yearly" | "annual" | "annually" | "per year" | "jaar"
            | "per jaar" => Some(SalaryPeriod::Year),
            _ => None,
        }
    }
}

/// A salary as stated on the page: gross amounts in `currency` per `period`.
#[derive(Debug, Clone, PartialEq)]
pub struct Salary {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub period: Option<SalaryPeriod>,
    /// ISO 4217 code: `EUR` unless the page shows `$` / `USD` or `£` / `GBP`.
    pub currency: &'static str,
}

/// Weeks per month, 52 / 12.
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;
/// Working days per week assumed for a day rate.
const DAYS_PER_WEEK: f64 = 5.0;
/// Hours per week assumed for an hourly rate when the vacancy's hours are
/// unknown: the full-time week of the public-sector CAOs (Rijk, gemeenten,
/// provincies all use 36).
const DEFAULT_HOURS_PER_WEEK: f64 = 36.0;

/// Converts an amount per `period` to a monthly amount:
///
/// * year: / 12;
/// * month: as is;
/// * week: × 52 / 12;
/// * day: × 5 days a week × 52 / 12;
/// * hour: × `hours_per_week` × 52 / 12, with 36 hours a week when the hours
///   are unknown or not a plausible week (outside 1..=80).
///
/// Returns `None` for a negative or non-finite amount.
pub fn monthly(amount: f64, period: SalaryPeriod, hours_per_week: Option<f64>) -> Option<f64> {
    if !amount.is_finite() || amount < 0.0 {
        return None;
    }
    let hours = hours_per_week
        .filter(|h| h.is_finite() && (1.0..=80.0).contains(h))
        .unwrap_or(DEFAULT_HOURS_PER_WEEK);
    let m = match period {
        SalaryPeriod::Year => amount / 12.0,
        SalaryPeriod::Month => amount,
        SalaryPeriod::Week => amount * WEEKS_PER_MONTH,
        SalaryPeriod::Day => amount * DAYS_PER_WEEK * WEEKS_PER_MONTH,
        SalaryPeriod::Hour => amount * hours * WEEKS_PER_MONTH,
    };
    Some(m).filter(|m| m.is_finite())
}

/// A number found in the snippet.
#[derive(Debug, Clone, Copy)]
struct Token {
    /// Start of the whole token including a currency prefix.
    start: usize,
    end: usize,
    value: f64,
    currency: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qual {
    Min,
    Max,
}

static RE_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<pre>€|(?-u:\b)eur(?:os?)?(?-u:\b)|\$|£|(?-u:\b)usd(?-u:\b)|(?-u:\b)gbp(?-u:\b))?\s*(?P<num>[0-9](?:[0-9.,]*[0-9])?)(?P<nc>,-{1,2}|,–|\.-)?(?P<k>k(?-u:\b))?(?:\s*(?P<post>€|euros?(?-u:\b)|eur(?-u:\b)))?",
    )
    .expect("valid regex")
});

/// A connector that makes a bare number the upper end of a range.
static RE_BARE_CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:-|–|—|tot(?:\s+en\s+met)?|t/m|to|tot\s+max(?:imaal)?\.?)\s*$")
        .expect("valid regex")
});

/// Units that make a bare number a count rather than money.
static RE_UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:%|procent|percent|uur|uren|urige|hours?|hrs?|jaar|years?|km|kilometer|dagen|days?|maanden|months?|weken|weeks?|fte|medewerkers|mensen)(?-u:\b)",
    )
    .expect("valid regex")
});

/// A connector between two currency amounts of one range.
static RE_PAIR_CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[-–—~]|(?-u:\b)(?:tot|t/m|to|en|and|tussen|max|maximaal|maximum|min|minimaal|minimum|a)(?-u:\b)|à")
        .expect("valid regex")
});

/// Pay nouns and fillers that may stand between a qualifier and the amount:
/// `maximaal uurtarief €`, `het maximum uurtarief is €`.
const QUAL_FILLER: &str = r"(?:\s+(?:het|de|een|bruto|gross|[a-z]*tarief|[a-z]*salaris|[a-z]*loon|(?:hourly\s+)?rate|salary|pay|is|van|of|bedraagt|voor|deze|dit|opdracht|functie|rol|for|this|role|position|:))*";

static RE_QUAL_MIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:minimaal|minimum|min|vanaf|v\.a|from|starting\s+(?:at|from)|at\s+least|ten\s*minste|startsalaris|aanvangssalaris|beginsalaris)\.?{QUAL_FILLER}\s*:?\s*$"
    ))
    .expect("valid regex")
});
static RE_QUAL_MAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:maximaal|maximale|maximum|max|tot|up\s+to|to|hoogstens|ten\s+hoogste|at\s+most|eindsalaris)\.?{QUAL_FILLER}\s*:?\s*$"
    ))
    .expect("valid regex")
});

/// Words before an amount (same clause) that make it something else than pay.
static RE_NON_PAY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)fees?(?-u:\b)|in rekening|reiskost|vergoeding|budget|thuiswerk|kilometer|(?-u:\b)km(?-u:\b)|toelage|allowance|reimburs|expenses|mileage|bonus|toeslag|onkosten|kosten(?-u:\b)|(?-u:\b)ikb(?-u:\b)|uitkering|vakantiegeld|korting|discount|subsidie|(?-u:\b)prijs|(?-u:\b)price|(?-u:\b)costs?(?-u:\b)|omzet|revenue|turnover|(?-u:\b)boete",
    )
    .expect("valid regex")
});
/// Words right after an amount that make it something else than pay.
static RE_NON_PAY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:/\s*km|per\s+(?:km|kilometer)|km(?-u:\b)|(?:bruto\s+|netto\s+)?(?:bonus|toeslag|vergoeding|budget|opleidingsbudget|reiskosten|tegemoetkoming|allowance|eenmalig))|in rekening|(?-u:\b)fees?(?-u:\b)",
    )
    .expect("valid regex")
});

static RE_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?P<hour>per\s+(?:gewerkt\s+)?uur|/\s*uur|(?-u:\b)p\.u(?-u:\b)|(?-u:\b)p/u(?-u:\b)|per\s+hour|/\s*h(?:ou)?r(?-u:\b)|(?-u:\b)an\s+hour|hourly|uurtarief|uurloon|uur\s*tarief|uurvergoeding)
      | (?P<month>per\s+maand|/\s*maand|/\s*mnd|per\s+mnd|(?-u:\b)p\.m(?-u:\b)|(?-u:\b)p/m(?-u:\b)|(?-u:\b)pm(?-u:\b)|per\s+month|/\s*month|/\s*mo(?-u:\b)|(?-u:\b)a\s+month|monthly|maandelijks|maandsalaris|maandloon|maandinkomen|bruto\s+maand)
      | (?P<year>per\s+jaar|/\s*jaar|/\s*jr(?-u:\b)|(?-u:\b)p\.j(?-u:\b)|per\s+year|/\s*year|/\s*yr(?-u:\b)|per\s+annum|(?-u:\b)p\.a(?-u:\b)|(?-u:\b)a\s+year|annual(?:ly)?|yearly|jaarsalaris|jaarloon|jaarinkomen|bruto\s+jaar)
      | (?P<week>per\s+week|/\s*week|/\s*wk(?-u:\b)|(?-u:\b)p\.w(?-u:\b)|(?-u:\b)a\s+week|weekly|weekloon)
      | (?P<day>per\s+dag|/\s*dag(?-u:\b)|per\s+day|/\s*day(?-u:\b)|(?-u:\b)a\s+day|daily|dagtarief|dagloon|day\s+rate)
    ",
    )
    .expect("valid regex")
});
/// An hours count right before a period word: `36 uur per week`.
static RE_HOURS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[0-9](?:[.,][0-9]+)?\s*-?\s*(?:uur|uren|hours?|hrs?|u)\s*$")
        .expect("valid regex")
});

/// Reads the salary stated in `snippet` (see the module docs for the rules).
/// Returns `None` when no pay amount is found.
pub fn parse_salary(snippet: &str) -> Option<Salary> {
    let tokens = tokens(snippet);
    let pay: Vec<Token> = tokens
        .iter()
        .copied()
        .filter(|t| is_pay(snippet, t))
        .collect();
    let first = *pay.first()?;
    let second = pay.get(1).copied().filter(|b| paired(snippet, &first, b));
    let used_end = second.map_or(first.end, |b| b.end);
    let next_start = pay
        .iter()
        .find(|t| t.start >= used_end)
        .map_or(snippet.len(), |t| t.start);

    let (mut min, mut max) = match second {
        Some(b) => {
            let qa = qualifier(snippet, None, &first);
            let qb = qualifier(snippet, Some(&first), &b);
            if qa == Some(Qual::Max) && qb == Some(Qual::Min) {
                (Some(b.value), Some(first.value))
            } else {
                (Some(first.value), Some(b.value))
            }
        }
        None => match qualifier(snippet, None, &first) {
            Some(Qual::Min) => (Some(first.value), None),
            Some(Qual::Max) => (None, Some(first.value)),
            None => (Some(first.value), Some(first.value)),
        },
    };
    if let (Some(a), Some(b)) = (min, max) {
        if a > b {
            min = Some(b);
            max = Some(a);
        }
    }

    let after_region = region_after(snippet, used_end, next_start);
    let before_region = clause_tail(before(snippet, first.start, 80));
    let period = find_period(after_region)
        .or_else(|| find_period(before_region))
        .or_else(|| infer_period(max.or(min)?));

    Some(Salary {
        min,
        max,
        period,
        currency: first.currency.unwrap_or("EUR"),
    })
}

/// All numbers of the snippet, with their currency when one is attached, and
/// bare range ends taking the currency of the amount before them.
fn tokens(s: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for c in RE_TOKEN.captures_iter(s) {
        let (Some(whole), Some(num)) = (c.get(0), c.name("num")) else {
            continue;
        };
        let mut text = num.as_str().to_string();
        if let Some(nc) = c.name("nc") {
            text.push_str(nc.as_str());
        }
        let Some(mut value) = parse_amount(&text) else {
            continue;
        };
        if c.name("k").is_some() {
            value *= 1000.0;
        }
        let marker = c.name("pre").or_else(|| c.name("post")).map(|m| m.as_str());
        let currency = marker.map(currency_code);
        // A trailing currency word belongs to this number only if nothing but
        // spaces separates them, which the regex guarantees.
        let start = if c.name("pre").is_some() {
            whole.start()
        } else {
            num.start()
        };
        let mut token = Token {
            start,
            end: whole.end(),
            value,
            currency,
        };
        if token.currency.is_none() {
            if let Some(prev) = out.last() {
                let between = s.get(prev.end..token.start).unwrap_or("");
                let unit_follows = RE_UNIT_AFTER.is_match(s.get(token.end..).unwrap_or(""));
                if prev.currency.is_some() && RE_BARE_CONNECTOR.is_match(between) && !unit_follows {
                    token.currency = prev.currency;
                }
            }
        }
        out.push(token);
    }
    // A bare number before a range connector and a currency amount is the
    // lower end of that range: `3500-4500 EUR`.
    for i in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = (out[i], out[i + 1]);
        if a.currency.is_none() && b.currency.is_some() {
            let between = s.get(a.end..b.start).unwrap_or("");
            let unit_follows = RE_UNIT_AFTER.is_match(s.get(a.end..).unwrap_or(""));
            if RE_BARE_CONNECTOR.is_match(between) && !unit_follows {
                out[i].currency = b.currency;
            }
        }
    }
    out.retain(|t| t.currency.is_some() && t.value > 0.0 && t.value < 10_000_000.0);
    out
}

fn currency_code(marker: &str) -> &'static str {
    match marker.to_ascii_lowercase().as_str() {
        "$" | "usd" => "USD",
        "£" | "gbp" => "GBP",
        _ => "EUR",
    }
}

/// True unless the clause around the amount says it is a fee, allowance,
/// budget or cost.
fn is_pay(s: &str, t: &Token) -> bool {
    let before_text = fold(clause_tail(before(s, t.start, 60)));
    // An intern's stipend ("stagevergoeding", "internship allowance") is the pay
    // of an internship, not an allowance on top of pay.
    let before_text = before_text
        .replace("stagevergoeding", "stagesalaris")
        .replace("internship allowance", "internship salary");
    if RE_NON_PAY_BEFORE.is_match(&before_text) {
        return false;
    }
    let after_text = fold(clause_head(super::after(s, t.end, 40)));
    !RE_NON_PAY_AFTER.is_match(&after_text)
}

/// True when `b` is the other end of the range that starts with `a`.
fn paired(s: &str, a: &Token, b: &Token) -> bool {
    let Some(between) = s.get(a.end..b.start) else {
        return false;
    };
    between.len() <= 40
        && !between.bytes().any(|c| c.is_ascii_digit())
        && !between.contains(['\n', ';', '•', '|', '(', ')'])
        && !RE_PERIOD.is_match(between)
        && RE_PAIR_CONNECTOR.is_match(between)
}

/// The minimum/maximum word right before a token (after the previous token).
fn qualifier(s: &str, prev: Option<&Token>, t: &Token) -> Option<Qual> {
    let from = prev.map_or(0, |p| p.end);
    let text = s.get(from..t.start).unwrap_or("");
    let text = clause_tail(before(text, text.len(), 40));
    if RE_QUAL_MIN.is_match(text) {
        Some(Qual::Min)
    } else if RE_QUAL_MAX.is_match(text) {
        Some(Qual::Max)
    } else {
        None
    }
}

fn region_after(s: &str, from: usize, to: usize) -> &str {
    let text = s.get(from..to.max(from)).unwrap_or("");
    let text = super::after(text, 0, 80);
    match text.find(['\n', ';', '•']) {
        Some(i) => text.get(..i).unwrap_or(""),
        None => text,
    }
}

fn find_period(region: &str) -> Option<SalaryPeriod> {
    for c in RE_PERIOD.captures_iter(region) {
        let Some(m) = c.get(0) else { continue };
        if RE_HOURS_BEFORE.is_match(region.get(..m.start()).unwrap_or("")) {
            continue;
        }
        let p = if c.name("hour").is_some() {
            SalaryPeriod::Hour
        } else if c.name("month").is_some() {
            SalaryPeriod::Month
        } else if c.name("year").is_some() {
            SalaryPeriod::Year
        } else if c.name("week").is_some() {
            SalaryPeriod::Week
        } else {
            SalaryPeriod::Day
        };
        return Some(p);
    }
    None
}

fn infer_period(amount: f64) -> Option<SalaryPeriod> {
    if amount >= 15_000.0 {
        Some(SalaryPeriod::Year)
    } else if amount >= 700.0 {
        Some(SalaryPeriod::Month)
    } else if amount < 200.0 {
        Some(SalaryPeriod::Hour)
    } else {
        None
    }
}

fn is_sentence_end(text: &str, dot: usize) -> bool {
    // `. ` ends a sentence unless the word before the dot is short, as in the
    // abbreviations `o.b.v.`, `max.`, `ca.`, `p.m.`.
    let word: usize = text
        .get(..dot)
        .unwrap_or("")
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .count();
    word >= 4
}

/// The part of `text` after its last clause separator.
fn clause_tail(text: &str) -> &str {
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        let next = text.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let sep = match c {
            '\n' | ';' | '•' | '·' | '|' => true,
            ',' | '.' | '!' | '?' => {
                next.is_some_and(char::is_whitespace) && (c != '.' || is_sentence_end(text, i))
            }
            _ => false,
        };
        if sep {
            cut = i + c.len_utf8();
        }
    }
    text.get(cut..).unwrap_or("")
}

/// The part of `text` before its first clause separator.
fn clause_head(text: &str) -> &str {
    for (i, c) in text.char_indices() {
        let next = text.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
        let sep = match c {
            '\n' | ';' | '•' | '·' | '|' => true,
            ',' | '.' | '!' | '?' => {
                next.is_some_and(char::is_whitespace) && (c != '.' || is_sentence_end(text, i))
            }
            _ => false,
        };
        if sep {
            return text.get(..i).unwrap_or("");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sal(s: &str) -> Option<(Option<f64>, Option<f64>, Option<&'static str>)> {
        parse_salary(s).map(|x| (x.min, x.max, x.period.map(SalaryPeriod::as_str)))
    }

    #[test]
    fn real_phrasings() {
        let m = Some("month");
        type Case<'a> = (&'a str, Option<f64>, Option<f64>, Option<&'a str>);
        let cases: &[Case<'_>] = &[
            ("€3.662 - €5.586 (bruto)", Some(3662.0), Some(5586.0), m),
            ("€3,736 - €5,262 per month", Some(3736.0), Some(5262.0), m),
            (
                "Een salaris van minimaal € 3.735,55 en maximaal € 5.261,64 bruto per maand (schaal 10, cao-provincies) bij een 36-urige werkweek, afhankelijk van ervaring en opleiding.",
                Some(3735.55),
                Some(5261.64),
                m,
            ),
            (
                "salaris in schaal 10a van minimaal € 4.132 en maximaal € 5.947 bruto per maand, o.b.v. 36 uur;",
                Some(4132.0),
                Some(5947.0),
                m,
            ),
            ("max € 95,00 per uur", None, Some(95.0), Some("hour")),
            ("€60,000 - €75,000 per year", Some(60000.0), Some(75000.0), Some("year")),
            ("tot € 4.500 bruto per maand", None, Some(4500.0), m),
            ("vanaf €3.000", Some(3000.0), None, m),
            ("€ 2.580,00 - € 4.000,00", Some(2580.0), Some(4000.0), m),
            ("EUR 50 - 70 per hour", Some(50.0), Some(70.0), Some("hour")),
            ("€ 4.132,- tot € 5.947,-", Some(4132.0), Some(5947.0), m),
            ("Salaris: € 3.500 per maand", Some(3500.0), Some(3500.0), m),
            ("Uurtarief: max € 95,00 excl. btw", None, Some(95.0), Some("hour")),
            ("Jaarsalaris €48.000 - €60.000", Some(48000.0), Some(60000.0), Some("year")),
            ("€60k - €75k", Some(60000.0), Some(75000.0), Some("year")),
            ("€ 5.586 - € 3.662 bruto per maand", Some(3662.0), Some(5586.0), m),
            ("maximaal € 5.000, minimaal € 3.000", Some(3000.0), Some(5000.0), m),
            ("€ 500 per dag", Some(500.0), Some(500.0), Some("day")),
            ("€ 900 per week", Some(900.0), Some(900.0), Some("week")),
            ("€ 450", Some(450.0), Some(450.0), None),
            ("Salary: 3500-4500 EUR", Some(3500.0), Some(4500.0), m),
            ("Maximaal uurtarief € 110 incl. reiskosten", None, Some(110.0), Some("hour")),
            ("Het maximum uurtarief is €95,00 exclusief BTW", None, Some(95.0), Some("hour")),
            ("Uurtarief tussen de € 80,- en € 100,-", Some(80.0), Some(100.0), Some("hour")),
            ("between €50,000 and €70,000 a year", Some(50000.0), Some(70000.0), Some("year")),
            ("EUR 4.000,00 - EUR 5.000,00 gross per month", Some(4000.0), Some(5000.0), m),
            ("€ 3.000 bruto per maand + reiskostenvergoeding", Some(3000.0), Some(3000.0), m),
            ("3.000 euro bruto p.m.", Some(3000.0), Some(3000.0), m),
            (
                "€ 3.000 bruto bij 36 uur per week",
                Some(3000.0),
                Some(3000.0),
                m,
            ),
            (
                "Salaris €3.000 - €4.000 per maand; reiskostenvergoeding € 0,23/km",
                Some(3000.0),
                Some(4000.0),
                m,
            ),
            (
                "Het maximale tarief voor deze opdracht is € 85 per uur (exclusief btw).",
                None,
                Some(85.0),
                Some("hour"),
            ),
            ("Dordrecht 32 uur tot € 85 per uur", None, Some(85.0), Some("hour")),
            ("Stagevergoeding: € 550 per maand (bij 36 uur)", Some(550.0), Some(550.0), m),
            (
                "Een stagevergoeding van minimaal €300 per maand",
                Some(300.0),
                None,
                m,
            ),
            (
                "€3.000 per maand (€36.000 per jaar)",
                Some(3000.0),
                Some(3000.0),
                m,
            ),
        ];
        for (s, min, max, period) in cases {
            assert_eq!(sal(s), Some((*min, *max, *period)), "{s}");
        }
    }

    #[test]
    fn currency() {
        assert_eq!(
            parse_salary("$ 80,000 per year").map(|s| s.currency),
            Some("USD")
        );
        assert_eq!(parse_salary("£40,000").map(|s| s.currency), Some("GBP"));
        assert_eq!(parse_salary("€ 4.000").map(|s| s.currency), Some("EUR"));
    }

    #[test]
    fn not_pay() {
        for s in [
            "Een persoonlijk opleidingsbudget van € 6.000,- voor 5 jaar.",
            "Een NS Business Card óf reiskostenvergoeding van € 0,23/km voor je woon-werkverkeer.",
            "volledige vergoeding van het openbaar vervoer of € 0,23 per kilometer voor woon-werkverkeer per fiets.",
            "Je krijgt een Individueel Keuze Budget van 22,37% boven op je maandelijkse salaris.",
            "17,05% individueel keuzebudget bovenop jouw salaris;",
            "Voor deze opdracht brengt de externe administratieve broker 2,25 per gewerkt uur in rekening bij de winnende leverancier.",
            "Voor deze opdracht brengt de externe administratieve broker € 2,25 per gewerkt uur in rekening bij de winnende leverancier.",
            "Fee: € 2,25 per uur",
            "€ 1.500 bonus",
            "een eenmalige uitkering van € 1.000",
            "een thuiswerkvergoeding van € 2,35 per dag",
            "Geen maximum 32 Zuid-Holland",
            "36 uur per week, schaal 10",
            "",
        ] {
            assert_eq!(parse_salary(s), None, "{s}");
        }
    }

    #[test]
    fn period_from_unit_text() {
        assert_eq!(
            SalaryPeriod::from_unit_text("MONTH"),
            Some(SalaryPeriod::Month)
        );
        assert_eq!(
            SalaryPeriod::from_unit_text("hour"),
            Some(SalaryPeriod::Hour)
        );
        assert_eq!(
            SalaryPeriod::from_unit_text(" Year "),
            Some(SalaryPeriod::Year)
        );
        assert_eq!(
            SalaryPeriod::from_unit_text("WEEK"),
            Some(SalaryPeriod::Week)
        );
        assert_eq!(SalaryPeriod::from_unit_text("Day"), Some(SalaryPeriod::Day));
        assert_eq!(SalaryPeriod::from_unit_text("fortnight"), None);
        assert_eq!(SalaryPeriod::Month.as_str(), "month");
    }

    #[test]
    fn monthly_conversion() {
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-6);
        assert!(close(monthly(60000.0, SalaryPeriod::Year, None), 5000.0));
        assert!(close(monthly(3662.0, SalaryPeriod::Month, None), 3662.0));
        assert!(close(
            monthly(1000.0, SalaryPeriod::Week, None),
            1000.0 * 52.0 / 12.0
        ));
        assert!(close(
            monthly(100.0, SalaryPeriod::Day, None),
            100.0 * 5.0 * 52.0 / 12.0
        ));
        assert!(close(
            monthly(95.0, SalaryPeriod::Hour, None),
            95.0 * 36.0 * 52.0 / 12.0
        ));
        assert!(close(
            monthly(95.0, SalaryPeriod::Hour, Some(40.0)),
            95.0 * 40.0 * 52.0 / 12.0
        ));
        assert!(close(
            monthly(95.0, SalaryPeriod::Hour, Some(f64::NAN)),
            95.0 * 36.0 * 52.0 / 12.0
        ));
        assert_eq!(monthly(-1.0, SalaryPeriod::Month, None), None);
        assert_eq!(monthly(f64::INFINITY, SalaryPeriod::Month, None), None);
    }

    fn nl(cents: u64) -> String {
        let int = (cents / 100).to_string();
        let mut g = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i).is_multiple_of(3) {
                g.push('.');
            }
            g.push(c);
        }
        format!("{g},{:02}", cents % 100)
    }

    proptest! {
        #[test]
        fn never_panics_and_min_le_max(s in "\\PC{0,80}") {
            if let Some(x) = parse_salary(&s) {
                if let (Some(a), Some(b)) = (x.min, x.max) {
                    prop_assert!(a <= b);
                }
            }
        }

        #[test]
        fn money_like_strings(s in "[€0-9.,\\- a-z]{0,40}") {
            if let Some(x) = parse_salary(&s) {
                if let (Some(a), Some(b)) = (x.min, x.max) {
                    prop_assert!(a <= b);
                }
            }
        }

        #[test]
        fn ranges_in_any_order(a in 1u64..100_000_000, b in 1u64..100_000_000, sep in 0usize..3) {
            let conn = ["-", "tot", "–"][sep];
            let s = format!("€ {} {conn} € {} bruto per maand", nl(a), nl(b));
            let x = parse_salary(&s).expect("a range");
            let (lo, hi) = (a.min(b) as f64 / 100.0, a.max(b) as f64 / 100.0);
            prop_assert!(x.min.is_some_and(|v| (v - lo).abs() < 1e-6), "{}: {:?}", s, x);
            prop_assert!(x.max.is_some_and(|v| (v - hi).abs() < 1e-6), "{}: {:?}", s, x);
            prop_assert_eq!(x.period, Some(SalaryPeriod::Month));
        }
    }
}
