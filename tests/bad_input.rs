//! Awkward but readable input: a line of several megabytes, ten thousand
//! unmatched quotation marks, emoji everywhere. Each opens, in the command line
//! and in the engine, with every span valid and nothing written beside it.
//! (Unreadable input — missing, empty, binary, damaged — is in `cli.rs`,
//! `formats.rs` and `ui.rs`; other scripts are engine fixtures.)

use std::path::Path;
use std::process::{Command, Output};

use counterpoint::engine::invariants;
use counterpoint::{Document, analyze};
use serde_json::Value;

/// Runs `counterpoint analyze FILE --json`.
fn analyze_cli(path: &Path) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .arg("analyze")
        .arg(path)
        .arg("--json")
        .output();
    assert!(out.is_ok(), "cannot run the binary: {out:?}");
    out.unwrap_or_else(|_| unreachable!())
}

/// Writes `text` into a fresh folder, analyses it with the CLI, checks that it
/// succeeded, that nothing else appeared in the folder, and returns the report.
fn report_of(name: &str, text: &str) -> Value {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot make a temporary folder");
    };
    let path = dir.path().join(name);
    assert!(std::fs::write(&path, text).is_ok());
    let out = analyze_cli(&path);
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let entries = std::fs::read_dir(dir.path()).map_or(0, Iterator::count);
    assert_eq!(entries, 1, "analyze wrote something beside the article");
    let report: Result<Value, _> = serde_json::from_slice(&out.stdout);
    assert!(report.is_ok(), "not JSON: {report:?}");
    report.unwrap_or_default()
}

/// The engine's analysis keeps every promise (spans in bounds, in order…).
fn engine_keeps_its_promises(text: &str) -> usize {
    let doc = Document::from_text("a.txt", text);
    let analysis = analyze(&doc);
    let checked = invariants::check(&doc, &analysis);
    assert!(checked.is_ok(), "{checked:?}");
    analysis.quotes.len()
}

fn quote_count(report: &Value) -> usize {
    report["quotes"].as_array().map_or(0, Vec::len)
}

/// One paragraph of 3 MB with no line break: a quote every sentence.
#[test]
fn a_line_of_several_megabytes_is_analysed() {
    let sentence = "“The pumps are running again,” said Jane Roe, the plant manager. ";
    let copies = 3 * 1024 * 1024 / sentence.len() + 1;
    let text = format!("Pumps back\n\n{}", sentence.repeat(copies));
    assert!(text.len() > 3_000_000);
    let report = report_of("one-line.txt", &text);
    let quotes = quote_count(&report);
    assert_eq!(quotes, copies, "one quote per sentence");
    assert_eq!(
        report["speakers"].as_array().map(Vec::len),
        Some(1),
        "one speaker, Jane Roe"
    );
    let last = report["quotes"][copies - 1]["end"]
        .as_u64()
        .unwrap_or(u64::MAX);
    assert!(last <= text.len() as u64, "offsets stay inside the text");
}

/// Ten thousand opening marks that never close, straight and curly, among words.
#[test]
fn ten_thousand_unmatched_quote_marks_are_not_quotes() {
    let mut text = String::from("Marks everywhere\n\n");
    for i in 0..10_000 {
        text.push_str(if i % 2 == 0 {
            "word \u{201c}"
        } else {
            "more \""
        });
        if i % 100 == 99 {
            text.push_str(" end.\n\n");
        }
    }
    text.push_str("\n\n“We are fine,” said Jane Roe.\n");
    let report = report_of("marks.txt", &text);
    let quotes = report["quotes"].as_array().cloned().unwrap_or_default();
    assert!(
        quotes.len() <= 200,
        "{} quotes from unmatched marks",
        quotes.len()
    );
    assert!(
        quotes.iter().any(|q| q["text"]
            .as_str()
            .is_some_and(|t| t.contains("We are fine"))),
        "the real quote at the end is still found"
    );
    engine_keeps_its_promises(&text);
}

/// Emoji inside quotes, names and between paragraphs.
#[test]
fn emoji_do_not_break_quotes_or_offsets() {
    let text = "Team wins 🏆\n\n“We did it 🎉, all of us,” said Jane Roe 🙂.\n\n👍👍👍\n\n“Next year too,” Roe added.\n";
    let report = report_of("emoji.txt", text);
    let quotes = report["quotes"].as_array().cloned().unwrap_or_default();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert!(
        quotes[0]["text"]
            .as_str()
            .is_some_and(|t| t.contains("We did it 🎉, all of us"))
    );
    assert_eq!(engine_keeps_its_promises(text), 2);
}
