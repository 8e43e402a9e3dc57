//! Where one party contradicts another.
//!
//! A contradiction is found from a cue (a denial or dispute word, in the
//! reporting verb, in a speaker's own "we deny", or standing alone in the
//! passage: "There was no such meeting", "The story is false") and linked to
//! its target: for a reply ("the paper stood by its reporting"), whoever
//! disputed the speaker's side; else a party the sentence names ("as stated
//! by X", "a report in X", "X's claim"); the claim before a bare denial; the
//! target of a denial just before it (a spokesman continuing his
//! government's denial); whoever disputed the speaker's side before; for
//! "the numbers", the figures another party gave; the nearest claim on the
//! same subject; else the report the article began with. Two parties'
//! incompatible figures for the same count, and one party's P against
//! another's not-P (in nearly the same words, or clause by clause), are
//! contradictions too; so is a party telling how another party's count was
//! made wrongly ("the department's tally included …", "counted twice").

mod clauses;
mod corrected;
mod counting;
mod figures;
mod negation;
mod references;
mod stems;

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
/// How many paragraphs back the denial of a report may lie when its
/// publisher stands by it ("The Courier's editor said the paper stood by
/// every word of its report" often closes the story).
const STOOD_BY_WINDOW_PARAGRAPHS: usize = 12;
/// How many paragraphs back a denial may be continued by a later passage.
const CHAIN_WINDOW_PARAGRAPHS: usize = 1;
/// Content words two passages must share to be "on the same subject".
const MIN_SHARED_WORDS: usize = 2;
/// Content words a denial of "the allegations" must share with a charge
/// told by someone other than its nearest accuser to answer that one.
const MIN_SHARED_WITH_ANOTHER_ACCUSER: usize = 3;
/// How many paragraphs after a denial the report it names may be told.
const REPORT_AFTER_PARAGRAPHS: usize = 2;

/// Claims a denial may name before the article tells them ("rejected a
/// television report that …").
const CLAIMS_TOLD_LATER: &[&str] = &[
    "report",
    "reports",
    "story",
    "article",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "accusation",
    "accusations",
];

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
    /// The cue denies by itself, as a reporting verb does or in a clause of
    /// its own: "There was no such meeting", "The story is false" (not
    /// "false hope", "there have been no new buses").
    stands_alone: bool,
    kind: ContradictionKind,
    cue: String,
    confidence: f32,
}

/// Is `cue` (as written, "wants") an attitude verb rather than a
/// reporting verb?
fn is_attitude_cue(cue: &str) -> bool {
    !cue.contains(' ')
        && LEXICONS
            .verb(&cue.to_lowercase())
            .is_some_and(super::lexicons::VerbInfo::is_attitude)
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
            // "wants to …", "attacked the group": an attitude is no claim
            // to contradict or to contradict with.
            if q.cue.as_deref().is_some_and(is_attitude_cue) {
                return None;
            }
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
    let mut answers: Vec<(usize, usize)> = Vec::new();
    let normed = OnceCell::new();
    for (ia, pa) in passages.iter().enumerate() {
        let Some(pa) = pa else { continue };
        // "Findlay denied it. “No patient was refused …,” Findlay said.": a
        // bare denial gives its speaker's next words its cue.
        let stance_of = || stance_before(stances, sentences, speakers, &passages, ia, pa);
        let (hit, stance) = if let Some(hit) = cue_of(text, pa) {
            (hit, None)
        } else if let Some(st) = stance_of() {
            (stance_hit(st), Some(st))
        } else {
            // Read after the other finders: a negation in the same words
            // is a negation first.
            answers.extend(accused_answers(text, speakers, &passages, ia, pa).map(|ib| (ia, ib)));
            continue;
        };
        let finder = TargetFinder {
            text,
            speakers,
            passages: &passages,
            normed: &normed,
        };
        let mut target = finder.answered(ia, pa, &hit, stance, sentences, &out);
        let mut hit = hit;
        // "Harlow Mills denied a report …. “There was no dumping,” the
        // company said.": words whose own cue finds no target answer for
        // the bare denial before them.
        if target.is_none()
            && stance.is_none()
            && let Some(st) = stance_of()
        {
            hit = stance_hit(st);
            target = finder.answered(ia, pa, &hit, Some(st), sentences, &out);
        }
        let Some((ib, penalty)) = target else {
            continue;
        };
        let Some(pb) = passages[ib].as_ref() else {
            continue;
        };
        if pb.speaker == pa.speaker || same_side(speakers, pa.speaker, pb.speaker) {
            continue;
        }
        let (ia, pa) = stance.map_or((ia, pa), |_| words_answering(text, &passages, ia, pa, pb));
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
    corrected::corrections(text, speakers, quotes, &mut out);
    figures::conflicts(text, speakers, quotes, &mut out);
    drop_disputes_of_figures_given(text, &passages, &mut out);
    negation::negations(text, speakers, quotes, &mut out);
    counting::method_disputes(text, speakers, quotes, &mut out);
    counting::owned_count_disputes(text, speakers, quotes, &mut out);
    for pair in answers {
        push_answer(text, speakers, &passages, pair, &mut out);
    }
    name_clauses(text, quotes, &mut out);
    out
}

/// Names, for each contradiction (but conflicting figures, which name the
/// passage of each figure), the clauses of split reports that answer each
/// other; then sorts the list and drops a pair named twice.
fn name_clauses(text: &str, quotes: &[(Quote, usize)], out: &mut Vec<Contradiction>) {
    for c in out.iter_mut() {
        if c.kind != ContradictionKind::ConflictingFigures {
            let b = QuoteId(clause_answered(text, quotes, c.a.0, c.b.0, None));
            let a = QuoteId(clause_answered(text, quotes, b.0, c.a.0, Some(&c.cue)));
            // (The explanation quotes the clause now named.)
            for (old, new) in [(c.a, a), (c.b, b)] {
                if old != new {
                    let (old, new) = (
                        quotes[old.0].0.span.slice(text),
                        quotes[new.0].0.span.slice(text),
                    );
                    for n in [EXCERPT_WORDS, LONG_EXCERPT_WORDS] {
                        c.explanation = c.explanation.replace(&excerpt(old, n), &excerpt(new, n));
                    }
                }
            }
            (c.a, c.b) = (a, b);
        }
    }
    out.sort_by_key(|c| (c.a, c.b));
    out.dedup_by_key(|c| (c.a, c.b));
}

/// Are quotes `a` and `b` clauses of one report ("said A, and that B"):
/// reported (not direct) words of one speaker, in one sentence, by one cue?
pub(super) fn one_report(quotes: &[(Quote, usize)], a: usize, b: usize) -> bool {
    let ((qa, sa), (qb, sb)) = (&quotes[a], &quotes[b]);
    sa == sb
        && qa.speaker.is_some()
        && qa.speaker == qb.speaker
        && qa.cue == qb.cue
        && qa.kind != QuoteKind::Direct
        && qb.kind != QuoteKind::Direct
}

/// Of the clauses of the report passage `ib` belongs to ("said A, and that
/// B" is one report in two quotes), the one sharing the most content words
/// with passage `ia`, the first on a tie: a denial of "the story" answers
/// the report's lead clause, "No lifeboat has been taken out of service"
/// the clause about the lifeboat.
/// (Asked for the contradicting passage, with its `cue`: the clause the cue
/// stands in, if one does.)
fn clause_answered(
    text: &str,
    quotes: &[(Quote, usize)],
    ia: usize,
    ib: usize,
    cue: Option<&str>,
) -> usize {
    let same_report = |a: usize, b: usize| one_report(quotes, a, b);
    let mut first = ib;
    while first > 0 && first - 1 != ia && same_report(first - 1, first) {
        first -= 1;
    }
    let mut last = ib;
    while last + 1 < quotes.len() && last + 1 != ia && same_report(last, last + 1) {
        last += 1;
    }
    if first == last {
        return ib;
    }
    let words_a = content_words(quotes[ia].0.span.slice(text));
    // ("“… they have simply got this wrong,” he said. “There was a teacher
    // …”": on a tie, the clause the speaker's next words answer.)
    let reasons = reasons_after(text, quotes, ia);
    let shared = |k: usize| {
        let passage = quotes[k].0.span.slice(text);
        let holds_cue = cue.is_some_and(|c| passage.to_lowercase().contains(c));
        let words = content_words(passage);
        (
            holds_cue,
            words.intersection(&words_a).count(),
            words.intersection(&reasons).count(),
        )
    };
    (first..=last)
        .rev()
        .max_by_key(|&k| shared(k))
        .unwrap_or(ib)
}

/// The content words of the quotes right after quote `ia` by its speaker
/// in the next sentences: the reasons given for what it says.
fn reasons_after(text: &str, quotes: &[(Quote, usize)], ia: usize) -> FastSet<String> {
    const NEXT_QUOTES: usize = 2;
    const NEXT_SENTENCES: usize = 2;
    let (qa, sa) = &quotes[ia];
    let mut words = FastSet::default();
    for (q, si) in quotes.iter().skip(ia + 1).take(NEXT_QUOTES) {
        if q.speaker != qa.speaker || *si > sa + NEXT_SENTENCES {
            break;
        }
        words.extend(content_words(q.span.slice(text)));
    }
    words
}

/// "Mehta disputed the police estimate, insisting attendance “never went
/// above 28,000”": a dispute of a figure (an estimate, a count) whose
/// words conflict with a figure given is that conflict; a cue that found
/// some other passage of the party named goes.
fn drop_disputes_of_figures_given(
    text: &str,
    passages: &[Option<Passage>],
    out: &mut Vec<Contradiction>,
) {
    let with_figures: Vec<(QuoteId, QuoteId)> = out
        .iter()
        .filter(|c| c.kind == ContradictionKind::ConflictingFigures)
        .map(|c| (c.a, c.b))
        .collect();
    out.retain(|c| {
        let disputes_figure = c.kind != ContradictionKind::ConflictingFigures
            && passages[c.a.0].as_ref().is_some_and(|pa| {
                let start = pa.sentence.span.start.min(pa.quote.span.start);
                text.get(start..pa.quote.span.start).is_some_and(|before| {
                    before
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| FIGURE_NOUNS.contains(&w.to_lowercase().as_str()))
                })
            });
        !(disputes_figure && with_figures.iter().any(|&(a, b)| a == c.a && b != c.b))
    });
}

