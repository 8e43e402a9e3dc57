//! A Word document (`.docx`) into plain paragraphs.
//!
//! A `.docx` file is a ZIP package (read with `zip`); its text is in
//! `word/document.xml` (read with `quick-xml`): one `w:p` per paragraph, the
//! words in `w:t`, `w:tab` and `w:br` as spaces. Deleted text of tracked
//! changes, field codes and the fallback copies of text boxes are left out.
//! The title is the first paragraph styled Title or Heading 1 (found by the
//! style's name in `word/styles.xml`, so translated Word versions work too),
//! else the first paragraph.

use std::io::{Cursor, Read};
use std::path::Path;

use quick_xml::NsReader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use zip::ZipArchive;
use zip::result::ZipError;

use super::extracted::{Extracted, collapse_whitespace};
use super::{LoadError, MAX_FILE_BYTES};

/// The `WordprocessingML` namespaces (transitional and strict).
const W_NS: &[&str] = &[
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Markup compatibility: `mc:Fallback` repeats the content of `mc:Choice`.
const MC_NS: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The largest uncompressed part read (a guard against ZIP bombs).
const MAX_PART_BYTES: u64 = MAX_FILE_BYTES;

/// Extracts the text of a Word document.
pub(super) fn extract(path: &Path, bytes: &[u8]) -> Result<Extracted, LoadError> {
    let invalid = |reason: String| LoadError::InvalidDocx {
        path: path.to_path_buf(),
        reason,
    };
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| invalid(zip_reason(&e)))?;
    let document = read_part(&mut zip, "word/document.xml")
        .map_err(&invalid)?
        .ok_or_else(|| {
            invalid("it has no word/document.xml, the part that holds the text".to_owned())
        })?;
    // Styles only help find the title; a damaged styles part is no reason to refuse.
    let styles = read_part(&mut zip, "word/styles.xml").ok().flatten();
    let title_styles = styles.as_deref().map(title_style_ids).unwrap_or_default();
    let paragraphs =
        paragraphs(&document).map_err(|e| invalid(format!("its text is damaged ({e})")))?;
    let is_title = |style: &Option<String>| {
        style.as_deref().is_some_and(|s| {
            title_styles.iter().any(|t| t == s) || matches!(s, "Title" | "Heading1")
        })
    };
    let title = paragraphs
        .iter()
        .position(|(_, style)| is_title(style))
        .unwrap_or(0);
    let mut out = Extracted::default();
    for (i, (text, _)) in paragraphs.iter().enumerate() {
        if i == title {
            out.set_title(text);
        } else {
            out.push(text);
        }
    }
    Ok(out)
}

/// What a ZIP error means to the reader.
fn zip_reason(e: &ZipError) -> String {
    match e {
        ZipError::UnsupportedArchive(what) => {
            format!("it uses a ZIP feature this reader does not support: {what}")
        }
        _ => "the file is damaged or truncated".to_owned(),
    }
}

/// A part of the package as text; `None` when the package has no such part.
fn read_part(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    let part = match zip.by_name(name) {
        Ok(part) => part,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(zip_reason(&e)),
    };
    let mut bytes = Vec::new();
    part.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| "the file is damaged or truncated".to_owned())?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!("{name} is larger than {MAX_PART_BYTES} bytes"));
    }
    let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8 XML"))?;
    Ok(Some(text.trim_start_matches('\u{feff}').to_owned()))
}

