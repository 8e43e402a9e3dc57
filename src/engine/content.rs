//! What a cue attributes: the quotations or reported clause before or after it.

use super::cues::Cue;
use super::frame::{Item, lower};
use super::lexicons::{AttitudeObject, LEXICONS};
use super::marks::Quotation;
use super::model::QuoteKind;
use crate::document::Span;

/// The fewest words a reported clause needs to count as a quote.
pub(super) const MIN_REPORTED_WORDS: usize = 3;

/// Is there a quotation right before item `i` (only punctuation between)?
pub(super) fn adjacent_quote_before(items: &[Item], i: usize) -> bool {
    items[..i]
        .iter()
        .rev()
        .find(|it| !it.is_punct(',') && !it.is_punct('—') && !it.is_punct('–') && !it.is_punct('-'))
        .is_some_and(|it| matches!(it, Item::Quote(_)))
}

/// Steps back from a mention over the words that describe it ("University of
/// the Fraser Valley political scientist Hamish Telford"), to the comma or
/// quotation that ends the content before it.
pub(super) fn descriptor_start(text: &str, items: &[Item], first: usize) -> usize {
    let mut k = first;
    while k > 0 && first - k < 8 {
        let Some(tok) = items[k - 1].token() else {
            break;
        };
        let w = tok.lower(text);
        let word_like = tok.is_word() || tok.kind == super::tokens::TokenKind::Number;
        // "University of the Fraser Valley": small words inside a name are fine.
        let capitalised_at = |i: usize| {
            items
                .get(i)
                .and_then(|i| i.token())
                .is_some_and(|t| t.is_capitalised(text))
        };
        let inside_name = matches!(
            w.as_str(),
            "of" | "the" | "and" | "for" | "at" | "on" | "de"
        ) && (capitalised_at(k)
            || (w == "of" && lower(text, items, k) == "the" && capitalised_at(k + 1)));
        let function =
            !tok.is_capitalised(text) && super::mentions::is_function_word(&w) && !inside_name;
        if !word_like
            || function
            || super::lexicons::LEXICONS.verb(&w).is_some()
            || matches!(w.as_str(), "that" | "which" | "who")
        {
            break;
        }
        k -= 1;
    }
    if k > 0 && k < first && (adjacent_quote_before(items, k) || items[k - 1].is_punct(',')) {
        k
    } else {
        first
    }
}

/// Item index just past "according to X" at `i`: its appositive and commas.
fn after_according(text: &str, items: &[Item], mut i: usize) -> usize {
    // "According to Jean Roe, an economist at …, sales …": skip the appositive.
    if items.get(i).is_some_and(|it| it.is_punct(','))
        && matches!(
            lower(text, items, i + 1).as_str(),
            "a" | "an" | "the" | "who" | "which"
        )
        && let Some(next_comma) = (i + 1..items.len().min(i + 16)).find(|&k| items[k].is_punct(','))
        // ("According to the analysis, the number of nurses rose by 4,300, or
        // …": a clause, not an appositive, which names a role.)
        && (matches!(lower(text, items, i + 1).as_str(), "who" | "which")
            || (i + 2..next_comma.min(i + 6)).any(|k| {
                // (the role is the head: "an economist at the institute")
                let w = lower(text, items, k);
                let head_ends = k + 1 == next_comma
                    || matches!(
                        lower(text, items, k + 1).as_str(),
                        "at" | "of" | "for" | "with" | "in" | "from" | "on"
                    );
                head_ends
                    && (LEXICONS.roles.contains_key(w.as_str())
                        || LEXICONS.groups.contains(w.as_str()))
            }))
    {
        i = next_comma;
    }
    while i < items.len()
        && (items[i].is_punct(',')
            || matches!(
                lower(text, items, i).as_str(),
                "however" | "though" | "meanwhile" | "too"
            ))
    {
        i += 1;
    }
    i
}

/// Item index past the listener after a cue's "told" ("told journalists",
/// "told the Associated Press", "told Channel 6 News"), from item `i`.
fn past_listener(text: &str, items: &[Item], cue: &Cue, mut i: usize) -> usize {
    // "told a packed auditorium at the Civic Center: “…”": whoever listens,
    // up to the colon that opens the quotation.
    if let Some(colon) = (i..(i + MAX_LISTENER_ITEMS).min(items.len()))
        .take_while(|&k| items[k].is_word() || items[k].is_punct(':'))
        .find(|&k| items[k].is_punct(':'))
        && matches!(items.get(colon + 1), Some(Item::Quote(_)))
    {
        return colon;
    }
    // "told local radio station Bridge FM the story was …", "told the
    // regional broadcaster ITV Anglia that …": a described outlet, then its
    // name.
    if let Some(after_name) = past_described_outlet(text, items, i) {
        return after_name;
    }
    // "told the meeting that …", "told the committee that …", "told the
    // legislature last month that …", "told parliament’s transport
    // committee on Wednesday that …".
    if let Some(that) = listener_before_that(text, items, i) {
        return that;
    }
    while i < items.len() && items[i].is_word() && lower(text, items, i) != "that" {
        let w = lower(text, items, i);
        // "told the Associated Press", "told the reporters", but not
        // "told me the secret was …".
        let listener_next = || {
            items.get(i + 1).and_then(|it| it.token()).is_some_and(|t| {
                t.is_capitalised(text)
                    || matches!(
                        lower(text, items, i + 1).as_str(),
                        "reporters" | "journalists"
                    )
            })
        };
        // "told Channel 6 News": a number inside a capitalised name.
        let number_in_name = !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_digit())
            && items[i - 1].token().is_some_and(|t| t.is_capitalised(text))
            && items
                .get(i + 1)
                .and_then(|it| it.token())
                .is_some_and(|t| t.is_capitalised(text));
        // "told the inquiry he had stopped", "told a hearing she …": a
        // listener of one lowercase noun, then the reported clause's subject.
        if i > cue.verb
            && matches!(w.as_str(), "the" | "a" | "an")
            && items.get(i + 1).is_some_and(|it| it.is_word())
            && LEXICONS.verb(&lower(text, items, i + 1)).is_none()
            && matches!(
                lower(text, items, i + 2).as_str(),
                "he" | "she" | "they" | "it" | "we" | "i"
            )
        {
            return i + 2;
        }
        if i > cue.last()
            && !(items[i].token().is_some_and(|t| t.is_capitalised(text))
                || number_in_name
                || matches!(w.as_str(), "reporters" | "journalists")
                || (w == "the" && listener_next()))
        {
            break;
        }
        i += 1;
        if i - cue.last() > 5 {
            break;
        }
    }
    i
}

/// Nouns that head the description of a news outlet or a journalist told
/// something ("local radio station Bridge FM", "Courier reporter Ann Ng").
const OUTLET_NOUNS: &[&str] = &[
    "newspaper",
    "paper",
    "broadcaster",
    "station",
    "channel",
    "programme",
    "program",
    "magazine",
    "website",
    "outlet",
    "network",
    "podcast",
    "tabloid",
    "daily",
    "weekly",
    "reporter",
    "correspondent",
    "presenter",
    "host",
    "journalist",
];

/// Item index just past a listener described before its name, from item
/// `i` (the first after the cue): an optional determiner or capitalised
/// owner, a few lowercase words ending in an outlet noun, an optional
/// "the", then the capitalised name ("local radio station Bridge FM",
/// "the regional broadcaster ITV Anglia", "Courier reporter Ann Ng").
fn past_described_outlet(text: &str, items: &[Item], i: usize) -> Option<usize> {
    const MAX_DESCRIPTION_WORDS: usize = 4;
    let capitalised = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .is_some_and(|t| t.is_word() && t.is_capitalised(text))
    };
    let lowercase = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
    };
    let mut k = i;
    let determiner = matches!(lower(text, items, k).as_str(), "the" | "a" | "an");
    if determiner {
        k += 1;
    }
    while capitalised(k) && k < i + MAX_DESCRIPTION_WORDS {
        k += 1;
    }
    let description = k;
    while lowercase(k) && k < description + MAX_DESCRIPTION_WORDS && lower(text, items, k) != "the"
    {
        k += 1;
    }
    if k == description || !OUTLET_NOUNS.contains(&lower(text, items, k - 1).as_str()) {
        return None;
    }
    if lower(text, items, k) == "the" && capitalised(k + 1) {
        k += 1;
    }
    let name = k;
    while capitalised(k) {
        k += 1;
    }
    // ("told the paper the deal was dead": no name after a determiner.)
    (k > name || determiner).then_some(k)
}

