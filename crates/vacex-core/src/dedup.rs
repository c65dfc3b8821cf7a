//! Deduplication signatures, written in the project so they stay identical across
//! nights, platforms and crate upgrades: the reference key (tier 1), the content hash
//! of the normalised main text (tier 2) and a MinHash signature over word shingles of
//! the description (tier 3).

use std::sync::atomic::{AtomicU32, Ordering::Relaxed};

use sha2::{Digest, Sha256};

use crate::record::Vacancy;

/// Number of MinHash permutations.
pub const MINHASH_PERMUTATIONS: usize = 64;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 4;

/// Lower-case alphanumerics only: the form names and references are compared in.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `fold`, appending to `out`.
fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        if !c.is_alphanumeric() {
            continue;
        }
        for c in c.to_lowercase() {
            out.push(match c {
                'á' | 'à' | 'ä' | 'â' => 'a',
                'é' | 'è' | 'ë' | 'ê' => 'e',
                'í' | 'ì' | 'ï' | 'î' => 'i',
                'ó' | 'ò' | 'ö' | 'ô' => 'o',
                'ú' | 'ù' | 'ü' | 'û' => 'u',
                other => other,
            });
        }
    }
}

/// Tier 1: the reference, scoped by the normalised employer (else the site), so two
/// employers' "vacature 123" stay apart.
pub fn reference_key(v: &Vacancy, site: &str) -> Option<String> {
    let reference = fold(&v.reference.as_ref()?.value);
    if reference.is_empty() {
        return None;
    }
    let scope = v
        .employer
        .as_ref()
        .map(|e| fold(&e.value))
        .filter(|e| !e.is_empty())
        .unwrap_or_else(|| format!("site:{site}"));
    Some(format!("ref:{scope}:{reference}"))
}

