//! Why a passage was given to its speaker, in words a student can follow:
//! the cue words, the rule the engine applied (its `reason`) and how sure it is.
//!
//! Shown in the passage's tooltip and in the details under the selection bar.

use egui::{Frame, Margin, RichText, Ui};

use super::state::{Article, collapse_whitespace};
use super::theme;
use crate::engine::QuoteId;

/// A confidence of at least this is called "high".
pub const HIGH: f32 = 0.85;
/// A confidence of at least this (and below [`HIGH`]) is called "medium";
/// anything lower "low".
pub const MEDIUM: f32 = 0.65;

/// The explanation of one attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// The speaker's name, or "Unknown speaker".
    pub speaker: String,
    /// "direct", "reported" or "reported, with quoted words".
    pub kind: &'static str,
    /// The words that attribute the passage ("told journalists"), if any.
    pub cue: Option<String>,
    /// The rule that chose the speaker ("pronoun “he” → last male speaker, …").
    pub rule: String,
    /// How sure the engine is, 0–1.
    pub confidence: f32,
}

impl Explanation {
    /// Explains `quote` of `article`, or `None` for an unknown quote.
    pub fn of(article: &Article, quote: QuoteId) -> Option<Self> {
        let analysis = &article.analysis;
        let q = analysis.quote(quote)?;
        let speaker = match q.speaker.and_then(|s| analysis.speaker(s)) {
            Some(s) => s.name.clone(),
            None => "Unknown speaker".to_owned(),
        };
        let rule = if !q.reason.trim().is_empty() {
            collapse_whitespace(&q.reason)
        } else if q.speaker.is_none() {
            "no speaker could be found near the passage".to_owned()
        } else {
            "no rule recorded".to_owned()
        };
        Some(Self {
            speaker,
            kind: q.kind.label(),
            cue: q.cue.clone().filter(|c| !c.trim().is_empty()),
            rule,
            confidence: q.confidence.clamp(0.0, 1.0),
        })
    }

    /// "high", "medium" or "low" (see [`HIGH`] and [`MEDIUM`]).
    pub fn level(&self) -> &'static str {
        if self.confidence >= HIGH {
            "high"
        } else if self.confidence >= MEDIUM {
            "medium"
        } else {
            "low"
        }
    }

    /// The explanation as lines: cue, rule, confidence.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::with_capacity(3);
        match &self.cue {
            Some(cue) => lines.push(format!("Cue words: “{cue}”")),
            None => lines.push("Cue words: none".to_owned()),
        }
        lines.push(format!("Rule: {}", self.rule));
        lines.push(format!(
            "Confidence: {:.0}% ({})",
            self.confidence * 100.0,
            self.level()
        ));
        lines
    }
}

/// The explanation lines in small text (for the passage tooltip).
pub fn explanation_lines_ui(ui: &mut Ui, article: &Article, quote: QuoteId) {
    let Some(why) = Explanation::of(article, quote) else {
        return;
    };
    ui.add_space(4.0);
    for line in why.lines() {
        let line = super::article::drawable(ui, &line);
        ui.label(RichText::new(line).size(theme::NOTE_SIZE).weak());
    }
}

/// The details panel: "Why Dmitry Peskov?" with the cue, rule and confidence.
pub fn details_ui(ui: &mut Ui, article: &Article, quote: QuoteId) {
    let Some(why) = Explanation::of(article, quote) else {
        return;
    };
    Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(4.0)
        .inner_margin(Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(format!("Why {}? ({})", why.speaker, why.kind)).strong());
            for line in why.lines() {
                let line = super::article::drawable(ui, &line);
                ui.label(RichText::new(line).size(theme::NOTE_SIZE));
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn explanation(confidence: f32) -> Explanation {
        Explanation {
            speaker: "Dmitry Peskov".to_owned(),
            kind: "direct",
            cue: Some("told journalists".to_owned()),
            rule: "pronoun “he” → last male speaker, Dmitry Peskov".to_owned(),
            confidence,
        }
    }

    #[test]
    fn lines_name_the_cue_the_rule_and_the_confidence() {
        let lines = explanation(0.75).lines();
        assert_eq!(
            lines,
            vec![
                "Cue words: “told journalists”",
                "Rule: pronoun “he” → last male speaker, Dmitry Peskov",
                "Confidence: 75% (medium)",
            ]
        );
        assert_eq!(explanation(0.9).level(), "high");
        assert_eq!(explanation(0.3).level(), "low");
    }
}
