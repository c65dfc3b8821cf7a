//! Dutch places: from a printed work location to a municipality and province.
//!
//! The `city` field holds the canonical municipality name and `province` its
//! province, but pages print `Den Haag`, `'s-Gravenhage`, `Den Bosch`,
//! `Hoofddorp` (a woonplaats in Haarlemmermeer), `Amsterdam-Zuidoost`,
//! `Almere Buiten`, `2711 EC Zoetermeer, Nederland` or `Standplaats Den Haag`.
//! This module resolves those against the embedded CBS reference data
//! (`data/municipalities.csv`, `data/municipality_aliases.csv`,
//! `data/provinces.csv`; see `data/README.md`).
//!
//! Matching is case-insensitive with diacritics folded (`Fryslan` =
//! `Fryslân`), and `-`, `.`, `,`, `(`, `)` count as spaces (`Den-Haag` = `Den
//! Haag`, `Bergen (NH.)` = `Bergen NH`).
//!
//! Rules and assumptions:
//!
//! * A name that is an official municipality name resolves to it, even when a
//!   woonplaats elsewhere has the same name (`Hengelo`, `Beek`, `Laren`). A
//!   name that belongs to several municipalities resolves to none: `Bergen`
//!   (two municipalities; `Bergen NH`/`Bergen (L.)` do resolve) and the
//!   woonplaatsen that occur in more than one municipality, which the alias
//!   file leaves out on purpose.
//! * [`resolve_place`] reads a location *value*. It drops postcodes, a label
//!   (`Standplaats`, `Locatie`, `Werklocatie`, `Plaats`, `Location`, `Regio`,
//!   `Gemeente` …) and a country (`Nederland`, `Netherlands`, `NL`), then tries
//!   the whole value, each part between `,`/`;`/`|`/` / `, the value without a
//!   parenthesis and the text inside it (`Utrecht (Leidsche Rijn)`), and last
//!   the longest leading run of words that is a municipality or alias
//!   (`Den Haag Centraal`; not one of the word-like names of [`NEEDS_CUE`]).
//!   The first part that resolves wins. A word-like name left over after
//!   removing the country (`Heel Nederland`) is not resolved.
//! * Some aliases name something else when printed as a location, and
//!   [`resolve_place`] does not resolve them: `Nederland` (a woonplaats in
//!   Steenwijkerland; on a page it is the country), `Zeeland` (in Maashorst;
//!   on a page the province), and the foreign cities `Zurich`/`Zürich`,
//!   `Bern`, `Halle`, `Giessen`, `America`.
//! * [`find_place_in_text`] scans free text, where many woonplaatsen are also
//!   words or surnames. It matches whole words only; the text must be
//!   capitalised where the name starts (`den haag` in lower case is not
//!   taken); a woonplaats alias needs at least 4 letters; the names above
//!   never match; and names that are common words or surnames (`Best`,
//!   `Goes`, `Buren`, `Made`, `Enter`, `Well`, `Hoek`, `Vries`, `Boer`,
//!   `Blokker` … see [`NEEDS_CUE`]) only match after a location cue (`in`, `te`,
//!   `Standplaats`, `Locatie`, a postcode) or as the whole snippet. Of the
//!   matches, the first in the text wins, and at one position the longest
//!   (`Hoek van Holland` over `Hoek`).

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;

use super::{csv_rows, fold_char_into, static_str};

const MUNICIPALITIES_CSV: &str = include_str!("../../data/municipalities.csv");
const ALIASES_CSV: &str = include_str!("../../data/municipality_aliases.csv");
const PROVINCES_CSV: &str = include_str!("../../data/provinces.csv");

/// A resolved work location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The official municipality name (`'s-Gravenhage`, `Súdwest-Fryslân`).
    pub municipality: &'static str,
    /// The CBS municipality code (`GM0518`).
    pub cbs_code: &'static str,
    /// The province as CBS spells it (`Zuid-Holland`, `Fryslân`).
    pub province: &'static str,
    /// The text that was matched, as printed (`Den Haag`, `Zoetermeer`).
    pub printed: String,
}

