//! Telling the headline and the page furniture from the article's text.
//!
//! Copy-pasted web articles carry lines such as "Published: Updated:",
//! "3 min read" or "Top Content Trending". They are recognised by shape, not
//! by a list of whole lines: short, without sentence punctuation, and made
//! mostly of interface words (from `assets/lexicons/page-furniture.txt`),
//! numbers, dates or `Label:` tokens.

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::{Paragraph, ParagraphKind, Span};

static FURNITURE_WORDS: LazyLock<HashSet<String>> =
    LazyLock::new(|| crate::lexicon::set(include_str!("../../assets/lexicons/page-furniture.txt")));

/// The most words a furniture line may have.
const MAX_FURNITURE_WORDS: usize = 6;
/// The most words a headline may have.
const MAX_TITLE_WORDS: usize = 30;

/// Labels every paragraph as title, furniture or body.
pub(super) fn classify(text: &str, spans: &[Span]) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = spans
        .iter()
        .map(|&span| Paragraph {
            span,
            kind: if is_furniture(span.slice(text)) {
                ParagraphKind::Furniture
            } else {
                ParagraphKind::Body
            },
        })
        .collect();
    if let Some(first) = out.iter_mut().find(|p| p.kind == ParagraphKind::Body)
        && looks_like_headline(first.span.slice(text))
    {
        first.kind = ParagraphKind::Title;
    }
    out
}

/// A headline: one short line, not ending like a sentence of body text
/// (a full stop is allowed after words written in title case: "Christie
/// Calls Clinton ‘A Disgrace’.").
fn looks_like_headline(s: &str) -> bool {
    let s = s.trim_start_matches('#').trim();
    !s.contains('\n')
        && s.split_whitespace().count() <= MAX_TITLE_WORDS
        && (!s.ends_with(['.', ',', ';', ':', '”', '"'])
            || (s.ends_with('.') && !s.ends_with("..") && is_title_case(s)))
}

/// Are the line's longer words all capitalised, as headlines write them?
fn is_title_case(s: &str) -> bool {
    let long: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    long.len() >= 3
        && long.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// Labels of a line that links to another story ("READ MORE: …",
/// "WATCH: …"): its headline is that story's, not this one's.
const TEASER_LABELS: &[&str] = &[
    "read more",
    "watch",
    "watch below",
    "related",
    "see also",
    "also read",
    "listen",
    "more",
];

/// "READ MORE: Trudeau says …": a link to another story.
fn is_teaser(s: &str) -> bool {
    // (The linked story's headline: capitalised, no full stop.)
    s.split_once(':').is_some_and(|(label, rest)| {
        let rest = rest.trim();
        rest.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '‘' | '“' | '\'' | '"'))
            && !rest.ends_with('.')
            && label.len() <= "watch below".len()
            && TEASER_LABELS.contains(&label.trim().to_lowercase().as_str())
    })
}

/// True for lines that belong to the web page around the article.
fn is_furniture(s: &str) -> bool {
    // A block of several lines is furniture when every line is.
    if s.contains('\n') {
        return s.lines().filter(|l| !l.trim().is_empty()).all(is_furniture);
    }
    if is_teaser(s) {
        return true;
    }
    // Counting stops past the limit: a body paragraph is never split whole.
    let count = s.split_whitespace().take(MAX_FURNITURE_WORDS + 1).count();
    if count == 0 || count > MAX_FURNITURE_WORDS {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if s.ends_with(['.', '!', '?', '”', '"']) {
        return false;
    }
    if words.iter().all(|w| w.ends_with(':')) || parse_date(s).is_some() {
        return true;
    }
    // Function words say nothing either way.
    let words: Vec<&str> = words
        .into_iter()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "the" | "a" | "an" | "of" | "to" | "and" | "by" | "in" | "on" | "for" | "up" | "us"
            )
        })
        .collect();
    if words.is_empty() {
        return false;
    }
    let interface = words
        .iter()
        .filter(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%');
            let lower = core.to_lowercase();
            core.is_empty()
                || core.chars().any(|c| c.is_ascii_digit())
                || FURNITURE_WORDS.contains(lower.trim_end_matches('%'))
                || FURNITURE_WORDS.contains(&lower)
        })
        .count();
    interface * 3 >= words.len() * 2 && interface >= words.len().min(2)
}

