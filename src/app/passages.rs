//! Laying out one paragraph of the article and finding its passages again:
//! which quote covers which characters, where those characters are drawn,
//! and which character lies under the pointer.
//!
//! Galleys count characters, the engine counts bytes; [`ParagraphText`] maps
//! between the two.

use std::collections::BTreeSet;
use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Rect, Vec2, pos2};

use crate::document::Span;
use crate::engine::{Analysis, QuoteId};

/// A paragraph's text as laid out, with the map from characters to bytes.
#[derive(Debug, Clone)]
pub struct ParagraphText {
    /// Where the paragraph lies in the document text.
    pub span: Span,
    /// Byte offset (into the document text) of each character of the paragraph.
    char_starts: Vec<usize>,
}

impl ParagraphText {
    /// Maps the paragraph at `span` of `text`.
    pub fn new(text: &str, span: Span) -> Self {
        let char_starts = span
            .slice(text)
            .char_indices()
            .map(|(i, _)| span.start + i)
            .collect();
        Self { span, char_starts }
    }

    /// The byte offset of character `index`, if the paragraph has it.
    pub fn byte_of_char(&self, index: usize) -> Option<usize> {
        self.char_starts.get(index).copied()
    }

    /// The byte offset of the boundary before character `index`: the
    /// paragraph's end for the index past its last character (or beyond).
    pub fn boundary(&self, index: usize) -> usize {
        self.byte_of_char(index).unwrap_or(self.span.end)
    }

    /// The characters of the paragraph that `span` covers (may be empty).
    pub fn chars_of(&self, span: Span) -> Range<usize> {
        let start = self.char_starts.partition_point(|&b| b < span.start);
        let end = self.char_starts.partition_point(|&b| b < span.end);
        start..end.max(start)
    }
}

/// A run of characters that belongs to one quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The innermost quote covering these characters.
    pub quote: QuoteId,
    /// Characters of the paragraph (galley indices).
    pub chars: Range<usize>,
    /// True when the quote takes part in a contradiction.
    pub contradiction: bool,
}

/// The quotes that take part in a contradiction, on either side.
pub fn contradicted_quotes(analysis: &Analysis) -> BTreeSet<QuoteId> {
    analysis
        .contradictions
        .iter()
        .flat_map(|c| [c.a, c.b])
        .collect()
}

/// The marks of one paragraph: each run of characters covered by a quote,
/// attributed to the shortest quote covering it (quotes may nest).
pub fn marks(
    text: &str,
    para: &ParagraphText,
    analysis: &Analysis,
    contradicted: &BTreeSet<QuoteId>,
) -> Vec<Mark> {
    let inside: Vec<(QuoteId, Span)> = analysis
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.span.is_empty() && q.span.overlaps(para.span))
        .map(|(i, q)| (QuoteId(i), q.span))
        .collect();
    let mut cuts: Vec<usize> = inside
        .iter()
        .flat_map(|(_, s)| [s.start, s.end])
        .chain([para.span.start, para.span.end])
        .map(|b| b.clamp(para.span.start, para.span.end))
        .filter(|&b| text.is_char_boundary(b))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Mark> = Vec::new();
    for pair in cuts.windows(2) {
        let piece = Span::new(pair[0], pair[1]);
        let Some((quote, _)) = inside
            .iter()
            .filter(|(_, s)| s.start <= piece.start && piece.end <= s.end)
            .min_by_key(|(_, s)| s.len())
        else {
            continue;
        };
        let chars = para.chars_of(piece);
        let contradiction = contradicted.contains(quote);
        match out.last_mut() {
            Some(last) if last.quote == *quote && last.chars.end == chars.start => {
                last.chars.end = chars.end;
            }
            _ => out.push(Mark {
                quote: *quote,
                chars,
                contradiction,
            }),
        }
    }
    out
}

/// Font, colour and line height of a paragraph.
#[derive(Debug, Clone)]
pub struct TextLook {
    /// Font of the paragraph.
    pub font: FontId,
    /// Text colour.
    pub color: Color32,
    /// Distance between lines, in points.
    pub line_height: f32,
}

