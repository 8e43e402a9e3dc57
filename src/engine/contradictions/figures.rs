//! Conflicting figures: two parties' incompatible numbers for the same count.

use crate::document::Span;
use crate::engine::lexicons::LEXICONS;
use crate::engine::lowercase::ToLower;
use crate::engine::model::{Contradiction, ContradictionKind, Quote, QuoteId, Speaker};
use crate::engine::tokens::{TokenKind, tokenize};

/// Two figures conflict when one is at least this many times the other…
const MIN_RATIO: f64 = 2.0;
/// …or this many times, when both count the very same thing ("17 dead"
/// against "23 bodies"), not only people of some kind.
const SAME_GROUP_MIN_RATIO: f64 = 1.25;
/// Quotes this many sentences apart or fewer may count the same thing.
const MAX_SENTENCE_DISTANCE: usize = 12;
/// How many words may stand between a number and what it counts.
const MAX_GAP: usize = 3;

/// A figure in a passage: a value and the group of things it counts.
#[derive(Debug, Clone, PartialEq)]
struct Figure {
    value: f64,
    group: String,
    written: String,
    /// For a share, the longer words after its group ("in the region had
    /// waited more than 62 days"): what is said of the share; for a change,
    /// the passage's longer words.
    said_of: Vec<String>,
    /// For a change, whether it is a rise.
    rising: Option<bool>,
    /// Whether the count is exact or a bound.
    bound: Bound,
    /// For people, what the count is of when the words around say so:
    /// those aboard, those rescued, how many a vessel may carry.
    event: Option<&'static str>,
}

/// How a count is given: exactly, as a bound ("at least 31", "fewer than
/// 20", "its morgue alone had received 39": a part of the whole), or as a
/// part named within a whole ("including 4,200 in Halverton", "excluded
/// about 6,000 homes"). "As many as 1,000" is no bound: news gives the high
/// count that way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Bound {
    #[default]
    Exact,
    AtLeast,
    /// A count of one part, so at least that many in all ("its morgue
    /// alone had received 39"), though the part may be all another party
    /// counted.
    Alone,
    AtMost,
    /// A count of a part of a group, so at least that many in all ("nine
    /// of its members", "23 of the people rescued").
    Part,
    /// What happens at times ("sometimes for an hour"): another party's
    /// usual count may be right as well.
    AtTimes,
    /// A count the speaker denies: "It is not 600 people a day".
    Denied,
}

/// Words that may stand between a negation and the count it denies
/// ("not anything close to 600").
const DENIED_COUNT_BRIDGE: &[&str] = &[
    "anything", "close", "to", "near", "even", "just", "remotely", "nearly", "a", "the",
];
/// How many words before a count may deny it.
const DENIED_WORDS_BEFORE: usize = 5;

/// Words just before a number that make it a lower bound.
const AT_LEAST_BEFORE: &[&[&str]] = &[
    &["at", "least"],
    &["more", "than"],
    &["over"],
    &["above"],
    &["upwards", "of"],
    &["in", "excess", "of"],
    // ("had not exceeded 30 degrees": negated, an upper bound.)
    &["exceeded"],
    &["exceed"],
    &["exceeds"],
    &["topped"],
    &["surpassed"],
];
/// Words just before a number that make it an upper bound.
const AT_MOST_BEFORE: &[&[&str]] = &[
    &["at", "most"],
    &["fewer", "than"],
    &["less", "than"],
    &["under"],
    &["no", "more", "than"],
    &["within"],
];
/// How many words before a lower bound may negate it ("No patient has
/// waited longer than 24 hours").
const NEGATED_BOUND_WORDS_BEFORE: usize = 8;
/// How many words around a number may say it counts only a part ("alone").
const PART_WORDS_AROUND: usize = 6;
/// How far into its clause after a number "alone" may say it counts a part.
const PART_CLAUSE_WORDS_AFTER: usize = 12;
/// Words that name a part within a whole a few words before its count.
const PART_OF_WHOLE_BEFORE: &[&str] = &[
    "including",
    "includes",
    "included",
    "excluding",
    "excludes",
    "excluded",
];
/// How many words before a count may name it a part of a whole.
const PART_WORDS_BEFORE: usize = 3;

/// Is the count at token `i` a bound? A part of the whole ("in Halverton
/// alone", "its morgue alone", "nine of them") is a lower bound for the whole.
fn bound_at(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> Bound {
    if part_named_after(s, toks, i) {
        Bound::Part
    } else {
        bound_of_count(s, toks, i)
    }
}

/// [`bound_at`], for a count that is no part of a group named after it.
fn bound_of_count(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> Bound {
    // ("fewer than a dozen": the article is part of the number.)
    let number_starts = if i > 0 && matches!(toks[i - 1].text(s).lower().as_ref(), "a" | "an") {
        i - 1
    } else {
        i
    };
    let words_before = |phrase: &[&str]| {
        number_starts >= phrase.len()
            && phrase
                .iter()
                .zip(&toks[number_starts - phrase.len()..number_starts])
                .all(|(w, t)| t.text(s).lower() == *w)
    };
    let part_of_whole = toks
        .iter()
        .take(i)
        .skip(i.saturating_sub(PART_WORDS_BEFORE))
        .any(|t| PART_OF_WHOLE_BEFORE.contains(&t.text(s).lower().as_ref()));
    // ("sometimes for an hour or more": what happens at times, which
    // another's usual count may also be.)
    let at_times = toks
        .iter()
        .take(i)
        .skip(i.saturating_sub(PART_WORDS_BEFORE))
        .any(|t| matches!(t.text(s).lower().as_ref(), "sometimes" | "occasionally"));
    if at_times {
        return Bound::AtTimes;
    }
    if part_of_whole {
        return Bound::Part;
    }
    let denied = toks[i.saturating_sub(DENIED_WORDS_BEFORE)..i]
        .iter()
        .rev()
        .map(|t| t.text(s).lower())
        .find(|w| !DENIED_COUNT_BRIDGE.contains(&w.as_ref()))
        .is_some_and(|w| matches!(w.as_ref(), "not" | "n't" | "nowhere" | "never"));
    if denied {
        return Bound::Denied;
    }
    if AT_MOST_BEFORE.iter().any(|p| words_before(p)) {
        return Bound::AtMost;
    }
    // "No patient has waited longer than 24 hours": a lower bound denied is
    // an upper bound.
    let lower_bound =
        AT_LEAST_BEFORE.iter().any(|p| words_before(p)) || words_before(&["longer", "than"]);
    let negated_before = toks[i.saturating_sub(NEGATED_BOUND_WORDS_BEFORE)..i]
        .iter()
        .any(|t| {
            matches!(
                t.text(s).lower().as_ref(),
                "no" | "not" | "never" | "nobody" | "n't"
            )
        });
    if lower_bound && negated_before {
        return Bound::AtMost;
    }
    // ("its morgue alone had 40"; "Eleven people are dead from my street
    // alone": anywhere in the clause after the count)
    let alone = |t: &crate::engine::tokens::Token| t.text(s).lower() == "alone";
    let part = toks
        .iter()
        .take(i)
        .skip(i.saturating_sub(PART_WORDS_AROUND))
        .any(alone)
        || toks
            .iter()
            .skip(i)
            .take(PART_CLAUSE_WORDS_AFTER)
            .take_while(|t| t.is_word() || t.kind == TokenKind::Number)
            .any(alone);
    // ("she had seen nine meteors before she lost count": at least nine.)
    let lost_count = toks
        .windows(2)
        .skip(i)
        .take(PART_CLAUSE_WORDS_AFTER)
        .any(|w| w[0].text(s).lower() == "lost" && w[1].text(s).lower() == "count");
    if part {
        Bound::Alone
    } else if lost_count {
        Bound::AtLeast
    } else if rescued_by_one_party(s, toks, i) {
        Bound::Part
    } else if AT_LEAST_BEFORE.iter().any(|p| words_before(p)) {
        Bound::AtLeast
    } else {
        Bound::Exact
    }
}

/// "23 of the people rescued", "nine of them", "Eight of our guests": a
/// count of a part of a group the passage names.
fn part_named_after(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    word(i + 1).as_deref() == Some("of")
        && word(i + 2).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "the" | "those" | "them" | "these" | "our" | "their" | "its" | "his" | "her" | "my"
            )
        })
}

/// Verbs of a rescue done by one party ("a fisherman's crew pulled 14
/// people from the water").
const RESCUE_VERBS: &[&str] = &["pulled", "rescued", "saved", "plucked"];

/// Is the count at token `i` of the people one party rescued ("his crew had
/// pulled 14 people"): a part of all those rescued? ("it had rescued 58",
/// "we rescued 58": the speaker's own count, all of them.)
fn rescued_by_one_party(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    let Some(verb) = i
        .checked_sub(1)
        .filter(|&k| word(k).is_some_and(|w| RESCUE_VERBS.contains(&w.as_ref())))
    else {
        return false;
    };
    // ("Its crew and those of a cargo ship had between them pulled 52
    // people": all that the parties rescued, together.)
    if verb >= 2
        && word(verb - 1).as_deref() == Some("them")
        && word(verb - 2).as_deref() == Some("between")
    {
        return false;
    }
    let mut subject = verb.checked_sub(1);
    if subject
        .and_then(&word)
        .is_some_and(|w| matches!(w.as_ref(), "had" | "have" | "has"))
    {
        subject = subject.and_then(|k| k.checked_sub(1));
    }
    let Some(subject) = subject.and_then(|k| toks.get(k)).filter(|t| t.is_word()) else {
        return false;
    };
    !matches!(
        subject.text(s).lower().as_ref(),
        "it" | "we" | "they" | "who" | "which" | "that" | "had" | "been" | "were" | "was"
    )
}

