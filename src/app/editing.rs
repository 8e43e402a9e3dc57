//! Editors' corrections in the window: the state they need, the commands
//! that make them, and how they are kept (sidecar saved at once) and shown
//! (the corrected analysis replaces the engine's in [`Article::analysis`]).
//!
//! The engine's own analysis is kept in [`Editing::base`]; every change
//! re-applies the whole list of corrections to it, so undo and redo are
//! only a matter of which corrections are in force.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::state::{AppState, Article, PendingScroll};
use crate::corrections::{self, Correction, Edit, Edits, History, QuoteAnchor, Sidecar, sidecar};
use crate::document::Span;
use crate::engine::{Analysis, ContradictionId, ContradictionKind, QuoteId, QuoteKind, SpeakerId};

/// An open correction dialog and what has been typed or picked in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Who says this quote: a speaker of the article, or a new name.
    Reassign {
        /// The quote.
        quote: QuoteId,
        /// The name typed or picked.
        name: String,
    },
    /// A new name for a speaker.
    Rename {
        /// The speaker.
        speaker: SpeakerId,
        /// The new name typed.
        name: String,
    },
    /// Which speaker to merge a speaker into.
    Merge {
        /// The speaker that disappears.
        speaker: SpeakerId,
        /// The speaker picked to stay.
        into: Option<SpeakerId>,
    },
    /// Words of the article to add as a quote.
    AddQuote {
        /// The quoted words, as typed, pasted or selected.
        words: String,
        /// Who says them.
        speaker: String,
        /// Direct or reported.
        kind: QuoteKind,
        /// Where the words were selected in the article, if they were: of
        /// several occurrences, the one nearest to it is meant.
        near: Option<Span>,
    },
    /// Two passages, one contradicting the other.
    AddContradiction {
        /// The contradicting passage.
        a: Option<QuoteId>,
        /// The contradicted passage.
        b: Option<QuoteId>,
        /// Denial, dispute, conflicting figures or negation.
        kind: ContradictionKind,
    },
}

/// What the correction controls ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditCommand {
    /// The quote is said by the speaker of this name (created when new).
    ReassignQuote(QuoteId, String),
    /// The quote is said by a new speaker of its own.
    SplitQuote(QuoteId),
    /// The speaker is called this.
    RenameSpeaker(SpeakerId, String),
    /// Everything `from` says is said by `into`.
    MergeSpeakers {
        /// The speaker that disappears.
        from: SpeakerId,
        /// The speaker that stays.
        into: SpeakerId,
    },
    /// These words of the article are a quote.
    AddQuote {
        /// The quoted words.
        words: String,
        /// Who says them.
        speaker: String,
        /// Direct or reported.
        kind: QuoteKind,
        /// Where they were selected, if they were (picks the occurrence).
        near: Option<Span>,
    },
    /// Open the Add quote dialog with the words selected in the article.
    AddQuoteFromSelection,
    /// This is no quote.
    DeleteQuote(QuoteId),
    /// Passage `a` contradicts passage `b`.
    AddContradiction {
        /// The contradicting passage.
        a: QuoteId,
        /// The contradicted passage.
        b: QuoteId,
        /// What kind of contradiction.
        kind: ContradictionKind,
    },
    /// This is no contradiction.
    RemoveContradiction(ContradictionId),
    /// An editor checked this contradiction.
    ConfirmContradiction(ContradictionId),
    /// Take back the last correction.
    Undo,
    /// Make the last correction taken back again.
    Redo,
    /// Open a dialog (replacing any open one).
    OpenDialog(Dialog),
    /// The user typed or picked something in the open dialog.
    UpdateDialog(Dialog),
    /// Close the dialog without a change.
    CloseDialog,
    /// Show or hide the list of corrections that could not be placed and
    /// of contradictions they left out.
    ShowUnplaced(bool),
    /// Hide the corrections message.
    DismissNotice,
}

