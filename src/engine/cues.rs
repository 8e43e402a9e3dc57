//! Finding reporting cues in a sentence and the speaker phrase at each one.

use super::frame::{Item, lower};
use super::lexicons::{LEXICONS, VerbInfo, WordClass};
use super::lowercase::ToLower;
use super::mentions::{self, Mention};
pub use super::phrases::phrase_after;
use super::phrases::{Phrase, phrase_before};

/// One reporting cue: a verb (or "according to") and its speaker phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Item index of the verb (or of "according").
    pub verb: usize,
    /// The verb's properties ("according to" counts as a plain verb).
    pub info: VerbInfo,
    /// True for "according to X".
    pub according: bool,
    /// Item range of the speaker phrase.
    pub mention_items: (usize, usize),
    /// The mention read from that phrase.
    pub mention: Mention,
    /// True when the speaker stands after the verb ("said Peskov").
    pub inverted: bool,
    /// True for a second verb sharing an earlier verb's subject ("… and added").
    pub shared_subject: bool,
}

impl Cue {
    /// First item of the cue cluster (mention and verb).
    pub fn first(&self) -> usize {
        if self.shared_subject {
            return self.verb;
        }
        self.verb.min(self.mention_items.0)
    }

    /// One past the last item of the cluster.
    pub fn last(&self) -> usize {
        let verb_end = self.verb + if self.according { 2 } else { 1 };
        if self.shared_subject {
            return verb_end;
        }
        verb_end.max(self.mention_items.1)
    }
}

/// The cue of the reporting verb at item `verb`, with its speaker phrase.
fn verb_cue(verb: usize, info: VerbInfo, (range, mention): Phrase, inverted: bool) -> Cue {
    Cue {
        verb,
        info,
        according: false,
        mention_items: range,
        mention,
        inverted,
        shared_subject: false,
    }
}

/// A cue that is not a verb: a dash or "according to".
fn cue_without_verb(at: usize, range: (usize, usize), mention: Mention, according: bool) -> Cue {
    Cue {
        verb: at,
        shared_subject: false,
        info: VerbInfo {
            quote_only: !according,
            ..VerbInfo::default()
        },
        according,
        mention_items: range,
        mention,
        inverted: true,
    }
}

/// "“…” — Commissioner Jane Roe": the name after the dash ends the sentence.
fn dash_cue(text: &str, items: &[Item], dash: usize) -> Option<Cue> {
    let (range, mention) = phrase_after(text, items, dash + 1)?;
    (range.1 >= items.len().saturating_sub(1))
        .then(|| cue_without_verb(dash, range, mention, false))
}

/// "according to X".
fn according_cue(text: &str, items: &[Item], at: usize) -> Option<Cue> {
    let (range, mention) = phrase_after(text, items, at + 2)?;
    Some(cue_without_verb(at, range, mention, true))
}

/// "a report in the Herald that P", "the union's claims that P", "a Meridian
/// News report that P": the claim noun at `at` is a cue whose speaker is the
/// claim's owner and whose content is P. `None` without an owner or a "that"
/// clause ("the report that was published" is a relative clause).
fn claim_cue(text: &str, items: &[Item], at: usize) -> Option<Cue> {
    const MAX_OWNER_WORDS: usize = 8;
    let after = lower(text, items, at + 1);
    let (range, mention, inverted, that) = if matches!(after.as_str(), "in" | "by" | "from") {
        let (range, mention) = phrase_after(text, items, at + 2)?;
        (range, mention, true, range.1)
    } else {
        let prev = lower(text, items, at.checked_sub(1)?);
        // "a newspaper report that …", "the union report that …": a noun
        // naming a kind of party before the claim.
        let party_noun = |w: &str| {
            LEXICONS.roles.contains_key(w)
                || LEXICONS.groups.contains(w)
                || matches!(w, "television" | "radio" | "media" | "press" | "police")
        };
        let owner_before = prev.ends_with("'s")
            || prev.ends_with("’s")
            || prev.ends_with("s'")
            || prev.ends_with("s’")
            || items[at - 1]
                .token()
                .is_some_and(|t| t.is_capitalised(text))
            || (party_noun(&prev)
                && matches!(
                    lower(text, items, at.saturating_sub(2)).as_str(),
                    "a" | "an" | "the"
                ));
        if owner_before {
            let (range, mention) = super::phrases::phrase_ending_at(text, items, at)?;
            (range, mention, false, at + 1)
        } else {
            // "The union has made allegations that …": the subject of the
            // verb that makes the claim.
            let verb = claim_made_at(text, items, at)?;
            let (phrase, inverted) = speaker_of_verb(text, items, verb, VerbInfo::default())?;
            (phrase.0, phrase.1, inverted, at + 1)
        }
    };
    // "a report in The Globe and Mail Thursday that …"
    let mut that = that;
    loop {
        let w = lower(text, items, that);
        let next = lower(text, items, that + 1);
        if LEXICONS.time_words.contains(w.as_str()) {
            that += 1;
        } else if matches!(w.as_str(), "on" | "last" | "this")
            && LEXICONS.time_words.contains(next.as_str())
        {
            that += 2;
        } else {
            break;
        }
    }
    // "a report by the National Audit Office which found that …"
    if let Some(after) = super::content::reported_by_relative(text, items, that) {
        that = after;
    }
    if range.1 - range.0 > MAX_OWNER_WORDS || lower(text, items, that) != "that" {
        return None;
    }
    let next = lower(text, items, that + 1);
    let relative = LEXICONS.verb(&next).is_some()
        || matches!(
            next.as_str(),
            "was" | "were" | "is" | "are" | "has" | "have" | "had" | "appeared" | "ran"
        );
    if relative {
        return None;
    }
    let info = VerbInfo::default();
    Some(verb_cue(at, info, (range, mention), inverted))
}

