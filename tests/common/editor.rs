//! Helpers for the editors' tests in the window (`ui_corrections.rs`,
//! `ui_text_selection.rs`): a temporary copy of the sample, its sidecar,
//! clicks, and dragging across words of the article like a pointer would.

use std::fs;
use std::path::{Path, PathBuf};

use counterpoint::app::CounterpointApp;
use counterpoint::corrections::{Sidecar, sidecar};
use counterpoint::engine::QuoteId;
use egui::accesskit::Role;
use egui::{Event, Modifiers, PointerButton, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

use super::window::App;

/// The sample copied into a temporary folder (or `text` written there in
/// its place), opened in the window. The folder goes when the first value
/// is dropped; nothing is ever written beside `assets/`.
pub fn open_copy(text: Option<&str>) -> (tempfile::TempDir, PathBuf, App) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let article = dir.path().join("venezuela.txt");
    let sample = fs::read_to_string(super::window::sample()).unwrap_or_default();
    fs::write(&article, text.unwrap_or(&sample)).unwrap_or_else(|e| panic!("{e}"));
    let harness = open(&article);
    (dir, article, harness)
}

/// The window with `article` open, 1280 × 900 points.
pub fn open(article: &Path) -> App {
    let path = article.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |_cc| CounterpointApp::new(Some(path.clone())));
    harness.run();
    assert!(harness.state().state().article.is_some());
    harness
}

/// The sidecar beside `article`, which must be there and readable.
pub fn stored(article: &Path) -> Sidecar {
    sidecar::load(&sidecar::path_for(article))
        .unwrap_or_else(|e| panic!("sidecar unreadable: {e}"))
        .unwrap_or_else(|| panic!("no sidecar beside {}", article.display()))
}

/// The first quote whose words contain `words`.
pub fn quote_with(harness: &App, words: &str) -> Option<QuoteId> {
    let article = harness.state().state().article.as_ref()?;
    (0..article.analysis.quotes.len())
        .map(QuoteId)
        .find(|&q| article.passage(q).contains(words))
}

/// The speaker's name of the first quote whose words contain `words`.
pub fn speaker_of(harness: &App, words: &str) -> String {
    let state = harness.state().state();
    match (state.analysis(), quote_with(harness, words)) {
        (Some(a), Some(q)) => a.speaker_name(q).to_owned(),
        _ => String::new(),
    }
}

/// Scrolls the widget into view, then clicks it.
pub fn click(harness: &mut App, by: By<'_>) {
    let node = harness.get(by.clone());
    node.scroll_to_me();
    harness.run();
    harness.get(by).click();
    harness.run();
}

/// Where `words` are drawn in the article: a point just inside their first
/// character and one just inside their last, on one line of an article
/// paragraph (read from its text runs, as a screen reader would).
pub fn word_points(harness: &App, words: &str) -> (Pos2, Pos2) {
    let run = harness.get(By::new().predicate(move |n| {
        n.role() == Role::TextRun
            && n.parent().is_some_and(|p| p.role() == Role::Paragraph)
            && n.value().is_some_and(|v| v.contains(words))
    }));
    let rect = run.rect();
    let node = run.accesskit_node();
    let data = node.data();
    let value = data.value().unwrap_or_default().to_owned();
    let positions = data.character_positions().unwrap_or_default();
    let widths = data.character_widths().unwrap_or_default();
    let byte = value.find(words).unwrap_or_default();
    let first = value[..byte].chars().count();
    let last = first + words.chars().count() - 1;
    let at = |i: usize| positions.get(i).copied().unwrap_or_default();
    let width = |i: usize| widths.get(i).copied().unwrap_or_default();
    let y = rect.center().y;
    (
        pos2(rect.left() + at(first) + 0.5, y),
        pos2(rect.left() + at(last) + width(last) - 0.5, y),
    )
}

/// Presses the primary button at `from`, moves to `to` in a few steps and
/// releases it there: a drag across the words between.
pub fn drag(harness: &mut App, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    button(harness, from, true);
    for step in 1..=4 {
        #[allow(clippy::cast_precision_loss, reason = "a step number below 5")]
        let t = step as f32 / 4.0;
        harness.event(Event::PointerMoved(from.lerp(to, t)));
        harness.run();
    }
    button(harness, to, false);
    harness.run();
}

/// Presses (or releases) the primary button at `pos`.
pub fn button(harness: &mut App, pos: Pos2, pressed: bool) {
    harness.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

/// Presses and releases the secondary button at `pos`: a right-click.
pub fn right_click(harness: &mut App, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
}

/// The words selected in the article, as they stand in the text.
pub fn selected(harness: &App) -> Option<String> {
    harness.state().state().selected_text().map(str::to_owned)
}
