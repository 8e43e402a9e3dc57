//! The sources pane: the picture of who contradicts whom, filter chips, then
//! the speakers in order of first appearance with their quotes, and the
//! contradictions, each as its two passages side by side.

use std::collections::BTreeSet;

use egui::accesskit::Role;
use egui::text::{LayoutJob, TextFormat};
use egui::{
    Align, Button, Frame, Layout, Margin, Response, RichText, ScrollArea, Sense, Stroke,
    StrokeKind, TextStyle, Ui, UiBuilder, WidgetInfo, vec2,
};

use super::corrections_ui;
use super::graph::graph_section_ui;
use super::row_heights::RowHeights;
use super::state::{AppState, Article, Command, Pane, Selection, SourcesView, shorten};
use super::theme;
use super::visible;
use crate::engine::{ContradictionId, QuoteId, QuoteKind, SpeakerId};
use crate::report::speaker_heading;

/// Longest passage shown in a quote item, in characters.
const ITEM_CHARS: usize = 120;
/// Longest passage shown in a contradiction card, in characters.
const CARD_CHARS: usize = 200;
/// Width of the middle column of a contradiction card (kind and cue).
const CARD_MIDDLE: f32 = 84.0;

/// Shows the sources pane and returns what the user asked for.
pub fn sources_ui(ui: &mut Ui, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(article) = &state.article else {
        ui.label(RichText::new("Speakers and contradictions appear here.").weak());
        return commands;
    };
    let selected = state.selected_quotes();
    graph_section_ui(ui, state, article, &mut commands);
    ui.add_space(4.0);
    filter_bar_ui(ui, state, article, &mut commands);
    visible::filter_controls_ui(ui, state, &mut commands);
    ui.separator();
    ScrollArea::vertical()
        // A new filter makes a new list: it starts at the top.
        .id_salt((
            "sources",
            state.generation,
            state.sources_view,
            state.speaker_filter,
        ))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if state.sources_view.shows_quotes() {
                speakers_ui(ui, state, article, &selected, &mut commands);
                ui.add_space(12.0);
            }
            if state.sources_view.shows_contradictions() {
                contradictions_ui(ui, state, article, &mut commands);
            }
            ui.add_space(24.0);
        });
    if state.pending_scroll.sources {
        commands.push(Command::Scrolled(Pane::Sources));
    }
    commands
}

/// The chips "All / Quotes / Contradictions only", and the speaker the list
/// is narrowed to, with a way back to everyone.
fn filter_bar_ui(ui: &mut Ui, state: &AppState, article: &Article, out: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Show").weak());
        for view in SourcesView::ALL {
            if ui
                .selectable_label(state.sources_view == view, view.label())
                .clicked()
            {
                out.push(Command::SetSourcesView(view));
            }
        }
    });
    let Some(id) = state.speaker_filter else {
        return;
    };
    let Some(speaker) = article.analysis.speaker(id) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        color_chip_ui(ui, theme::speaker_fill(Some(id), ui.visuals().dark_mode));
        ui.label(format!("Only {}'s passages", speaker.name));
        if ui.button("Show everyone").clicked() {
            out.push(Command::FilterSpeaker(None));
        }
    });
}

/// A small square in a speaker's colour.
pub fn color_chip_ui(ui: &mut Ui, fill: egui::Color32) -> Response {
    let (rect, response) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
    let stroke = Stroke::new(1.0, ui.visuals().weak_text_color());
    ui.painter()
        .rect(rect, 3.0, fill, stroke, StrokeKind::Inside);
    response
}

