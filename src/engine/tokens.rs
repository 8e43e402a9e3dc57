//! Splitting a stretch of text into words and punctuation, with spans.

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
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }

    /// True for a word that starts with an uppercase letter.
    pub fn is_capitalised(self, text: &str) -> bool {
        let word = self.text(text);
        // "al-Shabaab", "el-Sisi", "d'Artagnan": a name behind a lowercase particle.
        let particle = word
            .split_once(['-', '\'', '’'])
            .is_some_and(|(head, rest)| {
                head.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
            });
        self.kind == TokenKind::Word
            && (word.chars().next().is_some_and(char::is_uppercase) || particle)
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

/// Abbreviated titles whose period belongs to the word.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj",
    "Adm", "Cpl", "Det", "Const", "Insp", "Supt", "Coun", "Rev", "Hon", "Jr", "Sr", "St", "Mt",
    "Cst", "Sup",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenises `span` of `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let base = span.start;
    let source = span.slice(text);
    let chars: Vec<(usize, char)> = source.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        // Zero-width and soft-hyphen characters are invisible: treat as space.
        if c.is_whitespace()
            || matches!(
                c,
                '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
            )
        {
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
                    // "the parents’ group": a plural possessive keeps its apostrophe.
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
            // "Dr.", "Sen.", "Rep.": a title abbreviation keeps its period; so does
            // a middle initial ("James M. Flaherty").
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
            out.push(Token {
                span: Span::new(base + start, base + end),
                kind,
            });
            i = j;
        } else {
            out.push(Token {
                span: Span::new(base + start, base + start + c.len_utf8()),
                kind: TokenKind::Punct(c),
            });
            i += 1;
        }
    }
    out
}

/// "U.S." keeps its final period: the word so far is single letters and periods.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .iter()
            .map(|t| t.text(s))
            .collect()
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