/// The publication date found in the furniture or the first paragraphs.
pub(super) fn published_date(text: &str, paragraphs: &[Paragraph]) -> Option<DateTime<Utc>> {
    paragraphs
        .iter()
        .take(8)
        .filter(|p| p.kind != ParagraphKind::Body || p.span.len() < 120)
        .find_map(|p| parse_date(p.span.slice(text)))
}

/// Finds a date such as "June 4, 2019", "4 June 2019" or "2019-06-04" in a short line.
fn parse_date(line: &str) -> Option<DateTime<Utc>> {
    let words: Vec<&str> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == '|' || c == '.'))
        .collect();
    for len in [3, 1] {
        for window in words.windows(len) {
            let candidate = window.join(" ");
            if let Some(d) = date_from(&candidate) {
                return Some(d);
            }
        }
    }
    None
}

/// Reads a machine-written timestamp, as web pages and front matter give them:
/// RFC 3339 ("2019-06-04T08:30:00+02:00"), ISO 8601 with a `+0200` offset or
/// none (taken as UTC), RFC 2822 ("Tue, 4 Jun 2019 08:30:00 GMT"), or any
/// string that starts with a `YYYY-MM-DD` date.
pub(super) fn parse_timestamp(s: &str) -> Option<DateTime<Utc>> {
    let s = s.trim();
    if let Some(d) = date_from(s) {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.with_timezone(&Utc));
    }
    for format in ["%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%d %H:%M:%S%.f%z"] {
        if let Ok(dt) = DateTime::parse_from_str(s, format) {
            return Some(dt.with_timezone(&Utc));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, format) {
            return Some(Utc.from_utc_datetime(&dt));
        }
    }
    s.get(..10).and_then(date_from)
}

fn date_from(s: &str) -> Option<DateTime<Utc>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        return Some(Utc.from_utc_datetime(&dt));
    }
    let formats = ["%Y-%m-%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"];
    formats.iter().find_map(|f| {
        NaiveDate::parse_from_str(s, f)
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| Utc.from_utc_datetime(&d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interface_lines_are_furniture() {
        for line in [
            "Published: Updated:",
            "Read Mode",
            "100% Font Size",
            "3 min read",
            "Top Content Trending",
            "Share on Facebook",
            "Updated 2 hours ago",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn links_to_other_stories_are_furniture() {
        for line in [
            "READ MORE: Mayor says the budget will pass before the summer recess",
            "WATCH: Council votes to close the harbour bridge",
            "Watch below: Residents describe the flood",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "More: the council said it would vote again.",
            "Read the full report: it runs to 400 pages.",
            "She added: “We will watch closely.”",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn article_lines_are_not_furniture() {
        for line in [
            "Ottawa Mayor Jim Watson",
            "“We will not back down,” she said.",
            "Russia denies report",
            "The mayor read the text.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn a_title_case_line_with_a_full_stop_is_a_headline() {
        assert!(looks_like_headline(
            "Mayor Calls Harbour Plan ‘A Fantasy’ Over Costs."
        ));
        assert!(!looks_like_headline(
            "The mayor called the harbour plan a fantasy on Monday."
        ));
    }

    #[test]
    fn timestamps_are_parsed() {
        let iso = |s: &str| parse_timestamp(s).map(|d| d.to_rfc3339());
        let want = Some("2019-06-04T06:30:00+00:00".to_owned());
        assert_eq!(iso("2019-06-04T08:30:00+02:00"), want);
        assert_eq!(iso("2019-06-04T08:30:00.000+0200"), want);
        assert_eq!(iso("2019-06-04T06:30:00"), want);
        assert_eq!(iso("Tue, 4 Jun 2019 06:30:00 GMT"), want);
        assert_eq!(
            iso("2019-06-04 at dawn").as_deref(),
            Some("2019-06-04T00:00:00+00:00")
        );
        assert_eq!(iso("yesterday"), None);
    }

    #[test]
    fn dates_are_parsed() {
        let d = parse_date("Published: June 4, 2019").map(|d| d.to_rfc3339());
        assert_eq!(d.as_deref(), Some("2019-06-04T00:00:00+00:00"));
    }
}
