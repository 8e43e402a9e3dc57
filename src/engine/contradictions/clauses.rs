//! Negated clauses worded differently: "no record had been falsified"
//! against "engineers at its Gatwick base falsified maintenance records".
//!
//! A passage is cut into clauses (at sentence marks, semicolons, commas and
//! "but"); each clause keeps the stems of its content words and whether it
//! is negated. Two clauses of different parties say opposite things when
//! exactly one is negated and nearly all the content of the shorter one is in
//! the other, which is not much longer.

use super::negation::{FILLER, NEGATIONS};
use super::stems::Stems;
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
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about one clause, read one at a time"
)]
pub struct Clause {
    /// Stems of its content words (packed by [`stem_key`]), sorted, without repeats.
    stems: Vec<u64>,
    /// An odd number of negation words.
    negated: bool,
    /// A question, direct ("why didn't he pay?") or reported ("did not show
    /// whether he had a weapon"): it asserts nothing.
    asks: bool,
    /// Negated by a negative quantifier ("no employee has been …", "nobody
    /// was …", "has never leaked"): it denies that any such thing happened,
    /// so any account of one contradicts it.
    universal: bool,
    /// Said of what might be or is wished for ("would have", "if", "expected
    /// to pay"): it tells of no thing that happened.
    hypothetical: bool,
}

/// What the clause reader needs to know of one word, worked out once per
/// word of an article.
#[derive(Debug, Clone, Copy, Default)]
struct WordFacts {
    /// The key of its stem, when it is a content word.
    stem: Option<u64>,
    /// It negates ("not", "couldn't").
    negates: bool,
    /// Which of the reader's word classes it belongs to ([`Class`]).
    classes: u16,
}

/// Word classes the clause and quantifier readers test, as bits.
struct Class;

impl Class {
    const HYPOTHETICAL: u16 = 1;
    const PAST_CONDITIONAL_MODAL: u16 = 1 << 1;
    const ATTITUDE: u16 = 1 << 2;
    const NEGATIVE_SUBJECT: u16 = 1 << 3;
    const BARRIER: u16 = 1 << 4;
    const AUXILIARY: u16 = 1 << 5;
    const HAVE: u16 = 1 << 6;
    const NEVER: u16 = 1 << 7;
    const SINGLE: u16 = 1 << 8;
    const A: u16 = 1 << 9;
    const THAT: u16 = 1 << 10;
    const AND: u16 = 1 << 11;
    const WHETHER: u16 = 1 << 12;
    /// "but", "while", "whereas": a new clause begins.
    const CONTRAST: u16 = 1 << 13;
    /// "had", "seen": after "never", a state or an experience, no event.
    const STATIVE: u16 = 1 << 14;

    /// The classes of a lowercase word.
    fn of(word: &str) -> u16 {
        let lists: [(&[&str], u16); 15] = [
            (HYPOTHETICAL_WORDS, Self::HYPOTHETICAL),
            (PAST_CONDITIONAL_MODALS, Self::PAST_CONDITIONAL_MODAL),
            (ATTITUDE_VERBS, Self::ATTITUDE),
            (NEGATIVE_SUBJECTS, Self::NEGATIVE_SUBJECT),
            (QUANTIFIER_BARRIERS, Self::BARRIER),
            (AUXILIARIES, Self::AUXILIARY),
            (&["have"], Self::HAVE),
            (&["never"], Self::NEVER),
            (&["single"], Self::SINGLE),
            (&["a"], Self::A),
            (&["that"], Self::THAT),
            (&["and"], Self::AND),
            (&["whether"], Self::WHETHER),
            (&["but", "while", "whereas"], Self::CONTRAST),
            (STATIVE_AFTER_NEVER, Self::STATIVE),
        ];
        lists
            .iter()
            .filter(|(list, _)| list.contains(&word))
            .fold(0, |classes, (_, class)| classes | class)
    }
}

/// Each word's facts ([`WordFacts`]), worked out once per word of an article.
#[derive(Default)]
pub struct StemKeys {
    stems: Stems,
    facts: WordMap<WordFacts>,
}

impl StemKeys {
    /// Word facts stemmed with `stems`, which may know stems already.
    pub fn with(stems: Stems) -> Self {
        StemKeys {
            stems,
            facts: WordMap::default(),
        }
    }