/// Every speaker with their quotes, then the unattributed quotes.
fn speakers_ui(
    ui: &mut Ui,
    state: &AppState,
    article: &Article,
    selected: &BTreeSet<QuoteId>,
    out: &mut Vec<Command>,
) {
    let analysis = &article.analysis;
    ui.heading("Speakers");
    if analysis.quotes.is_empty() {
        ui.label(RichText::new("No quotes found in this article.").weak());
        return;
    }
    let mut silent = Vec::new();
    let groups = analysis.quotes_by_speaker();
    // Long articles lay out only the groups in view (see `row_heights`).
    let width = ui.available_width();
    let spacing = ui.spacing().item_spacing.y;
    let mut heights = RowHeights::take(ui, "sources-groups", state.generation, groups.len(), width);
    for (index, quotes) in groups.iter().enumerate() {
        let id = SpeakerId(index);
        if state.speaker_filter.is_some_and(|only| only != id) {
            continue;
        }
        if quotes.is_empty() {
            if let Some(s) = analysis.speaker(id) {
                silent.push(s.name.as_str());
            }
            continue;
        }
        let quotes = visible::shown_quotes(state, article, quotes);
        if quotes.is_empty() {
            continue;
        }
        let keep = state.pending_scroll.sources && quotes.iter().any(|q| selected.contains(q));
        let guess = || GROUP_HEADING_GUESS + QUOTE_ITEM_GUESS * quotes.len() as f32;
        if heights.skip(ui, index, width, keep, guess) {
            continue;
        }
        let top = ui.cursor().min.y;
        ui.add_space(8.0);
        let heading = speaker_heading(analysis, id, quotes.len());
        speaker_group_ui(
            ui,
            state,
            article,
            Some(id),
            &heading,
            &quotes,
            selected,
            out,
        );
        heights.set(index, ui.cursor().min.y - top - spacing);
    }
    heights.put_back(ui);
    if state.speaker_filter.is_some() {
        return;
    }
    let unattributed: Vec<QuoteId> = (0..analysis.quotes.len())
        .map(QuoteId)
        .filter(|&q| analysis.quote(q).is_some_and(|q| q.speaker.is_none()))
        .filter(|&q| visible::quote_shown(state, article, q))
        .collect();
    if !unattributed.is_empty() {
        ui.add_space(8.0);
        let plural = if unattributed.len() == 1 { "" } else { "s" };
        let heading = format!("Unattributed — {} quote{plural}", unattributed.len());
        speaker_group_ui(
            ui,
            state,
            article,
            None,
            &heading,
            &unattributed,
            selected,
            out,
        );
    }
    if !silent.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new(format!("Mentioned, not quoted: {}", silent.join(", "))).weak());
    }
}

/// One speaker's heading and quote items.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site; a struct would only rename them"
)]
fn speaker_group_ui(
    ui: &mut Ui,
    state: &AppState,
    article: &Article,
    speaker: Option<SpeakerId>,
    heading: &str,
    quotes: &[QuoteId],
    selected: &BTreeSet<QuoteId>,
    out: &mut Vec<Command>,
) {
    let fill = theme::speaker_fill(speaker, ui.visuals().dark_mode);
    ui.horizontal_wrapped(|ui| {
        visible::speaker_chip_ui(ui, state, speaker, fill, heading, out);
        if let Some(id) = speaker {
            if state.editing.edits.marks.speakers.contains(&id) {
                edited_tag_ui(ui);
            }
            corrections_ui::speaker_menu_ui(ui, article, id, out);
        }
    });
    ui.indent(("speaker", speaker.map(|s| s.0)), |ui| {
        // Long lists lay out only the visible items (see `row_heights`).
        let width = ui.available_width();
        let rows = article.analysis.quotes.len();
        let mut heights = RowHeights::take(ui, "sources-quotes", state.generation, rows, width);
        for &q in quotes {
            let keep = state.pending_scroll.sources && state.selection == Some(Selection::Quote(q));
            if !heights.skip(ui, q.0, width, keep, || QUOTE_ITEM_GUESS) {
                let height = quote_item_ui(ui, state, article, q, selected.contains(&q), out);
                heights.set(q.0, height);
            }
        }
        heights.put_back(ui);
    });
}

/// A quote item's height before it is first laid out: a tag and two lines.
const QUOTE_ITEM_GUESS: f32 = 44.0;
/// A speaker's heading's height before it is first laid out.
const GROUP_HEADING_GUESS: f32 = 32.0;

