//! Stage 6a: aggregation of relation instances across documents into nodes and edges.
//!
//! The graph holds nodes and edges only, never documents, so memory is bounded by
//! the number of distinct actors and actor pairs, not by the corpus.

use crate::ner::EntityType;
use crate::pipeline::Analysis;
use crate::relate::Polarity;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One actor across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub label: String,
    pub kind: EntityType,
    /// Mentions over all documents.
    pub mentions: u64,
    /// Documents that mention the actor.
    pub documents: u64,
}

/// Identity of an edge: endpoints (ordered for undirected edges) and relation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EdgeKey {
    pub source: String,
    pub target: String,
    pub relation: String,
}

/// One relation between two actors across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Edge {
    pub directed: bool,
    /// Distinct supporting sentences.
    pub weight: u64,
    /// Distinct supporting documents.
    pub documents: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// PLOVER categories and CAMEO codes of the rules that produced the edge.
    pub plover: BTreeSet<String>,
    pub cameo: BTreeSet<String>,
}

/// The aggregated actor graph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    pub nodes: BTreeMap<String, Node>,
    pub edges: BTreeMap<EdgeKey, Edge>,
}

impl Graph {
    /// Adds one analysed document: its actors, and its positive relations scoring at least `min_score`.
    pub fn add(&mut self, a: &Analysis, min_score: f32) {
        let resolved = &a.resolved;
        let mut mention_counts = vec![0u64; resolved.actors.len()];
        for m in &resolved.mentions {
            mention_counts[m.actor] += 1;
        }
        for (actor, &count) in resolved.actors.iter().zip(&mention_counts) {
            if count == 0 {
                continue;
            }
            let node = self.nodes.entry(actor.id.clone()).or_insert_with(|| Node {
                // Invisible characters (bidi overrides, zero-width) would make labels
                // that look alike differ, or reorder what a reader sees.
                label: crate::export::strip_invisible(&actor.label).into_owned(),
                kind: actor.kind,
                mentions: 0,
                documents: 0,
            });
            // Labels of one id differ at most in case or accents; keep the smallest so the
            // result does not depend on document order (shards merge to the same graph).
            let label = crate::export::strip_invisible(&actor.label);
            if *label < *node.label {
                node.label = label.into_owned();
            }
            node.mentions += count;
            node.documents += 1;
        }
        // Distinct sentences per edge within this document (sentences of different
        // documents are always distinct, so counts can simply be summed).
        let mut seen: HashSet<(EdgeKey, usize)> = HashSet::new();
        let mut docs_seen: HashSet<EdgeKey> = HashSet::new();
        for r in a.relations.iter().filter(|r| r.polarity == Polarity::Positive && r.score >= min_score) {
            let src = &resolved.actors[resolved.mentions[r.source].actor].id;
            let tgt = &resolved.actors[resolved.mentions[r.target].actor].id;
            if src == tgt {
                continue;
            }
            let (source, target) = if !r.directed && tgt < src { (tgt, src) } else { (src, tgt) };
            let key = EdgeKey { source: source.clone(), target: target.clone(), relation: r.relation.clone() };
            let edge = self.edges.entry(key.clone()).or_default();
            edge.directed = r.directed;
            edge.plover.insert(r.plover.clone());
            edge.cameo.insert(r.cameo.clone());
            if seen.insert((key.clone(), r.sentence)) {
                edge.weight += 1;
            }
            if docs_seen.insert(key) {
                edge.documents += 1;
                if let Some(date) = &a.doc.date {
                    widen(&mut edge.first_date, &mut edge.last_date, date);
                }
            }
        }
    }

    /// Merges another graph (e.g. a shard's) into this one.
    pub fn merge(&mut self, other: Graph) {
        for (id, n) in other.nodes {
            let node = self.nodes.entry(id).or_insert_with(|| Node { mentions: 0, documents: 0, ..n.clone() });
            if n.label < node.label {
                node.label = n.label;
            }
            node.mentions += n.mentions;
            node.documents += n.documents;
        }
        for (key, e) in other.edges {
            let edge = self.edges.entry(key).or_insert_with(|| Edge { directed: e.directed, ..Edge::default() });
            edge.weight += e.weight;
            edge.documents += e.documents;
            for d in e.first_date.iter().chain(&e.last_date) {
                widen(&mut edge.first_date, &mut edge.last_date, d);
            }
            edge.plover.extend(e.plover);
            edge.cameo.extend(e.cameo);
        }
    }
}

fn widen(first: &mut Option<String>, last: &mut Option<String>, date: &str) {
    if first.as_deref().is_none_or(|f| date < f) {
        *first = Some(date.to_string());
    }
    if last.as_deref().is_none_or(|l| date > l) {
        *last = Some(date.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_widen_and_merge_sums() {
        let mut a = Graph::default();
        let key = EdgeKey { source: "per:a".into(), target: "per:b".into(), relation: "MEET".into() };
        a.edges.insert(
            key.clone(),
            Edge {
                directed: false,
                weight: 2,
                documents: 1,
                first_date: Some("2017-10-07".into()),
                last_date: Some("2017-10-07".into()),
                ..Default::default()
            },
        );
        a.nodes.insert("per:a".into(), Node { label: "A".into(), kind: EntityType::Per, mentions: 3, documents: 1 });
        let mut b = a.clone();
        b.edges.get_mut(&key).unwrap().first_date = Some("2016-01-01".into());
        a.merge(b);
        let e = &a.edges[&key];
        assert_eq!((e.weight, e.documents), (4, 2));
        assert_eq!(e.first_date.as_deref(), Some("2016-01-01"));
        assert_eq!(e.last_date.as_deref(), Some("2017-10-07"));
        assert_eq!(a.nodes["per:a"].mentions, 6);
    }
}
