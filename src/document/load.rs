//! Reading a file's bytes and turning them into text, with clear errors.

use std::io::ErrorKind;
use std::path::Path;

use super::LoadError;

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

/// Turns a file's bytes into text, refusing empty, binary and non-UTF-8 files.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String, LoadError> {
    let owned = || path.to_path_buf();
    if let Some(what) = sniff_binary(bytes) {
        return Err(LoadError::Binary {
            path: owned(),
            what: what.to_owned(),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::Encoding {
        path: owned(),
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty { path: owned() });
    }
    Ok(text.to_owned())
}

/// Names what binary data looks like, or `None` for text.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive (or a Word/Office document)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "a program (ELF executable)"),
        (b"RIFF", "a RIFF media file"),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    // UTF-16 text has many NULs too, but always starts with a BOM here.
    let utf16 = head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    if !utf16 && head.contains(&0) {
        return Some("binary data");
    }
    None
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
    fn invalid_utf8_reports_offset() {
        let err = decode(Path::new("x.txt"), b"abc\xe9def").err();
        assert!(err.is_some_and(|e| e.to_string().contains("byte 3")));
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = decode(Path::new("x.txt"), b"  \n\n ").err();
        assert!(matches!(err, Some(LoadError::Empty { .. })));
    }
}
