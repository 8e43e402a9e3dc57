//! Reading a speaker mention: the noun phrase at a reporting cue.
//!
//! Without a tagger, a mention is read from capitalisation and the lexicons:
//! titles ("President"), role nouns ("spokeswoman"), group nouns
//! ("officials"), pronouns, and statement nouns ("a statement from Rostec").

use super::lexicons::LEXICONS;
use super::model::{Gender, SpeakerKind};
use super::tokens::Token;
use crate::document::Span;

/// A pronoun that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he
    He,
    /// she
    She,
    /// they
    They,
    /// it
    It,
    /// we, I: the speaker of the quote itself, resolved like "they".
    We,
}

/// What a mention says about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionForm {
    /// A proper name, with whatever the phrase adds.
    Name {
        /// The name without titles ("Dmitry Peskov").
        name: String,
        /// Title or role words ("spokesman", "US President").
        role: Option<String>,
        /// An organisation named before the role ("Kremlin spokesman …").
        organisation: Option<String>,
        /// Person, organisation or unknown.
        kind: SpeakerKind,
        /// Gender implied by a title or role.
        gender: Gender,
    },
    /// A pronoun.
    Pronoun(Pronoun),
    /// A role without a name ("the spokeswoman", "A Rostec spokeswoman").
    Role {
        /// The role noun.
        role: String,
        /// The organisation named before it, if any.
        organisation: Option<String>,
        /// Gender implied by the role.
        gender: Gender,
    },
    /// A group or anonymous source ("officials", "a source").
    Group {
        /// The phrase as written, e.g. "Some voters".
        name: String,
    },
}

/// A speaker mention found at a cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where the phrase is.
    pub span: Span,
    /// What it says.
    pub form: MentionForm,
}

/// Words that start a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "many", "several", "other", "another", "most", "few", "both", "two",
    "three", "four", "one", "these", "those", "all", "more", "his", "her", "their", "its", "our",
    "former", "senior", "top",
];

/// Lowercase modifiers allowed inside a speaker phrase.
const MODIFIERS: &[&str] = &[
    "former",
    "senior",
    "top",
    "chief",
    "deputy",
    "local",
    "federal",
    "provincial",
    "national",
    "state",
    "foreign",
    "military",
    "defence",
    "defense",
    "government",
    "police",
    "city",
    "company",
    "party",
    "union",
    "campaign",
    "white",
    "house",
    "press",
    "health",
    "public",
    "municipal",
    "county",
    "regional",
    "interim",
    "acting",
    "then",
    "vice",
    "assistant",
    "associate",
    "executive",
    "general",
    "prime",
    "communications",
    "media",
    "independent",
    "anonymous",
    "unnamed",
    "other",
    "some",
    "many",
    "several",
    "two",
    "three",
    "both",
    "most",
    "few",
    "one",
    "of",
    "for",
    "from",
    "by",
    "at",
    "in",
    "with",
    "new",
    "longtime",
    "veteran",
    "lead",
    "head",
    "elected",
];

/// Nouns for a written statement that speaks for whoever issued it.
pub const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "release",
    "report",
    "reports",
    "letter",
    "email",
    "post",
    "tweet",
    "filing",
    "memo",
    "study",
    "survey",
    "poll",
    "analysis",
    "documents",
    "document",
    "website",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "representative",
    "account",
    "video",
    "message",
];

/// Capitalised words that begin sentences but never names.
const FUNCTION_WORDS: &[&str] = &[
    "and",
    "but",
    "however",
    "then",
    "meanwhile",
    "still",
    "yet",
    "so",
    "also",
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "since",
    "though",
    "although",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "last",
    "earlier",
    "later",
    "speaking",
    "asked",
    "instead",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "with",
    "for",
    "from",
    "by",
    "to",
    "of",
    "about",
    "under",
    "over",
    "during",
    "despite",
    "because",
    "what",
    "which",
    "who",
    "where",
    "why",
    "how",
    "not",
    "no",
    "yes",
    "even",
    "just",
    "only",
    "such",
    "because",
    "once",
    "again",
    "indeed",
    "moreover",
    "furthermore",
    "according",
    "asked",
    "but",
    "or",
    "nor",
    "thus",
    "therefore",
    "otherwise",
    "until",
    "unless",
    "whether",
    "among",
    "between",
    "against",
    "without",
    "within",
    "through",
    "into",
    "onto",
    "upon",
    "regardless",
    "like",
    "unlike",
    "including",
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "new",
    "longtime",
    "veteran",
    "retired",
    "local",
];