    /// The facts of a lowercase word.
    fn facts(&mut self, word: &str) -> WordFacts {
        if let Some(&facts) = self.facts.get(word) {
            return facts;
        }
        let (stem, negates) = match word.strip_suffix("n't") {
            Some(stem) => (stem, true),
            None => (word, NEGATIONS.contains(&word)),
        };
        let content = !negates
            && stem.chars().count() >= 3
            && !FILLER.contains(&stem)
            && !NOT_CONTENT.contains(&stem);
        let facts = WordFacts {
            stem: content.then(|| stem_key(self.stems.of(stem))),
            negates,
            classes: Class::of(word),
        };
        self.facts.insert(word, facts);
        facts
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
    let mut word = String::new();
    // The classes of the word before the one being read.
    let mut previous = 0;
    // Words of the clause so far, and whether the word being read is capitalised.
    let (mut words_in_clause, mut capitalised) = (0, false);
    let mut quantifier = Quantifier::default();
    for c in s.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' {
            if word.is_empty() {
                capitalised = c.is_uppercase();
            }
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase().map(|c| if c == '’' { '\'' } else { c }));
            }
            continue;
        }
        if !word.is_empty() {
            let facts = stems.facts(&word);
            let classes = facts.classes;
            // "… had been falsified and that every check …": a second clause.
            let second_that = classes & Class::THAT != 0 && previous & Class::AND != 0;
            if classes & Class::WHETHER != 0 {
                current.asks = true;
            }
            quantifier.note(classes, previous, words_in_clause);
            (current.universal, current.hypothetical) =
                (quantifier.universal, quantifier.hypothetical);
            if classes & Class::CONTRAST != 0 || second_that {
                finish(&mut current);
                words_in_clause = 0;
                quantifier = Quantifier::default();
            } else if !capitalised || words_in_clause == 0 {
                // Names ("North Korea said") are no part of what is claimed.
                note_word(&mut current, facts);
                words_in_clause += 1;
            } else {
                words_in_clause += 1;
            }
            previous = classes;
            word.clear();
        }
        if c == '?' {
            current.asks = true;
        }
        if matches!(c, '.' | ';' | ':' | '!' | '?' | ',' | '—' | '–') {
            finish(&mut current);
            words_in_clause = 0;
            quantifier = Quantifier::default();
        }
    }
    finish(&mut current);
    out
}

/// Adds a word to a clause: a negation flips it, a content word adds its
/// stem ("leaked" and "leaking" both add "leak").
fn note_word(clause: &mut Clause, facts: WordFacts) {
    if facts.negates {
        clause.negated = !clause.negated;
    }
    clause.stems.extend(facts.stem);
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

/// Negative quantifiers that deny, as a clause's subject, that any such
/// thing happened: "no employee has been …", "nobody was told".
const NEGATIVE_SUBJECTS: &[&str] = &["no", "nobody", "none", "nothing", "no-one"];
/// Auxiliaries after a negative subject ("no record had been falsified")
/// or before "never" ("the city has never excluded").
const AUXILIARIES: &[&str] = &["has", "have", "had", "is", "are", "was", "were"];
/// Words after which a negative quantifier is no subject of what follows:
/// "found no sign that the wall was at risk", "had no intention to", "no
/// longer".
const QUANTIFIER_BARRIERS: &[&str] = &["that", "which", "who", "to", "whether", "longer"];
/// Words after "never" that tell of a state or an experience, not of an
/// event denied: "the green space it has never had", "I have never seen
/// anything like it".
const STATIVE_AFTER_NEVER: &[&str] = &["had", "has", "have", "seen", "heard", "known", "needed"];
/// Most words between a negative subject and its auxiliary ("No employee at
/// our Brampton facility has been …").
const MAX_SUBJECT_WORDS: usize = 6;
/// Stems a universal denial and an account of one such thing must share.
const MIN_INSTANCE_STEMS: usize = 2;

/// Words that make a clause hypothetical, an intention or an obligation
/// ("operators are required to keep records"): it tells of no thing that
/// happened. ("would" alone is often a reported "will".)
const HYPOTHETICAL_WORDS: &[&str] = &[
    "if", "unless", "might", "expected", "expects", "expect", "wants", "want", "wanted", "plans",
    "planned", "required", "must", "should", "ought",
];
/// Modals that make a clause hypothetical before "have": "would have never been".
const PAST_CONDITIONAL_MODALS: &[&str] = &["would", "could", "should", "might"];
/// Verbs of saying and thinking after "nobody is": "Nobody is denying that
/// people are coming" concedes; it denies nothing.
const ATTITUDE_VERBS: &[&str] = &[
    "denying",
    "saying",
    "suggesting",
    "disputing",
    "questioning",
    "arguing",
    "claiming",
    "asking",
    "pretending",
];

/// Reads, word by word, whether a clause denies that any such thing
/// happened: a negative quantifier as subject of an auxiliary, or "never"
/// after one. "had no intention of …", "Nobody wants to …", "do nothing to
/// boost" deny no event; nor does anything hypothetical ("would have never
/// been").
#[derive(Debug, Default)]
struct Quantifier {
    /// Where in the clause a negative quantifier stood, while its verb may follow.
    at: Option<usize>,
    /// The clause so far denies that any such thing happened.
    universal: bool,
    /// The clause so far is hypothetical.
    hypothetical: bool,
    /// What the last word did: made the clause a universal denial (as
    /// "never", or after a negative subject), or not.
    just_made: JustMade,
}

/// Whether the word just read made its clause a universal denial, and how.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum JustMade {
    #[default]
    Nothing,
    /// An auxiliary after a negative subject ("no record had …").
    Quantified,
    /// "never" after an auxiliary ("has never …").
    Never,
}