/// Verbs by which a party makes a claim it then holds: "made allegations
/// that …", "levelled accusations that …".
const CLAIM_MAKING_VERBS: &[&str] = &[
    "made",
    "make",
    "makes",
    "making",
    "levelled",
    "leveled",
    "aired",
    "published",
    "repeated",
];

/// The item of the verb that makes the claim noun at item `at` ("made
/// allegations", "went public with claims", "made fresh claims"), if any.
fn claim_made_at(text: &str, items: &[Item], at: usize) -> Option<usize> {
    let mut k = at.checked_sub(1)?;
    if matches!(
        lower(text, items, k).as_str(),
        "fresh" | "new" | "further" | "the"
    ) {
        k = k.checked_sub(1)?;
    }
    let word = lower(text, items, k);
    if CLAIM_MAKING_VERBS.contains(&word.as_str()) {
        return Some(k);
    }
    // "has gone public with allegations that …"
    (word == "with" && k >= 2 && lower(text, items, k - 1) == "public")
        .then(|| k - 2)
        .filter(|&v| {
            matches!(
                lower(text, items, v).as_str(),
                "went" | "gone" | "go" | "goes"
            )
        })
}

/// "the city's claim of 974", "a report": after a determiner or a possessive
/// (`prev`, lowercase) a reporting verb's form is a noun.
fn is_noun_use(prev: &str) -> bool {
    matches!(
        prev,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "this" | "these" | "those"
    ) || prev.ends_with("'s")
        || prev.ends_with("’s")
}

/// True when item `i` (the word `raw`) and the next read "according to".
fn opens_according_to(text: &str, items: &[Item], i: usize, raw: &str) -> bool {
    // (Only ASCII letters lower-case to ASCII letters other than "k".)
    (raw.len() == "according".len() || !raw.is_ascii())
        && raw.lower() == "according"
        && lower(text, items, i + 1) == "to"
}

/// Is the word at item `i` (lowercase `word`, after `prev`; `claim` when
/// it may be a claim noun) a noun here, though it may be a verb?
fn used_as_noun(
    text: &str,
    items: &[Item],
    i: usize,
    (word, prev): (&str, &str),
    claim: bool,
) -> bool {
    // ("rejected reports that …", "denied claims that …": the object of
    // a denial is a noun.)
    let denied_object = claim
        && LEXICONS
            .contradiction_cues
            .iter()
            .any(|(_, cue)| cue.len() == 1 && cue[0] == prev);
    // ("a newspaper report “…”", "a Herald report": after "a" and one
    // word, a claim noun in its base form has no singular subject to
    // be the verb of.)
    let singular_noun = claim
        && LEXICONS.lemma(word) == Some(word)
        && matches!(lower(text, items, i.wrapping_sub(2)).as_str(), "a" | "an");
    // ("The union made claims that were withdrawn": the object made.)
    let made_object = claim && claim_made_at(text, items, i).is_some();
    is_noun_use(prev) || denied_object || singular_noun || made_object
}

/// "cloud had denied them a view", "refused him a visa": something
/// withheld from someone, no claim denied (the verb at item `i`).
fn withholds(text: &str, items: &[Item], i: usize, word: &str) -> bool {
    withheld_from(word, &lower(text, items, i + 1), &lower(text, items, i + 2))
}

/// Do a verb and the two words after it (lowercase) withhold something
/// from someone ("denied them a view") rather than deny a claim?
pub(super) fn withheld_from(verb: &str, next: &str, after: &str) -> bool {
    matches!(verb, "denied" | "denies" | "deny" | "refused" | "refuses")
        && matches!(next, "them" | "him" | "her" | "us" | "me" | "you")
        && matches!(after, "a" | "an" | "the" | "any")
}

