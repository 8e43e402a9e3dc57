//! The analysis being corrected: engine items plus hand-made ones, each with
//! a flag for "still there" and one for "edited by hand", numbered afresh
//! when done ([`Work::finish`]).

use std::collections::BTreeSet;

use super::anchor::QuoteAnchor;
use super::apply::{Dropped, Marks};
use crate::document::Span;
use crate::engine::{
    Analysis, Contradiction, ContradictionId, ContradictionKind, Gender, Quote, QuoteId, QuoteKind,
    Speaker, SpeakerId, SpeakerKind,
};

/// One item of the analysis under correction.
#[derive(Debug, Clone)]
struct Item<T> {
    value: T,
    alive: bool,
    edited: bool,
}

impl<T> Item<T> {
    fn engine(value: T) -> Self {
        Self {
            value,
            alive: true,
            edited: false,
        }
    }

    fn by_hand(value: T) -> Self {
        Self {
            value,
            alive: true,
            edited: true,
        }
    }
}

/// The analysis under correction. Ids are indexes into its own lists.
#[derive(Debug)]
pub(super) struct Work<'a> {
    text: &'a str,
    speakers: Vec<Item<Speaker>>,
    /// True for speakers that had quotes before any correction.
    quoted_before: Vec<bool>,
    quotes: Vec<Item<Quote>>,
    contradictions: Vec<Item<Contradiction>>,
    confirmed: BTreeSet<usize>,
}

impl<'a> Work<'a> {
    /// The engine's analysis of `text`, ready to be corrected.
    pub fn new(text: &'a str, base: &Analysis) -> Self {
        let quoted_before = (0..base.speakers.len())
            .map(|s| base.quotes.iter().any(|q| q.speaker == Some(SpeakerId(s))))
            .collect();
        Self {
            text,
            speakers: base.speakers.iter().cloned().map(Item::engine).collect(),
            quoted_before,
            quotes: base.quotes.iter().cloned().map(Item::engine).collect(),
            contradictions: base
                .contradictions
                .iter()
                .cloned()
                .map(Item::engine)
                .collect(),
            confirmed: BTreeSet::new(),
        }
    }

    /// The article's text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The quote the anchor names: the one at its words, or the one sharing
    /// most of them.
    pub fn quote(&self, anchor: &QuoteAnchor) -> Result<usize, String> {
        let span = anchor
            .locate(self.text)
            .ok_or_else(|| format!("the words {} are not in the article", anchor.short()))?;
        let alive = || self.quotes.iter().enumerate().filter(|(_, q)| q.alive);
        alive()
            .find(|(_, q)| q.value.span == span)
            .or_else(|| {
                alive()
                    .filter(|(_, q)| q.value.span.overlaps(span))
                    .max_by_key(|(_, q)| overlap(q.value.span, span))
            })
            .map(|(i, _)| i)
            .ok_or_else(|| format!("no quote at the words {} any more", anchor.short()))
    }

    /// The speaker with this name (exact, else ignoring case).
    pub fn find_speaker(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        let alive = || self.speakers.iter().enumerate().filter(|(_, s)| s.alive);
        alive()
            .find(|(_, s)| s.value.name == name)
            .or_else(|| alive().find(|(_, s)| s.value.name.to_lowercase() == name.to_lowercase()))
            .map(|(i, _)| i)
    }

    /// The speaker with this name, or why there is none.
    pub fn speaker(&self, name: &str) -> Result<usize, String> {
        self.find_speaker(name)
            .ok_or_else(|| format!("no speaker named {name} any more"))
    }

    /// The speaker with this name, created when there is none.
    pub fn speaker_or_new(&mut self, name: &str) -> Result<usize, String> {
        match self.find_speaker(name) {
            Some(s) => Ok(s),
            None => self.new_speaker(name),
        }
    }

