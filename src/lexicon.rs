//! Word lists kept as data files in `assets/lexicons/`.
//!
//! Each file has one entry per line; blank lines and lines starting with `#`
//! (the header naming the list's source and licence) are skipped. The files
//! are compiled in with `include_str!`, so a linguist can extend them without
//! reading Rust and nothing is read from disk at run time.

/// The entries of a lexicon file: trimmed, non-empty, non-comment lines.
pub fn entries(source: &str) -> impl Iterator<Item = &str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A lexicon as a set of lowercase entries (any set type).
pub fn set<S: FromIterator<String>>(source: &str) -> S {
    entries(source).map(str::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_blanks_are_skipped() {
        let got: Vec<_> = super::entries("# head\n\nsaid\n  told \n").collect();
        assert_eq!(got, ["said", "told"]);
    }
}
