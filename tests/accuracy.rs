//! Accuracy on the annotated corpora, scored as `shared/eval/score.py` scores
//! `counterpoint analyze FILE --json`, but in-process (`tests/common/gold.rs`).
//!
//! Each corpus prints score.py's summary line and must stay above floors set a
//! little under the numbers the engine reaches, so that a real regression
//! fails while a small shift does not. Raise a floor when the engine improves.
//! A corpus folder that is absent (`../shared/` beside the crate) is skipped.
//!
//! ```text
//! cargo test --test accuracy -- --nocapture                # summary lines
//! cargo test --test accuracy -- --ignored --nocapture      # every article's misses
//! COUNTERPOINT_ACCURACY_VERBOSE=1 cargo test --test accuracy -- --nocapture   # both
//! ```

mod common;

use std::time::Instant;

use common::crate_path;
use common::gold::{GoldCase, Summary, Tally};
use counterpoint::engine::Analysis;
use counterpoint::{Document, analyze};

/// An annotated corpus and the least the engine must score on it.
struct Corpus {
    /// Short name, for messages.
    label: &'static str,
    /// The folder of `*.gold.json` files and articles, relative to the crate.
    dir: &'static str,
    /// Minimum quote F1.
    quote_f1: f64,
    /// Minimum share of required quotes found with the right speaker.
    attributed: Option<f64>,
    /// Minimum share of found quotes given to the right speaker.
    attr_acc: Option<f64>,
    /// Minimum contradiction F1.
    contra_f1: Option<f64>,
    /// How many speakers the gold says never speak may be given quotes
    /// (`None`: no limit).
    bad_speakers_allowed: Option<usize>,
    /// Every annotated title must be right.
    all_titles: bool,
}

/// News-agency articles (GGT). Floors 0.02 under the engine's numbers when
/// they were set: `quote_f1` 0.917, `attributed` 0.876, `attr_acc` 0.930.
const GGT_DEV: Corpus = Corpus {
    label: "ggt-dev",
    dir: "../shared/corpus/ggt-dev",
    quote_f1: 0.897,
    attributed: Some(0.856),
    attr_acc: Some(0.910),
    contra_f1: None,
    bad_speakers_allowed: None,
    all_titles: false,
};

/// Political news (`PolNeAR`), where the gold also counts beliefs, polls and
/// stances. `quote_f1` was 0.752 when the floors were set: its floor, 0.748,
/// keeps the attribution issue's target (0.75) within a few quotes; the
/// `attributed` floor is 0.02 under 0.403.
const POLNEAR_DEV: Corpus = Corpus {
    label: "polnear-dev",
    dir: "../shared/corpus/polnear-dev",
    quote_f1: 0.748,
    attributed: Some(0.383),
    attr_acc: None,
    contra_f1: None,
    bad_speakers_allowed: None,
    all_titles: false,
};

/// The sample article, annotated in full (contradictions, title, bystanders).
const SAMPLES: Corpus = Corpus {
    label: "samples",
    dir: "../shared/samples",
    quote_f1: 0.9,
    attributed: Some(0.9),
    attr_acc: None,
    contra_f1: Some(0.75),
    bad_speakers_allowed: Some(0),
    all_titles: true,
};

/// The project's own contradiction set (`tests/contradiction-set/`): 332
/// articles written blind to the engine. Floors 0.02 under `quote_f1` 0.979,
/// `attributed` 0.943 and `contra_f1` 0.477 (P 0.61, R 0.39: far from the
/// contradiction issue's targets, see its README). One speaker the gold
/// says never speaks is allowed: `denial_auction`'s solicitor who "has
/// asked the … Council … to review the sale", an appeal the engine reports
/// as his words and that article's annotator did not.
const CONTRADICTION_SET: Corpus = Corpus {
    label: "contradiction-set",
    dir: "tests/contradiction-set",
    quote_f1: 0.959,
    attributed: Some(0.923),
    attr_acc: None,
    contra_f1: Some(0.457),
    bad_speakers_allowed: Some(1),
    all_titles: false,
};