/// Keys that [`resolve_place`] does not resolve and [`find_place_in_text`]
/// never matches: woonplaatsen whose name on a job page means a country, a
/// province or a foreign city.
pub const NOT_A_DUTCH_PLACE: &[&str] = &[
    "nederland",
    "netherlands",
    "zeeland",
    "zurich",
    "bern",
    "halle",
    "giessen",
    "america",
];

/// Keys that [`find_place_in_text`] matches only after a location cue or as
/// the whole snippet: municipality and woonplaats names that are also Dutch
/// or English words, or common surnames.
pub const NEEDS_CUE: &[&str] = &[
    "best",
    "goes",
    "borne",
    "buren",
    "stein",
    "beek",
    "hulst",
    "putten",
    "sluis",
    "oranje",
    "monster",
    "enter",
    "hall",
    "boer",
    "born",
    "broek",
    "echt",
    "elim",
    "amen",
    "erica",
    "handel",
    "heide",
    "hoek",
    "horn",
    "horst",
    "joppe",
    "kaag",
    "lent",
    "lies",
    "linde",
    "linden",
    "loon",
    "made",
    "marken",
    "mill",
    "neer",
    "noorden",
    "putte",
    "reek",
    "schijf",
    "spui",
    "thorn",
    "veen",
    "waal",
    "well",
    "winkel",
    "wier",
    "baard",
    "bears",
    "dieren",
    "doorn",
    "graft",
    "sloten",
    "vries",
    "blokker",
    "hoogland",
    "nieuwland",
    "halfweg",
    "stroe",
    "heel",
    "ens",
    "een",
    "leur",
    "rijs",
    "lomm",
    "gees",
    "eede",
    "erm",
    "bant",
    "hank",
    "haps",
    "wouw",
    "zalk",
    "heeg",
    "ried",
    "riel",
    "rien",
    "wons",
    "tuil",
    "nuis",
    "lith",
    "olst",
    "mook",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Municipality,
    Alias,
    Woonplaats,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    One(usize),
    Ambiguous,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    target: Target,
    kind: Kind,
}

struct Municipality {
    name: &'static str,
    cbs_code: &'static str,
    province: &'static str,
}

struct Index {
    municipalities: Vec<Municipality>,
    /// Loose keys (hyphens as spaces) → entry; ambiguous when two
    /// municipalities share a loose key.
    keys: HashMap<String, Entry>,
    /// Exact keys (hyphens kept), consulted first.
    exact: HashMap<String, Entry>,
    patterns: Vec<String>,
    ac: Option<AhoCorasick>,
    provinces: HashMap<String, &'static str>,
}

/// The loose normalised form of a name: folded, separators (hyphens
/// included) as single spaces.
fn key(s: &str) -> String {
    key_impl(s, false)
}

/// Like [`key`] but keeps hyphens: BAG has woonplaatsen that differ only by
/// a hyphen (`Kapel Avezaath` in Tiel, `Kapel-Avezaath` in Buren).
fn exact_key(s: &str) -> String {
    key_impl(s, true)
}

