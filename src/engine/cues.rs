//! Finding reporting cues in a sentence and the speaker phrase at each one.

use super::frame::{Item, lower};
use super::lexicons::{LEXICONS, VerbInfo};
use super::mentions::{self, Mention, is_function_word, is_phrase_word};
use super::tokens::Token;

/// Words that may stand between a speaker and the verb ("Trump also said").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "are",
    "would",
    "will",
    "again",
    "further",
    "recently",
    "once",
    "repeatedly",
    "publicly",
    "privately",
    "earlier",
    "quickly",
    "simply",
    "flatly",
    "firmly",
    "strongly",
    "initially",
    "originally",
    "subsequently",
    "separately",
    "too",
    "only",
    "even",
    "still",
    "on",
    "in",
    "just",
    "already",
    "reportedly",
    "allegedly",
    "had",
    "could",
    "might",
    "may",
    "angrily",
    "calmly",
    "frankly",
    "bluntly",
    "openly",
    "repeatedly",
    "explicitly",
    "vehemently",
    "categorically",
    "emphatically",
    "immediately",
    "swiftly",
    "both",
    "all",
    "each",
    "himself",
    "herself",
    "themselves",
    "itself",
    "similarly",
    "likewise",
    "however",
    "meanwhile",
];

/// One reporting cue: a verb (or "according to") and its speaker phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Item index of the verb (or of "according").
    pub verb: usize,
    /// The verb's properties ("according to" counts as a plain verb).
    pub info: VerbInfo,
    /// True for "according to X".
    pub according: bool,
    /// Item range of the speaker phrase.
    pub mention_items: (usize, usize),
    /// The mention read from that phrase.
    pub mention: Mention,
    /// True when the speaker stands after the verb ("said Peskov").
    pub inverted: bool,
    /// True for a second verb sharing an earlier verb's subject ("… and added").
    pub shared_subject: bool,
}

impl Cue {
    /// First item of the cue cluster (mention and verb).
    pub fn first(&self) -> usize {
        if self.shared_subject {
            return self.verb;
        }
        self.verb.min(self.mention_items.0)
    }

    /// One past the last item of the cluster.
    pub fn last(&self) -> usize {
        let verb_end = self.verb + if self.according { 2 } else { 1 };
        if self.shared_subject {
            return verb_end;
        }
        verb_end.max(self.mention_items.1)
    }
}

/// A cue that is not a verb: a dash or "according to".
fn cue_without_verb(at: usize, range: (usize, usize), mention: Mention, according: bool) -> Cue {
    Cue {
        verb: at,
        shared_subject: false,
        info: VerbInfo {
            quote_only: !according,
            takes_listener: false,
            participle: false,
        },
        according,
        mention_items: range,
        mention,
        inverted: true,
    }
}

/// "“…” — Commissioner Jane Roe": the name after the dash ends the sentence.
fn dash_cue(text: &str, items: &[Item], dash: usize) -> Option<Cue> {
    let (range, mention) = phrase_after(text, items, dash + 1)?;
    (range.1 >= items.len().saturating_sub(1))
        .then(|| cue_without_verb(dash, range, mention, false))
}

/// "according to X".
fn according_cue(text: &str, items: &[Item], at: usize) -> Option<Cue> {
    let (range, mention) = phrase_after(text, items, at + 2)?;
    Some(cue_without_verb(at, range, mention, true))
}