/// Tier 2: SHA-256 of the main text, case and white space folded.
pub fn content_hash(main_text: &str) -> String {
    // The hashed text: every word lower-cased and followed by one space, built in
    // one buffer and hashed at once.
    let mut words = String::with_capacity(main_text.len() + 1);
    for word in main_text.split_whitespace() {
        if word.is_ascii() {
            let start = words.len();
            words.push_str(word);
            words[start..].make_ascii_lowercase();
        } else {
            words.push_str(&word.to_lowercase());
        }
        words.push(' ');
    }
    hex(&Sha256::digest(words.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// 64-bit FNV-1a of the words joined by single spaces, then mixed (splitmix64): the
/// shingle hash.
fn shingle_hash<'a>(words: impl Iterator<Item = &'a [u8]>) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, word) in words.enumerate() {
        if i > 0 {
            h = (h ^ u64::from(b' ')).wrapping_mul(PRIME);
        }
        for &b in word {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Fixed permutation parameters (odd multipliers and offsets from splitmix64 of i).
fn permutation(i: usize) -> (u64, u64) {
    let mut x = (i as u64).wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut next = || {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    (next() | 1, next())
}

/// Tier 3: MinHash signature of the description's word shingles. Empty for texts
/// shorter than one shingle.
pub fn minhash(text: &str) -> Vec<u32> {
    // All folded words in one buffer; `ends` marks where each word stops.
    let mut folded = String::with_capacity(text.len());
    let mut ends = Vec::new();
    for word in text.split_whitespace() {
        let before = folded.len();
        fold_into(word, &mut folded);
        if folded.len() > before {
            ends.push(folded.len());
        }
    }
    if ends.len() < SHINGLE_WORDS {
        return Vec::new();
    }
    let folded = folded.as_bytes();
    let word = |k: usize| &folded[if k == 0 { 0 } else { ends[k - 1] }..ends[k]];
    let hashes: Vec<u64> = (0..=ends.len() - SHINGLE_WORDS)
        .map(|first| shingle_hash((first..first + SHINGLE_WORDS).map(word)))
        .collect();
    let mut minima = [u32::MAX; MINHASH_PERMUTATIONS];
    fold_minima(&mut minima, &hashes);
    minima.to_vec()
}

/// Takes each permutation's minimum over the shingle hashes into `minima`: the
/// permutation of hash `h` is the high half of `h * a + b` (mod 2^64). The same
/// integer arithmetic on every path; the wider vector units only do more lanes at once.
fn fold_minima(minima: &mut [u32; MINHASH_PERMUTATIONS], hashes: &[u64]) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f")
            && std::arch::is_x86_feature_detected!("avx512dq")
        {
            // SAFETY: the CPU has the features the function was compiled for.
            return unsafe { fold_minima_avx512(minima, hashes) };
        }
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: as above.
            return unsafe { fold_minima_avx2(minima, hashes) };
        }
    }
    fold_minima_portable(minima, hashes);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512dq")]
fn fold_minima_avx512(minima: &mut [u32; MINHASH_PERMUTATIONS], hashes: &[u64]) {
    fold_minima_portable(minima, hashes);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn fold_minima_avx2(minima: &mut [u32; MINHASH_PERMUTATIONS], hashes: &[u64]) {
    fold_minima_portable(minima, hashes);
}

/// One hash at a time over all permutations: the inner loop runs over arrays of
/// fixed length, which the compiler turns into vector instructions.
#[inline(always)]
fn fold_minima_portable(minima: &mut [u32; MINHASH_PERMUTATIONS], hashes: &[u64]) {
    let permutations = &*PERMUTATIONS;
    for &h in hashes {
        for ((min, &a), &b) in minima
            .iter_mut()
            .zip(&permutations.multipliers)
            .zip(&permutations.offsets)
        {
            *min = (*min).min((h.wrapping_mul(a).wrapping_add(b) >> 32) as u32);
        }
    }
}

/// The permutation parameters, computed once, as two arrays (one lane each).
struct Permutations {
    multipliers: [u64; MINHASH_PERMUTATIONS],
    offsets: [u64; MINHASH_PERMUTATIONS],
}

static PERMUTATIONS: std::sync::LazyLock<Permutations> = std::sync::LazyLock::new(|| {
    let pairs: [(u64, u64); MINHASH_PERMUTATIONS] = std::array::from_fn(permutation);
    Permutations {
        multipliers: pairs.map(|(a, _)| a),
        offsets: pairs.map(|(_, b)| b),
    }
});

/// Estimated Jaccard similarity of two signatures.
pub fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || a.len() != b.len() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_stable() {
        // Fixed values: a change here changes every stored signature.
        assert_eq!(
            content_hash("Een  Vacature\nvoor jou"),
            content_hash("een vacature voor JOU")
        );
        // SHA-256 of the lower-cased words, each followed by one space.
        assert_eq!(
            content_hash("Een  Vacature\nvoor jou"),
            "dd8ca8e525669f8f7e50509315cc597d346b8a358a7977d9c790bd9cd12ec458"
        );
        assert_eq!(
            content_hash(" COÖRDINATOR\tÉén"),
            "bf740acfbbc31618aecfb7a15433df7c64c832fc91a9b2d593765a87aeb03e89"
        );
        assert_eq!(
            &minhash("Wij zoeken een enthousiaste Coördinator voor het team in Utrecht, 36 uur.")
                [..4],
            &[472_764_475, 1_160_912_975, 332_919_471, 502_143_431]
        );
        let sig = minhash("wij zoeken een enthousiaste collega voor het team in Utrecht");
        assert_eq!(sig.len(), MINHASH_PERMUTATIONS);
        assert_eq!(
            &sig[..2],
            &minhash("Wij zoeken een enthousiaste collega voor het team in Utrecht.")[..2]
        );
    }

    /// The signature as first written: every permutation's minimum taken over all
    /// shingles in turn, one permutation after the other.
    fn minhash_one_permutation_at_a_time(text: &str) -> Vec<u32> {
        let words: Vec<String> = text
            .split_whitespace()
            .map(fold)
            .filter(|w| !w.is_empty())
            .collect();
        if words.len() < SHINGLE_WORDS {
            return Vec::new();
        }
        let hashes: Vec<u64> = words
            .windows(SHINGLE_WORDS)
            .map(|w| shingle_hash(w.iter().map(|s| s.as_bytes())))
            .collect();
        (0..MINHASH_PERMUTATIONS)
            .map(|i| {
                let (a, b) = permutation(i);
                hashes
                    .iter()
                    .map(|h| (h.wrapping_mul(a).wrapping_add(b) >> 32) as u32)
                    .min()
                    .unwrap_or(u32::MAX)
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn signatures_equal_those_taken_one_permutation_at_a_time(
            words in proptest::collection::vec("[a-zA-Zéü0-9.,-]{0,9}", 0..120)
        ) {
            let text = words.join(" ");
            proptest::prop_assert_eq!(minhash(&text), minhash_one_permutation_at_a_time(&text));
        }

        #[test]
        fn every_vector_path_takes_the_same_minima(
            hashes in proptest::collection::vec(proptest::num::u64::ANY, 0..300)
        ) {
            let mut portable = [u32::MAX; MINHASH_PERMUTATIONS];
            fold_minima_portable(&mut portable, &hashes);
            let mut chosen = [u32::MAX; MINHASH_PERMUTATIONS];
            fold_minima(&mut chosen, &hashes);
            proptest::prop_assert_eq!(portable, chosen);
            #[cfg(target_arch = "x86_64")]
            {
                if std::arch::is_x86_feature_detected!("avx2") {
                    let mut wide = [u32::MAX; MINHASH_PERMUTATIONS];
                    // SAFETY: the CPU has AVX2.
                    unsafe { fold_minima_avx2(&mut wide, &hashes) };
                    proptest::prop_assert_eq!(portable, wide);
                }
                if std::arch::is_x86_feature_detected!("avx512f")
                    && std::arch::is_x86_feature_detected!("avx512dq")
                {
                    let mut wide = [u32::MAX; MINHASH_PERMUTATIONS];
                    // SAFETY: the CPU has AVX-512F and DQ.
                    unsafe { fold_minima_avx512(&mut wide, &hashes) };
                    proptest::prop_assert_eq!(portable, wide);
                }
            }
        }
    }

    #[test]
    fn similar_texts_score_high_and_different_ones_low() {
        let body = "Je werkt in een team van twaalf collega's dat het college adviseert over de uitvoering van het klimaatbeleid, de aanleg van warmtenetten en de samenwerking met woningcorporaties, netbeheerders en inwoners in alle kernen van de gemeente. ";
        let a = format!("{body}Als beleidsmedewerker werk je aan de energietransitie en adviseer je het bestuur over subsidies voor zonneparken in de regio.");
        let b = format!("{body}Als beleidsmedewerker werk je aan de energietransitie en adviseer je het bestuur over subsidies voor windparken in de regio.");
        let c = "De afdeling burgerzaken zoekt een baliemedewerker die inwoners helpt met paspoorten, rijbewijzen en verhuizingen in het stadskantoor.";
        assert!(similarity(&minhash(&a), &minhash(&b)) > 0.6);
        assert!(similarity(&minhash(&a), &minhash(c)) < 0.1);
    }
}

/// Bands × rows of the LSH index over MinHash signatures: 21 bands of 3 values make
/// pairs at Jaccard 0.6 candidates with probability 0.994, at 0.2 with 0.16.
pub const LSH_BANDS: usize = 21;
pub const LSH_ROWS: usize = 3;

/// What the near-duplicate tier compares besides the text, per observation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    /// Folded title.
    pub title: Box<str>,
    /// Folded employer, empty when unknown.
    pub employer: Box<str>,
    /// Municipality code or folded city, empty when unknown.
    pub place: Box<str>,
    /// Folded reference, empty when unknown.
    pub reference: Box<str>,
    /// Days since 1970 of the posting and closing dates (i32::MIN when unknown).
    pub posted: i32,
    pub closing: i32,
    pub hours_max: Option<f32>,
}

impl Facts {
    pub fn of(v: &Vacancy) -> Facts {
        let f = |s: &Option<crate::record::Sourced<String>>| {
            fold(s.as_ref().map_or("", |x| x.value.as_str())).into_boxed_str()
        };
        let day = |d: &Option<crate::record::Sourced<chrono::NaiveDate>>| {
            d.as_ref()
                .map_or(i32::MIN, |d| crate::sink::schema::date32(d.value))
        };
        let place = v
            .municipality_code
            .as_ref()
            .map(|c| c.value.to_ascii_lowercase())
            .unwrap_or_else(|| fold(v.city.as_ref().map_or("", |c| c.value.as_str())));
        Facts {
            title: f(&v.title),
            employer: f(&v.employer),
            place: place.into_boxed_str(),
            reference: f(&v.reference),
            posted: day(&v.posted_date),
            closing: day(&v.closing_date),
            hours_max: v.hours_max.as_ref().map(|h| h.value as f32),
        }
    }
}

impl Facts {
    /// A key over all the facts, when every one is known: pages with equal keys are
    /// candidates even when their texts were rewritten.
    pub fn key(&self) -> Option<u64> {
        let complete = !self.title.is_empty()
            && !self.employer.is_empty()
            && !self.place.is_empty()
            && self.closing != i32::MIN
            && self.hours_max.is_some();
        complete.then(|| {
            let text = format!(
                "facts|{}|{}|{}|{}|{:?}",
                self.title, self.employer, self.place, self.closing, self.hours_max
            );
            crate::input::fnv1a(text.as_bytes())
        })
    }
}

/// How two observations' facts relate, for the near-duplicate tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// Something says they are different vacancies (other reference, employer, place,
    /// or dates a repost apart).
    Conflict,
    /// Nothing conflicts and the titles agree.
    Compatible,
    /// Nothing conflicts, and title, employer, place, closing date and hours all agree.
    Identical,
}

fn both<'a>(a: &'a str, b: &'a str) -> Option<(&'a str, &'a str)> {
    (!a.is_empty() && !b.is_empty()).then_some((a, b))
}

/// The facts of one observation as the comparison reads them: the folded title and
/// employer as text (they are compared by containment), the place and reference as
/// anything that is equal exactly when they are (`Eq`), empty or `None` when unknown.
#[derive(Debug, Clone, Copy)]
pub struct FactsView<'a, K: Eq> {
    pub title: &'a str,
    pub employer: &'a str,
    pub place: Option<K>,
    pub reference: Option<K>,
    pub posted: i32,
    pub closing: i32,
    pub hours_max: Option<f32>,
}

