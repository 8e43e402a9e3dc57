//! Negation: one party asserts P, another asserts not-P about the same thing
//! ("the bridge is safe" / "the bridge is not safe").
//!
//! Two passages by different speakers contradict this way when, with negation
//! words set aside, they say nearly the same content words, and exactly one of
//! them is negated.

use super::clauses::{Clause, StemKeys, clauses, opposite_clauses};
use super::stems::Stems;
use crate::engine::hashing::{WordMap, pack};

use crate::document::Span;
use crate::engine::model::{Contradiction, ContradictionKind, Quote, QuoteId, Speaker};

/// Words that negate a clause.
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n't", "nothing", "none", "nobody", "neither", "nor", "cannot",
];
/// Words that carry no content for the comparison.
pub(super) const FILLER: &[&str] = &[
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "will", "would", "it", "its",
    "this", "that", "and", "of", "to", "in", "on", "for", "at", "by", "with", "has", "have", "had",
    "do", "does", "did", "very", "all",
];
/// Words that deny outright, whatever follows ("No one on the team was laid
/// off", "The pond has never overtopped").
const OUTRIGHT_DENIALS: &[&str] = &["no", "never", "nobody", "none", "nothing"];
/// How many words into a passage an outright denial must come: it leads
/// what the party says ("No one on the team was laid off"), not a clause
/// deep inside it.
const DENIAL_LEADS_WITHIN: usize = 12;
/// Fewest letters of a word that tells what a passage is about.
const MIN_TELLING_LETTERS: usize = 4;
/// Longer words that tell nothing of what a passage is about.
const COMMON_WORDS: &[&str] = &[
    "said",
    "says",
    "told",
    "they",
    "them",
    "their",
    "there",
    "these",
    "those",
    "what",
    "when",
    "where",
    "which",
    "while",
    "with",
    "from",
    "been",
    "also",
    "just",
    "more",
    "than",
    "then",
    "some",
    "such",
    "only",
    "even",
    "still",
    "into",
    "over",
    "after",
    "before",
    "about",
    "every",
    "each",
    "other",
    "here",
    "your",
    "ours",
    "could",
    "should",
    "must",
    "might",
    "would",
    "will",
    "people",
    "time",
    "year",
    "years",
    "anyone",
    "anything",
    "everyone",
    "everything",
    "because",
    "anywhere",
    "nowhere",
];
/// Most words of a short outright denial ("nobody was carried anywhere"):
/// short enough that every telling word of it names what is denied.
const MAX_SHORT_DENIAL_WORDS: usize = 5;
/// Telling words an outright denial must share with the account it denies.
const MIN_DENIED_SHARED: usize = 3;
/// Share of the shorter passage's telling words an outright denial and the
/// account it denies must have in common: long passages share a few by chance.
const MIN_DENIED_SHARE: f64 = 0.4;
/// How many earlier passages an outright denial is compared with: it
/// answers an account given just before.
const DENIAL_LOOKBACK_QUOTES: usize = 10;
/// Share of content words two passages must have in common (Jaccard).
const MIN_OVERLAP: f64 = 0.6;
/// How many earlier passages a passage is compared with: an opposite
/// assertion answers one made nearby, and whole-word comparison is the
/// costliest check of the contradiction finders.
const LOOKBACK_QUOTES: usize = 150;
/// How many earlier passages a passage's clauses are compared with: a
/// reworded denial answers a claim made shortly before.
const CLAUSE_LOOKBACK_QUOTES: usize = 40;
/// How many earlier passages a universal denial ("no employee has …") is
/// compared with clause by clause for an account of one such thing.
const INSTANCE_LOOKBACK_QUOTES: usize = 12;
/// Fewest content words a passage needs for the comparison to mean anything.
const MIN_CONTENT_WORDS: usize = 3;
/// Content words two passages must share before their clauses are compared
/// (opposite clauses need two shared stems; most share a word or none).
const MIN_CLAUSE_SHARED: usize = 2;
/// Passages further apart than this must share one word more before their
/// clauses are compared: the further a reply stands from a claim, the more
/// of its subject it must name to answer it.
const NEAR_CLAUSE_QUOTES: usize = 3;

/// What the comparison needs to know of one word, worked out once per word.
#[derive(Debug, Default, Clone, Copy)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about one word, read one at a time"
)]
struct WordInfo {
    /// The word negates a clause ("not", "couldn't").
    negates: bool,
    /// The content word it counts as: its stem ("leaked" and "leaking" count
    /// as "leak"; a negated contraction counts as the stem of its verb).
    content: Option<u32>,
    /// The word it negates with a prefix ("unsafe" → "safe").
    unprefixed: Option<u32>,
    /// A copula ("is", "wasn't").
    copula: bool,
    /// Ends in "n't".
    contracted_negation: bool,
    /// May stand between a copula and its predicate, and negates when `Some(true)`.
    modifier: Option<bool>,
    /// Carries no content ([`FILLER`]).
    filler: bool,
    /// Denies outright: "no", "never", "nobody", "none", "nothing".
    denies_outright: bool,
    /// A content word long and rare enough to say what a passage is about
    /// (not "said", "they", "every").
    telling: bool,
}