/// A quote as a selectable item: a kind tag, then the words.
fn quote_item_ui(
    ui: &mut Ui,
    state: &AppState,
    article: &Article,
    quote: QuoteId,
    selected: bool,
    out: &mut Vec<Command>,
) -> f32 {
    let Some(q) = article.analysis.quote(quote) else {
        return 0.0;
    };
    let body = ui
        .style()
        .text_styles
        .get(&TextStyle::Body)
        .cloned()
        .unwrap_or_default();
    let note = egui::FontId::proportional(theme::NOTE_SIZE);
    let visuals = ui.visuals();
    let (mut tag, tag_color) = match q.kind {
        QuoteKind::Direct => ("“ ” direct".to_owned(), visuals.strong_text_color()),
        QuoteKind::Indirect | QuoteKind::Mixed => {
            (q.kind.label().to_owned(), visuals.weak_text_color())
        }
    };
    if state.editing.edits.marks.quotes.contains(&quote) {
        tag.push_str(" · edited");
    }
    let words = shorten(&article.passage(quote), ITEM_CHARS);
    let (words, italics) = match q.kind {
        QuoteKind::Direct => (format!("“{words}”"), false),
        QuoteKind::Indirect | QuoteKind::Mixed => (words, true),
    };
    let mut job = LayoutJob::default();
    job.append(&tag, 0.0, TextFormat::simple(note, tag_color));
    job.append(
        &words,
        8.0,
        TextFormat {
            font_id: body,
            color: visuals.text_color(),
            italics,
            ..TextFormat::default()
        },
    );
    job.wrap.max_width = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
    let response = ui.add(Button::selectable(selected, job).wrap());
    if is_scroll_anchor(ui, state, Selection::Quote(quote), &response) {
        response.scroll_to_me(Some(Align::Center));
    }
    response.context_menu(|ui| corrections_ui::quote_menu_ui(ui, article, quote, out));
    if response.clicked() {
        out.push(Command::SelectQuote(quote));
    }
    response.rect.height()
}

/// The "edited" tag of an item an editor changed by hand.
fn edited_tag_ui(ui: &mut Ui) {
    ui.label(
        RichText::new("edited")
            .size(theme::NOTE_SIZE)
            .color(ui.visuals().strong_text_color())
            .underline(),
    );
}

/// True when the sources pane must scroll to this item: it is the new
/// selection and not yet fully in view (the item just clicked stays put).
fn is_scroll_anchor(ui: &Ui, state: &AppState, item: Selection, response: &Response) -> bool {
    state.pending_scroll.sources
        && state.selection == Some(item)
        && !ui.clip_rect().contains_rect(response.rect)
}

/// The list of contradictions (those of the chosen speaker, if one is).
fn contradictions_ui(ui: &mut Ui, state: &AppState, article: &Article, out: &mut Vec<Command>) {
    let analysis = &article.analysis;
    let count = analysis.contradictions.len();
    let shown: Vec<ContradictionId> = analysis
        .contradictions
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            state.speaker_filter.is_none_or(|only| {
                [c.a, c.b]
                    .iter()
                    .any(|&q| analysis.quote(q).and_then(|q| q.speaker) == Some(only))
            })
        })
        .filter(|(i, _)| visible::contradiction_shown(state, article, ContradictionId(*i)))
        .map(|(i, _)| ContradictionId(i))
        .collect();
    if shown.len() == count {
        ui.heading(format!("Contradictions ({count})"));
    } else {
        ui.heading(format!("Contradictions ({} of {count})", shown.len()));
    }
    if shown.is_empty() {
        ui.label(RichText::new("None found.").weak());
        return;
    }
    for id in shown {
        ui.add_space(6.0);
        contradiction_card_ui(ui, state, article, id, out);
    }
}

