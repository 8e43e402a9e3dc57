//! Names as score.py compares them: `norm` and `speaker_matches`.

use super::GoldSpeaker;

/// score.py's `norm`: NFKC, lower case, plain apostrophes, anything but word
/// characters and apostrophes as spaces, no leading article.
pub fn norm(s: &str) -> String {
    let lower = nfkc(s).to_lowercase().replace(['’', '‘'], "'");
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let trimmed = cleaned.trim();
    let bare = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| trimmed.strip_prefix(a))
        .unwrap_or(trimmed);
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// score.py's `speaker_matches`: the engine's name for a speaker names the
/// party when it is the party's name or an alias, its surname, or ends with it.
pub fn speaker_matches(found: &str, party: &GoldSpeaker) -> bool {
    names_party(found, &party.name, &party.aliases)
}

/// [`speaker_matches`] for a party given by name and aliases.
pub fn names_party(found: &str, name: &str, aliases: &[String]) -> bool {
    let found = norm(found);
    if found.is_empty() {
        return false;
    }
    let canon = norm(name);
    let surname = canon.rsplit(' ').next().unwrap_or(&canon);
    found == canon
        || aliases.iter().any(|a| norm(a) == found)
        || found == surname
        || found.ends_with(&format!(" {canon}"))
}

/// Latin letters an accent composes with, and the letters they make (NFC's table).
const COMPOSITIONS: &[(char, &str, &str)] = &[
    ('\u{300}', "aeinouwyAEINOUWY", "àèìǹòùẁỳÀÈÌǸÒÙẀỲ"),
    (
        '\u{301}',
        "acegiklmnoprsuwyzACEGIKLMNOPRSUWYZ",
        "áćéǵíḱĺḿńóṕŕśúẃýźÁĆÉǴÍḰĹḾŃÓṔŔŚÚẂÝŹ",
    ),
    (
        '\u{302}',
        "aceghijosuwyzACEGHIJOSUWYZ",
        "âĉêĝĥîĵôŝûŵŷẑÂĈÊĜĤÎĴÔŜÛŴŶẐ",
    ),
    ('\u{303}', "aeinouvyAEINOUVY", "ãẽĩñõũṽỹÃẼĨÑÕŨṼỸ"),
    ('\u{304}', "aegiouyAEGIOUY", "āēḡīōūȳĀĒḠĪŌŪȲ"),
    ('\u{306}', "aegiouAEGIOU", "ăĕğĭŏŭĂĔĞĬŎŬ"),
    (
        '\u{307}',
        "abcdefghmnoprstwxyzABCDEFGHIMNOPRSTWXYZ",
        "ȧḃċḋėḟġḣṁṅȯṗṙṡṫẇẋẏżȦḂĊḊĖḞĠḢİṀṄȮṖṘṠṪẆẊẎŻ",
    ),
    ('\u{308}', "aehiotuwxyAEHIOUWXY", "äëḧïöẗüẅẍÿÄËḦÏÖÜẄẌŸ"),
    ('\u{30a}', "auwyAU", "åůẘẙÅŮ"),
    ('\u{30b}', "ouOU", "őűŐŰ"),
    (
        '\u{30c}',
        "acdeghijklnorstuzACDEGHIKLNORSTUZ",
        "ǎčďěǧȟǐǰǩľňǒřšťǔžǍČĎĚǦȞǏǨĽŇǑŘŠŤǓŽ",
    ),
    (
        '\u{327}',
        "cdeghklnrstCDEGHKLNRST",
        "çḑȩģḩķļņŗşţÇḐȨĢḨĶĻŅŖŞŢ",
    ),
    ('\u{328}', "aeiouAEIOU", "ąęįǫųĄĘĮǪŲ"),
];

/// NFKC as far as news text needs it: compatibility spaces, ligatures,
/// full-width forms, super- and subscript digits, and Latin letters composed
/// with a following accent (as in mis-decoded names).
fn nfkc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let composed = out.chars().next_back().and_then(|base| {
            let (_, bases, letters) = COMPOSITIONS.iter().find(|(mark, ..)| *mark == c)?;
            let i = bases.chars().position(|b| b == base)?;
            letters.chars().nth(i)
        });
        if let Some(letter) = composed {
            out.pop();
            out.push(letter);
            continue;
        }
        let code = u32::from(c);
        let folded = match c {
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => " ",
            '…' => "...",
            '\u{2024}' => ".",
            '\u{2025}' => "..",
            'ﬀ' => "ff",
            'ﬁ' => "fi",
            'ﬂ' => "fl",
            'ﬃ' => "ffi",
            'ﬄ' => "ffl",
            'ﬅ' | 'ﬆ' => "st",
            '™' => "TM",
            'ſ' => "s",
            'ª' => "a",
            'º' => "o",
            'µ' => "μ",
            '¼' => "1\u{2044}4",
            '½' => "1\u{2044}2",
            '¾' => "3\u{2044}4",
            '¹' => "1",
            '²' => "2",
            '³' => "3",
            '\u{2071}' => "i",
            '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}' => {
                // ⁰ and ₀ sit at U+2070 and U+2080: the digit is the last hex digit.
                out.extend(char::from_digit(code & 0xf, 10));
                continue;
            }
            '\u{ff01}'..='\u{ff5e}' => {
                out.extend(char::from_u32(code - 0xfee0));
                continue;
            }
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(folded);
    }
    out
}
