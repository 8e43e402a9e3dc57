//! The Markdown report: speakers with their quotes, then contradictions.

use std::fmt::Write as _;

use crate::corrections::Edits;
use crate::document::Document;
use crate::engine::{Analysis, ContradictionId, QuoteId, QuoteKind, SpeakerId};

use super::NO_EDITS;

/// A readable Markdown summary: speakers with their quotes, then contradictions.
pub fn to_markdown(doc: &Document, analysis: &Analysis) -> String {
    to_markdown_with(doc, analysis, &NO_EDITS)
}

/// The Markdown summary of a corrected analysis: items an editor touched
/// say so, and corrections that could not be placed are listed at the end.
pub fn to_markdown_with(doc: &Document, analysis: &Analysis, edits: &Edits) -> String {
    let marks = &edits.marks;
    let mut md = String::new();
    let title = if doc.title.is_empty() {
        doc.file_name()
    } else {
        doc.title.clone()
    };
    let _ = writeln!(md, "# {title}\n");
    let _ = writeln!(
        md,
        "{} speakers, {} quotes, {} contradictions.\n",
        analysis.speakers.len(),
        analysis.quotes.len(),
        analysis.contradictions.len()
    );
    let _ = writeln!(md, "## Speakers\n");
    for (i, s) in analysis.speakers.iter().enumerate() {
        let quotes = analysis.quotes_of(SpeakerId(i));
        let edited = if marks.speakers.contains(&SpeakerId(i)) {
            " (edited by hand)"
        } else {
            ""
        };
        let _ = writeln!(
            md,
            "### {}{edited}\n",
            speaker_heading(analysis, SpeakerId(i), quotes.len())
        );
        for q in quotes {
            write_quote_line(&mut md, doc, analysis, q, marks.quotes.contains(&q));
        }
        let _ = s;
        md.push('\n');
    }
    let unattributed: Vec<QuoteId> = (0..analysis.quotes.len())
        .map(QuoteId)
        .filter(|q| analysis.quotes[q.0].speaker.is_none())
        .collect();
    if !unattributed.is_empty() {
        let _ = writeln!(md, "### Unattributed\n");
        for q in unattributed {
            write_quote_line(&mut md, doc, analysis, q, marks.quotes.contains(&q));
        }
        md.push('\n');
    }
    let _ = writeln!(md, "## Contradictions\n");
    if analysis.contradictions.is_empty() {
        let _ = writeln!(md, "None found.");
    }
    for (i, c) in analysis.contradictions.iter().enumerate() {
        let id = ContradictionId(i);
        let by_hand = if marks.contradictions.contains(&id) {
            ", added by an editor"
        } else if marks.confirmed.contains(&id) {
            ", confirmed by an editor"
        } else {
            ""
        };
        let _ = writeln!(
            md,
            "{}. **{}** ({}, cue “{}”{by_hand}): {}",
            i + 1,
            c.kind.as_str(),
            pct(c.confidence),
            c.cue,
            c.explanation
        );
        let _ = writeln!(
            md,
            "   - {}: “{}”",
            analysis.speaker_name(c.a),
            passage(doc, analysis, c.a)
        );
        let _ = writeln!(
            md,
            "   - {}: “{}”",
            analysis.speaker_name(c.b),
            passage(doc, analysis, c.b)
        );
    }
    if !edits.unplaced.is_empty() {
        let _ = writeln!(md, "\n## Corrections that could not be placed\n");
        for u in &edits.unplaced {
            let _ = writeln!(md, "- {}: {}", u.correction.edit.describe(), u.reason);
        }
    }
    if !edits.dropped.is_empty() {
        let _ = writeln!(md, "\n## Contradictions left out after corrections\n");
        for d in &edits.dropped {
            let _ = writeln!(md, "- {}", d.describe(&doc.text, analysis));
        }
    }
    md
}

/// "Dmitry Peskov, spokesman (Kremlin) — 3 quotes".
pub fn speaker_heading(analysis: &Analysis, id: SpeakerId, count: usize) -> String {
    let Some(s) = analysis.speaker(id) else {
        return String::new();
    };
    let mut head = s.name.clone();
    if let Some(role) = &s.role
        && !s.name.to_lowercase().contains(&role.to_lowercase())
    {
        let _ = write!(head, ", {role}");
    }
    if let Some(org) = s.affiliation.and_then(|a| analysis.speaker(a)) {
        let _ = write!(head, " ({})", org.name);
    }
    let plural = if count == 1 { "" } else { "s" };
    let _ = write!(head, " — {count} quote{plural}");
    head
}

fn write_quote_line(
    md: &mut String,
    doc: &Document,
    analysis: &Analysis,
    q: QuoteId,
    edited: bool,
) {
    let Some(quote) = analysis.quote(q) else {
        return;
    };
    let kind = match quote.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "reported",
        QuoteKind::Mixed => "mixed",
    };
    let cue = quote
        .cue
        .as_deref()
        .map(|c| format!(", {c}"))
        .unwrap_or_default();
    let edited = if edited { ", edited by hand" } else { "" };
    let _ = writeln!(
        md,
        "- ({kind}{cue}{edited}) “{}”",
        passage(doc, analysis, q)
    );
}

pub(super) fn passage(doc: &Document, analysis: &Analysis, q: QuoteId) -> String {
    analysis
        .quote(q)
        .map(|quote| {
            quote
                .span
                .slice(&doc.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

fn pct(x: f32) -> String {
    format!("{:.0}%", x * 100.0)
}
