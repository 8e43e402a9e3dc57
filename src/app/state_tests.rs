//! Tests of [`super::AppState::handle`] on a small hand-made article.

use super::*;
use crate::engine::{Contradiction, ContradictionKind, Quote, QuoteKind};

fn contradiction(a: usize, b: usize) -> Contradiction {
    Contradiction {
        a: QuoteId(a),
        b: QuoteId(b),
        kind: ContradictionKind::Denial,
        cue: "denied".to_owned(),
        explanation: String::new(),
        confidence: 0.9,
    }
}

/// Ann's passage (q0) is contradicted by Bob (q1, c0) and by Cy (q2, c1).
fn sample() -> Article {
    let doc = Document::from_text(
        "a.txt",
        "A headline for the test\n\n\"We left,\" Ann said.\n\nBob denied that they left.\n\nCy said nobody left.",
    );
    let span = |needle: &str| {
        let start = doc.text.find(needle).unwrap_or(0);
        Span::new(start, start + needle.len())
    };
    let quote = |s: Span| Quote {
        speaker: None,
        kind: QuoteKind::Direct,
        span: s,
        cue: None,
        confidence: 1.0,
        reason: String::new(),
    };
    let analysis = Analysis {
        speakers: Vec::new(),
        quotes: vec![
            quote(span("We left,")),
            quote(span("that they left")),
            quote(span("nobody left")),
        ],
        contradictions: vec![contradiction(1, 0), contradiction(2, 0)],
    };
    Article::with_analysis(doc, analysis)
}

#[test]
fn selecting_sets_selection_and_scrolls_both_panes_once() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::SelectQuote(QuoteId(0)));
    assert_eq!(state.selection, Some(Selection::Quote(QuoteId(0))));
    assert!(state.pending_scroll.article && state.pending_scroll.sources);
    state.handle(Command::Scrolled(Pane::Article));
    assert!(!state.pending_scroll.article && state.pending_scroll.sources);
}

#[test]
fn contradiction_selects_both_passages_and_scrolls_to_a() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::SelectContradiction(ContradictionId(0)));
    let selected: Vec<_> = state.selected_quotes().into_iter().collect();
    assert_eq!(selected, vec![QuoteId(0), QuoteId(1)]);
    let a = state
        .analysis()
        .and_then(|a| a.quote(QuoteId(1)))
        .map(|q| q.span);
    assert_eq!(state.scroll_target(), a);
}

#[test]
fn clicking_a_passage_selects_its_contradiction_on_its_side() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::SelectPassage(QuoteId(1)));
    assert_eq!(
        state.selection,
        Some(Selection::Contradiction(ContradictionId(0)))
    );
    assert_eq!(state.side, Side::Contradicting);
    // The other passage of the same contradiction keeps it, on its side.
    state.handle(Command::SelectPassage(QuoteId(0)));
    assert_eq!(
        state.selection,
        Some(Selection::Contradiction(ContradictionId(0)))
    );
    assert_eq!(state.side, Side::Contradicted);
    // Clicked again, it moves on to its next contradiction, then back.
    state.handle(Command::SelectPassage(QuoteId(0)));
    assert_eq!(
        state.selection,
        Some(Selection::Contradiction(ContradictionId(1)))
    );
    assert_eq!(state.focused_quote(), Some(QuoteId(0)));
    state.handle(Command::SelectPassage(QuoteId(0)));
    assert_eq!(
        state.selection,
        Some(Selection::Contradiction(ContradictionId(0)))
    );
}

#[test]
fn going_to_the_other_side_scrolls_the_article_there() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::GoToOtherSide);
    assert_eq!(state.side, Side::Contradicting, "nothing selected");
    state.handle(Command::SelectContradiction(ContradictionId(1)));
    state.handle(Command::Scrolled(Pane::Article));
    state.handle(Command::GoToOtherSide);
    assert_eq!(state.focused_quote(), Some(QuoteId(0)));
    assert!(state.pending_scroll.article);
    let ann = state
        .analysis()
        .and_then(|a| a.quote(QuoteId(0)))
        .map(|q| q.span);
    assert_eq!(state.scroll_target(), ann);
    state.handle(Command::GoToOtherSide);
    assert_eq!(state.focused_quote(), Some(QuoteId(2)));
}

#[test]
fn filters_are_choices_and_speaker_ones_end_with_the_article() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::SetSourcesView(SourcesView::Contradictions));
    state.handle(Command::FilterSpeaker(Some(SpeakerId(0))));
    assert_eq!(state.speaker_filter, None, "the sample has no speakers");
    state.handle(Command::ShowGraph(false));
    assert!(state.graph_collapsed);
    let mut article = sample();
    article.analysis.speakers.push(crate::engine::Speaker {
        name: "Ann".to_owned(),
        kind: crate::engine::SpeakerKind::Person,
        role: None,
        affiliation: None,
        aliases: Vec::new(),
        gender: crate::engine::Gender::Unknown,
    });
    state.show(article.clone());
    state.handle(Command::FilterSpeaker(Some(SpeakerId(0))));
    assert_eq!(state.speaker_filter, Some(SpeakerId(0)));
    state.show(article);
    assert_eq!(state.speaker_filter, None);
    assert_eq!(state.sources_view, SourcesView::Contradictions);
    assert!(state.graph_collapsed);
}

#[test]
fn unknown_ids_are_ignored() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::SelectQuote(QuoteId(7)));
    state.handle(Command::SelectContradiction(ContradictionId(3)));
    state.handle(Command::SelectPassage(QuoteId(9)));
    assert_eq!(state.selection, None);
}

#[test]
fn failed_open_keeps_article_and_reports() {
    let mut state = AppState::new();
    state.show(sample());
    state.handle(Command::SelectQuote(QuoteId(1)));
    state.handle(Command::Open(PathBuf::from("/no/such/file.txt")));
    assert!(state.article.is_some());
    assert_eq!(state.selection, Some(Selection::Quote(QuoteId(1))));
    let error = state.error.clone().unwrap_or_default();
    assert!(error.contains("no such file"), "{error}");
    state.handle(Command::DismissError);
    assert_eq!(state.error, None);
}

#[test]
fn empty_path_field_asks_for_a_path() {
    let mut state = AppState::new();
    state.handle(Command::SetPathField("   ".to_owned()));
    state.handle(Command::OpenPathField);
    assert!(state.error.is_some());
    assert!(state.article.is_none());
}
