//! Where one party contradicts another.
//!
//! A contradiction is found from a cue (a denial or dispute word, in the
//! reporting verb or in the passage itself) and linked to its target: a
//! party the sentence names ("as stated by X", "a report in X", "X's
//! claim"), else the target of a denial just before it (a spokesman
//! continuing his government's denial), else the nearest earlier claim by
//! another party on the same subject. Two parties' incompatible figures for
//! the same count are a contradiction too.

mod figures;
mod negation;
mod references;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

use super::attribution::Stance;
use super::hashing::{FastMap, FastSet};
use super::lexicons::LEXICONS;
use super::model::{
    Contradiction, ContradictionKind, Quote, QuoteId, QuoteKind, Speaker, SpeakerId,
};
use super::segment::Sentence;
use super::tokens::{TokenKind, tokenize};
use crate::document::{Document, Span};

/// How many sentences a bare denial ("X denied it.") reaches forward.
const STANCE_WINDOW_SENTENCES: usize = 3;
/// How many paragraphs back a target may lie when nothing names it.
const SUBJECT_WINDOW_PARAGRAPHS: usize = 6;
/// How many paragraphs back a denial may be continued by a later passage.
const CHAIN_WINDOW_PARAGRAPHS: usize = 1;
/// Content words two passages must share to be "on the same subject".
const MIN_SHARED_WORDS: usize = 2;
/// How many earlier passages a passage is compared with: far more than one
/// article quotes, and a bound that keeps a concatenation of thousands of
/// articles linear.
const LOOKBACK_QUOTES: usize = 400;

/// The passages before `ia` that it may contradict, nearest first.
fn earlier(ia: usize) -> impl Iterator<Item = usize> {
    (ia.saturating_sub(LOOKBACK_QUOTES)..ia).rev()
}

/// A quote as the contradiction finder sees it.
struct Passage<'a> {
    quote: &'a Quote,
    speaker: SpeakerId,
    /// Index of its sentence.
    si: usize,
    sentence: &'a Sentence,
    /// Content words of its sentence, worked out when first compared.
    words: OnceCell<FastSet<String>>,
    /// Content words of the passage itself, worked out when first compared.
    own_words: OnceCell<FastSet<String>>,
}

impl Passage<'_> {
    /// Content words of the passage's sentence.
    fn sentence_words(&self, text: &str) -> &FastSet<String> {
        self.words
            .get_or_init(|| content_words(self.sentence.span.slice(text)))
    }

    /// Content words of the passage itself.
    fn own_words(&self, text: &str) -> &FastSet<String> {
        self.own_words
            .get_or_init(|| content_words(self.quote.span.slice(text)))
    }
}

/// A contradiction cue found for a passage.
struct CueHit {
    in_verb: bool,
    kind: ContradictionKind,
    cue: String,
    confidence: f32,
}

