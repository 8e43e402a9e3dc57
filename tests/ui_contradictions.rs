//! Contradictions in the reader window, driven like a user would: the picture
//! of who contradicts whom, the "Contradictions only" filter, and going from
//! one side of a contradiction to the other in the article.
//!
//! Runs headless with `egui_kittest` on the real sample article, which has
//! four contradictions: Kremlin → Donald Trump (denial), Dmitry Peskov →
//! Donald Trump, Rostec → Wall Street Journal (dispute) and Rostec
//! spokeswoman → Wall Street Journal (conflicting figures).

mod common;

use std::fmt::Write as _;

use common::window::{App, app_with_sample};
use counterpoint::app::{Selection, Side, SourcesView};
use counterpoint::engine::{ContradictionId, QuoteId, SpeakerId};
use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{By, NodeT as _, Queryable as _};

/// A direct quote of Donald Trump in the sample, contradicted twice.
const TRUMP_QUOTE: &str = "Russia has informed us that they have removed most of their people";
/// The Kremlin's denial, reported speech.
const KREMLIN_QUOTE: &str = "informing the United States it was withdrawing personnel";
/// The arrow from the Kremlin to Donald Trump.
const KREMLIN_ARROW: &str = "Kremlin contradicts Donald Trump (denial)";
/// The paragraph of the Rostec spokeswoman's figure (contradicting side).
const SPOKESWOMAN_PARAGRAPH: &str = "A Rostec spokeswoman told AFP";
/// The paragraph that ends with the Journal's figure (contradicted side).
const JOURNAL_PARAGRAPH: &str = "However, state defense contractor Rostec played down";

/// The contradiction whose sides are spoken by `a` and `b`.
fn contradiction_between(harness: &App, a: &str, b: &str) -> ContradictionId {
    let article = harness.state().state().article.as_ref();
    let found = article.and_then(|art| {
        let analysis = &art.analysis;
        (0..analysis.contradictions.len())
            .map(ContradictionId)
            .find(|id| {
                analysis.contradictions.get(id.0).is_some_and(|c| {
                    analysis.speaker_name(c.a) == a && analysis.speaker_name(c.b) == b
                })
            })
    });
    assert!(
        found.is_some(),
        "no contradiction of {b} by {a} in the sample"
    );
    found.unwrap_or(ContradictionId(usize::MAX))
}

/// The speaker called `name`.
fn speaker_called(harness: &App, name: &str) -> SpeakerId {
    let article = harness.state().state().article.as_ref();
    let found = article.and_then(|a| a.analysis.speakers.iter().position(|s| s.name == name));
    assert!(found.is_some(), "no speaker {name} in the sample");
    SpeakerId(found.unwrap_or(usize::MAX))
}

/// The passage of one side of a contradiction.
fn side_of(harness: &App, id: ContradictionId, side: Side) -> QuoteId {
    let article = harness.state().state().article.as_ref();
    let quote = article
        .and_then(|a| a.analysis.contradictions.get(id.0))
        .map(|c| side.quote_of(c));
    assert!(quote.is_some(), "no contradiction {id}");
    quote.unwrap_or(QuoteId(usize::MAX))
}

/// Clicks a widget found by `by`, like a pointer would.
fn click<'a>(harness: &mut App, by: impl Fn() -> By<'a>) {
    harness.get(by()).scroll_to_me();
    harness.run();
    harness.get(by()).click();
    harness.run();
}

/// Moves the pointer to `pos` and lets the window settle (tooltips open).
fn hover(harness: &mut App, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run();
}

/// Presses and releases the primary button at `pos`.
fn click_at(harness: &mut App, pos: egui::Pos2) {
    hover(harness, pos);
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

/// A point on the first words of a paragraph's last line: the paragraphs
/// used here end with a passage that runs over a line break.
fn start_of_last_line(harness: &App, paragraph: &str) -> egui::Pos2 {
    let rect = harness
        .get(By::new().role(Role::Paragraph).label_contains(paragraph))
        .rect();
    rect.left_bottom() + egui::vec2(12.0, -12.0)
}

/// True when the paragraph's centre lies inside the window, below the top bars.
fn is_on_screen(harness: &App, paragraph: &str, height: f32) -> bool {
    let rect = harness
        .get(By::new().role(Role::Paragraph).label_contains(paragraph))
        .rect();
    let y = rect.center().y;
    y > 40.0 && y < height - 30.0
}

/// The quote items of the sources pane are buttons holding the words.
fn quote_item(words: &str) -> By<'_> {
    By::new().role(Role::Button).label_contains(words)
}

