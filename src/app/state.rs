//! What the window shows, the [`Command`]s the views send, and the one
//! function that changes it: [`AppState::handle`].
//!
//! The views only read an [`AppState`] and return commands; nothing else
//! mutates it. What the user chose (the file, the selection, the path being
//! typed) is kept apart from what is derived from it (the [`Article`]'s
//! document and analysis, recomputed on every open).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use super::editing::{Dialog, EditCommand, Editing};
pub use super::loading::{DEFAULT_INLINE_LIMIT, InlineLimit, Loading, Polled};
pub use super::menus::ZoomStep;
pub use super::reader::{ReaderCommand, ReaderState};
pub use super::words::{collapse_whitespace, shorten};
use crate::document::{Document, Span};
use crate::engine::{Analysis, Contradiction, ContradictionId, QuoteId, SpeakerId, analyze};

/// A loaded article: the document and what the engine found in it.
///
/// Derived state: rebuilt from the file each time it is opened, never edited.
#[derive(Debug, Clone)]
pub struct Article {
    /// The loaded text, paragraphs and title.
    pub document: Document,
    /// Speakers, quotes and contradictions found in [`Article::document`].
    pub analysis: Analysis,
    /// How long the analysis took, when it was made here.
    pub analysis_time: Option<Duration>,
}

impl Article {
    /// Analyses `document` and keeps both together.
    pub fn new(document: Document) -> Self {
        let started = Instant::now();
        let analysis = analyze(&document);
        Self {
            document,
            analysis,
            analysis_time: Some(started.elapsed()),
        }
    }

    /// Pairs a document with an analysis made elsewhere (tests, cached runs).
    pub fn with_analysis(document: Document, analysis: Analysis) -> Self {
        Self {
            document,
            analysis,
            analysis_time: None,
        }
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

/// One of the two passages of a contradiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Side {
    /// The contradicting passage (`a`, the later one: the denial, the dispute).
    #[default]
    Contradicting,
    /// The contradicted passage (`b`, the claim being denied or disputed).
    Contradicted,
}

impl Side {
    /// The passage of `c` on this side.
    pub fn quote_of(self, c: &Contradiction) -> QuoteId {
        match self {
            Side::Contradicting => c.a,
            Side::Contradicted => c.b,
        }
    }

    /// The other side.
    #[must_use]
    pub fn other(self) -> Side {
        match self {
            Side::Contradicting => Side::Contradicted,
            Side::Contradicted => Side::Contradicting,
        }
    }
}

/// What the sources pane lists: the reader's choice of filter chip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SourcesView {
    /// Speakers with their quotes, then the contradictions.
    #[default]
    All,
    /// Only the speakers and their quotes.
    Quotes,
    /// Only the contradictions.
    Contradictions,
}

impl SourcesView {
    /// Every view, in the order of the chips.
    pub const ALL: [SourcesView; 3] = [
        SourcesView::All,
        SourcesView::Quotes,
        SourcesView::Contradictions,
    ];