fn key_impl(s: &str, keep_hyphen: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut buf = String::new();
    for c in s.chars() {
        buf.clear();
        fold_char_into(c, &mut buf);
        for f in buf.chars() {
            let f = if keep_hyphen && f == '-' {
                f
            } else {
                separator_to_space(f)
            };
            if f == ' ' {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(f);
            }
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn separator_to_space(c: char) -> char {
    match c {
        '-' | '–' | '—' | '.' | ',' | '(' | ')' | '[' | ']' | ';' | ':' | '"' | '_' | '•' | '·' => {
            ' '
        }
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// Folds `s` like [`key`] but keeps, for every byte of the result, the span
/// of the original character it came from.
fn key_with_spans(s: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(s.len());
    let mut spans = Vec::with_capacity(s.len());
    let mut buf = String::new();
    for (i, c) in s.char_indices() {
        let span = (i, i + c.len_utf8());
        buf.clear();
        fold_char_into(c, &mut buf);
        for f in buf.chars() {
            let f = separator_to_space(f);
            if f == ' ' && out.ends_with(' ') {
                continue;
            }
            let before = out.len();
            out.push(f);
            for _ in before..out.len() {
                spans.push(span);
            }
        }
    }
    (out, spans)
}

fn insert(keys: &mut HashMap<String, Entry>, k: String, idx: usize, kind: Kind) {
    if k.is_empty() {
        return;
    }
    match keys.get_mut(&k) {
        None => {
            keys.insert(
                k,
                Entry {
                    target: Target::One(idx),
                    kind,
                },
            );
        }
        Some(e) => match e.target {
            Target::One(old) if old == idx => e.kind = e.kind.min(kind),
            // A municipality name wins over an alias of another municipality.
            Target::One(_) if e.kind == Kind::Municipality && kind != Kind::Municipality => {}
            Target::One(_) if kind == Kind::Municipality && e.kind != Kind::Municipality => {
                *e = Entry {
                    target: Target::One(idx),
                    kind,
                };
            }
            _ => {
                e.target = Target::Ambiguous;
                e.kind = e.kind.min(kind);
            }
        },
    }
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut municipalities = Vec::new();
    let mut by_code: HashMap<&'static str, usize> = HashMap::new();
    let mut keys: HashMap<String, Entry> = HashMap::new();
    let mut exact: HashMap<String, Entry> = HashMap::new();
    for row in csv_rows(MUNICIPALITIES_CSV) {
        if row.len() < 6 {
            continue;
        }
        let m = Municipality {
            cbs_code: static_str(row[0].clone()),
            name: static_str(row[2].clone()),
            province: static_str(row[5].clone()),
        };
        let idx = municipalities.len();
        by_code.insert(m.cbs_code, idx);
        insert(&mut keys, key(m.name), idx, Kind::Municipality);
        insert(&mut exact, exact_key(m.name), idx, Kind::Municipality);
        insert(&mut keys, key(&row[3]), idx, Kind::Alias);
        insert(&mut exact, exact_key(&row[3]), idx, Kind::Alias);
        municipalities.push(m);
    }
    for row in csv_rows(ALIASES_CSV) {
        if row.len() < 4 {
            continue;
        }
        let Some(&idx) = by_code.get(row[2].trim()) else {
            continue;
        };
        let kind = if row[3].trim() == "woonplaats" {
            Kind::Woonplaats
        } else {
            Kind::Alias
        };
        insert(&mut keys, key(&row[0]), idx, kind);
        insert(&mut exact, exact_key(&row[0]), idx, kind);
    }
    // Ambiguous loose keys stay patterns: the exact form may still decide.
    let mut patterns: Vec<String> = keys.keys().cloned().collect();
    patterns.sort();
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&patterns)
        .ok();

    let mut provinces: HashMap<String, &'static str> = HashMap::new();
    for row in csv_rows(PROVINCES_CSV) {
        if row.len() < 5 {
            continue;
        }
        let name = static_str(row[3].clone());
        provinces.insert(key(name), name);
        provinces.insert(key(&row[4]), name);
        provinces.insert(key(&row[2]), name);
    }
    let variants: [(&str, &str); 8] = [
        ("friesland", "fryslan"),
        ("frisia", "fryslan"),
        ("brabant", "noord brabant"),
        ("nh", "noord holland"),
        ("zh", "zuid holland"),
        ("n holland", "noord holland"),
        ("z holland", "zuid holland"),
        ("gelre", "gelderland"),
    ];
    for (variant, canonical) in variants {
        if let Some(&name) = provinces.get(canonical) {
            provinces.insert(variant.to_string(), name);
        }
    }
    Index {
        municipalities,
        keys,
        exact,
        patterns,
        ac,
        provinces,
    }
});

/// The number of municipalities in the reference data (342 for 2024–2026).
pub fn municipality_count() -> usize {
    INDEX.municipalities.len()
}

fn place(idx: usize, printed: &str) -> Option<Place> {
    let m = INDEX.municipalities.get(idx)?;
    Some(Place {
        municipality: m.name,
        cbs_code: m.cbs_code,
        province: m.province,
        printed: printed.trim().to_string(),
    })
}

/// The entry for a name: by its exact key (hyphens kept) when known, else by
/// its loose key.
fn entry(text: &str) -> Option<(String, Entry)> {
    let k = key(text);
    if k.is_empty() || NOT_A_DUTCH_PLACE.contains(&k.as_str()) {
        return None;
    }
    if let Some(e) = INDEX.exact.get(&exact_key(text)) {
        return Some((k, *e));
    }
    INDEX.keys.get(&k).map(|e| (k, *e))
}

fn lookup(text: &str) -> Option<Place> {
    match entry(text)?.1.target {
        Target::One(idx) => place(idx, text),
        Target::Ambiguous => None,
    }
}

static RE_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[1-9][0-9]{3}\s?(?:[A-Z]{2}|[a-z]{2})(?-u:\b)").expect("valid regex")
});
static RE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:standplaats|werklocatie|werkplek|locatie|plaats|vestiging|location|work\s+location|city|regio|region|omgeving|gemeente|stad|woonplaats|plaats\s+van\s+tewerkstelling)\s*[:\-]?\s+",
    )
    .expect("valid regex")
});
static RE_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[,\s]+|\s*\(\s*)(?:nederland|the\s+netherlands|netherlands|nl)\s*\)?\s*$")
        .expect("valid regex")
});
static RE_PARENS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([^()]*)\)").expect("valid regex"));

