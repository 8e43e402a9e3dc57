//! Colours and text styles: the speaker palette, the contradiction mark, and
//! the reading column.
//!
//! Speaker colours are background tints behind the quoted words. The hues
//! follow Paul Tol's "light" scheme (itself close to Okabe–Ito), chosen to stay
//! apart for the common colour-vision deficiencies; each hue has a pale tint
//! for light mode (under dark text) and a deep tint for dark mode (under light
//! text), both with a text contrast of at least 4.5:1. Colour is never the
//! only signal: contradictions are *underlined* as well as coloured, and the
//! selection is *outlined*. `tests/colour_vision.rs` checks the palette
//! under simulated protanopia, deuteranopia and tritanopia.

use egui::{Color32, Stroke, Visuals};

use crate::engine::SpeakerId;

/// One speaker colour: a tint for each theme.
#[derive(Debug, Clone, Copy)]
struct Tint {
    /// Behind dark text, in light mode.
    light: Color32,
    /// Behind light text, in dark mode.
    dark: Color32,
}

const fn tint(light: [u8; 3], dark: [u8; 3]) -> Tint {
    Tint {
        light: Color32::from_rgb(light[0], light[1], light[2]),
        dark: Color32::from_rgb(dark[0], dark[1], dark[2]),
    }
}

/// Ten speaker tints, in the order speakers are given them.
const PALETTE: [Tint; 10] = [
    tint([0xA9, 0xCB, 0xEE], [0x1F, 0x4E, 0x79]), // light blue
    tint([0xF5, 0xB8, 0x9F], [0x84, 0x3A, 0x1E]), // orange
    tint([0x8F, 0xD9, 0xC4], [0x1B, 0x62, 0x50]), // mint
    tint([0xF0, 0xE2, 0x9E], [0x66, 0x57, 0x10]), // light yellow
    tint([0xFF, 0xC6, 0xD1], [0x76, 0x2C, 0x48]), // pink
    tint([0xE4, 0xC1, 0xF9], [0x5E, 0x2A, 0x84]), // purple
    tint([0xD6, 0xE0, 0x85], [0x4F, 0x5A, 0x14]), // pear
    tint([0xC8, 0xD3, 0xDC], [0x3D, 0x4F, 0x5C]), // steel
    tint([0xE3, 0xC8, 0xA8], [0x66, 0x46, 0x28]), // sand
    tint([0xC4, 0xD4, 0x6A], [0x55, 0x55, 0x0A]), // olive
];

/// Tint for quotes whose speaker is unknown: neutral grey.
const UNATTRIBUTED: Tint = tint([0xDD, 0xDD, 0xDD], [0x4A, 0x4A, 0x4A]);

/// Number of distinct speaker colours before they repeat.
pub const PALETTE_LEN: usize = PALETTE.len();

/// The background tint of a speaker's quotes (grey for `None`, unattributed).
pub fn speaker_fill(speaker: Option<SpeakerId>, dark_mode: bool) -> Color32 {
    let tint = speaker.map_or(UNATTRIBUTED, |s| PALETTE[s.0 % PALETTE.len()]);
    if dark_mode { tint.dark } else { tint.light }
}

/// The colour of the contradiction mark: vermillion (Okabe–Ito), lighter in
/// dark mode.
pub fn contradiction_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xFF, 0x8A, 0x50)
    } else {
        Color32::from_rgb(0xC0, 0x39, 0x00)
    }
}

/// The underline drawn under passages that take part in a contradiction.
pub fn contradiction_underline(dark_mode: bool) -> Stroke {
    Stroke::new(2.0, contradiction_color(dark_mode))
}

/// The outline drawn around the selected passage.
pub fn selection_stroke(visuals: &Visuals) -> Stroke {
    Stroke::new(2.0, reading_color(visuals))
}

/// The fill behind words selected by dragging: the theme's own selection
/// colour, so it reads as "selected text" as in any text field.
pub fn text_selection_fill(visuals: &Visuals) -> Color32 {
    visuals.selection.bg_fill
}

/// The thin frame around words selected by dragging: with it the selection
/// stays apart from a blue speaker tint without relying on the colour.
pub fn text_selection_stroke(visuals: &Visuals) -> Stroke {
    Stroke::new(1.0, visuals.selection.stroke.color)
}

/// The dashed outline around a passage an editor added or reassigned.
pub fn edited_stroke(visuals: &Visuals) -> Stroke {
    Stroke::new(1.5, reading_color(visuals))
}

/// Text colour for reading: near black or near white, stronger than egui's
/// default label colour so that it stays legible on every tint.
pub fn reading_color(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(0xE6)
    } else {
        Color32::from_gray(0x1E)
    }
}

/// Size of body text, in points.
pub const BODY_SIZE: f32 = 17.0;
/// Size of the headline, in points.
pub const TITLE_SIZE: f32 = 28.0;
/// Size of page furniture ("3 min read"), in points.
pub const FURNITURE_SIZE: f32 = 12.0;
/// Size of secondary text (tags, cues, explanations), in points: smaller
/// than egui's "small" style, which is hard to read.
pub const NOTE_SIZE: f32 = 12.5;
/// Line height as a multiple of the font size, for body text.
pub const LINE_SPACING: f32 = 1.6;
/// Widest reading column, in points (about 70 characters of body text).
pub const COLUMN_MAX_WIDTH: f32 = 640.0;

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance of an sRGB colour.
    fn luminance(c: Color32) -> f32 {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f32 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_stays_readable_on_every_tint() {
        for (i, tint) in PALETTE.iter().chain([&UNATTRIBUTED]).enumerate() {
            let light = contrast(tint.light, reading_color(&Visuals::light()));
            let dark = contrast(tint.dark, reading_color(&Visuals::dark()));
            assert!(light >= 4.5, "light tint {i}: contrast {light}");
            assert!(dark >= 4.5, "dark tint {i}: contrast {dark}");
        }
    }

    #[test]
    fn tints_differ_from_each_other() {
        for (i, a) in PALETTE.iter().enumerate() {
            for b in &PALETTE[i + 1..] {
                assert_ne!(a.light, b.light);
                assert_ne!(a.dark, b.dark);
            }
        }
    }
}
