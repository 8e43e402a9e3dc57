//! Opening a long article without freezing the window: reading, decoding and
//! analysing run on a background thread that reports its progress and stops
//! when the reader opens another file.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::state::Article;
use crate::document::Document;
use crate::engine::{Progress, analyze_with};

/// Files up to this size (256 KiB, well under a tenth of a second to analyse)
/// are opened at once; larger ones on a background thread.
pub const DEFAULT_INLINE_LIMIT: u64 = 256 * 1024;

/// The largest file opened on the window's own thread.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InlineLimit(pub u64);

impl Default for InlineLimit {
    fn default() -> Self {
        Self(DEFAULT_INLINE_LIMIT)
    }
}

impl InlineLimit {
    /// True when `path` is small enough to open at once (or cannot be
    /// measured: then opening it at once gives the right error message).
    pub fn allows(self, path: &Path) -> bool {
        std::fs::metadata(path).map_or(true, |m| m.is_dir() || m.len() <= self.0)
    }
}

/// An article being opened on a background thread. Dropping it cancels the work.
#[derive(Debug)]
pub struct Loading {
    /// The file being opened.
    pub path: PathBuf,
    /// How far the analysis has got; cancelled on drop.
    pub progress: Arc<Progress>,
    /// When the work started.
    pub started: Instant,
    /// The outcome: the article, or a one-line message (nothing when cancelled).
    outcome: Receiver<Result<Box<Article>, String>>,
}

/// What a look at a [`Loading`] found.
#[derive(Debug)]
pub enum Polled {
    /// Still reading or analysing.
    Working,
    /// Done: the article, or the message to show.
    Done(Result<Box<Article>, String>),
}

impl Loading {
    /// Starts reading and analysing `path` on a new thread.
    pub fn start(path: PathBuf) -> Self {
        let progress = Arc::new(Progress::new());
        let (send, outcome) = mpsc::channel();
        let worker_progress = Arc::clone(&progress);
        let worker_path = path.clone();
        let spawned = std::thread::Builder::new()
            .name("counterpoint-analysis".to_owned())
            .spawn(move || {
                let result = load_and_analyse(&worker_path, &worker_progress);
                if let Some(result) = result {
                    // The window may have stopped waiting (another file was opened).
                    let _ = send.send(result);
                }
            });
        // Without a thread, say so rather than freeze.
        let outcome = match spawned {
            Ok(_) => outcome,
            Err(e) => {
                let (send, failed) = mpsc::channel();
                let _ = send.send(Err(format!("cannot start the analysis: {e}")));
                failed
            }
        };
        Self {
            path,
            progress,
            started: Instant::now(),
            outcome,
        }
    }

    /// Looks, without waiting, whether the work is done.
    pub fn poll(&self) -> Polled {
        match self.outcome.try_recv() {
            Ok(result) => Polled::Done(result),
            Err(TryRecvError::Empty) => Polled::Working,
            Err(TryRecvError::Disconnected) => Polled::Done(Err(format!(
                "the analysis of {} stopped unexpectedly",
                self.path.display()
            ))),
        }
    }

    /// Waits up to `timeout` for the outcome (tests, and closing the window).
    pub fn wait(&self, timeout: Duration) -> Polled {
        match self.outcome.recv_timeout(timeout) {
            Ok(result) => Polled::Done(result),
            Err(mpsc::RecvTimeoutError::Timeout) => Polled::Working,
            Err(mpsc::RecvTimeoutError::Disconnected) => self.poll(),
        }
    }

    /// The file name, for the progress line.
    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

impl Drop for Loading {
    fn drop(&mut self) {
        self.progress.cancel();
    }
}

/// Reads and analyses one file; `None` when cancelled on the way.
fn load_and_analyse(path: &Path, progress: &Progress) -> Option<Result<Box<Article>, String>> {
    let document = match Document::load(path) {
        Ok(document) => document,
        Err(e) => return Some(Err(e.to_string())),
    };
    if progress.is_cancelled() {
        return None;
    }
    let started = Instant::now();
    let analysis = analyze_with(&document, progress)?;
    let mut article = Article::with_analysis(document, analysis);
    article.analysis_time = Some(started.elapsed());
    Some(Ok(Box::new(article)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_reported_not_hung() {
        let loading = Loading::start(PathBuf::from("/no/such/article.txt"));
        match loading.wait(Duration::from_secs(20)) {
            Polled::Done(Err(message)) => assert!(message.contains("no such file"), "{message}"),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn small_and_unmeasurable_files_open_at_once() {
        let limit = InlineLimit::default();
        assert!(limit.allows(Path::new("/no/such/file")));
        assert!(
            !InlineLimit(0).allows(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("Cargo.toml")
                    .as_path()
            )
        );
    }
}
