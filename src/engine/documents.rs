//! Documents a party issues and a story goes on to quote by their noun:
//! "X said in a report published on Thursday that …", then "The report
//! also said …" is X again.

use crate::document::Span;

/// Nouns for a document that speaks for whoever issued it.
const DOCUMENT_NOUNS: &[&str] = &[
    "report",
    "audit",
    "review",
    "study",
    "survey",
    "assessment",
    "analysis",
    "inquiry",
    "investigation",
    "complaint",
    "statement",
    "letter",
    "submission",
    "lawsuit",
    "petition",
];

/// Claims a document may carry for someone other than the sentence's
/// speaker ("rejected allegations in an open letter").
const CLAIMS_CARRIED: &[&str] = &[
    "allegations",
    "allegation",
    "claims",
    "claim",
    "accusations",
    "charges",
    "criticism",
    "findings",
    "demands",
];

/// How a sentence cites a document as its source ("according to a report
/// by …").
const ACCORDING_TO: &str = "according to ";

/// What [`issued_in`] notes when the speaker "reported": only "the
/// report" names what they reported (an audit or a review is someone else's).
pub const REPORTED: &str = "reported";

/// How many words may stand between the article and the noun ("in a
/// 40-page report", "in its annual highways report").
const MAX_WORDS_BEFORE_NOUN: usize = 2;

/// How a sentence says a document was spoken in ("in a report", "In its
/// annual report").
const IN_OPENERS: &[&str] = &[
    "in a ",
    "in an ",
    "in its ",
    "in their ",
    "in his ",
    "in her ",
    "In a ",
    "In an ",
    "In its ",
    "In their ",
    "In his ",
    "In her ",
];

/// Is `noun` (lowercase) one of [`DOCUMENT_NOUNS`]?
pub fn is_document_noun(noun: &str) -> bool {
    DOCUMENT_NOUNS.contains(&noun)
}

/// The noun of a document the sentence says its speaker spoke in (or
/// [`REPORTED`] when the speaker "reported"), outside
/// the quoted or reported words in `quoted`: "report" in "said in a report
/// published on Thursday", "In its annual report, the council said".
pub fn issued_in(text: &str, sentence: Span, quoted: &[Span]) -> Option<&'static str> {
    let slice = sentence.slice(text);
    // (Most sentences name no document, or not as one spoken in: a quick
    // look first.)
    let may_name = slice.contains(REPORTED)
        || slice.contains(ACCORDING_TO)
        || IN_OPENERS.iter().any(|o| slice.contains(o));
    if !may_name || !DOCUMENT_NOUNS.iter().any(|n| slice.contains(n)) {
        return None;
    }
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        let inside = c.is_alphanumeric() || c == '-';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                words.push((sentence.start + from, &slice[from..i]));
                start = None;
            }
            _ => {}
        }
    }
    let is = |k: usize, any: &[&str]| {
        words
            .get(k)
            .is_some_and(|(_, w)| any.iter().any(|a| w.eq_ignore_ascii_case(a)))
    };
    let outside = |at: usize| !quoted.iter().any(|q| q.start <= at && at < q.end);
    // "…, the website reported on Tuesday": the speaker reported, so "The
    // report" is theirs ("as reported by", "was reported" are someone else's).
    let reported = words.iter().enumerate().any(|(k, (at, w))| {
        w.eq_ignore_ascii_case("reported")
            && outside(*at)
            && !is(k + 1, &["by"])
            && !k.checked_sub(1).is_some_and(|j| {
                is(
                    j,
                    &[
                        "as", "was", "were", "been", "be", "is", "are", "widely", "first", "not",
                    ],
                )
            })
    });
    if reported {
        return Some(REPORTED);
    }
    for (k, (at, w)) in words.iter().enumerate() {
        let Some(&noun) = DOCUMENT_NOUNS.iter().find(|n| w.eq_ignore_ascii_case(n)) else {
            continue;
        };
        if !outside(*at) {
            continue;
        }
        let opener = (1..=MAX_WORDS_BEFORE_NOUN + 1).find(|&back| {
            k.checked_sub(back)
                .is_some_and(|j| is(j, &["a", "an", "its", "their", "his", "her"]))
        });
        // "said in a report …" ("a report by the Audit Office" is issued by
        // whoever follows "by", not always the sentence's speaker).
        // ("rejected allegations in an open letter signed by 300 workers":
        // the letter carries another party's claims.)
        let in_at = opener
            .and_then(|back| k.checked_sub(back + 1))
            .filter(|&j| is(j, &["in"]));
        let claims_carried = in_at
            .and_then(|j| j.checked_sub(1))
            .is_some_and(|j| is(j, CLAIMS_CARRIED));
        if in_at.is_some() && !claims_carried {
            return Some(noun);
        }
        // "…, according to a report by the province's inspector": the
        // speaker the cue names after "by" issued it.
        let according = opener.is_some_and(|back| {
            k.checked_sub(back + 2)
                .is_some_and(|j| is(j, &["according"]) && is(j + 1, &["to"]))
        });
        if according && is(k + 1, &["by"]) {
            return Some(noun);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<&'static str> {
        issued_in(s, Span::new(0, s.len()), &[])
    }

    #[test]
    fn documents_issued_are_read() {
        assert_eq!(
            read(
                "The authority said in a report published on Thursday that inspectors had examined 180 buses."
            ),
            Some("report")
        );
        // (Issued by whoever follows "by", not the sentence's speaker.)
        assert_eq!(
            read(
                "The government rejected a report by the Office of the Auditor-General which found that …"
            ),
            None
        );
        // (Cited as the source, issued by the cue's speaker after "by".)
        assert_eq!(
            read("Classes were cancelled, according to a report by the Audit Office."),
            Some("report")
        );
        assert_eq!(
            read("Classes were cancelled, according to figures from the Audit Office."),
            None
        );
        assert_eq!(
            read("Loomstack rejected allegations in an open letter signed by 300 workers."),
            None
        );
        assert_eq!(
            read("In a complaint lodged this week, the union said staffing had fallen."),
            Some("complaint")
        );
        assert_eq!(
            read(
                "In its annual highways report, the council said crews had repaired 24,312 potholes."
            ),
            Some("report")
        );
        assert_eq!(
            read(
                "The club hid complaints, the sports website The Finish Line reported on Tuesday."
            ),
            Some(REPORTED)
        );
        assert_eq!(read("The figures were first reported by the Post."), None);
        // (A report spoken of, not issued: "the report ignored thousands of homes".)
        assert_eq!(
            read("Akers told parliament the report ignored thousands of homes."),
            None
        );
    }

    #[test]
    fn a_document_inside_the_quoted_words_is_not_the_speakers() {
        let s = "She said in a report that she had read a survey by the union.";
        let quoted = [Span::new(s.find("she had").unwrap_or(0), s.len())];
        assert_eq!(issued_in(s, Span::new(0, s.len()), &quoted), Some("report"));
        let quoted_all = [Span::new(0, s.len())];
        assert_eq!(issued_in(s, Span::new(0, s.len()), &quoted_all), None);
    }
}