    /// A new speaker named `name` ("name (2)" when the name is taken).
    pub fn new_speaker(&mut self, name: &str) -> Result<usize, String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("a speaker needs a name".to_owned());
        }
        let mut unique = name.to_owned();
        let mut n = 2;
        while self.find_speaker(&unique).is_some() {
            unique = format!("{name} ({n})");
            n += 1;
        }
        self.speakers.push(Item::by_hand(Speaker {
            name: unique,
            kind: SpeakerKind::Unknown,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            gender: Gender::Unknown,
        }));
        // A speaker made by hand exists for its quotes: without them it goes.
        self.quoted_before.push(true);
        Ok(self.speakers.len() - 1)
    }

    /// Quote `q` is said by speaker `s`, as an editor decided.
    pub fn set_speaker(&mut self, q: usize, s: usize) {
        if let Some(quote) = self.quotes.get_mut(q) {
            quote.value.speaker = Some(SpeakerId(s));
            quote.value.confidence = 1.0;
            "Assigned by an editor.".clone_into(&mut quote.value.reason);
            quote.edited = true;
        }
    }

    /// Speaker `s` is called `to`.
    pub fn rename(&mut self, s: usize, to: &str) -> Result<(), String> {
        let to = to.trim();
        if to.is_empty() {
            return Err("a speaker needs a name".to_owned());
        }
        let Some(speaker) = self.speakers.get_mut(s) else {
            return Err("no such speaker".to_owned());
        };
        let from = std::mem::replace(&mut speaker.value.name, to.to_owned());
        if !speaker.value.aliases.contains(&from) {
            speaker.value.aliases.insert(0, from.clone());
        }
        speaker.edited = true;
        for c in &mut self.contradictions {
            c.value.explanation = c.value.explanation.replace(&from, to);
        }
        Ok(())
    }

    /// Everything said by `from` is said by `into`; `from` is gone.
    pub fn merge(&mut self, from: usize, into: usize) {
        let (name, aliases) = match self.speakers.get_mut(from) {
            Some(s) => {
                s.alive = false;
                (s.value.name.clone(), std::mem::take(&mut s.value.aliases))
            }
            None => return,
        };
        for q in self.quotes.iter_mut().filter(|q| q.alive) {
            if q.value.speaker == Some(SpeakerId(from)) {
                q.value.speaker = Some(SpeakerId(into));
                q.edited = true;
            }
        }
        for s in &mut self.speakers {
            if s.value.affiliation == Some(SpeakerId(from)) {
                s.value.affiliation = (from != into).then_some(SpeakerId(into));
            }
        }
        if let Some(target) = self.speakers.get_mut(into) {
            for alias in std::iter::once(name.clone()).chain(aliases) {
                if alias != target.value.name && !target.value.aliases.contains(&alias) {
                    target.value.aliases.push(alias);
                }
            }
            target.edited = true;
            let into_name = target.value.name.clone();
            for c in &mut self.contradictions {
                c.value.explanation = c.value.explanation.replace(&name, &into_name);
            }
        }
    }

    /// The words at `span` are a quote of speaker `s`.
    pub fn add_quote(&mut self, span: Span, s: usize, kind: QuoteKind) {
        let existing = self
            .quotes
            .iter()
            .position(|q| q.alive && q.value.span == span);
        if let Some(q) = existing {
            self.set_speaker(q, s);
            if let Some(quote) = self.quotes.get_mut(q) {
                quote.value.kind = kind;
            }
            return;
        }
        self.quotes.push(Item::by_hand(Quote {
            speaker: Some(SpeakerId(s)),
            kind,
            span,
            cue: None,
            confidence: 1.0,
            reason: "Added by an editor.".to_owned(),
        }));
    }

    /// Quote `q` is no quote; its contradictions go with it.
    pub fn delete_quote(&mut self, q: usize) {
        if let Some(quote) = self.quotes.get_mut(q) {
            quote.alive = false;
        }
        for c in &mut self.contradictions {
            if c.value.a == QuoteId(q) || c.value.b == QuoteId(q) {
                c.alive = false;
            }
        }
    }

    /// The living contradiction between quotes `a` and `b`, in either order.
    pub fn contradiction_between(&self, a: usize, b: usize) -> Option<usize> {
        let pair = |c: &Contradiction| {
            (c.a == QuoteId(a) && c.b == QuoteId(b)) || (c.a == QuoteId(b) && c.b == QuoteId(a))
        };
        self.contradictions
            .iter()
            .position(|c| c.alive && pair(&c.value))
    }

    /// Passage `a` contradicts passage `b`, as an editor decided.
    pub fn add_contradiction(
        &mut self,
        a: usize,
        b: usize,
        kind: ContradictionKind,
    ) -> Result<(), String> {
        if a == b {
            return Err("a passage cannot contradict itself".to_owned());
        }
        let speaker = |q: usize| self.quotes.get(q).and_then(|q| q.value.speaker);
        if speaker(a).is_some() && speaker(a) == speaker(b) {
            return Err("both passages are by the same speaker".to_owned());
        }
        if let Some(c) = self.contradiction_between(a, b) {
            if let Some(item) = self.contradictions.get_mut(c) {
                item.value.kind = kind;
                item.edited = true;
            }
            self.confirm(c);
            return Ok(());
        }
        let name = |q: usize| {
            speaker(q)
                .and_then(|s| self.speakers.get(s.0))
                .map_or("an unknown speaker", |s| s.value.name.as_str())
                .to_owned()
        };
        let explanation = format!("{} contradicts {} (marked by an editor).", name(a), name(b));
        self.contradictions.push(Item::by_hand(Contradiction {
            a: QuoteId(a),
            b: QuoteId(b),
            kind,
            cue: String::new(),
            explanation,
            confidence: 1.0,
        }));
        self.confirmed.insert(self.contradictions.len() - 1);
        Ok(())
    }

    /// Contradiction `c` is none.
    pub fn remove_contradiction(&mut self, c: usize) {
        if let Some(item) = self.contradictions.get_mut(c) {
            item.alive = false;
        }
    }

    /// Contradiction `c` was checked by an editor.
    pub fn confirm(&mut self, c: usize) {
        if let Some(item) = self.contradictions.get_mut(c) {
            item.value.confidence = 1.0;
            self.confirmed.insert(c);
        }
    }

    /// The corrected analysis, numbered afresh: quotes in document order,
    /// speakers in their old order (new ones last) without those a
    /// correction left silent, contradictions by their contradicting passage,
    /// without those whose two passages are now by one speaker (returned
    /// apart, to be listed for the editor).
    pub fn finish(self) -> (Analysis, Marks, Vec<Dropped>) {
        let mut marks = Marks::default();
        let mut quote_order: Vec<usize> = (0..self.quotes.len())
            .filter(|&q| self.quotes[q].alive)
            .collect();
        quote_order.sort_by_key(|&q| {
            (
                self.quotes[q].value.span.start,
                self.quotes[q].value.span.end,
                q,
            )
        });
        let mut quote_id = vec![None; self.quotes.len()];
        for (new, &old) in quote_order.iter().enumerate() {
            quote_id[old] = Some(QuoteId(new));
        }
        let speaker_id = self.kept_speakers();
        let speakers: Vec<Speaker> = (0..self.speakers.len())
            .filter(|&s| speaker_id[s].is_some())
            .map(|s| {
                let item = &self.speakers[s];
                if item.edited
                    && let Some(id) = speaker_id[s]
                {
                    marks.speakers.insert(id);
                }
                let mut speaker = item.value.clone();
                speaker.affiliation = speaker.affiliation.and_then(|a| speaker_id[a.0]);
                speaker
            })
            .collect();
        let quotes: Vec<Quote> = quote_order
            .iter()
            .enumerate()
            .map(|(new, &old)| {
                let item = &self.quotes[old];
                if item.edited {
                    marks.quotes.insert(QuoteId(new));
                }
                let mut quote = item.value.clone();
                quote.speaker = quote.speaker.and_then(|s| speaker_id[s.0]);
                quote
            })
            .collect();
        let mut contradictions: Vec<(Contradiction, bool, bool)> = self
            .contradictions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.alive)
            .filter_map(|(i, c)| {
                let mut value = c.value.clone();
                value.a = quote_id[c.value.a.0]?;
                value.b = quote_id[c.value.b.0]?;
                Some((value, c.edited, self.confirmed.contains(&i)))
            })
            .collect();
        contradictions.sort_by_key(|(c, _, _)| c.a);
        let speaker_of = |q: QuoteId| quotes.get(q.0).and_then(|q| q.speaker);
        let mut dropped = Vec::new();
        contradictions.retain(|(c, _, _)| {
            let Some(s) = speaker_of(c.a).filter(|&s| speaker_of(c.b) == Some(s)) else {
                return true;
            };
            dropped.push(Dropped {
                a: c.a,
                b: c.b,
                kind: c.kind,
                speaker: speakers
                    .get(s.0)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
            });
            false
        });
        for (i, (_, edited, confirmed)) in contradictions.iter().enumerate() {
            if *edited {
                marks.contradictions.insert(ContradictionId(i));
            }
            if *confirmed {
                marks.confirmed.insert(ContradictionId(i));
            }
        }
        let analysis = Analysis {
            speakers,
            quotes,
            contradictions: contradictions.into_iter().map(|(c, _, _)| c).collect(),
        };
        (analysis, marks, dropped)
    }

    /// The new id of every speaker kept: alive, and either quoted, spoken
    /// for by a kept speaker, or silent already before the corrections.
    fn kept_speakers(&self) -> Vec<Option<SpeakerId>> {
        let quoted: BTreeSet<usize> = self
            .quotes
            .iter()
            .filter(|q| q.alive)
            .filter_map(|q| q.value.speaker.map(|s| s.0))
            .collect();
        let mut keep: Vec<bool> = (0..self.speakers.len())
            .map(|s| {
                self.speakers[s].alive
                    && (quoted.contains(&s) || !self.quoted_before.get(s).copied().unwrap_or(false))
            })
            .collect();
        for s in &quoted {
            if let Some(a) = self.speakers.get(*s).and_then(|s| s.value.affiliation)
                && self.speakers.get(a.0).is_some_and(|a| a.alive)
            {
                keep[a.0] = true;
            }
        }
        let mut next = 0;
        keep.iter()
            .map(|&k| {
                k.then(|| {
                    next += 1;
                    SpeakerId(next - 1)
                })
            })
            .collect()
    }
}

/// How many bytes two spans share.
fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}