/// All cues in a sentence whose speaker phrase could be read.
pub fn find(text: &str, items: &[Item]) -> Vec<Cue> {
    let mut out = Vec::new();
    for i in 0..items.len() {
        let Some(tok) = items[i].token() else {
            continue;
        };
        // "“…” — Commissioner Jane Roe": a dash after a quotation names its speaker.
        if (tok.is_punct('—') || tok.is_punct('–'))
            && i > 0
            && matches!(items[i - 1], Item::Quote(_))
        {
            out.extend(dash_cue(text, items, i));
            continue;
        }
        let raw = tok.text(text);
        if opens_according_to(text, items, i, raw) {
            out.extend(according_cue(text, items, i));
            continue;
        }
        if tok.is_capitalised(text) {
            continue;
        }
        let word = tok.lower(text);
        let class = LEXICONS.class(&word);
        // "a report in the Herald that …", "the union's claims that …": the
        // claim is its owner's, whoever denies it.
        if class.any(WordClass::CLAIM)
            && let Some(cue) = claim_cue(text, items, i)
        {
            out.push(cue);
            continue;
        }
        let Some(info) = class.verb.or_else(|| figure_verb(text, items, i, &word)) else {
            continue;
        };
        let prev = lower(text, items, i.wrapping_sub(1));
        let claim = class.any(WordClass::CLAIM);
        if used_as_noun(text, items, i, (&word, &prev), claim) || withholds(text, items, i, &word) {
            continue;
        }
        // "Trudeau was asked twice …", "she was told": in the passive the
        // subject is the listener or the one talked about, not the speaker.
        let participle =
            word.ends_with("ed") || matches!(word.as_str(), "told" | "said" | "written");
        if participle
            && matches!(
                prev.as_str(),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            )
        {
            continue;
        }
        // "he was quoted as saying": the subject of "quoted" says it.
        if prev == "as"
            && i >= 2
            && lower(text, items, i - 2) == "quoted"
            && let Some(phrase) = phrase_before(text, items, i - 2)
        {
            out.push(verb_cue(i, info, phrase, false));
            continue;
        }
        if reports_no_speech(text, items, i, &prev) {
            continue;
        }
        // "He said … and added …", "…, insisting …": the second verb shares the
        // first one's subject.
        let participle_clause = info.participle && opens_participle_clause(text, items, i, &prev);
        let coordinated = coordinated_verb(text, items, i);
        if (coordinated || participle_clause)
            && let Some(earlier) = last_speaking_cue(text, items, &out)
        {
            out.push(Cue {
                verb: i,
                info,
                shared_subject: true,
                ..earlier
            });
            continue;
        }
        // "Hua Chunying shot back on Tuesday, saying …": with no reporting verb
        // before, the participle's speaker is the subject of the sentence.
        // "Mr. Schultz supported Democrats and said …": with no cue before,
        // a coordinated verb's speaker also is the subject of the sentence.
        let after_statement = info.participle && after_statement_put_out(text, items, i);
        if participle_clause || coordinated || after_statement {
            if let Some(phrase) = sentence_subject(text, items, i) {
                out.push(Cue {
                    shared_subject: true,
                    ..verb_cue(i, info, phrase, false)
                });
            }
            continue;
        }
        // "a sergeant emailed officers on Oct. 2 asking them to …": a
        // participle after a date tells how someone acted, not who spoke.
        if info.participle
            && (prev.bytes().all(|b| b.is_ascii_digit())
                || LEXICONS.time_words.contains(prev.as_str()))
        {
            continue;
        }
        // "A spokesman said footage from its cameras suggested …": what
        // evidence showed, inside words already reported, is no new turn.
        if evidence_inside_report(text, items, i, &out)
            || appeal_inside_report(text, items, i, info, &out)
        {
            continue;
        }
        if let Some((phrase, inverted)) = speaker_of_verb(text, items, i, info) {
            out.push(verb_cue(i, info, phrase, inverted));
        }
    }
    drop_attitudes_beside_speech(&mut out);
    out
}

/// Does the participle at item `i` (after the word `prev`) open a
/// participle clause: after a comma ("…, insisting …"), after "by"
/// ("… responded to a question by saying …") or after a comma and an adverb?
fn opens_participle_clause(text: &str, items: &[Item], i: usize, prev: &str) -> bool {
    i > 0
        && (items[i - 1].is_punct(',')
            || (prev == "by" && lower(text, items, i).ends_with("ing"))
            || adverb_after_comma(text, items, i))
}

/// "…, even suggesting he may have been sabotaged", "…, later saying …": a
/// participle after a comma and one adverb still opens a participle clause.
fn adverb_after_comma(text: &str, items: &[Item], i: usize) -> bool {
    let adverb = lower(text, items, i.wrapping_sub(1));
    i >= 2
        && items[i - 2].is_punct(',')
        && items[i - 1]
            .token()
            .is_some_and(|t| !t.is_capitalised(text))
        && (matches!(
            adverb.as_str(),
            "even" | "also" | "then" | "later" | "again" | "perhaps" | "before" | "while"
        ) || (adverb.ends_with("ly") && adverb.len() > 4))
}

/// "The club's committee issued a statement on Wednesday evening
/// dismissing the report": a participle a few words after a document the
/// subject put out (not "its spokeswoman calling …" nor "a report in the
/// Courier saying …") is the issuer's.
fn after_statement_put_out(text: &str, items: &[Item], i: usize) -> bool {
    (1..=STATEMENT_WORDS_BEFORE.min(i)).any(|b| {
        let noun = i - b;
        let w = lower(text, items, noun);
        LEXICONS.statement_nouns.contains(w.as_str())
            && !LEXICONS.roles.contains_key(w.as_str())
            && (1..=3.min(noun)).any(|c| {
                matches!(
                    lower(text, items, noun - c).as_str(),
                    "issued"
                        | "released"
                        | "published"
                        | "sent"
                        | "put"
                        | "posted"
                        | "signed"
                        | "wrote"
                        | "submitted"
                        | "lodged"
                        | "filed"
                )
            })
    })
}