/// Resolves a printed work location (a field value such as `Den Haag`,
/// `2711 EC Zoetermeer, Nederland` or `Utrecht (Leidsche Rijn)`) to its
/// municipality. See the module docs for the steps and the names that are
/// deliberately not resolved.
pub fn resolve_place(s: &str) -> Option<Place> {
    let s = s.trim();
    if s.is_empty() || s.len() > 300 {
        return None;
    }
    if let Some(p) = lookup(s) {
        return Some(p);
    }
    let no_postcode = RE_POSTCODE.replace_all(s, " ");
    let no_label = RE_LABEL.replace(no_postcode.trim(), "");
    for candidate in [no_postcode.trim(), no_label.trim()] {
        if let Some(p) = lookup(candidate) {
            return Some(p);
        }
    }
    let cleaned = RE_COUNTRY.replace(&no_label, "");
    let cleaned = cleaned.trim();
    // `Heel Nederland` is nationwide, not the woonplaats Heel.
    if cleaned != no_label.trim() && NEEDS_CUE.contains(&key(cleaned).as_str()) {
        return None;
    }
    if let Some(p) = lookup(cleaned) {
        return Some(p);
    }
    let parts: Vec<&str> = cleaned
        .split([',', ';', '|', '•', '\n'])
        .flat_map(|p| p.split(" / "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    for part in &parts {
        let part = RE_LABEL.replace(part, "");
        if let Some(p) = lookup(&part) {
            return Some(p);
        }
        if RE_PARENS.is_match(&part) {
            let outside = RE_PARENS.replace_all(&part, " ");
            if let Some(p) = lookup(outside.trim()) {
                return Some(p);
            }
            for c in RE_PARENS.captures_iter(&part) {
                if let Some(p) = c.get(1).and_then(|m| lookup(m.as_str())) {
                    return Some(p);
                }
            }
        }
    }
    for part in &parts {
        if let Some(p) = longest_leading(part) {
            return Some(p);
        }
    }
    None
}

/// The longest leading run of words of `part` that is a municipality name or
/// a non-woonplaats alias, or a woonplaats of at least 4 letters.
fn longest_leading(part: &str) -> Option<Place> {
    let words: Vec<&str> = part.split_whitespace().collect();
    for n in (1..words.len()).rev() {
        let candidate = words[..n].join(" ");
        if let Some((k, e)) = entry(&candidate) {
            if NEEDS_CUE.contains(&k.as_str()) {
                continue;
            }
            let letters = k.chars().filter(|c| c.is_alphabetic()).count();
            if let Target::One(idx) = e.target {
                if e.kind != Kind::Woonplaats || letters >= 4 {
                    return place(idx, &candidate);
                }
            }
        }
    }
    None
}

/// [`find_place_in_text`] reads at most this many bytes of its input.
const MAX_TEXT_BYTES: usize = 20_000;

static RE_CUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?-u:\b)(?:in|te|bij|standplaats|locatie|werklocatie|plaats|vestiging|gemeente|location|city|regio|omgeving|werkplek|kantoor|office|based\s+in)\s*:?\s*|[1-9][0-9]{3}\s?[A-Za-z]{2}\s+)$",
    )
    .expect("valid regex")
});

