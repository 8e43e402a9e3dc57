//! The article pane: the text in a readable column, every quote tinted in its
//! speaker's colour, contradictions underlined with a zigzag, passages edited
//! by hand outlined with dashes, the selection outlined. Hover a passage for
//! who says it; click it to select it; drag across words to select them
//! ([`text_selection`]).

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::ops::Range;

use egui::accesskit::Role;
use egui::{
    Color32, CursorIcon, FontId, Galley, Id, Panel, Pos2, Rect, RichText, ScrollArea, Sense, Shape,
    Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2,
};

use super::passages::{self, Mark, ParagraphText, TextLook};
use super::reader::ReaderCommand;
use super::row_heights::{self, RowHeights};
use super::state::{AppState, Article, Command, Pane, Selection, shorten};
use super::theme;
use super::{cite, explain, search, text_selection, visible};
use crate::document::{Paragraph, ParagraphKind};
use crate::engine::{Analysis, QuoteId};

/// What every paragraph needs to know to draw its passages.
struct Marking<'a> {
    state: &'a AppState,
    article: &'a Article,
    contradicted: BTreeSet<QuoteId>,
    selected: BTreeSet<QuoteId>,
    dark_mode: bool,
    /// The pending scroll target, until a paragraph has scrolled to it.
    scroll_to: Option<crate::document::Span>,
    /// The article's open count (keys the remembered paragraph heights).
    generation: u64,
    /// The words selected by dragging, if any.
    text_selection: Option<crate::document::Span>,
    /// Where the drag under way started: its paragraph stays laid out.
    drag_anchor: Option<usize>,
}

/// Shows the article pane (or the empty state) and returns what the user asked for.
pub fn article_ui(ui: &mut Ui, state: &AppState) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(article) = &state.article else {
        empty_state_ui(ui, state);
        return commands;
    };
    search::find_bar_ui(ui, state, &mut commands);
    if state.selection.is_some() {
        selection_bar_ui(ui, state, article, &mut commands);
        if let Some(quote) = state.focused_quote() {
            explain::details_ui(ui, article, quote);
        }
        ui.separator();
    }
    if state.text_selection.is_some() {
        Panel::bottom("article_text_selection").show(ui, |ui| {
            text_selection::selection_bar_ui(ui, state, &mut commands);
        });
    }
    let mut marking = Marking {
        state,
        article,
        contradicted: passages::contradicted_quotes(&article.analysis),
        selected: state.selected_quotes(),
        dark_mode: ui.visuals().dark_mode,
        generation: state.generation,
        text_selection: state.text_selection,
        drag_anchor: text_selection::drag_anchor(ui),
        scroll_to: if state.pending_scroll.article {
            state.scroll_target()
        } else {
            None
        },
    };
    ScrollArea::vertical()
        .id_salt(("article", state.generation))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let available = ui.available_width();
            let width = available.min(theme::COLUMN_MAX_WIDTH);
            ui.horizontal_top(|ui| {
                ui.add_space(((available - width) / 2.0).max(0.0));
                ui.vertical(|ui| {
                    ui.set_width(width);
                    ui.add_space(16.0);
                    column_ui(ui, &mut marking, width, &mut commands);
                    ui.add_space(48.0);
                    text_selection::drag_scroll_ui(ui);
                });
            });
        });
    if state.pending_scroll.article {
        // One attempt only: a passage outside every paragraph cannot be shown.
        commands.push(Command::Scrolled(Pane::Article));
    }
    if state.reader.find.scroll_pending {
        commands.push(Command::Reader(ReaderCommand::MatchScrolled));
    }
    commands
}

/// The friendly message shown before any article is open (or while the
/// first one is being opened in the background).
fn empty_state_ui(ui: &mut Ui, state: &AppState) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() / 3.0);
        if let Some(loading) = &state.loading {
            ui.heading(format!("Opening {}…", loading.file_name()));
            ui.add_space(8.0);
            ui.label("A long article: its progress is shown at the bottom of the window.");
            return;
        }
        ui.heading("No article open");
        ui.add_space(8.0);
        ui.label("Open an article: File > Open… (Ctrl+O), or drop a file here.");
        ui.add_space(4.0);
        ui.label(
            RichText::new("Counterpoint shows who says what, and who contradicts whom.").weak(),
        );
    });
}

