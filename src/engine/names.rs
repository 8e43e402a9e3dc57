//! Reading a proper name and what stands before it: titles ("US President"),
//! role nouns ("spokesman"), the organisation spoken for ("Kremlin
//! spokesman …"), and people named in the narrative.

use super::frame::Item;
use super::lexicons::{LEXICONS, WordClass};
use super::lowercase::ToLower;
use super::mentions::{
    MentionForm, is_function_word, is_phrase_word, is_possessive, strip_possessive,
};
use super::model::{Gender, SpeakerKind};
use super::tokens::starts_with_capital;

/// Small words that may stand inside a name ("Charles de Gaulle", "Bank of Canada").
const NAME_CONNECTORS: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "do", "dos", "das", "di", "du", "des", "del", "della",
    "bin", "ibn", "al", "el", "la", "le", "of", "and", "&", "for", "on",
];

/// Connectors that never start a name.
const LEADING_CONNECTORS: &[&str] = &["of", "and", "&", "for", "on"];

/// Reads "US President Donald Trump", "Kremlin spokesman Dmitry Peskov", "The Kremlin".
pub fn name_form(core: &[&str]) -> MentionForm {
    let name_start = name_run_start(core);
    let (title_end, title_gender) = titles(core, name_start);
    let last = core.len().saturating_sub(1);
    let mut name_words: Vec<&str> = core[title_end..]
        .iter()
        .enumerate()
        .map(|(k, w)| {
            // "Quebec Couriers’ Union" keeps its inner apostrophe, "St
            // Agathe’s Hospital" its saint's possessive.
            let after_saint =
                title_end + k >= 1 && matches!(core[title_end + k - 1], "St" | "St." | "Saint");
            if title_end + k < last && (w.ends_with(['’', '\'']) || after_saint) {
                w
            } else {
                strip_possessive(w)
            }
        })
        .collect();
    // "Richard Shelby of Alabama": a person's name ends before "of".
    if let Some(of) = name_words.iter().position(|w| *w == "of")
        && of >= 2
        && (LEXICONS.given_names.contains_key(name_words[0]) || title_end > name_start)
    {
        name_words.truncate(of);
    }
    // "Librarian Omar Feld", "Fisherman Ilya Marov": an occupation before
    // a given name and a surname is a role, not part of the name.
    let occupation = (title_end == name_start && name_words.len() == 3)
        .then(|| name_words[0])
        .filter(|w| is_occupation_word(w) && LEXICONS.given_names.contains_key(name_words[1]));
    if occupation.is_some() {
        name_words.remove(0);
    }
    // "the provincial government of Kestrel Valley": the body is the name.
    let mut title_end = title_end;
    if title_end == name_start
        && title_end >= 2
        && core[title_end - 1] == "of"
        && core[title_end - 2]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && has_organisation_word(&[core[title_end - 2]])
    {
        let body = core[..title_end]
            .iter()
            .rposition(|w| !w.chars().next().is_some_and(char::is_lowercase) || *w == ",")
            .map_or(0, |k| k + 1);
        name_words.splice(0..0, core[body..title_end].iter().copied());
        title_end = body;
    }
    let before: Vec<&str> = core[..title_end]
        .iter()
        .copied()
        .filter(|w| *w != ",")
        .collect();
    let mut described = describe(&before);
    if let Some(occupation) = occupation {
        described.role.push(occupation);
    }
    let mut kind = described.kind;
    if title_end > name_start || occupation.is_some() {
        kind = SpeakerKind::Person;
    }
    if kind == SpeakerKind::Unknown {
        kind = kind_of_name(&name_words);
    }
    let mut gender = if title_gender == Gender::Unknown {
        described.gender
    } else {
        title_gender
    };
    if gender == Gender::Unknown && name_words.len() >= 2 {
        gender = LEXICONS
            .given_names
            .get(name_words[0])
            .copied()
            .unwrap_or(Gender::Unknown);
    }
    MentionForm::Name {
        name: name_words.join(" "),
        role: (!described.role.is_empty()).then(|| described.role.join(" ")),
        organisation: described.organisation,
        kind,
        gender,
    }
}

/// Endings of words for what a person does ("Librarian", "Fisherman",
/// "Plumber", "Dentist").
const OCCUPATION_ENDINGS: &[&str] = &["man", "woman", "ian", "er", "ist", "or", "ant"];

/// Is `w` a capitalised word for an occupation, not a given name?
fn is_occupation_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).all(char::is_lowercase)
        && w.chars().count() > 4
        && !LEXICONS.given_names.contains_key(w)
        && OCCUPATION_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Unit words before a number in a union's name ("UFCW Local 832").
pub const NUMBERED_UNITS: &[&str] = &["Local", "Chapter", "Lodge", "Branch", "Unit", "Division"];

