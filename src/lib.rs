//! Counterpoint: a desktop reader for news articles that shows who says what,
//! and where one party contradicts another.
//!
//! Data flows one way: a file becomes a [`Document`] ([`document`]), the
//! [`engine`] turns it into an [`Analysis`], and the views show it: the
//! window ([`app`]) and the reports ([`report`]) for the command line ([`cli`]).
//! The engine is pure Rust and knows nothing of the user interface.

#[cfg(feature = "gui")]
pub mod app;
/// Batch input for the command line: files and folders expanded to article files.
pub mod batch;
pub mod cli;
pub mod corrections;
pub mod document;
pub mod engine;
pub mod lexicon;
pub mod report;

pub use document::{Document, LoadError, Span};
pub use engine::{Analysis, analyze};
