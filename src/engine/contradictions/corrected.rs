//! Figures corrected outright: "the interview had run for 14 minutes, not
//! 23", "Sixty-one people have been rescued. Not 72, not 70 – 61", "the
//! average delay was 11 months, not almost three years". A party that puts
//! its own figure in place of another's names the figure it rejects; the
//! contradicted passage is the other party's that gave that figure.

use std::cell::OnceCell;

use super::figures::{is_year, may_hold_number, number_value};
use super::{already_linked, earlier, quote_speaker_name, same_side};
use crate::document::Span;
use crate::engine::lowercase::ToLower;
use crate::engine::model::{Contradiction, ContradictionKind, Quote, QuoteId, Speaker};
use crate::engine::tokens::{Token, TokenKind, tokenize};

/// Words between "not" and the figure it rejects ("not almost three years").
const APPROXIMATORS: &[&str] = &[
    "almost",
    "nearly",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "even",
];

/// Units of measure a figure may be given in; a rejected figure in one of
/// them is compared only with figures in the same unit.
const MEASURE_UNITS: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "percent",
    "per",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "metre",
    "meter",
    "tonne",
    "ton",
    "degree",
    "hectare",
    "acre",
];

/// How many tokens from the rejected figure the speaker's own may stand.
const OWN_FIGURE_WITHIN: usize = 15;

/// How far an approximate rejected figure ("not almost three years") may be
/// from the other party's ("2.7 years").
const APPROXIMATE_RATIO: f64 = 1.2;

/// The smallest figure worth rejecting: "not one" is emphasis, not a count.
const MIN_VALUE: f64 = 2.0;

/// A number in a passage, with the unit written after it.
struct Number {
    token: usize,
    value: f64,
    /// The word after it, lowercase and singular ("minute" for "23-minute").
    unit: Option<String>,
}

/// A figure the speaker rejects, and the speaker's own in its place.
struct Rejection {
    rejected: f64,
    /// The unit of measure the rejected figure is in, written or implied by
    /// the speaker's own ("14 minutes, not 23").
    measure: Option<String>,
    approximate: bool,
    written: String,
}

/// Adds a conflicting-figures contradiction for each passage that rejects a
/// figure an earlier passage by another party gave.
pub fn corrections(
    text: &str,
    speakers: &[Speaker],
    quotes: &[(Quote, usize)],
    out: &mut Vec<Contradiction>,
) {
    // A passage's numbers are read only when some passage rejects a figure.
    let numbers: Vec<OnceCell<Vec<Number>>> = quotes.iter().map(|_| OnceCell::new()).collect();
    let numbers_of = |i: usize| numbers[i].get_or_init(|| numbers_in(quotes[i].0.span.slice(text)));
    for ia in 0..quotes.len() {
        let Some(sa) = quotes[ia].0.speaker else {
            continue;
        };
        let passage = quotes[ia].0.span.slice(text);
        if !may_reject(passage) {
            continue;
        }
        for rejection in rejections(passage, numbers_of(ia)) {
            let target = earlier(ia).find(|&ib| {
                quotes[ib]
                    .0
                    .speaker
                    .is_some_and(|sb| sb != sa && !same_side(speakers, sa, sb))
                    && numbers_of(ib).iter().any(|n| gives(n, &rejection))
            });
            let Some(ib) = target else { continue };
            if already_linked(out, ia, ib) {
                continue;
            }
            let name = |i: usize| quote_speaker_name(speakers, quotes, i);
            out.push(Contradiction {
                a: QuoteId(ia),
                b: QuoteId(ib),
                kind: ContradictionKind::ConflictingFigures,
                cue: rejection.written.clone(),
                explanation: format!(
                    "{} rejects the figure {} gave: “{}”.",
                    name(ia),
                    name(ib),
                    rejection.written
                ),
                confidence: 0.7,
            });
        }
    }
}

/// False when `s` has no "not" before a space: it rejects no figure.
fn may_reject(s: &str) -> bool {
    s.contains("not ") || s.contains("Not ") || s.contains("NOT ")
}

/// Does `n` give the rejected figure?
fn gives(n: &Number, r: &Rejection) -> bool {
    if let Some(measure) = &r.measure
        && n.unit.as_ref().is_some_and(|u| u != measure)
    {
        return false;
    }
    let ratio = if n.value > 0.0 && r.rejected > 0.0 {
        (n.value / r.rejected).max(r.rejected / n.value)
    } else {
        f64::INFINITY
    };
    if r.approximate {
        r.measure.is_some() && ratio <= APPROXIMATE_RATIO
    } else {
        (n.value - r.rejected).abs() < f64::EPSILON
    }
}