/// Finds contradictions between quotes of different speakers.
pub fn find(
    doc: &Document,
    sentences: &[Sentence],
    speakers: &[Speaker],
    quotes: &[(Quote, usize)],
    stances: &[Stance],
) -> Vec<Contradiction> {
    let text = &doc.text;
    let passages: Vec<Option<Passage>> = quotes
        .iter()
        .map(|(q, si)| {
            let speaker = q.speaker?;
            let sentence = sentences.get(*si)?;
            Some(Passage {
                quote: q,
                speaker,
                si: *si,
                sentence,
                words: OnceCell::new(),
                own_words: OnceCell::new(),
            })
        })
        .collect();
    let mut out: Vec<Contradiction> = Vec::new();
    let normed = OnceCell::new();
    for (ia, pa) in passages.iter().enumerate() {
        let Some(pa) = pa else { continue };
        // "Findlay denied it. “No patient was refused …,” Findlay said.": a
        // bare denial gives its speaker's next words its cue.
        let stance = || stance_before(stances, &passages, ia, pa);
        let (hit, stance) = match cue_of(text, pa) {
            Some(hit) => (hit, None),
            None => match stance() {
                Some(st) => (
                    CueHit {
                        in_verb: true,
                        kind: st.kind,
                        cue: st.cue.to_lowercase(),
                        confidence: 0.75,
                    },
                    Some(st),
                ),
                None => continue,
            },
        };
        let cue_sentence = stance
            .and_then(|st| sentences.get(st.sentence))
            .unwrap_or(pa.sentence);
        let named = named_party(text, cue_sentence.span, speakers, &normed, pa.speaker);
        // A cue inside the passage ("… were exaggerated") is weaker than a
        // reporting verb ("denied"): it needs a named target or a denial it continues.
        let target = if let Some(sb) = named {
            nearest_by(&passages, ia, |p| p.speaker == sb).map(|ib| (ib, 0.0))
        } else if let Some(st) = stance {
            // "denied it": the claim made just before the denial.
            let paragraph = cue_sentence.paragraph;
            nearest_by(&passages, ia, |p| {
                p.speaker != pa.speaker
                    && p.si < st.sentence
                    && p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS >= paragraph
            })
            .map(|ib| (ib, -0.1))
        } else if let Some(ib) = chained_target(&out, &passages, pa) {
            Some((ib, -0.15))
        } else if (hit.in_verb || pa.quote.kind != QuoteKind::Direct) && points_at_a_claim(text, pa)
        {
            // "The story is false", "the numbers were inaccurate": the claim
            // made last by someone else.
            nearest_by(&passages, ia, |p| {
                p.speaker != pa.speaker
                    && pa.sentence.paragraph <= p.sentence.paragraph + SUBJECT_WINDOW_PARAGRAPHS
            })
            .map(|ib| (ib, -0.2))
        } else if hit.in_verb || pa.quote.kind == QuoteKind::Indirect {
            nearest_on_subject(text, &passages, ia, pa, hit.in_verb).map(|ib| (ib, -0.2))
        } else {
            None
        };
        let Some((ib, penalty)) = target else {
            continue;
        };
        let ib = closest_of_speaker(text, &passages, ia, ib, pa);
        let Some(pb) = passages[ib].as_ref() else {
            continue;
        };
        if pb.speaker == pa.speaker || same_side(speakers, pa.speaker, pb.speaker) {
            continue;
        }
        if out.iter().any(|c| {
            passages[c.a.0].as_ref().is_some_and(|p| {
                p.speaker == pa.speaker
                    && pa.sentence.paragraph <= p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS + 1
            }) && passages[c.b.0]
                .as_ref()
                .is_some_and(|p| p.speaker == pb.speaker)
        }) {
            continue;
        }
        out.push(Contradiction {
            a: QuoteId(ia),
            b: QuoteId(ib),
            kind: hit.kind,
            explanation: explain(speakers, hit.kind, pa, pb, text),
            cue: hit.cue,
            confidence: (hit.confidence + penalty).clamp(0.05, 0.99),
        });
    }
    figures::conflicts(text, speakers, quotes, &mut out);
    negation::negations(text, speakers, quotes, &mut out);
    out.sort_by_key(|c| (c.a, c.b));
    out
}

/// The bare denial ([`Stance`]) a passage continues: by its speaker, at most
/// [`STANCE_WINDOW_SENTENCES`] sentences before it, with no other passage of
/// that speaker in between.
fn stance_before<'s>(
    stances: &'s [Stance],
    passages: &[Option<Passage>],
    ia: usize,
    pa: &Passage,
) -> Option<&'s Stance> {
    let at = stances.partition_point(|st| st.sentence < pa.si);
    let st = stances[..at]
        .iter()
        .rev()
        .take_while(|st| pa.si - st.sentence <= STANCE_WINDOW_SENTENCES)
        .find(|st| st.speaker == pa.speaker)?;
    let spoke_since = earlier(ia)
        .map_while(|ib| {
            passages[ib]
                .as_ref()
                .map_or(Some(None), |p| (p.si > st.sentence).then_some(Some(p)))
        })
        .flatten()
        .any(|p| p.speaker == pa.speaker);
    (!spoke_since).then_some(st)
}

