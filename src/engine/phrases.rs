//! Reading the speaker phrase at a reporting cue: the words before the verb
//! ("Kremlin spokesman Dmitry Peskov said"), after it ("…,” said the mayor),
//! or around an appositive ("Jane Roe, a doctor at the clinic, said").

use std::sync::LazyLock;

use super::frame::{Item, lower};
use super::hashing::FastSet;
use super::lexicons::{LEXICONS, WordClass};
use super::lowercase::Lower;
use super::mentions::{self, Mention, is_function_word, is_phrase_word};
use super::model::{Gender, SpeakerKind};
use super::tokens::Token;

/// A speaker phrase: its item range and the mention read from it.
pub type Phrase = ((usize, usize), Mention);

/// Words that may stand between a speaker and the verb ("Trump also said").
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "are",
    "would",
    "will",
    "again",
    "further",
    "recently",
    "once",
    "repeatedly",
    "publicly",
    "privately",
    "earlier",
    "quickly",
    "simply",
    "flatly",
    "firmly",
    "strongly",
    "initially",
    "originally",
    "subsequently",
    "separately",
    "too",
    "only",
    "even",
    "still",
    "on",
    "in",
    "just",
    "already",
    "reportedly",
    "allegedly",
    "had",
    "could",
    "might",
    "may",
    "angrily",
    "calmly",
    "frankly",
    "bluntly",
    "openly",
    "repeatedly",
    "explicitly",
    "vehemently",
    "categorically",
    "emphatically",
    "immediately",
    "swiftly",
    "both",
    "all",
    "each",
    "himself",
    "herself",
    "themselves",
    "itself",
    "similarly",
    "likewise",
    "however",
    "meanwhile",
    "now",
    "long",
    "often",
    "always",
    "sometimes",
    "first",
    "ever",
    "since",
];

/// [`BETWEEN_SUBJECT_AND_VERB`] as a set.
static BETWEEN_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| BETWEEN_SUBJECT_AND_VERB.iter().copied().collect());

fn word_at<'t>(text: &'t str, items: &[Item], i: usize) -> Option<(Token, &'t str)> {
    let t = items.get(i)?.token()?;
    if !t.is_word() {
        return None;
    }
    Some((t, t.text(text)))
}

/// How many items an age takes: "39", "-", "year-old".
const AGE_ITEMS: usize = 3;

/// Does an age ("39-year-old", "6-month-old") start at item `i`?
fn is_age_at(text: &str, items: &[Item], i: usize) -> bool {
    items
        .get(i)
        .and_then(|it| it.token())
        .is_some_and(|t| t.kind == super::tokens::TokenKind::Number)
        && items.get(i + 1).is_some_and(|it| it.is_punct('-'))
        && items.get(i + 2).and_then(|it| it.token()).is_some_and(|t| {
            let w = t.text(text);
            w.starts_with("year-old") || w.starts_with("month-old") || w.starts_with("week-old")
        })
}

/// Is the capitalised word at item `i` part of a newspaper's title ("The
/// Ellan Evening Gazette", "the Sunday Times"): a time word before a
/// publication's word?
fn titles_publication(text: &str, items: &[Item], i: usize) -> bool {
    items.get(i + 1).and_then(|it| it.token()).is_some_and(|t| {
        t.is_capitalised(text) && super::speakers::is_publication_name(t.text(text))
    })
}

/// Can this word (in lower case) be part of a speaker phrase?
fn in_phrase(lower: &str, is_cap: bool) -> bool {
    if is_cap {
        let class = LEXICONS.class(lower);
        return !class.any(WordClass::FUNCTION) || class.any(WordClass::DETERMINER);
    }
    is_phrase_word(lower)
}

/// Do the items between the commas at `earlier` and `comma` name someone in
/// apposition: a name alone ("Gérard Leblanc") or a name after lowercase
/// words describing it ("retired teacher Glenn Arsenault")?
fn is_name_in_apposition(text: &str, items: &[Item], earlier: usize, comma: usize) -> bool {
    let name_words = (earlier + 1..comma)
        .rev()
        .take_while(|&k| is_name_word(text, items, k))
        .count();
    // ("The vicar of St Bartholomew's, the Rev Andrew Okafor, said": a
    // titled name after "the".)
    let titled_after_the = comma - earlier - 1 == name_words + 1
        && lower(text, items, earlier + 1) == "the"
        && items
            .get(earlier + 2)
            .and_then(|it| it.token())
            .is_some_and(|t| LEXICONS.title(t.text(text)).is_some());
    let all_name_words = name_words == comma - earlier - 1 || titled_after_the;
    let described_name = name_words >= 2
        && (earlier + 1..comma - name_words).all(|k| {
            let w = lower(text, items, k);
            items[k]
                .token()
                .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
                && !matches!(
                    w.as_str(),
                    "of"
                        | "at"
                        | "for"
                        | "with"
                        | "in"
                        | "from"
                        | "on"
                        | "by"
                        | "and"
                        | "the"
                        // ("Geoff Illingworth, who chairs Cragdale Parish
                        // Council, said": a relative clause, no name.)
                        | "who"
                        | "which"
                        | "whose"
                        | "that"
                )
                && LEXICONS.verb(&w).is_none()
        });
    // ("St Agathe's Hospital in the regional capital, Marrow, said": a place;
    // "The senior coroner for the district, Malcolm Pryce, said": a person.)
    (!place_before(text, items, earlier) || given_name_at(text, items, earlier + 1))
        && ((2..=5).contains(&(comma - earlier)) && all_name_words
            || (comma - earlier <= 7 && described_name))
}

/// Is item `k` a capitalised given name ("Malcolm")?
fn given_name_at(text: &str, items: &[Item], k: usize) -> bool {
    items.get(k).and_then(|i| i.token()).is_some_and(|t| {
        t.is_word() && t.is_capitalised(text) && LEXICONS.given_names.contains_key(t.text(text))
    })
}

/// Does a place noun end the words before the comma at item `comma` ("the
/// regional capital, Marrow")?
fn place_before(text: &str, items: &[Item], comma: usize) -> bool {
    comma > 0 && PLACE_NOUNS.contains(&lower(text, items, comma - 1).as_str())
}

/// How many words "in the regional capital" may take.
const PLACE_PHRASE_WORDS: usize = 5;

/// Nouns for a place, which a name in apposition after them names ("the
/// regional capital, Marrow"): no speaker.
const PLACE_NOUNS: &[&str] = &[
    "capital",
    "city",
    "town",
    "village",
    "province",
    "county",
    "region",
    "district",
    "country",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "borough",
    "island",
    "port",
    "seat",
];

/// Is the capitalised time word at item `i` the end of a name after a
/// capitalised word ("Severnside Tonight", "USA Today")? Days, months and
/// holidays are capitalised anyway ("Peskov Monday said").
fn names_programme(text: &str, items: &[Item], i: usize, cap: bool) -> bool {
    cap && i > 0
        && matches!(
            lower(text, items, i).as_str(),
            "today"
                | "tonight"
                | "yesterday"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
        )
        && items[i - 1].token().is_some_and(|t| t.is_capitalised(text))
}

/// Where the subject before the verb at item `verb` ends: adverbs,
/// auxiliaries, time words and a connective between commas ("Scheer,
/// however, said") stand between them.
fn subject_end(text: &str, items: &[Item], verb: usize) -> usize {
    let mut end = verb;
    // Skip adverbs, auxiliaries and time phrases between subject and verb.
    while end > 0 {
        let w = lower(text, items, end - 1);
        // "Skybridge has “categorically” denied": a quoted adverb.
        if matches!(items[end - 1], Item::Quote(_)) && quoted_adverb(text, items, end - 1) {
            end -= 1;
            continue;
        }
        if w.is_empty() && !items[end - 1].is_word() {
            break;
        }
        // "Stumpf appeared to blame …", "she went on to say": the verb's
        // subject is the raising verb's.
        if let Some(raised) = raising_verb_before(text, items, end) {
            end = raised;
            continue;
        }
        let cap = items[end - 1]
            .token()
            .is_some_and(|t| t.is_capitalised(text));
        let skippable = (!cap && BETWEEN_SET.contains(w.as_str()))
            || (LEXICONS.time_words.contains(w.as_str())
                && !names_programme(text, items, end - 1, cap))
            || (!cap && w.ends_with("ly") && w.len() > 4 && end > 1)
            // (but "Unifor Local 222 said": a number inside a name)
            || (w.chars().all(|c| c.is_ascii_digit())
                && !(end >= 2
                    && items[end - 2]
                        .token()
                        .is_some_and(|t| t.is_capitalised(text))));
        if !skippable {
            break;
        }
        end -= 1;
    }
    // "Scheer, however, said": a connective between commas.
    if end >= 3
        && items[end - 1].is_punct(',')
        && items[end - 3].is_punct(',')
        && matches!(
            lower(text, items, end - 2).as_str(),
            "however" | "meanwhile" | "though" | "too" | "instead" | "nonetheless" | "likewise"
        )
    {
        end -= 3;
    }
    // "Benning, for his part, said", "The union, in turn, said".
    if let Some(open) = connective_phrase_before(text, items, end) {
        end = open;
    }
    end
}

/// Where a raising or implicative verb ending with "to" just before item
/// `end` starts ("appeared to", "went on to", "was forced to"), if one does:
/// what follows "to" is then said by the subject before it.
pub(super) fn raising_verb_before(text: &str, items: &[Item], end: usize) -> Option<usize> {
    if end < 3 || lower(text, items, end - 1) != "to" {
        return None;
    }
    let verb = lower(text, items, end - 2);
    let before = lower(text, items, end - 3);
    match verb.as_str() {
        "appeared" | "appears" | "appear" | "seemed" | "seems" | "seem" | "proceeded"
        | "hastened" => Some(end - 2),
        "on" if matches!(before.as_str(), "went" | "goes" | "go") => Some(end - 3),
        "forced" | "quick" | "careful"
            if matches!(before.as_str(), "was" | "were" | "is" | "are" | "been") =>
        {
            Some(end - 3)
        }
        _ => None,
    }
}

/// Where a connective phrase set off by commas and ending at item `end`
/// ("…, for his part,", "…, in turn,", "…, by contrast,") starts, at its
/// opening comma.
fn connective_phrase_before(text: &str, items: &[Item], end: usize) -> Option<usize> {
    const PHRASES: &[&[&str]] = &[
        &["for", "his", "part"],
        &["for", "her", "part"],
        &["for", "its", "part"],
        &["for", "their", "part"],
        &["in", "turn"],
        &["by", "contrast"],
        &["in", "response"],
        &["in", "reply"],
    ];
    if end == 0 || !items[end - 1].is_punct(',') {
        return None;
    }
    PHRASES.iter().find_map(|phrase| {
        let open = end.checked_sub(phrase.len() + 2)?;
        (items[open].is_punct(',')
            && phrase
                .iter()
                .enumerate()
                .all(|(k, w)| lower(text, items, open + 1 + k) == *w))
        .then_some(open)
    })
}

