//! Splitting a stretch of text into words and punctuation, with spans.

use super::lowercase::Lower;
use crate::document::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "don't").
    Word,
    /// Digits, possibly with separators ("1,000", "3.5", "10%").
    Number,
    /// Any other single character.
    Punct(char),
}

/// One token of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// [`Token::is_capitalised`], worked out once from the text tokenised.
    capitalised: bool,
    /// The text is ASCII without capitals: its own lower case.
    plain: bool,
}

impl Token {
    /// The token of kind `kind` at `span` of `text`.
    #[cfg(test)]
    pub fn new(text: &str, span: Span, kind: TokenKind) -> Token {
        Token::of(span, kind, span.slice(text))
    }

    /// The token of kind `kind` at `span`, whose text is `word`.
    #[inline]
    fn of(span: Span, kind: TokenKind, word: &str) -> Token {
        let plain = word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        Token {
            span,
            kind,
            // (A plain word has no capital to start with, nor one behind a particle.)
            capitalised: kind == TokenKind::Word && !plain && starts_with_capital(word),
            plain,
        }
    }

    /// The punctuation token `c` at `span`.
    #[inline]
    fn punct(span: Span, c: char) -> Token {
        Token {
            span,
            kind: TokenKind::Punct(c),
            capitalised: false,
            plain: c.is_ascii() && !c.is_ascii_uppercase(),
        }
    }

    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }

    /// The token's text in lower case (`text` is the text it was read from).
    #[inline]
    pub fn lower(self, text: &str) -> Lower<'_> {
        if self.plain {
            Lower::borrowed(self.text(text))
        } else {
            Lower::of(self.text(text))
        }
    }

    /// True for a word that starts with an uppercase letter (`text` is the
    /// text it was read from: the answer was worked out then).
    #[inline]
    pub fn is_capitalised(self, _text: &str) -> bool {
        self.capitalised
    }

    /// True for this punctuation character.
    pub fn is_punct(self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// True for a word.
    pub fn is_word(self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// True for a word that starts with an uppercase letter, or with a short
/// lowercase particle before one ("al-Shabaab").
pub fn starts_with_capital(word: &str) -> bool {
    let bytes = word.as_bytes();
    match bytes.first() {
        None => return false,
        Some(b) if b.is_ascii_uppercase() => return true,
        // (An ASCII character other than a capital is no uppercase letter.)
        Some(b) if b.is_ascii() => {}
        Some(_) => {
            if word.chars().next().is_some_and(char::is_uppercase) {
                return true;
            }
        }
    }
    // "al-Shabaab", "el-Sisi", "d'Artagnan": a name behind a lowercase
    // particle of at most three bytes, so the first separator lies in the
    // first four bytes ('’' starts with a byte no other character has there).
    for k in 0..bytes.len().min(4) {
        let separator = match bytes[k] {
            b'-' | b'\'' => 1,
            0xE2 if bytes[k..].starts_with("’".as_bytes()) => "’".len(),
            _ => continue,
        };
        return word
            .get(k + separator..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase);
    }
    false
}

/// Abbreviated titles whose period belongs to the word.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj",
    "Adm", "Cpl", "Det", "Const", "Insp", "Supt", "Coun", "Rev", "Hon", "Jr", "Sr", "St", "Mt",
    "Cst", "Sup", // and a company's suffix: "Swiftline Inc. said"
    "Inc", "Corp", "Ltd", "Co", // and a month's: "on Jan. 17"
    "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Zero-width and soft-hyphen characters are invisible: treated as space.
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
        )
}