impl Facts {
    /// The view `agreement` compares.
    pub fn view(&self) -> FactsView<'_, &str> {
        fn known(s: &str) -> Option<&str> {
            (!s.is_empty()).then_some(s)
        }
        FactsView {
            title: &self.title,
            employer: &self.employer,
            place: known(&self.place),
            reference: known(&self.reference),
            posted: self.posted,
            closing: self.closing,
            hours_max: self.hours_max,
        }
    }
}

/// Compares the facts of two observations.
pub fn agreement(a: &Facts, b: &Facts) -> Agreement {
    agreement_of(&a.view(), &b.view())
}

/// Compares two observations' facts, whichever way they are stored.
pub fn agreement_of<K: Eq>(a: &FactsView<'_, K>, b: &FactsView<'_, K>) -> Agreement {
    let differ = |x: &Option<K>, y: &Option<K>| matches!((x, y), (Some(x), Some(y)) if x != y);
    if differ(&a.reference, &b.reference) {
        return Agreement::Conflict;
    }
    if both(a.employer, b.employer).is_some_and(|(x, y)| !(x.contains(y) || y.contains(x))) {
        return Agreement::Conflict;
    }
    if differ(&a.place, &b.place) {
        return Agreement::Conflict;
    }
    let apart = |x: i32, y: i32, days: i32| x != i32::MIN && y != i32::MIN && (x - y).abs() > days;
    if apart(a.posted, b.posted, 90) || apart(a.closing, b.closing, 45) {
        return Agreement::Conflict;
    }
    let titles =
        both(a.title, b.title).is_some_and(|(x, y)| x == y || x.contains(y) || y.contains(x));
    if !titles {
        return Agreement::Conflict;
    }
    let same_closing = a.closing != i32::MIN && a.closing == b.closing;
    let same_hours = a.hours_max.is_some() && a.hours_max == b.hours_max;
    if !a.employer.is_empty()
        && a.employer == b.employer
        && a.place.is_some()
        && a.place == b.place
        && same_closing
        && same_hours
    {
        Agreement::Identical
    } else {
        Agreement::Compatible
    }
}

