//! The analysis of one article: speakers, their quotes, and contradictions.

use serde::{Deserialize, Serialize};

use crate::document::Span;

/// Index of a speaker in [`Analysis::speakers`]; its report id is `s{index+1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SpeakerId(pub usize);

/// Index of a quote in [`Analysis::quotes`]; its report id is `q{index+1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuoteId(pub usize);

/// Index of a contradiction in [`Analysis::contradictions`]; report id `c{index+1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ContradictionId(pub usize);

impl std::fmt::Display for SpeakerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "s{}", self.0 + 1)
    }
}

impl std::fmt::Display for QuoteId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "q{}", self.0 + 1)
    }
}

impl std::fmt::Display for ContradictionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "c{}", self.0 + 1)
    }
}

/// What sort of party a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or described individual.
    Person,
    /// A company, government, agency, newspaper…
    Organization,
    /// A plural or anonymous collective ("officials", "residents").
    Group,
    /// Not known.
    #[default]
    Unknown,
}

impl SpeakerKind {
    /// The report's spelling of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// Grammatical gender inferred for a speaker, used to resolve pronouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
    /// Not known.
    #[default]
    Unknown,
}

/// One party that is quoted in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// Canonical name ("Dmitry Peskov", "Rostec spokeswoman").
    pub name: String,
    /// Person, organisation, group or unknown.
    pub kind: SpeakerKind,
    /// Role or title ("spokesman"), if the article gives one.
    pub role: Option<String>,
    /// The organisation the speaker speaks for, if any.
    pub affiliation: Option<SpeakerId>,
    /// Every other way the article refers to the speaker, in order of appearance.
    pub aliases: Vec<String>,
    /// Gender as far as the article tells (pronouns, titles, role nouns).
    pub gender: Gender,
}

/// How a quote is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that embeds quoted words.
    Mixed,
}

impl QuoteKind {
    /// The report's spelling of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }

    /// A label for people: "direct" or "reported".
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "reported",
            QuoteKind::Mixed => "reported, with quoted words",
        }
    }
}

/// A passage the article attributes to a speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The speaker, or `None` when none could be found.
    pub speaker: Option<SpeakerId>,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The quoted words (for a direct quote: inside the marks).
    pub span: Span,
    /// The words that attribute it ("told journalists", "according to").
    pub cue: Option<String>,
    /// How sure the engine is of the speaker, 0–1.
    pub confidence: f32,
    /// Why the speaker was chosen, in words a student can follow.
    pub reason: String,
}

/// The kinds of contradiction the engine recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ContradictionKind {
    /// One party denies what another said or reported.
    #[serde(rename = "denial")]
    Denial,
    /// One party rejects, dismisses or plays down another's claim.
    #[serde(rename = "dispute")]
    Dispute,
    /// Two parties give incompatible numbers for the same thing.
    #[serde(rename = "conflicting-figures")]
    ConflictingFigures,
    /// One party asserts the opposite of another.
    #[serde(rename = "negation")]
    Negation,
}

impl ContradictionKind {
    /// The report's spelling of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ContradictionKind::Denial => "denial",
            ContradictionKind::Dispute => "dispute",
            ContradictionKind::ConflictingFigures => "conflicting-figures",
            ContradictionKind::Negation => "negation",
        }
    }
}

/// A later passage (`a`) that contradicts an earlier one (`b`) by another speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Contradiction {
    /// The contradicting passage.
    pub a: QuoteId,
    /// The passage it contradicts.
    pub b: QuoteId,
    /// Denial, dispute, conflicting figures or negation.
    pub kind: ContradictionKind,
    /// The words that signal it ("denied", "dismissing").
    pub cue: String,
    /// One sentence naming both parties.
    pub explanation: String,
    /// How sure the engine is, 0–1.
    pub confidence: f32,
}

/// Everything the engine found in one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    /// Speakers in order of first appearance.
    pub speakers: Vec<Speaker>,
    /// Quotes in document order.
    pub quotes: Vec<Quote>,
    /// Contradictions, ordered by their contradicting passage.
    pub contradictions: Vec<Contradiction>,
}

impl Analysis {
    /// The speaker with this id, if it exists.
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.speakers.get(id.0)
    }

    /// The quote with this id, if it exists.
    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.quotes.get(id.0)
    }

    /// Every speaker's quotes in document order, indexed by speaker, in
    /// one pass (for views that list all speakers).
    pub fn quotes_by_speaker(&self) -> Vec<Vec<QuoteId>> {
        let mut groups = vec![Vec::new(); self.speakers.len()];
        for (i, q) in self.quotes.iter().enumerate() {
            if let Some(group) = q.speaker.and_then(|s| groups.get_mut(s.0)) {
                group.push(QuoteId(i));
            }
        }
        groups
    }

    /// Ids of a speaker's quotes, in document order.
    pub fn quotes_of(&self, speaker: SpeakerId) -> Vec<QuoteId> {
        self.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.speaker == Some(speaker))
            .map(|(i, _)| QuoteId(i))
            .collect()
    }

    /// The speaker of a quote, if it has one.
    pub fn speaker_of(&self, quote: QuoteId) -> Option<&Speaker> {
        self.quote(quote)
            .and_then(|q| q.speaker)
            .and_then(|s| self.speaker(s))
    }

    /// The name of the quote's speaker, or "unknown speaker".
    pub fn speaker_name(&self, quote: QuoteId) -> &str {
        self.speaker_of(quote)
            .map_or("unknown speaker", |s| s.name.as_str())
    }

    /// The quote whose span contains byte `offset`, preferring the shortest.
    pub fn quote_at(&self, offset: usize) -> Option<QuoteId> {
        self.quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.span.contains(offset))
            .min_by_key(|(_, q)| q.span.len())
            .map(|(i, _)| QuoteId(i))
    }

    /// Contradictions in which the quote takes part, on either side.
    pub fn contradictions_of(&self, quote: QuoteId) -> Vec<ContradictionId> {
        self.contradictions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.a == quote || c.b == quote)
            .map(|(i, _)| ContradictionId(i))
            .collect()
    }
}
