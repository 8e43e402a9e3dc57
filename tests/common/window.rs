//! The real window, driven headless by `egui_kittest`, with the sample article open.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use counterpoint::app::CounterpointApp;

/// The app under test.
pub type App = Harness<'static, CounterpointApp>;

/// The bundled sample article.
pub fn sample() -> std::path::PathBuf {
    super::crate_path("assets/venezuela.txt")
}

/// The real app with the sample open, in a window of `width` × `height` points.
pub fn app_with_sample(width: f32, height: f32) -> App {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(width, height))
        // An error banner sliding in after a background open settles in ~6 frames.
        .with_max_steps(12)
        .build_eframe(|_cc| CounterpointApp::new(Some(sample())));
    harness.run();
    let state = harness.state().state();
    assert!(
        state.article.is_some(),
        "sample did not load: {:?}",
        state.error
    );
    assert!(
        state.error.is_none(),
        "error after loading the sample: {:?}",
        state.error
    );
    harness
}

/// Selects everything in the path field, types `text`, clicks "Open".
pub fn open_via_path_field(harness: &mut App, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "Path:")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Path:")
        .type_text(text);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Open").click();
    harness.run();
}
