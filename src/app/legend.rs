//! The legend (Help → Legend): what the colours, lines and boxes in the
//! article mean, drawn with the same painters as the article.

use egui::{Align2, Context, RichText, Sense, Stroke, StrokeKind, Ui, Window, vec2};

use super::reader::ReaderCommand;
use super::state::{AppState, Command};
use super::theme;
use crate::engine::SpeakerId;

/// How many speaker colours the legend shows as a sample.
const SAMPLE_SPEAKERS: usize = 5;

/// One kind of mark the legend can draw.
#[derive(Debug, Clone, Copy)]
enum Sample {
    /// A speaker's tint behind words.
    Tint(Option<SpeakerId>),
    /// The zigzag underline of a contradiction.
    Zigzag,
    /// The outline of the selection.
    Outline,
    /// The box around a search match.
    Match,
    /// The dashed outline of a passage edited by hand.
    Edited,
    /// Words selected by dragging across them.
    Selected,
}

/// Every entry of the legend: its sample and its words.
const ENTRIES: [(Sample, &str); 7] = [
    (
        Sample::Tint(Some(SpeakerId(0))),
        "Tinted words: a passage, in the colour of its speaker",
    ),
    (
        Sample::Tint(None),
        "Grey tint: a passage whose speaker is unknown",
    ),
    (
        Sample::Zigzag,
        "Zigzag underline: the passage takes part in a contradiction",
    ),
    (Sample::Outline, "Outline: the selected passage"),
    (
        Sample::Edited,
        "Dashed outline: edited by hand (an editor added the passage or changed its speaker)",
    ),
    (
        Sample::Selected,
        "Highlighted, framed words: selected by dragging across them; right-click to add them as a quote",
    ),
    (
        Sample::Match,
        "Thin box: a match of Find; the current match is filled and framed thicker",
    ),
];

/// The "Legend" window, while it is open.
pub fn legend_window_ui(ctx: &Context, state: &AppState, out: &mut Vec<Command>) {
    let mut open = state.reader.legend_open;
    if !open {
        return;
    }
    // Bottom right, clear of the selection details at the top of the article.
    let corner = ctx.content_rect().right_bottom() - vec2(24.0, 48.0);
    Window::new("Legend")
        .open(&mut open)
        .pivot(Align2::RIGHT_BOTTOM)
        .default_pos(corner)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| legend_ui(ui, state));
    if !open {
        out.push(Command::Reader(ReaderCommand::ShowLegend(false)));
    }
}

/// The legend's entries, then the colours of the article's speakers.
fn legend_ui(ui: &mut Ui, state: &AppState) {
    ui.set_max_width(420.0);
    for (sample, words) in ENTRIES {
        ui.horizontal(|ui| {
            sample_ui(ui, sample);
            ui.label(words);
        });
    }
    ui.label(
        RichText::new("In the sources pane, direct quotes are in quotation marks; reported speech is in italics.")
            .size(theme::NOTE_SIZE),
    );
    let Some(article) = &state.article else {
        return;
    };
    ui.separator();
    ui.label(RichText::new("Speakers in this article").strong());
    for (i, s) in article
        .analysis
        .speakers
        .iter()
        .enumerate()
        .take(SAMPLE_SPEAKERS * 2)
    {
        ui.horizontal(|ui| {
            sample_ui(ui, Sample::Tint(Some(SpeakerId(i))));
            ui.label(&s.name);
        });
    }
}

/// Draws one sample: a short word-sized box with the mark.
fn sample_ui(ui: &mut Ui, sample: Sample) {
    let (rect, _) = ui.allocate_exact_size(vec2(36.0, 16.0), Sense::hover());
    let painter = ui.painter();
    let dark = ui.visuals().dark_mode;
    match sample {
        Sample::Tint(speaker) => {
            painter.rect_filled(rect, 3.0, theme::speaker_fill(speaker, dark));
        }
        Sample::Zigzag => {
            painter.rect_filled(rect, 3.0, theme::speaker_fill(Some(SpeakerId(1)), dark));
            super::article::paint_zigzag(
                painter,
                rect.left(),
                rect.right(),
                rect.bottom() - 2.0,
                theme::contradiction_underline(dark),
            );
        }
        Sample::Outline => {
            painter.rect_filled(rect, 3.0, theme::speaker_fill(Some(SpeakerId(2)), dark));
            painter.rect_stroke(
                rect,
                4.0,
                theme::selection_stroke(ui.visuals()),
                StrokeKind::Inside,
            );
        }
        Sample::Edited => {
            painter.rect_filled(rect, 3.0, theme::speaker_fill(Some(SpeakerId(3)), dark));
            super::article::paint_dashed_rect(painter, rect, theme::edited_stroke(ui.visuals()));
        }
        Sample::Selected => {
            painter.rect(
                rect,
                2.0,
                theme::text_selection_fill(ui.visuals()),
                theme::text_selection_stroke(ui.visuals()),
                StrokeKind::Inside,
            );
        }
        Sample::Match => {
            let edge = ui.visuals().strong_text_color();
            painter.rect_stroke(rect, 2.0, Stroke::new(1.0, edge), StrokeKind::Inside);
        }
    }
}
