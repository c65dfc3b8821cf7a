//! Property tests of the dedup signatures and the near-duplicate index: the laws
//! the merge relies on, checked on generated text and facts.
//!
//! - `fold` is idempotent, so keys built from folded values can be folded again;
//! - the reference key ignores case, spacing and punctuation, and is absent exactly
//!   when the reference has no letters or digits;
//! - the content hash ignores white space and (ASCII) case;
//! - MinHash of the same text is the same signature, of length 64 or empty;
//! - similarity and fact agreement are symmetric, and a signature is fully similar
//!   to itself;
//! - the LSH candidates are exactly the pairs that share a band, once each, sorted;
//! - the union-find gives every group its smallest index as root, whatever the order
//!   of the unions.

use proptest::prelude::*;
use vacex_core::dedup::{
    self, agreement, band_keys, content_hash, fold, minhash, reference_key, similarity, DedupIndex,
    Facts, LSH_BANDS, MINHASH_PERMUTATIONS, SHINGLE_WORDS,
};
use vacex_core::record::{FieldSource, Sourced, Vacancy};

/// Text as pages print it: Latin letters with Dutch accents, digits, punctuation and
/// white space.
fn page_text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!(
        "[a-zA-Z0-9áàäâéèëêíìïîóòöôúùüûçñß€.,;:'/()\\- \\t\\n]{{0,{max}}}"
    ))
    .unwrap()
}

/// Words separated by white space.
fn words(max_words: usize) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[a-zA-Zéëïöü0-9]{1,12}", 0..max_words)
}

fn sourced(s: &str) -> Option<Sourced<String>> {
    Some(Sourced {
        value: s.to_string(),
        source: FieldSource::Text,
    })
}

fn vacancy(reference: &str, employer: Option<&str>) -> Vacancy {
    Vacancy {
        reference: sourced(reference),
        employer: employer.and_then(sourced),
        ..Vacancy::default()
    }
}