/// Is the verb at item `i` an evidence verb ("suggested", "showed") in a
/// clause that a "said" or "told" before it in the sentence reports, with
/// no comma or conjunction opening a new clause between them?
fn evidence_inside_report(text: &str, items: &[Item], i: usize, found: &[Cue]) -> bool {
    let evidence = matches!(
        LEXICONS.lemma(&lower(text, items, i)),
        Some("suggest" | "show" | "indicate")
    );
    if !evidence {
        return false;
    }
    let Some(report) = found
        .iter()
        .rev()
        .find(|c| !c.according && matches!(lower(text, items, c.verb).as_str(), "said" | "told"))
    else {
        return false;
    };
    report.verb < i
        && (report.verb + 1..i).all(|k| {
            !items[k].is_punct(',')
                && !items[k].is_punct(';')
                && !matches!(
                    lower(text, items, k).as_str(),
                    "but" | "while" | "though" | "although" | "whereas"
                )
        })
}

/// "The Courier reported that Pettifer had emailed members of the
/// committee urging them to support …": a participle appeal (no comma
/// before it, "them to" after it) inside a clause an earlier cue reports
/// with "that" tells how the reported subject acted, not who spoke.
fn appeal_inside_report(
    text: &str,
    items: &[Item],
    i: usize,
    info: VerbInfo,
    found: &[Cue],
) -> bool {
    let appeal = info.participle
        && i > 0
        && !items[i - 1].is_punct(',')
        && lower(text, items, i).ends_with("ing")
        && lower(text, items, i + 2) == "to";
    appeal
        && found.iter().rev().any(|c| {
            !c.according
                && c.verb < i
                && (c.verb + 1..i).any(|k| lower(text, items, k) == "that")
                && (c.verb + 1..i).all(|k| !items[k].is_punct(';'))
        })
}

/// How many words before a participle a statement noun may stand for the
/// statement's issuer to be the participle's speaker.
const STATEMENT_WORDS_BEFORE: usize = 5;

/// Is the verb at item `i` (after the word `prev`) no one's speech here?
/// "as stated by X" is a reference, not a cue; "declined to say" is no
/// speech; "A nurse, who asked not to be named, said …": the request hides
/// a name, it reports no words.
fn reports_no_speech(text: &str, items: &[Item], i: usize, prev: &str) -> bool {
    prev == "as"
        || (prev == "to" && super::phrases::raising_verb_before(text, items, i).is_none())
        || by_agent(text, items, i)
        || asks_for_anonymity(text, items, i)
        || in_free_relative(text, items, i)
        || in_object_relative(text, items, i)
        || adds_a_thing(text, items, i)
        || names_a_thing(text, items, i)
        || calls_by(text, items, i)
}

/// "when the inspectors called, …": a visit or a telephone call in a
/// clause of time, with no words of its own.
fn calls_by(text: &str, items: &[Item], i: usize) -> bool {
    const CLAUSE_WORDS: usize = 4;
    lower(text, items, i) == "called"
        && items
            .get(i + 1)
            .is_some_and(|item| item.is_punct(',') || item.is_punct('.'))
        && (i.saturating_sub(CLAUSE_WORDS)..i).any(|k| {
            matches!(
                lower(text, items, k).as_str(),
                "when" | "after" | "before" | "until" | "while" | "as"
            )
        })
}

/// "a group called Carrow Stranded", "a campaign group called Patients
/// First": a thing named, no words reported.
fn names_a_thing(text: &str, items: &[Item], i: usize) -> bool {
    const NOUN_WORDS: usize = 2;
    let lowercase_word = |k: usize| {
        items[k]
            .token()
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
    };
    let nouns = (1..=NOUN_WORDS.min(i))
        .take_while(|&k| {
            lowercase_word(i - k) && !matches!(lower(text, items, i - k).as_str(), "a" | "an")
        })
        .count();
    nouns >= 1
        && lower(text, items, i) == "called"
        && i > nouns
        && matches!(lower(text, items, i - nouns - 1).as_str(), "a" | "an")
        && items
            .get(i + 1)
            .and_then(|item| item.token())
            .is_some_and(|t| t.is_word() && t.is_capitalised(text))
}

/// "when the company added a third production line": adding a thing, no
/// words ("added that …", "…, he added" report them).
fn adds_a_thing(text: &str, items: &[Item], i: usize) -> bool {
    LEXICONS.lemma(&lower(text, items, i)) == Some("add")
        && matches!(
            lower(text, items, i + 1).as_str(),
            "a" | "an" | "another" | "more" | "new" | "extra"
        )
}

/// Is the phrase at item `start` the agent of a participle ("hired by the
/// city", "employed by `BrightRoof`"), not of a document ("a report filed
/// by Cpl. Green")?
fn agent_of_participle(text: &str, items: &[Item], start: usize) -> bool {
    let before = |k: usize| lower(text, items, start.wrapping_sub(k));
    start >= 3
        && before(1) == "by"
        && before(2).ends_with("ed")
        && !LEXICONS.statement_nouns.contains(before(2).as_str())
        && !LEXICONS.statement_nouns.contains(before(3).as_str())
}