const CORPORA: [&Corpus; 4] = [&GGT_DEV, &POLNEAR_DEV, &SAMPLES, &CONTRADICTION_SET];

#[test]
fn ggt_dev_stays_above_its_floors() {
    check(&GGT_DEV);
}

#[test]
fn polnear_dev_stays_above_its_floors() {
    check(&POLNEAR_DEV);
}

#[test]
fn sample_stays_above_its_floors() {
    check(&SAMPLES);
}

#[test]
fn contradiction_set_stays_above_its_floors() {
    check(&CONTRADICTION_SET);
}

#[test]
#[ignore = "prints every article's misses: cargo test --test accuracy -- --ignored --nocapture"]
fn per_article_details() {
    for corpus in CORPORA {
        score(corpus, true);
    }
}

/// True when `COUNTERPOINT_ACCURACY_VERBOSE` asks for every article's misses.
fn verbose_from_env() -> bool {
    std::env::var("COUNTERPOINT_ACCURACY_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Scores a corpus and checks it against its floors.
fn check(corpus: &Corpus) {
    let Some(s) = score(corpus, verbose_from_env()) else {
        return;
    };
    let mut below = Vec::new();
    let mut floor = |what: &str, value: Option<f64>, min: Option<f64>| {
        if let Some(min) = min
            && value.is_none_or(|v| v < min)
        {
            below.push(format!("{what} {value:?} < {min}"));
        }
    };
    floor("quote_f1", Some(s.quote_f1), Some(corpus.quote_f1));
    floor("attributed", s.attributed, corpus.attributed);
    floor("attr_acc", s.attr_acc, corpus.attr_acc);
    floor("contra_f1", s.contra_f1, corpus.contra_f1);
    if s.failed > 0 {
        below.push(format!("{} article(s) could not be loaded", s.failed));
    }
    if s.format_errors > 0 {
        below.push(format!(
            "{} quote(s) with offsets that do not fit",
            s.format_errors
        ));
    }
    if corpus
        .bad_speakers_allowed
        .is_some_and(|allowed| s.bad_speakers > allowed)
    {
        below.push(format!("{} bad speaker(s)", s.bad_speakers));
    }
    if corpus.all_titles && s.title_ok < s.titles {
        below.push(format!("titles {}/{}", s.title_ok, s.titles));
    }
    assert!(
        below.is_empty(),
        "{}: below its floors: {}\n{s}\n(see every article's misses with \
         `cargo test --test accuracy -- --ignored --nocapture`)",
        corpus.label,
        below.join(", ")
    );
}

/// Analyses and scores every article of a corpus, printing score.py's summary
/// line (and, with `details`, its per-article lines); `None` when the corpus is absent.
fn score(corpus: &Corpus, details: bool) -> Option<Summary> {
    let dir = crate_path(corpus.dir);
    if !dir.is_dir() {
        eprintln!("skipped {}: no folder {}", corpus.label, dir.display());
        return None;
    }
    let mut tally = Tally::default();
    for case in GoldCase::all_in(&dir) {
        let started = Instant::now();
        let (doc, analysis) = match Document::load(&case.article) {
            Ok(doc) => {
                let analysis = analyze(&doc);
                (doc, analysis)
            }
            Err(e) => {
                // score.py scores a run that fails as an empty report.
                tally.add_failure();
                if details {
                    eprintln!("{}: FAILED {e}", case.name);
                }
                (Document::from_text(&case.article, ""), Analysis::default())
            }
        };
        let secs = started.elapsed().as_secs_f64();
        let s = case.score(&doc, &analysis);
        if details {
            eprint!("{}", s.details(&case.name));
        }
        tally.add(&s, secs);
    }
    let summary = tally.summary();
    eprintln!("{}: {summary}", corpus.label);
    Some(summary)
}
