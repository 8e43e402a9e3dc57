//! The HTML report as a browser shows it: rendered by headless Chromium
//! (Debian's `chromium`, installed by `scripts/install-system-packages.sh`),
//! the page's DOM holds the article's quotes, its speakers and its
//! contradictions, and it prints to PDF.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs headless Chromium on `page` with a fresh profile; returns stdout.
fn chromium(page: &Path, action: &[String]) -> String {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: run scripts/install-system-packages.sh (CI does) to install Debian's chromium"
    );
    let profile = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let out = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(action)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap_or_else(|e| panic!("cannot run {CHROMIUM}: {e}"));
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The sample's HTML report, written by the CLI into a temporary folder.
fn exported_sample(dir: &Path) -> PathBuf {
    let out = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(["analyze", "--format", "html"])
        .arg(common::crate_path("assets/venezuela.txt"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run counterpoint: {e}"));
    assert_eq!(out.status.code(), Some(0));
    let page = dir.join("venezuela.report.html");
    fs::write(&page, &out.stdout).unwrap_or_else(|e| panic!("{e}"));
    page
}

#[test]
fn chromium_renders_the_quotes_speakers_and_contradictions() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let page = exported_sample(dir.path());
    let dom = chromium(&page, &["--dump-dom".to_owned()]);
    assert!(
        dom.contains("<mark id=\"q2\""),
        "quotes marked in the article"
    );
    assert!(
        dom.contains("Russia has informed us that they have removed most of their people"),
        "a quote"
    );
    for speaker in [
        "Donald Trump",
        "Dmitry Peskov",
        "Kremlin",
        "Rostec spokeswoman",
    ] {
        assert!(dom.contains(speaker), "speaker {speaker}");
    }
    assert!(dom.contains("Contradictions (4)"));
    assert_eq!(dom.matches("class=\"contradiction").count(), 4);
    assert!(
        dom.contains("class=\"s0 contradicted\""),
        "contradicted passages marked"
    );

    let pdf = dir.path().join("report.pdf");
    chromium(
        &page,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_owned(),
        ],
    );
    let bytes = fs::read(&pdf).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF"), "printable to PDF");
}
