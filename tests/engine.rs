//! The engine on news articles: who says what, and who contradicts whom.
//!
//! Each construction a reader meets in the news has a short article in
//! `tests/fixtures/NAME.txt` and, next to it, what a careful editor would
//! annotate in it, `tests/fixtures/NAME.expected.json`:
//!
//! ```json
//! {
//!   "construction": "what the fixture is about, shown when it fails",
//!   "speakers": [
//!     { "name": "Jane Roe", "aliases": ["Roe"], "kind": "person",
//!       "role": "spokeswoman", "affiliation": "Hydro One" }
//!   ],
//!   "quotes": [
//!     { "speaker": "Jane Roe", "kind": "direct", "contains": "words of the quote",
//!       "excludes": ["Roe said"], "optional": false }
//!   ],
//!   "not_quotes": ["a fragment no quote may contain"],
//!   "not_speakers": ["reporters"],
//!   "contradictions": [
//!     { "a_speaker": "Jane Roe", "b_speaker": "John Doe", "kind": "denial", "either_order": false }
//!   ]
//! }
//! ```
//!
//! - `quotes` lists every quote in the article: the engine must find each one
//!   that is not `optional` (a separate quote whose text contains `contains`
//!   and none of `excludes`, of that kind, by that speaker) and nothing else.
//!   Quotes given to one speaker must go to one speaker, and quotes given to
//!   different speakers to different ones.
//! - A quote's `speaker` is one of `speakers`. A speaker's name matches the
//!   engine's leniently, as `shared/eval/score.py` matches them: the same
//!   name or an alias, the surname alone, or a longer name ending in it.
//!   `kind`, `role` (contained in the engine's role) and `affiliation` (the
//!   organisation spoken for) are checked when given. Every speaker must be
//!   found, except one whose quotes are all `optional`.
//! - `not_speakers` (listeners, bystanders, words mistaken for names) must
//!   never be among the speakers, not even as someone's organisation.
//! - `contradictions`, when present, lists every contradiction (an empty list:
//!   none may be found): `a_speaker` contradicts an earlier passage of
//!   `b_speaker` (`either_order` for a pair with no direction, such as
//!   conflicting figures).
//!
//! The bundled sample `assets/venezuela.txt` is checked fact by fact, and
//! scored against its gold annotation the way `score.py` scores it.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use counterpoint::engine::{Analysis, QuoteId, Speaker, SpeakerId};
use counterpoint::{Document, analyze};
use serde::Deserialize;

/// One test per fixture, named after its construction.
macro_rules! fixtures {
    ($($name:ident),* $(,)?) => {
        /// Every fixture that has a test.
        const FIXTURES: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                check_fixture(stringify!($name));
            }
        )*
    };
}

fixtures! {
    // Direct quotes.
    direct_said_after,
    direct_said_inverted,
    direct_colon_intro,
    direct_dash_attribution,
    direct_split_quote,
    direct_two_paragraphs,
    direct_straight_quotes,
    // Quotation marks that are not quotes, and marks inside quotes.
    apostrophes_are_not_quotes,
    scare_quote_is_not_a_quote,
    nested_single_quotes,
    // Reported speech.
    reported_said_that,
    reported_said_after,
    reported_according_to,
    reported_denied,
    reported_confirmed_that,
    reported_told_reporters,
    reported_publication_saying_that,
    mixed_quote,
    // Speakers.
    pronoun_he_after_named_man,
    pronoun_she_with_two_people,
    surname_merged_into_full_name,
    title_kept_as_role,
    spokesperson_affiliation,
    group_and_anonymous_sources,
    appositive_role,
    adjective_before_role_is_not_an_organisation,
    // Contradictions.
    contradiction_denial,
    contradiction_dispute,
    contradiction_conflicting_figures,
    no_contradiction_when_parties_agree,
}

// ---------------------------------------------------------------------------
// The fixture format.

/// What an editor annotates in one fixture article.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    /// The construction the article exercises.
    construction: String,
    /// Parties that must be found.
    #[serde(default)]
    speakers: Vec<ExpectedSpeaker>,
    /// Every quote of the article.
    quotes: Vec<ExpectedQuote>,
    /// Fragments no quote may contain.
    #[serde(default)]
    not_quotes: Vec<String>,
    /// Names that must never be a speaker.
    #[serde(default)]
    not_speakers: Vec<String>,
    /// Every contradiction, when the fixture annotates them.
    contradictions: Option<Vec<ExpectedContradiction>>,
}

