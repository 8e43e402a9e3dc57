//! Who says what: turning each sentence's cues and quotations into quotes.
//!
//! For every sentence the cues are read ([`super::cues`]); each cue claims
//! content: the quotations or the reported clause before it ("…, X said")
//! or after it ("X said that …", "According to X, …"). Quotations that no
//! cue claims float: they continue the speaker of the quotation before them.

use super::content::{
    adjacent_quote_before, after_cluster, content_of, cue_text, descriptor_start, leading_skip,
    pieces, split_around_cue, truncate_at_inner_cue, with_parenthetical_rest,
};
use super::cues::{self, Cue};
use super::frame::{self, Item};
use super::marks::Quotation;
use super::mentions::{Mention, MentionForm, Pronoun};
use super::model::{ContradictionKind, QuoteKind, SpeakerId};
use super::progress::Progress;
use super::segment::Sentence;
use super::speakers::{Resolved, SpeakerBook};
use crate::document::{Document, ParagraphKind, Span};

/// The fewest words an unattributed quotation needs (fewer: scare quotes).
const MIN_FLOATING_WORDS: usize = 4;

/// A quote found, before it is numbered.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The quoted or reported words.
    pub span: Span,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The speaker, if found.
    pub speaker: Option<SpeakerId>,
    /// The cue words.
    pub cue: Option<String>,
    /// Confidence in the speaker.
    pub confidence: f32,
    /// Why this speaker.
    pub reason: String,
    /// Index of the sentence it comes from.
    pub sentence: usize,
    /// The quotations it contains.
    pub quotations: Vec<usize>,
}

/// A denial or dispute with no reported words of its own ("Laura Findlay,
/// the hospital's chief executive, denied it."): what its speaker says next
/// denies what was claimed just before.
#[derive(Debug, Clone, PartialEq)]
pub struct Stance {
    /// Who denies.
    pub speaker: SpeakerId,
    /// Index of the sentence.
    pub sentence: usize,
    /// The denying verb as written ("denied").
    pub cue: String,
    /// Denial or dispute.
    pub kind: ContradictionKind,
}

/// What a pass over the document finds: the quotes, and the bare denials.
#[derive(Debug, Default)]
pub struct Attributed {
    /// The quotes, in document order.
    pub found: Vec<Found>,
    /// Denials without reported words, in document order.
    pub stances: Vec<Stance>,
}

/// A speaker introduced by a sentence without content ("She said:"), with its cue.
type Introduction = (Resolved, String);

/// The state of one pass over the document's sentences.
struct Pass<'a> {
    text: &'a str,
    quotations: &'a [Quotation],
    book: &'a mut SpeakerBook,
    found: Vec<Found>,
    stances: Vec<Stance>,
    claimed: Vec<bool>,
    /// Set by a sentence that introduces the next quotation.
    intro: Option<Introduction>,
    /// People the current sentence names outside its speaker phrases.
    named: Vec<super::names::NamedPerson>,
    /// Roles the current sentence refers back to ("the mayor").
    roles: Vec<String>,
    /// A role the current sentence introduces as its subject ("A senior
    /// government official, speaking on condition of anonymity, offered …"):
    /// the role and the words that describe it.
    introduced: Option<(String, String)>,
}

/// The most words a first line standing as a headline has.
const HEADLINE_MAX_WORDS: usize = 25;

/// How the reason for a headline's attribution starts.
const HEADLINE_REASON: &str = "headline: ";

/// How sure a headline's shorthand attribution can be.
const HEADLINE_CONFIDENCE: f32 = 0.7;