/// Words as small numbers, the same number for the same (lowercase) word
/// across one article's passages, so that passages compare by merging sorted
/// lists and predications compare as numbers.
#[derive(Default)]
struct Words {
    /// Each word's number.
    ids: WordMap<u32>,
    /// What is known of each numbered word; `None` for a word numbered only
    /// as the stem or the unprefixed form of another, until the text has it.
    info: Vec<Option<WordInfo>>,
    stems: Stems,
}

/// Prefixes that make a word's opposite ("unsafe", "inaccurate", "dishonest").
const NEGATIVE_PREFIXES: &[&str] = &["un", "in", "im", "il", "ir", "dis", "non-", "non"];
/// Fewest letters of the word a negative prefix stands before.
const MIN_UNPREFIXED_LETTERS: usize = 4;

impl Words {
    /// The number of a lowercase word of the text, described.
    fn id(&mut self, word: &str) -> u32 {
        let id = self.number(word);
        if self.info.get(id as usize).is_some_and(Option::is_none) {
            let info = self.describe(word, id);
            if let Some(slot) = self.info.get_mut(id as usize) {
                *slot = Some(info);
            }
        }
        id
    }

    /// The number of a lowercase word, which is given one if it has none
    /// (without describing it: a stem need not be stemmed again).
    fn number(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.info.len()).unwrap_or(u32::MAX);
        self.ids.insert(word, id);
        self.info.push(None);
        id
    }

    fn describe(&mut self, w: &str, id: u32) -> WordInfo {
        const COPULAS: &[&str] = &[
            "is", "are", "was", "were", "remains", "remain", "isn't", "aren't", "wasn't", "weren't",
        ];
        let (stem, negates) = match w.strip_suffix("n't") {
            Some(stem) => (stem, true),
            None => (w, NEGATIONS.contains(&w)),
        };
        // Content words, and the stem of a negated contraction ("couldn't" → "could").
        let is_content = stem.len() > 1
            && !FILLER.contains(&stem)
            && !NEGATIONS.contains(&stem)
            && stem != "ca"
            && stem != "wo";
        let content = if is_content {
            let stemmed = self.stems.of(stem).to_owned();
            Some(if stemmed == w {
                id
            } else {
                self.number(&stemmed)
            })
        } else {
            None
        };
        let unprefixed = NEGATIVE_PREFIXES
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .filter(|rest| rest.len() >= MIN_UNPREFIXED_LETTERS)
            .map(ToOwned::to_owned)
            .map(|rest| self.number(&rest));
        WordInfo {
            negates,
            content,
            unprefixed,
            copula: COPULAS.contains(&w),
            contracted_negation: w.ends_with("n't"),
            modifier: match w {
                "not" | "never" | "no" => Some(true),
                "longer" | "still" | "a" | "an" | "now" | "again" | "currently" | "perfectly"
                | "completely" | "entirely" | "fully" | "totally" | "absolutely" | "really"
                | "already" => Some(false),
                _ => None,
            },
            filler: FILLER.contains(&w),
            denies_outright: OUTRIGHT_DENIALS.contains(&w),
            telling: is_content
                && w.chars().count() >= MIN_TELLING_LETTERS
                && !COMMON_WORDS.contains(&w),
        }
    }

    fn info(&self, id: u32) -> WordInfo {
        self.info
            .get(id as usize)
            .copied()
            .flatten()
            .unwrap_or_default()
    }

    /// The numbers of the words of a passage, lowercase, with "’" read as
    /// "'", written into `out` (cleared first).
    fn words_into(&mut self, s: &str, buf: &mut String, out: &mut Vec<u32>) {
        out.clear();
        each_word_piece(s, |raw| {
            let known = if raw.is_ascii() {
                pack(raw, |b| b.to_ascii_lowercase()).and_then(|key| self.ids.get_packed(key))
            } else {
                None
            };
            let described =
                known.filter(|&&id| self.info.get(id as usize).is_some_and(Option::is_some));
            let id = if let Some(&id) = described {
                id
            } else if raw.is_ascii() {
                buf.clear();
                buf.push_str(raw);
                buf.make_ascii_lowercase();
                self.id(buf)
            } else {
                self.id(&raw.to_lowercase().replace('’', "'"))
            };
            out.push(id);
        });
    }

    /// How many different words have a number.
    fn len(&self) -> usize {
        self.info.len()
    }
}

