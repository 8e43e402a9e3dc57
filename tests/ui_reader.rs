//! The reader's tools, driven like a user would: find in the article, the
//! sources filter box, speaker chips, the kind toggles, and the keys that
//! step from quote to quote and from contradiction to contradiction.

mod common;

use common::reader::{
    PESKOV_QUOTE, ROSTEC_DISPUTE, TRUMP_QUOTE, TRUMP_REPORTED, click, is_on_screen, label_text,
    press, quote_containing, quote_item, speaker_called,
};
use common::window::{App, app_with_sample};
use counterpoint::app::Selection;
use counterpoint::engine::{ContradictionId, QuoteId};
use egui::accesskit::{Role, Toggled};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// Opens the find bar with Ctrl+F and types `text` into it.
fn find(harness: &mut App, text: &str) {
    press(harness, Modifiers::COMMAND, Key::F);
    assert!(
        harness.state().state().reader.find.open,
        "Ctrl+F opens find"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "Find:")
        .type_text(text);
    harness.run();
}

/// How often `needle` occurs in the sample, ignoring case.
fn occurrences(harness: &App, needle: &str) -> usize {
    let text = harness
        .state()
        .state()
        .article
        .as_ref()
        .map(|a| a.document.text.to_lowercase())
        .unwrap_or_default();
    text.matches(&needle.to_lowercase()).count()
}

/// The number of contradiction cards in the sources pane.
fn cards(harness: &App) -> usize {
    harness
        .query_all(
            By::new()
                .role(Role::Button)
                .label_contains("Contradiction "),
        )
        .count()
}

#[test]
fn ctrl_f_finds_every_match_and_steps_through_them() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let expected = occurrences(&harness, "venezuela");
    assert!(expected >= 4, "the sample names Venezuela often");

    find(&mut harness, "VENEZUELA");

    let found = &harness.state().state().reader.find;
    assert_eq!(found.matches.len(), expected, "every match, any case");
    assert_eq!(found.current, Some(0));
    assert!(label_text(&harness, "Match ").contains(&format!("1 of {expected}")));

    press(&mut harness, Modifiers::NONE, Key::F3);
    assert_eq!(harness.state().state().reader.find.current, Some(1));
    assert!(label_text(&harness, "Match ").contains(&format!("2 of {expected}")));
    press(&mut harness, Modifiers::SHIFT, Key::F3);
    press(&mut harness, Modifiers::SHIFT, Key::F3);
    assert_eq!(
        harness.state().state().reader.find.current,
        Some(expected - 1),
        "previous from the first wraps to the last"
    );
    click(&mut harness, || {
        By::new().role(Role::Button).label("Next match")
    });
    assert_eq!(harness.state().state().reader.find.current, Some(0));

    // Esc closes the bar (and keeps the selection alone).
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().state().reader.find.open);
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Find:")
            .is_none()
    );
}

#[test]
fn a_match_far_down_is_scrolled_into_view() {
    let height = 480.0;
    let mut harness = app_with_sample(1100.0, height);
    assert!(!is_on_screen(&harness, ROSTEC_DISPUTE, height));

    find(&mut harness, "dozens of times");

    assert_eq!(harness.state().state().reader.find.matches.len(), 1);
    assert!(
        is_on_screen(&harness, ROSTEC_DISPUTE, height),
        "the article should scroll to the match"
    );
    let nothing = {
        find(&mut harness, "");
        harness
            .get_by_role_and_label(Role::TextInput, "Find:")
            .type_text("no such words anywhere");
        harness.run();
        label_text(&harness, "Match ")
    };
    assert!(nothing.contains("No matches"), "{nothing}");
}

#[test]
fn the_filter_box_narrows_the_sources_to_a_speaker_or_words() {
    let mut harness = app_with_sample(1280.0, 900.0);
    let field = || By::new().role(Role::TextInput).label("Filter:");

    harness.get(field()).focus();
    harness.run();
    harness.get(field()).type_text("peskov");
    harness.run();
    assert_eq!(harness.state().state().reader.filter_text, "peskov");
    assert!(harness.query(quote_item(PESKOV_QUOTE)).is_some());
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_none());
    assert_eq!(cards(&harness), 1, "only Peskov's denial");

    click(&mut harness, || {
        By::new().role(Role::Button).label("Clear filter")
    });
    assert_eq!(harness.state().state().reader.filter_text, "");
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());

    // Words of a passage work too.
    harness.get(field()).focus();
    harness.run();
    harness.get(field()).type_text("according to plan");
    harness.run();
    assert!(harness.query(quote_item(PESKOV_QUOTE)).is_some());
    let items = harness.query_all(By::new().role(Role::Button).label_contains("direct"));
    assert_eq!(items.count(), 1, "one passage has these words");
}

