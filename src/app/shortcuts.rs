//! The reader's keyboard shortcuts: the keys, what they send, and the
//! Help → Keyboard shortcuts window that lists them (with the window's own
//! Ctrl+O / Ctrl+Q and egui's zoom keys).
//!
//! Single keys (N, P, [, ]) act only while no text field has the focus.

use egui::{Align2, Context, Grid, Key, KeyboardShortcut, Modifiers, RichText, Ui, Window};

use super::reader::ReaderCommand;
use super::state::{AppState, Command};

/// Ctrl+F: find in the article.
pub const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
/// Ctrl+Shift+C: copy the citation of the passage in view.
pub const CITE: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::C);
/// F1: this list of shortcuts.
pub const HELP: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F1);

/// Every shortcut as the help window (and the README) lists it: keys, action.
pub const TABLE: [(&str, &str); 16] = [
    ("Ctrl+O", "Open a file"),
    ("Ctrl+F", "Find in the article"),
    ("F3 / Enter", "Next match (while finding)"),
    ("Shift+F3 / Shift+Enter", "Previous match"),
    ("Esc", "Close find, then clear the selection"),
    ("N  or  Alt+↓", "Next quote"),
    ("P  or  Alt+↑", "Previous quote"),
    ("]  or  Shift+Alt+↓", "Next contradiction"),
    ("[  or  Shift+Alt+↑", "Previous contradiction"),
    (
        "Ctrl+Shift+C",
        "Copy the quote in view with its attribution",
    ),
    ("Ctrl+plus", "Larger text"),
    ("Ctrl+minus", "Smaller text"),
    ("Ctrl+0", "Text size back to 100%"),
    (
        "Tab / Shift+Tab",
        "Move between controls; Space or Enter activates",
    ),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
];

/// The commands the reader's keys send this frame. Consumes the keys it
/// uses, so call it before the window's own shortcuts (Esc in particular).
pub fn reader_key_commands(ui: &Ui, state: &AppState) -> Vec<Command> {
    let typing = ui.ctx().egui_wants_keyboard_input();
    let find_open = state.reader.find.open;
    let mut out = Vec::new();
    let mut send = |cmd| out.push(Command::Reader(cmd));
    ui.input_mut(|i| {
        if i.consume_shortcut(&FIND) {
            send(ReaderCommand::OpenFind);
        }
        if i.consume_shortcut(&HELP) {
            send(ReaderCommand::ShowShortcuts(!state.reader.shortcuts_open));
        }
        if find_open {
            if i.consume_key(Modifiers::SHIFT, Key::F3) {
                send(ReaderCommand::PreviousMatch);
            } else if i.consume_key(Modifiers::NONE, Key::F3) {
                send(ReaderCommand::NextMatch);
            }
            if i.consume_key(Modifiers::NONE, Key::Escape) {
                send(ReaderCommand::CloseFind);
            }
        }
        let shift_alt = Modifiers::SHIFT.plus(Modifiers::ALT);
        if i.consume_key(shift_alt, Key::ArrowDown) {
            send(ReaderCommand::NextContradiction);
        }
        if i.consume_key(shift_alt, Key::ArrowUp) {
            send(ReaderCommand::PreviousContradiction);
        }
        if i.consume_key(Modifiers::ALT, Key::ArrowDown) {
            send(ReaderCommand::NextQuote);
        }
        if i.consume_key(Modifiers::ALT, Key::ArrowUp) {
            send(ReaderCommand::PreviousQuote);
        }
        if typing {
            return;
        }
        for (key, cmd) in [
            (Key::N, ReaderCommand::NextQuote),
            (Key::P, ReaderCommand::PreviousQuote),
            (Key::CloseBracket, ReaderCommand::NextContradiction),
            (Key::OpenBracket, ReaderCommand::PreviousContradiction),
        ] {
            if i.consume_key(Modifiers::NONE, key) {
                send(cmd);
            }
        }
    });
    if ui.input_mut(|i| i.consume_shortcut(&CITE))
        && let Some(quote) = state.focused_quote()
    {
        out.push(Command::CopyCitation(quote));
    }
    out
}

/// The "Keyboard shortcuts" window, while it is open.
pub fn shortcuts_window_ui(ctx: &Context, state: &AppState, out: &mut Vec<Command>) {
    let mut open = state.reader.shortcuts_open;
    if !open {
        return;
    }
    Window::new("Keyboard shortcuts")
        .open(&mut open)
        .pivot(Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            Grid::new("shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (keys, action) in TABLE {
                        ui.label(RichText::new(keys).monospace().strong());
                        ui.label(action);
                        ui.end_row();
                    }
                });
        });
    if !open {
        out.push(Command::Reader(ReaderCommand::ShowShortcuts(false)));
    }
}