/// The runs of letters, digits and apostrophes of `s`: the non-empty pieces
/// of `s.split(|c| !c.is_alphanumeric() && c != '\'' && c != '’')`.
#[cfg(test)]
fn word_pieces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    each_word_piece(s, |piece| out.push(piece));
    out
}

/// Hands each run of letters, digits and apostrophes of `s` to `out`, in
/// order, with ASCII read byte by byte.
fn each_word_piece<'s>(s: &'s str, mut out: impl FnMut(&'s str)) {
    let bytes = s.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (inside, width) = if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'\'', 1)
        } else {
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            (c.is_alphanumeric() || c == '’', c.len_utf8())
        };
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                if let Some(piece) = s.get(from..i) {
                    out(piece);
                }
                start = None;
            }
            _ => {}
        }
        i += width;
    }
    if let Some(piece) = start.and_then(|from| s.get(from..)) {
        out(piece);
    }
}

/// What the comparison reads in a passage.
#[derive(Debug, Default)]
struct Reading {
    /// Content words (sorted, without repeats).
    content: Vec<u32>,
    /// Whether the passage asserts, denies or leaves open what it says.
    polarity: Polarity,
    /// Whether any word of it negates (a clause of it may be negated).
    any_negation: bool,
    /// Its copula clauses.
    claims: Vec<Predication>,
    /// Whether a word of it denies outright ([`OUTRIGHT_DENIALS`]).
    denies_outright: bool,
    /// Its telling content words (sorted, without repeats).
    telling: Vec<u32>,
    /// The telling words of each short clause it opens with an outright
    /// denial ("Nobody collapsed", "nobody was carried anywhere").
    short_denials: Vec<Vec<u32>>,
}

/// Whether a passage as a whole asserts, denies, or leaves open what it
/// speaks of ("Whether or not there was a vote, …": it asserts nothing a
/// whole passage could oppose).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Polarity {
    #[default]
    Asserted,
    Negated,
    Hedged,
}

/// Reads a passage: its content words, whether it is negated, its copula clauses.
#[cfg(test)]
fn read(s: &str, words: &mut Words, buf: &mut String) -> Reading {
    let concessions = Concessions::of(words);
    read_with(s, words, buf, &mut Vec::new(), &concessions)
}

/// [`read`], with `seq` to hold the passage's words and the article's
/// `concessions` looked up once.
fn read_with(
    s: &str,
    words: &mut Words,
    buf: &mut String,
    seq: &mut Vec<u32>,
    concessions: &Concessions,
) -> Reading {
    words.words_into(s, buf, seq);
    let (mut negated, mut any_negation, mut denies_outright) = (false, false, false);
    let mut hedged = false;
    let mut content = Vec::new();
    let mut telling = Vec::new();
    for (k, &w) in seq.iter().enumerate() {
        let info = words.info(w);
        hedged |= concessions.hedges(seq, k);
        // (Only a negating word may concede: the look-around is asked of few.)
        let concedes =
            (info.negates || info.denies_outright) && concessions.at(seq, k, &mut hedged);
        if info.negates && !concedes {
            negated = !negated;
            any_negation = true;
        }
        denies_outright |= info.denies_outright && !concedes && k < DENIAL_LEADS_WITHIN;
        content.extend(info.content);
        if info.telling {
            telling.extend(info.content);
        }
    }
    content.sort_unstable();
    content.dedup();
    telling.sort_unstable();
    telling.dedup();
    let claims = predications(seq, words);
    let short_denials = if any_negation {
        short_denials(s, words, buf, seq)
    } else {
        Vec::new()
    };
    Reading {
        content,
        polarity: if hedged {
            Polarity::Hedged
        } else if negated {
            Polarity::Negated
        } else {
            Polarity::Asserted
        },
        any_negation,
        claims,
        denies_outright,
        telling,
        short_denials,
    }
}

/// The numbers of the words by which a negation concedes rather than
/// denies: "Whether or not there was a vote", "What nobody disputes is …".
struct Concessions {
    whether: u32,
    or: u32,
    nobody: [u32; 2],
    conceding_verbs: [u32; 8],
    /// "is", "was": "Nobody is denying that …".
    auxiliaries: [u32; 2],
    /// "he believed the club needed …": a belief told as the passage's
    /// frame, near its start.
    beliefs: [u32; 8],
    /// "should", "ought": advice, not a claim of fact.
    advice: [u32; 2],
}

