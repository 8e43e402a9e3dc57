//! The engine's word lists, parsed once from `assets/lexicons/`.

use std::sync::LazyLock;

use super::hashing::{FastMap, FastSet, WordMap, pack};
use super::model::{ContradictionKind, Gender};
use crate::lexicon::entries;

/// What a reporting verb form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VerbInfo {
    /// Attributes only next to a direct quotation.
    pub quote_only: bool,
    /// "told", "tells": takes a listener before its content.
    pub takes_listener: bool,
    /// Present participle ("saying"), which attaches to the noun before it.
    pub participle: bool,
    /// Attributes an attitude (a wish, a fear, a demand) rather than words
    /// ("wants", "endorses"), and what its content may be.
    pub attitude: Option<AttitudeObject>,
}

impl VerbInfo {
    /// Does the verb attribute an attitude rather than words?
    pub fn is_attitude(self) -> bool {
        self.attitude.is_some()
    }
}

/// What an attitude verb's content may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttitudeObject {
    /// A noun or a clause ("endorses Trump", "is demanding that …").
    NounOrClause,
    /// An infinitive or a clause, never a noun ("plans to …", "ruled that …").
    ClauseOnly,
}

/// What a role noun says about its bearer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleInfo {
    /// Gender implied by the role, if any.
    pub gender: Gender,
    /// The noun names an organisation ("company", "ministry").
    pub organisation: bool,
}

/// All word lists the engine uses.
#[derive(Debug)]
pub struct Lexicons {
    /// Reporting verb forms.
    pub verbs: FastMap<String, VerbInfo>,
    /// Each verb form's base form ("denied" → "deny").
    pub lemmas: FastMap<String, String>,
    /// Role nouns.
    pub roles: FastMap<String, RoleInfo>,
    /// Group and anonymous-source nouns, with the plurals of person roles.
    pub groups: FastSet<String>,
    /// The plurals of person roles ("engineers") that [`Self::groups`]
    /// holds and the group list does not: a group only when counted or
    /// determined ("Two engineers said", not "engineers found that").
    pub role_plurals: FastSet<String>,
    /// Titles before names, with the gender they imply.
    pub titles: FastMap<String, Gender>,
    /// Contradiction cues: (kind, cue words).
    pub contradiction_cues: Vec<(ContradictionKind, Vec<String>)>,
    /// Quantity nouns and the group of things they count.
    pub quantities: FastMap<String, String>,
    /// Given names that mark a gender.
    pub given_names: FastMap<String, Gender>,
    /// Reporting verbs (base forms) that take noun objects as readily as clauses.
    pub noun_object_verbs: FastSet<String>,
    /// Words that open a noun phrase (articles, quantifiers, possessives, a few adjectives).
    pub determiners: FastSet<String>,
    /// Lowercase words allowed inside a speaker phrase ("former senior official", "city staff").
    pub phrase_modifiers: FastSet<String>,
    /// Nouns for a written or spoken statement that speaks for whoever issued it ("a statement from X").
    pub statement_nouns: FastSet<String>,
    /// Function words: capitalised at the start of a sentence they are never part of a name.
    pub function_words: FastSet<String>,
    /// Words that make a capitalised name an organisation ("Ministry", "Journal", "Inc").
    pub organisation_words: FastSet<String>,
    /// Nouns for someone's claim ("a report in X", "the union's allegations").
    pub claim_nouns: FastSet<String>,
    /// Days, months, holidays and other words of time that stand between a speaker and the verb.
    pub time_words: FastSet<String>,
    /// Every word of the lists above (as they spell it) → the lists it is in.
    classes: Classes,
}

/// Every word of the lexicons' lists (as they spell it) → the lists it is
/// in: one look-up answers what would take several.
#[derive(Debug, Default)]
struct Classes {
    /// Every word of the lists → its classes.
    words: WordMap<WordClass>,
    /// One bit per [`filter_bit`] of the packed words in `short`: most words
    /// of a text are in no list, and a clear bit says so without searching
    /// the table.
    filter: Vec<u64>,
}