/// Where the "that" of a relative clause reporting a finding starts, if
/// one starts at item `i` ("which found that …", "that said that …").
pub(super) fn reported_by_relative(text: &str, items: &[Item], i: usize) -> Option<usize> {
    (matches!(lower(text, items, i).as_str(), "which" | "that")
        && matches!(
            lower(text, items, i + 1).as_str(),
            "found" | "said" | "says" | "showed" | "concluded" | "claimed" | "alleged" | "stated"
        )
        && lower(text, items, i + 2) == "that")
        .then_some(i + 2)
}

/// Where "that" follows a lowercase listener that starts at item `i`
/// with "the" or an owner ("the transport committee", "parliament’s
/// committee") and a time after it ("on Wednesday", "last month").
fn listener_before_that(text: &str, items: &[Item], i: usize) -> Option<usize> {
    const MAX_LISTENER_WORDS: usize = 6;
    let first = lower(text, items, i);
    // ("told a public meeting that …", "told a briefing at the town hall that …")
    if !matches!(first.as_str(), "the" | "a" | "an") && !super::mentions::is_possessive(&first) {
        return None;
    }
    let lowercase_word = |k: usize| {
        items
            .get(k)
            .and_then(|it| it.token())
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
    };
    let mut that = i + 1;
    while that < i + 1 + MAX_LISTENER_WORDS
        && lowercase_word(that)
        && lower(text, items, that) != "that"
        // ("told a young woman who suggested that …": her words.)
        && !matches!(lower(text, items, that).as_str(), "who" | "which")
        && LEXICONS.verb(&lower(text, items, that)).is_none()
        && !LEXICONS
            .time_words
            .contains(lower(text, items, that).as_str())
        && !matches!(lower(text, items, that).as_str(), "on" | "in")
    {
        that += 1;
    }
    if that == i + 1 {
        return None;
    }
    let noun_end = that;
    while that < noun_end + 3
        && (LEXICONS
            .time_words
            .contains(lower(text, items, that).as_str())
            || matches!(lower(text, items, that).as_str(), "on" | "in"))
    {
        that += 1;
    }
    // ("told a story that was later withdrawn": a relative clause.)
    let next = lower(text, items, that + 1);
    let relative = is_function_word_verb(&next) || LEXICONS.verb(&next).is_some();
    (lower(text, items, that) == "that" && !relative).then_some(that)
}

/// How many items a listener before a colon may take ("told a packed
/// auditorium at the Bramford Civic Center:").
const MAX_LISTENER_ITEMS: usize = 12;

/// Item index just past the cue, its listener, adverbials and "that".
pub(super) fn after_cluster(text: &str, items: &[Item], cue: &Cue) -> usize {
    let mut i = cue.last();
    if cue.according {
        return after_according(text, items, i);
    }
    // "told journalists", "told the Associated Press": skip the listener.
    if cue.info.takes_listener && !cue.inverted {
        i = past_listener(text, items, cue, i);
    }
    loop {
        let w = lower(text, items, i);
        let next = lower(text, items, i + 1);
        // ("on Jan. 17 that": the day after its month)
        let day_of_month = i > 0
            && w.len() <= 2
            && w.bytes().all(|b| b.is_ascii_digit())
            && LEXICONS
                .time_words
                .contains(lower(text, items, i - 1).as_str());
        if LEXICONS.time_words.contains(w.as_str())
            || day_of_month
            || matches!(w.as_str(), "on" | "in" | "at" | "during" | "since")
                && LEXICONS.time_words.contains(next.as_str())
        {
            i += 1;
        } else if i == cue.last() && states_intention(text, items, cue) {
            // "called on the province to …", "called for an inquiry": the
            // appeal's content starts after the preposition.
            if matches!(w.as_str(), "for" | "on") {
                i += 1;
            }
            break;
        } else if i == cue.last()
            && w == "out"
            && LEXICONS.lemma(&lower(text, items, cue.verb)) == Some("point")
        {
            // "pointed out that …": the particle is the verb's.
            i += 1;
        } else if i == cue.last() && about_verb(text, items, cue, &w) {
            // "spoke of the legacy of racism", "bragged about his polls",
            // "wondered whether …": the topic is what was said.
            i += 1;
            break;
        } else if i == cue.last() && w.ends_with("ly") && about_verb(text, items, cue, &next) {
            // ("spoke emotionally of …")
            i += 2;
            break;
        } else if let Some(that) = reported_by_relative(text, items, i) {
            // "a report by the audit office which found that …"
            i = that;
        } else if let Some(that) = prepositional_phrase_before_that(text, items, i) {
            // "said during a Friday evening rally in Michigan that …"
            i = that;
        } else if matches!(w.as_str(), "in" | "on" | "during" | "at")
            // ("found that in the three largest counties, …": after "that"
            // the phrase is the reported clause's own.)
            && !(i > cue.last() && lower(text, items, i - 1) == "that")
            && matches!(
                next.as_str(),
                "a" | "an"
                    | "the"
                    | "this"
                    | "that"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "twitter"
                    | "facebook"
                    | "instagram"
                    | "social"
            )
        {
            // "in a statement", "on Twitter", "in an interview with CNN", "in that speech"
            let mut j = i + 2;
            while j < items.len()
                && items[j].is_word()
                && j - i < 5
                && !matches!(lower(text, items, j).as_str(), "that")
            {
                j += 1;
            }
            i = j;
        } else if matches!(w.as_str(), "to") && i == cue.last() && !opens_infinitive(text, items, i)
        {
            // "said to reporters"
            let mut j = i + 1;
            while j < items.len()
                && items[j].is_word()
                && j - i < 4
                && lower(text, items, j) != "that"
            {
                j += 1;
            }
            i = j;
        } else if items
            .get(i)
            .is_some_and(|it| it.is_punct(',') || it.is_punct(':'))
            // ("said, though, that …"; not "complained, though he would not
            // …", a clause of its own.)
            || (matches!(w.as_str(), "however" | "though") && !items.get(i + 1).is_some_and(|it| it.is_word()))
            // ("said that was not accurate": before a verb, "that" is the subject.)
            || (w == "that" && !is_finite_verb_after_that(&next))
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Does the cue's verb report its topic after `word` ("spoke of", "bragged
/// about", "wondered whether")?
fn about_verb(text: &str, items: &[Item], cue: &Cue, word: &str) -> bool {
    let lemma = LEXICONS.lemma(&lower(text, items, cue.verb));
    match word {
        "of" | "about" => matches!(lemma, Some("spoke" | "bragged" | "wonder")),
        "whether" | "if" | "why" | "how" => lemma == Some("wonder"),
        _ => false,
    }
}

/// Is `word` (lowercase) a verb that cannot follow "that" the conjunction, so
/// that "that" before it is a demonstrative subject ("said that was false")?
fn is_finite_verb_after_that(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "isn't"
            | "wasn't"
            | "isn’t"
            | "wasn’t"
            | "would"
            | "wouldn't"
            | "wouldn’t"
            | "will"
            | "won't"
            | "won’t"
            | "has"
            | "hasn't"
            | "hasn’t"
            | "does"
            | "doesn't"
            | "doesn’t"
            | "did"
            | "didn't"
            | "didn’t"
            | "seems"
            | "sounds"
    )
}

/// "in Ohio that", "during a Friday evening rally in Michigan that": a
/// prepositional phrase of words only, starting at item `i` and running to a
/// "that" within a few words. Returns the index of that "that".
fn prepositional_phrase_before_that(text: &str, items: &[Item], i: usize) -> Option<usize> {
    const MAX_WORDS: usize = 10;
    let w = lower(text, items, i);
    if !matches!(
        w.as_str(),
        "in" | "on" | "during" | "at" | "after" | "before" | "outside" | "from"
    ) {
        return None;
    }
    // ("told reporters in Dravik, the district capital, that": a place in
    // apposition, set off by a pair of commas.)
    (i + 1..items.len().min(i + 1 + MAX_WORDS))
        .take_while(|&k| items[k].is_word() || items[k].is_punct(','))
        .find(|&k| lower(text, items, k) == "that")
        .filter(|&k| {
            let commas = (i + 1..k).filter(|&m| items[m].is_punct(',')).count();
            (commas == 0 || (commas == 2 && items[k - 1].is_punct(',')))
                && (i + 1..k).all(|m| {
                    let word = lower(text, items, m);
                    LEXICONS.verb(&word).is_none() && !is_function_word_verb(&word)
                })
        })
}

/// Auxiliaries and copulas: a phrase holding one is a clause, not a prepositional phrase.
fn is_function_word_verb(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have" | "had" | "will" | "would"
    )
}

