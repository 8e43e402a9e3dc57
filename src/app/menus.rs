//! The reader's menu entries: File → Open Recent, View → text size and
//! the kind toggles, Help → Keyboard shortcuts and Legend.

use egui::{Button, Ui};

use super::prefs::Prefs;
use super::reader::{ReaderCommand, Shown};
use super::shortcuts;
use super::state::{AppState, Command};

/// A change of text size (egui's zoom factor).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ZoomStep {
    /// 10% larger (Ctrl+plus).
    In,
    /// 10% smaller (Ctrl+minus).
    Out,
    /// Back to 100% (Ctrl+0).
    Reset,
}

/// File → Open Recent: the recent files, newest first, and "Clear".
pub fn open_recent_menu_ui(ui: &mut Ui, prefs: &Prefs, out: &mut Vec<Command>) {
    ui.menu_button("Open Recent", |ui| {
        if prefs.recent_files.is_empty() {
            ui.add_enabled(false, Button::new("No recent files"));
            return;
        }
        for path in &prefs.recent_files {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let hint = path.display().to_string();
            if ui.button(name).on_hover_text(hint).clicked() {
                out.push(Command::Open(path.clone()));
            }
        }
        ui.separator();
        if ui.button("Clear recent files").clicked() {
            out.push(Command::ClearRecentFiles);
        }
    });
}

/// View → text size entries and the kind toggles.
pub fn view_menu_extras_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    ui.separator();
    let percent = (ui.ctx().zoom_factor() * 100.0).round();
    ui.label(format!("Text size: {percent}%"));
    for (step, name, keys) in [
        (ZoomStep::In, "Larger text", "Ctrl+plus"),
        (ZoomStep::Out, "Smaller text", "Ctrl+minus"),
        (ZoomStep::Reset, "Text size 100%", "Ctrl+0"),
    ] {
        if ui.add(Button::new(name).shortcut_text(keys)).clicked() {
            out.push(Command::Zoom(step));
        }
    }
    ui.separator();
    let mut shown: Shown = state.reader.shown;
    let changed = ui
        .checkbox(&mut shown.direct, "Show direct quotes")
        .changed()
        | ui.checkbox(&mut shown.reported, "Show reported speech")
            .changed()
        | ui.checkbox(&mut shown.contradictions, "Show contradictions")
            .changed();
    if changed {
        out.push(Command::Reader(ReaderCommand::SetShown(shown)));
    }
    ui.separator();
    let find = Button::new("Find…").shortcut_text(ui.ctx().format_shortcut(&shortcuts::FIND));
    if ui.add(find).clicked() {
        out.push(Command::Reader(ReaderCommand::OpenFind));
    }
}

/// The Help menu: keyboard shortcuts and the legend.
pub fn help_menu_ui(ui: &mut Ui, out: &mut Vec<Command>) {
    ui.menu_button("Help", |ui| {
        let keys = Button::new("Keyboard shortcuts").shortcut_text("F1");
        if ui.add(keys).clicked() {
            out.push(Command::Reader(ReaderCommand::ShowShortcuts(true)));
        }
        if ui.button("Legend").clicked() {
            out.push(Command::Reader(ReaderCommand::ShowLegend(true)));
        }
    });
}
