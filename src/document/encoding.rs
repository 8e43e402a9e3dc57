//! A file's bytes into text, in whatever encoding the file uses.
//!
//! In order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides; then
//! UTF-8 when the bytes are UTF-8 (or nearly: a few stray bytes in otherwise
//! UTF-8 text become U+FFFD); then UTF-16 without a mark when every other byte
//! is zero; then the encoding a web page declares; then the legacy encoding
//! `chardetng` guesses (Windows-1252, Latin-1, `Shift_JIS`, GBK…). Only data
//! that is really binary — zero bytes that are not UTF-16, or text that
//! decodes into control characters — is refused.

use std::path::Path;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::LoadError;

/// How much of a file is looked at for zero bytes and for guessing.
const SNIFF_BYTES: usize = 8192;
/// How much of a file `chardetng` reads before guessing.
const GUESS_BYTES: usize = 1 << 20;

/// Decodes a file's bytes. `declared` is the charset a web page names for
/// itself, used when the bytes are not UTF-8 and carry no byte-order mark.
pub(super) fn decode_text(
    path: &Path,
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<String, LoadError> {
    let (encoding, body, skipped) = detect(path, bytes, declared)?;
    let decoded = decode_counting(encoding, body);
    let chars = decoded.text.chars().count().max(1);
    let controls = decoded
        .text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'))
        .count();
    if controls * 100 > chars {
        return Err(LoadError::Binary {
            path: path.to_path_buf(),
            what: "binary data".to_owned(),
        });
    }
    // A few unreadable bytes become U+FFFD; many mean the guess was wrong.
    if let Some(first) = decoded.first_error
        && (decoded.errors * 10 > chars || decoded.errors * 100 > chars && decoded.errors > 16)
    {
        return Err(LoadError::Encoding {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            offset: first + skipped,
        });
    }
    Ok(decoded.text)
}

/// The encoding to read the bytes with, the bytes to read (without a
/// byte-order mark) and how many bytes the mark took.
fn detect<'b>(
    path: &Path,
    bytes: &'b [u8],
    declared: Option<&'static Encoding>,
) -> Result<(&'static Encoding, &'b [u8], usize), LoadError> {
    if let Some((encoding, len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(len..).unwrap_or_default();
        if encoding == UTF_8 && has_zero(body) {
            return Err(binary_data(path));
        }
        return Ok((encoding, body, len));
    }
    if has_zero(bytes) {
        return utf16_without_bom(bytes)
            .map(|encoding| (encoding, bytes, 0))
            .ok_or_else(|| binary_data(path));
    }
    if std::str::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        return Ok((UTF_8, bytes, 0));
    }
    let declared =
        declared.filter(|e| e.is_single_byte() || (e.is_ascii_compatible() && *e != UTF_8));
    Ok((declared.unwrap_or_else(|| guess_legacy(bytes)), bytes, 0))
}

fn binary_data(path: &Path) -> LoadError {
    LoadError::Binary {
        path: path.to_path_buf(),
        what: "binary data".to_owned(),
    }
}

fn has_zero(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(SNIFF_BYTES)].contains(&0)
}

/// UTF-16 without a byte-order mark: text of mostly Latin letters has a zero
/// in every other byte, and (almost) none in the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |parity: usize| {
        head.iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let many = |n: usize| n * 10 >= pairs * 7;
    let few = |n: usize| n * 50 <= pairs;
    if many(odd) && few(even) {
        Some(UTF_16LE)
    } else if many(even) && few(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// True when invalid UTF-8 is still mostly UTF-8: its valid multi-byte
/// characters clearly outnumber its invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > bad * 2
}

/// The legacy (non-UTF) encoding `chardetng` finds most likely.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(GUESS_BYTES)];
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, Utf8Detection::Deny)
}

/// Text decoded with U+FFFD in place of unreadable bytes, and how many there were.
struct Decoded {
    text: String,
    errors: usize,
    first_error: Option<usize>,
}

fn decode_counting(encoding: &'static Encoding, bytes: &[u8]) -> Decoded {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2 + 16);
    let (mut read_total, mut errors, mut first_error) = (0usize, 0usize, None);
    loop {
        let rest = bytes.get(read_total..).unwrap_or_default();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read_total += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let remaining = bytes.len().saturating_sub(read_total);
                let need = decoder
                    .max_utf8_buffer_length_without_replacement(remaining)
                    .unwrap_or(remaining * 3);
                text.reserve(need.max(16));
            }
            DecoderResult::Malformed(bad, after) => {
                errors += 1;
                first_error.get_or_insert(
                    read_total.saturating_sub(usize::from(bad) + usize::from(after)),
                );
                text.push('\u{fffd}');
            }
        }
    }
    Decoded {
        text,
        errors,
        first_error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> Option<String> {
        decode_text(Path::new("a.txt"), bytes, None).ok()
    }

    #[test]
    fn windows_1252_smart_quotes_are_decoded() {
        let got = text(b"\x93We will rebuild the caf\xe9,\x94 the owner said on Tuesday.");
        assert_eq!(
            got.as_deref(),
            Some("“We will rebuild the café,” the owner said on Tuesday.")
        );
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let le: Vec<u8> = "Mayor says “no”"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Mayor says “no”"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(text(&le).as_deref(), Some("Mayor says “no”"));
        assert_eq!(text(&be).as_deref(), Some("Mayor says “no”"));
        let with_bom = [&[0xff, 0xfe][..], &le].concat();
        assert_eq!(text(&with_bom).as_deref(), Some("Mayor says “no”"));
    }

    #[test]
    fn a_stray_byte_in_utf8_is_replaced() {
        let got = text("Café “owners” say rents doubled \u{e9}".as_bytes());
        assert!(got.is_some());
        let mut bytes = "Café “owners” say rents doubled ".as_bytes().to_vec();
        bytes.push(0xff);
        assert_eq!(
            text(&bytes).as_deref(),
            Some("Café “owners” say rents doubled \u{fffd}")
        );
    }

    #[test]
    fn zero_bytes_are_binary() {
        let err = decode_text(
            Path::new("a.txt"),
            b"ab\0\x01\x02\x03\0\xff\xfe\x00\x00",
            None,
        )
        .err();
        assert!(matches!(err, Some(LoadError::Binary { .. })));
    }

    #[test]
    fn control_characters_are_binary() {
        let err = decode_text(
            Path::new("a.txt"),
            b"\x01\x02\x03\x04abc\x05\x06\x07\x08",
            None,
        )
        .err();
        assert!(matches!(err, Some(LoadError::Binary { .. })));
    }
}