impl Classes {
    /// The classes of the words of `lex`'s lists.
    fn of(lex: &Lexicons) -> Classes {
        let mut out = Classes {
            filter: vec![0; FILTER_BITS / 64],
            ..Classes::default()
        };
        for (word, class) in classes(lex) {
            if let Some(key) = out.words.insert(&word, class) {
                let bit = filter_bit(key);
                if let Some(slot) = out.filter.get_mut(bit / 64) {
                    *slot |= 1 << (bit % 64);
                }
            }
        }
        out
    }

    /// The class of `word` (exactly as spelt).
    #[inline]
    fn get(&self, word: &str) -> WordClass {
        match pack(word, |b| b) {
            Some(key) => {
                let bit = filter_bit(key);
                let maybe = self
                    .filter
                    .get(bit / 64)
                    .is_some_and(|slot| slot & (1 << (bit % 64)) != 0);
                if !maybe {
                    return WordClass::default();
                }
                self.words.get_packed(key)
            }
            None => self.words.get(word),
        }
        .copied()
        .unwrap_or_default()
    }
}

/// The word lists a word is in ([`Lexicons::class`]), with its reporting-verb
/// properties when it is one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass {
    lists: u16,
    /// The word's properties as a reporting verb form ([`Lexicons::verbs`]).
    pub verb: Option<VerbInfo>,
}

impl WordClass {
    /// In [`Lexicons::function_words`].
    pub const FUNCTION: u16 = 1;
    /// In [`Lexicons::time_words`].
    pub const TIME: u16 = 1 << 1;
    /// In [`Lexicons::determiners`].
    pub const DETERMINER: u16 = 1 << 2;
    /// In [`Lexicons::phrase_modifiers`].
    pub const MODIFIER: u16 = 1 << 3;
    /// In [`Lexicons::statement_nouns`].
    pub const STATEMENT: u16 = 1 << 4;
    /// A key of [`Lexicons::roles`].
    pub const ROLE: u16 = 1 << 5;
    /// In [`Lexicons::groups`].
    pub const GROUP: u16 = 1 << 6;
    /// In [`Lexicons::claim_nouns`].
    pub const CLAIM: u16 = 1 << 7;

    /// True when the word is in any of the `lists` (`WordClass::FUNCTION | …`).
    #[inline]
    pub fn any(self, lists: u16) -> bool {
        self.lists & lists != 0
    }
}

/// Suffixes that make a name a company's ("Swiftline Inc."), lowercase,
/// without their period.
pub const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "gmbh",
    "holdings",
    "limited",
    "corporation",
    "incorporated",
];

/// Bits in [`Classes::filter`].
const FILTER_BITS: usize = 1 << 16;

