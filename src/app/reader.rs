//! The reader's tools that change what is shown, not what was found: find in
//! the article, the sources filter box and kind toggles, stepping from quote
//! to quote, and the help windows.
//!
//! [`ReaderState`] lives inside [`AppState`] (field `reader`); the views send
//! [`Command::Reader`] and [`AppState::handle`] passes it to
//! [`AppState::handle_reader`], here.

use serde::{Deserialize, Serialize};

use super::search::Find;
use super::state::{AppState, Command, Selection};
use super::visible;
use crate::engine::{ContradictionId, QuoteId};

/// Which kinds of passage the panes show: the reader's toggles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Shown {
    /// Direct quotes (words inside quotation marks).
    pub direct: bool,
    /// Reported speech (indirect and mixed quotes).
    pub reported: bool,
    /// Contradictions: the zigzag in the article, the cards in the sources pane.
    pub contradictions: bool,
}

impl Default for Shown {
    fn default() -> Self {
        Self {
            direct: true,
            reported: true,
            contradictions: true,
        }
    }
}

/// The state of the reader's tools.
#[derive(Debug, Clone, Default)]
pub struct ReaderState {
    /// Find in the article (Ctrl+F).
    pub find: Find,
    /// The text of the sources filter box: a speaker's name or words of a passage.
    pub filter_text: String,
    /// Which kinds of passage are shown.
    pub shown: Shown,
    /// True while the "Keyboard shortcuts" window is open.
    pub shortcuts_open: bool,
    /// True while the "Legend" window is open.
    pub legend_open: bool,
}

/// Everything the reader's tools can ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderCommand {
    /// Show the find bar and put the keyboard focus in it.
    OpenFind,
    /// Hide the find bar and its highlights.
    CloseFind,
    /// The find bar has taken the keyboard focus.
    FindFocused,
    /// Search the article for this text (case-insensitive).
    SetFindQuery(String),
    /// Go to the next match (after the last: the first).
    NextMatch,
    /// Go to the previous match (before the first: the last).
    PreviousMatch,
    /// The article has brought the current match into view.
    MatchScrolled,
    /// Narrow the sources to speakers or passages containing this text.
    SetFilterText(String),
    /// Choose which kinds of passage are shown.
    SetShown(Shown),
    /// Select the next shown quote, in document order.
    NextQuote,
    /// Select the previous shown quote.
    PreviousQuote,
    /// Select the next shown contradiction.
    NextContradiction,
    /// Select the previous shown contradiction.
    PreviousContradiction,
    /// Open or close the "Keyboard shortcuts" window.
    ShowShortcuts(bool),
    /// Open or close the "Legend" window.
    ShowLegend(bool),
    /// A new article is on display: search it again.
    ArticleChanged,
}

/// Forward or backward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Next,
    Previous,
}

impl AppState {
    /// Applies one [`ReaderCommand`]; called by [`AppState::handle`].
    pub fn handle_reader(&mut self, cmd: ReaderCommand) {
        let text = self.article.as_ref().map(|a| a.document.text.as_str());
        let reader = &mut self.reader;
        match cmd {
            ReaderCommand::OpenFind => reader.find.open(),
            ReaderCommand::CloseFind => reader.find.close(),
            ReaderCommand::FindFocused => reader.find.focus_requested = false,
            ReaderCommand::SetFindQuery(query) => reader.find.set_query(query, text),
            ReaderCommand::NextMatch => reader.find.step(true),
            ReaderCommand::PreviousMatch => reader.find.step(false),
            ReaderCommand::MatchScrolled => reader.find.scroll_pending = false,
            ReaderCommand::ArticleChanged => reader.find.research(text),
            ReaderCommand::SetFilterText(filter) => reader.filter_text = filter,
            ReaderCommand::SetShown(shown) => reader.shown = shown,
            ReaderCommand::ShowShortcuts(open) => reader.shortcuts_open = open,
            ReaderCommand::ShowLegend(open) => reader.legend_open = open,
            ReaderCommand::NextQuote => self.step_quote(Step::Next),
            ReaderCommand::PreviousQuote => self.step_quote(Step::Previous),
            ReaderCommand::NextContradiction => self.step_contradiction(Step::Next),
            ReaderCommand::PreviousContradiction => self.step_contradiction(Step::Previous),
        }
    }

    /// Selects the shown quote after (or before) the passage in view,
    /// wrapping around; the first (or last) one when nothing is selected.
    fn step_quote(&mut self, step: Step) {
        let Some(article) = &self.article else {
            return;
        };
        let shown: Vec<QuoteId> = (0..article.analysis.quotes.len())
            .map(QuoteId)
            .filter(|&q| visible::quote_shown(self, article, q))
            .collect();
        let current = self.focused_quote();
        if let Some(q) = next_in(&shown, current, step) {
            self.handle(Command::SelectQuote(q));
        }
    }

    /// Selects the shown contradiction after (or before) the selected one.
    fn step_contradiction(&mut self, step: Step) {
        let Some(article) = &self.article else {
            return;
        };
        let shown: Vec<ContradictionId> = (0..article.analysis.contradictions.len())
            .map(ContradictionId)
            .filter(|&c| visible::contradiction_shown(self, article, c))
            .collect();
        let current = match self.selection {
            Some(Selection::Contradiction(c)) => Some(c),
            _ => None,
        };
        if let Some(c) = next_in(&shown, current, step) {
            self.handle(Command::SelectContradiction(c));
        }
    }
}

/// The item after (or before) `current` in the sorted list `items`,
/// wrapping around; the first (or last) when `current` is `None`.
fn next_in<T: Copy + Ord>(items: &[T], current: Option<T>, step: Step) -> Option<T> {
    let first = items.first().copied();
    let last = items.last().copied();
    let Some(current) = current else {
        return if step == Step::Next { first } else { last };
    };
    match step {
        Step::Next => items.iter().copied().find(|&i| i > current).or(first),
        Step::Previous => items.iter().rev().copied().find(|&i| i < current).or(last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stepping_wraps_around_and_skips_hidden_items() {
        let items = [1, 4, 7];
        assert_eq!(next_in(&items, None, Step::Next), Some(1));
        assert_eq!(next_in(&items, None, Step::Previous), Some(7));
        assert_eq!(next_in(&items, Some(4), Step::Next), Some(7));
        assert_eq!(next_in(&items, Some(7), Step::Next), Some(1));
        assert_eq!(next_in(&items, Some(5), Step::Previous), Some(4));
        assert_eq!(next_in(&items, Some(1), Step::Previous), Some(7));
        assert_eq!(next_in::<i32>(&[], Some(1), Step::Next), None);
    }
}
