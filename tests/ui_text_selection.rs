//! Selecting words of the article by dragging across them, and adding them
//! as a quote, driven headless by `egui_kittest` with pointer events like
//! an editor's mouse; then what the window shows (the edited mark, its
//! tooltip) and what the sidecar beside the article holds.

mod common;

use common::editor::{
    button, click, drag, open_copy, quote_with, right_click, selected, speaker_of, stored,
    word_points,
};
use common::window::App;
use counterpoint::app::state::{Dialog, EditCommand};
use counterpoint::corrections::Edit;
use counterpoint::engine::QuoteKind;
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable as _};

/// Words of the second paragraph that the engine takes for no quote.
const VISIT: &str = "during a state visit to Britain";

fn add_button() -> By<'static> {
    By::new()
        .role(Role::Button)
        .label("Add quote from selection…")
}

fn quotes(harness: &App) -> usize {
    harness
        .state()
        .state()
        .analysis()
        .map_or(0, |a| a.quotes.len())
}

#[test]
fn drag_across_words_then_add_them_as_a_quote() {
    let (_dir, article, mut harness) = open_copy(None);
    let before = quotes(&harness);
    assert!(quote_with(&harness, VISIT).is_none());

    let (from, to) = word_points(&harness, VISIT);
    drag(&mut harness, from, to);
    assert_eq!(selected(&harness).as_deref(), Some(VISIT));
    assert!(
        harness
            .query(By::new().label_contains(&format!("Selected words: “{VISIT}”")))
            .is_some(),
        "the selection bar names the words"
    );

    click(&mut harness, add_button());
    let dialog = harness.state().state().editing.dialog.clone();
    let Some(Dialog::AddQuote { words, near, .. }) = dialog else {
        panic!("no Add quote dialog: {dialog:?}");
    };
    assert_eq!(words, VISIT, "the dialog has the selected words");
    assert_eq!(near, harness.state().state().text_selection);

    click(&mut harness, By::new().label("Pick Donald Trump"));
    click(&mut harness, By::new().label("reported"));
    click(
        &mut harness,
        By::new().role(Role::Button).label("Add this quote"),
    );

    assert_eq!(quotes(&harness), before + 1);
    assert_eq!(speaker_of(&harness, VISIT), "Donald Trump");
    let state = harness.state().state();
    let added = quote_with(&harness, VISIT);
    let quote = added.and_then(|q| state.analysis()?.quote(q));
    assert_eq!(quote.map(|q| q.kind), Some(QuoteKind::Indirect));
    assert!(
        added.is_some_and(|q| state.editing.edits.marks.quotes.contains(&q)),
        "marked edited"
    );
    assert_eq!(state.text_selection, None, "the selection is used up");
    let sidecar = stored(&article);
    assert!(
        matches!(
            sidecar.corrections.as_slice(),
            [c] if matches!(&c.edit, Edit::AddQuote { quote, speaker, .. }
                if quote.text == VISIT && speaker == "Donald Trump")
        ),
        "{sidecar:?}"
    );

    // The passage now says, when hovered, that it was edited by hand.
    let edited = || By::new().label_contains("Edited by hand");
    assert!(harness.query(edited()).is_none());
    let (from, to) = word_points(&harness, VISIT);
    harness.hover_at(from.lerp(to, 0.5));
    harness.run();
    assert!(
        harness.query(edited()).is_some(),
        "the tooltip says edited by hand"
    );

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(quotes(&harness), before, "undo removes it");
    assert!(quote_with(&harness, VISIT).is_none());
    assert!(stored(&article).corrections.is_empty(), "undo is saved");
}

#[test]
fn right_click_offers_the_selection_and_a_click_or_escape_clears_it() {
    let (_dir, _article, mut harness) = open_copy(None);
    let (from, to) = word_points(&harness, "state visit");
    drag(&mut harness, from, to);
    assert_eq!(selected(&harness).as_deref(), Some("state visit"));

    let menu_at = from.lerp(to, 0.5);
    right_click(&mut harness, menu_at);
    // The selection bar has the button too; the menu's is by the pointer.
    let nearest = harness
        .query_all(add_button())
        .min_by(|a, b| {
            let d = |r: egui::Rect| r.center().distance(menu_at);
            d(a.rect()).total_cmp(&d(b.rect()))
        })
        .map(|n| n.rect().center());
    let Some(item) = nearest else {
        panic!("no menu item");
    };
    harness.hover_at(item);
    harness.run();
    button(&mut harness, item, true);
    button(&mut harness, item, false);
    harness.run();
    let dialog = harness.state().state().editing.dialog.clone();
    assert!(
        matches!(&dialog, Some(Dialog::AddQuote { words, .. }) if words == "state visit"),
        "{dialog:?}"
    );
    click(&mut harness, By::new().role(Role::Button).label("Cancel"));
    assert_eq!(selected(&harness).as_deref(), Some("state visit"));

    // A click (no drag) elsewhere in the article clears the selection ...
    let (elsewhere, _) = word_points(&harness, "during a state");
    harness.hover_at(elsewhere);
    harness.run();
    button(&mut harness, elsewhere, true);
    button(&mut harness, elsewhere, false);
    harness.run();
    assert_eq!(selected(&harness), None);

    // ... and so does Escape.
    drag(&mut harness, from, to);
    assert!(selected(&harness).is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(selected(&harness), None);
}

#[test]
fn a_drag_runs_across_paragraphs_and_a_click_on_a_passage_still_selects_it() {
    let (_dir, _article, mut harness) = open_copy(None);
    let (from, _) = word_points(&harness, VISIT);
    let (_, to) = word_points(&harness, "The Kremlin on Tuesday");
    drag(&mut harness, from, to);
    let words = selected(&harness).unwrap_or_default();
    assert!(words.starts_with(VISIT), "{words:?}");
    assert!(words.ends_with("The Kremlin on Tuesday"), "{words:?}");
    assert!(words.contains('\n'), "two paragraphs: {words:?}");

    // A drag that starts on a passage selects words, not the passage.
    let (from, to) = word_points(&harness, "Russia has informed us");
    drag(&mut harness, from, to);
    assert_eq!(
        selected(&harness).as_deref(),
        Some("Russia has informed us")
    );
    assert_eq!(harness.state().state().selection, None);

    // A click on it selects its contradiction, and clears the words.
    let middle = from.lerp(to, 0.5);
    harness.hover_at(middle);
    harness.run();
    button(&mut harness, middle, true);
    button(&mut harness, middle, false);
    harness.run();
    assert!(harness.state().state().selection.is_some());
    assert_eq!(selected(&harness), None);
}

#[test]
fn selected_words_are_copied_and_the_command_needs_a_selection() {
    let (_dir, _article, mut harness) = open_copy(None);
    harness.state_mut().handle(counterpoint::app::Command::Edit(
        EditCommand::AddQuoteFromSelection,
    ));
    harness.run();
    assert!(harness.state().state().editing.dialog.is_none());

    let (from, to) = word_points(&harness, VISIT);
    drag(&mut harness, from, to);
    harness.event(egui::Event::Copy);
    let mut copied = Vec::new();
    for _ in 0..3 {
        harness.step();
        for cmd in &harness.output().platform_output.commands {
            if let egui::OutputCommand::CopyText(text) = cmd {
                copied.push(text.clone());
            }
        }
    }
    assert_eq!(copied, vec![VISIT.to_owned()]);
}
