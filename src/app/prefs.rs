//! What the window remembers between runs (eframe persistence): recent
//! files, theme, text size, the width of the sources pane and the kind
//! toggles. Only the reader's choices are kept; the analysis is recomputed.
//!
//! The window's own size and position are kept by eframe itself
//! (`NativeOptions::persist_window`).

use std::path::{Path, PathBuf};

use egui::{ThemePreference, Ui};
use serde::{Deserialize, Serialize};

use super::reader::{ReaderCommand, Shown};
use super::{Command, CounterpointApp};

/// The storage key of [`Prefs`].
pub const STORAGE_KEY: &str = "counterpoint.prefs";
/// How many recent files File → Open Recent lists.
pub const MAX_RECENT: usize = 8;
/// Text sizes (zoom factors) the window accepts from storage.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// The reader's saved choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Files opened, the most recent first.
    pub recent_files: Vec<PathBuf>,
    /// Light, dark, or follow the system.
    pub theme: ThemePreference,
    /// Text size as egui's zoom factor (1.0 = 100%).
    pub zoom: f32,
    /// Width of the sources pane, in points, once the reader has seen it.
    pub sources_width: Option<f32>,
    /// Which kinds of passage are shown.
    pub shown: Shown,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent_files: Vec::new(),
            theme: ThemePreference::System,
            zoom: 1.0,
            sources_width: None,
            shown: Shown::default(),
        }
    }
}

impl Prefs {
    /// The saved prefs, or the defaults when there are none or they do not parse.
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|s| s.get_string(STORAGE_KEY))
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the prefs to `storage`.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        if let Ok(text) = serde_json::to_string(self) {
            storage.set_string(STORAGE_KEY, text);
        }
    }

    /// Puts `path` first in the recent files (once), keeping [`MAX_RECENT`].
    pub fn add_recent(&mut self, path: &Path) {
        self.recent_files.retain(|p| p != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(MAX_RECENT);
    }

    /// The zoom factor to use: the saved one if it is sensible, else 100%.
    pub fn zoom_factor(&self) -> f32 {
        if ZOOM_RANGE.contains(&self.zoom) {
            self.zoom
        } else {
            1.0
        }
    }
}

impl CounterpointApp {
    /// The reader's saved choices, as they stand now.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// On the first frame: applies the saved theme, text size and toggles.
    pub(super) fn apply_prefs_once(&mut self, ui: &Ui) {
        if self.prefs_applied {
            return;
        }
        self.prefs_applied = true;
        ui.ctx().set_theme(self.prefs.theme);
        ui.ctx().set_zoom_factor(self.prefs.zoom_factor());
        let shown = self.prefs.shown;
        self.state
            .handle(Command::Reader(ReaderCommand::SetShown(shown)));
    }

    /// After an article opened: remembers it and searches it again.
    pub(super) fn note_new_article(&mut self) {
        if self.state.generation == self.seen_generation {
            return;
        }
        self.seen_generation = self.state.generation;
        if let Some(article) = &self.state.article {
            // Absolute, so that the entry still works from another folder.
            let path = &article.document.path;
            let path = std::path::absolute(path).unwrap_or_else(|_| path.clone());
            self.prefs.add_recent(&path);
        }
        self.state
            .handle(Command::Reader(ReaderCommand::ArticleChanged));
    }

    /// At the end of a frame: keeps the prefs in step with the window.
    pub(super) fn capture_prefs(&mut self, ui: &Ui, sources_width: f32) {
        let ctx = ui.ctx();
        self.prefs.theme = ctx.options(|o| o.theme_preference);
        self.prefs.zoom = ctx.zoom_factor();
        self.prefs.shown = self.state.reader.shown;
        if sources_width > 0.0 {
            self.prefs.sources_width = Some(sources_width);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut prefs = Prefs::default();
        for i in 0..10 {
            prefs.add_recent(Path::new(&format!("/a/{i}.txt")));
        }
        prefs.add_recent(Path::new("/a/5.txt"));
        assert_eq!(prefs.recent_files.len(), MAX_RECENT);
        assert_eq!(prefs.recent_files[0], Path::new("/a/5.txt"));
        assert_eq!(prefs.recent_files[1], Path::new("/a/9.txt"));
        assert_eq!(
            prefs
                .recent_files
                .iter()
                .filter(|p| p.ends_with("5.txt"))
                .count(),
            1
        );
    }

    #[test]
    fn unknown_or_broken_values_fall_back_to_defaults() {
        let prefs: Prefs = serde_json::from_str(r#"{"zoom": 40.0}"#).unwrap_or_default();
        assert!((prefs.zoom_factor() - 1.0).abs() < f32::EPSILON);
        assert_eq!(prefs.theme, ThemePreference::System);
        let broken: Option<Prefs> = serde_json::from_str("{not json").ok();
        assert!(broken.is_none());
    }
}
