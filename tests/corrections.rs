//! Editors' corrections without the window: applying each kind, the sidecar
//! round trip, a save interrupted at every step, unreadable sidecars, and
//! re-anchoring after the article was edited.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use counterpoint::corrections::{
    self, Correction, Edit, QuoteAnchor, SaveStep, Sidecar, SidecarError, sidecar,
};
use counterpoint::engine::{Analysis, ContradictionKind, QuoteId, QuoteKind};
use counterpoint::{Document, analyze};

const TRUMP: &str = "Russia has informed us that they have removed most of their people";
/// Trump's reported words, which the Kremlin's denial answers.
const TRUMP_REPORTED: &str = "Russia has told the United States that it has withdrawn";
const PESKOV: &str = "This process is going according to plan";
const ROSTEC: &str = "around 10 people work in our Venezuela office";

fn sample_text() -> String {
    fs::read_to_string(common::crate_path("assets/venezuela.txt"))
        .unwrap_or_else(|e| panic!("cannot read the sample: {e}"))
}

fn sample() -> (Document, Analysis) {
    let doc = Document::from_text("venezuela.txt", &sample_text());
    let analysis = analyze(&doc);
    (doc, analysis)
}

fn quote_with(doc: &Document, analysis: &Analysis, words: &str) -> QuoteId {
    let found = (0..analysis.quotes.len()).map(QuoteId).find(|&q| {
        analysis
            .quote(q)
            .is_some_and(|q| q.span.slice(&doc.text).contains(words))
    });
    assert!(found.is_some(), "no quote with {words:?}");
    found.unwrap_or(QuoteId(usize::MAX))
}

fn anchor(doc: &Document, analysis: &Analysis, words: &str) -> QuoteAnchor {
    let q = quote_with(doc, analysis, words);
    QuoteAnchor::of(&doc.text, analysis, q).unwrap_or_else(|| panic!("no anchor for {words:?}"))
}

fn speaker_of(doc: &Document, analysis: &Analysis, words: &str) -> String {
    analysis
        .speaker_name(quote_with(doc, analysis, words))
        .to_owned()
}

#[test]
fn each_correction_changes_the_analysis_and_is_marked() {
    let (doc, base) = sample();
    let trump = anchor(&doc, &base, TRUMP);
    let peskov = anchor(&doc, &base, PESKOV);
    let rostec = anchor(&doc, &base, ROSTEC);
    let edits = vec![
        Edit::ReassignQuote {
            quote: peskov.clone(),
            speaker: "Vladimir Putin".to_owned(),
        },
        Edit::RenameSpeaker {
            from: "Donald Trump".to_owned(),
            to: "President Trump".to_owned(),
        },
        Edit::MergeSpeakers {
            from: "Rostec spokeswoman".to_owned(),
            into: "Rostec".to_owned(),
        },
        Edit::AddQuote {
            quote: QuoteAnchor {
                text: "get out".to_owned(),
                start: 0,
                speaker: None,
            },
            speaker: "President Trump".to_owned(),
            kind: QuoteKind::Direct,
        },
        Edit::AddContradiction {
            a: rostec.clone(),
            b: trump.clone(),
            kind: ContradictionKind::Dispute,
        },
        Edit::ConfirmContradiction {
            a: rostec.clone(),
            b: anchor(&doc, &base, "the overall Russian presence"),
        },
    ];
    let list: Vec<Correction> = edits.into_iter().map(Correction::now).collect();
    let c = corrections::apply(&doc.text, &base, &list);
    let a = &c.analysis;
    assert!(c.edits.unplaced.is_empty(), "{:?}", c.edits.unplaced);
    assert_eq!(c.edits.applied, 6);
    assert_eq!(speaker_of(&doc, a, PESKOV), "Vladimir Putin");
    assert_eq!(speaker_of(&doc, a, TRUMP), "President Trump");
    assert_eq!(speaker_of(&doc, a, ROSTEC), "Rostec");
    assert!(a.speakers.iter().all(|s| s.name != "Rostec spokeswoman"));
    let get_out = quote_with(&doc, a, "get out");
    assert!(c.edits.marks.quotes.contains(&get_out));
    assert!(c.edits.marks.quotes.contains(&quote_with(&doc, a, PESKOV)));
    // Quotes stay in document order.
    assert!(
        a.quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start)
    );
    assert_eq!(a.contradictions.len(), base.contradictions.len() + 1);
    assert_eq!(c.edits.marks.contradictions.len(), 1);
    assert_eq!(
        c.edits.marks.confirmed.len(),
        2,
        "added ones count as confirmed"
    );
    // The engine's analysis is untouched.
    assert_eq!(base, analyze(&doc));
}

