//! Reading a speaker mention: the noun phrase at a reporting cue.
//!
//! Without a tagger, a mention is read from capitalisation and the lexicons:
//! titles ("President"), role nouns ("spokeswoman"), group nouns
//! ("officials"), pronouns, and statement nouns ("a statement from Rostec").

use super::lexicons::{LEXICONS, WordClass};
use super::lowercase::ToLower;
use super::model::{Gender, SpeakerKind};
use super::names::name_form;
use super::tokens::{Token, starts_with_capital};
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
    /// The office of someone ("Trudeau's office", "the premier's office",
    /// "his office"): a party of its own that speaks for its owner.
    OfficeOf(Box<MentionForm>),
    /// An unnamed spokesperson of someone ("a spokesperson for the minister",
    /// "the mayor's spokesman"): a person of their own who speaks for the
    /// owner.
    SpokespersonOf {
        /// The role noun ("spokesperson").
        role: String,
        /// Whom they speak for.
        owner: Box<MentionForm>,
        /// Where the owner is written in the phrase.
        owner_span: Span,
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

/// Is `lower` a lowercase function word?
pub fn is_function_word(lower: &str) -> bool {
    LEXICONS.class(lower).any(WordClass::FUNCTION)
}

/// Is this lowercase word allowed inside a speaker phrase?
pub fn is_phrase_word(lower: &str) -> bool {
    LEXICONS.class(lower).any(
        WordClass::DETERMINER
            | WordClass::MODIFIER
            | WordClass::STATEMENT
            | WordClass::ROLE
            | WordClass::GROUP,
    )
}

pub(super) fn pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        "we" => Some(Pronoun::We),
        _ => None,
    }
}

/// The pronoun a possessive determiner stands for ("her statement": she).
fn possessive_pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        "his" => Some(Pronoun::He),
        "her" => Some(Pronoun::She),
        "their" => Some(Pronoun::They),
        "its" => Some(Pronoun::It),
        _ => None,
    }
}

pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

pub(super) fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// Phrases read through another part of themselves: "a statement from
/// Rostec" is Rostec; "professor Kent Moore at the University of Toronto" is
/// the professor. Returns the part to read instead, when such a reading applies.
fn read_around<'t>(text: &str, tokens: &'t [Token], words: &[&str]) -> Option<&'t [Token]> {
    // "a statement from Rostec", "a report in The Wall Street Journal".
    // ("its analysis of workforce statistics": the owner issued it; "of"
    // names what it is about.)
    if let Some(k) = words
        .iter()
        .position(|w| LEXICONS.statement_nouns.contains(w.lower().as_str()))
        && let Some(prep) = words.get(k + 1)
        && matches!(
            prep.lower().as_str(),
            "from" | "by" | "of" | "in" | "issued"
        )
        && k + 2 < tokens.len()
    {
        let owned = k > 0
            && (is_possessive(words[k - 1]) || possessive_pronoun(&words[k - 1].lower()).is_some());
        if owned && prep.eq_ignore_ascii_case("of") {
            return Some(&tokens[..=k]);
        }
        return Some(&tokens[k + 2..]);
    }
    // "professor Kent Moore at the University of Toronto": the person, not the place.
    // "Jingyi Pan of IG in Singapore": "of" or "in" after a person's name,
    // but not inside an organisation's ("Royal Bank of Canada").
    if let Some(k) = words
        .iter()
        .position(|w| matches!(*w, "at" | "with" | "from" | "of" | "in"))
        && k >= 2
        && tokens[k - 1].is_capitalised(text)
        && tokens[k - 2].is_capitalised(text)
        && (matches!(words[k], "at" | "with" | "from")
            // ("Inspector Hanne Solberg of the Oskeld district police": a
            // title may lead the name.)
            || ((2..=3).contains(&(k - leading_titles(&words[..k])))
                && words[leading_titles(&words[..k])..k].iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && !is_function_word(&w.to_lowercase())
                        && !LEXICONS.determiners.contains(w.to_lowercase().as_str())
                        && LEXICONS.title(w).is_none()
                })
                && !super::names::has_organisation_word(&words[..k])))
        && parse(text, &tokens[..k]).is_some()
    {
        return Some(&tokens[..k]);
    }
    None
}

/// How many titles open `words` ("Inspector", "Dr"), never all of them.
fn leading_titles(words: &[&str]) -> usize {
    words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|w| LEXICONS.title(w).is_some())
        .count()
}