/// Where the trailing run of capitalised words (and connectors) begins.
fn name_run_start(core: &[&str]) -> usize {
    let mut start = core.len();
    while start > 0 {
        let w = core[start - 1];
        // "Unifor Local 222": the number closes the name.
        if start == core.len()
            && start >= 2
            && w.chars().all(|c| c.is_ascii_digit())
            && NUMBERED_UNITS.contains(&core[start - 2])
        {
            start -= 2;
            continue;
        }
        // "Westcoast 7 News", "Channel 4 News": a number between capitalised words.
        if start < core.len()
            && start >= 2
            && w.chars().all(|c| c.is_ascii_digit())
            && starts_with_capital(core[start - 2])
            && starts_with_capital(core[start])
        {
            start -= 1;
            continue;
        }
        let capital = starts_with_capital(w);
        // "Office of the Auditor-General": "the" after "of" inside a name.
        let connector = (NAME_CONNECTORS.contains(&w)
            || (w == "the" && start >= 2 && core[start - 2] == "of"))
            && start < core.len();
        // "Quebec Couriers’ Union": a plural possessive inside a name is part of it.
        let inner_plural_possessive = (w.ends_with("s’") || w.ends_with("s'")) && capital;
        // "St Agathe’s Hospital", "St. Michael's Hospital": a saint's name is part of it.
        let saints = start >= 2 && matches!(core[start - 2], "St" | "St." | "Saint");
        if (!capital && !connector)
            || (is_possessive(w) && start < core.len() && !inner_plural_possessive && !saints)
        {
            break;
        }
        start -= 1;
    }
    while start < core.len() && LEADING_CONNECTORS.contains(&core[start]) {
        start += 1;
    }
    start
}

/// Titles at the front of the name run belong to the role, and so does a
/// capitalised role noun ("Developer Craig Boyd" at the start of a sentence);
/// everything up to the last title before the final word is the role
/// ("Foreign Affairs Minister Chrystia Freeland"). Returns where the name
/// proper starts, and the gender a title implies.
fn titles(core: &[&str], name_start: usize) -> (usize, Gender) {
    // "Health Quality Council of Alberta", "Justice Department": a name
    // whose head is an organisation word has no title in it.
    let run = &core[name_start.min(core.len())..];
    // ("The Vale of Ambry Health Board": the last word, too.)
    let head = run
        .iter()
        .position(|w| *w == "of")
        .filter(|&of| of > 0)
        .map_or(run.last(), |of| run.get(of - 1));
    let is_organisation_word = |h: &&str| has_organisation_word(&[strip_possessive(h)]);
    if run.len() >= 2
        && (head.is_some_and(is_organisation_word) || run.last().is_some_and(is_organisation_word))
    {
        return (name_start, Gender::Unknown);
    }
    let mut gender = Gender::Unknown;
    let mut title_end = name_start;
    let last_title = (name_start..core.len().saturating_sub(1)).rev().find(|&k| {
        (LEXICONS.title(core[k]).is_some() || is_role_before_full_name(core, k))
            && !core[k + 1..].iter().any(|w| LEADING_CONNECTORS.contains(w))
    });
    for (k, w) in core.iter().enumerate().skip(name_start) {
        if last_title.is_some_and(|t| k < t) {
            if let Some(g) = LEXICONS.title(w).filter(|g| *g != Gender::Unknown) {
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
            .get(w.lower().as_str())
            .filter(|r| !r.organisation && next_is_name)
            .map(|r| r.gender);
        let acronym = w.len() <= 3 && w.chars().all(|c| c.is_uppercase() || c == '.');
        // ("Dean Arkwright": a given name before a surname alone.)
        let given_name = k + 2 == core.len() && LEXICONS.given_names.contains_key(*w);
        if k + 1 < core.len()
            && !given_name
            && let Some(g) = LEXICONS.title(w).or(role_noun)
        {
            title_end = k + 1;
            if g != Gender::Unknown {
                gender = g;
            }
        } else if !(k + 1 < core.len() && acronym && title_end == k) {
            // (An acronym before a title, "US President …", is stepped over.)
            break;
        }
    }
    (title_end, gender)
}

/// What the words before a name say about its bearer.
struct Description<'a> {
    role: Vec<&'a str>,
    organisation: Option<String>,
    kind: SpeakerKind,
    gender: Gender,
}

/// Reads the role and organisation before a name: "Kremlin spokesman",
/// "state defense contractor", "President Vladimir Putin's spokesman".
fn describe<'a>(before: &[&'a str]) -> Description<'a> {
    let mut out = Description {
        role: before.to_vec(),
        organisation: None,
        kind: SpeakerKind::Unknown,
        gender: Gender::Unknown,
    };
    if let Some(pos) = before
        .iter()
        .rposition(|w| LEXICONS.roles.contains_key(w.lower().as_str()))
    {
        if let Some(info) = LEXICONS.roles.get(before[pos].lower().as_str()) {
            out.kind = if info.organisation {
                SpeakerKind::Organization
            } else {
                SpeakerKind::Person
            };
            out.gender = info.gender;
        }
        // "Auditor general Fiona Baptiste" opening a sentence: a capitalised
        // role noun first is part of the role, not an organisation.
        let role_first = pos == 1
            && LEXICONS
                .roles
                .get(before[0].to_lowercase().as_str())
                .is_some_and(|r| !r.organisation)
            && before[pos].chars().next().is_some_and(char::is_lowercase);
        let caps_before = if role_first {
            Vec::new()
        } else {
            // ("Rapido Express chief executive": past the role's modifiers.)
            organisation_words(&before[..modifiers_start(before, pos)])
        };
        // "US President": a title's country is no affiliation; "Kremlin spokesman" is.
        let title_role = before[pos].chars().next().is_some_and(char::is_uppercase)
            && LEXICONS.title(before[pos]).is_some();
        if !caps_before.is_empty() && !title_role && LEXICONS.title(caps_before[0]).is_none() {
            out.organisation = Some(caps_before.join(" "));
        }
        if !title_role {
            let mut start = modifiers_start(before, pos);
            if role_first {
                start = 0;
            }
            out.role = before[start..].to_vec();
        }
    } else if let Some(pos) = before.iter().rposition(|w| is_possessive(w)) {
        out.role = before[pos + 1..].to_vec();
    }
    out
}