/// A party, as the editor names it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedSpeaker {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    kind: Option<String>,
    role: Option<String>,
    affiliation: Option<String>,
}

/// A quote, as the editor marks it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedQuote {
    speaker: String,
    kind: String,
    contains: String,
    #[serde(default)]
    excludes: Vec<String>,
    #[serde(default)]
    optional: bool,
}

/// A contradiction: `a_speaker` contradicts `b_speaker`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedContradiction {
    a_speaker: String,
    b_speaker: String,
    kind: Option<String>,
    #[serde(default)]
    either_order: bool,
}

impl ExpectedSpeaker {
    /// A party known by its name and a few aliases.
    fn named(name: &str, aliases: &[&str]) -> Self {
        Self {
            name: name.to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            kind: None,
            role: None,
            affiliation: None,
        }
    }

    /// True when the engine's name for a speaker names this party.
    fn is_named_by(&self, found: &str) -> bool {
        names_party(found, &self.name, &self.aliases)
    }
}

const SPEAKER_KINDS: &[&str] = &["person", "organization", "group", "unknown"];
const QUOTE_KINDS: &[&str] = &["direct", "indirect", "mixed"];
const CONTRADICTION_KINDS: &[&str] = &["denial", "dispute", "conflicting-figures", "negation"];

// ---------------------------------------------------------------------------
// Running a fixture.

fn crate_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn fixture_dir() -> PathBuf {
    crate_path("tests/fixtures")
}

fn check_fixture(name: &str) {
    let json_path = fixture_dir().join(format!("{name}.expected.json"));
    let json = std::fs::read_to_string(&json_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", json_path.display()));
    let expected: Expected = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{}: not a fixture: {e}", json_path.display()));
    let article = Analyzed::load(&fixture_dir().join(format!("{name}.txt")));
    validate_fixture(name, &expected, &article.doc.text);

    let problems = article.problems(&expected, true);
    assert!(
        problems.is_empty(),
        "fixture `{name}` ({}): {} problem(s)\n{}\n\nengine output:\n{}",
        expected.construction,
        problems.len(),
        problems
            .iter()
            .map(|p| format!("  - {p}"))
            .collect::<Vec<_>>()
            .join("\n"),
        article.describe()
    );
}

/// Catches mistakes in the fixture itself, so that a failure is the engine's.
fn validate_fixture(name: &str, expected: &Expected, text: &str) {
    let mut errors = Vec::new();
    let declared = |n: &str| expected.speakers.iter().any(|s| s.name == n);
    let text = collapse(text);
    for q in &expected.quotes {
        if !text.contains(&collapse(&q.contains)) {
            errors.push(format!(
                "quote fragment not in the article: “{}”",
                q.contains
            ));
        }
        for x in &q.excludes {
            if !text.contains(&collapse(x)) {
                errors.push(format!("excluded fragment not in the article: “{x}”"));
            }
        }
        if !declared(&q.speaker) {
            errors.push(format!(
                "quote speaker “{}” is not among `speakers`",
                q.speaker
            ));
        }
        if !QUOTE_KINDS.contains(&q.kind.as_str()) {
            errors.push(format!("unknown quote kind “{}”", q.kind));
        }
    }
    for s in &expected.speakers {
        if s.kind
            .as_deref()
            .is_some_and(|k| !SPEAKER_KINDS.contains(&k))
        {
            errors.push(format!("unknown speaker kind for “{}”", s.name));
        }
    }
    for c in expected.contradictions.iter().flatten() {
        if !declared(&c.a_speaker) || !declared(&c.b_speaker) {
            errors.push(format!(
                "contradiction speakers must be among `speakers`: {} / {}",
                c.a_speaker, c.b_speaker
            ));
        }
        if c.kind
            .as_deref()
            .is_some_and(|k| !CONTRADICTION_KINDS.contains(&k))
        {
            errors.push(format!("unknown contradiction kind {:?}", c.kind));
        }
    }
    assert!(
        errors.is_empty(),
        "fixture `{name}` is broken:\n  {}",
        errors.join("\n  ")
    );
}

#[test]
fn every_fixture_has_a_test() {
    let entries = std::fs::read_dir(fixture_dir())
        .unwrap_or_else(|e| panic!("cannot list tests/fixtures: {e}"));
    let mut articles = BTreeSet::new();
    let mut annotations = BTreeSet::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = file.strip_suffix(".expected.json") {
            annotations.insert(stem.to_owned());
        } else if let Some(stem) = file.strip_suffix(".txt") {
            articles.insert(stem.to_owned());
        }
    }
    let tested: BTreeSet<String> = FIXTURES.iter().map(|f| (*f).to_owned()).collect();
    assert_eq!(
        articles, annotations,
        "every fixture article needs its .expected.json, and the other way round"
    );
    assert_eq!(
        articles, tested,
        "every fixture needs a line in the `fixtures!` list"
    );
}