/// "The head of the Canadian Medical Association", "the former
/// sergeant-at-arms of the House of Commons": a person described by a role in
/// an organisation, not the organisation.
fn role_of_organisation(words: &[&str]) -> Option<MentionForm> {
    let of = words.iter().position(|w| *w == "of")?;
    let mut start = 0;
    while start < of
        && LEXICONS
            .determiners
            .contains(words[start].to_lowercase().as_str())
    {
        start += 1;
    }
    let role_words = &words[start..of];
    let head = role_words.last()?.to_lowercase();
    let lowercase = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    if role_words.len() > 3
        || !role_words.iter().all(lowercase)
        || is_function_word(&head)
        || LEXICONS.verb(&head).is_some()
        || LEXICONS.groups.contains(head.as_str())
        || LEXICONS.statement_nouns.contains(head.as_str())
        || LEXICONS
            .roles
            .get(head.as_str())
            .is_some_and(|r| r.organisation)
    {
        return None;
    }
    let mut org = &words[of + 1..];
    if org.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        org = &org[1..];
    }
    if org.is_empty() || !org.iter().all(|w| !lowercase(w) || NAME_LINKS.contains(w)) {
        return None;
    }
    let gender = LEXICONS
        .roles
        .get(head.as_str())
        .map_or(Gender::Unknown, |r| r.gender);
    Some(MentionForm::Role {
        role: role_words.join(" "),
        organisation: Some(org.join(" ")),
        gender,
    })
}

/// The name of an organisation met as "the company", "Rostec company" or
/// "the Canadian government": for a governing body the word before names
/// whose it is, and it is kept ("Canadian government", not "Canadian").
fn organisation_named(organisation: Option<&str>, noun: &str) -> String {
    match organisation {
        Some(org) if GOVERNING_BODIES.contains(&noun) || noun == "coastguard" => {
            format!("{org} {noun}")
        }
        Some(org) => org.to_owned(),
        None => format!("the {noun}"),
    }
}

/// "her office", "Trudeau's office", "the premier's office": an office
/// and the mention of its owner, read on its own.
fn office_of(text: &str, tokens: &[Token], words: &[&str]) -> Option<MentionForm> {
    let [.., owner, office] = words else {
        return None;
    };
    // "the Labor Commissioner's Office" is a name.
    if *office != "office" {
        return None;
    }
    if words.len() == 2
        && let Some(p) = possessive_pronoun(&owner.lower())
    {
        return (p != Pronoun::It)
            .then(|| MentionForm::OfficeOf(Box::new(MentionForm::Pronoun(p))));
    }
    if !is_possessive(owner) {
        return None;
    }
    let owner = parse(text, &tokens[..tokens.len() - 1])?;
    matches!(
        owner.form,
        MentionForm::Name { .. } | MentionForm::Role { .. }
    )
    .then(|| MentionForm::OfficeOf(Box::new(owner.form)))
}

/// Role nouns for someone who speaks for another party.
pub(super) const SPOKESPERSON_NOUNS: &[&str] = &["spokesman", "spokeswoman", "spokesperson"];

/// "a spokesperson for the minister", "the mayor's spokesman": an unnamed
/// spokesperson and whom they speak for, when the owner reads as a name or
/// a role ("A Rostec spokeswoman" is a role with its organisation instead).
fn spokesperson_of(text: &str, tokens: &[Token], words: &[&str]) -> Option<MentionForm> {
    let k = words
        .iter()
        .position(|w| SPOKESPERSON_NOUNS.contains(&w.lower().as_ref()))?;
    let owner_tokens = if words.get(k + 1) == Some(&"for") && k + 2 < tokens.len() {
        // Nothing but determiners before the noun.
        // ("a spokesman for the prime minister’s", cut before "office": no owner.)
        if !words[..k]
            .iter()
            .all(|w| LEXICONS.determiners.contains(w.lower().as_str()))
            || words.last().is_some_and(|w| is_possessive(w))
        {
            return None;
        }
        &tokens[k + 2..]
    } else if k + 1 == words.len() && k >= 1 && is_possessive(words[k - 1]) {
        &tokens[..k]
    } else {
        return None;
    };
    let owner = parse(text, owner_tokens)?;
    if !matches!(
        owner.form,
        MentionForm::Name { .. } | MentionForm::Role { .. } | MentionForm::OfficeOf(_)
    ) {
        return None;
    }
    let role = words[k].lower().into_owned();
    let gender = LEXICONS
        .roles
        .get(role.as_str())
        .map_or(Gender::Unknown, |r| r.gender);
    Some(MentionForm::SpokespersonOf {
        role,
        owner: Box::new(owner.form),
        owner_span: owner.span,
        gender,
    })
}

