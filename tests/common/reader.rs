//! Helpers for the reader-tool tests (`ui_reader*.rs`): clicking, keys,
//! finding quotes and paragraphs of the sample by their words.

use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable as _};

use super::window::App;
use counterpoint::engine::{QuoteId, SpeakerId};

/// A direct quote of Donald Trump in the sample.
pub const TRUMP_QUOTE: &str = "Russia has informed us that they have removed most of their people";
/// Reported speech of Donald Trump in the sample (the first quote).
pub const TRUMP_REPORTED: &str = "Russia has told the United States";
/// A direct quote of Dmitry Peskov, at the start of its paragraph.
pub const PESKOV_QUOTE: &str = "This process is going according to plan";
/// Rostec's dispute, far down the article.
pub const ROSTEC_DISPUTE: &str = "exaggerated dozens of times";

/// Clicks a widget found by `by`, like a pointer would.
pub fn click<'a>(harness: &mut App, by: impl Fn() -> By<'a>) {
    harness.get(by()).scroll_to_me();
    harness.run();
    harness.get(by()).click();
    harness.run();
}

/// Presses a key with modifiers and lets the window settle.
pub fn press(harness: &mut App, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// The quote items of the sources pane are buttons holding the words.
pub fn quote_item(words: &str) -> By<'_> {
    By::new().role(Role::Button).label_contains(words)
}

/// The id of the first quote whose words contain `needle`.
pub fn quote_containing(harness: &App, needle: &str) -> QuoteId {
    let article = harness.state().state().article.as_ref();
    let found = article.and_then(|a| {
        (0..a.analysis.quotes.len())
            .map(QuoteId)
            .find(|&q| a.passage(q).contains(needle))
    });
    assert!(found.is_some(), "no quote containing {needle:?}");
    found.unwrap_or(QuoteId(usize::MAX))
}

/// The id of the speaker called `name`.
pub fn speaker_called(harness: &App, name: &str) -> SpeakerId {
    let article = harness.state().state().article.as_ref();
    let found = article.and_then(|a| a.analysis.speakers.iter().position(|s| s.name == name));
    assert!(found.is_some(), "no speaker called {name}");
    SpeakerId(found.unwrap_or(usize::MAX))
}

/// True when the paragraph holding `words` has its centre inside the window,
/// below the top bars.
pub fn is_on_screen(harness: &App, words: &str, height: f32) -> bool {
    let rect = harness
        .get(By::new().role(Role::Paragraph).label_contains(words))
        .rect();
    let y = rect.center().y;
    y > 40.0 && y < height - 30.0
}

/// The text of the label whose text contains `part`.
pub fn label_text(harness: &App, part: &str) -> String {
    harness
        .get(By::new().role(Role::Label).label_contains(part))
        .value()
        .unwrap_or_default()
}