/// The denial or dispute cue of a passage: its reporting verb, or words in
/// the passage itself. Cue words elsewhere in the sentence belong to another
/// clause ("X dismissed a report in Y saying …" is X's dispute, not Y's).
fn cue_of(text: &str, p: &Passage) -> Option<CueHit> {
    let verb = p.quote.cue.as_deref().unwrap_or("");
    let sentence = format!("{verb} {}", p.quote.span.slice(text)).to_lowercase();
    if !may_hold_cue(&sentence) {
        return participle_cue(text, p);
    }
    let words: Vec<Cow<str>> = tokenize(&sentence, Span::new(0, sentence.len()))
        .into_iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| {
            let w = t.text(&sentence);
            if w.contains('’') {
                Cow::Owned(w.replace('’', "'"))
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    let verb = p.quote.cue.as_deref().map(str::to_lowercase);
    // Which cues occur, found through their first word; then taken in the
    // lexicon's order, so that the first of equally good cues wins.
    let cues = &LEXICONS.contradiction_cues;
    let mut occurs = vec![false; cues.len()];
    for (i, word) in words.iter().enumerate() {
        // "does not confirm or deny", "neither confirmed nor denied": no denial.
        let non_denial = i >= 2
            && matches!(words[i - 1].as_ref(), "or" | "nor")
            && words[i - 2].starts_with("confirm");
        if non_denial {
            continue;
        }
        for &c in CUES_BY_FIRST_WORD.get(word.as_ref()).into_iter().flatten() {
            let cue = &cues[c].1;
            occurs[c] |= words
                .get(i..i + cue.len())
                .is_some_and(|ws| ws.iter().zip(cue).all(|(w, c)| w == c));
        }
    }
    let mut best: Option<CueHit> = None;
    for (kind, cue) in cues
        .iter()
        .zip(&occurs)
        .filter(|(_, o)| **o)
        .map(|(c, _)| (&c.0, &c.1))
    {
        let phrase = cue.join(" ");
        let in_verb = verb
            .as_deref()
            .is_some_and(|v| v.split_whitespace().next() == cue.first().map(String::as_str));
        let confidence = if in_verb {
            0.85
        } else if p.quote.kind == QuoteKind::Indirect {
            0.7
        } else {
            0.65
        };
        if best.as_ref().is_none_or(|b| b.confidence < confidence) {
            best = Some(CueHit {
                in_verb,
                kind: *kind,
                cue: phrase,
                confidence,
            });
        }
    }
    best.or_else(|| participle_cue(text, p))
}

/// The contradiction cues by their first word (indexes into the lexicon).
static CUES_BY_FIRST_WORD: LazyLock<FastMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, Vec<usize>> = FastMap::default();
    for (i, (_, cue)) in LEXICONS.contradiction_cues.iter().enumerate() {
        if let Some(first) = cue.first() {
            map.entry(first.as_str()).or_default().push(i);
        }
    }
    map
});

/// The leading letters and digits of each cue's first word ("don" for "don't").
static CUE_FIRST_PIECES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    CUES_BY_FIRST_WORD
        .keys()
        .filter_map(|w| w.split(is_piece_break).next())
        .collect()
});

/// True when some cue's first word does not start with a letter.
static CUE_WITHOUT_LETTER_FIRST: LazyLock<bool> = LazyLock::new(|| {
    CUE_FIRST_PIECES
        .iter()
        .any(|w| !w.chars().next().is_some_and(char::is_alphabetic))
});

fn is_piece_break(c: char) -> bool {
    !c.is_alphabetic() && !c.is_ascii_digit()
}

/// False when no word of the lowercase `sentence` can start a cue: a cheap
/// test before tokenising. A word token starting with a letter begins where
/// a run of letters and ASCII digits begins, and that run is its leading
/// piece ([`tokenize`] joins any letter or digit to the word before it).
fn may_hold_cue(sentence: &str) -> bool {
    let (lengths, first_bytes) = &*CUE_PIECE_SHAPES;
    // (A piece of a length or first byte no cue's has is looked up no further.)
    let may_be_cue = |piece: &str| {
        lengths.get(piece.len()).copied().unwrap_or(false)
            && piece
                .as_bytes()
                .first()
                .is_some_and(|&b| first_bytes[usize::from(b)])
            && CUE_FIRST_PIECES.contains(piece)
    };
    *CUE_WITHOUT_LETTER_FIRST || sentence.split(is_piece_break).any(may_be_cue)
}

