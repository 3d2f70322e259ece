//! Stage 6a: aggregation of relation instances across documents into nodes and edges.
//!
//! The graph holds nodes and edges only, never documents, so memory is bounded by
//! the number of distinct actors and actor pairs, not by the corpus.

use crate::actors::CodeVotes;
use crate::analysis::Analysis;
use crate::ner::EntityType;
use crate::relate::Polarity;
use crate::resolve::ActorIndex;
use crate::stories::sketch::Distinct;
use crate::stories::StoryId;
use crate::timeline::{day, Day};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One actor across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The best of `label_forms` (see [`best_label`]).
    pub label: String,
    pub kind: EntityType,
    /// Mentions over all documents.
    pub mentions: u64,
    /// Documents that mention the actor.
    pub documents: u64,
    /// Documents per code they gave the actor (the majority is its code).
    pub codes: CodeVotes,
    /// Each written form of the actor's name, with the documents that named it so.
    /// Kept (and written to nodes.csv) so that the label of a merge or a resumed run
    /// is chosen from the same counts as a single run's.
    pub label_forms: BTreeMap<String, u64>,
    /// Publication dates of the documents that mention the actor.
    pub dates: BTreeSet<Day>,
}

impl Node {
    /// A node of `kind` with nothing counted yet.
    pub fn new(kind: EntityType) -> Node {
        Node {
            label: String::new(),
            kind,
            mentions: 0,
            documents: 0,
            codes: CodeVotes::default(),
            label_forms: BTreeMap::new(),
            dates: BTreeSet::new(),
        }
    }
}

/// The label of an actor named in `forms` (form → documents): a properly cased form
/// (with capitals and small letters) over one in all capitals or all small letters,
/// so a dateline's "HELSINKI" never labels Helsinki, unless no other form exists; then
/// the most frequent; then the smallest, so that the choice does not depend on the
/// order documents came in (shards merge to the same graph).
pub fn best_label(forms: &BTreeMap<String, u64>) -> String {
    let cased = |s: &str| s.chars().any(char::is_uppercase) && s.chars().any(char::is_lowercase);
    forms
        .iter()
        .max_by(|(a, na), (b, nb)| cased(a).cmp(&cased(b)).then(na.cmp(nb)).then(b.cmp(a)))
        .map(|(form, _)| form.clone())
        .unwrap_or_default()
}

/// Identity of an edge: endpoints (ordered for undirected edges), relation and
/// direction.
///
/// Direction is part of the identity because one relation can be stated either way
/// (a rule for "A opposed B", another for "A and B opposed each other"): one edge for
/// both would have to take its Directed/Undirected type from whichever document came
/// last, so shards and document order would change the output. As separate edges,
/// each keeps its own evidence and the graph does not depend on order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EdgeKey {
    pub source: String,
    pub target: String,
    pub relation: String,
    pub directed: bool,
}