/// The line above the article that names what is selected, with a way to
/// clear it and, for a contradiction, to go to its other passage.
fn selection_bar_ui(ui: &mut Ui, state: &AppState, article: &Article, out: &mut Vec<Command>) {
    let analysis = &article.analysis;
    let mut other_side = None;
    let text = match state.selection {
        Some(Selection::Quote(q)) => {
            let kind = analysis.quote(q).map_or("", |q| q.kind.label());
            format!(
                "Selected: {}, {kind}: “{}”",
                analysis.speaker_name(q),
                shorten(&article.passage(q), 120)
            )
        }
        Some(Selection::Contradiction(c)) => match analysis.contradictions.get(c.0) {
            Some(c) => {
                let shown = state.side.quote_of(c);
                other_side = Some(state.side.other().quote_of(c));
                format!(
                    "Selected contradiction ({}): {} contradicts {} · showing {}’s side",
                    c.kind.as_str(),
                    analysis.speaker_name(c.a),
                    analysis.speaker_name(c.b),
                    analysis.speaker_name(shown)
                )
            }
            None => String::new(),
        },
        None => String::new(),
    };
    ui.horizontal(|ui| {
        if ui.button("Clear selection").on_hover_text("Esc").clicked() {
            out.push(Command::ClearSelection);
        }
        if let Some(other) = other_side {
            let hint = format!(
                "Show {}’s passage: “{}”",
                analysis.speaker_name(other),
                shorten(&article.passage(other), 80)
            );
            if ui
                .button("Go to the other side")
                .on_hover_text(hint)
                .clicked()
            {
                out.push(Command::GoToOtherSide);
            }
        }
        cite::copy_citation_button_ui(ui, state, out);
        ui.add(egui::Label::new(text).truncate());
    });
}

/// The column of paragraphs: headline, furniture, body.
fn column_ui(ui: &mut Ui, marking: &mut Marking<'_>, width: f32, out: &mut Vec<Command>) {
    let doc = &marking.article.document;
    let reading = theme::reading_color(ui.visuals());
    let weak = ui.visuals().weak_text_color();
    let mut after_title = false;
    let mut heights = RowHeights::take(
        ui,
        "article",
        marking.generation,
        doc.paragraphs.len(),
        width,
    );
    for (i, para) in doc.paragraphs.iter().enumerate() {
        let look = match para.kind {
            ParagraphKind::Title => TextLook {
                font: FontId::proportional(theme::TITLE_SIZE),
                color: reading,
                line_height: theme::TITLE_SIZE * 1.25,
            },
            ParagraphKind::Furniture => TextLook {
                font: FontId::proportional(theme::FURNITURE_SIZE),
                color: weak,
                line_height: theme::FURNITURE_SIZE * 1.4,
            },
            ParagraphKind::Body => TextLook {
                font: FontId::proportional(theme::BODY_SIZE),
                color: reading,
                line_height: theme::BODY_SIZE * theme::LINE_SPACING,
            },
        };
        if after_title && para.kind != ParagraphKind::Title {
            meta_line_ui(ui, marking.article);
            after_title = false;
        }
        let keep = marking.scroll_to.is_some_and(|t| t.overlaps(para.span))
            || marking
                .drag_anchor
                .is_some_and(|b| para.span.start <= b && b <= para.span.end);
        let guess = || {
            // Bytes for characters: close enough for a first guess.
            row_heights::estimate(para.span.len(), look.font.size, look.line_height, width)
        };
        if !heights.skip(ui, i, width, keep, guess) {
            let id = Id::unique(("article-paragraph", marking.generation, i));
            let height = paragraph_ui(ui, marking, (id, para), &look, width, out);
            heights.set(i, height);
        }
        after_title |= para.kind == ParagraphKind::Title;
        ui.add_space(match para.kind {
            ParagraphKind::Furniture => 2.0,
            _ => theme::BODY_SIZE * 0.8,
        });
    }
    heights.put_back(ui);
}

/// File name and publication date, under the headline.
fn meta_line_ui(ui: &mut Ui, article: &Article) {
    let doc = &article.document;
    let mut line = doc.file_name();
    if let Some(date) = doc.published {
        let _ = write!(line, " · published {}", date.format("%-d %B %Y"));
    }
    ui.label(RichText::new(line).weak());
    ui.add_space(theme::BODY_SIZE * 0.8);
}

