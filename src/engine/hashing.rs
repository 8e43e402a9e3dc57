//! A fast, non-cryptographic hash for the engine's word tables.
//!
//! The standard library's `SipHash` guards against crafted collisions, which
//! costs a large share of the time spent looking words up. The engine's
//! tables are keyed by short words and never iterated into the output, so
//! they use this multiply-rotate hash (the one `rustc` uses for its tables).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher mixing 8 bytes at a time with a rotate, a xor and a multiply.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Words → values: short words keyed by their bytes packed in a number
/// ([`pack`]), so that looking one up hashes one number; longer words by their text.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    short: FastMap<u128, V>,
    long: FastMap<String, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        Self {
            short: FastMap::default(),
            long: FastMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// Adds `word` (exactly as spelt); returns its packed key when it has one.
    pub fn insert(&mut self, word: &str, value: V) -> Option<u128> {
        let key = pack(word, |b| b);
        match key {
            Some(key) => {
                self.short.insert(key, value);
            }
            None => {
                self.long.insert(word.to_owned(), value);
            }
        }
        key
    }

    /// The value of `word` (exactly as spelt).
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        match pack(word, |b| b) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    /// The value of a short word, by its packed key.
    #[inline]
    pub fn get_packed(&self, key: u128) -> Option<&V> {
        self.short.get(&key)
    }
}

/// Longest word [`pack`] packs.
pub const PACKED: usize = 15;

/// A word of up to [`PACKED`] bytes as one number (its bytes, with `map`
/// applied to each, and its length), to look short words up without reading
/// a string elsewhere in memory; `None` for a longer word.
#[inline]
pub fn pack(word: &str, map: impl Fn(u8) -> u8) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > PACKED {
        return None;
    }
    let mut packed = [0u8; 16];
    for (slot, &b) in packed.iter_mut().zip(bytes) {
        *slot = map(b);
    }
    packed[PACKED] = u8::try_from(bytes.len()).unwrap_or(u8::MAX);
    Some(u128::from_le_bytes(packed))
}

/// Builds [`WordHasher`]s.
pub type WordHash = BuildHasherDefault<WordHasher>;
/// A `HashMap` hashed with [`WordHasher`].
pub type FastMap<K, V> = HashMap<K, V, WordHash>;
/// A `HashSet` hashed with [`WordHasher`].
pub type FastSet<K> = HashSet<K, WordHash>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_again() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for (i, w) in ["a", "said", "spokeswoman", "spokeswomen", ""]
            .iter()
            .enumerate()
        {
            map.insert((*w).to_owned(), i);
        }
        assert_eq!(map.get("spokeswoman"), Some(&2));
        assert_eq!(map.get("spokeswomen"), Some(&3));
        assert_eq!(map.get(""), Some(&4));
        assert_eq!(map.get("spokes"), None);
    }

    #[test]
    fn packed_words_differ() {
        let words = [
            "",
            "a",
            "a\0",
            "ab",
            "ba",
            "fifteen-letters",
            "sixteen-letters!",
        ];
        let packed: Vec<_> = words.iter().map(|w| pack(w, |b| b)).collect();
        for (i, a) in packed.iter().enumerate() {
            for b in &packed[i + 1..] {
                assert!(a.is_none() || a != b);
            }
        }
        assert_eq!(packed[6], None);
        assert_eq!(
            pack("Said", |b| b.to_ascii_lowercase()),
            pack("said", |b| b)
        );
    }
}