// ---------------------------------------------------------------------------
// An analysed article and the checks on it.

/// A document and the engine's analysis of it.
struct Analyzed {
    doc: Document,
    analysis: Analysis,
}

impl Analyzed {
    fn load(path: &Path) -> Self {
        let doc =
            Document::load(path).unwrap_or_else(|e| panic!("cannot load {}: {e}", path.display()));
        let analysis = analyze(&doc);
        Self { doc, analysis }
    }

    fn text_of(&self, q: QuoteId) -> &str {
        self.analysis.quotes[q.0].span.slice(&self.doc.text)
    }

    fn speaker_of(&self, q: QuoteId) -> Option<&Speaker> {
        self.analysis.quotes[q.0]
            .speaker
            .and_then(|s| self.analysis.speaker(s))
    }

    /// `q3 (indirect, s2 “Kremlin”) “informing the United States…”`.
    fn quote_label(&self, q: QuoteId) -> String {
        let quote = &self.analysis.quotes[q.0];
        let who = quote
            .speaker
            .map_or_else(|| "no speaker".to_owned(), |s| self.speaker_label(s));
        format!(
            "{q} ({}, {who}) “{}”",
            quote.kind.as_str(),
            shorten(self.text_of(q))
        )
    }

    /// `s2 “Kremlin”`.
    fn speaker_label(&self, s: SpeakerId) -> String {
        format!(
            "{s} “{}”",
            self.analysis.speaker(s).map_or("?", |sp| sp.name.as_str())
        )
    }

    /// The found speakers that name a party, those with quotes first.
    fn speakers_named(&self, party: &ExpectedSpeaker) -> Vec<SpeakerId> {
        let mut ids: Vec<SpeakerId> = (0..self.analysis.speakers.len())
            .map(SpeakerId)
            .filter(|&id| party.is_named_by(&self.analysis.speakers[id.0].name))
            .collect();
        ids.sort_by_key(|&id| self.analysis.quotes_of(id).is_empty());
        ids
    }

    /// Everything in the analysis that differs from what the editor expects;
    /// with `all_quotes`, the expected quotes are all the article's quotes.
    fn problems(&self, expected: &Expected, all_quotes: bool) -> Vec<String> {
        let mut problems = Vec::new();
        self.check_quotes(
            &expected.quotes,
            &expected.speakers,
            all_quotes,
            &mut problems,
        );
        for fragment in &expected.not_quotes {
            for (i, q) in self.analysis.quotes.iter().enumerate() {
                if collapse(q.span.slice(&self.doc.text)).contains(&collapse(fragment)) {
                    problems.push(format!(
                        "{} contains “{fragment}”, which is not a quote",
                        self.quote_label(QuoteId(i))
                    ));
                }
            }
        }
        for speaker in &expected.speakers {
            let mut quotes = expected
                .quotes
                .iter()
                .filter(|q| q.speaker == speaker.name)
                .peekable();
            let only_optional = quotes.peek().is_some() && quotes.all(|q| q.optional);
            if !only_optional {
                self.check_speaker(speaker, &expected.speakers, &mut problems);
            }
        }
        self.check_not_speakers(&expected.not_speakers, &mut problems);
        if let Some(contradictions) = &expected.contradictions {
            self.check_contradictions(contradictions, &expected.speakers, &mut problems);
        }
        problems
    }

