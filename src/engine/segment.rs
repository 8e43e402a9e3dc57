//! Splitting body paragraphs into sentences, treating quotations as opaque
//! (a quotation of several sentences stays inside one sentence of the article).

use std::sync::LazyLock;

use super::hashing::FastSet;
use super::lowercase::ToLower;
use super::marks::Quotation;
use crate::document::{Document, ParagraphKind, Span};

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "maj", "adm", "cpl", "det", "const", "insp", "supt", "coun", "rev", "hon", "jr", "sr", "inc",
    "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "ave", "lbs", "lb", "oz", "cst", "sup", "blvd",
    "approx", "dept", "est", "fig", "al", "u.s", "u.k", "e.g", "i.e",
];

/// [`ABBREVIATIONS`] as a set.
static ABBREVIATION_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());

/// One sentence of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is, trimmed.
    pub span: Span,
    /// Index of its paragraph in `Document::paragraphs`.
    pub paragraph: usize,
    /// Indices of the quotations that start inside it.
    pub quotations: Vec<usize>,
}

/// Splits every body paragraph into sentences.
pub fn sentences(doc: &Document, quotations: &[Quotation]) -> Vec<Sentence> {
    let text = &doc.text;
    let mut out = Vec::new();
    let mut qi = 0;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        if para.kind != ParagraphKind::Body {
            continue;
        }
        let mut start = para.span.start;
        let mut pos = para.span.start;
        let mut current: Vec<usize> = Vec::new();
        while pos < para.span.end {
            // Skip over a quotation as one unit.
            while qi < quotations.len() && quotations[qi].outer.end <= pos {
                qi += 1;
            }
            if let Some(q) = quotations.get(qi)
                && q.outer.start == pos
            {
                current.push(qi);
                pos = q.outer.end;
                let inner = q.inner.slice(text).trim_end();
                // "“Are there prizes?” Lincicome asked": a question or an
                // exclamation may be attributed after it; a period ends the
                // quoted sentence ("“… notice.” ABN said it had …").
                let exclaims = inner.ends_with(['!', '?']);
                if (exclaims || inner.ends_with('.'))
                    && starts_new_sentence(text, pos, para.span.end)
                    && !(exclaims && attribution_follows(text, pos, para.span.end))
                {
                    push(&mut out, text, start, pos, pi, &mut current);
                    start = pos;
                }
                continue;
            }
            let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) else {
                break;
            };
            let after = pos + c.len_utf8();
            if matches!(c, '.' | '!' | '?')
                && (!is_abbreviation(text, start, pos, c)
                    || ends_with_company_suffix(text, start, pos, para.span.end))
            {
                let mut end = after;
                // Closing brackets and marks belong to the sentence they end.
                while let Some(n) = text.get(end..).and_then(|s| s.chars().next()) {
                    if matches!(n, ')' | ']' | '’' | '\'') && end < para.span.end {
                        end += n.len_utf8();
                    } else {
                        break;
                    }
                }
                if starts_new_sentence(text, end, para.span.end) {
                    push(&mut out, text, start, end, pi, &mut current);
                    start = end;
                    pos = end;
                    continue;
                }
                pos = after;
                continue;
            }
            pos = next_stop(text, after, para.span.end, quotations.get(qi), pos);
        }
        push(&mut out, text, start, para.span.end, pi, &mut current);
    }
    out
}

/// Where the scan from `from` (up to `limit`) must look next: the next
/// sentence mark or the start of quotation `q`. Nothing in between can end a
/// sentence, and quotations are in order of their starts, so none starts
/// before `q` does. When `q` began at or before `pos` (it is still being
/// stepped out of), the scan goes on character by character.
fn next_stop(text: &str, from: usize, limit: usize, q: Option<&Quotation>, pos: usize) -> usize {
    let mut limit = limit;
    if let Some(q) = q {
        if q.outer.start <= pos {
            return from;
        }
        limit = limit.min(q.outer.start);
    }
    if from >= limit {
        return from;
    }
    text.as_bytes()
        .get(from..limit)
        .and_then(|bytes| bytes.iter().position(|b| matches!(b, b'.' | b'!' | b'?')))
        .map_or(limit, |k| from + k)
}