#[test]
fn the_picture_draws_an_arrow_for_each_contradiction() {
    let harness = app_with_sample(1280.0, 800.0);
    for label in [
        KREMLIN_ARROW,
        "Dmitry Peskov contradicts Donald Trump (denial)",
        "Rostec contradicts Wall Street Journal (dispute)",
        "Rostec spokeswoman contradicts Wall Street Journal (conflicting-figures)",
    ] {
        let arrow = harness.query(By::new().role(Role::Button).label(label));
        assert!(arrow.is_some(), "no arrow labelled {label:?}");
    }
    // Trump is contradicted twice and contradicts no one.
    let trump = By::new()
        .role(Role::Button)
        .label("Donald Trump: contradicts 0, contradicted by 2");
    assert!(harness.query(trump).is_some());
}

#[test]
fn clicking_an_arrow_selects_its_contradiction() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let kremlin_trump = contradiction_between(&harness, "Kremlin", "Donald Trump");
    let arrow = || By::new().role(Role::Button).label(KREMLIN_ARROW);
    assert_eq!(
        harness.get(arrow()).accesskit_node().toggled(),
        Some(Toggled::False)
    );

    click(&mut harness, arrow);

    let state = harness.state().state();
    assert_eq!(
        state.selection,
        Some(Selection::Contradiction(kremlin_trump))
    );
    assert_eq!(state.side, Side::Contradicting);
    assert_eq!(
        harness.get(arrow()).accesskit_node().toggled(),
        Some(Toggled::True),
        "the arrow should show as selected"
    );
    let card = format!("Contradiction {}:", kremlin_trump.0 + 1);
    let card = harness.get(By::new().role(Role::Button).label_contains(&card));
    assert_eq!(card.accesskit_node().toggled(), Some(Toggled::True));
    let bar = harness.get(
        By::new()
            .role(Role::Label)
            .label_contains("Selected contradiction"),
    );
    let text = bar.value().unwrap_or_default();
    assert!(text.contains("Kremlin contradicts Donald Trump"), "{text}");
}

#[test]
fn clicking_an_arrow_scrolls_the_article_to_its_passage() {
    let height = 480.0;
    let mut harness = app_with_sample(1100.0, height);
    let figures = contradiction_between(&harness, "Rostec spokeswoman", "Wall Street Journal");
    assert!(
        !is_on_screen(&harness, SPOKESWOMAN_PARAGRAPH, height),
        "the passage should start off screen"
    );
    let label = "Rostec spokeswoman contradicts Wall Street Journal (conflicting-figures)";
    click(&mut harness, || By::new().role(Role::Button).label(label));

    assert_eq!(
        harness.state().state().selection,
        Some(Selection::Contradiction(figures))
    );
    assert!(
        is_on_screen(&harness, SPOKESWOMAN_PARAGRAPH, height),
        "the article should scroll to the contradicting passage"
    );
}

#[test]
fn clicking_a_speaker_lists_only_their_passages() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let kremlin = speaker_called(&harness, "Kremlin");
    let node = || {
        By::new()
            .role(Role::Button)
            .label("Kremlin: contradicts 1, contradicted by 0")
    };
    let card = |n: usize| format!("Contradiction {n}:");

    click(&mut harness, node);

    assert_eq!(harness.state().state().speaker_filter, Some(kremlin));
    assert_eq!(
        harness.get(node()).accesskit_node().toggled(),
        Some(Toggled::True)
    );
    assert!(harness.query(quote_item(KREMLIN_QUOTE)).is_some());
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_none());
    assert!(harness.query_by_label_contains(&card(1)).is_some());
    assert!(harness.query_by_label_contains(&card(3)).is_none());
    assert!(
        harness
            .query_by_label_contains("Only Kremlin's passages")
            .is_some()
    );

    // "Show everyone" lists everyone again.
    click(&mut harness, || {
        By::new().role(Role::Button).label("Show everyone")
    });
    assert_eq!(harness.state().state().speaker_filter, None);
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());
    assert!(harness.query_by_label_contains(&card(3)).is_some());
}