impl Concessions {
    fn of(words: &mut Words) -> Self {
        Concessions {
            whether: words.number("whether"),
            or: words.number("or"),
            nobody: ["nobody", "no-one"].map(|w| words.number(w)),
            conceding_verbs: [
                "disputes",
                "denies",
                "doubts",
                "questions",
                "disputing",
                "denying",
                "doubting",
                "questioning",
            ]
            .map(|w| words.number(w)),
            auxiliaries: ["is", "was"].map(|w| words.number(w)),
            beliefs: [
                "believed", "believes", "thought", "thinks", "felt", "feels", "hoped", "hopes",
            ]
            .map(|w| words.number(w)),
            advice: ["should", "ought"].map(|w| words.number(w)),
        }
    }

    /// Does the word at `k` of `seq` make the passage an opinion or advice
    /// ("he believed the club needed …", "the council should …") rather
    /// than a claim of fact another party could deny?
    fn hedges(&self, seq: &[u32], k: usize) -> bool {
        const BELIEF_FRAME_WORDS: usize = 3;
        self.advice.contains(&seq[k]) || (k < BELIEF_FRAME_WORDS && self.beliefs.contains(&seq[k]))
    }

    /// Does the word at `k` of `seq` negate only to concede ("not" in
    /// "whether or not", "nobody" in "nobody disputes")? "whether or not"
    /// also sets `hedged`: the passage leaves open what it speaks of.
    fn at(&self, seq: &[u32], k: usize, hedged: &mut bool) -> bool {
        // ("nobody disputes", "nobody is denying")
        let verb_at = |j: usize| seq.get(j).is_some_and(|w| self.conceding_verbs.contains(w));
        let nobody_disputes = self.nobody.contains(&seq[k])
            && (verb_at(k + 1)
                || (seq.get(k + 1).is_some_and(|w| self.auxiliaries.contains(w))
                    && verb_at(k + 2)));
        let whether_or_not = k >= 2 && seq[k - 1] == self.or && seq[k - 2] == self.whether;
        *hedged |= whether_or_not;
        whether_or_not || nobody_disputes
    }
}

/// The telling words of each short clause of `s` that opens with an
/// outright denial: "Nobody collapsed, and nobody was carried anywhere."
/// gives [collapsed] and [carried]. (`seq` is reused as scratch.)
fn short_denials(
    s: &str,
    words: &mut Words,
    buf: &mut String,
    seq: &mut Vec<u32>,
) -> Vec<Vec<u32>> {
    let mut out = Vec::new();
    // ("Nobody told us anything": what was denied is being told.)
    let told = words.id("told");
    let told = words.info(told).content;
    for clause in s
        .split(|c: char| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '—' | '–' | '“' | '”' | '"'
            )
        })
        .flat_map(|piece| piece.split(" and "))
        .flat_map(|piece| piece.split(" but "))
    {
        words.words_into(clause, buf, seq);
        let Some((&first, rest)) = seq.split_first() else {
            continue;
        };
        if !words.info(first).denies_outright || seq.len() > MAX_SHORT_DENIAL_WORDS {
            continue;
        }
        let mut telling: Vec<u32> = rest
            .iter()
            .filter_map(|&w| {
                let info = words.info(w);
                info.content
                    .filter(|&c| (info.telling || Some(c) == told) && !info.negates)
            })
            .collect();
        telling.sort_unstable();
        telling.dedup();
        if !telling.is_empty() {
            out.push(telling);
        }
    }
    out
}

