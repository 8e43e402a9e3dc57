//! Attribution in a headline, which news writes in its own shorthand:
//! "Sanders: Clinton needs to get away from personality stuff",
//! "De Blasio says Chelsea explosion was an intentional act",
//! "Trump Could Address Clean Energy, Lindsey Graham Says".

use super::lexicons::LEXICONS;
use super::mentions::{self, Mention, MentionForm};
use super::model::{Gender, SpeakerKind};
use super::tokens::{Token, TokenKind, tokenize};
use crate::document::Span;

/// A headline's attribution: who, the cue as written, and what they said.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineQuote {
    /// The speaker phrase.
    pub mention: Mention,
    /// The cue as written (":" or "says").
    pub cue: String,
    /// What was said.
    pub content: Span,
}

/// Labels before a colon that name a kind of story, not a speaker.
const STORY_LABELS: &[&str] = &[
    "the latest",
    "analysis",
    "opinion",
    "editorial",
    "commentary",
    "watch",
    "video",
    "photos",
    "live",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "review",
    "explainer",
    "factbox",
    "fact check",
    "q&a",
    "read more",
    "letters",
    "timeline",
    "podcast",
];

/// The most words a speaker phrase in a headline may have.
const MAX_NAME_WORDS: usize = 4;
/// The fewest words a headline's reported words need.
const MIN_CONTENT_WORDS: usize = 3;

/// The attribution in the headline at `title` (a span of `text`), if it has one.
pub fn find(text: &str, title: Span) -> Option<HeadlineQuote> {
    let tokens = tokenize(text, title);
    let words = |toks: &[Token]| toks.iter().filter(|t| t.is_word()).count();
    // "NAME: what they said"
    if let Some(colon) = tokens.iter().position(|t| t.is_punct(':')) {
        let name = &tokens[..colon];
        // "Obama on Climate Change: The Trends Are 'Terrifying'": the
        // speaker before the topic.
        let name = name
            .iter()
            .position(|t| t.is_word() && t.text(text) == "on")
            .filter(|&on| on >= 1)
            .map_or(name, |on| &name[..on]);
        let content = trim_end(&tokens[colon + 1..]);
        let label = name
            .iter()
            .map(|t| t.text(text).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        if (1..=MAX_NAME_WORDS).contains(&name.len())
            && name.iter().all(|t| t.is_word() && t.is_capitalised(text))
            && !STORY_LABELS.contains(&label.as_str())
            && words(content) >= MIN_CONTENT_WORDS
        {
            return quote(text, name, ":", content);
        }
        return None;
    }
    let says = |t: &Token| t.is_word() && t.text(text).eq_ignore_ascii_case("says");
    // "NAME says what they said", "Christie Calls Clinton ‘A Disgrace’",
    // "Union Endorses Clinton"
    if let Some(verb) = tokens
        .iter()
        .take(MAX_NAME_WORDS + 1)
        .position(|t| says(t) || headline_verb(text, t))
        && verb >= 1
        && tokens[..verb]
            .iter()
            .all(|t| t.is_word() && t.is_capitalised(text))
    {
        let content = before_second_attribution(text, trim_end(&tokens[verb + 1..]));
        let fewest = if says(&tokens[verb]) {
            MIN_CONTENT_WORDS
        } else {
            1
        };
        if words(content) >= fewest {
            return quote(text, &tokens[..verb], tokens[verb].text(text), content);
        }
    }
    // "what they said, NAME Says"
    let body = trim_end(&tokens);
    let (last, before) = body.split_last()?;
    if !says(last) {
        return None;
    }
    let comma = before.iter().rposition(|t| t.is_punct(','))?;
    let name = &before[comma + 1..];
    if (1..=MAX_NAME_WORDS).contains(&name.len())
        && name.iter().all(|t| t.is_word() && t.is_capitalised(text))
        && words(&before[..comma]) >= MIN_CONTENT_WORDS
    {
        return quote(text, name, last.text(text), &before[..comma]);
    }
    None
}

/// A headline's present-tense verb that attributes to the words before it
/// ("calls", "vows", "endorses", "urges"), written in any case. Denials
/// ("denies", "rejects") are left out: their object is the other party's
/// claim, not the subject's words.
fn headline_verb(text: &str, t: &Token) -> bool {
    let w = t.text(text).to_lowercase();
    t.is_word()
        && w.ends_with('s')
        && LEXICONS.verb(&w).is_some_and(|v| !v.quote_only)
        && !LEXICONS
            .contradiction_cues
            .iter()
            .any(|(_, cue)| cue.len() == 1 && LEXICONS.lemma(&w) == Some(cue[0].as_str()))
}

/// "Russia removed most personnel, Kremlin denies": the content ends where
/// another party's attribution closes the headline.
fn before_second_attribution<'t>(text: &str, tokens: &'t [Token]) -> &'t [Token] {
    let Some(comma) = tokens.iter().rposition(|t| t.is_punct(',')) else {
        return tokens;
    };
    let tail = &tokens[comma + 1..];
    let verb_last = tail
        .last()
        .is_some_and(|t| LEXICONS.verb(&t.text(text).to_lowercase()).is_some());
    if (2..=MAX_NAME_WORDS + 1).contains(&tail.len())
        && verb_last
        && tail[..tail.len() - 1]
            .iter()
            .all(|t| t.is_word() && t.is_capitalised(text))
    {
        &tokens[..comma]
    } else {
        tokens
    }
}

