//! Person names within one document: a surname ("Atambayev"), or any shorter form
//! ending in the surname ("Almazbek Atambayev"), joins the fuller name it is part
//! of ("Almazbek Sharshenovich Atambayev").

use super::cluster::UnionFind;
use super::mentions::Candidate;
use crate::ner::EntityType;

/// Links every PER candidate to a longer PER name containing it (see
/// [`is_short_form`]). When several different people could be meant ("Bush" with
/// both "George Bush" and "Jeb Bush" in the text), the one named most recently
/// before it wins, else the one named soonest after it.
pub(crate) fn link_surnames(cands: &[Candidate], uf: &mut UnionFind) {
    let mut people: Vec<usize> =
        (0..cands.len()).filter(|&i| cands[i].is_named() && cands[i].kind == EntityType::Per).collect();
    // Longest names first, so that when a short form is placed, every longer form
    // containing it is already in its final group.
    people.sort_by_key(|&i| (std::cmp::Reverse(cands[i].tokens.len()), cands[i].span.start));

    for &m in &people {
        let short = &cands[m];
        // Longer names containing this one: (group root, position of that name).
        let mut fuller: Vec<(usize, usize)> = people
            .iter()
            .filter(|&&l| cands[l].tokens.len() > short.tokens.len() && is_short_form(&short.tokens, &cands[l].tokens))
            .map(|&l| (uf.find(l), cands[l].span.start))
            .collect();
        if fuller.is_empty() {
            continue;
        }
        fuller.sort_unstable();
        let mut roots: Vec<usize> = fuller.iter().map(|&(r, _)| r).collect();
        roots.dedup();
        let target = if roots.len() == 1 {
            roots[0]
        } else {
            let at = short.span.start;
            let before = fuller.iter().filter(|&&(_, p)| p < at).max_by_key(|&&(_, p)| p);
            let after = fuller.iter().filter(|&&(_, p)| p > at).min_by_key(|&&(_, p)| p);
            match before.or(after) {
                Some(&(r, _)) => r,
                None => continue,
            }
        };
        uf.union(m, target);
    }
}

/// Links a one-word ORG or MISC name to the person whose surname it is, when exactly
/// one multi-word person in the document has that surname: the NER model sometimes
/// types a bare surname as an organisation ("Petteri Orpo ... Orpo said"), which
/// would otherwise split one person into two nodes.
pub(crate) fn link_mistyped_surnames(cands: &[Candidate], uf: &mut UnionFind) {
    let people: Vec<usize> = (0..cands.len())
        .filter(|&i| cands[i].is_named() && cands[i].kind == EntityType::Per && cands[i].tokens.len() > 1)
        .collect();
    for (m, c) in cands.iter().enumerate() {
        if !c.is_named() || !matches!(c.kind, EntityType::Org | EntityType::Misc) || c.tokens.len() != 1 {
            continue;
        }
        let mut roots: Vec<usize> =
            people.iter().filter(|&&p| cands[p].tokens.last() == c.tokens.last()).map(|&p| uf.find(p)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [person] = roots[..] {
            uf.union(m, person);
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
