//! `counterpoint analyze` with editors' corrections beside the article: they
//! are applied (JSON, Markdown, HTML), `--ignore-corrections` leaves them
//! out, and an unreadable sidecar gives a warning and is left untouched.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use counterpoint::corrections::{Correction, Edit, QuoteAnchor, Sidecar, sidecar};
use serde_json::Value;

const PESKOV: &str = "This process is going according to plan";

fn run(args: &[&str], file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .arg("analyze")
        .arg(file)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run counterpoint: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The sample copied into a temporary folder, with a sidecar that gives
/// Peskov's quote to Vladimir Putin and one correction that cannot be placed.
fn corrected_sample() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let article = dir.path().join("venezuela.txt");
    let text = fs::read_to_string(common::crate_path("assets/venezuela.txt")).unwrap_or_default();
    fs::write(&article, &text).unwrap_or_else(|e| panic!("{e}"));
    let start = text.find(PESKOV).unwrap_or_default();
    let mut stored = Sidecar::new("venezuela.txt");
    stored
        .corrections
        .push(Correction::now(Edit::ReassignQuote {
            quote: QuoteAnchor {
                text: PESKOV.to_owned(),
                start,
                speaker: None,
            },
            speaker: "Vladimir Putin".to_owned(),
        }));
    stored.corrections.push(Correction::now(Edit::DeleteQuote {
        quote: QuoteAnchor {
            text: "words that were never in the article".to_owned(),
            start: 0,
            speaker: None,
        },
    }));
    sidecar::save(&sidecar::path_for(&article), &stored).unwrap_or_else(|e| panic!("{e}"));
    (dir, article)
}

fn json(out: &Output) -> Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("not JSON: {e}"))
}

/// The name of the speaker of the quote whose text contains `words`.
fn speaker_of(report: &Value, words: &str) -> String {
    let quotes = report["quotes"].as_array().cloned().unwrap_or_default();
    let quote = quotes
        .iter()
        .find(|q| q["text"].as_str().is_some_and(|t| t.contains(words)));
    let id = quote.map_or(Value::Null, |q| q["speaker"].clone());
    let speakers = report["speakers"].as_array().cloned().unwrap_or_default();
    speakers
        .iter()
        .find(|s| s["id"] == id)
        .and_then(|s| s["name"].as_str())
        .unwrap_or("")
        .to_owned()
}

#[test]
fn analyze_applies_the_corrections_and_reports_the_unplaced_ones() {
    let (_dir, article) = corrected_sample();
    let out = run(&["--json"], &article);
    let report = json(&out);
    assert_eq!(report["format"], "counterpoint-report/1");
    assert_eq!(speaker_of(&report, PESKOV), "Vladimir Putin");
    let edited: Vec<&Value> = report["quotes"]
        .as_array()
        .map(|q| q.iter().filter(|q| q["edited"] == true).collect())
        .unwrap_or_default();
    assert_eq!(edited.len(), 1);
    assert_eq!(report["corrections"]["applied"], 1);
    assert_eq!(
        report["corrections"]["unplaced"][0]["correction"]["edit"],
        "delete-quote"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("could not be placed"), "{stderr}");

    let md = run(&["--format", "md"], &article);
    assert!(stdout(&md).contains("Vladimir Putin"));
    assert!(stdout(&md).contains("edited by hand"));
}

#[test]
fn ignore_corrections_gives_the_engine_analysis() {
    let (_dir, article) = corrected_sample();
    let report = json(&run(&["--json", "--ignore-corrections"], &article));
    assert_eq!(speaker_of(&report, PESKOV), "Dmitry Peskov");
    assert!(report.get("corrections").is_none());
    assert!(!stdout(&run(&["--ignore-corrections"], &article)).contains("\"edited\""));
}

#[test]
fn an_unreadable_sidecar_is_warned_about_and_left_untouched() {
    let (_dir, article) = corrected_sample();
    let path = sidecar::path_for(&article);
    fs::write(&path, b"{ not json").unwrap_or_default();
    let out = run(&["--json"], &article);
    let report = json(&out);
    assert_eq!(speaker_of(&report, PESKOV), "Dmitry Peskov");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("damaged"), "{stderr}");
    assert_eq!(fs::read(&path).unwrap_or_default(), b"{ not json");
}

#[test]
fn html_is_one_escaped_page_for_one_article() {
    let (dir, article) = corrected_sample();
    let out = run(&["--format", "html"], &article);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("Vladimir Putin"));
    assert!(page.contains("class=\"tag edited-tag\""));
    assert!(!page.contains("<script"), "no script");
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing fetched"
    );
    assert!(page.contains("@media print"));
    let again = run(&["--format", "html"], dir.path());
    assert_eq!(
        again.status.code(),
        Some(2),
        "a folder gives several articles"
    );
}