/// Where the lowercase modifiers of the role noun at `pos` begin: "general
/// manager", "senior adviser", "chief executive" ("auditor general",
/// "attorney general": two role nouns, one role).
fn modifiers_start(before: &[&str], pos: usize) -> usize {
    let mut start = pos;
    while start > 0
        && before[start - 1]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && (LEXICONS.phrase_modifiers.contains(before[start - 1])
            || LEXICONS
                .roles
                .get(before[start - 1])
                .is_some_and(|r| !r.organisation))
        && !LEXICONS.determiners.contains(before[start - 1])
    {
        start -= 1;
    }
    start
}

/// The capitalised words right before a role noun, less leading adjectives
/// ("New owner", "Longtime resident": a capitalised adjective is no organisation).
fn organisation_words<'a>(before_role: &[&'a str]) -> Vec<&'a str> {
    before_role
        .iter()
        .rev()
        .take_while(|w| starts_with_capital(w) && !is_possessive(w))
        .copied()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .skip_while(|w| is_phrase_word(&w.lower()) || is_function_word(&w.lower()))
        .collect()
}

/// True when a word of the name, or a part of a hyphenated word, marks an
/// organisation ("Ministry", "Journal", "Courier-Dispatch").
pub(super) fn has_organisation_word(name_words: &[&str]) -> bool {
    name_words.iter().any(|w| {
        LEXICONS
            .organisation_words
            .contains(w.trim_end_matches('.').lower().as_str())
            || (w.contains('-')
                && w.split('-')
                    .any(|part| LEXICONS.organisation_words.contains(part.lower().as_str())))
    })
}

/// True for a word that reads as a plural noun ("Ferries", "Coachworks"),
/// which a surname seldom is ("Jones", "Sanders" end in "s" too, so only
/// "-ies", "-works" and "-ings" count).
fn is_plural_noun(word: &str) -> bool {
    let w = word.lower();
    w.len() > 4 && (w.ends_with("ies") || w.ends_with("works") || w.ends_with("ings"))
}