#[test]
fn deleting_a_quote_takes_its_contradictions_and_split_makes_a_speaker() {
    let (doc, base) = sample();
    let list = vec![
        Correction::now(Edit::DeleteQuote {
            quote: anchor(&doc, &base, TRUMP),
        }),
        Correction::now(Edit::SplitQuote {
            quote: anchor(&doc, &base, PESKOV),
            speaker: "Peskov's aide".to_owned(),
        }),
        Correction::now(Edit::RemoveContradiction {
            a: anchor(&doc, &base, ROSTEC),
            b: anchor(&doc, &base, "the overall Russian presence"),
        }),
    ];
    let c = corrections::apply(&doc.text, &base, &list);
    assert!(c.edits.unplaced.is_empty(), "{:?}", c.edits.unplaced);
    let a = &c.analysis;
    assert_eq!(a.quotes.len(), base.quotes.len() - 1);
    // Trump's quote was contradicted once (by Peskov); one more was removed by hand.
    assert_eq!(a.contradictions.len(), base.contradictions.len() - 2);
    assert_eq!(speaker_of(&doc, a, PESKOV), "Peskov's aide");
    for c in &a.contradictions {
        assert!(a.quote(c.a).is_some() && a.quote(c.b).is_some());
    }
}

/// True when some contradiction has the same speaker on both sides.
fn same_speaker_contradiction(a: &Analysis) -> bool {
    a.contradictions.iter().any(|c| {
        let speaker = |q: QuoteId| a.quote(q).and_then(|q| q.speaker);
        speaker(c.a).is_some() && speaker(c.a) == speaker(c.b)
    })
}

#[test]
fn contradictions_left_with_one_speaker_on_both_sides_are_dropped_and_listed() {
    let (doc, base) = sample();
    let kremlin = "informing the United States it was withdrawing";
    let journal = "the overall Russian presence";
    let between = |a: &Analysis, x: &str, y: &str| {
        let (qx, qy) = (quote_with(&doc, a, x), quote_with(&doc, a, y));
        a.contradictions.iter().any(|c| c.a == qx && c.b == qy)
    };
    assert!(
        between(&base, kremlin, TRUMP_REPORTED),
        "the sample's denial"
    );
    assert!(between(&base, ROSTEC, journal), "the sample's figures");
    let list = vec![
        // The Kremlin's denial of Trump, put in Trump's mouth.
        Correction::now(Edit::ReassignQuote {
            quote: anchor(&doc, &base, kremlin),
            speaker: "Donald Trump".to_owned(),
        }),
        // The spokeswoman's figure against the Journal's, merged into the Journal.
        Correction::now(Edit::MergeSpeakers {
            from: "Rostec spokeswoman".to_owned(),
            into: "Wall Street Journal".to_owned(),
        }),
    ];
    let c = corrections::apply(&doc.text, &base, &list);
    assert!(c.edits.unplaced.is_empty(), "{:?}", c.edits.unplaced);
    let a = &c.analysis;
    assert!(
        !same_speaker_contradiction(a),
        "the report contract forbids them"
    );
    assert!(!between(a, kremlin, TRUMP_REPORTED));
    assert!(!between(a, ROSTEC, journal));
    assert_eq!(a.contradictions.len(), base.contradictions.len() - 2);

    let dropped = &c.edits.dropped;
    let said: Vec<(String, String)> = dropped
        .iter()
        .map(|d| (d.speaker.clone(), a.speaker_name(d.a).to_owned()))
        .collect();
    assert_eq!(
        said,
        vec![
            ("Donald Trump".to_owned(), "Donald Trump".to_owned()),
            (
                "Wall Street Journal".to_owned(),
                "Wall Street Journal".to_owned()
            ),
        ]
    );
    assert_eq!(dropped[0].kind, ContradictionKind::Denial);
    let line = dropped[0].describe(&doc.text, a);
    assert!(
        line.starts_with("Contradiction (denial) “informing the United States")
            && line.ends_with("left out: both passages are now by Donald Trump"),
        "{line}"
    );

    // The reports say so where they list what the corrections could not do.
    let md = counterpoint::report::to_markdown_with(&doc, a, &c.edits);
    assert!(
        md.contains("## Contradictions left out after corrections"),
        "{md}"
    );
    assert!(md.contains("both passages are now by Wall Street Journal"));
    let html = counterpoint::report::to_html(&doc, a, &c.edits);
    assert!(html.contains("<section id=\"dropped\">"));
    let json: serde_json::Value =
        serde_json::from_str(&counterpoint::report::to_json_with(&doc, a, &c.edits))
            .unwrap_or_default();
    let listed = json["corrections"]["dropped"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(listed, 2, "{json}");
    assert_eq!(json["corrections"]["dropped"][0]["kind"], "denial");

    // Without the corrections, nothing is dropped.
    let none = corrections::apply(&doc.text, &base, &[]);
    assert!(none.edits.dropped.is_empty());
    assert_eq!(
        none.analysis.contradictions.len(),
        base.contradictions.len()
    );
}

fn temp_article() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("no temp dir: {e}"));
    let path = dir.path().join("venezuela.txt");
    fs::write(&path, sample_text()).unwrap_or_else(|e| panic!("cannot copy the sample: {e}"));
    (dir, path)
}

fn two_sidecars(doc: &Document, base: &Analysis) -> (Sidecar, Sidecar) {
    let mut old = Sidecar::new("venezuela.txt");
    old.corrections.push(Correction::now(Edit::RenameSpeaker {
        from: "Kremlin".to_owned(),
        to: "The Kremlin".to_owned(),
    }));
    let mut new = old.clone();
    new.corrections.push(Correction::now(Edit::DeleteQuote {
        quote: anchor(doc, base, TRUMP),
    }));
    (old, new)
}