/// Is the quotation at item `k`, between two words, a single quoted adverb
/// ("has “categorically” denied")? Read from the text between its neighbours.
fn quoted_adverb(text: &str, items: &[Item], k: usize) -> bool {
    let (Some(before), Some(after)) = (
        k.checked_sub(1).and_then(|j| items[j].token()),
        items.get(k + 1).and_then(|it| it.token()),
    ) else {
        return false;
    };
    let Some(between) = text.get(before.span.end..after.span.start) else {
        return false;
    };
    let words: Vec<&str> = between
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    matches!(words[..], [w] if w.ends_with("ly"))
}

/// The speaker phrase ending just before item `verb` (skipping adverbs).
pub(super) fn phrase_before(
    text: &str,
    items: &[Item],
    verb: usize,
) -> Option<((usize, usize), Mention)> {
    let end = subject_end(text, items, verb);
    // "Sen. David Perdue (R-Ga.) said", "Jane Roe (NDP) says": a short
    // parenthetical after the name belongs to the speaker phrase.
    if let Some(open) = parenthetical_ending_at(items, end) {
        let (range, mention) = phrase_ending_at(text, items, open)?;
        return Some(((range.0, end), mention));
    }
    // "Aaron Kall -- co-editor of a book on the debates -- said": the name
    // before an aside set off by dashes.
    if let Some(open) = dash_aside_ending_at(items, end)
        && let Some((range, mention)) = phrase_ending_at(text, items, open)
        && matches!(mention.form, mentions::MentionForm::Name { .. })
    {
        return Some(((range.0, end), mention));
    }
    // "The company that runs the ferry service to Maren Island has
    // dismissed …": the noun before a relative clause, not the clause's object.
    if let Some(relative) = restrictive_relative_before(text, items, end)
        && let Some((range, mention)) = phrase_ending_at(text, items, relative)
        && !matches!(mention.form, mentions::MentionForm::Pronoun(_))
    {
        return Some(((range.0, end), mention));
    }
    // "A violinist who was present said": a noun no lexicon knows, described
    // by its relative clause.
    if let Some(described) = described_before_relative(text, items, verb, end) {
        return Some(described);
    }
    // "Pickers at the Hollowmere centre run by Brackwell Freight said": the
    // noun before a passive participle's agent, not the agent.
    if let Some(participle) = agent_phrase_before(text, items, end)
        && let Some((range, mention)) = phrase_before(text, items, participle)
        && !matches!(mention.form, mentions::MentionForm::Pronoun(_))
        // ("a survey of its members employed by …": a part of the party
        // that speaks, read by the cue finder.)
        && !matches!(
            lower(text, items, range.0).as_str(),
            "its" | "their" | "his" | "her" | "our"
        )
    {
        return Some(((range.0, end), mention));
    }
    // "the union representing its crews says": the noun before a present
    // participle's object, not the object.
    if let Some(participle) = active_participle_before(text, items, end)
        && let Some((range, mention)) = phrase_before(text, items, participle)
        && !matches!(mention.form, mentions::MentionForm::Pronoun(_))
    {
        return Some(((range.0, end), mention));
    }
    // "Ted Cruz endorses Trump, who says …": the relative pronoun's antecedent.
    // ("dismissed by Henrik Dahlberg, a director of the consortium, who
    // said …": the name before the appositive.)
    if end >= 2 && lower(text, items, end - 1) == "who" && items[end - 2].is_punct(',') {
        return phrase_before(text, items, end - 1)
            .filter(|(_, m)| matches!(m.form, mentions::MentionForm::Name { .. }))
            .or_else(|| phrase_ending_at(text, items, end - 2));
    }
    // A pronoun right before the verb.
    if end > 0
        && let Some((tok, _)) = word_at(text, items, end - 1)
        && matches!(
            tok.lower(text).as_str(),
            "he" | "she" | "they" | "it" | "we" | "i"
        )
    {
        let mention = mentions::parse(text, &[tok])?;
        return Some(((end - 1, end), mention));
    }
    // "Hugh Hill, a doctor at the clinic, said": step over the appositive.
    // "Babatunji Farinloye, 50, says": step over an age.
    if set_off_age_ending_at(items, end) {
        return phrase_ending_at(text, items, end - 3);
    }
    // "Sen. Mark Holt, D-Calif., said": the party and state in commas.
    let party = party_designation_before(text, items, end);
    if party > 0 {
        let (range, mention) = phrase_ending_at(text, items, end - party - 1)?;
        return Some(((range.0, end), mention));
    }
    if end > 0 && items[end - 1].is_punct(',') {
        return subject_before_appositive(text, items, verb, end);
    }
    // "A source close to the minister said": the source, not the minister.
    if let Some(source) = anonymous_source_ending_at(text, items, end) {
        return Some(source);
    }
    described_by_relative(text, items, verb, end)
        .or_else(|| subject_ending_at(text, items, end))
        .or_else(|| speech_verb(text, items, verb).then(|| described_subject(text, items, end))?)
}

/// "an architect who said he was stiffed": the noun phrase a restrictive
/// relative clause ending at item `end` describes, before a verb that
/// reports speech on its own (not "members who answered a poll").
fn described_by_relative(text: &str, items: &[Item], verb: usize, end: usize) -> Option<Phrase> {
    let speaks = LEXICONS
        .verb(&lower(text, items, verb))
        .is_some_and(|v| !v.quote_only && !v.is_attitude());
    if !speaks || end < 2 || lower(text, items, end - 1) != "who" {
        return None;
    }
    let (range, mention) = phrase_ending_at(text, items, end - 1)?;
    // (A whole noun phrase, "an architect", not the tail of one: "high
    // school students" leaves "students" to the readers after this one.)
    let whole = matches!(lower(text, items, range.0).as_str(), "a" | "an" | "the");
    (whole && !matches!(mention.form, mentions::MentionForm::Pronoun(_)))
        .then_some(((range.0, end), mention))
}

/// "A violinist who was present said": the noun phrase no lexicon knows
/// before a restrictive relative clause ending at item `end`, when the verb
/// at item `verb` reports words on its own.
fn described_before_relative(
    text: &str,
    items: &[Item],
    verb: usize,
    end: usize,
) -> Option<Phrase> {
    if !speech_verb(text, items, verb) {
        return None;
    }
    // ("a contest that organisers said was …": the relative clause's own
    // subject speaks; a described person is followed by "who".)
    let relative = restrictive_relative_before(text, items, end)
        .filter(|&relative| lower(text, items, relative) == "who")?;
    let ((start, _), mention) = described_subject(text, items, relative)?;
    Some(((start, end), mention))
}

/// The subject before an appositive that ends at the comma before item
/// `end` ("Hugh Hill, a doctor at the clinic, said"), if it reads as one.
fn subject_before_appositive(
    text: &str,
    items: &[Item],
    verb: usize,
    end: usize,
) -> Option<Phrase> {
    let comma = end - 1;
    let earlier = appositive_opening(text, items, comma)?;
    // "Hettler, 27, who finished fourth …, wrote": an age set off
    // before the appositive.
    let name_end = if set_off_age_ending_at(items, earlier + 1) {
        earlier - 2
    } else {
        earlier
    };
    // "Rep. Lucille Roybal Allard, D-Calif., the incoming chairwoman …, said"
    let name_end = match party_designation_before(text, items, name_end + 1) {
        0 => name_end,
        party => name_end - party,
    };
    // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said"
    let name_end = parenthetical_ending_at(items, name_end).unwrap_or(name_end);
    // "The city's former fire chief, Gérard Leblanc, says", "One of them,
    // retired teacher Glenn Arsenault, said": the name in apposition.
    if is_name_in_apposition(text, items, earlier, comma) {
        let (mut range, mut mention) = phrase_ending_at(text, items, comma)?;
        let role_start = role_phrase_start(text, items, earlier);
        if let Some(start) = role_start {
            // "“…,” the group's coordinator, Yesenia Huamán, said": the
            // role phrase is part of the speaker phrase, not of the quote.
            range.0 = range.0.min(start);
        }
        let role_start = role_start.unwrap_or(earlier);
        if let mentions::MentionForm::Name {
            role, organisation, ..
        } = &mut mention.form
        {
            // "The council's chair, Dr. Amira Sayed": the appositive's
            // role says more than an honorific.
            if role.as_deref().is_none_or(|r| r.ends_with('.')) {
                *role = role_ending_at(text, items, earlier).or_else(|| role.take());
            }
            if organisation.is_none() {
                *organisation = owner_before_role(text, items, role_start, earlier);
            }
        }
        return Some((range, mention));
    }
    let first = lower(text, items, earlier + 1);
    let after_full_name = describes_full_name(text, items, name_end, (earlier, comma));
    // "The Gazette, citing three officials, reported": the source's
    // source; "The audit, published on Tuesday, found", "Smith, asked
    // about the delay, said": a participle describing the subject.
    // ("Kerrigan, speaking outside parliament, said": how the subject spoke.)
    let participle_described = participle_describes(&first, comma - earlier);
    // "St Agathe's Hospital in the regional capital, Marrow, said": the
    // speaker is named before where it is.
    if place_before(text, items, earlier) {
        let located = (earlier.saturating_sub(PLACE_PHRASE_WORDS)..earlier - 1)
            .rev()
            .find(|&k| matches!(lower(text, items, k).as_str(), "in" | "at"))?;
        return phrase_ending_at(text, items, located);
    }
    // "A nurse who worked that day, and who feared for her job, said":
    // the subject with its own relative clause before the second one.
    if first == "and" && matches!(lower(text, items, earlier + 2).as_str(), "who" | "which") {
        return phrase_before(text, items, name_end)
            .or_else(|| described_before_relative(text, items, verb, name_end));
    }
    // "Selin Aydın, who runs a shop on Lindenallee, where the tracks …,
    // said": a relative clause on a place inside the appositive before.
    if matches!(first.as_str(), "where" | "when") && earlier > 0 {
        return phrase_before(text, items, earlier + 1);
    }
    // "The report, broadcast on Monday by private channel Nordvision,
    // alleged": a work speaks for whoever made it.
    if participle_described
        && let Some(author) = author_in_apposition(text, items, (earlier, comma), name_end)
    {
        return Some(author);
    }
    let role_of_organisation = opens_with_role_of_organisation(text, items, (earlier, comma));
    if after_full_name
        || participle_described
        || role_of_organisation
        || matches!(
            first.as_str(),
            "a" | "an" | "the" | "who" | "whose" | "which" | "citing" | "quoting"
        )
        || first.ends_with("'s")
        || first.ends_with("’s")
    {
        // ("A person close to the club, who spoke on condition of
        // anonymity, said": the anonymous source, not the club.)
        if let Some(source) = anonymous_source_ending_at(text, items, name_end) {
            return Some(source);
        }
        // ("Two crew members who work aboard the Sandpiper, speaking on
        // condition of anonymity, said": the members, not the ship.)
        if let Some(relative) = restrictive_relative_before(text, items, name_end)
            && let Some((range, mention)) = phrase_ending_at(text, items, relative)
                .filter(|(_, m)| !matches!(m.form, mentions::MentionForm::Pronoun(_)))
                .or_else(|| {
                    described_before_relative(text, items, verb, name_end)
                        .map(|((start, _), m)| ((start, relative), m))
                })
        {
            return Some(((range.0, name_end), mention));
        }
        // ("A forklift driver at the centre, who asked …, said": the
        // driver, not the centre.)
        // ("Two loaders, speaking on condition of anonymity, said": a
        // noun no lexicon knows.)
        let (range, mut mention) = subject_ending_at(text, items, name_end).or_else(|| {
            speech_verb(text, items, verb)
                .then(|| described_subject(text, items, name_end))
                .flatten()
        })?;
        // ("Bethan Lloyd-Price, who chairs the Rural Connect Alliance, a
        // campaign group, said": the appositive describes the object of a
        // relative clause; the subject is the person before it.)
        if range.0 >= 3
            && lower(text, items, range.0 - 2) == "who"
            && items[range.0 - 3].is_punct(',')
            && LEXICONS.verb(&lower(text, items, range.0 - 1)).is_none()
            && let Some(person) = phrase_ending_at(text, items, range.0 - 3)
        {
            return Some(person);
        }
        describe_from_apposition(text, items, (earlier, comma), &mut mention.form);
        return Some((range, mention));
    }
    None
}