/// The LSH band keys of a signature: one 64-bit key per band, tagged with the band.
pub fn band_keys(sig: &[u32]) -> impl Iterator<Item = u64> + '_ {
    (0..LSH_BANDS).map(|band| band_key(sig, band))
}

/// The LSH key of one band of a signature.
pub fn band_key(sig: &[u32], band: usize) -> u64 {
    let rows = &sig[band * LSH_ROWS..(band + 1) * LSH_ROWS];
    let mut bytes = [0u8; 4 * LSH_ROWS + 1];
    bytes[0] = band as u8;
    for (k, v) in rows.iter().enumerate() {
        bytes[1 + 4 * k..5 + 4 * k].copy_from_slice(&v.to_le_bytes());
    }
    crate::input::fnv1a(&bytes)
}

/// Distinct strings stored once: the titles, employers and places of millions of
/// observations are drawn from far fewer distinct values. Id 0 is the empty string.
#[derive(Default)]
struct Interner {
    ids: std::collections::HashMap<std::sync::Arc<str>, u32>,
    strings: Vec<std::sync::Arc<str>>,
}

impl Interner {
    fn id(&mut self, s: &str) -> u32 {
        if s.is_empty() {
            return 0;
        }
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        if self.strings.is_empty() {
            self.strings.push(std::sync::Arc::from(""));
        }
        let id = self.strings.len() as u32;
        let shared: std::sync::Arc<str> = std::sync::Arc::from(s);
        self.strings.push(shared.clone());
        self.ids.insert(shared, id);
        id
    }

