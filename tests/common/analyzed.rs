//! An article and the engine's analysis of it, described for failure messages.

use std::fmt::Write as _;
use std::path::Path;

use counterpoint::engine::{Analysis, QuoteId, Speaker, SpeakerId};
use counterpoint::{Document, analyze};

use super::shorten;

/// A document and the engine's analysis of it.
pub struct Analyzed {
    /// The article as loaded.
    pub doc: Document,
    /// What the engine found in it.
    pub analysis: Analysis,
}

impl Analyzed {
    /// Loads and analyses an article; panics when it cannot be loaded.
    pub fn load(path: &Path) -> Self {
        let doc =
            Document::load(path).unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
        let analysis = analyze(&doc);
        Self { doc, analysis }
    }

    /// The words of a quote.
    pub fn text_of(&self, q: QuoteId) -> &str {
        self.analysis.quotes[q.0].span.slice(&self.doc.text)
    }

    /// The speaker of a quote, if it has one.
    pub fn speaker_of(&self, q: QuoteId) -> Option<&Speaker> {
        self.analysis.quotes[q.0]
            .speaker
            .and_then(|s| self.analysis.speaker(s))
    }

    /// `q3 (indirect, s2 “Kremlin”) “informing the United States…”`.
    pub fn quote_label(&self, q: QuoteId) -> String {
        let quote = &self.analysis.quotes[q.0];
        let who = quote
            .speaker
            .map_or_else(|| "no speaker".to_owned(), |s| self.speaker_label(s));
        format!(
            "{q} ({}, {who}) “{}”",
            quote.kind.as_str(),
            shorten(self.text_of(q))
        )
    }

    /// `s2 “Kremlin”`.
    pub fn speaker_label(&self, s: SpeakerId) -> String {
        format!(
            "{s} “{}”",
            self.analysis.speaker(s).map_or("?", |sp| sp.name.as_str())
        )
    }

    /// `c1 denial, cue “denied”: q3 (…) contradicts q1 (…)`.
    pub fn contradiction_label(&self, i: usize) -> String {
        let c = &self.analysis.contradictions[i];
        format!(
            "c{} {}, cue “{}”: {} contradicts {}",
            i + 1,
            c.kind.as_str(),
            c.cue,
            self.quote_label(c.a),
            self.quote_label(c.b)
        )
    }

    /// The engine's whole output, for failure messages.
    pub fn describe(&self) -> String {
        let mut out = String::from("  speakers:\n");
        for (i, s) in self.analysis.speakers.iter().enumerate() {
            let id = SpeakerId(i);
            let role = s
                .role
                .as_deref()
                .map(|r| format!("; role {r}"))
                .unwrap_or_default();
            let org = s
                .affiliation
                .map(|a| format!("; for {}", self.speaker_label(a)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    {id} “{}” ({}{role}{org}; aliases {:?})",
                s.name,
                s.kind.as_str(),
                s.aliases
            );
        }
        out.push_str("  quotes:\n");
        for (i, q) in self.analysis.quotes.iter().enumerate() {
            let cue = q
                .cue
                .as_deref()
                .map(|c| format!(", cue “{c}”"))
                .unwrap_or_default();
            let _ = writeln!(out, "    {}{cue}", self.quote_label(QuoteId(i)));
        }
        out.push_str("  contradictions:\n");
        if self.analysis.contradictions.is_empty() {
            out.push_str("    (none)\n");
        }
        for i in 0..self.analysis.contradictions.len() {
            let _ = writeln!(out, "    {}", self.contradiction_label(i));
        }
        out
    }
}
