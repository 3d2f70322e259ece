//! Stable node ids, built from the same character folding as the keys names are
//! compared by ([`crate::fold`]), so that "Nazarbayev", "NAZARBAYEV" and
//! "Nazarbáyev" get one id in every document.

use crate::fold::folded_chars;
use crate::ner::EntityType;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::{fold, name_key};

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