/// Does an appositive opening with `first` and `words` long describe the
/// subject with a participle ("The audit, published on Tuesday,")? ("Two
/// officials, speaking on condition of anonymity because they were not
/// authorised to brief the media, said": that news formula may run long.)
fn participle_describes(first: &str, words: usize) -> bool {
    // ("Mr Hearne, asked about the verdict during a visit to a sorting
    // plant in Ashby Marsh on Tuesday, said": where and when he was asked.)
    let limit = if matches!(first, "speaking" | "asked" | "pressed" | "questioned") {
        SPEAKING_DESCRIBED_WORDS
    } else {
        DESCRIBED_WORDS
    };
    (first.ends_with("ed") || first.ends_with("ing") || IRREGULAR_PARTICIPLES.contains(&first))
        && words <= limit
}

/// Participles by which an appositive names who made a work ("broadcast
/// by", "published by").
const AUTHORING_PARTICIPLES: &[&str] = &[
    "broadcast",
    "aired",
    "published",
    "written",
    "issued",
    "released",
    "signed",
    "produced",
    "compiled",
    "prepared",
    "filed",
    "commissioned",
    "conducted",
    "carried",
];

/// Nouns for a work that speaks for its maker.
const WORK_NOUNS: &[&str] = &[
    "programme",
    "program",
    "documentary",
    "show",
    "series",
    "film",
];

/// The maker of a work named in an appositive after it: in "The report,
/// broadcast on Monday night by private channel Nordvision," (the comma
/// items `earlier` and `comma`; the work ends at `subject_end`), Nordvision.
fn author_in_apposition(
    text: &str,
    items: &[Item],
    (earlier, comma): (usize, usize),
    subject_end: usize,
) -> Option<Phrase> {
    const WORK_NAMED_WITHIN: usize = 3;
    if !AUTHORING_PARTICIPLES.contains(&lower(text, items, earlier + 1).as_str()) {
        return None;
    }
    let names_work = (subject_end.saturating_sub(WORK_NAMED_WITHIN)..subject_end).any(|k| {
        let w = lower(text, items, k);
        LEXICONS.statement_nouns.contains(w.as_str()) || WORK_NOUNS.contains(&w.as_str())
    });
    if !names_work {
        return None;
    }
    let by = (earlier + 2..comma).find(|&k| lower(text, items, k) == "by")?;
    phrase_after(text, items, by + 1).filter(|(range, _)| range.1 <= comma)
}

/// Past participles that do not end in "-ed" and open an appositive
/// describing a subject ("The programme, broadcast on Wednesday,").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "broadcast",
    "written",
    "given",
    "made",
    "held",
    "shown",
    "seen",
    "sent",
    "built",
    "taken",
    "brought",
    "led",
    "known",
    "drawn",
    "run",
    "set",
    "begun",
    "chosen",
    "done",
    "found",
    "sold",
    "won",
    "paid",
    "told",
];

/// Does the appositive between the commas at `earlier` and `comma` open with
/// a role in an organisation ("Lena Varga, field coordinator for the …, a
/// charity …, said")?
fn opens_with_role_of_organisation(
    text: &str,
    items: &[Item],
    (earlier, comma): (usize, usize),
) -> bool {
    (earlier + 2..comma.min(earlier + 6)).any(|k| {
        matches!(lower(text, items, k).as_str(), "for" | "of" | "at" | "with")
            && LEXICONS
                .roles
                .contains_key(lower(text, items, k - 1).as_str())
            && items[earlier + 1..k].iter().all(|i| {
                i.token()
                    .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
            })
    })
}

/// Any verb-free description between the commas at `earlier` and `comma`
/// after a full name ending at item `name_end`: "Amanda Nash, nutrition
/// manager with …, said".
fn describes_full_name(
    text: &str,
    items: &[Item],
    name_end: usize,
    (earlier, comma): (usize, usize),
) -> bool {
    let capitalised = |k: usize| items[k].token().is_some_and(|t| t.is_capitalised(text));
    // ("one of the former technicians who spoke to the programme": the
    // verbs of a relative clause on the description are its own.)
    let described = items[earlier + 1..comma]
        .iter()
        .take_while(|i| {
            i.token()
                .is_none_or(|t| !matches!(t.lower(text).as_ref(), "who" | "which"))
        })
        .count();
    name_end >= 2
        && capitalised(name_end - 1)
        && capitalised(name_end - 2)
        && described > 0
        && items[earlier + 1..comma].iter().all(|i| i.is_word())
        && items[earlier + 1..earlier + 1 + described].iter().all(|i| {
            LEXICONS
                .verb(&i.token().map(|t| t.lower(text)).unwrap_or_default())
                .is_none()
        })
}

/// Words that open a clause inside a clause.
const SUBORDINATORS: &[&str] = &[
    "since", "because", "when", "while", "although", "though", "if", "unless", "as", "after",
    "before", "until", "so",
];

/// How far before a verb a restrictive relative clause may begin.
const RELATIVE_CLAUSE_ITEMS: usize = 14;

/// Where a relative clause right before item `end` begins, when the words
/// before it are a noun it describes: "that" in "The company that runs the
/// ferry service to Maren Island", "who" in "A woman who lost her home".
/// Not after a verb ("warned that the company"), a function word or a comma.
fn restrictive_relative_before(text: &str, items: &[Item], end: usize) -> Option<usize> {
    let floor = end.saturating_sub(RELATIVE_CLAUSE_ITEMS);
    let mut k = end;
    let relative = loop {
        if k <= floor.max(1) {
            return None;
        }
        k -= 1;
        let tok = items[k].token()?;
        if !tok.is_word() && tok.kind != super::tokens::TokenKind::Number {
            return None;
        }
        let w = tok.lower(text);
        if matches!(w.as_ref(), "that" | "who" | "which") {
            break k;
        }
        // "warnings … that the showdown was fruitless since the specialist
        // would assert": a clause of its own, not a relative clause's.
        if SUBORDINATORS.contains(&w.as_ref()) {
            return None;
        }
    };
    // "a Toronto company that has not said why": the relative pronoun is
    // the verb's own subject, and no clause stands between them.
    let own_subject = (relative + 1..end).all(|k| {
        let w = lower(text, items, k);
        BETWEEN_SET.contains(&*w) || matches!(&*w, "not" | "never" | "n't")
    });
    if own_subject {
        return None;
    }
    let (before, _) = word_at(text, items, relative - 1)?;
    let before = before.lower(text);
    (!is_function_word(&before)
        && !LEXICONS.determiners.contains(before.as_str())
        && LEXICONS.verb(&before).is_none()
        && !before.ends_with("ed"))
    .then_some(relative)
}

/// Where a passive participle stands whose agent ends at item `end`
/// ("… run by Brackwell Freight", "… managed by the housing trust"): a
/// participle, "by", then a short phrase of words with no verb or comma.
fn agent_phrase_before(text: &str, items: &[Item], end: usize) -> Option<usize> {
    const MAX_AGENT_WORDS: usize = 5;
    let by = (end.saturating_sub(MAX_AGENT_WORDS + 1)..end)
        .rev()
        .find(|&k| lower(text, items, k) == "by")?;
    let participle = by.checked_sub(1)?;
    let agent_is_phrase = by + 1 < end
        && (by + 1..end).all(|k| {
            items[k].token().is_some_and(super::tokens::Token::is_word)
                && LEXICONS.verb(&lower(text, items, k)).is_none()
        });
    // (A noun before the participle: "the centre run by", not "was run by".)
    let noun_before = participle > 0
        && word_at(text, items, participle - 1).is_some_and(|(t, _)| {
            let w = t.lower(text);
            !is_function_word(&w) && LEXICONS.verb(&w).is_none()
        });
    (agent_is_phrase
        && noun_before
        && super::names::PARTICIPLES_AFTER_A_NOUN
            .contains(&lower(text, items, participle).as_str()))
    .then_some(participle)
}

/// Present participles that describe a party by what it does to a noun
/// after it ("the union representing its crews", "the firm running the
/// site").
const ACTIVE_PARTICIPLES_AFTER_A_NOUN: &[&str] = &[
    "representing",
    "running",
    "owning",
    "managing",
    "linking",
    "serving",
    "employing",
    "organising",
    "organizing",
    "overseeing",
    "supplying",
    "building",
];

/// Where a present participle after a noun stands whose object ends at
/// item `end` ("… representing its crews", "… running the depot"): a
/// listed participle after a noun, then a short phrase of words with no
/// verb, comma or quotation.
fn active_participle_before(text: &str, items: &[Item], end: usize) -> Option<usize> {
    const MAX_OBJECT_ITEMS: usize = 6;
    let participle = (end.saturating_sub(MAX_OBJECT_ITEMS + 1)..end.saturating_sub(1))
        .rev()
        .find(|&k| ACTIVE_PARTICIPLES_AFTER_A_NOUN.contains(&lower(text, items, k).as_str()))?;
    let object_is_phrase = (participle + 1..end)
        .all(|k| items[k].is_word() && LEXICONS.verb(&lower(text, items, k)).is_none());
    let noun_before = participle > 0
        && word_at(text, items, participle - 1).is_some_and(|(t, _)| {
            let w = t.lower(text);
            // ("Chief operating officer Raj Kholi said": a title.)
            !t.is_capitalised(text)
                && !is_function_word(&w)
                && LEXICONS.verb(&w).is_none()
                && !w.ends_with("ly")
        });
    (object_is_phrase && noun_before).then_some(participle)
}

