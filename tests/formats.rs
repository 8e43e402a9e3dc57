//! The files editors really have: one article in every format and encoding
//! the reader opens, and the bad input it must refuse clearly.
//!
//! `tests/fixtures/formats/article.txt` is the article as plain UTF-8 text.
//! The same article is saved next to it with a byte-order mark and CRLF line
//! endings, as UTF-16LE and UTF-16BE (with a mark), as Windows-1252 (smart
//! quotes as bytes 0x93/0x94, “é” as 0xE9), as Markdown, and as a saved web
//! page with the site's navigation, scripts, asides, related links and footer
//! around it; the Word document is built here at run time. Every one of them
//! must give the same text, title and analysis as the plain text.

use std::io::{Cursor, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use counterpoint::document::SourceFormat;
use counterpoint::{Document, LoadError, analyze};
use serde_json::Value;
use zip::write::SimpleFileOptions;

const TITLE: &str = "Harbour council delays vote on Westport ferry terminal";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

fn load(path: &Path) -> Document {
    Document::load(path).unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()))
}

fn load_error(path: &Path) -> LoadError {
    match Document::load(path) {
        Ok(doc) => panic!(
            "{} loaded, but should be refused; its text:\n{}",
            path.display(),
            doc.text
        ),
        Err(e) => e,
    }
}

/// A temporary folder holding one file.
fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    (dir, path)
}

// ---------------------------------------------------------------------------
// The Word document, built from the plain-text article the way Word saves one.

/// Escapes text for XML.
fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One `w:r` run, bold or not.
fn run(text: &str, bold: bool) -> String {
    let props = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#,
        xml_escape(text)
    )
}

/// `word/document.xml` for the article: the headline in the Title style,
/// paragraphs split into runs, a soft line break (`w:br`) where the text has
/// a space between two sentences, and the spelling marks Word leaves behind.
fn document_xml(article: &str) -> String {
    let mut body = String::new();
    for (i, paragraph) in article.trim().split("\n\n").enumerate() {
        body.push_str("<w:p>");
        if i == 0 {
            body.push_str(r#"<w:pPr><w:pStyle w:val="Title"/></w:pPr>"#);
            body.push_str(&run(paragraph, false));
        } else if let Some((before, after)) = paragraph.split_once(". “") {
            body.push_str(&run(&format!("{before}."), false));
            body.push_str("<w:r><w:br/></w:r><w:proofErr w:type=\"spellStart\"/>");
            body.push_str(&run(&format!("“{after}"), false));
        } else {
            // The first words in bold, as a lead-in.
            let cut = paragraph.find(' ').unwrap_or(paragraph.len());
            body.push_str(&run(&paragraph[..cut], true));
            body.push_str(&run(&paragraph[cut..], false));
        }
        body.push_str("</w:p>");
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    )
}

/// A minimal but complete `.docx` package holding the article.
fn build_docx(article: &str) -> Vec<u8> {
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned(),
        ),
        ("word/document.xml", document_xml(article)),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(name, options)
            .unwrap_or_else(|e| panic!("cannot add {name}: {e}"));
        zip.write_all(content.as_bytes())
            .unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    }
    zip.finish()
        .unwrap_or_else(|e| panic!("cannot finish the .docx: {e}"))
        .into_inner()
}

/// The article as a Word document in a temporary folder.
fn article_docx() -> (tempfile::TempDir, PathBuf) {
    let article = std::fs::read_to_string(fixture("article.txt"))
        .unwrap_or_else(|e| panic!("cannot read article.txt: {e}"));
    temp_file("article.docx", &build_docx(&article))
}

// ---------------------------------------------------------------------------
// One article, every format.

/// The saved copies of the article, with the format each is read as.
const COPIES: &[(&str, SourceFormat)] = &[
    ("article-bom-crlf.txt", SourceFormat::PlainText),
    ("article-utf16le.txt", SourceFormat::PlainText),
    ("article-utf16be.txt", SourceFormat::PlainText),
    ("article-windows1252.txt", SourceFormat::PlainText),
    ("article.md", SourceFormat::Markdown),
    ("article.html", SourceFormat::Html),
];

