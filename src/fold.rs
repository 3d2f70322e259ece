//! The character folding names are compared by: NFKD, diacritics and invisible
//! characters dropped, lower case, a few letters that Unicode does not decompose
//! spelled out. One home for it: names, dictionary entries, demonyms and node ids all
//! fold the same way.

use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Whether `c` is a bidirectional override or isolate (U+202A-U+202E,
/// U+2066-U+2069) or a zero-width character (U+200B-U+200D, U+FEFF): invisible
/// characters that make two ids look alike or reorder the text a reader sees.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200d}' | '\u{feff}')
}

/// `s` without [`is_invisible`] characters (for node ids and labels).
pub fn strip_invisible(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_invisible) {
        Cow::Owned(s.chars().filter(|&c| !is_invisible(c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// One word folded for comparison: letters and digits only ("U.S." → "us",
/// "Co-operation" → "cooperation", "Ålesund" → "alesund"). Empty for punctuation.
pub(crate) fn fold(word: &str) -> String {
    folded_chars(word).filter(|c| c.is_alphanumeric()).collect()
}

/// One word of a person's name folded into the tokens names are compared by: an
/// Arabic article joined by a hyphen is a token of its own, as sources write the
/// name with it or without ("al-Kabariti", "Kabariti").
pub(crate) fn person_name_tokens(word: &str) -> Vec<String> {
    if let Some((article, rest)) = word.split_once('-') {
        if matches!(fold(article).as_str(), "al" | "el") && !fold(rest).is_empty() {
            return vec![fold(article), fold(rest)];
        }
    }
    vec![fold(word)]
}

/// A whole name folded word by word and joined by single spaces, words that fold
/// to nothing dropped: the key under which names are compared and looked up.
pub(crate) fn name_key(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
    words.join(" ")
}

/// NFKD-decomposed, mark-free, lower-cased characters of `s`.
pub(crate) fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    // Invisible characters are dropped, not turned into a '-': "Ali\u{200b}ce" is "alice".
    s.nfkd().filter(|&c| !is_combining_mark(c) && !is_invisible(c)).flat_map(char::to_lowercase).flat_map(|c| {
        // Letters with no canonical decomposition that readers still treat as
        // their base letter; without this "Łukaszenka" and "Lukaszenka" differ.
        let mapped: &'static str = match c {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'ł' => "l",
            'đ' | 'ð' => "d",
            'þ' => "th",
            'ı' => "i",
            _ => "",
        };
        if mapped.is_empty() {
            Folded::One(Some(c))
        } else {
            Folded::Many(mapped.chars())
        }
    })
}

/// Iterator over one folded character's replacement (one char, or a short string).
enum Folded {
    One(Option<char>),
    Many(std::str::Chars<'static>),
}

impl Iterator for Folded {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Folded::One(c) => c.take(),
            Folded::Many(cs) => cs.next(),
        }
    }
}