/// Nouns by which a publication's staff name it when they stand by its
/// reporting ("the station stood by its story").
const PUBLICATION_SELF_NOUNS: &[&str] = &[
    "the station",
    "the paper",
    "the newspaper",
    "the channel",
    "the broadcaster",
    "the network",
    "the programme",
    "the program",
    "the website",
    "the magazine",
    "the outlet",
];

/// Does a passage name a publication as its subject ("the station stood by")?
fn names_publication(passage: &str) -> bool {
    let lower = passage.to_lowercase();
    PUBLICATION_SELF_NOUNS.iter().any(|n| lower.contains(n))
}

/// Reporting verbs of a claim that a denial may answer without naming it:
/// "the Ledger reported", "the union alleged", "the auditor found".
const REPORT_VERBS: &[&str] = &[
    "reported",
    "report",
    "reports",
    "alleged",
    "allegation",
    "allegations",
    "accused",
    "claimed",
    "claim",
    "claims",
    "charged",
    "published",
    "found",
];

/// Claim nouns for a publication's account: "dismissed the report".
const REPORT_NOUNS: &[&str] = &["report", "story", "article", "broadcast", "reporting"];

/// Cues by which a party holds to its own account against whoever disputed
/// it: "the paper stood by its reporting".
const COUNTER_CUES: &[&str] = &["stood by", "stands by", "stand by", "reported accurately"];

/// Cues that deny as a reporting verb does when a speaker says them of
/// themselves: "We categorically deny …", "I reject the finding".
const FIRST_PERSON_CUES: &[&str] = &[
    "deny",
    "reject",
    "dispute",
    "categorically",
    "refute",
    "contest",
];

/// Denial cues that deny a claim wherever they stand in a speaker's own
/// words; others ("false", "untrue") must be said of something ("is false").
const SELF_STANDING_CUES: &[&str] = &[
    "no such",
    "never happened",
    "never took place",
    "did not happen",
    "didn't happen",
    "no truth",
    "categorically",
    "categorically denies",
    "categorically rejects",
    "fake news",
];

/// Events and papers a report tells of, whose existence a party denies
/// with "there was no …" ("There was no meeting", "there is no deal").
const DENIED_EVENT_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "deal",
    "agreement",
    "conversation",
    "conversations",
    "call",
    "contact",
    "discussion",
    "discussions",
    "talks",
    "negotiation",
    "negotiations",
    "memo",
    "letter",
    "email",
    "order",
    "instruction",
    "request",
    "offer",
    "payment",
    "payments",
    "plan",
    "cover-up",
    "briefing",
    "warning",
    "contract",
    "message",
    "messages",
    "statement",
    "communication",
    "malfunction",
    "fault",
    "faults",
    "failure",
    "breach",
    "leak",
    "spill",
    "outbreak",
    "shortage",
    "backlog",
    "sale",
    "closure",
    "cuts",
    "layoffs",
    "ban",
    "policy",
    "quota",
    "quotas",
    "directive",
    "decision",
    "wrongdoing",
    "cheating",
    "tampering",
    "dumping",
    "bullying",
    "overcrowding",
    "overcharging",
    "misconduct",
    "harassment",
    "fraud",
    "postponement",
    "delay",
    "delays",
    "cancellation",
    "cancellations",
];

/// The cue a bare denial ("Findlay denied it.") gives its speaker's next words.
fn stance_hit(st: &Stance) -> CueHit {
    CueHit {
        in_verb: true,
        stands_alone: true,
        kind: st.kind,
        cue: st.cue.to_lowercase(),
        confidence: 0.75,
    }
}

/// What the target of a contradiction is chosen from.
struct TargetFinder<'a, 'p> {
    text: &'a str,
    speakers: &'a [Speaker],
    passages: &'p [Option<Passage<'a>>],
    normed: &'p OnceCell<Vec<(String, Vec<String>)>>,
}

impl TargetFinder<'_, '_> {
    /// The passage that passage `pa`, with its cue `hit` (or the bare denial
    /// `stance` before it), answers, and how much less sure that makes it.
    fn answered(
        &self,
        ia: usize,
        pa: &Passage,
        hit: &CueHit,
        stance: Option<&Stance>,
        sentences: &[Sentence],
        out: &[Contradiction],
    ) -> Option<(usize, f32)> {
        let cue_sentence = stance
            .and_then(|st| sentences.get(st.sentence))
            .unwrap_or(pa.sentence);
        let (ib, penalty) = self
            .target(ia, pa, hit, stance, cue_sentence, out)
            .or_else(|| self.report_after(ia, pa, hit, cue_sentence))?;
        // (A party standing by its account answers the passage that
        // disputed it, whatever else that party said; "disputed that"
        // answers the claim just made, in the sentence that made it.)
        let ib = if COUNTER_CUES.contains(&hit.cue.as_str()) {
            ib
        } else if cue_takes_demonstrative(self.text, cue_sentence, pa, &hit.cue) {
            let closest = closest_of_speaker(self.text, self.passages, (ia, pa), ib, false);
            let sentence_of = |k: usize| self.passages[k].as_ref().map(|p| p.si);
            if sentence_of(closest) == sentence_of(ib) {
                closest
            } else {
                ib
            }
        } else if points_at_accusation(self.text, pa)
            || stance.is_some_and(|st| stance_points_at_accusation(self.text, sentences, st))
        {
            first_telling_of_accusation(self.text, self.speakers, self.passages, ia, ib, pa)
        } else {
            closest_of_speaker(self.text, self.passages, (ia, pa), ib, stance.is_none())
        };
        Some((ib, penalty))
    }

    /// The passage `pa` (at `ia`, with cue `hit`) contradicts, and how much
    /// less sure that makes the contradiction: a party the cue's sentence
    /// names; the claim before a bare denial; whoever disputed the speaker's
    /// side before; the target of the denial just before; a report; or the
    /// nearest claim on the same subject.
    fn target(
        &self,
        ia: usize,
        pa: &Passage,
        hit: &CueHit,
        stance: Option<&Stance>,
        cue_sentence: &Sentence,
        out: &[Contradiction],
    ) -> Option<(usize, f32)> {
        let (text, passages) = (self.text, self.passages);
        if COUNTER_CUES.contains(&hit.cue.as_str()) {
            return self
                .reply_target(pa, out, STOOD_BY_WINDOW_PARAGRAPHS, true)
                .map(|ib| (ib, -0.1));
        }
        if let Some(ib) = self.claim_disputed_as_that(ia, pa, hit, cue_sentence) {
            return Some((ib, -0.1));
        }
        if let Some(sb) = self.party_named(ia, pa, hit, cue_sentence) {
            return self.passage_of_named(ia, pa, sb).map(|ib| (ib, 0.0));
        }
        if let Some(st) = stance {
            return self.stance_target(ia, pa, st, cue_sentence);
        }
        // "fundamentally disagreed with the fact-check": the verdict that
        // rebutted this side, however far back, not the checker's asides.
        let claim_noun = claim_pointed_at(text, pa);
        if claim_noun.as_deref() == Some("fact-check")
            && let Some(ib) = self.reply_target(pa, out, usize::MAX, true)
        {
            return Some((ib, -0.1));
        }
        // "The union's claim is false": when the article quotes the owner,
        // the owner's passage before, or none; when it does not ("Workers
        // United Local 9" is never called "the union"), the usual search.
        if let Some(owner) = claim_owner(text, pa)
            && passages.iter().flatten().any(|p| self.owns(p, &owner))
        {
            return self.owned_claim(ia, pa, &owner).map(|ib| (ib, -0.1));
        }
        // "They keep saying fourteen. That is a lie.": the other party's
        // passage that gives the figure the denial repeats.
        if let Some(ib) = self.figure_repeated(ia, pa) {
            return Some((ib, -0.1));
        }
        // "dismissed the report as …": the passage told as reported, rather
        // than what the reporter said of it ("it had obtained a copy").
        if claim_noun
            .as_deref()
            .is_some_and(|n| REPORT_NOUNS.contains(&n))
        {
            if let Some(ib) = self.nearest_other_party(ia, pa, reports_a_claim) {
                return Some((ib, -0.15));
            }
            // "the report was “fiction”" late in the story: the report it
            // told at the start, however far back.
            if let Some(ib) = nearest_by(passages, ia, |p| {
                self.other_party(pa, p) && self.is_report(p)
            }) {
                return Some((ib, -0.2));
            }
        }
        if let Some(ib) = self.claim_just_made(ia, pa) {
            return Some((ib, -0.1));
        }
        // "That is simply not true", "It's false": what was just said.
        if hit.stands_alone
            && answers_what_was_just_said(text, pa, &hit.cue)
            && let Some(ib) = self.nearest_other_party(ia, pa, |p| {
                pa.sentence.paragraph <= p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS + 1
            })
        {
            return Some((ib, -0.1));
        }
        // "We do not recognise that number": the figures just given, before
        // any reply to a rebuttal of this side.
        let figure_just_given = points_at_figure_just_given(text, pa, claim_noun.as_deref());
        if figure_just_given && let Some(ib) = self.figures_before(ia, pa, |_| true) {
            return Some((ib, -0.15));
        }
        // (Told or reported, "there have been no new trains" needs an event
        // denied: see [`DENIED_EVENT_NOUNS`].)
        let existential = hit.cue.starts_with("there ") && !hit.stands_alone;
        if !existential && let Some(ib) = chained_target(out, self.speakers, passages, pa) {
            return Some((ib, -0.15));
        }
        if !existential
            && let Some(ib) = self.reply_target(pa, out, SUBJECT_WINDOW_PARAGRAPHS, false)
        {
            return Some((ib, -0.15));
        }
        let direct = pa.quote.kind == QuoteKind::Direct;
        let points_at_claim = claim_noun.is_some();
        // "the numbers were inaccurate": the nearest figures another party gave.
        if claim_noun
            .as_deref()
            .is_some_and(|n| FIGURE_NOUNS.contains(&n))
            && let Some(ib) = self.figures_before(ia, pa, |_| true)
        {
            return Some((ib, -0.15));
        }

        // "There have been no new buses" in someone's own words is no denial
        // of anything; "There was no such meeting", "The story is false" is.
        let denies = hit.kind == ContradictionKind::Denial
            && (hit.stands_alone || (!direct && !existential));
        let strong = hit.in_verb || denies || points_at_claim;
        if strong {
            // "no such concerns had been logged": the claim just before on
            // the subject, else ("The story is false") the report before.
            if let Some(ib) = nearest_on_subject(text, self.speakers, passages, (ia, pa), true) {
                return Some((ib, -0.15));
            }
            if let Some(ib) = self.report_before(ia, pa) {
                return Some((ib, -0.15));
            }
        }
        if (hit.in_verb || !direct) && points_at_claim {
            // "the numbers were inaccurate": the claim made last by someone else.
            return nearest_by(passages, ia, |p| self.other_party_within_reach(pa, p))
                .map(|ib| (ib, -0.2));
        }
        if hit.in_verb || (!direct && !existential) || denies {
            return nearest_on_subject(text, self.speakers, passages, (ia, pa), hit.in_verb)
                .map(|ib| (ib, -0.2));
        }
        None
    }