/// The subject phrase ending just before item `end`, read back from there.
fn subject_ending_at(text: &str, items: &[Item], end: usize) -> Option<Phrase> {
    let phrase = phrase_ending_at(text, items, end);
    // "Nurses at the clinic in Lower Dunmore said": a place after a
    // preposition is where the speakers are, not who speaks.
    if let Some(((start, _), mention)) = &phrase
        && matches!(mention.form, mentions::MentionForm::Name { .. })
        && placed_name_before(text, items, start.saturating_sub(1), end)
        && let Some(source) = post_modified_source(text, items, end, Reach::Placed)
    {
        return Some(source);
    }
    // "Six current and former drivers for Whippy Lane Ltd said": people who
    // work for the organisation, not the organisation.
    if let Some(((start, _), mention)) = &phrase
        && let mentions::MentionForm::Name {
            role: Some(role),
            kind: SpeakerKind::Organization,
            ..
        } = &mention.form
        && role.ends_with("s for")
        && let Some(for_at) = (*start..end).find(|&k| lower(text, items, k) == "for")
        && let Some(((from, _), people)) = described_subject(text, items, for_at)
    {
        return Some(((from, end), people));
    }
    if let Some(((start, _), mention)) = &phrase
        && matches!(
            mention.form,
            mentions::MentionForm::Name {
                kind: SpeakerKind::Organization,
                ..
            }
        )
        && *start >= 2
        && lower(text, items, start - 1) == "for"
        && lower(text, items, start - 2).ends_with('s')
        && let Some(((from, _), people)) = described_subject(text, items, start - 1)
    {
        return Some(((from, end), people));
    }
    phrase
        .map(|phrase| role_of_named_organisation(text, items, phrase.0, end).unwrap_or(phrase))
        .or_else(|| post_modified_source(text, items, end, Reach::Modified))
}

/// Is the verb at item `verb` one that reports words and nothing else
/// ("said", "argued", "warned"), so that an unknown noun before it speaks?
/// ("called", "charges", "maintained" also name acts.)
fn speech_verb(text: &str, items: &[Item], verb: usize) -> bool {
    let word = lower(text, items, verb);
    !word.ends_with("ing")
        && LEXICONS.lemma(&word).is_some_and(|l| {
            matches!(
                l,
                "say"
                    | "tell"
                    | "argue"
                    | "claim"
                    | "insist"
                    | "explain"
                    | "warn"
                    | "predict"
                    | "acknowledge"
                    | "admit"
                    | "announce"
                    | "confirm"
                    | "deny"
                    | "reject"
                    | "dismiss"
                    | "dispute"
                    | "refute"
                    | "suggest"
                    | "contend"
                    | "allege"
                    | "assert"
                    | "stress"
                    | "emphasize"
                    | "emphasise"
                    | "write"
                    | "tweet"
            ) || (matches!(l, "estimate" | "report" | "state") && word.ends_with("ed"))
        })
}

/// Words that count a plural party ("Three loaders said", "Several
/// growers told").
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some",
    "many", "dozens",
];