#[test]
fn contradictions_only_hides_the_quotes() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let chip = |label: &'static str| move || By::new().role(Role::Button).label(label);
    let cards = |h: &App| {
        h.query_all(
            By::new()
                .role(Role::Button)
                .label_contains("Contradiction "),
        )
        .count()
    };
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());
    assert_eq!(cards(&harness), 4);

    click(&mut harness, chip("Contradictions only"));

    assert_eq!(
        harness.state().state().sources_view,
        SourcesView::Contradictions
    );
    assert_eq!(
        harness
            .get(chip("Contradictions only")())
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_none());
    assert!(harness.query(quote_item(KREMLIN_QUOTE)).is_none());
    assert!(harness.query_by_label("Speakers").is_none());
    assert_eq!(cards(&harness), 4, "the contradiction cards stay");

    // "Quotes" shows the quotes alone, "All" both.
    click(&mut harness, chip("Quotes"));
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());
    assert_eq!(cards(&harness), 0);
    click(&mut harness, chip("All"));
    assert!(harness.query(quote_item(TRUMP_QUOTE)).is_some());
    assert_eq!(cards(&harness), 4);
}

#[test]
fn hovering_either_side_names_the_other() {
    let mut harness = app_with_sample(1100.0, 1000.0);
    harness
        .get(
            By::new()
                .role(Role::Paragraph)
                .label_contains(SPOKESWOMAN_PARAGRAPH),
        )
        .scroll_to_me();
    harness.run();
    let journal_words = "the overall Russian presence had been reduced";
    let spokeswoman_words = "around 10 people work in our Venezuela office";
    let shown = |h: &App, words: &str| h.query_all_by_label_contains(words).count();
    let (journal_before, spokeswoman_before) = (
        shown(&harness, journal_words),
        shown(&harness, spokeswoman_words),
    );

    // The contradicting side, the spokeswoman's figure, names the Journal and quotes it.
    let spokeswoman = start_of_last_line(&harness, SPOKESWOMAN_PARAGRAPH);
    hover(&mut harness, spokeswoman);
    assert!(
        harness
            .query_by_label_contains("Contradicts Wall Street Journal (conflicting-figures):")
            .is_some(),
        "no tooltip naming the Journal"
    );
    assert_eq!(
        shown(&harness, journal_words),
        journal_before + 1,
        "the tooltip should quote the Journal's passage"
    );

    // The contradicted side, the Journal's figure, names both who dispute it.
    let journal = start_of_last_line(&harness, JOURNAL_PARAGRAPH);
    hover(&mut harness, journal);
    assert!(
        harness
            .query_by_label_contains("Contradicted by Rostec (dispute):")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Contradicted by Rostec spokeswoman (conflicting-figures):")
            .is_some()
    );
    assert_eq!(
        shown(&harness, spokeswoman_words),
        spokeswoman_before + 1,
        "the tooltip should quote the spokeswoman's passage"
    );
    assert!(
        harness
            .query_by_label_contains("Contradicts Wall Street Journal")
            .is_none(),
        "the first tooltip should be gone"
    );
}

#[test]
fn a_contradicting_passage_leads_to_the_other_side() {
    let height = 360.0;
    let mut harness = app_with_sample(1100.0, height);
    let figures = contradiction_between(&harness, "Rostec spokeswoman", "Wall Street Journal");
    let journal = side_of(&harness, figures, Side::Contradicted);
    let spokeswoman = side_of(&harness, figures, Side::Contradicting);
    harness
        .get(
            By::new()
                .role(Role::Paragraph)
                .label_contains(SPOKESWOMAN_PARAGRAPH),
        )
        .scroll_to_me();
    harness.run();

    let pos = start_of_last_line(&harness, SPOKESWOMAN_PARAGRAPH);
    click_at(&mut harness, pos);

    let state = harness.state().state();
    assert_eq!(state.selection, Some(Selection::Contradiction(figures)));
    assert_eq!(state.focused_quote(), Some(spokeswoman));
    assert!(
        !is_on_screen(&harness, JOURNAL_PARAGRAPH, height),
        "the other side should start off screen"
    );

    click(&mut harness, || {
        By::new().role(Role::Button).label("Go to the other side")
    });

    let state = harness.state().state();
    assert_eq!(state.selection, Some(Selection::Contradiction(figures)));
    assert_eq!(state.side, Side::Contradicted);
    assert_eq!(state.focused_quote(), Some(journal));
    assert!(
        is_on_screen(&harness, JOURNAL_PARAGRAPH, height),
        "the article should scroll to the Journal's passage"
    );
    let bar = harness.get(
        By::new()
            .role(Role::Label)
            .label_contains("Selected contradiction"),
    );
    let text = bar.value().unwrap_or_default();
    assert!(
        text.contains("showing Wall Street Journal’s side"),
        "{text}"
    );

    // And back again.
    click(&mut harness, || {
        By::new().role(Role::Button).label("Go to the other side")
    });
    assert_eq!(harness.state().state().focused_quote(), Some(spokeswoman));
    assert!(is_on_screen(&harness, SPOKESWOMAN_PARAGRAPH, height));
}

