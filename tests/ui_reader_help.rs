//! The reader's help and comfort: the shortcuts window, the legend, why a
//! passage was attributed, citing, the status bar, text size, and what the
//! window remembers between runs; every control named for screen readers.

mod common;

use std::collections::{BTreeSet, HashMap};

use common::reader::{PESKOV_QUOTE, click, label_text, press, quote_containing, quote_item};
use common::window::{App, app_with_sample, sample};
use counterpoint::app::{CounterpointApp, Prefs, Selection};
use eframe::App as _;
use egui::accesskit::Role;
use egui::{Key, Modifiers, OutputCommand, ThemePreference};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// An in-memory [`eframe::Storage`], standing in for the file eframe writes.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// Opens a top-bar menu and clicks one of its entries.
fn menu(harness: &mut App, name: &'static str, entry: &'static str) {
    click(harness, || By::new().role(Role::Button).label(name));
    click(harness, || By::new().label_contains(entry));
}

/// Every text the window copied to the clipboard over the next few frames.
fn copied(harness: &mut App) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..3 {
        harness.step();
        for cmd in &harness.output().platform_output.commands {
            if let OutputCommand::CopyText(text) = cmd {
                out.push(text.clone());
            }
        }
    }
    out
}

/// The zoom factor egui uses.
fn zoom(harness: &App) -> f32 {
    harness.ctx.zoom_factor()
}

#[test]
fn help_lists_the_keyboard_shortcuts() {
    let mut harness = app_with_sample(1280.0, 800.0);
    assert!(harness.query_by_label("Next contradiction").is_none());

    menu(&mut harness, "Help", "Keyboard shortcuts");

    assert!(harness.state().state().reader.shortcuts_open);
    for action in [
        "Find in the article",
        "Next quote",
        "Previous quote",
        "Next contradiction",
        "Previous contradiction",
        "Larger text",
    ] {
        assert!(harness.query_by_label(action).is_some(), "{action} missing");
    }
    // F1 closes it again.
    press(&mut harness, Modifiers::NONE, Key::F1);
    assert!(harness.query_by_label("Next contradiction").is_none());
}

#[test]
fn the_legend_explains_colours_and_shapes() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let before = harness.query_all_by_label("Rostec spokeswoman").count();

    menu(&mut harness, "Help", "Legend");

    assert!(harness.state().state().reader.legend_open);
    for part in ["Tinted words", "Zigzag underline", "Outline", "Thin box"] {
        assert!(harness.query_by_label_contains(part).is_some(), "{part}");
    }
    // The article's speakers, with their colours (the picture names them too).
    let after = harness.query_all_by_label("Rostec spokeswoman").count();
    assert_eq!(after, before + 1);
}

#[test]
fn a_selected_passage_explains_its_attribution() {
    let mut harness = app_with_sample(1280.0, 900.0);
    let quote = quote_containing(&harness, PESKOV_QUOTE);
    let (reason, cue, confidence) = harness
        .state()
        .state()
        .analysis()
        .and_then(|a| a.quote(quote))
        .map(|q| (q.reason.clone(), q.cue.clone(), q.confidence))
        .unwrap_or_default();
    assert!(!reason.is_empty(), "the engine records a reason");

    click(&mut harness, || quote_item(PESKOV_QUOTE));

    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Quote(quote))
    );
    assert!(label_text(&harness, "Why Dmitry Peskov?").contains("direct"));
    let rule = label_text(&harness, "Rule: ");
    let first_words: String = reason.chars().take(12).collect();
    assert!(rule.contains(&first_words), "{rule} / {reason}");
    let cue = cue.unwrap_or_default();
    assert!(label_text(&harness, "Cue words: ").contains(&cue));
    let percent = format!("Confidence: {:.0}%", confidence * 100.0);
    assert!(label_text(&harness, "Confidence: ").contains(&percent));
}

#[test]
fn hovering_a_passage_explains_its_attribution() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let paragraph = harness
        .get(By::new().role(Role::Paragraph).label_contains(PESKOV_QUOTE))
        .rect();
    assert!(harness.query_by_label_contains("Confidence: ").is_none());

    harness.hover_at(paragraph.left_top() + egui::vec2(40.0, 12.0));
    harness.run();

    assert!(harness.query_by_label_contains("Rule: ").is_some());
    assert!(harness.query_by_label_contains("Confidence: ").is_some());
}

#[test]
fn copy_citation_copies_the_quote_with_its_speaker_and_title() {
    let mut harness = app_with_sample(1280.0, 900.0);
    click(&mut harness, || quote_item(PESKOV_QUOTE));
    let title = harness
        .state()
        .state()
        .article
        .as_ref()
        .map(|a| a.document.title.clone())
        .unwrap_or_default();

    harness
        .get_by_role_and_label(Role::Button, "Copy citation")
        .click();
    let texts = copied(&mut harness);

    assert_eq!(texts.len(), 1, "{texts:?}");
    let text = &texts[0];
    assert!(text.starts_with(&format!("“{PESKOV_QUOTE}")), "{text}");
    assert!(
        text.contains("” — Dmitry Peskov, spokesman, in “"),
        "{text}"
    );
    assert!(text.ends_with(&format!("{title}”")), "{text}");

    // Ctrl+Shift+C does the same. (One key event, so that the copy happens
    // in a frame whose output `copied` reads.)
    harness.event(egui::Event::Key {
        key: Key::C,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND | Modifiers::SHIFT,
    });
    assert_eq!(copied(&mut harness), texts);
}

