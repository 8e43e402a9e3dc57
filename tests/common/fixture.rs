//! The fixture format: what an editor annotates in `tests/fixtures/NAME.txt`.
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

use serde::Deserialize;

use super::collapse;
use super::gold::names_party;

/// What an editor annotates in one fixture article.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The construction the article exercises.
    pub construction: String,
    /// Parties that must be found.
    #[serde(default)]
    pub speakers: Vec<ExpectedSpeaker>,
    /// Every quote of the article.
    pub quotes: Vec<ExpectedQuote>,
    /// Fragments no quote may contain.
    #[serde(default)]
    pub not_quotes: Vec<String>,
    /// Names that must never be a speaker.
    #[serde(default)]
    pub not_speakers: Vec<String>,
    /// Every contradiction, when the fixture annotates them.
    pub contradictions: Option<Vec<ExpectedContradiction>>,
}

/// A party, as the editor names it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedSpeaker {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: Option<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
}

/// A quote, as the editor marks it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedQuote {
    pub speaker: String,
    pub kind: String,
    pub contains: String,
    #[serde(default)]
    pub excludes: Vec<String>,
    #[serde(default)]
    pub optional: bool,
}

/// A contradiction: `a_speaker` contradicts `b_speaker`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedContradiction {
    pub a_speaker: String,
    pub b_speaker: String,
    pub kind: Option<String>,
    #[serde(default)]
    pub either_order: bool,
    /// Words the contradicted passage must hold, when which of the
    /// contradicted party's passages is answered matters.
    #[serde(default)]
    pub b_contains: Option<String>,
    /// Words the contradicting passage must hold, when which of the
    /// contradicting party's passages answers matters.
    #[serde(default)]
    pub a_contains: Option<String>,
}

impl ExpectedSpeaker {
    /// A party known by its name and a few aliases.
    pub fn named(name: &str, aliases: &[&str]) -> Self {
        Self {
            name: name.to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            kind: None,
            role: None,
            affiliation: None,
        }
    }

    /// True when the engine's name for a speaker names this party.
    pub fn is_named_by(&self, found: &str) -> bool {
        names_party(found, &self.name, &self.aliases)
    }
}

/// The kinds a speaker may have.
pub const SPEAKER_KINDS: &[&str] = &["person", "organization", "group", "unknown"];
/// The kinds a quote may have.
pub const QUOTE_KINDS: &[&str] = &["direct", "indirect", "mixed"];
/// The kinds a contradiction may have.
pub const CONTRADICTION_KINDS: &[&str] = &["denial", "dispute", "conflicting-figures", "negation"];

/// Reads `tests/fixtures/NAME.expected.json`.
pub fn load_expected(name: &str) -> Expected {
    let json_path = fixture_dir().join(format!("{name}.expected.json"));
    let json = std::fs::read_to_string(&json_path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", json_path.display()));
    serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("{}: not a fixture: {e}", json_path.display()))
}

/// The folder of fixture articles.
pub fn fixture_dir() -> std::path::PathBuf {
    super::crate_path("tests/fixtures")
}

/// Catches mistakes in the fixture itself, so that a failure is the engine's.
pub fn validate_fixture(name: &str, expected: &Expected, text: &str) {
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

/// The declared party with this name, or a party known by the name alone.
pub fn party_named(parties: &[ExpectedSpeaker], name: &str) -> ExpectedSpeaker {
    parties
        .iter()
        .find(|p| p.name == name)
        .cloned()
        .unwrap_or_else(|| ExpectedSpeaker::named(name, &[]))
}
