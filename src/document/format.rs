//! What kind of file an article came in — plain text, Markdown, a saved web
//! page or a Word document — told by the file's extension and its first bytes.
//!
//! Files that are no article at all (images, PDFs, archives, old Office
//! files, password-protected Word documents) are refused here, by their magic
//! numbers, before any decoding is tried.

use std::path::Path;

use super::LoadError;

/// The kind of file a [`Document`](super::Document) was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SourceFormat {
    /// Plain text, in any encoding.
    #[default]
    PlainText,
    /// Markdown (`.md`, `.markdown`): the markup is removed.
    Markdown,
    /// A saved web page (`.html`, `.htm`): only the article's own text is kept.
    Html,
    /// A Word document (`.docx`).
    Docx,
}

impl SourceFormat {
    /// A short lowercase name: `text`, `markdown`, `html` or `docx`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PlainText => "text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Docx => "docx",
        }
    }

    /// True for plain text, whose text is the file's own (offsets then refer
    /// to the file); false for formats whose text is extracted from markup.
    pub fn is_plain_text(self) -> bool {
        self == Self::PlainText
    }

    /// What a file of this format is, for messages ("web page").
    pub(super) fn noun(self) -> &'static str {
        match self {
            Self::PlainText => "text file",
            Self::Markdown => "Markdown file",
            Self::Html => "web page",
            Self::Docx => "Word document",
        }
    }
}

/// The first bytes of an OLE compound file (old Office files, encrypted .docx).
const CFB_MAGIC: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

/// Magic numbers of binary files, and what to call them.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"SQLite format 3\0", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
];

/// Decides the format from the extension and the content, refusing files
/// that are not articles. Plain text may still turn out to be a web page once
/// decoded (see [`looks_like_html`]).
pub(super) fn detect(path: &Path, bytes: &[u8]) -> Result<SourceFormat, LoadError> {
    let owned = || path.to_path_buf();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let docx_ext = matches!(ext.as_str(), "docx" | "docm" | "dotx" | "dotm");
    if bytes.starts_with(CFB_MAGIC) {
        if contains_utf16le(bytes, "EncryptedPackage") {
            return Err(LoadError::EncryptedDocx { path: owned() });
        }
        return Err(binary(
            path,
            "an old Microsoft Office document (.doc, .xls, .ppt); save it as .docx or text",
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        if docx_ext || contains(bytes, b"word/document.xml") {
            return Ok(SourceFormat::Docx);
        }
        if contains(bytes, b"application/vnd.oasis.opendocument") {
            return Err(binary(
                path,
                "an OpenDocument file (.odt); save it as .docx or text",
            ));
        }
        return Err(binary(path, "a ZIP archive"));
    }
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(binary(path, what));
    }
    if docx_ext {
        return Err(LoadError::InvalidDocx {
            path: owned(),
            reason: "it is not the ZIP package every .docx file is; it may be damaged, or another kind of file renamed".to_owned(),
        });
    }
    Ok(match ext.as_str() {
        "md" | "markdown" | "mdown" | "mkd" | "mkdn" | "mdwn" => SourceFormat::Markdown,
        "html" | "htm" | "xhtml" | "shtml" => SourceFormat::Html,
        _ => SourceFormat::PlainText,
    })
}

/// True when decoded text is plainly an HTML document (a web page saved
/// under another extension).
pub(super) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The `charset` a web page declares in its first kilobyte (`<meta charset>`
/// or `http-equiv` content), if `encoding_rs` knows the label.
pub(super) fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let meta = find(&head, b"<meta")?;
    let at = meta + find(&head[meta..], b"charset=")? + b"charset=".len();
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/' | b' '))
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

fn binary(path: &Path, what: &str) -> LoadError {
    LoadError::Binary {
        path: path.to_path_buf(),
        what: what.to_owned(),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

/// True when `name` appears in `bytes` as UTF-16LE, the way compound-file
/// directory entries store their names.
fn contains_utf16le(bytes: &[u8], name: &str) -> bool {
    let needle: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    contains(bytes, &needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_decides_the_text_formats() {
        let fmt = |name: &str| detect(Path::new(name), b"text").ok();
        assert_eq!(fmt("a.md"), Some(SourceFormat::Markdown));
        assert_eq!(fmt("a.HTM"), Some(SourceFormat::Html));
        assert_eq!(fmt("a.txt"), Some(SourceFormat::PlainText));
        assert_eq!(fmt("article"), Some(SourceFormat::PlainText));
    }

    #[test]
    fn docx_that_is_not_zip_is_invalid() {
        let err = detect(Path::new("a.docx"), b"hello").err();
        assert!(matches!(err, Some(LoadError::InvalidDocx { .. })));
    }

    #[test]
    fn html_is_sniffed() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html>"));
        assert!(!looks_like_html("Headline <b>bold</b>"));
    }

    #[test]
    fn meta_charset_is_read() {
        let enc = declared_charset(b"<html><head><meta charset=\"windows-1252\">");
        assert_eq!(enc.map(encoding_rs::Encoding::name), Some("windows-1252"));
        let enc = declared_charset(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
        );
        assert_eq!(enc.map(encoding_rs::Encoding::name), Some("windows-1252"));
    }
}