/// One paragraph: tints behind the quotes, then the text, then the marks on top.
///
/// `id` is the paragraph's own, stable while paragraphs around it are
/// skipped: a drag that starts on it must outlive scrolling.
fn paragraph_ui(
    ui: &mut Ui,
    marking: &mut Marking<'_>,
    (id, para): (Id, &Paragraph),
    look: &TextLook,
    width: f32,
    out: &mut Vec<Command>,
) -> f32 {
    let text = &marking.article.document.text;
    let analysis = &marking.article.analysis;
    let mapped = ParagraphText::new(text, para.span);
    let job = passages::layout_job(text, &mapped, look, width);
    let galley = ui.painter().layout_job(job);
    let (_, rect) = ui.allocate_space(galley.size());
    let response = ui.interact(rect, id, Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(Role::Paragraph, true, galley.text()));
    text_selection::accesskit_text(ui, &response, &galley, &mapped, marking.text_selection);
    text_selection::paragraph_drag_ui(ui, &response, &galley, &mapped, out);
    let marks = if para.kind == ParagraphKind::Furniture {
        Vec::new()
    } else {
        passages::marks(text, &mapped, analysis, &marking.contradicted)
    };
    let marks = visible::shown_marks(marking.state, marking.article, marks);

    let hovered = response
        .hover_pos()
        .and_then(|p| passages::char_at(&galley, p - rect.min))
        .and_then(|c| mapped.byte_of_char(c))
        .and_then(|byte| analysis.quote_at(byte))
        .filter(|q| marks.iter().any(|m| m.quote == *q));

    if let Some(target) = marking.scroll_to
        && target.overlaps(para.span)
    {
        passages::scroll_into_view(ui, &galley, &mapped, rect, target);
        marking.scroll_to = None;
    }

    let find = &marking.state.reader.find;
    search::scroll_to_match_ui(ui, find, &mapped, &galley, rect);
    if ui.is_rect_visible(rect) {
        paint_marks(ui, marking, &galley, rect.min, &marks, &mapped, hovered);
        text_selection::paint_selection(ui, marking.text_selection, &galley, rect.min, &mapped);
        search::paint_matches(ui, find, &mapped, &galley, rect);
        ui.painter().galley(rect.min, galley.clone(), look.color);
    }

    let dragging = marking.drag_anchor.is_some() || response.dragged();
    let response = match hovered {
        Some(quote) if !dragging => {
            ui.ctx().set_cursor_icon(CursorIcon::PointingHand);
            let edited = marking.state.editing.edits.marks.quotes.contains(&quote);
            response.on_hover_ui_at_pointer(|ui| {
                passage_tooltip_ui(ui, marking.article, quote, edited);
            })
        }
        _ => {
            if response.hovered() || dragging {
                ui.ctx().set_cursor_icon(CursorIcon::Text);
            }
            response
        }
    };
    if response.clicked() {
        // A click (no drag) selects the passage under it, and clears the
        // selected words anywhere else.
        match hovered {
            Some(quote) => out.push(Command::SelectPassage(quote)),
            None if marking.text_selection.is_some() => {
                out.push(Command::SelectText(crate::document::Span::default()));
            }
            None => {}
        }
    }
    response.context_menu(|ui| text_selection::article_menu_ui(ui, marking.state, out));
    rect.height()
}

/// Paints the tints, zigzags and outlines of one paragraph's passages.
fn paint_marks(
    ui: &Ui,
    marking: &Marking<'_>,
    galley: &Galley,
    origin: Pos2,
    marks: &[Mark],
    mapped: &ParagraphText,
    hovered: Option<QuoteId>,
) {
    let analysis = &marking.article.analysis;
    let painter = ui.painter();
    let shift = origin.to_vec2();
    let zigzag = theme::contradiction_underline(marking.dark_mode);
    for mark in marks {
        let speaker = analysis.quote(mark.quote).and_then(|q| q.speaker);
        let fill = theme::speaker_fill(speaker, marking.dark_mode);
        for r in passages::char_rects(galley, &mark.chars) {
            let r = r.translate(shift);
            painter.rect_filled(r.expand2(vec2(1.0, 2.0)), 3.0, fill);
            if mark.contradiction {
                paint_zigzag(painter, r.left(), r.right(), r.bottom() + 3.0, zigzag);
            }
        }
    }
    let outline = |quote: QuoteId, stroke: Stroke| {
        let Some(q) = analysis.quote(quote) else {
            return;
        };
        let chars: Range<usize> = mapped.chars_of(q.span);
        for r in passages::char_rects(galley, &chars) {
            let r = r.translate(shift).expand2(vec2(3.0, 4.0));
            painter.rect_stroke(r, 4.0, stroke, StrokeKind::Outside);
        }
    };
    let edited = &marking.state.editing.edits.marks.quotes;
    let mut dashed: Vec<QuoteId> = marks
        .iter()
        .map(|m| m.quote)
        .filter(|q| edited.contains(q))
        .collect();
    dashed.dedup();
    for quote in dashed {
        let Some(q) = analysis.quote(quote) else {
            continue;
        };
        for r in passages::char_rects(galley, &mapped.chars_of(q.span)) {
            let r = r.translate(shift).expand2(vec2(2.0, 3.0));
            paint_dashed_rect(painter, r, theme::edited_stroke(ui.visuals()));
        }
    }
    for &quote in &marking.selected {
        outline(quote, theme::selection_stroke(ui.visuals()));
    }
    if let Some(quote) = hovered
        && !marking.selected.contains(&quote)
    {
        let color = theme::reading_color(ui.visuals()).gamma_multiply(0.5);
        outline(quote, Stroke::new(1.0, color));
    }
}