/// "saying the welfare panel it cited “did not meet”", "the figures he
/// gave": a verb whose pronoun subject follows a noun it describes, in a
/// relative clause without "that", reports none of its own words.
fn in_object_relative(text: &str, items: &[Item], i: usize) -> bool {
    // Verbs whose object is a thing, never a clause ("a move she said had
    // been documented" reports her words).
    const THING_VERBS: &[&str] = &["cite", "quote", "mention", "give", "use", "publish"];
    if i < 2
        || super::mentions::pronoun(&lower(text, items, i - 1)).is_none()
        || !LEXICONS
            .lemma(&lower(text, items, i))
            .is_some_and(|l| THING_VERBS.contains(&l))
    {
        return false;
    }
    let noun = lower(text, items, i - 2);
    items[i - 2]
        .token()
        .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
        && !super::mentions::is_function_word(&noun)
        && LEXICONS.verb(&noun).is_none()
        && !noun.ends_with("ly")
}

/// "… did not square with what passengers were telling the group": "tell"
/// in a clause opened by "what" a few words before has "what" for its
/// words, and reports none of its own. ("what officials say is Kim's
/// birthday" does.)
fn in_free_relative(text: &str, items: &[Item], i: usize) -> bool {
    const REACH: usize = 4;
    // ("in what he called “a brazen breach”" quotes the words named.)
    LEXICONS.lemma(&lower(text, items, i)) == Some("tell")
        && (i.saturating_sub(REACH)..i)
            .rev()
            .take_while(|&k| items[k].is_word())
            .any(|k| lower(text, items, k) == "what")
}

/// "asked not to be named", "requested anonymity", "asked that her name
/// not be used": the verb at item `i` asks to stay unnamed.
fn asks_for_anonymity(text: &str, items: &[Item], i: usize) -> bool {
    let word = |k: usize| lower(text, items, k);
    matches!(LEXICONS.lemma(&word(i)), Some("ask" | "request"))
        && match word(i + 1).as_str() {
            "not" => word(i + 2) == "to" && word(i + 3) == "be",
            "anonymity" => true,
            "for" | "to" => matches!(
                (word(i + 2).as_str(), word(i + 3).as_str()),
                ("anonymity", _) | ("remain" | "stay", "anonymous" | "unnamed")
            ),
            "that" => (i + 2..i + 6).any(|k| word(k) == "name"),
            _ => false,
        }
}

