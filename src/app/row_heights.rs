//! Drawing only what is visible in a long list (the article's paragraphs, the
//! sources pane's quotes): each row's height, remembered from the last time
//! it was laid out (or estimated before that), lets a pane reserve space for
//! the rows outside the view without laying them out.
//!
//! Short lists are drawn whole, so every row stays in the accessibility tree;
//! from [`VIRTUAL_FROM_ROWS`] rows on, only the visible ones are laid out each
//! frame.

use egui::{Id, Rect, Ui, vec2};

/// Lists with at least this many rows are drawn visible part only.
pub const VIRTUAL_FROM_ROWS: usize = 150;

/// Heights of one list's rows at one column width.
#[derive(Debug, Clone, Default)]
pub struct RowHeights {
    /// Which list of the window.
    list: &'static str,
    /// The article (its open count) and width (in hundredths of a point) they were measured for.
    key: (u64, i64),
    heights: Vec<Option<f32>>,
    /// True when rows outside the view may be skipped.
    pub virtual_layout: bool,
}

impl RowHeights {
    /// The heights remembered for `list` (a name) of this article, `rows`
    /// long, at this width (empty if any of them changed).
    pub fn take(ui: &Ui, list: &'static str, generation: u64, rows: usize, width: f32) -> Self {
        #[allow(
            clippy::cast_possible_truncation,
            reason = "a column width in hundredths of a point fits easily"
        )]
        let key = (generation, (width * 100.0).round() as i64);
        let stored: Option<Self> = ui.data_mut(|d| d.remove_temp(Self::id(list)));
        match stored {
            Some(h) if h.key == key && h.heights.len() == rows => h,
            _ => Self {
                list,
                key,
                heights: vec![None; rows],
                virtual_layout: rows >= VIRTUAL_FROM_ROWS,
            },
        }
    }

    /// Keeps the heights for the next frame.
    pub fn put_back(self, ui: &Ui) {
        ui.data_mut(|d| d.insert_temp(Self::id(self.list), self));
    }

    /// The height of paragraph `i` when it was last laid out.
    pub fn get(&self, i: usize) -> Option<f32> {
        self.heights.get(i).copied().flatten()
    }

    /// Records the height of paragraph `i` as laid out now.
    pub fn set(&mut self, i: usize, height: f32) {
        if let Some(slot) = self.heights.get_mut(i) {
            *slot = Some(height);
        }
    }

    fn id(list: &'static str) -> Id {
        Id::unique(("counterpoint-row-heights", list))
    }

    /// Reserves the space of row `i` without laying it out, when the list is
    /// long, the row lies outside the view, and `keep` is false (the row to
    /// scroll to); else returns false and the caller lays the row out.
    pub fn skip(
        &self,
        ui: &mut Ui,
        i: usize,
        width: f32,
        keep: bool,
        guess: impl FnOnce() -> f32,
    ) -> bool {
        if !self.virtual_layout || keep {
            return false;
        }
        let height = self.get(i).unwrap_or_else(guess);
        let rect = Rect::from_min_size(ui.cursor().min, vec2(width, height));
        if ui.is_rect_visible(rect) {
            return false;
        }
        ui.allocate_space(vec2(width, height));
        true
    }
}

/// A first guess at a paragraph's height before it is ever laid out: its
/// characters spread over lines of about `width / (0.5 × font size)` characters.
pub fn estimate(chars: usize, font_size: f32, line_height: f32, width: f32) -> f32 {
    let per_line = (width / (font_size * 0.5)).max(1.0);
    let lines = (chars as f32 / per_line).ceil().max(1.0);
    lines * line_height
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimate_grows_with_length_and_shrinks_with_width() {
        let short = estimate(100, 16.0, 24.0, 600.0);
        let long = estimate(1000, 16.0, 24.0, 600.0);
        let wide = estimate(1000, 16.0, 24.0, 1200.0);
        assert!(short >= 24.0);
        assert!(long > short);
        assert!(wide < long);
    }
}