    /// Gives each expected quote a found quote holding its words, one to one;
    /// returns, per found quote, the expected quote it stands for.
    fn match_quotes(
        &self,
        expected: &[ExpectedQuote],
        parties: &[ExpectedSpeaker],
    ) -> Vec<Option<usize>> {
        let found: Vec<String> = (0..self.analysis.quotes.len())
            .map(|i| collapse(self.text_of(QuoteId(i))))
            .collect();
        // Candidates, best first: the right speaker, the right kind, the shortest.
        let candidates: Vec<Vec<usize>> = expected
            .iter()
            .map(|e| {
                let mut c: Vec<usize> = (0..found.len())
                    .filter(|&f| found[f].contains(&collapse(&e.contains)))
                    .collect();
                c.sort_by_key(|&f| {
                    let speaker = self.speaker_of(QuoteId(f));
                    let right_speaker = speaker
                        .is_some_and(|s| party_named(parties, &e.speaker).is_named_by(&s.name));
                    let right_kind = self.analysis.quotes[f].kind.as_str() == e.kind;
                    (!right_speaker, !right_kind, found[f].len())
                });
                c
            })
            .collect();
        let mut owner: Vec<Option<usize>> = vec![None; found.len()];
        for (e, exp) in expected.iter().enumerate() {
            if !exp.optional {
                assign(&candidates, &mut owner, e, &mut vec![false; found.len()]);
            }
        }
        // Optional quotes take what is left.
        for (e, exp) in expected.iter().enumerate() {
            if exp.optional
                && let Some(&f) = candidates[e].iter().find(|&&f| owner[f].is_none())
            {
                owner[f] = Some(e);
            }
        }
        owner
    }

    /// Checks that every expected quote is found as it should be; with
    /// `exhaustive`, that no other quote is found.
    fn check_quotes(
        &self,
        expected: &[ExpectedQuote],
        parties: &[ExpectedSpeaker],
        exhaustive: bool,
        problems: &mut Vec<String>,
    ) {
        let owner = self.match_quotes(expected, parties);
        // Per expected quote: found, then kind, speaker and extent.
        let mut speaker_of_party: Vec<(String, SpeakerId, QuoteId)> = Vec::new();
        for (e, exp) in expected.iter().enumerate() {
            if exp.optional {
                continue;
            }
            let what = format!(
                "{} quote by {} “{}”",
                exp.kind,
                exp.speaker,
                shorten(&exp.contains)
            );
            let Some(f) = owner.iter().position(|o| *o == Some(e)) else {
                let inside: Vec<String> = (0..owner.len())
                    .filter(|&f| {
                        collapse(self.text_of(QuoteId(f))).contains(&collapse(&exp.contains))
                    })
                    .map(|f| self.quote_label(QuoteId(f)))
                    .collect();
                if inside.is_empty() {
                    problems.push(format!("missing {what}: no quote contains these words"));
                } else {
                    problems.push(format!(
                        "missing {what}: its words only appear inside a quote matched to another one: {}",
                        inside.join("; ")
                    ));
                }
                continue;
            };
            let q = QuoteId(f);
            let quote = &self.analysis.quotes[f];
            if quote.kind.as_str() != exp.kind {
                problems.push(format!("{what}: found as {}", self.quote_label(q)));
            }
            match (self.speaker_of(q), quote.speaker) {
                (Some(s), Some(id)) if party_named(parties, &exp.speaker).is_named_by(&s.name) => {
                    speaker_of_party.push((exp.speaker.clone(), id, q));
                }
                (Some(s), _) => {
                    problems.push(format!(
                        "{what}: attributed to “{}”: {}",
                        s.name,
                        self.quote_label(q)
                    ));
                }
                (None, _) => problems.push(format!(
                    "{what}: found with no speaker: {}",
                    self.quote_label(q)
                )),
            }
            for x in &exp.excludes {
                if collapse(self.text_of(q)).contains(&collapse(x)) {
                    problems.push(format!(
                        "{what}: runs too far, it takes in “{x}”: {}",
                        self.quote_label(q)
                    ));
                }
            }
        }
        // One party, one speaker; two parties, two speakers (among quotes whose speaker's name fits).
        for (i, (p1, s1, q1)) in speaker_of_party.iter().enumerate() {
            for (p2, s2, q2) in &speaker_of_party[i + 1..] {
                if p1 == p2 && s1 != s2 {
                    problems.push(format!(
                        "{p1} is split over two speakers: {} for {q1} and {} for {q2}",
                        self.speaker_label(*s1),
                        self.speaker_label(*s2)
                    ));
                }
                if p1 != p2 && s1 == s2 {
                    problems.push(format!(
                        "{p1} and {p2} are merged into one speaker, {}",
                        self.speaker_label(*s1)
                    ));
                }
            }
        }
        if exhaustive {
            for (f, o) in owner.iter().enumerate() {
                if o.is_none() {
                    problems.push(format!("unexpected quote {}", self.quote_label(QuoteId(f))));
                }
            }
        }
    }

