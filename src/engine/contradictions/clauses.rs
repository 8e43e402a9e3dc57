//! Negated clauses worded differently: "no record had been falsified"
//! against "engineers at its Gatwick base falsified maintenance records".
//!
//! A passage is cut into clauses (at sentence marks, semicolons, commas and
//! "but"); each clause keeps the stems of its content words and whether it
//! is negated. Two clauses of different parties say opposite things when
//! exactly one is negated and nearly all the content of the shorter one is in
//! the other, which is not much longer.

use rust_stemmers::{Algorithm, Stemmer};

use super::negation::{FILLER, NEGATIONS};
use crate::engine::hashing::WordMap;

/// Fewest content stems a clause needs to be compared.
const MIN_STEMS: usize = 2;
/// The share of the shorter clause's stems the longer must hold, in quarters.
const MIN_CONTAINED_QUARTERS: usize = 3;
/// A longer clause may hold at most this many times the shorter's stems, plus [`LENGTH_SLACK`].
const MAX_LENGTH_RATIO: usize = 3;
/// See [`MAX_LENGTH_RATIO`].
const LENGTH_SLACK: usize = 3;
/// Letters of a word's stem that stand for it ("reported", "reporter" →
/// "repor").
const STEM_LETTERS: usize = 5;

/// One clause of a passage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clause {
    /// Stems of its content words (packed by [`stem_key`]), sorted, without repeats.
    stems: Vec<u64>,
    /// An odd number of negation words.
    negated: bool,
    /// A question, direct ("why didn't he pay?") or reported ("did not show
    /// whether he had a weapon"): it asserts nothing.
    asks: bool,
}

/// Each word's stem key, worked out once per word of an article.
pub struct StemKeys {
    stemmer: Stemmer,
    keys: WordMap<u64>,
}

impl Default for StemKeys {
    fn default() -> Self {
        StemKeys {
            stemmer: Stemmer::create(Algorithm::English),
            keys: WordMap::default(),
        }
    }
}

impl StemKeys {
    /// The key of a (lowercase) word's stem.
    fn key(&mut self, word: &str) -> u64 {
        if let Some(&key) = self.keys.get(word) {
            return key;
        }
        let key = stem_key(&self.stemmer.stem(word));
        self.keys.insert(word, key);
        key
    }
}

/// The clauses of a passage with at least [`MIN_STEMS`] content stems.
pub fn clauses(s: &str, stems: &mut StemKeys) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut current = Clause::default();
    let mut finish = |c: &mut Clause| {
        c.stems.sort_unstable();
        c.stems.dedup();
        let done = std::mem::take(c);
        if done.stems.len() >= MIN_STEMS && !done.asks {
            out.push(done);
        }
    };
    let (mut word, mut previous) = (String::new(), String::new());
    // Words of the clause so far, and whether the word being read is capitalised.
    let (mut words_in_clause, mut capitalised) = (0, false);
    for c in s.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' {
            if word.is_empty() {
                capitalised = c.is_uppercase();
            }
            word.extend(c.to_lowercase().map(|c| if c == '’' { '\'' } else { c }));
            continue;
        }
        if !word.is_empty() {
            // "… had been falsified and that every check …": a second clause.
            let second_that = word == "that" && previous == "and";
            if word == "whether" {
                current.asks = true;
            }
            if matches!(word.as_str(), "but" | "while" | "whereas") || second_that {
                finish(&mut current);
                words_in_clause = 0;
            } else if !capitalised || words_in_clause == 0 {
                // Names ("North Korea said") are no part of what is claimed.
                note_word(&mut current, &word, stems);
                words_in_clause += 1;
            } else {
                words_in_clause += 1;
            }
            std::mem::swap(&mut previous, &mut word);
            word.clear();
        }
        if c == '?' {
            current.asks = true;
        }
        if matches!(c, '.' | ';' | ':' | '!' | '?' | ',' | '—' | '–') {
            finish(&mut current);
            words_in_clause = 0;
        }
    }
    finish(&mut current);
    out
}