fn facts() -> impl Strategy<Value = Facts> {
    (
        prop::sample::select(vec!["", "adviseur", "beleidsadviseur", "jurist"]),
        prop::sample::select(vec!["", "gemeenteutrecht", "utrecht", "rijkswaterstaat"]),
        prop::sample::select(vec!["", "gm0344", "gm0363"]),
        prop::sample::select(vec!["", "vbs2025117", "vbs2025118"]),
        prop_oneof![Just(i32::MIN), 20_000i32..20_200],
        prop_oneof![Just(i32::MIN), 20_000i32..20_200],
        prop::option::of(prop::sample::select(vec![32.0f32, 36.0, 40.0])),
    )
        .prop_map(
            |(title, employer, place, reference, posted, closing, hours_max)| Facts {
                title: title.into(),
                employer: employer.into(),
                place: place.into(),
                reference: reference.into(),
                posted,
                closing,
                hours_max,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn fold_is_idempotent(s in page_text(80)) {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once.clone());
        prop_assert!(once.chars().all(char::is_alphanumeric));
    }

    #[test]
    fn reference_key_ignores_case_spacing_and_punctuation(
        reference in page_text(30),
        employer in prop::option::of(page_text(30)),
        site in "[a-z]{1,10}\\.nl",
    ) {
        let key = reference_key(&vacancy(&reference, employer.as_deref()), &site);
        prop_assert_eq!(key.is_none(), fold(&reference).is_empty());
        // Upper case, extra spaces and dashes between the characters: the same key.
        let noisy: String = reference
            .chars()
            .flat_map(|c| [c.to_ascii_uppercase(), '-'])
            .collect();
        let noisy_employer = employer.as_deref().map(|e| format!("  {}  ", e.to_ascii_uppercase()));
        let again = reference_key(&vacancy(&noisy, noisy_employer.as_deref()), &site);
        prop_assert_eq!(&again, &key);
        // Keys built from folded values are the same keys (fold is idempotent).
        let folded_employer = employer.as_deref().map(fold);
        let from_folded =
            reference_key(&vacancy(&fold(&reference), folded_employer.as_deref()), &site);
        prop_assert_eq!(from_folded, key);
    }

    #[test]
    fn reference_keys_of_different_employers_differ(
        reference in "[A-Z]{2,4}-[0-9]{1,6}",
        a in "[a-z]{3,12}",
        b in "[a-z]{3,12}",
    ) {
        prop_assume!(a != b);
        let ka = reference_key(&vacancy(&reference, Some(&a)), "x.nl");
        let kb = reference_key(&vacancy(&reference, Some(&b)), "x.nl");
        prop_assert!(ka.is_some());
        prop_assert_ne!(ka, kb);
    }

    #[test]
    fn content_hash_ignores_white_space_and_case(ws in words(40), gaps in prop::collection::vec("[ \\t\\n\\r]{1,4}", 40)) {
        let plain = ws.join(" ");
        let spaced: String = ws
            .iter()
            .zip(gaps.iter().cycle())
            .map(|(w, g)| format!("{g}{}", w.to_ascii_uppercase()))
            .collect();
        prop_assert_eq!(content_hash(&plain), content_hash(&spaced));
        prop_assert_eq!(content_hash(&plain).len(), 64);
    }

    #[test]
    fn minhash_of_the_same_text_is_the_same(text in page_text(400)) {
        let a = minhash(&text);
        let b = minhash(&text.clone());
        prop_assert_eq!(&a, &b);
        let long_enough = text
            .split_whitespace()
            .filter(|w| !fold(w).is_empty())
            .count()
            >= SHINGLE_WORDS;
        prop_assert_eq!(a.len(), if long_enough { MINHASH_PERMUTATIONS } else { 0 });
        if long_enough {
            prop_assert_eq!(similarity(&a, &a), 1.0);
            prop_assert_eq!(band_keys(&a).count(), LSH_BANDS);
        } else {
            prop_assert_eq!(similarity(&a, &a), 0.0);
        }
    }

    #[test]
    fn similarity_is_symmetric_and_a_fraction(a in words(60), b in words(60)) {
        let (sa, sb) = (minhash(&a.join(" ")), minhash(&b.join(" ")));
        let s = similarity(&sa, &sb);
        prop_assert_eq!(s, similarity(&sb, &sa));
        prop_assert!((0.0..=1.0).contains(&s));
    }

    #[test]
    fn identical_signatures_are_candidates(text in words(40), other in words(40)) {
        let sig = minhash(&text.join(" "));
        prop_assume!(!sig.is_empty());
        let mut index = DedupIndex::default();
        index.push(&sig, &Facts::default());
        index.push(&minhash(&other.join(" ")), &Facts::default());
        index.push(&sig, &Facts::default());
        prop_assert!(index.candidate_pairs().contains(&(0, 2)));
    }

    /// Signatures from a handful of base texts, some edited by a word, so pages share
    /// some bands and not others: the candidates are exactly the pairs (i < j) with a
    /// band key in common, ascending and each once.
    #[test]
    fn candidate_pairs_are_the_pairs_sharing_a_band(
        bases in prop::collection::vec(words(30), 1..4),
        picks in prop::collection::vec((0usize..4, prop::option::of("[a-z]{1,8}")), 2..40),
    ) {
        let texts: Vec<String> = picks
            .iter()
            .map(|(b, extra)| {
                let mut t = bases[b % bases.len()].join(" ");
                if let Some(w) = extra {
                    t.push(' ');
                    t.push_str(w);
                }
                t
            })
            .collect();
        let sigs: Vec<Vec<u32>> = texts.iter().map(|t| minhash(t)).collect();
        let mut index = DedupIndex::default();
        for sig in &sigs {
            index.push(sig, &Facts::default());
        }
        let mut expected = Vec::new();
        for i in 0..sigs.len() {
            for j in i + 1..sigs.len() {
                if sigs[i].is_empty() || sigs[j].is_empty() {
                    continue;
                }
                let keys_i: Vec<u64> = band_keys(&sigs[i]).collect();
                if band_keys(&sigs[j]).any(|k| keys_i.contains(&k)) {
                    expected.push((i as u32, j as u32));
                }
            }
        }
        prop_assert_eq!(index.candidate_pairs(), expected.clone());
        // The streaming visit, unsorted and undeduplicated, gives each pair once.
        let mut visited = Vec::new();
        index.for_each_candidate_pair(|a, b| visited.push((a, b)));
        prop_assert!(visited.iter().all(|&(a, b)| a < b));
        visited.sort_unstable();
        prop_assert_eq!(&visited, &expected);
        // Judged on all threads, the same pairs reach `apply`, in a fixed order.
        let judged = |index: &DedupIndex| {
            let mut applied = Vec::new();
            index.judge_candidate_pairs(
                |a, b, similarity| (similarity > 0.0).then_some(a + b),
                |a, b, sum| applied.push((a, b, sum)),
            );
            applied
        };
        let applied = judged(&index);
        prop_assert!(applied.iter().all(|&(a, b, sum)| sum == a + b));
        let mut pairs: Vec<(u32, u32)> = applied.iter().map(|&(a, b, _)| (a, b)).collect();
        pairs.sort_unstable();
        prop_assert_eq!(&pairs, &expected);
        let pool = rayon::ThreadPoolBuilder::new().num_threads(3).build().unwrap();
        prop_assert_eq!(pool.install(|| judged(&index)), applied);
    }

    #[test]
    fn agreement_is_symmetric(a in facts(), b in facts()) {
        prop_assert_eq!(agreement(&a, &b), agreement(&b, &a));
        if !a.title.is_empty() {
            prop_assert_ne!(agreement(&a, &a), dedup::Agreement::Conflict);
        }
        if a == b {
            prop_assert_eq!(a.key(), b.key());
        }
    }

    /// The index compares its packed facts (numbers first, interned texts) exactly
    /// as `agreement` compares the facts themselves.
    #[test]
    fn the_index_agrees_as_the_facts_do(a in facts(), b in facts()) {
        let mut index = DedupIndex::default();
        index.push(&[], &a);
        index.push(&[], &b);
        prop_assert_eq!(index.agreement(0, 1), agreement(&a, &b));
        prop_assert_eq!(index.agreement(1, 0), agreement(&b, &a));
        prop_assert_eq!(index.agreement(0, 0), agreement(&a, &a));
    }

    #[test]
    fn union_find_roots_do_not_depend_on_the_order_of_unions(
        n in 1usize..40,
        pairs in prop::collection::vec((0usize..40, 0usize..40), 0..60),
    ) {
        let pairs: Vec<(usize, usize)> = pairs.into_iter().map(|(a, b)| (a % n, b % n)).collect();
        let roots = |order: &mut dyn Iterator<Item = &(usize, usize)>| {
            let mut index = DedupIndex::default();
            for _ in 0..n {
                index.push(&[], &Facts::default());
            }
            for &(a, b) in order {
                index.union(a, b);
            }
            (0..n).map(|i| index.find(i)).collect::<Vec<_>>()
        };
        let forward = roots(&mut pairs.iter());
        let backward = roots(&mut pairs.iter().rev());
        prop_assert_eq!(&forward, &backward);
        // Each root is the smallest member of its group.
        for (i, &r) in forward.iter().enumerate() {
            prop_assert!(r <= i);
            prop_assert_eq!(forward[r], r);
        }
    }
}

/// A bucket shared by more than 200 pages gives no pairs, but two pages in such a
/// bucket that also share a small bucket in a later band are still candidates, once.
#[test]
fn oversized_buckets_give_no_pairs_but_later_bands_still_do() {
    let boilerplate = vec![1u32; MINHASH_PERMUTATIONS];
    // Same first band as the boilerplate pages, their own rows after it.
    let mut twin = vec![2u32; MINHASH_PERMUTATIONS];
    twin[..dedup::LSH_ROWS].copy_from_slice(&boilerplate[..dedup::LSH_ROWS]);
    let mut index = DedupIndex::default();
    for _ in 0..201 {
        index.push(&boilerplate, &Facts::default());
    }
    index.push(&twin, &Facts::default());
    index.push(&twin, &Facts::default());
    let mut visited = Vec::new();
    index.for_each_candidate_pair(|a, b| visited.push((a, b)));
    assert_eq!(visited, vec![(201, 202)]);
    assert_eq!(index.candidate_pairs(), vec![(201, 202)]);

    // With 198 boilerplate pages the first band's bucket holds 200: every pair is a
    // candidate, the boilerplate pairs in every band, yet each is visited once.
    let mut index = DedupIndex::default();
    for _ in 0..198 {
        index.push(&boilerplate, &Facts::default());
    }
    index.push(&twin, &Facts::default());
    index.push(&twin, &Facts::default());
    let mut visited = Vec::new();
    index.for_each_candidate_pair(|a, b| visited.push((a, b)));
    let total = visited.len();
    visited.sort_unstable();
    visited.dedup();
    assert_eq!(total, visited.len(), "a pair was visited twice");
    assert_eq!(total, 200 * 199 / 2);
}

/// Observations already in one group (here joined by a key) are not judged again, and
/// a pair judged in one band is not judged in the later bands it shares.
#[test]
fn pairs_already_in_one_group_are_not_judged() {
    let signature = vec![7u32; MINHASH_PERMUTATIONS];
    let mut index = DedupIndex::default();
    for _ in 0..3 {
        index.push(&signature, &Facts::default());
    }
    index.join_on_key(0, "ref:utrecht:123");
    index.join_on_key(1, "ref:utrecht:123");
    let mut judged = Vec::new();
    index.judge_candidate_pairs(
        |a, b, similarity| (similarity == 1.0).then_some((a, b)),
        |a, b, _| {
            judged.push((a, b));
            index.union(a as usize, b as usize);
        },
    );
    assert_eq!(judged, vec![(0, 2), (1, 2)]);
    assert_eq!(index.find(2), 0);
}
