//! Stable node ids and the folded keys used to compare names.
//!
//! Both are built from the same character folding (NFKD, diacritics dropped, lower
//! case, a few letters that Unicode does not decompose spelled out), so that
//! "Nazarbayev", "NAZARBAYEV" and "Nazarbáyev" compare equal and get one id in every
//! document.

use crate::ner::EntityType;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Stable graph node id: lower-case kind, ':', slug of the canonical label
/// ("per:almazbek-atambayev", "loc:kazakhstan").
pub fn node_id(kind: EntityType, label: &str) -> String {
    format!("{}:{}", kind.as_str().to_ascii_lowercase(), slug(label))
}

/// Slug of a label: folded letters and digits, every other run of characters
/// turned into a single '-', no '-' at either end.
///
/// Never empty: a label without any letter or digit (which a sane NER never
/// produces, but user alias files might) gets its code points in hex instead, so
/// that two such labels still get different ids.
pub fn slug(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut pending_dash = false;
    for c in folded_chars(label) {
        if c.is_alphanumeric() {
            if pending_dash && !out.is_empty() {
                out.push('-');
            }
            pending_dash = false;
            out.push(c);
        } else {
            pending_dash = true;
        }
    }
    if out.is_empty() {
        let hex: Vec<String> = label.chars().map(|c| format!("{:x}", c as u32)).collect();
        return format!("u-{}", hex.join("-"));
    }
    out
}

/// One word folded for comparison: letters and digits only ("U.S." → "us",
/// "Co-operation" → "cooperation", "Ålesund" → "alesund"). Empty for punctuation.
pub(crate) fn fold(word: &str) -> String {
    folded_chars(word).filter(|c| c.is_alphanumeric()).collect()
}

/// A whole name folded word by word and joined by single spaces, words that fold
/// to nothing dropped: the key under which names are compared and looked up.
pub(crate) fn name_key(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
    words.join(" ")
}

/// NFKD-decomposed, mark-free, lower-cased characters of `s`.
fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    // Invisible characters are dropped, not turned into a '-': "Ali\u{200b}ce" is "alice".
    s.nfkd()
        .filter(|&c| !is_combining_mark(c) && !crate::export::is_invisible(c))
        .flat_map(char::to_lowercase)
        .flat_map(|c| {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_do_not_change_ids() {
        assert_eq!(slug("Ali\u{200b}ce \u{202e}Smith\u{2069}"), slug("Alice Smith"));
        assert_eq!(name_key("Ali\u{feff}ce"), "alice");
    }

    #[test]
    fn slugs_fold_case_diacritics_and_punctuation() {
        assert_eq!(slug("Almazbek Atambayev"), "almazbek-atambayev");
        assert_eq!(slug("  Ålesund—Øst  "), "alesund-ost");
        assert_eq!(slug("Côte d'Ivoire"), "cote-d-ivoire");
        assert_eq!(slug("Łukasz Straße"), "lukasz-strasse");
        assert_eq!(slug("Назарбаев"), "назарбаев");
        assert_eq!(slug("?!"), "u-3f-21");
    }

    #[test]
    fn node_ids_use_lower_case_kind() {
        assert_eq!(node_id(EntityType::Org, "Central Election Commission"), "org:central-election-commission");
        assert_eq!(node_id(EntityType::Loc, "Kazakhstan"), "loc:kazakhstan");
    }

    #[test]
    fn keys_ignore_punctuation_inside_and_between_words() {
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("’s"), "s");
        assert_eq!(fold("—"), "");
        assert_eq!(name_key("  Nursultan\n NAZARBÁYEV "), "nursultan nazarbayev");
    }
}