    fn get(&self, id: u32) -> &str {
        if id == 0 {
            ""
        } else {
            &self.strings[id as usize]
        }
    }

    fn heap_bytes(&self) -> usize {
        let texts: usize = self.strings.iter().map(|s| s.len() + 16).sum();
        texts + self.strings.capacity() * 16 + self.ids.capacity() * (16 + 4 + 1) * 8 / 7
    }
}

/// Facts packed for the index: interned title, employer and place, the reference as
/// a 64-bit hash (it is only ever compared for equality), 32 bytes an observation.
#[derive(Debug, Clone, Copy)]
struct PackedFacts {
    title: u32,
    employer: u32,
    place: u32,
    /// FNV-1a of the folded reference; 0 when there is none.
    reference: u64,
    posted: i32,
    closing: i32,
    /// f32 bits of hours_max; `NO_HOURS` when unknown.
    hours_max: u32,
}

/// A quiet-NaN pattern no parsed hour figure is stored as.
const NO_HOURS: u32 = 0x7fc0_dead;

/// Dedup state for many observations, kept compact: keys as 64-bit hashes, all
/// signatures in one flat array, facts packed and interned, a union-find of u32
/// indices. About 300 bytes an observation (the 256-byte signature most of it).
/// The union-find lives in atomics, so groups can be joined while candidate pairs are
/// being visited (`for_each_candidate_pair` borrows the index) and the index can be
/// read from several threads (`judge_candidate_pairs`).
#[derive(Default)]
pub struct DedupIndex {
    parent: Vec<AtomicU32>,
    first_with_key: std::collections::HashMap<u64, u32>,
    signatures: Vec<u32>,
    has_signature: Vec<bool>,
    facts: Vec<PackedFacts>,
    strings: Interner,
}