/// "The fund predicted …", "the GOP presidential nominee argued …": a noun
/// phrase that no lexicon knows, opened by a determiner and ending just
/// before item `end`, is a speaker described by its head noun (a group when
/// the head is plural).
fn described_subject(text: &str, items: &[Item], end: usize) -> Option<((usize, usize), Mention)> {
    const MAX_MODIFIERS: usize = 4;
    let head = end.checked_sub(1)?;
    let (head_tok, _) = word_at(text, items, head)?;
    let head_lower = head_tok.lower(text);
    let plain_noun = |w: &str| {
        w.len() > 2
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_function_word(w)
            && LEXICONS.verb(w).is_none()
            && !LEXICONS.time_words.contains(w)
            && !w.ends_with("ly")
    };
    if head_tok.is_capitalised(text) || !plain_noun(&head_lower) {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < MAX_MODIFIERS {
        let (tok, word) = word_at(text, items, start - 1)?;
        let lower = tok.lower(text);
        // ("former drivers": a modifier the determiners list holds too.)
        let listed_modifier = LEXICONS.phrase_modifiers.contains(lower.as_str());
        if (LEXICONS.determiners.contains(lower.as_str()) && !listed_modifier)
            || matches!(lower.as_str(), "its" | "his" | "her" | "their")
            || COUNT_WORDS.contains(&lower.as_str())
        {
            break;
        }
        // "GOP", "NATO": an acronym may modify as a lowercase word does.
        let acronym = word.len() <= 5 && word.chars().all(|c| c.is_ascii_uppercase());
        // ("current and former drivers": modifiers joined by "and".)
        let joins = matches!(lower.as_str(), "and" | "or") && start < head;
        // ("recent arrivals": a time word may modify.)
        let modifies =
            plain_noun(&lower) || listed_modifier || LEXICONS.time_words.contains(lower.as_str());
        if !(acronym || joins || (!tok.is_capitalised(text) && modifies)) {
            return None;
        }
        start -= 1;
    }
    let determiner = start.checked_sub(1)?;
    let det = lower(text, items, determiner);
    // ("Three loaders said": a count before a plural.)
    let counted = COUNT_WORDS.contains(&det.as_str()) && head_lower.ends_with('s');
    if !counted
        && !matches!(
            det.as_str(),
            "the" | "a" | "an" | "one" | "another" | "its" | "his" | "her" | "their"
        )
    {
        return None;
    }
    let first = items[determiner].token()?;
    let last = items[head].token()?;
    let span = crate::document::Span::new(first.span.start, last.span.end);
    // Whether "the carrier" is the airline or the person just named is
    // unknown, so the description stands for a party of its own.
    let form = mentions::MentionForm::Group {
        name: span.slice(text).to_owned(),
    };
    Some(((determiner, end), Mention { span, form }))
}

/// Do the items before `end` set off an age between commas (", 50,")?
fn set_off_age_ending_at(items: &[Item], end: usize) -> bool {
    end >= 3
        && items[end - 1].is_punct(',')
        && items[end - 2]
            .token()
            .is_some_and(|t| t.kind == super::tokens::TokenKind::Number)
        && items[end - 3].is_punct(',')
}

/// The comma that opens the appositive closed by the comma at item `comma`
/// ("Hugh Hill, a doctor at the clinic, said"). A relative clause set off
/// inside it is stepped over ("Ann Roe, a developer, which …, said" opens at
/// the first comma), and a relative clause alone may run longer than a plain
/// appositive ("Jo Lee, who was … and later …, said").
fn appositive_opening(text: &str, items: &[Item], comma: usize) -> Option<usize> {
    const MAX_APPOSITIVE: usize = 20;
    const MAX_RELATIVE: usize = 40;
    let previous_comma = |before: usize, reach: usize| {
        (before.saturating_sub(reach)..before)
            .rev()
            .find(|&k| items[k].is_punct(','))
    };
    // ("A nurse who worked that day, and who asked not to be named, …")
    let relative_after = |k: usize| {
        let k = if lower(text, items, k + 1) == "and" {
            k + 1
        } else {
            k
        };
        matches!(
            lower(text, items, k + 1).as_str(),
            "who" | "which" | "whose"
        )
    };
    let earlier = previous_comma(comma, MAX_RELATIVE)?;
    if comma - earlier > MAX_APPOSITIVE && !relative_after(earlier) {
        return None;
    }
    let capitalised = |k: usize| items[k].token().is_some_and(|t| t.is_capitalised(text));
    // "…, a developer and spokeswoman for the coalition, which is made up of …,"
    // "Graham Tiernan, operations director at Elmsby Light Rail, which runs
    // the line, said": a role after a name, then what its organisation is.
    if lower(text, items, earlier + 1) == "which"
        && let Some(outer) = previous_comma(earlier, MAX_APPOSITIVE)
        && (matches!(lower(text, items, outer + 1).as_str(), "a" | "an" | "the")
            || (outer > 0
                && capitalised(outer - 1)
                && items[outer + 1].is_word()
                && !capitalised(outer + 1)))
    {
        return Some(outer);
    }
    // "Tomasz Reyes, a spokesperson for the organisers, Climate Now Halden,
    // told": the organisation's name in apposition to the role.
    if comma - earlier > 1
        && (earlier + 1..comma).all(capitalised)
        && let Some(outer) = previous_comma(earlier, MAX_APPOSITIVE)
        && outer > 0
        && capitalised(outer - 1)
        && matches!(lower(text, items, outer + 1).as_str(), "a" | "an")
        && !capitalised(earlier - 1)
    {
        return Some(outer);
    }
    // "Lena Varga, field coordinator for the Highland Relief Trust, a charity
    // that has run clinics in the district for a decade, said": the
    // organisation a role belongs to, described in apposition.
    if headed_by_organisation_noun(text, items, (earlier, comma))
        && earlier > 0
        && capitalised(earlier - 1)
        && let Some(outer) = previous_comma(earlier, MAX_APPOSITIVE)
        && outer > 0
        && capitalised(outer - 1)
        && (outer + 1..earlier)
            .any(|k| matches!(lower(text, items, k).as_str(), "for" | "of" | "at"))
    {
        return Some(outer);
    }
    Some(earlier)
}

/// Does the appositive between the commas at `earlier` and `comma` open
/// with an indefinite organisation noun ("a charity that runs clinics", "a
/// fact-checking group based in …"), not a person's role ("an economist")?
fn headed_by_organisation_noun(
    text: &str,
    items: &[Item],
    (earlier, comma): (usize, usize),
) -> bool {
    matches!(lower(text, items, earlier + 1).as_str(), "a" | "an")
        && (earlier + 2..comma.min(earlier + 5)).any(|k| {
            LEXICONS
                .roles
                .get(lower(text, items, k).as_str())
                .is_some_and(|r| r.organisation)
        })
}

/// What the appositive between the commas at `earlier` and `comma` says
/// of the name before it: "Factora, a fact-checking group based in
/// Boulder," is an organisation; "Priya Raman, a family doctor at the
/// clinic," has a role.
fn describe_from_apposition(
    text: &str,
    items: &[Item],
    (earlier, comma): (usize, usize),
    form: &mut mentions::MentionForm,
) {
    // (The head of the first noun phrase: "a volunteer charity" is an
    // organisation, "a volunteer at the charity" a person.)
    let words: Vec<_> = (earlier + 1..comma)
        .map(|k| lower(text, items, k))
        .collect();
    let first_role = words
        .iter()
        .position(|w| LEXICONS.roles.contains_key(w.as_str()));
    let head_role = first_role.map(|at| {
        let mut head = at;
        while words
            .get(head + 1)
            .is_some_and(|w| LEXICONS.roles.contains_key(w.as_str()))
        {
            head += 1;
        }
        head
    });
    let described_as_organisation = head_role
        .and_then(|k| LEXICONS.roles.get(words[k].as_str()))
        .is_some_and(|r| r.organisation);
    // "Open Hands Relief, a charity that runs …": three capitalised words
    // read as a person's name until the description says otherwise (but
    // "Jane Roe, a company director" keeps her given name).
    let reads_as_person = matches!(
        form,
        mentions::MentionForm::Name { kind: SpeakerKind::Person, name, .. }
            if name.split_whitespace().next().is_some_and(|first| {
                !LEXICONS.given_names.contains_key(first)
            })
    );
    let mentions::MentionForm::Name {
        role,
        kind,
        organisation,
        ..
    } = form
    else {
        return;
    };
    // "Petra Halloran, whose brother …": the relative's role is not hers.
    // "CheckPoint North, which is run by the journalism school …": a thing,
    // not a person, and not the school.
    match lower(text, items, earlier + 1).as_ref() {
        "whose" => return,
        "which" => {
            if *kind == SpeakerKind::Unknown || reads_as_person {
                *kind = SpeakerKind::Organization;
            }
            return;
        }
        _ => {}
    }
    // ("Aparna Mathur, an economist at the … Institute": a person's workplace.)
    let headed_by_organisation = headed_by_organisation_noun(text, items, (earlier, comma));
    if described_as_organisation
        && (*kind == SpeakerKind::Unknown || (reads_as_person && headed_by_organisation))
    {
        *kind = SpeakerKind::Organization;
        // ("Touchline Report, an independent website," is "the website";
        // "The Courier, citing two board members," is described by nothing.)
        let described = words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the"));
        *role = head_role
            .filter(|_| described)
            .map(|k| words[k].to_string());
        return;
    }
    // "Jane Roe, a spokeswoman for the coalition, said": whom she speaks for.
    if organisation.is_none() && *kind != SpeakerKind::Organization {
        *organisation = appositive_role_after(text, items, earlier).and_then(|(_, org)| org);
    }
    // ("Angela Pruitt, president of the …, which has not endorsed a
    // candidate,": the role before the organisation's own clause.)
    let comma = (earlier + 1..comma)
        .find(|&k| items[k].is_punct(',') && lower(text, items, k + 1) == "which")
        .unwrap_or(comma);
    // ("The Coastal Courier, citing two board members,": no role of its own.)
    let organisation_named = *kind == SpeakerKind::Organization;
    if role.is_none() {
        *role = role_ending_at(text, items, comma).or_else(|| {
            (earlier + 1..comma)
                .filter(|_| !organisation_named)
                .map(|k| lower(text, items, k))
                .find(|w| LEXICONS.roles.contains_key(w.as_str()))
                .map(Lower::into_owned)
        });
    }
}

/// "The former sergeant-at-arms of the House of Commons said": a phrase
/// `(start, end)` naming an organisation after "of" is where a person works;
/// the speaker is the role before it, read back to its determiner.
fn role_of_named_organisation(
    text: &str,
    items: &[Item],
    (start, _): (usize, usize),
    end: usize,
) -> Option<Phrase> {
    const MAX_ROLE_WORDS: usize = 3;
    let of = start.checked_sub(1)?;
    if lower(text, items, of) != "of" {
        return None;
    }
    let mut k = of;
    while k > 0 && of - k < MAX_ROLE_WORDS {
        let w = lower(text, items, k - 1);
        if matches!(w.as_str(), "the" | "a" | "an") {
            let phrase = read(text, items, k - 1, end)?;
            return matches!(phrase.1.form, mentions::MentionForm::Role { .. }).then_some(phrase);
        }
        let lowercase_word = items[k - 1]
            .token()
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
            && !is_function_word(&w)
            && LEXICONS.verb(&w).is_none();
        if !lowercase_word {
            return None;
        }
        k -= 1;
    }
    None
}

/// How many items a US party-and-state designation between commas ending
/// just before item `end` takes (", D-Calif.,", ", R-Texas,"), counting its
/// closing comma; 0 when there is none.
fn party_designation_before(text: &str, items: &[Item], end: usize) -> usize {
    if end < 3 || !items[end - 1].is_punct(',') {
        return 0;
    }
    let mut k = end - 1;
    while k > 0 && items[k - 1].is_punct('.') {
        k -= 1;
    }
    let Some(word) = k.checked_sub(1).and_then(|w| items[w].token()) else {
        return 0;
    };
    let w = word.text(text);
    let mut chars = w.chars();
    let party = matches!(chars.next(), Some('D' | 'R' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(char::is_uppercase)
        && w.len() <= 12;
    let opened = k >= 2 && items[k - 2].is_punct(',');
    if party && opened { end - (k - 1) } else { 0 }
}

/// The item of the "(" that opens a short parenthetical closing just before
/// item `end` ("(R-Ga.)", "(D-N.Y.)", "(NDP)"), if there is one.
fn parenthetical_ending_at(items: &[Item], end: usize) -> Option<usize> {
    const MAX_INSIDE: usize = 6;
    let close = end.checked_sub(1)?;
    if !items[close].is_punct(')') {
        return None;
    }
    let open = (close.saturating_sub(MAX_INSIDE + 1)..close)
        .rev()
        .find(|&k| items[k].is_punct('(') || items[k].is_punct(')'))?;
    (items[open].is_punct('(') && open + 1 < close && open > 0).then_some(open)
}

/// The item of the dash (or the first of "--") that opens an aside closed by
/// the dash just before item `end`.
fn dash_aside_ending_at(items: &[Item], end: usize) -> Option<usize> {
    const MAX_INSIDE: usize = 24;
    let is_dash = |k: usize| items[k].is_punct('—') || items[k].is_punct('–');
    let double = |k: usize| k > 0 && items[k].is_punct('-') && items[k - 1].is_punct('-');
    let close = end.checked_sub(1)?;
    let close_start = if double(close) {
        close - 1
    } else if is_dash(close) {
        close
    } else {
        return None;
    };
    let open = (close_start.saturating_sub(MAX_INSIDE)..close_start)
        .rev()
        .find(|&k| is_dash(k) || double(k))?;
    let open = if double(open) { open - 1 } else { open };
    let inside = &items[open + 1..close_start];
    (open > 0 && inside.iter().any(|i| i.is_word()) && !inside.iter().any(|i| i.is_punct('.')))
        .then_some(open)
}

/// "Atlantic Tide's chief executive, Colin Mabry, said": the role noun ending
/// at item `end` (the comma before the name) with the lowercase modifiers and
/// role nouns before it ("chief executive", "auditor general").
/// Where the role phrase ending before item `end` starts: at its determiner
/// or possessive ("the group's coordinator", "its chief operating officer"),
/// or after the punctuation or quotation before it; `None` when no such start
/// is in reach.
/// How many words a role phrase before an appositive name may have:
/// "The Maren Island Council's chief executive".
const ROLE_PHRASE_WORDS: usize = 7;

fn role_phrase_start(text: &str, items: &[Item], end: usize) -> Option<usize> {
    let mut k = end;
    while k > 0 && end - k < ROLE_PHRASE_WORDS {
        if !items[k - 1].is_word() {
            return (k < end).then_some(k);
        }
        k -= 1;
        let w = lower(text, items, k);
        if LEXICONS.determiners.contains(w.as_str())
            || matches!(w.as_str(), "its" | "his" | "her" | "their")
        {
            return Some(k);
        }
    }
    (k == 0 && k < end).then_some(k)
}

/// The owner of a role phrase `start..end`: "its" in "its chief operating
/// officer", "the coalition" in "the coalition's campaigns director",
/// "Skybridge" in "Skybridge's chief executive".
fn owner_before_role(text: &str, items: &[Item], start: usize, end: usize) -> Option<String> {
    let first = lower(text, items, start);
    if first == "its" {
        return Some("its".to_owned());
    }
    // "A council spokesman, Dominic Reyes": the organisation a lowercase
    // noun before the role names.
    if matches!(first.as_str(), "a" | "an") && end == start + 3 {
        let noun = lower(text, items, start + 1);
        if is_lowercase_word(text, items, start + 1) && ROLE_OWNER_NOUNS.contains(&noun.as_str()) {
            return Some(format!("the {noun}"));
        }
    }
    let (at, the) = if first == "the" {
        (start + 1, "the ")
    } else {
        (start, "")
    };
    if at + 1 >= end {
        return None;
    }
    // "Skybridge's", "Fair Deal's": capitalised words up to the possessive
    // (or a single lowercase one: "the coalition's").
    let mut words = Vec::new();
    let last = (end - 1).min(at + OWNER_WORDS);
    for item in &items[at..last] {
        let tok = item.token().filter(|t| t.is_word())?;
        let word = tok.text(text);
        let bare = mentions::strip_possessive(word);
        if bare.is_empty() {
            return None;
        }
        words.push(bare);
        if bare.len() < word.len() {
            // ("the coalition's", but "The Maren Island Council's")
            let the = if tok.is_capitalised(text) { "" } else { the };
            return Some(format!("{the}{}", words.join(" ")));
        }
        if !tok.is_capitalised(text) {
            return None;
        }
    }
    None
}

/// Nouns of an organisation that may stand before a role ("a council
/// spokesman", "a company spokeswoman", "a union official"). Narrower than
/// the role lexicon's organisation nouns on purpose: with those, "a
/// government spokeswoman" made "the government" a speaker of its own,
/// with no words, where the story named no such body.
pub(super) const ROLE_OWNER_NOUNS: &[&str] = &[
    "council",
    "company",
    "ministry",
    "department",
    "union",
    "club",
    "police",
    "hospital",
    "trust",
    "agency",
    "airline",
    "firm",
    "board",
    "authority",
    "charity",
    "party",
    "campaign",
    "school",
    "embassy",
    "regulator",
];

/// How many words a role's owner may have before its possessive.
const OWNER_WORDS: usize = 4;

fn role_ending_at(text: &str, items: &[Item], end: usize) -> Option<String> {
    let head = end.checked_sub(1)?;
    let is_role = |k: usize| {
        items[k].token().is_some_and(|t| !t.is_capitalised(text))
            && LEXICONS
                .roles
                .get(lower(text, items, k).as_str())
                .is_some_and(|r| !r.organisation)
    };
    if !is_role(head) {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < 3 {
        let w = lower(text, items, start - 1);
        let lowercase = items[start - 1]
            .token()
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text));
        if lowercase
            && !LEXICONS.determiners.contains(w.as_str())
            && (LEXICONS.phrase_modifiers.contains(w.as_str()) || is_role(start - 1))
        {
            start -= 1;
        } else {
            break;
        }
    }
    let words: Vec<String> = (start..=head)
        .map(|k| lower(text, items, k).into_owned())
        .collect();
    Some(words.join(" "))
}

/// "a source familiar with the talks said", "people close to the minister say":
/// a group or role noun followed by a short lowercase modifier.
fn post_modified_source(
    text: &str,
    items: &[Item],
    end: usize,
    reach: Reach,
) -> Option<((usize, usize), Mention)> {
    let from = end.saturating_sub(match reach {
        Reach::Modified => MODIFIED_SOURCE_REACH,
        Reach::Placed => PLACED_SOURCE_REACH,
    });
    // The rightmost role or group noun followed by a modifier ("a spokesperson
    // for the transit agency": the spokesperson, not the agency).
    let modified_head = |k: usize| {
        let w = lower(text, items, k);
        let next = lower(text, items, k + 1);
        (LEXICONS.groups.contains(w.as_str()) || LEXICONS.roles.contains_key(w.as_str()))
            && (next.ends_with("ed")
                // "a rescue group working in the village", "lawyers representing the family"
                || (next.ends_with("ing") && LEXICONS.verb(&next).is_none())
                || matches!(
                    next.as_str(),
                    "familiar"
                        | "for"
                        | "close"
                        | "with"
                        | "in"
                        | "at"
                        | "from"
                        | "of"
                        | "who"
                        | "involved"
                        | "briefed"
                        | "knowledgeable"
                        | "inside"
                        | "near"
                        | "on"
                ))
            // ("at a 46-bed nursing home": a hyphen inside a word.)
            && items[k + 1..end]
                .iter()
                .all(|i| i.is_word() || i.is_punct('-'))
    };
    // The rightmost for a noun modified by its source ("a spokesperson for
    // the transit agency"), the leftmost for one placed somewhere ("A
    // spokesman at the company's office in Dunmore").
    let head = match reach {
        Reach::Modified => (from..end).rev().find(|&k| modified_head(k)),
        // (a person or a group: "the University of California at Berkeley"
        // stays the university)
        // ("The French embassy in Ottawa" is the embassy: a lowercase one.)
        Reach::Placed => (from..end).find(|&k| {
            modified_head(k)
                && (is_lowercase_word(text, items, k)
                    || !LEXICONS
                        .roles
                        .get(lower(text, items, k).as_str())
                        .is_some_and(|r| r.organisation))
        }),
    }?;
    let start = with_determiner_before(text, items, head);
    read(text, items, start, head + 1)
}

/// Is the phrase that ends before `end` (from `from` on) a place name after
/// "in" or "at" ("… office in Dunmore")? ("Senator from Texas" is named
/// after the place.)
fn placed_name_before(text: &str, items: &[Item], from: usize, end: usize) -> bool {
    let Some(prep) = (from..end).rev().find(|&k| {
        !items[k]
            .token()
            .is_some_and(|t| t.is_word() && t.is_capitalised(text))
    }) else {
        return false;
    };
    prep + 1 < end && matches!(lower(text, items, prep).as_str(), "in" | "at")
}

/// How many items an appositive participle describing the subject may take
/// ("The audit, published on Tuesday,").
const DESCRIBED_WORDS: usize = 12;

/// The same for how the subject spoke or was asked ("speaking on condition
/// of anonymity because they were not authorised to …", "asked about the
/// verdict during a visit to …").
const SPEAKING_DESCRIBED_WORDS: usize = 20;

/// Which source described after its noun [`post_modified_source`] looks for.
#[derive(Clone, Copy)]
enum Reach {
    /// Modified by whom it speaks for ("a spokesperson for the agency").
    Modified,
    /// Placed somewhere ("Nurses at the clinic in Lower Dunmore").
    Placed,
}

/// How many items before its verb a source described after its noun may
/// start ("a spokesperson for the transit agency said").
const MODIFIED_SOURCE_REACH: usize = 7;

/// The same for a source placed somewhere ("A spokesman at the company's
/// office in Dunmore said").
const PLACED_SOURCE_REACH: usize = 14;

/// Where a noun phrase headed at item `head` starts: at the determiner right
/// before it ("a source", "the spokesperson"), if any.
fn with_determiner_before(text: &str, items: &[Item], head: usize) -> usize {
    if head > 0
        && LEXICONS
            .determiners
            .contains(lower(text, items, head - 1).as_str())
    {
        head - 1
    } else {
        head
    }
}

/// Words after a source noun that make it an anonymous source described by
/// its access: "a person familiar with the talks", "a source close to the
/// minister".
const ACCESS_WORDS: &[&str] = &["familiar", "close", "knowledgeable", "briefed", "involved"];

/// The anonymous source whose description ends just before item `end`: a
/// group noun, an access word and a few words more ("sources close to the
/// minister said"), named by the whole description.
fn anonymous_source_ending_at(
    text: &str,
    items: &[Item],
    end: usize,
) -> Option<((usize, usize), Mention)> {
    const MAX_WORDS: usize = 8;
    let from = end.saturating_sub(MAX_WORDS);
    // ("those close to him say": "those" stands for the people.)
    let head = (from..end.saturating_sub(1)).rev().find(|&k| {
        let w = lower(text, items, k);
        (LEXICONS.groups.contains(w.as_str()) || w == "those")
            && ACCESS_WORDS.contains(&lower(text, items, k + 1).as_ref())
    })?;
    if !items[head..end].iter().all(|i| i.is_word()) {
        return None;
    }
    let start = with_determiner_before(text, items, head);
    let name = (start..end)
        .map(|k| items[k].span(&[]).slice(text))
        .collect::<Vec<_>>()
        .join(" ");
    let first = items[start].span(&[]);
    let last = items[end - 1].span(&[]);
    Some((
        (start, end),
        Mention {
            span: crate::document::Span::new(first.start, last.end),
            form: mentions::MentionForm::Group { name },
        },
    ))
}

/// The anonymous source described from item `start` on ("a person familiar
/// with the talks"), up to the punctuation that ends the description.
fn anonymous_source_from(
    text: &str,
    items: &[Item],
    start: usize,
) -> Option<((usize, usize), Mention)> {
    const MAX_WORDS: usize = 8;
    let determiner = LEXICONS
        .determiners
        .contains(lower(text, items, start).as_str());
    let head = start + usize::from(determiner);
    if !LEXICONS.groups.contains(lower(text, items, head).as_str())
        || !ACCESS_WORDS.contains(&lower(text, items, head + 1).as_ref())
    {
        return None;
    }
    // "… familiar with the talks but not authorized to speak": the
    // description ends at the first clause word.
    let end = (head..items.len().min(head + MAX_WORDS))
        .find(|&k| {
            !items[k].is_word()
                || matches!(
                    lower(text, items, k).as_str(),
                    "but" | "and" | "who" | "which" | "because" | "speaking" | "not"
                )
        })
        .unwrap_or_else(|| items.len().min(head + MAX_WORDS));
    anonymous_source_ending_at(text, items, end).filter(|(range, _)| range.0 == start)
}

/// "New Brunswick", "New York Times": a capitalised "New" before a name is part of it.
fn opens_name(text: &str, items: &[Item], i: usize) -> bool {
    word_at(text, items, i).is_some_and(|(_, w)| w == "New") && is_name_word(text, items, i + 1)
}

/// Lowercase particles inside a personal name ("van", "de la", "bin").
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "dos", "das", "ter",
    "bin", "al",
];

/// Is item `i` a capitalised word, or a particle between two, that can be
/// part of a name?
fn is_name_word(text: &str, items: &[Item], i: usize) -> bool {
    word_at(text, items, i).is_some_and(|(tok, _)| {
        let lower = tok.lower(text);
        // "Pieter van Aalst", "Ana de la Cruz": a particle between names.
        let name_or_particle_at = |k: usize| {
            word_at(text, items, k).is_some_and(|(t, _)| {
                t.is_capitalised(text) || NAME_PARTICLES.contains(&t.lower(text).as_ref())
            })
        };
        let particle = NAME_PARTICLES.contains(&lower.as_ref())
            && i > 0
            && name_or_particle_at(i - 1)
            && name_or_particle_at(i + 1);
        particle
            || (tok.is_capitalised(text)
                && !is_function_word(&lower)
                && !LEXICONS.time_words.contains(lower.as_str()))
    })
}

/// A comma inside a ministry's list of portfolios: "Ministry of Labour,
/// Training and Skills Development", "Department of Environment, Great
/// Lakes, and Energy". Before it, names and commas back to an organisation
/// word's "of"; after it, names and commas up to an "and" before a name.
fn is_portfolio_comma(text: &str, items: &[Item], comma: usize) -> bool {
    let is_comma = |k: usize| items.get(k).is_some_and(|it| it.is_punct(','));
    let mut k = comma;
    let opened_by_organisation = loop {
        if k < 2 || comma - k > PORTFOLIO_REACH {
            break false;
        }
        k -= 1;
        if is_name_word(text, items, k) || is_comma(k) {
            continue;
        }
        break lower(text, items, k) == "of"
            && word_at(text, items, k - 1).is_some_and(|(t, w)| {
                t.is_capitalised(text) && super::names::has_organisation_word(&[w])
            });
    };
    if !opened_by_organisation {
        return false;
    }
    let mut k = comma + 1;
    while k < items.len() && k - comma <= PORTFOLIO_REACH {
        if lower(text, items, k) == "and" {
            return is_name_word(text, items, k + 1);
        }
        if !(is_name_word(text, items, k) || is_comma(k)) {
            return false;
        }
        k += 1;
    }
    false
}

/// How many items a list of portfolios may run on either side of a comma.
const PORTFOLIO_REACH: usize = 6;

/// "Local" in "UFCW Local 832", "Unifor Local 222", "Teamsters Lodge 7": a
/// capitalised unit word before a number, inside a union's name.
fn is_numbered_unit(text: &str, items: &[Item], k: usize) -> bool {
    word_at(text, items, k)
        .is_some_and(|(t, w)| t.is_capitalised(text) && super::names::NUMBERED_UNITS.contains(&w))
        && items
            .get(k + 1)
            .and_then(|it| it.token())
            .is_some_and(|t| t.kind == super::tokens::TokenKind::Number)
}

/// Can item `i` join a phrase as a bridge between capitalised words: an unknown
/// lowercase noun ("cartoonist" in "Cambridge cartoonist Andre Campbell"),
/// "and"/"of" inside a name, or a number ("UFCW Local 832").
fn bridges(text: &str, items: &[Item], i: usize, left: usize, right: usize) -> bool {
    let Some(tok) = items.get(i).and_then(|it| it.token()) else {
        return false;
    };
    if tok.is_punct(',') {
        return is_portfolio_comma(text, items, i);
    }
    let w = tok.lower(text);
    let between_names = left < i
        && is_name_word(text, items, left)
        && i < right
        && is_name_word(text, items, right);
    if tok.kind == super::tokens::TokenKind::Number {
        return left < i
            && (is_name_word(text, items, left) || is_numbered_unit(text, items, left));
    }
    if !tok.is_word() || tok.is_capitalised(text) || LEXICONS.verb(&w).is_some() {
        return false;
    }
    if matches!(w.as_str(), "and" | "of" | "&" | "the") {
        // ("Department of Environment, Great Lakes, and Energy")
        return between_names
            || (w == "and"
                && left < i
                && items[left].is_punct(',')
                && is_portfolio_comma(text, items, left));
    }
    // "Experts on North Korea", "officials at Queen's Park": a group where
    // it belongs or what it knows, not the place.
    if matches!(w.as_str(), "on" | "at" | "in" | "from")
        && left < i
        && {
            let l = lower(text, items, left);
            LEXICONS.groups.contains(l.as_str()) || LEXICONS.roles.contains_key(l.as_str())
        }
        && i < right
        && is_name_word(text, items, right)
    {
        return true;
    }
    // "National Institute on Drug Abuse", "Centre for Addiction and Mental Health".
    if matches!(w.as_str(), "on" | "for") {
        return between_names
            && LEXICONS
                .organisation_words
                .contains(lower(text, items, left).as_str());
    }
    // "Cruz exhorted Republicans": a past tense between names is a verb.
    let past_tense = w.ends_with("ed") && !LEXICONS.roles.contains_key(w.as_str());
    !past_tense && !is_function_word(&w) && i < right && is_name_word(text, items, right)
}

/// The longest speaker phrase ending just before item `end`.
pub(super) fn phrase_ending_at(
    text: &str,
    items: &[Item],
    end: usize,
) -> Option<((usize, usize), Mention)> {
    let mut start = end;
    while start > 0 {
        let i = start - 1;
        if start < end && i + 1 >= AGE_ITEMS && is_age_at(text, items, i + 1 - AGE_ITEMS) {
            start -= AGE_ITEMS;
            continue;
        }
        let ok = match word_at(text, items, i) {
            Some((tok, _)) => {
                let lower = tok.lower(text);
                let cap = tok.is_capitalised(text);
                // "The union's statement said", "the union's claim that":
                // the statement's owner.
                let owner = !cap
                    && mentions::is_possessive(&lower)
                    && is_phrase_word(mentions::strip_possessive(&lower));
                (in_phrase(&lower, cap)
                    && !(cap
                        && LEXICONS.time_words.contains(lower.as_str())
                        && !titles_publication(text, items, i)))
                    || names_programme(text, items, i, cap)
                    || owner
                    || opens_name(text, items, i)
                    || is_numbered_unit(text, items, i)
                    || modifies_organisation_noun(text, items, i)
                    || bridges(text, items, i, i.wrapping_sub(1), i + 1)
            }
            None => bridges(text, items, i, i.wrapping_sub(1), i + 1),
        };
        if !ok || end - i > 12 || ends_noun_phrase_before_article(text, items, i, end) {
            break;
        }
        start -= 1;
    }
    // Trim leading prepositions that the loop let in.
    while start < end
        && matches!(
            lower(text, items, start).as_str(),
            "of" | "for" | "from" | "by" | "at" | "in" | "with"
        )
    {
        start += 1;
    }
    if end == start + 1 {
        start = adjectives_back_to_article(text, items, start);
    }
    let mut phrase = read(text, items, start, end)?;
    name_given_as(text, items, &mut phrase);
    Some(phrase)
}

/// "A woman who gave her name only as Gulnara", "a driver identified only
/// as Tom": a name someone gave is a person's, of the gender "her" or "his"
/// says.
fn name_given_as(text: &str, items: &[Item], (range, mention): &mut Phrase) {
    const GIVEN_WITHIN: usize = 5;
    let mentions::MentionForm::Name { kind, gender, .. } = &mut mention.form else {
        return;
    };
    if *kind != SpeakerKind::Unknown || range.0 == 0 || lower(text, items, range.0 - 1) != "as" {
        return;
    }
    let before: Vec<String> = (range.0.saturating_sub(GIVEN_WITHIN + 1)..range.0 - 1)
        .map(|k| lower(text, items, k).into_owned())
        .collect();
    if !before
        .iter()
        .any(|w| matches!(w.as_str(), "name" | "identified" | "known" | "named"))
    {
        return;
    }
    *kind = SpeakerKind::Person;
    if *gender == Gender::Unknown {
        if before.iter().any(|w| w == "her") {
            *gender = Gender::Female;
        } else if before.iter().any(|w| w == "his") {
            *gender = Gender::Male;
        }
    }
}

/// "During the campaign the mayor claimed": a word right before "the" or
/// "a" (other than a preposition, a possessive or another determiner)
/// ends a noun phrase of its own.
fn ends_noun_phrase_before_article(text: &str, items: &[Item], i: usize, end: usize) -> bool {
    if i + 1 >= end || !matches!(lower(text, items, i + 1).as_str(), "the" | "a" | "an") {
        return false;
    }
    let w = lower(text, items, i);
    // ("the sports website The Finish Line": a title's "The" after the noun
    // that describes it.)
    let titled = items
        .get(i + 1)
        .and_then(|it| it.token())
        .is_some_and(|t| t.is_capitalised(text))
        && items
            .get(i + 2)
            .and_then(|it| it.token())
            .is_some_and(|t| t.is_capitalised(text))
        && LEXICONS
            .roles
            .get(w.as_str())
            .is_some_and(|r| r.organisation);
    items[i].is_word()
        && !titled
        && !mentions::is_possessive(&w)
        && !LEXICONS.determiners.contains(w.as_str())
        && !matches!(
            w.as_str(),
            "of" | "for" | "and" | "at" | "in" | "from" | "by" | "with" | "to" | "on"
        )
}

/// "a spokesperson for the transport agency", "the defence ministry": a
/// lowercase word between a determiner and an organisation noun says which
/// body it is.
fn modifies_organisation_noun(text: &str, items: &[Item], i: usize) -> bool {
    let Some((tok, _)) = word_at(text, items, i) else {
        return false;
    };
    let w = tok.lower(text);
    !tok.is_capitalised(text)
        && !is_function_word(&w)
        && LEXICONS.verb(&w).is_none()
        && i >= 1
        && LEXICONS
            .determiners
            .contains(lower(text, items, i - 1).as_str())
        && LEXICONS
            .roles
            .get(lower(text, items, i + 1).as_str())
            .is_some_and(|r| r.organisation)
}

/// Does a word end as English adjectives do ("lanky", "bespectacled",
/// "soft-spoken" and other compounds,
/// "careful", "anonymous")?
fn adjective_shaped(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "y", "ed", "ful", "ous", "ive", "al", "ic", "ing", "less", "ish", "ent", "ant", "ble",
        "ary",
    ];
    w.len() > 3 && (w.contains('-') || ENDINGS.iter().any(|e| w.ends_with(e)))
}

