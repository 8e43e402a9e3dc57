//! Property tests: whatever bytes or text come in, the loader and the engine
//! never panic, and every span they give lies inside the text, on character
//! boundaries, in document order (see `engine::invariants`).

use std::path::Path;

use counterpoint::engine::invariants;
use counterpoint::{Document, analyze, report};
use proptest::prelude::*;

/// Pieces news text is made of, weighted towards what trips quote pairing:
/// every kind of quotation mark, apostrophes, dashes, attributions, names,
/// scripts other than Latin, and paragraph breaks.
const PIECES: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "\u{2018}",
    "\u{2019}",
    "'",
    "''",
    "``",
    "\u{ab}",
    "\u{bb}",
    "\u{201e}",
    "\u{201a}",
    "\u{2039}",
    "\u{203a}",
    "\u{300c}",
    "\u{300d}",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    ", ",
    ". ",
    ": ",
    " \u{2014} ",
    " - ",
    "(",
    ")",
    "said",
    "says",
    "told reporters",
    "according to",
    "denied",
    "he",
    "she",
    "they",
    "Dmitry Peskov",
    "Peskov",
    "the Kremlin",
    "a spokesman",
    "officials",
    "It",
    "was",
    "not",
    "260,000",
    "10",
    "people",
    "the report",
    "in a statement",
    "Mr.",
    "Dr.",
    "U.S.",
    "don't",
    "rock 'n' roll",
    "'90s",
    "\u{424}\u{451}\u{434}\u{43e}\u{440}",
    "\u{3a3}\u{3c9}\u{3ba}\u{3c1}\u{3ac}\u{3c4}\u{3b7}\u{3c2}",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{6771}\u{4eac}\u{3067}",
    "\u{1f642}",
    "e\u{301}",
    "\u{200f}",
    "\u{feff}",
    "\r\n",
    "\t",
    "\u{a0}",
];

/// Text made of [`PIECES`] in any order and number.
fn newsish_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|pieces| pieces.concat())
}

/// A file name with each extension the loader tells formats by.
fn file_name() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&["a.txt", "a.md", "a.html", "a.htm", "a.docx", "a", "a.pdf"][..])
}

/// Loads and analyses `doc`, then checks every promise, the reports included.
fn check_document(doc: &Document) -> Result<(), TestCaseError> {
    let analysis = analyze(doc);
    invariants::check(doc, &analysis).map_err(TestCaseError::fail)?;
    let json = report::to_json(doc, &analysis);
    prop_assert!(
        serde_json::from_str::<serde_json::Value>(&json).is_ok(),
        "report is not JSON"
    );
    let _ = report::to_markdown(doc, &analysis);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_break_the_loader_or_the_engine(
        name in file_name(),
        bytes in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        if let Ok(doc) = Document::from_bytes(Path::new(name), &bytes) {
            check_document(&doc)?;
        }
    }

    #[test]
    fn arbitrary_mixes_of_quote_marks_keep_every_span_valid(text in newsish_text()) {
        check_document(&Document::from_text("a.txt", &text))?;
    }

    #[test]
    fn any_unicode_text_keeps_every_span_valid(text in any::<String>()) {
        check_document(&Document::from_text("a.txt", &text))?;
    }

    #[test]
    fn quote_mark_mixes_survive_every_format(name in file_name(), text in newsish_text()) {
        if let Ok(doc) = Document::from_bytes(Path::new(name), text.as_bytes()) {
            check_document(&doc)?;
        }
    }
}

/// The checker itself catches a broken promise (so the properties above can fail).
#[test]
fn invariants_catch_a_span_off_a_character_boundary() {
    let doc = Document::from_text("a.txt", "\u{201c}\u{424}\u{451}\u{201d} said Peskov.");
    let mut analysis = analyze(&doc);
    assert!(invariants::check(&doc, &analysis).is_ok());
    assert!(!analysis.quotes.is_empty(), "the sentence has a quote");
    analysis.quotes[0].span = counterpoint::Span::new(4, 5);
    let err = invariants::check(&doc, &analysis).err().unwrap_or_default();
    assert!(err.contains("character boundaries"), "got: {err}");
}
