//! Organisations named with and without their country: "Kazakh Central Election
//! Commission" and, later, "Central Election Commission" are one actor.

use super::candidate::Candidate;
use super::demonyms::DemonymTable;
use super::union_find::UnionFind;
use crate::actors::{is_company_word, is_legal_form};
use crate::ner::EntityType;
use std::collections::{HashMap, HashSet};

/// Links an ORG to the longer ORG that is the same name behind a demonym or
/// country name, conservatively: the shorter name must have at least two words
/// (a bare "Parliament" could be anyone's), and exactly one such longer group may
/// exist in the document ("Kazakh CEC" and "Kyrgyz CEC" both present: no merge).
pub(crate) fn link_prefixed(cands: &[Candidate], uf: &mut UnionFind, demonyms: &DemonymTable) {
    let orgs: Vec<usize> =
        (0..cands.len()).filter(|&i| cands[i].is_named() && cands[i].kind == EntityType::Org).collect();
    // Name without the nation prefix → groups of the longer names.
    let mut longer: HashMap<String, HashSet<usize>> = HashMap::new();
    for &a in &orgs {
        let tokens = &cands[a].tokens;
        let n = demonyms.nation_prefix_len(tokens);
        if n > 0 && tokens.len() >= n + 2 {
            let root = uf.find(a);
            longer.entry(tokens[n..].join(" ")).or_default().insert(root);
        }
    }
    for &b in &orgs {
        let Some(roots) = longer.get(&cands[b].key()) else { continue };
        if roots.len() == 1 {
            if let Some(&root) = roots.iter().next() {
                uf.union(b, root);
            }
        }
    }
}

/// Links a one-word ORG ("Caltex", "Commerce") to the one longer ORG of the
/// document that starts with that word ("Caltex Petroleum Corp", "Commerce
/// Department"), as news writes a company or body in full once and short after.
/// Nothing is linked when two longer names start with the word, or when the word is
/// an acronym (acronyms have their own rules) or names a nation ("Russia's Gazprom").
pub(crate) fn link_first_words(cands: &[Candidate], uf: &mut UnionFind, demonyms: &DemonymTable) {
    let orgs: Vec<usize> =
        (0..cands.len()).filter(|&i| cands[i].is_named() && cands[i].kind == EntityType::Org).collect();
    let mut longer: HashMap<&str, HashSet<usize>> = HashMap::new();
    for &a in &orgs {
        if let [first, _, ..] = cands[a].tokens.as_slice() {
            longer.entry(first.as_str()).or_default().insert(uf.find(a));
        }
    }
    for &b in &orgs {
        let [word] = cands[b].tokens.as_slice() else { continue };
        if super::is_acronym(&cands[b].text) || demonyms.nation_prefix_len(&cands[b].tokens) > 0 {
            continue;
        }
        if let Some(roots) = longer.get(word.as_str()).filter(|r| r.len() == 1) {
            if let Some(&root) = roots.iter().next() {
                uf.union(b, root);
            }
        }
    }
}

/// Links a firm's short name of two words or more ("Jones Medical") to the one longer
/// ORG of the document that is that name followed by company words and a legal form
/// ("Jones Medical Industries Inc"). Words of another kind after the short name make
/// another company ("General Motors Acceptance Corp" is not "General Motors").
pub(crate) fn link_short_company_names(cands: &[Candidate], uf: &mut UnionFind) {
    let orgs: Vec<usize> =
        (0..cands.len()).filter(|&i| cands[i].is_named() && cands[i].kind == EntityType::Org).collect();
    for &b in &orgs {
        let short = &cands[b].tokens;
        if short.len() < 2 {
            continue;
        }
        let full: HashSet<usize> = orgs
            .iter()
            .filter(|&&a| {
                let t = &cands[a].tokens;
                t.len() > short.len()
                    && t.starts_with(short)
                    && t.last().is_some_and(|w| is_legal_form(w))
                    && t[short.len()..].iter().all(|w| is_company_word(w))
            })
            .map(|&a| uf.find(a))
            .collect();
        if let [root] = full.into_iter().collect::<Vec<_>>().as_slice() {
            uf.union(b, *root);
        }
    }
}

/// Links "the North" and "the South" (LOC, one word) to the one country of the
/// document named after that point of the compass: in a story about North and
/// South Korea, "the North accepted Seoul's requests" is North Korea.
pub(crate) fn link_compass_points(cands: &[Candidate], uf: &mut UnionFind, demonyms: &DemonymTable) {
    for point in ["north", "south", "east", "west"] {
        let prefix = format!("{point} ");
        let mut named: HashMap<&str, usize> = HashMap::new();
        for (i, c) in cands.iter().enumerate() {
            if let Some(country) = demonyms.country_of(c).filter(|n| crate::fold::name_key(n).starts_with(&prefix)) {
                named.entry(country).or_insert(i);
            }
        }
        if named.len() != 1 {
            continue;
        }
        let Some(&target) = named.values().next() else { continue };
        for (i, c) in cands.iter().enumerate() {
            if c.kind == EntityType::Loc && c.is_named() && c.tokens == [point] {
                uf.union(i, target);
            }
        }
    }
}