/// Adds a conflicting-figures contradiction for each later passage whose
/// figure is incompatible with an earlier one by another speaker.
pub fn conflicts(
    text: &str,
    speakers: &[Speaker],
    quotes: &[(Quote, usize)],
    out: &mut Vec<Contradiction>,
) {
    let figures: Vec<Vec<Figure>> = quotes
        .iter()
        .map(|(q, _)| figures_in(q.span.slice(text)))
        .collect();
    // The passages that give a figure: only they can be answered.
    let with_figures: Vec<usize> = (0..quotes.len())
        .filter(|&k| !figures[k].is_empty())
        .collect();
    let earlier_with_figures = |ia: usize| earlier_among(&with_figures, ia);
    for &ia in &with_figures {
        let Some(sa) = quotes[ia].0.speaker else {
            continue;
        };
        // Each other party's conflicting figure, once per party: a third count
        // can conflict with both of two earlier ones.
        let mut answered: Vec<usize> = Vec::new();
        let last_count = earlier_with_figures(ia).find(|&ib| {
            quotes[ib].0.speaker.is_some_and(|sb| sb != sa)
                && figures[ib]
                    .iter()
                    .any(|f| same_count(COUNT_JUST_GIVEN, &f.group))
        });
        for fa in figures[ia].iter().filter(|f| f.group != "money") {
            let hits: Vec<(usize, &Figure)> = earlier_with_figures(ia)
                .filter_map(|ib| {
                    let sb = quotes[ib].0.speaker?;
                    if figures[ib].is_empty()
                        || sb == sa
                        || answered.contains(&sb.0)
                        || super::same_side(speakers, sa, sb)
                    {
                        return None;
                    }
                    // Sums of money are of too many different things to compare.
                    // "the number" answers only the count given last.
                    let just_before =
                        quotes[ia].1.saturating_sub(quotes[ib].1) <= COUNT_JUST_GIVEN_SENTENCES;
                    if fa.group == COUNT_JUST_GIVEN && (!just_before || Some(ib) != last_count) {
                        return None;
                    }
                    // A passage that gives the same sum agrees with it
                    // ("would borrow the remaining €150 million").
                    let repeats = |fb: &Figure| {
                        fb.group == fa.group && ratio(fa.value, fb.value) < SAME_VALUE_RATIO
                    };
                    if fa.group.starts_with(SUM) && figures[ib].iter().any(repeats) {
                        return None;
                    }
                    figures[ib]
                        .iter()
                        .find(|fb| {
                            same_count(&fa.group, &fb.group)
                                && events_agree(fa, fb)
                                && incompatible(fa, fb)
                        })
                        .filter(|fb| {
                            // Lengths of time are of too many things to
                            // compare by nearness alone.
                            let of_time = fa.group.starts_with(TIME) || fb.group.starts_with(TIME);
                            // ("48 minutes after the distress call" and "two
                            // hours before the first coast guard boat came":
                            // two words said of both.)
                            let said_of_both =
                                fa.said_of.iter().filter(|w| fb.said_of.contains(w)).count();
                            (of_time && said_of_both >= MIN_TIME_SAID_OF_SHARED)
                                || shares_subject(
                                    text,
                                    &quotes[ia].0,
                                    &quotes[ib].0,
                                    !of_time && sentences_near(quotes, ia, ib),
                                )
                        })
                        .map(|fb| (ib, fb))
                })
                .collect();
            for (ib, fb) in hits {
                // The nearest conflicting passage of each other party.
                let Some(sb) = quotes[ib].0.speaker else {
                    continue;
                };
                if answered.contains(&sb.0) {
                    continue;
                }
                answered.push(sb.0);
                if super::already_linked(out, ia, ib) {
                    continue;
                }
                let name = |i: usize| super::quote_speaker_name(speakers, quotes, i);
                out.push(Contradiction {
                    a: QuoteId(ia),
                    b: QuoteId(ib),
                    kind: ContradictionKind::ConflictingFigures,
                    cue: format!("{} vs {}", fa.written, fb.written),
                    explanation: format!(
                        "{} gives “{}” where {} gives “{}” for the same count of {}.",
                        name(ia),
                        fa.written,
                        name(ib),
                        fb.written,
                        readable_group(&fa.group)
                    ),
                    confidence: 0.6,
                });
            }
        }
    }
}

/// A figure's group as a reader would name it: "rooms" for "plural
/// rooms", "dogs" for "plural dogs deaths", "degrees" for "measure of
/// degrees".
fn readable_group(group: &str) -> &str {
    if let Some(rest) = group.strip_prefix(PLAIN_PLURAL) {
        rest.split(' ').next().unwrap_or(rest)
    } else {
        group.strip_prefix(MEASURE).unwrap_or(group)
    }
}

/// The passages of `with_figures` (ascending) before `ia` and within
/// reach ([`super::earlier`]), nearest first.
fn earlier_among(with_figures: &[usize], ia: usize) -> impl Iterator<Item = usize> + '_ {
    let end = with_figures.partition_point(|&k| k < ia);
    let reach = super::earlier(ia).last().unwrap_or(ia);
    with_figures[..end]
        .iter()
        .rev()
        .copied()
        .take_while(move |&k| k >= reach)
}

/// Can two counts be of the same people: not of two different events
/// ("84 passengers" aboard against "61 people" pulled from the water)?
fn events_agree(a: &Figure, b: &Figure) -> bool {
    // ("a crowd of 40,000" against "14 patients": all who came, against
    // people of one kind.)
    let crowd_against_kind = |x: &Figure, y: &Figure| {
        x.event == Some(IN_THE_CROWD) && y.event != Some(IN_THE_CROWD) && y.group != "people"
    };
    if crowd_against_kind(a, b) || crowd_against_kind(b, a) {
        return false;
    }
    a.event.is_none() || b.event.is_none() || a.event == b.event
}

/// The event of a count of a crowd, a turnout or an attendance: all who came.
const IN_THE_CROWD: &str = "in the crowd";

/// Are two quotes close enough (in sentences) to be about the same count?
fn sentences_near(quotes: &[(Quote, usize)], a: usize, b: usize) -> bool {
    quotes[a].1.abs_diff(quotes[b].1) <= MAX_SENTENCE_DISTANCE
}

/// Do two passages speak of the same thing: near each other, or sharing
/// a proper noun or a longer word besides the counted noun?
fn shares_subject(text: &str, a: &Quote, b: &Quote, near: bool) -> bool {
    let words = |q: &Quote| -> crate::engine::hashing::FastSet<String> {
        q.span
            .slice(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 6 && !LEXICONS.quantities.contains_key(w.lower().as_str()))
            .map(str::to_lowercase)
            .collect()
    };
    near || words(a).intersection(&words(b)).count() >= 1
}

/// Do two groups count the same kind of thing? "people" counts any people;
/// "the number" counts what the other gave.
fn same_count(a: &str, b: &str) -> bool {
    let of_people = |g: &str| {
        matches!(g, "workforce" | "military" | "population") || KINDS_OF_PEOPLE.contains(&g)
    };
    let counted = |g: &str| {
        g != "money"
            && !g.starts_with(SUM)
            && !g.starts_with(PERCENT_OF)
            && g != COUNT_JUST_GIVEN
            && g != PERCENT_CHANGE
    };
    let time = |g: &str| g == TIME || g == "hours";
    a == b
        || (time(a) && time(b))
        || (a == "people" && of_people(b))
        || (b == "people" && of_people(a))
        || (a == COUNT_JUST_GIVEN && counted(b))
        || plain_event_of(a) == Some(b)
        || plain_event_of(b) == Some(a)
}

/// What happened to the things a plain plural counts ("deaths" of "plural
/// dogs deaths"), when the count says.
fn plain_event_of(group: &str) -> Option<&str> {
    group
        .strip_prefix(PLAIN_PLURAL)
        .and_then(|rest| rest.split_once(' '))
        .map(|(_, event)| event)
}

/// Are two figures for the same count too far apart to both be right? Counts
/// must differ threefold; shares of the same group ("24% of patients" against
/// "38% of patients") by half and ten points.
fn incompatible(a: &Figure, b: &Figure) -> bool {
    // "It is not 600 people a day" denies "fewer than 600 people a day",
    // and is no count of its own.
    if a.bound == Bound::Denied || b.bound == Bound::Denied {
        return a.bound != b.bound && ratio(a.value, b.value) < SAME_GROUP_MIN_RATIO;
    }
    if a.group == PERCENT_CHANGE {
        // "down 20 percent" against "a fall of 4 percent" in violent crime;
        // a rise against a fall.
        a.said_of.iter().any(|w| b.said_of.contains(w))
            && (a.rising != b.rising
                || (ratio(a.value, b.value) >= MIN_RATIO
                    && (a.value - b.value).abs() >= MIN_CHANGE_POINTS))
    } else if a.group.starts_with(PERCENT_OF) {
        // "1 percent of the Syrians arriving …" and "98 percent of the Syrian
        // refugees are Sunni Muslims" are shares of different things.
        ratio(a.value, b.value) >= MIN_PERCENT_RATIO
            && (a.value - b.value).abs() >= MIN_PERCENT_POINTS
            && a.said_of.iter().any(|w| b.said_of.contains(w))
    } else {
        // "48 minutes after the call" and "two hours before the first boat
        // came": lengths of time said of the same thing.
        if a.group.starts_with(SUM) || b.group.starts_with(SUM) {
            return a.group == b.group
                && a.said_of.iter().any(|w| b.said_of.contains(w))
                && ratio(a.value, b.value) >= MIN_SUM_RATIO
                && !bounds_allow_both(a, b);
        }
        let in_context = |g: &str| g.starts_with(TIME) || g.starts_with(MEASURE);
        let of_time = in_context(&a.group) || in_context(&b.group);
        // ("It was 35 degrees on the floor" against "temperatures had not
        // exceeded 30 degrees": the heat a story is about, however said.)
        let temperatures = a.group == TEMPERATURE && b.group == TEMPERATURE;
        if of_time
            && ((!temperatures && !a.said_of.iter().any(|w| b.said_of.contains(w)))
                || ratio(a.value, b.value) > MAX_TIME_RATIO)
        {
            return false;
        }
        let plain = a.group.starts_with(PLAIN_PLURAL);
        // ("38 dogs had died after injuries …" and "nine dogs had died at
        // the track": what happened to them is said of both.)
        if plain
            && plain_event_of(&a.group).is_none()
            && !a.said_of.iter().any(|w| b.said_of.contains(w))
        {
            return false;
        }
        // ("the true figure was 180" answers "300 posts were vacant" itself.)
        let just_given = a.group == COUNT_JUST_GIVEN || b.group == COUNT_JUST_GIVEN;
        // ("18 rooms to clean in a shift" against "13 rooms per shift": a
        // plain plural said of the same thing is one count.)
        // ("38 trees had been uprooted" against "52 trees down": the same
        // things, the same thing happened to them.)
        let plain_said_alike = plain
            && a.group == b.group
            && (plain_event_of(&a.group).is_some()
                || a.said_of.iter().any(|w| b.said_of.contains(w)));
        let min_ratio = if (a.group == b.group && !plain)
            || plain_said_alike
            || counts_people_alike(&a.group, &b.group)
            || just_given
        {
            SAME_GROUP_MIN_RATIO
        } else {
            MIN_RATIO
        };
        (ratio(a.value, b.value) >= min_ratio && !bounds_allow_both(a, b))
            || (min_ratio == SAME_GROUP_MIN_RATIO && outside_bound(a, b))
    }
}

