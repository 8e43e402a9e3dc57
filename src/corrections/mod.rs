//! Editors' corrections to an analysis, kept in a sidecar file beside the article.
//!
//! An editor who disagrees with the engine reassigns a quote, renames or
//! merges speakers, adds or deletes quotes and contradictions. Each change is
//! one [`Correction`] in an append-only list ([`model`]), saved at once and
//! atomically next to the article ([`sidecar`]: `ARTICLE.counterpoint.json`),
//! and applied in order on top of the engine's analysis whenever the article
//! is opened ([`apply`]). Corrections name quotes by their words, not by
//! engine ids ([`anchor`]), so they survive a new engine and an edited
//! article; those that cannot be placed are listed, never dropped. A
//! contradiction the corrections leave with one speaker on both sides is
//! left out of the corrected analysis and listed ([`Dropped`]).
//! [`history`] gives undo and redo.
//!
//! Pure Rust, like the engine: nothing here knows about the window.

pub mod anchor;
pub mod apply;
pub mod history;
pub mod model;
pub mod sidecar;
mod work;

pub use anchor::QuoteAnchor;
pub use apply::{Corrected, Dropped, Edits, Marks, Unplaced, apply};
pub use history::History;
pub use model::{Correction, Edit, FORMAT, Sidecar};
pub use sidecar::{SaveStep, SidecarError};