fn push(
    out: &mut Vec<Sentence>,
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    quotations: &mut Vec<usize>,
) {
    let span = Span::new(start, end).trimmed(text);
    if span.is_empty() {
        quotations.clear();
        return;
    }
    out.push(Sentence {
        span,
        paragraph,
        quotations: std::mem::take(quotations),
    });
}

/// True when whitespace then an uppercase letter, digit or opening mark follows `pos`.
fn starts_new_sentence(text: &str, pos: usize, limit: usize) -> bool {
    let Some(rest) = text.get(pos..limit) else {
        return false;
    };
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return false;
    }
    trimmed.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(c, '“' | '"' | '‘' | '\'' | '`' | '(' | '«')
    })
}

/// "“Are there prizes?” Lincicome asked …": a name and a reporting verb right
/// after a quotation that ends with a question or exclamation belong to it.
fn attribution_follows(text: &str, pos: usize, limit: usize) -> bool {
    let Some(rest) = text.get(pos..limit) else {
        return false;
    };
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some(verb_at) = words.iter().position(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            && crate::engine::lexicons::LEXICONS.verb(w).is_some()
    }) else {
        return false;
    };
    verb_at > 0
        && words[..verb_at].iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "he" | "she" | "they")
        })
}

/// Words that open a sentence and never continue a company's name.
const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "But", "A", "An", "This", "That", "Its", "His",
    "Her", "Their", "In", "On", "At", "After", "When",
];

/// "Workers sued Swiftline Inc. The firm said …": the period at `dot`
/// after a company suffix ends the sentence when a sentence opener follows.
fn ends_with_company_suffix(text: &str, sentence_start: usize, dot: usize, limit: usize) -> bool {
    let before = text.get(sentence_start..dot).unwrap_or("");
    let suffix = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let next = text
        .get(dot + 1..limit)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or("");
    // (Company suffixes end a sentence as often as they end a name.)
    super::lexicons::COMPANY_SUFFIXES.contains(&suffix.lower().as_str())
        && SENTENCE_OPENERS.contains(&next)
}

/// True when the period at `dot` ends an abbreviation or an initial.
fn is_abbreviation(text: &str, sentence_start: usize, dot: usize, c: char) -> bool {
    if c != '.' {
        return false;
    }
    let before = text.get(sentence_start..dot).unwrap_or("");
    // The letters, digits and periods right before the dot.
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, ch)| ch.is_alphanumeric() || ch == '.')
        .last()
        .map_or(before.len(), |(k, _)| k);
    let word = &before[start..];
    let lower = word.lower();
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_initial
        || ABBREVIATION_SET.contains(lower.as_str())
        || (lower.contains('.') && lower.len() <= 5)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::marks;

    fn split(body: &str) -> Vec<String> {
        let doc = Document::from_text("t.txt", &format!("A headline for the test\n\n{body}"));
        let q = marks::find(&doc);
        sentences(&doc, &q)
            .iter()
            .map(|s| s.span.slice(&doc.text).to_owned())
            .collect()
    }

    #[test]
    fn quotes_are_opaque_and_abbreviations_do_not_split() {
        let got = split(
            "“We are done. It is over,” said Sen. Jane Roe of the U.S. Senate. Mr. Smith left.",
        );
        assert_eq!(
            got,
            [
                "“We are done. It is over,” said Sen. Jane Roe of the U.S. Senate.",
                "Mr. Smith left."
            ]
        );
    }

    #[test]
    fn a_quote_ending_a_sentence_splits_after_the_mark() {
        let got = split("She spoke. “We won.” Then she left.");
        assert_eq!(got, ["She spoke.", "“We won.”", "Then she left."]);
    }
}
