//! Titles ("President", "Foreign Minister", "Gen.") kept out of person names.
//!
//! The NER sometimes includes a title in a PER entity ("President Nazarbayev"); if
//! it stayed, the title would end up in the canonical label and in the node id, and
//! "President Nazarbayev" would not merge with "Nazarbayev".

use std::collections::HashSet;

/// The built-in title list, one title per line (see the file's header).
const BUILTIN: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/titles.txt"));

/// A set of (possibly multi-word) titles, matched at the start of a name.
#[derive(Debug, Clone, Default)]
pub(crate) struct TitleTable {
    /// Normalised titles, words joined by single spaces.
    titles: HashSet<String>,
    /// Most words in one title, to bound the search.
    max_words: usize,
    /// Modifiers written glued to the title with a hyphen ("ex-", "then-").
    prefixes: Vec<String>,
}

impl TitleTable {
    pub fn builtin() -> Self {
        Self::parse(BUILTIN)
    }

    /// Parses one title per line; '#' starts a comment line, blank lines are skipped.
    pub fn parse(src: &str) -> Self {
        let mut table = TitleTable::default();
        for line in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let words: Vec<String> = line.split_whitespace().map(normalise).collect();
            if words.len() == 1 && line.ends_with('-') {
                table.prefixes.push(words[0].clone());
                continue;
            }
            table.max_words = table.max_words.max(words.len());
            table.titles.insert(words.join(" "));
        }
        table
    }

    /// Number of leading `words` that form a title (the longest match), 0 if none.
    ///
    /// A first word like "ex-President" counts as a title word when what follows
    /// the modifier starts a title.
    pub fn leading_len(&self, words: &[&str]) -> usize {
        let mut norm: Vec<String> = words.iter().take(self.max_words).map(|w| normalise(w)).collect();
        if norm.is_empty() {
            return 0;
        }
        if let Some(rest) = self.prefixes.iter().find_map(|p| norm[0].strip_prefix(p.as_str())) {
            if rest.is_empty() {
                return 1; // a bare "ex-" standing alone
            }
            norm[0] = rest.to_string();
        }
        (1..=norm.len()).rev().find(|&n| self.titles.contains(&norm[..n].join(" "))).unwrap_or(0)
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.titles.len()
    }
}

/// Whether `words` are exactly one built-in title ("chief of staff", "head of state"),
/// for the parse repairs, which see titles the NER left outside names.
pub(crate) fn is_title_phrase(words: &[&str]) -> bool {
    static TABLE: std::sync::OnceLock<TitleTable> = std::sync::OnceLock::new();
    !words.is_empty() && TABLE.get_or_init(TitleTable::builtin).leading_len(words) == words.len()
}

/// Lower case, final periods dropped, typographic apostrophes made plain.
fn normalise(word: &str) -> String {
    word.to_lowercase().trim_end_matches('.').replace('’', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_list_is_loaded() {
        let t = TitleTable::builtin();
        assert!(t.len() > 100);
        assert!(t.prefixes.contains(&"ex-".to_string()));
    }

    #[test]
    fn matches_longest_title_case_insensitively() {
        let t = TitleTable::builtin();
        assert_eq!(t.leading_len(&["Deputy", "Prime", "Minister", "Sagintayev"]), 3);
        assert_eq!(t.leading_len(&["foreign", "minister", "Idrissov"]), 2);
        assert_eq!(t.leading_len(&["Gen", "Dostum"]), 1);
        assert_eq!(t.leading_len(&["Lt.", "Gen.", "Dostum"]), 2);
        assert_eq!(t.leading_len(&["ex-President", "Bakiyev"]), 1);
        assert_eq!(t.leading_len(&["Askar", "Akayev"]), 0);
        assert_eq!(t.leading_len(&[]), 0);
    }
}