/// Does a short outright denial of `a` deny what `b` tells: every telling
/// word of one of `a`'s short denials is a word of `b`, which is not negated
/// ("Nobody collapsed" against "two workers collapsed during the shift",
/// "Nobody told us anything" against "Parents had been told …")?
fn denies_in_short(a: &Reading, b: &Reading) -> bool {
    !b.any_negation
        && a.short_denials
            .iter()
            .any(|clause| clause.iter().all(|w| b.content.binary_search(w).is_ok()))
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
    let mut buf = String::new();
    let mut seq = Vec::new();
    let concessions = Concessions::of(&mut words);
    let (report_span, report_no) = reports(quotes);
    let readings: Vec<Reading> = report_span
        .iter()
        .map(|span| {
            read_with(
                span.slice(text),
                &mut words,
                &mut buf,
                &mut seq,
                &concessions,
            )
        })
        .collect();
    // Clauses are read only for passages that share words with another.
    let stems = std::cell::RefCell::new(StemKeys::with(std::mem::take(&mut words.stems)));
    let clause_sets: Vec<std::cell::OnceCell<Vec<Clause>>> =
        quotes.iter().map(|_| std::cell::OnceCell::new()).collect();
    let clauses_of = |i: usize| {
        clause_sets[i].get_or_init(|| clauses(report_span[i].slice(text), &mut stems.borrow_mut()))
    };
    let speaker_of: Vec<_> = quotes.iter().map(|(q, _)| q.speaker).collect();
    let mut index = WordIndex::new(words.len());
    for ia in 0..quotes.len() {
        let Some(sa) = quotes[ia].0.speaker else {
            continue;
        };
        let ra = &readings[ia];
        let hit = if ra.content.len() < MIN_CONTENT_WORDS
            && ra.claims.is_empty()
            && ra.short_denials.is_empty()
        {
            None
        } else {
            index.count_shared(ia, &ra.content);
            super::earlier(ia).take(LOOKBACK_QUOTES).find(|&ib| {
                let shared = index.shared(ia, ib);
                // (How far apart in reports: "said A, and that B" is one.)
                let apart = report_no[ia] - report_no[ib];
                let rb = &readings[ib];
                if (shared == 0 && ra.claims.is_empty()) || speaker_of[ib].is_none_or(|sb| sb == sa)
                {
                    return false;
                }
                // The cheap tests first; whether the two parties are one
                // side is asked only of a pair that might contradict.
                let worded_opposite = opposite(ra, rb, shared, &words)
                    || (apart <= DENIAL_LOOKBACK_QUOTES
                        && ((shared >= MIN_DENIED_SHARED && denies_outright(ra, rb))
                            || denies_in_short(ra, rb)));
                let far = usize::from(apart > NEAR_CLAUSE_QUOTES);
                // (An opinion or advice opposes no clause of fact.)
                let clauses_may_oppose = shared >= MIN_CLAUSE_SHARED + far
                    && apart <= CLAUSE_LOOKBACK_QUOTES
                    && (ra.any_negation || rb.any_negation)
                    && ra.polarity != Polarity::Hedged
                    && rb.polarity != Polarity::Hedged;
                (worded_opposite || clauses_may_oppose)
                    && !speaker_of[ib].is_some_and(|sb| super::same_side(speakers, sa, sb))
                    && (worded_opposite
                        || opposite_clauses(
                            clauses_of(ia),
                            clauses_of(ib),
                            apart <= INSTANCE_LOOKBACK_QUOTES,
                        ))
            })
        };
        // Only a passage with enough content words can share them with a later one.
        if ra.content.len() >= MIN_CONTENT_WORDS {
            index.add(ia, &ra.content);
        }
        let Some(ib) = hit else { continue };
        let na = ra.polarity == Polarity::Negated;
        // One party contradicts a passage once: "a reporter had emailed the
        // governor's press office", not also every later remark naming it.
        let again = out.iter().any(|c| {
            c.kind == ContradictionKind::Negation
                && c.b.0 == ib
                && quotes.get(c.a.0).and_then(|(q, _)| q.speaker) == Some(sa)
        });
        if again || super::already_linked(out, ia, ib) {
            continue;
        }
        let name = |i: usize| super::quote_speaker_name(speakers, quotes, i);
        out.push(Contradiction {
            a: QuoteId(ia),
            b: QuoteId(ib),
            kind: ContradictionKind::Negation,
            cue: if na {
                "not".to_owned()
            } else {
                "asserts the opposite".to_owned()
            },
            explanation: format!(
                "{} says the opposite of {}: “{}”.",
                name(ia),
                name(ib),
                super::excerpt(quotes[ib].0.span.slice(text), super::EXCERPT_WORDS)
            ),
            confidence: 0.55,
        });
    }
}

/// For each passage, the whole report it is a clause of ("said A, and that
/// B" is one report in two quotes), read as one passage: what one clause
/// shares with another party's words counts for the other ("no auditor had
/// ever set foot in the theatre" after "the findings were based on a
/// misreading of our accounts"). With them, the number of the report each
/// passage belongs to, counting from the first, for how far apart two are.
/// (Which clause a contradiction names is chosen afterwards.)
fn reports(quotes: &[(Quote, usize)]) -> (Vec<Span>, Vec<usize>) {
    let same_report = |a: usize, b: usize| super::one_report(quotes, a, b);
    let mut spans: Vec<Span> = quotes.iter().map(|(q, _)| q.span).collect();
    let mut report_no = vec![0; quotes.len()];
    let mut start = 0;
    let mut reports = 0;
    while start < quotes.len() {
        let mut end = start + 1;
        while end < quotes.len() && same_report(end - 1, end) {
            end += 1;
        }
        let whole = Span::new(quotes[start].0.span.start, quotes[end - 1].0.span.end);
        for k in start..end {
            report_no[k] = reports;
            if end - start > 1 {
                spans[k] = whole;
            }
        }
        reports += 1;
        start = end;
    }
    (spans, report_no)
}

