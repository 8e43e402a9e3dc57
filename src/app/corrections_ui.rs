//! The editor's controls: the Edit menu with undo and redo, the menus on
//! quotes, speakers and contradictions, the correction dialogs, the list of
//! corrections that could not be placed, and the corrections message.
//!
//! Like every view, these read the [`AppState`] and return [`Command`]s.

use egui::{
    Button, Color32, Frame, Key, KeyboardShortcut, Margin, Modifiers, Panel, RichText, ScrollArea,
    TextEdit, Ui, Window,
};

use super::state::{AppState, Article, Command, Dialog, EditCommand, shorten};
use crate::engine::{ContradictionId, ContradictionKind, QuoteId, QuoteKind, SpeakerId};

/// Ctrl+Z: undo the last correction.
pub const UNDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl+Shift+Z: redo.
pub const REDO_SHORTCUT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
/// Ctrl+Y: redo, too.
pub const REDO_SHORTCUT_Y: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);

/// Undo and redo from the keyboard, unless a text field is being typed in
/// (it has its own undo).
pub fn shortcut_commands(ui: &Ui, out: &mut Vec<Command>) {
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    ui.input_mut(|i| {
        // Ctrl+Shift+Z first: Ctrl+Z would also match it.
        if i.consume_shortcut(&REDO_SHORTCUT) || i.consume_shortcut(&REDO_SHORTCUT_Y) {
            out.push(Command::Edit(EditCommand::Redo));
        } else if i.consume_shortcut(&UNDO_SHORTCUT) {
            out.push(Command::Edit(EditCommand::Undo));
        }
    });
}

/// The Edit menu: undo, redo, add a quote or a contradiction, unplaced corrections.
pub fn edit_menu_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let history = &state.editing.history;
    let loaded = state.article.is_some();
    let undo = Button::new("Undo").shortcut_text(ui.ctx().format_shortcut(&UNDO_SHORTCUT));
    if ui.add_enabled(history.can_undo(), undo).clicked() {
        out.push(Command::Edit(EditCommand::Undo));
    }
    let redo = Button::new("Redo").shortcut_text(ui.ctx().format_shortcut(&REDO_SHORTCUT));
    if ui.add_enabled(history.can_redo(), redo).clicked() {
        out.push(Command::Edit(EditCommand::Redo));
    }
    ui.separator();
    if ui.add_enabled(loaded, Button::new("Add quote…")).clicked() {
        out.push(open(Dialog::AddQuote {
            words: String::new(),
            speaker: String::new(),
            kind: QuoteKind::Direct,
            near: None,
        }));
    }
    if ui
        .add_enabled(loaded, Button::new("Add contradiction…"))
        .clicked()
    {
        out.push(open(Dialog::AddContradiction {
            a: None,
            b: None,
            kind: ContradictionKind::Denial,
        }));
    }
    let unplaced = state.editing.edits.unplaced.len();
    if ui
        .add_enabled(
            unplaced > 0,
            Button::new(format!("Corrections not placed ({unplaced})")),
        )
        .clicked()
    {
        out.push(Command::Edit(EditCommand::ShowUnplaced(true)));
    }
    let dropped = state.editing.edits.dropped.len();
    if dropped > 0
        && ui
            .button(format!("Contradictions left out ({dropped})"))
            .on_hover_text("Contradictions whose two passages the corrections gave to one speaker")
            .clicked()
    {
        out.push(Command::Edit(EditCommand::ShowUnplaced(true)));
    }
}

fn open(dialog: Dialog) -> Command {
    Command::Edit(EditCommand::OpenDialog(dialog))
}

/// The blue banner with the last message about corrections.
pub fn notice_panel_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let Some(notice) = &state.editing.notice else {
        return;
    };
    let dark = ui.visuals().dark_mode;
    let fill = if dark {
        Color32::from_rgb(0x1A, 0x33, 0x55)
    } else {
        Color32::from_rgb(0xE1, 0xEC, 0xFA)
    };
    Panel::top("corrections_notice")
        .frame(
            Frame::new()
                .fill(fill)
                .inner_margin(Margin::symmetric(12, 6)),
        )
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                if ui.button("Dismiss message").clicked() {
                    out.push(Command::Edit(EditCommand::DismissNotice));
                }
                ui.label(format!("Corrections: {notice}"));
            });
        });
}

/// The right-click menu of a quote in the sources pane.
pub fn quote_menu_ui(ui: &mut Ui, article: &Article, quote: QuoteId, out: &mut Vec<Command>) {
    let current = article.analysis.speaker_name(quote).to_owned();
    if ui.button("Reassign speaker…").clicked() {
        let name = if current == "unknown speaker" {
            String::new()
        } else {
            current
        };
        out.push(open(Dialog::Reassign { quote, name }));
    }
    if ui.button("Split off into new speaker").clicked() {
        out.push(Command::Edit(EditCommand::SplitQuote(quote)));
    }
    if ui.button("Add contradiction…").clicked() {
        out.push(open(Dialog::AddContradiction {
            a: Some(quote),
            b: None,
            kind: ContradictionKind::Denial,
        }));
    }
    ui.separator();
    if ui.button("Delete quote").clicked() {
        out.push(Command::Edit(EditCommand::DeleteQuote(quote)));
    }
}

