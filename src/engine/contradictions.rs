//! Where one party contradicts another.

use super::model::{Contradiction, Quote, Speaker};
use super::segment::Sentence;
use crate::document::Document;

/// Finds contradictions between quotes of different speakers.
pub fn find(doc: &Document, sentences: &[Sentence], speakers: &[Speaker], quotes: &[(Quote, usize)]) -> Vec<Contradiction> {
    let _ = (doc, sentences, speakers, quotes);
    Vec::new()
}
