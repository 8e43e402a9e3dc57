//! The sidecar file `ARTICLE.counterpoint.json` beside the article: reading
//! it, and saving it atomically.
//!
//! A save writes a new file beside the old one, flushes it, syncs it to the
//! disk and renames it over the old one, then syncs the folder: a crash or a
//! power cut at any moment leaves either the old sidecar or the new one,
//! never a broken one. The article itself is never written.
//!
//! A sidecar that cannot be read is never overwritten: [`set_aside`] renames
//! it to `ARTICLE.counterpoint.json.unreadable-YYYYMMDDTHHMMSS` first.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::model::{FORMAT_NAME, FORMAT_VERSION, Sidecar};

/// The suffix added to the article's file name.
pub const SUFFIX: &str = ".counterpoint.json";

/// Why a sidecar cannot be read or saved.
#[derive(Debug, Error)]
pub enum SidecarError {
    /// The file exists but cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The sidecar.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file is not valid JSON of the corrections format.
    #[error("{path} is damaged (not a corrections file): {source}")]
    Corrupt {
        /// The sidecar.
        path: PathBuf,
        /// Where the JSON went wrong.
        source: serde_json::Error,
    },
    /// The file names another format, or a newer version of this one.
    #[error(
        "{path} is in format {found}, which this version of Counterpoint cannot read (it reads {FORMAT_NAME}/{FORMAT_VERSION})"
    )]
    UnknownFormat {
        /// The sidecar.
        path: PathBuf,
        /// The format the file states.
        found: String,
    },
    /// Saving failed; the old sidecar is unchanged.
    #[error("cannot save the corrections to {path}: {source}")]
    Write {
        /// The sidecar.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A save was stopped on purpose between two steps (tests only).
    #[error("save of {path} interrupted before step {step:?}")]
    Interrupted {
        /// The sidecar.
        path: PathBuf,
        /// The step that was not taken.
        step: SaveStep,
    },
}

/// The sidecar's path for an article: the article's file name plus [`SUFFIX`].
pub fn path_for(article: &Path) -> PathBuf {
    let mut name = article
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(SUFFIX);
    article.with_file_name(name)
}

/// Reads the sidecar at `path`: `None` when there is none.
pub fn load(path: &Path) -> Result<Option<Sidecar>, SidecarError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(SidecarError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    parse(path, &bytes).map(Some)
}

/// Parses sidecar bytes, checking the format before the rest so that a newer
/// file is reported as newer, not as damaged.
fn parse(path: &Path, bytes: &[u8]) -> Result<Sidecar, SidecarError> {
    let corrupt = |source| SidecarError::Corrupt {
        path: path.to_path_buf(),
        source,
    };
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(corrupt)?;
    let found = value
        .get("format")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("(none)")
        .to_owned();
    let readable = found
        .strip_prefix(FORMAT_NAME)
        .and_then(|rest| rest.strip_prefix('/'))
        .and_then(|v| v.parse::<u32>().ok())
        .is_some_and(|v| v <= FORMAT_VERSION);
    if !readable {
        return Err(SidecarError::UnknownFormat {
            path: path.to_path_buf(),
            found,
        });
    }
    serde_json::from_value(value).map_err(corrupt)
}

/// The moments of a save, in order. A test can stop a save before any of
/// them ([`save_with`]) to see what a crash at that moment leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SaveStep {
    /// Create the temporary file beside the sidecar.
    CreateTemp,
    /// Write the first half of the bytes.
    WriteFirstHalf,
    /// Write the rest.
    WriteRest,
    /// Flush the writer.
    Flush,
    /// Sync the file's data to the disk.
    SyncFile,
    /// Rename the temporary file over the sidecar.
    Rename,
    /// Sync the folder, so that the rename itself is on the disk.
    SyncFolder,
}

impl SaveStep {
    /// Every step, in order.
    pub const ALL: [SaveStep; 7] = [
        SaveStep::CreateTemp,
        SaveStep::WriteFirstHalf,
        SaveStep::WriteRest,
        SaveStep::Flush,
        SaveStep::SyncFile,
        SaveStep::Rename,
        SaveStep::SyncFolder,
    ];
}

/// Saves `sidecar` at `path` atomically.
pub fn save(path: &Path, sidecar: &Sidecar) -> Result<(), SidecarError> {
    save_with(path, sidecar, |_| true)
}

/// Saves `sidecar` at `path` atomically, asking `go_on` before each step;
/// when it answers false the save stops there as a crash would, leaving
/// its temporary file behind, and returns [`SidecarError::Interrupted`].
pub fn save_with(
    path: &Path,
    sidecar: &Sidecar,
    mut go_on: impl FnMut(SaveStep) -> bool,
) -> Result<(), SidecarError> {
    let json = serde_json::to_vec_pretty(sidecar).map_err(|e| SidecarError::Write {
        path: path.to_path_buf(),
        source: io::Error::other(e),
    })?;
    let temp = temp_path(path);
    let result = write_steps(path, &temp, &json, &mut go_on);
    if let Err(SidecarError::Write { .. }) = &result {
        // A real failure (disk full, no permission): tidy up. The old sidecar is untouched.
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_steps(
    path: &Path,
    temp: &Path,
    json: &[u8],
    go_on: &mut impl FnMut(SaveStep) -> bool,
) -> Result<(), SidecarError> {
    let write_err = |source| SidecarError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut step = |s: SaveStep| {
        if go_on(s) {
            Ok(())
        } else {
            Err(SidecarError::Interrupted {
                path: path.to_path_buf(),
                step: s,
            })
        }
    };
    step(SaveStep::CreateTemp)?;
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)
        .map_err(write_err)?;
    let (first, rest) = json.split_at(json.len() / 2);
    step(SaveStep::WriteFirstHalf)?;
    file.write_all(first).map_err(write_err)?;
    step(SaveStep::WriteRest)?;
    file.write_all(rest).map_err(write_err)?;
    step(SaveStep::Flush)?;
    file.flush().map_err(write_err)?;
    step(SaveStep::SyncFile)?;
    file.sync_all().map_err(write_err)?;
    drop(file);
    step(SaveStep::Rename)?;
    fs::rename(temp, path).map_err(write_err)?;
    step(SaveStep::SyncFolder)?;
    sync_folder(path);
    Ok(())
}

/// A fresh temporary name beside `path`, hidden, unique to this process and moment.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp-{}-{nanos}", std::process::id()))
}

/// Syncs the folder holding `path` where the system allows it (not on Windows).
fn sync_folder(path: &Path) {
    if let Some(dir) = path.parent()
        && let Ok(dir) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
    {
        // Best effort: the rename has happened; some systems cannot sync folders.
        let _ = dir.sync_all();
    }
}

/// Renames an unreadable sidecar to `PATH.unreadable-YYYYMMDDTHHMMSS` (with a
/// number added when that exists) and returns the new path. Its bytes are
/// kept as they are.
pub fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
    let base = format!("{}.unreadable-{stamp}", path.display());
    let mut target = PathBuf::from(&base);
    let mut n = 2;
    while target.exists() {
        target = PathBuf::from(format!("{base}-{n}"));
        n += 1;
    }
    fs::rename(path, &target)?;
    Ok(target)
}
