//! The attribution and contradiction engine: pure Rust, rule-based, offline.
//!
//! Pipeline: segment the body into sentences ([`segment`]), find quotation
//! marks ([`marks`]), find who says what ([`attribution`]), gather the
//! mentions into speakers ([`speakers`]), then link contradictions
//! ([`contradictions`]).

mod model;

pub use model::{
    Analysis, Contradiction, ContradictionId, ContradictionKind, Gender, Quote, QuoteId, QuoteKind,
    Speaker, SpeakerId, SpeakerKind,
};

use crate::document::Document;

/// Analyses a document: its speakers, quotes and contradictions.
pub fn analyze(doc: &Document) -> Analysis {
    let _ = doc;
    Analysis::default()
}