/// "Unifor Local 222", "UFCW Local 832": a union's numbered unit is an
/// organisation's name.
fn numbered_unit(core: &[&str]) -> Option<MentionForm> {
    let [.., _, unit, number] = core else {
        return None;
    };
    (number.chars().all(|c| c.is_ascii_digit()) && super::names::NUMBERED_UNITS.contains(unit))
        .then(|| MentionForm::Name {
            name: core.join(" "),
            role: None,
            organisation: None,
            kind: SpeakerKind::Organization,
            gender: Gender::Unknown,
        })
}

/// Bodies named after whom they belong to ("the Ford government").
const GOVERNING_BODIES: &[&str] = &[
    "government",
    "administration",
    "cabinet",
    "regime",
    "opposition",
    "campaign",
];

/// Small words inside an organisation's name ("Bank of Canada", "Department of Fisheries and Oceans").
const NAME_LINKS: &[&str] = &["of", "and", "for", "on", "the", "&"];

/// "Experts on North Korea", "officials in Ottawa": a group described by
/// where it is or what it knows (`core`, after determiners), not the place.
fn group_by_place_or_field(core: &[&str]) -> Option<String> {
    match core {
        [head, prep, _, ..]
            if matches!(*prep, "on" | "at" | "in" | "from")
                && LEXICONS.groups.contains(head.lower().as_str()) =>
        {
            Some(core.join(" "))
        }
        _ => None,
    }
}

/// "A spokesman at the embassy in Ottawa", "a nurse at St. Aldric’s": a
/// person's role placed somewhere (`core`, after determiners) is the role,
/// not the place.
fn role_placed(core: &[&str]) -> Option<MentionForm> {
    let [head, prep, _, ..] = core else {
        return None;
    };
    let role = LEXICONS.roles.get(head.lower().as_str())?;
    (!role.organisation
        && head.chars().next().is_some_and(char::is_lowercase)
        && matches!(*prep, "at" | "in" | "from" | "with"))
    .then(|| MentionForm::Role {
        role: head.lower().into_owned(),
        organisation: None,
        gender: role.gender,
    })
}

/// "Some suggested …", "Many said …": a quantifier alone stands for a group.
fn quantifier_group(words: &[&str], core: &[&str]) -> Option<String> {
    let [word] = words else {
        return None;
    };
    (core.is_empty()
        && matches!(
            word.lower().as_str(),
            "some" | "many" | "several" | "most" | "both" | "few" | "all"
        ))
    .then(|| (*word).to_owned())
}

/// A role read with what it is of, for or at: "a spokesperson for the
/// minister", "A spokesman at the embassy", "the head of the association",
/// "the premier's office".
fn role_phrase(text: &str, tokens: &[Token], words: &[&str]) -> Option<MentionForm> {
    let undetermined = words
        .iter()
        .position(|w| !LEXICONS.determiners.contains(w.lower().as_str()))
        .map_or(&[][..], |k| &words[k..]);
    spokesperson_of(text, tokens, words)
        .or_else(|| role_placed(undetermined))
        .or_else(|| role_of_organisation(words))
        .or_else(|| office_of(text, tokens, words))
}

/// "USA Today", "Severnside Tonight": a programme's or paper's title ends
/// with a capitalised time word after a name.
fn is_programme_title(core: &[&str]) -> bool {
    matches!(core, [.., before, last]
        if matches!(last.lower().as_str(), "today" | "tonight")
            && before.starts_with(char::is_uppercase))
}

/// "television", "TV", "radio" alone ("a television report"): a broadcaster.
fn broadcaster(core: &[&str]) -> Option<MentionForm> {
    let [medium] = core else {
        return None;
    };
    matches!(medium.lower().as_str(), "television" | "tv" | "radio").then(|| MentionForm::Name {
        name: "the broadcaster".to_owned(),
        role: None,
        organisation: None,
        kind: SpeakerKind::Organization,
        gender: Gender::Unknown,
    })
}

/// Last words of a place's name ("the St. Clair River", "the Baltic
/// Sea"): a name after "the" ending so is no organisation's.
const PLACE_HEADS: &[&str] = &[
    "River",
    "Lake",
    "Sea",
    "Ocean",
    "Bay",
    "Valley",
    "Mountains",
    "Hills",
    "Island",
    "Islands",
    "Coast",
    "Gulf",
    "Strait",
    "Peninsula",
    "Desert",
    "Street",
    "Road",
    "Avenue",
    "Square",
];

