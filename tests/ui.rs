//! The reader window, driven like a user would: click widgets found by their
//! accessible labels, type into the path field, read what the window shows.
//!
//! Runs headless with `egui_kittest` on the real sample article.

mod common;

use std::path::Path;

use common::window::{app_with_sample, open_via_path_field, sample};
use counterpoint::app::{CounterpointApp, Selection};
use counterpoint::engine::{ContradictionId, QuoteId};
use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// A direct quote of Donald Trump in the sample.
const TRUMP_QUOTE: &str = "Russia has informed us that they have removed most of their people";

/// The id of the first quote whose words contain `needle`.
fn quote_containing(harness: &Harness<'_, CounterpointApp>, needle: &str) -> QuoteId {
    let article = harness.state().state().article.as_ref();
    let found = article.and_then(|a| {
        (0..a.analysis.quotes.len())
            .map(QuoteId)
            .find(|&q| a.passage(q).contains(needle))
    });
    assert!(
        found.is_some(),
        "the engine found no quote containing {needle:?}"
    );
    found.unwrap_or(QuoteId(usize::MAX))
}

/// Scrolls the node into view, then clicks it like a pointer would.
fn click<'a>(harness: &mut Harness<'_, CounterpointApp>, by: impl Fn() -> By<'a>) {
    harness.get(by()).scroll_to_me();
    harness.run();
    harness.get(by()).click();
    harness.run();
}

/// Moves the pointer to `pos`, then presses and releases the primary button there.
fn click_at(harness: &mut Harness<'_, CounterpointApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

/// True when the node's centre lies inside the window, below the top bars.
fn is_on_screen(rect: egui::Rect, height: f32) -> bool {
    let y = rect.center().y;
    y > 40.0 && y < height - 30.0
}

#[test]
fn clicking_a_quote_in_the_sources_selects_it_in_the_article() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let quote = quote_containing(&harness, TRUMP_QUOTE);
    let item = || By::new().role(Role::Button).label_contains(TRUMP_QUOTE);
    assert_eq!(
        harness.get(item()).accesskit_node().toggled(),
        Some(Toggled::False)
    );

    click(&mut harness, item);

    let state = harness.state().state();
    assert_eq!(state.selection, Some(Selection::Quote(quote)));
    assert_eq!(
        harness.get(item()).accesskit_node().toggled(),
        Some(Toggled::True),
        "the quote item should show as selected"
    );
    // The article names the selection above the text.
    let bar = harness.get(By::new().role(Role::Label).label_contains("Selected: "));
    let bar_text = bar.value().unwrap_or_default();
    assert!(bar_text.contains("Selected: Donald Trump"), "{bar_text}");
    assert!(bar_text.contains("Russia has informed us"), "{bar_text}");

    // "Clear selection" clears it.
    harness
        .get_by_role_and_label(Role::Button, "Clear selection")
        .click();
    harness.run();
    assert_eq!(harness.state().state().selection, None);
    assert!(harness.query_by_label_contains("Selected: ").is_none());
}

#[test]
fn clicking_a_passage_in_the_article_selects_its_quote() {
    let mut harness = app_with_sample(1280.0, 800.0);
    // Peskov's passage contradicts no one, so a click selects the passage itself.
    let words = "This process is going according to plan";
    let quote = quote_containing(&harness, words);
    // The paragraph opens with the quote: "“This process is going…".
    let paragraph = harness
        .get(By::new().role(Role::Paragraph).label_contains(words))
        .rect();
    click_at(&mut harness, paragraph.left_top() + egui::vec2(40.0, 12.0));

    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Quote(quote))
    );
    let item = harness.get(By::new().role(Role::Button).label_contains(words));
    assert_eq!(item.accesskit_node().toggled(), Some(Toggled::True));

    // Clicking a paragraph that quotes no one changes nothing.
    harness
        .get(
            By::new()
                .role(Role::Paragraph)
                .label_contains("US-Russian tensions have spiked"),
        )
        .click();
    harness.run();
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Quote(quote))
    );
}

