//! The promises every analysis keeps, checked in one place: the property tests
//! and the fuzz target call [`check`] on whatever the loader and the engine
//! make of arbitrary input.

use crate::document::{Document, Span};

use super::Analysis;

/// Checks that every span of `doc` and `analysis` lies inside the text, starts
/// and ends on character boundaries, and comes in document order, and that
/// every id points at something that exists. Returns the first broken promise.
pub fn check(doc: &Document, analysis: &Analysis) -> Result<(), String> {
    let text = doc.text.as_str();
    let mut previous_end = 0;
    for (i, paragraph) in doc.paragraphs.iter().enumerate() {
        check_span(text, paragraph.span, &format!("paragraph {i}"))?;
        if paragraph.span.start < previous_end {
            return Err(format!("paragraph {i} starts before the previous one ends"));
        }
        previous_end = paragraph.span.end;
    }
    let mut previous_start = 0;
    for (i, quote) in analysis.quotes.iter().enumerate() {
        check_span(text, quote.span, &format!("quote {i}"))?;
        if quote.span.start < previous_start {
            return Err(format!("quote {i} is out of document order"));
        }
        previous_start = quote.span.start;
        if let Some(speaker) = quote.speaker
            && speaker.0 >= analysis.speakers.len()
        {
            return Err(format!(
                "quote {i} names speaker {} that does not exist",
                speaker.0
            ));
        }
        if !(0.0..=1.0).contains(&quote.confidence) {
            return Err(format!("quote {i} has confidence {}", quote.confidence));
        }
    }
    for (i, speaker) in analysis.speakers.iter().enumerate() {
        if speaker.name.trim().is_empty() {
            return Err(format!("speaker {i} has no name"));
        }
        if let Some(org) = speaker.affiliation
            && org.0 >= analysis.speakers.len()
        {
            return Err(format!(
                "speaker {i} belongs to speaker {} that does not exist",
                org.0
            ));
        }
    }
    let quotes = analysis.quotes.len();
    for (i, c) in analysis.contradictions.iter().enumerate() {
        if c.a.0 >= quotes || c.b.0 >= quotes || c.a == c.b {
            return Err(format!(
                "contradiction {i} links quotes {} and {}",
                c.a.0, c.b.0
            ));
        }
        if !(0.0..=1.0).contains(&c.confidence) {
            return Err(format!("contradiction {i} has confidence {}", c.confidence));
        }
    }
    Ok(())
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what} spans {}..{} in a text of {} bytes",
            span.start,
            span.end,
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!(
            "{what} spans {}..{}, not on character boundaries",
            span.start, span.end
        ));
    }
    Ok(())
}