/// The bit of [`Classes::filter`] for a packed word.
#[inline]
fn filter_bit(key: u128) -> usize {
    // (The packed word's two halves mixed by a multiply; the top 16 bits.)
    let low = u64::try_from(key & u128::from(u64::MAX)).unwrap_or(0);
    let high = u64::try_from(key >> 64).unwrap_or(0);
    let mixed = (low ^ high.rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    usize::try_from(mixed >> 48).unwrap_or(0) % FILTER_BITS
}

/// The [`WordClass`] of every word of the lexicons' lists.
fn classes(lex: &Lexicons) -> FastMap<String, WordClass> {
    let mut out: FastMap<String, WordClass> = FastMap::default();
    let sets = [
        (&lex.function_words, WordClass::FUNCTION),
        (&lex.time_words, WordClass::TIME),
        (&lex.determiners, WordClass::DETERMINER),
        (&lex.phrase_modifiers, WordClass::MODIFIER),
        (&lex.statement_nouns, WordClass::STATEMENT),
        (&lex.groups, WordClass::GROUP),
        (&lex.claim_nouns, WordClass::CLAIM),
    ];
    for (set, list) in sets {
        for word in set {
            out.entry(word.clone()).or_default().lists |= list;
        }
    }
    for word in lex.roles.keys() {
        out.entry(word.clone()).or_default().lists |= WordClass::ROLE;
    }
    for (word, info) in &lex.verbs {
        out.entry(word.clone()).or_default().verb = Some(*info);
    }
    out
}

fn gender_of(tag: Option<&str>) -> Gender {
    match tag {
        Some("m") => Gender::Male,
        Some("f") => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn load() -> Lexicons {
    let mut lex = lists();
    lex.classes = Classes::of(&lex);
    lex
}

/// The word lists, without their [`Classes`].
/// The reporting and attitude verb forms, and each form's base form.
fn verb_lists() -> (FastMap<String, VerbInfo>, FastMap<String, String>) {
    let mut verbs = FastMap::default();
    let mut lemmas = FastMap::default();
    for line in entries(include_str!("../../assets/lexicons/reporting-verbs.txt")) {
        let quote_only = line.starts_with('~');
        let forms: Vec<&str> = line.trim_start_matches('~').split_whitespace().collect();
        let takes_listener = forms.first().is_some_and(|l| *l == "tell");
        let lemma = forms.first().map(|l| l.to_lowercase()).unwrap_or_default();
        for form in forms {
            lemmas.insert(form.to_lowercase(), lemma.clone());
            verbs.insert(
                form.to_lowercase(),
                VerbInfo {
                    quote_only,
                    takes_listener,
                    participle: form.ends_with("ing"),
                    ..VerbInfo::default()
                },
            );
        }
    }
    for line in entries(include_str!("../../assets/lexicons/attitude-verbs.txt")) {
        let clause_only = line.starts_with('>');
        let forms: Vec<&str> = line.trim_start_matches('>').split_whitespace().collect();
        let lemma = forms.first().map(|l| l.to_lowercase()).unwrap_or_default();
        for form in forms {
            lemmas
                .entry(form.to_lowercase())
                .or_insert_with(|| lemma.clone());
            verbs.entry(form.to_lowercase()).or_insert(VerbInfo {
                participle: form.ends_with("ing"),
                attitude: Some(if clause_only {
                    AttitudeObject::ClauseOnly
                } else {
                    AttitudeObject::NounOrClause
                }),
                ..VerbInfo::default()
            });
        }
    }
    (verbs, lemmas)
}

fn lists() -> Lexicons {
    let (verbs, lemmas) = verb_lists();
    let roles: FastMap<String, RoleInfo> =
        entries(include_str!("../../assets/lexicons/role-nouns.txt"))
            .filter_map(|line| {
                let mut parts = line.split_whitespace();
                let word = parts.next()?.to_lowercase();
                let tags: Vec<&str> = parts.collect();
                let gender = gender_of(tags.iter().copied().find(|t| *t == "m" || *t == "f"));
                let organisation = tags.contains(&"org");
                Some((
                    word,
                    RoleInfo {
                        gender,
                        organisation,
                    },
                ))
            })
            .collect();
    let mut groups: FastSet<String> =
        crate::lexicon::set(include_str!("../../assets/lexicons/group-nouns.txt"));
    // "Two engineers said": people in a role, counted, are a group.
    let role_plurals: FastSet<String> = roles
        .iter()
        .filter(|(word, role)| !role.organisation && word.len() > 3 && !word.ends_with('s'))
        .map(|(word, _)| match word.strip_suffix('y') {
            Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
            _ => format!("{word}s"),
        })
        .filter(|plural| !groups.contains(plural))
        .collect();
    groups.extend(role_plurals.iter().cloned());
    let titles = entries(include_str!("../../assets/lexicons/titles.txt"))
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let word = parts.next()?.to_owned();
            Some((word, gender_of(parts.next())))
        })
        .collect();
    let contradiction_cues = entries(include_str!("../../assets/lexicons/denial-cues.txt"))
        .filter_map(|line| {
            let (kind, cue) = line.split_once('\t')?;
            let kind = match kind.trim() {
                "denial" => ContradictionKind::Denial,
                _ => ContradictionKind::Dispute,
            };
            Some((
                kind,
                cue.split_whitespace().map(str::to_lowercase).collect(),
            ))
        })
        .collect();
    let quantities = entries(include_str!("../../assets/lexicons/quantity-nouns.txt"))
        .filter_map(|line| {
            let (group, noun) = line.split_once('\t')?;
            Some((noun.trim().to_lowercase(), group.trim().to_owned()))
        })
        .collect();
    let given_names = entries(include_str!("../../assets/lexicons/given-names.txt"))
        .filter_map(|line| {
            let (tag, name) = line.split_once(' ')?;
            Some((name.trim().to_owned(), gender_of(Some(tag))))
        })
        .collect();
    Lexicons {
        verbs,
        lemmas,
        roles,
        groups,
        role_plurals,
        titles,
        contradiction_cues,
        quantities,
        given_names,
        noun_object_verbs: crate::lexicon::set(include_str!(
            "../../assets/lexicons/noun-object-verbs.txt"
        )),
        determiners: crate::lexicon::set(include_str!("../../assets/lexicons/determiners.txt")),
        phrase_modifiers: crate::lexicon::set(include_str!(
            "../../assets/lexicons/phrase-modifiers.txt"
        )),
        statement_nouns: crate::lexicon::set(include_str!(
            "../../assets/lexicons/statement-nouns.txt"
        )),
        function_words: crate::lexicon::set(include_str!(
            "../../assets/lexicons/function-words.txt"
        )),
        organisation_words: crate::lexicon::set(include_str!(
            "../../assets/lexicons/organisation-words.txt"
        )),
        claim_nouns: crate::lexicon::set(include_str!("../../assets/lexicons/claim-nouns.txt")),
        time_words: crate::lexicon::set(include_str!("../../assets/lexicons/time-words.txt")),
        classes: Classes::default(),
    }
}

/// The lexicons, parsed on first use.
pub static LEXICONS: LazyLock<Lexicons> = LazyLock::new(load);

impl Lexicons {
    /// The lists `word` (exactly as spelt) is in; empty for most words.
    #[inline]
    pub fn class(&self, word: &str) -> WordClass {
        self.classes.get(word)
    }

    /// The reporting verb this lowercase word is a form of, if any.
    pub fn verb(&self, lower: &str) -> Option<VerbInfo> {
        self.verbs.get(lower).copied()
    }

    /// The base form of a reporting verb form.
    pub fn lemma(&self, lower: &str) -> Option<&str> {
        self.lemmas.get(lower).map(String::as_str)
    }

    /// True when `word` (any case, period dropped) is a title before names.
    pub fn title(&self, word: &str) -> Option<Gender> {
        let w = word.trim_end_matches('.');
        self.titles.get(w).copied().or_else(|| {
            // "PRESIDENT", "president" used as a title before a name.
            let mut short = [0u8; 24];
            if w.is_ascii() && w.len() <= short.len() {
                // The same capitalisation, in place for short ASCII words.
                let cap = &mut short[..w.len()];
                cap.copy_from_slice(w.as_bytes());
                cap.make_ascii_lowercase();
                if let Some(first) = cap.first_mut() {
                    first.make_ascii_uppercase();
                }
                return std::str::from_utf8(cap)
                    .ok()
                    .and_then(|cap| self.titles.get(cap).copied());
            }
            let mut chars = w.chars();
            let first = chars.next()?;
            let cap: String = first
                .to_uppercase()
                .chain(chars.flat_map(char::to_lowercase))
                .collect();
            self.titles.get(&cap).copied()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_any_case() {
        let reference = |word: &str| {
            let w = word.trim_end_matches('.');
            LEXICONS.titles.get(w).copied().or_else(|| {
                let mut chars = w.chars();
                let first = chars.next()?;
                let cap: String = first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect();
                LEXICONS.titles.get(&cap).copied()
            })
        };
        for w in [
            "President",
            "PRESIDENT",
            "president",
            "Sen.",
            "sen.",
            "MR",
            "mr.",
            "",
            ".",
            "Ölçek",
            "x",
            "gOVERNOR",
            "Prime",
            "averyveryverylongwordindeedmorethan24",
        ] {
            assert_eq!(LEXICONS.title(w), reference(w), "{w}");
        }
    }
}