impl DedupIndex {
    /// An index with room for `n` observations and their two keys (reference, content).
    pub fn with_capacity(n: usize) -> DedupIndex {
        DedupIndex {
            parent: Vec::with_capacity(n),
            first_with_key: std::collections::HashMap::with_capacity(n * 2),
            signatures: Vec::with_capacity(n * MINHASH_PERMUTATIONS),
            has_signature: Vec::with_capacity(n),
            facts: Vec::with_capacity(n),
            strings: Interner::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.parent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parent.is_empty()
    }

    /// Bytes the index holds on the heap (allocated capacity, not just what is used).
    pub fn heap_bytes(&self) -> usize {
        self.parent.capacity() * 4
            + self.first_with_key.capacity() * (8 + 4 + 4 + 1) * 8 / 7
            + self.signatures.capacity() * 4
            + self.has_signature.capacity()
            + self.facts.capacity() * std::mem::size_of::<PackedFacts>()
            + self.strings.heap_bytes()
    }

    /// Adds an observation; returns its index.
    pub fn push(&mut self, signature: &[u32], facts: &Facts) -> usize {
        let i = self.parent.len();
        self.parent.push(AtomicU32::new(i as u32));
        let ok = signature.len() == MINHASH_PERMUTATIONS;
        self.has_signature.push(ok);
        if ok {
            self.signatures.extend_from_slice(signature);
        } else {
            self.signatures
                .extend(std::iter::repeat_n(0, MINHASH_PERMUTATIONS));
        }
        let reference = if facts.reference.is_empty() {
            0
        } else {
            crate::input::fnv1a(facts.reference.as_bytes()).max(1)
        };
        let packed = PackedFacts {
            title: self.strings.id(&facts.title),
            employer: self.strings.id(&facts.employer),
            place: self.strings.id(&facts.place),
            reference,
            posted: facts.posted,
            closing: facts.closing,
            hours_max: facts.hours_max.map_or(NO_HOURS, f32::to_bits),
        };
        self.facts.push(packed);
        i
    }

    /// How the facts of observations `a` and `b` relate: `agreement_of` their
    /// facts, with the checks on numbers first and equal interned texts not
    /// searched, since most candidate pairs of a large corpus part on a number.
    pub fn agreement(&self, a: usize, b: usize) -> Agreement {
        let (x, y) = (&self.facts[a], &self.facts[b]);
        let apart =
            |x: i32, y: i32, days: i32| x != i32::MIN && y != i32::MIN && (x - y).abs() > days;
        if (x.reference != 0 && y.reference != 0 && x.reference != y.reference)
            || (x.place != 0 && y.place != 0 && x.place != y.place)
            || apart(x.posted, y.posted, 90)
            || apart(x.closing, y.closing, 45)
        {
            return Agreement::Conflict;
        }
        // One text holds the other (equal ones do).
        let nested = |i: u32, j: u32| {
            i == j || {
                let (s, t) = (self.strings.get(i), self.strings.get(j));
                s.contains(t) || t.contains(s)
            }
        };
        if x.employer != 0 && y.employer != 0 && !nested(x.employer, y.employer) {
            return Agreement::Conflict;
        }
        if x.title == 0 || y.title == 0 || !nested(x.title, y.title) {
            return Agreement::Conflict;
        }
        let same_closing = x.closing != i32::MIN && x.closing == y.closing;
        let same_hours =
            x.hours_max != NO_HOURS && f32::from_bits(x.hours_max) == f32::from_bits(y.hours_max);
        if x.employer != 0
            && x.employer == y.employer
            && x.place != 0
            && x.place == y.place
            && same_closing
            && same_hours
        {
            Agreement::Identical
        } else {
            Agreement::Compatible
        }
    }

    pub fn signature(&self, i: usize) -> Option<&[u32]> {
        self.has_signature[i]
            .then(|| &self.signatures[i * MINHASH_PERMUTATIONS..(i + 1) * MINHASH_PERMUTATIONS])
    }

    /// The group (root observation) of observation `x`, halving the path on the way.
    ///
    /// Safe while other threads find too (halving only ever points a node at one of
    /// its ancestors), not while they `union`.
    pub fn find(&self, mut x: usize) -> usize {
        let parent = &self.parent;
        loop {
            let up = parent[x].load(Relaxed);
            if up as usize == x {
                return x;
            }
            let grand = parent[up as usize].load(Relaxed);
            parent[x].store(grand, Relaxed);
            x = grand as usize;
        }
    }

    /// Joins two observations; true when they were apart. The smaller index becomes
    /// the root, so the result never depends on the order of unions.
    pub fn union(&self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[hi].store(lo as u32, Relaxed);
        true
    }

    /// Tiers 1 and 2: joins `i` with the first observation that had the same key.
    pub fn join_on_key(&mut self, i: usize, key: &str) -> bool {
        let h = crate::input::fnv1a(key.as_bytes());
        match self.first_with_key.get(&h) {
            Some(&j) => self.union(i, j as usize),
            None => {
                self.first_with_key.insert(h, i as u32);
                false
            }
        }
    }

    /// Tier 3 candidates: pairs (i < j) that share an LSH band, each pair once, in
    /// ascending order. Collects what `for_each_candidate_pair` visits; merge itself
    /// streams the pairs instead of holding them.
    pub fn candidate_pairs(&self) -> Vec<(u32, u32)> {
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        self.for_each_candidate_pair(|a, b| pairs.push((a, b)));
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Visits every tier 3 candidate pair (a < b) once, in no promised order, without
    /// holding the pairs: a corpus with many near-duplicates has many more pairs than
    /// observations. One band at a time: its (key, index) pairs are sorted, so equal
    /// keys are runs, and only one band's keys are held at once (16 bytes an
    /// observation). A pair found in a band is skipped when an earlier band already
    /// put it in the same bucket, so each pair is visited in the first band it shares.
    pub fn for_each_candidate_pair(&self, mut visit: impl FnMut(u32, u32)) {
        let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(self.len());
        // Per band, the keys of buckets too large to give pairs.
        let mut oversized: Vec<std::collections::HashSet<u64>> = Vec::with_capacity(LSH_BANDS);
        for band in 0..LSH_BANDS {
            keyed.clear();
            for i in 0..self.len() {
                if let Some(sig) = self.signature(i) {
                    keyed.push((band_key(sig, band), i as u32));
                }
            }
            keyed.sort_unstable();
            let mut too_large = std::collections::HashSet::new();
            for members in keyed.chunk_by(|x, y| x.0 == y.0) {
                // A bucket shared by very many pages is boilerplate, not a vacancy.
                if members.len() > MAX_BUCKET_MEMBERS {
                    too_large.insert(members[0].0);
                    continue;
                }
                // Members are in ascending index order within a bucket.
                for (k, &(_, a)) in members.iter().enumerate() {
                    for &(_, b) in &members[k + 1..] {
                        if !self.shared_earlier_band(a, b, band, &oversized) {
                            visit(a, b);
                        }
                    }
                }
            }
            oversized.push(too_large);
        }
    }

    /// Tier 3 on all threads of the current rayon pool: `judge` looks at each
    /// candidate pair (a < b) whose observations are in different groups, once, on
    /// any thread, with their `similarity`; `apply` gets the pairs it gave a verdict, on the calling thread, in
    /// a fixed order (band, then bucket, then pair), and may join groups. Pairs are
    /// judged a window of buckets at a time (about `PAIRS_PER_WINDOW`) and only the
    /// verdicts of one window are held.
    ///
    /// A pair whose observations were joined before its window is skipped, so what
    /// `apply` gets depends neither on the threads nor on their timing.
    pub fn judge_candidate_pairs<T: Send>(
        &self,
        judge: impl Fn(u32, u32, f64) -> Option<T> + Sync,
        mut apply: impl FnMut(u32, u32, T),
    ) {
        use rayon::prelude::*;
        let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(self.len());
        let mut oversized: Vec<std::collections::HashSet<u64>> = Vec::with_capacity(LSH_BANDS);
        let mut buckets: Vec<std::ops::Range<usize>> = Vec::new();
        for band in 0..LSH_BANDS {
            keyed.clear();
            keyed.par_extend(
                (0..self.len())
                    .into_par_iter()
                    .filter_map(|i| Some((band_key(self.signature(i)?, band), i as u32))),
            );
            keyed.par_sort_unstable();
            let mut too_large = std::collections::HashSet::new();
            buckets.clear();
            let mut start = 0;
            for members in keyed.chunk_by(|x, y| x.0 == y.0) {
                let range = start..start + members.len();
                start = range.end;
                if members.len() > MAX_BUCKET_MEMBERS {
                    too_large.insert(members[0].0);
                } else if members.len() > 1 {
                    buckets.push(range);
                }
            }
            let (keyed, earlier) = (&keyed, &oversized);
            let mut window_start = 0;
            while window_start < buckets.len() {
                let mut pairs = 0;
                let mut window_end = window_start;
                while window_end < buckets.len() && pairs < PAIRS_PER_WINDOW {
                    let m = buckets[window_end].len();
                    pairs += m * (m - 1) / 2;
                    window_end += 1;
                }
                let verdicts: Vec<(u32, u32, T)> = buckets[window_start..window_end]
                    .par_iter()
                    .flat_map_iter(|bucket| {
                        let members = &keyed[bucket.clone()];
                        let judge = &judge;
                        members.iter().enumerate().flat_map(move |(k, &(_, a))| {
                            let sa = self.signature(a as usize).unwrap_or_default();
                            members[k + 1..].iter().filter_map(move |&(_, b)| {
                                if self.find(a as usize) == self.find(b as usize) {
                                    return None;
                                }
                                let sb = self.signature(b as usize).unwrap_or_default();
                                let equal = equal_rows(sa, sb);
                                if shared_band_before(equal, sa, band, earlier) {
                                    return None;
                                }
                                let similarity =
                                    f64::from(equal.count_ones()) / MINHASH_PERMUTATIONS as f64;
                                judge(a, b, similarity).map(|verdict| (a, b, verdict))
                            })
                        })
                    })
                    .collect();
                for (a, b, verdict) in verdicts {
                    apply(a, b, verdict);
                }
                window_start = window_end;
            }
            oversized.push(too_large);
        }
    }

    /// Whether observations `a` and `b` share a bucket that gave pairs in a band
    /// before `band`.
    fn shared_earlier_band(
        &self,
        a: u32,
        b: u32,
        band: usize,
        oversized: &[std::collections::HashSet<u64>],
    ) -> bool {
        let (Some(sa), Some(sb)) = (self.signature(a as usize), self.signature(b as usize)) else {
            return false;
        };
        shared_band_before(equal_rows(sa, sb), sa, band, oversized)
    }
}

/// Bit k set where two signatures agree on row k: one pass gives both the
/// similarity (the bits set) and the bands they share (three bits in a row).
fn equal_rows(a: &[u32], b: &[u32]) -> u64 {
    const _: () = assert!(MINHASH_PERMUTATIONS <= 64 && LSH_BANDS * LSH_ROWS <= 64);
    a.iter()
        .zip(b)
        .enumerate()
        .fold(0u64, |mask, (row, (x, y))| {
            mask | (u64::from(x == y) << row)
        })
}

/// The first row of every band, as bits.
const BAND_STARTS: u64 = {
    let mut bits = 0u64;
    let mut band = 0;
    while band < LSH_BANDS {
        bits |= 1 << (band * LSH_ROWS);
        band += 1;
    }
    bits
};

/// Whether signatures agreeing on the rows `equal` (`equal_rows`) share a band
/// before `band` whose bucket gave pairs (was not too large); `signature` is one of
/// them.
fn shared_band_before(
    equal: u64,
    signature: &[u32],
    band: usize,
    oversized: &[std::collections::HashSet<u64>],
) -> bool {
    // A bit at a band's first row where all its rows agree.
    let mut whole = equal;
    for row in 1..LSH_ROWS {
        whole &= equal >> row;
    }
    let mut shared = whole & BAND_STARTS & ((1u64 << (band * LSH_ROWS)) - 1);
    while shared != 0 {
        let earlier = shared.trailing_zeros() as usize / LSH_ROWS;
        if oversized[earlier].is_empty()
            || !oversized[earlier].contains(&band_key(signature, earlier))
        {
            return true;
        }
        shared &= shared - 1;
    }
    false
}

/// Buckets with more members than this are boilerplate shared by many pages (a
/// footer, a template), not one vacancy; they give no candidate pairs.
const MAX_BUCKET_MEMBERS: usize = 200;

/// About how many candidate pairs `judge_candidate_pairs` judges between two rounds
/// of joins: enough to keep every thread busy, few enough that the verdicts held
/// stay small however many near-duplicates a corpus has.
const PAIRS_PER_WINDOW: usize = 1 << 16;