    /// The claim a bare denial (`st`, in `cue_sentence`) answers: the
    /// report it names, else the claim made just before it.
    fn stance_target(
        &self,
        ia: usize,
        pa: &Passage,
        st: &Stance,
        cue_sentence: &Sentence,
    ) -> Option<(usize, f32)> {
        let (text, passages) = (self.text, self.passages);
        // "The ministry also rejected the report.": the report, however
        // many other parties spoke since.
        if names_report(cue_sentence.span.slice(text))
            && let Some(ib) = nearest_by(passages, ia, |p| {
                p.si < st.sentence && self.other_party(pa, p) && self.is_report(p)
            })
        {
            return Some((ib, -0.1));
        }
        // "Halvard disputed the figures. …": the figures another party gave.
        if names_figures(cue_sentence.span.slice(text)) {
            // (Of those, one counting what the speaker counts: "19
            // injuries" answers "46 injuries", not "260 items an hour".)
            let counted = counted_nouns(pa.quote.span.slice(text));
            let counts_alike = |p: &Passage| {
                let other = counted_nouns(p.quote.span.slice(text));
                counted.iter().any(|n| other.contains(n))
            };
            if let Some(ib) = self
                .nearest_other_party(ia, pa, |p| p.si < st.sentence && counts_alike(p))
                .or_else(|| self.figures_before(ia, pa, |p| p.si < st.sentence))
            {
                return Some((ib, -0.1));
            }
        }
        // "denied it": the claim made just before the denial.
        let paragraph = cue_sentence.paragraph;
        nearest_by(passages, ia, |p| {
            p.speaker != pa.speaker
                && p.si < st.sentence
                && p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS >= paragraph
        })
        .map(|ib| (ib, -0.1))
    }

    /// The party the cue's sentence names (by name, as the subject the cue
    /// judges, or by role) other than `pa`'s side.
    fn party_named(
        &self,
        ia: usize,
        pa: &Passage,
        hit: &CueHit,
        cue_sentence: &Sentence,
    ) -> Option<SpeakerId> {
        let (text, passages) = (self.text, self.passages);
        // ("the police figure" names the police who gave a figure before,
        // not a "police" quoted later.)
        let spoke_before = |s: SpeakerId| {
            earlier(ia).any(|k| passages[k].as_ref().is_some_and(|p| p.speaker == s))
        };
        let named = named_party(
            text,
            cue_sentence.span,
            self.speakers,
            self.normed,
            pa.speaker,
            spoke_before,
        );
        let named = named.or_else(|| self.subject_judged(pa, hit));
        named.or_else(|| {
            role_named_party(text, cue_sentence.span, self.speakers, pa.speaker, || {
                // (Only speakers of the passages within reach can be answered.)
                earlier(ia)
                    .filter_map(|k| passages[k].as_ref().map(|p| p.speaker))
                    .collect()
            })
        })
    }

    /// The nearest passage of the party `sb` that the cue's sentence names;
    /// its nearest figures when the passage points at a figure ("doubling
    /// down on a number she made up").
    fn passage_of_named(&self, ia: usize, pa: &Passage, sb: SpeakerId) -> Option<usize> {
        let text = self.text;
        let figure_named = claim_pointed_at(text, pa)
            .as_deref()
            .is_some_and(|n| FIGURE_NOUNS.contains(&n));
        let named = if figure_named {
            self.figures_named_from(ia, pa)
        } else {
            Vec::new()
        };
        let names_one = |p: &Passage| {
            figures::values_in(p.quote.span.slice(text))
                .iter()
                .any(|v| named.contains(v))
        };
        figure_named
            .then(|| {
                nearest_by(self.passages, ia, |p| p.speaker == sb && names_one(p)).or_else(|| {
                    nearest_by(self.passages, ia, |p| {
                        p.speaker == sb && !figures::values_in(p.quote.span.slice(text)).is_empty()
                    })
                })
            })
            .flatten()
            .or_else(|| nearest_by(self.passages, ia, |p| p.speaker == sb))
    }