/// "The Kremlin", "the Journal": a single name after "the" is an
/// institution; so is a longer one with no given name, title or place's
/// ending ("The Northern Provinces Lottery", not "the St. Clair River").
fn institution_after_the(form: &mut MentionForm) {
    if let MentionForm::Name {
        kind, name, role, ..
    } = form
    {
        let single = *kind == SpeakerKind::Unknown && !name.contains(' ');
        let no_person = *kind == SpeakerKind::Person
            && role.is_none()
            && !name
                .split(' ')
                .next()
                .is_some_and(|first| LEXICONS.given_names.contains_key(first))
            && !name
                .rsplit(' ')
                .next()
                .is_some_and(|last| PLACE_HEADS.contains(&last));
        if single || no_person {
            *kind = SpeakerKind::Organization;
        }
    }
}

/// Is a capitalised head noun part of a title: a newspaper's word ("The
/// Carnford Evening Post"), or a noun after a capitalised name with no
/// owner ("Touchline Report, an independent website, said")?
fn titled(core: &[&str], owned: bool) -> bool {
    let head = core.last().map_or("", |w| strip_possessive(w));
    super::speakers::is_publication_name(head)
        || (core.len() >= 2
            && !owned
            && core[core.len() - 2]
                .chars()
                .next()
                .is_some_and(char::is_uppercase))
}

/// Reads the tokens of a phrase (in order) as a speaker mention.
pub fn parse(text: &str, tokens: &[Token]) -> Option<Mention> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let first = tokens.first()?;
    let last = tokens.last()?;
    let span = Span::new(first.span.start, last.span.end);
    if let [word] = words[..]
        && let Some(p) = pronoun(&word.lower())
    {
        return Some(Mention {
            span,
            form: MentionForm::Pronoun(p),
        });
    }
    if let Some(part) = read_around(text, tokens, &words) {
        return parse(text, part).map(|m| Mention { span, form: m.form });
    }
    if let Some(form) = role_phrase(text, tokens, &words) {
        return Some(Mention { span, form });
    }
    // Drop leading determiners, but remember them for groups.
    let mut start = 0;
    while start < words.len()
        && LEXICONS.determiners.contains(words[start].lower().as_str())
        && (words[start] == "A" || !words[start].chars().all(char::is_uppercase))
    {
        start += 1;
    }
    let core = &words[start..];
    if let Some(name) = group_by_place_or_field(core).or_else(|| quantifier_group(&words, core)) {
        return Some(Mention {
            span,
            form: MentionForm::Group { name },
        });
    }
    let head = strip_possessive(core.last()?);
    let head_lower = head.lower();
    let head_token = tokens.get(start + core.len() - 1)?;
    // ("a television report": a broadcaster's.)
    if let Some(form) = numbered_unit(core).or_else(|| broadcaster(core)) {
        return Some(Mention { span, form });
    }

    // "The Journal report", "Rostec's statement": the statement speaks for its issuer.
    // ("the department's survey": a survey with an owner speaks for it too.)
    let owned = core[..core.len() - 1].iter().any(|w| is_possessive(w));
    // ("The Carnford Evening Post said": a newspaper's title, not a post.)
    let titled_publication = head_token.is_capitalised(text) && titled(core, owned);
    if LEXICONS.statement_nouns.contains(head_lower.as_str())
        && (owned || !LEXICONS.roles.contains_key(head_lower.as_str()))
        && !titled_publication
    {
        return statement_issuer(text, tokens, &words, start, core.len(), span);
    }

    // "I’d", "We’ll": contractions are no names.
    if head.contains(['\'', '’']) && !is_possessive(head) && head_lower != "o'" && head.len() <= 5
    {
        return None;
    }
    // ("flats on Kiln Lane": a street says nothing.)
    if super::names::names_a_street(core) {
        return None;
    }
    let titled_programme = is_programme_title(core);
    if head_token.is_capitalised(text) && (!is_function_word(&head_lower) || titled_programme) {
        let mut form = name_form(core);
        if titled_programme && let MentionForm::Name { kind, .. } = &mut form {
            *kind = SpeakerKind::Organization;
        }
        if start > 0 && words[start - 1].eq_ignore_ascii_case("the") {
            institution_after_the(&mut form);
        }
        return Some(Mention { span, form });
    }
    if let Some(role) = LEXICONS.roles.get(head_lower.as_str()) {
        // "the self-taught Cambridge resident": a place, not an organisation.
        let organisation =
            organisation_before(core).filter(|_| !PLACE_ROLES.contains(&head_lower.as_ref()));
        if role.organisation {
            // "the company", "the ministry": the organisation itself.
            // ("The Velmont police department": a public body named by
            // its place and what it does.)
            let name = institution_of_place(core, &head_lower)
                .unwrap_or_else(|| organisation_named(organisation.as_deref(), &head_lower));
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
                role: head_lower.to_string(),
                organisation,
                gender: role.gender,
            },
        });
    }
    // ("engineers found that …" is no source; "Two engineers said" is.)
    let bare_role_plural = start == 0 && LEXICONS.role_plurals.contains(head_lower.as_str());
    if LEXICONS.groups.contains(head_lower.as_str()) && !bare_role_plural {
        let name = after_reduced_relative(&words, &head_lower).unwrap_or_else(|| words.join(" "));
        return Some(Mention {
            span,
            form: MentionForm::Group { name },
        });
    }
    None
}