    /// The party is among the speakers, with the kind, role and organisation given.
    fn check_speaker(
        &self,
        exp: &ExpectedSpeaker,
        parties: &[ExpectedSpeaker],
        problems: &mut Vec<String>,
    ) {
        let Some(&id) = self.speakers_named(exp).first() else {
            let all = self
                .analysis
                .speakers
                .iter()
                .map(|s| format!("“{}”", s.name))
                .collect::<Vec<_>>()
                .join(", ");
            problems.push(format!(
                "missing speaker {} (speakers found: {all})",
                exp.name
            ));
            return;
        };
        let found = &self.analysis.speakers[id.0];
        let label = self.speaker_label(id);
        if let Some(kind) = &exp.kind
            && found.kind.as_str() != kind
        {
            problems.push(format!(
                "speaker {label} should be of kind {kind}, not {}",
                found.kind.as_str()
            ));
        }
        if let Some(role) = &exp.role {
            let ok = found
                .role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().contains(&role.to_lowercase()));
            if !ok {
                problems.push(format!(
                    "speaker {label} should have the role “{role}”, has {:?}",
                    found.role
                ));
            }
        }
        if let Some(org) = &exp.affiliation {
            let org_party = party_named(parties, org);
            match found.affiliation.and_then(|a| self.analysis.speaker(a)) {
                Some(o) if org_party.is_named_by(&o.name) => {}
                Some(o) => problems.push(format!(
                    "speaker {label} should speak for {org}, speaks for “{}”",
                    o.name
                )),
                None => problems.push(format!(
                    "speaker {label} should speak for {org}, has no affiliation"
                )),
            }
        }
    }

    /// Listeners and bystanders are never speakers, nor anyone's organisation.
    fn check_not_speakers(&self, names: &[String], problems: &mut Vec<String>) {
        for name in names {
            // The name itself or its last word, as score.py's `bad_speakers` (plus surnames).
            let canon = norm(name);
            let last = canon.rsplit(' ').next().unwrap_or(&canon);
            for (i, s) in self.analysis.speakers.iter().enumerate() {
                let found = norm(&s.name);
                if found != canon && found != last {
                    continue;
                }
                let id = SpeakerId(i);
                let quotes = self.analysis.quotes_of(id);
                let said = quotes.first().map_or_else(
                    || "no quote".to_owned(),
                    |q| format!("{} quote(s), e.g. {}", quotes.len(), self.quote_label(*q)),
                );
                problems.push(format!(
                    "“{name}” is never a speaker, but is listed as {} with {said}",
                    self.speaker_label(id)
                ));
            }
        }
    }

    /// Every expected contradiction is found, and nothing else.
    fn check_contradictions(
        &self,
        expected: &[ExpectedContradiction],
        parties: &[ExpectedSpeaker],
        problems: &mut Vec<String>,
    ) {
        let name_of = |q: QuoteId| self.speaker_of(q).map_or("", |s| s.name.as_str());
        let pair_matches = |c: &counterpoint::engine::Contradiction, e: &ExpectedContradiction| {
            let (a, b) = (
                party_named(parties, &e.a_speaker),
                party_named(parties, &e.b_speaker),
            );
            let forward = a.is_named_by(name_of(c.a)) && b.is_named_by(name_of(c.b));
            let backward = a.is_named_by(name_of(c.b)) && b.is_named_by(name_of(c.a));
            forward || (e.either_order && backward)
        };
        for e in expected {
            let found = self.analysis.contradictions.iter().any(|c| {
                pair_matches(c, e) && e.kind.as_deref().is_none_or(|k| k == c.kind.as_str())
            });
            if !found {
                let kind = e.kind.as_deref().unwrap_or("any kind");
                let arrow = if e.either_order { "↔" } else { "→" };
                problems.push(format!(
                    "missing contradiction {} {arrow} {} ({kind})",
                    e.a_speaker, e.b_speaker
                ));
            }
        }
        for (i, c) in self.analysis.contradictions.iter().enumerate() {
            if !expected.iter().any(|e| pair_matches(c, e)) {
                problems.push(format!(
                    "unexpected contradiction {}",
                    self.contradiction_label(i)
                ));
            }
        }
    }

    /// `c1 denial, cue “denied”: q3 (…) contradicts q1 (…)`.
    fn contradiction_label(&self, i: usize) -> String {
        let c = &self.analysis.contradictions[i];
        format!(
            "c{} {}, cue “{}”: {} contradicts {}",
            i + 1,
            c.kind.as_str(),
            c.cue,
            self.quote_label(c.a),
            self.quote_label(c.b)
        )
    }

    /// The engine's whole output, for failure messages.
    fn describe(&self) -> String {
        let mut out = String::from("  speakers:\n");
        for (i, s) in self.analysis.speakers.iter().enumerate() {
            let id = SpeakerId(i);
            let role = s
                .role
                .as_deref()
                .map(|r| format!("; role {r}"))
                .unwrap_or_default();
            let org = s
                .affiliation
                .map(|a| format!("; for {}", self.speaker_label(a)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    {id} “{}” ({}{role}{org}; aliases {:?})",
                s.name,
                s.kind.as_str(),
                s.aliases
            );
        }
        out.push_str("  quotes:\n");
        for (i, q) in self.analysis.quotes.iter().enumerate() {
            let cue = q
                .cue
                .as_deref()
                .map(|c| format!(", cue “{c}”"))
                .unwrap_or_default();
            let _ = writeln!(out, "    {}{cue}", self.quote_label(QuoteId(i)));
        }
        out.push_str("  contradictions:\n");
        if self.analysis.contradictions.is_empty() {
            out.push_str("    (none)\n");
        }
        for i in 0..self.analysis.contradictions.len() {
            let _ = writeln!(out, "    {}", self.contradiction_label(i));
        }
        out
    }
}

