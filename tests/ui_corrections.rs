//! Editors' corrections in the real window, driven headless by
//! `egui_kittest` like an editor would: right-click a quote, pick a menu
//! item, type in the dialog, click its button; then check what the window
//! shows and what the sidecar beside the article holds.

mod common;

use std::fs;
use std::path::PathBuf;

use common::editor::{click, open, open_copy, quote_with, speaker_of, stored};
use common::window::App;
use counterpoint::app::Command;
use counterpoint::corrections::sidecar;
use egui::accesskit::Role;
use egui_kittest::kittest::{By, Queryable as _};

const TRUMP: &str = "Russia has informed us that they have removed most of their people";
const PESKOV: &str = "This process is going according to plan";

/// Right-clicks the quote item with these words in the sources pane, then
/// picks `item` from its menu.
fn quote_menu(harness: &mut App, words: &str, item: &str) {
    let quote = By::new().role(Role::Button).label_contains(words);
    harness.get(quote.clone()).scroll_to_me();
    harness.run();
    harness.get(quote).click_secondary();
    harness.run();
    click(harness, By::new().role(Role::Button).label(item));
}

fn type_into(harness: &mut App, field: &str, text: &str) {
    let role = if field.starts_with("Quoted words") {
        Role::MultilineTextInput
    } else {
        Role::TextInput
    };
    let by = By::new().role(role).label(field);
    harness.get(by.clone()).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get(by).type_text(text);
    harness.run();
}