/// Organisation when a word says so or it is an acronym; person for two to four words.
fn kind_of_name(name_words: &[&str]) -> SpeakerKind {
    let organisation_word = has_organisation_word(name_words);
    let acronym = name_words
        .iter()
        .all(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'));
    if organisation_word || acronym {
        SpeakerKind::Organization
    } else if (2..=4).contains(&name_words.len())
        && (LEXICONS
            .given_names
            .contains_key(name_words[0].lower().as_str())
            || !is_plural_noun(name_words[name_words.len() - 1]))
    {
        // "Bay Ferries", "Prairie Coachworks": a name ending in a plural
        // noun, with no given name before it, is no person's.
        SpeakerKind::Person
    } else {
        SpeakerKind::Unknown
    }
}

/// "Given his views, Shanaaz Gokool is hopeful …": is the run of items
/// `run_start..run_end` the subject after an opening phrase, followed by its
/// verb or an appositive?
fn subject_after_opening(text: &str, items: &[Item], run_start: usize, run_end: usize) -> bool {
    run_start > 0
        && items[run_start - 1].is_punct(',')
        && !items[..run_start - 1]
            .iter()
            .skip(1)
            .any(|it| it.token().is_some_and(|t| t.is_capitalised(text)))
        && items.get(run_end).is_some_and(|it| {
            it.is_punct(',')
                || it
                    .token()
                    .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
        })
}

/// "When asked what was more nerve-wracking, pitching in the World Series
/// or …, Mulder did not hesitate": is the one-word run `run_start..run_end`
/// the subject after an opening clause (a subordinator first, a comma right
/// before the run, a lowercase word after it)?
fn is_lone_subject(text: &str, items: &[Item], run_start: usize, run_end: usize) -> bool {
    const OPENERS: &[&str] = &[
        "when", "after", "before", "asked", "given", "while", "as", "since", "although", "though",
        "if", "once", "despite", "during", "in",
    ];
    let opener = items
        .first()
        .and_then(|it| it.token())
        .is_some_and(|t| OPENERS.contains(&t.lower(text).as_ref()));
    opener
        && run_start > 1
        && items[run_start - 1].is_punct(',')
        && items
            .get(run_end)
            .and_then(|it| it.token())
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
}

/// Is item `k` a lowercase role noun for a person ("accountant", not "company")?
fn is_person_role(text: &str, items: &[Item], k: usize) -> bool {
    items[k].token().is_some_and(|t| {
        !t.is_capitalised(text)
            && LEXICONS
                .roles
                .get(t.lower(text).as_ref() as &str)
                .is_some_and(|r| !r.organisation)
    })
}

/// "Mississauga accountant Jane Roe", "Her neighbour, Tomasz Zielinski,":
/// a role noun right before the name starting at `run_start`, or before a
/// comma before it.
fn role_before(text: &str, items: &[Item], run_start: usize) -> bool {
    let before = if run_start > 1 && items[run_start - 1].is_punct(',') {
        run_start - 1
    } else {
        run_start
    };
    before > 0 && is_person_role(text, items, before - 1)
}

/// The role [`role_before`] finds, with up to two lowercase words before
/// its noun: "transport minister" in "the transport minister, Gareth
/// Pennock,".
fn role_words_before(text: &str, items: &[Item], run_start: usize) -> Option<String> {
    const MODIFIERS: usize = 2;
    if !role_before(text, items, run_start) {
        return None;
    }
    let noun = if items[run_start - 1].is_punct(',') {
        run_start - 2
    } else {
        run_start - 1
    };
    let lowercase_word = |k: usize| {
        items[k].token().is_some_and(|t| {
            t.is_word()
                && !t.is_capitalised(text)
                && !LEXICONS
                    .determiners
                    .contains(t.lower(text).as_ref() as &str)
                && !LEXICONS
                    .function_words
                    .contains(t.lower(text).as_ref() as &str)
        })
    };
    let first = (1..=MODIFIERS.min(noun))
        .take_while(|&k| lowercase_word(noun - k))
        .last()
        .map_or(noun, |k| noun - k);
    let words: Vec<String> = (first..=noun)
        .filter_map(|k| items[k].token().map(|t| t.lower(text).into_owned()))
        .collect();
    Some(words.join(" "))
}

/// "Hamid al-Sharabi, a trader who …": a role in apposition after the name
/// ending before item `end`.
fn role_in_apposition_after(text: &str, items: &[Item], end: usize) -> bool {
    items.get(end).is_some_and(|it| it.is_punct(','))
        && items
            .get(end + 1)
            .and_then(|it| it.token())
            .is_some_and(|t| matches!(t.lower(text).as_ref(), "a" | "an"))
        && (end + 2..(end + 5).min(items.len())).any(|k| is_person_role(text, items, k))
}

/// The organisation noun of an appositive after the name at items
/// `start..end` that calls it an organisation: "organisation" in "Railwatch, a non-profit
/// fact-checking organisation, published …", "firm" in "Marlowe, a
/// consultancy firm based in Leeds". The noun that ends the appositive's
/// first noun phrase must be an organisation word ("a union organiser" is
/// a person, "a member of the union" too).
fn organisation_in_apposition_after(
    text: &str,
    items: &[Item],
    (start, end): (usize, usize),
) -> Option<String> {
    const MAX_WORDS: usize = 6;
    // ("Millbridge Water, the utility that supplies the city, offered …":
    // after the sentence's first name; "after work began to clean up the
    // River Wendle, the company that treats …" opens a new clause.)
    let opens_sentence = items[..start]
        .iter()
        .all(|it| !it.is_word() || it.token().is_some_and(|t| t.lower(text) == "the"));
    if !items.get(end).is_some_and(|it| it.is_punct(','))
        || !items
            .get(end + 1)
            .and_then(|it| it.token())
            .is_some_and(|t| {
                let article = t.lower(text);
                matches!(article.as_ref(), "a" | "an") || (article == "the" && opens_sentence)
            })
    {
        return None;
    }
    let mut last = None;
    for it in items
        .iter()
        .skip(end + 2)
        // ("a walkers’ charity": the plural possessive's mark.)
        .filter(|it| !it.is_punct('’') && !it.is_punct('\''))
        .take(MAX_WORDS)
    {
        let Some(t) = it
            .token()
            .filter(|t| t.is_word() && !t.is_capitalised(text))
        else {
            break;
        };
        let lower = t.lower(text);
        // ("a fact-checking website run by former journalists": the noun
        // phrase ends before the participle.)
        if LEXICONS.class(&lower).any(WordClass::FUNCTION)
            || (last.is_some() && PARTICIPLES_AFTER_A_NOUN.contains(&lower.as_ref()))
        {
            break;
        }
        last = Some(lower);
    }
    last.filter(|w| {
        LEXICONS.organisation_words.contains(&**w)
            || LEXICONS.roles.get(&**w).is_some_and(|r| r.organisation)
    })
    .map(|w| w.to_string())
}

/// Participles that open a phrase after the noun of an appositive: "a
/// website run by …", "a charity based in …". Those before "by" name who
/// runs, owns or pays for the noun ("the centre run by Brackwell Freight").
pub(super) const PARTICIPLES_AFTER_A_NOUN: &[&str] = &[
    "run",
    "based",
    "owned",
    "funded",
    "founded",
    "led",
    "backed",
    "set",
    "operated",
    "headquartered",
    "made",
    "created",
    "formed",
    "managed",
    "employed",
    "hired",
    "represented",
    "organised",
    "organized",
    "contracted",
    "supplied",
    "served",
];

/// The organisation noun of a description the name at `start` stands in
/// apposition to: "group" in "A second campaign group, Marl Watch, has
/// backed …" (an indefinite article, lowercase words, an organisation
/// noun, a comma, the name).
/// "The independent fact-checking website `CheckPoint`", "the charity Sea
/// Angels": an organisation's noun right before its name (the run at
/// item `start`), after an article.
fn organisation_noun_before(text: &str, items: &[Item], start: usize) -> Option<String> {
    const MAX_WORDS: usize = 4;
    let word = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .filter(|t| t.is_word())
            .map(|t| (t.is_capitalised(text), t.lower(text).into_owned()))
    };
    let (capital, noun) = word(start.checked_sub(1)?)?;
    if capital
        || !LEXICONS
            .roles
            .get(noun.as_str())
            .is_some_and(|r| r.organisation)
    {
        return None;
    }
    (2..=MAX_WORDS + 1)
        .map_while(|back| start.checked_sub(back).and_then(word))
        .any(|(_, w)| matches!(w.as_str(), "the" | "a" | "an"))
        .then_some(noun)
}