/// The issuer of a statement read as a speaker: the words before the
/// statement noun, or the owner a possessive pronoun points to ("her
/// statement said": she).
fn statement_issuer(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    start: usize,
    core_len: usize,
    span: Span,
) -> Option<Mention> {
    let mut issuer: &[Token] = &tokens[start..start + core_len - 1];
    // "the department's quarterly employment census": the owner ends at
    // its possessive.
    if let Some(owner_end) = issuer.iter().rposition(|t| is_possessive(t.text(text))) {
        issuer = &issuer[..=owner_end];
    }
    // "the union's Friday release": the day is no part of the issuer.
    while let Some((last, rest)) = issuer.split_last()
        && LEXICONS
            .time_words
            .contains(last.text(text).lower().as_str())
    {
        issuer = rest;
    }
    // ("its annual report", "their own figures": the owner's adjectives.)
    let adjectives_only = issuer
        .iter()
        .all(|t| t.is_word() && !t.is_capitalised(text) && !is_possessive(t.text(text)));
    if (issuer.is_empty() || adjectives_only)
        && start > 0
        && let Some(p) = possessive_pronoun(&words[start - 1].lower())
    {
        return Some(Mention {
            span,
            form: MentionForm::Pronoun(p),
        });
    }
    // "according to the post", "the preliminary findings": a statement with
    // no issuer named is itself the source.
    let unnamed = issuer
        .iter()
        .all(|t| !t.is_capitalised(text) && !is_possessive(t.text(text)));
    // ("the audit's finding": the audit, without its possessive)
    let as_source = || {
        // ("federal data", "league figures": a modifier in place of the
        // article; not "in a statement".)
        let modified = !issuer.is_empty()
            && issuer.iter().all(|t| {
                let w = t.text(text).lower();
                !is_function_word(&w) && !LEXICONS.determiners.contains(w.as_str())
            });
        ((start > 0 || modified) && unnamed).then(|| Mention {
            span,
            form: MentionForm::Group {
                name: strip_possessive(&words.join(" ")).to_owned(),
            },
        })
    };
    if issuer.is_empty() {
        return as_source();
    }
    parse(text, issuer)
        .map(|m| Mention { span, form: m.form })
        .or_else(as_source)
}

/// "a decision residents say will leave them stranded", "a move critics
/// call reckless": a singular noun with "a" cannot head a plural group,
/// so the group is the plural alone, speaking in a relative clause with its
/// "that" left out. ("a few residents", "a dozen workers" are counts.)
fn after_reduced_relative(words: &[&str], head_lower: &str) -> Option<String> {
    let [article, noun, head] = words else {
        return None;
    };
    let noun = noun.to_lowercase();
    (matches!(article.to_lowercase().as_str(), "a" | "an")
        && head_lower.ends_with('s')
        && noun.chars().all(char::is_lowercase)
        && !noun.ends_with('s')
        && !LEXICONS.quantities.contains_key(noun.as_str())
        && !LEXICONS.determiners.contains(noun.as_str())
        && !COUNT_WORDS_WITH_A.contains(&noun.as_str()))
    .then(|| (*head).to_owned())
}

