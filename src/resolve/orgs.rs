//! Organisations named with and without their country: "Kazakh Central Election
//! Commission" and, later, "Central Election Commission" are one actor.

use super::candidate::Candidate;
use super::demonyms::DemonymTable;
use super::union_find::UnionFind;
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