#[test]
fn clicking_a_passage_contradicted_twice_steps_through_both() {
    // Tall enough for the whole sample: the passage is near its end.
    let mut harness = app_with_sample(1280.0, 1800.0);
    let dispute = contradiction_between(&harness, "Rostec", "Wall Street Journal");
    let figures = contradiction_between(&harness, "Rostec spokeswoman", "Wall Street Journal");
    // The paragraph ends with the Journal's figure, which Rostec disputes and
    // its spokeswoman contradicts with her own. (Found again before each
    // click: the selection bar moves the article down.)
    let pos = start_of_last_line(&harness, JOURNAL_PARAGRAPH);
    click_at(&mut harness, pos);
    let state = harness.state().state();
    assert_eq!(state.selection, Some(Selection::Contradiction(dispute)));
    assert_eq!(state.side, Side::Contradicted);

    let pos = start_of_last_line(&harness, JOURNAL_PARAGRAPH);
    click_at(&mut harness, pos);
    let state = harness.state().state();
    assert_eq!(state.selection, Some(Selection::Contradiction(figures)));
    assert_eq!(state.side, Side::Contradicted);
}

/// An article in which a courier firm denies five of a union's charges, each
/// a few paragraphs after the one before.
fn couriers_article() -> String {
    let charges = [
        (
            "drivers at Rapido Express had been made to work 14-hour shifts without breaks",
            "every driver’s hours were logged and checked by a supervisor",
        ),
        (
            "Rapido Express had cut drivers’ pay by a fifth since the spring",
            "pay rates had risen for every driver this year",
        ),
        (
            "managers at Rapido Express had threatened drivers who joined the union",
            "no manager had spoken to drivers about the union",
        ),
        (
            "Rapido Express trucks had failed safety inspections in March",
            "every truck had passed its inspection in March",
        ),
        (
            "Rapido Express had fired three drivers for filing complaints",
            "the three drivers had left the company of their own accord",
        ),
    ];
    let mut text = String::from("Union and courier firm trade charges\n\n");
    for (i, (charge, answer)) in charges.iter().enumerate() {
        let _ = write!(
            text,
            "The Quebec Couriers’ Union charged on Thursday that {charge}.\n\n\
             Rapido Express denied the union’s charges, saying {answer}.\n\n"
        );
        for season in ["spring", "summer", "autumn"] {
            let _ = write!(
                text,
                "The province’s labour board has received {} complaints about courier firms \
                 this year, and it will publish its report in the {season}.\n\n",
                11 + i
            );
        }
    }
    text
}

#[test]
fn many_contradictions_of_one_pair_are_one_numbered_arrow_each_click_selecting_the_next() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let path = dir.path().join("couriers.txt");
    std::fs::write(&path, couriers_article()).unwrap_or_else(|e| panic!("cannot write: {e}"));
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(12)
        .build_eframe(|_cc| counterpoint::app::CounterpointApp::new(Some(path.clone())));
    harness.run();
    let count = harness
        .state()
        .state()
        .article
        .as_ref()
        .map_or(0, |a| a.analysis.contradictions.len());
    assert_eq!(count, 5, "the firm should deny each of the five charges");

    let label = "Rapido Express contradicts Quebec Couriers’ Union (5 contradictions)";
    let arrow = || By::new().role(Role::Button).label(label);
    assert!(
        harness.query(arrow()).is_some(),
        "no numbered arrow {label:?}"
    );
    let single = By::new()
        .role(Role::Button)
        .label("Rapido Express contradicts Quebec Couriers’ Union (denial)");
    assert!(
        harness.query(single).is_none(),
        "the five should not be drawn one by one"
    );

    for expected in [0, 1, 2, 3, 4, 0] {
        click(&mut harness, arrow);
        assert_eq!(
            harness.state().state().selection,
            Some(Selection::Contradiction(ContradictionId(expected))),
            "each click selects the next contradiction of the pair"
        );
        assert_eq!(
            harness.get(arrow()).accesskit_node().toggled(),
            Some(Toggled::True)
        );
    }
}
