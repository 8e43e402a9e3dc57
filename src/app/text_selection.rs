//! Selecting words of the article with the pointer, and adding them as a quote.
//!
//! The article's paragraphs are painted by hand, so egui gives them no text
//! selection: this module does. Press on a word, drag (across paragraphs if
//! need be) and release; the words under the drag become
//! [`AppState::text_selection`], a byte range of the document trimmed of
//! whitespace, painted in the theme's selection colour. A click elsewhere in
//! the article or Escape clears it. The selection bar at the foot of the
//! article pane and the article's right-click menu offer "Add quote from
//! selection…", which opens the Add quote dialog with the words filled in.
//!
//! The drag under way (where it started) is pointer state, kept in egui's
//! memory; the selection itself goes through [`Command::SelectText`].

use egui::emath::TSTransform;
use egui::text::CCursor;
use egui::text_selection::CCursorRange;
use egui::text_selection::accesskit_text::update_accesskit_for_text_widget;
use egui::{
    Button, Galley, Id, PointerButton, Pos2, Rect, Response, RichText, StrokeKind, Ui, Vec2, vec2,
};

use super::passages::{self, ParagraphText};
use super::state::{AppState, Command, Dialog, EditCommand, collapse_whitespace, shorten};
use crate::document::Span;
use crate::engine::QuoteKind;

/// Where the drag under way started.
#[derive(Debug, Clone, Copy)]
struct Drag {
    /// The byte of the document the press was on (the selection's anchor).
    anchor: usize,
    /// The paragraph the drag started on (egui tracks the drag by its id).
    owner: Id,
}

fn drag_memory_id() -> Id {
    Id::unique("counterpoint-article-text-drag")
}

/// The byte the drag under way started on, if a drag is under way: the
/// article keeps that paragraph laid out while it lasts.
pub fn drag_anchor(ui: &Ui) -> Option<usize> {
    let drag: Drag = ui.data(|d| d.get_temp(drag_memory_id()))?;
    ui.ctx().is_being_dragged(drag.owner).then_some(drag.anchor)
}

/// One paragraph's part in the text selection: starts a drag pressed on it,
/// moves the selection's end while the pointer is over it, ends the drag.
pub fn paragraph_drag_ui(
    ui: &Ui,
    response: &Response,
    galley: &Galley,
    mapped: &ParagraphText,
    out: &mut Vec<Command>,
) {
    let origin = response.rect.min;
    let id = drag_memory_id();
    if response.drag_started_by(PointerButton::Primary)
        && let Some(press) = ui.input(|i| i.pointer.press_origin())
    {
        let anchor = byte_at(galley, mapped, press - origin);
        ui.data_mut(|d| {
            d.insert_temp(
                id,
                Drag {
                    anchor,
                    owner: response.id,
                },
            );
        });
    }
    let drag: Option<Drag> = ui.data(|d| d.get_temp(id));
    if let Some(drag) = drag
        && ui.ctx().is_being_dragged(drag.owner)
        && let Some(pos) = ui.input(|i| i.pointer.latest_pos())
        && covers_height(response.rect, pos)
    {
        let focus = byte_at(galley, mapped, pos - origin);
        out.push(Command::SelectText(Span::new(
            drag.anchor.min(focus),
            drag.anchor.max(focus),
        )));
    }
    if response.drag_stopped() {
        ui.data_mut(|d| d.remove::<Drag>(id));
    }
}

/// While a drag goes past the top or the bottom of the article's view,
/// scrolls the article along (faster the farther the pointer is).
pub fn drag_scroll_ui(ui: &Ui) {
    const EDGE: f32 = 24.0;
    const FASTEST: f32 = 40.0;
    if drag_anchor(ui).is_none() {
        return;
    }
    let Some(pos) = ui.input(|i| i.pointer.latest_pos()) else {
        return;
    };
    let clip = ui.clip_rect();
    // Positive moves the text down, showing what is above.
    let delta = if pos.y < clip.top() + EDGE {
        (clip.top() + EDGE - pos.y).min(FASTEST)
    } else if pos.y > clip.bottom() - EDGE {
        -(pos.y - clip.bottom() + EDGE).min(FASTEST)
    } else {
        return;
    };
    ui.scroll_with_delta(vec2(0.0, delta));
    ui.ctx().request_repaint();
}

/// True when `pos` is level with the paragraph at `rect`, or in the half of
/// the gap to its neighbours next to it.
fn covers_height(rect: Rect, pos: Pos2) -> bool {
    let margin = super::theme::BODY_SIZE * 0.4;
    rect.top() - margin <= pos.y && pos.y < rect.bottom() + margin
}

/// The document byte at the character boundary nearest `pos` (relative to
/// the galley's top-left): a point left of a line is its start, right of it
/// its end.
fn byte_at(galley: &Galley, mapped: &ParagraphText, pos: Vec2) -> usize {
    mapped.boundary(galley.cursor_from_pos(pos).index.0)
}

/// Paints the part of the text selection that lies in this paragraph (its
/// galley drawn at `origin`), behind the text.
pub fn paint_selection(
    ui: &Ui,
    span: Option<Span>,
    galley: &Galley,
    origin: Pos2,
    mapped: &ParagraphText,
) {
    let Some(span) = span.filter(|s| s.overlaps(mapped.span)) else {
        return;
    };
    let fill = super::theme::text_selection_fill(ui.visuals());
    let stroke = super::theme::text_selection_stroke(ui.visuals());
    for r in passages::char_rects(galley, &mapped.chars_of(span)) {
        let r = r.translate(origin.to_vec2()).expand2(vec2(1.0, 2.0));
        ui.painter().rect(r, 2.0, fill, stroke, StrokeKind::Inside);
    }
}