/// One relation between two actors across the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Edge {
    /// Distinct supporting sentences.
    pub sentences: u64,
    /// Distinct supporting documents (`reports` in edges.csv).
    pub documents: u64,
    /// The supporting documents' stories: [`Edge::weight`] counts them, so wire
    /// copies of one story count once. A sketch, so that it stays bounded and adds up
    /// across shards and node merges without counting a story twice.
    pub stories: Distinct,
    /// The supporting documents' outlets (their `source` field, where given).
    pub sources: Distinct,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    /// Publication dates of the supporting documents (the edge's spells in GEXF and
    /// its `Interval` in edges.csv).
    pub dates: BTreeSet<Day>,
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
    /// Adds one analysed document of `story`: its actors, and its positive relations
    /// scoring at least `min_score`.
    pub fn add(&mut self, a: &Analysis, story: &StoryId, min_score: f32) {
        let outlet = a.doc.source.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(source_key);
        let resolved = &a.resolved;
        let mut mention_counts = vec![0u64; resolved.actors.len()];
        for m in &resolved.mentions {
            mention_counts[m.actor.0] += 1;
        }
        for (i, (actor, &count)) in resolved.actors.iter().zip(&mention_counts).enumerate() {
            if count == 0 {
                continue;
            }
            let node = self.nodes.entry(actor.id.clone()).or_insert_with(|| Node::new(actor.kind));
            // Invisible characters (bidi overrides, zero-width) would make labels
            // that look alike differ, or reorder what a reader sees.
            let label = crate::fold::strip_invisible(&actor.label);
            *node.label_forms.entry(label.into_owned()).or_default() += 1;
            node.label = best_label(&node.label_forms);
            node.mentions += count;
            node.documents += 1;
            if let Some(code) = resolved.code(ActorIndex(i)) {
                node.codes.add(code.clone(), 1);
            }
            node.dates.extend(a.doc.date.as_deref().and_then(day));
        }
        // Distinct sentences per edge within this document (sentences of different
        // documents are always distinct, so counts can simply be summed).
        let mut seen: HashSet<(EdgeKey, usize)> = HashSet::new();
        let mut docs_seen: HashSet<EdgeKey> = HashSet::new();
        for r in a.relations.iter().filter(|r| r.polarity == Polarity::Positive && r.score >= min_score) {
            let src = &resolved.actor_of(r.source).id;
            let tgt = &resolved.actor_of(r.target).id;
            if src == tgt {
                continue;
            }
            let (source, target) = if !r.directed && tgt < src { (tgt, src) } else { (src, tgt) };
            let key = EdgeKey {
                source: source.clone(),
                target: target.clone(),
                relation: r.relation.to_string(),
                directed: r.directed,
            };
            let edge = self.edges.entry(key.clone()).or_default();
            edge.plover.insert(r.plover.to_string());
            edge.cameo.insert(r.cameo.to_string());
            if seen.insert((key.clone(), r.sentence)) {
                edge.sentences += 1;
            }
            if docs_seen.insert(key) {
                edge.documents += 1;
                edge.stories.insert(story.key());
                if let Some(outlet) = outlet {
                    edge.sources.insert(outlet);
                }
                if let Some(date) = &a.doc.date {
                    widen(&mut edge.first_date, &mut edge.last_date, date);
                    edge.dates.extend(day(date));
                }
            }
        }
    }

    /// Merges another graph (e.g. a shard's) into this one.
    pub fn merge(&mut self, other: Graph) {
        for (id, n) in other.nodes {
            let node = self.nodes.entry(id).or_insert_with(|| Node::new(n.kind));
            for (form, count) in n.label_forms {
                *node.label_forms.entry(form).or_default() += count;
            }
            node.label = best_label(&node.label_forms);
            node.mentions += n.mentions;
            node.documents += n.documents;
            node.codes.merge(&n.codes);
            node.dates.extend(n.dates);
        }
        for (key, e) in other.edges {
            self.edges.entry(key).or_default().absorb(&e);
        }
    }
}

impl Edge {
    /// Adds another edge's counts, widens the dates and joins the codes (an edge of
    /// another shard, or of nodes merged into one).
    pub fn absorb(&mut self, e: &Edge) {
        self.sentences += e.sentences;
        self.documents += e.documents;
        self.stories.union(&e.stories);
        self.sources.union(&e.sources);
        for d in e.first_date.iter().chain(&e.last_date) {
            widen(&mut self.first_date, &mut self.last_date, d);
        }
        self.dates.extend(e.dates.iter().copied());
        self.plover.extend(e.plover.iter().cloned());
        self.cameo.extend(e.cameo.iter().cloned());
    }
}

impl Edge {
    /// Distinct stories: the edge's `Weight`.
    pub fn weight(&self) -> u64 {
        self.stories.count()
    }
}

