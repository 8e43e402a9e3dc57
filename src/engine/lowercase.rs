//! Lower-casing a word without allocating when it is already lower case or short.

use std::ops::Deref;

use arrayvec::ArrayString;

/// Longest ASCII word lower-cased in place, without allocating.
const SHORT: usize = 22;

/// A word in lower case: borrowed from the text when it already is, copied
/// into the value itself when it is short ASCII, else a string of its own.
#[derive(Clone)]
pub struct Lower<'a>(Repr<'a>);

#[derive(Clone)]
enum Repr<'a> {
    Borrowed(&'a str),
    Short(ArrayString<SHORT>),
    Owned(String),
}

impl<'a> Lower<'a> {
    /// Exactly `s.to_lowercase()`, without allocating when that changes
    /// nothing or the word is short ASCII.
    #[inline]
    pub fn of(s: &'a str) -> Self {
        // One pass: is it ASCII, and has it capitals?
        let mut capitals = false;
        for &b in s.as_bytes() {
            if !b.is_ascii() {
                return Lower(Repr::Owned(s.to_lowercase()));
            }
            capitals |= b.is_ascii_uppercase();
        }
        if !capitals {
            Lower(Repr::Borrowed(s))
        } else if let Ok(mut short) = ArrayString::<SHORT>::from(s) {
            short.make_ascii_lowercase();
            Lower(Repr::Short(short))
        } else {
            Lower(Repr::Owned(s.to_ascii_lowercase()))
        }
    }

    /// A word known to be its own lower case.
    #[inline]
    pub fn borrowed(s: &'a str) -> Self {
        Lower(Repr::Borrowed(s))
    }

    /// The word.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            Repr::Short(s) => s,
            Repr::Owned(s) => s,
        }
    }

    /// The word as an owned string.
    pub fn into_owned(self) -> String {
        match self.0 {
            Repr::Owned(s) => s,
            _ => self.as_str().to_owned(),
        }
    }
}

impl Default for Lower<'_> {
    fn default() -> Self {
        Lower(Repr::Borrowed(""))
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Lower<'_> {}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `.lower()`: [`str::to_lowercase`] that borrows when it can.
pub trait ToLower {
    /// The text in lower case.
    fn lower(&self) -> Lower<'_>;
}

impl ToLower for str {
    fn lower(&self) -> Lower<'_> {
        Lower::of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_standard_library() {
        for s in [
            "said",
            "Said",
            "SAID",
            "",
            "Ölçek",
            "ΟΔΟΣ",
            "K",
            "İstanbul",
            "n’t",
        ] {
            assert!(
                matches!(s.lower().0, Repr::Borrowed(_)) == (s == s.to_lowercase() && s.is_ascii())
            );
            assert_eq!(s.lower(), s.to_lowercase());
        }
        let long = "A Word Longer Than Any Short One";
        assert_eq!(long.lower(), long.to_lowercase());
        assert_eq!(long.lower().into_owned(), long.to_lowercase());
        assert_eq!("ExactlyTwentyTwoBytes!".lower(), "exactlytwentytwobytes!");
        assert_eq!("Said".lower().into_owned(), "said");
        assert_eq!(format!("{:?}", "Said".lower()), "\"said\"");
    }
}
