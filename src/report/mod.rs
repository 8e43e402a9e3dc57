//! The analysis as reports: `counterpoint-report/1` JSON (here), Markdown
//! ([`markdown`]) and a standalone HTML page ([`html`]).
//!
//! The JSON shape is the contract in `shared/report-format.md`: fields may be
//! added, never renamed or removed without changing [`FORMAT`]. Editors'
//! corrections add only optional fields: `edited` and `confirmed` on the
//! items they touched, and a `corrections` summary.

pub mod html;
pub mod markdown;

use serde::Serialize;

use crate::corrections::{Edit, Edits};
use crate::document::Document;
use crate::engine::{Analysis, ContradictionId, QuoteId, SpeakerId};

pub use html::to_html;
pub use markdown::{speaker_heading, to_markdown, to_markdown_with};

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
    /// What editors' corrections did; absent when there are none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrections: Option<ReportCorrections<'a>>,
}

/// The `corrections` object: how many corrections took effect, the ones
/// that could not be placed in the article as it is now, and the
/// contradictions they left out.
#[derive(Debug, Serialize)]
pub struct ReportCorrections<'a> {
    /// Corrections that took effect.
    pub applied: usize,
    /// Corrections that could not be placed.
    pub unplaced: Vec<ReportUnplaced<'a>>,
    /// Contradictions left out because the corrections put both passages
    /// in one speaker's mouth; absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dropped: Vec<ReportDropped>,
}

/// One contradiction left out of the corrected analysis.
#[derive(Debug, Serialize)]
pub struct ReportDropped {
    /// The contradicting quote (its id in `quotes`).
    pub a: String,
    /// The contradicted quote.
    pub b: String,
    /// denial, dispute, conflicting-figures or negation.
    pub kind: &'static str,
    /// Why: "both passages are now by …".
    pub reason: String,
}

/// One correction that could not be placed.
#[derive(Debug, Serialize)]
pub struct ReportUnplaced<'a> {
    /// What it was meant to do, as stored in the sidecar.
    pub correction: &'a Edit,
    /// Why it could not be placed.
    pub reason: &'a str,
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
    /// True when an editor created, renamed or merged the speaker.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
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
    /// True when an editor added the quote or changed its speaker.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
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
    /// True when an editor added the contradiction.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
    /// True when an editor confirmed (or added) the contradiction.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub confirmed: bool,
}

/// No corrections: what the plain engine reports carry.
static NO_EDITS: std::sync::LazyLock<Edits> = std::sync::LazyLock::new(Edits::default);

/// Builds the JSON report of an analysis.
pub fn build<'a>(doc: &'a Document, analysis: &'a Analysis) -> Report<'a> {
    build_with(doc, analysis, &NO_EDITS)
}

/// Builds the JSON report of a corrected analysis, marking what `edits` changed.
pub fn build_with<'a>(doc: &'a Document, analysis: &'a Analysis, edits: &'a Edits) -> Report<'a> {
    let marks = &edits.marks;
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
            edited: marks.speakers.contains(&SpeakerId(i)),
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
            edited: marks.quotes.contains(&QuoteId(i)),
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
            edited: marks.contradictions.contains(&ContradictionId(i)),
            confirmed: marks.confirmed.contains(&ContradictionId(i)),
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
        corrections: (!edits.is_empty()).then(|| ReportCorrections {
            applied: edits.applied,
            unplaced: edits
                .unplaced
                .iter()
                .map(|u| ReportUnplaced {
                    correction: &u.correction.edit,
                    reason: &u.reason,
                })
                .collect(),
            dropped: edits
                .dropped
                .iter()
                .map(|d| ReportDropped {
                    a: d.a.to_string(),
                    b: d.b.to_string(),
                    kind: d.kind.as_str(),
                    reason: d.reason(),
                })
                .collect(),
        }),
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

/// The JSON report as pretty-printed text.
pub fn to_json(doc: &Document, analysis: &Analysis) -> String {
    to_json_with(doc, analysis, &NO_EDITS)
}

/// The JSON report of a corrected analysis as pretty-printed text.
pub fn to_json_with(doc: &Document, analysis: &Analysis, edits: &Edits) -> String {
    serde_json::to_string_pretty(&build_with(doc, analysis, edits)).unwrap_or_else(|e| {
        // Serialising plain strings and numbers cannot fail; keep a valid object anyway.
        format!("{{\"format\":\"{FORMAT}\",\"error\":\"{e}\"}}")
    })
}
