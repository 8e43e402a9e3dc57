//! Lower-casing a word without allocating when it is already lower case.

use std::borrow::Cow;
use std::ops::Deref;

/// Exactly `s.to_lowercase()`, borrowed when that would change nothing
/// (ASCII text without capitals, by far the commonest case).
#[inline]
pub fn lowercase(s: &str) -> Cow<'_, str> {
    if !s.is_ascii() {
        Cow::Owned(s.to_lowercase())
    } else if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// A word in lower case, borrowed from the text when it already is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Lower<'a>(Cow<'a, str>);

impl<'a> Lower<'a> {
    /// Exactly `s.to_lowercase()`, without allocating when that changes nothing.
    #[inline]
    pub fn of(s: &'a str) -> Self {
        Lower(lowercase(s))
    }

    /// The word.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The word as an owned string.
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.0 == other.as_str()
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
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
            assert_eq!(lowercase(s), s.to_lowercase());
            assert!(
                matches!(lowercase(s), Cow::Borrowed(_)) == (s == s.to_lowercase() && s.is_ascii())
            );
            assert_eq!(s.lower(), s.to_lowercase());
        }
    }
}
