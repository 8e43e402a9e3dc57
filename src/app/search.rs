//! Find in the article (Ctrl+F): the matches of the searched words, the find
//! bar above the article, and the marks on every match.
//!
//! Every match is boxed; the current one is filled and framed more strongly,
//! so that it differs in shape as well as colour.

use egui::{Color32, Galley, Key, Rect, RichText, Stroke, StrokeKind, TextEdit, Ui, vec2};

use super::passages::{self, ParagraphText};
use super::reader::ReaderCommand;
use super::state::{AppState, Command};
use crate::document::Span;

/// Longest search text honoured, in characters (longer text finds nothing).
const MAX_QUERY_CHARS: usize = 200;

/// The state of find in the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    /// True while the find bar is shown.
    pub open: bool,
    /// The searched text, as typed.
    pub query: String,
    /// Every match in the document text, in order.
    pub matches: Vec<Span>,
    /// The index of the current match in [`Find::matches`].
    pub current: Option<usize>,
    /// The article still has to bring the current match into view.
    pub scroll_pending: bool,
    /// The find bar still has to take the keyboard focus.
    pub focus_requested: bool,
}

impl Find {
    /// Shows the bar and asks for the keyboard focus.
    pub fn open(&mut self) {
        self.open = true;
        self.focus_requested = true;
    }

    /// Hides the bar and its marks (the text is kept for the next time).
    pub fn close(&mut self) {
        self.open = false;
        self.focus_requested = false;
        self.scroll_pending = false;
    }

    /// Searches `text` for `query`; the first match becomes current.
    pub fn set_query(&mut self, query: String, text: Option<&str>) {
        self.query = query;
        self.research(text);
    }

    /// Searches `text` again for the current query (a new article).
    pub fn research(&mut self, text: Option<&str>) {
        self.matches = text.map(|t| find_all(t, &self.query)).unwrap_or_default();
        self.current = (!self.matches.is_empty()).then_some(0);
        self.scroll_pending = self.current.is_some();
    }

    /// Moves to the next (`forward`) or previous match, wrapping around.
    pub fn step(&mut self, forward: bool) {
        let n = self.matches.len();
        if n == 0 {
            return;
        }
        self.current = Some(match (self.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1) % n,
            (Some(i), false) => (i + n - 1) % n,
        });
        self.scroll_pending = true;
    }

    /// The span of the current match.
    pub fn current_span(&self) -> Option<Span> {
        self.matches.get(self.current?).copied()
    }

    /// "3 of 12", "No matches", or "" before anything is typed.
    pub fn status(&self) -> String {
        if self.query.trim().is_empty() {
            return String::new();
        }
        match (self.current, self.matches.len()) {
            (_, 0) => "No matches".to_owned(),
            (Some(i), n) => format!("{} of {n}", i + 1),
            (None, n) => format!("{n} matches"),
        }
    }
}

/// Every non-overlapping occurrence of `query` in `text`, ignoring case;
/// spans lie on character boundaries. Blank queries find nothing.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    if query.trim().is_empty() || needle.len() > MAX_QUERY_CHARS {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut next_free = 0;
    for (start, _) in text.char_indices() {
        if start < next_free {
            continue;
        }
        if let Some(end) = match_at(text, start, &needle) {
            out.push(Span::new(start, end));
            next_free = end;
        }
    }
    out
}

/// The end of a case-insensitive match of `needle` at byte `start`, if any.
fn match_at(text: &str, start: usize, needle: &[char]) -> Option<usize> {
    let rest = text.get(start..)?;
    let mut want = needle.iter();
    for (i, c) in rest.char_indices() {
        for lower in c.to_lowercase() {
            if want.next() != Some(&lower) {
                return None;
            }
        }
        if want.len() == 0 {
            return Some(start + i + c.len_utf8());
        }
    }
    None
}