fn key(harness: &mut App, modifiers: egui::Modifiers, key: egui::Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

const NAME_FIELD: &str = "Speaker name (pick one or type a new one):";

#[test]
fn delete_a_quote_then_undo_and_redo_with_the_keyboard() {
    let (_dir, article, mut harness) = open_copy(None);
    let before = harness
        .state()
        .state()
        .analysis()
        .map_or(0, |a| a.quotes.len());
    quote_menu(&mut harness, TRUMP, "Delete quote");
    let count = |h: &App| h.state().state().analysis().map_or(0, |a| a.quotes.len());
    assert_eq!(count(&harness), before - 1);
    assert!(quote_with(&harness, TRUMP).is_none());
    assert_eq!(stored(&article).corrections.len(), 1);

    key(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(count(&harness), before);
    assert_eq!(stored(&article).corrections.len(), 0, "undo is saved");

    key(
        &mut harness,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    assert_eq!(count(&harness), before - 1);
    assert_eq!(stored(&article).corrections.len(), 1, "redo is saved");

    click(&mut harness, By::new().role(Role::Button).label("Edit"));
    click(
        &mut harness,
        By::new().role(Role::Button).label("Undo Ctrl+Z"),
    );
    assert_eq!(count(&harness), before);
    key(&mut harness, egui::Modifiers::COMMAND, egui::Key::Y);
    assert_eq!(count(&harness), before - 1);
    assert_eq!(
        fs::read_to_string(&article).ok(),
        fs::read_to_string(common::window::sample()).ok(),
        "article untouched"
    );
}

#[test]
fn reassign_to_a_new_name_and_split_off_are_marked_edited() {
    let (_dir, article, mut harness) = open_copy(None);
    quote_menu(&mut harness, PESKOV, "Reassign speaker…");
    type_into(&mut harness, NAME_FIELD, "Vladimir Putin");
    click(&mut harness, By::new().role(Role::Button).label("Reassign"));
    assert_eq!(speaker_of(&harness, PESKOV), "Vladimir Putin");
    assert!(
        harness
            .query(By::new().label_contains("· edited"))
            .is_some(),
        "quote marked edited"
    );

    quote_menu(&mut harness, TRUMP, "Reassign speaker…");
    click(&mut harness, By::new().label("Pick Kremlin"));
    click(&mut harness, By::new().role(Role::Button).label("Reassign"));
    assert_eq!(speaker_of(&harness, TRUMP), "Kremlin");

    quote_menu(
        &mut harness,
        "Russian military specialists are still",
        "Split off into new speaker",
    );
    assert_eq!(
        speaker_of(&harness, "Russian military specialists are still"),
        "Dmitry Peskov (split)"
    );
    assert_eq!(stored(&article).corrections.len(), 3);
}

#[test]
fn rename_and_merge_speakers() {
    let (_dir, article, mut harness) = open_copy(None);
    click(&mut harness, By::new().label("Edit speaker Donald Trump"));
    click(&mut harness, By::new().role(Role::Button).label("Rename…"));
    type_into(&mut harness, "New name:", "President Trump");
    click(&mut harness, By::new().role(Role::Button).label("Rename"));
    assert_eq!(speaker_of(&harness, TRUMP), "President Trump");
    assert!(
        harness.query_by_label("edited").is_some(),
        "speaker marked edited"
    );

    click(
        &mut harness,
        By::new().label("Edit speaker Rostec spokeswoman"),
    );
    click(
        &mut harness,
        By::new().role(Role::Button).label("Merge into…"),
    );
    click(&mut harness, By::new().label("Into Rostec"));
    click(&mut harness, By::new().role(Role::Button).label("Merge"));
    assert_eq!(speaker_of(&harness, "around 10 people work"), "Rostec");
    let names: Vec<String> = harness
        .state()
        .state()
        .analysis()
        .map(|a| a.speakers.iter().map(|s| s.name.clone()).collect())
        .unwrap_or_default();
    assert!(
        !names.contains(&"Rostec spokeswoman".to_owned()),
        "{names:?}"
    );
    assert_eq!(stored(&article).corrections.len(), 2);
}

#[test]
fn add_a_quote_typed_in_the_dialog() {
    let (_dir, article, mut harness) = open_copy(None);
    click(&mut harness, By::new().role(Role::Button).label("Edit"));
    click(
        &mut harness,
        By::new().role(Role::Button).label("Add quote…"),
    );
    type_into(
        &mut harness,
        "Quoted words (as they stand in the article):",
        "get out",
    );
    click(&mut harness, By::new().label("Pick Donald Trump"));
    click(
        &mut harness,
        By::new().role(Role::Button).label("Add this quote"),
    );
    assert_eq!(speaker_of(&harness, "get out"), "Donald Trump");
    assert_eq!(stored(&article).corrections.len(), 1);

    // Words that are not in the article are refused, and nothing is saved.
    click(&mut harness, By::new().role(Role::Button).label("Edit"));
    click(
        &mut harness,
        By::new().role(Role::Button).label("Add quote…"),
    );
    type_into(
        &mut harness,
        "Quoted words (as they stand in the article):",
        "no such words here",
    );
    type_into(&mut harness, NAME_FIELD, "Someone");
    click(
        &mut harness,
        By::new().role(Role::Button).label("Add this quote"),
    );
    let notice = harness
        .state()
        .state()
        .editing
        .notice
        .clone()
        .unwrap_or_default();
    assert!(notice.contains("not in the article"), "{notice}");
    assert_eq!(stored(&article).corrections.len(), 1);
}

fn contradictions(harness: &App) -> usize {
    harness
        .state()
        .state()
        .analysis()
        .map_or(0, |a| a.contradictions.len())
}

fn card_menu(harness: &mut App, card: usize, item: &str) {
    let label = format!("Contradiction {card}:");
    let by = By::new().label_contains(&label);
    harness.get(by.clone()).scroll_to_me();
    harness.run();
    harness.get(by).click_secondary();
    harness.run();
    click(harness, By::new().role(Role::Button).label(item));
}

#[test]
fn confirm_remove_and_add_contradictions() {
    let (_dir, article, mut harness) = open_copy(None);
    let before = contradictions(&harness);
    card_menu(&mut harness, 1, "Mark confirmed");
    assert_eq!(
        harness.state().state().editing.edits.marks.confirmed.len(),
        1
    );
    assert!(
        harness
            .query(By::new().label_contains("confirmed by an editor"))
            .is_some()
    );

    card_menu(&mut harness, 2, "Remove contradiction");
    assert_eq!(contradictions(&harness), before - 1);

    quote_menu(
        &mut harness,
        "As for technical specialists",
        "Add contradiction…",
    );
    click(
        &mut harness,
        By::new().label_contains("Contradicted: Dmitry Peskov: “This process"),
    );
    click(
        &mut harness,
        By::new().role(Role::Button).label("Add this contradiction"),
    );
    assert_eq!(contradictions(&harness), before);
    assert_eq!(
        harness
            .state()
            .state()
            .editing
            .edits
            .marks
            .contradictions
            .len(),
        1
    );
    assert_eq!(stored(&article).corrections.len(), 3);

    for _ in 0..3 {
        key(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    }
    assert_eq!(contradictions(&harness), before);
    assert!(harness.state().state().editing.edits.marks.is_empty());
    assert_eq!(stored(&article).corrections.len(), 0);
}

#[test]
fn a_corrupt_sidecar_is_kept_aside_untouched_and_reported() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let article = dir.path().join("venezuela.txt");
    fs::copy(common::window::sample(), &article).unwrap_or_else(|e| panic!("{e}"));
    let path = sidecar::path_for(&article);
    let garbage = b"{\"format\": \"counterpoint-corrections/1\", \"corrections\": [{\"edit\"";
    fs::write(&path, garbage).unwrap_or_default();
    let mut harness = open(&article);
    let notice = harness
        .state()
        .state()
        .editing
        .notice
        .clone()
        .unwrap_or_default();
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(
        harness
            .query(By::new().label_contains("Corrections: The corrections could not be read"))
            .is_some()
    );
    let aside: Vec<PathBuf> = fs::read_dir(dir.path())
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    let aside: Vec<&PathBuf> = aside
        .iter()
        .filter(|p| p.to_string_lossy().contains(".unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(fs::read(aside[0]).unwrap_or_default(), garbage);
    assert!(
        notice.contains(&aside[0].display().to_string()),
        "the message names where it is"
    );
    // The plain analysis is shown, and new corrections go to a new file.
    quote_menu(&mut harness, TRUMP, "Delete quote");
    assert_eq!(stored(&article).corrections.len(), 1);
    assert_eq!(fs::read(aside[0]).unwrap_or_default(), garbage);
}

#[test]
fn after_the_article_changed_corrections_are_re_anchored_or_listed() {
    let (_dir, article, mut harness) = open_copy(None);
    quote_menu(&mut harness, PESKOV, "Reassign speaker…");
    type_into(&mut harness, NAME_FIELD, "Vladimir Putin");
    click(&mut harness, By::new().role(Role::Button).label("Reassign"));
    quote_menu(&mut harness, "around 10 people work", "Delete quote");
    drop(harness);
    let text = fs::read_to_string(&article).unwrap_or_default();
    let edited = text
        .replacen(
            "The Kremlin on Tuesday",
            "Later, in Moscow, the Kremlin on Tuesday",
            1,
        )
        .replace(
            "around 10 people work in our Venezuela office",
            "ten people work in our office",
        );
    fs::write(&article, edited).unwrap_or_default();
    let mut harness = open(&article);
    assert_eq!(
        speaker_of(&harness, PESKOV),
        "Vladimir Putin",
        "re-anchored by its words"
    );
    assert_eq!(harness.state().state().editing.edits.unplaced.len(), 1);
    assert!(
        harness.query_by_label("Corrections not placed").is_some(),
        "listed for the editor"
    );
    click(
        &mut harness,
        By::new().role(Role::Button).label("Close list"),
    );
    assert_eq!(stored(&article).corrections.len(), 2, "nothing dropped");
}

#[test]
fn export_writes_html_markdown_and_json_with_the_corrections() {
    let (dir, _article, mut harness) = open_copy(None);
    quote_menu(&mut harness, PESKOV, "Reassign speaker…");
    type_into(&mut harness, NAME_FIELD, "Vladimir Putin");
    click(&mut harness, By::new().role(Role::Button).label("Reassign"));
    for name in ["report.html", "report.md", "report.json"] {
        let path = dir.path().join(name);
        harness.state_mut().handle(Command::Export(path.clone()));
        harness.run();
        let text = fs::read_to_string(&path).unwrap_or_default();
        assert!(text.contains("Vladimir Putin"), "{name}");
        assert!(text.contains("edited"), "{name}");
    }
    assert!(
        fs::read_to_string(dir.path().join("report.html"))
            .unwrap_or_default()
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn a_reassignment_that_leaves_one_speaker_on_both_sides_drops_the_contradiction() {
    let (_dir, article, mut harness) = open_copy(None);
    let before = contradictions(&harness);
    quote_menu(
        &mut harness,
        "informing the United States it was withdrawing",
        "Reassign speaker…",
    );
    click(&mut harness, By::new().label("Pick Donald Trump"));
    click(&mut harness, By::new().role(Role::Button).label("Reassign"));
    assert_eq!(contradictions(&harness), before - 1);
    let state = harness.state().state();
    assert_eq!(state.editing.edits.dropped.len(), 1);
    let notice = state.editing.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("1 contradiction left out: both passages are now by Donald Trump"),
        "{notice}"
    );

    click(&mut harness, By::new().role(Role::Button).label("Edit"));
    click(
        &mut harness,
        By::new()
            .role(Role::Button)
            .label("Contradictions left out (1)"),
    );
    assert!(
        harness
            .query(By::new().predicate(|n| n.value().is_some_and(|l| {
                l.starts_with("Contradiction (denial) “informing the United States")
                    && l.ends_with("left out: both passages are now by Donald Trump")
            })))
            .is_some(),
        "listed with the reason"
    );
    assert_eq!(stored(&article).corrections.len(), 1);

    key(&mut harness, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(contradictions(&harness), before, "undo brings it back");
    assert!(harness.state().state().editing.edits.dropped.is_empty());
}
