//! Negation: one party asserts P, another asserts not-P about the same thing
//! ("the bridge is safe" / "the bridge is not safe").
//!
//! Two passages by different speakers contradict this way when, with negation
//! words set aside, they say nearly the same content words, and exactly one of
//! them is negated.

use std::collections::HashMap;

use crate::engine::model::{Contradiction, ContradictionKind, Quote, QuoteId, Speaker};

/// Words that negate a clause.
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n't", "nothing", "none", "nobody", "neither", "nor", "cannot",
];
/// Words that carry no content for the comparison.
const FILLER: &[&str] = &[
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "will", "would", "it", "its",
    "this", "that", "and", "of", "to", "in", "on", "for", "at", "by", "with", "has", "have", "had",
    "do", "does", "did", "very", "all",
];
/// Share of content words two passages must have in common (Jaccard).
const MIN_OVERLAP: f64 = 0.6;
/// How many earlier passages a passage is compared with: an opposite
/// assertion answers one made nearby, and whole-word comparison is the
/// costliest check of the contradiction finders.
const LOOKBACK_QUOTES: usize = 150;
/// Fewest content words a passage needs for the comparison to mean anything.
const MIN_CONTENT_WORDS: usize = 3;

/// Content words as small numbers, the same number for the same word across
/// one article's passages, so that passages compare by merging sorted lists.
#[derive(Debug, Default)]
struct Words(HashMap<String, u32>);

impl Words {
    fn id(&mut self, word: String) -> u32 {
        let next = u32::try_from(self.0.len()).unwrap_or(u32::MAX);
        *self.0.entry(word).or_insert(next)
    }
}

/// Content words (sorted, without repeats) and whether the passage is negated.
fn reading(s: &str, words: &mut Words) -> (Vec<u32>, bool) {
    let mut negated = false;
    let mut ids = Vec::new();
    for raw in s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if raw.is_empty() {
            continue;
        }
        let w = raw.to_lowercase().replace('’', "'");
        let (stem, neg) = if let Some(stem) = w.strip_suffix("n't") {
            (stem.to_owned(), true)
        } else {
            let neg = NEGATIONS.contains(&w.as_str());
            (w, neg)
        };
        if neg {
            negated = !negated;
        }
        // Content words, and the stem of a negated contraction ("couldn't" → "could").
        let content = stem.len() > 1
            && !FILLER.contains(&stem.as_str())
            && !NEGATIONS.contains(&stem.as_str())
            && stem != "ca"
            && stem != "wo";
        if content {
            ids.push(words.id(stem));
        }
    }
    ids.sort_unstable();
    ids.dedup();
    (ids, negated)
}

/// Adds a negation contradiction for each later passage that denies what an
/// earlier passage by another speaker asserts, in nearly the same words.
pub fn negations(
    text: &str,
    speakers: &[Speaker],
    quotes: &[(Quote, usize)],
    out: &mut Vec<Contradiction>,
) {
    let mut words = Words::default();
    let readings: Vec<(Vec<u32>, bool)> = quotes
        .iter()
        .map(|(q, _)| reading(q.span.slice(text), &mut words))
        .collect();
    let claims: Vec<Vec<Predication>> = quotes
        .iter()
        .map(|(q, _)| predications(q.span.slice(text)))
        .collect();
    for ia in 0..quotes.len() {
        let Some(sa) = quotes[ia].0.speaker else {
            continue;
        };
        let (wa, na) = &readings[ia];
        if wa.len() < MIN_CONTENT_WORDS && claims[ia].is_empty() {
            continue;
        }
        let hit = super::earlier(ia).take(LOOKBACK_QUOTES).find(|&ib| {
            if quotes[ib].0.speaker.is_none_or(|sb| sb == sa) {
                return false;
            }
            let (wb, nb) = &readings[ib];
            let same_words = na != nb
                && wb.len() >= MIN_CONTENT_WORDS
                && could_overlap(wa.len(), wb.len())
                && jaccard(wa, wb) >= MIN_OVERLAP;
            same_words
                || (!claims[ia].is_empty() && opposite_predications(&claims[ia], &claims[ib]))
        });
        let Some(ib) = hit else { continue };
        if super::already_linked(out, ia, ib) {
            continue;
        }
        let name = |i: usize| super::quote_speaker_name(speakers, quotes, i);
        out.push(Contradiction {
            a: QuoteId(ia),
            b: QuoteId(ib),
            kind: ContradictionKind::Negation,
            cue: if *na {
                "not".to_owned()
            } else {
                "asserts the opposite".to_owned()
            },
            explanation: format!(
                "{} says the opposite of {}: “{}”.",
                name(ia),
                name(ib),
                super::excerpt(quotes[ib].0.span.slice(text), 14)
            ),
            confidence: 0.55,
        });
    }
}

/// "the bridge is not safe": a subject, a predicate after a copula, and whether it is negated.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Predication {
    subject: String,
    predicate: String,
    negated: bool,
}

/// The copula clauses of a passage ("X is (not) Y").
fn predications(s: &str) -> Vec<Predication> {
    const COPULAS: &[&str] = &[
        "is", "are", "was", "were", "remains", "remain", "isn't", "aren't", "wasn't", "weren't",
    ];
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !COPULAS.contains(&w.as_str()) || k == 0 {
            continue;
        }
        let mut negated = w.ends_with("n't");
        let mut p = k + 1;
        while p < words.len()
            && matches!(
                words[p].as_str(),
                "not" | "never" | "no" | "longer" | "still"
            )
        {
            negated |= matches!(words[p].as_str(), "not" | "never" | "no");
            p += 1;
        }
        let Some(predicate) = words.get(p).filter(|w| !FILLER.contains(&w.as_str())) else {
            continue;
        };
        let subject = &words[k - 1];
        if FILLER.contains(&subject.as_str()) {
            continue;
        }
        out.push(Predication {
            subject: subject.clone(),
            predicate: predicate.clone(),
            negated,
        });
    }
    out
}

/// "the bridge is safe" against "the bridge is not safe".
fn opposite_predications(a: &[Predication], b: &[Predication]) -> bool {
    a.iter().any(|x| {
        b.iter()
            .any(|y| x.subject == y.subject && x.predicate == y.predicate && x.negated != y.negated)
    })
}

/// False when two word lists differ so much in length that their Jaccard
/// overlap cannot reach [`MIN_OVERLAP`] (it is at most shorter / longer).
fn could_overlap(a: usize, b: usize) -> bool {
    let (short, long) = if a < b { (a, b) } else { (b, a) };
    short as f64 >= MIN_OVERLAP * long as f64
}

/// Shared words over all words, for two sorted lists without repeats.
fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_twin_is_read() {
        let mut words = Words::default();
        let (a, na) = reading("the bridge is safe for heavy trucks", &mut words);
        let (b, nb) = reading("the bridge is not safe for heavy trucks", &mut words);
        assert!(!na && nb);
        assert!(jaccard(&a, &b) >= MIN_OVERLAP);
    }

    #[test]
    fn copula_clauses_are_compared() {
        let a = predications("the Elm Street bridge is safe for cars and buses");
        let b = predications("the bridge is not safe for buses because its supports are cracked");
        assert!(opposite_predications(&a, &b));
        assert!(!opposite_predications(&a, &a));
    }

    #[test]
    fn contractions_negate() {
        let mut words = Words::default();
        assert!(reading("the plant isn't closing", &mut words).1);
        assert!(!reading("the plant is closing", &mut words).1);
    }
}