/// Attributes every sentence of the document.
pub fn attribute(
    doc: &Document,
    quotations: &[Quotation],
    sentences: &[Sentence],
    book: &mut SpeakerBook,
    progress: &Progress,
) -> Option<Attributed> {
    let mut pass = Pass {
        text: &doc.text,
        quotations,
        book,
        found: Vec::new(),
        stances: Vec::new(),
        claimed: vec![false; quotations.len()],
        intro: None,
        named: Vec::new(),
        roles: Vec::new(),
        introduced: None,
    };
    pass.headline(doc);
    let mut items = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        if si % PROGRESS_EVERY == 0 {
            if progress.is_cancelled() {
                return None;
            }
            progress.set_within(0.1, 0.85, si, sentences.len());
        }
        let pending_intro = pass.intro.take();
        frame::items_into(&mut items, &doc.text, sentence, quotations);
        pass.cues(si, &items);
        pass.unclaimed(si, &items, pending_intro.as_ref());
        pass.note_document(si, sentence);
        if let Some(office) = office_opening(&doc.text, &items) {
            pass.book.note_subject_organisation(office);
        }
        for person in std::mem::take(&mut pass.named) {
            pass.book.note_person(&person);
        }
        for role in std::mem::take(&mut pass.roles) {
            pass.book.note_role(&role);
        }
        if let Some((role, described)) = pass.introduced.take() {
            pass.book.note_introduced_role(role, described);
        }
    }
    let mut found = std::mem::take(&mut pass.found);
    for (described, named) in pass.book.described_before_named() {
        for f in &mut found {
            if f.speaker == Some(described) {
                f.speaker = Some(named);
            }
        }
        for st in &mut pass.stances {
            if st.speaker == described {
                st.speaker = named;
            }
        }
    }
    // A headline read as a sentence too keeps the sentence's reading.
    if let Some(first) = found.first()
        && first.reason.starts_with(HEADLINE_REASON)
        && found[1..].iter().any(|f| f.span.overlaps(first.span))
    {
        found.remove(0);
    }
    found.sort_by_key(|f| (f.span.start, f.span.end));
    super::floating::resolve_floating(doc, quotations, sentences, &mut found);
    Some(Attributed {
        found,
        stances: pass.stances,
    })
}

/// Sentences between two progress reports (and checks for cancelling).
const PROGRESS_EVERY: usize = 256;

