//! The window's fonts: egui's own first, then `DejaVu Sans` (bundled in
//! `assets/fonts/`: Cyrillic, Greek, Hebrew, Arabic, arrows and common
//! symbols), then a Chinese/Japanese/Korean font when the system has one
//! (too large to bundle; `scripts/install-system-packages.sh` installs one).

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// `DejaVu Sans`, bundled into the binary (licence in `assets/fonts/`).
const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Where common systems keep a font with CJK glyphs; the first found is used.
const CJK_FONTS: &[&str] = &[
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "C:\\Windows\\Fonts\\msyh.ttc",
    "C:\\Windows\\Fonts\\msgothic.ttc",
];

/// egui's fonts with the fallbacks above appended to both families.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    add_fallback(
        &mut fonts,
        "DejaVu Sans",
        FontData::from_static(DEJAVU_SANS),
    );
    if let Some(bytes) = CJK_FONTS.iter().find_map(|path| std::fs::read(path).ok()) {
        add_fallback(&mut fonts, "System CJK", FontData::from_owned(bytes));
    }
    fonts
}

/// Installs [`definitions`] in the window (takes effect from the next frame).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

fn add_fallback(fonts: &mut FontDefinitions, name: &str, data: FontData) {
    fonts.font_data.insert(name.to_owned(), Arc::new(data));
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push(name.to_owned());
    }
}