    /// The party a passage opens with as the subject its own cue judges:
    /// "Railwatch had “failed to understand” that …", "the union was
    /// wrong" (not "denied that the union had been consulted": a cue in the
    /// reporting verb judges the whole passage).
    fn subject_judged(&self, pa: &Passage, hit: &CueHit) -> Option<SpeakerId> {
        const MAX_WORDS_BEFORE_CUE: usize = 4;
        if hit.in_verb {
            return None;
        }
        let passage = pa.quote.span.slice(self.text);
        let words: Vec<&str> = passage
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let start = usize::from(words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")));
        let name: Vec<&str> = words
            .iter()
            .skip(start)
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .copied()
            .collect();
        let cue_first = hit.cue.split(' ').next()?;
        let after_name = start + name.len();
        let judged = words
            .iter()
            .skip(after_name)
            .take(MAX_WORDS_BEFORE_CUE)
            .any(|w| w.eq_ignore_ascii_case(cue_first));
        if name.is_empty() || !judged {
            return None;
        }
        speaker_by_name(
            self.normed.get_or_init(|| normed_names(self.speakers)),
            &name.join(" "),
        )
        .filter(|&s| s != pa.speaker && !same_side(self.speakers, s, pa.speaker))
    }

    /// Is `p` a passage of `owner` ("union" in "the union's claim")?
    fn owns(&self, p: &Passage, owner: &str) -> bool {
        self.speaker_is_called(p.speaker, owner) || speaks_as(self.text, p, owner)
    }

    /// The passage of `owner` ("union" in "the union's claim is false")
    /// within reach that passage `pa` answers: for "the association's
    /// numbers", its passage that gives figures; else its nearest.
    fn owned_claim(&self, ia: usize, pa: &Passage, owner: &str) -> Option<usize> {
        let owns = |p: &Passage| self.owns(p, owner);
        let of_figures = claim_pointed_at(self.text, pa)
            .as_deref()
            .is_some_and(|n| FIGURE_NOUNS.contains(&n));
        of_figures
            .then(|| self.figures_before(ia, pa, owns))
            .flatten()
            .or_else(|| self.nearest_other_party(ia, pa, owns))
    }

    /// The passage of whoever last contradicted the speaker's side, within
    /// reach: "ABN said it stood by its reporting" answers the chief who
    /// denied ABN's report.
    fn reply_target(
        &self,
        pa: &Passage,
        out: &[Contradiction],
        window: usize,
        earliest: bool,
    ) -> Option<usize> {
        // "Paul Okonkwo said the station stood by its story", with no
        // station of his found: he speaks for the publication he names.
        let unaffiliated = self.speakers.get(pa.speaker.0).is_some_and(|s| {
            s.kind == super::model::SpeakerKind::Person && s.affiliation.is_none()
        });
        let for_publication = unaffiliated && names_publication(pa.quote.span.slice(self.text));
        let publication = |s: SpeakerId| {
            self.speakers.get(s.0).is_some_and(|sp| {
                sp.kind == super::model::SpeakerKind::Organization
                    && super::speakers::is_publication_name(&sp.name)
            })
        };
        let answers = |c: &Contradiction| {
            let contradicted = self.passages.get(c.b.0)?.as_ref()?;
            let contradictor = self.passages.get(c.a.0)?.as_ref()?;
            let ours = |s: SpeakerId| {
                s == pa.speaker
                    || same_side(self.speakers, s, pa.speaker)
                    || (for_publication && publication(s))
            };
            let close =
                pa.sentence.paragraph <= contradictor.sentence.paragraph.saturating_add(window);
            (close && ours(contradicted.speaker) && !ours(contradictor.speaker)).then_some(c.a.0)
        };
        // A party standing by its account answers the first rebuttal within
        // reach, usually the fullest; other replies answer the latest.
        if earliest {
            out.iter().find_map(answers)
        } else {
            out.iter().rev().find_map(answers)
        }
    }

    /// The nearest passage within reach by another party (and `of` it)
    /// that gives a figure the speaker goes on to name ("We have not cut
    /// … by anything like 12 per cent"), else the nearest that gives any.
    fn figures_before(
        &self,
        ia: usize,
        pa: &Passage,
        of: impl Fn(&Passage) -> bool,
    ) -> Option<usize> {
        let named = self.figures_named_from(ia, pa);
        let text = self.text;
        (!named.is_empty())
            .then(|| {
                self.nearest_other_party(ia, pa, |p| {
                    of(p)
                        && figures::values_in(p.quote.span.slice(text))
                            .iter()
                            .any(|v| named.contains(v))
                })
            })
            .flatten()
            .or_else(|| {
                self.nearest_other_party(ia, pa, |p| {
                    of(p) && gives_figure(p.quote.span.slice(text))
                })
            })
    }

    /// [`figures_named_from`] in this article.
    fn figures_named_from(&self, ia: usize, pa: &Passage) -> Vec<f64> {
        figures_named_from(self.text, self.passages, ia, pa)
    }

    /// The first passage within reach by another party that gives one of
    /// the counts passage `pa` names: the figure's source, not a later
    /// party that repeated it to dispute it too ("Fourteen is not the number").
    fn figure_repeated(&self, ia: usize, pa: &Passage) -> Option<usize> {
        let said = pa.quote.span.slice(self.text);
        let (values, lengths) = (figures::values_in(said), figures::lengths_in(said));
        if values.is_empty() && lengths.is_empty() {
            return None;
        }
        let repeats = |other: &str| {
            (!values.is_empty() && figures::values_in(other).iter().any(|v| values.contains(v)))
                || (!lengths.is_empty()
                    && figures::lengths_in(other)
                        .iter()
                        .any(|v| lengths.contains(v)))
        };
        earlier(ia)
            .filter(|&ib| {
                self.passages[ib].as_ref().is_some_and(|p| {
                    self.other_party_within_reach(pa, p) && repeats(p.quote.span.slice(self.text))
                })
            })
            .last()
    }

    /// The nearest report within reach by another party: a passage whose cue
    /// reports a claim ([`REPORT_VERBS`]) or whose speaker is a publication.
    fn report_before(&self, ia: usize, pa: &Passage) -> Option<usize> {
        self.nearest_other_party(ia, pa, |p| self.is_report(p))
    }

    /// "Wexmoor rejected a television report that …, saying …" before the
    /// report is told: the first report by another party in the next
    /// paragraphs, when the denial's sentence names a report or a claim.
    fn report_after(
        &self,
        ia: usize,
        pa: &Passage,
        hit: &CueHit,
        cue_sentence: &Sentence,
    ) -> Option<(usize, f32)> {
        if !hit.in_verb && hit.kind != ContradictionKind::Denial {
            return None;
        }
        // The sentence's own words around the passage: "rejected reports
        // that …", "denied that …, calling a newspaper report …".
        let (start, end) = (cue_sentence.span.start, cue_sentence.span.end);
        let around = [
            Span::new(start, pa.quote.span.start.clamp(start, end)),
            Span::new(pa.quote.span.end.clamp(start, end), end),
        ];
        let names_claim = around.iter().any(|span| {
            span.slice(self.text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| CLAIMS_TOLD_LATER.contains(&w.to_lowercase().as_str()))
        });
        if !names_claim {
            return None;
        }
        let within =
            |p: &Passage| p.sentence.paragraph <= pa.sentence.paragraph + REPORT_AFTER_PARAGRAPHS;
        let ib = (ia + 1..self.passages.len())
            .take_while(|&ib| self.passages[ib].as_ref().is_none_or(within))
            .find(|&ib| {
                self.passages[ib]
                    .as_ref()
                    .is_some_and(|p| self.other_party(pa, p) && self.is_report(p))
            })?;
        Some((ib, -0.2))
    }

    /// The nearest passage before `ia` that satisfies `pred`, by a party
    /// other than `pa`'s (not its speaker, nobody on its side) and at most
    /// [`SUBJECT_WINDOW_PARAGRAPHS`] before it.
    fn nearest_other_party(
        &self,
        ia: usize,
        pa: &Passage,
        pred: impl Fn(&Passage) -> bool,
    ) -> Option<usize> {
        nearest_by(self.passages, ia, |p| {
            self.other_party_within_reach(pa, p) && pred(p)
        })
    }

    /// "Adebayo disputed that, saying her team emailed the mayor's press
    /// office …": the claim another party has just made, not a party the
    /// reason names.
    fn claim_disputed_as_that(
        &self,
        ia: usize,
        pa: &Passage,
        hit: &CueHit,
        cue_sentence: &Sentence,
    ) -> Option<usize> {
        if !cue_takes_demonstrative(self.text, cue_sentence, pa, &hit.cue) {
            return None;
        }
        self.nearest_other_party(ia, pa, |p| {
            pa.sentence.paragraph <= p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS
        })
    }

    /// "Northvale rejected that explanation, insisting …": the passage
    /// another party has just given, when the sentence points at a claim
    /// with a demonstrative.
    fn claim_just_made(&self, ia: usize, pa: &Passage) -> Option<usize> {
        if !points_at_claim_just_made(self.text, pa) {
            return None;
        }
        self.nearest_other_party(ia, pa, |p| {
            pa.sentence.paragraph <= p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS
        })
    }

    /// Is `p` by a party other than `pa`'s (not its speaker, nobody on its
    /// side)?
    fn other_party(&self, pa: &Passage, p: &Passage) -> bool {
        p.speaker != pa.speaker && !same_side(self.speakers, p.speaker, pa.speaker)
    }

    /// [`Self::other_party`], at most [`SUBJECT_WINDOW_PARAGRAPHS`] before `pa`.
    fn other_party_within_reach(&self, pa: &Passage, p: &Passage) -> bool {
        pa.sentence.paragraph <= p.sentence.paragraph + SUBJECT_WINDOW_PARAGRAPHS
            && self.other_party(pa, p)
    }

    /// Does a lowercase noun ("union", "regulator") name the speaker: a
    /// word of its name, role or aliases?
    /// (A union's organiser speaks for the union: the organisation the
    /// speaker speaks for counts too.)
    fn speaker_is_called(&self, speaker: SpeakerId, noun: &str) -> bool {
        let called = |s: &Speaker| {
            std::iter::once(s.name.as_str())
                .chain(s.role.as_deref())
                .chain(s.aliases.iter().map(String::as_str))
                .flat_map(|n| n.split(|c: char| !c.is_alphanumeric() && c != '-'))
                .any(|w| w.eq_ignore_ascii_case(noun))
        };
        self.speakers.get(speaker.0).is_some_and(|s| {
            called(s)
                || s.affiliation
                    .and_then(|o| self.speakers.get(o.0))
                    .is_some_and(called)
        })
    }

    fn is_report(&self, p: &Passage) -> bool {
        reports_a_claim(p)
            || self.speakers.get(p.speaker.0).is_some_and(|s| {
                s.kind == super::model::SpeakerKind::Organization
                    && super::speakers::is_publication_name(&s.name)
            })
    }
}

/// Does the sentence name a publication's account as its object ("rejected
/// the report", "denied a television report", "dismissed the story")?
fn names_report(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        REPORT_NOUNS.contains(&w.as_str())
            && words[i.saturating_sub(2)..i].iter().any(|d| {
                matches!(d.as_str(), "the" | "a" | "an" | "its" | "this" | "that")
                    || d.ends_with("'s")
                    || d.ends_with("’s")
            })
    })
}

/// True when the passage's cue reports a claim ([`REPORT_VERBS`]): "X reported that …".
fn reports_a_claim(p: &Passage) -> bool {
    p.quote
        .cue
        .as_deref()
        .and_then(|c| c.split_whitespace().next())
        .is_some_and(|v| REPORT_VERBS.contains(&v.to_lowercase().as_str()))
}

/// The bare denial ([`Stance`]) a passage continues: by its speaker, at most
/// [`STANCE_WINDOW_SENTENCES`] sentences before it, with no other passage of
/// that speaker in between.
fn stance_before<'s>(
    stances: &'s [Stance],
    sentences: &[Sentence],
    speakers: &[Speaker],
    passages: &[Option<Passage>],
    ia: usize,
    pa: &Passage,
) -> Option<&'s Stance> {
    let at = stances.partition_point(|st| st.sentence < pa.si);
    // ("Rapido denied it. “…,” its spokesman said.": the same side goes on.)
    let st = stances[..at]
        .iter()
        .rev()
        .take_while(|st| pa.si - st.sentence <= STANCE_WINDOW_SENTENCES)
        .find(|st| st.speaker == pa.speaker || same_side(speakers, st.speaker, pa.speaker))?;
    let spoke_since = earlier(ia)
        .map_while(|ib| {
            passages[ib]
                .as_ref()
                .map_or(Some(None), |p| (p.si >= st.sentence).then_some(Some(p)))
        })
        .flatten()
        .any(|p| {
            // ("X rejected the charges, saying …", "X denied the
            // allegations. In a statement, the company said …": the denial
            // has its words; it does not reach on past its paragraph.)
            (p.speaker == pa.speaker && p.si > st.sentence)
                || (sentences
                    .get(st.sentence)
                    .is_some_and(|s| s.paragraph == p.sentence.paragraph)
                    && p.speaker == st.speaker
                    && pa.sentence.paragraph > p.sentence.paragraph)
        });
    (!spoke_since).then_some(st)
}

/// Nouns after "the wrong" that are someone's claim or what it conveys.
const WRONG_CLAIM_NOUNS: &[&str] = &[
    "impression",
    "conclusion",
    "conclusions",
    "picture",
    "message",
    "figure",
    "figures",
    "number",
    "numbers",
    "answer",
    "information",
    "data",
    "idea",
];