    /// The text of the view's chip.
    pub fn label(self) -> &'static str {
        match self {
            SourcesView::All => "All",
            SourcesView::Quotes => "Quotes",
            SourcesView::Contradictions => "Contradictions only",
        }
    }

    /// True when the view lists the speakers and their quotes.
    pub fn shows_quotes(self) -> bool {
        self != SourcesView::Contradictions
    }

    /// True when the view lists the contradictions.
    pub fn shows_contradictions(self) -> bool {
        self != SourcesView::Quotes
    }
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
    /// Select a contradiction (both of its passages), showing its
    /// contradicting passage.
    SelectContradiction(ContradictionId),
    /// The reader clicked this passage in the article: select its
    /// contradiction if it takes part in one (clicking it again moves on to
    /// its next contradiction, if it has several), else the passage itself.
    SelectPassage(QuoteId),
    /// Show the other passage of the selected contradiction.
    GoToOtherSide,
    /// Choose what the sources pane lists.
    SetSourcesView(SourcesView),
    /// List only this speaker's passages and contradictions (`None`: everyone's).
    FilterSpeaker(Option<SpeakerId>),
    /// Open or close the "Who contradicts whom" picture.
    ShowGraph(bool),
    /// Select nothing: neither a passage nor words of the article.
    ClearSelection,
    /// Select the words at this span of the article (a drag across them):
    /// widened to character boundaries and trimmed of whitespace; an empty
    /// span selects no words.
    SelectText(Span),
    /// Copy the selected words to the clipboard. Handled by the window.
    CopySelectedText,
    /// Hide the error banner.
    DismissError,
    /// The pane has brought the selection into view.
    Scrolled(Pane),
    /// Stop opening the article that is being read and analysed in the background.
    CancelLoading,
    /// An editor's correction, undo/redo, or a correction dialog.
    Edit(EditCommand),
    /// Show the system's save dialog, then export the report there. Handled
    /// by the window ([`super::CounterpointApp`]), not by [`AppState`].
    ShowExportDialog,
    /// Write the report (HTML, Markdown or JSON by the extension) to this file.
    Export(PathBuf),
    /// Find, filters, next/previous, help windows (see [`super::reader`]).
    Reader(ReaderCommand),
    /// Copy the passage with its attribution to the clipboard. Handled by
    /// the window.
    CopyCitation(QuoteId),
    /// Make the text larger, smaller, or 100%. Handled by the window.
    Zoom(ZoomStep),
    /// Forget the recent files. Handled by the window.
    ClearRecentFiles,
}

/// The state of the window.
#[derive(Debug, Default)]
pub struct AppState {
    /// The article on display, if one is loaded (derived from the file).
    pub article: Option<Article>,
    /// What the user selected, if anything.
    pub selection: Option<Selection>,
    /// Words of the article selected by dragging across them, if any: a
    /// byte range on character boundaries, trimmed of whitespace.
    pub text_selection: Option<Span>,
    /// Which passage of the selected contradiction the article shows.
    pub side: Side,
    /// What the sources pane lists (the reader's choice; kept across files).
    pub sources_view: SourcesView,
    /// The speaker the sources pane is narrowed to, if any (reset on open:
    /// ids belong to one article).
    pub speaker_filter: Option<SpeakerId>,
    /// True when the reader closed the "Who contradicts whom" picture.
    pub graph_collapsed: bool,
    /// The last error, as a one-line message for the user.
    pub error: Option<String>,
    /// Panes that still have to scroll to the selection.
    pub pending_scroll: PendingScroll,
    /// The text of the path field in the top bar.
    pub path_field: String,
    /// Counts successful opens; views salt their scroll ids with it so that a
    /// new article starts at the top.
    pub generation: u64,
    /// A long article being opened in the background, if any (the previous
    /// article stays on display meanwhile).
    pub loading: Option<Loading>,
    /// Files larger than this are opened in the background.
    pub inline_limit: InlineLimit,
    /// Editors' corrections of the article on display.
    pub editing: Editing,
    /// Find, filters and help windows.
    pub reader: ReaderState,
}

