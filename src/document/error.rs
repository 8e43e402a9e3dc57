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
    /// The file is text but not valid UTF-8.
    #[error(
        "{path}: not valid UTF-8 text (byte {offset} is not part of a UTF-8 character); save it as UTF-8"
    )]
    Encoding {
        /// The path that was asked for.
        path: PathBuf,
        /// Offset of the first bad byte.
        offset: usize,
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