/// The corrections of the article on display.
#[derive(Debug, Default)]
pub struct Editing {
    /// The engine's own analysis of the article, before any correction.
    pub base: Option<Analysis>,
    /// The corrections in force and the ones undone.
    pub history: History,
    /// What the corrections in force did (marks, unplaced ones).
    pub edits: Edits,
    /// Where the corrections are saved; `None` with no article.
    pub sidecar: Option<PathBuf>,
    /// The last message about corrections (saved, set aside, refused).
    pub notice: Option<String>,
    /// The open correction dialog, if any.
    pub dialog: Option<Dialog>,
    /// True while the list of unplaced corrections is shown.
    pub show_unplaced: bool,
}

impl AppState {
    /// Reads the corrections kept beside the article just shown and applies
    /// them. A sidecar that cannot be read is set aside, never overwritten.
    pub(super) fn attach_corrections(&mut self) {
        let Some(article) = &self.article else {
            self.editing = Editing::default();
            return;
        };
        let path = sidecar::path_for(&article.document.path);
        let mut editing = Editing {
            base: Some(article.analysis.clone()),
            sidecar: Some(path.clone()),
            ..Editing::default()
        };
        match sidecar::load(&path) {
            Ok(Some(stored)) => editing.history = History::new(stored.corrections),
            Ok(None) => {}
            Err(e) => {
                let (message, kept_aside) = set_aside_message(&path, &e);
                editing.notice = Some(message);
                if !kept_aside {
                    // Never overwrite it: no saving until the editor moves it.
                    editing.sidecar = None;
                }
            }
        }
        self.editing = editing;
        if !self.editing.history.done().is_empty() {
            self.reapply();
            let unplaced = self.editing.edits.unplaced.len();
            let dropped = self.editing.edits.dropped.len();
            if unplaced > 0 {
                self.editing.show_unplaced = true;
                self.editing.notice = Some(format!(
                    "The article changed since it was corrected: {} could not be placed. They are kept; see Edit > Corrections not placed.",
                    plural(unplaced, "correction")
                ));
            } else if dropped > 0 {
                self.editing.notice = Some(format!(
                    "{} left out: the corrections put both passages in one speaker's mouth; see Edit > Contradictions left out.",
                    plural(dropped, "contradiction")
                ));
            }
        }
    }

    /// Applies one correction command.
    pub(super) fn handle_edit(&mut self, cmd: EditCommand) {
        match cmd {
            EditCommand::Undo => self.step_history(true),
            EditCommand::Redo => self.step_history(false),
            EditCommand::OpenDialog(dialog) | EditCommand::UpdateDialog(dialog) => {
                if self.article.is_some() {
                    self.editing.dialog = Some(dialog);
                }
            }
            EditCommand::CloseDialog => self.editing.dialog = None,
            EditCommand::AddQuoteFromSelection => self.add_quote_from_selection(),
            EditCommand::ShowUnplaced(show) => self.editing.show_unplaced = show,
            EditCommand::DismissNotice => self.editing.notice = None,
            other => match self.edit_for(&other) {
                Ok(edit) => self.correct(edit),
                Err(message) => self.editing.notice = Some(message),
            },
        }
    }