#[test]
fn fixtures_are_saved_in_the_encodings_they_claim() {
    let bytes = |name: &str| {
        std::fs::read(fixture(name)).unwrap_or_else(|e| panic!("cannot read {name}: {e}"))
    };
    assert!(std::str::from_utf8(&bytes("article.txt")).is_ok());
    let bom_crlf = bytes("article-bom-crlf.txt");
    assert!(bom_crlf.starts_with(b"\xef\xbb\xbf") && bom_crlf.windows(2).any(|w| w == b"\r\n"));
    assert!(bytes("article-utf16le.txt").starts_with(b"\xff\xfe"));
    assert!(bytes("article-utf16be.txt").starts_with(b"\xfe\xff"));
    let cp1252 = bytes("article-windows1252.txt");
    assert!(
        std::str::from_utf8(&cp1252).is_err(),
        "Windows-1252 copy is not UTF-8"
    );
    for byte in [0x93, 0x94, 0xe9] {
        assert!(
            cp1252.contains(&byte),
            "Windows-1252 copy has byte {byte:#x}"
        );
    }
}

#[test]
fn every_format_gives_the_same_text_title_and_analysis() {
    let reference = load(&fixture("article.txt"));
    let expected = analyze(&reference);
    assert_eq!(reference.title, TITLE);
    assert!(
        expected.quotes.len() >= 4,
        "the article has quotes: {expected:#?}"
    );
    for name in ["Margaret Olsen", "André Lefèvre"] {
        assert!(
            expected.speakers.iter().any(|s| s.name == name),
            "{name} is a speaker in the plain text: {:?}",
            expected.speakers
        );
    }
    let (_dir, docx) = article_docx();
    let copies = COPIES
        .iter()
        .map(|(name, format)| (fixture(name), *format))
        .chain([(docx, SourceFormat::Docx)]);
    for (path, format) in copies {
        let shown = path.display();
        let doc = load(&path);
        assert_eq!(doc.format, format, "{shown}: format");
        assert_eq!(
            doc.text, reference.text,
            "{shown}: text differs from article.txt"
        );
        assert_eq!(doc.title, TITLE, "{shown}: title");
        let kinds = |d: &Document| d.paragraphs.iter().map(|p| p.kind).collect::<Vec<_>>();
        assert_eq!(kinds(&doc), kinds(&reference), "{shown}: paragraph kinds");
        assert_eq!(analyze(&doc), expected, "{shown}: analysis differs");
    }
}

#[test]
fn web_page_gives_headline_date_and_only_the_article() {
    let doc = load(&fixture("article.html"));
    assert_eq!(doc.title, TITLE);
    let published = doc.published.map(|d| d.to_rfc3339());
    assert_eq!(published.as_deref(), Some("2024-03-04T17:30:00+00:00"));
    for furniture in [
        "Westport Courier",
        "Sections",
        "Claire Dunne",
        "Share on Facebook",
        "Photo: Courier staff",
        "Advertisement",
        "in your inbox",
        "Related stories",
        "Ferry operator raises fares",
        "Most read",
        "All rights reserved",
        "dataLayer",
        "trackPageView",
        "graphics send it",
    ] {
        assert!(
            !doc.text.contains(furniture),
            "the page's “{furniture}” is in the article text:\n{}",
            doc.text
        );
    }
}

#[test]
fn markdown_markup_is_not_in_the_text() {
    let doc = load(&fixture("article.md"));
    for markup in ["#", "*", "_", "](", "![", "<span", "<!--", "> "] {
        assert!(
            !doc.text.contains(markup),
            "“{markup}” is left in the text:\n{}",
            doc.text
        );
    }
}

// ---------------------------------------------------------------------------
// Bad input: one clear message naming the file and what it is.

/// Loads a file that must be refused and checks the message names the file
/// and says each of `must_say`.
fn assert_refused(path: &Path, must_say: &[&str]) {
    let message = load_error(path).to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert!(
        message.contains(&name),
        "the message does not name the file: {message}"
    );
    assert!(
        !message.contains('\n'),
        "the message is not one line: {message}"
    );
    for words in must_say {
        assert!(
            message.contains(words),
            "the message does not say “{words}”: {message}"
        );
    }
}