/// A zigzag line from `x0` to `x1` at height `y`: the contradiction mark.
pub(super) fn paint_zigzag(painter: &egui::Painter, x0: f32, x1: f32, y: f32, stroke: Stroke) {
    const STEP: f32 = 3.0;
    const AMPLITUDE: f32 = 1.5;
    let mut points = Vec::new();
    let mut x = x0;
    let mut up = true;
    while x < x1 {
        points.push(pos2(x, if up { y - AMPLITUDE } else { y + AMPLITUDE }));
        up = !up;
        x += STEP;
    }
    points.push(pos2(x1, if up { y - AMPLITUDE } else { y + AMPLITUDE }));
    painter.line(points, stroke);
}

/// A dashed frame around `rect`: the mark of a passage edited by hand.
pub(super) fn paint_dashed_rect(painter: &egui::Painter, rect: Rect, stroke: Stroke) {
    let corners = [
        rect.left_top(),
        rect.right_top(),
        rect.right_bottom(),
        rect.left_bottom(),
        rect.left_top(),
    ];
    painter.extend(Shape::dashed_line(&corners, stroke, 4.0, 3.0));
}

/// The tooltip of a passage: who says it, how, whom it contradicts, and
/// whether an editor changed it (`edited`).
fn passage_tooltip_ui(ui: &mut Ui, article: &Article, quote: QuoteId, edited: bool) {
    let analysis = &article.analysis;
    let Some(q) = analysis.quote(quote) else {
        return;
    };
    ui.set_max_width(360.0);
    let fill = theme::speaker_fill(q.speaker, ui.visuals().dark_mode);
    ui.horizontal(|ui| {
        super::sources::color_chip_ui(ui, fill);
        ui.strong(speaker_line(analysis, quote));
    });
    let mut how = q.kind.label().to_owned();
    if let Some(cue) = &q.cue {
        let _ = write!(how, " · “{cue}”");
    }
    ui.label(how);
    if edited {
        ui.label(
            RichText::new("Edited by hand: an editor added this passage or changed its speaker")
                .strong(),
        );
    }
    for cid in analysis.contradictions_of(quote) {
        let Some(c) = analysis.contradictions.get(cid.0) else {
            continue;
        };
        let (verb, other) = if c.a == quote {
            ("Contradicts", c.b)
        } else {
            ("Contradicted by", c.a)
        };
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!(
                "{verb} {} ({}):",
                analysis.speaker_name(other),
                c.kind.as_str()
            ))
            .color(theme::contradiction_color(ui.visuals().dark_mode)),
        );
        ui.label(RichText::new(format!("“{}”", shorten(&article.passage(other), 160))).italics());
    }
    explain::explanation_lines_ui(ui, article, quote);
    let hint = match analysis.contradictions_of(quote).len() {
        0 => "Click to select it",
        1 => "Click to select the contradiction",
        _ => "Click to select its contradictions in turn",
    };
    ui.label(
        RichText::new(hint)
            .size(theme::NOTE_SIZE)
            .color(Color32::GRAY),
    );
}

/// `text` with the symbols egui's font cannot draw spelled out ("→" as
/// "->"), or as "?": the engine's explanations use a few.
pub(super) fn drawable(ui: &Ui, text: &str) -> String {
    let font = FontId::proportional(theme::NOTE_SIZE);
    ui.ctx().fonts_mut(|fonts| {
        if fonts.has_glyphs(&font, text) {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                _ if fonts.has_glyph(&font, c) || c.is_control() => out.push(c),
                '→' | '⇒' => out.push_str("->"),
                '←' | '⇐' => out.push_str("<-"),
                _ => out.push('?'),
            }
        }
        out
    })
}

/// "Dmitry Peskov, spokesman (Kremlin)", or "Unknown speaker".
fn speaker_line(analysis: &Analysis, quote: QuoteId) -> String {
    let Some(speaker) = analysis.quote(quote).and_then(|q| q.speaker) else {
        return "Unknown speaker".to_owned();
    };
    let Some(s) = analysis.speaker(speaker) else {
        return "Unknown speaker".to_owned();
    };
    let mut line = s.name.clone();
    if let Some(role) = &s.role {
        line.push_str(", ");
        line.push_str(role);
    }
    if let Some(org) = s.affiliation.and_then(|a| analysis.speaker(a)) {
        let _ = write!(line, " ({})", org.name);
    }
    line
}
