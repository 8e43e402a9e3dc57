//! Parties a sentence names as the source of what it contradicts:
//! "as stated by X", "cited by X", "a report in X", "X's claim", "the X report".

use crate::document::Span;
use crate::engine::lexicons::LEXICONS;
use crate::engine::lowercase::ToLower;
use crate::engine::tokens::{Token, TokenKind, tokenize};

/// Verbs of a passive reference: "as stated by", "cited by".
const BY_VERBS: &[&str] = &[
    "stated",
    "said",
    "claimed",
    "reported",
    "suggested",
    "announced",
    "tweeted",
    "cited",
    "made",
    "published",
    "given",
    "quoted",
    "alleged",
    "asserted",
];

/// Names of parties the sentence refers to as the source of a claim.
pub fn named_parties(text: &str, sentence: Span) -> Vec<String> {
    let toks: Vec<Token> = tokenize(text, sentence);
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text(text))
    };
    let lower = |i: usize| word(i).map(str::lower).unwrap_or_default();
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let w = lower(i);
        // "(as) stated by X", "cited by the Journal"
        if BY_VERBS.contains(&w.as_str()) && lower(i + 1) == "by" {
            out.extend(name_after(text, &toks, i + 2));
        }
        // "a report in X", "claims by X", "the statement from X"
        if LEXICONS.claim_nouns.contains(w.as_str())
            && matches!(lower(i + 1).as_str(), "in" | "by" | "from" | "of")
        {
            out.extend(name_after(text, &toks, i + 2));
        }
        // "X's claim", "the Journal report", "the police number", "the
        // auditor's numbers" (a lowercase word names a party only when a
        // speaker bears that name).
        if LEXICONS.claim_nouns.contains(w.as_str()) && i > 0 {
            let mut k = i;
            while k > 0 && toks[k - 1].is_capitalised(text) {
                k -= 1;
            }
            let owner = lower(i - 1);
            if k == i
                && i >= 2
                && toks[i - 1].kind == TokenKind::Word
                && matches!(
                    lower(i - 2).as_str(),
                    "the" | "this" | "that" | "these" | "those"
                )
                && !LEXICONS.claim_nouns.contains(owner.as_str())
            {
                out.push(strip_possessive(&owner).to_owned());
            } else if k < i {
                let name: Vec<&str> = toks[k..i]
                    .iter()
                    .map(|t| strip_possessive(t.text(text)))
                    .collect();
                out.push(name.join(" "));
            }
        }
    }
    out
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

/// The capitalised name starting at token `i` ("the Journal" → "Journal").
fn name_after(text: &str, toks: &[Token], mut i: usize) -> Option<String> {
    if toks
        .get(i)
        .is_some_and(|t| matches!(t.text(text), "the" | "The" | "a" | "an"))
    {
        i += 1;
    }
    let mut words = Vec::new();
    while let Some(t) = toks.get(i) {
        if !t.is_capitalised(text) {
            break;
        }
        words.push(strip_possessive(t.text(text)));
        i += 1;
    }
    // "US President Donald Trump": the name is what follows the titles; the
    // last word is enough to find the speaker.
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read() {
        let s = "The company denied it, as stated by Mayor Jane Roe in the Herald's report.";
        let got = named_parties(s, Span::new(0, s.len()));
        assert_eq!(got, ["Mayor Jane Roe", "Herald"]);
    }
}