/// Words that make a capitalised name an organisation.
const ORGANISATION_WORDS: &[&str] = &[
    "ministry",
    "department",
    "journal",
    "times",
    "post",
    "news",
    "inc",
    "corp",
    "corporation",
    "association",
    "party",
    "council",
    "government",
    "police",
    "service",
    "services",
    "university",
    "agency",
    "bank",
    "court",
    "commission",
    "committee",
    "union",
    "office",
    "board",
    "foundation",
    "institute",
    "centre",
    "center",
    "group",
    "network",
    "press",
    "company",
    "ltd",
    "co",
    "club",
    "league",
    "federation",
    "authority",
    "administration",
    "house",
    "senate",
    "congress",
    "parliament",
    "cabinet",
    "hospital",
    "school",
    "college",
    "society",
    "organization",
    "organisation",
    "coalition",
    "campaign",
    "fund",
    "trust",
    "airlines",
    "airline",
    "motors",
    "telegraph",
    "guardian",
    "herald",
    "tribune",
    "globe",
    "star",
    "cbc",
    "ctv",
    "bbc",
    "cnn",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "msnbc",
    "afp",
    "ap",
    "rcmp",
    "fbi",
    "cia",
    "transit",
    "city",
    "province",
    "state",
    "army",
    "navy",
    "force",
    "forces",
    "command",
    "embassy",
    "consulate",
    "tribunal",
    "watchdog",
    "regulator",
    "institution",
    "firm",
    "bureau",
    "secretariat",
    "directorate",
    "ministries",
    "courier",
    "gazette",
    "daily",
    "chronicle",
    "observer",
    "mail",
    "sun",
    "record",
    "review",
    "magazine",
    "radio",
    "television",
    "tv",
    "weekly",
    "examiner",
    "inquirer",
    "dispatch",
    "bulletin",
    "sentinel",
    "monitor",
    "express",
    "standard",
    "independent",
    "mirror",
    "telegram",
    "recorder",
    "courant",
    "ledger",
    "register",
    "citizen",
    "gazette",
    "diário",
    "diario",
    "zeitung",
    "consultants",
    "partners",
    "associates",
    "holdings",
    "industries",
    "systems",
    "solutions",
    "technologies",
    "resorts",
    "hotels",
    "hotel",
    "airways",
    "mainland",
    "security",
    "development",
    "affairs",
    "health",
    "energy",
    "resources",
    "canada",
    "america",
];

/// Days, months and other words of time that may sit between subject and verb.
pub const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "weekend",
    "earlier",
    "later",
    "recently",
    "previously",
    "last",
    "this",
    "next",
    "early",
    "late",
    "christmas",
    "day",
    "eve",
    "easter",
    "thanksgiving",
    "hanukkah",
    "halloween",
    "years",
];

/// Is `lower` a lowercase function word?
pub fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(&lower)
}

/// Is this lowercase word allowed inside a speaker phrase?
pub fn is_phrase_word(lower: &str) -> bool {
    DETERMINERS.contains(&lower)
        || MODIFIERS.contains(&lower)
        || STATEMENT_NOUNS.contains(&lower)
        || LEXICONS.roles.contains_key(lower)
        || LEXICONS.groups.contains(lower)
}

