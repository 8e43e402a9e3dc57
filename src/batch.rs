//! Batch input for `counterpoint analyze`: which article files the command
//! line names, with folders expanded to the article files they hold.
//!
//! A folder stands for its article files (`.txt`, `.md`, `.markdown`,
//! `.html`, `.htm`, `.docx`), found recursively; the result is sorted by path
//! and free of duplicates, so the output order never depends on the order the
//! file system lists entries in, nor on thread timing.

use std::path::{Path, PathBuf};

/// File extensions (lower case, without the dot) that count as articles
/// when a folder is expanded.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "docx"];

/// The articles named on the command line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    /// Files to analyse, sorted by path, without duplicates.
    pub files: Vec<PathBuf>,
    /// One message per argument or folder that could not be read, naming it
    /// (for example `news: no article files in this folder`).
    pub errors: Vec<String>,
    /// Whether any argument was a folder.
    pub any_folder: bool,
}

impl Inputs {
    /// Whether the command line names exactly one file and no folder, the
    /// case that prints a single report as before batch mode existed.
    pub fn is_single_file(&self) -> bool {
        !self.any_folder && self.files.len() == 1 && self.errors.is_empty()
    }
}

/// Expands the command-line arguments: files stay as given (whatever their
/// extension, so a single file keeps its own error message), folders become
/// the article files under them.
pub fn collect(args: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for arg in args {
        if arg.is_dir() {
            inputs.any_folder = true;
            let before = inputs.files.len();
            walk(arg, &mut inputs);
            if inputs.files.len() == before {
                inputs.errors.push(format!(
                    "{}: no article files in this folder ({})",
                    arg.display(),
                    extension_list()
                ));
            }
        } else {
            // Missing or unreadable files are reported when they are loaded.
            inputs.files.push(arg.clone());
        }
    }
    inputs.files.sort();
    inputs.files.dedup();
    inputs
}

/// Whether a path has one of the [`ARTICLE_EXTENSIONS`] (in any case).
pub fn is_article_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ARTICLE_EXTENSIONS
            .iter()
            .any(|known| e.eq_ignore_ascii_case(known))
    })
}

/// Adds the article files under `dir` to `inputs`, recursing into
/// sub-folders but not into symbolic links to folders (which could loop).
fn walk(dir: &Path, inputs: &mut Inputs) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            inputs.errors.push(format!(
                "{}: cannot read the folder: {}",
                dir.display(),
                reason(&e)
            ));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                inputs.errors.push(format!(
                    "{}: cannot read the folder: {}",
                    dir.display(),
                    reason(&e)
                ));
                continue;
            }
        };
        let path = entry.path();
        let is_real_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_real_dir {
            walk(&path, inputs);
        } else if is_article_file(&path) && !path.is_dir() {
            inputs.files.push(path);
        }
    }
}

/// An I/O error in words a user can act on.
fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::NotFound => "no such folder".to_owned(),
        _ => e.to_string(),
    }
}

/// ".txt, .md, …" for messages.
fn extension_list() -> String {
    ARTICLE_EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_extensions_in_any_case() {
        assert!(is_article_file(Path::new("a/b.TXT")));
        assert!(is_article_file(Path::new("page.Html")));
        assert!(!is_article_file(Path::new("photo.png")));
        assert!(!is_article_file(Path::new("README")));
    }
}
