//! `counterpoint analyze` on several files or a folder: JSON Lines in path
//! order, one stderr line per bad file, exit code 1 when any file failed.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// Three short articles, written for these tests, named so that their path
/// order differs from the order they are written in.
const ARTICLES: &[(&str, &str)] = &[
    (
        "b-harbour.txt",
        "Harbour reopens after storm\n\n\
         The harbour reopened on Monday, the port authority said.\n\n\
         \u{201c}We expect ships to return by the weekend,\u{201d} said Maria Lopez, the harbour master.\n",
    ),
    (
        "a-budget.txt",
        "Council passes budget\n\n\
         \u{201c}This budget protects every school in the city,\u{201d} Mayor John Carter said on Tuesday.\n\n\
         Councillor Ana Silva denied that claim. \u{201c}Three schools lose funding,\u{201d} she said.\n",
    ),
    (
        "sub/c-bridge.md",
        "# Bridge closed for repairs\n\n\
         The old bridge will stay closed until March, engineers said on Friday.\n\n\
         \u{201c}Safety comes first,\u{201d} said Tom Reed, the city engineer.\n",
    ),
];

fn counterpoint<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run counterpoint: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A temp folder holding [`ARTICLES`]; returns it and the article paths in path order.
fn article_folder() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let mut paths = Vec::new();
    for (name, text) in ARTICLES {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .unwrap_or_else(|e| panic!("cannot create a folder: {e}"));
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
        paths.push(path);
    }
    paths.sort();
    (dir, paths)
}

/// Parses JSON Lines, checking each line is a `counterpoint-report/1` report,
/// and returns the reports' `document.path`s.
fn report_paths(out: &Output) -> Vec<String> {
    stdout(out)
        .lines()
        .map(|line| {
            let report: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("not one JSON object per line: {e}\n{line}"));
            assert_eq!(report["format"], "counterpoint-report/1", "{line}");
            assert!(report["speakers"].is_array(), "{line}");
            assert!(report["quotes"].is_array(), "{line}");
            assert!(report["contradictions"].is_array(), "{line}");
            report["document"]["path"]
                .as_str()
                .unwrap_or_else(|| panic!("no document.path: {line}"))
                .to_owned()
        })
        .collect()
}

fn display(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|p| p.display().to_string()).collect()
}

#[test]
fn folder_with_an_empty_file_reports_the_others_and_exits_1() {
    let (dir, paths) = article_folder();
    let empty = dir.path().join("a-empty.txt");
    std::fs::write(&empty, b"").unwrap_or_else(|e| panic!("cannot write the empty file: {e}"));
    // Not an article file: ignored when the folder is expanded.
    std::fs::write(dir.path().join("notes.json"), b"{}")
        .unwrap_or_else(|e| panic!("cannot write notes.json: {e}"));

    let out = counterpoint([OsStr::new("analyze"), dir.path().as_os_str()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "exit code (stderr: {err})");
    assert_eq!(report_paths(&out), display(&paths));
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line on stderr, got {err:?}");
    assert!(
        lines[0].starts_with("counterpoint: ") && lines[0].contains("a-empty.txt"),
        "stderr does not name the empty file: {err:?}"
    );
    assert!(
        lines[0].contains("empty"),
        "stderr does not say why: {err:?}"
    );
}

#[test]
fn two_good_files_print_two_lines_and_exit_0() {
    let (_dir, paths) = article_folder();
    // Given in reverse: the output is still in path order.
    let out = counterpoint([
        OsStr::new("analyze"),
        paths[1].as_os_str(),
        paths[0].as_os_str(),
        OsStr::new("--json"),
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(out.stderr.is_empty(), "stderr: {}", stderr(&out));
    assert_eq!(report_paths(&out), display(&paths[..2]));
}

#[test]
fn output_is_the_same_on_every_run() {
    let (dir, _paths) = article_folder();
    let first = counterpoint([OsStr::new("analyze"), dir.path().as_os_str()]);
    let second = counterpoint([OsStr::new("analyze"), dir.path().as_os_str()]);
    assert_eq!(first.status.code(), Some(0), "stderr: {}", stderr(&first));
    assert_eq!(stdout(&first).lines().count(), ARTICLES.len());
    assert_eq!(stdout(&first), stdout(&second));
}

#[test]
fn markdown_reports_are_separated_by_rules() {
    let (dir, _paths) = article_folder();
    let out = counterpoint([
        OsStr::new("analyze"),
        dir.path().as_os_str(),
        OsStr::new("--format"),
        OsStr::new("md"),
    ]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(
        text.lines().filter(|l| *l == "---").count(),
        ARTICLES.len() - 1
    );
    assert_eq!(
        text.lines().filter(|l| l.starts_with("# ")).count(),
        ARTICLES.len()
    );
}

#[test]
fn empty_folder_is_bad_input() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let out = counterpoint([OsStr::new("analyze"), dir.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(&out));
    assert_eq!(stderr(&out).lines().count(), 1, "stderr: {}", stderr(&out));
}

#[test]
fn one_file_still_prints_one_pretty_object() {
    let (_dir, paths) = article_folder();
    let out = counterpoint([OsStr::new("analyze"), paths[0].as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().count() > 1, "expected pretty JSON: {text}");
    let report: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(report["format"], "counterpoint-report/1");
    assert!(
        Path::new(report["document"]["path"].as_str().unwrap_or_default())
            .ends_with("a-budget.txt")
    );
}
