//! Deduplication signatures, written in the project so they stay identical across
//! nights, platforms and crate upgrades: the reference key (tier 1), the content hash
//! of the normalised main text (tier 2) and a MinHash signature over word shingles of
//! the description (tier 3).

use sha2::{Digest, Sha256};

use crate::record::Vacancy;

/// Number of MinHash permutations.
pub const MINHASH_PERMUTATIONS: usize = 64;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 4;

/// Lower-case alphanumerics only: the form names and references are compared in.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            other => other,
        })
        .collect()
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
    let mut hasher = Sha256::new();
    for word in main_text.split_whitespace() {
        hasher.update(word.to_lowercase().as_bytes());
        hasher.update(b" ");
    }
    hex(&hasher.finalize())
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

/// 64-bit FNV-1a of a word sequence, then mixed (splitmix64): the shingle hash.
fn shingle_hash(words: &[&str]) -> u64 {
    let mut h = crate::input::fnv1a(words.join(" ").as_bytes());
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
    let words: Vec<String> = text
        .split_whitespace()
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < SHINGLE_WORDS {
        return Vec::new();
    }
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let hashes: Vec<u64> = refs.windows(SHINGLE_WORDS).map(shingle_hash).collect();
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
        let sig = minhash("wij zoeken een enthousiaste collega voor het team in Utrecht");
        assert_eq!(sig.len(), MINHASH_PERMUTATIONS);
        assert_eq!(
            &sig[..2],
            &minhash("Wij zoeken een enthousiaste collega voor het team in Utrecht.")[..2]
        );
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