/// All cues in a sentence whose speaker phrase could be read.
pub fn find(text: &str, items: &[Item]) -> Vec<Cue> {
    let mut out = Vec::new();
    for i in 0..items.len() {
        let Some(tok) = items[i].token() else {
            continue;
        };
        // "“…” — Commissioner Jane Roe": a dash after a quotation names its speaker.
        if (tok.is_punct('—') || tok.is_punct('–'))
            && i > 0
            && matches!(items[i - 1], Item::Quote(_))
        {
            out.extend(dash_cue(text, items, i));
            continue;
        }
        let word = tok.text(text).to_lowercase();
        if word == "according" && lower(text, items, i + 1) == "to" {
            out.extend(according_cue(text, items, i));
            continue;
        }
        if tok.is_capitalised(text) {
            continue;
        }
        let Some(info) = LEXICONS.verb(&word) else {
            continue;
        };
        let prev = lower(text, items, i.wrapping_sub(1));
        // "the city's claim of 974", "a report": a determiner or possessive makes it a noun.
        let noun_use = matches!(
            prev.as_str(),
            "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "this"
                | "these"
                | "those"
        ) || prev.ends_with("'s")
            || prev.ends_with("’s");
        if noun_use {
            continue;
        }
        // "as stated by X" is a reference, not a cue; "declined to say" is no speech.
        if prev == "as" || prev == "to" || lower(text, items, i + 1) == "by" {
            continue;
        }
        // "He said … and added …", "…, insisting …": the second verb shares the
        // first one's subject.
        let participle_clause = info.participle && i > 0 && items[i - 1].is_punct(',');
        if (matches!(prev.as_str(), "and" | "but") || participle_clause)
            && let Some(earlier) = out.last().cloned()
        {
            out.push(Cue {
                verb: i,
                info,
                shared_subject: true,
                ..earlier
            });
            continue;
        }
        // After "told" comes the listener, never the speaker ("…, told HuffPost the …").
        let after_quote_or_comma = !info.takes_listener
            && !info.participle
            && i > 0
            && (matches!(items[i - 1], Item::Quote(_)) || items[i - 1].is_punct(','));
        let cue = if after_quote_or_comma {
            phrase_after(text, items, i + 1)
                .map(|p| (p, true))
                .or_else(|| phrase_before(text, items, i).map(|p| (p, false)))
        } else {
            phrase_before(text, items, i).map(|p| (p, false))
        };
        if let Some(((range, mention), inverted)) = cue {
            out.push(Cue {
                verb: i,
                info,
                shared_subject: false,
                according: false,
                mention_items: range,
                mention,
                inverted,
            });
        }
    }
    out
}

fn word_at(text: &str, items: &[Item], i: usize) -> Option<(Token, String)> {
    let t = items.get(i)?.token()?;
    if !t.is_word() {
        return None;
    }
    Some((t, t.text(text).to_string()))
}

/// Can this word be part of a speaker phrase?
fn in_phrase(word: &str, is_cap: bool) -> bool {
    let lower = word.to_lowercase();
    if is_cap {
        return !is_function_word(&lower) || LEXICONS.determiners.contains(lower.as_str());
    }
    is_phrase_word(&lower)
}

/// The speaker phrase ending just before item `verb` (skipping adverbs).
fn phrase_before(text: &str, items: &[Item], verb: usize) -> Option<((usize, usize), Mention)> {
    let mut end = verb;
    // Skip adverbs, auxiliaries and time phrases between subject and verb.
    while end > 0 {
        let w = lower(text, items, end - 1);
        if w.is_empty() && !items[end - 1].is_word() {
            break;
        }
        let cap = items[end - 1]
            .token()
            .is_some_and(|t| t.is_capitalised(text));
        let skippable = (!cap && BETWEEN_SUBJECT_AND_VERB.contains(&w.as_str()))
            || LEXICONS.time_words.contains(w.as_str())
            || (!cap && w.ends_with("ly") && w.len() > 4 && end > 1)
            || w.chars().all(|c| c.is_ascii_digit());
        if !skippable {
            break;
        }
        end -= 1;
    }
    // "Ted Cruz endorses Trump, who says …": the relative pronoun's antecedent.
    if end >= 2 && lower(text, items, end - 1) == "who" && items[end - 2].is_punct(',') {
        return phrase_ending_at(text, items, end - 2);
    }
    // A pronoun right before the verb.
    if end > 0
        && let Some((tok, w)) = word_at(text, items, end - 1)
        && matches!(
            w.to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we" | "i"
        )
    {
        let mention = mentions::parse(text, &[tok])?;
        return Some(((end - 1, end), mention));
    }
    // "Hugh Hill, a doctor at the clinic, said": step over the appositive.
    // "Babatunji Farinloye, 50, says": step over an age.
    if end >= 3
        && items[end - 1].is_punct(',')
        && items[end - 2]
            .token()
            .is_some_and(|t| t.kind == super::tokens::TokenKind::Number)
        && items[end - 3].is_punct(',')
    {
        return phrase_ending_at(text, items, end - 3);
    }
    if end > 0 && items[end - 1].is_punct(',') {
        let comma = end - 1;
        let earlier = (comma.saturating_sub(20)..comma)
            .rev()
            .find(|&k| items[k].is_punct(','))?;
        let first = lower(text, items, earlier + 1);
        // Any verb-free description after a full name: "Amanda Nash, nutrition manager with …, said".
        let after_full_name = earlier >= 2
            && items[earlier - 1]
                .token()
                .is_some_and(|t| t.is_capitalised(text))
            && items[earlier - 2]
                .token()
                .is_some_and(|t| t.is_capitalised(text))
            && items[earlier + 1..comma].iter().all(|i| {
                i.is_word()
                    && LEXICONS
                        .verb(
                            &i.token()
                                .map(|t| t.text(text).to_lowercase())
                                .unwrap_or_default(),
                        )
                        .is_none()
            });
        if after_full_name
            || matches!(first.as_str(), "a" | "an" | "the" | "who" | "which")
            || first.ends_with("'s")
            || first.ends_with("’s")
        {
            let (range, mut mention) = phrase_ending_at(text, items, earlier)?;
            // "Priya Raman, a family doctor at the clinic, said": the appositive gives the role.
            if let mentions::MentionForm::Name {
                role: role @ None, ..
            } = &mut mention.form
            {
                *role = (earlier + 1..comma)
                    .map(|k| lower(text, items, k))
                    .find(|w| LEXICONS.roles.contains_key(w.as_str()));
            }
            return Some((range, mention));
        }
        return None;
    }
    phrase_ending_at(text, items, end).or_else(|| post_modified_source(text, items, end))
}