/// Does passage `b` (by another speaker) say the opposite of passage `a`:
/// the same content words (`shared` of them) with exactly one negated, or
/// an opposite copula clause?
fn opposite(a: &Reading, b: &Reading, shared: usize, words: &Words) -> bool {
    if a.polarity == Polarity::Hedged || b.polarity == Polarity::Hedged {
        return false;
    }
    let (wa, wb) = (&a.content, &b.content);
    let same_words = a.polarity != b.polarity
        && wb.len() >= MIN_CONTENT_WORDS
        && could_overlap(wa.len(), wb.len())
        && ratio(shared, wa.len() + wb.len()) >= MIN_OVERLAP;
    same_words || (!a.claims.is_empty() && opposite_predications(&a.claims, &b.claims, words))
}

/// Does `a` deny outright what `b` tells, with no negation of its own ("No
/// one on the Falcon team was laid off" against "Half of my team on Falcon
/// was let go"): enough telling words in common to be about the same thing?
fn denies_outright(a: &Reading, b: &Reading) -> bool {
    if !a.denies_outright || b.any_negation {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.telling.get(i), b.telling.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let fewer = a.telling.len().min(b.telling.len());
    shared >= MIN_DENIED_SHARED && shared as f64 >= MIN_DENIED_SHARE * fewer as f64
}

/// Which earlier passages hold each content word, to count the words a
/// passage shares with each of the [`LOOKBACK_QUOTES`] before it at once
/// instead of comparing word lists pair by pair.
struct WordIndex {
    /// For each word number, the passages holding it, in order.
    passages: Vec<Vec<usize>>,
    /// For each word number, one more than the last passage holding it (0
    /// for none yet): most words were last seen out of reach, and this says
    /// so without reading their list.
    latest: Vec<usize>,
    /// Words shared with the passage being compared, by distance back (1 = the one before).
    shared: Vec<usize>,
}

impl WordIndex {
    fn new(words: usize) -> Self {
        WordIndex {
            passages: vec![Vec::new(); words],
            latest: vec![0; words],
            shared: vec![0; LOOKBACK_QUOTES + 1],
        }
    }

    /// Notes the (sorted, distinct) content words of passage `p`.
    fn add(&mut self, p: usize, content: &[u32]) {
        for &w in content {
            if let Some(list) = self.passages.get_mut(w as usize) {
                list.push(p);
            }
            if let Some(latest) = self.latest.get_mut(w as usize) {
                *latest = p + 1;
            }
        }
    }

    /// Counts, for each passage within reach before `p`, how many of the
    /// (distinct) `content` words it holds too.
    fn count_shared(&mut self, p: usize, content: &[u32]) {
        self.shared.fill(0);
        let reach = p.saturating_sub(LOOKBACK_QUOTES);
        for &w in content {
            if self.latest.get(w as usize).is_none_or(|&l| l <= reach) {
                continue;
            }
            let Some(list) = self.passages.get(w as usize) else {
                continue;
            };
            for &q in list.iter().rev().take_while(|&&q| q >= reach) {
                if let Some(n) = self.shared.get_mut(p - q) {
                    *n += 1;
                }
            }
        }
    }

    /// The content words passage `q` shares with `p` (as counted by [`Self::count_shared`]).
    fn shared(&self, p: usize, q: usize) -> usize {
        self.shared.get(p - q).copied().unwrap_or(0)
    }
}

/// "the bridge is not safe": a subject, a predicate after a copula, and whether it is negated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Predication {
    subject: u32,
    predicate: u32,
    negated: bool,
}

/// The copula clauses ("X is (not) Y") of a passage's words.
fn predications(seq: &[u32], words: &Words) -> Vec<Predication> {
    let mut out = Vec::new();
    for (k, &w) in seq.iter().enumerate() {
        let info = words.info(w);
        if !info.copula || k == 0 {
            continue;
        }
        let mut negated = info.contracted_negation;
        let mut p = k + 1;
        while let Some(neg) = seq.get(p).and_then(|&m| words.info(m).modifier) {
            negated |= neg;
            p += 1;
        }
        let Some(&predicate) = seq.get(p).filter(|&&w| !words.info(w).filler) else {
            continue;
        };
        let subject = subject_before(seq, k, words);
        if words.info(subject).filler {
            continue;
        }
        // "portables" and "portable" are one subject.
        let subject = words.info(subject).content.unwrap_or(subject);
        out.push(Predication {
            subject,
            predicate,
            negated,
        });
    }
    out
}

