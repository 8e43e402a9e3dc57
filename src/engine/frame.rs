//! The items of one sentence: words and punctuation outside quotations, and
//! the quotations themselves as single opaque items.

use super::lowercase::Lower;
use super::marks::Quotation;
use super::segment::Sentence;
use super::tokens::{Token, TokenKind, tokenize_each};
use crate::document::Span;

/// A word, a punctuation mark, or a whole quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A token outside quotations.
    Tok(Token),
    /// A quotation, by its index in the document's list.
    Quote(usize),
}

impl Item {
    /// The item's span (a quotation's span includes its marks).
    pub fn span(self, quotations: &[Quotation]) -> Span {
        match self {
            Item::Tok(t) => t.span,
            Item::Quote(q) => quotations.get(q).map_or_else(Span::default, |q| q.outer),
        }
    }

    /// The token, if this is one.
    pub fn token(self) -> Option<Token> {
        match self {
            Item::Tok(t) => Some(t),
            Item::Quote(_) => None,
        }
    }

    /// True for this punctuation character.
    pub fn is_punct(self, c: char) -> bool {
        self.token().is_some_and(|t| t.is_punct(c))
    }

    /// True for a word token.
    pub fn is_word(self) -> bool {
        self.token()
            .is_some_and(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
    }
}

/// Builds the items of a sentence in `out` (cleared first, so that one list
/// serves every sentence).
pub fn items_into(out: &mut Vec<Item>, text: &str, sentence: &Sentence, quotations: &[Quotation]) {
    out.clear();
    let mut pos = sentence.span.start;
    for &qi in &sentence.quotations {
        let Some(q) = quotations.get(qi) else {
            continue;
        };
        if q.outer.start > pos {
            tokenize_each(text, Span::new(pos, q.outer.start), |t| {
                out.push(Item::Tok(t));
            });
        }
        out.push(Item::Quote(qi));
        pos = pos.max(q.outer.end);
    }
    if sentence.span.end > pos {
        tokenize_each(text, Span::new(pos, sentence.span.end), |t| {
            out.push(Item::Tok(t));
        });
    }
}

/// The lowercase text of item `i`, or "" for quotations and out-of-range.
pub fn lower<'a>(text: &'a str, items: &[Item], i: usize) -> Lower<'a> {
    items
        .get(i)
        .and_then(|it| it.token())
        .map_or_else(Lower::default, |t| t.lower(text))
}
