//! The reader window (eframe): the article on the left, the sources on the right.

use std::path::PathBuf;

/// Opens the reader window, with `file` loaded if given.
pub fn run(file: Option<PathBuf>) -> Result<(), eframe::Error> {
    let _ = file;
    Ok(())
}
