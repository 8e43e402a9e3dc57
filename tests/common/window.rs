//! The real window, driven headless by `egui_kittest`, with the sample article open.

use egui_kittest::Harness;

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