#[test]
fn truncated_word_document_is_refused() {
    let (_dir, docx) = article_docx();
    let bytes = std::fs::read(&docx).unwrap_or_else(|e| panic!("cannot read the .docx: {e}"));
    let (_dir, path) = temp_file("cut-off.docx", &bytes[..bytes.len() / 2]);
    assert_refused(
        &path,
        &["not a valid Word document", "damaged or truncated"],
    );
}

#[test]
fn renamed_file_is_not_a_valid_word_document() {
    let (_dir, path) = temp_file("notes.docx", b"Just some text, saved with the wrong name.");
    assert_refused(&path, &["not a valid Word document"]);
}

#[test]
fn password_protected_word_document_is_refused() {
    // An encrypted .docx is an OLE compound file holding an `EncryptedPackage`
    // stream (its directory stores names in UTF-16LE).
    let mut bytes = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".to_vec();
    bytes.resize(1024, 0);
    for name in ["EncryptionInfo", "EncryptedPackage"] {
        let mut entry: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
        entry.resize(128, 0);
        bytes.extend(entry);
    }
    bytes.resize(4096, 0);
    let (_dir, path) = temp_file("budget-plan.docx", &bytes);
    assert_refused(&path, &["a password-protected (encrypted) Word document"]);
}

#[test]
fn web_page_without_article_text_is_refused() {
    assert_refused(
        &fixture("no-article.html"),
        &["no article text found in this web page"],
    );
}

#[test]
fn png_image_is_refused() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0".to_vec();
    png.extend_from_slice(&[0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, b'I', b'E', b'N', b'D']);
    let (_dir, path) = temp_file("harbour.png", &png);
    assert_refused(&path, &["not a text file", "PNG image"]);
}

#[test]
fn pdf_is_refused() {
    let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    let (_dir, path) = temp_file("council-minutes.txt", pdf);
    assert_refused(&path, &["not a text file", "PDF document"]);
}

// ---------------------------------------------------------------------------
// The command line: `document.text` for formatted input only.

fn counterpoint(path: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .arg("analyze")
        .arg(path)
        .arg("--json")
        .output()
        .unwrap_or_else(|e| panic!("cannot run counterpoint: {e}"))
}

fn report(path: &Path) -> Value {
    let out = counterpoint(path);
    assert_eq!(
        out.status.code(),
        Some(0),
        "analyze {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("analyze {} printed no JSON: {e}", path.display()))
}

#[test]
fn cli_report_has_the_extracted_text_for_formatted_input_only() {
    let reference = load(&fixture("article.txt"));
    let plain = report(&fixture("article-windows1252.txt"));
    assert!(
        plain["document"].get("text").is_none(),
        "plain text needs no document.text: {}",
        plain["document"]
    );
    let (_dir, docx) = article_docx();
    for path in [fixture("article.md"), fixture("article.html"), docx] {
        let report = report(&path);
        let document = &report["document"];
        assert_eq!(
            document["text"].as_str(),
            Some(reference.text.as_str()),
            "{}: document.text",
            path.display()
        );
        let size = std::fs::metadata(&path).map(|m| m.len()).ok();
        assert_eq!(
            document["bytes"].as_u64(),
            size,
            "document.bytes is the file's size"
        );
        // Offsets refer to document.text.
        for quote in report["quotes"].as_array().into_iter().flatten() {
            let (start, end) = (quote["start"].as_u64(), quote["end"].as_u64());
            let slice = start.zip(end).and_then(|(s, e)| {
                let range = usize::try_from(s).ok()?..usize::try_from(e).ok()?;
                reference.text.get(range)
            });
            assert_eq!(slice, quote["text"].as_str(), "quote offsets: {quote}");
        }
    }
}

#[test]
fn cli_refuses_bad_input_with_one_line() {
    let out = counterpoint(&fixture("no-article.html"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "exit code (stderr: {err})");
    assert!(out.stdout.is_empty());
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("no-article.html: no article text found in this web page"));
}
