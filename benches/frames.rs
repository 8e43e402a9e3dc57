//! The window's speed, driving the real UI headless with `egui_kittest`:
//! time to the first screen with highlights (sample, 1 MB article), and the UI
//! work per frame while scrolling a 1 MB article (percentiles).
//!
//! `cargo bench --bench frames`
//!
//! Frames here are egui's UI work (layout, hit-testing, building shapes),
//! without the GPU upload that a real window adds.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{SAMPLE, article_of, corpus_body};
use counterpoint::app::CounterpointApp;
use egui_kittest::Harness;

/// Window size, in points.
const WINDOW: egui::Vec2 = egui::vec2(1280.0, 820.0);
/// Frames measured while scrolling.
const SCROLL_FRAMES: usize = 400;

/// Opens `path` in a fresh window and steps until its article is on screen;
/// returns the harness and the time that took.
fn first_screen(path: &Path) -> (Harness<'static, CounterpointApp>, Duration) {
    let start = Instant::now();
    let owned = path.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .build_eframe(move |_cc| CounterpointApp::new(Some(owned)));
    while harness.state().state().article.is_none() {
        if start.elapsed() > Duration::from_mins(2) || harness.state().state().error.is_some() {
            eprintln!(
                "cannot open {}: {:?}",
                path.display(),
                harness.state().state().error
            );
            std::process::exit(1);
        }
        std::thread::sleep(Duration::from_millis(1));
        harness.step();
    }
    // One more frame draws the article that arrived.
    harness.step();
    (harness, start.elapsed())
}

/// The `p`-th percentile of sorted durations, in milliseconds.
fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "an index into a short list"
    )]
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// Scrolls down the article pane frame by frame, timing each frame.
fn scroll_frames(harness: &mut Harness<'static, CounterpointApp>) -> Vec<Duration> {
    let over_article = egui::pos2(WINDOW.x * 0.3, WINDOW.y * 0.5);
    harness.hover_at(over_article);
    harness.step();
    let mut times = Vec::with_capacity(SCROLL_FRAMES);
    for _ in 0..SCROLL_FRAMES {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -240.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        });
        let start = Instant::now();
        harness.step();
        times.push(start.elapsed());
    }
    times.sort();
    times
}

fn report(label: &str, times: &[Duration]) {
    println!(
        "{label:<34} p50 {:6.2} ms   p90 {:6.2} ms   p99 {:6.2} ms   max {:6.2} ms   ({} frames)",
        percentile(times, 0.5),
        percentile(times, 0.9),
        percentile(times, 0.99),
        percentile(times, 1.0),
        times.len()
    );
}

fn main() {
    // `cargo test --benches` runs benchmarks with `--bench` absent: do nothing then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let Ok(dir) = tempfile::tempdir() else {
        eprintln!("cannot make a temporary folder");
        std::process::exit(1);
    };
    let sample = dir.path().join("sample.txt");
    let long = dir.path().join("long.txt");
    let written = std::fs::write(&sample, SAMPLE)
        .and_then(|()| std::fs::write(&long, article_of(&corpus_body(), 1_000_000)));
    if let Err(e) = written {
        eprintln!("cannot write the articles: {e}");
        std::process::exit(1);
    }

    let (_, sample_time) = first_screen(&sample);
    println!(
        "first screen, sample (2.7 kB)         {:7.1} ms (open, analyse, first frame)",
        sample_time.as_secs_f64() * 1000.0
    );
    let (mut harness, long_time) = first_screen(&long);
    println!(
        "first screen, 1 MB article            {:7.1} ms (open, analyse in the background, first frame)",
        long_time.as_secs_f64() * 1000.0
    );
    let idle: Vec<Duration> = {
        let mut t: Vec<Duration> = (0..60)
            .map(|_| {
                let start = Instant::now();
                harness.step();
                start.elapsed()
            })
            .collect();
        t.sort();
        t
    };
    report("idle frames, 1 MB article", &idle);
    report(
        "scrolling frames, 1 MB article",
        &scroll_frames(&mut harness),
    );
}