fn organisation_in_apposition_before(text: &str, items: &[Item], start: usize) -> Option<String> {
    const MAX_WORDS: usize = 4;
    if !start
        .checked_sub(1)
        .and_then(|k| items.get(k))
        .is_some_and(|it| it.is_punct(','))
    {
        return None;
    }
    let lowercase_word = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .filter(|t| t.is_word())
            .map(|t| (t.is_capitalised(text), t.lower(text).into_owned()))
            // ("A second campaign group": the article may open the sentence.)
            .filter(|(capital, w)| !capital || w == "a" || w == "an")
            .map(|(_, w)| w)
    };
    let noun = lowercase_word(start.checked_sub(2)?)?;
    if !LEXICONS
        .roles
        .get(noun.as_str())
        .is_some_and(|r| r.organisation)
    {
        return None;
    }
    let opened = (1..=MAX_WORDS).any(|back| {
        start
            .checked_sub(2 + back)
            .and_then(lowercase_word)
            .is_some_and(|w| w == "a" || w == "an")
            // ("A spokesman for the authority, Piet Ramos": a person's role.)
            && (1..back).all(|b| {
                start
                    .checked_sub(2 + b)
                    .and_then(lowercase_word)
                    .is_some_and(|w| !LEXICONS.class(&w).any(WordClass::FUNCTION))
            })
    });
    opened.then_some(noun)
}

/// The word token at item `k`, if it is one.
fn word_token(items: &[Item], k: usize) -> Option<super::tokens::Token> {
    items
        .get(k)
        .and_then(|it| it.token())
        .filter(|t| t.is_word())
}

/// The capitalised words and the "of" (or "of the") that link them to the
/// run starting at item `start`, as the start of one name: "Friends of the "
/// before "Wendle", "Bank of " before "Canada".
fn name_linked_before(text: &str, items: &[Item], start: usize) -> Option<String> {
    let word = |k: usize| word_token(items, k);
    let lower = |k: usize| word(k).map(|t| t.lower(text).into_owned());
    let of = match (
        start.checked_sub(1).and_then(lower),
        start.checked_sub(2).and_then(lower),
    ) {
        (Some(the), Some(of)) if the == "the" && of == "of" => start - 2,
        (Some(of), _) if of == "of" => start - 1,
        _ => return None,
    };
    let mut first = of;
    while let Some(t) = first.checked_sub(1).and_then(word) {
        if !t.is_capitalised(text) || LEXICONS.class(&t.lower(text)).any(WordClass::FUNCTION) {
            break;
        }
        first -= 1;
    }
    if first == of {
        return None;
    }
    let linked: Vec<&str> = (first..start)
        .filter_map(|k| word(k).map(|t| t.text(text)))
        .collect();
    Some(format!("{} ", linked.join(" ")))
}

/// The "of" (or "of the") at item `end` and the capitalised words it links
/// to the organisation's name before it, with the item after them:
/// "of Regional Insurers" after "Association", "of the Auditor-General"
/// after "Office".
fn name_linked_after<'t>(
    text: &'t str,
    items: &[Item],
    end: usize,
) -> Option<(Vec<&'t str>, usize)> {
    const MAX_LINKED_WORDS: usize = 4;
    let word = |k: usize| word_token(items, k);
    let lower = |k: usize| word(k).map(|t| t.lower(text).into_owned());
    if lower(end).as_deref() != Some("of") {
        return None;
    }
    let mut linked = vec![word(end)?.text(text)];
    let mut k = end + 1;
    if lower(k).as_deref() == Some("the") {
        linked.push(word(k)?.text(text));
        k += 1;
    }
    let run = capitalised_run(text, items, k, MAX_LINKED_WORDS);
    if run.is_empty() {
        return None;
    }
    linked.extend(run.iter().map(|w| strip_possessive(w)));
    Some((linked, k + run.len()))
}

