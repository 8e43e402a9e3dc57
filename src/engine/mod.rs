//! The attribution and contradiction engine: pure Rust, rule-based, offline.
//!
//! Pipeline: find quotation marks ([`marks`]), split the body into sentences
//! ([`segment`]), read the reporting cues and their speaker phrases
//! ([`cues`], [`mentions`]), decide who says what ([`attribution`]) while
//! gathering mentions into speakers ([`speakers`]), then link
//! contradictions ([`contradictions`]).

mod attribution;
mod content;
mod contradictions;
mod cues;
mod documents;
mod floating;
mod frame;
mod hashing;
mod headline;
pub mod invariants;
mod lexicons;
mod lowercase;
mod marks;
mod mentions;
mod model;
mod names;
mod phrases;
mod progress;
mod segment;
mod speakers;
mod tokens;

pub use model::{
    Analysis, Contradiction, ContradictionId, ContradictionKind, Gender, Quote, QuoteId, QuoteKind,
    Speaker, SpeakerId, SpeakerKind,
};
pub use progress::Progress;

use crate::document::Document;

/// Analyses a document: its speakers, quotes and contradictions.
pub fn analyze(doc: &Document) -> Analysis {
    analyze_with(doc, &Progress::new()).unwrap_or_default()
}

/// [`analyze`], reporting how far it has got to `progress` and stopping early
/// (returning `None`) once `progress` is cancelled: for long articles analysed
/// on a background thread.
pub fn analyze_with(doc: &Document, progress: &Progress) -> Option<Analysis> {
    let quotations = marks::find(doc);
    progress.set(0.05);
    let sentences = segment::sentences(doc, &quotations);
    progress.set(0.1);
    if progress.is_cancelled() {
        return None;
    }
    let mut book = speakers::SpeakerBook::default();
    let attributed = attribution::attribute(doc, &quotations, &sentences, &mut book, progress)?;
    progress.set(0.9);
    let (mut speakers, quotes, stances) = number(book, attributed);
    speakers::keep_publication_articles(&mut speakers);
    let contradictions = contradictions::find(doc, &sentences, &speakers, &quotes, &stances);
    progress.set(1.0);
    Some(Analysis {
        speakers,
        quotes: quotes.into_iter().map(|(q, _)| q).collect(),
        contradictions,
    })
}

/// Keeps the speakers that say something (or speak for someone who does),
/// in order of first appearance, and numbers the quotes in document order.
/// Bare denials keep only speakers that say something, renumbered too.
fn number(
    book: speakers::SpeakerBook,
    attributed: attribution::Attributed,
) -> (Vec<Speaker>, Vec<(Quote, usize)>, Vec<attribution::Stance>) {
    let attribution::Attributed { found, stances } = attributed;
    let all = book.into_speakers();
    let mut first_quote: Vec<Option<usize>> = vec![None; all.len()];
    for (i, f) in found.iter().enumerate() {
        if let Some(s) = f.speaker
            && first_quote[s.0].is_none()
        {
            first_quote[s.0] = Some(i);
        }
    }
    // Organisations spoken for by a kept speaker are kept too, right after it.
    let mut order: Vec<(usize, usize, usize)> = Vec::new(); // (first quote, tie, old id)
    for (id, fq) in first_quote.iter().enumerate() {
        if let Some(fq) = fq {
            order.push((*fq, 1, id));
            if let Some(aff) = all[id].affiliation
                && first_quote[aff.0].is_none()
                && !order.iter().any(|o| o.2 == aff.0)
            {
                order.push((*fq, 0, aff.0));
            }
        }
    }
    order.sort_unstable();
    order.dedup_by_key(|o| o.2);
    let mut new_id: Vec<Option<SpeakerId>> = vec![None; all.len()];
    for (k, &(_, _, old)) in order.iter().enumerate() {
        new_id[old] = Some(SpeakerId(k));
    }
    let speakers = order
        .iter()
        .map(|&(_, _, old)| {
            let mut s = all[old].clone();
            s.affiliation = s.affiliation.and_then(|a| new_id[a.0]);
            s
        })
        .collect();
    let stances = stances
        .into_iter()
        .filter_map(|st| new_id[st.speaker.0].map(|speaker| attribution::Stance { speaker, ..st }))
        .collect();
    let quotes = found
        .into_iter()
        .map(|f| {
            (
                Quote {
                    speaker: f.speaker.and_then(|s| new_id[s.0]),
                    kind: f.kind,
                    span: f.span,
                    cue: f.cue,
                    confidence: f.confidence,
                    reason: f.reason,
                },
                f.sentence,
            )
        })
        .collect();
    (speakers, quotes, stances)
}