/// Does an exact count fall outside the other's bound: "more than 240
/// people" against "212 people", "fewer than 20" against 26?
fn outside_bound(a: &Figure, b: &Figure) -> bool {
    const MIN_BOUND_RATIO: f64 = 1.05;
    let (low, high) = if a.value <= b.value { (a, b) } else { (b, a) };
    ratio(low.value, high.value) >= MIN_BOUND_RATIO
        && ((high.bound == Bound::AtLeast && low.bound == Bound::Exact)
            || (low.bound == Bound::AtMost && high.bound == Bound::Exact)
            || (low.bound == Bound::AtMost && high.bound == Bound::AtLeast))
}

/// Is one group the generic "people" and the other people of one kind
/// ("19 people on trolleys" against "11 patients in corridor spaces"),
/// compared as closely as one group?
fn counts_people_alike(a: &str, b: &str) -> bool {
    (a == "people" && KINDS_OF_PEOPLE.contains(&b))
        || (b == "people" && KINDS_OF_PEOPLE.contains(&a))
}

/// Groups split from "people" for one kind of person: each compares with
/// "people", not with each other.
const KINDS_OF_PEOPLE: &[&str] = &[
    "patients",
    "passengers",
    "students",
    "migrants",
    "protesters",
];

/// Can both counts be right because the smaller is only a lower bound
/// ("at least 40" against 71) or a part of the whole ("eight of our
/// guests" against 140), the larger only an upper one ("fewer than 1,000"
/// against 800), or one tells what happens at times? ("Nine of its members
/// were arrested" is a part larger than "three people were arrested": both
/// cannot be right.)
fn bounds_allow_both(a: &Figure, b: &Figure) -> bool {
    let (low, high) = if a.value <= b.value { (a, b) } else { (b, a) };
    matches!(low.bound, Bound::AtLeast | Bound::Alone | Bound::Part)
        || high.bound == Bound::AtMost
        || a.bound == Bound::AtTimes
        || b.bound == Bound::AtTimes
}

/// Two changes in the same direction conflict when this many points apart
/// (and [`MIN_RATIO`] times).
const MIN_CHANGE_POINTS: f64 = 5.0;

/// How many words after a share's group tell what is said of it.
const SAID_OF_WORDS: usize = 8;

/// The group of a share: "percent of patient".
const PERCENT_OF: &str = "percent of ";
/// Two shares of the same group conflict when one is this many times the other…
const MIN_PERCENT_RATIO: f64 = 1.5;
/// …and they are this many points apart.
const MIN_PERCENT_POINTS: f64 = 10.0;

fn ratio(a: f64, b: f64) -> f64 {
    if a <= 0.0 || b <= 0.0 {
        return 0.0;
    }
    (a / b).max(b / a)
}

/// Numbers followed (within a few words) by a quantity noun.
fn figures_in(s: &str) -> Vec<Figure> {
    if !may_hold_number(s) && !may_hold_one_unit_of_time(s) {
        return Vec::new();
    }
    // ("counted “at least 70” guests": a count is read through the marks
    // of a quoted fragment; each mark becomes as many spaces as it has bytes.)
    let mut unquoted = String::new();
    let s = if s.contains(['“', '”']) {
        unquoted = s.replace(['“', '”'], "   ");
        unquoted.as_str()
    } else {
        s
    };
    let toks = tokenize(s, Span::new(0, s.len()));
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let Some(value) = number_value(t.text(s), t.kind).or_else(|| one_unit_of_time(s, &toks, i))
        else {
            continue;
        };
        // "Twelve thousand": the multiplier belongs to the number before it.
        if i > 0 && number_value(toks[i - 1].text(s), toks[i - 1].kind).is_some() {
            continue;
        }
        if let Some(figure) = share_at(s, &toks, i, value) {
            out.push(figure);
            continue;
        }
        // "in 1952", "three times larger", "two kilometres": a year, a
        // multiplier or a measure counts nothing a party could dispute.
        // "most of the 6,000 homes it cited": a count already given.
        let given_before = i > 0
            && matches!(
                toks[i - 1].text(s).lower().as_ref(),
                "the" | "those" | "these"
            );
        if is_year(t.text(s), t.kind)
            || given_before
            || size_of_a_thing(s, &toks, i)
            || is_day_of_month(s, &toks, i)
            || cited_from_another(s, &toks, i)
        {
            continue;
        }
        if let Some(figure) =
            duration_at(s, &toks, i, value).or_else(|| measure_at(s, &toks, i, value))
        {
            out.push(figure);
            continue;
        }
        if money_rate_at(s, &toks, i, value).is_none()
            && let Some(figure) = sum_at(s, &toks, i, value)
        {
            out.push(figure);
            continue;
        }
        if measures_after(s, &toks, i) {
            continue;
        }
        if let Some(figure) = money_rate_at(s, &toks, i, value) {
            out.push(figure);
            continue;
        }
        if let Some((noun, group)) = number_of_before(s, &toks, i) {
            out.push(Figure {
                value,
                group: group.to_owned(),
                written: format!("{noun}: {}", t.text(s)),
                said_of: Vec::new(),
                rising: None,
                bound: bound_at(s, &toks, i),
                event: None,
            });
            continue;
        }
        if let Some((noun, group)) = counted_before(s, &toks, i) {
            let crowd = matches!(noun, "crowd" | "turnout" | "attendance");
            out.push(Figure {
                value,
                group: group.to_owned(),
                written: format!("{noun} of {}", t.text(s)),
                said_of: Vec::new(),
                rising: None,
                bound: bound_at(s, &toks, i),
                event: crowd.then_some(IN_THE_CROWD),
            });
            continue;
        }
        out.extend(counted_after(s, &toks, i, value));
    }
    if !unquoted.is_empty() {
        for figure in &mut out {
            figure.written = figure
                .written
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    out
}

/// "a group chat with 300 people in it", "a village with 400 homes": the
/// number at token `i` tells how big a thing is, not how many something
/// happened to.
fn size_of_a_thing(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> bool {
    i >= 2 && toks[i - 1].text(s).lower() == "with" && toks[i - 2].is_word() && {
        let noun = toks[i - 2].text(s).lower();
        LEXICONS.verb(&noun).is_none()
            && !LEXICONS.function_words.contains(&*noun)
            && !noun.ends_with("ed")
    }
}

/// The figure of the number at token `i` (of `value`) counted by a noun a
/// few words after it: "1.2 million people", "12 people had died",
/// "about 40 runners".
fn counted_after(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    mut value: f64,
) -> Option<Figure> {
    // ("61,000 more passengers than on a normal Saturday": a difference,
    // no count.)
    if toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.text(s).lower().as_ref(),
            "more" | "fewer" | "less" | "extra" | "additional"
        )
    }) {
        return None;
    }
    if let Some(figure) = partitive_event(s, toks, i, value) {
        return Some(figure);
    }
    // (Where a noun just after the number, or after its multiplier, stands.)
    let mut noun_at = i + 1;
    for (k, u) in toks.iter().enumerate().skip(i + 1).take(MAX_GAP) {
        let word = u.text(s).lower();
        // "1.2 million people": a multiplier, then what is counted.
        let multiplier = match word.as_ref() {
            "hundred" => 1e2,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            _ => 1.0,
        };
        let counts_more = toks
            .get(k + 1)
            .is_some_and(|n| n.is_word() && n.text(s).lower() != "dollars");
        if multiplier > 1.0 && counts_more {
            value *= multiplier;
            noun_at = k + 1;
            continue;
        }
        if let Some(group) = LEXICONS.quantities.get(word.as_str()) {
            return Some(counted_figure(s, toks, (i, k), value, group));
        }
        // "about 40 runners", "38,000 salmon had escaped": a plural noun
        // just after the number counts a thing of its own, compared only
        // with the same noun.
        // ("300 officer posts", "7,900 penalty charge notices": one or two
        // modifiers before the plural.)
        let modified = (noun_at + 1..=noun_at + MAX_PLURAL_MODIFIERS).contains(&k)
            && toks.get(noun_at..k).is_some_and(|ms| {
                ms.iter().all(|m| {
                    let m = m.text(s);
                    m.bytes().all(|b| b.is_ascii_lowercase())
                        && !m.ends_with('s')
                        && !LEXICONS.function_words.contains(m)
                })
            });
        if (k == noun_at || modified)
            && let Some(group) = plain_plural_group(&word, u.is_word())
        {
            return Some(counted_figure(s, toks, (i, k), value, &group));
        }
        if !u.is_word() || k > i + MAX_GAP {
            return None;
        }
    }
    None
}

/// Most modifiers between a number and the plural noun it counts.
const MAX_PLURAL_MODIFIERS: usize = 2;

/// "Fewer than a dozen of them were hurt", "two of whom died": a count of
/// people a pronoun names, by what happened to them. Without an event
/// ("three of them were sisters") it counts nothing of its own; "three of
/// those detained" counts a part of the group it names.
fn partitive_event(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    value: f64,
) -> Option<Figure> {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).to_lowercase());
    if word(i + 1).as_deref() != Some("of")
        || !matches!(word(i + 2).as_deref(), Some("them" | "whom"))
    {
        return None;
    }
    let k = i + 2;
    let happened = what_happened(s, toks.get(k + 1..)?, "people");
    (happened != "people").then(|| Figure {
        bound: bound_of_count(s, toks, i),
        ..counted_figure(s, toks, (i, k), value, "people")
    })
}

/// False when `s` has no "a" or "an" before a unit of time ("an hour",
/// "a week"), which [`one_unit_of_time`] reads.
fn may_hold_one_unit_of_time(s: &str) -> bool {
    [
        "an hour", "a minute", "a day", "a week", "a month", "a year",
    ]
    .iter()
    .any(|phrase| s.contains(phrase))
}

