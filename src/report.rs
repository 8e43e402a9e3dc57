//! The analysis as reports: `counterpoint-report/1` JSON and Markdown.
//!
//! The JSON shape is the contract in `shared/report-format.md`: fields may be
//! added, never renamed or removed without changing [`FORMAT`].

use std::fmt::Write as _;

use serde::Serialize;

use crate::document::Document;
use crate::engine::{Analysis, QuoteId, QuoteKind, SpeakerId};

/// The report format this module writes.
pub const FORMAT: &str = "counterpoint-report/1";

/// The JSON report, field for field.
#[derive(Debug, Serialize)]
pub struct Report<'a> {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// The article.
    pub document: ReportDocument<'a>,
    /// Speakers in order of first appearance.
    pub speakers: Vec<ReportSpeaker<'a>>,
    /// Quotes in document order.
    pub quotes: Vec<ReportQuote<'a>>,
    /// Contradictions.
    pub contradictions: Vec<ReportContradiction<'a>>,
}

/// The `document` object of the report.
#[derive(Debug, Serialize)]
pub struct ReportDocument<'a> {
    /// The path as given.
    pub path: String,
    /// Headline.
    pub title: &'a str,
    /// RFC 3339 publication date, or null.
    pub published: Option<String>,
    /// Size of the file in bytes.
    pub bytes: u64,
    /// The text the offsets refer to, when it is extracted from a formatted
    /// file (Markdown, web page, Word document) rather than the file's own
    /// text; absent for plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
}

/// One entry of `speakers`.
#[derive(Debug, Serialize)]
pub struct ReportSpeaker<'a> {
    /// `s1`, `s2`, …
    pub id: String,
    /// Canonical name.
    pub name: &'a str,
    /// person, organization, group or unknown.
    pub kind: &'static str,
    /// Role or title, or null.
    pub role: Option<&'a str>,
    /// Id of the organisation spoken for, or null.
    pub affiliation: Option<String>,
    /// Other names used for the speaker.
    pub aliases: &'a [String],
}

/// One entry of `quotes`.
#[derive(Debug, Serialize)]
pub struct ReportQuote<'a> {
    /// `q1`, `q2`, …
    pub id: String,
    /// Speaker id, or null.
    pub speaker: Option<String>,
    /// direct, indirect or mixed.
    pub kind: &'static str,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The text of the span.
    pub text: &'a str,
    /// Attribution cue, or null.
    pub cue: Option<&'a str>,
    /// Confidence in the speaker, 0–1.
    pub confidence: f32,
}

/// One entry of `contradictions`.
#[derive(Debug, Serialize)]
pub struct ReportContradiction<'a> {
    /// `c1`, `c2`, …
    pub id: String,
    /// The contradicting quote.
    pub a: String,
    /// The contradicted quote.
    pub b: String,
    /// denial, dispute, conflicting-figures or negation.
    pub kind: &'static str,
    /// Signal words.
    pub cue: &'a str,
    /// One sentence naming both parties.
    pub explanation: &'a str,
    /// Confidence, 0–1.
    pub confidence: f32,
}

/// Builds the JSON report of an analysis.
pub fn build<'a>(doc: &'a Document, analysis: &'a Analysis) -> Report<'a> {
    let speakers = analysis
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| ReportSpeaker {
            id: SpeakerId(i).to_string(),
            name: &s.name,
            kind: s.kind.as_str(),
            role: s.role.as_deref(),
            affiliation: s.affiliation.map(|a| a.to_string()),
            aliases: &s.aliases,
        })
        .collect();
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| ReportQuote {
            id: QuoteId(i).to_string(),
            speaker: q.speaker.map(|s| s.to_string()),
            kind: q.kind.as_str(),
            start: q.span.start,
            end: q.span.end,
            text: q.span.slice(&doc.text),
            cue: q.cue.as_deref(),
            confidence: round2(q.confidence),
        })
        .collect();
    let contradictions = analysis
        .contradictions
        .iter()
        .enumerate()
        .map(|(i, c)| ReportContradiction {
            id: format!("c{}", i + 1),
            a: c.a.to_string(),
            b: c.b.to_string(),
            kind: c.kind.as_str(),
            cue: &c.cue,
            explanation: &c.explanation,
            confidence: round2(c.confidence),
        })
        .collect();
    Report {
        format: FORMAT,
        document: ReportDocument {
            path: doc.path.display().to_string(),
            title: &doc.title,
            published: doc
                .published
                .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            bytes: doc.bytes,
            text: (!doc.format.is_plain_text()).then_some(doc.text.as_str()),
        },
        speakers,
        quotes,
        contradictions,
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// The JSON report as pretty-printed text.
pub fn to_json(doc: &Document, analysis: &Analysis) -> String {
    serde_json::to_string_pretty(&build(doc, analysis)).unwrap_or_else(|e| {
        // Serialising plain strings and numbers cannot fail; keep a valid object anyway.
        format!("{{\"format\":\"{FORMAT}\",\"error\":\"{e}\"}}")
    })
}

/// A readable Markdown summary: speakers with their quotes, then contradictions.
pub fn to_markdown(doc: &Document, analysis: &Analysis) -> String {
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
        let _ = writeln!(
            md,
            "### {}\n",
            speaker_heading(analysis, SpeakerId(i), quotes.len())
        );
        for q in quotes {
            write_quote_line(&mut md, doc, analysis, q);
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
            write_quote_line(&mut md, doc, analysis, q);
        }
        md.push('\n');
    }
    let _ = writeln!(md, "## Contradictions\n");
    if analysis.contradictions.is_empty() {
        let _ = writeln!(md, "None found.");
    }
    for (i, c) in analysis.contradictions.iter().enumerate() {
        let _ = writeln!(
            md,
            "{}. **{}** ({}, cue “{}”): {}",
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

fn write_quote_line(md: &mut String, doc: &Document, analysis: &Analysis, q: QuoteId) {
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
    let _ = writeln!(md, "- ({kind}{cue}) “{}”", passage(doc, analysis, q));
}

fn passage(doc: &Document, analysis: &Analysis, q: QuoteId) -> String {
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
