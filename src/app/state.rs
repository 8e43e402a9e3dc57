//! What the window shows, the [`Command`]s the views send, and the one
//! function that changes it: [`AppState::handle`].
//!
//! The views only read an [`AppState`] and return commands; nothing else
//! mutates it. What the user chose (the file, the selection, the path being
//! typed) is kept apart from what is derived from it (the [`Article`]'s
//! document and analysis, recomputed on every open).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::document::{Document, Span};
use crate::engine::{Analysis, ContradictionId, QuoteId, analyze};

/// A loaded article: the document and what the engine found in it.
///
/// Derived state: rebuilt from the file each time it is opened, never edited.
#[derive(Debug, Clone)]
pub struct Article {
    /// The loaded text, paragraphs and title.
    pub document: Document,
    /// Speakers, quotes and contradictions found in [`Article::document`].
    pub analysis: Analysis,
}

impl Article {
    /// Analyses `document` and keeps both together.
    pub fn new(document: Document) -> Self {
        let analysis = analyze(&document);
        Self { document, analysis }
    }

    /// Pairs a document with an analysis made elsewhere (tests, cached runs).
    pub fn with_analysis(document: Document, analysis: Analysis) -> Self {
        Self { document, analysis }
    }

    /// The words of a quote with runs of whitespace collapsed, or `""`.
    pub fn passage(&self, quote: QuoteId) -> String {
        self.analysis
            .quote(quote)
            .map(|q| collapse_whitespace(q.span.slice(&self.document.text)))
            .unwrap_or_default()
    }
}

/// What the user has picked: one quote, or one contradiction (a pair of quotes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Selection {
    /// A single passage.
    Quote(QuoteId),
    /// A contradiction; both of its passages are shown as selected.
    Contradiction(ContradictionId),
}

/// The two scrolling panes of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    /// The article text (central panel).
    Article,
    /// The speakers, quotes and contradictions (right panel).
    Sources,
}

/// Panes that still have to bring the selection into view.
///
/// Set when the selection changes; each pane scrolls once, then reports
/// [`Command::Scrolled`]. A pane that already shows the item does not move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PendingScroll {
    /// The article pane should scroll to the selected passage.
    pub article: bool,
    /// The sources pane should scroll to the selected item.
    pub sources: bool,
}

/// Everything the views can ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Load this file, replacing the article; on failure keep the article and
    /// show the error.
    Open(PathBuf),
    /// Open the file named in the path field.
    OpenPathField,
    /// Replace the text of the path field (the user typed).
    SetPathField(String),
    /// Show the system's file picker, then open the chosen file.
    /// Handled by the window ([`super::CounterpointApp`]), not by [`AppState`].
    ShowOpenDialog,
    /// Close the window. Handled by the window, not by [`AppState`].
    Quit,
    /// Switch between light, dark and the system's theme. Handled by the
    /// window: egui keeps (and persists) the preference.
    SetTheme(egui::ThemePreference),
    /// Select one passage.
    SelectQuote(QuoteId),
    /// Select a contradiction (both of its passages).
    SelectContradiction(ContradictionId),
    /// Select nothing.
    ClearSelection,
    /// Hide the error banner.
    DismissError,
    /// The pane has brought the selection into view.
    Scrolled(Pane),
}

/// The state of the window.
#[derive(Debug, Default)]
pub struct AppState {
    /// The article on display, if one is loaded (derived from the file).
    pub article: Option<Article>,
    /// What the user selected, if anything.
    pub selection: Option<Selection>,
    /// The last error, as a one-line message for the user.
    pub error: Option<String>,
    /// Panes that still have to scroll to the selection.
    pub pending_scroll: PendingScroll,
    /// The text of the path field in the top bar.
    pub path_field: String,
    /// Counts successful opens; views salt their scroll ids with it so that a
    /// new article starts at the top.
    pub generation: u64,
}