/// An organisation's name read on from item `end` into `name`, and the
/// item after it: back over "and" to the words before the organisation's
/// word ("the Marine and Harbor Workers Union"), then past "of" to the
/// words it links ("The Association of Regional Insurers").
fn extend_organisation_name<'t>(
    text: &'t str,
    items: &[Item],
    name: &mut Vec<&'t str>,
    mut end: usize,
) -> usize {
    if !has_organisation_word(name)
        && let Some((joined, after)) = organisation_joined_after(text, items, end)
    {
        name.extend(joined);
        end = after;
    }
    if has_organisation_word(name)
        && let Some((linked, after)) = name_linked_after(text, items, end)
    {
        name.extend(linked);
        end = after;
    }
    end
}

/// "and Harbor Workers Union" after "Marine": "and" (or "&") at item `end`
/// and a run of capitalised words that holds an organisation's word, and
/// the item after them.
fn organisation_joined_after<'t>(
    text: &'t str,
    items: &[Item],
    end: usize,
) -> Option<(Vec<&'t str>, usize)> {
    const MAX_JOINED_WORDS: usize = 4;
    let connector = word_token(items, end)
        .map(|t| t.text(text))
        .or_else(|| items.get(end)?.is_punct('&').then_some("&"))?;
    if !matches!(connector, "and" | "&") {
        return None;
    }
    let run = capitalised_run(text, items, end + 1, MAX_JOINED_WORDS);
    if run.is_empty() || !has_organisation_word(&run) {
        return None;
    }
    let mut joined = vec![connector];
    joined.extend(run.iter().map(|w| strip_possessive(w)));
    Some((joined, end + 1 + run.len()))
}

/// Last words of a street's name ("Kiln Lane", "Mill Road").
const STREET_WORDS: &[&str] = &[
    "Lane",
    "Street",
    "Road",
    "Avenue",
    "Drive",
    "Close",
    "Crescent",
    "Square",
    "Terrace",
    "Boulevard",
    "Mews",
];

/// Does `name` name a street ("flats on Kiln Lane"), not a person: a
/// street's last word after a word that is no given name ("Diane Lane" is
/// a person)?
pub(super) fn names_a_street(name: &[&str]) -> bool {
    name.len() >= 2
        && name.last().is_some_and(|w| STREET_WORDS.contains(w))
        && !LEXICONS.given_names.contains_key(name[0])
}

/// The capitalised words from item `start` (at most `max`), up to a
/// function or time word and through a possessive: the run a name may be.
fn capitalised_run<'t>(text: &'t str, items: &[Item], start: usize, max: usize) -> Vec<&'t str> {
    let mut words = Vec::new();
    for t in items[start.min(items.len())..]
        .iter()
        .map_while(|it| it.token())
    {
        if words.len() == max
            || !t.is_capitalised(text)
            || LEXICONS
                .class(&t.lower(text))
                .any(WordClass::FUNCTION | WordClass::TIME)
        {
            break;
        }
        let w = t.text(text);
        words.push(w);
        if is_possessive(w) {
            break;
        }
    }
    words
}

/// Is item `i` a lowercase word?
fn followed_by_lowercase(text: &str, items: &[Item], i: usize) -> bool {
    items
        .get(i)
        .and_then(|it| it.token())
        .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
}

/// How many titles open a run of capitalised words (never all of it), and
/// the gender they imply.
fn leading_titles(words: &[&str]) -> (usize, Gender) {
    let mut gender = Gender::Unknown;
    // "Harlow County Sheriff Dale Prentiss", "County Executive Dale
    // Prentiss": everything up to the last title or role before a full
    // name describes the person.
    let last_title = (1..words.len().saturating_sub(2)).rev().find(|&k| {
        (LEXICONS.title(words[k]).is_some() || is_role_before_full_name(words, k))
            && words.len() - k - 1 <= 3
            && LEXICONS.title(words[k + 1]).is_none()
            && !has_organisation_word(&words[k + 1..])
    });
    let mut start = last_title.map_or(0, |k| k + 1);
    while start + 1 < words.len()
        && let Some(g) = LEXICONS.title(words[start])
        // ("Dean Arkwright": a given name before a surname alone, not a
        // title.)
        && !(start + 2 == words.len() && LEXICONS.given_names.contains_key(words[start]))
    {
        if g != Gender::Unknown {
            gender = g;
        }
        start += 1;
    }
    (start, gender)
}

/// Is the word at `k` a role noun ("Executive") followed by a full name of
/// two or three words that opens with a given name ("Dale Prentiss", not
/// "Volunteer Rescue Corps")?
fn is_role_before_full_name(words: &[&str], k: usize) -> bool {
    let after = words.len().saturating_sub(k + 1);
    (2..=3).contains(&after)
        && LEXICONS
            .given_names
            .contains_key(strip_possessive(words[k + 1]))
        && LEXICONS
            .roles
            .get(words[k].lower().as_str())
            .is_some_and(|r| !r.organisation)
}