/// The subject of the copula at `k`: the word before it, or the noun a
/// place or part follows ("the river at Ashcombe is", "the roof of the
/// hall is").
fn subject_before(seq: &[u32], k: usize, words: &Words) -> u32 {
    let before = seq[k - 1];
    let head_at = |p: usize| {
        seq.get(p)
            .copied()
            .filter(|&w| !words.info(w).filler && !words.info(w).negates)
    };
    let is = |p: usize, of: &[&str]| {
        seq.get(p)
            .is_some_and(|&w| of.iter().any(|o| words.ids.get(o) == Some(&w)))
    };
    let prep = |p: usize| {
        is(
            p,
            &["at", "in", "on", "near", "over", "under", "of", "from"],
        )
    };
    let the = |p: usize| is(p, &["the"]);
    if k >= 3 && prep(k - 2) {
        head_at(k - 3).unwrap_or(before)
    } else if k >= 4 && the(k - 2) && prep(k - 3) {
        head_at(k - 4).unwrap_or(before)
    } else {
        before
    }
}

/// "the bridge is safe" against "the bridge is not safe" or "the bridge is
/// unsafe".
fn opposite_predications(a: &[Predication], b: &[Predication], words: &Words) -> bool {
    let antonyms =
        |p: u32, q: u32| words.info(p).unprefixed == Some(q) || words.info(q).unprefixed == Some(p);
    a.iter().any(|x| {
        b.iter().any(|y| {
            x.subject == y.subject
                && ((x.predicate == y.predicate && x.negated != y.negated)
                    || (x.negated == y.negated && antonyms(x.predicate, y.predicate)))
        })
    })
}

/// False when two word lists differ so much in length that their Jaccard
/// overlap cannot reach [`MIN_OVERLAP`] (it is at most shorter / longer).
fn could_overlap(a: usize, b: usize) -> bool {
    let (short, long) = if a < b { (a, b) } else { (b, a) };
    short as f64 >= MIN_OVERLAP * long as f64
}

/// `jaccard(a, b) >= MIN_OVERLAP` by merging the two lists (the comparison
/// [`negations`] made pair by pair before [`WordIndex`] counted the shared
/// words; kept to check that `ratio(shared, all)` is the same bar). Gives up
/// as soon as too few words are left to share: the overlap grows with the
/// number of shared words, so it reaches the bar exactly when at least the
/// fewest shared words that reach it are shared.
#[cfg(test)]
fn overlap_reaches(a: &[u32], b: &[u32]) -> bool {
    let all = a.len() + b.len();
    let reaches = |shared: usize| ratio(shared, all) >= MIN_OVERLAP;
    let most = a.len().min(b.len());
    // The bar is a share of 0.6 = shared / (all − shared), about 3/8 of all
    // words: start just below that guess, from 0 if the guess is too high.
    let guess = (all * 3 / 8).saturating_sub(2);
    let from = if guess > 0 && reaches(guess - 1) {
        0
    } else {
        guess
    };
    let Some(need) = (from..=most).find(|&s| reaches(s)) else {
        return false;
    };
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if shared + (a.len() - i).min(b.len() - j) < need {
            return false;
        }
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
    shared >= need
}