/// "the lanky, bespectacled professor": a role or group noun read with the
/// adjectives before it back to its article, so the description stays
/// definite ("the …") or indefinite ("a …"). Returns the new start.
fn adjectives_back_to_article(text: &str, items: &[Item], head: usize) -> usize {
    let noun = lower(text, items, head);
    if !(LEXICONS.roles.contains_key(noun.as_str()) || LEXICONS.groups.contains(noun.as_str())) {
        return head;
    }
    let mut k = head;
    while k > 0 && head - k < 5 {
        let w = lower(text, items, k - 1);
        if matches!(w.as_str(), "the" | "a" | "an" | "another") {
            return k - 1;
        }
        // ("the lanky, bespectacled professor": a comma between adjectives;
        // not "during the storm, officials said")
        let adjective = (items[k - 1].is_punct(',')
            && adjective_shaped(&lower(text, items, k))
            && adjective_shaped(&lower(text, items, k.wrapping_sub(2))))
            || items[k - 1].token().is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalised(text)
                    && !is_function_word(&w)
                    && LEXICONS.verb(&w).is_none()
            });
        if !adjective {
            break;
        }
        k -= 1;
    }
    bare_group_modifiers(text, items, head).unwrap_or(head)
}

/// "but aid workers said", "health officials say": a plural group noun with
/// one or two lowercase nouns before it and no article, after a clause
/// boundary (start, punctuation or a conjunction). Returns where the
/// modifiers start.
fn bare_group_modifiers(text: &str, items: &[Item], head: usize) -> Option<usize> {
    if !LEXICONS.groups.contains(lower(text, items, head).as_str()) {
        return None;
    }
    let modifier = |k: usize| {
        let w = lower(text, items, k);
        items[k].token().is_some_and(|t| {
            t.is_word()
                && !t.is_capitalised(text)
                && !is_function_word(&w)
                && !w.ends_with("ly")
                && LEXICONS.verb(&w).is_none()
                && !LEXICONS.time_words.contains(w.as_str())
        })
    };
    let mut k = head;
    while k > 0 && head - k < 2 && modifier(k - 1) {
        k -= 1;
    }
    let boundary = k == 0
        || !items[k - 1].is_word()
        || matches!(
            lower(text, items, k - 1).as_str(),
            "but" | "and" | "while" | "whereas" | "though" | "although"
        );
    (k < head && boundary).then_some(k)
}