/// Tells assistive technology the paragraph's text, line by line, and the
/// part of the text selection in it.
pub fn accesskit_text(
    ui: &Ui,
    response: &Response,
    galley: &Galley,
    mapped: &ParagraphText,
    selection: Option<Span>,
) {
    let cursors = selection
        .filter(|s| s.overlaps(mapped.span))
        .map(|s| mapped.chars_of(s))
        .map(|chars| CCursorRange::two(CCursor::new(chars.start), CCursor::new(chars.end)));
    update_accesskit_for_text_widget(
        ui.ctx(),
        response.id,
        cursors,
        TSTransform::from_translation(response.rect.min.to_vec2()),
        galley,
    );
}

/// The bar at the foot of the article pane while words are selected: the
/// words, "Add quote from selection…", "Copy selected words", "Clear selection".
pub fn selection_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(words) = state.selected_text() else {
        return;
    };
    ui.horizontal(|ui| {
        selection_buttons_ui(ui, out);
        let words = shorten(&collapse_whitespace(words), 120);
        ui.add(egui::Label::new(RichText::new(format!("Selected words: “{words}”"))).truncate());
    });
}

/// The article's right-click menu: what can be done with the selected words.
pub fn article_menu_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    if state.text_selection.is_none() {
        ui.add_enabled(false, Button::new("Add quote from selection…"))
            .on_disabled_hover_text("Drag across words of the article to select them first");
        return;
    }
    selection_buttons_ui(ui, out);
}

fn selection_buttons_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    let add = ui
        .button("Add quote from selection…")
        .on_hover_text("Add the selected words as a quote: choose who says them and how");
    if add.clicked() {
        out.push(Command::Edit(EditCommand::AddQuoteFromSelection));
        ui.close();
    }
    let copy = ui.button("Copy selected words").on_hover_text("Ctrl+C");
    if copy.clicked() {
        out.push(Command::CopySelectedText);
        ui.close();
    }
    if ui
        .button("Clear selection")
        .on_hover_text("Esc, or click elsewhere in the article")
        .clicked()
    {
        out.push(Command::ClearSelection);
        ui.close();
    }
}

impl AppState {
    /// The words of the text selection, as they stand in the article.
    pub fn selected_text(&self) -> Option<&str> {
        let span = self.text_selection?;
        let article = self.article.as_ref()?;
        article.document.text.get(span.range())
    }

    /// Selects the words at `span`: widened to character boundaries, clipped
    /// to the text, trimmed of whitespace; nothing when that leaves no words.
    pub(super) fn select_text(&mut self, span: Span) {
        let Some(article) = &self.article else {
            return;
        };
        let text = &article.document.text;
        let start = text.floor_char_boundary(span.start.min(text.len()));
        let end = text.ceil_char_boundary(span.end.min(text.len()));
        let span = Span::new(start, end).trimmed(text);
        self.text_selection = (!span.is_empty()).then_some(span);
    }

    /// Opens the Add quote dialog with the selected words filled in.
    pub(super) fn add_quote_from_selection(&mut self) {
        let Some(span) = self.text_selection else {
            self.editing.notice =
                Some("Select the words first: drag across them in the article.".to_owned());
            return;
        };
        let Some(words) = self.selected_text().map(collapse_whitespace) else {
            return;
        };
        self.editing.dialog = Some(Dialog::AddQuote {
            words,
            speaker: String::new(),
            kind: QuoteKind::Direct,
            near: Some(span),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::engine::Analysis;
    use crate::{app::state::Article, document::Span};

    fn state_with(text: &str) -> AppState {
        let mut state = AppState::new();
        state.show(Article::with_analysis(
            Document::from_text("a.txt", text),
            Analysis::default(),
        ));
        state
    }

    #[test]
    fn a_selection_is_snapped_to_characters_trimmed_and_clipped() {
        let mut state = state_with("Headline\n\n«Évidemment», dit-il.");
        let text = state.article.as_ref().map(|a| a.document.text.clone());
        let text = text.unwrap_or_default();
        let start = text.find('«').unwrap_or_default();
        // From the middle of « (two bytes) to past the end of the text.
        state.handle(Command::SelectText(Span::new(start + 1, text.len() + 40)));
        assert_eq!(state.selected_text(), Some("«Évidemment», dit-il."));
        // Whitespace around the words is left out.
        let space = text.find(" dit").unwrap_or_default();
        state.handle(Command::SelectText(Span::new(space, space + 4)));
        assert_eq!(state.selected_text(), Some("dit"));
        // Only whitespace is no selection at all.
        state.handle(Command::SelectText(Span::new(space, space + 1)));
        assert_eq!(state.text_selection, None);
    }

    #[test]
    fn add_quote_from_selection_fills_the_dialog_and_clear_selection_empties_it() {
        let mut state = state_with("Headline\n\nShe said the plan\nworks well.");
        state.handle(Command::Edit(EditCommand::AddQuoteFromSelection));
        assert!(state.editing.dialog.is_none(), "nothing selected yet");
        let text = state.article.as_ref().map(|a| a.document.text.clone());
        let text = text.unwrap_or_default();
        let start = text.find("the plan").unwrap_or_default();
        let end = text.find(" well").unwrap_or_default();
        state.handle(Command::SelectText(Span::new(start, end)));
        state.handle(Command::Edit(EditCommand::AddQuoteFromSelection));
        assert_eq!(
            state.editing.dialog,
            Some(Dialog::AddQuote {
                words: "the plan works".to_owned(),
                speaker: String::new(),
                kind: QuoteKind::Direct,
                near: Some(Span::new(start, end)),
            })
        );
        state.handle(Command::ClearSelection);
        assert_eq!(state.text_selection, None);
    }
}