/// Finds the first municipality or alias named in a short piece of free text
/// (`Stadhuisplein 1, 2711 EC Zoetermeer, Nederland`, `Standplaats Den Haag`,
/// `op ons Provinciehuis in Lelystad`). See the module docs for the rules
/// that keep words and surnames from matching. Only the first 20 000 bytes
/// are read.
pub fn find_place_in_text(s: &str) -> Option<Place> {
    let s = s
        .get(..super::floor_boundary(s, MAX_TEXT_BYTES))
        .unwrap_or("");
    let index = &*INDEX;
    let ac = index.ac.as_ref()?;
    let (folded, spans) = key_with_spans(s);
    let whole_key = key(s);
    let mut found: Vec<(usize, usize, usize)> = Vec::new(); // (start, len, pattern)
    for m in ac.find_overlapping_iter(&folded) {
        found.push((m.start(), m.end() - m.start(), m.pattern().as_usize()));
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    for (start, len, pat) in found {
        let end = start + len;
        if index.patterns.get(pat).is_none() {
            continue;
        }
        // Whole words only.
        let prev = folded.get(..start).and_then(|p| p.chars().next_back());
        let next = folded.get(end..).and_then(|n| n.chars().next());
        if prev.is_some_and(char::is_alphanumeric) || next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let (Some(&(orig_start, _)), Some(&(_, orig_end))) =
            (spans.get(start), spans.get(end.saturating_sub(1)))
        else {
            continue;
        };
        let printed = s.get(orig_start..orig_end).unwrap_or("");
        let Some((k, entry)) = entry(printed) else {
            continue;
        };
        let Target::One(idx) = entry.target else {
            continue;
        };
        // Capitalised where the name starts.
        let first = printed.chars().next();
        if !first.is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '\'' | '’' | '‘')
        }) {
            continue;
        }
        let letters = k.chars().filter(|c| c.is_alphabetic()).count();
        if entry.kind == Kind::Woonplaats && letters < 4 {
            continue;
        }
        if NEEDS_CUE.contains(&k.as_str()) {
            let cue = RE_CUE_BEFORE.is_match(s.get(..orig_start).unwrap_or(""));
            if !cue && whole_key != k {
                continue;
            }
        }
        return place(idx, printed);
    }
    None
}