#[test]
fn clicking_a_contradiction_selects_it_and_scrolls_the_article() {
    let height = 480.0;
    let mut harness = app_with_sample(1100.0, height);
    let article = harness.state().state().article.as_ref();
    let count = article.map_or(0, |a| a.analysis.contradictions.len());
    assert!(
        count >= 3,
        "expected the sample's contradictions, got {count}"
    );
    // The last contradiction lies far down the article: off screen at first.
    let last = ContradictionId(count - 1);
    let passage_a = article
        .and_then(|a| {
            a.analysis
                .contradictions
                .get(last.0)
                .map(|c| a.passage(c.a))
        })
        .unwrap_or_default();
    let words: String = passage_a.chars().take(30).collect();
    let paragraph = || By::new().role(Role::Paragraph).label_contains(&words);
    assert!(
        !is_on_screen(harness.get(paragraph()).rect(), height),
        "the passage should start off screen"
    );

    let label = format!("Contradiction {count}:");
    let card = || By::new().role(Role::Button).label_contains(&label);
    click(&mut harness, card);

    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Contradiction(last))
    );
    assert!(
        is_on_screen(harness.get(paragraph()).rect(), height),
        "the article should scroll to the contradicting passage"
    );
    let bar = harness.get(
        By::new()
            .role(Role::Label)
            .label_contains("Selected contradiction"),
    );
    assert!(bar.value().unwrap_or_default().contains("contradicts"));
}

#[test]
fn a_missing_file_shows_an_error_and_keeps_the_article() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("no-such-article.txt");

    open_via_path_field(&mut harness, &missing.display().to_string());

    let state = harness.state().state();
    let error = state.error.clone().unwrap_or_default();
    assert!(error.contains("no such file"), "error was {error:?}");
    assert_eq!(
        state.article.as_ref().map(|a| a.document.path.clone()),
        Some(sample()),
        "the previous article should stay open"
    );
    let banner = harness.get_by_label_contains("no such file");
    assert!(
        banner
            .value()
            .unwrap_or_default()
            .contains("no-such-article.txt")
    );
    let still_shown = By::new().role(Role::Paragraph).label_contains(TRUMP_QUOTE);
    assert!(harness.query(still_shown).is_some());

    harness
        .get_by_role_and_label(Role::Button, "Dismiss")
        .click();
    harness.run();
    assert!(harness.state().state().error.is_none());
    assert!(harness.query_by_label_contains("no such file").is_none());
}

#[test]
fn empty_and_binary_files_are_refused_with_a_message() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let dir = tempfile::tempdir();
    assert!(dir.is_ok(), "cannot make a temporary folder");
    let Ok(dir) = dir else { return };

    let empty = dir.path().join("empty.txt");
    assert!(std::fs::write(&empty, b"").is_ok());
    open_via_path_field(&mut harness, &empty.display().to_string());
    assert!(
        harness
            .query_by_label_contains("the file is empty")
            .is_some()
    );

    let png = dir.path().join("picture.txt");
    let bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    assert!(std::fs::write(&png, bytes).is_ok());
    open_via_path_field(&mut harness, &png.display().to_string());
    assert!(harness.query_by_label_contains("not a text file").is_some());
    assert!(
        harness
            .query_by_label_contains("the file is empty")
            .is_none()
    );

    let state = harness.state().state();
    assert_eq!(
        state.article.as_ref().map(|a| a.document.path.clone()),
        Some(sample())
    );
}

#[test]
fn without_a_file_the_window_invites_to_open_one() {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1000.0, 600.0))
        .build_eframe(|_cc| CounterpointApp::new(None));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("File > Open… (Ctrl+O), or drop a file here")
            .is_some()
    );

    open_via_path_field(&mut harness, &sample().display().to_string());
    assert!(harness.state().state().article.is_some());
    assert!(
        harness
            .query_by_label_contains("drop a file here")
            .is_none()
    );
    let status = harness.get(By::new().role(Role::Label).label_contains(" quotes · "));
    let text = status.value().unwrap_or_default();
    assert!(
        text.contains("speakers") && text.contains("contradiction"),
        "{text}"
    );
}

#[test]
fn names_in_cyrillic_greek_and_cjk_are_drawn_with_real_glyphs() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let fixture = common::crate_path("tests/fixtures/names_in_cyrillic_and_greek.txt");
    open_via_path_field(&mut harness, &fixture.display().to_string());
    assert!(
        harness
            .query_all_by_label_contains("Дмитрий Орлов")
            .next()
            .is_some(),
        "the Cyrillic speaker is listed"
    );
    let font = egui::FontId::proportional(14.0);
    let covered = |text: &str| harness.ctx.fonts_mut(|f| f.has_glyphs(&font, text));
    assert!(covered("Αικατερίνη Παπαδοπούλου"), "Greek glyphs missing");
    assert!(covered("Дмитрий Орлов"), "Cyrillic glyphs missing");
    assert!(
        covered("ברוכים הבאים مرحبا →"),
        "Hebrew, Arabic or arrow glyphs missing"
    );
    // CJK comes from the system font the install script adds (fonts-droid-fallback).
    assert!(
        covered("欢迎大家来看灯"),
        "no CJK font found: run scripts/install-system-packages.sh"
    );
}