/// Words before "a" or "an" and a unit of time that make it a length of
/// time ("for an hour", "more than a week", "half an hour").
const ONE_UNIT_AFTER: &[&str] = &[
    "for", "about", "nearly", "almost", "over", "than", "within", "took", "lasted", "half",
];

/// "for an hour and a half", "more than a week": the value of a length of
/// time given with "a" or "an" at token `i` (one unit, half of one after
/// "half", one and a half before "and a half").
fn one_unit_of_time(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> Option<f64> {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    if !matches!(word(i)?.as_ref(), "a" | "an") {
        return None;
    }
    let unit = word(i + 1)?;
    if !TIME_UNITS.iter().any(|(u, _)| *u == &*unit) {
        return None;
    }
    let before = word(i.checked_sub(1)?)?;
    if !ONE_UNIT_AFTER.contains(&before.as_ref()) {
        return None;
    }
    let and_a_half = word(i + 2).as_deref() == Some("and")
        && word(i + 3).as_deref() == Some("a")
        && word(i + 4).as_deref() == Some("half");
    Some(if before == "half" {
        0.5
    } else if and_a_half {
        1.5
    } else {
        1.0
    })
}

/// The group of a count of some plural noun the quantity lexicon does not
/// know: the noun itself, marked so that it compares only with itself.
const PLAIN_PLURAL: &str = "plural ";

/// How many words either side of a count of a plain plural say what is
/// said of it: its own clause, not the sentence's setting.
const PLAIN_SAID_OF_WORDS: usize = 6;

/// Fewest letters of a plural noun counted in a group of its own.
const MIN_PLURAL_LETTERS: usize = 4;

/// `word` as a group of its own ([`PLAIN_PLURAL`]) when it is a longer
/// lowercase plural that is no unit, time word or function word.
fn plain_plural_group(word: &str, is_word: bool) -> Option<String> {
    let plural = is_word
        && word.len() >= MIN_PLURAL_LETTERS
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && word.bytes().all(|b| b.is_ascii_lowercase());
    let known = CURRENCY_WORDS.contains(&word)
        || LEXICONS.time_words.contains(word)
        || LEXICONS.function_words.contains(word)
        || TIME_UNITS.iter().any(|(u, _)| *u == word)
        || MEASURE_WORDS.contains(&word)
        || MEASURE_UNITS.iter().any(|(u, _, _)| *u == word);
    (plural && !known).then(|| format!("{PLAIN_PLURAL}{word}"))
}

/// The figure of the number at token `i` whose quantity noun (of `group`)
/// is token `k`: "12 people had died", "not 600 people".
fn counted_figure(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    (i, k): (usize, usize),
    value: f64,
    group: &str,
) -> Figure {
    let bound = bound_at(s, toks, i);
    let written = Span::new(toks[i].span.start, toks[k].span.end).slice(s);
    Figure {
        value,
        group: per_period(
            s,
            toks,
            k,
            averaged(
                s,
                toks,
                i,
                hired_before(s, toks, i, group)
                    .unwrap_or_else(|| what_happened(s, &toks[k + 1..], group)),
            ),
        ),
        written: if bound == Bound::Denied {
            format!("not {written}")
        } else {
            written.to_owned()
        },
        // ("five hours" compares with "40 minutes" said of the same thing.)
        said_of: if group == "hours" {
            words_around(s, toks, i, TIME_SAID_OF_WORDS)
        } else if let Some(noun) = group.strip_prefix(PLAIN_PLURAL) {
            // ("40 runners had been treated" and "treated nearly three
            // hundred runners": what is said of the thing counted.)
            let stem: String = noun.chars().take(SAID_OF_MIN_LETTERS).collect();
            let clause = clause_around(s, toks, i, PLAIN_SAID_OF_WORDS);
            let mut around = words_around(s, &toks[clause.clone()], i - clause.start, clause.len());
            around.retain(|w| *w != stem);
            around
        } else {
            Vec::new()
        },
        rising: None,
        bound,
        event: event_of(s, toks, i, k),
    }
}

/// The group of a length of time, in hours: "48 minutes", "11 months", a
/// "23-minute interview". It compares with "hours" and with itself, and only
/// between passages that share a longer word ("the delay", "the bridge").
const TIME: &str = "time";

/// Units of time and their length in hours.
const TIME_UNITS: &[(&str, f64)] = &[
    ("hour", 1.0),
    ("minute", 1.0 / 60.0),
    ("minutes", 1.0 / 60.0),
    ("day", 24.0),
    ("days", 24.0),
    ("week", 168.0),
    ("weeks", 168.0),
    ("month", 730.0),
    ("months", 730.0),
    ("year", 8766.0),
    ("years", 8766.0),
];

/// Words after a length of time that make it a point in time or an age
/// ("two years ago", "52 years old"), not how long something took.
const NOT_A_LENGTH_AFTER: &[&str] = &["ago", "old", "later", "earlier", "from", "younger", "older"];

/// A length of time at the number token `i`: "48 minutes after the call",
/// "about four months behind", "a 23-minute interview". ("every two weeks"
/// is how often, "two years ago" when: neither is a length.)
fn duration_at(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    value: f64,
) -> Option<Figure> {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    let hyphenated = toks
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Punct('-'));
    let unit_at = if hyphenated { i + 2 } else { i + 1 };
    let unit = word(unit_at)?;
    let hours = TIME_UNITS.iter().find(|(u, _)| *u == &*unit)?.1;
    let when = word(unit_at + 1).is_some_and(|w| NOT_A_LENGTH_AFTER.contains(&w.as_ref()));
    let how_often = i > 0 && word(i - 1).as_deref() == Some("every");
    // "four hours and 40 minutes": the rest of a length already given.
    let rest_of_length = i > 1
        && word(i - 1).as_deref() == Some("and")
        && word(i - 2).is_some_and(|w| w == "hours" || TIME_UNITS.iter().any(|(u, _)| *u == &*w));
    // "in the 12 months to March", "over the past five years": a period.
    let period = i > 0
        && word(i - 1).is_some_and(|w| {
            matches!(
                w.as_ref(),
                "the" | "those" | "these" | "last" | "past" | "next" | "previous" | "first"
            )
        });
    if when || how_often || period || rest_of_length {
        return None;
    }
    Some(Figure {
        value: value * hours,
        group: averaged(s, toks, i, TIME.to_owned()),
        written: Span::new(toks[i].span.start, toks[unit_at].span.end)
            .slice(s)
            .to_owned(),
        said_of: words_around(s, toks, i, TIME_SAID_OF_WORDS),
        rising: None,
        bound: bound_at(s, toks, i),
        event: None,
    })
}

/// The group of a measure other than time: "measure of tonnes".
const MEASURE: &str = "measure of ";
/// The group of a temperature.
const TEMPERATURE: &str = "measure of degrees";

/// Units of measure, the unit they are compared in, and how many of it each is.
const MEASURE_UNITS: &[(&str, &str, f64)] = &[
    ("tonnes", "tonnes", 1.0),
    ("tons", "tonnes", 1.0),
    ("kilometres", "kilometres", 1.0),
    ("kilometers", "kilometres", 1.0),
    ("km", "kilometres", 1.0),
    ("miles", "kilometres", 1.609),
    ("hectares", "hectares", 1.0),
    ("acres", "hectares", 0.4047),
    ("degrees", "degrees", 1.0),
    ("litres", "litres", 1.0),
    ("liters", "litres", 1.0),
    ("metres", "metres", 1.0),
    ("meters", "metres", 1.0),
];

/// A measure at the number token `i` ("40 tonnes of food", "900 hectares",
/// "37 degrees"), compared like a length of time: only with a measure in the
/// same unit said of the same thing. ("a 40-tonne lorry" describes a thing.)
fn measure_at(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    value: f64,
) -> Option<Figure> {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    // ("40 million litres": a multiplier may stand before the unit.)
    let multiplier = match word(i + 1).as_deref() {
        Some("thousand") => 1e3,
        Some("million") => 1e6,
        Some("billion") => 1e9,
        _ => 1.0,
    };
    let unit_at = if multiplier > 1.0 { i + 2 } else { i + 1 };
    let unit = word(unit_at)?;
    let (_, group, factor) = MEASURE_UNITS.iter().find(|(u, _, _)| *u == &*unit)?;
    let before = i.checked_sub(1).and_then(word);
    if before.is_some_and(|w| matches!(w.as_ref(), "the" | "those" | "these" | "every" | "per")) {
        return None;
    }
    Some(Figure {
        value: value * multiplier * factor,
        group: averaged(s, toks, i, format!("{MEASURE}{group}")),
        written: Span::new(toks[i].span.start, toks[unit_at].span.end)
            .slice(s)
            .to_owned(),
        said_of: words_around(s, toks, i, TIME_SAID_OF_WORDS),
        rising: None,
        bound: bound_at(s, toks, i),
        event: None,
    })
}

/// Lengths of time further apart than this are of different things ("for
/// eleven years" against "by 45 minutes").
const MAX_TIME_RATIO: f64 = 12.0;

/// How many words either side of a length of time say what took so long.
const TIME_SAID_OF_WORDS: usize = 12;
/// Words two lengths of time must have said of both to be of the same
/// thing when their passages share no longer word.
const MIN_TIME_SAID_OF_SHARED: usize = 2;

/// Fewest letters of a word that says what a figure is of.
const SAID_OF_MIN_LETTERS: usize = 5;

/// Longer words that say nothing of what a figure is of.
const GENERIC_WORDS: &[&str] = &[
    "hours", "about", "under", "first", "since", "after", "before", "which", "their", "there",
    "would", "could", "every", "other", "average", "median", "almost", "nearly", "around", "least",
    "than", "those", "these", "still", "while", "where", "being", "within", "million", "billion",
    "thousand", "worth", "total",
];