/// "“Crews expect to restore service,” Dubois said": an attitude in a
/// sentence that reports words is part of them, not a statement of its own.
/// ("Pompeo praised China's support … and said he did not think …": the
/// subject's own attitude, with a speech verb coordinated after it, stays.)
fn drop_attitudes_beside_speech(cues: &mut Vec<Cue>) {
    if !cues.iter().any(|c| !c.info.is_attitude()) {
        return;
    }
    let coordinated_after = |attitude: &Cue| {
        cues.iter().any(|c| {
            c.shared_subject
                && !c.info.is_attitude()
                && c.verb > attitude.verb
                && c.mention_items == attitude.mention_items
        })
    };
    let keep: Vec<bool> = cues
        .iter()
        .map(|c| !c.info.is_attitude() || coordinated_after(c))
        .collect();
    let mut k = 0;
    cues.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// "… and added", "… but has said": the verb at item `i` (after any
/// auxiliaries and adverbs) follows a conjunction, so it shares a subject
/// named earlier. A verb of evidence does not ("said crews had inspected
/// every property and found 38 homes destroyed": what crews found goes on
/// the reported clause), unless a clause of its own follows ("said it had
/// interviewed 212 workers and found that 140 of them …": the finding is
/// the first verb's subject's).
fn coordinated_verb(text: &str, items: &[Item], i: usize) -> bool {
    if matches!(
        LEXICONS.lemma(&lower(text, items, i)),
        Some("find" | "show" | "indicate" | "reveal")
    ) && lower(text, items, i + 1) != "that"
    {
        return false;
    }
    let mut k = i;
    while k > 0 {
        let w = lower(text, items, k - 1);
        match w.as_str() {
            "and" | "but" => return true,
            "has" | "have" | "had" | "also" | "later" | "then" | "since" | "long" | "often" => {
                k -= 1;
            }
            _ => return false,
        }
    }
    false
}

/// "the projects the council plans to cut", "which the SEC wants to see",
/// "if most people just want to know": an attitude verb whose subject (from
/// item `subject`) opens a relative or conditional clause has lost its
/// object to the clause, or states no one's attitude.
fn attitude_in_subordinate_clause(text: &str, items: &[Item], subject: usize) -> bool {
    let opener = lower(text, items, subject.wrapping_sub(1));
    let first = lower(text, items, subject);
    // ("that surely the SEC hoped to see": an adverb before the subject)
    let mut before_adverbs = subject;
    while before_adverbs > 0 && lower(text, items, before_adverbs - 1).ends_with("ly") {
        before_adverbs -= 1;
    }
    let clause_opener = lower(text, items, before_adverbs.wrapping_sub(1));
    matches!(
        clause_opener.as_str(),
        "which"
            | "that"
            | "who"
            | "whom"
            | "if"
            | "unless"
            | "whether"
            | "whenever"
            | "when"
            | "while"
            | "because"
            | "although"
            | "though"
    ) || matches!(first.as_str(), "who" | "which" | "that")
        // "the projects the council plans to cut": a noun right before
        // the subject heads a relative clause without "that".
        || (subject >= 1
            && items[subject - 1]
                .token()
                .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
            && !super::mentions::is_function_word(&opener)
            && !LEXICONS.determiners.contains(opener.as_str())
            && !opener.ends_with("ly")
            && LEXICONS.verb(&opener).is_none())
}

/// Is the verb at `i` followed by its agent ("as stated by X")? ("said by
/// telephone" is no agent.)
fn by_agent(text: &str, items: &[Item], i: usize) -> bool {
    lower(text, items, i + 1) == "by"
        && !matches!(
            lower(text, items, i + 2).as_str(),
            "telephone"
                | "phone"
                | "email"
                | "e-mail"
                | "video"
                | "videolink"
                | "text"
                | "satellite"
                | "letter"
                | "radio"
        )
}

/// The last cue whose speaker speaks in the sentence: a claim's owner is no
/// subject ("It disputed the audit's finding that …, saying …" is its
/// subject's).
fn last_speaking_cue(text: &str, items: &[Item], out: &[Cue]) -> Option<Cue> {
    // "X rejected a report that Y had asked to leave, saying …": a verb in
    // the claim's clause is no subject's either.
    let claim_clause = (1..items.len())
        .find(|&k| {
            lower(text, items, k) == "that"
                && LEXICONS
                    .class(&lower(text, items, k - 1))
                    .any(WordClass::CLAIM)
        })
        .unwrap_or(usize::MAX);
    out.iter()
        .rev()
        .find(|c| {
            // (an attitude inside a clause is no speaking subject's:
            // "denied that it was drawing up plans to …, calling …")
            c.verb < claim_clause
                && !c.info.is_attitude()
                && !LEXICONS
                    .class(&lower(text, items, c.verb))
                    .any(WordClass::CLAIM)
        })
        .cloned()
}

/// "Officials put the death toll at 12", "the fact-checker rated the claim
/// as false": a verb that is no reporting verb reports a figure or a verdict
/// given, as a plain reporting verb.
fn figure_verb(text: &str, items: &[Item], i: usize, word: &str) -> Option<VerbInfo> {
    let figure = matches!(
        word,
        "put" | "puts" | "pegged" | "pegs" | "placed" | "places"
    ) && puts_figure_at(text, items, i);
    let verdict = matches!(word, "rated" | "rates" | "rating") && rates_as_verdict(text, items, i);
    (figure || verdict).then_some(VerbInfo::default())
}

/// "rated the premier's claim as false": after the verb at item `verb`, a
/// claim and "as" with a fact-checker's verdict.
fn rates_as_verdict(text: &str, items: &[Item], verb: usize) -> bool {
    const MAX_WORDS: usize = 14;
    let is_verdict = |w: &str| {
        matches!(
            w,
            "false"
                | "true"
                | "misleading"
                | "mostly"
                | "half"
                | "inaccurate"
                | "accurate"
                | "correct"
                | "incorrect"
                | "wrong"
                | "unsupported"
                | "unproven"
        )
    };
    // ("rated as false a claim by the premier that …", "rated as false the
    // minister's boast": the verdict first, then the claim, which is
    // the claimant's words or none.)
    (verb + 2..(verb + MAX_WORDS).min(items.len())).any(|k| {
        (lower(text, items, k) == "as" && is_verdict(&lower(text, items, k + 1)))
            // "rated the statement “false”": the verdict quoted.
            || (matches!(items[k], Item::Quote(_))
                && LEXICONS.claim_nouns.contains(lower(text, items, k - 1).as_str())
                && quoted_word(text, items, k).is_some_and(|w| is_verdict(&w)))
    })
}

/// The single word a quotation at item `k` holds ("“false”"), lowercase,
/// read between the tokens around it.
fn quoted_word(text: &str, items: &[Item], k: usize) -> Option<String> {
    let start = items.get(k.checked_sub(1)?)?.token()?.span.end;
    let end = items
        .get(k + 1)
        .and_then(|i| i.token())
        .map_or(text.len(), |t| t.span.start);
    let inner = text
        .get(start..end)?
        .trim_matches(|c: char| !c.is_alphanumeric());
    (!inner.is_empty() && inner.chars().all(char::is_alphabetic)).then(|| inner.to_lowercase())
}

/// "put the death toll at 12", "estimated the crowd at about 15,000": after
/// the verb at item `verb`, a count and "at" with a number.
pub(super) fn puts_figure_at(text: &str, items: &[Item], verb: usize) -> bool {
    const MAX_WORDS: usize = 7;
    (verb + 1..(verb + MAX_WORDS).min(items.len())).any(|k| {
        lower(text, items, k) == "at"
            && (k + 1..(k + 4).min(items.len())).any(|n| {
                // "put attendance at “around 12,000”": the figure quoted.
                matches!(items[n], Item::Quote(_))
                    || items[n]
                        .token()
                        .is_some_and(|t| t.kind == super::tokens::TokenKind::Number)
            })
    }) && (verb + 1..(verb + MAX_WORDS).min(items.len())).any(|k| {
        matches!(
            lower(text, items, k).as_str(),
            "toll"
                | "number"
                | "figure"
                | "crowd"
                | "count"
                | "cost"
                | "damage"
                | "total"
                | "turnout"
                | "tally"
                | "losses"
                | "attendance"
                | "size"
                | "deaths"
        )
    })
}

/// The speaker phrase opening the sentence before item `before`, when a
/// lowercase word (its verb) follows it: "Hua Chunying shot back …".
fn sentence_subject(text: &str, items: &[Item], before: usize) -> Option<Phrase> {
    let start = items.iter().position(|it| it.is_word())?;
    let start = if matches!(lower(text, items, start).as_str(), "but" | "and") {
        start + 1
    } else {
        start
    };
    // ("In an interview with CNBC on Monday, Pompeo praised …": the
    // subject follows a scene set before it.)
    let start = match lower(text, items, start).as_str() {
        "in" | "on" | "at" | "during" | "after" | "before" | "speaking" => (start..before)
            .find(|&k| items[k].is_punct(','))
            .map_or(start, |comma| comma + 1),
        _ => start,
    };
    let (range, mention) = phrase_after(text, items, start)?;
    // ("Dean, a medical doctor, then appeared … and began by saying …": a
    // name, an appositive between commas, then the verb.)
    if matches!(mention.form, mentions::MentionForm::Name { .. })
        && items.get(range.1).is_some_and(|i| i.is_punct(','))
        && let Some(close) =
            (range.1 + 2..before.min(range.1 + 12)).find(|&k| items[k].is_punct(','))
        && items[range.1 + 1..close].iter().all(|i| i.is_word())
        && matches!(lower(text, items, range.1 + 1).as_str(), "a" | "an" | "the")
        && items
            .get(close + 1)
            .and_then(|i| i.token())
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text))
    {
        return Some((range, mention));
    }
    // A lone capitalised word opening the sentence may be no name ("Rather than …").
    // ("Cruz exhorted …": a past tense, an auxiliary or a reporting verb
    // after it makes it a subject.)
    let lone_word = range.1 == range.0 + 1
        && !matches!(mention.form, mentions::MentionForm::Pronoun(_))
        && !items
            .get(range.1)
            .and_then(|it| it.token())
            .is_some_and(|t| {
                let w = t.lower(text);
                // ("Trump has used the ad, accusing …", "Trump spoke at a
                // rally, saying …": an auxiliary or a known verb too.)
                t.is_word()
                    && !t.is_capitalised(text)
                    && (w.ends_with("ed")
                        || LEXICONS.verb(&w).is_some()
                        || IRREGULAR_PASTS.contains(&w.as_ref())
                        || matches!(
                            w.as_str(),
                            "has" | "had" | "have" | "is" | "was" | "will" | "would" | "did"
                        ))
            });
    // ("The chief executive, Jonah Whitlock, went further, writing …": a
    // role and the name in apposition to it, closed by a comma.)
    let appositive_closed = items.get(range.1).is_some_and(|i| i.is_punct(','))
        && items[range.0..range.1].iter().any(|i| i.is_punct(','));
    let after = range.1 + usize::from(appositive_closed);
    let verb_follows = !lone_word
        && after < before
        && items[after]
            .token()
            .is_some_and(|t| t.is_word() && !t.is_capitalised(text));
    verb_follows.then_some((range, mention))
}