/// An outlet as the `sources` count knows it: a stable hash of its name (XXH3).
pub fn source_key(source: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(source.as_bytes())
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
    use crate::resolve::MentionIndex;

    #[test]
    fn labels_prefer_proper_case_then_frequency() {
        let forms = |f: &[(&str, u64)]| f.iter().map(|&(s, n)| (s.to_string(), n)).collect();
        assert_eq!(best_label(&forms(&[("HELSINKI", 9), ("Helsinki", 1)])), "Helsinki");
        assert_eq!(best_label(&forms(&[("helsinki", 9), ("Helsinki", 1)])), "Helsinki");
        assert_eq!(best_label(&forms(&[("Ann Aho", 2), ("Ann aho", 3), ("ANN AHO", 7)])), "Ann aho");
        assert_eq!(best_label(&forms(&[("Ann Aho", 2), ("Ann aho", 2)])), "Ann Aho", "ties: the smallest");
        assert_eq!(best_label(&forms(&[("CEC", 1), ("C.E.C.", 3)])), "C.E.C.", "all capitals: most frequent");
    }

    #[test]
    fn dates_widen_and_merge_sums() {
        let mut a = Graph::default();
        let key = EdgeKey { source: "per:a".into(), target: "per:b".into(), relation: "MEET".into(), directed: false };
        a.edges.insert(
            key.clone(),
            Edge {
                sentences: 2,
                documents: 1,
                first_date: Some("2017-10-07".into()),
                last_date: Some("2017-10-07".into()),
                ..Default::default()
            },
        );
        let mut node = Node::new(EntityType::Per);
        node.label_forms.insert("A".into(), 1);
        node.label = "A".into();
        node.mentions = 3;
        a.nodes.insert("per:a".into(), node);
        let mut b = a.clone();
        b.edges.get_mut(&key).unwrap().first_date = Some("2016-01-01".into());
        a.merge(b);
        let e = &a.edges[&key];
        assert_eq!((e.sentences, e.documents), (4, 2));
        assert_eq!(e.first_date.as_deref(), Some("2016-01-01"));
        assert_eq!(e.last_date.as_deref(), Some("2017-10-07"));
        assert_eq!(a.nodes["per:a"].mentions, 6);
    }

    /// Documents with every kind of overlap: one relation stated directed and mutual,
    /// both ways round, labels differing in case, dates out of order, a low score.
    fn corpus() -> Vec<Analysis> {
        use crate::actors::{ActorCode, Country, Sector};
        use crate::ingest::Document;
        use crate::relate::{Polarity, RelationInstance};
        use crate::resolve::{Actor, Mention, MentionSource, ResolvedDoc};
        use crate::tokenize::{Sentence, Span};
        type Rel = (usize, usize, &'static str, bool, usize, f32);
        let doc = |id: &str, date: Option<&str>, actors: &[(&str, &str)], rels: &[Rel]| {
            let span = Span { start: 0, end: 1 };
            let actors: Vec<Actor> = actors
                .iter()
                .map(|(id, label)| Actor { id: id.to_string(), label: label.to_string(), kind: EntityType::Per })
                .collect();
            // Codes that differ across documents, so that the majority is tested too.
            let codes = actors
                .iter()
                .map(|a| match a.id.as_str() {
                    "per:a" => {
                        let sector = if date.is_some_and(|d| d < "2019") { Sector::Gov } else { Sector::Eli };
                        ActorCode::new(Country::parse("KGZ"), Some(sector))
                    }
                    "per:b" => ActorCode::new(Country::parse("KAZ"), None),
                    _ => None,
                })
                .collect();
            let mentions = (0..actors.len())
                .map(|actor| Mention {
                    sentence: 0,
                    words: 0..1,
                    span,
                    actor: ActorIndex(actor),
                    source: MentionSource::Entity,
                    score: 1.0,
                })
                .collect();
            let relations = rels
                .iter()
                .map(|&(source, target, relation, directed, sentence, score)| RelationInstance {
                    relation: relation.into(),
                    source: MentionIndex(source),
                    target: MentionIndex(target),
                    directed,
                    polarity: Polarity::Positive,
                    sentence,
                    trigger: span,
                    rule: format!("{relation}-{directed}").into(),
                    frame: "subj-obj".into(),
                    score,
                    plover: format!("P-{relation}-{sentence}").into(),
                    cameo: format!("{}", 10 + sentence).into(),
                })
                .collect();
            Analysis {
                doc: Document {
                    id: id.into(),
                    text: "x".into(),
                    date: date.map(String::from),
                    title: None,
                    source: (id != "d4").then(|| if id == "d3" { "BBC" } else { "AP" }.to_string()),
                },
                sentences: vec![Sentence { span, words: vec![span] }; 3],
                entities: Vec::new(),
                syntax: None,
                resolved: ResolvedDoc { actors, mentions, codes, polities: Vec::new() },
                relations,
            }
        };
        let (a, b, c) = (("per:a", "Ann Aho"), ("per:b", "Bo Berg"), ("per:c", "Cy Cole"));
        vec![
            doc("d1", Some("2019-05-01"), &[a, b], &[(0, 1, "OPPOSE", true, 0, 0.9), (0, 1, "MEET", false, 1, 0.9)]),
            doc("d2", Some("2018-01-02"), &[b, ("per:a", "ann aho")], &[(1, 0, "OPPOSE", false, 0, 0.8)]),
            doc("d3", None, &[b, a, c], &[(0, 1, "OPPOSE", true, 0, 0.7), (2, 0, "MEET", false, 2, 0.2)]),
            doc("d4", Some("2020-12-31"), &[c, a], &[(1, 0, "OPPOSE", false, 1, 0.6), (0, 1, "ACCUSE", true, 0, 0.9)]),
        ]
    }

    #[test]
    fn copies_of_a_story_weigh_once_and_outlets_are_counted() {
        let docs = corpus();
        let mut copy = docs[0].clone();
        copy.doc.id = "d1-copy".into();
        copy.doc.source = Some(" BBC ".into());
        let mut g = Graph::default();
        g.add(&docs[0], &StoryId::new("d1"), 0.5);
        g.add(&copy, &StoryId::new("d1"), 0.5);
        g.add(&docs[2], &StoryId::new("d1"), 0.5);
        let key = EdgeKey { source: "per:a".into(), target: "per:b".into(), relation: "OPPOSE".into(), directed: true };
        let e = &g.edges[&key];
        assert_eq!((e.weight(), e.documents, e.sources.count(), e.sentences), (1, 2, 2, 2));
        let key = EdgeKey { source: "per:b".into(), target: "per:a".into(), relation: "OPPOSE".into(), directed: true };
        assert_eq!((g.edges[&key].weight(), g.edges[&key].sources.count()), (1, 1), "d3: another edge, BBC");
        let mut other = Graph::default();
        other.add(&copy, &StoryId::new("elsewhere"), 0.5);
        g.merge(other);
        let key = EdgeKey { source: "per:a".into(), target: "per:b".into(), relation: "OPPOSE".into(), directed: true };
        assert_eq!((g.edges[&key].weight(), g.edges[&key].documents), (2, 3), "another story adds one");
    }

    /// Stories of the test documents: d3 is a copy of d1's story.
    fn story(a: &Analysis) -> StoryId {
        StoryId::new(if a.doc.id == "d3" { "d1" } else { &a.doc.id })
    }

    fn permutations(n: usize) -> Vec<Vec<usize>> {
        if n == 0 {
            return vec![Vec::new()];
        }
        let mut out = Vec::new();
        for p in permutations(n - 1) {
            for i in 0..=p.len() {
                let mut q = p.clone();
                q.insert(i, n - 1);
                out.push(q);
            }
        }
        out
    }

    /// Nodes and edges as export writes them.
    fn csv(g: &Graph) -> (String, String) {
        let dir = tempfile::tempdir().unwrap();
        crate::export::write_graph(g, dir.path()).unwrap();
        let read = |n: &str| std::fs::read_to_string(dir.path().join(n)).unwrap();
        (read("nodes.csv"), read("edges.csv"))
    }

    #[test]
    fn any_order_and_any_shard_split_give_the_same_graph() {
        let docs = corpus();
        let min_score = 0.5;
        let mut reference = Graph::default();
        for d in &docs {
            reference.add(d, &story(d), min_score);
        }
        let (nodes, edges) = csv(&reference);
        assert!(edges.contains("per:a,per:b,Directed") && edges.contains("per:a,per:b,Undirected"), "{edges}");
        assert!(edges.contains("per:b,per:a,Directed"), "{edges}");

        for order in permutations(docs.len()) {
            // Every assignment of the documents to 3 shards, merged in either order.
            for split in 0..3usize.pow(docs.len() as u32) {
                let mut shards = vec![Graph::default(); 3];
                for (i, &d) in order.iter().enumerate() {
                    shards[split / 3usize.pow(i as u32) % 3].add(&docs[d], &story(&docs[d]), min_score);
                }
                for reverse in [false, true] {
                    let mut merged = Graph::default();
                    let mut parts = shards.clone();
                    if reverse {
                        parts.reverse();
                    }
                    for p in parts {
                        merged.merge(p);
                    }
                    assert_eq!(merged, reference, "order {order:?}, split {split}, reversed {reverse}");
                }
            }
        }
        // Through the files, as merge reads shard outputs back.
        let mut shards = [Graph::default(), Graph::default()];
        for (i, d) in docs.iter().enumerate() {
            shards[i % 2].add(d, &story(d), min_score);
        }
        let mut merged = Graph::default();
        for s in &shards {
            let dir = tempfile::tempdir().unwrap();
            crate::export::write_graph(s, dir.path()).unwrap();
            merged.merge(crate::export::read_graph(dir.path()).unwrap());
        }
        assert_eq!(csv(&merged), (nodes, edges));
    }
}
