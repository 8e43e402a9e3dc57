//! Finding quotations: pairing quotation marks within and across paragraphs.
//!
//! Double marks (“ ”, " ", « », „) delimit quotations; single marks and
//! apostrophes inside them are part of the quoted words. A paragraph that
//! opens a quotation without closing it runs to its end, and the quotation
//! continues when the next paragraph opens with a mark (the newspaper
//! convention for quotes over several paragraphs).

use crate::document::{Document, Span};

/// A quotation found between marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted words, without the marks.
    pub inner: Span,
    /// The quoted words with the marks.
    pub outer: Span,
    /// Index of the paragraph (in `Document::paragraphs`) it lies in.
    pub paragraph: usize,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
    /// Index (in the returned list) of the quotation this one continues.
    pub continues: Option<usize>,
}

impl Quotation {
    /// Number of words inside the marks.
    pub fn word_count(&self, text: &str) -> usize {
        self.inner.slice(text).split_whitespace().count()
    }
}

fn is_open(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_close(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// Finds every quotation in the document's body paragraphs, in order.
pub fn find(doc: &Document) -> Vec<Quotation> {
    let mut out: Vec<Quotation> = Vec::new();
    let mut open_at_end: Option<usize> = None;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        if para.kind != crate::document::ParagraphKind::Body {
            open_at_end = None;
            continue;
        }
        let found = in_paragraph(&doc.text, para.span, pi);
        let first_opens_paragraph = found
            .first()
            .is_some_and(|q| q.outer.start == para.span.start);
        let carried = open_at_end.take();
        for (k, mut q) in found.into_iter().enumerate() {
            if k == 0 && first_opens_paragraph {
                q.continues = carried;
            }
            out.push(q);
        }
        if out.last().is_some_and(|q| q.paragraph == pi && !q.closed) {
            open_at_end = Some(out.len() - 1);
        }
    }
    out
}

/// Pairs the marks of one paragraph.
fn in_paragraph(text: &str, para: Span, paragraph: usize) -> Vec<Quotation> {
    let s = para.slice(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start), absolute
    let char_at = |k: usize| s.get(k..).and_then(|rest| rest.chars().next());
    let mut i = 0;
    // Only marks matter: jump to the next byte that can start one (ASCII
    // marks, or the lead byte of “ ” ‘ ’ „ and of « »).
    let next_mark = |from: usize| {
        s.as_bytes().get(from..).and_then(|rest| {
            rest.iter()
                .position(|b| matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2))
        })
    };
    while let Some(skip) = next_mark(i) {
        i += skip;
        let Some(mut c) = char_at(i) else {
            break;
        };
        let at = para.start + i;
        let mut width = c.len_utf8();
        // Two apostrophes ('') or backticks (``) stand for a straight double mark.
        if (c == '\'' || c == '`') && char_at(i + 1) == Some(c) {
            width = 2;
            c = '"';
        } else if (c == '‘' || c == '’') && char_at(i + width) == Some(c) {
            // ‘‘ and ’’: typographic single marks doubled, a double mark.
            width = 2 * c.len_utf8();
            c = if c == '‘' { '“' } else { '”' };
        }
        let prev = s[..i].chars().next_back();
        i += width;
        let next = char_at(i);
        let straight = c == '"';
        // ("”Fear. I am truly afraid …”": a closing mark set by mistake
        // before a word, with nothing open, opens.)
        let misturned = c == '”'
            && open.is_none()
            && prev.is_none_or(char::is_whitespace)
            && next.is_some_and(char::is_alphanumeric);
        let opens = is_open(c)
            || misturned
            || (straight && open.is_none() && next.is_some_and(|n| !n.is_whitespace()));
        let closes = (is_close(c) && !misturned) || (straight && open.is_some());
        if closes && let Some((mark, inner)) = open {
            let inner_span = Span::new(inner, at);
            if !inner_span.trimmed(text).is_empty() {
                out.push(Quotation {
                    inner: inner_span,
                    outer: Span::new(mark, at + width),
                    paragraph,
                    closed: true,
                    continues: None,
                });
            }
            open = None;
        } else if opens {
            // An opening mark while one is open: the earlier one was never closed.
            if let Some((mark, inner)) = open.take() {
                push_unclosed(text, &mut out, mark, inner, at, paragraph);
            }
            open = Some((at, at + width));
        }
    }
    if let Some((mark, inner)) = open {
        push_unclosed(text, &mut out, mark, inner, para.end, paragraph);
    }
    out
}

fn push_unclosed(
    text: &str,
    out: &mut Vec<Quotation>,
    mark: usize,
    inner: usize,
    end: usize,
    paragraph: usize,
) {
    let inner_span = Span::new(inner, end).trimmed(text);
    if inner_span.is_empty() {
        return;
    }
    out.push(Quotation {
        inner: inner_span,
        outer: Span::new(mark, inner_span.end),
        paragraph,
        closed: false,
        continues: None,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Document::from_text("t.txt", text);
        find(&doc)
            .iter()
            .map(|q| q.inner.slice(&doc.text).to_owned())
            .collect()
    }

    #[test]
    fn curly_and_straight_marks_pair() {
        let got = quotes("Headline of the story\n\n“We won,” she said. He said \"no way\" twice.");
        assert_eq!(got, ["We won,", "no way"]);
    }

    #[test]
    fn apostrophes_and_inner_single_quotes_stay_inside() {
        let got =
            quotes("Headline of the story\n\n“Workers’ pay isn’t ‘fair’ since the ’90s,” he said.");
        assert_eq!(got, ["Workers’ pay isn’t ‘fair’ since the ’90s,"]);
    }

    #[test]
    fn a_closing_mark_before_a_word_opens() {
        let got =
            quotes("Headline of the story\n\n”Fear. I am afraid,” she said. It was “odd” ” .");
        assert_eq!(got, ["Fear. I am afraid,", "odd"]);
    }

    #[test]
    fn quote_continues_over_paragraphs() {
        let doc = Document::from_text(
            "t.txt",
            "Headline of the story\n\n“The first part goes on\n\n“and the second part ends,” she said.",
        );
        let found = find(&doc);
        assert_eq!(found.len(), 2);
        assert!(!found[0].closed);
        assert_eq!(found[1].continues, Some(0));
    }
}
