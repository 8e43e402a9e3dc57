//! Long articles open on a background thread: the window stays usable, shows
//! the progress, keeps the previous article meanwhile, and stops the work when
//! the reader opens another file or presses "Cancel".

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::window::{App, app_with_sample, open_via_path_field, sample};
use counterpoint::app::state::DEFAULT_INLINE_LIMIT;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;

/// Writes the sample over and over into `dir/long.txt` until it is larger
/// than the window opens at once.
fn long_article(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(sample()).unwrap_or_default();
    assert!(!text.is_empty(), "the sample article is missing");
    let copies = usize::try_from(DEFAULT_INLINE_LIMIT).unwrap_or(usize::MAX) / text.len() + 2;
    let path = dir.join("long.txt");
    assert!(std::fs::write(&path, text.repeat(copies)).is_ok());
    path
}

/// The path of the article on display.
fn shown(harness: &App) -> Option<PathBuf> {
    let state = harness.state().state();
    state.article.as_ref().map(|a| a.document.path.clone())
}

/// Runs frames until the background open is over (at most a minute).
fn wait_for_loading(harness: &mut App) {
    let start = Instant::now();
    while harness.state().state().loading.is_some() {
        assert!(
            start.elapsed() < Duration::from_mins(2),
            "the article never finished opening"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.step();
    }
    harness.run();
}

#[test]
fn a_long_article_opens_in_the_background_with_progress() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot make a temporary folder");
    };
    let long = long_article(dir.path());
    open_via_path_field(&mut harness, &long.display().to_string());

    assert!(
        harness.state().state().loading.is_some(),
        "a long file should open in the background"
    );
    assert_eq!(
        shown(&harness),
        Some(sample()),
        "the previous article stays on display"
    );
    assert!(
        harness.query_by_label_contains("long.txt…").is_some(),
        "the progress line names the file"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Cancel")
            .is_some()
    );

    wait_for_loading(&mut harness);
    let state = harness.state().state();
    assert_eq!(state.error, None);
    assert_eq!(shown(&harness), Some(long));
    let quotes = harness
        .state()
        .state()
        .analysis()
        .map_or(0, |a| a.quotes.len());
    assert!(
        quotes > 20,
        "the long article has the sample's quotes many times over, got {quotes}"
    );
    assert!(
        harness.query_by_label_contains("Analysed in").is_some(),
        "the status bar gives the background analysis time"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Cancel")
            .is_none()
    );
}

#[test]
fn opening_another_file_cancels_the_background_work() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot make a temporary folder");
    };
    let long = long_article(dir.path());
    open_via_path_field(&mut harness, &long.display().to_string());
    let progress = harness
        .state()
        .state()
        .loading
        .as_ref()
        .map(|l| Arc::clone(&l.progress));
    assert!(
        progress.is_some(),
        "a long file should open in the background"
    );

    let small = dir.path().join("small.txt");
    assert!(
        std::fs::write(
            &small,
            "A short headline\n\n\"We are fine,\" Jane Roe said.\n"
        )
        .is_ok()
    );
    open_via_path_field(&mut harness, &small.display().to_string());
    assert!(
        progress.is_some_and(|p| p.is_cancelled()),
        "the long open was not cancelled"
    );
    assert!(harness.state().state().loading.is_none());
    assert_eq!(shown(&harness), Some(small.clone()));

    // The cancelled work never replaces what is shown.
    std::thread::sleep(Duration::from_millis(300));
    harness.run();
    assert_eq!(shown(&harness), Some(small));
}

#[test]
fn cancel_keeps_the_previous_article() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot make a temporary folder");
    };
    let long = long_article(dir.path());
    open_via_path_field(&mut harness, &long.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Cancel")
        .click();
    harness.run();

    let state = harness.state().state();
    assert!(state.loading.is_none());
    assert_eq!(state.error, None);
    assert_eq!(shown(&harness), Some(sample()));
}

#[test]
fn a_bad_long_file_reports_its_error_from_the_background() {
    let mut harness = app_with_sample(1280.0, 800.0);
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot make a temporary folder");
    };
    // Large enough to go to the background, and binary: a PNG signature first.
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.resize(
        usize::try_from(DEFAULT_INLINE_LIMIT).unwrap_or(1 << 20) + 1024,
        0,
    );
    let png = dir.path().join("photo.txt");
    assert!(std::fs::write(&png, bytes).is_ok());
    open_via_path_field(&mut harness, &png.display().to_string());
    wait_for_loading(&mut harness);

    assert!(
        harness.query_by_label_contains("PNG image").is_some(),
        "error: {:?}",
        harness.state().state().error
    );
    assert_eq!(shown(&harness), Some(sample()));
}

#[test]
fn the_first_article_opening_in_the_background_is_named_in_the_empty_window() {
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot make a temporary folder");
    };
    let long = long_article(dir.path());
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(12)
        .build_eframe(move |_cc| counterpoint::app::CounterpointApp::new(Some(long)));
    harness.step();
    assert!(harness.state().state().loading.is_some());
    assert!(
        harness
            .query_by_label_contains("Opening long.txt…")
            .is_some()
    );
    wait_for_loading(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Opening long.txt…")
            .is_none()
    );
}
