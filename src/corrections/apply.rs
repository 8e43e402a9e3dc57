//! Corrections applied in order on top of the engine's analysis.
//!
//! The engine's [`Analysis`] is never changed: [`apply`] builds a corrected
//! copy, with quotes still in document order and ids renumbered, the items
//! an editor touched ([`Marks`]), and the corrections that could not be
//! placed ([`Unplaced`]) with the reason, for the editor to see. A
//! contradiction that the corrections leave with the same speaker on both
//! sides is left out ([`Dropped`]): a speaker does not contradict themself.

use std::collections::BTreeSet;

use super::anchor::QuoteAnchor;
use super::model::{Correction, Edit};
use super::work::Work;
use crate::engine::{Analysis, ContradictionId, ContradictionKind, QuoteId, SpeakerId};

/// What an editor touched in a corrected analysis (ids of the corrected one).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// Quotes added, reassigned or otherwise edited by hand.
    pub quotes: BTreeSet<QuoteId>,
    /// Speakers created, renamed or merged by hand.
    pub speakers: BTreeSet<SpeakerId>,
    /// Contradictions added by hand.
    pub contradictions: BTreeSet<ContradictionId>,
    /// Contradictions an editor confirmed (or added).
    pub confirmed: BTreeSet<ContradictionId>,
}

impl Marks {
    /// True when nothing was edited.
    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty()
            && self.speakers.is_empty()
            && self.contradictions.is_empty()
            && self.confirmed.is_empty()
    }
}

/// A correction that could not be placed in the article as it is now.
#[derive(Debug, Clone, PartialEq)]
pub struct Unplaced {
    /// Its position in the list of corrections (0 for the first).
    pub index: usize,
    /// The correction itself, kept as it was.
    pub correction: Correction,
    /// Why, in words an editor can act on.
    pub reason: String,
}

/// A contradiction left out of the corrected analysis because, after the
/// corrections (a reassigned quote, merged speakers), both of its passages
/// are by the same speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The contradicting passage (id in the corrected analysis).
    pub a: QuoteId,
    /// The contradicted passage (id in the corrected analysis).
    pub b: QuoteId,
    /// What kind of contradiction it was.
    pub kind: ContradictionKind,
    /// The speaker now saying both passages.
    pub speaker: String,
}

impl Dropped {
    /// Why it was left out: "both passages are now by Donald Trump".
    pub fn reason(&self) -> String {
        format!("both passages are now by {}", self.speaker)
    }

    /// A one-line description for people, naming both passages by their
    /// first words: "Contradiction (denial) “…” / “…” left out: both
    /// passages are now by Donald Trump".
    pub fn describe(&self, text: &str, analysis: &Analysis) -> String {
        let words =
            |q: QuoteId| QuoteAnchor::of(text, analysis, q).map_or_else(String::new, |a| a.short());
        format!(
            "Contradiction ({}) {} / {} left out: {}",
            self.kind.as_str(),
            words(self.a),
            words(self.b),
            self.reason()
        )
    }
}

/// What the corrections did to an analysis: what reports and views show
/// beside the corrected analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edits {
    /// What was edited by hand.
    pub marks: Marks,
    /// How many corrections took effect.
    pub applied: usize,
    /// The ones that did not, in order.
    pub unplaced: Vec<Unplaced>,
    /// Contradictions left out because both sides are now by one speaker,
    /// by their contradicting passage.
    pub dropped: Vec<Dropped>,
}

impl Edits {
    /// True when no correction was made at all.
    pub fn is_empty(&self) -> bool {
        self.applied == 0 && self.unplaced.is_empty() && self.dropped.is_empty()
    }
}

/// The result of applying corrections.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corrected {
    /// The corrected analysis.
    pub analysis: Analysis,
    /// What the corrections did.
    pub edits: Edits,
}

/// Applies `corrections`, oldest first, to `base` (the engine's analysis of `text`).
pub fn apply(text: &str, base: &Analysis, corrections: &[Correction]) -> Corrected {
    let mut work = Work::new(text, base);
    let mut unplaced = Vec::new();
    let mut applied = 0;
    for (index, correction) in corrections.iter().enumerate() {
        match apply_one(&mut work, &correction.edit) {
            Ok(()) => applied += 1,
            Err(reason) => unplaced.push(Unplaced {
                index,
                correction: correction.clone(),
                reason,
            }),
        }
    }
    let (analysis, marks, dropped) = work.finish();
    Corrected {
        analysis,
        edits: Edits {
            marks,
            applied,
            unplaced,
            dropped,
        },
    }
}

/// Applies one edit, or says why it cannot be placed.
fn apply_one(work: &mut Work<'_>, edit: &Edit) -> Result<(), String> {
    match edit {
        Edit::ReassignQuote { quote, speaker } => {
            let q = work.quote(quote)?;
            let s = work.speaker_or_new(speaker)?;
            work.set_speaker(q, s);
        }
        Edit::SplitQuote { quote, speaker } => {
            let q = work.quote(quote)?;
            let s = work.new_speaker(speaker)?;
            work.set_speaker(q, s);
        }
        Edit::RenameSpeaker { from, to } => {
            let s = work.speaker(from)?;
            match work.find_speaker(to) {
                Some(other) if other != s => work.merge(s, other),
                _ => work.rename(s, to)?,
            }
        }
        Edit::MergeSpeakers { from, into } => {
            let from = work.speaker(from)?;
            let into = work.speaker(into)?;
            if from == into {
                return Err("a speaker cannot be merged into itself".to_owned());
            }
            work.merge(from, into);
        }
        Edit::AddQuote {
            quote,
            speaker,
            kind,
        } => {
            let span = quote
                .locate(work.text())
                .ok_or_else(|| format!("the words {} are not in the article", quote.short()))?;
            let s = work.speaker_or_new(speaker)?;
            work.add_quote(span, s, *kind);
        }
        Edit::DeleteQuote { quote } => {
            let q = work.quote(quote)?;
            work.delete_quote(q);
        }
        Edit::AddContradiction { a, b, kind } => {
            let (a, b) = (work.quote(a)?, work.quote(b)?);
            work.add_contradiction(a, b, *kind)?;
        }
        Edit::RemoveContradiction { a, b } => {
            let c = contradiction(work, a, b)?;
            work.remove_contradiction(c);
        }
        Edit::ConfirmContradiction { a, b } => {
            let c = contradiction(work, a, b)?;
            work.confirm(c);
        }
    }
    Ok(())
}

/// The contradiction between the passages `a` and `b`.
fn contradiction(
    work: &Work<'_>,
    a: &super::QuoteAnchor,
    b: &super::QuoteAnchor,
) -> Result<usize, String> {
    let (qa, qb) = (work.quote(a)?, work.quote(b)?);
    work.contradiction_between(qa, qb).ok_or_else(|| {
        format!(
            "no contradiction between {} and {} any more",
            a.short(),
            b.short()
        )
    })
}
