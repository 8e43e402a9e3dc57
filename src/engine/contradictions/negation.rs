//! Negation: one party asserts P, another asserts not-P about the same thing
//! ("the bridge is safe" / "the bridge is not safe").
//!
//! Two passages by different speakers contradict this way when, with negation
//! words set aside, they say nearly the same content words, and exactly one of
//! them is negated.

use std::collections::HashSet;

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
/// Fewest content words a passage needs for the comparison to mean anything.
const MIN_CONTENT_WORDS: usize = 3;

/// Content words and whether the passage is negated.
fn reading(s: &str) -> (HashSet<String>, bool) {
    let mut negated = false;
    let mut words = HashSet::new();
    for raw in s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        let w = raw.to_lowercase().replace('’', "'");
        if w.is_empty() {
            continue;
        }
        let (stem, neg) = match w.strip_suffix("n't") {
            Some(stem) => (stem.to_owned(), true),
            None => (w.clone(), NEGATIONS.contains(&w.as_str())),
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
            words.insert(stem);
        }
    }
    (words, negated)
}

/// Adds a negation contradiction for each later passage that denies what an
/// earlier passage by another speaker asserts, in nearly the same words.
pub fn negations(
    text: &str,
    speakers: &[Speaker],
    quotes: &[(Quote, usize)],
    out: &mut Vec<Contradiction>,
) {
    let readings: Vec<(HashSet<String>, bool)> = quotes
        .iter()
        .map(|(q, _)| reading(q.span.slice(text)))
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
        let hit = super::earlier(ia).find(|&ib| {
            let (wb, nb) = &readings[ib];
            let other = quotes[ib].0.speaker.is_some_and(|sb| sb != sa);
            let same_words =
                na != nb && wb.len() >= MIN_CONTENT_WORDS && jaccard(wa, wb) >= MIN_OVERLAP;
            other && (same_words || opposite_predications(&claims[ia], &claims[ib]))
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

fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let inter = a.intersection(b).count();
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_twin_is_read() {
        let (a, na) = reading("the bridge is safe for heavy trucks");
        let (b, nb) = reading("the bridge is not safe for heavy trucks");
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
        assert!(reading("the plant isn't closing").1);
        assert!(!reading("the plant is closing").1);
    }
}