/// The numbers of a passage (not years), each with the word after it.
fn numbers_in(s: &str) -> Vec<Number> {
    if !may_hold_number(s) {
        return Vec::new();
    }
    let toks = tokenize(s, Span::new(0, s.len()));
    toks.iter()
        .enumerate()
        .filter(|(_, t)| !is_year(t.text(s), t.kind))
        .filter_map(|(i, t)| {
            let value = number_value(t.text(s), t.kind)?;
            Some(Number {
                token: i,
                value,
                unit: unit_after(s, &toks, i),
            })
        })
        .collect()
}

/// The word written after the number at token `i` ("23-minute", "14
/// minutes", "12%"), lowercase and without a plural "s".
fn unit_after(s: &str, toks: &[Token], i: usize) -> Option<String> {
    if toks[i].text(s).ends_with('%') {
        return Some("percent".to_owned());
    }
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| t.kind == TokenKind::Punct('-')) {
        k += 1;
    }
    let word = toks.get(k).filter(|t| t.is_word())?.text(s).lower();
    let singular = word.strip_suffix('s').unwrap_or(&word);
    Some(singular.to_owned())
}

/// The figures a passage rejects in so many words: "N, not M", "Not M, …
/// N", "not M but N", each with an own figure of the speaker nearby.
fn rejections(s: &str, numbers: &[Number]) -> Vec<Rejection> {
    if numbers.len() < 2 {
        return Vec::new();
    }
    let toks = tokenize(s, Span::new(0, s.len()));
    let word = |k: usize| toks.get(k).map(|t| t.text(s).lower());
    let mut out = Vec::new();
    for (at, n) in numbers.iter().enumerate() {
        if n.value < MIN_VALUE || n.token == 0 {
            continue;
        }
        let approximate = word(n.token - 1).is_some_and(|w| APPROXIMATORS.contains(&&*w));
        let not_at = if approximate {
            n.token.checked_sub(2)
        } else {
            Some(n.token - 1)
        };
        let Some(not_at) = not_at.filter(|&k| word(k).as_deref() == Some("not")) else {
            continue;
        };
        // "N, not M", "N – not M", "Not M" opening a sentence: not "does not 20 …".
        let opens = not_at == 0
            || toks.get(not_at - 1).is_some_and(|t| {
                matches!(
                    t.kind,
                    TokenKind::Punct(',' | '–' | '—' | '-' | '.' | '!' | '?' | ';')
                )
            });
        if !opens {
            continue;
        }
        // The speaker's own figure, not itself rejected, close by.
        let own = numbers.iter().enumerate().find(|&(k, m)| {
            k != at
                && (m.value - n.value).abs() >= f64::EPSILON
                && m.token.abs_diff(n.token) <= OWN_FIGURE_WITHIN
                && !rejected_at(&toks, s, m.token)
        });
        let Some((_, own)) = own else { continue };
        let is_measure = |u: &String| MEASURE_UNITS.contains(&u.as_str()) || u == "cent";
        let measure = n
            .unit
            .as_ref()
            .filter(|u| is_measure(u))
            .or(own.unit.as_ref().filter(|u| is_measure(u)))
            .map(|u| {
                if u == "per" || u == "cent" {
                    "percent".to_owned()
                } else {
                    u.clone()
                }
            });
        let from = toks[not_at].span.start;
        let to = toks[n.token].span.end;
        out.push(Rejection {
            rejected: n.value,
            measure,
            approximate,
            written: s.get(from..to).unwrap_or("not").to_owned(),
        });
    }
    out
}

/// Is the number at token `k` itself rejected ("not 70")?
fn rejected_at(toks: &[Token], s: &str, k: usize) -> bool {
    (1..=2).any(|back| {
        k.checked_sub(back)
            .and_then(|j| toks.get(j))
            .is_some_and(|t| t.text(s).lower() == "not")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejected(s: &str) -> Vec<(f64, Option<String>)> {
        rejections(s, &numbers_in(s))
            .into_iter()
            .map(|r| (r.rejected, r.measure))
            .collect()
    }

    #[test]
    fn a_figure_put_in_place_of_another_is_rejected() {
        assert_eq!(
            rejected("the interview itself had run for 14 minutes, not 23, with the rest"),
            vec![(23.0, Some("minute".to_owned()))]
        );
        assert_eq!(
            rejected("Sixty-one people have been rescued. Not 72, not 70 – 61."),
            vec![(72.0, None), (70.0, None)]
        );
        assert_eq!(
            rejected("the average delay was 11 months, not almost three years"),
            vec![(3.0, Some("year".to_owned()))]
        );
        assert_eq!(
            rejected("It was twelve aircraft, not thirty-six, and"),
            vec![(36.0, None)]
        );
    }

    #[test]
    fn a_negated_figure_with_no_figure_of_ones_own_is_no_correction() {
        assert!(rejected("We are not 100 percent sure of 40 of them").is_empty());
        assert!(rejected("Not one phone call, not one email.").is_empty());
        assert!(rejected("There were 12 of them, not one more.").is_empty());
    }
}