/// A person named in a sentence's narrative.
#[derive(Debug, Clone, PartialEq)]
pub struct NamedPerson {
    /// The name, without titles.
    pub name: String,
    /// The gender a title or given name implies.
    pub gender: Gender,
    /// A single word that is the sentence's subject after an opening phrase,
    /// which names a person even if the article never gave a full name.
    pub lone_subject: bool,
    /// A single word opening the sentence before a lowercase word
    /// ("Bissonnette had a history …"): a person if an earlier run of
    /// capitalised words ends with it. For an organisation: its name opens
    /// the sentence, as its subject.
    pub opens_sentence: bool,
    /// A run of capitalised words with nothing (title, given name, role,
    /// subject position) saying it names a person: kept only so that a
    /// later lone surname can confirm it ("gunman Alexandre Bissonnette").
    pub unconfirmed: bool,
    /// A person's name, or an organisation's ("Swiftline Inc.").
    pub kind: SpeakerKind,
    /// The titles and role before the name ("Harlow County Executive"); for
    /// an organisation, the noun an appositive calls it ("group" in "Clean
    /// Tarn, a campaign group").
    pub role: Option<String>,
}

/// "Workers at Clearbrook Beverage Co. have accused …": a name after a
/// preposition inside a speaker phrase is named all the same.
fn placed_after_preposition(text: &str, items: &[Item], run_start: usize) -> bool {
    run_start > 0
        && items[run_start - 1]
            .token()
            .is_some_and(|t| matches!(t.lower(text).as_ref(), "at" | "for" | "of" | "from"))
}

/// "Caretaker Tom Reece, who …": a role capitalised at the start of a
/// sentence, before a given name, is one word before the name (else none).
fn capitalised_role(words: &[&str]) -> usize {
    let role = words.len() >= 3
        && LEXICONS.given_names.contains_key(words[1])
        && LEXICONS
            .roles
            .get(words[0].to_lowercase().as_str())
            .is_some_and(|r| !r.organisation);
    usize::from(role)
}

/// People named in a sentence's narrative (outside quotations): runs of two
/// or three capitalised words that are not organisations, after any titles;
/// and single surnames (which [`super::speakers::SpeakerBook`] matches to
/// people named before).
/// Runs overlapping an item range of `skip` (the speaker phrases at cues) are left out.
pub fn people_named(text: &str, items: &[Item], skip: &[(usize, usize)]) -> Vec<NamedPerson> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if items[i].token().is_none() {
            i += 1;
            continue;
        }
        let run_start = i;
        let words = capitalised_run(text, items, i, usize::MAX);
        if words.is_empty() {
            i += 1;
            continue;
        }
        i += words.len();
        let (start, mut gender) = leading_titles(&words);
        let start = start.max(capitalised_role(&words));
        let mut name: Vec<&str> = words[start..].iter().map(|w| strip_possessive(w)).collect();
        let head_words = name.len();
        if !is_possessive(words[words.len() - 1]) {
            i = extend_organisation_name(text, items, &mut name, i);
        }
        if gender == Gender::Unknown && name.len() >= 2 {
            gender = LEXICONS
                .given_names
                .get(name[0])
                .copied()
                .unwrap_or(Gender::Unknown);
        }
        // (The tests below are worked out only as far as needed, cheapest first.)
        let apposition = || {
            organisation_in_apposition_after(text, items, (run_start, i))
                .or_else(|| organisation_in_apposition_before(text, items, run_start))
                .or_else(|| organisation_noun_before(text, items, run_start))
        };
        let organisation = || has_organisation_word(&name) || apposition().is_some();
        let acronym = || {
            name.iter()
                .all(|w| w.chars().all(|c| c.is_uppercase() || c == '.'))
        };
        // Only what looks like a person: a known given name, a title, or the
        // sentence's subject ("Mamadou Dia was on a business trip …").
        let subject = || {
            items[..run_start].iter().all(|it| {
                !it.is_word() || {
                    let w = it.token().map(|t| t.lower(text)).unwrap_or_default();
                    // "For Megda Belkacemi, Friday is a day she …"
                    matches!(
                        w.as_str(),
                        "but" | "and" | "then" | "meanwhile" | "for" | "like" | "unlike"
                    )
                }
            })
        };
        let personal = || {
            gender != Gender::Unknown
                || start > 0
                || name.len() == 1
                || subject()
                || (name.len() >= 2 && subject_after_opening(text, items, run_start, i))
                || role_before(text, items, run_start)
                || role_in_apposition_after(text, items, i)
        };
        let in_cue = skip.iter().any(|&(a, b)| run_start < b && a < i);
        // "(Lauren Pelley / CBC News)": a photo credit, not a person in the story.
        let credit = items.get(i).is_some_and(|it| it.is_punct('/'))
            || (run_start > 0 && items[run_start - 1].is_punct('/'));
        if (1..=3).contains(&name.len())
            && !in_cue
            && !credit
            && !acronym()
            && !names_a_street(&name)
            && !organisation()
        {
            let confirmed = personal();
            if confirmed || name.len() >= 2 {
                let lone = name.len() == 1 && start == 0;
                out.push(NamedPerson {
                    name: name.join(" "),
                    gender,
                    lone_subject: lone && is_lone_subject(text, items, run_start, i),
                    opens_sentence: lone && run_start == 0 && followed_by_lowercase(text, items, i),
                    unconfirmed: !confirmed,
                    kind: SpeakerKind::Person,
                    role: (start > 0)
                        .then(|| words[..start].join(" "))
                        .or_else(|| role_words_before(text, items, run_start)),
                });
            }
        } else if (1..=4).contains(&head_words) && !credit {
            // ("CheckPoint North, an independent fact-checking website,
            // said": a speaker the cue names is kept for "the website" later.)
            let appositive = apposition();
            let is_organisation = appositive.is_some() || has_organisation_word(&name);
            let placed_in_cue = placed_after_preposition(text, items, run_start);
            if is_organisation && (!in_cue || appositive.is_some() || placed_in_cue) {
                let mut named = organisation_named(text, items, run_start, &name, appositive);
                named.opens_sentence &= !in_cue;
                out.push(named);
            }
        }
    }
    out
}