/// Recognises a province as printed (`Zuid-Holland`, `Friesland`/`Fryslân`,
/// `Noord-Brabant`, `Brabant`, English `North Holland`, `Provincie Utrecht`,
/// `NH`) and returns its CBS name (`Fryslân`). Tries the whole value, then
/// each part between commas, slashes or bars (`Zoetermeer, Zuid-Holland`).
pub fn province_name(s: &str) -> Option<&'static str> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    let find = |t: &str| -> Option<&'static str> {
        let k = key(t);
        let k = k
            .strip_prefix("provincie ")
            .or_else(|| k.strip_prefix("province of "))
            .or_else(|| k.strip_prefix("province "))
            .or_else(|| k.strip_prefix("prov "))
            .unwrap_or(&k);
        INDEX.provinces.get(k).copied()
    };
    find(s).or_else(|| s.split([',', '/', '|', ';']).find_map(find))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> Option<&'static str> {
        resolve_place(s).map(|p| p.cbs_code)
    }

    #[test]
    fn counts() {
        assert_eq!(municipality_count(), 342);
        assert_eq!(
            INDEX
                .provinces
                .values()
                .collect::<std::collections::HashSet<_>>()
                .len(),
            12
        );
    }

    #[test]
    fn resolves_printed_locations() {
        let cases: &[(&str, &str, &str)] = &[
            ("Den Haag", "'s-Gravenhage", "Zuid-Holland"),
            ("'s-Gravenhage", "'s-Gravenhage", "Zuid-Holland"),
            ("’s-Gravenhage", "'s-Gravenhage", "Zuid-Holland"),
            ("den haag", "'s-Gravenhage", "Zuid-Holland"),
            ("Den Bosch", "'s-Hertogenbosch", "Noord-Brabant"),
            ("Hoofddorp", "Haarlemmermeer", "Noord-Holland"),
            ("Amsterdam-Zuidoost", "Amsterdam", "Noord-Holland"),
            ("Almere Buiten", "Almere", "Flevoland"),
            ("Utrecht (Leidsche Rijn)", "Utrecht", "Utrecht"),
            ("Lelystad", "Lelystad", "Flevoland"),
            ("LELYSTAD", "Lelystad", "Flevoland"),
            ("2711 EC Zoetermeer", "Zoetermeer", "Zuid-Holland"),
            ("Zoetermeer, Nederland", "Zoetermeer", "Zuid-Holland"),
            ("2711EC Zoetermeer, Nederland", "Zoetermeer", "Zuid-Holland"),
            ("Standplaats: Den Haag", "'s-Gravenhage", "Zuid-Holland"),
            ("Sudwest-Fryslan", "Súdwest-Fryslân", "Fryslân"),
            ("Súdwest-Fryslân", "Súdwest-Fryslân", "Fryslân"),
            ("Den Haag Centraal", "'s-Gravenhage", "Zuid-Holland"),
            ("Den Haag / Utrecht", "'s-Gravenhage", "Zuid-Holland"),
            ("Hengelo", "Hengelo", "Overijssel"),
            ("Bergen NH", "Bergen", "Noord-Holland"),
            ("Bergen (L.)", "Bergen", "Limburg"),
            (
                "Nuenen c.a.",
                "Nuenen, Gerwen en Nederwetten",
                "Noord-Brabant",
            ),
            ("Weesp", "Amsterdam", "Noord-Holland"),
            ("The Hague", "'s-Gravenhage", "Zuid-Holland"),
            ("Alphen a/d Rijn", "Alphen aan den Rijn", "Zuid-Holland"),
            ("Gemeente Utrecht", "Utrecht", "Utrecht"),
            ("3151 AB Hoek van Holland", "Rotterdam", "Zuid-Holland"),
            ("Hoek van Holland, Nederland", "Rotterdam", "Zuid-Holland"),
        ];
        for (s, name, province) in cases {
            let p = resolve_place(s).unwrap_or_else(|| panic!("{s} did not resolve"));
            assert_eq!((p.municipality, p.province), (*name, *province), "{s}");
        }
        assert_eq!(
            resolve_place("2711 EC Zoetermeer, Nederland").map(|p| p.printed),
            Some("Zoetermeer".to_string())
        );
        assert_eq!(
            resolve_place("Den Haag").map(|p| p.printed),
            Some("Den Haag".to_string())
        );
    }

    #[test]
    fn does_not_resolve() {
        for s in [
            "",
            "Bergen",
            "Nederland",
            "Zeeland",
            "Zurich",
            "Zürich",
            "Remote",
            "Thuiswerken",
            "Heel Nederland",
            "Remote (Nederland)",
            "Best practices",
            "Brussel",
            "Haren",
            "Noord-Holland",
        ] {
            assert_eq!(code(s), None, "{s}");
        }
    }

    #[test]
    fn every_alias_resolves_to_its_code() {
        let mut checked = 0;
        for row in csv_rows(ALIASES_CSV) {
            let (alias, cbs) = (row[0].as_ref(), row[2].as_ref());
            if NOT_A_DUTCH_PLACE.contains(&key(alias).as_str()) {
                assert_eq!(code(alias), None, "{alias}");
                continue;
            }
            assert_eq!(code(alias), Some(cbs), "{alias}");
            checked += 1;
        }
        assert!(checked > 2200, "{checked}");
    }

    #[test]
    fn every_municipality_resolves_except_bergen() {
        for row in csv_rows(MUNICIPALITIES_CSV) {
            let (cbs, name, cbs_name) = (row[0].as_ref(), row[2].as_ref(), row[3].as_ref());
            assert_eq!(code(cbs_name), Some(cbs), "{cbs_name}");
            if name == "Bergen" {
                assert_eq!(code(name), None);
            } else {
                assert_eq!(code(name), Some(cbs), "{name}");
            }
        }
    }

    #[test]
    fn no_alias_collisions_between_municipalities() {
        let ambiguous = |m: &HashMap<String, Entry>| {
            let mut v: Vec<String> = m
                .iter()
                .filter(|(_, e)| e.target == Target::Ambiguous)
                .map(|(k, _)| k.clone())
                .collect();
            v.sort();
            v
        };
        assert_eq!(ambiguous(&INDEX.exact), vec!["bergen"]);
        // Only the hyphen tells these BAG woonplaatsen apart.
        assert_eq!(
            ambiguous(&INDEX.keys),
            vec!["bergen", "kapel avezaath", "kerk avezaath"]
        );
        assert_eq!(code("Kapel Avezaath"), Some("GM0281"));
        assert_eq!(code("Kapel-Avezaath"), Some("GM0214"));
        assert_eq!(code("kapel avezaath"), Some("GM0281"));
    }

    #[test]
    fn finds_places_in_text() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Stadhuisplein 1, 2711 EC Zoetermeer, Nederland",
                "Zoetermeer",
                "Zoetermeer",
            ),
            ("Standplaats Den Haag", "'s-Gravenhage", "Den Haag"),
            (
                "Zien we je snel op ons Provinciehuis in Lelystad?",
                "Lelystad",
                "Lelystad",
            ),
            (
                "Werklocatie: Hoek van Holland",
                "Rotterdam",
                "Hoek van Holland",
            ),
            ("kantoor in Almere Buiten", "Almere", "Almere Buiten"),
            ("Locatie Best", "Best", "Best"),
            ("Best", "Best", "Best"),
            ("gemeente ’s-Gravenhage", "'s-Gravenhage", "’s-Gravenhage"),
            (
                "Súdwest-Fryslân zoekt",
                "Súdwest-Fryslân",
                "Súdwest-Fryslân",
            ),
            ("wonen in Hoofddorp.", "Haarlemmermeer", "Hoofddorp"),
        ];
        for (s, name, printed) in cases {
            let p = find_place_in_text(s).unwrap_or_else(|| panic!("{s}: nothing found"));
            assert_eq!(
                (p.municipality, p.printed.as_str()),
                (*name, *printed),
                "{s}"
            );
        }
    }

    #[test]
    fn ignores_words_surnames_and_foreign_cities() {
        for s in [
            "Best regards",
            "Nina de Vries",
            "Neem contact op met Nina de Jong",
            "Zürich, Switzerland",
            "werken in Zurich",
            "Nederland",
            "Enter your email",
            "Made in China",
            "best practices in den haag",
            "Ee",
            "",
            "Geen maximum 32",
        ] {
            assert_eq!(find_place_in_text(s).map(|p| p.municipality), None, "{s}");
        }
    }

    #[test]
    fn provinces() {
        assert_eq!(province_name("Zuid-Holland"), Some("Zuid-Holland"));
        assert_eq!(province_name("zuid holland"), Some("Zuid-Holland"));
        assert_eq!(province_name("Friesland"), Some("Fryslân"));
        assert_eq!(province_name("Fryslân"), Some("Fryslân"));
        assert_eq!(province_name("Noord-Brabant"), Some("Noord-Brabant"));
        assert_eq!(province_name("Brabant"), Some("Noord-Brabant"));
        assert_eq!(province_name("North Holland"), Some("Noord-Holland"));
        assert_eq!(province_name("Provincie Flevoland"), Some("Flevoland"));
        assert_eq!(
            province_name("Zoetermeer, Zuid-Holland"),
            Some("Zuid-Holland")
        );
        assert_eq!(province_name("Limburg"), Some("Limburg"));
        assert_eq!(province_name("Zoetermeer"), None);
        assert_eq!(province_name(""), None);
    }

    #[test]
    fn never_panics() {
        for s in [
            "ç", "\u{0}", "'", "’s", "(", ")", "((a))", "1234 AB", "Æ Œ ß", "ﬁ",
        ] {
            let _ = resolve_place(s);
            let _ = find_place_in_text(s);
            let _ = province_name(s);
        }
    }
}