/// The "Edit speaker" menu beside a speaker's heading.
pub fn speaker_menu_ui(ui: &mut Ui, article: &Article, speaker: SpeakerId, out: &mut Vec<Command>) {
    let Some(s) = article.analysis.speaker(speaker) else {
        return;
    };
    let label = format!("Edit speaker {}", s.name);
    let menu = egui::containers::menu::MenuButton::new(RichText::new("Edit").small());
    let (response, _) = menu.ui(ui, |ui| {
        if ui.button("Rename…").clicked() {
            out.push(open(Dialog::Rename {
                speaker,
                name: s.name.clone(),
            }));
        }
        if ui.button("Merge into…").clicked() {
            out.push(open(Dialog::Merge {
                speaker,
                into: None,
            }));
        }
    });
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &label));
    response.on_hover_text(label);
}

/// The right-click menu of a contradiction card.
pub fn contradiction_menu_ui(ui: &mut Ui, id: ContradictionId, out: &mut Vec<Command>) {
    if ui.button("Mark confirmed").clicked() {
        out.push(Command::Edit(EditCommand::ConfirmContradiction(id)));
    }
    if ui.button("Remove contradiction").clicked() {
        out.push(Command::Edit(EditCommand::RemoveContradiction(id)));
    }
}

/// "added by an editor" / "confirmed by an editor" under a contradiction card, if so.
pub fn contradiction_note(state: &AppState, id: ContradictionId) -> Option<&'static str> {
    let marks = &state.editing.edits.marks;
    if marks.contradictions.contains(&id) {
        Some("edited: added by an editor")
    } else if marks.confirmed.contains(&id) {
        Some("edited: confirmed by an editor")
    } else {
        None
    }
}

/// The open correction dialog, and the list of unplaced corrections.
pub fn windows_ui(ui: &Ui, state: &AppState, out: &mut Vec<Command>) {
    if let (Some(dialog), Some(article)) = (&state.editing.dialog, &state.article) {
        let title = match dialog {
            Dialog::Reassign { .. } => "Reassign speaker",
            Dialog::Rename { .. } => "Rename speaker",
            Dialog::Merge { .. } => "Merge speakers",
            Dialog::AddQuote { .. } => "Add quote",
            Dialog::AddContradiction { .. } => "Add contradiction",
        };
        Window::new(title)
            .collapsible(false)
            .resizable(true)
            .default_width(420.0)
            .show(ui.ctx(), |ui| {
                let mut draft = dialog.clone();
                dialog_body_ui(ui, article, &mut draft, out);
                if &draft != dialog {
                    out.push(Command::Edit(EditCommand::UpdateDialog(draft)));
                }
                ui.separator();
                if ui.button("Cancel").clicked() {
                    out.push(Command::Edit(EditCommand::CloseDialog));
                }
            });
    }
    if state.editing.show_unplaced {
        unplaced_window_ui(ui, state, out);
    }
}

/// The fields of a dialog; pushes the correction when its button is clicked.
fn dialog_body_ui(ui: &mut Ui, article: &Article, draft: &mut Dialog, out: &mut Vec<Command>) {
    let analysis = &article.analysis;
    match draft {
        Dialog::Reassign { quote, name } => {
            ui.label(format!("“{}”", shorten(&article.passage(*quote), 120)));
            speaker_name_ui(ui, article, name);
            if ui.button("Reassign").clicked() {
                out.push(Command::Edit(EditCommand::ReassignQuote(
                    *quote,
                    name.clone(),
                )));
            }
        }
        Dialog::Rename { speaker, name } => {
            let label = ui.label("New name:");
            ui.add(TextEdit::singleline(name)).labelled_by(label.id);
            if ui.button("Rename").clicked() {
                out.push(Command::Edit(EditCommand::RenameSpeaker(
                    *speaker,
                    name.clone(),
                )));
            }
        }
        Dialog::Merge { speaker, into } => {
            let from = analysis.speaker(*speaker).map_or("", |s| s.name.as_str());
            ui.label(format!("Merge {from} into:"));
            for (i, s) in analysis.speakers.iter().enumerate() {
                if i != speaker.0
                    && ui
                        .selectable_label(*into == Some(SpeakerId(i)), format!("Into {}", s.name))
                        .clicked()
                {
                    *into = Some(SpeakerId(i));
                }
            }
            if let Some(target) = *into
                && ui.button("Merge").clicked()
            {
                out.push(Command::Edit(EditCommand::MergeSpeakers {
                    from: *speaker,
                    into: target,
                }));
            }
        }
        Dialog::AddQuote {
            words,
            speaker,
            kind,
            near,
        } => {
            let label = ui.label("Quoted words (as they stand in the article):");
            ui.add(TextEdit::multiline(words).desired_rows(3))
                .labelled_by(label.id);
            speaker_name_ui(ui, article, speaker);
            ui.horizontal(|ui| {
                ui.radio_value(kind, QuoteKind::Direct, "direct");
                ui.radio_value(kind, QuoteKind::Indirect, "reported");
            });
            if ui.button("Add this quote").clicked() {
                out.push(Command::Edit(EditCommand::AddQuote {
                    words: words.clone(),
                    speaker: speaker.clone(),
                    kind: *kind,
                    near: *near,
                }));
            }
        }
        Dialog::AddContradiction { a, b, kind } => {
            contradiction_fields_ui(ui, article, a, b, kind);
            if let (Some(qa), Some(qb)) = (*a, *b)
                && ui.button("Add this contradiction").clicked()
            {
                out.push(Command::Edit(EditCommand::AddContradiction {
                    a: qa,
                    b: qb,
                    kind: *kind,
                }));
            }
        }
    }
}