impl AppState {
    /// An empty window, with nothing loaded.
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies one command. The only function that changes the state.
    ///
    /// [`Command::ShowOpenDialog`], [`Command::Quit`] and [`Command::SetTheme`]
    /// need the platform and are ignored here; the window handles them.
    pub fn handle(&mut self, cmd: Command) {
        match cmd {
            Command::Open(path) => self.open(&path),
            Command::OpenPathField => {
                let text = self.path_field.trim();
                if text.is_empty() {
                    self.error = Some("Type the path of an article file first.".to_owned());
                } else {
                    let path = PathBuf::from(text);
                    self.open(&path);
                }
            }
            Command::SetPathField(text) => self.path_field = text,
            Command::ShowOpenDialog | Command::Quit | Command::SetTheme(_) => {}
            Command::SelectQuote(id) => {
                if self.analysis().is_some_and(|a| a.quote(id).is_some()) {
                    self.select(Selection::Quote(id));
                }
            }
            Command::SelectContradiction(id) => {
                if self
                    .analysis()
                    .is_some_and(|a| a.contradictions.get(id.0).is_some())
                {
                    self.select(Selection::Contradiction(id));
                }
            }
            Command::ClearSelection => {
                self.selection = None;
                self.pending_scroll = PendingScroll::default();
            }
            Command::DismissError => self.error = None,
            Command::Scrolled(Pane::Article) => self.pending_scroll.article = false,
            Command::Scrolled(Pane::Sources) => self.pending_scroll.sources = false,
        }
    }

    /// The analysis of the loaded article, if any.
    pub fn analysis(&self) -> Option<&Analysis> {
        self.article.as_ref().map(|a| &a.analysis)
    }

    /// The quotes shown as selected: the quote, or both sides of the contradiction.
    pub fn selected_quotes(&self) -> BTreeSet<QuoteId> {
        let mut set = BTreeSet::new();
        match self.selection {
            Some(Selection::Quote(q)) => {
                set.insert(q);
            }
            Some(Selection::Contradiction(c)) => {
                if let Some(c) = self.analysis().and_then(|a| a.contradictions.get(c.0)) {
                    set.insert(c.a);
                    set.insert(c.b);
                }
            }
            None => {}
        }
        set
    }

    /// The passage the article should scroll to: the selected quote, or the
    /// contradicting passage (`a`) of the selected contradiction.
    pub fn scroll_target(&self) -> Option<Span> {
        let analysis = self.analysis()?;
        let quote = match self.selection? {
            Selection::Quote(q) => q,
            Selection::Contradiction(c) => analysis.contradictions.get(c.0)?.a,
        };
        analysis.quote(quote).map(|q| q.span)
    }

    fn select(&mut self, selection: Selection) {
        self.selection = Some(selection);
        self.pending_scroll = PendingScroll {
            article: true,
            sources: true,
        };
    }

    fn open(&mut self, path: &Path) {
        match Document::load(path) {
            Ok(document) => self.show(Article::new(document)),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Replaces the article with one already loaded and analysed.
    pub fn show(&mut self, article: Article) {
        self.path_field = article.document.path.display().to_string();
        self.article = Some(article);
        self.selection = None;
        self.error = None;
        self.pending_scroll = PendingScroll::default();
        self.generation += 1;
    }
}

/// Joins runs of whitespace into single spaces.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` cut to at most `max` characters on a word boundary, with "…" when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let head = &s[..cut];
    let head = match head.rfind(' ') {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Contradiction, ContradictionKind, Quote, QuoteKind};

    fn sample() -> Article {
        let doc = Document::from_text(
            "a.txt",
            "A headline for the test\n\n\"We left,\" Ann said.\n\nBob denied that they left.",
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
            quotes: vec![quote(span("We left,")), quote(span("that they left"))],
            contradictions: vec![Contradiction {
                a: QuoteId(1),
                b: QuoteId(0),
                kind: ContradictionKind::Denial,
                cue: "denied".to_owned(),
                explanation: "Bob denies what Ann said.".to_owned(),
                confidence: 0.9,
            }],
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
    fn unknown_ids_are_ignored() {
        let mut state = AppState::new();
        state.show(sample());
        state.handle(Command::SelectQuote(QuoteId(7)));
        state.handle(Command::SelectContradiction(ContradictionId(3)));
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

    #[test]
    fn shorten_cuts_on_words() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 10), "one two…");
        assert_eq!(shorten("ééééééééééé", 4), "éééé…");
    }
}