#[test]
fn clicking_a_speakers_chip_shows_only_their_passages() {
    let mut harness = app_with_sample(1280.0, 900.0);
    let peskov = speaker_called(&harness, "Dmitry Peskov");
    let chip = || {
        By::new()
            .role(Role::Button)
            .label_contains("Dmitry Peskov, spokesman — ")
    };
    assert_eq!(
        harness.get(chip()).accesskit_node().toggled(),
        Some(Toggled::False)
    );

    click(&mut harness, chip);

    assert_eq!(harness.state().state().speaker_filter, Some(peskov));
    assert_eq!(
        harness.get(chip()).accesskit_node().toggled(),
        Some(Toggled::True)
    );
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_none());
    assert!(harness.query(quote_item(PESKOV_QUOTE)).is_some());
    // The next-quote key stays with Peskov too.
    press(&mut harness, Modifiers::NONE, Key::N);
    let first_of_peskov = quote_containing(&harness, "apparently an indirect reference");
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Quote(first_of_peskov))
    );

    // A second click (on the colour chip this time) shows everyone again.
    let heading = harness.get(chip()).rect();
    let square = egui::pos2(heading.left() - 10.0, heading.center().y);
    harness.hover_at(square);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: square,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(harness.state().state().speaker_filter, None);
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());
}

#[test]
fn toggles_hide_direct_quotes_reported_speech_and_contradictions() {
    let mut harness = app_with_sample(1280.0, 900.0);
    let toggle = |label: &'static str| move || By::new().role(Role::CheckBox).label(label);
    assert_eq!(cards(&harness), 4);

    click(&mut harness, toggle("Direct quotes"));
    assert!(!harness.state().state().reader.shown.direct);
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_none());
    assert!(harness.query(quote_item(TRUMP_REPORTED)).is_some());
    // Stepping skips the hidden kind: q1 (the headline) and q2 are reported,
    // q3 direct, q4 reported.
    press(&mut harness, Modifiers::NONE, Key::N);
    press(&mut harness, Modifiers::NONE, Key::N);
    press(&mut harness, Modifiers::NONE, Key::N);
    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Quote(QuoteId(3)))
    );

    click(&mut harness, toggle("Reported speech"));
    assert!(harness.query(quote_item(TRUMP_REPORTED)).is_none());

    click(&mut harness, toggle("Contradictions"));
    assert_eq!(cards(&harness), 0);
    press(&mut harness, Modifiers::NONE, Key::CloseBracket);
    assert!(
        !matches!(
            harness.state().state().selection,
            Some(Selection::Contradiction(_))
        ),
        "hidden contradictions are not stepped to"
    );

    for label in ["Direct quotes", "Reported speech", "Contradictions"] {
        click(&mut harness, toggle(label));
    }
    assert_eq!(cards(&harness), 4);
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());
}

#[test]
fn keys_step_through_quotes_in_document_order() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let last = harness
        .state()
        .state()
        .article
        .as_ref()
        .map(|a| a.passage(QuoteId(a.analysis.quotes.len() - 1)))
        .unwrap_or_default();
    let last: String = last.chars().take(30).collect();
    assert!(!is_on_screen(&harness, &last, 800.0), "starts off screen");
    let selection = |h: &App| h.state().state().selection;

    press(&mut harness, Modifiers::NONE, Key::N);
    assert_eq!(selection(&harness), Some(Selection::Quote(QuoteId(0))));
    press(&mut harness, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(selection(&harness), Some(Selection::Quote(QuoteId(1))));
    press(&mut harness, Modifiers::NONE, Key::P);
    assert_eq!(selection(&harness), Some(Selection::Quote(QuoteId(0))));
    press(&mut harness, Modifiers::ALT, Key::ArrowUp);
    let count = harness
        .state()
        .state()
        .article
        .as_ref()
        .map_or(0, |a| a.analysis.quotes.len());
    assert_eq!(
        selection(&harness),
        Some(Selection::Quote(QuoteId(count - 1))),
        "previous from the first wraps to the last"
    );
    // The last quote lies far down the article: it was scrolled into view.
    let last_words = harness
        .state()
        .state()
        .article
        .as_ref()
        .map(|a| {
            a.passage(QuoteId(count - 1))
                .chars()
                .take(30)
                .collect::<String>()
        })
        .unwrap_or_default();
    assert!(is_on_screen(&harness, &last_words, 800.0), "{last_words}");
}

#[test]
fn keys_step_through_contradictions_and_keep_them_in_view() {
    let height = 480.0;
    let mut harness = app_with_sample(1100.0, height);
    let selection = |h: &App| h.state().state().selection;
    let contradiction = |i: usize| Some(Selection::Contradiction(ContradictionId(i)));

    press(&mut harness, Modifiers::NONE, Key::CloseBracket);
    assert_eq!(selection(&harness), contradiction(0));
    press(
        &mut harness,
        Modifiers::SHIFT | Modifiers::ALT,
        Key::ArrowDown,
    );
    assert_eq!(selection(&harness), contradiction(1));
    press(&mut harness, Modifiers::NONE, Key::OpenBracket);
    assert_eq!(selection(&harness), contradiction(0));

    // Back from the first: the last, far down the article, scrolled into view.
    let last_words = "around 10 people work in our Venezuela office";
    assert!(!is_on_screen(&harness, last_words, height));
    press(
        &mut harness,
        Modifiers::SHIFT | Modifiers::ALT,
        Key::ArrowUp,
    );
    assert_eq!(selection(&harness), contradiction(3));
    assert!(
        is_on_screen(&harness, last_words, height),
        "the contradicting passage should be in view"
    );
}

#[test]
fn single_letter_keys_do_not_fire_while_typing() {
    let mut harness = app_with_sample(1280.0, 800.0);
    harness
        .get_by_role_and_label(Role::TextInput, "Filter:")
        .focus();
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::N);
    assert_eq!(harness.state().state().selection, None);
}