impl AppState {
    /// An empty window, with nothing loaded.
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies one command. The only function that changes the state.
    ///
    /// [`Command::ShowOpenDialog`], [`Command::Quit`], [`Command::SetTheme`],
    /// [`Command::CopyCitation`], [`Command::CopySelectedText`], [`Command::Zoom`] and
    /// [`Command::ClearRecentFiles`] need the platform (or the window's saved
    /// choices) and are ignored here; the window handles them.
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
            Command::ShowOpenDialog
            | Command::ShowExportDialog
            | Command::Quit
            | Command::SetTheme(_)
            | Command::CopyCitation(_)
            | Command::CopySelectedText
            | Command::Zoom(_)
            | Command::ClearRecentFiles => {}
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
                    self.side = Side::Contradicting;
                }
            }
            Command::SelectPassage(quote) => self.select_passage(quote),
            Command::GoToOtherSide => {
                if matches!(self.selection, Some(Selection::Contradiction(_))) {
                    self.side = self.side.other();
                    self.pending_scroll.article = true;
                }
            }
            Command::SetSourcesView(view) => self.sources_view = view,
            Command::FilterSpeaker(speaker) => {
                let known =
                    speaker.is_none_or(|s| self.analysis().is_some_and(|a| a.speaker(s).is_some()));
                if known {
                    self.speaker_filter = speaker;
                }
            }
            Command::ShowGraph(open) => self.graph_collapsed = !open,
            Command::ClearSelection => {
                self.selection = None;
                self.text_selection = None;
                self.pending_scroll = PendingScroll::default();
            }
            Command::SelectText(span) => self.select_text(span),
            Command::DismissError => self.error = None,
            Command::Scrolled(Pane::Article) => self.pending_scroll.article = false,
            Command::Scrolled(Pane::Sources) => self.pending_scroll.sources = false,
            Command::CancelLoading => self.loading = None,
            Command::Edit(edit) => self.handle_edit(edit),
            Command::Export(path) => self.export(&path),
            Command::Reader(cmd) => self.handle_reader(cmd),
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

    /// The passage the article shows: the selected quote, or the passage of
    /// the selected contradiction on [`AppState::side`].
    pub fn focused_quote(&self) -> Option<QuoteId> {
        match self.selection? {
            Selection::Quote(q) => Some(q),
            Selection::Contradiction(c) => {
                let c = self.analysis()?.contradictions.get(c.0)?;
                Some(self.side.quote_of(c))
            }
        }
    }

    /// Where the article should scroll to: the span of [`AppState::focused_quote`].
    pub fn scroll_target(&self) -> Option<Span> {
        let quote = self.focused_quote()?;
        self.analysis()?.quote(quote).map(|q| q.span)
    }

    /// Selects what a click on `quote` in the article means: its
    /// contradiction, showing `quote`'s side; the next one on a second click;
    /// the quote alone when it contradicts no one.
    fn select_passage(&mut self, quote: QuoteId) {
        let Some(analysis) = self.analysis() else {
            return;
        };
        if analysis.quote(quote).is_none() {
            return;
        }
        let ids = analysis.contradictions_of(quote);
        let current = match self.selection {
            Some(Selection::Contradiction(c)) => ids.iter().position(|&id| id == c),
            _ => None,
        };
        let index = match current {
            // A second click on the passage shown moves on to its next contradiction.
            Some(i) if self.focused_quote() == Some(quote) => (i + 1) % ids.len(),
            Some(i) => i,
            None => 0,
        };
        let Some(&id) = ids.get(index) else {
            self.select(Selection::Quote(quote));
            return;
        };
        let side = match analysis.contradictions.get(id.0) {
            Some(c) if c.a == quote => Side::Contradicting,
            _ => Side::Contradicted,
        };
        self.select(Selection::Contradiction(id));
        self.side = side;
    }

    fn select(&mut self, selection: Selection) {
        self.selection = Some(selection);
        self.text_selection = None;
        self.pending_scroll = PendingScroll {
            article: true,
            sources: true,
        };
    }

    /// Opens `path`: at once when it is small, else in the background (see
    /// [`AppState::poll_loading`]). Opening a file cancels any open under way.
    fn open(&mut self, path: &Path) {
        self.loading = None;
        if !self.inline_limit.allows(path) {
            self.loading = Some(Loading::start(path.to_path_buf()));
            return;
        }
        match Document::load(path) {
            Ok(document) => self.show(Article::new(document)),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Takes in the outcome of a background open if it is ready; true while
    /// one is still under way (the window then keeps repainting).
    pub fn poll_loading(&mut self) -> bool {
        let Some(loading) = &self.loading else {
            return false;
        };
        match loading.poll() {
            Polled::Working => true,
            Polled::Done(outcome) => {
                self.loading = None;
                match outcome {
                    Ok(article) => self.show(*article),
                    Err(message) => self.error = Some(message),
                }
                false
            }
        }
    }

    /// Replaces the article with one already loaded and analysed.
    pub fn show(&mut self, article: Article) {
        self.path_field = article.document.path.display().to_string();
        self.article = Some(article);
        self.selection = None;
        self.text_selection = None;
        self.side = Side::default();
        self.speaker_filter = None;
        self.error = None;
        self.pending_scroll = PendingScroll::default();
        self.generation += 1;
        self.attach_corrections();
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
