//! What the panes show under the reader's filters: the filter box (a
//! speaker's name or words of a passage), the toggles for direct quotes,
//! reported speech and contradictions, and the speaker chosen by its chip.
//!
//! The same rules apply to the article's marks, the sources list and the
//! next/previous keys, so that they never disagree.

use egui::{Button, Color32, RichText, Sense, Stroke, StrokeKind, TextEdit, Ui, vec2};

use super::passages::Mark;
use super::reader::{ReaderCommand, Shown};
use super::state::{AppState, Article, Command};
use crate::engine::{ContradictionId, QuoteId, QuoteKind, SpeakerId};

/// True when the filter text is blank or `haystack` contains it, ignoring case.
fn matches_filter(filter: &str, haystack: &str) -> bool {
    let filter = filter.trim();
    filter.is_empty() || haystack.to_lowercase().contains(&filter.to_lowercase())
}

/// True when the quote's speaker (name, role or any alias) matches the filter text.
fn speaker_matches(article: &Article, quote: QuoteId, filter: &str) -> bool {
    let analysis = &article.analysis;
    let Some(s) = analysis.speaker_of(quote) else {
        return false;
    };
    std::iter::once(&s.name)
        .chain(s.role.iter())
        .chain(s.aliases.iter())
        .any(|name| matches_filter(filter, name))
}

/// True when the quote passes the kind toggles, the speaker chip and the filter box.
pub fn quote_shown(state: &AppState, article: &Article, quote: QuoteId) -> bool {
    let Some(q) = article.analysis.quote(quote) else {
        return false;
    };
    let reader = &state.reader;
    let kind_shown = match q.kind {
        QuoteKind::Direct => reader.shown.direct,
        QuoteKind::Indirect | QuoteKind::Mixed => reader.shown.reported,
    };
    let speaker_shown = state.speaker_filter.is_none_or(|s| q.speaker == Some(s));
    let filter = &reader.filter_text;
    let text_shown = filter.trim().is_empty()
        || speaker_matches(article, quote, filter)
        || matches_filter(filter, &article.passage(quote));
    kind_shown && speaker_shown && text_shown
}

/// True when the contradiction is shown: the toggle is on, and one of its
/// passages belongs to the chosen speaker and matches the filter box.
pub fn contradiction_shown(state: &AppState, article: &Article, id: ContradictionId) -> bool {
    let Some(c) = article.analysis.contradictions.get(id.0) else {
        return false;
    };
    let filter = &state.reader.filter_text;
    let side_shown = |q: QuoteId| {
        let speaker = article.analysis.quote(q).and_then(|q| q.speaker);
        state.speaker_filter.is_none_or(|s| speaker == Some(s))
            && (filter.trim().is_empty()
                || speaker_matches(article, q, filter)
                || matches_filter(filter, &article.passage(q)))
    };
    state.reader.shown.contradictions && (side_shown(c.a) || side_shown(c.b))
}

/// `quotes` without those the filters hide.
pub fn shown_quotes(state: &AppState, article: &Article, quotes: &[QuoteId]) -> Vec<QuoteId> {
    quotes
        .iter()
        .copied()
        .filter(|&q| quote_shown(state, article, q))
        .collect()
}

/// The article's marks without those the filters hide; contradiction
/// underlines go when contradictions are toggled off.
pub fn shown_marks(state: &AppState, article: &Article, marks: Vec<Mark>) -> Vec<Mark> {
    let contradictions = state.reader.shown.contradictions;
    marks
        .into_iter()
        .filter(|m| quote_shown(state, article, m.quote))
        .map(|mut m| {
            m.contradiction &= contradictions;
            m
        })
        .collect()
}

/// The filter box and the three kind toggles, above the sources list.
pub fn filter_controls_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let reader = &state.reader;
    ui.horizontal(|ui| {
        let label = ui.label("Filter:");
        let mut text = reader.filter_text.clone();
        let field = ui
            .add(
                TextEdit::singleline(&mut text)
                    .hint_text("speaker or words")
                    .desired_width(ui.available_width() - 70.0),
            )
            .labelled_by(label.id);
        if field.changed() {
            out.push(Command::Reader(ReaderCommand::SetFilterText(text)));
        }
        if !reader.filter_text.is_empty() && ui.button("Clear filter").clicked() {
            out.push(Command::Reader(ReaderCommand::SetFilterText(String::new())));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let mut shown: Shown = reader.shown;
        let changed = ui.checkbox(&mut shown.direct, "Direct quotes").changed()
            | ui.checkbox(&mut shown.reported, "Reported speech")
                .changed()
            | ui.checkbox(&mut shown.contradictions, "Contradictions")
                .changed();
        if changed {
            out.push(Command::Reader(ReaderCommand::SetShown(shown)));
        }
    });
}

/// A speaker's chip and heading as one button: a click shows only that
/// speaker's passages, a second click everyone's again.
pub fn speaker_chip_ui(
    ui: &mut Ui,
    state: &AppState,
    speaker: Option<SpeakerId>,
    fill: Color32,
    heading: &str,
    out: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let Some(id) = speaker else {
            super::sources::color_chip_ui(ui, fill);
            ui.strong(heading);
            return;
        };
        // The chip takes clicks from the pointer; the keyboard reaches the
        // heading button next to it, which does the same.
        let (rect, chip) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::CLICK);
        let stroke = Stroke::new(1.0, ui.visuals().weak_text_color());
        ui.painter()
            .rect(rect, 3.0, fill, stroke, StrokeKind::Inside);
        let only = state.speaker_filter == Some(id);
        let button = Button::selectable(only, RichText::new(heading).strong());
        let hint = if only {
            "Show everyone's passages again"
        } else {
            "Show only this speaker's passages"
        };
        let clicked = ui.add(button).on_hover_text(hint).clicked();
        if clicked || chip.on_hover_text(hint).clicked() {
            out.push(Command::FilterSpeaker((!only).then_some(id)));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_filters_match_everything_and_case_is_ignored() {
        assert!(matches_filter("  ", "anything"));
        assert!(matches_filter("PESKOV", "Dmitry Peskov"));
        assert!(!matches_filter("Trump", "Dmitry Peskov"));
    }
}