/// Kuhn's augmenting path: gives expected quote `e` a found quote, moving others if needed.
fn assign(
    candidates: &[Vec<usize>],
    owner: &mut [Option<usize>],
    e: usize,
    seen: &mut [bool],
) -> bool {
    for &f in &candidates[e] {
        if seen[f] {
            continue;
        }
        seen[f] = true;
        if owner[f].is_none_or(|other| assign(candidates, owner, other, seen)) {
            owner[f] = Some(e);
            return true;
        }
    }
    false
}

/// The declared party with this name, or a party known by the name alone.
fn party_named(parties: &[ExpectedSpeaker], name: &str) -> ExpectedSpeaker {
    parties
        .iter()
        .find(|p| p.name == name)
        .cloned()
        .unwrap_or_else(|| ExpectedSpeaker::named(name, &[]))
}

/// Runs of whitespace (line breaks too) as single spaces.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first words of a passage, for messages.
fn shorten(s: &str) -> String {
    let s = collapse(s);
    match s.char_indices().nth(70) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s,
    }
}

/// `score.py`'s `norm`: lower case, plain apostrophes, punctuation as spaces,
/// no leading article. (Without NFKC folding, which these texts do not need.)
fn norm(s: &str) -> String {
    let lower = s.to_lowercase().replace(['’', '‘'], "'");
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '\'' || c == ' ' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let trimmed = cleaned.trim();
    let bare = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| trimmed.strip_prefix(a))
        .unwrap_or(trimmed);
    collapse(bare)
}

/// `score.py`'s `speaker_matches`: the engine's name for a speaker names the
/// party when it is the party's name or an alias, its surname, or ends with it.
fn names_party(found: &str, name: &str, aliases: &[String]) -> bool {
    let found = norm(found);
    if found.is_empty() {
        return false;
    }
    let canon = norm(name);
    let surname = canon.rsplit(' ').next().unwrap_or(&canon);
    found == canon
        || aliases.iter().any(|a| norm(a) == found)
        || found == surname
        || found.ends_with(&format!(" {canon}"))
}