/// "a source familiar with the talks said", "people close to the minister say":
/// a group or role noun followed by a short lowercase modifier.
fn post_modified_source(
    text: &str,
    items: &[Item],
    end: usize,
) -> Option<((usize, usize), Mention)> {
    let from = end.saturating_sub(7);
    let head = (from..end).rev().find(|&k| {
        let w = lower(text, items, k);
        LEXICONS.groups.contains(w.as_str()) || LEXICONS.roles.contains_key(w.as_str())
    })?;
    let next = lower(text, items, head + 1);
    if !next.ends_with("ed")
        && !matches!(
            next.as_str(),
            "familiar"
                | "close"
                | "with"
                | "in"
                | "at"
                | "from"
                | "of"
                | "who"
                | "involved"
                | "briefed"
                | "knowledgeable"
                | "inside"
                | "near"
        )
    {
        return None;
    }
    if items[head + 1..end].iter().any(|i| !i.is_word()) {
        return None;
    }
    let start = if head > 0
        && LEXICONS
            .determiners
            .contains(lower(text, items, head - 1).as_str())
    {
        head - 1
    } else {
        head
    };
    read(text, items, start, head + 1)
}

/// Is item `i` a capitalised word that can be part of a name?
fn is_name_word(text: &str, items: &[Item], i: usize) -> bool {
    word_at(text, items, i).is_some_and(|(tok, w)| {
        let lower = w.to_lowercase();
        tok.is_capitalised(text)
            && !is_function_word(&lower)
            && !LEXICONS.time_words.contains(lower.as_str())
    })
}

/// Can item `i` join a phrase as a bridge between capitalised words: an unknown
/// lowercase noun ("cartoonist" in "Cambridge cartoonist Andre Campbell"),
/// "and"/"of" inside a name, or a number ("UFCW Local 832").
fn bridges(text: &str, items: &[Item], i: usize, left: usize, right: usize) -> bool {
    let Some(tok) = items.get(i).and_then(|it| it.token()) else {
        return false;
    };
    let w = tok.text(text).to_lowercase();
    let between_names = left < i
        && is_name_word(text, items, left)
        && i < right
        && is_name_word(text, items, right);
    if tok.kind == super::tokens::TokenKind::Number {
        return left < i && is_name_word(text, items, left);
    }
    if !tok.is_word() || tok.is_capitalised(text) || LEXICONS.verb(&w).is_some() {
        return false;
    }
    if matches!(w.as_str(), "and" | "of" | "&" | "the") {
        return between_names;
    }
    !is_function_word(&w) && i < right && is_name_word(text, items, right)
}

