//! Person names within one document: a surname ("Atambayev"), or any shorter form
//! ending in the surname ("Almazbek Atambayev"), joins the fuller name it is part
//! of ("Almazbek Sharshenovich Atambayev"); a lone first word joins the one name it
//! starts.

use super::candidate::Candidate;
use super::union_find::UnionFind;
use crate::ner::EntityType;
use std::collections::HashMap;

/// Links every PER name to a longer PER name containing it (see [`is_short_form`]).
/// When several different people could be meant ("Bush" with both "George Bush" and
/// "Jeb Bush" in the text), the one named most recently before the short form's first
/// mention wins, else the one named soonest after it.
///
/// Works on distinct names (identical names are already one group) indexed by
/// surname, so a long document with thousands of mentions of a few people stays
/// linear in the number of mentions.
pub(crate) fn link_surnames(cands: &[Candidate], uf: &mut UnionFind) {
    // Distinct person names: tokens → (a representative candidate, sorted positions).
    let mut names: HashMap<&[String], (usize, Vec<usize>)> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.is_named() && c.kind == EntityType::Per && !c.tokens.is_empty() {
            names.entry(c.tokens.as_slice()).or_insert((i, Vec::new())).1.push(c.span.start);
        }
    }
    for (_, positions) in names.values_mut() {
        positions.sort_unstable();
    }
    let mut by_surname: HashMap<&String, Vec<&[String]>> = HashMap::new();
    for tokens in names.keys() {
        by_surname.entry(tokens.last().expect("non-empty")).or_default().push(tokens);
    }
    // Longest names first, so that when a short form is placed, every longer form
    // containing it is already in its final group.
    let mut order: Vec<&[String]> = names.keys().copied().collect();
    order.sort_by_key(|t| (std::cmp::Reverse(t.len()), names[t].1[0]));

    for short in order {
        let (rep, ref positions) = names[short];
        let at = positions[0];
        // Longer names containing this one: (group root, nearest position before, after).
        let mut fuller: Vec<(usize, Option<usize>, Option<usize>)> = by_surname[short.last().expect("non-empty")]
            .iter()
            .filter(|long| is_short_form(short, long))
            .map(|long| {
                let (r, ps) = &names[long];
                let k = ps.partition_point(|&p| p < at);
                (uf.find(*r), k.checked_sub(1).map(|k| ps[k]), ps.get(k).copied())
            })
            .collect();
        if fuller.is_empty() {
            continue;
        }
        fuller.sort_unstable();
        let mut roots: Vec<usize> = fuller.iter().map(|f| f.0).collect();
        roots.dedup();
        let target = if roots.len() == 1 {
            roots[0]
        } else {
            let before = fuller.iter().filter_map(|&(r, b, _)| b.map(|b| (b, r))).max();
            let after = fuller.iter().filter_map(|&(r, _, a)| a.map(|a| (std::cmp::Reverse(a), r))).max();
            match before.map(|(_, r)| r).or(after.map(|(_, r)| r)) {
                Some(r) => r,
                None => continue,
            }
        };
        uf.union(rep, target);
    }
}

/// Links a one-word ORG or MISC name to the person whose surname it is, when exactly
/// one multi-word person in the document has that surname: the NER model sometimes
/// types a bare surname as an organisation ("Petteri Orpo ... Orpo said"), which
/// would otherwise split one person into two nodes.
pub(crate) fn link_mistyped_surnames(cands: &[Candidate], uf: &mut UnionFind) {
    // Surname → the distinct people (group roots) with a multi-word name ending in it.
    let mut people: HashMap<&String, Vec<usize>> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        if c.is_named() && c.kind == EntityType::Per && c.tokens.len() > 1 {
            let roots = people.entry(c.tokens.last().expect("non-empty")).or_default();
            let root = uf.find(i);
            if !roots.contains(&root) {
                roots.push(root);
            }
        }
    }
    for (m, c) in cands.iter().enumerate() {
        if !c.is_named() || !matches!(c.kind, EntityType::Org | EntityType::Misc) || c.tokens.len() != 1 {
            continue;
        }
        if let Some([person]) = c.tokens.last().and_then(|t| people.get(t)).map(Vec::as_slice) {
            uf.union(m, *person);
        }
    }
}