/// One contradiction: contradicting passage | kind and cue | contradicted passage,
/// then the explanation. The whole card is one button.
fn contradiction_card_ui(
    ui: &mut Ui,
    state: &AppState,
    article: &Article,
    id: ContradictionId,
    out: &mut Vec<Command>,
) {
    let analysis = &article.analysis;
    let Some(c) = analysis.contradictions.get(id.0) else {
        return;
    };
    let selected = state.selection == Some(Selection::Contradiction(id));
    let dark = ui.visuals().dark_mode;
    let accent = theme::contradiction_color(dark);
    let (fill, stroke) = if selected {
        (
            ui.visuals().selection.bg_fill.gamma_multiply(0.35),
            theme::selection_stroke(ui.visuals()),
        )
    } else {
        (
            ui.visuals().faint_bg_color,
            Stroke::new(1.0, accent.gamma_multiply(0.6)),
        )
    };
    let edited_note = corrections_ui::contradiction_note(state, id);
    let label = format!(
        "Contradiction {}: {} contradicts {} ({}, “{}”){}",
        id.0 + 1,
        analysis.speaker_name(c.a),
        analysis.speaker_name(c.b),
        c.kind.as_str(),
        c.cue,
        edited_note.map(|n| format!(", {n}")).unwrap_or_default()
    );
    let response = ui
        .scope_builder(
            UiBuilder::new()
                .id_salt(("contradiction", id.0))
                .sense(Sense::click()),
            |ui| {
                ui.style_mut().interaction.selectable_labels = false;
                Frame::new()
                    .fill(fill)
                    .stroke(stroke)
                    .corner_radius(6.0)
                    .inner_margin(Margin::same(8))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        let side = ((ui.available_width() - CARD_MIDDLE) / 2.0
                            - ui.spacing().item_spacing.x)
                            .max(60.0);
                        ui.horizontal_top(|ui| {
                            card_side_ui(ui, article, c.a, side);
                            ui.allocate_ui_with_layout(
                                vec2(CARD_MIDDLE, 0.0),
                                Layout::top_down(Align::Center),
                                |ui| {
                                    ui.set_width(CARD_MIDDLE);
                                    ui.label(RichText::new(c.kind.as_str()).strong().color(accent));
                                    if !c.cue.is_empty() {
                                        ui.label(
                                            RichText::new(format!("“{}”", c.cue))
                                                .italics()
                                                .size(theme::NOTE_SIZE),
                                        );
                                    }
                                    ui.label(
                                        RichText::new("contradicts").size(theme::NOTE_SIZE).weak(),
                                    );
                                },
                            );
                            card_side_ui(ui, article, c.b, side);
                        });
                        if !c.explanation.is_empty() {
                            ui.add_space(4.0);
                            ui.label(RichText::new(&c.explanation).size(theme::NOTE_SIZE));
                        }
                        if let Some(note) = edited_note {
                            ui.label(RichText::new(note).size(theme::NOTE_SIZE).underline());
                        }
                    });
            },
        )
        .response;
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &label));
    if response.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        ui.painter().rect_stroke(
            response.rect,
            6.0,
            Stroke::new(1.5, accent),
            StrokeKind::Inside,
        );
    }
    if is_scroll_anchor(ui, state, Selection::Contradiction(id), &response) {
        response.scroll_to_me(Some(Align::Center));
    }
    response.context_menu(|ui| corrections_ui::contradiction_menu_ui(ui, id, out));
    if response.clicked() {
        out.push(Command::SelectContradiction(id));
    }
}

/// One side of a contradiction card: the speaker, then the passage.
fn card_side_ui(ui: &mut Ui, article: &Article, quote: QuoteId, width: f32) {
    let analysis = &article.analysis;
    let speaker = analysis.quote(quote).and_then(|q| q.speaker);
    let fill = theme::speaker_fill(speaker, ui.visuals().dark_mode);
    ui.allocate_ui_with_layout(vec2(width, 0.0), Layout::top_down(Align::Min), |ui| {
        ui.set_width(width);
        ui.horizontal_wrapped(|ui| {
            color_chip_ui(ui, fill);
            ui.strong(analysis.speaker_name(quote));
        });
        let words = shorten(&article.passage(quote), CARD_CHARS);
        let direct = analysis
            .quote(quote)
            .is_some_and(|q| q.kind == QuoteKind::Direct);
        if direct {
            ui.label(format!("“{words}”"));
        } else {
            ui.label(RichText::new(words).italics());
        }
    });
}
