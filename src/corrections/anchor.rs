//! Finding a quote again by its words: how corrections survive a new engine
//! and an edited article.
//!
//! A [`QuoteAnchor`] keeps the quoted words, where they were, and who said
//! them. To place it, the words are searched in the article's text: the
//! occurrence nearest the old offset wins; when the words no longer occur
//! as they were, they are searched again with any run of whitespace
//! matching any other (a paragraph re-wrapped).

use serde::{Deserialize, Serialize};

use crate::document::Span;
use crate::engine::{Analysis, QuoteId};

/// A quote as a correction names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteAnchor {
    /// The quoted words, exactly as they stood in the article.
    pub text: String,
    /// The byte offset where they started: a hint, used to choose between
    /// several occurrences.
    pub start: usize,
    /// The speaker's name at the time, for people reading the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

impl QuoteAnchor {
    /// The anchor of quote `id` of `analysis` in `text`, if the quote exists.
    pub fn of(text: &str, analysis: &Analysis, id: QuoteId) -> Option<Self> {
        let quote = analysis.quote(id)?;
        Some(Self {
            text: quote.span.slice(text).to_owned(),
            start: quote.span.start,
            speaker: quote
                .speaker
                .and_then(|s| analysis.speaker(s))
                .map(|s| s.name.clone()),
        })
    }

    /// The first words, in quotation marks, for messages.
    pub fn short(&self) -> String {
        let words = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        match words.char_indices().nth(40) {
            Some((cut, _)) => format!("“{}…”", &words[..cut]),
            None => format!("“{words}”"),
        }
    }

    /// Where the words are in `text` now, if anywhere.
    pub fn locate(&self, text: &str) -> Option<Span> {
        locate(text, &self.text, self.start)
    }
}

/// The occurrence of `words` in `text` nearest to byte `hint`: exact first,
/// then with whitespace runs matching each other.
pub fn locate(text: &str, words: &str, hint: usize) -> Option<Span> {
    if words.trim().is_empty() {
        return None;
    }
    let exact = text
        .match_indices(words)
        .map(|(i, m)| Span::new(i, i + m.len()))
        .min_by_key(|s| s.start.abs_diff(hint));
    exact.or_else(|| locate_loose(text, words, hint))
}

/// `words` found in `text` with every run of whitespace matching any run.
fn locate_loose(text: &str, words: &str, hint: usize) -> Option<Span> {
    let (flat, starts) = collapse_with_offsets(text);
    let needle = words.split_whitespace().collect::<Vec<_>>().join(" ");
    if needle.is_empty() {
        return None;
    }
    flat.match_indices(&needle)
        .filter_map(|(i, m)| {
            let start = *starts.get(i)?;
            let last = *starts.get(i + m.len() - 1)?;
            let end = last + text.get(last..)?.chars().next()?.len_utf8();
            Some(Span::new(start, end))
        })
        .min_by_key(|s| s.start.abs_diff(hint))
}

/// `text` with whitespace runs as single spaces, and for every byte of the
/// result the offset of the byte in `text` it came from.
fn collapse_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut flat = String::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len());
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                flat.push(' ');
                starts.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        flat.push(c);
        starts.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    (flat, starts)
}

/// The quote of `analysis` at `span`: the one with exactly that span, else
/// the one sharing most bytes with it.
pub fn quote_at_span(analysis: &Analysis, span: Span) -> Option<QuoteId> {
    if let Some(i) = analysis.quotes.iter().position(|q| q.span == span) {
        return Some(QuoteId(i));
    }
    analysis
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.span.overlaps(span))
        .max_by_key(|(_, q)| q.span.end.min(span.end) - q.span.start.max(span.start))
        .map(|(i, _)| QuoteId(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_occurrence_wins() {
        let text = "yes. no. yes. no.";
        assert_eq!(locate(text, "yes", 0), Some(Span::new(0, 3)));
        assert_eq!(locate(text, "yes", 12), Some(Span::new(9, 12)));
        assert_eq!(locate(text, "maybe", 0), None);
        assert_eq!(locate(text, "  ", 0), None);
    }

    #[test]
    fn rewrapped_words_are_found() {
        let text = "He said « we are\n   leaving now » — at once.";
        let span = locate(text, "we are leaving now", 0);
        assert_eq!(span.map(|s| s.slice(text)), Some("we are\n   leaving now"));
    }
}
