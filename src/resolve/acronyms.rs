//! Acronyms of organisations: "Central Election Commission (CEC)" defines "CEC"
//! for the rest of the document, and a lone "OSCE" joins the one organisation in
//! the document whose initials spell it.

use super::candidate::Candidate;
use super::demonyms::DemonymTable;
use super::text::{is_capitalised, Doc};
use super::union_find::UnionFind;
use super::MentionSource;
use crate::fold::fold;
use crate::ner::EntityType;
use std::collections::{HashMap, HashSet};

/// Words skipped when spelling initials from every word of a name.
const STOPWORDS: &[&str] =
    &["of", "the", "and", "for", "in", "on", "at", "to", "de", "la", "le", "du", "des", "del", "y", "et"];

/// An acronym-shaped word: 2–12 characters, at least two of them letters or
/// digits, starting with a letter, all upper case ("CEC", "OSCE", "G20", "U.N.").
/// Mixed case ("Nato") is left alone.
pub(crate) fn is_acronym(word: &str) -> bool {
    let len = word.chars().count();
    let alphanumeric = word.chars().filter(|c| c.is_alphanumeric()).count();
    (2..=12).contains(&len)
        && alphanumeric >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '&' | '-'))
}

/// Acronyms defined in parentheses right after an ORG or LOC name, by folded
/// acronym, mapped to the defining candidate. An acronym defined for two different
/// names is dropped: no guessing which one a later use means.
pub(crate) fn definitions(doc: &Doc, cands: &[Candidate]) -> HashMap<String, usize> {
    let mut defs: HashMap<String, Option<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if !c.is_named() || !matches!(c.kind, EntityType::Org | EntityType::Loc) || c.tokens.len() < 2 {
            continue;
        }
        let (s, e) = (c.sentence, c.words.end);
        let acronym = doc.word(s, e + 1);
        if doc.word(s, e) != "(" || doc.word(s, e + 2) != ")" || !is_acronym(acronym) {
            continue;
        }
        defs.entry(fold(acronym))
            .and_modify(|d| {
                if d.is_some_and(|j| cands[j].key() != c.key() || cands[j].kind != c.kind) {
                    *d = None;
                }
            })
            .or_insert(Some(i));
    }
    defs.into_iter().filter_map(|(k, d)| d.map(|d| (k, d))).collect()
}

/// Uses of a defined acronym that the NER did not tag (including the one in the
/// parentheses), as mentions of the defining name's kind and score: the
/// definition is evidence enough. `covered(sentence, word)` marks entity words.
pub(crate) fn find_untagged(
    doc: &Doc,
    cands: &[Candidate],
    defs: &HashMap<String, usize>,
    covered: &dyn Fn(usize, usize) -> bool,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    if defs.is_empty() {
        return out;
    }
    for s in 0..doc.sentences.len() {
        for w in 0..doc.len(s) {
            let word = doc.word(s, w);
            if covered(s, w) || !is_acronym(word) {
                continue;
            }
            let Some(&d) = defs.get(&fold(word)) else { continue };
            let Some(span) = doc.word_span(s, w) else { continue };
            if cands.iter().any(|c| c.span.overlaps(span)) {
                continue;
            }
            let def = &cands[d];
            out.extend(Candidate::new(doc, s, w..w + 1, def.kind, def.score, MentionSource::Entity, false));
        }
    }
    out
}

/// Pairs (use, definition) to merge: every single-word acronym mention of a defined
/// acronym, with the definition, when both have the same kind.
pub(crate) fn definition_links(cands: &[Candidate], defs: &HashMap<String, usize>) -> Vec<(usize, usize)> {
    cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_named() && c.word_texts.len() == 1 && is_acronym(&c.word_texts[0]))
        .filter_map(|(i, c)| {
            let &d = defs.get(&c.tokens[0])?;
            (d != i && cands[d].kind == c.kind).then_some((i, d))
        })
        .collect()
}

/// Joins a lone ORG acronym whose group has no spelled-out name yet to the one ORG
/// group whose name's initials spell it ("OSCE" → "Organization for Security and
/// Co-operation in Europe"). Two matching groups: left alone.
pub(crate) fn link_initials(cands: &[Candidate], uf: &mut UnionFind, demonyms: &DemonymTable) {
    let orgs: Vec<usize> =
        (0..cands.len()).filter(|&i| cands[i].is_named() && cands[i].kind == EntityType::Org).collect();
    let mut by_initials: HashMap<String, HashSet<usize>> = HashMap::new();
    for &y in orgs.iter().filter(|&&y| cands[y].tokens.len() >= 2) {
        let root = uf.find(y);
        for v in initials(&cands[y], demonyms) {
            by_initials.entry(v).or_default().insert(root);
        }
    }
    let spelled_out: HashSet<usize> =
        orgs.iter().filter(|&&y| cands[y].tokens.len() >= 2).map(|&y| uf.find(y)).collect();
    for &x in &orgs {
        let c = &cands[x];
        if c.word_texts.len() != 1 || !is_acronym(&c.word_texts[0]) || spelled_out.contains(&uf.find(x)) {
            continue;
        }
        if let Some(roots) = by_initials.get(&c.tokens[0]) {
            if roots.len() == 1 {
                if let Some(&root) = roots.iter().next() {
                    uf.union(x, root);
                }
            }
        }
    }
}

/// Folded acronyms a name could be abbreviated to: initials of its capitalised
/// words, or of all words but function words; each also without a leading
/// demonym or country ("Kazakh Central Election Commission" → "cec" too).
fn initials(c: &Candidate, demonyms: &DemonymTable) -> Vec<String> {
    spellings(&c.word_texts, demonyms.nation_prefix_len(&c.tokens))
}

/// The acronyms `words` (as written) could be abbreviated to, from the first word
/// and from word `prefix` on: initials of the capitalised words, and of all words but
/// function words. Shared by a document's acronyms and the corpus's
/// ([`crate::aggregate::links`]).
pub(crate) fn spellings<W: AsRef<str>>(words: &[W], prefix: usize) -> Vec<String> {
    let mut out = Vec::new();
    for start in [0, prefix] {
        let words = words.get(start..).unwrap_or(&[]);
        let capitalised: String =
            words.iter().map(AsRef::as_ref).filter(|w| is_capitalised(w)).filter_map(initial).collect();
        let content: String = words
            .iter()
            .map(AsRef::as_ref)
            .filter(|w| !STOPWORDS.contains(&w.to_lowercase().as_str()))
            .filter_map(initial)
            .collect();
        for v in [capitalised, content] {
            if v.chars().count() >= 2 && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// First folded letter or digit of a word.
fn initial(word: &str) -> Option<char> {
    fold(word).chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_shapes() {
        assert!(is_acronym("CEC"));
        assert!(is_acronym("OSCE"));
        assert!(is_acronym("G20"));
        assert!(is_acronym("U.N."));
        assert!(!is_acronym("Nato"));
        assert!(!is_acronym("A"));
        assert!(!is_acronym("(CEC)"));
        assert!(!is_acronym("1999"));
        assert!(!is_acronym("A."));
    }
}