/// Shared over all words (the Jaccard index), from the counts.
fn ratio(shared: usize, all: usize) -> f64 {
    let union = all - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// Shared words over all words, for two sorted lists without repeats.
#[cfg(test)]
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

    fn reading(s: &str, words: &mut Words) -> (Vec<u32>, bool) {
        let r = read(s, words, &mut String::new());
        (r.content, r.polarity == Polarity::Negated)
    }

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
        let mut words = Words::default();
        let mut buf = String::new();
        let a = read(
            "the Elm Street bridge is safe for cars and buses",
            &mut words,
            &mut buf,
        );
        let b = read(
            "the bridge is not safe for buses because its supports are cracked",
            &mut words,
            &mut buf,
        );
        assert!(opposite_predications(&a.claims, &b.claims, &words));
        assert!(!opposite_predications(&a.claims, &a.claims, &words));
        let unsafe_ = read("the bridge is unsafe", &mut words, &mut buf);
        let not_unsafe = read("the bridge is not unsafe", &mut words, &mut buf);
        assert!(opposite_predications(&a.claims, &unsafe_.claims, &words));
        assert!(!opposite_predications(&b.claims, &unsafe_.claims, &words));
        assert!(!opposite_predications(
            &a.claims,
            &not_unsafe.claims,
            &words
        ));
    }

    #[test]
    fn a_copula_subject_is_the_noun_before_its_place() {
        let mut words = Words::default();
        let mut buf = String::new();
        let placed = read(
            "the river at Ashcombe is now safe for swimming",
            &mut words,
            &mut buf,
        );
        let bare = read("The river is not safe to swim in.", &mut words, &mut buf);
        let roof = read("the roof of the hall is not safe", &mut words, &mut buf);
        assert!(opposite_predications(&placed.claims, &bare.claims, &words));
        // ("Ashcombe is not safe" would oppose it too if the place were the subject.)
        assert!(!opposite_predications(&placed.claims, &roof.claims, &words));
    }

    #[test]
    fn overlap_bar_is_the_jaccard_bar() {
        // Every pair of small sorted sets drawn from 0..9.
        let sets: Vec<Vec<u32>> = (0u32..512)
            .map(|bits| (0..9).filter(|k| bits & (1 << k) != 0).collect())
            .collect();
        for a in &sets {
            for b in sets.iter().step_by(7) {
                assert_eq!(
                    overlap_reaches(a, b),
                    jaccard(a, b) >= MIN_OVERLAP,
                    "{a:?} {b:?}"
                );
            }
        }
        // Longer lists with every amount of overlap.
        for la in 0u32..60 {
            for lb in 0u32..60 {
                for shared in 0..=la.min(lb) {
                    let a: Vec<u32> = (0..la).collect();
                    let b: Vec<u32> = (la - shared..la - shared + lb).collect();
                    assert_eq!(overlap_reaches(&a, &b), jaccard(&a, &b) >= MIN_OVERLAP);
                    assert_eq!(overlap_reaches(&b, &a), jaccard(&b, &a) >= MIN_OVERLAP);
                }
            }
        }
    }

    #[test]
    fn the_index_counts_the_shared_words() {
        let mut words = Words::default();
        let passages: Vec<Vec<u32>> = [
            "the bridge is safe for heavy trucks",
            "the bridge is not safe for heavy trucks",
            "nothing here is shared with anything",
            "heavy trucks use the old bridge daily",
            "trucks",
            "the mayor said the bridge is safe",
        ]
        .iter()
        .map(|s| reading(s, &mut words).0)
        .collect();
        let mut index = WordIndex::new(words.len());
        for (p, content) in passages.iter().enumerate() {
            index.count_shared(p, content);
            for (q, earlier) in passages[..p].iter().enumerate() {
                let merged = content.iter().filter(|w| earlier.contains(w)).count();
                assert_eq!(index.shared(p, q), merged, "{p} {q}");
                assert_eq!(
                    ratio(merged, content.len() + earlier.len()) >= MIN_OVERLAP,
                    overlap_reaches(content, earlier)
                );
            }
            index.add(p, content);
        }
    }

    #[test]
    fn pieces_as_split_gives_them() {
        for s in [
            "the bridge isn’t safe, they said; 3.5% of U.S. roads",
            "  'quoted' “curly” ‘single’ don't Ölçek İstanbul ٣٤ 日本語 a—b",
            "",
            "’",
            "x",
        ] {
            let split: Vec<&str> = s
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(word_pieces(s), split, "{s:?}");
        }
    }

    #[test]
    fn contractions_negate() {
        let mut words = Words::default();
        assert!(reading("the plant isn't closing", &mut words).1);
        assert!(!reading("the plant is closing", &mut words).1);
        assert!(reading("the plant isn’t closing", &mut words).1);
        let (a, _) = reading("they couldn't pay", &mut words);
        let (b, _) = reading("they could pay", &mut words);
        assert_eq!(a, b);
    }

    #[test]
    fn opinions_and_advice_claim_no_fact() {
        let mut words = Words::default();
        let mut buf = String::new();
        let opinion = read(
            "he believed the club needed a clear policy for junior members",
            &mut words,
            &mut buf,
        );
        assert_eq!(opinion.polarity, Polarity::Hedged);
        let advice = read("the council should close the bridge", &mut words, &mut buf);
        assert_eq!(advice.polarity, Polarity::Hedged);
        // (A belief told deep in the passage frames nothing.)
        let fact = read(
            "the members had voted for the policy that the chair believed in",
            &mut words,
            &mut buf,
        );
        assert_eq!(fact.polarity, Polarity::Asserted);
        let denial = read(
            "No junior member of the club has been banned",
            &mut words,
            &mut buf,
        );
        assert_eq!(denial.polarity, Polarity::Negated);
        assert!(!opposite(&opinion, &denial, 3, &words));
    }

    #[test]
    fn concessions_deny_nothing() {
        let mut words = Words::default();
        let mut buf = String::new();
        let hedged = read(
            "Whether or not there was a vote, the question remains",
            &mut words,
            &mut buf,
        );
        assert_eq!(hedged.polarity, Polarity::Hedged);
        let there_was_none = read("There was no vote on a transfer", &mut words, &mut buf);
        assert_eq!(there_was_none.polarity, Polarity::Negated);
        assert!(!opposite(&hedged, &there_was_none, 2, &words));
        let conceded = read(
            "What nobody disputes is that too many people wait too long",
            &mut words,
            &mut buf,
        );
        assert_eq!(conceded.polarity, Polarity::Asserted);
        assert!(!conceded.denies_outright);
        let denial = read("Nobody was hurt in the fire", &mut words, &mut buf);
        assert_eq!(denial.polarity, Polarity::Negated);
    }
}