/// The longest speaker phrase ending just before item `end`.
fn phrase_ending_at(text: &str, items: &[Item], end: usize) -> Option<((usize, usize), Mention)> {
    let mut start = end;
    while start > 0 {
        let i = start - 1;
        let ok = match word_at(text, items, i) {
            Some((tok, w)) => {
                let lower = w.to_lowercase();
                let cap = tok.is_capitalised(text);
                (in_phrase(&w, cap) && !(cap && LEXICONS.time_words.contains(lower.as_str())))
                    || bridges(text, items, i, i.wrapping_sub(1), i + 1)
            }
            None => bridges(text, items, i, i.wrapping_sub(1), i + 1),
        };
        if !ok || end - i > 12 {
            break;
        }
        start -= 1;
    }
    // Trim leading prepositions that the loop let in.
    while start < end
        && matches!(
            lower(text, items, start).as_str(),
            "of" | "for" | "from" | "by" | "at" | "in" | "with"
        )
    {
        start += 1;
    }
    read(text, items, start, end)
}

/// "a collision expert": an unknown lowercase word (or two) before a role or
/// group noun that ends the phrase.
fn modifies_role_ahead(text: &str, items: &[Item], i: usize) -> bool {
    let Some((tok, w)) = word_at(text, items, i) else {
        return false;
    };
    let lw = w.to_lowercase();
    if tok.is_capitalised(text) || is_function_word(&lw) || LEXICONS.verb(&lw).is_some() {
        return false;
    }
    (i + 1..(i + 3).min(items.len())).any(|k| {
        let head = lower(text, items, k);
        let is_head =
            LEXICONS.roles.contains_key(head.as_str()) || LEXICONS.groups.contains(head.as_str());
        let ends = items.get(k + 1).is_none_or(|n| !n.is_word());
        is_head
            && ends
            && (i + 1..k)
                .all(|m| word_at(text, items, m).is_some_and(|(t, _)| !t.is_capitalised(text)))
    })
}

/// The speaker phrase starting at item `start` ("said Kremlin spokesman Dmitry Peskov").
pub fn phrase_after(text: &str, items: &[Item], start: usize) -> Option<((usize, usize), Mention)> {
    let mut end = start;
    while end < items.len() && end - start < 12 {
        let Some((tok, w)) = word_at(text, items, end) else {
            if bridges(text, items, end, end.wrapping_sub(1), end + 1) {
                end += 1;
                continue;
            }
            break;
        };
        let cap = tok.is_capitalised(text);
        let lw = w.to_lowercase();
        let pronoun =
            end == start && matches!(lw.as_str(), "he" | "she" | "they" | "it" | "we" | "i");
        let ok = pronoun
            || (in_phrase(&w, cap) && !(cap && LEXICONS.time_words.contains(lw.as_str())))
            || bridges(text, items, end, end.wrapping_sub(1), end + 1)
            || modifies_role_ahead(text, items, end);
        if !ok {
            break;
        }
        end += 1;
        if pronoun {
            break;
        }
    }
    // "Campbell's partner, Jason Louth": a role, then the name in apposition.
    let ends_in_role = end > start
        && LEXICONS
            .roles
            .contains_key(lower(text, items, end - 1).as_str());
    if ends_in_role
        && items.get(end).is_some_and(|i| i.is_punct(','))
        && is_name_word(text, items, end + 1)
    {
        let mut k = end + 1;
        while k < items.len() && is_name_word(text, items, k) {
            k += 1;
        }
        let closes = items
            .get(k)
            .is_none_or(|i| i.is_punct(',') || i.is_punct('.'));
        if closes && k - end <= 4 {
            end = k;
        }
    }
    // Trim trailing prepositions and modifiers that end no phrase.
    while end > start
        && matches!(
            lower(text, items, end - 1).as_str(),
            "of" | "for" | "from" | "by" | "at" | "in" | "with" | "the" | "a" | "an"
        )
    {
        end -= 1;
    }
    read(text, items, start, end)
}

fn read(text: &str, items: &[Item], start: usize, end: usize) -> Option<((usize, usize), Mention)> {
    if start >= end || end - start > 12 {
        return None;
    }
    let toks: Vec<Token> = items[start..end]
        .iter()
        .filter_map(|i| i.token())
        .filter(|t| !t.is_punct(','))
        .collect();
    mentions::parse(text, &toks).map(|m| ((start, end), m))
}
