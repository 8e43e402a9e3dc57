//! Fuzz target: arbitrary bytes through the loader (every format), the engine
//! and the reports. Fails on a panic or a broken promise
//! (`counterpoint::engine::invariants::check`).
//!
//! Run from the repository root: `cargo +nightly fuzz run load_and_analyze`
//! (see the README, "Fuzzing").

#![no_main]

use std::path::Path;

use counterpoint::engine::invariants;
use counterpoint::{Document, analyze, report};
use libfuzzer_sys::fuzz_target;

/// The first byte picks the file name, so every format's reader is reached.
const NAMES: [&str; 6] = ["a.txt", "a.md", "a.html", "a.docx", "a", "a.pdf"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(doc) = Document::from_bytes(Path::new(name), bytes) {
        let analysis = analyze(&doc);
        if let Err(broken) = invariants::check(&doc, &analysis) {
            panic!("{broken}");
        }
        let _ = report::to_json(&doc, &analysis);
        let _ = report::to_markdown(&doc, &analysis);
    }
});