/// Irregular past tenses that make a lone capitalised word before them a
/// subject ("Osei took issue with …, saying …").
const IRREGULAR_PASTS: &[&str] = &[
    "took", "went", "made", "gave", "came", "held", "kept", "left", "got", "saw", "brought",
    "stood", "spoke", "threw", "sent", "won", "lost", "became", "began", "fought", "drew", "hit",
    "struck", "ran", "sat", "met", "led", "felt",
];

/// Does a place ("at the entrance", "in the east wing") starting at item
/// `at` lead to a finite verb, so that the phrase before it is a clause's
/// subject ("said workers at the entrance were told …"), not a speaker
/// ("said officials in Ottawa")?
fn finite_verb_after_place(text: &str, items: &[Item], at: usize) -> bool {
    const PLACE_ITEMS: usize = 6;
    matches!(lower(text, items, at).as_str(), "at" | "in" | "on")
        && (at + 2..(at + PLACE_ITEMS).min(items.len()))
            .take_while(|&k| items[k].is_word())
            .any(|k| {
                matches!(
                    lower(text, items, k).as_str(),
                    "was" | "were" | "had" | "has" | "have" | "would" | "will" | "could" | "did"
                )
            })
}

/// Does an aside set off by commas open at item `at` and a finite verb
/// follow it (", carried out in 2022, had")? Then the phrase before `at`
/// is the subject of a reported clause, not a speaker after the verb.
fn finite_verb_after_aside(text: &str, items: &[Item], at: usize) -> bool {
    const ASIDE_ITEMS: usize = 12;
    if !items.get(at).is_some_and(|item| item.is_punct(',')) {
        return false;
    }
    let Some(close) = (at + 2..(at + ASIDE_ITEMS).min(items.len()))
        .take_while(|&k| items[k].is_word() || items[k].is_punct(','))
        .find(|&k| items[k].is_punct(','))
    else {
        return false;
    };
    let next = lower(text, items, close + 1);
    // ("…, who walked the city that night, counted 112 people": a past
    // tense.)
    matches!(
        next.as_str(),
        "was" | "were" | "had" | "has" | "have" | "would" | "will" | "could" | "did" | "is" | "are"
    ) || (next.len() > 4 && next.ends_with("ed"))
}

