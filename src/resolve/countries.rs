//! Country names: the canonical label of every country in the demonym table, plus
//! the other names news text uses for them ("U.S.", "Britain", "Kyrgyz Republic").
//!
//! Used to give a country one node whatever it was called ("British officials",
//! "Britain" and "the U.K." all become `loc:united-kingdom`) and to prefer LOC for
//! a country the NER tagged ORG or MISC.

use crate::fold::name_key;
use std::collections::HashMap;

/// Other names for countries, mapped to the canonical label used in
/// data/demonyms.csv. Compared by folded key, so "U.S." also covers "US".
/// Includes the countries whose demonym is too ambiguous to be in that table.
const VARIANTS: &[(&str, &str)] = &[
    ("U.S.", "United States"),
    ("U.S.A.", "United States"),
    ("United States of America", "United States"),
    ("America", "United States"),
    ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
    ("Russian Federation", "Russia"),
    ("People's Republic of China", "China"),
    ("PRC", "China"),
    ("Republic of Korea", "South Korea"),
    ("DPRK", "North Korea"),
    ("N. Korea", "North Korea"),
    ("S. Korea", "South Korea"),
    ("Bosnia", "Bosnia and Herzegovina"),
    ("Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    ("Democratic People's Republic of Korea", "North Korea"),
    ("Republic of Kazakhstan", "Kazakhstan"),
    ("Kazakstan", "Kazakhstan"),
    ("Kyrgyz Republic", "Kyrgyzstan"),
    ("Kyrgyzia", "Kyrgyzstan"),
    ("Kirghizia", "Kyrgyzstan"),
    ("Republic of Uzbekistan", "Uzbekistan"),
    ("Republic of Tajikistan", "Tajikistan"),
    ("Islamic Republic of Iran", "Iran"),
    ("Persia", "Iran"),
    ("Syrian Arab Republic", "Syria"),
    ("Czechia", "Czech Republic"),
    ("Burma", "Myanmar"),
    ("Côte d'Ivoire", "Ivory Coast"),
    ("Holland", "Netherlands"),
    ("The Netherlands", "Netherlands"),
    ("Swaziland", "Eswatini"),
    ("Macedonia", "North Macedonia"),
    ("Timor-Leste", "East Timor"),
    ("Cabo Verde", "Cape Verde"),
    ("Viet Nam", "Vietnam"),
    ("UAE", "United Arab Emirates"),
    ("Türkiye", "Turkey"),
    ("Moldavia", "Moldova"),
    ("Byelorussia", "Belarus"),
    ("Belorussia", "Belarus"),
    ("USSR", "Soviet Union"),
    ("Holy See", "Vatican City"),
    ("Vatican", "Vatican City"),
    ("Republic of the Congo", "Republic of the Congo"),
    ("Congo-Brazzaville", "Republic of the Congo"),
    ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("DR Congo", "Democratic Republic of the Congo"),
    ("DRC", "Democratic Republic of the Congo"),
    ("Congo-Kinshasa", "Democratic Republic of the Congo"),
    ("Zaire", "Democratic Republic of the Congo"),
    ("Dominica", "Dominica"),
    ("Gambia", "Gambia"),
    ("The Gambia", "Gambia"),
    ("Bahamas", "Bahamas"),
    ("The Bahamas", "Bahamas"),
    ("Palestinian territories", "Palestine"),
    ("State of Palestine", "Palestine"),
];

/// Country name lookup by folded key.
#[derive(Debug, Clone, Default)]
pub(crate) struct Countries {
    by_key: HashMap<String, String>,
    max_words: usize,
}

impl Countries {
    /// The canonical names given (the demonym table's country column) and the
    /// built-in variants.
    pub fn new<'a>(canonical: impl IntoIterator<Item = &'a str>) -> Self {
        let mut c = Countries::default();
        for name in canonical {
            c.insert(name, name);
        }
        for &(variant, name) in VARIANTS {
            c.insert(variant, name);
        }
        c
    }

    fn insert(&mut self, variant: &str, canonical: &str) {
        let key = name_key(variant);
        if key.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(key.split(' ').count());
        self.by_key.entry(key).or_insert_with(|| canonical.to_string());
    }

    /// Canonical name of the country called `name`, if it is one.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.by_key.get(&name_key(name)).map(String::as_str)
    }

    /// Every canonical country name.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_key.values().map(String::as_str)
    }

    /// Number of leading folded `tokens` that name a country (longest match).
    pub fn prefix_len(&self, tokens: &[String]) -> Option<usize> {
        (1..=self.max_words.min(tokens.len())).rev().find(|&n| self.by_key.contains_key(&tokens[..n].join(" ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_map_to_canonical_names() {
        let c = Countries::new(["Kazakhstan", "United States"]);
        assert_eq!(c.canonical("KAZAKHSTAN"), Some("Kazakhstan"));
        assert_eq!(c.canonical("U.S."), Some("United States"));
        assert_eq!(c.canonical("US"), Some("United States"));
        assert_eq!(c.canonical("Britain"), Some("United Kingdom"));
        assert_eq!(c.canonical("Astana"), None);
        let toks: Vec<String> = ["united", "states", "congress"].iter().map(|s| s.to_string()).collect();
        assert_eq!(c.prefix_len(&toks), Some(2));
    }
}
