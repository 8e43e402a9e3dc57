//! Why a file could not be loaded as an article.

use std::path::PathBuf;

/// Everything that can go wrong while loading an article; each message names
/// the file and says what is wrong with it in words a reader can act on.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{path}: no such file")]
    NotFound {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The path names a directory.
    #[error("{path}: is a folder, not an article file")]
    IsDirectory {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The operating system refused to read the file.
    #[error("{path}: permission denied")]
    PermissionDenied {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The file holds no text at all.
    #[error("{path}: the file is empty")]
    Empty {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The file holds binary data, not text.
    #[error("{path}: not a text file: looks like {what}")]
    Binary {
        /// The path that was asked for.
        path: PathBuf,
        /// What the bytes look like ("a PNG image", "binary data").
        what: String,
    },
    /// The file is text, but too much of it cannot be read in the encoding it
    /// was detected (or declared) to be in.
    #[error(
        "{path}: not valid {encoding} text (byte {offset} cannot be read as {encoding}); save it as UTF-8"
    )]
    Encoding {
        /// The path that was asked for.
        path: PathBuf,
        /// The encoding the text was read as ("UTF-16LE", "windows-1252").
        encoding: &'static str,
        /// Offset of the first byte that could not be read.
        offset: usize,
    },
    /// A web page, Markdown file or Word document with no article text in it.
    #[error("{path}: no article text found in this {what}")]
    NoArticleText {
        /// The path that was asked for.
        path: PathBuf,
        /// What the file is ("web page", "Markdown file", "Word document").
        what: &'static str,
    },
    /// A `.docx` file that cannot be read: truncated, damaged, or not Word at all.
    #[error("{path}: not a valid Word document ({reason})")]
    InvalidDocx {
        /// The path that was asked for.
        path: PathBuf,
        /// What is wrong with it, in a reader's words.
        reason: String,
    },
    /// A Word document saved with a password: its text is encrypted.
    #[error(
        "{path}: a password-protected (encrypted) Word document; open it in Word, remove the password and save it again"
    )]
    EncryptedDocx {
        /// The path that was asked for.
        path: PathBuf,
    },
    /// The file is larger than the reader accepts.
    #[error("{path}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        /// The path that was asked for.
        path: PathBuf,
        /// Size of the file in bytes.
        size: u64,
        /// The largest size accepted.
        limit: u64,
    },
    /// Any other input/output failure.
    #[error("{path}: cannot be read: {source}")]
    Io {
        /// The path that was asked for.
        path: PathBuf,
        /// The underlying failure.
        source: std::io::Error,
    },
}