fn pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        "we" => Some(Pronoun::We),
        _ => None,
    }
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// Reads the tokens of a phrase (in order) as a speaker mention.
pub fn parse(text: &str, tokens: &[Token]) -> Option<Mention> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let first = tokens.first()?;
    let last = tokens.last()?;
    let span = Span::new(first.span.start, last.span.end);
    if words.len() == 1
        && let Some(p) = pronoun(&words[0].to_lowercase())
    {
        return Some(Mention {
            span,
            form: MentionForm::Pronoun(p),
        });
    }
    // "a statement from Rostec", "a report in The Wall Street Journal".
    if let Some(k) = words
        .iter()
        .position(|w| STATEMENT_NOUNS.contains(&w.to_lowercase().as_str()))
        && let Some(prep) = words.get(k + 1)
        && matches!(
            prep.to_lowercase().as_str(),
            "from" | "by" | "of" | "in" | "issued"
        )
        && k + 2 < tokens.len()
    {
        return parse(text, &tokens[k + 2..]).map(|m| Mention { span, form: m.form });
    }
    // Drop leading determiners, but remember them for groups.
    let mut start = 0;
    while start < words.len()
        && DETERMINERS.contains(&words[start].to_lowercase().as_str())
        && (words[start] == "A" || !words[start].chars().all(char::is_uppercase))
    {
        start += 1;
    }
    let core = &words[start..];
    let head = *core.last()?;
    let head_lower = head.to_lowercase();
    let head_token = tokens.get(start + core.len() - 1)?;

    // "The Journal report", "Rostec's statement": the statement speaks for its issuer.
    if STATEMENT_NOUNS.contains(&head_lower.as_str())
        && !LEXICONS.roles.contains_key(head_lower.as_str())
    {
        let issuer: Vec<Token> = tokens[start..start + core.len() - 1].to_vec();
        return parse(text, &issuer).map(|m| Mention { span, form: m.form });
    }

    // "I’d", "We’ll": contractions are no names.
    if head.contains(['\'', '’']) && !is_possessive(head) && head_lower != "o'" && head.len() <= 5
    {
        return None;
    }
    if head_token.is_capitalised(text) && !is_function_word(&head_lower) {
        let mut form = name_form(core);
        // "The Kremlin", "the Journal": a single name after "the" is an institution.
        if let MentionForm::Name { kind, name, .. } = &mut form
            && *kind == SpeakerKind::Unknown
            && start > 0
            && words[start - 1].eq_ignore_ascii_case("the")
            && !name.contains(' ')
        {
            *kind = SpeakerKind::Organization;
        }
        return Some(Mention { span, form });
    }
    if let Some(role) = LEXICONS.roles.get(head_lower.as_str()) {
        let organisation = organisation_before(core);
        if role.organisation {
            // "the company", "the ministry": the organisation itself.
            let name = organisation
                .clone()
                .unwrap_or_else(|| format!("the {head_lower}"));
            return Some(Mention {
                span,
                form: MentionForm::Name {
                    name,
                    role: None,
                    organisation: None,
                    kind: SpeakerKind::Organization,
                    gender: Gender::Unknown,
                },
            });
        }
        return Some(Mention {
            span,
            form: MentionForm::Role {
                role: head_lower,
                organisation,
                gender: role.gender,
            },
        });
    }
    if LEXICONS.groups.contains(head_lower.as_str()) {
        let name = words.join(" ");
        return Some(Mention {
            span,
            form: MentionForm::Group { name },
        });
    }
    None
}

/// Capitalised words (not titles) right before the head: "Rostec" in "A Rostec spokeswoman".
fn organisation_before(core: &[&str]) -> Option<String> {
    let before = &core[..core.len().saturating_sub(1)];
    let caps: Vec<&str> = before
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| strip_possessive(w))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .skip_while(|w| is_phrase_word(&w.to_lowercase()) || is_function_word(&w.to_lowercase()))
        .collect();
    (!caps.is_empty()).then(|| caps.join(" "))
}