/// "a collision expert", "talk radio host Rush Limbaugh": an unknown
/// lowercase word (up to three) before a role or group noun that ends the phrase
/// or comes before the name.
fn modifies_role_ahead(text: &str, items: &[Item], i: usize) -> bool {
    let Some((tok, _)) = word_at(text, items, i) else {
        return false;
    };
    let lw = tok.lower(text);
    if tok.is_capitalised(text) || is_function_word(&lw) || LEXICONS.verb(&lw).is_some() {
        return false;
    }
    (i + 1..(i + 4).min(items.len())).any(|k| {
        let head = lower(text, items, k);
        let is_head = LEXICONS.roles.contains_key(head.as_str())
            || LEXICONS.groups.contains(head.as_str())
            || LEXICONS.statement_nouns.contains(head.as_str());
        // (or goes on to the name: "talk radio host Rush Limbaugh")
        let ends =
            items.get(k + 1).is_none_or(|n| !n.is_word()) || is_name_word(text, items, k + 1);
        // ("the paper stood by its report": a function word between is no
        // modifier's.)
        is_head
            && ends
            && (i + 1..k).all(|m| {
                word_at(text, items, m).is_some_and(|(t, _)| {
                    !t.is_capitalised(text) && !is_function_word(&t.lower(text))
                })
            })
    })
}

/// Does the word at item `end` (`lw`, capitalised or not) open a statement
/// with its owner or date: "the company's statement", "the union's Friday
/// release"?
fn owns_statement(text: &str, items: &[Item], end: usize, lw: &str, cap: bool) -> bool {
    let dated_statement = LEXICONS.time_words.contains(lw)
        && LEXICONS
            .statement_nouns
            .contains(lower(text, items, end + 1).as_str());
    let owner = !cap
        && mentions::is_possessive(lw)
        && is_phrase_word(mentions::strip_possessive(lw))
        && items.get(end + 1).is_some_and(|i| i.is_word());
    dated_statement || owner
}