// ---------------------------------------------------------------------------
// The bundled sample article.

#[test]
fn venezuela_sample_speakers_quotes_and_contradictions() {
    let sample = Analyzed::load(&crate_path("assets/venezuela.txt"));
    let expected: Expected = serde_json::from_value(serde_json::json!({
        "construction": "the bundled sample article",
        "speakers": [
            { "name": "Donald Trump", "aliases": ["Trump", "US President Donald Trump"] },
            { "name": "Kremlin", "aliases": ["The Kremlin"] },
            { "name": "Dmitry Peskov", "aliases": ["Peskov"], "kind": "person", "role": "spokesman" },
            { "name": "Rostec", "aliases": ["state defense contractor Rostec"] },
            { "name": "Rostec spokeswoman", "aliases": ["A Rostec spokeswoman"], "affiliation": "Rostec" },
            { "name": "The Wall Street Journal", "aliases": ["Wall Street Journal", "the Journal", "WSJ"] }
        ],
        "quotes": [
            { "speaker": "Donald Trump", "kind": "direct", "excludes": ["tweeted"],
              "contains": "Russia has informed us that they have removed most of their people from Venezuela" },
            { "speaker": "Dmitry Peskov", "kind": "direct", "excludes": ["he said"],
              "contains": "This process is going according to plan. And what is meant by ‘removed their people’ we don't know" }
        ],
        "not_speakers": ["AFP", "journalists", "Vladimir Putin", "Washington"],
        "contradictions": [
            { "a_speaker": "Kremlin", "b_speaker": "Donald Trump", "kind": "denial" },
            { "a_speaker": "Dmitry Peskov", "b_speaker": "Donald Trump" },
            { "a_speaker": "Rostec", "b_speaker": "The Wall Street Journal", "kind": "dispute" },
            { "a_speaker": "The Wall Street Journal", "b_speaker": "Rostec spokeswoman",
              "kind": "conflicting-figures", "either_order": true }
        ]
    }))
    .unwrap_or_else(|e| panic!("not a fixture: {e}"));
    validate_fixture("venezuela", &expected, &sample.doc.text);
    // Not every quote of the sample is listed here; the gold test below scores them all.
    let mut problems = sample.problems(&expected, false);
    let (found, listed) = (
        sample.analysis.contradictions.len(),
        expected.contradictions.as_ref().map_or(0, Vec::len),
    );
    if found != listed {
        problems.push(format!("expected {listed} contradictions, found {found}"));
    }
    assert!(
        problems.is_empty(),
        "assets/venezuela.txt: {} problem(s)\n  - {}\n\nengine output:\n{}",
        problems.len(),
        problems.join("\n  - "),
        sample.describe()
    );
}

// ---------------------------------------------------------------------------
// The sample scored against its gold annotation, as `score.py` scores it.

/// `shared/samples/*.gold.json`, the parts the quote score reads.
#[derive(Debug, Deserialize)]
struct Gold {
    article: String,
    speakers: Vec<GoldSpeaker>,
    quotes: Vec<GoldQuote>,
}

#[derive(Debug, Deserialize)]
struct GoldSpeaker {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    speaker: String,
    text: String,
    #[serde(default)]
    optional: bool,
}