/// Words that make "a" count a plural: "a few residents", "a dozen workers".
const COUNT_WORDS_WITH_A: &[&str] = &[
    "few", "dozen", "couple", "hundred", "thousand", "million", "handful", "score", "lot",
    "number", "majority", "minority", "host", "group",
];

/// Roles a capitalised word before names the place of, not the
/// organisation: "Cambridge resident", "a Winnipeg native".
const PLACE_ROLES: &[&str] = &["resident", "native", "homeowner", "voter", "local"];

/// Public bodies a place names with a lowercase word or two of what they
/// do: "the Velmont police department", "the Ostvik city council".
const PLACE_INSTITUTIONS: &[&str] = &[
    "department",
    "council",
    "ministry",
    "service",
    "board",
    "authority",
    "commission",
    "directorate",
    "inspectorate",
    "bureau",
];

/// "The Velmont police department", "the Ostvik city council": a capitalised
/// place, one or two lowercase words and a public body's noun name the body
/// as written (`core` without its determiner); "the department" alone, or a
/// company described by its town, is no such name.
fn institution_of_place(core: &[&str], head: &str) -> Option<String> {
    if !PLACE_INSTITUTIONS.contains(&head) {
        return None;
    }
    let before = &core[..core.len().saturating_sub(1)];
    let places = before.iter().take_while(|w| starts_with_capital(w)).count();
    let modifiers = &before[places..];
    let is_place = |w: &&str| !is_phrase_word(&w.lower()) && !is_function_word(&w.lower());
    let is_modifier = |w: &&str| {
        w.chars().all(char::is_lowercase)
            && !is_function_word(w)
            && !LEXICONS.determiners.contains(*w)
    };
    (places > 0
        && before[..places].iter().all(is_place)
        && (1..=2).contains(&modifiers.len())
        && modifiers.iter().all(is_modifier))
    .then(|| core.join(" "))
}

/// Capitalised words (not titles) right before the head: "Rostec" in "A
/// Rostec spokeswoman", "United Steel and Foundry Workers" in "The United
/// Steel and Foundry Workers’ union" (a link word between capitalised words
/// belongs to the name).
fn organisation_before(core: &[&str]) -> Option<String> {
    let before = &core[..core.len().saturating_sub(1)];
    let run = before
        .iter()
        .enumerate()
        .rev()
        .take_while(|&(k, w)| {
            starts_with_capital(w)
                || (matches!(*w, "and" | "of" | "&" | "for")
                    && k > 0
                    && starts_with_capital(before[k - 1])
                    && before.get(k + 1).is_some_and(|n| starts_with_capital(n)))
        })
        .count();
    let caps: Vec<&str> = before[before.len() - run..]
        .iter()
        .rev()
        .map(|w| strip_possessive(w))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .skip_while(|w| is_phrase_word(&w.lower()) || is_function_word(&w.lower()))
        .collect();
    (!caps.is_empty()).then(|| caps.join(" "))
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
    fn a_portfolio_word_inside_a_body_is_no_title() {
        for body in [
            "The Vale of Ambry Health Board",
            "The Ambry Health Protection Unit",
        ] {
            let Some(MentionForm::Name { name, kind, .. }) = read(body) else {
                panic!("no name in {body:?}");
            };
            assert_eq!(name, body.trim_start_matches("The "));
            assert_eq!(kind, SpeakerKind::Organization);
        }
        let Some(MentionForm::Name { name, role, .. }) = read("Health Minister Jane Doe") else {
            panic!("no name");
        };
        assert_eq!(
            (name.as_str(), role.as_deref()),
            ("Jane Doe", Some("Health Minister"))
        );
    }

    #[test]
    fn an_organisation_before_its_noun_keeps_its_link_words() {
        assert_eq!(
            organisation_before(&[
                "The",
                "United",
                "Steel",
                "and",
                "Foundry",
                "Workers’",
                "union"
            ]),
            Some("United Steel and Foundry Workers".to_owned())
        );
        assert_eq!(
            organisation_before(&["A", "Rostec", "spokeswoman"]),
            Some("Rostec".to_owned())
        );
        // ("and" with no capitalised word before it is no link.)
        assert_eq!(
            organisation_before(&["and", "Foundry", "union"]),
            Some("Foundry".to_owned())
        );
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
        // "a decision residents say will …": the residents speak.
        assert_eq!(
            read("a decision residents"),
            Some(MentionForm::Group {
                name: "residents".into()
            })
        );
        assert_eq!(
            read("a few residents"),
            Some(MentionForm::Group {
                name: "a few residents".into()
            })
        );
    }
}