/// Where the subject of an owned statement ("according to its analysis of
/// installer records, …", "the ministry's review of …") ends: the comma
/// after it, when item `of` is that "of" and the comma comes within a few
/// words.
fn statement_subject_end(text: &str, items: &[Item], start: usize, of: usize) -> Option<usize> {
    const MAX_SUBJECT_WORDS: usize = 6;
    if of < start + 2 || lower(text, items, of) != "of" {
        return None;
    }
    let noun = lower(text, items, of - 1);
    let before = lower(text, items, of - 2);
    let owned = mentions::is_possessive(&before)
        || matches!(before.as_str(), "its" | "their" | "his" | "her" | "our");
    if !owned || !LEXICONS.statement_nouns.contains(noun.as_str()) {
        return None;
    }
    (of + 1..(of + 2 + MAX_SUBJECT_WORDS).min(items.len()))
        .take_while(|&k| items[k].is_word() || items[k].is_punct(','))
        .find(|&k| items[k].is_punct(','))
        .filter(|&k| k > of + 1)
}

/// The speaker phrase starting at item `start` ("said Kremlin spokesman Dmitry Peskov").
pub fn phrase_after(text: &str, items: &[Item], start: usize) -> Option<((usize, usize), Mention)> {
    // "according to a person familiar with the talks": the whole description.
    if let Some(source) = anonymous_source_from(text, items, start) {
        return Some(source);
    }
    let mut end = start;
    while end < items.len() && end - start < 12 {
        // "the 39-year-old founder": an age describes the head after it.
        if end > start && is_age_at(text, items, end) {
            end += AGE_ITEMS;
            continue;
        }
        let Some((tok, _)) = word_at(text, items, end) else {
            if bridges(text, items, end, end.wrapping_sub(1), end + 1) {
                end += 1;
                continue;
            }
            break;
        };
        let cap = tok.is_capitalised(text);
        let lw = tok.lower(text);
        if let Some(comma) = statement_subject_end(text, items, start, end) {
            end = comma;
            break;
        }
        let pronoun =
            end == start && matches!(lw.as_str(), "he" | "she" | "they" | "it" | "we" | "i");
        let ok = pronoun
            || owns_statement(text, items, end, &lw, cap)
            || (in_phrase(&lw, cap)
                && !(cap
                    && LEXICONS.time_words.contains(lw.as_str())
                    && !titles_publication(text, items, end)))
            || opens_name(text, items, end)
            || bridges(text, items, end, end.wrapping_sub(1), end + 1)
            || modifies_role_ahead(text, items, end);
        if !ok {
            break;
        }
        end += 1;
        if pronoun {
            break;
        }
    }
    // "Campbell's partner, Jason Louth": a role, then the name in apposition.
    let (role_end, phrase_end) = role_before_comma(text, items, start, end);
    end = phrase_end;
    let ends_in_role = role_end.is_some();
    if ends_in_role
        && items.get(end).is_some_and(|i| i.is_punct(','))
        && is_name_word(text, items, end + 1)
    {
        let mut k = end + 1;
        while k < items.len() && is_name_word(text, items, k) {
            k += 1;
        }
        let closes = items
            .get(k)
            .is_none_or(|i| i.is_punct(',') || i.is_punct('.'));
        if closes && k - end <= 4 {
            // "says Wise's dad, Darrin": the name in apposition is the
            // speaker, and the role phrase tells who they are.
            let role = role_ending_at(text, items, role_end.unwrap_or(end));
            let owner = owner_before_role(text, items, start, role_end.unwrap_or(end));
            if let Some((_, mut mention)) = read(text, items, end + 1, k) {
                if let mentions::MentionForm::Name {
                    role: r @ None,
                    organisation,
                    ..
                } = &mut mention.form
                {
                    *r = role;
                    if organisation.is_none() {
                        *organisation = owner;
                    }
                }
                return Some(((start, k), mention));
            }
            end = k;
        }
    }
    // Trim trailing prepositions and modifiers that end no phrase.
    while end > start
        && matches!(
            lower(text, items, end - 1).as_str(),
            "of" | "for" | "from" | "by" | "at" | "in" | "with" | "the" | "a" | "an"
        )
    {
        end -= 1;
    }
    let (range, mut mention) = read(text, items, start, end)?;
    // "said Marc Gagnon, president of United Steelworkers Local 6500": the
    // appositive after the name gives the role and the organisation.
    if let mentions::MentionForm::Name {
        role: role @ None,
        organisation,
        kind: SpeakerKind::Person | SpeakerKind::Unknown,
        ..
    } = &mut mention.form
        && let Some((found, org)) = appositive_role_after(text, items, range.1)
    {
        *role = Some(found);
        if organisation.is_none() {
            *organisation = org;
        }
    }
    Some((range, mention))
}

/// Where a role phrase `start..end` read after a verb ends, and where the
/// phrase ends: "its vice-president of operations, Daniel Okafor" has the
/// role "vice-president" and runs to the comma after "operations". The role
/// end is `None` when the phrase ends in no role.
fn role_before_comma(
    text: &str,
    items: &[Item],
    start: usize,
    end: usize,
) -> (Option<usize>, usize) {
    let mut end = end;
    let is_role_at = |k: usize| LEXICONS.roles.contains_key(lower(text, items, k).as_str());
    let mut role_end = (end > start && is_role_at(end - 1)).then_some(end);
    if end >= start + 2 && lower(text, items, end - 1) == "of" && is_role_at(end - 2) {
        role_end = Some(end - 1);
        end -= 1;
    }
    if role_end.is_some() && lower(text, items, end) == "of" {
        let mut j = end + 1;
        while j < end + 3 && is_lowercase_word(text, items, j) {
            j += 1;
        }
        if j > end + 1 && items.get(j).is_some_and(|i| i.is_punct(',')) {
            end = j;
        }
    }
    (role_end, end)
}

/// True when item `k` is a word that is not capitalised.
fn is_lowercase_word(text: &str, items: &[Item], k: usize) -> bool {
    items
        .get(k)
        .and_then(|i| i.token())
        .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
}

/// The role (and organisation) of an appositive after a name at item `end`:
/// ", president of United Steelworkers Local 6500", ", the coach of the
/// Halifax Surge". Only a role noun after at most a determiner and two
/// lowercase modifiers counts.
fn appositive_role_after(
    text: &str,
    items: &[Item],
    end: usize,
) -> Option<(String, Option<String>)> {
    if !items.get(end)?.is_punct(',') {
        return None;
    }
    let mut k = end + 1;
    let the = lower(text, items, k) == "the";
    if matches!(
        lower(text, items, k).as_str(),
        "a" | "an" | "the" | "its" | "their"
    ) {
        k += 1;
    }
    // ", the broadcaster’s head of investigations,": whom the role is of.
    let owner = possessive_owner_at(text, items, k, the);
    if let Some((_, next)) = &owner {
        k = *next;
    }
    let role_at = (k..k + 3)
        .take_while(|&j| is_lowercase_word(text, items, j))
        .find(|&j| {
            LEXICONS
                .roles
                .get(lower(text, items, j).as_str())
                .is_some_and(|r| !r.organisation)
        })?;
    // (", a volunteer charity,": a modifier of an organisation's noun.)
    if is_lowercase_word(text, items, role_at + 1)
        && LEXICONS
            .roles
            .get(lower(text, items, role_at + 1).as_str())
            .is_some_and(|r| r.organisation)
    {
        return None;
    }
    let role = role_ending_at(text, items, role_at + 1)?;
    let mut j = role_at + 1;
    let organisation = if matches!(lower(text, items, j).as_str(), "of" | "at" | "for" | "with") {
        j += 1;
        let the = lower(text, items, j) == "the";
        if the {
            j += 1;
        }
        let words = organisation_name_words(text, items, j);
        // ", a spokesman for the coalition,": the organisation named before.
        let noun_only = the
            && words.is_empty()
            && is_lowercase_word(text, items, j)
            && items.get(j + 1).is_none_or(|i| !i.is_word());
        if noun_only {
            Some(format!("the {}", lower(text, items, j)))
        } else {
            (!words.is_empty()).then(|| words.join(" "))
        }
    } else {
        None
    };
    Some((role, organisation.or(owner.map(|(o, _)| o))))
}

/// The words of an organisation's name from item `start`: capitalised
/// words, joined by "and", "&" or "of" when another capitalised word
/// follows ("Marine and Harbor Workers Union", "Department of Health").
fn organisation_name_words<'t>(text: &'t str, items: &[Item], start: usize) -> Vec<&'t str> {
    let capitalised = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .filter(|t| t.is_word() && t.is_capitalised(text))
            .map(|t| t.text(text))
    };
    let mut words = Vec::new();
    let mut k = start;
    while let Some(w) = capitalised(k) {
        words.push(w);
        k += 1;
        let connector = items.get(k).and_then(|it| it.token()).map(|t| t.text(text));
        if let Some(c @ ("and" | "&" | "of")) = connector
            && let Some(next) = capitalised(k + 1)
        {
            words.push(c);
            words.push(next);
            k += 2;
        }
    }
    // ("Workers Union Local 9": the union, as the narrative names it.)
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| super::names::NUMBERED_UNITS.contains(w))
    {
        words.pop();
    }
    words
}

/// The owner named by a possessive at item `k` ("broadcaster’s" after "the",
/// or "Kanal Vier’s"), as an organisation's name ("the broadcaster", "Kanal
/// Vier"), and the item after it.
fn possessive_owner_at(
    text: &str,
    items: &[Item],
    k: usize,
    after_the: bool,
) -> Option<(String, usize)> {
    const MAX_NAME_WORDS: usize = 4;
    let possessive = |j: usize| {
        let w = lower(text, items, j);
        let owner = mentions::strip_possessive(&w);
        (owner.len() < w.len()).then(|| owner.to_owned())
    };
    if after_the && is_lowercase_word(text, items, k) {
        return possessive(k).map(|o| (format!("the {o}"), k + 1));
    }
    let capitalised = |j: usize| {
        items
            .get(j)
            .and_then(|i| i.token())
            .is_some_and(|t| t.is_capitalised(text))
    };
    let last = (k..k + MAX_NAME_WORDS)
        .take_while(|&j| capitalised(j))
        .find(|&j| possessive(j).is_some())?;
    let mut words: Vec<&str> = (k..last)
        .filter_map(|j| items[j].token().map(|t| t.text(text)))
        .collect();
    let last_word = items[last].token()?.text(text);
    words.push(mentions::strip_possessive(last_word));
    Some((words.join(" "), last + 1))
}

fn read(text: &str, items: &[Item], start: usize, end: usize) -> Option<((usize, usize), Mention)> {
    if start >= end || end - start > 12 {
        return None;
    }
    let mut toks: Vec<Token> = Vec::with_capacity(end - start);
    let mut k = start;
    while k < end {
        // An age ("39-year-old") says nothing of who the speaker is.
        if is_age_at(text, items, k) {
            k += AGE_ITEMS;
            continue;
        }
        if let Some(t) = items[k].token().filter(|t| !t.is_punct(',')) {
            toks.push(t);
        }
        k += 1;
    }
    mentions::parse(text, &toks).map(|m| ((start, end), m))
}