/// The find bar: the search field, "n of m", previous / next, close.
pub fn find_bar_ui(ui: &mut Ui, state: &AppState, out: &mut Vec<Command>) {
    let find = &state.reader.find;
    if !find.open {
        return;
    }
    let send = |out: &mut Vec<Command>, cmd| out.push(Command::Reader(cmd));
    ui.horizontal(|ui| {
        let label = ui.label("Find:");
        let mut text = find.query.clone();
        let field = ui
            .add(
                TextEdit::singleline(&mut text)
                    .hint_text("words in the article")
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        if find.focus_requested {
            field.request_focus();
            send(out, ReaderCommand::FindFocused);
        }
        if field.changed() {
            send(out, ReaderCommand::SetFindQuery(text));
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            send(
                out,
                if back {
                    ReaderCommand::PreviousMatch
                } else {
                    ReaderCommand::NextMatch
                },
            );
            field.request_focus();
        }
        let status = find.status();
        if !status.is_empty() {
            ui.label(RichText::new(format!("Match {status}")).weak());
        }
        let any = !find.matches.is_empty();
        if ui
            .add_enabled(any, egui::Button::new("Previous match"))
            .on_hover_text("Shift+F3 or Shift+Enter")
            .clicked()
        {
            send(out, ReaderCommand::PreviousMatch);
        }
        if ui
            .add_enabled(any, egui::Button::new("Next match"))
            .on_hover_text("F3 or Enter")
            .clicked()
        {
            send(out, ReaderCommand::NextMatch);
        }
        if ui.button("Close find").on_hover_text("Esc").clicked() {
            send(out, ReaderCommand::CloseFind);
        }
    });
    ui.separator();
}

/// Brings the current match into view if it lies in this paragraph.
pub fn scroll_to_match_ui(
    ui: &Ui,
    find: &Find,
    mapped: &ParagraphText,
    galley: &Galley,
    rect: Rect,
) {
    let Some(target) = find
        .current_span()
        .filter(|_| find.open && find.scroll_pending)
    else {
        return;
    };
    if target.overlaps(mapped.span) {
        passages::scroll_into_view(ui, galley, mapped, rect, target);
    }
}

/// Boxes every match in this paragraph; the current one filled and framed thicker.
pub fn paint_matches(ui: &Ui, find: &Find, mapped: &ParagraphText, galley: &Galley, rect: Rect) {
    if !find.open || find.matches.is_empty() {
        return;
    }
    let dark = ui.visuals().dark_mode;
    let (fill, edge) = if dark {
        (
            Color32::from_rgba_unmultiplied(0xFF, 0xE0, 0x66, 70),
            Color32::from_rgb(0xFF, 0xE0, 0x66),
        )
    } else {
        (
            Color32::from_rgba_unmultiplied(0xFF, 0xC8, 0x00, 110),
            Color32::from_rgb(0x70, 0x50, 0x00),
        )
    };
    let first = find.matches.partition_point(|m| m.end <= mapped.span.start);
    let painter = ui.painter();
    for (i, m) in find.matches.iter().enumerate().skip(first) {
        if m.start >= mapped.span.end {
            break;
        }
        let current = find.current == Some(i);
        for r in passages::char_rects(galley, &mapped.chars_of(*m)) {
            let r = r.translate(rect.min.to_vec2()).expand2(vec2(1.0, 1.0));
            if current {
                painter.rect_filled(r, 2.0, fill);
            }
            let width = if current { 2.5 } else { 1.0 };
            painter.rect_stroke(r, 2.0, Stroke::new(width, edge), StrokeKind::Outside);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_match_ignoring_case() {
        let text = "Peskov said. PESKOV denied. Ce café, café!";
        let got = find_all(text, "peskov");
        assert_eq!(got, vec![Span::new(0, 6), Span::new(13, 19)]);
        let cafe = find_all(text, "CAFÉ");
        assert_eq!(cafe.len(), 2);
        assert!(
            cafe.iter()
                .all(|s| s.slice(text).eq_ignore_ascii_case("café"))
        );
        assert!(find_all(text, "  ").is_empty());
        assert!(find_all(text, "nowhere").is_empty());
    }

    #[test]
    fn steps_wrap_around_both_ways() {
        let mut find = Find::default();
        find.set_query("a".to_owned(), Some("a b a b a"));
        assert_eq!(find.status(), "1 of 3");
        find.step(false);
        assert_eq!(find.current, Some(2));
        find.step(true);
        assert_eq!(find.current, Some(0));
        find.set_query("zzz".to_owned(), Some("a b a"));
        assert_eq!(find.status(), "No matches");
        find.step(true);
        assert_eq!(find.current, None);
    }
}