/// The headline's tokens without the closing punctuation.
fn trim_end(tokens: &[Token]) -> &[Token] {
    let mut end = tokens.len();
    while end > 0 && matches!(tokens[end - 1].kind, TokenKind::Punct('.' | ';' | '!')) {
        end -= 1;
    }
    &tokens[..end]
}

fn quote(text: &str, name: &[Token], cue: &str, content: &[Token]) -> Option<HeadlineQuote> {
    // "Minister says …": a bare role names nobody yet.
    if let [word] = name {
        let lower = word.text(text).to_lowercase();
        // "Poll: Clinton and Trump in dead heat": the poll speaks.
        if matches!(lower.as_str(), "poll" | "survey" | "study") {
            return Some(HeadlineQuote {
                mention: Mention {
                    span: word.span,
                    form: MentionForm::Name {
                        name: word.text(text).to_owned(),
                        role: None,
                        organisation: None,
                        kind: SpeakerKind::Organization,
                        gender: Gender::Unknown,
                    },
                },
                cue: cue.to_owned(),
                content: Span::new(content.first()?.span.start, content.last()?.span.end),
            });
        }
        if LEXICONS.roles.contains_key(lower.as_str()) || LEXICONS.title(word.text(text)).is_some()
        {
            return None;
        }
    }
    let mention = mentions::parse(text, name)?;
    let start = content.first()?.span.start;
    let end = content.last()?.span.end;
    Some(HeadlineQuote {
        mention,
        cue: cue.to_owned(),
        content: Span::new(start, end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(headline: &str) -> Option<(String, String)> {
        find(headline, Span::new(0, headline.len())).map(|h| {
            (
                h.mention.span.slice(headline).to_owned(),
                h.content.slice(headline).to_owned(),
            )
        })
    }

    #[test]
    fn name_and_colon() {
        assert_eq!(
            read("Sanders: Clinton needs to get away from personality stuff."),
            Some((
                "Sanders".to_owned(),
                "Clinton needs to get away from personality stuff".to_owned()
            ))
        );
    }

    #[test]
    fn a_poll_or_a_speaker_on_a_topic_before_the_colon() {
        assert_eq!(
            read("Poll: Harbour plan loses support among older voters."),
            Some((
                "Poll".to_owned(),
                "Harbour plan loses support among older voters".to_owned()
            ))
        );
        assert_eq!(
            read("Marsh on Flooding: The Sea Wall Comes Too Late."),
            Some(("Marsh".to_owned(), "The Sea Wall Comes Too Late".to_owned()))
        );
    }

    #[test]
    fn says_before_and_after() {
        assert_eq!(
            read("De Blasio says Chelsea explosion was an intentional act."),
            Some((
                "De Blasio".to_owned(),
                "Chelsea explosion was an intentional act".to_owned()
            ))
        );
        assert_eq!(
            read("Trump Could Address Clean Energy, Lindsey Graham Says."),
            Some((
                "Lindsey Graham".to_owned(),
                "Trump Could Address Clean Energy".to_owned()
            ))
        );
    }

    #[test]
    fn other_verbs_in_a_headline() {
        assert_eq!(
            read("Mayor Jo Tran Calls Harbour Plan ‘A Fantasy’"),
            Some((
                "Mayor Jo Tran".to_owned(),
                "Harbour Plan ‘A Fantasy’".to_owned()
            ))
        );
        assert_eq!(
            read("Senator Ruth Calder endorses Pryce"),
            Some(("Senator Ruth Calder".to_owned(), "Pryce".to_owned()))
        );
        // A denial's object is the other party's claim.
        assert_eq!(read("Ruth Calder denies ferry contract claims"), None);
    }

    #[test]
    fn story_labels_and_plain_headlines_are_no_attribution() {
        assert_eq!(
            read("The Latest: Trump urges supporters to monitor polls."),
            None
        );
        assert_eq!(read("Analysis: What the budget means for renters"), None);
        assert_eq!(read("Council approves new transit plan"), None);
        assert_eq!(
            read("Trump says Russia removed most personnel from Venezuela, Kremlin denies"),
            Some((
                "Trump".to_owned(),
                "Russia removed most personnel from Venezuela".to_owned()
            ))
        );
        assert_eq!(read("Mayor says no"), None);
        assert_eq!(read("Minister says watchdog's figures are wrong"), None);
    }
}
