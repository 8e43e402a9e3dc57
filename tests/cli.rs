//! The `counterpoint` binary as a user runs it: `counterpoint analyze FILE`.
//!
//! The JSON report is checked against the contract in
//! `shared/report-format.md` (`counterpoint-report/1`), the Markdown report
//! for its headings, and bad input and bad usage for their exit codes
//! (1 and 2) and their one-line messages.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const SAMPLE: &str = "assets/venezuela.txt";
const SAMPLE_TITLE: &str =
    "Trump says Russia removed ‘most’ personnel from Venezuela, Kremlin denies";

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary from the crate's folder.
fn counterpoint<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(args)
        .current_dir(crate_dir())
        .output()
        .unwrap_or_else(|e| panic!("cannot run counterpoint: {e}"))
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `analyze FILE --json`, expects success, and parses the one JSON object it prints.
fn analyze_json(path: &Path) -> Value {
    let out = counterpoint([
        OsStr::new("analyze"),
        path.as_os_str(),
        OsStr::new("--json"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "analyze {} --json failed: {}",
        path.display(),
        stderr(&out)
    );
    serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| {
        panic!(
            "analyze {} --json did not print one JSON object: {e}\n{}",
            path.display(),
            stdout(&out)
        )
    })
}

/// The text offsets refer to: the file's text, BOM removed, line endings as `\n`.
fn loaded_text(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    text.replace("\r\n", "\n").replace('\r', "\n")
}

// ---------------------------------------------------------------------------
// The JSON contract.

/// Everything wrong with a report, measured against `counterpoint-report/1`.
fn contract_violations(report: &Value, path: &str, file: &[u8]) -> Vec<String> {
    let mut bad = Vec::new();
    let text = loaded_text(file);
    if report["format"] != "counterpoint-report/1" {
        bad.push(format!(
            "format is {}, not \"counterpoint-report/1\"",
            report["format"]
        ));
    }
    check_document(&report["document"], path, file.len(), &mut bad);
    let speaker_ids = check_speakers(&report["speakers"], &mut bad);
    let quotes = check_quotes(&report["quotes"], &speaker_ids, &text, &mut bad);
    check_contradictions(&report["contradictions"], &quotes, &mut bad);
    bad
}

fn check_document(doc: &Value, path: &str, size: usize, bad: &mut Vec<String>) {
    if doc["path"] != path {
        bad.push(format!(
            "document.path is {}, not the path as given ({path})",
            doc["path"]
        ));
    }
    if !doc["title"].is_string() {
        bad.push(format!("document.title is {}, not a string", doc["title"]));
    }
    match &doc["published"] {
        Value::Null => {}
        Value::String(date) if chrono::DateTime::parse_from_rfc3339(date).is_ok() => {}
        other => bad.push(format!(
            "document.published is {other}, not an RFC 3339 date or null"
        )),
    }
    if doc["bytes"].as_u64() != Some(size as u64) {
        bad.push(format!(
            "document.bytes is {}, the file has {size} bytes",
            doc["bytes"]
        ));
    }
}

/// Checks the speakers; returns their ids.
fn check_speakers(speakers: &Value, bad: &mut Vec<String>) -> Vec<String> {
    let Some(speakers) = speakers.as_array() else {
        bad.push("speakers is not an array".to_owned());
        return Vec::new();
    };
    let ids: Vec<String> = (1..=speakers.len()).map(|i| format!("s{i}")).collect();
    for (s, id) in speakers.iter().zip(&ids) {
        let who = format!("speaker {id} ({})", s["name"]);
        if s["id"] != id.as_str() {
            bad.push(format!("{who}: id is {}, expected \"{id}\"", s["id"]));
        }
        if s["name"].as_str().is_none_or(|n| n.trim().is_empty()) {
            bad.push(format!("{who}: name is not a non-empty string"));
        }
        if !matches!(
            s["kind"].as_str(),
            Some("person" | "organization" | "group" | "unknown")
        ) {
            bad.push(format!("{who}: kind is {}", s["kind"]));
        }
        if !(s["role"].is_null() || s["role"].is_string()) {
            bad.push(format!(
                "{who}: role is {}, not a string or null",
                s["role"]
            ));
        }
        match &s["affiliation"] {
            Value::Null => {}
            Value::String(a) if ids.contains(a) && a != id => {}
            other => bad.push(format!(
                "{who}: affiliation is {other}, not another speaker's id or null"
            )),
        }
        if !s["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string))
        {
            bad.push(format!(
                "{who}: aliases is {}, not an array of strings",
                s["aliases"]
            ));
        }
    }
    ids
}

/// A quote as the contradictions need it: id, speaker, start.
struct QuoteRef {
    id: String,
    speaker: Option<String>,
    start: u64,
}

fn check_quotes(
    quotes: &Value,
    speaker_ids: &[String],
    text: &str,
    bad: &mut Vec<String>,
) -> Vec<QuoteRef> {
    let Some(quotes) = quotes.as_array() else {
        bad.push("quotes is not an array".to_owned());
        return Vec::new();
    };
    let mut refs = Vec::new();
    let mut previous = (0, 0);
    for (i, q) in quotes.iter().enumerate() {
        let id = format!("q{}", i + 1);
        if q["id"] != id.as_str() {
            bad.push(format!("quote {id}: id is {}", q["id"]));
        }
        match &q["speaker"] {
            Value::Null => {}
            Value::String(s) if speaker_ids.contains(s) => {}
            other => bad.push(format!(
                "quote {id}: speaker is {other}, not a speaker id or null"
            )),
        }
        if !matches!(q["kind"].as_str(), Some("direct" | "indirect" | "mixed")) {
            bad.push(format!("quote {id}: kind is {}", q["kind"]));
        }
        if !(q["cue"].is_null() || q["cue"].is_string()) {
            bad.push(format!(
                "quote {id}: cue is {}, not a string or null",
                q["cue"]
            ));
        }
        if !q["confidence"]
            .as_f64()
            .is_some_and(|c| (0.0..=1.0).contains(&c))
        {
            bad.push(format!(
                "quote {id}: confidence is {}, not a number from 0 to 1",
                q["confidence"]
            ));
        }
        let (Some(start), Some(end)) = (q["start"].as_u64(), q["end"].as_u64()) else {
            bad.push(format!(
                "quote {id}: start/end are {}/{}, not byte offsets",
                q["start"], q["end"]
            ));
            continue;
        };
        let slice = usize::try_from(start)
            .ok()
            .zip(usize::try_from(end).ok())
            .and_then(|(s, e)| text.get(s..e));
        match slice {
            None => bad.push(format!(
                "quote {id}: {start}..{end} is not a span of the text on character boundaries ({} bytes)",
                text.len()
            )),
            Some(slice) if q["text"] != slice => {
                bad.push(format!("quote {id}: text is {}, but {start}..{end} holds {slice:?}", q["text"]));
            }
            Some(_) => {}
        }
        if (start, end) < previous {
            bad.push(format!("quote {id} ({start}..{end}) comes before the quote ahead of it: not in document order"));
        }
        previous = (start, end);
        refs.push(QuoteRef {
            id,
            speaker: q["speaker"].as_str().map(str::to_owned),
            start,
        });
    }
    refs
}

fn check_contradictions(contradictions: &Value, quotes: &[QuoteRef], bad: &mut Vec<String>) {
    let Some(contradictions) = contradictions.as_array() else {
        bad.push("contradictions is not an array".to_owned());
        return;
    };
    let quote = |v: &Value| quotes.iter().find(|q| v == q.id.as_str());
    for (i, c) in contradictions.iter().enumerate() {
        let id = format!("c{}", i + 1);
        if c["id"] != id.as_str() {
            bad.push(format!("contradiction {id}: id is {}", c["id"]));
        }
        match (quote(&c["a"]), quote(&c["b"])) {
            (Some(a), Some(b)) => {
                if a.speaker.is_none() || b.speaker.is_none() || a.speaker == b.speaker {
                    bad.push(format!(
                        "contradiction {id}: {} ({:?}) and {} ({:?}) are not quotes of two different speakers",
                        a.id, a.speaker, b.id, b.speaker
                    ));
                }
                if a.start <= b.start {
                    bad.push(format!(
                        "contradiction {id}: a ({}) is not the later passage, b ({}) is",
                        a.id, b.id
                    ));
                }
            }
            _ => bad.push(format!(
                "contradiction {id}: a/b are {}/{}, not quote ids",
                c["a"], c["b"]
            )),
        }
        if !matches!(
            c["kind"].as_str(),
            Some("denial" | "dispute" | "conflicting-figures" | "negation")
        ) {
            bad.push(format!("contradiction {id}: kind is {}", c["kind"]));
        }
        for field in ["cue", "explanation"] {
            if c[field].as_str().is_none_or(|s| s.trim().is_empty()) {
                bad.push(format!(
                    "contradiction {id}: {field} is {}, not a non-empty string",
                    c[field]
                ));
            }
        }
        if !c["confidence"]
            .as_f64()
            .is_some_and(|x| (0.0..=1.0).contains(&x))
        {
            bad.push(format!(
                "contradiction {id}: confidence is {}, not a number from 0 to 1",
                c["confidence"]
            ));
        }
    }
}

#[test]
fn analyze_json_prints_one_report_that_follows_the_contract() {
    let report = analyze_json(Path::new(SAMPLE));
    let file = std::fs::read(crate_dir().join(SAMPLE))
        .unwrap_or_else(|e| panic!("cannot read {SAMPLE}: {e}"));
    let bad = contract_violations(&report, SAMPLE, &file);
    assert!(
        bad.is_empty(),
        "the report breaks counterpoint-report/1:\n  - {}",
        bad.join("\n  - ")
    );
    assert_eq!(report["document"]["title"], SAMPLE_TITLE);
    let count = |key: &str| report[key].as_array().map_or(0, Vec::len);
    assert!(
        count("speakers") > 0 && count("quotes") > 0,
        "the sample has speakers and quotes:\n{report:#}"
    );
}

#[test]
fn analyze_format_md_prints_markdown() {
    let out = counterpoint(["analyze", SAMPLE, "--format", "md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(
        md.starts_with(&format!("# {SAMPLE_TITLE}\n")),
        "the title is the first heading:\n{md}"
    );
    for heading in ["## Speakers", "## Contradictions"] {
        assert!(
            md.lines().any(|l| l == heading),
            "no “{heading}” section:\n{md}"
        );
    }
    for speaker in ["Donald Trump", "Dmitry Peskov", "Rostec"] {
        assert!(
            md.contains(&format!("### {speaker}")),
            "no heading for {speaker}:\n{md}"
        );
    }
}

#[test]
fn crlf_and_bom_give_the_same_quotes_as_lf() {
    let article =
        std::fs::read_to_string(crate_dir().join("tests/fixtures/direct_split_quote.txt"))
            .unwrap_or_else(|e| panic!("cannot read the fixture: {e}"));
    let lf = loaded_text(article.as_bytes());
    let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
        path
    };
    let (lf_path, crlf_path) = (write("lf.txt", &lf), write("crlf-bom.txt", &crlf));
    let (lf_report, crlf_report) = (analyze_json(&lf_path), analyze_json(&crlf_path));

    let bad = contract_violations(
        &crlf_report,
        &crlf_path.display().to_string(),
        crlf.as_bytes(),
    );
    assert!(
        bad.is_empty(),
        "the CRLF + BOM report breaks the contract:\n  - {}",
        bad.join("\n  - ")
    );
    let quotes = |report: &Value| -> Vec<(Value, Value, Value, Value)> {
        report["quotes"]
            .as_array()
            .map(|qs| {
                qs.iter()
                    .map(|q| {
                        (
                            q["text"].clone(),
                            q["kind"].clone(),
                            q["speaker"].clone(),
                            q["start"].clone(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(!quotes(&lf_report).is_empty(), "the fixture has quotes");
    assert_eq!(
        quotes(&crlf_report),
        quotes(&lf_report),
        "CRLF + BOM changed the quotes"
    );
    assert_eq!(
        crlf_report["speakers"], lf_report["speakers"],
        "CRLF + BOM changed the speakers"
    );
}

// ---------------------------------------------------------------------------
// Bad input: exit code 1, one line on stderr naming the file, nothing on stdout.

fn assert_bad_input(path: &Path, must_mention: &[&str]) {
    let out = counterpoint([
        OsStr::new("analyze"),
        path.as_os_str(),
        OsStr::new("--json"),
    ]);
    let err = stderr(&out);
    let shown = path.display();
    assert_eq!(
        out.status.code(),
        Some(1),
        "analyze {shown}: exit code (stderr: {err})"
    );
    assert!(
        out.stdout.is_empty(),
        "analyze {shown}: printed on stdout: {}",
        stdout(&out)
    );
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.len() == 1 && !lines[0].trim().is_empty(),
        "analyze {shown}: expected one line on stderr, got {err:?}"
    );
    let name = path
        .file_name()
        .map_or_else(|| shown.to_string(), |n| n.to_string_lossy().into_owned());
    assert!(
        err.contains(&name),
        "analyze {shown}: the message does not name the file: {err}"
    );
    for word in must_mention {
        assert!(
            err.contains(word),
            "analyze {shown}: the message does not say “{word}”: {err}"
        );
    }
}

fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
    (dir, path)
}

#[test]
fn missing_file_is_bad_input() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    assert_bad_input(&dir.path().join("no-such-article.txt"), &[]);
}

#[test]
fn directory_is_bad_input() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("cannot create a folder: {e}"));
    assert_bad_input(&folder, &[]);
}

#[test]
fn empty_file_is_bad_input() {
    let (_dir, path) = temp_file("empty.txt", b"");
    assert_bad_input(&path, &[]);
}

#[test]
fn whitespace_only_file_is_bad_input() {
    let (_dir, path) = temp_file("blank.txt", b"  \n\t\r\n   \n");
    assert_bad_input(&path, &[]);
}

#[test]
fn png_file_is_bad_input_named_as_png() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(b"\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0junk");
    let (_dir, path) = temp_file("photo.txt", &png);
    assert_bad_input(&path, &["PNG"]);
}

#[test]
fn latin1_file_is_decoded() {
    let latin1 = b"Caf\xe9 owners in Montr\xe9al say rents doubled\n\nThe owners of the caf\xe9 said rents had doubled.\n";
    let (_dir, path) = temp_file("latin1.txt", latin1);
    let out = counterpoint(["analyze", path.to_str().unwrap_or_default(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap_or_default();
    assert_eq!(
        report["document"]["title"].as_str(),
        Some("Café owners in Montréal say rents doubled")
    );
}

// ---------------------------------------------------------------------------
// Usage: exit code 2 for mistakes, 0 for help.

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = counterpoint(["analyze", SAMPLE, "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    assert!(out.stdout.is_empty(), "printed on stdout: {}", stdout(&out));
}

#[test]
fn analyze_without_a_file_is_a_usage_error() {
    let out = counterpoint(["analyze"]);
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    assert!(out.stdout.is_empty(), "printed on stdout: {}", stdout(&out));
}

#[test]
fn help_mentions_analyze() {
    let out = counterpoint(["--help"]);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert!(
        stdout(&out).contains("analyze"),
        "help does not mention analyze:\n{}",
        stdout(&out)
    );
}