/// The layout job of a paragraph: its text (line breaks inside the
/// paragraph become spaces, which keeps byte offsets) wrapped at `width`.
pub fn layout_job(text: &str, para: &ParagraphText, look: &TextLook, width: f32) -> LayoutJob {
    let body = para.span.slice(text).replace('\n', " ");
    let format = TextFormat {
        font_id: look.font.clone(),
        color: look.color,
        line_height: Some(look.line_height),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::single_section(body, format);
    job.wrap.max_width = width;
    job
}

/// The character under `pos` (relative to the galley's top-left), if the
/// pointer is over a glyph rather than the margin or the space after a line.
pub fn char_at(galley: &Galley, pos: Vec2) -> Option<usize> {
    let mut row_start = 0;
    for row in &galley.rows {
        let rect = row.rect();
        if rect.top() <= pos.y && pos.y < rect.bottom() {
            return row
                .glyphs
                .iter()
                .position(|g| {
                    let x0 = row.pos.x + g.pos.x;
                    x0 <= pos.x && pos.x < x0 + g.advance_width
                })
                .map(|i| row_start + i);
        }
        row_start += row.char_count_including_newline().0;
    }
    None
}

/// Rectangles (relative to the galley's top-left) that tightly cover the
/// drawn characters `chars`, one per row they run across.
pub fn char_rects(galley: &Galley, chars: &Range<usize>) -> Vec<Rect> {
    let mut rects = Vec::new();
    let mut row_start = 0;
    for row in &galley.rows {
        let n = row.glyphs.len();
        let first = chars.start.max(row_start);
        let last = chars.end.min(row_start + n);
        if first < last {
            let glyphs = &row.glyphs[first - row_start..last - row_start];
            if let (Some(a), Some(b)) = (glyphs.first(), glyphs.last()) {
                let center = row.rect().center().y;
                let half = a.font_height / 2.0;
                rects.push(Rect::from_min_max(
                    pos2(row.pos.x + a.pos.x, center - half),
                    pos2(row.pos.x + b.max_x(), center + half),
                ));
            }
        }
        row_start += row.char_count_including_newline().0;
        if row_start >= chars.end {
            break;
        }
    }
    rects
}

/// Scrolls so that `target` (a document span inside the paragraph drawn as
/// `galley` at `rect`) is centred, unless it is already fully in view (a
/// passage just clicked stays put).
pub fn scroll_into_view(
    ui: &egui::Ui,
    galley: &Galley,
    mapped: &ParagraphText,
    rect: Rect,
    target: Span,
) {
    let area = char_rects(galley, &mapped.chars_of(target))
        .into_iter()
        .fold(Rect::NOTHING, Rect::union);
    let area = if area.is_positive() {
        area.translate(rect.min.to_vec2())
    } else {
        rect
    };
    if !ui.clip_rect().contains_rect(area) {
        ui.scroll_to_rect(area, Some(egui::Align::Center));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Contradiction, ContradictionKind, Quote, QuoteKind};

    fn quote(start: usize, end: usize) -> Quote {
        Quote {
            speaker: None,
            kind: QuoteKind::Indirect,
            span: Span::new(start, end),
            cue: None,
            confidence: 1.0,
            reason: String::new(),
        }
    }

    #[test]
    fn chars_and_bytes_map_both_ways() {
        let text = "xx «é» said";
        let para = ParagraphText::new(text, Span::new(3, text.len()));
        // "«é» said": « is 2 bytes, é is 2 bytes.
        assert_eq!(para.byte_of_char(0), Some(3));
        assert_eq!(para.byte_of_char(1), Some(5));
        assert_eq!(para.byte_of_char(2), Some(7));
        assert_eq!(para.chars_of(Span::new(5, 7)), 1..2);
        assert_eq!(para.chars_of(Span::new(0, 100)), 0..8);
    }

    #[test]
    fn nested_quotes_mark_the_innermost() {
        let text = "He said that we left early, and so on.";
        let para = ParagraphText::new(text, Span::new(0, text.len()));
        let analysis = Analysis {
            speakers: Vec::new(),
            quotes: vec![quote(8, 26), quote(13, 20)],
            contradictions: vec![Contradiction {
                a: QuoteId(1),
                b: QuoteId(0),
                kind: ContradictionKind::Negation,
                cue: String::new(),
                explanation: String::new(),
                confidence: 1.0,
            }],
        };
        let contradicted = contradicted_quotes(&analysis);
        let marks = marks(text, &para, &analysis, &contradicted);
        let got: Vec<_> = marks.iter().map(|m| (m.quote.0, m.chars.clone())).collect();
        assert_eq!(got, vec![(0, 8..13), (1, 13..20), (0, 20..26)]);
        assert!(marks.iter().all(|m| m.contradiction));
    }

    #[test]
    fn quotes_outside_the_paragraph_are_ignored_and_clipped() {
        let text = "First para here.\n\nSecond one.";
        let para = ParagraphText::new(text, Span::new(18, text.len()));
        let analysis = Analysis {
            speakers: Vec::new(),
            quotes: vec![quote(0, 5), quote(10, 24)],
            contradictions: Vec::new(),
        };
        let marks = marks(text, &para, &analysis, &BTreeSet::new());
        assert_eq!(marks.len(), 1);
        assert_eq!(marks[0].quote, QuoteId(1));
        assert_eq!(marks[0].chars, 0..6);
        assert!(!marks[0].contradiction);
    }
}