/// The byte lengths and the first bytes of [`CUE_FIRST_PIECES`].
static CUE_PIECE_SHAPES: LazyLock<(Vec<bool>, [bool; 256])> = LazyLock::new(|| {
    let mut lengths = Vec::new();
    let mut first_bytes = [false; 256];
    for piece in CUE_FIRST_PIECES.iter() {
        if lengths.len() <= piece.len() {
            lengths.resize(piece.len() + 1, false);
        }
        lengths[piece.len()] = true;
        if let Some(&b) = piece.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    (lengths, first_bytes)
});

/// The cues that open a participle clause ("dismissing", "rejecting").
static PARTICIPLE_CUES: LazyLock<Vec<(ContradictionKind, &'static [String])>> =
    LazyLock::new(|| {
        LEXICONS
            .contradiction_cues
            .iter()
            .filter(|(_, cue)| cue.first().is_some_and(|w| w.ends_with("ing")))
            .map(|(kind, cue)| (*kind, cue.as_slice()))
            .collect()
    });

/// A participle clause of the passage's sentence, outside the passage, that
/// says what its speaker does to another's claim: "X said …, dismissing an
/// earlier report in Y" or "Rejecting Y's figures, X said …". It opens the
/// sentence or follows a comma, and its subject is the sentence's speaker.
fn participle_cue(text: &str, p: &Passage) -> Option<CueHit> {
    let sentence = p.sentence.span;
    let passage = p.quote.span;
    let before = Span::new(
        sentence.start,
        passage.start.clamp(sentence.start, sentence.end),
    );
    let after = Span::new(
        passage.end.clamp(sentence.start, sentence.end),
        sentence.end,
    );
    // "X denied the union's charges, saying …": the participle shares the
    // subject of the verb before it, and that verb denies.
    let after_comma = p.quote.cue.as_deref().is_some_and(|cue| {
        let before_text = before.slice(text);
        cue.ends_with("ing")
            && before_text
                .rfind(cue)
                .is_some_and(|at| before_text[..at].trim_end().ends_with(','))
    });
    if after_comma {
        let words: Vec<String> = tokenize(text, before)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(text).to_lowercase())
            .collect();
        for (i, word) in words.iter().enumerate() {
            for &c in CUES_BY_FIRST_WORD.get(word.as_str()).into_iter().flatten() {
                let (kind, cue) = &LEXICONS.contradiction_cues[c];
                if words.get(i..i + cue.len()) == Some(cue.as_slice()) {
                    return Some(CueHit {
                        in_verb: true,
                        kind: *kind,
                        cue: cue.join(" "),
                        confidence: 0.8,
                    });
                }
            }
        }
    }
    for (region, opens_sentence) in [(after, false), (before, true)] {
        if !region.slice(text).contains("ing") {
            continue;
        }
        let toks = tokenize(text, region);
        // Before the passage only a clause opening the sentence counts:
        // "…, dismissing a report in Y saying that P" makes P Y's, not a dispute.
        let starts: Vec<usize> = if opens_sentence {
            vec![0]
        } else {
            (1..toks.len())
                .filter(|&i| toks[i - 1].kind == TokenKind::Punct(','))
                .collect()
        };
        for i in starts {
            let lower = |k: usize| toks.get(k).map(|t| t.text(text).to_lowercase());
            let Some(first) = lower(i) else { continue };
            let hit = PARTICIPLE_CUES.iter().find(|(_, cue)| {
                cue.first() == Some(&first)
                    && cue
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(k, w)| lower(i + k).as_ref() == Some(w))
            });
            if let Some((kind, cue)) = hit {
                return Some(CueHit {
                    in_verb: true,
                    kind: *kind,
                    cue: cue.join(" "),
                    confidence: 0.8,
                });
            }
        }
    }
    None
}