/// Adds a word to a clause: a negation flips it, a content word adds its
/// stem ("leaked" and "leaking" both add "leak").
fn note_word(clause: &mut Clause, word: &str, stems: &mut StemKeys) {
    let (stem, negates) = match word.strip_suffix("n't") {
        Some(stem) => (stem, true),
        None => (word, NEGATIONS.contains(&word)),
    };
    if negates {
        clause.negated = !clause.negated;
        return;
    }
    if stem.chars().count() < 3 || FILLER.contains(&stem) || NOT_CONTENT.contains(&stem) {
        return;
    }
    clause.stems.push(stems.key(stem));
}

/// The first [`STEM_LETTERS`] characters of a word, packed in a number (21
/// bits a character: every Unicode scalar fits).
fn stem_key(word: &str) -> u64 {
    word.chars()
        .take(STEM_LETTERS)
        .fold(0, |key, c| (key << 21) | u64::from(u32::from(c)))
}

/// Words that say nothing of the claim itself.
const NOT_CONTENT: &[&str] = &[
    "said", "says", "say", "told", "tells", "can", "could", "should", "may", "might", "must",
    "any", "some", "they", "them", "their", "there", "these", "those", "which", "who", "what",
    "our", "your", "his", "her", "she", "him", "you", "had", "been", "being", "also", "just",
    "about", "from", "into", "than", "then", "only", "more", "such", "single", "ever", "every",
    "each", "either", "both", "other", "another", "still", "already", "even",
];

/// Does a clause of `a` say the opposite of a clause of `b`?
pub fn opposite_clauses(a: &[Clause], b: &[Clause]) -> bool {
    a.iter().any(|x| {
        b.iter()
            .any(|y| x.negated != y.negated && contains_claim(x, y))
    })
}

/// Nearly all of the shorter clause's stems are in the other, not much longer one.
fn contains_claim(x: &Clause, y: &Clause) -> bool {
    let (short, long) = if x.stems.len() <= y.stems.len() {
        (x, y)
    } else {
        (y, x)
    };
    if long.stems.len() > MAX_LENGTH_RATIO * short.stems.len() + LENGTH_SLACK {
        return false;
    }
    let shared = short
        .stems
        .iter()
        .filter(|s| long.stems.binary_search(s).is_ok())
        .count();
    shared >= MIN_STEMS && shared * 4 >= MIN_CONTAINED_QUARTERS * short.stems.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_denied_act_opposes_the_act() {
        let claim = clauses(
            "engineers at its Gatwick base falsified maintenance records on six of its aircraft",
            &mut StemKeys::default(),
        );
        let denial = clauses(
            "no record had been falsified and that every check listed had been performed",
            &mut StemKeys::default(),
        );
        assert!(opposite_clauses(&denial, &claim));
    }

    #[test]
    fn the_same_polarity_or_other_content_is_no_opposite() {
        let claim = clauses(
            "engineers falsified maintenance records",
            &mut StemKeys::default(),
        );
        let agreeing = clauses(
            "the records were falsified by engineers",
            &mut StemKeys::default(),
        );
        let other = clauses(
            "no passenger was hurt, and the aircraft were not grounded",
            &mut StemKeys::default(),
        );
        assert!(!opposite_clauses(&agreeing, &claim));
        assert!(!opposite_clauses(&other, &claim));
    }

    #[test]
    fn questions_assert_nothing() {
        let claim = clauses(
            "the footage showed his hands at his side",
            &mut StemKeys::default(),
        );
        let reported_question = clauses(
            "the footage did not show whether his hands were at his side",
            &mut StemKeys::default(),
        );
        let question = clauses(
            "So why didn't the footage show his hands at his side?",
            &mut StemKeys::default(),
        );
        assert!(reported_question.is_empty());
        assert!(question.is_empty());
        assert!(!opposite_clauses(&reported_question, &claim));
    }

    #[test]
    fn clauses_split_at_commas_and_but() {
        let c = clauses(
            "The plant is safe, but the detectors were not tested",
            &mut StemKeys::default(),
        );
        assert_eq!(c.len(), 2);
        assert!(!c[0].negated);
        assert!(c[1].negated);
    }
}