/// "stop using their clicker counters": a thing, no one countering ("The
/// union counters that …", "counters the claim" are verbs).
fn counter_as_noun(words: &[Cow<str>], i: usize) -> bool {
    let determiner = |k: usize| {
        i.checked_sub(k).is_some_and(|j| {
            matches!(
                words[j].as_ref(),
                "the" | "a" | "an" | "their" | "his" | "her" | "its" | "our" | "these" | "those"
            )
        })
    };
    let object_after = words.get(i + 1).is_some_and(|w| {
        matches!(
            w.as_ref(),
            "that" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "with" | "by"
        )
    });
    matches!(words[i].as_ref(), "counter" | "counters")
        && !object_after
        && (determiner(1) || (determiner(2) && !words[i - 1].ends_with("ly")))
}

/// Does the word at `i` of a passage's words count as a contradiction
/// cue where it stands? Not in "neither confirmed nor denied", an
/// infinitive ("urged voters to reject it"), after a negation ("did not
/// deny") or as an act in the passive ("be dismissed").
fn cue_word_counts(words: &[Cow<str>], i: usize) -> bool {
    let word = &words[i];
    // "does not confirm or deny", "neither confirmed nor denied": no denial.
    let non_denial = i >= 2
        && matches!(words[i - 1].as_ref(), "or" | "nor")
        && words[i - 2].starts_with("confirm");
    // "… would prevent Republicans to deny climate change", "urged voters
    // to reject it": an infinitive tells what someone else may do.
    let infinitive = i >= 1 && words[i - 1] == "to" && FIRST_PERSON_CUES.contains(&word.as_ref());
    // "The company can deny it as often as it likes": a modal verb tells
    // what another party may do ("we can categorically deny" denies).
    let others_modal = {
        let before = |k: usize| {
            i.checked_sub(k)
                .and_then(|j| words.get(j))
                .map(AsRef::as_ref)
        };
        let adverb = before(1).is_some_and(|w: &str| w.ends_with("ly"));
        let (modal, subject) = if adverb {
            (before(2), before(3))
        } else {
            (before(1), before(2))
        };
        FIRST_PERSON_CUES.contains(&word.as_ref())
            && modal.is_some_and(|m| {
                matches!(
                    m,
                    "can" | "could" | "may" | "might" | "must" | "should" | "will" | "would"
                )
            })
            && !subject.is_some_and(|s| matches!(s, "we" | "i"))
    };
    // "The state's numbers aren't wrong", "did not deny": a negated cue
    // agrees, or leaves the claim standing.
    let negated = (1..=2).any(|k| {
        i.checked_sub(k)
            .and_then(|j| words.get(j))
            .is_some_and(|w| matches!(w.as_ref(), "not" | "never") || w.ends_with("n't"))
    });
    // "told to resign or be dismissed", "was denied bail": an act in
    // the passive with no agent and no "as" names no one's dispute
    // ("the numbers were exaggerated" judges them, and stays a cue).
    let passive = i >= 1
        && matches!(
            words[i - 1].as_ref(),
            "be" | "been" | "being" | "was" | "were" | "is" | "are"
        )
        && matches!(
            word.as_ref(),
            "dismissed" | "denied" | "rejected" | "refused" | "disputed" | "contested"
        )
        && !matches!(words.get(i + 1).map(AsRef::as_ref), Some("as" | "by"));
    // "the right idea in the wrong place", "wave through the wrong layout":
    // "wrong" before its noun judges no one's claim ("leaves voters with the
    // wrong impression" does).
    let attributive = word == "wrong"
        && i >= 1
        && matches!(words[i - 1].as_ref(), "the" | "a" | "an")
        && words
            .get(i + 1)
            .is_some_and(|noun| !WRONG_CLAIM_NOUNS.contains(&noun.as_ref()));
    // "Nobody is denying that people are coming", "no one disputes …": a
    // concession, no denial.
    let nobody = |k: usize| {
        i.checked_sub(k).is_some_and(|j| {
            matches!(words[j].as_ref(), "nobody" | "no-one")
                || (words[j] == "one" && j >= 1 && words[j - 1] == "no")
        })
    };
    let conceded = nobody(1)
        || (nobody(2)
            && matches!(
                words[i - 1].as_ref(),
                "is" | "was" | "would" | "can" | "could"
            ));
    let counter_noun = counter_as_noun(words, i);
    // "had no reason to question the count": a concession.
    let no_reason = i >= 3
        && words[i - 1] == "to"
        && matches!(
            words[i - 2].as_ref(),
            "reason" | "need" | "grounds" | "cause"
        )
        && matches!(words[i - 3].as_ref(), "no" | "little");
    // "cloud had denied them a view": something withheld, no claim denied.
    let withheld = super::cues::withheld_from(
        word,
        words.get(i + 1).map_or("", AsRef::as_ref),
        words.get(i + 2).map_or("", AsRef::as_ref),
    );
    // "If the mayor has done nothing wrong", "did anything wrong": conduct
    // judged, no claim.
    // ("had found nothing wrong" judges the findings, and stays a cue.)
    let done = |k: usize| {
        i.checked_sub(k)
            .is_some_and(|j| matches!(words[j].as_ref(), "done" | "did" | "do" | "doing"))
    };
    let conduct = word == "wrong"
        && (done(1)
            || (done(2) && matches!(words[i - 1].as_ref(), "nothing" | "anything" | "something")));
    // "would be mistaken to proceed", "it would be wrong to assume": advice
    // on what to do, no judgment of a claim.
    let advice = matches!(word.as_ref(), "wrong" | "mistaken")
        && words.get(i + 1).is_some_and(|w| w == "to");
    !(non_denial
        || infinitive
        || others_modal
        || negated
        || passive
        || attributive
        || conduct
        || advice
        || no_reason
        || withheld
        || counter_noun
        || conceded)
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
    // Where each cue occurs first; "we deny", "I categorically reject" in a
    // speaker's own words deny as a reporting verb does.
    let mut occurs: Vec<Option<usize>> = vec![None; cues.len()];
    for (i, word) in words.iter().enumerate() {
        if !cue_word_counts(&words, i) {
            continue;
        }
        for &c in CUES_BY_FIRST_WORD.get(word.as_ref()).into_iter().flatten() {
            let cue = &cues[c].1;
            if occurs[c].is_none()
                && words
                    .get(i..i + cue.len())
                    .is_some_and(|ws| ws.iter().zip(cue).all(|(w, c)| w == c))
            {
                occurs[c] = Some(i);
            }
        }
    }
    let mut best: Option<CueHit> = None;
    let first_person = |i: usize| {
        let subject = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| matches!(w.as_ref(), "we" | "i"))
        };
        (i >= 1 && subject(i - 1)) || (i >= 2 && words[i - 1].ends_with("ly") && subject(i - 2))
    };
    for (kind, cue, at) in cues
        .iter()
        .zip(&occurs)
        .filter_map(|(c, o)| o.map(|at| (&c.0, &c.1, at)))
    {
        let phrase = cue.join(" ");
        let in_verb = verb
            .as_deref()
            .is_some_and(|v| v.split_whitespace().next() == cue.first().map(String::as_str))
            || (p.quote.kind == QuoteKind::Direct
                && FIRST_PERSON_CUES.contains(&cue[0].as_str())
                && first_person(at));
        // ("workers were told there was no budget": a copula before
        // "there" is another clause's.)
        let copula_before = cue[0] != "there"
            && (1..=2).any(|k| {
                at.checked_sub(k)
                    .and_then(|j| words.get(j))
                    .is_some_and(|w| {
                        matches!(w.as_ref(), "is" | "are" | "was" | "were" | "be" | "been")
                            || w.ends_with("'s")
                    })
            });
        // "There was no meeting in Saldana": no event of the kind a report
        // tells ("there have been no new buses" is a complaint).
        // ("there have been no official messages": one word may qualify it.)
        let no_such_event = cue[0] == "there"
            && words.iter().skip(at + cue.len()).take(2).any(|w| {
                DENIED_EVENT_NOUNS.contains(&w.as_ref())
                        // ("There was no mass fence-jumping", "no
                        // match-fixing": a deed named by a hyphened gerund.)
                        || (w.contains('-') && w.ends_with("ing"))
            });
        let stands_alone = in_verb
            || copula_before
            || no_such_event
            || SELF_STANDING_CUES.contains(&phrase.as_str());
        let confidence = if in_verb {
            0.85
        } else if p.quote.kind == QuoteKind::Indirect {
            0.7
        } else {
            0.65
        };
        // Of equally sure cues, one that denies by itself ("no such" over
        // "there was no").
        let beats = |b: &CueHit| {
            b.confidence < confidence
                || ((b.confidence - confidence).abs() < f32::EPSILON
                    && !b.stands_alone
                    && stands_alone)
        };
        if best.as_ref().is_none_or(beats) {
            best = Some(CueHit {
                in_verb,
                stands_alone,
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
    // ("…, telling the Courier …": the participle is the cue's first word.)
    let after_comma = p.quote.cue.as_deref().is_some_and(|cue| {
        let before_text = before.slice(text);
        let cue = cue.split(' ').next().unwrap_or(cue);
        cue.ends_with("ing")
            && before_text
                .rfind(cue)
                .is_some_and(|at| before_text[..at].trim_end().ends_with(','))
    });
    if after_comma {
        let words: Vec<Cow<str>> = tokenize(text, before)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| Cow::Owned(t.text(text).to_lowercase()))
            .collect();
        for (i, word) in words.iter().enumerate() {
            for &c in CUES_BY_FIRST_WORD.get(word.as_ref()).into_iter().flatten() {
                let (kind, cue) = &LEXICONS.contradiction_cues[c];
                if words
                    .get(i..i + cue.len())
                    .is_some_and(|found| found.iter().zip(cue).all(|(f, w)| f == w))
                    && cue_word_counts(&words, i)
                {
                    return Some(CueHit {
                        in_verb: true,
                        stands_alone: true,
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
                    stands_alone: true,
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
    spoke_before: impl Fn(SpeakerId) -> bool,
) -> Option<SpeakerId> {
    references::named_parties(text, span)
        .into_iter()
        .filter_map(|name| {
            let normed = normed.get_or_init(|| normed_names(speakers));
            // (Of the speakers the name fits, one quoted before.)
            speakers_by_name(normed, &name)
                .find(|&s| spoke_before(s))
                .or_else(|| speakers_by_name(normed, &name).next())
        })
        // ("Brody's office rejected …" names Brody, on its own side.)
        .find(|s| *s != speaker && !same_side(speakers, *s, speaker))
}

/// The one other person the sentence names by role ("said the county
/// executive “should stop inflating his record”" after "Harlow County
/// Executive Dale Prentiss"): a role noun, or the two words ending in one,
/// after "the" that end a speaker's role. The speakers within reach come
/// from `nearby`, asked only when the sentence names a role.
fn role_named_party(
    text: &str,
    span: Span,
    speakers: &[Speaker],
    speaker: SpeakerId,
    nearby: impl FnOnce() -> Vec<SpeakerId>,
) -> Option<SpeakerId> {
    let sentence = span.slice(text).to_lowercase().replace('’', "'");
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(super::mentions::strip_possessive)
        .collect();
    let person_role = |w: &str| LEXICONS.roles.get(w).is_some_and(|r| !r.organisation);
    let mut named_roles: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if *w != "the" {
            continue;
        }
        if let Some(first) = words.get(i + 1).filter(|w| person_role(w)) {
            named_roles.push((*first).to_owned());
        }
        if let (Some(first), Some(second)) = (words.get(i + 1), words.get(i + 2))
            && person_role(second)
        {
            named_roles.push(format!("{first} {second}"));
        }
    }
    if named_roles.is_empty() {
        return None;
    }
    let role_tail = |role: &str| {
        let role = role.to_lowercase();
        let words: Vec<&str> = role.split_whitespace().collect();
        words[words.len().saturating_sub(2)..].join(" ")
    };
    let mut candidates = nearby();
    candidates.sort_unstable_by_key(|s| s.0);
    candidates.dedup();
    let mut named = candidates.into_iter().filter(|&k| {
        let Some(s) = speakers.get(k.0) else {
            return false;
        };
        // ("The building's managing agent, Corwen Estates": a firm in a
        // person's role.)
        k != speaker
            && matches!(
                s.kind,
                super::model::SpeakerKind::Person | super::model::SpeakerKind::Organization
            )
            && !same_side(speakers, k, speaker)
            && s.role
                .as_deref()
                .is_some_and(|r| named_roles.contains(&role_tail(r)))
    });
    match (named.next(), named.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
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
    speakers_by_name(speakers, name).next()
}

/// The speakers `name` fits, best first: those it names exactly (or an
/// alias), then those whose name ends in its last word or in it.
fn speakers_by_name<'s>(
    speakers: &'s [(String, Vec<String>)],
    name: &str,
) -> impl Iterator<Item = SpeakerId> + 's {
    let wanted = norm_name(name);
    let last = wanted.rsplit(' ').next().unwrap_or(&wanted).to_owned();
    let suffix = format!(" {wanted}");
    let exact = speakers
        .iter()
        .enumerate()
        .filter(move |(_, (n, aliases))| *n == wanted || aliases.contains(&wanted))
        .map(|(k, _)| k);
    let ending = speakers
        .iter()
        .enumerate()
        .filter(move |(_, (n, _))| {
            n.rsplit(' ').next() == Some(last.as_str()) || n.ends_with(&suffix)
        })
        .map(|(k, _)| k);
    exact.chain(ending).map(SpeakerId)
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
    speakers: &[Speaker],
    passages: &[Option<Passage>],
    pa: &Passage,
) -> Option<usize> {
    let last = out.last()?;
    let prev = passages.get(last.a.0)?.as_ref()?;
    let target = passages.get(last.b.0)?.as_ref()?;
    let close = pa.sentence.paragraph <= prev.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS;
    // (A party whose own side was the target answers; it does not go on.)
    let own_side_targeted =
        target.speaker == pa.speaker || same_side(speakers, target.speaker, pa.speaker);
    // (A spokesman whose employer the article leaves unsaid goes on with
    // the denial before him: Putin's spokesman after "The Kremlin denied".)
    let spokesman = speakers.get(pa.speaker.0).is_some_and(|s| {
        s.affiliation.is_none()
            && s.role
                .as_deref()
                .is_some_and(|r| r.split_whitespace().any(|w| w.starts_with("spokes")))
    });
    let same_party =
        prev.speaker == pa.speaker || same_side(speakers, prev.speaker, pa.speaker) || spokesman;
    (close && !own_side_targeted && same_party).then_some(last.b.0)
}

/// The nearest earlier claim by another speaker sharing the subject (two
/// content words of their sentences). A reporting verb that denies or
/// disputes ("denied that the two men had spoken") needs only one word shared
/// by the two passages themselves, with the claim in the paragraph just
/// before: the verb itself says that something was claimed.
fn nearest_on_subject(
    text: &str,
    speakers: &[Speaker],
    passages: &[Option<Passage>],
    (ia, pa): (usize, &Passage),
    cue_is_verb: bool,
) -> Option<usize> {
    let words_a = pa.own_words(text);
    let sentence_a = pa.sentence_words(text);
    nearest_by(passages, ia, |p| {
        let distance = pa.sentence.paragraph.saturating_sub(p.sentence.paragraph);
        // (A fact-checker's researcher does not answer the checker.)
        let own_side = p.speaker == pa.speaker || same_side(speakers, p.speaker, pa.speaker);
        if own_side || distance > SUBJECT_WINDOW_PARAGRAPHS {
            return false;
        }
        p.sentence_words(text).intersection(sentence_a).count() >= MIN_SHARED_WORDS
            || (cue_is_verb
                && distance <= CHAIN_WINDOW_PARAGRAPHS
                && p.own_words(text).intersection(words_a).next().is_some())
    })
}

/// The content words of a passage other than claim nouns: "the report as
/// “untrue”" names the report; it shares no subject with "a copy of the
/// survey report".
fn words_besides_claim_nouns(text: &str, pa: &Passage) -> FastSet<String> {
    let mut words = content_words(pa.quote.span.slice(text));
    words.retain(|w| {
        !LEXICONS
            .claim_nouns
            .iter()
            .any(|n| n.chars().take(5).eq(w.chars()))
    });
    words
}

/// The content words (besides claim nouns) of the passages after `pa` (at
/// `ia`) its speaker gives next in its paragraph: "they've simply got it
/// wrong," he said. "There was a teacher …": the reason names what the cue
/// answers.
fn words_with_reasons(
    text: &str,
    passages: &[Option<Passage>],
    ia: usize,
    pa: &Passage,
) -> FastSet<String> {
    const NEXT_PASSAGES: usize = 2;
    let mut words = FastSet::default();
    for p in passages.iter().skip(ia + 1).take(NEXT_PASSAGES).flatten() {
        if p.speaker != pa.speaker || p.sentence.paragraph != pa.sentence.paragraph {
            break;
        }
        words.extend(words_besides_claim_nouns(text, p));
    }
    words
}

/// The counts passage `pa` (at `ia`) and its speaker's next passages in
/// the same or the next paragraph name: "the association's numbers were
/// not right. “We have not cut … by anything like 12 per cent.”"
fn figures_named_from(
    text: &str,
    passages: &[Option<Passage>],
    ia: usize,
    pa: &Passage,
) -> Vec<f64> {
    const NEXT_PASSAGES: usize = 3;
    let mut values = figures::values_in(pa.quote.span.slice(text));
    for p in passages.iter().skip(ia + 1).take(NEXT_PASSAGES).flatten() {
        if p.speaker == pa.speaker && p.sentence.paragraph <= pa.sentence.paragraph + 1 {
            values.extend(figures::values_in(p.quote.span.slice(text)));
        }
    }
    values
}

/// Of the passage at `ia` and its speaker's next ones in its paragraph, the
/// one sharing the most content words with the claim `pb` answers (the
/// first on a tie): "He also denied Ms Nwosu's account. “We take …
/// seriously,” he said. “Nobody has been sent home …”" answers in its
/// second quotation.
fn words_answering<'p, 'q>(
    text: &str,
    passages: &'p [Option<Passage<'q>>],
    ia: usize,
    pa: &'p Passage<'q>,
    pb: &Passage,
) -> (usize, &'p Passage<'q>) {
    let words_b = content_words(pb.quote.span.slice(text));
    let shared = |p: &Passage| {
        content_words(p.quote.span.slice(text))
            .intersection(&words_b)
            .count()
    };
    let mut best = (shared(pa), ia, pa);
    for (k, p) in passages.iter().enumerate().skip(ia + 1) {
        let Some(p) = p.as_ref() else { continue };
        if p.speaker != pa.speaker || p.sentence.paragraph != pa.sentence.paragraph {
            break;
        }
        let n = shared(p);
        if n > best.0 {
            best = (n, k, p);
        }
    }
    (best.1, best.2)
}

/// Of the target speaker's passages within reach, the one sharing the most
/// content words with the contradicting passage `pa` (at `ia`), then, when
/// `with_reasons`, with the reasons its speaker goes on to give, then the
/// nearest: a denial answers the claim, not the target's latest aside.
fn closest_of_speaker(
    text: &str,
    passages: &[Option<Passage>],
    (ia, pa): (usize, &Passage),
    ib: usize,
    with_reasons: bool,
) -> usize {
    let Some(pb) = passages[ib].as_ref() else {
        return ib;
    };
    let words_a = words_besides_claim_nouns(text, pa);
    // (On a tie, the words of the reasons the speaker goes on to give.)
    let reasons = if with_reasons {
        words_with_reasons(text, passages, ia, pa)
    } else {
        FastSet::default()
    };
    // A count both give ("fourteen" against "14 deaths") is shared too.
    let values_a = figures_named_from(text, passages, ia, pa);
    let shared = |p: &Passage| {
        let slice = p.quote.span.slice(text);
        let counts = if values_a.is_empty() {
            0
        } else {
            figures::values_in(slice)
                .iter()
                .filter(|v| values_a.contains(v))
                .count()
        };
        let words = content_words(slice);
        (
            words.intersection(&words_a).count() + counts,
            words.intersection(&reasons).count(),
        )
    };
    // On a tie, a reported claim ("X reported that …") before a remark.
    let mut best = ((shared(pb), reports_a_claim(pb)), ib);
    for k in earlier(ia) {
        let Some(p) = passages[k].as_ref() else {
            continue;
        };
        // (Out of reach of both passages: a report told far back is answered
        // in any of its passages around the target.)
        if pa.sentence.paragraph > p.sentence.paragraph + SUBJECT_WINDOW_PARAGRAPHS
            && pb.sentence.paragraph > p.sentence.paragraph + SUBJECT_WINDOW_PARAGRAPHS
        {
            break;
        }
        if p.speaker == pb.speaker && k != ib {
            let n = (shared(p), reports_a_claim(p));
            if n > best.0 {
                best = (n, k);
            }
        }
    }
    best.1
}

/// Nouns for a charge laid against the speaker ("the allegations were
/// false", "rejected the accusations"): the charge as the accuser first
/// told it, not the accuser's latest remark.
const ACCUSATION_NOUNS: &[&str] = &[
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "claims",
];

/// Does the passage (or its cue) point at a charge laid against its
/// speaker ("said the allegations were false")?
fn points_at_accusation(text: &str, p: &Passage) -> bool {
    claim_pointed_at(text, p).is_some_and(|n| ACCUSATION_NOUNS.contains(&n.as_str()))
}

/// Does a bare stance's sentence name the charge it answers ("Okafor
/// rejected the allegations outright.")?
fn stance_points_at_accusation(text: &str, sentences: &[Sentence], st: &Stance) -> bool {
    let Some(sentence) = sentences.get(st.sentence) else {
        return false;
    };
    let lower = sentence.span.slice(text).to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|w| {
        matches!(w[0], "the" | "these" | "those" | "such") && ACCUSATION_NOUNS.contains(&w[1])
    })
}

/// Of the passages within reach by the target's side (the target's
/// speaker, or anyone who speaks for it or for whom it speaks), the one
/// sharing the most content words with the denial; on a tie a reported
/// claim, then the earliest: the charge as first told.
fn first_telling_of_accusation(
    text: &str,
    speakers: &[Speaker],
    passages: &[Option<Passage>],
    ia: usize,
    ib: usize,
    pa: &Passage,
) -> usize {
    let Some(pb) = passages[ib].as_ref() else {
        return ib;
    };
    let words_a = words_besides_claim_nouns(text, pa);
    let mut best = (
        (
            content_words(pb.quote.span.slice(text))
                .intersection(&words_a)
                .count(),
            true,
            reports_a_claim(pb),
        ),
        ib,
    );
    for k in earlier(ia) {
        let Some(p) = passages[k].as_ref() else {
            continue;
        };
        if pa.sentence.paragraph > p.sentence.paragraph + SUBJECT_WINDOW_PARAGRAPHS {
            break;
        }
        if p.speaker == pa.speaker || same_side(speakers, p.speaker, pa.speaker) {
            continue;
        }
        let side = p.speaker == pb.speaker || same_side(speakers, p.speaker, pb.speaker);
        let shared = content_words(p.quote.span.slice(text))
            .intersection(&words_a)
            .count();
        // ("Corvale denied the allegations … every member of staff had
        // completed chemical-handling training": another accuser's charge
        // when it is the one the words answer.)
        if !side && shared < MIN_SHARED_WITH_ANOTHER_ACCUSER {
            continue;
        }
        let n = (shared, side, reports_a_claim(p));
        // (Read backwards: an equal one further back is told first.)
        if n >= best.0 {
            best = (n, k);
        }
    }
    best.1
}

/// Does the passage deny or dispute with a demonstrative subject and
/// nothing after the cue ("That is simply not true", "It's false.",
/// "that was not accurate"), so that it answers what was just said?
fn answers_what_was_just_said(text: &str, p: &Passage, cue: &str) -> bool {
    const MAX_WORDS_BEFORE_CUE: usize = 4;
    let passage = p.quote.span.slice(text).to_lowercase().replace('’', "'");
    let passage = passage.trim_start_matches(|c: char| !c.is_alphanumeric());
    let opens_with_demonstrative = ["that", "this", "it", "that's", "it's", "this's"]
        .iter()
        .any(|w| {
            passage
                .strip_prefix(w)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        });
    let Some(at) = passage.find(cue) else {
        return false;
    };
    let before = passage[..at].split_whitespace().count();
    let rest = passage[at + cue.len()..].trim_start();
    opens_with_demonstrative
        && before <= MAX_WORDS_BEFORE_CUE
        && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// Does the passage point at a figure with a demonstrative ("We do not
/// recognise that number"), `claim_noun` being the noun it points at?
fn points_at_figure_just_given(text: &str, pa: &Passage, claim_noun: Option<&str>) -> bool {
    claim_noun.is_some_and(|noun| {
        FIGURE_NOUNS.contains(&noun) && {
            let said = pa.quote.span.slice(text).to_lowercase();
            ["that", "this", "those", "these"]
                .iter()
                .any(|d| said.contains(&format!("{d} {noun}")))
        }
    })
}

/// Does the cue, in the passage's sentence before the passage, take a bare
/// demonstrative for its object ("disputed that, saying …", "denied this:
/// …"), so that it answers the claim just made?
fn cue_takes_demonstrative(text: &str, sentence: &Sentence, p: &Passage, cue: &str) -> bool {
    let start = sentence.span.start.min(p.quote.span.start);
    let before = text.get(start..p.quote.span.start).unwrap_or("");
    let Some(at) = before.rfind(cue) else {
        return false;
    };
    let opens_word = before[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    let rest = before[at + cue.len()..].trim_start();
    opens_word
        && ["that", "this", "it"].iter().any(|d| {
            rest.strip_prefix(d)
                .is_some_and(|after| after.starts_with([',', '.', ';', ':', '—', '–']))
        })
}

/// Does the passage's sentence, before the passage, point at a claim with a
/// demonstrative ("rejected that explanation, insisting …", "disputed
/// this account"): one just made? ("took issue with that figure" points at
/// a figure, which may have been given further back.)
fn points_at_claim_just_made(text: &str, p: &Passage) -> bool {
    let start = p.sentence.span.start.min(p.quote.span.start);
    let before = text.get(start..p.quote.span.start).unwrap_or("");
    // ("called that claim “simply false”": the noun may open the passage.)
    let opening = p
        .quote
        .span
        .slice(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .find(|w| !w.is_empty());
    let mut previous = "";
    for word in before
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .chain(opening)
    {
        let demonstrative = ["this", "that", "these", "those"]
            .iter()
            .any(|d| previous.eq_ignore_ascii_case(d));
        let noun = word.to_lowercase();
        if demonstrative
            && LEXICONS.claim_nouns.contains(noun.as_str())
            && !FIGURE_NOUNS.contains(&noun.as_str())
        {
            return true;
        }
        previous = word;
    }
    false
}

/// The claim noun the passage (or the cue before it) points at with a
/// definite noun phrase ("the numbers", "these claims"), lowercase.
fn claim_pointed_at(text: &str, p: &Passage) -> Option<String> {
    let verb = p.quote.cue.as_deref().unwrap_or("");
    // "took issue with that figure, saying …": a participle's claim is
    // named in the clause before it.
    let main_clause = if verb.ends_with("ing") {
        let start = p.sentence.span.start.min(p.quote.span.start);
        text.get(start..p.quote.span.start).unwrap_or("")
    } else {
        ""
    };
    let words: Vec<String> = format!("{main_clause} {verb} {}", p.quote.span.slice(text))
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "a number she made up": an indefinite figure noun with its maker
    // (not "a number of people").
    let indefinite_figure = words
        .windows(3)
        .find(|w| w[0] == "a" && FIGURE_NOUNS.contains(&w[1].as_str()) && w[2] != "of");
    if let Some(w) = indefinite_figure {
        return Some(w[1].clone());
    }
    // "This is a story built on rumour": a demonstrative subject called a
    // claim.
    let called_a_claim = words.windows(4).find(|w| {
        matches!(w[0].as_str(), "this" | "that" | "it")
            && matches!(w[1].as_str(), "is" | "was")
            && matches!(w[2].as_str(), "a" | "an")
            && LEXICONS.claim_nouns.contains(w[3].as_str())
    });
    if let Some(w) = called_a_claim {
        return Some(w[3].clone());
    }
    // "said that figure was wrong": the "that" before the passage points.
    let after_that = text.get(..p.quote.span.start).is_some_and(|before| {
        let before = before.trim_end().as_bytes();
        before.len() > 5 && before[before.len() - 5..].eq_ignore_ascii_case(b" that")
    });
    if after_that
        && let Some(first) = words.get(1)
        && LEXICONS.claim_nouns.contains(first.as_str())
    {
        return Some(first.clone());
    }
    let determiner = |w: &str| {
        matches!(
            w,
            "the" | "these" | "those" | "this" | "that" | "such" | "its" | "their" | "his" | "her"
        ) || w.ends_with("'s")
            || w.ends_with("’s")
    };
    words
        .windows(2)
        .find(|w| determiner(&w[0]) && LEXICONS.claim_nouns.contains(w[1].as_str()))
        .map(|w| w[1].clone())
}

/// The common noun that owns the claim a passage points at ("The union's
/// claim is false" → "union", "the regulator’s figures" → "regulator"). A
/// capitalised owner is a name, found by [`named_party`]; "it's", "that's"
/// own nothing.
fn claim_owner(text: &str, p: &Passage) -> Option<String> {
    let verb = p.quote.cue.as_deref().unwrap_or("");
    let passage = format!("{verb} {}", p.quote.span.slice(text)).replace('’', "'");
    let words: Vec<&str> = passage
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let owner = w[0].strip_suffix("'s")?;
        let noun = w[1].to_lowercase();
        let claim =
            LEXICONS.claim_nouns.contains(noun.as_str()) || FIGURE_NOUNS.contains(&noun.as_str());
        let common = owner.chars().next().is_some_and(char::is_lowercase)
            && !matches!(
                owner,
                "it" | "that" | "there" | "what" | "he" | "she" | "who" | "here" | "let"
            );
        (claim && common && owner.len() > 2).then(|| owner.to_owned())
    })
}

/// Does a passage open with the owner as its subject ("the union had gone
/// through the triage log"): its speaker tells what the owner did?
fn speaks_as(text: &str, p: &Passage, owner: &str) -> bool {
    let passage = p.quote.span.slice(text);
    let rest = passage
        .get(..4)
        .filter(|the| the.eq_ignore_ascii_case("the "))
        .and_then(|_| passage.get(4..))
        .unwrap_or(passage);
    rest.get(..owner.len())
        .is_some_and(|w| w.eq_ignore_ascii_case(owner))
        && rest
            .get(owner.len()..)
            .is_some_and(|after| after.starts_with(' '))
}

/// Does a passage give a figure: a digit, or a fraction or count in words
/// ("had risen by a third", "a dozen complaints")?
fn gives_figure(passage: &str) -> bool {
    const FIGURE_WORDS: &[&str] = &[
        "half",
        "third",
        "quarter",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "doubled",
        "tripled",
        "halved",
    ];
    passage.bytes().any(|b| b.is_ascii_digit())
        || passage
            .split(|c: char| !c.is_alphabetic())
            .any(|w| FIGURE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Claim nouns for figures: "the numbers were inaccurate" answers a passage
/// that gives numbers.
const FIGURE_NOUNS: &[&str] = &[
    "numbers",
    "number",
    "figures",
    "figure",
    "count",
    "tally",
    "toll",
    "estimate",
    "statistics",
    "data",
];

/// Does a sentence point at figures with a definite noun phrase ("disputed
/// the figures", "rejected those numbers")?
fn names_figures(sentence: &str) -> bool {
    let mut previous = String::new();
    for word in sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        if matches!(
            previous.as_str(),
            "the" | "these" | "those" | "its" | "their"
        ) && FIGURE_NOUNS.contains(&word.as_str())
        {
            return true;
        }
        previous = word;
    }
    false
}

/// The lowercase words just after the numbers of a passage ("injuries" in
/// "had recorded 19 injuries"): what it counts.
fn counted_nouns(passage: &str) -> Vec<String> {
    let words: Vec<&str> = passage
        .split(|c: char| !(c.is_alphanumeric() || c == ',' || c == '.'))
        .map(|w| w.trim_end_matches([',', '.']))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|w| w[0].starts_with(|c: char| c.is_ascii_digit()))
        .map(|w| w[1].to_lowercase())
        .filter(|n| n.len() > 3 && n.ends_with('s'))
        .collect()
}

/// Negation words with which a party answers what was said of it.
const ANSWER_NEGATIONS: &[&str] = &["no", "not", "never", "nobody", "nothing", "none"];

/// "The Ledger reported that the minister had ordered staff to delete
/// emails." — "“No one was asked to delete anything,” the minister said.":
/// a negated passage by the party the claim just before is about, on the
/// same subject, denies it. Returns the claim's passage.
fn accused_answers(
    text: &str,
    speakers: &[Speaker],
    passages: &[Option<Passage>],
    ia: usize,
    pa: &Passage,
) -> Option<usize> {
    const MIN_NAME_LETTERS: usize = 4;
    let speaker = speakers.get(pa.speaker.0)?;
    // A group ("senators") is named in too many claims it does not answer.
    if speaker.kind == super::model::SpeakerKind::Group {
        return None;
    }
    let said = pa.quote.span.slice(text);
    let words: Vec<&str> = said
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let negation = |w: &str| {
        ANSWER_NEGATIONS.iter().any(|n| w.eq_ignore_ascii_case(n))
            || w.ends_with("n't")
            || w.ends_with("n’t")
    };
    // ("I don't think it should be done": an opinion, not a denial.)
    let opinion = words.windows(2).any(|w| {
        negation(w[0])
            && ["think", "believe", "feel", "want"]
                .iter()
                .any(|v| w[1].eq_ignore_ascii_case(v))
    });
    if opinion || !words.iter().any(|w| negation(w)) {
        return None;
    }
    let ib = nearest_by(passages, ia, |p| {
        pa.sentence.paragraph <= p.sentence.paragraph + CHAIN_WINDOW_PARAGRAPHS
            && p.speaker != pa.speaker
            && !same_side(speakers, p.speaker, pa.speaker)
    })?;
    let pb = passages[ib].as_ref()?;
    let claim = pb.quote.span.slice(text).to_lowercase().replace('’', "'");
    let about_speaker = std::iter::once(&speaker.name)
        .chain(&speaker.aliases)
        .map(|n| {
            let n = n.to_lowercase().replace('’', "'");
            n.strip_prefix("the ").map(str::to_owned).unwrap_or(n)
        })
        .filter(|n| n.len() >= MIN_NAME_LETTERS)
        .any(|n| {
            claim.match_indices(n.as_str()).any(|(at, _)| {
                let before = claim[..at].chars().next_back();
                let after = claim[at + n.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        });
    let shared = || {
        content_words(said)
            .intersection(&content_words(&claim))
            .count()
    };
    (about_speaker && shared() >= 1).then_some(ib)
}

/// Records the denial of an accused party's answer ([`accused_answers`]).
fn push_answer(
    text: &str,
    speakers: &[Speaker],
    passages: &[Option<Passage>],
    (ia, ib): (usize, usize),
    out: &mut Vec<Contradiction>,
) {
    let (Some(pa), Some(pb)) = (passages[ia].as_ref(), passages[ib].as_ref()) else {
        return;
    };
    if already_linked(out, ia, ib) {
        return;
    }
    out.push(Contradiction {
        a: QuoteId(ia),
        b: QuoteId(ib),
        kind: ContradictionKind::Denial,
        explanation: explain(speakers, ContradictionKind::Denial, pa, pb, text),
        cue: "answers with a negation".to_owned(),
        confidence: 0.5,
    });
}

/// True when one speaker speaks for the other.
fn same_side(speakers: &[Speaker], a: SpeakerId, b: SpeakerId) -> bool {
    let aff = |s: SpeakerId| speakers.get(s.0).and_then(|sp| sp.affiliation);
    let heads = |p: SpeakerId, o: SpeakerId| {
        speakers
            .get(p.0)
            .zip(speakers.get(o.0))
            .is_some_and(|(p, o)| heads_ministry(p, o))
    };
    aff(a) == Some(b)
        || aff(b) == Some(a)
        || (aff(a).is_some() && aff(a) == aff(b))
        || heads(a, b)
        || heads(b, a)
}

/// Does a minister speak for the ministry ("Housing Minister Rosalind
/// Akers" and "the ministry" or "Ministry of Housing")?
fn heads_ministry(person: &Speaker, organisation: &Speaker) -> bool {
    // (Asked for every pair of passages compared: no allocation.)
    let Some(role) = person.role.as_deref() else {
        return false;
    };
    let name = organisation.name.as_str();
    // ("Health Secretary Jo Hale" and "the Department of Health".)
    let heads = role.ends_with("inister") || role.ends_with("ecretary");
    if !heads || !(name.contains("inistry") || name.contains("epartment")) {
        return false;
    }
    let mut portfolio = role
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("minister") && !w.eq_ignore_ascii_case("secretary"))
        .peekable();
    name.eq_ignore_ascii_case("the ministry")
        || name.eq_ignore_ascii_case("the department")
        || portfolio.peek().is_none()
        || portfolio.any(|w| name.split_whitespace().any(|n| n.eq_ignore_ascii_case(w)))
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
    let claim = excerpt(pb.quote.span.slice(text), EXCERPT_WORDS);
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
/// How many words of a passage an explanation quotes.
pub(super) const EXCERPT_WORDS: usize = 14;
/// How many words of a passage a longer explanation quotes.
pub(super) const LONG_EXCERPT_WORDS: usize = 80;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Gender, SpeakerKind};

    fn speaker(name: &str, kind: SpeakerKind) -> Speaker {
        Speaker {
            name: name.to_owned(),
            kind,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            gender: Gender::Unknown,
        }
    }

    #[test]
    fn a_counter_with_a_determiner_is_a_thing() {
        fn words(s: &str) -> Vec<Cow<'_, str>> {
            s.split(' ').map(Cow::Borrowed).collect()
        }
        let stop = words("told to stop using their clicker counters");
        assert!(!cue_word_counts(&stop, stop.len() - 1));
        let own = words("the union counters that the figure is wrong");
        assert!(cue_word_counts(&own, 2));
    }

    #[test]
    fn a_named_party_is_one_quoted_before_when_the_name_fits_several() {
        let text = "Doshi rejected the police figure as a joke.";
        let speakers = vec![
            speaker("City police", SpeakerKind::Group),
            speaker("Ravi Doshi", SpeakerKind::Person),
            speaker("police", SpeakerKind::Group),
        ];
        let span = Span::new(0, text.len());
        let named = |spoke_before: &dyn Fn(SpeakerId) -> bool| {
            named_party(
                text,
                span,
                &speakers,
                &OnceCell::new(),
                SpeakerId(1),
                spoke_before,
            )
        };
        // "police", quoted only later, fits the name best…
        assert_eq!(named(&|_| false), Some(SpeakerId(2)));
        // …but the police who gave a figure before are the party named.
        assert_eq!(named(&|s| s == SpeakerId(0)), Some(SpeakerId(0)));
    }
}