impl Quantifier {
    /// Notes the word at position `k` of its clause.
    /// (`word` and `previous` are the word classes of it and of the word
    /// before it: [`Class`].)
    fn note(&mut self, word: u16, previous: u16, k: usize) {
        let is = |classes: u16, class: u16| classes & class != 0;
        let just_made = std::mem::take(&mut self.just_made);
        if just_made == JustMade::Never && is(word, Class::STATIVE) {
            self.universal = false;
        }
        if is(word, Class::HYPOTHETICAL)
            || (is(word, Class::HAVE) && is(previous, Class::PAST_CONDITIONAL_MODAL))
        {
            self.hypothetical = true;
            self.universal = false;
        }
        if just_made != JustMade::Nothing && is(word, Class::ATTITUDE) {
            self.universal = false;
        }
        // "not a single bed had been closed"
        if is(word, Class::NEGATIVE_SUBJECT) || (is(word, Class::SINGLE) && is(previous, Class::A))
        {
            self.at = Some(k);
            return;
        }
        if is(word, Class::BARRIER) {
            self.at = None;
            return;
        }
        let makes = if is(word, Class::NEVER) {
            is(previous, Class::AUXILIARY)
        } else {
            is(word, Class::AUXILIARY)
                && self
                    .at
                    .take()
                    .is_some_and(|at| k > at && k - at <= MAX_SUBJECT_WORDS + 1)
        };
        if makes && !self.hypothetical {
            self.universal = true;
            self.just_made = if is(word, Class::NEVER) {
                JustMade::Never
            } else {
                JustMade::Quantified
            };
        }
    }
}

/// Does a clause of `a` say the opposite of a clause of `b`? With `near`,
/// a universal denial ("no employee has been hospitalised for a heat
/// illness") is also opposed by any account that shares two of its stems
/// ("three workers were taken to hospital with heat exhaustion").
pub fn opposite_clauses(a: &[Clause], b: &[Clause], near: bool) -> bool {
    a.iter().any(|x| {
        b.iter().any(|y| {
            x.negated != y.negated
                && ((!x.hypothetical && !y.hypothetical && contains_claim(x, y))
                    || (near && (denies_instance(x, y) || denies_instance(y, x))))
        })
    })
}

/// Is `x` a universal denial and `y` an account sharing enough of its stems?
fn denies_instance(x: &Clause, y: &Clause) -> bool {
    x.universal
        && !y.negated
        && !y.hypothetical
        && x.stems
            .iter()
            .filter(|s| y.stems.binary_search(s).is_ok())
            .count()
            >= MIN_INSTANCE_STEMS
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
        assert!(opposite_clauses(&denial, &claim, false));
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
        assert!(!opposite_clauses(&agreeing, &claim, false));
        assert!(!opposite_clauses(&other, &claim, false));
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
        assert!(!opposite_clauses(&reported_question, &claim, false));
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

    #[test]
    fn a_negative_subject_of_an_event_denies_every_account_of_it() {
        let universal = |s: &str| {
            clauses(s, &mut StemKeys::default())
                .iter()
                .any(|c| c.universal)
        };
        assert!(universal("no engineer had been inside a flat in her block"));
        assert!(universal(
            "No employee at our Brampton facility has been hospitalized"
        ));
        assert!(universal("the city has never excluded mutual-aid calls"));
        assert!(universal(
            "not a single bed at the hospital had been closed"
        ));
        assert!(!universal(
            "the governor had no intention of changing the budget"
        ));
        assert!(!universal(
            "the inspection found no sign that the wall was at risk"
        ));
        assert!(!universal("Nobody is denying that people are coming here"));
        assert!(!universal(
            "the driver would have never been in a crash at the corner"
        ));
        assert!(!universal("the tax breaks do nothing to boost the economy"));
        // A state or an experience after "never" is no event denied.
        assert!(!universal("the green space it has never had"));
        assert!(!universal(
            "I have never seen anything like it on this road"
        ));
        assert!(universal("the pond has never leaked into the river"));
        let denial = clauses(
            "no engineer had been inside a single flat in her block",
            &mut StemKeys::default(),
        );
        let account = clauses(
            "engineers had visited homes in every block last week",
            &mut StemKeys::default(),
        );
        let intention = clauses(
            "engineers expected to visit homes in every block",
            &mut StemKeys::default(),
        );
        assert!(opposite_clauses(&denial, &account, true));
        assert!(!opposite_clauses(&denial, &account, false));
        assert!(!opposite_clauses(&denial, &intention, true));
    }
}
