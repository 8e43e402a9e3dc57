//! Loading a file into a [`Document`]: its text, paragraphs, title and date.
//!
//! Plain text comes in any common encoding (`encoding.rs`); Markdown
//! (`markdown.rs`), saved web pages (`html.rs`) and Word documents
//! (`docx.rs`) have their article text extracted first. Every format then takes the same
//! path: paragraphs separated by blank lines, title first, read by
//! [`Document::from_text`] — so the same article gives the same analysis in
//! any format.
//!
//! Offsets everywhere in Counterpoint are byte offsets into [`Document::text`]:
//! the file's text with a byte-order mark removed and line endings
//! normalised to `\n`, or, for formatted files, the extracted text.

mod docx;
mod encoding;
mod error;
mod extracted;
mod format;
mod furniture;
mod html;
mod load;
mod markdown;
mod span;

pub use error::LoadError;
pub use format::SourceFormat;
pub use load::{MAX_FILE_BYTES, decode};
pub use span::Span;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use extracted::collapse_whitespace;

/// What a paragraph of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParagraphKind {
    /// The headline.
    Title,
    /// Page furniture copied along with the article ("3 min read", "Share").
    Furniture,
    /// The article's own text.
    Body,
}

/// One paragraph: a block of text between blank lines (or one line, in files
/// that put each paragraph on its own line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Where the paragraph lies in the text, trimmed of surrounding whitespace.
    pub span: Span,
    /// Title, furniture or body.
    pub kind: ParagraphKind,
}

/// An article loaded into memory: the single source of truth for offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The file it came from (as given by the user).
    pub path: PathBuf,
    /// The text, BOM removed, line endings normalised to `\n`; for Markdown,
    /// web pages and Word documents, the extracted text.
    pub text: String,
    /// The headline, or the first line of text when there is none.
    pub title: String,
    /// Publication date, when the file states one.
    pub published: Option<DateTime<Utc>>,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Size of the file on disk, in bytes.
    pub bytes: u64,
    /// The kind of file the text came from.
    pub format: SourceFormat,
}

impl Document {
    /// Reads and parses a file — plain text in any common encoding, Markdown,
    /// a saved web page or a Word document, told by its extension and its
    /// content — with a clear [`LoadError`] for bad input.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let bytes = load::read_bytes(path)?;
        Self::from_bytes(path, &bytes)
    }

    /// [`Document::load`] for a file's bytes already in memory; `path` names
    /// the file in messages and its extension helps tell the format.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self, LoadError> {
        let size = bytes.len() as u64;
        if bytes.is_empty() {
            return Err(LoadError::Empty {
                path: path.to_path_buf(),
            });
        }
        let mut format = format::detect(path, bytes)?;
        let extracted = if format == SourceFormat::Docx {
            docx::extract(path, bytes)?
        } else {
            let text = load::decode_text_file(path, bytes)?;
            if format == SourceFormat::PlainText && format::looks_like_html(&text) {
                format = SourceFormat::Html;
            }
            match format {
                SourceFormat::Markdown => markdown::extract(&text),
                SourceFormat::Html => html::extract(&text),
                SourceFormat::PlainText | SourceFormat::Docx => {
                    let mut doc = Self::from_text(path, &text);
                    doc.bytes = size;
                    return Ok(doc);
                }
            }
        };
        if extracted.is_empty() {
            return Err(LoadError::NoArticleText {
                path: path.to_path_buf(),
                what: format.noun(),
            });
        }
        let mut doc = Self::from_extracted(path, &extracted);
        doc.format = format;
        doc.bytes = size;
        Ok(doc)
    }

    /// Builds a document from an extractor's text: the title first, then the
    /// paragraphs, read by the same rules as plain text.
    fn from_extracted(path: &Path, extracted: &extracted::Extracted) -> Self {
        let mut doc = Self::from_text(path, &extracted.text());
        if let Some(title) = &extracted.title {
            doc.title.clone_from(title);
            for (i, paragraph) in doc.paragraphs.iter_mut().enumerate() {
                if i == 0 {
                    paragraph.kind = ParagraphKind::Title;
                } else if paragraph.kind == ParagraphKind::Title {
                    paragraph.kind = ParagraphKind::Body;
                }
            }
        }
        if extracted.published.is_some() {
            doc.published = extracted.published;
        }
        doc
    }

    /// Builds a document from text already in memory.
    pub fn from_text(path: impl Into<PathBuf>, text: &str) -> Self {
        let text = normalise(text);
        let paragraphs = furniture::classify(&text, &split_paragraphs(&text));
        let title = paragraphs
            .iter()
            .find(|p| p.kind == ParagraphKind::Title)
            .map(|p| collapse_whitespace(p.span.slice(&text)))
            .unwrap_or_default();
        let published = furniture::published_date(&text, &paragraphs);
        Self {
            path: path.into(),
            bytes: text.len() as u64,
            text,
            title,
            published,
            paragraphs,
            format: SourceFormat::PlainText,
        }
    }

    /// The file name, for window titles and messages.
    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// Paragraphs of the article's own text (no title, no furniture).
    pub fn body(&self) -> impl Iterator<Item = &Paragraph> {
        self.paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Body)
    }
}

/// Removes a byte-order mark and turns `\r\n` and lone `\r` into `\n`.
fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    }
}

/// Splits text into trimmed, non-empty paragraphs. Blank lines separate
/// paragraphs when the text has any; otherwise every line is one.
fn split_paragraphs(text: &str) -> Vec<Span> {
    let by_blank_lines = text.contains("\n\n");
    let mut spans = Vec::new();
    let mut start = 0;
    let mut push = |s: usize, e: usize| {
        let span = Span::new(s, e).trimmed(text);
        if !span.is_empty() {
            spans.push(span);
        }
    };
    for (i, _) in text.match_indices('\n') {
        // With blank lines, a break is a line break followed by a blank
        // line (only whitespace); read only until its first other character.
        let is_break = !by_blank_lines
            || text
                .get(i + 1..)
                .unwrap_or_default()
                .chars()
                .take_while(|&c| c != '\n')
                .all(char::is_whitespace);
        if is_break {
            push(start, i);
            start = i + 1;
        }
    }
    push(start, text.len());
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_bom_are_normalised() {
        let doc = Document::from_text("a.txt", "\u{feff}Headline here now\r\n\r\nBody text.\r\n");
        assert_eq!(doc.text, "Headline here now\n\nBody text.\n");
        assert_eq!(doc.title, "Headline here now");
        assert_eq!(doc.paragraphs.len(), 2);
    }

    #[test]
    fn blank_lines_split_paragraphs_even_with_spaces_on_them() {
        let doc = Document::from_text(
            "a.txt",
            "A title for it\n\nFirst line\nof the first para.\n  \t\nSecond para.\n\n\nThird.",
        );
        let texts: Vec<&str> = doc
            .paragraphs
            .iter()
            .map(|p| p.span.slice(&doc.text))
            .collect();
        assert_eq!(
            texts,
            [
                "A title for it",
                "First line\nof the first para.",
                "Second para.",
                "Third."
            ]
        );
    }

    #[test]
    fn single_newlines_split_paragraphs_when_no_blank_lines() {
        let doc = Document::from_text("a.txt", "A title for it\nFirst para.\nSecond para.");
        assert_eq!(doc.paragraphs.len(), 3);
    }
}