/// Reads "US President Donald Trump", "Kremlin spokesman Dmitry Peskov", "The Kremlin".
fn name_form(core: &[&str]) -> MentionForm {
    // The name is the trailing run of capitalised words after the last role or possessive.
    let mut name_start = core.len();
    while name_start > 0 {
        let w = core[name_start - 1];
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let connector = matches!(
            w,
            "de" | "van"
                | "von"
                | "der"
                | "den"
                | "da"
                | "do"
                | "dos"
                | "das"
                | "di"
                | "du"
                | "des"
                | "del"
                | "della"
                | "bin"
                | "ibn"
                | "al"
                | "el"
                | "la"
                | "le"
                | "of"
                | "and"
                | "&"
                | "for"
                | "on"
        ) && name_start < core.len();
        if (!capital && !connector) || (is_possessive(w) && name_start < core.len()) {
            break;
        }
        name_start -= 1;
    }
    while name_start < core.len() && matches!(core[name_start], "of" | "and" | "&" | "for" | "on") {
        name_start += 1;
    }
    let mut gender = Gender::Unknown;
    // Titles at the front of the name run belong to the role, and so does a
    // capitalised role noun ("Developer Craig Boyd" at the start of a sentence).
    let mut title_end = name_start;
    let last_title = (name_start..core.len().saturating_sub(1)).rev().find(|&k| {
        LEXICONS.title(core[k]).is_some()
            && !core[k + 1..]
                .iter()
                .any(|w| matches!(*w, "of" | "and" | "for" | "on"))
    });
    for (k, w) in core.iter().enumerate().skip(name_start) {
        if last_title.is_some_and(|t| k < t) {
            if let Some(g) = LEXICONS.title(w)
                && g != Gender::Unknown
            {
                gender = g;
            }
            title_end = k + 1;
            continue;
        }
        let next_is_name = core
            .get(k + 1)
            .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
        let role_noun = LEXICONS
            .roles
            .get(w.to_lowercase().as_str())
            .filter(|r| !r.organisation && next_is_name)
            .map(|r| r.gender);
        if k + 1 < core.len()
            && let Some(g) = LEXICONS.title(w).or(role_noun)
        {
            title_end = k + 1;
            if g != Gender::Unknown {
                gender = g;
            }
        } else if !(k + 1 < core.len()
            && w.len() <= 3
            && w.chars().all(|c| c.is_uppercase() || c == '.')
            && title_end == k)
        {
            // (An acronym before a title, "US President …", is stepped over.)
            break;
        }
    }
    let mut name_words: Vec<&str> = core[title_end..]
        .iter()
        .map(|w| strip_possessive(w))
        .collect();
    // "Richard Shelby of Alabama": a person's name ends before "of".
    if let Some(of) = name_words.iter().position(|w| *w == "of")
        && of >= 2
        && (LEXICONS.given_names.contains_key(name_words[0]) || title_end > name_start)
    {
        name_words.truncate(of);
    }
    let name = name_words.join(" ");
    let mut role_words: Vec<&str> = core[..title_end]
        .iter()
        .copied()
        .filter(|w| *w != ",")
        .collect();
    let mut organisation = None;
    let mut kind = SpeakerKind::Unknown;
    // A role noun before the name: "spokesman Dmitry Peskov", "contractor Rostec".
    if let Some(pos) = role_words
        .iter()
        .rposition(|w| LEXICONS.roles.contains_key(w.to_lowercase().as_str()))
    {
        let role_lower = role_words[pos].to_lowercase();
        if let Some(info) = LEXICONS.roles.get(role_lower.as_str()) {
            if info.organisation {
                kind = SpeakerKind::Organization;
            } else {
                kind = SpeakerKind::Person;
            }
            if gender == Gender::Unknown {
                gender = info.gender;
            }
        }
        let caps_before = organisation_words(&role_words[..pos]);
        // "US President": a title's country is no affiliation; "Kremlin spokesman" is.
        let title_role = role_words[pos]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && LEXICONS.title(role_words[pos]).is_some();
        if !caps_before.is_empty() && !title_role && LEXICONS.title(caps_before[0]).is_none() {
            organisation = Some(caps_before.join(" "));
        }
        if !title_role {
            role_words = role_words[pos..].to_vec();
        }
    } else if let Some(pos) = role_words.iter().rposition(|w| is_possessive(w)) {
        role_words = role_words[pos + 1..].to_vec();
    }
    if title_end > name_start {
        kind = SpeakerKind::Person;
    }
    if kind == SpeakerKind::Unknown {
        kind = kind_of_name(&name_words);
    }
    if gender == Gender::Unknown && name_words.len() >= 2 {
        gender = LEXICONS
            .given_names
            .get(name_words[0])
            .copied()
            .unwrap_or(Gender::Unknown);
    }
    let role = (!role_words.is_empty()).then(|| role_words.join(" "));
    MentionForm::Name {
        name,
        role,
        organisation,
        kind,
        gender,
    }
}

/// The capitalised words right before a role noun, less leading adjectives
/// ("New owner", "Longtime resident": a capitalised adjective is no organisation).
fn organisation_words<'a>(before_role: &[&'a str]) -> Vec<&'a str> {
    before_role
        .iter()
        .rev()
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_possessive(w))
        .copied()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .skip_while(|w| is_phrase_word(&w.to_lowercase()) || is_function_word(&w.to_lowercase()))
        .collect()
}

/// Organisation when a word says so or it is an acronym; person for two to four words.
fn kind_of_name(name_words: &[&str]) -> SpeakerKind {
    let organisation_word = name_words
        .iter()
        .any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()));
    let acronym = name_words
        .iter()
        .all(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'));
    if organisation_word || acronym {
        SpeakerKind::Organization
    } else if (2..=4).contains(&name_words.len()) {
        SpeakerKind::Person
    } else {
        SpeakerKind::Unknown
    }
}