/// A name field, and the article's speakers to pick from.
fn speaker_name_ui(ui: &mut Ui, article: &Article, name: &mut String) {
    let label = ui.label("Speaker name (pick one or type a new one):");
    ui.add(TextEdit::singleline(name)).labelled_by(label.id);
    ui.horizontal_wrapped(|ui| {
        for s in &article.analysis.speakers {
            if ui
                .selectable_label(*name == s.name, format!("Pick {}", s.name))
                .clicked()
            {
                name.clone_from(&s.name);
            }
        }
    });
}

/// The two passages and the kind of a new contradiction.
fn contradiction_fields_ui(
    ui: &mut Ui,
    article: &Article,
    a: &mut Option<QuoteId>,
    b: &mut Option<QuoteId>,
    kind: &mut ContradictionKind,
) {
    ui.horizontal_wrapped(|ui| {
        for k in [
            ContradictionKind::Denial,
            ContradictionKind::Dispute,
            ContradictionKind::ConflictingFigures,
            ContradictionKind::Negation,
        ] {
            ui.radio_value(kind, k, k.as_str());
        }
    });
    let analysis = &article.analysis;
    for (side, slot) in [("Contradicting", &mut *a), ("Contradicted", &mut *b)] {
        ui.strong(format!("{side} passage:"));
        ScrollArea::vertical()
            .id_salt(side)
            .max_height(140.0)
            .show(ui, |ui| {
                for i in 0..analysis.quotes.len() {
                    let q = QuoteId(i);
                    let text = format!(
                        "{side}: {}: “{}”",
                        analysis.speaker_name(q),
                        shorten(&article.passage(q), 60)
                    );
                    if ui.selectable_label(*slot == Some(q), text).clicked() {
                        *slot = Some(q);
                    }
                }
            });
    }
}

/// The corrections that could not be placed, with why, and the
/// contradictions the corrections left out.
fn unplaced_window_ui(ui: &Ui, state: &AppState, out: &mut Vec<Command>) {
    let edits = &state.editing.edits;
    let (unplaced, dropped) = (&edits.unplaced, &edits.dropped);
    let title = match (unplaced.is_empty(), dropped.is_empty()) {
        (true, false) => "Contradictions left out",
        (false, false) => "Corrections not placed, contradictions left out",
        _ => "Corrections not placed",
    };
    Window::new(title)
        .id(egui::Id::unique("corrections_not_placed"))
        .collapsible(false)
        .default_width(460.0)
        .show(ui.ctx(), |ui| {
            if unplaced.is_empty() {
                ui.label("Every correction is in place.");
            } else {
                ui.label(
                    "The article changed since these corrections were made, and their words \
                     could not be found again. They stay in the corrections file.",
                );
            }
            for u in unplaced {
                ui.separator();
                ui.label(format!(
                    "{} ({}): {}",
                    u.correction.edit.describe(),
                    u.correction.at.format("%-d %B %Y %H:%M UTC"),
                    u.reason
                ));
            }
            if let (false, Some(article)) = (dropped.is_empty(), &state.article) {
                ui.separator();
                ui.strong("Contradictions left out");
                ui.label(
                    "After the corrections, both passages of these contradictions are by the \
                     same speaker, and a speaker does not contradict themself.",
                );
                for d in dropped {
                    ui.label(d.describe(&article.document.text, &article.analysis));
                }
            }
            ui.separator();
            if ui.button("Close list").clicked() {
                out.push(Command::Edit(EditCommand::ShowUnplaced(false)));
            }
        });
}
