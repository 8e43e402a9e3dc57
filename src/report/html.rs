//! The report as one standalone HTML page for students to hand in: the
//! article with every quote tinted in its speaker's colour (as in the
//! window), next to the sources grouped by speaker and the contradictions
//! with both passages.
//!
//! Inline CSS only: no script, no font, no image, nothing fetched; a print
//! stylesheet puts the article first and keeps each card on one page.
//! Colour is never the only signal: passages in a contradiction have a wavy
//! underline, items edited by hand a dashed outline and the word "edited".

use std::fmt::Write as _;

use crate::corrections::{Edits, Marks};
use crate::document::{Document, ParagraphKind, Span};
use crate::engine::{Analysis, ContradictionId, QuoteId, QuoteKind, SpeakerId};

use super::markdown::{passage, speaker_heading};

/// Number of speaker colours before they repeat (as in the window's palette).
const COLOURS: usize = 10;

/// The page's stylesheet. The tints are the window's light-theme palette
/// (`app/theme.rs`: Paul Tol's "light" scheme), each at least 4.5:1 under the text.
const STYLE: &str = r#"
:root { --ink: #1e1e1e; --weak: #5a5a5a; --line: #c8c8c8; --contra: #c03900; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 Georgia, "DejaVu Serif", serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header h1 { font-size: 1.8em; line-height: 1.25; margin: 24px 0 4px; }
.meta, footer, .note { color: var(--weak); font: 14px/1.5 "DejaVu Sans", Arial, sans-serif; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 32px; }
article p.furniture { color: var(--weak); font-size: 0.8em; }
article p.headline { font-size: 1.3em; font-weight: bold; }
aside { font: 14px/1.5 "DejaVu Sans", Arial, sans-serif; }
aside h2 { font-size: 1.2em; border-bottom: 1px solid var(--line); }
aside h3 { font-size: 1em; margin: 16px 0 4px; }
aside ul { margin: 0; padding-left: 20px; }
aside li { margin: 4px 0; }
mark { color: inherit; padding: 1px 0; border-radius: 2px; }
mark.contradicted { text-decoration: underline wavy var(--contra); text-decoration-thickness: 2px; text-underline-offset: 4px; }
.edited { outline: 1.5px dashed var(--ink); outline-offset: 1px; }
.chip { display: inline-block; width: 12px; height: 12px; border: 1px solid var(--weak); border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
.tag { font-size: 0.85em; color: var(--weak); border: 1px solid var(--line); border-radius: 8px; padding: 0 6px; margin-left: 4px; white-space: nowrap; }
.tag.edited-tag { color: var(--ink); border-style: dashed; border-color: var(--ink); }
.reported { font-style: italic; }
.contradiction { border: 1.5px solid var(--contra); border-radius: 6px; padding: 8px 12px; margin: 12px 0; break-inside: avoid; }
.contradiction .kind { color: var(--contra); font-weight: bold; margin: 0; }
.contradiction blockquote { margin: 6px 0; padding: 4px 8px; border-left: 4px solid var(--line); }
.contradiction cite { display: block; font-style: normal; font-weight: bold; }
.legend mark { margin-right: 12px; }
.s0 { background: #a9cbee; } .s1 { background: #f5b89f; } .s2 { background: #8fd9c4; }
.s3 { background: #f0e29e; } .s4 { background: #ffc6d1; } .s5 { background: #e4c1f9; }
.s6 { background: #d6e085; } .s7 { background: #c8d3dc; } .s8 { background: #e3c8a8; }
.s9 { background: #cfcf70; } .su { background: #dddddd; }
@media (max-width: 800px) { main { display: block; } }
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  main { display: block; }
  aside { break-before: page; }
  a { color: inherit; text-decoration: none; }
  mark, .chip, .tag { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2, h3 { break-after: avoid; }
}
"#;

/// The standalone HTML page of `analysis` (corrected by `edits`) of `doc`.
pub fn to_html(doc: &Document, analysis: &Analysis, edits: &Edits) -> String {
    let title = if doc.title.is_empty() {
        doc.file_name()
    } else {
        doc.title.clone()
    };
    let mut page = String::with_capacity(doc.text.len() * 3 + STYLE.len() + 4096);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Counterpoint {}\">\n\
         <title>{} — who says what</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(&title)
    );
    header_html(&mut page, doc, analysis, edits, &title);
    page.push_str("<main>\n");
    article_html(&mut page, doc, analysis, &edits.marks);
    page.push_str("<aside>\n");
    sources_html(&mut page, doc, analysis, &edits.marks);
    contradictions_html(&mut page, doc, analysis, &edits.marks);
    unplaced_html(&mut page, edits);
    dropped_html(&mut page, doc, analysis, edits);
    page.push_str("</aside>\n</main>\n");
    let _ = writeln!(
        page,
        "<footer><p>Made with Counterpoint {}: quotes are found by rules and may be wrong; \
         an editor may have corrected them by hand.</p></footer>\n</body>\n</html>",
        env!("CARGO_PKG_VERSION")
    );
    page
}

/// Title, file and date, counts, and the legend of the marks.
fn header_html(page: &mut String, doc: &Document, analysis: &Analysis, edits: &Edits, title: &str) {
    let _ = writeln!(page, "<header>\n<h1>{}</h1>", escape(title));
    let mut meta = doc.file_name();
    if let Some(date) = doc.published {
        let _ = write!(meta, " · published {}", date.format("%-d %B %Y"));
    }
    let _ = write!(
        meta,
        " · {} · {} · {}",
        count(analysis.speakers.len(), "speaker"),
        count(analysis.quotes.len(), "quote"),
        count(analysis.contradictions.len(), "contradiction")
    );
    if edits.applied > 0 {
        let _ = write!(
            meta,
            " · {} by an editor",
            count(edits.applied, "correction")
        );
    }
    let _ = writeln!(page, "<p class=\"meta\">{}</p>", escape(&meta));
    page.push_str(
        "<p class=\"note legend\">Key: <mark class=\"s0\">a speaker's words</mark>\
         <mark class=\"su\">words with no known speaker</mark>\
         <mark class=\"su contradicted\">part of a contradiction (wavy underline)</mark>\
         <mark class=\"su edited\">edited by hand (dashed outline)</mark></p>\n</header>\n",
    );
}

/// The article's paragraphs, quotes marked.
fn article_html(page: &mut String, doc: &Document, analysis: &Analysis, marks: &Marks) {
    let contradicted: std::collections::BTreeSet<QuoteId> = analysis
        .contradictions
        .iter()
        .flat_map(|c| [c.a, c.b])
        .collect();
    page.push_str("<article id=\"article\">\n");
    let mut opened = std::collections::BTreeSet::new();
    for para in &doc.paragraphs {
        let quoted = analysis.quotes.iter().any(|q| q.span.overlaps(para.span));
        if para.kind == ParagraphKind::Title && !quoted && !doc.title.is_empty() {
            // The headline is the page's own heading already.
            continue;
        }
        let class = match para.kind {
            ParagraphKind::Title => " class=\"headline\"",
            ParagraphKind::Furniture => " class=\"furniture\"",
            ParagraphKind::Body => "",
        };
        let _ = write!(page, "<p{class}>");
        for (span, quote) in segments(analysis, para.span) {
            let words = escape(span.slice(&doc.text));
            let Some(q) = quote else {
                page.push_str(&words);
                continue;
            };
            let mut classes = vec![speaker_class(analysis, q)];
            if contradicted.contains(&q) {
                classes.push("contradicted".to_owned());
            }
            if marks.quotes.contains(&q) {
                classes.push("edited".to_owned());
            }
            let id = if opened.insert(q) {
                format!(" id=\"{q}\"")
            } else {
                String::new()
            };
            let who = quote_title(analysis, q, marks);
            let _ = write!(
                page,
                "<mark{id} class=\"{}\" title=\"{}\">{words}</mark>",
                classes.join(" "),
                escape(&who)
            );
        }
        page.push_str("</p>\n");
    }
    page.push_str("</article>\n");
}

/// `span` cut where quotes begin and end, each piece with the innermost
/// (shortest) quote covering it, if any.
fn segments(analysis: &Analysis, span: Span) -> Vec<(Span, Option<QuoteId>)> {
    let inside: Vec<(QuoteId, Span)> = analysis
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.span.overlaps(span))
        .map(|(i, q)| (QuoteId(i), q.span))
        .collect();
    let mut cuts = vec![span.start, span.end];
    for (_, s) in &inside {
        cuts.extend([s.start.max(span.start), s.end.min(span.end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<(Span, Option<QuoteId>)> = Vec::new();
    for pair in cuts.windows(2) {
        let piece = Span::new(pair[0], pair[1]);
        let quote = inside
            .iter()
            .filter(|(_, s)| s.contains(piece.start))
            .min_by_key(|(_, s)| s.len())
            .map(|(q, _)| *q);
        match out.last_mut() {
            Some((last, q)) if *q == quote && last.end == piece.start => last.end = piece.end,
            _ => out.push((piece, quote)),
        }
    }
    out
}

/// "Dmitry Peskov — direct quote (edited by hand)".
fn quote_title(analysis: &Analysis, q: QuoteId, marks: &Marks) -> String {
    let kind = analysis.quote(q).map_or("", |q| q.kind.label());
    let edited = if marks.quotes.contains(&q) {
        " (edited by hand)"
    } else {
        ""
    };
    format!("{} — {kind}{edited}", analysis.speaker_name(q))
}

/// The colour class of a quote's speaker: `s0`…`s9`, or `su` for none.
fn speaker_class(analysis: &Analysis, q: QuoteId) -> String {
    colour_class(analysis.quote(q).and_then(|q| q.speaker))
}

fn colour_class(speaker: Option<SpeakerId>) -> String {
    speaker.map_or_else(|| "su".to_owned(), |s| format!("s{}", s.0 % COLOURS))
}

/// Speakers in order of first appearance with their quotes, then the unattributed ones.
fn sources_html(page: &mut String, doc: &Document, analysis: &Analysis, marks: &Marks) {
    page.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n");
    if analysis.quotes.is_empty() {
        page.push_str("<p class=\"note\">No quotes found in this article.</p>\n");
    }
    for index in 0..analysis.speakers.len() {
        let id = SpeakerId(index);
        let quotes = analysis.quotes_of(id);
        if quotes.is_empty() {
            continue;
        }
        let edited = if marks.speakers.contains(&id) {
            " <span class=\"tag edited-tag\">edited</span>"
        } else {
            ""
        };
        let _ = writeln!(
            page,
            "<h3 id=\"{id}\"><span class=\"chip {}\"></span>{}{edited}</h3>",
            colour_class(Some(id)),
            escape(&speaker_heading(analysis, id, quotes.len()))
        );
        quote_list_html(page, doc, analysis, marks, &quotes);
    }
    let unattributed: Vec<QuoteId> = (0..analysis.quotes.len())
        .map(QuoteId)
        .filter(|&q| analysis.quote(q).is_some_and(|q| q.speaker.is_none()))
        .collect();
    if !unattributed.is_empty() {
        let _ = writeln!(
            page,
            "<h3><span class=\"chip su\"></span>Unattributed — {}</h3>",
            count(unattributed.len(), "quote")
        );
        quote_list_html(page, doc, analysis, marks, &unattributed);
    }
    page.push_str("</section>\n");
}

fn quote_list_html(
    page: &mut String,
    doc: &Document,
    analysis: &Analysis,
    marks: &Marks,
    quotes: &[QuoteId],
) {
    page.push_str("<ul>\n");
    for &q in quotes {
        let Some(quote) = analysis.quote(q) else {
            continue;
        };
        let words = escape(&passage(doc, analysis, q));
        let body = match quote.kind {
            QuoteKind::Direct => format!("“{words}”"),
            QuoteKind::Indirect | QuoteKind::Mixed => {
                format!("<span class=\"reported\">{words}</span>")
            }
        };
        let edited = if marks.quotes.contains(&q) {
            "<span class=\"tag edited-tag\">edited</span>"
        } else {
            ""
        };
        let _ = writeln!(
            page,
            "<li><a href=\"#{q}\">{body}</a> <span class=\"tag\">{}</span>{edited}</li>",
            quote.kind.label()
        );
    }
    page.push_str("</ul>\n");
}

/// Each contradiction as a card: kind and cue, both passages, the explanation.
fn contradictions_html(page: &mut String, doc: &Document, analysis: &Analysis, marks: &Marks) {
    let _ = writeln!(
        page,
        "<section id=\"contradictions\">\n<h2>Contradictions ({})</h2>",
        analysis.contradictions.len()
    );
    if analysis.contradictions.is_empty() {
        page.push_str("<p class=\"note\">None found.</p>\n");
    }
    for (i, c) in analysis.contradictions.iter().enumerate() {
        let id = ContradictionId(i);
        let mut head = c.kind.as_str().to_owned();
        if !c.cue.is_empty() {
            let _ = write!(head, " · “{}”", c.cue);
        }
        if marks.contradictions.contains(&id) {
            head.push_str(" · added by an editor");
        } else if marks.confirmed.contains(&id) {
            head.push_str(" · confirmed by an editor");
        }
        let edited = if marks.contradictions.contains(&id) {
            " edited"
        } else {
            ""
        };
        let _ = writeln!(
            page,
            "<div class=\"contradiction{edited}\" id=\"{id}\">\n<p class=\"kind\">{}</p>",
            escape(&head)
        );
        for (q, between) in [(c.a, "<p class=\"note\">contradicts</p>"), (c.b, "")] {
            let _ = writeln!(
                page,
                "<blockquote class=\"{}\"><cite>{}</cite>{}</blockquote>{between}",
                speaker_class(analysis, q),
                escape(analysis.speaker_name(q)),
                escape(&passage(doc, analysis, q))
            );
        }
        if !c.explanation.is_empty() {
            let _ = writeln!(page, "<p>{}</p>", escape(&c.explanation));
        }
        page.push_str("</div>\n");
    }
    page.push_str("</section>\n");
}

/// The corrections that could not be placed, if any.
fn unplaced_html(page: &mut String, edits: &Edits) {
    if edits.unplaced.is_empty() {
        return;
    }
    page.push_str(
        "<section id=\"unplaced\">\n<h2>Corrections that could not be placed</h2>\n<ul>\n",
    );
    for u in &edits.unplaced {
        let _ = writeln!(
            page,
            "<li>{}: {}</li>",
            escape(&u.correction.edit.describe()),
            escape(&u.reason)
        );
    }
    page.push_str("</ul>\n</section>\n");
}

/// The contradictions the corrections left out, if any.
fn dropped_html(page: &mut String, doc: &Document, analysis: &Analysis, edits: &Edits) {
    if edits.dropped.is_empty() {
        return;
    }
    page.push_str(
        "<section id=\"dropped\">\n<h2>Contradictions left out after corrections</h2>\n<ul>\n",
    );
    for d in &edits.dropped {
        let _ = writeln!(
            page,
            "<li>{}</li>",
            escape(&d.describe(&doc.text, analysis))
        );
    }
    page.push_str("</ul>\n</section>\n");
}

fn count(n: usize, what: &str) -> String {
    let plural = if n == 1 { "" } else { "s" };
    format!("{n} {what}{plural}")
}

/// `s` safe inside HTML text and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_the_article_is_escaped() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