/// The longer words within `n` tokens either side of token `i` (not units of
/// time), each cut to its first five letters so that "waited" and
/// "waiting", "delay" and "delayed" meet.
fn words_around(s: &str, toks: &[crate::engine::tokens::Token], i: usize, n: usize) -> Vec<String> {
    toks[i.saturating_sub(n)..toks.len().min(i + n + 1)]
        .iter()
        .filter(|t| t.is_word() && t.text(s).chars().count() >= SAID_OF_MIN_LETTERS)
        .map(|t| t.text(s).to_lowercase())
        .filter(|w| {
            !(TIME_UNITS.iter().any(|(u, _)| u == w)
                || MEASURE_UNITS.iter().any(|(u, _, _)| u == w)
                || GENERIC_WORDS.contains(&w.as_str())
                || CURRENCY_WORDS.contains(&w.as_str()))
        })
        .map(|w| w.chars().take(SAID_OF_MIN_LETTERS).collect())
        .collect()
}

/// The tokens of the clause around token `i`, at most `n` either side:
/// up to a punctuation mark or a word that opens another clause ("and",
/// "that", "but", "while").
fn clause_around(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    n: usize,
) -> std::ops::Range<usize> {
    let bounds = |t: &crate::engine::tokens::Token| {
        !t.is_word() && t.kind != TokenKind::Number
            || matches!(t.text(s).lower().as_ref(), "and" | "that" | "but" | "while")
    };
    let start = (i.saturating_sub(n)..i)
        .rev()
        .find(|&k| bounds(&toks[k]))
        .map_or(i.saturating_sub(n), |k| k + 1);
    let end = (i + 1..toks.len().min(i + n + 1))
        .find(|&k| bounds(&toks[k]))
        .unwrap_or(toks.len().min(i + n + 1));
    start..end
}

/// The group of a sum of money said of something ("debts of around 95
/// million pounds", "the stadium came in at $745 million"). Sums compare
/// only between passages that say them of the same thing.
const SUM: &str = "sum";

/// Two sums said of the same thing conflict when one is this many times the
/// other: "$745 million" against "$812 million".
const MIN_SUM_RATIO: f64 = 1.08;

/// Two figures this close are the same figure.
const SAME_VALUE_RATIO: f64 = 1.02;

/// Words after a number that make it a sum of money.
const CURRENCY_WORDS: &[&str] = &[
    "pounds",
    "dollars",
    "euros",
    "crowns",
    "kronor",
    "kroner",
    "francs",
    "yen",
    "yuan",
    "rupees",
    "pesos",
    "rand",
    "shillings",
    "zlotys",
    "dinars",
    "roubles",
    "rubles",
    "lira",
    "naira",
];

/// How many words either side of a sum say what it is of.
const SUM_SAID_OF_WORDS: usize = 8;

/// A sum of money at the number token `i`: "£41 million", "$745 million",
/// "40 million pounds". A rate ("£36,000 a year", "£12 an hour") is of too
/// many different things to compare, unless an average (see
/// [`money_rate_at`]).
fn sum_at(s: &str, toks: &[crate::engine::tokens::Token], i: usize, value: f64) -> Option<Figure> {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    let signed = i > 0
        && toks
            .get(i - 1)
            .is_some_and(|t| CURRENCY_SIGNS.contains(&t.text(s)));
    // ("$2-billion": the multiplier may be joined by a hyphen.)
    let hyphen = toks
        .get(i + 1)
        .is_some_and(|t| t.kind == TokenKind::Punct('-'));
    let at = if hyphen { i + 2 } else { i + 1 };
    let multiplier = match word(at).as_deref() {
        Some("thousand") => 1e3,
        Some("million" | "m") => 1e6,
        Some("billion" | "bn") => 1e9,
        Some("trillion") => 1e12,
        _ => 1.0,
    };
    let after = if multiplier > 1.0 { at + 1 } else { i + 1 };
    let named = word(after).is_some_and(|w| CURRENCY_WORDS.contains(&w.as_ref()));
    if !signed && !named {
        return None;
    }
    let end = if named { after } else { after - 1 };
    let period_after = toks.iter().skip(end + 1).take(RATE_WORDS_AFTER).any(|t| {
        let w = t.text(s).lower();
        RATE_PERIODS.contains(&w.as_ref()) || w == "year"
    });
    // "€400,000 of borrowed money for every permanent job".
    let share_after = toks
        .iter()
        .skip(end + 1)
        .take(SUM_SAID_OF_WORDS)
        .take_while(|t| t.is_word())
        .any(|t| matches!(t.text(s).lower().as_ref(), "every" | "per" | "each"));
    // "$2-300 million": a range.
    let range = hyphen && toks.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number);
    if period_after || share_after || range {
        return None;
    }
    let start = if signed { i - 1 } else { i };
    Some(Figure {
        value: value * multiplier,
        group: averaged(s, toks, start, SUM.to_owned()),
        written: Span::new(toks[start].span.start, toks[end].span.end)
            .slice(s)
            .to_owned(),
        said_of: words_around(s, toks, i, SUM_SAID_OF_WORDS),
        rising: None,
        bound: bound_at(s, toks, start),
        event: None,
    })
}

/// Currency signs before a sum of money.
const CURRENCY_SIGNS: &[&str] = &["£", "$", "€"];
/// Periods a sum of money is paid per: "£7.10 an hour", "$900 a month".
const RATE_PERIODS: &[&str] = &["hour", "week", "month"];
/// How many words before a sum may call it an average ("an average of").
const AVERAGE_WORDS_BEFORE: usize = 4;
/// How many words after a sum may give its period ("for every hour").
const RATE_WORDS_AFTER: usize = 3;

/// An average sum of money paid per period: "an average of £14.80 for
/// every hour", "an average of £7.10 an hour". Such rates (wages, fees) are
/// compared only with averages for the same period.
fn money_rate_at(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    value: f64,
) -> Option<Figure> {
    let sign = toks.get(i.checked_sub(1)?)?;
    if !CURRENCY_SIGNS.contains(&sign.text(s)) {
        return None;
    }
    let (k, period) = toks
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(RATE_WORDS_AFTER)
        .map(|(k, t)| (k, t.text(s).lower()))
        .find(|(_, w)| RATE_PERIODS.contains(&w.as_ref()))?;
    let per = toks[i + 1..k].iter().all(|t| {
        matches!(
            t.text(s).lower().as_ref(),
            "an" | "a" | "per" | "for" | "every" | "each"
        )
    });
    // "an average of £7.10 an hour" is no rate some riders earned.
    let average = toks[i.saturating_sub(AVERAGE_WORDS_BEFORE)..i]
        .iter()
        .any(|t| AVERAGE_WORDS.contains(&t.text(s).lower().as_ref()));
    // (Other rates, "less than £4 an hour", "the minimum wage is £11.44 an
    // hour", are of too many different things to compare.)
    (per && average).then(|| Figure {
        value,
        group: format!("money per {period} on average"),
        written: Span::new(sign.span.start, toks[k].span.end)
            .slice(s)
            .to_owned(),
        said_of: Vec::new(),
        rising: None,
        bound: bound_at(s, toks, i - 1),
        event: None,
    })
}

/// How many words before a figure may call it an average ("waited an
/// average of three hours", "the average wait to be seen was four hours").
const AVERAGE_NAMED_WITHIN: usize = 12;
/// Words that make a figure an average.
const AVERAGE_WORDS: &[&str] = &["average", "median", "mean", "typical", "typically"];

/// The group of a figure the words before call an average: an average
/// ("waited an average of three hours") and a count of some cases ("more
/// than 24 hours on trolleys", "up to 30 hours") are different quantities,
/// so averages are compared only with averages.
fn averaged(s: &str, toks: &[crate::engine::tokens::Token], i: usize, group: String) -> String {
    let average = toks[i.saturating_sub(AVERAGE_NAMED_WITHIN)..i]
        .iter()
        .any(|t| AVERAGE_WORDS.contains(&t.text(s).lower().as_ref()));
    if average {
        format!("{group} on average")
    } else {
        group
    }
}

/// Periods a count of people may be given per ("140 people a day").
const PERIODS: &[&str] = &["day", "night", "week", "month", "year", "hour", "shift"];

/// A count of people given per period ("serving hot meals to about 140
/// people a day") is a rate, no count of how many there are: its group
/// says so ("people a day"), and it compares only with rates per that
/// period. `k` is the token of the counted noun.
fn per_period(s: &str, toks: &[crate::engine::tokens::Token], k: usize, group: String) -> String {
    let of_people = matches!(
        group.as_str(),
        "people" | "workforce" | "military" | "population"
    ) || KINDS_OF_PEOPLE.contains(&group.as_str());
    if !of_people {
        return group;
    }
    let word = |j: usize| toks.get(j).map(|t| t.text(s).lower());
    // "140 people a day", "2,100 people on each of the last three days".
    let period = (k + 1..=k + PERIOD_WORDS_AFTER).find_map(|j| {
        let w = word(j)?;
        if !matches!(w.as_ref(), "a" | "an" | "per" | "each" | "every") {
            return None;
        }
        let next = word(j + 1)?;
        if PERIODS.contains(&next.as_ref()) {
            return Some(next.into_owned());
        }
        (w == "each")
            .then(|| {
                (j + 1..=j + PERIOD_WORDS_AFTER).find_map(|m| {
                    let plural = word(m)?;
                    let single = plural.strip_suffix('s')?;
                    PERIODS.contains(&single).then(|| single.to_owned())
                })
            })
            .flatten()
    });
    match period {
        Some(period) => format!("{group} a {period}"),
        None => group,
    }
}

/// How many words after a count of people its period may come.
const PERIOD_WORDS_AFTER: usize = 5;

/// Nouns for a figure someone gave: "the union's figure of four hours".
const CITED_FIGURE_NOUNS: &[&str] = &["figure", "figures", "estimate", "count", "tally", "claim"];

/// Is the number at token `i` a figure the speaker cites as someone
/// else's ("the union's figure of four hours and 40 minutes was wrong")?
/// It is that party's claim, not the speaker's.
fn cited_from_another(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> bool {
    let word = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| toks.get(j))
            .map(|t| t.text(s))
    };
    // ("it’s", "that’s" are contractions, not owners.)
    let owned = |w: Option<&str>| {
        w.is_some_and(|w| {
            crate::engine::mentions::is_possessive(w)
                && !matches!(
                    w.to_lowercase().as_str(),
                    "it's" | "it’s" | "that's" | "that’s"
                )
        })
    };
    word(1).is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && word(2).is_some_and(|w| CITED_FIGURE_NOUNS.contains(&w.to_lowercase().as_str()))
        && owned(word(3))
}

