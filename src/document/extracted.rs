//! What a format's extractor hands back: the article's paragraphs as plain
//! text, and the title and date when the file states them.
//!
//! Every format goes through the same path afterwards: the paragraphs are
//! joined into one text, title first, separated by blank lines, and that text
//! is read by [`Document::from_text`](super::Document::from_text). So the same
//! article gives the same text, and the same analysis, whatever its format.

use chrono::{DateTime, Utc};

/// The plain text an extractor found in a formatted file.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Extracted {
    /// The headline, when the format marks one (first heading, `<h1>`, Title style).
    pub title: Option<String>,
    /// The article's paragraphs in order, each on one line, the title not among them.
    pub paragraphs: Vec<String>,
    /// The publication date, when the file states one.
    pub published: Option<DateTime<Utc>>,
}

impl Extracted {
    /// Adds a paragraph, with runs of whitespace (line breaks included)
    /// joined into single spaces; blank paragraphs are skipped.
    pub fn push(&mut self, raw: &str) {
        let paragraph = collapse_whitespace(raw);
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph);
        }
    }

    /// Sets the title, whitespace collapsed; a blank title counts as none.
    pub fn set_title(&mut self, raw: &str) {
        let title = collapse_whitespace(raw);
        self.title = (!title.is_empty()).then_some(title);
    }

    /// True when there is no article text at all.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// The text the document is built from: the title, then the paragraphs,
    /// separated by blank lines.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.paragraphs.len() + 1);
        if let Some(title) = &self.title {
            parts.push(title);
        }
        parts.extend(self.paragraphs.iter().map(String::as_str));
        let mut text = parts.join("\n\n");
        text.push('\n');
        text
    }
}

/// Joins runs of whitespace into single spaces and trims the ends.
pub(super) fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_comes_first_and_paragraphs_are_one_line_each() {
        let mut ex = Extracted::default();
        ex.push("First  line\nof the lead.");
        ex.push("   ");
        ex.push("Second.");
        ex.set_title("  The\theadline ");
        assert_eq!(
            ex.text(),
            "The headline\n\nFirst line of the lead.\n\nSecond.\n"
        );
    }
}
