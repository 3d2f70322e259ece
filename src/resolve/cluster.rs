//! Grouping one document's mention candidates into actors.
//!
//! Candidates are merged with a union-find, rule by rule (identical names,
//! acronyms, surnames, demonym-prefixed organisations); each resulting group is one
//! actor with the longest of its names as label.

use super::acronyms;
use super::candidate::Candidate;
use super::demonyms::DemonymTable;
use super::names;
use super::orgs;
use super::union_find::UnionFind;
use crate::fold::name_key;
use crate::ner::EntityType;
use std::cmp::Reverse;
use std::collections::HashMap;

/// One group of candidates: a document-level actor before aliasing and ids.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub kind: EntityType,
    /// The longest name among the members, or the country of a demonym group.
    pub label: String,
    /// Candidate indices, in input order.
    pub members: Vec<usize>,
}

/// Groups `cands`; returns each candidate's group index and the groups.
/// `acronym_links` are (use, definition) pairs from [`acronyms::definition_links`].
pub(crate) fn group(
    cands: &[Candidate],
    acronym_links: &[(usize, usize)],
    demonyms: &DemonymTable,
) -> (Vec<usize>, Vec<Group>) {
    let mut uf = UnionFind::new(cands.len());

    // Same name and same kind, or the same country (by demonym or by any of its
    // names: "Zaire" and "the Zairean army"): same actor. One group per country, so
    // that its code weighs all its mentions.
    let mut first: HashMap<(EntityType, bool, String), usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let key = match demonyms.country_of(c) {
            Some(country) => (EntityType::Loc, false, name_key(country)),
            None => (c.kind, true, c.key()),
        };
        let j = *first.entry(key).or_insert(i);
        uf.union(i, j);
    }
    for &(a, b) in acronym_links {
        uf.union(a, b);
    }
    names::link_surnames(cands, &mut uf);
    names::link_mistyped_surnames(cands, &mut uf);
    names::link_given_names(cands, &mut uf);
    names::link_titles(cands, &mut uf);
    orgs::link_prefixed(cands, &mut uf, demonyms);
    orgs::link_first_words(cands, &mut uf, demonyms);
    orgs::link_short_company_names(cands, &mut uf);
    orgs::link_compass_points(cands, &mut uf, demonyms);
    acronyms::link_initials(cands, &mut uf, demonyms);

    let mut group_of = vec![0; cands.len()];
    let mut groups: Vec<Group> = Vec::new();
    let mut by_root: HashMap<usize, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let g = *by_root.entry(uf.find(i)).or_insert_with(|| {
            groups.push(Group { kind: c.kind, label: String::new(), members: Vec::new() });
            groups.len() - 1
        });
        groups[g].members.push(i);
        group_of[i] = g;
    }
    for g in &mut groups {
        g.label = label_of(cands, &g.members);
        // Kinds mix only when a mistyped surname joined its person.
        if g.members.iter().any(|&m| cands[m].kind == EntityType::Per) {
            g.kind = EntityType::Per;
        }
    }
    (group_of, groups)
}

/// The group's label: its longest name (most words, then not in capitals, then
/// most characters, then first seen), or for a group of demonyms only, their
/// country. A name in capitals only (a dateline's "HELSINKI", a shouted headline)
/// loses to any other form of as many words, so the label is the name as a sentence
/// writes it.
fn label_of(cands: &[Candidate], members: &[usize]) -> String {
    if let Some(country) = members.iter().all(|&m| !cands[m].is_named()).then(|| members.first()).flatten() {
        return cands[*country].country.clone().unwrap_or_default();
    }
    members
        .iter()
        .map(|&m| &cands[m])
        .filter(|c| c.is_named())
        .max_by_key(|c| {
            let shouting = !c.text.chars().any(char::is_lowercase);
            (c.tokens.len(), !shouting, c.text.chars().count(), Reverse(c.span.start))
        })
        .map(|c| c.text.clone())
        .unwrap_or_default()
}