/// The first speaker other than `speaker` whom the sentence at `span` names
/// as the source of a claim ([`references::named_parties`]); `normed` keeps
/// the speakers' [`normed_names`] once they are first needed.
fn named_party(
    text: &str,
    span: Span,
    speakers: &[Speaker],
    normed: &OnceCell<Vec<(String, Vec<String>)>>,
    speaker: SpeakerId,
) -> Option<SpeakerId> {
    references::named_parties(text, span)
        .into_iter()
        .filter_map(|name| speaker_by_name(normed.get_or_init(|| normed_names(speakers)), &name))
        .find(|s| *s != speaker)
}

/// A name as [`speaker_by_name`] compares it: lowercase, without a leading "the".
fn norm_name(s: &str) -> String {
    s.trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .to_lowercase()
}

/// Each speaker's name and aliases as [`speaker_by_name`] compares them.
fn normed_names(speakers: &[Speaker]) -> Vec<(String, Vec<String>)> {
    speakers
        .iter()
        .map(|s| {
            let aliases = s.aliases.iter().map(|a| norm_name(a)).collect();
            (norm_name(&s.name), aliases)
        })
        .collect()
}

/// A speaker whose name, alias or surname is `name`, of the speakers whose
/// names [`normed_names`] gives.
fn speaker_by_name(speakers: &[(String, Vec<String>)], name: &str) -> Option<SpeakerId> {
    let wanted = norm_name(name);
    let last = wanted.rsplit(' ').next().unwrap_or(&wanted).to_owned();
    let exact = speakers
        .iter()
        .position(|(n, aliases)| *n == wanted || aliases.contains(&wanted));
    let suffix = format!(" {wanted}");
    exact
        .or_else(|| {
            speakers.iter().position(|(n, _)| {
                n.rsplit(' ').next() == Some(last.as_str()) || n.ends_with(&suffix)
            })
        })
        .map(SpeakerId)
}

/// The nearest passage before `ia` that satisfies `pred`.
fn nearest_by(
    passages: &[Option<Passage>],
    ia: usize,
    pred: impl Fn(&Passage) -> bool,
) -> Option<usize> {
    earlier(ia).find(|&ib| passages[ib].as_ref().is_some_and(&pred))
}

/// The target of a contradiction just before, continued by the same side.
fn chained_target(
    out: &[Contradiction],
    passages: &[Option<Passage>],
    pa: &Passage,
) -> Option<usize> {
    let last = out.last()?;
    let prev = passages.get(last.a.0)?.as_ref()?;
    let close = pa.sentence.paragraph <= prev.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS;
    close.then_some(last.b.0)
}

/// The nearest earlier claim by another speaker sharing the subject (two
/// content words of their sentences). A reporting verb that denies or
/// disputes ("denied that the two men had spoken") needs only one word shared
/// by the two passages themselves, with the claim in the paragraph just
/// before: the verb itself says that something was claimed.
fn nearest_on_subject(
    text: &str,
    passages: &[Option<Passage>],
    ia: usize,
    pa: &Passage,
    cue_is_verb: bool,
) -> Option<usize> {
    let words_a = pa.own_words(text);
    let sentence_a = pa.sentence_words(text);
    nearest_by(passages, ia, |p| {
        let distance = pa.sentence.paragraph.saturating_sub(p.sentence.paragraph);
        if p.speaker == pa.speaker || distance > SUBJECT_WINDOW_PARAGRAPHS {
            return false;
        }
        p.sentence_words(text).intersection(sentence_a).count() >= MIN_SHARED_WORDS
            || (cue_is_verb
                && distance <= CHAIN_WINDOW_PARAGRAPHS
                && p.own_words(text).intersection(words_a).next().is_some())
    })
}