    /// The stored form of a correction command, quotes named by their words.
    fn edit_for(&self, cmd: &EditCommand) -> Result<Edit, String> {
        let article = self.article.as_ref().ok_or("Open an article first.")?;
        let analysis = &article.analysis;
        let anchor = |q: QuoteId| {
            QuoteAnchor::of(&article.document.text, analysis, q)
                .ok_or_else(|| "That quote is no longer there.".to_owned())
        };
        let speaker = |s: SpeakerId| {
            analysis
                .speaker(s)
                .map(|s| s.name.clone())
                .ok_or_else(|| "That speaker is no longer there.".to_owned())
        };
        let named = |name: &str| {
            let name = name.trim();
            if name.is_empty() {
                Err("Type or pick a speaker's name first.".to_owned())
            } else {
                Ok(name.to_owned())
            }
        };
        let contradiction = |c: ContradictionId| {
            let c = analysis
                .contradictions
                .get(c.0)
                .ok_or_else(|| "That contradiction is no longer there.".to_owned())?;
            Ok::<_, String>((anchor(c.a)?, anchor(c.b)?))
        };
        Ok(match cmd {
            EditCommand::ReassignQuote(q, name) => Edit::ReassignQuote {
                quote: anchor(*q)?,
                speaker: named(name)?,
            },
            EditCommand::SplitQuote(q) => {
                let old = analysis.speaker_name(*q);
                Edit::SplitQuote {
                    quote: anchor(*q)?,
                    speaker: format!("{old} (split)"),
                }
            }
            EditCommand::RenameSpeaker(s, name) => Edit::RenameSpeaker {
                from: speaker(*s)?,
                to: named(name)?,
            },
            EditCommand::MergeSpeakers { from, into } => Edit::MergeSpeakers {
                from: speaker(*from)?,
                into: speaker(*into)?,
            },
            EditCommand::AddQuote {
                words,
                speaker,
                kind,
                near,
            } => {
                let text = &article.document.text;
                let hint = near.map_or(0, |s| s.start);
                let span =
                    corrections::anchor::locate(text, words.trim(), hint).ok_or_else(|| {
                        format!("The words “{}” are not in the article.", words.trim())
                    })?;
                Edit::AddQuote {
                    quote: QuoteAnchor {
                        text: span.slice(text).to_owned(),
                        start: span.start,
                        speaker: None,
                    },
                    speaker: named(speaker)?,
                    kind: *kind,
                }
            }
            EditCommand::DeleteQuote(q) => Edit::DeleteQuote { quote: anchor(*q)? },
            EditCommand::AddContradiction { a, b, kind } => Edit::AddContradiction {
                a: anchor(*a)?,
                b: anchor(*b)?,
                kind: *kind,
            },
            EditCommand::RemoveContradiction(c) => {
                let (a, b) = contradiction(*c)?;
                Edit::RemoveContradiction { a, b }
            }
            EditCommand::ConfirmContradiction(c) => {
                let (a, b) = contradiction(*c)?;
                Edit::ConfirmContradiction { a, b }
            }
            EditCommand::Undo
            | EditCommand::Redo
            | EditCommand::OpenDialog(_)
            | EditCommand::UpdateDialog(_)
            | EditCommand::CloseDialog
            | EditCommand::AddQuoteFromSelection
            | EditCommand::ShowUnplaced(_)
            | EditCommand::DismissNotice => return Err(String::new()),
        })
    }

    /// Makes a correction: applied at once, kept only if it takes effect and
    /// the sidecar is saved.
    fn correct(&mut self, edit: Edit) {
        let describe = edit.describe();
        let dropped_before = self.editing.edits.dropped.len();
        self.editing.history.push(Correction::now(edit));
        self.reapply();
        let last = self.editing.history.done().len() - 1;
        if let Some(u) = self.editing.edits.unplaced.iter().find(|u| u.index == last) {
            let reason = u.reason.clone();
            self.editing.history.discard_last();
            self.reapply();
            self.editing.notice = Some(format!("Not changed: {reason}."));
            return;
        }
        match self.save_corrections() {
            Ok(()) => {
                self.editing.dialog = None;
                let mut notice = format!("{describe}: saved.");
                let dropped = &self.editing.edits.dropped;
                if let Some(new) = dropped.get(dropped_before..).filter(|d| !d.is_empty()) {
                    let mut reasons: Vec<String> =
                        new.iter().map(corrections::Dropped::reason).collect();
                    reasons.dedup();
                    let _ = write!(
                        notice,
                        " {} left out: {} (see Edit > Contradictions left out).",
                        plural(new.len(), "contradiction"),
                        reasons.join("; ")
                    );
                }
                self.editing.notice = Some(notice);
            }
            Err(e) => {
                self.editing.history.discard_last();
                self.reapply();
                self.editing.notice = Some(format!("Not changed: {e}"));
            }
        }
    }