/// Month names and their abbreviations, lowercase, without a full stop.
const MONTHS: &[&str] = &[
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Is the number at token `i` a day of a month ("Oct. 1", "March 12")?
fn is_day_of_month(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> bool {
    let before = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| toks.get(j))
            .map(|t| t.text(s).to_lowercase())
    };
    let month = |w: Option<String>| w.is_some_and(|w| MONTHS.contains(&w.trim_end_matches('.')));
    toks[i].kind == TokenKind::Number
        && (month(before(1)) || (before(1).as_deref() == Some(".") && month(before(2))))
}

/// A four-digit number a year is written as ("in 1952", "since 2020").
pub(super) fn is_year(w: &str, kind: TokenKind) -> bool {
    kind == TokenKind::Number
        && w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

/// Words after a number that make it a multiplier or a measure rather than
/// a count: "three times larger", "two kilometres", "48 hours".
const MEASURE_WORDS: &[&str] = &[
    "times",
    "kilometres",
    "kilometers",
    "km",
    "metres",
    "meters",
    "miles",
    "feet",
    "inches",
    "centimetres",
    "millimetres",
    "mm",
    "cm",
    "kilograms",
    "kg",
    "tonnes",
    "tons",
    "litres",
    "liters",
    "degrees",
    "seconds",
    "minutes",
    "days",
    "weeks",
    "months",
    "years",
    "decades",
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "o'clock",
    "per",
];

/// Is the number at token `i` followed by a measure word?
fn measures_after(s: &str, toks: &[crate::engine::tokens::Token], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|t| MEASURE_WORDS.contains(&t.text(s).lower().as_ref()))
}

/// The group of a change given in percent: "fell by 20 percent".
const PERCENT_CHANGE: &str = "percent change";

/// How many words before a change in percent (and as many after) may say
/// what changed.
const CHANGE_SUBJECT_WORDS: usize = 8;

/// How many words before a percentage may say it is a change.
const CHANGE_WORDS_BEFORE: usize = 3;

/// A change in percent at the number token `i` ("violent crime is down 20
/// percent", "a fall of 4 percent"), said of the passage's longer words.
fn change_at(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    value: f64,
    marker_end: usize,
) -> Option<Figure> {
    let rising = toks[i.saturating_sub(CHANGE_WORDS_BEFORE)..i]
        .iter()
        .rev()
        .find_map(|t| match t.text(s).lower().as_ref() {
            "fall" | "fell" | "fallen" | "falls" | "down" | "drop" | "dropped" | "decline"
            | "declined" | "decrease" | "decreased" | "cut" | "reduction" | "reduced" => {
                Some(false)
            }
            "rise" | "rose" | "risen" | "rises" | "up" | "increase" | "increased" | "grew"
            | "growth" | "jump" | "jumped" | "climbed" => Some(true),
            _ => None,
        })?;
    let said_of = toks[i.saturating_sub(CHANGE_SUBJECT_WORDS)..]
        .iter()
        .take(2 * CHANGE_SUBJECT_WORDS)
        .filter(|t| t.is_word() && t.text(s).len() >= 5)
        .map(|t| t.text(s).to_lowercase())
        .filter(|w| {
            !LEXICONS.quantities.contains_key(w.as_str())
                && !LEXICONS.time_words.contains(w.as_str())
                && !matches!(w.as_str(), "percent" | "figures" | "numbers")
        })
        .collect();
    Some(Figure {
        value,
        group: PERCENT_CHANGE.to_owned(),
        written: Span::new(toks[i].span.start, marker_end)
            .slice(s)
            .to_owned(),
        said_of,
        rising: Some(rising),
        bound: Bound::Exact,
        event: None,
    })
}

/// A share of a group at the number token `i`: "24% of patients", "38 per
/// cent of the workers".
fn share_at(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    value: f64,
) -> Option<Figure> {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).to_lowercase());
    // The words after the number that make it a percentage.
    let marker = if toks[i].text(s).ends_with('%') {
        0
    } else if matches!(word(i + 1).as_deref(), Some("%" | "percent")) {
        1
    } else if word(i + 1).as_deref() == Some("per") && word(i + 2).as_deref() == Some("cent") {
        2
    } else {
        return None;
    };
    let mut k = i + 1 + marker;
    let marker_end = toks.get(k - 1)?.span.end;
    if word(k).as_deref() != Some("of") {
        return change_at(s, toks, i, value, marker_end);
    }
    k += 1;
    while matches!(
        word(k).as_deref(),
        Some("the" | "all" | "those" | "its" | "their")
    ) {
        k += 1;
    }
    let noun = toks.get(k).filter(|t| t.is_word())?;
    let noun_text = noun.text(s).to_lowercase();
    let said_of = toks[k + 1..]
        .iter()
        .take(SAID_OF_WORDS)
        .filter(|t| t.is_word() && t.text(s).len() >= 4)
        .map(|t| t.text(s).to_lowercase())
        .collect();
    Some(Figure {
        said_of,
        rising: None,
        bound: Bound::Exact,
        event: None,
        value,
        group: format!("{PERCENT_OF}{}", noun_text.trim_end_matches('s')),
        written: Span::new(toks[i].span.start, noun.span.end.max(marker_end))
            .slice(s)
            .to_owned(),
    })
}

/// How many words may stand between "the number of" and what it counts
/// ("the number of closed beds").
const NUMBER_OF_MODIFIERS: usize = 2;
/// How many words may stand between what "the number of" counts and the
/// number ("… beds was closer to 42").
const NUMBER_OF_VERB_WORDS: usize = 4;

/// What a number counts when "the number of" names it before: "the true
/// number of closed beds was 42" counts beds.
fn number_of_before(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
) -> Option<(String, &'static str)> {
    let from = i.saturating_sub(NUMBER_OF_MODIFIERS + NUMBER_OF_VERB_WORDS + 3);
    let words = &toks[from..i];
    if !words.iter().all(|t| t.is_word()) {
        // (Only the words of the clause: the run before the number.)
        let last_mark = words.iter().rposition(|t| !t.is_word())?;
        return number_of_in(s, &words[last_mark + 1..]);
    }
    number_of_in(s, words)
}

/// [`number_of_before`] within the words just before the number.
fn number_of_in(s: &str, words: &[crate::engine::tokens::Token]) -> Option<(String, &'static str)> {
    let at = words
        .windows(2)
        .position(|w| w[0].text(s).lower() == "number" && w[1].text(s).lower() == "of")?;
    words
        .iter()
        .enumerate()
        .skip(at + 2)
        .take(NUMBER_OF_MODIFIERS + 1)
        .find_map(|(k, t)| {
            let noun = t.text(s).to_lowercase();
            let group = LEXICONS.quantities.get(noun.as_str())?.as_str();
            (words.len() - k - 1 <= NUMBER_OF_VERB_WORDS)
                .then(|| (format!("number of {noun}"), group))
        })
}

/// What a number counts when the count is named before it: "the death toll
/// rose to 40", "a crowd of 5,000", "turnout of about 300".
fn counted_before(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
) -> Option<(&'static str, &'static str)> {
    let from = i.saturating_sub(COUNT_NAMED_WITHIN);
    toks[from..i]
        .iter()
        .enumerate()
        .rev()
        // (“put attendance at “around 12,000”: the figure quoted)
        .take_while(|(_, t)| t.is_word() || matches!(t.text(s), "“" | "\""))
        .find_map(|(k, t)| match t.text(s).lower().as_ref() {
            "toll" => Some(("toll", "deaths")),
            "crowd" => Some(("crowd", "people")),
            "turnout" => Some(("turnout", "people")),
            "attendance" => Some(("attendance", "people")),
            // "the number was closer to 200,000": the count just given
            // (but "the number of nurses" names its own).
            // ("opposite number 14", "Figure 3": a name, not a count.)
            w @ ("number" | "figure" | "tally" | "total")
                if from + k + 1 < i
                    && toks
                        .get(from + k + 1)
                        .is_none_or(|n| n.text(s).lower() != "of") =>
            {
                Some((
                    match w {
                        "number" => "number",
                        "figure" => "figure",
                        "tally" => "tally",
                        _ => "total",
                    },
                    COUNT_JUST_GIVEN,
                ))
            }
            _ => None,
        })
}

/// The group of a figure for "the number", "the figure": whatever count
/// another party gave just before.
const COUNT_JUST_GIVEN: &str = "the count just given";

/// How many sentences before its "the number was …" a count may be given.
const COUNT_JUST_GIVEN_SENTENCES: usize = 3;

/// How many words before a number the count it gives may be named ("the
/// death toll from the earthquake in Jajarkot district had risen to 38").
const COUNT_NAMED_WITHIN: usize = 12;

/// "had hired 1,150 nurses": people hired are no count of a workforce;
/// "had treated 312 people", "arrested 14": no count of a crowd either.
fn hired_before(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    group: &str,
) -> Option<String> {
    let of_people = matches!(group, "people" | "workforce") || KINDS_OF_PEOPLE.contains(&group);
    let hired = toks[i.saturating_sub(3)..i].iter().any(|t| {
        matches!(
            t.text(s).to_lowercase().as_str(),
            "hired" | "hiring" | "recruited" | "recruiting" | "hire" | "recruit"
        )
    });
    if !of_people {
        return None;
    }
    if hired {
        return Some("hires".to_owned());
    }
    // "crews had treated 312 people", "police arrested 14 people": what was
    // done to them, told before the count, makes a count of its own.
    toks[i.saturating_sub(3)..i]
        .iter()
        .find_map(|t| match t.text(s).to_lowercase().as_str() {
            "treated" | "treating" | "injured" | "wounded" => Some("injuries"),
            "arrested" | "detained" | "arresting" | "detaining" => Some("arrests"),
            "killed" | "killing" => Some("deaths"),
            "evacuated" | "evacuating" | "displaced" => Some("displaced"),
            "admitted" | "admitting" => Some("admissions"),
            "feeding" | "fed" | "sheltering" | "housing" | "housed" => Some("sheltered"),
            _ => None,
        })
        .map(ToOwned::to_owned)
}