/// The speaker phrase of the reporting verb at item `i`, and whether it
/// stands after the verb ("…,” said Peskov).
fn speaker_of_verb(text: &str, items: &[Item], i: usize, info: VerbInfo) -> Option<(Phrase, bool)> {
    // After "told" comes the listener, never the speaker ("…, told HuffPost the …").
    // An attitude verb's subject always stands before it.
    let after_quote_or_comma = !info.takes_listener
        && !info.participle
        && !info.is_attitude()
        && i > 0
        && (matches!(items[i - 1], Item::Quote(_)) || items[i - 1].is_punct(','));
    let found = if after_quote_or_comma {
        let after = phrase_after(text, items, i + 1);
        // "Ken Roe, chief executive of …, said he was …": after an
        // appositive (no quotation before the comma) a pronoun opens the
        // reported clause; the speaker is the name before the appositive.
        // "Marie Howell, the president of …, says the school has …": the same
        // when a clause goes on after the phrase.
        // "Jo Smith, the chief executive, denied the report": after an
        // appositive, a verb that takes a noun object has its object after it.
        let object_after = items[i - 1].is_punct(',')
            && LEXICONS
                .lemma(&lower(text, items, i))
                .is_some_and(|l| LEXICONS.noun_object_verbs.contains(l));
        let opens_clause = object_after
            || after.as_ref().is_some_and(|((start, end), m)| {
                matches!(m.form, mentions::MentionForm::Pronoun(_))
                // "…, said many of the examples failed": a partitive opens the clause.
                || (end - start == 1 && lower(text, items, *end) == "of")
                // "…, said workers at the entrance were told …": a placed
                // subject with its verb after.
                || finite_verb_after_place(text, items, *end)
                // "…, said its own survey, carried out in 2022, had covered
                // …": a subject with an aside, then its verb.
                || finite_verb_after_aside(text, items, *end)
                || items[*end..].first().is_some_and(|next| {
                    let w = lower(text, items, *end);
                    next.is_word()
                        && !LEXICONS.time_words.contains(w.as_str())
                        && !matches!(
                            w.as_str(),
                            "on" | "in"
                                | "at"
                                | "during"
                                | "after"
                                | "before"
                                | "while"
                                | "when"
                                | "as"
                                | "according"
                                | "to"
                                | "of"
                                | "for"
                                | "from"
                                | "with"
                        )
                })
            }) && i >= 2
                && !matches!(items[i - 2], Item::Quote(_));
        let before = if opens_clause {
            phrase_before(text, items, i)
        } else {
            None
        };
        // "…, alleged the Prime Minister's Office leaned on …": a phrase that
        // a clause goes on from is that clause's subject, not a speaker after
        // the verb.
        // (A pronoun there usually is the speaker again: "…, said he was
        // thrown against a railing" keeps "he" when nothing better is found.)
        let after = after
            .filter(|(_, m)| !opens_clause || matches!(m.form, mentions::MentionForm::Pronoun(_)));
        before
            .map(|p| (p, false))
            .or_else(|| after.map(|p| (p, true)))
            .or_else(|| phrase_before(text, items, i).map(|p| (p, false)))
    } else {
        phrase_before(text, items, i).map(|p| (p, false))
    };
    // "A structural engineer hired by the city said": the subject is who
    // was hired; "a survey of its members employed by BrightRoof found"
    // names no speaker of its own.
    let found = match found {
        Some(((range, _), false)) if range.1 == i && agent_of_participle(text, items, range.0) => {
            let (subject, mention) = phrase_before(text, items, range.0 - 2)?;
            // ("its members employed by …": a part of the party speaking.)
            let someone = matches!(
                mention.form,
                mentions::MentionForm::Role { .. } | mentions::MentionForm::Group { .. }
            ) && !matches!(
                lower(text, items, subject.0).as_str(),
                "its" | "their" | "his" | "her" | "our"
            );
            someone.then_some(((subject, mention), false))
        }
        other => other,
    };
    // "higher than city reports say": a comparison, no statement.
    found.filter(|((range, _), _)| {
        lower(text, items, range.0.wrapping_sub(1)) != "than"
            && lower(text, items, range.0) != "than"
            && !(info.is_attitude() && attitude_in_subordinate_clause(text, items, range.0))
    })
}