/// Links a one-word PER name to the one multi-word person of the document whose name
/// starts with it, when no person's name ends with it: a first name ("The girls,
/// Rachel and Severine" after "Rachel Legeard") or a family name written first ("Li
/// said" after "Li Song-ho", "Mao" after "Mao Tse-tung"). With two such people, the
/// word is the one named before it, if only one was ("Li said" after "Li Song-ho",
/// with "Li In-mo" named later in the story); when the word is also someone's
/// surname, it is left alone.
pub(crate) fn link_given_names(cands: &[Candidate], uf: &mut UnionFind) {
    // Each person whose name starts with the word, by group root, with where it is
    // first named in full.
    let mut starting: HashMap<&String, HashMap<usize, usize>> = HashMap::new();
    let mut surnames: std::collections::HashSet<&String> = std::collections::HashSet::new();
    for (i, c) in cands.iter().enumerate() {
        if c.is_named() && c.kind == EntityType::Per && c.tokens.len() > 1 {
            surnames.insert(c.tokens.last().expect("non-empty"));
            let first = starting.entry(&c.tokens[0]).or_default().entry(uf.find(i)).or_insert(c.span.start);
            *first = (*first).min(c.span.start);
        }
    }
    for (m, c) in cands.iter().enumerate() {
        if !c.is_named() || c.kind != EntityType::Per || c.tokens.len() != 1 || surnames.contains(&c.tokens[0]) {
            continue;
        }
        let Some(people) = starting.get(&c.tokens[0]) else { continue };
        let before: Vec<usize> = people.iter().filter(|(_, &at)| at < c.span.start).map(|(&r, _)| r).collect();
        let person = match (people.len(), before.as_slice()) {
            (1, _) => people.keys().next().copied(),
            (_, [one]) => Some(*one),
            _ => None,
        };
        if let Some(person) = person {
            uf.union(m, person);
        }
    }
}

/// A person named by a one-word title alone ("Polish president to visit Pope") is the
/// one person the document names after that title ("Pope John Paul"), unless the word
/// is also someone's surname there ("Mr. King").
pub(crate) fn link_titles(cands: &[Candidate], uf: &mut UnionFind) {
    let person = |c: &Candidate| c.is_named() && c.kind == EntityType::Per;
    let mut titled: HashMap<&String, std::collections::HashSet<usize>> = HashMap::new();
    let mut surnames: std::collections::HashSet<&String> = std::collections::HashSet::new();
    for (i, c) in cands.iter().enumerate().filter(|(_, c)| person(c)) {
        if let Some(t) = &c.title_before {
            titled.entry(t).or_default().insert(uf.find(i));
        }
        if c.tokens.len() > 1 {
            surnames.insert(c.tokens.last().expect("non-empty"));
        }
    }
    for (m, c) in cands.iter().enumerate() {
        if !person(c) || c.tokens.len() != 1 || c.title_before.is_some() || surnames.contains(&c.tokens[0]) {
            continue;
        }
        if let Some(groups) = titled.get(&c.tokens[0]).filter(|g| g.len() == 1) {
            let one = *groups.iter().next().expect("one group");
            uf.union(m, one);
        }
    }
}

/// Whether `short` is a short form of `long`: the same last word (the surname),
/// and the rest of its words in `long` in the same order.
pub(crate) fn is_short_form(short: &[String], long: &[String]) -> bool {
    if short.is_empty() || short.len() >= long.len() || short.last() != long.last() {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|t| rest.any(|l| l == t))
}

#[cfg(test)]
mod tests {
    use super::is_short_form;

    fn t(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn short_forms_keep_the_surname_and_word_order() {
        assert!(is_short_form(&t("atambayev"), &t("almazbek atambayev")));
        assert!(is_short_form(&t("almazbek atambayev"), &t("almazbek sharshenovich atambayev")));
        assert!(!is_short_form(&t("almazbek"), &t("almazbek atambayev")));
        assert!(!is_short_form(&t("atambayev almazbek"), &t("almazbek x atambayev")));
        assert!(!is_short_form(&t("atambayev"), &t("atambayev")));
    }
}