/// Words that say a count of people is of those aboard, those rescued, or
/// how many a vessel may carry ("carrying 84 passengers", "61 people had
/// been pulled from the water", "licensed to carry 120"). Counts of
/// different events are different counts, however near in the article.
const PEOPLE_EVENTS: &[(&str, &str)] = &[
    // All who came or joined: "32,000 people and their cars arriving",
    // "420 people had signed up" (no count of staff or of children).
    ("arriving", IN_THE_CROWD),
    ("attended", IN_THE_CROWD),
    ("attending", IN_THE_CROWD),
    ("signed", IN_THE_CROWD),
    ("volunteered", IN_THE_CROWD),
    ("aboard", "aboard"),
    ("boarded", "aboard"),
    ("carrying", "aboard"),
    ("carried", "aboard"),
    ("rescued", "rescued"),
    ("saved", "rescued"),
    ("pulled", "rescued"),
    ("survived", "rescued"),
    ("licensed", "capacity"),
    ("capacity", "capacity"),
    ("permitted", "capacity"),
    ("allowed", "capacity"),
    // Staff who keep work with the employer, against jobs that go: "120
    // employees had accepted transfers", "more than 900 jobs gone".
    ("transfers", "kept"),
    ("transfer", "kept"),
    ("transferred", "kept"),
    ("redeployed", "kept"),
    ("redeployment", "kept"),
    ("relocated", "kept"),
    ("retained", "kept"),
    ("gone", "lost"),
    ("lost", "lost"),
    ("lose", "lost"),
    ("losing", "lost"),
    ("axed", "lost"),
    ("eliminated", "lost"),
    ("redundant", "lost"),
];

/// How many words before a count may tell its event ("licensed to carry 120").
const EVENT_WORDS_BEFORE: usize = 3;

/// The event the count at token `i` (its noun at `k`) is of: the nearest
/// event word before it, or after its noun within its clause ("were on
/// board", "had been pulled from the water").
fn event_of(
    s: &str,
    toks: &[crate::engine::tokens::Token],
    i: usize,
    k: usize,
) -> Option<&'static str> {
    let event = |t: &crate::engine::tokens::Token| {
        let w = t.text(s).lower();
        PEOPLE_EVENTS
            .iter()
            .find(|(word, _)| *word == &*w)
            .map(|(_, e)| *e)
    };
    let before = toks[i.saturating_sub(EVENT_WORDS_BEFORE)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .find_map(event);
    let after = || {
        let words: Vec<_> = toks
            .get(k + 1..)
            .unwrap_or_default()
            .iter()
            .take(WHAT_HAPPENED_WITHIN)
            .take_while(|t| t.is_word())
            .collect();
        words.iter().enumerate().find_map(|(j, t)| {
            let on_board = t.text(s).lower() == "on"
                && words
                    .get(j + 1)
                    .is_some_and(|n| n.text(s).lower() == "board");
            if on_board { Some("aboard") } else { event(t) }
        })
    };
    before.or_else(after)
}

/// How many words after a count of people may tell what happened to them.
const WHAT_HAPPENED_WITHIN: usize = 6;

/// "12 people had died": people counted by what happened to them are deaths
/// (or injuries, or missing people), the same count as "40 bodies".
/// "38 dogs had died" is the plain plural's count of deaths ("plural dogs
/// deaths"), which compares with "17 deaths" and "nine dogs had died".
fn what_happened(s: &str, after: &[crate::engine::tokens::Token], group: &str) -> String {
    if group.starts_with(PLAIN_PLURAL) {
        // ("38 trees had been uprooted or snapped" and "52 trees down": the
        // things brought down, however said; "38 dogs had died or been put
        // down" died.)
        return match brought_down(s, after).or_else(|| happened_to_people(s, after)) {
            Some(event) => format!("{group} {event}"),
            None => group.to_owned(),
        };
    }
    if !matches!(group, "people" | "population" | "workforce" | "military")
        && !KINDS_OF_PEOPLE.contains(&group)
    {
        return group.to_owned();
    }
    happened_to_people(s, after).map_or_else(|| group.to_owned(), ToOwned::to_owned)
}

/// What things (not people) brought down are counted as: "trees down",
/// "had come down", "were felled", "uprooted or snapped".
const BROUGHT_DOWN: &str = "brought down";

/// Whether the words just after a count of things say they were brought
/// down ([`BROUGHT_DOWN`]).
fn brought_down(s: &str, after: &[crate::engine::tokens::Token]) -> Option<&'static str> {
    let words: Vec<String> = after
        .iter()
        .take(WHAT_HAPPENED_WITHIN)
        .take_while(|t| t.is_word())
        .map(|t| t.text(s).to_lowercase())
        .collect();
    // (Animals "put down" were killed: deaths, read by the caller.)
    words
        .iter()
        .enumerate()
        .any(|(j, w)| match w.as_str() {
            "down" => j == 0 || words[j - 1] != "put",
            "felled" | "toppled" | "uprooted" | "snapped" | "flattened" | "fallen" => true,
            _ => false,
        })
        .then_some(BROUGHT_DOWN)
}

/// What the words just after a count say happened to what it counts:
/// "deaths", "injuries", "displaced", …
fn happened_to_people(s: &str, after: &[crate::engine::tokens::Token]) -> Option<&'static str> {
    // "31 people were still listed as missing": within the clause.
    let words: Vec<&crate::engine::tokens::Token> = after
        .iter()
        .take(WHAT_HAPPENED_WITHIN)
        .take_while(|t| t.is_word())
        .collect();
    let word_at = |k: usize| words.get(k).map(|t| t.text(s).to_lowercase());
    for (k, t) in words.iter().enumerate() {
        match t.text(s).to_lowercase().as_str() {
            // "1,200 people left Harlow Creek", "had left their homes": an
            // evacuation, as "fled" tells.
            "left"
                if words.get(k + 1).is_some_and(|n| n.is_capitalised(s))
                    || (matches!(word_at(k + 1).as_deref(), Some("the" | "their"))
                        && matches!(
                            word_at(k + 2).as_deref(),
                            Some(
                                "homes"
                                    | "houses"
                                    | "town"
                                    | "towns"
                                    | "city"
                                    | "village"
                                    | "villages"
                                    | "area"
                                    | "valley"
                            )
                        )) =>
            {
                return Some("displaced");
            }
            // "430 nurses had left the public system" against "had hired
            // 1,150 nurses": people leaving are no count of the staff.
            "left"
                if words.get(k + 1).is_none_or(|n| {
                    matches!(
                        n.text(s).to_lowercase().as_str(),
                        "the" | "their" | "its" | "a" | "an" | "for" | "in" | "since"
                    )
                }) =>
            {
                return Some("departures");
            }
            "quit" | "resigned" | "departed" => return Some("departures"),
            "died" | "dead" | "killed" | "perished" | "drowned" => return Some("deaths"),
            "injured" | "hurt" | "wounded" | "injuries" | "collapsed" | "fainted" => {
                return Some("injuries");
            }
            "missing" | "unaccounted" => return Some("missing"),
            // "two patients remained critically ill in intensive care": the
            // gravest of the hurt, no count of all who were there.
            "critically" | "intensive" | "critical" => return Some("critically ill"),
            "fled" | "displaced" | "evacuated" | "uprooted" | "moved" | "relocated" => {
                return Some("displaced");
            }
            "arrested" | "detained" => return Some("arrests"),
            // "1,140 people had been admitted to hospital" against "2,600
            // heat-related admissions".
            "admitted" | "hospitalised" | "hospitalized" => return Some("admissions"),
            // "12,000 people had been left homeless" against "4,600 people
            // were sleeping in its tents": two counts of a disaster.
            "homeless" => return Some("homeless"),
            "sleeping" | "sheltering" | "sheltered" | "housed" | "stayed" | "staying" => {
                return Some("sheltered");
            }
            _ => {}
        }
    }
    None
}

/// Number words [`number_value`] reads.
pub(super) const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "dozen",
    "hundred",
    "thousand",
];

/// The value of each of [`NUMBER_WORDS`], in the same order.
const NUMBER_WORD_VALUES: [f64; 29] = [
    2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0,
    19.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 12.0, 100.0, 1000.0,
];

/// The byte lengths of the shortest and the longest of [`NUMBER_WORDS`]:
/// a piece of another length is none of them.
const NUMBER_WORD_LENGTHS: (usize, usize) = {
    let (mut shortest, mut longest, mut k) = (usize::MAX, 0, 0);
    while k < NUMBER_WORDS.len() {
        let len = NUMBER_WORDS[k].len();
        if len < shortest {
            shortest = len;
        }
        if len > longest {
            longest = len;
        }
        k += 1;
    }
    (shortest, longest)
};

/// False when `s` has no number: no ASCII digit (every number token starts
/// with one) and no number word. A word token made of letters is a whole run
/// of letters and digits ([`tokenize`] joins them), and only ASCII letters
/// lower-case to the ASCII letters of a number word.
pub(super) fn may_hold_number(s: &str) -> bool {
    let (shortest, longest) = NUMBER_WORD_LENGTHS;
    if s.bytes().any(|b| b.is_ascii_digit()) {
        return true;
    }
    // Runs of letters, read byte by byte; only a run of ASCII letters can be
    // a number word.
    let bytes = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        let (letter, width) = if b.is_ascii() {
            (b.is_ascii_alphabetic(), 1)
        } else {
            let c = s.get(i..).and_then(|rest| rest.chars().next());
            (
                c.is_some_and(char::is_alphabetic),
                c.map_or(1, char::len_utf8),
            )
        };
        if !letter {
            let piece = bytes.get(start..i).unwrap_or_default();
            if (shortest..=longest).contains(&piece.len())
                && NUMBER_WORDS
                    .iter()
                    .any(|w| piece.eq_ignore_ascii_case(w.as_bytes()))
            {
                return true;
            }
            start = i + width;
        }
        i += width;
    }
    let piece = bytes.get(start..).unwrap_or_default();
    (shortest..=longest).contains(&piece.len())
        && NUMBER_WORDS
            .iter()
            .any(|w| piece.eq_ignore_ascii_case(w.as_bytes()))
}

/// The counts a passage names, in digits or words ("fourteen", "14"),
/// leaving out years and numbers below [`MIN_REPEATED_VALUE`], too common
/// to point at another party's figure.
pub(super) fn values_in(s: &str) -> Vec<f64> {
    if !may_hold_number(s) {
        return Vec::new();
    }
    let toks = tokenize(s, Span::new(0, s.len()));
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(t) = toks.get(k) {
        k += 1;
        if is_year(t.text(s), t.kind) {
            continue;
        }
        let value = if t.kind == TokenKind::Number {
            number_value(t.text(s), t.kind)
        } else {
            // ("One hundred and eighty is simply wrong": one number.)
            let (value, words) = spelled_number(s, &toks[k - 1..]);
            k += words.saturating_sub(1);
            value
        };
        out.extend(value.filter(|v| *v >= MIN_REPEATED_VALUE));
    }
    out
}