/// The organisation whose name `name` is the run of capitalised words at
/// `run_start`, with the noun an appositive calls it, if any.
fn organisation_named(
    text: &str,
    items: &[Item],
    run_start: usize,
    name: &[&str],
    apposition: Option<String>,
) -> NamedPerson {
    // ("Friends of the Wendle, a volunteer group": the whole name.)
    let linked = apposition
        .as_ref()
        .and_then(|_| name_linked_before(text, items, run_start))
        .unwrap_or_default();
    NamedPerson {
        name: format!("{linked}{}", name.join(" ")),
        gender: Gender::Unknown,
        lone_subject: false,
        // ("The Brenmoor Ambulance Service gave …": its subject.)
        opens_sentence: items[..run_start]
            .iter()
            .all(|it| !it.is_word() || it.token().is_some_and(|t| t.lower(text) == "the")),
        unconfirmed: false,
        kind: SpeakerKind::Organization,
        // ("Clean Tarn, a campaign group": "the group" later.)
        role: apposition,
    }
}

/// A role the sentence introduces as its subject, outside the speaker
/// phrases in `skip`: "A senior government official, speaking on condition
/// of anonymity, offered a third version" gives ("official", "senior
/// government official"), which "The official said" may refer to next.
pub fn role_introduced(
    text: &str,
    items: &[Item],
    skip: &[(usize, usize)],
) -> Option<(String, String)> {
    const MAX_DESCRIPTION_WORDS: usize = 4;
    let is_article = |k: usize| {
        items
            .get(k)
            .and_then(|i| i.token())
            .is_some_and(|t| matches!(t.text(text), "A" | "An" | "a" | "an"))
    };
    // (Cheap test first: most sentences open otherwise.)
    let start = if is_article(0) {
        0
    } else {
        let start = super::content::leading_skip(text, items);
        if start == 0 || !is_article(start) {
            return None;
        }
        start
    };
    let mut words: Vec<String> = Vec::new();
    for (k, item) in items
        .iter()
        .enumerate()
        .skip(start + 1)
        .take(MAX_DESCRIPTION_WORDS)
    {
        let tok = item
            .token()
            .filter(|t| t.is_word() && !t.is_capitalised(text))?;
        if skip.iter().any(|&(a, b)| a <= k && k < b) {
            return None;
        }
        let word = tok.lower(text).into_owned();
        let is_role = LEXICONS
            .roles
            .get(word.as_str())
            .is_some_and(|r| !r.organisation);
        words.push(word);
        if is_role {
            let role = words.last()?.clone();
            return Some((role, words.join(" ")));
        }
    }
    None
}

/// Roles the sentence's narrative refers back to with "the" ("On Monday, the
/// mayor brought it up again"), outside the speaker phrases in `skip`.
pub fn roles_named(text: &str, items: &[Item], skip: &[(usize, usize)]) -> Vec<String> {
    let mut out = Vec::new();
    for k in 1..items.len() {
        let Some(tok) = items[k].token() else {
            continue;
        };
        let after_the = items[k - 1]
            .token()
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("the"));
        if !after_the || tok.is_capitalised(text) {
            continue;
        }
        // "backed the mayor's plan": a possessive inside the sentence names
        // no one who acts in it ("The mayor's office said" opens it).
        let opens_clause = k == 1 || items[k - 2].is_punct(',');
        if is_possessive(tok.text(text)) && !opens_clause {
            continue;
        }
        let word = strip_possessive(tok.text(text)).lower();
        if LEXICONS
            .roles
            .get(word.as_str())
            .is_some_and(|r| !r.organisation)
            && !skip.iter().any(|&(a, b)| a <= k && k < b)
        {
            out.push(word.into_owned());
        }
    }
    out
}
