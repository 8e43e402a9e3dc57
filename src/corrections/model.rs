//! What an editor changed, as it is stored: the `counterpoint-corrections/1` format.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::anchor::QuoteAnchor;
use crate::engine::{ContradictionKind, QuoteKind};

/// The sidecar format this version reads and writes.
pub const FORMAT: &str = "counterpoint-corrections/1";

/// The family of [`FORMAT`], without its version.
pub const FORMAT_NAME: &str = "counterpoint-corrections";

/// The version number in [`FORMAT`].
pub const FORMAT_VERSION: u32 = 1;

/// The whole sidecar file: the format, the article it belongs to, and the
/// corrections in the order they were made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sidecar {
    /// Always [`FORMAT`] when written by this version.
    pub format: String,
    /// The file name of the article, for people who find the file on its own.
    #[serde(default)]
    pub article: String,
    /// Corrections, oldest first; applied in this order.
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

impl Sidecar {
    /// An empty sidecar for the article named `article`.
    pub fn new(article: impl Into<String>) -> Self {
        Self {
            format: FORMAT.to_owned(),
            article: article.into(),
            corrections: Vec::new(),
        }
    }
}

/// One change made by an editor, with when it was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// When the editor made it.
    pub at: DateTime<Utc>,
    /// What changed.
    #[serde(flatten)]
    pub edit: Edit,
}

impl Correction {
    /// `edit`, made now.
    pub fn now(edit: Edit) -> Self {
        Self {
            at: Utc::now(),
            edit,
        }
    }
}

/// The corrections an editor can make. Quotes are named by [`QuoteAnchor`]s
/// and speakers by name, never by engine ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "kebab-case")]
pub enum Edit {
    /// The quote is said by `speaker` (a speaker of the article, or a new one).
    ReassignQuote {
        /// The quote.
        quote: QuoteAnchor,
        /// The name of its speaker.
        speaker: String,
    },
    /// The quote is said by a new speaker of its own, named `speaker`.
    SplitQuote {
        /// The quote.
        quote: QuoteAnchor,
        /// The name of the new speaker.
        speaker: String,
    },
    /// The speaker named `from` is called `to`.
    RenameSpeaker {
        /// The current name.
        from: String,
        /// The new name.
        to: String,
    },
    /// Everything said by `from` is said by `into`; `from` disappears.
    MergeSpeakers {
        /// The speaker that disappears.
        from: String,
        /// The speaker that stays.
        into: String,
    },
    /// Words of the article the engine missed are a quote of `speaker`.
    AddQuote {
        /// Where the words are.
        quote: QuoteAnchor,
        /// Who says them.
        speaker: String,
        /// Direct or reported.
        kind: QuoteKind,
    },
    /// The engine took something for a quote that is none.
    DeleteQuote {
        /// The false quote.
        quote: QuoteAnchor,
    },
    /// Passage `a` contradicts passage `b`.
    AddContradiction {
        /// The contradicting (later) passage.
        a: QuoteAnchor,
        /// The contradicted passage.
        b: QuoteAnchor,
        /// Denial, dispute, conflicting figures or negation.
        kind: ContradictionKind,
    },
    /// The engine's contradiction between `a` and `b` is none.
    RemoveContradiction {
        /// The contradicting passage.
        a: QuoteAnchor,
        /// The contradicted passage.
        b: QuoteAnchor,
    },
    /// An editor checked the contradiction between `a` and `b`.
    ConfirmContradiction {
        /// The contradicting passage.
        a: QuoteAnchor,
        /// The contradicted passage.
        b: QuoteAnchor,
    },
}

impl Edit {
    /// A one-line description for people: "Reassign “We left…” to Ann".
    pub fn describe(&self) -> String {
        match self {
            Edit::ReassignQuote { quote, speaker } => {
                format!("Reassign {} to {speaker}", quote.short())
            }
            Edit::SplitQuote { quote, speaker } => {
                format!("Split {} off into new speaker {speaker}", quote.short())
            }
            Edit::RenameSpeaker { from, to } => format!("Rename {from} to {to}"),
            Edit::MergeSpeakers { from, into } => format!("Merge {from} into {into}"),
            Edit::AddQuote {
                quote,
                speaker,
                kind,
            } => format!("Add {} quote {} by {speaker}", kind.label(), quote.short()),
            Edit::DeleteQuote { quote } => format!("Delete quote {}", quote.short()),
            Edit::AddContradiction { a, b, kind } => format!(
                "Add contradiction ({}): {} contradicts {}",
                kind.as_str(),
                a.short(),
                b.short()
            ),
            Edit::RemoveContradiction { a, b } => {
                format!("Remove contradiction {} / {}", a.short(), b.short())
            }
            Edit::ConfirmContradiction { a, b } => {
                format!("Confirm contradiction {} / {}", a.short(), b.short())
            }
        }
    }
}