#[test]
fn the_status_bar_shows_counts_and_analysis_time() {
    let harness = app_with_sample(1280.0, 800.0);
    let counts = label_text(&harness, " quotes · ");
    assert!(
        counts.contains("6 speakers") && counts.contains("4 contradictions"),
        "{counts}"
    );
    let time = label_text(&harness, "Analysed in ");
    assert!(
        time.ends_with(" ms") || time.ends_with(" µs") || time.ends_with(" s"),
        "{time}"
    );
}

#[test]
fn zoom_keys_change_the_text_size_and_the_view_menu_shows_it() {
    let mut harness = app_with_sample(1280.0, 800.0);
    assert!((zoom(&harness) - 1.0).abs() < 1e-3);

    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    assert!((zoom(&harness) - 1.1).abs() < 1e-3, "{}", zoom(&harness));
    assert!((harness.state().prefs().zoom - 1.1).abs() < 1e-3);
    press(&mut harness, Modifiers::COMMAND, Key::Minus);
    press(&mut harness, Modifiers::COMMAND, Key::Minus);
    assert!((zoom(&harness) - 0.9).abs() < 1e-3, "{}", zoom(&harness));
    press(&mut harness, Modifiers::COMMAND, Key::Num0);
    assert!((zoom(&harness) - 1.0).abs() < 1e-3);

    menu(&mut harness, "View", "Larger text");
    assert!((zoom(&harness) - 1.1).abs() < 1e-3);
    click(&mut harness, || By::new().role(Role::Button).label("View"));
    assert!(harness.query_by_label("Text size: 110%").is_some());
}

#[test]
fn theme_text_size_toggles_and_recent_files_survive_a_restart() {
    let mut harness = app_with_sample(1280.0, 800.0);
    menu(&mut harness, "View", "Dark theme");
    press(&mut harness, Modifiers::COMMAND, Key::Plus);
    click(&mut harness, || {
        By::new().role(Role::CheckBox).label("Reported speech")
    });
    let mut storage = MemoryStorage::default();
    harness.state_mut().save(&mut storage);
    drop(harness);

    let prefs = Prefs::load(Some(&storage));
    assert_eq!(prefs.theme, ThemePreference::Dark);
    assert!(!prefs.shown.reported);
    assert_eq!(prefs.recent_files, vec![sample()]);
    assert!(
        prefs.sources_width.is_some_and(|w| w >= 260.0),
        "sources pane width {:?}",
        prefs.sources_width
    );

    let mut restarted = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|_cc| CounterpointApp::with_prefs(None, prefs));
    restarted.run();
    assert_eq!(
        restarted.ctx.options(|o| o.theme_preference),
        ThemePreference::Dark
    );
    assert_eq!(restarted.ctx.theme(), egui::Theme::Dark);
    assert!((restarted.ctx.zoom_factor() - 1.1).abs() < 1e-3);
    assert!(!restarted.state().state().reader.shown.reported);

    // File → Open Recent → venezuela.txt opens the sample again.
    menu(&mut restarted, "File", "Open Recent");
    click(&mut restarted, || {
        By::new().role(Role::Button).label("venezuela.txt")
    });
    let opened = restarted.state().state().article.as_ref();
    assert_eq!(opened.map(|a| a.document.path.clone()), Some(sample()));
}

#[test]
fn every_control_is_named_for_screen_readers() {
    let mut harness = app_with_sample(1280.0, 800.0);
    menu(&mut harness, "Help", "Legend");
    press(&mut harness, Modifiers::COMMAND, Key::F);
    let mut unnamed = Vec::new();
    for role in [
        Role::Button,
        Role::CheckBox,
        Role::TextInput,
        Role::RadioButton,
    ] {
        for node in harness.query_all(By::new().role(role)) {
            let label = node.accesskit_node().label().unwrap_or_default();
            if label.trim().is_empty() {
                unnamed.push(format!("{role:?} at {:?}", node.rect()));
            }
        }
    }
    assert!(unnamed.is_empty(), "controls without a name: {unnamed:?}");
}

#[test]
fn tab_reaches_the_controls_one_after_another() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let mut focused = BTreeSet::new();
    for _ in 0..12 {
        press(&mut harness, Modifiers::NONE, Key::Tab);
        if let Some(id) = harness.ctx.memory(egui::Memory::focused) {
            focused.insert(format!("{id:?}"));
        }
    }
    assert!(
        focused.len() >= 10,
        "Tab should move the focus: {focused:?}"
    );
}