#[test]
fn sidecar_round_trip_keeps_every_field() {
    let (_dir, article) = temp_article();
    let (doc, base) = sample();
    let (_, stored) = two_sidecars(&doc, &base);
    let path = sidecar::path_for(&article);
    assert_eq!(
        path.file_name().and_then(|n| n.to_str()),
        Some("venezuela.txt.counterpoint.json")
    );
    assert!(matches!(sidecar::load(&path), Ok(None)));
    sidecar::save(&path, &stored).unwrap_or_else(|e| panic!("{e}"));
    let read = sidecar::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, Some(stored));
    let json = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        json.contains("\"format\": \"counterpoint-corrections/1\""),
        "{json}"
    );
    assert!(json.contains("\"edit\": \"delete-quote\""), "{json}");
    assert_eq!(
        fs::read_to_string(&article).unwrap_or_default(),
        sample_text(),
        "article untouched"
    );
}

/// Files in `dir` other than the article and the sidecar (temporary files).
fn leftovers(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, Iterator::count)
}

#[test]
fn a_save_interrupted_at_any_step_leaves_the_old_or_the_new_sidecar() {
    let (doc, base) = sample();
    let (old, new) = two_sidecars(&doc, &base);
    for stop in SaveStep::ALL {
        let (dir, article) = temp_article();
        let path = sidecar::path_for(&article);
        sidecar::save(&path, &old).unwrap_or_else(|e| panic!("{e}"));
        let result = sidecar::save_with(&path, &new, |step| step != stop);
        assert!(
            matches!(result, Err(SidecarError::Interrupted { step, .. }) if step == stop),
            "{stop:?}: {result:?}"
        );
        let on_disk = sidecar::load(&path).unwrap_or_else(|e| {
            panic!("after a crash before {stop:?} the sidecar is unreadable: {e}")
        });
        let renamed = SaveStep::ALL.iter().position(|s| *s == stop)
            > SaveStep::ALL.iter().position(|s| *s == SaveStep::Rename);
        let expected = if renamed { &new } else { &old };
        assert_eq!(on_disk.as_ref(), Some(expected), "crash before {stop:?}");
        // A later save works despite the temporary file left behind.
        sidecar::save(&path, &new).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(sidecar::load(&path).ok().flatten(), Some(new.clone()));
        assert!(leftovers(dir.path()) <= 3);
    }
}

#[test]
fn unreadable_sidecars_are_reported_and_set_aside_byte_for_byte() {
    let (_dir, article) = temp_article();
    let path = sidecar::path_for(&article);
    let damaged = b"{\"format\": \"counterpoint-corrections/1\", \"corrections\": [ {";
    fs::write(&path, damaged).unwrap_or_default();
    assert!(matches!(
        sidecar::load(&path),
        Err(SidecarError::Corrupt { .. })
    ));
    let newer = br#"{"format": "counterpoint-corrections/7", "corrections": []}"#;
    fs::write(&path, newer).unwrap_or_default();
    let err = sidecar::load(&path).err();
    assert!(
        matches!(err, Some(SidecarError::UnknownFormat { .. })),
        "{err:?}"
    );
    assert!(
        err.map(|e| e.to_string())
            .unwrap_or_default()
            .contains("counterpoint-corrections/7")
    );
    let kept = sidecar::set_aside(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(!path.exists());
    assert_eq!(fs::read(&kept).unwrap_or_default(), newer);
    assert!(
        kept.to_string_lossy()
            .contains(".counterpoint.json.unreadable-")
    );
}

#[test]
fn corrections_follow_their_words_after_the_article_is_edited() {
    let (doc, base) = sample();
    let list = vec![
        Correction::now(Edit::ReassignQuote {
            quote: anchor(&doc, &base, PESKOV),
            speaker: "Vladimir Putin".to_owned(),
        }),
        Correction::now(Edit::DeleteQuote {
            quote: anchor(&doc, &base, ROSTEC),
        }),
    ];
    // Words inserted before both quotes; the Rostec quote reworded.
    let edited = sample_text()
        .replacen(
            "The Kremlin on Tuesday",
            "In a short statement, the Kremlin on Tuesday",
            1,
        )
        .replace(
            "around 10 people work in our Venezuela office",
            "about ten people work in our Caracas office",
        );
    let doc2 = Document::from_text("venezuela.txt", &edited);
    let base2 = analyze(&doc2);
    let c = corrections::apply(&doc2.text, &base2, &list);
    assert_eq!(speaker_of(&doc2, &c.analysis, PESKOV), "Vladimir Putin");
    assert_eq!(c.edits.applied, 1);
    assert_eq!(c.edits.unplaced.len(), 1, "{:?}", c.edits.unplaced);
    let u = &c.edits.unplaced[0];
    assert_eq!(u.index, 1);
    assert!(u.reason.contains("not in the article"), "{}", u.reason);
    assert_eq!(u.correction, list[1], "kept as it was");
}
