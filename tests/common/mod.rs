//! Helpers shared by the integration tests (each includes them with `mod common;`).
//!
//! - [`analyzed`]: an article and the engine's analysis of it, with labels for messages.
//! - [`fixture`]: the format of `tests/fixtures/NAME.expected.json`.
//! - [`gold`]: `shared/eval/score.py` ported, to score an analysis against a gold file.
//! - [`window`]: the real app under `egui_kittest` with the sample open.
//! - [`reader`]: clicks, keys and look-ups for the reader-tool tests.
//! - [`editor`]: a temporary copy of the sample, its sidecar, and drags across words.

// Every test binary compiles all of these and uses only part of them.
#![allow(
    dead_code,
    unused_imports,
    reason = "each test binary uses a different part of the helpers"
)]

pub mod analyzed;
pub mod editor;
pub mod fixture;
pub mod gold;
pub mod reader;
pub mod window;

use std::path::{Path, PathBuf};

/// A path relative to the crate's root folder.
pub fn crate_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// Runs of whitespace (line breaks too) as single spaces.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a passage, for messages.
pub fn shorten(s: &str) -> String {
    let s = collapse(s);
    match s.char_indices().nth(70) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s,
    }
}