impl Pass<'_> {
    /// "X said in a report published on Thursday that …": the document the
    /// sentence's speaker issued, for "The report also said" later.
    fn note_document(&mut self, si: usize, sentence: &Sentence) {
        let in_sentence = || self.found.iter().rev().take_while(|f| f.sentence == si);
        let Some(speaker) = in_sentence().find_map(|f| f.speaker) else {
            return;
        };
        let quoted: Vec<Span> = in_sentence().map(|f| f.span).collect();
        if let Some(noun) = super::documents::issued_in(self.text, sentence.span, &quoted) {
            self.book.note_document(noun, speaker);
        }
    }

    /// "Sanders: Clinton needs to …", "De Blasio says …": the headline's
    /// attribution, read before the body (which introduces the speaker).
    fn headline(&mut self, doc: &Document) {
        // The title, or a short first line standing as one.
        let Some(title) = doc
            .paragraphs
            .iter()
            .find(|p| p.kind == ParagraphKind::Title)
            .or_else(|| {
                doc.paragraphs.first().filter(|p| {
                    let line = p.span.slice(self.text);
                    doc.paragraphs.len() > 1
                        && !line.contains('\n')
                        && line.split_whitespace().count() <= HEADLINE_MAX_WORDS
                })
            })
        else {
            return;
        };
        let Some(found) = super::headline::find(self.text, title.span) else {
            return;
        };
        let Some(resolved) = self
            .book
            .resolve(&found.mention, found.mention.span.slice(self.text))
        else {
            return;
        };
        self.found.push(Found {
            span: found.content,
            kind: QuoteKind::Indirect,
            speaker: Some(resolved.speaker),
            cue: Some(found.cue),
            confidence: resolved.confidence.min(HEADLINE_CONFIDENCE),
            reason: format!("{HEADLINE_REASON}{}", resolved.reason),
            sentence: 0,
            quotations: Vec::new(),
        });
    }

    /// Notes the people the sentence names and attributes what its cues claim.
    fn cues(&mut self, si: usize, items: &[Item]) {
        let text = self.text;
        let cues = cues::find(text, items);
        self.book.begin_sentence();
        let mut speaking: Vec<(usize, usize)> = Vec::new(); // speaker phrases that claimed content
        // Attributions that close the sentence ("…, X said.") own what comes before.
        // ("She said 61 spills came on dry days, according to Met Office
        // records": the records are her source, not the speaker.)
        let verb_before = |c: &Cue| {
            cues.iter().any(|o| {
                !o.according
                    && o.verb < c.verb
                    && matches!(
                        frame::lower(text, items, o.verb).as_str(),
                        "said" | "says" | "told"
                    )
            })
        };
        let keys: Vec<(u8, usize)> = cues
            .iter()
            .map(|c| {
                let p = priority(text, items, c);
                (
                    if c.according && p == 1 && verb_before(c) {
                        2
                    } else {
                        p
                    },
                    c.verb,
                )
            })
            .collect();
        let mut keyed: Vec<((u8, usize), Cue)> = keys.into_iter().zip(cues).collect();
        keyed.sort_by_key(|(key, _)| *key);
        let cues: Vec<Cue> = keyed.into_iter().map(|(_, cue)| cue).collect();
        let mut taken: Vec<(usize, usize)> = Vec::new(); // item ranges already used
        let overlaps = |taken: &[(usize, usize)], r: (usize, usize)| {
            taken.iter().any(|&(a, b)| r.0 < b && a < r.1)
        };
        for cue in &cues {
            let cluster = (cue.first(), cue.last());
            if overlaps(&taken, cluster) {
                continue;
            }
            let Some(content) = content_of(text, items, cue) else {
                self.note_stance(si, items, cue);
                if introduces(text, items, cue)
                    && let Some(resolved) = self
                        .book
                        .resolve(&cue.mention, cue.mention.span.slice(text))
                {
                    self.intro = Some((resolved, cue_text(text, items, cue)));
                }
                continue;
            };
            // Another cue with its own speaker inside the content ends it there
            // ("…, though she noted …"), and that cue takes what follows.
            let content = truncate_at_inner_cue(text, items, &cues, cue, content);
            if content.0 >= content.1 || overlaps(&taken, content) {
                // "X denied a report in Y that P": P is Y's; X takes a stance.
                self.note_stance(si, items, cue);
                continue;
            }
            let content = with_parenthetical_rest(text, items, cue, content);
            let pieces = pieces(text, items, self.quotations, content, cue);
            let pieces = split_around_cue(text, items, self.quotations, cue, content, pieces);
            if pieces.is_empty() {
                self.note_stance(si, items, cue);
                continue;
            }
            let mention = organisation_it_stands_for(text, items, cue);
            let mention = mention.as_ref().unwrap_or(&cue.mention);
            let Some(resolved) = self.book.resolve(mention, mention.span.slice(text)) else {
                continue;
            };
            // "Skyline Ascents said it would cooperate": a name its own
            // reported words call "it" is an organisation's.
            if let Some((span, _, _)) = pieces.first() {
                self.book.note_called_it(resolved.speaker, span.slice(text));
            }
            let cue_words = cue_text(text, items, cue);
            for (span, kind, qs) in pieces {
                for &q in &qs {
                    self.claimed[q] = true;
                }
                self.found.push(Found {
                    span,
                    kind,
                    speaker: Some(resolved.speaker),
                    cue: Some(cue_words.clone()),
                    confidence: resolved.confidence,
                    reason: resolved.reason.clone(),
                    sentence: si,
                    quotations: qs,
                });
            }
            taken.push((content.0.min(cluster.0), content.1.max(cluster.1)));
            speaking.push(cue.mention_items);
        }
        // People named besides the speakers ("Trudeau denied the story.",
        // "… run by Martin Legere") may be "he" or "she" later; they are noted
        // as mentioned before the speakers, who stay the likelier referents.
        self.named = super::names::people_named(text, items, &speaking);
        self.roles = super::names::roles_named(text, items, &speaking);
        self.introduced = super::names::role_introduced(text, items, &speaking);
    }

    /// Notes a denial cue that reports nothing ("X denied it."), and its speaker.
    fn note_stance(&mut self, si: usize, items: &[Item], cue: &Cue) {
        if cue.according || cue.info.quote_only {
            return;
        }
        let verb = frame::lower(self.text, items, cue.verb);
        let Some(kind) = super::lexicons::LEXICONS
            .contradiction_cues
            .iter()
            .find(|(_, words)| words.len() == 1 && *words[0] == *verb)
            .map(|(kind, _)| *kind)
        else {
            return;
        };
        let Some(resolved) = self
            .book
            .resolve(&cue.mention, cue.mention.span.slice(self.text))
        else {
            return;
        };
        self.stances.push(Stance {
            speaker: resolved.speaker,
            sentence: si,
            cue: cue_text(self.text, items, cue),
            kind,
        });
    }

    /// Quotations in this sentence that no cue claimed: attributed by a colon
    /// introduction or the sentence before, else left for [`super::floating`].
    fn unclaimed(&mut self, si: usize, items: &[Item], pending_intro: Option<&Introduction>) {
        let text = self.text;
        let whole_sentence = items.iter().filter(|i| i.is_word()).count() == 0;
        for (k, item) in items.iter().enumerate() {
            let Item::Quote(q) = *item else { continue };
            let quotation = &self.quotations[q];
            let words = quotation.word_count(text);
            if self.claimed[q]
                || (words < MIN_FLOATING_WORDS && !whole_sentence)
                || words < 2
                || is_title_case(quotation.inner.slice(text))
            {
                continue;
            }
            self.claimed[q] = true;
            // "Martell, the addictions doctor, is more blunt: “…”": the subject
            // of a sentence that introduces the quotation with a colon.
            let colon_subject = if k > 0 && items[k - 1].is_punct(':') {
                cues::phrase_after(text, items, leading_skip(text, items)).and_then(|(_, m)| {
                    self.book
                        .resolve(&m, m.span.slice(text))
                        .map(|r| (r, ":".to_owned()))
                })
            } else {
                None
            };
            let (speaker, cue, confidence, reason) = match colon_subject.as_ref().or(pending_intro)
            {
                Some((r, cue)) => (
                    Some(r.speaker),
                    Some(cue.clone()),
                    r.confidence * 0.9,
                    format!("introduced by the sentence before ({})", r.reason),
                ),
                None => (None, None, 0.0, String::new()),
            };
            self.found.push(Found {
                span: quotation.inner.trimmed(text),
                kind: QuoteKind::Direct,
                speaker,
                cue,
                confidence,
                reason,
                sentence: si,
                quotations: vec![q],
            });
        }
    }
}

