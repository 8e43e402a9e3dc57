//! Reading a file's bytes and turning them into text, with clear errors.

use std::io::ErrorKind;
use std::path::Path;

use super::format::{self, SourceFormat};
use super::{LoadError, encoding};

/// The largest file the reader accepts (200 MB).
pub const MAX_FILE_BYTES: u64 = 200 * 1024 * 1024;

/// Reads the whole file, mapping every failure to a [`LoadError`].
pub(super) fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let owned = || path.to_path_buf();
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: owned() });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: owned(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    std::fs::read(path).map_err(|e| io_error(path, e))
}

fn io_error(path: &Path, e: std::io::Error) -> LoadError {
    let path = path.to_path_buf();
    match e.kind() {
        ErrorKind::NotFound => LoadError::NotFound { path },
        ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
        ErrorKind::IsADirectory => LoadError::IsDirectory { path },
        _ => LoadError::Io { path, source: e },
    }
}

/// Turns the bytes of a text file (plain text, Markdown or HTML source) into
/// text, in any common encoding (see `document/encoding.rs`); refuses
/// empty files, binary files, and Word documents (read those with
/// [`Document::load`](super::Document::load)).
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, LoadError> {
    if format::detect(path, bytes)? == SourceFormat::Docx {
        return Err(LoadError::Binary {
            path: path.to_path_buf(),
            what: "a Word document".to_owned(),
        });
    }
    decode_text_file(path, bytes)
}

/// [`decode`] for a file already known not to be binary.
pub(super) fn decode_text_file(path: &Path, bytes: &[u8]) -> Result<String, LoadError> {
    let text = encoding::decode_text(path, bytes, format::declared_charset(bytes))?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_is_named() {
        let err = decode(Path::new("x.png"), b"\x89PNG\r\n\x1a\n....").err();
        assert!(err.is_some_and(|e| e.to_string().contains("PNG image")));
    }

    #[test]
    fn latin1_is_decoded() {
        let text = decode(Path::new("x.txt"), b"Caf\xe9 owners in Montr\xe9al").ok();
        assert_eq!(text.as_deref(), Some("Café owners in Montréal"));
    }

    #[test]
    fn malformed_utf16_reports_offset() {
        let mut bytes = vec![0xff, 0xfe];
        bytes.extend("ab".encode_utf16().flat_map(u16::to_le_bytes));
        bytes.extend([0x00, 0xd8, b'c', 0]);
        let err = decode(Path::new("x.txt"), &bytes).err();
        assert!(err.is_some_and(|e| e.to_string().contains("UTF-16LE text (byte 6")));
    }

    #[test]
    fn unreadable_files_are_named_by_what_went_wrong() {
        // Tests run as root in CI, where `chmod 000` does not stop a read:
        // the mapping from the operating system's error is checked directly.
        let path = Path::new("locked.txt");
        let denied = io_error(path, std::io::Error::from(ErrorKind::PermissionDenied));
        assert_eq!(denied.to_string(), "locked.txt: permission denied");
        let missing = io_error(path, std::io::Error::from(ErrorKind::NotFound));
        assert_eq!(missing.to_string(), "locked.txt: no such file");
        let folder = io_error(path, std::io::Error::from(ErrorKind::IsADirectory));
        assert!(folder.to_string().contains("is a folder"));
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = decode(Path::new("x.txt"), b"  \n\n ").err();
        assert!(matches!(err, Some(LoadError::Empty { .. })));
    }
}