/// The character starting at byte `pos` of `s`, if any.
fn char_at(s: &str, pos: usize) -> Option<char> {
    match s.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(pos..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Tokenises `span` of `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_each(text, span, |t| out.push(t));
    out
}

/// Tokenises `span` of `text`, handing each token to `out` in order (no
/// list of its own to allocate).
#[inline]
pub fn tokenize_each(text: &str, span: Span, mut out: impl FnMut(Token)) {
    let base = span.start;
    let source = span.slice(text);
    let mut i = 0;
    while let Some(c) = char_at(source, i) {
        let start = i;
        if is_blank(c) {
            i += c.len_utf8();
            continue;
        }
        if c.is_alphabetic() || c.is_ascii_digit() {
            let numeric = c.is_ascii_digit();
            let mut j = i + c.len_utf8();
            let bytes = source.as_bytes();
            loop {
                // ASCII letters and digits always join: step over them at once.
                while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
                    j += 1;
                }
                let Some(d) = char_at(source, j) else {
                    break;
                };
                let after = j + d.len_utf8();
                let joins = d.is_alphanumeric()
                    || ((is_apostrophe(d) || d == '-' || d == '.')
                        && !numeric
                        && char_at(source, after).is_some_and(char::is_alphanumeric))
                    || (numeric
                        && (d == ',' || d == '.')
                        && char_at(source, after).is_some_and(|n| n.is_ascii_digit()))
                    || (d == '.' && !numeric && is_initialism(&source[start..j]))
                    || (numeric && d == '%');
                if !joins {
                    // "the parents’ group": a plural possessive keeps its apostrophe.
                    let plural_possessive = is_apostrophe(d)
                        && !numeric
                        && matches!(source[..j].chars().next_back(), Some('s' | 'S'))
                        && source[i..j].chars().nth(2).is_some()
                        && char_at(source, after).is_none_or(char::is_whitespace);
                    if plural_possessive {
                        j = after;
                    }
                    break;
                }
                j = after;
            }
            let mut end = j;
            // "Dr.", "Sen.", "Rep.": a title abbreviation keeps its period; so does
            // a middle initial ("James M. Flaherty").
            let word = &source[start..end];
            if char_at(source, j) == Some('.') {
                let initial = word.len() == 1
                    && word.chars().all(char::is_uppercase)
                    && char_at(source, j + 1) == Some(' ');
                if TITLE_ABBREVIATIONS.contains(&word) || initial {
                    end += 1;
                    j += 1;
                }
            }
            let kind = if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out(Token::of(
                Span::new(base + start, base + end),
                kind,
                &source[start..end],
            ));
            i = j;
        } else {
            // (A horizontal bar, "” ― Sonya Herridge", is a dash.)
            out(Token::punct(
                Span::new(base + start, base + start + c.len_utf8()),
                if c == '―' { '—' } else { c },
            ));
            i += c.len_utf8();
        }
    }
}

/// "U.S." keeps its final period: the word so far is single letters and periods.
fn is_initialism(word: &str) -> bool {
    let mut count = 0;
    for (k, c) in word.chars().enumerate() {
        let fits = if k % 2 == 0 {
            c.is_uppercase()
        } else {
            c == '.'
        };
        if !fits {
            return false;
        }
        count += 1;
    }
    count >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first tokenizer (a vector of characters), kept to check the faster one against.
    fn tokenize_reference(text: &str, span: Span) -> Vec<Token> {
        fn is_initialism(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
            let word: Vec<char> = chars[start..dot].iter().map(|&(_, c)| c).collect();
            word.len() >= 3
                && word.iter().enumerate().all(|(k, c)| {
                    if k % 2 == 0 {
                        c.is_uppercase()
                    } else {
                        *c == '.'
                    }
                })
        }
        let mut out = Vec::new();
        let base = span.start;
        let source = span.slice(text);
        let chars: Vec<(usize, char)> = source.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            if is_blank(c) {
                i += 1;
                continue;
            }
            if c.is_alphabetic() || c.is_ascii_digit() {
                let numeric = c.is_ascii_digit();
                let mut j = i + 1;
                while j < chars.len() {
                    let (_, d) = chars[j];
                    let next = chars.get(j + 1).map(|&(_, n)| n);
                    let joins = d.is_alphanumeric()
                        || ((is_apostrophe(d) || d == '-' || d == '.')
                            && next.is_some_and(char::is_alphanumeric)
                            && !numeric)
                        || (numeric
                            && (d == ',' || d == '.')
                            && next.is_some_and(|n| n.is_ascii_digit()))
                        || (d == '.' && !numeric && is_initialism(&chars, i, j))
                        || (numeric && d == '%');
                    if !joins {
                        let plural_possessive = is_apostrophe(d)
                            && !numeric
                            && matches!(chars[j - 1].1, 's' | 'S')
                            && j - i >= 3
                            && next.is_none_or(char::is_whitespace);
                        if plural_possessive {
                            j += 1;
                        }
                        break;
                    }
                    j += 1;
                }
                let mut end = chars.get(j).map_or(source.len(), |&(o, _)| o);
                let word = &source[start..end];
                let initial = word.len() == 1
                    && word.chars().all(char::is_uppercase)
                    && chars.get(j + 1).is_some_and(|&(_, n)| n == ' ');
                if chars.get(j).is_some_and(|&(_, d)| d == '.')
                    && (TITLE_ABBREVIATIONS.contains(&word) || initial)
                {
                    end += 1;
                    j += 1;
                }
                let kind = if numeric {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                out.push(Token::new(text, Span::new(base + start, base + end), kind));
                i = j;
            } else {
                // (A horizontal bar, "” ― Sonya Herridge", is a dash.)
                let c = if c == '―' { '—' } else { c };
                out.push(Token::new(
                    text,
                    Span::new(base + start, base + start + c.len_utf8()),
                    TokenKind::Punct(c),
                ));
                i += 1;
            }
        }
        out
    }

    #[test]
    fn same_tokens_as_the_reference() {
        let cases = [
            "He didn't pay $1,000.50 to U.S. firms, she said.",
            "Mr. Smith and Dr.Jones met James M. Flaherty at 10% past the U.S.A.-run St. base.",
            "al-Shabaab d’Artagnan el-Sisi O'Neil rock-n-roll 3.5x 1,2,3 ,5 .5 a.b.c. A.B.C",
            "Ünïcødé İstanbul ΟΔΟΣ 日本語の文 ٣٤ don’t K. M.\u{200b}x\u{ad}y — “quoted” …",
            "End with a dot. A. B.C. x.Y Mr.",
            "",
            "   ",
            "Sen.\nRep. Gov. M.\tJ. U.S",
        ];
        for s in cases {
            for start in 0..=s.len() {
                if !s.is_char_boundary(start) {
                    continue;
                }
                let span = Span::new(start, s.len());
                assert_eq!(
                    tokenize(s, span),
                    tokenize_reference(s, span),
                    "{s:?} from {start}"
                );
            }
        }
    }

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text(s))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn same_tokens_on_tricky_text(s in "[AaBbMrStU.,'’%\\- İΣ٣0-9\u{200b}]{0,40}") {
            let span = Span::new(0, s.len());
            proptest::prop_assert_eq!(tokenize(&s, span), tokenize_reference(&s, span));
        }
    }

    #[test]
    fn capitals_as_before() {
        let reference = |t: Token, text: &str| {
            let word = t.text(text);
            let particle = word
                .split_once(['-', '\'', '’'])
                .is_some_and(|(head, rest)| {
                    head.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
                });
            t.kind == TokenKind::Word
                && (word.chars().next().is_some_and(char::is_uppercase) || particle)
        };
        let s = "al-Shabaab el-Sisi d'Artagnan d’Artagnan abcd-Efg abc-Def ab-c-D x’y’Z o-’Neil \
                 über-Alles é’Z ab’’C Paris 3-D a-1 von-der-Leyen";
        for t in tokenize(s, Span::new(0, s.len())) {
            assert_eq!(t.is_capitalised(s), reference(t, s), "{}", t.text(s));
        }
    }

    #[test]
    fn plural_possessive_keeps_its_apostrophe() {
        assert_eq!(
            words("the parents’ group and the workers' union’s"),
            [
                "the",
                "parents’",
                "group",
                "and",
                "the",
                "workers'",
                "union’s"
            ]
        );
        assert_eq!(words("‘as’ it is"), ["‘", "as", "’", "it", "is"]);
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            words("He didn't pay $1,000.50 to U.S. firms, she said."),
            [
                "He", "didn't", "pay", "$", "1,000.50", "to", "U.S.", "firms", ",", "she", "said",
                "."
            ]
        );
    }
}