    /// Undo (`back`) or redo, saved at once; undone again if the save fails.
    fn step_history(&mut self, back: bool) {
        let history = &mut self.editing.history;
        let moved = if back { history.undo() } else { history.redo() };
        if !moved {
            return;
        }
        if let Err(e) = self.save_corrections() {
            let history = &mut self.editing.history;
            if back {
                history.redo();
            } else {
                history.undo();
            }
            self.editing.notice = Some(format!("Not changed: {e}"));
            return;
        }
        self.editing.notice = Some(
            if back {
                "Undone: saved."
            } else {
                "Redone: saved."
            }
            .to_owned(),
        );
        self.reapply();
    }

    /// Writes the corrections in force to the sidecar, atomically.
    fn save_corrections(&self) -> Result<(), corrections::SidecarError> {
        let Some(path) = &self.editing.sidecar else {
            return Err(corrections::SidecarError::Write {
                path: PathBuf::from("the corrections file"),
                source: std::io::Error::other(
                    "an unreadable corrections file is in the way; move it aside and open the article again",
                ),
            });
        };
        let name = self
            .article
            .as_ref()
            .map(|a| a.document.file_name())
            .unwrap_or_default();
        let mut stored = Sidecar::new(name);
        stored.corrections = self.editing.history.done().to_vec();
        sidecar::save(path, &stored)
    }

    /// Re-applies the corrections in force to the engine's analysis and
    /// shows the result. Ids may change, so the selection is cleared.
    fn reapply(&mut self) {
        let (Some(article), Some(base)) = (&mut self.article, &self.editing.base) else {
            return;
        };
        let corrected =
            corrections::apply(&article.document.text, base, self.editing.history.done());
        article.analysis = corrected.analysis;
        self.editing.edits = corrected.edits;
        self.selection = None;
        self.text_selection = None;
        self.speaker_filter = None;
        self.pending_scroll = PendingScroll::default();
    }

    /// Writes the report of the article on display to `path`: HTML, Markdown
    /// or JSON by the file's extension (HTML when it has none of those).
    pub(super) fn export(&mut self, path: &Path) {
        let Some(article) = &self.article else {
            self.editing.notice = Some("Open an article first.".to_owned());
            return;
        };
        let text = export_text(article, &self.editing.edits, path);
        self.editing.notice = Some(match std::fs::write(path, text) {
            Ok(()) => format!("Report exported to {}.", path.display()),
            Err(e) => format!("Could not export the report to {}: {e}", path.display()),
        });
    }
}

/// "1 contradiction", "2 contradictions".
fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The report of `article` in the format `path`'s extension names.
fn export_text(article: &Article, edits: &Edits, path: &Path) -> String {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (doc, analysis) = (&article.document, &article.analysis);
    match ext.as_str() {
        "json" => crate::report::to_json_with(doc, analysis, edits),
        "md" | "markdown" => crate::report::to_markdown_with(doc, analysis, edits),
        _ => crate::report::to_html(doc, analysis, edits),
    }
}

/// Sets an unreadable sidecar aside and says what happened; false when it
/// could not be moved.
fn set_aside_message(path: &Path, error: &corrections::SidecarError) -> (String, bool) {
    match sidecar::set_aside(path) {
        Ok(kept) => (
            format!(
                "The corrections could not be read ({error}). The file was kept, untouched, as {}; showing the analysis without corrections. New corrections go to a new {}.",
                kept.display(),
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            ),
            true,
        ),
        Err(e) => (
            format!(
                "The corrections could not be read ({error}) nor set aside ({e}); showing the analysis without corrections. Corrections cannot be saved until the file is moved."
            ),
            false,
        ),
    }
}