/// Of the target speaker's passages within reach, the one sharing the most
/// content words with the contradicting passage (the nearest on a tie): a
/// denial answers the claim, not the target's latest aside.
fn closest_of_speaker(
    text: &str,
    passages: &[Option<Passage>],
    ia: usize,
    ib: usize,
    pa: &Passage,
) -> usize {
    let Some(pb) = passages[ib].as_ref() else {
        return ib;
    };
    let words_a = content_words(pa.quote.span.slice(text));
    let shared = |p: &Passage| {
        content_words(p.quote.span.slice(text))
            .intersection(&words_a)
            .count()
    };
    let mut best = (shared(pb), ib);
    for k in earlier(ia) {
        let Some(p) = passages[k].as_ref() else {
            continue;
        };
        if pa.sentence.paragraph > p.sentence.paragraph + SUBJECT_WINDOW_PARAGRAPHS {
            break;
        }
        if p.speaker == pb.speaker && k != ib {
            let n = shared(p);
            if n > best.0 {
                best = (n, k);
            }
        }
    }
    best.1
}

/// Does the passage (or the cue before it) point at someone's claim with a
/// definite noun phrase: "the story", "these claims", "the union's charges"?
fn points_at_a_claim(text: &str, p: &Passage) -> bool {
    let verb = p.quote.cue.as_deref().unwrap_or("");
    let words: Vec<String> = format!("{verb} {}", p.quote.span.slice(text))
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).any(|w| {
        let determiner = matches!(
            w[0].as_str(),
            "the" | "these" | "those" | "this" | "that" | "such" | "its" | "their" | "his" | "her"
        ) || w[0].ends_with("'s")
            || w[0].ends_with("’s");
        determiner && LEXICONS.claim_nouns.contains(w[1].as_str())
    })
}

/// True when one speaker speaks for the other.
fn same_side(speakers: &[Speaker], a: SpeakerId, b: SpeakerId) -> bool {
    let aff = |s: SpeakerId| speakers.get(s.0).and_then(|sp| sp.affiliation);
    aff(a) == Some(b) || aff(b) == Some(a) || (aff(a).is_some() && aff(a) == aff(b))
}

/// Lowercase word stems (first five letters) of the longer words of a text.
fn content_words(s: &str) -> FastSet<String> {
    const STOP: &[&str] = &[
        "about", "there", "their", "which", "would", "could", "should", "these", "those", "other",
        "after", "before", "where", "while", "being", "having", "said", "says", "that", "this",
        "with", "from", "have", "were", "been", "will", "they", "them", "what", "when",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// One sentence naming both parties.
fn explain(
    speakers: &[Speaker],
    kind: ContradictionKind,
    pa: &Passage,
    pb: &Passage,
    text: &str,
) -> String {
    let name = |s: SpeakerId| {
        speakers
            .get(s.0)
            .map_or("Someone", |sp| sp.name.as_str())
            .to_owned()
    };
    let claim = excerpt(pb.quote.span.slice(text), 14);
    let (a, b) = (name(pa.speaker), name(pb.speaker));
    match kind {
        ContradictionKind::Denial => format!("{a} denies what {b} said: “{claim}”."),
        ContradictionKind::Dispute => format!("{a} disputes {b}'s account: “{claim}”."),
        ContradictionKind::Negation => format!("{a} asserts the opposite of {b}: “{claim}”."),
        ContradictionKind::ConflictingFigures => format!("{a} and {b} give conflicting figures."),
    }
}

/// True when the two quotes are already linked by a contradiction, either way round.
pub(super) fn already_linked(out: &[Contradiction], a: usize, b: usize) -> bool {
    out.iter()
        .any(|c| (c.a.0 == a && c.b.0 == b) || (c.a.0 == b && c.b.0 == a))
}

/// The name of a quote's speaker, or "Someone".
pub(super) fn quote_speaker_name<'a>(
    speakers: &'a [Speaker],
    quotes: &[(Quote, usize)],
    i: usize,
) -> &'a str {
    quotes[i]
        .0
        .speaker
        .and_then(|s| speakers.get(s.0))
        .map_or("Someone", |s| s.name.as_str())
}

/// The first `n` words of a passage, with an ellipsis when cut.
pub(super) fn excerpt(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let cut = words.len() > n;
    let mut out = words[..words.len().min(n)].join(" ");
    out = out.trim_end_matches([',', '.', ';', ':']).to_owned();
    if cut {
        out.push('…');
    }
    out
}
