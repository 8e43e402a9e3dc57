//! Who says what: turning each sentence's cues and quotations into quotes.
//!
//! For every sentence the cues are read ([`super::cues`]); each cue claims
//! content: the quotations or the reported clause before it ("…, X said")
//! or after it ("X said that …", "According to X, …"). Quotations that no
//! cue claims float: they continue the speaker of the quotation before them.

use super::cues::{self, Cue};
use super::frame::{self, Item, lower};
use super::marks::Quotation;
use super::model::{QuoteKind, SpeakerId};
use super::segment::Sentence;
use super::speakers::SpeakerBook;
use crate::document::{Document, Span};

/// The fewest words a reported clause needs to count as a quote.
const MIN_REPORTED_WORDS: usize = 3;
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

/// Attributes every sentence of the document.
pub fn attribute(
    doc: &Document,
    quotations: &[Quotation],
    sentences: &[Sentence],
    book: &mut SpeakerBook,
) -> Vec<Found> {
    let text = &doc.text;
    let mut found: Vec<Found> = Vec::new();
    let mut claimed = vec![false; quotations.len()];
    // A speaker introduced without content ("She said:") for the next quotation.
    let mut intro: Option<(crate::engine::speakers::Resolved, String)> = None;
    for (si, sentence) in sentences.iter().enumerate() {
        let pending_intro = intro.take();
        let items = frame::items(text, sentence, quotations);
        let mut cues = cues::find(text, &items);
        // Attributions that close the sentence ("…, X said.") own what comes before.
        cues.sort_by_key(|c| (priority(text, &items, c), c.verb));
        let mut taken: Vec<(usize, usize)> = Vec::new(); // item ranges already used
        for cue in &cues {
            let cluster = (cue.first(), cue.last());
            if taken.iter().any(|&(a, b)| cluster.0 < b && a < cluster.1) {
                continue;
            }
            let Some(content) = content_of(text, &items, cue) else {
                if introduces(text, &items, cue)
                    && let Some(resolved) = book.resolve(&cue.mention, cue.mention.span.slice(text))
                {
                    intro = Some((resolved, cue_text(text, &items, cue)));
                }
                continue;
            };
            // Another cue with its own speaker inside the content ends it there
            // ("…, though she noted …"), and that cue takes what follows.
            let content = truncate_at_inner_cue(text, &items, &cues, cue, content);
            if content.0 >= content.1 {
                continue;
            }
            if taken.iter().any(|&(a, b)| content.0 < b && a < content.1) {
                continue;
            }
            let content = with_parenthetical_rest(text, &items, cue, content);
            let pieces = pieces(text, &items, quotations, content, cue);
            if pieces.is_empty() {
                continue;
            }
            let written = cue.mention.span.slice(text).to_owned();
            let Some(resolved) = book.resolve(&cue.mention, &written) else {
                continue;
            };
            let cue_words = cue_text(text, &items, cue);
            for (span, kind, qs) in pieces {
                for &q in &qs {
                    claimed[q] = true;
                }
                found.push(Found {
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
        }
        // People named in a sentence that quotes no one may be "he" or "she" next.
        if taken.is_empty() {
            for (name, gender) in super::mentions::people_named(text, &items) {
                book.note_person(&name, gender);
            }
        }
        // Quotations in this sentence that no cue claimed.
        for (k, item) in items.iter().enumerate() {
            let Item::Quote(q) = *item else { continue };
            if claimed[q] {
                continue;
            }
            let quotation = &quotations[q];
            let whole_sentence = items.iter().filter(|i| i.is_word()).count() == 0;
            if quotation.word_count(text) < MIN_FLOATING_WORDS && !whole_sentence {
                continue;
            }
            if quotation.word_count(text) < 2 || is_title_case(quotation.inner.slice(text)) {
                continue;
            }
            claimed[q] = true;
            // "Martell, the addictions doctor, is more blunt: “…”": the subject
            // of a sentence that introduces the quotation with a colon.
            let colon_subject = if k > 0 && items[k - 1].is_punct(':') {
                let start = leading_skip(text, &items);
                cues::phrase_after(text, &items, start).and_then(|(_, m)| {
                    book.resolve(&m, m.span.slice(text))
                        .map(|r| (r, ":".to_owned()))
                })
            } else {
                None
            };
            let (speaker, cue, confidence, reason) =
                match colon_subject.as_ref().or(pending_intro.as_ref()) {
                    Some((r, cue)) => (
                        Some(r.speaker),
                        Some(cue.clone()),
                        r.confidence * 0.9,
                        format!("introduced by the sentence before ({})", r.reason),
                    ),
                    None => (None, None, 0.0, String::new()),
                };
            found.push(Found {
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
    found.sort_by_key(|f| (f.span.start, f.span.end));
    resolve_floating(doc, quotations, sentences, &mut found);
    found
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

/// Is there a quotation right before item `i` (only punctuation between)?
fn adjacent_quote_before(items: &[Item], i: usize) -> bool {
    items[..i]
        .iter()
        .rev()
        .find(|it| !it.is_punct(',') && !it.is_punct('—') && !it.is_punct('–') && !it.is_punct('-'))
        .is_some_and(|it| matches!(it, Item::Quote(_)))
}

/// Steps back from a mention over the words that describe it ("University of
/// the Fraser Valley political scientist Hamish Telford"), to the comma or
/// quotation that ends the content before it.
fn descriptor_start(text: &str, items: &[Item], first: usize) -> usize {
    let mut k = first;
    while k > 0 && first - k < 8 {
        let Some(tok) = items[k - 1].token() else {
            break;
        };
        let w = tok.text(text).to_lowercase();
        let word_like = tok.is_word() || tok.kind == super::tokens::TokenKind::Number;
        // "University of the Fraser Valley": small words inside a name are fine.
        let inside_name = matches!(
            w.as_str(),
            "of" | "the" | "and" | "for" | "at" | "on" | "de"
        ) && items
            .get(k)
            .and_then(|i| i.token())
            .is_some_and(|t| t.is_capitalised(text));
        let function =
            !tok.is_capitalised(text) && super::mentions::is_function_word(&w) && !inside_name;
        if !word_like
            || function
            || super::lexicons::LEXICONS.verb(&w).is_some()
            || matches!(w.as_str(), "that" | "which" | "who")
        {
            break;
        }
        k -= 1;
    }
    if k > 0 && k < first && (adjacent_quote_before(items, k) || items[k - 1].is_punct(',')) {
        k
    } else {
        first
    }
}

/// Item index just past the cue, its listener, adverbials and "that".
fn after_cluster(text: &str, items: &[Item], cue: &Cue) -> usize {
    let mut i = cue.last();
    if cue.according {
        // "According to Jean Roe, an economist at …, sales …": skip the appositive.
        if items.get(i).is_some_and(|it| it.is_punct(','))
            && matches!(
                lower(text, items, i + 1).as_str(),
                "a" | "an" | "the" | "who" | "which"
            )
            && let Some(next_comma) =
                (i + 1..items.len().min(i + 16)).find(|&k| items[k].is_punct(','))
        {
            i = next_comma;
        }
        while i < items.len()
            && (items[i].is_punct(',')
                || matches!(
                    lower(text, items, i).as_str(),
                    "however" | "though" | "meanwhile" | "too"
                ))
        {
            i += 1;
        }
        return i;
    }
    // "told journalists", "told the Associated Press": skip the listener.
    if cue.info.takes_listener && !cue.inverted {
        while i < items.len() && items[i].is_word() && lower(text, items, i) != "that" {
            let w = lower(text, items, i);
            if i > cue.last()
                && !(items[i].token().is_some_and(|t| t.is_capitalised(text))
                    || matches!(w.as_str(), "the" | "reporters" | "journalists"))
            {
                break;
            }
            i += 1;
            if i - cue.last() > 5 {
                break;
            }
        }
    }
    loop {
        let w = lower(text, items, i);
        let next = lower(text, items, i + 1);
        if super::mentions::TIME_WORDS.contains(&w.as_str())
            || w == "on" && super::mentions::TIME_WORDS.contains(&next.as_str())
        {
            i += 1;
        } else if matches!(w.as_str(), "in" | "on" | "during" | "at")
            && matches!(
                next.as_str(),
                "a" | "an"
                    | "the"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "twitter"
                    | "facebook"
                    | "instagram"
                    | "social"
            )
        {
            // "in a statement", "on Twitter", "in an interview with CNN"
            let mut j = i + 1;
            while j < items.len()
                && items[j].is_word()
                && j - i < 5
                && !matches!(lower(text, items, j).as_str(), "that")
            {
                j += 1;
            }
            i = j;
        } else if matches!(w.as_str(), "to") && i == cue.last() {
            // "said to reporters"
            let mut j = i + 1;
            while j < items.len()
                && items[j].is_word()
                && j - i < 4
                && lower(text, items, j) != "that"
            {
                j += 1;
            }
            i = j;
        } else if items
            .get(i)
            .is_some_and(|it| it.is_punct(',') || it.is_punct(':'))
            || matches!(w.as_str(), "that" | "however" | "though")
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// The item range of a cue's content, if it has any.
fn content_of(text: &str, items: &[Item], cue: &Cue) -> Option<(usize, usize)> {
    let first = if cue.inverted {
        cue.first()
    } else {
        descriptor_start(text, items, cue.first())
    };
    let before = content_before(text, items, first);
    // A quotation right before the cue is what it attributes: "“…,” X said".
    if before.is_some() && adjacent_quote_before(items, first) {
        return before;
    }
    let mut after = content_after(text, items, cue);
    // "according to people familiar with the bid.": no comma, no content after.
    if cue.according && after.is_some_and(|a| a.0 == 0 || !items[a.0 - 1].is_punct(',')) {
        after = None;
    }
    let words = |r: (usize, usize)| {
        items[r.0..r.1]
            .iter()
            .filter(|i| i.is_word() || matches!(i, Item::Quote(_)))
            .count()
    };
    // "…, X said Monday, two months after …": what follows a comma is circumstance.
    let after_comma = after.is_some_and(|a| a.0 > 0 && items[a.0 - 1].is_punct(','));
    match (before, after) {
        (Some(b), Some(_)) if after_comma => Some(b),
        (_, Some(a)) if words(a) >= MIN_REPORTED_WORDS || matches!(items[a.0], Item::Quote(_)) => {
            Some(a)
        }
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

/// Ends `content` before the first other cue inside it that has its own subject.
fn truncate_at_inner_cue(
    text: &str,
    items: &[Item],
    cues: &[Cue],
    cue: &Cue,
    content: (usize, usize),
) -> (usize, usize) {
    let inner = cues
        .iter()
        .filter(|c| c.verb != cue.verb && !c.inverted)
        .filter(|c| c.first() > content.0 && c.first() < content.1)
        .min_by_key(|c| c.first());
    let Some(inner) = inner else { return content };
    // "dismissing a report in X saying that …": the report's words are X's, not ours.
    if inner.info.participle && !inner.shared_subject {
        return (content.0, content.0);
    }
    let mut end = inner.first();
    if end <= content.0 + MIN_REPORTED_WORDS {
        return content;
    }
    while end > content.0 {
        let w = lower(text, items, end - 1);
        if items[end - 1].is_punct(',')
            || matches!(
                w.as_str(),
                "though" | "although" | "but" | "while" | "and" | "as" | "whereas"
            )
        {
            end -= 1;
        } else {
            break;
        }
    }
    (content.0, end)
}

/// "The museum, Mr. Bush said, celebrated …": content before a parenthetical
/// cue continues after it.
fn with_parenthetical_rest(
    text: &str,
    items: &[Item],
    cue: &Cue,
    content: (usize, usize),
) -> (usize, usize) {
    let cluster_end = cue.last();
    let before = content.1 <= cue.first();
    if !before
        || content.0 >= content.1
        || items[content.0..content.1]
            .iter()
            .any(|i| matches!(i, Item::Quote(_)))
    {
        return content;
    }
    if !items.get(cluster_end).is_some_and(|i| i.is_punct(',')) {
        return content;
    }
    let next = lower(text, items, cluster_end + 1);
    let verb_like = next.ends_with("ing")
        || matches!(
            next.as_str(),
            "adding"
                | "noting"
                | "and"
                | "but"
                | "who"
                | "which"
                | "as"
                | "in"
                | "after"
                | "before"
                | "while"
                | "when"
        );
    let rest = items[cluster_end + 1..]
        .iter()
        .filter(|i| i.is_word())
        .count();
    if verb_like
        || rest < MIN_REPORTED_WORDS
        || items[cluster_end + 1..]
            .iter()
            .any(|i| matches!(i, Item::Quote(_)))
    {
        return content;
    }
    let mut end = items.len();
    while end > cluster_end + 1
        && items[end - 1]
            .token()
            .is_some_and(|t| !t.is_word() && t.kind != super::tokens::TokenKind::Number)
    {
        end -= 1;
    }
    (content.0, end)
}

/// "…, X said": the content from the sentence start to the comma before the cue.
fn content_before(text: &str, items: &[Item], first: usize) -> Option<(usize, usize)> {
    let before_start = leading_skip(text, items);
    if first > before_start
        && (items[first - 1].is_punct(',')
            || adjacent_quote_before(items, first)
            || items[first - 1].is_punct('—'))
    {
        let mut end = first;
        while end > before_start
            && (items[end - 1].is_punct(',')
                || items[end - 1].is_punct('—')
                || items[end - 1].is_punct('–'))
        {
            end -= 1;
        }
        if end > before_start {
            return Some((before_start, end));
        }
    }
    None
}

/// "X said (that) …", "According to X, …": the content after the cue.
fn content_after(text: &str, items: &[Item], cue: &Cue) -> Option<(usize, usize)> {
    let start = after_cluster(text, items, cue);
    let mut end = items.len();
    while end > start
        && items[end - 1]
            .token()
            .is_some_and(|t| !t.is_word() && t.kind != super::tokens::TokenKind::Number)
    {
        end -= 1;
    }
    // Stop at a trailing reference (", as stated by …", ", according to …",
    // ", citing …") or a second reporting verb ("…, and added …").
    for k in start..end {
        let w = lower(text, items, k + 1);
        if items[k].is_punct(',')
            && matches!(w.as_str(), "as" | "according" | "citing" | "which" | "who")
        {
            end = k;
            break;
        }
        if lower(text, items, k) == "and"
            && super::lexicons::LEXICONS
                .verb(&w)
                .is_some_and(|v| !v.quote_only)
            && k > start
        {
            end = if items[k - 1].is_punct(',') { k - 1 } else { k };
            break;
        }
    }
    (end > start).then_some((start, end))
}

/// Items at the start of a sentence that belong to no content ("But", "However,").
fn leading_skip(text: &str, items: &[Item]) -> usize {
    let mut i = 0;
    // A dateline: "OTTAWA — ", "GRAND HAVEN, Mich. — ".
    if let Some(dash) = items
        .iter()
        .take(6)
        .position(|it| it.is_punct('—') || it.is_punct('–'))
        && items[..dash].iter().any(|it| {
            it.token().is_some_and(|t| {
                let w = t.text(text);
                w.len() > 1 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            })
        })
    {
        i = dash + 1;
    }
    while i < items.len() {
        let w = lower(text, items, i);
        if matches!(
            w.as_str(),
            "but" | "and" | "however" | "still" | "yet" | "so" | "meanwhile" | "instead" | "also"
        ) || items[i].is_punct(',')
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Splits a cue's content into quotes: direct quotations, or one reported clause.
fn pieces(
    text: &str,
    items: &[Item],
    quotations: &[Quotation],
    content: (usize, usize),
    cue: &Cue,
) -> Vec<(Span, QuoteKind, Vec<usize>)> {
    let slice = &items[content.0..content.1];
    let quotes: Vec<usize> = slice
        .iter()
        .filter_map(|i| {
            if let Item::Quote(q) = i {
                Some(*q)
            } else {
                None
            }
        })
        .collect();
    let words_outside = slice.iter().filter(|i| i.is_word()).count();
    let that_before = content.0 > 0 && lower(text, items, content.0 - 1) == "that";
    if !quotes.is_empty() && words_outside == 0 {
        let kind = if that_before {
            QuoteKind::Mixed
        } else {
            QuoteKind::Direct
        };
        let mut out: Vec<(Span, QuoteKind, Vec<usize>)> = quotes
            .iter()
            .map(|&q| (quotations[q].inner.trimmed(text), kind, vec![q]))
            .collect();
        // "“…,” she said, “…”": the quotation right after the cue is hers too.
        if content.1 <= cue.first() {
            let mut k = cue.last();
            while k < items.len() && (items[k].is_punct(',') || items[k].is_punct(':')) {
                k += 1;
            }
            if let Some(Item::Quote(q)) = items.get(k) {
                out.push((
                    quotations[*q].inner.trimmed(text),
                    QuoteKind::Direct,
                    vec![*q],
                ));
            }
        }
        return out;
    }
    if cue.info.quote_only && !that_before {
        return Vec::new();
    }
    if content.1 <= cue.first() && cue.according {
        // fine: "…, according to X"
    } else if content.0 >= cue.last() && !takes_clause(text, items, cue, content.0) {
        return Vec::new();
    }
    if words_outside
        + quotes
            .iter()
            .map(|&q| quotations[q].word_count(text))
            .sum::<usize>()
        < MIN_REPORTED_WORDS
    {
        return Vec::new();
    }
    let start = match slice.first() {
        Some(Item::Quote(q)) => quotations[*q].inner.start,
        Some(i) => i.span(quotations).start,
        None => return Vec::new(),
    };
    let end = match slice.last() {
        Some(Item::Quote(q)) => quotations[*q].inner.end,
        Some(i) => i.span(quotations).end,
        None => return Vec::new(),
    };
    let span = Span::new(start, end).trimmed(text);
    let kind = if quotes.is_empty() {
        QuoteKind::Indirect
    } else {
        QuoteKind::Mixed
    };
    vec![(span, kind, quotes)]
}

/// Verbs that take a noun as object as readily as a clause ("denied the
/// allegations", "announced the plan"): their content must look like a clause.
const NOUN_OBJECT_VERBS: &[&str] = &[
    "deny",
    "reject",
    "dismiss",
    "dispute",
    "accuse",
    "vow",
    "promise",
    "praise",
    "criticize",
    "criticise",
    "blast",
    "urge",
    "announce",
    "confirm",
    "acknowledge",
    "admit",
    "reveal",
    "disclose",
    "mention",
    "describe",
    "tout",
    "charge",
    "welcome",
    "emphasize",
    "emphasise",
    "stress",
    "recall",
    "report",
    "post",
    "tweet",
    "write",
    "add",
    "reiterate",
    "indicate",
    "cite",
    "question",
    "predict",
    "estimate",
];

/// Does the content starting at item `start` read as a reported clause?
fn takes_clause(text: &str, items: &[Item], cue: &Cue, start: usize) -> bool {
    let verb = lower(text, items, cue.verb);
    let noun_object = super::lexicons::LEXICONS
        .lemma(&verb)
        .is_some_and(|l| NOUN_OBJECT_VERBS.contains(&l))
        || cue.info.participle;
    let first = lower(text, items, start);
    if first.chars().next().is_some_and(|c| c.is_ascii_digit()) && verb.starts_with("add") {
        return false; // "added 0.4 per cent": markets, not speech
    }
    if !noun_object {
        return true;
    }
    let that_before = start > 0 && lower(text, items, start - 1) == "that";
    that_before
        || matches!(items.get(start), Some(Item::Quote(_)))
        || first.ends_with("ing")
        || matches!(
            first.as_str(),
            "he" | "she" | "they" | "it" | "we" | "i" | "there"
        )
}

/// The cue as written: "told journalists", "according to", "said".
fn cue_text(text: &str, items: &[Item], cue: &Cue) -> String {
    if cue.according {
        return "according to".to_owned();
    }
    let verb = items[cue.verb].span(&[]);
    let mut end = verb.end;
    if cue.info.takes_listener && !cue.inverted {
        let stop = after_cluster(text, items, cue);
        for it in &items[cue.verb + 1..stop.min(items.len())] {
            if it.is_word() && lower(text, std::slice::from_ref(it), 0) != "that" {
                end = it.span(&[]).end;
            } else {
                break;
            }
        }
    }
    Span::new(verb.start, end).slice(text).to_owned()
}

/// Gives unclaimed quotations the speaker of the quotation they continue.
fn resolve_floating(
    doc: &Document,
    quotations: &[Quotation],
    sentences: &[Sentence],
    found: &mut [Found],
) {
    let text = &doc.text;
    let quote_of = |found: &[Found], q: usize| found.iter().position(|f| f.quotations.contains(&q));
    for i in 0..found.len() {
        if found[i].speaker.is_some() {
            continue;
        }
        let para = sentences[found[i].sentence].paragraph;
        // 1. A quotation continued from the paragraph before.
        let continued = found[i]
            .quotations
            .first()
            .and_then(|&q| quotations[q].continues);
        if let Some(prev) = continued.and_then(|c| quote_of(found, c))
            && let Some(sp) = found[prev].speaker
        {
            set_floating(
                found,
                i,
                sp,
                "continues the quotation of the paragraph before",
                0.8,
            );
            continue;
        }
        // 2. The quote before it in the same paragraph, or in the paragraph just before.
        let prev = (0..i).rev().find(|&j| found[j].speaker.is_some());
        if let Some(j) = prev {
            let prev_para = sentences[found[j].sentence].paragraph;
            let same_para = prev_para == para;
            let intro = introduces_quote(doc, &sentences[found[j].sentence]);
            let adjacent = prev_para + 1 == para;
            if same_para || intro || adjacent {
                if let Some(sp) = found[j].speaker {
                    let why = if same_para {
                        "follows a quote by the same speaker in this paragraph"
                    } else {
                        "follows the speaker's quote in the paragraph before"
                    };
                    set_floating(found, i, sp, why, if same_para { 0.8 } else { 0.6 });
                }
                continue;
            }
        }
        // 3. A later quotation in the same paragraph that carries the attribution.
        let next = (i + 1..found.len()).find(|&j| {
            sentences[found[j].sentence].paragraph == para && found[j].speaker.is_some()
        });
        if let Some(j) = next
            && let Some(sp) = found[j].speaker
        {
            set_floating(found, i, sp, "attributed later in the same paragraph", 0.6);
        }
    }
    // A quotation whose continuation is attributed shares that speaker.
    for i in 0..found.len() {
        if found[i].speaker.is_some() {
            continue;
        }
        let later = found.iter().position(|f| {
            f.quotations.iter().any(|&q| {
                quotations[q]
                    .continues
                    .is_some_and(|c| found[i].quotations.contains(&c))
            })
        });
        if let Some(j) = later
            && let Some(sp) = found[j].speaker
        {
            set_floating(
                found,
                i,
                sp,
                "continued in the next paragraph, attributed there",
                0.7,
            );
        }
    }
    let _ = text;
}

/// "…, she said:" or a sentence ending in a colon introduces the next quotation.
fn introduces_quote(doc: &Document, sentence: &Sentence) -> bool {
    sentence.span.slice(&doc.text).trim_end().ends_with(':')
}

fn set_floating(found: &mut [Found], i: usize, speaker: SpeakerId, why: &str, confidence: f32) {
    found[i].speaker = Some(speaker);
    why.clone_into(&mut found[i].reason);
    found[i].confidence = confidence;
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
    words.len() >= 2
        && !s.trim_end().ends_with([',', '.', '!', '?'])
        && words.iter().all(|w| {
            small(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}