/// People named in a sentence's narrative (outside quotations): runs of two
/// or three capitalised words that are not organisations, after any titles;
/// and single surnames (which [`super::speakers::SpeakerBook`] matches to
/// people named before).
pub fn people_named(text: &str, items: &[super::frame::Item]) -> Vec<(String, Gender)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let Some(tok) = items[i].token() else {
            i += 1;
            continue;
        };
        let run_start = i;
        let mut words: Vec<&str> = Vec::new();
        while let Some(t) = items.get(i).and_then(|it| it.token()) {
            let w = t.text(text);
            let lower = w.to_lowercase();
            if !t.is_capitalised(text)
                || is_function_word(&lower)
                || TIME_WORDS.contains(&lower.as_str())
            {
                break;
            }
            words.push(w);
            i += 1;
            if is_possessive(w) {
                break;
            }
        }
        if words.is_empty() {
            i += 1;
            continue;
        }
        let _ = tok;
        let mut gender = Gender::Unknown;
        let mut start = 0;
        while start + 1 < words.len()
            && let Some(g) = LEXICONS.title(words[start])
        {
            if g != Gender::Unknown {
                gender = g;
            }
            start += 1;
        }
        let name: Vec<&str> = words[start..].iter().map(|w| strip_possessive(w)).collect();
        if gender == Gender::Unknown && name.len() >= 2 {
            gender = LEXICONS
                .given_names
                .get(name[0])
                .copied()
                .unwrap_or(Gender::Unknown);
        }
        let organisation = name
            .iter()
            .any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()));
        let acronym = name
            .iter()
            .all(|w| w.chars().all(|c| c.is_uppercase() || c == '.'));
        // Only what looks like a person: a known given name, a title, or the
        // sentence's subject ("Mamadou Dia was on a business trip …").
        let subject = items[..run_start].iter().all(|it| {
            !it.is_word() || {
                let w = it
                    .token()
                    .map(|t| t.text(text).to_lowercase())
                    .unwrap_or_default();
                matches!(w.as_str(), "but" | "and" | "then" | "meanwhile")
            }
        });
        let personal = gender != Gender::Unknown || start > 0 || subject || name.len() == 1;
        if !organisation && !acronym && personal && (1..=3).contains(&name.len()) {
            out.push((name.join(" "), gender));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokens::tokenize;

    fn read(s: &str) -> Option<MentionForm> {
        let toks = tokenize(s, Span::new(0, s.len()));
        parse(s, &toks).map(|m| m.form)
    }

    #[test]
    fn title_and_role_are_split_from_the_name() {
        let Some(MentionForm::Name { name, role, .. }) =
            read("President Vladimir Putin's spokesman Dmitry Peskov")
        else {
            panic!("no name");
        };
        assert_eq!(name, "Dmitry Peskov");
        assert_eq!(role.as_deref(), Some("spokesman"));
        let Some(MentionForm::Name {
            name, role, kind, ..
        }) = read("US President Donald Trump")
        else {
            panic!("no name");
        };
        assert_eq!(
            (name.as_str(), role.as_deref(), kind),
            ("Donald Trump", Some("US President"), SpeakerKind::Person)
        );
    }

    #[test]
    fn organisation_before_a_role() {
        assert_eq!(
            read("A Rostec spokeswoman"),
            Some(MentionForm::Role {
                role: "spokeswoman".into(),
                organisation: Some("Rostec".into()),
                gender: Gender::Female
            })
        );
        let Some(MentionForm::Name {
            name, organisation, ..
        }) = read("Kremlin spokesman Dmitry Peskov")
        else {
            panic!("no name");
        };
        assert_eq!(
            (name.as_str(), organisation.as_deref()),
            ("Dmitry Peskov", Some("Kremlin"))
        );
    }

    #[test]
    fn statements_speak_for_their_issuer() {
        let Some(MentionForm::Name { name, .. }) = read("a statement from Rostec") else {
            panic!("no name");
        };
        assert_eq!(name, "Rostec");
        let Some(MentionForm::Name { name, .. }) = read("the Journal report") else {
            panic!("no name");
        };
        assert_eq!(name, "Journal");
    }

    #[test]
    fn groups_and_pronouns() {
        assert_eq!(
            read("Some voters"),
            Some(MentionForm::Group {
                name: "Some voters".into()
            })
        );
        assert_eq!(read("she"), Some(MentionForm::Pronoun(Pronoun::She)));
    }
}