/// "The federation issued a statement in which it denied that …": an "it"
/// in a relative clause stands for the organisation that opens the
/// sentence, its subject.
fn organisation_it_stands_for(text: &str, items: &[Item], cue: &Cue) -> Option<Mention> {
    let at = cue.mention_items.0;
    if cue.mention.form != MentionForm::Pronoun(Pronoun::It)
        || at < 2
        || !matches!(
            frame::lower(text, items, at - 1).as_str(),
            "which" | "where"
        )
    {
        return None;
    }
    let ((_, end), opener) = super::phrases::phrase_after(text, items, 0)?;
    let organisation = matches!(
        opener.form,
        MentionForm::Name {
            kind: super::model::SpeakerKind::Organization,
            ..
        }
    );
    (organisation && end < at).then_some(opener)
}

/// True when nothing but punctuation follows the cue and the sentence ends with a colon.
fn introduces(text: &str, items: &[Item], cue: &Cue) -> bool {
    let rest = &items[after_cluster(text, items, cue).min(items.len())..];
    rest.iter()
        .all(|i| !i.is_word() && !matches!(i, Item::Quote(_)))
        && items.last().is_some_and(|i| i.is_punct(':'))
}

/// Lower is tried first: cues next to quotations, then sentence-final ones.
fn priority(text: &str, items: &[Item], cue: &Cue) -> u8 {
    let first = descriptor_start(text, items, cue.first());
    let before_quote = first > 0 && adjacent_quote_before(items, first);
    let after_quote = matches!(
        items.get(after_cluster(text, items, cue)),
        Some(Item::Quote(_))
    );
    if before_quote || after_quote {
        0
    } else if cue.first() > 0 && items[cue.first() - 1].is_punct(',') {
        1
    } else {
        2
    }
}

/// "The Kid Who Would Be King": a quoted title, not speech.
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let small = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "or"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "by"
        )
    };
    let punctuated = s.trim_end().ends_with([',', '.', '!', '?']);
    (words.len() >= 3 || (words.len() == 2 && !punctuated))
        && words.iter().filter(|w| !small(w)).count() >= 2
        && words.iter().all(|w| {
            small(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// "The commissioner’s office responded within hours.": a sentence that
/// opens with someone's office and goes on with a verb of its own names the
/// body a bare "it said" next stands for ("In a statement, it said …").
fn office_opening(text: &str, items: &[Item]) -> Option<String> {
    let word = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .filter(|t| t.is_word())
    };
    let (the, owner, office, verb) = (word(0)?, word(1)?, word(2)?, word(3)?);
    let owner_text = owner.text(text);
    let possessive = owner_text.ends_with("’s") || owner_text.ends_with("'s");
    (the.text(text) == "The"
        && possessive
        && !owner.is_capitalised(text)
        && office.lower(text) == "office"
        && !verb.is_capitalised(text))
    .then(|| format!("the {owner_text} office"))
}