/// The ids of the styles named "Title" or "heading 1" in `word/styles.xml`
/// (style ids are translated in some Word versions; the names are not).
fn title_style_ids(styles: &str) -> Vec<String> {
    let mut reader = NsReader::from_str(styles);
    let mut ids = Vec::new();
    let mut current: Option<String> = None;
    while let Ok((ns, event)) = reader.read_resolved_event() {
        let in_w = is_w(&ns);
        match event {
            Event::Start(e) if in_w && e.local_name().as_ref() == "style" => {
                current = attribute(&e, "styleId");
            }
            Event::Empty(e) | Event::Start(e) if in_w && e.local_name().as_ref() == "name" => {
                let name = attribute(&e, "val")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                if matches!(name.as_str(), "title" | "heading 1")
                    && let Some(id) = current.take()
                {
                    ids.push(id);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    ids
}

/// The document's paragraphs in order, each with its style id.
fn paragraphs(xml: &str) -> Result<Vec<(String, Option<String>)>, quick_xml::Error> {
    let mut reader = NsReader::from_str(xml);
    let mut out = Vec::new();
    // Open paragraphs: text boxes put paragraphs inside paragraphs.
    let mut open: Vec<(String, Option<String>)> = Vec::new();
    let (mut in_run, mut in_text, mut in_fallback) = (0usize, false, 0usize);
    loop {
        let (ns, event) = reader.read_resolved_event()?;
        let in_w = is_w(&ns);
        let in_mc = matches!(&ns, ResolveResult::Bound(n) if n.as_ref() == MC_NS);
        match event {
            Event::Start(e) if in_mc && e.local_name().as_ref() == "Fallback" => in_fallback += 1,
            Event::End(e) if in_mc && e.local_name().as_ref() == "Fallback" => {
                in_fallback = in_fallback.saturating_sub(1);
            }
            _ if in_fallback > 0 => {}
            Event::Start(e) if in_w => match e.local_name().as_ref() {
                "p" => open.push((String::new(), None)),
                "r" => in_run += 1,
                "t" => in_text = true,
                "pStyle" => set_style(&mut open, &e),
                _ => {}
            },
            Event::Empty(e) if in_w => match e.local_name().as_ref() {
                "pStyle" => set_style(&mut open, &e),
                "tab" | "br" | "cr" if in_run > 0 => push_text(&mut open, " "),
                "noBreakHyphen" if in_run > 0 => push_text(&mut open, "-"),
                _ => {}
            },
            Event::End(e) if in_w => match e.local_name().as_ref() {
                "p" => {
                    if let Some((text, style)) = open.pop() {
                        let text = collapse_whitespace(&text);
                        if !text.is_empty() {
                            out.push((text, style));
                        }
                    }
                }
                "r" => in_run = in_run.saturating_sub(1),
                "t" => in_text = false,
                _ => {}
            },
            Event::Text(t) if in_text => push_text(&mut open, &t.xml10_content()),
            Event::CData(t) if in_text => push_text(&mut open, &t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => resolve_predefined_entity(&r.xml10_content())
                        .unwrap_or_default()
                        .to_owned(),
                };
                push_text(&mut open, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn is_w(ns: &ResolveResult<'_>) -> bool {
    matches!(ns, ResolveResult::Bound(n) if W_NS.contains(&n.as_ref()))
}

fn push_text(open: &mut [(String, Option<String>)], text: &str) {
    if let Some((paragraph, _)) = open.last_mut() {
        paragraph.push_str(text);
    }
}

fn set_style(open: &mut [(String, Option<String>)], e: &BytesStart<'_>) {
    if let Some((_, style)) = open.last_mut() {
        *style = attribute(e, "val");
    }
}

/// The value of an attribute, by its local name (`w:val` → `val`).
fn attribute(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| a.value.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    #[test]
    fn runs_tabs_and_breaks() {
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>
              <w:r><w:t>Port</w:t></w:r><w:r><w:t xml:space="preserve"> strike &amp; ends</w:t></w:r></w:p>
            <w:p><w:r><w:t>One</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three&#8217;s</w:t></w:r>
              <w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>
            <w:p/></w:body></w:document>"#
        );
        let got = paragraphs(&xml).ok();
        assert_eq!(
            got,
            Some(vec![
                ("Port strike & ends".to_owned(), Some("Title".to_owned())),
                ("One two three’s".to_owned(), None),
            ])
        );
    }

    #[test]
    fn translated_heading_style_is_found_by_name() {
        let styles = format!(
            r#"<w:styles xmlns:w="{W}"><w:style w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
            <w:style w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>"#
        );
        assert_eq!(title_style_ids(&styles), ["berschrift1"]);
    }

    #[test]
    fn garbage_is_not_a_word_document() {
        let err = extract(Path::new("a.docx"), b"PK\x03\x04 truncated").err();
        assert!(err.is_some_and(|e| e.to_string().contains("not a valid Word document")));
    }
}
