//! English word stems ("leaked", "leaking" → "leak"), each worked out once
//! per article: the Snowball stemmer is the costliest step of reading a
//! word, and the negation and clause readers stem the same words.

use rust_stemmers::{Algorithm, Stemmer};

use crate::engine::hashing::WordMap;

/// A stemmer that remembers every stem it has given.
pub struct Stems {
    stemmer: Stemmer,
    known: WordMap<Box<str>>,
}

impl Default for Stems {
    fn default() -> Self {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
            known: WordMap::default(),
        }
    }
}

impl Stems {
    /// The stem of a lowercase word; words of one meaning share a stem
    /// ("obstructed" counts as "blocked", "hurt" as "injured").
    pub fn of(&mut self, word: &str) -> &str {
        if self.known.get(word).is_none() {
            let stem = self.stemmer.stem(word);
            let stem: Box<str> = SYNONYM_STEMS
                .iter()
                .find(|(from, _)| *from == stem)
                .map_or(stem.as_ref(), |(_, to)| to)
                .into();
            self.known.insert(word, stem);
        }
        self.known.get(word).map_or("", |stem| stem)
    }
}

/// Stems that say the same of a thing in news accounts of it, and the stem
/// each counts as: an exit "obstructed" is one "blocked"; people "hurt" or
/// "wounded" were "injured"; a site "shut" was "closed".
const SYNONYM_STEMS: &[(&str, &str)] = &[
    ("obstruct", "block"),
    ("hurt", "injur"),
    ("wound", "injur"),
    ("injuri", "injur"),
    ("shut", "close"),
    ("clos", "close"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stem_is_the_same_however_often_it_is_asked() {
        let mut stems = Stems::default();
        assert_eq!(stems.of("leaked"), "leak");
        assert_eq!(stems.of("leaking"), "leak");
        assert_eq!(stems.of("leaked"), "leak");
        assert_eq!(stems.of("records"), "record");
        let blocked = stems.of("blocked").to_owned();
        assert_eq!(stems.of("obstructed"), blocked);
        let injured = stems.of("injured").to_owned();
        assert_eq!(stems.of("hurt"), injured);
    }
}
