//! The user's alias table: names that mean the same actor across documents
//! ("Nazarbayev" → "Nursultan Nazarbayev"), applied before node ids are computed.

use crate::fold::name_key;
use crate::ingest::quotes::{line_of, unclosed_quote};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The key a name is looked up by: folded, without a leading "the", which the NER
/// takes into a name or leaves out as the sentence has it ("The CEC rejected ...",
/// "... said the CEC").
fn alias_key(name: &str) -> String {
    let key = name_key(name);
    match key.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => key,
    }
}

/// How many alias → canonical steps are followed ("Nazarbaev" → "Nazarbayev" →
/// "Nursultan Nazarbayev"); bounds a cycle in a user file.
const MAX_HOPS: usize = 8;

/// Why an alias table could not be read. Every message names the file and, for its
/// contents, the line.
#[derive(Debug, thiserror::Error)]
pub enum AliasError {
    #[error("reading alias table {}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{origin}: line {line}: {message}")]
    Line { origin: String, line: u64, message: String },
}

/// Alias → canonical name, matched case-insensitively (and ignoring diacritics,
/// punctuation and spacing, like node ids).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AliasTable {
    /// Folded alias → canonical name as written by the user.
    map: HashMap<String, String>,
}

impl AliasTable {
    pub fn new() -> Self {
        Self::default()
    }

    /// Loads a CSV file with header `alias,canonical` (columns in any order, other
    /// columns ignored, '#' comment lines allowed). Errors name the file and line.
    pub fn load(path: &Path) -> Result<AliasTable, AliasError> {
        let src = std::fs::read_to_string(path).map_err(|source| AliasError::Read { path: path.into(), source })?;
        Self::from_csv(&src, &path.display().to_string())
    }

    /// Parses alias CSV text; `origin` (a file name) prefixes error messages.
    pub fn from_csv(src: &str, origin: &str) -> Result<AliasTable, AliasError> {
        let fail = |line: u64, message: String| AliasError::Line { origin: origin.to_string(), line, message };
        // The csv crate would read an unterminated quote to the end of the file as one
        // field, silently turning the rest of the table into one canonical name.
        if let Some(offset) = unclosed_quote(src.as_bytes(), Some(b'#')) {
            let line = line_of(src.as_bytes(), offset);
            let message = "unterminated quote: the quoted field opened on this line runs to the end of the file";
            return Err(fail(line, message.into()));
        }
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .trim(csv::Trim::All)
            .flexible(true)
            .from_reader(src.as_bytes());
        let headers = reader.headers().map_err(|e| fail(1, format!("unreadable header: {e}")))?.clone();
        let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
        let (Some(alias_col), Some(canonical_col)) = (column("alias"), column("canonical")) else {
            let found = headers.iter().collect::<Vec<_>>().join(",");
            return Err(fail(1, format!("header must name the columns `alias,canonical`, found `{found}`")));
        };
        let mut table = AliasTable::new();
        // Which line set each alias, to point at both lines of a conflict.
        let mut defined_at: HashMap<String, u64> = HashMap::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                fail(line, format!("malformed CSV: {e}"))
            })?;
            let line = record.position().map_or(0, |p| p.line());
            let (alias, canonical) = match (record.get(alias_col), record.get(canonical_col)) {
                (Some(a), Some(c)) if !a.is_empty() && !c.is_empty() => (a, c),
                _ => return Err(fail(line, "expected non-empty `alias` and `canonical` values".into())),
            };
            let key = alias_key(alias);
            if key.is_empty() {
                return Err(fail(line, format!("alias {alias:?} has no letters or digits")));
            }
            if let Some(previous) = table.map.get(&key) {
                if alias_key(previous) != alias_key(canonical) {
                    let first = defined_at.get(&key).copied().unwrap_or(0);
                    let message =
                        format!("alias {alias:?} maps to {canonical:?}, but line {first} maps it to {previous:?}");
                    return Err(fail(line, message));
                }
                continue;
            }
            defined_at.insert(key, line);
            table.insert(alias, canonical);
        }
        Ok(table)
    }

    /// Adds (or replaces) one alias.
    pub fn insert(&mut self, alias: &str, canonical: &str) {
        let key = alias_key(alias);
        if !key.is_empty() {
            self.map.insert(key, canonical.trim().to_string());
        }
    }

    /// The canonical name for `name`, following chains of aliases; `None` if
    /// `name` is not an alias (or only of itself).
    pub fn canonical(&self, name: &str) -> Option<&str> {
        let mut key = alias_key(name);
        let mut found: Option<&str> = None;
        for _ in 0..MAX_HOPS {
            match self.map.get(&key) {
                Some(next) => {
                    let next_key = alias_key(next);
                    found = Some(next.as_str());
                    if next_key == key {
                        break;
                    }
                    key = next_key;
                }
                None => break,
            }
        }
        found
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_matches_case_insensitively() {
        let t = AliasTable::from_csv(
            "alias,canonical\n# comment\nNazarbayev, Nursultan Nazarbayev\nCEC,Central Election Commission\n",
            "a.csv",
        )
        .expect("valid table");
        assert_eq!(t.len(), 2);
        assert_eq!(t.canonical("NAZARBAYEV"), Some("Nursultan Nazarbayev"));
        assert_eq!(t.canonical("nazarbáyev"), Some("Nursultan Nazarbayev"));
        assert_eq!(t.canonical("Atambayev"), None);
    }

    #[test]
    fn columns_may_come_in_any_order_and_chains_are_followed() {
        let t =
            AliasTable::from_csv("canonical,alias\nNazarbayev,Nazarbaev\nNursultan Nazarbayev,Nazarbayev\n", "b.csv")
                .expect("valid table");
        assert_eq!(t.canonical("Nazarbaev"), Some("Nursultan Nazarbayev"));
    }

    #[test]
    fn cycles_terminate() {
        let mut t = AliasTable::new();
        t.insert("A B", "C D");
        t.insert("C D", "A B");
        assert!(t.canonical("a b").is_some());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let err = AliasTable::from_csv("name,full\nx,y\n", "aliases.csv").unwrap_err();
        assert!(format!("{err:#}").contains("aliases.csv: line 1"), "{err:#}");

        let err = AliasTable::from_csv("alias,canonical\nA,B\n,C\n", "aliases.csv").unwrap_err();
        assert!(format!("{err:#}").contains("aliases.csv: line 3"), "{err:#}");

        let err = AliasTable::from_csv("alias,canonical\nA,B\nC,D\na,E\n", "aliases.csv").unwrap_err();
        let msg = format!("{err:#}");
        assert!(msg.contains("line 4") && msg.contains("line 2"), "{msg}");

        let err = AliasTable::from_csv("alias,canonical\n# a \"comment\nA,B\nC,\"D\nE,F\n", "aliases.csv").unwrap_err();
        assert!(format!("{err:#}").contains("aliases.csv: line 4: unterminated quote"), "{err:#}");
    }

    #[test]
    fn load_reads_a_file_and_reports_missing_ones() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("aliases.csv");
        std::fs::write(&path, "alias,canonical\nAtambayev,Almazbek Atambayev\n").expect("write");
        let t = AliasTable::load(&path).expect("load");
        assert_eq!(t.canonical("atambayev"), Some("Almazbek Atambayev"));

        let missing = dir.path().join("nope.csv");
        let err = AliasTable::load(&missing).unwrap_err();
        assert!(format!("{err:#}").contains("nope.csv"), "{err:#}");
    }
}
