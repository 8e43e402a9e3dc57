//! Markdown (`.md`, `.markdown`) into plain paragraphs, parsed with `pulldown-cmark`.
//!
//! What is kept: the words. Heading `#`s, emphasis, strike-through, link
//! targets (`[text](url)` keeps `text`), list bullets and numbers, blockquote
//! `>`s and HTML tags are removed; images, fenced and indented code blocks,
//! footnote markers and task-list boxes are dropped. Each paragraph, heading,
//! list item and table row becomes one paragraph. The first heading is the
//! title; without one, a `title:` in YAML front matter is. A `date:` in the
//! front matter gives the publication date. Quotation marks are left exactly
//! as typed (no "smart punctuation"), so the text matches the same article
//! saved as plain text.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::extracted::{Extracted, collapse_whitespace};
use super::furniture::parse_timestamp;
use super::html;

/// Extracts the article's text from Markdown source.
pub(super) fn extract(source: &str) -> Extracted {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_DEFINITION_LIST;
    let mut walk = Walk::default();
    for event in Parser::new_ext(source, options) {
        walk.event(event);
    }
    walk.flush(false);
    walk.finish()
}

/// The state of one pass over the parser's events.
#[derive(Default)]
struct Walk {
    /// Paragraphs so far, each with whether it was a heading.
    blocks: Vec<(String, bool)>,
    /// The paragraph being read.
    current: String,
    /// Inside an image (its alt text is dropped); images can nest in links.
    in_image: usize,
    /// Inside a code block (dropped).
    in_code: bool,
    /// Inside front matter, and its text.
    in_metadata: bool,
    metadata: String,
    /// Inside a raw HTML block, and its source.
    in_html: bool,
    html: String,
}

impl Walk {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(&tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if self.in_metadata {
                    self.metadata.push_str(&text);
                } else if self.in_html {
                    self.html.push_str(&text);
                } else if self.in_image == 0 && !self.in_code {
                    self.current.push_str(&text);
                }
            }
            Event::Code(code) if self.in_image == 0 => self.current.push_str(&code),
            Event::Html(raw) if self.in_html => self.html.push_str(&raw),
            Event::SoftBreak | Event::HardBreak => self.current.push(' '),
            Event::Rule => self.flush(false),
            // Inline HTML tags, footnote markers, task-list boxes, math: no words.
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Image { .. } => self.in_image += 1,
            Tag::CodeBlock(_) => {
                self.flush(false);
                self.in_code = true;
            }
            Tag::MetadataBlock(_) => self.in_metadata = true,
            Tag::HtmlBlock => {
                self.flush(false);
                self.in_html = true;
            }
            Tag::TableCell if !self.current.trim().is_empty() => self.current.push(' '),
            Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Item
            | Tag::TableRow
            | Tag::TableHead
            | Tag::FootnoteDefinition(_)
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.flush(false),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            TagEnd::CodeBlock => self.in_code = false,
            TagEnd::MetadataBlock(_) => self.in_metadata = false,
            TagEnd::HtmlBlock => {
                self.in_html = false;
                let source = std::mem::take(&mut self.html);
                for paragraph in html::fragment_paragraphs(&source) {
                    self.blocks.push((paragraph, false));
                }
            }
            TagEnd::Heading(_) => self.flush(true),
            TagEnd::Paragraph
            | TagEnd::Item
            | TagEnd::TableRow
            | TagEnd::TableHead
            | TagEnd::BlockQuote(_)
            | TagEnd::FootnoteDefinition
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition => self.flush(false),
            _ => {}
        }
    }

    /// Ends the paragraph being read, if it has any words.
    fn flush(&mut self, heading: bool) {
        let paragraph = collapse_whitespace(&std::mem::take(&mut self.current));
        if !paragraph.is_empty() {
            self.blocks.push((paragraph, heading));
        }
    }

    fn finish(self) -> Extracted {
        let mut out = Extracted::default();
        let heading = self.blocks.iter().position(|(_, is_heading)| *is_heading);
        if let Some((title, _)) = heading.and_then(|i| self.blocks.get(i)) {
            out.set_title(title);
        } else if let Some(title) = front_matter(&self.metadata, "title") {
            out.set_title(&title);
        }
        out.published = front_matter(&self.metadata, "date").and_then(|d| parse_timestamp(&d));
        for (i, (paragraph, _)) in self.blocks.iter().enumerate() {
            if Some(i) != heading {
                out.push(paragraph);
            }
        }
        out
    }
}

/// The value of `key: value` in YAML-style front matter, unquoted.
fn front_matter(metadata: &str, key: &str) -> Option<String> {
    metadata.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        (k.trim().eq_ignore_ascii_case(key) && !v.is_empty()).then(|| v.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_removed() {
        let md = "# Port *strike* ends\n\n\
                  > “We have a deal,” the **union** said in a [statement](https://x.org).\n\n\
                  ![crane](crane.jpg)\n\n\
                  - first <b>item</b>\n- second\n\n\
                  ```\nlet x = 1;\n```\n\n\
                  1. numbered\n";
        let ex = extract(md);
        assert_eq!(ex.title.as_deref(), Some("Port strike ends"));
        assert_eq!(
            ex.paragraphs,
            [
                "“We have a deal,” the union said in a statement.",
                "first item",
                "second",
                "numbered"
            ]
        );
    }

    #[test]
    fn front_matter_gives_title_and_date() {
        let md = "---\ntitle: \"Dockers vote\"\ndate: 2024-03-05\n---\n\nThe vote passed.\n";
        let ex = extract(md);
        assert_eq!(ex.title.as_deref(), Some("Dockers vote"));
        assert_eq!(ex.paragraphs, ["The vote passed."]);
        assert!(ex.published.is_some());
    }

    #[test]
    fn html_blocks_keep_their_words() {
        let ex = extract(
            "Lead.\n\n<div class=\"note\">\n<p>Inside a div.</p>\n</div>\n\n<!-- hidden -->\n",
        );
        assert_eq!(ex.paragraphs, ["Lead.", "Inside a div."]);
    }
}