/// "pledged to pay every worker": the "to" at item `i` opens an infinitive,
/// not a listener ("said to reporters", "told to the committee").
fn opens_infinitive(text: &str, items: &[Item], i: usize) -> bool {
    let next = lower(text, items, i + 1);
    items.get(i + 1).is_some_and(|it| {
        it.token()
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
    }) && !LEXICONS.determiners.contains(next.as_str())
        && !matches!(
            next.as_str(),
            "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them" | "media" | "press"
        )
        && !next.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The item range of a cue's content, if it has any.
pub(super) fn content_of(text: &str, items: &[Item], cue: &Cue) -> Option<(usize, usize)> {
    let first = if cue.inverted {
        cue.first()
    } else {
        descriptor_start(text, items, cue.first())
    };
    let before = content_before(text, items, first, cue.according);
    // A quotation right before the cue is what it attributes: "“…,” X said"
    // (but "said it was “about 6,000”, citing …" shares the subject: see below).
    if before.is_some()
        && adjacent_quote_before(items, first)
        && !(cue.shared_subject && cue.info.participle)
    {
        return before;
    }
    let mut after = content_after(text, items, cue);
    // "Whenever the board meets, Tanaka hopes to …": an attitude's content
    // follows its verb.
    if cue.info.is_attitude() {
        return after;
    }
    // "according to people familiar with the bid.": no comma, no content after.
    if cue.according && after.is_some_and(|a| a.0 == 0 || !items[a.0 - 1].is_punct(',')) {
        after = None;
    }
    let words = |r: (usize, usize)| {
        items[r.0..r.1]
            .iter()
            .filter(|i| i.is_word() || matches!(i, Item::Quote(_)))
            .count()
    };
    // "…, X said Monday, two months after …": what follows a comma is circumstance.
    let after_comma = after.is_some_and(|a| a.0 > 0 && items[a.0 - 1].is_punct(','));
    // "…, she told reporters after the vote, is that …": a cue set off by
    // commas attributes the words before it (and after, see
    // [`with_parenthetical_rest`]).
    let set_off = || {
        let end = parenthetical_end(text, items, cue);
        !cue.shared_subject
            && !lower(text, items, cue.verb).ends_with("ing")
            // "Tatiana Stanovaya, an expert who writes about the Kremlin, noted …"
            && (cue.mention_items.0 >= cue.mention_items.1
                || !matches!(
                    lower(text, items, cue.mention_items.0).as_str(),
                    "who" | "which" | "that"
                ))
            && first > 0
            && items[first - 1].is_punct(',')
            && end > cue.last()
            && after.is_some_and(|a| a.0 < end)
    };
    // "…, citing two officials", "…, saying …": a participle that shares the
    // sentence's subject attributes only what follows it.
    if cue.shared_subject && cue.info.participle {
        return after;
    }
    match (before, after) {
        (Some(b), Some(_)) if after_comma || set_off() => Some(b),
        (_, Some(a)) if words(a) >= MIN_REPORTED_WORDS || matches!(items[a.0], Item::Quote(_)) => {
            Some(a)
        }
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

/// Would this cue attribute something of its own? "the money it promised for
/// school repairs" has a reporting verb but no reported clause.
fn claims_content(text: &str, items: &[Item], cue: &Cue) -> bool {
    content_of(text, items, cue)
        .is_some_and(|r| r.0 < cue.first() || takes_clause(text, items, cue, r.0))
}

/// Ends `content` before the first other cue inside it that has its own subject.
pub(super) fn truncate_at_inner_cue(
    text: &str,
    items: &[Item],
    cues: &[Cue],
    cue: &Cue,
    content: (usize, usize),
) -> (usize, usize) {
    // (A cue too close to the content's start to leave reported words before
    // it, "said 12 people had felt …", is part of the content, not its end.)
    let inner = cues
        .iter()
        .filter(|c| c.verb != cue.verb && !c.inverted)
        .filter(|c| c.first() > content.0 + MIN_REPORTED_WORDS && c.first() < content.1)
        .filter(|c| c.shared_subject || claims_content(text, items, c))
        .filter(|c| !states_intention(text, items, c))
        // "reported that A, and that officials asked …": a second clause
        // of the same report, not a new speaker's turn.
        .filter(|c| c.first() == 0 || lower(text, items, c.first() - 1) != "that")
        .min_by_key(|c| c.first());
    let Some(inner) = inner else { return content };
    // "dismissing a report in X saying that …": the report's words are X's, not ours.
    // ("…, with Lindahl accusing the watchdog …": the participle has its
    // own subject, and the content ends before it.)
    let own_subject = inner.first() > 0 && lower(text, items, inner.first() - 1) == "with";
    if inner.info.participle && !inner.shared_subject && !own_subject {
        return (content.0, content.0);
    }
    let mut end = inner.first();
    while end > content.0 {
        let w = lower(text, items, end - 1);
        // ("… defense spending but has said …": the second verb's auxiliary.)
        let auxiliary = inner.shared_subject
            && matches!(
                w.as_str(),
                "has" | "have" | "had" | "also" | "later" | "then" | "will" | "would"
            );
        if items[end - 1].is_punct(',')
            || auxiliary
            || matches!(
                w.as_str(),
                "though" | "although" | "but" | "while" | "and" | "as" | "whereas" | "with"
            )
        {
            end -= 1;
        } else {
            break;
        }
    }
    (content.0, end)
}

/// "plans to visit", "called for a moratorium": an intention or appeal, which
/// inside someone's reported words is part of them ("Trump said Clinton plans
/// to …"), not a new speaker's turn.
fn states_intention(text: &str, items: &[Item], cue: &Cue) -> bool {
    if cue.according {
        return false;
    }
    let next = lower(text, items, cue.verb + 1);
    next == "to"
        || (matches!(
            LEXICONS.lemma(&lower(text, items, cue.verb)),
            Some("call" | "called")
        ) && matches!(next.as_str(), "for" | "on"))
}

/// Words opening a subordinate clause, which needs a main clause after it.
const LEAD_SUBORDINATORS: &[&str] = &[
    "though", "although", "while", "if", "because", "when", "since", "unless", "as", "once",
];

/// At most this many words before a parenthetical cue are only the start of
/// what was said ("The museum, Mr. Bush said, celebrated …").
const FRAGMENT_WORDS: usize = 4;

/// Where a cue set between commas ends: the comma after it, past a listener
/// or a short adjunct ("he told me on Friday,", "she said in a speech,"), or
/// the item right after the cue.
fn parenthetical_end(text: &str, items: &[Item], cue: &Cue) -> usize {
    const MAX_ADJUNCT_WORDS: usize = 5;
    let last = cue.last();
    let comma = (last..items.len().min(last + MAX_ADJUNCT_WORDS + 1))
        .find(|&k| !items[k].is_word())
        .filter(|&k| items[k].is_punct(','));
    let opens_adjunct = |m: usize| {
        let w = lower(text, items, m);
        items[m].token().is_some_and(|t| t.is_capitalised(text))
            || LEXICONS.time_words.contains(w.as_str())
            || matches!(
                w.as_str(),
                "me" | "us"
                    | "him"
                    | "her"
                    | "them"
                    | "reporters"
                    | "journalists"
                    | "in"
                    | "at"
                    | "on"
                    | "after"
                    | "before"
                    | "during"
                    | "from"
                    | "to"
                    | "with"
                    | "outside"
                    | "inside"
            )
    };
    match comma {
        Some(k)
            if k == last
                || (opens_adjunct(last)
                    && (last..k).all(|m| {
                        let w = lower(text, items, m);
                        // ("said in a June report,": a noun after a determiner.)
                        let noun = (last..m).any(|j| {
                            LEXICONS
                                .determiners
                                .contains(lower(text, items, j).as_str())
                        });
                        (LEXICONS.verb(&w).is_none() || noun)
                            && !matches!(
                                w.as_str(),
                                "that" | "he" | "she" | "they" | "it" | "we" | "i"
                            )
                    })) =>
        {
            k
        }
        _ => last,
    }
}

/// "The museum, Mr. Bush said, celebrated …": content before a parenthetical
/// cue continues after it.
pub(super) fn with_parenthetical_rest(
    text: &str,
    items: &[Item],
    cue: &Cue,
    content: (usize, usize),
) -> (usize, usize) {
    let cluster_end = parenthetical_end(text, items, cue);
    let before = content.1 <= cue.first();
    if !before
        || content.0 >= content.1
        || items[content.0..content.1]
            .iter()
            .any(|i| matches!(i, Item::Quote(_)))
    {
        return content;
    }
    if !items.get(cluster_end).is_some_and(|i| i.is_punct(',')) {
        return content;
    }
    let next = lower(text, items, cluster_end + 1);
    // "Though that transition was seamless, he said, replacing Clinton would
    // be …", "The difference now, he told me, is …": a subordinate clause or
    // a few words before the cue cannot be all that was said.
    let fragment_before = LEAD_SUBORDINATORS.contains(&lower(text, items, content.0).as_ref())
        || items[content.0..content.1]
            .iter()
            .filter(|i| i.is_word())
            .count()
            <= FRAGMENT_WORDS;
    // ("…, the agency said in a June report, and those in the bottom fifth
    // paid 0.8 percent": a new subject after "and" goes on with the words.)
    let after_conjunction = lower(text, items, cluster_end + 2);
    // ("…, he said, and added …": the speaker's next verb is not.)
    let conjoined_verb = matches!(next.as_str(), "and" | "but")
        && (LEXICONS.verb(&after_conjunction).is_some()
            || matches!(
                after_conjunction.as_str(),
                "also" | "then" | "later" | "that"
            ));
    let verb_like = (next.ends_with("ing") && !fragment_before)
        || conjoined_verb
        || (next == "but" && names_a_party(text, items, cluster_end + 2))
        || matches!(
            next.as_str(),
            "adding"
                | "noting"
                | "who"
                | "which"
                | "as"
                | "in"
                | "after"
                | "before"
                | "while"
                | "when"
                | "although"
                | "though"
                | "whereas"
                | "despite"
                | "amid"
        );
    let rest = items[cluster_end + 1..]
        .iter()
        .filter(|i| i.is_word())
        .count();
    if verb_like
        || rest < MIN_REPORTED_WORDS
        || (matches!(cue.mention.form, super::mentions::MentionForm::Name { .. })
            && describes_speaker(text, items, cluster_end + 1))
        || items[cluster_end + 1..]
            .iter()
            .any(|i| matches!(i, Item::Quote(_)))
    {
        return content;
    }
    let mut end = items.len();
    while end > cluster_end + 1
        && items[end - 1]
            .token()
            .is_some_and(|t| !t.is_word() && t.kind != super::tokens::TokenKind::Number)
    {
        end -= 1;
    }
    (content.0, end)
}

/// Does a party open the clause at item `start` ("but the district coroner
/// put the toll higher", "but Westmoor Council said"): a name, or an
/// article and a role (or organisation) noun within a few words?
/// What follows is the story's, not the speaker's.
fn names_a_party(text: &str, items: &[Item], start: usize) -> bool {
    const MAX_WORDS: usize = 4;
    let capitalised = items
        .get(start)
        .and_then(|i| i.token())
        .is_some_and(|t| t.is_word() && t.is_capitalised(text));
    if capitalised {
        return true;
    }
    if !matches!(lower(text, items, start).as_str(), "the" | "a" | "an") {
        return false;
    }
    (start + 1..start + 1 + MAX_WORDS)
        .any(|k| LEXICONS.roles.contains_key(lower(text, items, k).as_str()))
}

/// "…, said Mark Smith, executive director of the guild.": after the cue,
/// a phrase from item `start` that opens with a role ("executive
/// director", "a senior fellow") describes the speaker; it is not the rest
/// of what was said.
fn describes_speaker(text: &str, items: &[Item], start: usize) -> bool {
    let mut k = start;
    if LEXICONS
        .determiners
        .contains(lower(text, items, k).as_str())
    {
        k += 1;
    }
    let w = lower(text, items, k);
    items.get(k).is_some_and(|i| i.is_word())
        && (LEXICONS.roles.contains_key(w.as_str())
            || LEXICONS.phrase_modifiers.contains(w.as_str()))
}

/// "Acts of protest, Mr. Obama said, are acts of patriotism": a reported
/// clause around a parenthetical cue is two pieces, and the cue is in
/// neither. Pieces that do not reach across the cue are kept as they are.
pub(super) fn split_around_cue(
    text: &str,
    items: &[Item],
    quotations: &[Quotation],
    cue: &Cue,
    content: (usize, usize),
    pieces: Vec<(Span, QuoteKind, Vec<usize>)>,
) -> Vec<(Span, QuoteKind, Vec<usize>)> {
    let right_start = parenthetical_end(text, items, cue) + 1;
    let mut left_end = cue.first();
    while left_end > content.0
        && items[left_end - 1]
            .token()
            .is_some_and(|t| !t.is_word() && t.kind != super::tokens::TokenKind::Number)
    {
        left_end -= 1;
    }
    let words = |a: usize, b: usize| items[a..b].iter().filter(|i| i.is_word()).count();
    // "The museum, Mr. Bush said, …": too short to stand as a quote alone.
    if content.0 >= left_end
        || right_start >= content.1
        || words(content.0, left_end) < MIN_REPORTED_WORDS
        || words(right_start, content.1) < MIN_REPORTED_WORDS
    {
        return pieces;
    }
    let range_span = |a: usize, b: usize| {
        let start = match items[a] {
            Item::Quote(q) => quotations[q].inner.start,
            i @ Item::Tok(_) => i.span(quotations).start,
        };
        let end = match items[b - 1] {
            Item::Quote(q) => quotations[q].inner.end,
            i @ Item::Tok(_) => i.span(quotations).end,
        };
        Span::new(start, end).trimmed(text)
    };
    let cue_start = items[left_end].span(quotations).start;
    let mut out = Vec::with_capacity(pieces.len() + 1);
    for (span, kind, qs) in pieces {
        if kind == QuoteKind::Direct || span.end <= cue_start || span.start >= cue_start {
            out.push((span, kind, qs));
            continue;
        }
        for (a, b) in [(content.0, left_end), (right_start, content.1)] {
            // ("During his seven and a half years in office, Mr. Obama said,
            // a majority …": a fronted adverbial is no statement of its own.)
            if a == content.0 && adverbial_only(text, items, a, b) {
                continue;
            }
            let part = range_span(a, b);
            let part_qs: Vec<usize> = qs
                .iter()
                .copied()
                .filter(|&q| part.contains(quotations[q].inner.start))
                .collect();
            let part_kind = if part_qs.is_empty() {
                QuoteKind::Indirect
            } else {
                QuoteKind::Mixed
            };
            out.push((part, part_kind, part_qs));
        }
    }
    out
}

/// Are items `a..b` only an adverbial phrase ("During his years in office",
/// "Campaigning against Romney in 2012", "On the morning show on Tuesday"):
/// a preposition or a participle first, and no finite verb?
fn adverbial_only(text: &str, items: &[Item], a: usize, b: usize) -> bool {
    let first = lower(text, items, a);
    let opens = matches!(
        first.as_str(),
        "during"
            | "in"
            | "on"
            | "at"
            | "after"
            | "before"
            | "over"
            | "throughout"
            | "for"
            | "from"
            | "with"
            | "without"
            | "under"
            | "despite"
            | "amid"
    ) || (first.ends_with("ing") && !ING_NOUNS.contains(&first.as_str()));
    opens
        && (a..b).all(|k| {
            let w = lower(text, items, k);
            !FINITE_VERBS.contains(&w.as_str()) && !matches!(items[k], Item::Quote(_))
        })
}

/// "…, X said": the content from the sentence start to the comma before the
/// cue (`according`: the cue is "according to").
fn content_before(
    text: &str,
    items: &[Item],
    first: usize,
    according: bool,
) -> Option<(usize, usize)> {
    let before_start = leading_skip(text, items);
    // ("When Clinton noted that … ― as was true … ― Trump boasted": a dash
    // that closes an aside ends no content; "… — or flat out wrong —
    // according to the journal" still does.)
    let closes_aside = !according
        && first > before_start
        && items[first - 1].is_punct('—')
        && items[before_start..first - 1]
            .iter()
            .any(|i| i.is_punct('—'));
    if first > before_start
        && (items[first - 1].is_punct(',')
            || adjacent_quote_before(items, first)
            || (items[first - 1].is_punct('—') && !closes_aside))
    {
        let mut end = first;
        while end > before_start
            && (items[end - 1].is_punct(',')
                || items[end - 1].is_punct('—')
                || items[end - 1].is_punct('–'))
        {
            end -= 1;
        }
        // "Asked what he would do, Brooks says …", "When pressed, she said …":
        // a circumstance, not what was said.
        let opener = lower(text, items, before_start);
        // "At a news conference Friday, the chief dismissed the report": a
        // short phrase opening with a preposition sets the scene.
        // ("At least eleven people died …" is no scene.)
        let at_least = opener == "at"
            && matches!(
                lower(text, items, before_start + 1).as_str(),
                "least" | "most"
            );
        let scene = matches!(
            opener.as_str(),
            "at" | "in" | "on" | "during" | "after" | "before" | "outside" | "inside"
        ) && !at_least
            && items[before_start..end]
                .iter()
                .filter(|i| i.is_word())
                .count()
                <= 7
            && (before_start..end)
                .all(|k| !matches!(items[k], Item::Quote(_)) || names_a_work(text, items, k));
        // "When told of TransLink's statement …, he said": so is "when asked".
        let when_asked = opener == "when"
            && matches!(
                lower(text, items, before_start + 1).as_str(),
                "asked" | "told" | "pressed" | "questioned"
            );
        let circumstance = scene
            || when_asked
            || matches!(
                opener.as_str(),
                "asked" | "speaking" | "responding" | "pressed"
            );
        if end > before_start && !circumstance {
            return Some((before_start, end));
        }
    }
    None
}

/// "on CBS's “Face the Nation”", "in the “Keepin' It Real” show": a
/// quotation at item `k` right after a possessive, an article or a
/// preposition names a programme or a work; it is not speech.
fn names_a_work(text: &str, items: &[Item], k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let Some(before) = items[k - 1].token() else {
        return false;
    };
    let upto = &text[..before.span.end];
    upto.ends_with("'s")
        || upto.ends_with("’s")
        || matches!(
            before.lower(text).as_str(),
            "on" | "in" | "of" | "the" | "his" | "her" | "their"
        )
}

/// "X said (that) …", "According to X, …": the content after the cue.
fn content_after(text: &str, items: &[Item], cue: &Cue) -> Option<(usize, usize)> {
    /// Words between a verb and a colon that introduces what was said.
    const MAX_WORDS_BEFORE_COLON: usize = 4;
    let mut start = after_cluster(text, items, cue);
    // ("once enough people complained, though he would not …": a clause of
    // its own after the verb, not what was said.)
    if start > 0
        && items[start - 1].is_punct(',')
        && matches!(
            lower(text, items, start).as_str(),
            "though" | "although" | "because" | "whereas" | "unless"
        )
    {
        return None;
    }
    // "he said it again: his plan has created …": the words after the colon.
    if let Some(colon) = (start..items.len().min(start + MAX_WORDS_BEFORE_COLON + 1))
        .find(|&k| items[k].is_punct(':'))
        && items[start..colon].iter().all(|i| i.is_word())
    {
        start = colon + 1;
    }
    let mut end = items.len();
    while end > start
        && items[end - 1]
            .token()
            .is_some_and(|t| !t.is_word() && t.kind != super::tokens::TokenKind::Number)
    {
        end -= 1;
    }
    // "called on Russia to “get out” of Venezuela in March, after Moscow …":
    // an intention or appeal ends at its clause; what follows is circumstance.
    if states_intention(text, items, cue)
        && let Some(k) = (start..end)
            .find(|&k| items[k].is_punct(',') || items[k].is_punct('—') || items[k].is_punct('–'))
    {
        end = k;
    }
    // Stop at a trailing reference (", as stated by …", ", according to …",
    // ", citing …") or a second reporting verb ("…, and added …").
    let mut k = start;
    while k < end {
        let w = lower(text, items, k + 1);
        // ("reported that Gareth Pellow, who has kept the books since 2019,
        // transferred …": a relative clause on the reported clause's
        // subject, which goes on after it.)
        if items[k].is_punct(',')
            && matches!(w.as_str(), "who" | "which")
            && let Some(close) = relative_on_subject(text, items, (start, k), end)
        {
            k = close + 1;
            continue;
        }
        // (", as it does every year" compares; it refers to no one.)
        let comparison = w == "as"
            && matches!(
                lower(text, items, k + 2).as_str(),
                "it" | "they" | "he" | "she" | "we" | "usual" | "always" | "expected"
            );
        if items[k].is_punct(',')
            && matches!(w.as_str(), "as" | "according" | "citing" | "which" | "who")
            && !comparison
        {
            end = k;
            break;
        }
        // ("…, and has called for …": past auxiliaries and adverbs.)
        let mut v = k + 1;
        while v < end
            && v < k + 3
            && matches!(
                lower(text, items, v).as_str(),
                "has" | "have" | "had" | "also" | "later" | "then"
            )
        {
            v += 1;
        }
        // ("had seen the emails and spoken to two people": speaking to
        // someone says nothing of its own.)
        let second = lower(text, items, v);
        if lower(text, items, k) == "and"
            && LEXICONS.verb(&second).is_some_and(|v| !v.quote_only)
            && LEXICONS.lemma(&second) != Some("spoke")
            && k > start
        {
            end = if items[k - 1].is_punct(',') { k - 1 } else { k };
            break;
        }
        k += 1;
    }
    (end > start).then_some((start, end))
}

/// The comma that closes a relative clause opened at the comma `comma`,
/// when all the content before it (from `start`) is a short subject with no
/// verb ("Gareth Pellow, who has kept the books since 2019, transferred").
fn relative_on_subject(
    text: &str,
    items: &[Item],
    (start, comma): (usize, usize),
    end: usize,
) -> Option<usize> {
    const MAX_SUBJECT_WORDS: usize = 5;
    const MAX_RELATIVE_ITEMS: usize = 20;
    let first = if lower(text, items, start) == "that" {
        start + 1
    } else {
        start
    };
    let subject = items.get(first..comma)?;
    let no_verb = !subject.is_empty()
        && subject.len() <= MAX_SUBJECT_WORDS
        && subject.iter().all(|i| {
            i.token().is_some_and(|t| {
                let w = t.lower(text);
                t.is_word() && LEXICONS.verb(&w).is_none() && !w.ends_with("ed")
            })
        });
    if !no_verb {
        return None;
    }
    let close =
        (comma + 2..end.min(comma + MAX_RELATIVE_ITEMS)).find(|&k| items[k].is_punct(','))?;
    items
        .get(close + 1)
        .is_some_and(|i| i.is_word())
        .then_some(close)
}

/// Items at the start of a sentence that belong to no content ("But", "However,").
pub(super) fn leading_skip(text: &str, items: &[Item]) -> usize {
    let mut i = 0;
    // A dateline: "OTTAWA — ", "GRAND HAVEN, Mich. — ".
    if let Some(dash) = items
        .iter()
        .take(6)
        .position(|it| it.is_punct('—') || it.is_punct('–'))
        && items[..dash].iter().any(|it| {
            it.token().is_some_and(|t| {
                let w = t.text(text);
                w.len() > 1 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            })
        })
    {
        i = dash + 1;
    }
    while i < items.len() {
        let w = lower(text, items, i);
        if matches!(
            w.as_str(),
            "but" | "and" | "however" | "still" | "yet" | "so" | "meanwhile" | "instead" | "also"
        ) || items[i].is_punct(',')
        {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Splits a cue's content into quotes: direct quotations, or one reported clause.
pub(super) fn pieces(
    text: &str,
    items: &[Item],
    quotations: &[Quotation],
    content: (usize, usize),
    cue: &Cue,
) -> Vec<(Span, QuoteKind, Vec<usize>)> {
    let slice = &items[content.0..content.1];
    let quotes = quotations_in(slice);
    let words_outside = slice.iter().filter(|i| i.is_word()).count();
    let that_before = that_before_item(text, items, content.0);
    if !quotes.is_empty() && words_outside == 0 {
        let kind = if that_before {
            QuoteKind::Mixed
        } else {
            QuoteKind::Direct
        };
        let mut out: Vec<(Span, QuoteKind, Vec<usize>)> = quotes
            .iter()
            .map(|&q| (quotations[q].inner.trimmed(text), kind, vec![q]))
            .collect();
        // "“…,” she said, “…”": the quotation right after the cue is hers too.
        if content.1 <= cue.first() {
            let mut k = cue.last();
            while k < items.len() && (items[k].is_punct(',') || items[k].is_punct(':')) {
                k += 1;
            }
            if let Some(Item::Quote(q)) = items.get(k) {
                out.push((
                    quotations[*q].inner.trimmed(text),
                    QuoteKind::Direct,
                    vec![*q],
                ));
            }
        }
        return out;
    }
    let wondered =
        content.0 > 0 && about_verb(text, items, cue, &lower(text, items, content.0 - 1));
    if cue.info.quote_only && !that_before && !poll_finding(text, items, cue) && !wondered {
        // ("chanted “What curfew?” and kept going": the quotation right
        // after the verb is what it attributes.)
        if let Some(Item::Quote(q)) = slice.first()
            && content.0 >= cue.last()
            && !inside_reported_clause(text, items, cue)
        {
            return vec![(
                quotations[*q].inner.trimmed(text),
                QuoteKind::Direct,
                vec![*q],
            )];
        }
        return Vec::new();
    }
    if content.1 <= cue.first() && cue.according {
        // fine: "…, according to X"
    } else if content.0 >= cue.last() && !takes_clause(text, items, cue, content.0) {
        return Vec::new();
    }
    if words_outside
        + quotes
            .iter()
            .map(|&q| quotations[q].word_count(text))
            .sum::<usize>()
        < MIN_REPORTED_WORDS
    {
        return Vec::new();
    }
    clauses_of_report(text, items, content)
        .into_iter()
        .filter_map(|(a, b)| reported_piece(text, items, quotations, a, b))
        .collect()
}

/// The quotations among `items`, by their index.
fn quotations_in(items: &[Item]) -> Vec<usize> {
    items
        .iter()
        .filter_map(|i| {
            if let Item::Quote(q) = i {
                Some(*q)
            } else {
                None
            }
        })
        .collect()
}

/// The reported clause over items `a..b`: its span, kind and quotations.
fn reported_piece(
    text: &str,
    items: &[Item],
    quotations: &[Quotation],
    a: usize,
    b: usize,
) -> Option<(Span, QuoteKind, Vec<usize>)> {
    let slice = items.get(a..b)?;
    let quotes = quotations_in(slice);
    let start = match slice.first()? {
        Item::Quote(q) => quotations[*q].inner.start,
        i @ Item::Tok(_) => i.span(quotations).start,
    };
    let end = match slice.last()? {
        Item::Quote(q) => quotations[*q].inner.end,
        i @ Item::Tok(_) => i.span(quotations).end,
    };
    let kind = if quotes.is_empty() {
        QuoteKind::Indirect
    } else {
        QuoteKind::Mixed
    };
    Some((Span::new(start, end).trimmed(text), kind, quotes))
}

/// The clauses of one report over items `content`: "said A, and that B"
/// reports two things, each a quote of its own ("… since January, and
/// that none had led to an investigation"). A "that" which is the subject
/// of the next verb ("and that was the end of it") splits nothing, nor
/// does one that leaves fewer than [`MIN_REPORTED_WORDS`] words on a side.
fn clauses_of_report(text: &str, items: &[Item], content: (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = content.0;
    for k in content.0 + 1..content.1.saturating_sub(1) {
        if lower(text, items, k) != "that"
            || !matches!(lower(text, items, k - 1).as_str(), "and" | "but")
            || is_finite_verb_after_that(&lower(text, items, k + 1))
        {
            continue;
        }
        let mut end = k - 1;
        if end > start && items[end - 1].is_punct(',') {
            end -= 1;
        }
        // (A quotation counts as enough words: "it “rejects the
        // conclusion” and that …".)
        let words = |a: usize, b: usize| {
            items[a..b]
                .iter()
                .map(|i| match i {
                    Item::Quote(_) => MIN_REPORTED_WORDS,
                    i @ Item::Tok(_) => usize::from(i.is_word()),
                })
                .sum::<usize>()
        };
        if words(start, end) >= MIN_REPORTED_WORDS && words(k + 1, content.1) >= MIN_REPORTED_WORDS
        {
            out.push((start, end));
            start = k + 1;
        }
    }
    out.push((start, content.1));
    out
}

/// Does the cue's subject stand after "that" or another reporting verb ("He
/// said … the campaign's own survey showed …"), so that what it says is
/// inside someone's words?
fn inside_reported_clause(text: &str, items: &[Item], cue: &Cue) -> bool {
    (0..cue.mention_items.0).any(|k| {
        let w = lower(text, items, k);
        w == "that" || LEXICONS.verb(&w).is_some()
    })
}

/// "Polls show a close contest", "In August, the survey found Clinton
/// ahead": a poll's finding, not inside someone's words, needs no "that"
/// after "show" or "find".
fn poll_finding(text: &str, items: &[Item], cue: &Cue) -> bool {
    let verb = lower(text, items, cue.verb);
    let finding = matches!(LEXICONS.lemma(&verb), Some("show" | "find" | "found"))
        || matches!(
            verb.as_str(),
            "show" | "shows" | "showed" | "showing" | "shown"
        );
    // ("…, an investigation by the Marchbridge Evening Post has found.": a
    // finding of an inquiry its maker ran.)
    let inquiry_by = (cue.mention_items.0.saturating_sub(3)..cue.mention_items.1).any(|k| {
        matches!(
            lower(text, items, k).as_str(),
            "investigation" | "inquiry" | "analysis" | "review" | "audit" | "study"
        ) && matches!(lower(text, items, k + 1).as_str(), "by" | "from")
    });
    // (After a comma the finding closes its sentence: what it found stands
    // before it, whatever verbs that holds.)
    let trailing = cue.mention_items.0 > 0 && items[cue.mention_items.0 - 1].is_punct(',');
    finding
        && !cue.inverted
        && cue.mention_items.1 > cue.mention_items.0
        && ((inquiry_by && trailing) || !inside_reported_clause(text, items, cue))
        && (inquiry_by
            || matches!(
                lower(text, items, cue.mention_items.1 - 1).as_str(),
                "poll" | "polls" | "polling" | "survey" | "surveys" | "average" | "averages"
            ))
}

/// "added 0.4 per cent", "Harlow County added about 2,350 jobs": after
/// "added", a count (item `start` on) is grown, not said.
fn adds_a_count(text: &str, items: &[Item], start: usize) -> bool {
    let starts_with_digit = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_digit());
    let first = lower(text, items, start);
    let approximate = matches!(
        first.as_str(),
        "about" | "nearly" | "roughly" | "almost" | "around" | "some" | "over" | "another"
    );
    starts_with_digit(&first) || (approximate && starts_with_digit(&lower(text, items, start + 1)))
}

/// "adding a reputational problem to the cost of a voyage", "added two
/// clauses to the contract": something added to something, not words.
fn adds_a_thing_to(text: &str, items: &[Item], start: usize) -> bool {
    const MAX_THING_WORDS: usize = 6;
    LEXICONS
        .determiners
        .contains(lower(text, items, start).as_str())
        && (start + 1..(start + 1 + MAX_THING_WORDS).min(items.len()))
            .take_while(|&k| {
                items[k].is_word() && {
                    // (after a determiner or "of", "a warning", "a note of
                    // caution", a word is a noun)
                    let w = lower(text, items, k);
                    let before = lower(text, items, k - 1);
                    w == "to"
                        || before == "of"
                        || LEXICONS.determiners.contains(before.as_str())
                        || (LEXICONS.verb(&w).is_none() && !is_function_word_verb(&w))
                }
            })
            .any(|k| lower(text, items, k) == "to")
}

/// "about 550 students", "about a third of", "at least 180 homes": after
/// the word at item `start` comes an approximate figure, so that word is
/// no preposition.
fn figure_follows(text: &str, items: &[Item], start: usize) -> bool {
    let fraction = |w: &str| {
        matches!(
            w,
            "half"
                | "third"
                | "quarter"
                | "fifth"
                | "tenth"
                | "dozen"
                | "hundred"
                | "thousand"
                | "million"
                | "billion"
        )
    };
    let first = lower(text, items, start);
    let next = lower(text, items, start + 1);
    next.chars().next().is_some_and(|c| c.is_ascii_digit())
        || fraction(&next)
        || (matches!(next.as_str(), "a" | "an") && fraction(&lower(text, items, start + 2)))
        // "said at least 180 homes had been destroyed"
        || (first == "at" && matches!(next.as_str(), "least" | "most"))
}

/// "accused the Saudi government of attempting to …", "accusing her of
/// being asleep": within the object (from item `start`), "of" and a
/// gerund name the charge.
fn charged_with_act(text: &str, items: &[Item], start: usize) -> bool {
    const MAX_OBJECT_ITEMS: usize = 16;
    // ("accusing the watchdog of “comparing apples with tractors”": the
    // charge in quotation marks.)
    (start..(start + MAX_OBJECT_ITEMS).min(items.len())).any(|k| {
        lower(text, items, k) == "of"
            && match items.get(k + 1) {
                Some(Item::Quote(_)) => true,
                Some(it) => it.is_word() && lower(text, items, k + 1).ends_with("ing"),
                None => false,
            }
    })
}

/// Does the content starting at item `start` read as a reported clause?
pub(super) fn takes_clause(text: &str, items: &[Item], cue: &Cue, start: usize) -> bool {
    let verb = lower(text, items, cue.verb);
    let noun_object = super::lexicons::LEXICONS
        .lemma(&verb)
        .is_some_and(|l| LEXICONS.noun_object_verbs.contains(l));
    let first = lower(text, items, start);
    if verb.starts_with("add")
        && (adds_a_count(text, items, start) || adds_a_thing_to(text, items, start))
    {
        return false;
    }
    // "warned of a rise", "told us about …", "agreed to …": no reported clause.
    let next = lower(text, items, start + 1);
    // "plans to air the ad", "agreed to clean up the mines": an intention.
    let infinitive = first == "to"
        && items.get(start + 1).is_some_and(|i| i.is_word())
        && !LEXICONS.determiners.contains(next.as_str())
        && !next.chars().next().is_some_and(|c| c.is_ascii_digit());
    let lemma = LEXICONS.lemma(&verb);
    // "spoke of …", "spoke about …" report a topic; "spoke to reporters",
    // "spoke for ten minutes" report nothing.
    if lemma == Some("spoke") {
        return start > 0 && matches!(lower(text, items, start - 1).as_str(), "of" | "about");
    }
    if infinitive
        && (cue.info.is_attitude() || matches!(lemma, Some("agree" | "pledge" | "vow" | "promise")))
    {
        return true;
    }
    // "plans to …", "ruled that …": never a noun ("hopes for a deal").
    if cue.info.attitude == Some(AttitudeObject::ClauseOnly) {
        return that_before_item(text, items, start)
            || matches!(items.get(start), Some(Item::Quote(_)))
            || opens_finite_clause(text, items, start);
    }
    // "pointed out that …", "pointed to the figures": "pointed comments at" is no speech.
    if lemma == Some("point") && !matches!(lower(text, items, cue.verb + 1).as_str(), "out" | "to")
    {
        return false;
    }
    // "asked whether …", "asked voters to …", "asked him about his taxes":
    // "asked Tom Glavine for an autograph" reports a request, not words.
    if lemma == Some("ask") && !asks_a_question(text, items, start) {
        return false;
    }
    // "called for a moratorium", "called on Republicans to unendorse him".
    if matches!(lemma, Some("call" | "called"))
        && start == cue.last() + 1
        && matches!(lower(text, items, cue.last()).as_str(), "for" | "on")
    {
        return true;
    }
    let number_next = figure_follows(text, items, start);
    let that_before = that_before_item(text, items, start);
    // ("noted that at one of his first meetings, he …": after "that" a
    // preposition opens an adverbial of the reported clause.)
    if matches!(
        first.as_str(),
        "of" | "about" | "for" | "on" | "in" | "at" | "to" | "with" | "into" | "against"
    ) && !number_next
        && !that_before
    {
        return false;
    }
    if noun_object && that_before && that_points_at_claim(&first, &next) {
        return false;
    }
    if !noun_object || poll_finding(text, items, cue) {
        return true;
    }
    // "accused the government of attempting to …": the charge.
    if lemma == Some("accuse") && charged_with_act(text, items, start) {
        return true;
    }
    // "estimated the crowd at about 15,000": a figure given.
    if lemma == Some("estimate") && super::cues::puts_figure_at(text, items, cue.verb) {
        return true;
    }
    // ("dismissed the report as “sensationalist and simply untrue”")
    if (lemma == Some("describe") && judged_as(text, items, start))
        || (matches!(lemma, Some("dismiss" | "reject")) && judged_as_quoted(text, items, start))
    {
        return true;
    }
    // "cited Trump's past references to her as “Miss Piggy”", "is promising
    // lower taxes and “jobs, jobs, jobs”": a quotation inside the object.
    if quoted_in_object(items, start) {
        return true;
    }
    if appeals_to_act(text, items, &verb, start) {
        return true;
    }
    that_before
        || opens_finite_clause(text, items, start)
        || matches!(items.get(start), Some(Item::Quote(_)))
        || opens_gerund(text, items, start)
        || matches!(
            first.as_str(),
            "he" | "she" | "they" | "it" | "we" | "i" | "there"
        )
}

/// Words after a subject that make "that" before it a conjunction ("said
/// that report was wrong", "denied that account holders were charged").
const VERBS_AFTER_A_SUBJECT: &[&str] = &[
    "was", "is", "had", "has", "would", "could", "will", "were", "are", "did", "does", "may",
    "might", "should", "can", "holders",
];

/// "rejected that account in the strongest terms": after "that", the
/// claim noun `first` (its next word `next`) is the verb's object, and no
/// clause follows.
fn that_points_at_claim(first: &str, next: &str) -> bool {
    LEXICONS.claim_nouns.contains(first)
        && !first.ends_with('s')
        && !VERBS_AFTER_A_SUBJECT.contains(&next)
}

/// "urged police to investigate", "asked voters to …", "encouraged
/// Americans to “check out” her tape": an appeal by the cue's `verb`, whose
/// content is what the listener is asked to do.
fn appeals_to_act(text: &str, items: &[Item], verb: &str, start: usize) -> bool {
    let appeal = LEXICONS.lemma(verb).is_some_and(|l| {
        matches!(
            l,
            "urge" | "ask" | "call" | "called" | "encourage" | "press"
        )
    });
    appeal
        && (start + 1..(start + 5).min(items.len())).any(|k| {
            lower(text, items, k) == "to"
                && items
                    .get(k + 1)
                    .is_some_and(|i| i.is_word() || matches!(i, Item::Quote(_)))
        })
}

/// After "asked", does the object from item `start` put a question ("asked
/// whether …", "asked voters to …", "asked him about …", a quotation or a
/// colon), not a request for a thing?
fn asks_a_question(text: &str, items: &[Item], start: usize) -> bool {
    matches!(items.get(start), Some(Item::Quote(_)))
        || matches!(
            lower(text, items, start).as_str(),
            "whether" | "if" | "why" | "what" | "how" | "who" | "when" | "where" | "that"
        )
        || (start..(start + 14).min(items.len())).any(|k| {
            items[k].is_punct(':') || matches!(lower(text, items, k).as_str(), "to" | "about")
        })
}

/// Is there a quotation among the first words of the object from item
/// `start`, before any clause punctuation?
fn quoted_in_object(items: &[Item], start: usize) -> bool {
    const MAX_OBJECT_ITEMS: usize = 12;
    items[start.min(items.len())..]
        .iter()
        .take(MAX_OBJECT_ITEMS)
        .take_while(|i| !i.is_punct(',') && !i.is_punct('.') && !i.is_punct(';'))
        .any(|i| matches!(i, Item::Quote(_)))
}

/// Nouns ending in "-ing" that open no gerund clause ("denied
/// wrongdoing").
const ING_NOUNS: &[&str] = &[
    "wrongdoing",
    "funding",
    "housing",
    "spending",
    "pricing",
    "clothing",
    "building",
    "training",
    "evening",
    "morning",
    "wedding",
    "shooting",
    "bombing",
    "hearing",
    "warning",
    "ceiling",
    "feeling",
    "offering",
    "opening",
    "beginning",
    "ending",
    "setting",
    "timing",
    "thing",
    "nothing",
    "something",
    "anything",
    "everything",
    "king",
    "ring",
    "spring",
    "string",
    "wing",
];

/// "denied taking bribes", "admitted leaking the memo": a gerund with its
/// object opens what was said (item `start`).
fn opens_gerund(text: &str, items: &[Item], start: usize) -> bool {
    let first = lower(text, items, start);
    first.ends_with("ing")
        && !ING_NOUNS.contains(&first.as_str())
        && items.get(start + 1).is_some_and(|i| i.is_word())
}

/// Is the word before item `start` "that" ("said that, in addition to …,":
/// a comma after it too)?
fn that_before_item(text: &str, items: &[Item], start: usize) -> bool {
    let before = if start > 1 && items[start - 1].is_punct(',') {
        start - 2
    } else {
        start.wrapping_sub(1)
    };
    start > 0 && lower(text, items, before) == "that"
}

/// "admitted his tweets need approval", "polls showed Clinton was the
/// winner": from item `start` a noun phrase is the subject of a finite
/// verb (an auxiliary, copula or modal within a few words), so the object
/// is a clause without "that", not a thing ("cited the report that was
/// released": a relative clause inside the noun phrase does not count).
fn opens_finite_clause(text: &str, items: &[Item], start: usize) -> bool {
    const MAX_SUBJECT_WORDS: usize = 6;
    for k in start..(start + MAX_SUBJECT_WORDS + 1).min(items.len()) {
        if !items[k].is_word() {
            return false;
        }
        let w = lower(text, items, k);
        if k > start && (FINITE_VERBS.contains(&w.as_str()) || SIMPLE_PASTS.contains(&w.as_str())) {
            return true;
        }
        if matches!(
            w.as_str(),
            "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "to"
                | "and"
                | "but"
                | "until"
                | "when"
                | "while"
                | "because"
                | "if"
                | "after"
                | "before"
                | "since"
                | "unless"
                | "as"
                | "where"
        ) {
            return false;
        }
    }
    false
}

/// Irregular past tenses that are never past participles: after a subject
/// they are its finite verb ("reported the grapes came from Spain"), where
/// an "-ed" form may open a reduced relative ("the claims published …").
const SIMPLE_PASTS: &[&str] = &[
    "came", "went", "took", "gave", "knew", "saw", "began", "ran", "rose", "fell", "grew",
    "became", "wrote", "broke", "drove", "flew", "spoke", "chose", "froze", "stole", "drew",
    "threw", "shook", "forgot",
];

/// Auxiliaries, copulas and modals: a finite verb whatever its subject.
const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "does", "did", "need", "needs", "won't", "can't", "isn't", "aren't",
    "wasn't", "weren't", "hasn't", "haven't", "didn't", "doesn't", "wouldn't",
];

/// "described the plan as a giveaway", "described him as “reckless”": an
/// "as" within the object of "describe" (from item `start`) gives a
/// judgement, not an account of events ("described a bang as the ramp
/// dropped": there "as" opens a clause).
fn judged_as(text: &str, items: &[Item], start: usize) -> bool {
    (start..(start + 8).min(items.len())).any(|k| {
        lower(text, items, k) == "as"
            && match items.get(k + 1) {
                Some(Item::Quote(_)) => true,
                Some(next) if next.is_word() => {
                    let w = lower(text, items, k + 1);
                    matches!(w.as_str(), "a" | "an" | "one")
                        || !(LEXICONS.determiners.contains(w.as_str())
                            || super::mentions::is_function_word(&w)
                            || next.token().is_some_and(|t| t.is_capitalised(text)))
                }
                _ => false,
            }
    })
}

/// "dismissed the report as “sensationalist”": a judgement quoted after
/// "as" within the object (from item `start`).
fn judged_as_quoted(text: &str, items: &[Item], start: usize) -> bool {
    (start..(start + 8).min(items.len()))
        .any(|k| lower(text, items, k) == "as" && matches!(items.get(k + 1), Some(Item::Quote(_))))
}

/// The cue as written: "told journalists", "according to", "said".
pub(super) fn cue_text(text: &str, items: &[Item], cue: &Cue) -> String {
    if cue.according {
        return "according to".to_owned();
    }
    let verb = items[cue.verb].span(&[]);
    let mut end = verb.end;
    if cue.info.takes_listener && !cue.inverted {
        let stop = after_cluster(text, items, cue);
        for it in &items[cue.verb + 1..stop.min(items.len())] {
            if it.is_word() && lower(text, std::slice::from_ref(it), 0) != "that" {
                end = it.span(&[]).end;
            } else {
                break;
            }
        }
    }
    Span::new(verb.start, end).slice(text).to_owned()
}