/// The value of the number spelled out in words at the start of `toks`,
/// and how many tokens it takes: "one hundred and eighty" (180, four),
/// "two thousand" (2,000, two), "twelve" (12, one).
fn spelled_number(s: &str, toks: &[crate::engine::tokens::Token]) -> (Option<f64>, usize) {
    let word = |k: usize| toks.get(k).map(|t| t.text(s).to_lowercase());
    let value_at = |k: usize| {
        let w = word(k)?;
        match w.as_str() {
            "one" | "a" | "an" => Some(1.0),
            "hundred" => Some(100.0),
            "thousand" => Some(1000.0),
            "million" => Some(1e6),
            _ => toks.get(k).and_then(|t| number_value(t.text(s), t.kind)),
        }
    };
    let (mut total, mut current, mut taken, mut k) = (0.0, 0.0, 0, 0);
    while let Some(v) = value_at(k) {
        let multiplier = matches!(word(k).as_deref(), Some("hundred" | "thousand" | "million"));
        if multiplier {
            current = if current == 0.0 { v } else { current * v };
            if v >= 1000.0 {
                total += current;
                current = 0.0;
            }
        } else if current % 100.0 != 0.0 && v < 100.0 && current != 0.0 && taken > 0 {
            // ("eighty five": no number read as one here.)
            break;
        } else {
            current += v;
        }
        taken = k + 1;
        // ("hundred and eighty": "and" inside a number.)
        let and_next = word(k + 1).as_deref() == Some("and")
            && matches!(word(k).as_deref(), Some("hundred" | "thousand"));
        k += if and_next && value_at(k + 2).is_some() {
            2
        } else {
            1
        };
    }
    // A lone "a", "an" or "one" is no number.
    if taken == 1 && matches!(word(0).as_deref(), Some("one" | "a" | "an")) {
        return (None, 1);
    }
    if taken == 0 {
        return (None, 1);
    }
    (Some(total + current), taken)
}

/// The lengths of time in `s`, in hours: "two weeks" (336), "48 minutes".
/// Small numbers count here: a length repeated ("two weeks is not a figure
/// we recognise") is one party's words taken up by another.
pub(super) fn lengths_in(s: &str) -> Vec<f64> {
    if !may_hold_number(s) {
        return Vec::new();
    }
    let toks = tokenize(s, Span::new(0, s.len()));
    (0..toks.len())
        .filter_map(|i| {
            let value = number_value(toks[i].text(s), toks[i].kind)?;
            duration_at(s, &toks, i, value).map(|f| f.value)
        })
        .collect()
}

/// The smallest count [`values_in`] reads.
const MIN_REPEATED_VALUE: f64 = 3.0;

/// The value of a number word or figure; vague plurals ("thousands",
/// "dozens") count nothing precise enough to contradict.
pub(super) fn number_value(w: &str, kind: TokenKind) -> Option<f64> {
    if kind == TokenKind::Number {
        return w.trim_end_matches('%').replace(',', "").parse().ok();
    }
    let lower = w.lower();
    let word_value = |word: &str| {
        NUMBER_WORDS
            .iter()
            .position(|n| *n == word)
            .map(|k| NUMBER_WORD_VALUES[k])
    };
    // "thirty-six", "Sixty-one": tens and a unit joined by a hyphen.
    if let Some((tens, unit)) = lower.split_once('-') {
        const UNITS: &[&str] = &[
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        let tens = word_value(tens).filter(|t| (20.0..=90.0).contains(t) && t % 10.0 == 0.0)?;
        let unit = UNITS.iter().position(|u| *u == unit)?;
        return Some(tens + f64::from(u8::try_from(unit + 1).ok()?));
    }
    word_value(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_word_is_found_between_any_marks_but_not_inside_a_word() {
        for s in [
            "Twelve workers",
            "the toll—seventy—was",
            "«forty» people",
            "fifty",
            "about THIRTY",
            "as many as twenty’s",
            "dozen",
        ] {
            assert!(may_hold_number(s), "{s:?}");
        }
        for s in [
            "attendance",
            "networks often",
            "tenants",
            "décimaux sixé",
            "—",
            "",
            "one of them",
        ] {
            assert!(!may_hold_number(s), "{s:?}");
        }
        assert!(may_hold_number("in 2021"));
    }

    #[test]
    fn a_crowd_is_no_count_of_patients() {
        let crowd = figures_in("officers estimated the crowd at about 30,000 people");
        let patients = figures_in("its tents had treated 16 patients");
        let hurt = figures_in("12 people had been hurt");
        let (Some(crowd), Some(patients), Some(hurt)) =
            (crowd.first(), patients.first(), hurt.first())
        else {
            panic!("figures not read: {crowd:?} {patients:?} {hurt:?}");
        };
        assert!(!events_agree(crowd, patients));
        assert!(!events_agree(patients, crowd));
        assert!(events_agree(patients, hurt));
    }

    #[test]
    fn a_count_in_quotation_marks_counts_the_noun_after_them() {
        let counted = figures_in("she had counted “at least 70” guests who had been ill");
        let Some(f) = counted.first() else {
            panic!("no figure read");
        };
        assert_eq!((f.value, f.group.as_str()), (70.0, "people"));
        assert_eq!(f.bound, Bound::AtLeast);
        assert_eq!(f.written, "70 guests");
    }

    #[test]
    fn a_plural_counted_after_two_modifiers() {
        let fines = figures_in("7,900 penalty charge notices had been issued");
        let notices = figures_in("4,860 notices issued to patients");
        let (Some(fines), Some(notices)) = (fines.first(), notices.first()) else {
            panic!("figures not read: {fines:?} {notices:?}");
        };
        assert_eq!(fines.group, notices.group);
        assert!((fines.value - 7900.0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_part_larger_than_the_whole_conflicts() {
        let part = figures_in("nine of its members had been arrested");
        let whole = figures_in("three people were arrested");
        let guests = figures_in("Eight of our guests ended up in hospital");
        let fed = figures_in("We cooked for 140 people that day");
        let (Some(part), Some(whole), Some(guests), Some(fed)) =
            (part.first(), whole.first(), guests.first(), fed.first())
        else {
            panic!("figures not read: {part:?} {whole:?} {guests:?} {fed:?}");
        };
        assert_eq!(part.bound, Bound::Part);
        assert_eq!(guests.bound, Bound::Part);
        assert!(!bounds_allow_both(part, whole));
        assert!(bounds_allow_both(guests, fed));
    }

    #[test]
    fn a_count_made_before_losing_count_is_a_lower_bound() {
        let seen = figures_in("she had seen nine meteors before she lost count");
        assert_eq!(seen.first().map(|f| f.bound), Some(Bound::AtLeast));
    }

    #[test]
    fn a_number_spelled_in_words_is_one_value() {
        assert_eq!(values_in("One hundred and eighty is simply wrong"), [180.0]);
        assert_eq!(
            values_in("two thousand people and a dozen boats"),
            [2000.0, 12.0]
        );
        assert_eq!(values_in("a hundred, not forty"), [100.0, 40.0]);
        assert_eq!(values_in("eighty five"), [80.0, 5.0]);
        assert!(values_in("one of them, a report").is_empty());
    }

    #[test]
    fn a_pronoun_counted_by_what_happened_is_a_count_of_its_own() {
        let died = figures_in("two of whom died in hospital");
        assert_eq!(died.first().map(|f| f.group.as_str()), Some("deaths"));
        let hurt = figures_in("Fewer than a dozen of them were hurt");
        assert_eq!(
            hurt.first().map(|f| (f.group.as_str(), f.bound)),
            Some(("injuries", Bound::AtMost))
        );
        // A part of a group named after it, or no event: no count of injuries.
        for s in [
            "three of those detained were hurt",
            "three of them were sisters",
        ] {
            assert!(figures_in(s).iter().all(|f| f.group != "injuries"), "{s:?}");
        }
    }

    #[test]
    fn groups_read_as_a_reader_names_them() {
        assert_eq!(readable_group("plural rooms"), "rooms");
        assert_eq!(readable_group("plural dogs deaths"), "dogs");
        assert_eq!(readable_group(TEMPERATURE), "degrees");
        assert_eq!(readable_group("people"), "people");
    }

    #[test]
    fn lengths_of_time_are_read_however_small() {
        let told = lengths_in("repairs to the pylon line could take two weeks");
        let answered = lengths_in("“two weeks is not a figure we recognise”");
        assert_eq!(told, [336.0]);
        assert_eq!(answered, told);
        // ("two years ago" is when, "every two weeks" how often.)
        assert!(lengths_in("the line failed two years ago").is_empty());
        assert!(lengths_in("crews check it every two weeks").is_empty());
        // (Too small a count to tell whose it is: no value.)
        assert!(values_in("could take two weeks").is_empty());
    }

    #[test]
    fn shares_are_read_with_their_group() {
        let f = figures_in(
            "data showed that 24% of patients in the region, and 38 per cent of the nurses",
        );
        let groups: Vec<(f64, &str)> = f.iter().map(|f| (f.value, f.group.as_str())).collect();
        assert_eq!(
            groups,
            [(24.0, "percent of patient"), (38.0, "percent of nurse")]
        );
    }

    #[test]
    fn a_figure_cited_as_another_partys_is_no_claim() {
        assert!(figures_in("the union’s figure of four hours and 40 minutes was wrong").is_empty());
        assert!(figures_in("the union's estimate of 40 patients was wrong").is_empty());
        assert_eq!(figures_in("our figure of 40 patients is right").len(), 1);
        assert_eq!(figures_in("patients waited four hours").len(), 1);
    }

    #[test]
    fn figures_are_read_with_their_unit() {
        let f = figures_in("as many as 1,000 personnel to a few dozen");
        assert_eq!(f.len(), 1);
        assert!((f[0].value - 1000.0).abs() < f64::EPSILON);
        assert_eq!(f[0].group, "workforce");
    }
}