/// Byte spans of every occurrence of `fragment` in `text`.
fn occurrences(text: &str, fragment: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|rest| rest.find(fragment)) {
        let start = from + i;
        out.push((start, start + fragment.len()));
        from = start + text[start..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Shared bytes as a share of the shorter span.
fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let shared = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    if shared == 0 {
        return 0.0;
    }
    shared as f64 / (a.1 - a.0).min(b.1 - b.0).max(1) as f64
}

/// Quote counts as `score.py` computes them.
#[derive(Debug, Default)]
struct Score {
    required: usize,
    matched: usize,
    false_positives: usize,
    attributed: usize,
    missed: Vec<String>,
    wrong_speaker: Vec<String>,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = ratio(self.matched, self.matched + self.false_positives);
        let r = ratio(self.matched, self.required);
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn attributed_share(&self) -> f64 {
        ratio(self.attributed, self.required)
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 1.0 } else { n as f64 / d as f64 }
}

fn score(gold: &Gold, article: &Analyzed) -> Score {
    let text = &article.doc.text;
    let preds: Vec<((usize, usize), &str)> = (0..article.analysis.quotes.len())
        .map(|i| {
            let span = article.analysis.quotes[i].span;
            (
                (span.start, span.end),
                article
                    .speaker_of(QuoteId(i))
                    .map_or("", |s| s.name.as_str()),
            )
        })
        .collect();
    let golds: Vec<(&GoldQuote, Vec<(usize, usize)>)> = gold
        .quotes
        .iter()
        .map(|g| {
            let spans = occurrences(text, &g.text);
            assert!(
                !spans.is_empty(),
                "gold text not in the article: {}",
                g.text
            );
            (g, spans)
        })
        .collect();
    let best = |p: (usize, usize), spans: &[(usize, usize)]| {
        spans.iter().map(|&s| overlap(p, s)).fold(0.0, f64::max)
    };
    // One to one, greedily by overlap (ties as Python's reverse tuple sort).
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, (_, spans)) in golds.iter().enumerate() {
        for (pi, (span, _)) in preds.iter().enumerate() {
            let ov = best(*span, spans);
            if ov >= 0.5 {
                pairs.push((ov, gi, pi));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)));
    let mut gold_match: Vec<Option<usize>> = vec![None; golds.len()];
    let mut pred_match: Vec<Option<usize>> = vec![None; preds.len()];
    for (_, gi, pi) in pairs {
        if gold_match[gi].is_none() && pred_match[pi].is_none() {
            gold_match[gi] = Some(pi);
            pred_match[pi] = Some(gi);
        }
    }
    let mut s = Score::default();
    for (pi, (span, _)) in preds.iter().enumerate() {
        if pred_match[pi].is_some() {
            continue;
        }
        let inside = golds
            .iter()
            .flat_map(|(_, spans)| spans)
            .any(|&g| overlap(*span, g) >= 0.8 && span.1 - span.0 <= g.1 - g.0);
        let optional_hit = golds
            .iter()
            .any(|(g, spans)| g.optional && best(*span, spans) >= 0.5);
        if !inside && !optional_hit {
            s.false_positives += 1;
        }
    }
    for (gi, (g, _)) in golds.iter().enumerate() {
        if g.optional {
            continue;
        }
        s.required += 1;
        let Some(pi) = gold_match[gi] else {
            s.missed.push(shorten(&g.text));
            continue;
        };
        s.matched += 1;
        let party = gold.speakers.iter().find(|sp| sp.name == g.speaker);
        let found = preds[pi].1;
        if party.is_some_and(|sp| names_party(found, &sp.name, &sp.aliases)) {
            s.attributed += 1;
        } else {
            s.wrong_speaker.push(format!(
                "“{}” → “{found}” (gold: {})",
                shorten(&g.text),
                g.speaker
            ));
        }
    }
    s
}

#[test]
fn venezuela_sample_scores_against_its_gold_annotation() {
    let gold_path = crate_path("../shared/samples/venezuela.gold.json");
    let Ok(json) = std::fs::read_to_string(&gold_path) else {
        eprintln!("skipped: no gold annotation at {}", gold_path.display());
        return;
    };
    let gold: Gold =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", gold_path.display()));
    let article_path = gold_path.with_file_name(&gold.article);
    let article = Analyzed::load(&article_path);
    let s = score(&gold, &article);
    println!(
        "{}: quote F1 {:.3}, attributed {:.3} ({}/{} found, {} false positives)",
        article_path.display(),
        s.f1(),
        s.attributed_share(),
        s.matched,
        s.required,
        s.false_positives
    );
    assert!(
        s.f1() >= 0.9 && s.attributed_share() >= 0.9,
        "{}: quote F1 {:.3} (need 0.9), attributed {:.3} (need 0.9); {}/{} quotes found, {} false positives\n\
         missed: {:#?}\nwrong speaker: {:#?}\n\nengine output:\n{}",
        article_path.display(),
        s.f1(),
        s.attributed_share(),
        s.matched,
        s.required,
        s.false_positives,
        s.missed,
        s.wrong_speaker,
        article.describe()
    );
}
