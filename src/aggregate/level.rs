//! The graph as written: names linked across documents ([`super::links`]), then nodes aggregated at
//! the level a study needs (`--actor-level`).
//!
//! Both work on the whole graph at output time, never while documents are added:
//! whether "Clinton" means Bill Clinton depends on every other Clinton in the corpus,
//! which no single document (or shard) knows. The graph itself keeps one node per
//! document-level id, so that checkpoints, shards and merges add up exactly, and every
//! output is a function of that graph alone.

use super::links::name_links;
use crate::actors::ActorCode;
use crate::graph::{EdgeKey, Graph, Node};
use crate::ner::EntityType;
use std::collections::{BTreeMap, HashMap};

/// How far nodes are aggregated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActorLevel {
    /// One node per actor name, as resolved (surnames and organisation names linked
    /// across documents).
    #[default]
    Name,
    /// One node per CAMEO actor code ("RUSGOV": all of Russia's government); actors
    /// without a code keep their name node.
    Code,
    /// One node per country (ISO alpha-3): the country dyad graph of event data;
    /// actors without a country keep their name node.
    Country,
}

impl ActorLevel {
    pub fn as_str(&self) -> &'static str {
        match self {
            ActorLevel::Name => "name",
            ActorLevel::Code => "code",
            ActorLevel::Country => "country",
        }
    }
}

impl std::str::FromStr for ActorLevel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "name" => Ok(ActorLevel::Name),
            "code" => Ok(ActorLevel::Code),
            "country" => Ok(ActorLevel::Country),
            other => Err(format!("{other:?} is not an actor level (name, code or country)")),
        }
    }
}

/// The ids of `graph`'s nodes in [`project`]'s output, for those that change (names
/// linked, nodes aggregated at `level`): how evidence rows, which keep document-level
/// ids, find their node.
pub fn projected_ids(graph: &Graph, level: ActorLevel) -> HashMap<String, String> {
    let links = name_links(graph);
    let names = linked_names(graph, &links);
    let target = level_ids(&names, level);
    graph
        .nodes
        .keys()
        .filter_map(|id| {
            let linked = links.get(id).unwrap_or(id);
            let to = target.get(linked).unwrap_or(linked);
            (to != id).then(|| (id.clone(), to.clone()))
        })
        .collect()
}

/// Name level: nodes with names linked; the full name's label and kind stand.
fn linked_names(graph: &Graph, links: &HashMap<String, String>) -> BTreeMap<String, Node> {
    let linked = |id: &String| links.get(id).unwrap_or(id).clone();
    let mut names: BTreeMap<String, Node> = BTreeMap::new();
    for (id, n) in &graph.nodes {
        let to = linked(id);
        let base = graph.nodes.get(&to).unwrap_or(n);
        // Its written forms too: the surname's would outvote the full name in
        // `best_label`, which a merge of this output recomputes the label with.
        let node = names.entry(to).or_insert_with(|| Node {
            label: base.label.clone(),
            label_forms: base.label_forms.clone(),
            ..Node::new(base.kind)
        });
        node.mentions += n.mentions;
        node.documents += n.documents;
        node.codes.merge(&n.codes);
        node.dates.extend(n.dates.iter().copied());
    }
    names
}

/// Each name node's id at `level`, from its majority code.
fn level_ids(names: &BTreeMap<String, Node>, level: ActorLevel) -> HashMap<&String, String> {
    let key_of = |id: &String, n: &Node| -> String {
        let code: Option<&ActorCode> = n.codes.winner();
        match level {
            ActorLevel::Name => None,
            ActorLevel::Code => code.map(|c| c.cameo.clone()).filter(|c| !c.is_empty()),
            ActorLevel::Country => code.and_then(|c| c.country).map(|c| c.to_string()),
        }
        .unwrap_or_else(|| id.clone())
    };
    names.iter().map(|(id, n)| (id, key_of(id, n))).collect()
}

/// The graph at `level`: names linked (see [`name_links`]), then nodes with one
/// code (or country) merged into one node with that id ("RUSGOV", "RUS").
///
/// Merged nodes add up mentions, documents (so a document that names two members
/// counts twice there) and code votes; edges between merged nodes add up weights and
/// documents in the same way and widen dates. At `name`, an edge that linking turns
/// into a loop is dropped, as a document never makes one; at `code` and `country` a
/// loop is kept (Kyrgyz candidates opposing each other are KGZ – KGZ).
pub fn project(graph: &Graph, level: ActorLevel) -> Graph {
    let links = name_links(graph);
    let linked = |id: &String| links.get(id).unwrap_or(id).clone();
    let names = linked_names(graph, &links);
    let target = level_ids(&names, level);

    let mut out = Graph::default();
    // Members by their aggregated id, for labels and kinds.
    let mut members: BTreeMap<&String, Vec<(&String, &Node)>> = BTreeMap::new();
    for (id, n) in &names {
        members.entry(&target[id]).or_default().push((id, n));
    }
    for (to, ms) in members {
        if ms.len() == 1 && ms[0].0 == to {
            out.nodes.insert(to.clone(), ms[0].1.clone());
            continue;
        }
        // The most mentioned member gives the kind; a country's label is its most
        // mentioned place ("Kazakhstan"), a code's label is the code.
        let top = |pred: &dyn Fn(&Node) -> bool| {
            ms.iter()
                .filter(|(_, n)| pred(n))
                .max_by(|a, b| a.1.mentions.cmp(&b.1.mentions).then(b.0.cmp(a.0)))
                .copied()
        };
        let kind = top(&|_| true).map_or(EntityType::Misc, |(_, n)| n.kind);
        let label = match level {
            ActorLevel::Country => top(&|n| n.kind == EntityType::Loc).map_or(to.clone(), |(_, n)| n.label.clone()),
            _ => to.clone(),
        };
        let mut node = Node::new(kind);
        for (_, n) in ms {
            node.mentions += n.mentions;
            node.documents += n.documents;
            node.codes.merge(&n.codes);
            node.dates.extend(n.dates.iter().copied());
        }
        // The label is the one form: a merge of this output chooses the label from
        // the forms again, and must find the same one.
        node.label_forms.insert(label.clone(), node.documents);
        node.label = label;
        out.nodes.insert(to.clone(), node);
    }

    let level_of = |id: &String| -> String {
        let l = linked(id);
        target.get(&l).cloned().unwrap_or(l)
    };
    for (key, e) in &graph.edges {
        let (mut source, mut target) = (level_of(&key.source), level_of(&key.target));
        if source == target && level == ActorLevel::Name {
            continue;
        }
        if !key.directed && target < source {
            std::mem::swap(&mut source, &mut target);
        }
        let k = EdgeKey { source, target, relation: key.relation.clone(), directed: key.directed };
        out.edges.entry(k).or_default().absorb(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::{CodeVotes, Country, Sector};

    fn node(label: &str, kind: EntityType, mentions: u64, code: Option<(&str, Option<Sector>)>) -> Node {
        let mut codes = CodeVotes::default();
        if let Some((c, s)) = code {
            codes.add(ActorCode::new(Country::parse(c), s).unwrap(), 1);
        }
        let mut n = Node::new(kind);
        n.label = label.into();
        n.label_forms.insert(label.into(), 1);
        (n.mentions, n.documents, n.codes) = (mentions, 1, codes);
        n
    }

    fn edge(g: &mut Graph, s: &str, t: &str, rel: &str, directed: bool) {
        let key = EdgeKey { source: s.into(), target: t.into(), relation: rel.into(), directed };
        g.edges.insert(key, Edge { sentences: 1, documents: 1, ..Default::default() });
    }

    use crate::graph::Edge;
    use EntityType::{Loc, Per};

    /// Clinton (one document), Bill Clinton (another), two Kyrgyz politicians, a
    /// Kazakh president and Kazakhstan.
    fn corpus() -> Graph {
        let mut g = Graph::default();
        let gov = Some(Sector::Gov);
        g.nodes.insert("per:clinton".into(), node("Clinton", Per, 21, Some(("USA", gov))));
        g.nodes.insert("per:bill-clinton".into(), node("Bill Clinton", Per, 11, Some(("USA", gov))));
        g.nodes.insert("per:almazbek-atambayev".into(), node("Almazbek Atambayev", Per, 3, Some(("KGZ", gov))));
        g.nodes.insert("per:omurbek-babanov".into(), node("Omurbek Babanov", Per, 3, Some(("KGZ", gov))));
        g.nodes.insert("per:sooronbai-jeenbekov".into(), node("Sooronbai Jeenbekov", Per, 2, Some(("KGZ", None))));
        g.nodes.insert("per:nursultan-nazarbayev".into(), node("Nursultan Nazarbayev", Per, 1, Some(("KAZ", gov))));
        g.nodes.insert("loc:kazakhstan".into(), node("Kazakhstan", Loc, 6, Some(("KAZ", gov))));
        g.nodes.insert("per:nobody".into(), node("Nobody Known", Per, 1, None));
        edge(&mut g, "per:almazbek-atambayev", "loc:kazakhstan", "ACCUSE", true);
        edge(&mut g, "per:nursultan-nazarbayev", "per:omurbek-babanov", "MEET", false);
        edge(&mut g, "per:omurbek-babanov", "per:sooronbai-jeenbekov", "OPPOSE", false);
        edge(&mut g, "per:clinton", "per:bill-clinton", "MEET", false);
        edge(&mut g, "per:clinton", "loc:kazakhstan", "ACCUSE", true);
        edge(&mut g, "per:bill-clinton", "loc:kazakhstan", "ACCUSE", true);
        edge(&mut g, "per:nobody", "per:clinton", "MEET", false);
        g
    }

    fn edges(g: &Graph) -> Vec<String> {
        g.edges.iter().map(|(k, e)| format!("{} {} {} {}", k.source, k.relation, k.target, e.sentences)).collect()
    }

    #[test]
    fn a_surname_joins_the_only_full_name_in_the_corpus() {
        let g = project(&corpus(), ActorLevel::Name);
        assert!(!g.nodes.contains_key("per:clinton"));
        let bill = &g.nodes["per:bill-clinton"];
        assert_eq!((bill.label.as_str(), bill.mentions, bill.documents), ("Bill Clinton", 32, 2));
        let e = edges(&g);
        assert!(e.contains(&"per:bill-clinton ACCUSE loc:kazakhstan 2".to_string()), "{e:?}");
        assert!(
            !e.iter().any(|x| x.starts_with("per:bill-clinton MEET per:bill-clinton")),
            "no loop at name level: {e:?}"
        );
        assert!(e.contains(&"per:bill-clinton MEET per:nobody 1".to_string()), "undirected ends re-ordered: {e:?}");
    }

    #[test]
    fn a_surname_shared_by_two_full_names_stays_apart() {
        let mut g = corpus();
        g.nodes.insert("per:hillary-clinton".into(), node("Hillary Clinton", Per, 4, None));
        let p = project(&g, ActorLevel::Name);
        assert!(p.nodes.contains_key("per:clinton") && p.nodes.contains_key("per:bill-clinton"));
        assert_eq!(p.nodes["per:clinton"].mentions, 21);
    }

    #[test]
    fn code_level_merges_by_cameo_actor() {
        let g = project(&corpus(), ActorLevel::Code);
        let ids: Vec<&str> = g.nodes.keys().map(String::as_str).collect();
        assert_eq!(ids, ["KAZGOV", "KGZ", "KGZGOV", "USAGOV", "per:nobody"]);
        assert_eq!(g.nodes["KAZGOV"].mentions, 7);
        assert_eq!(g.nodes["KAZGOV"].label, "KAZGOV");
        let e = edges(&g);
        assert!(e.contains(&"KGZGOV ACCUSE KAZGOV 1".to_string()), "{e:?}");
        assert!(e.contains(&"KAZGOV MEET KGZGOV 1".to_string()), "{e:?}");
        assert!(e.contains(&"KGZ OPPOSE KGZGOV 1".to_string()), "{e:?}");
        assert!(e.contains(&"USAGOV ACCUSE KAZGOV 2".to_string()), "{e:?}");
        assert!(e.contains(&"USAGOV MEET USAGOV 1".to_string()), "a loop is kept: {e:?}");
    }

    #[test]
    fn country_level_is_the_dyad_graph() {
        let g = project(&corpus(), ActorLevel::Country);
        let ids: Vec<&str> = g.nodes.keys().map(String::as_str).collect();
        assert_eq!(ids, ["KAZ", "KGZ", "USA", "per:nobody"]);
        assert_eq!(g.nodes["KAZ"].label, "Kazakhstan", "a country is labelled by its place node");
        assert_eq!(g.nodes["KGZ"].label, "KGZ", "no place node: the code");
        assert_eq!(g.nodes["KGZ"].kind, Per);
        let e = edges(&g);
        assert!(e.contains(&"KGZ ACCUSE KAZ 1".to_string()), "{e:?}");
        assert!(e.contains(&"KAZ MEET KGZ 1".to_string()), "{e:?}");
        assert!(e.contains(&"KGZ OPPOSE KGZ 1".to_string()), "{e:?}");
    }

    #[test]
    fn projection_is_the_same_for_any_split_of_the_graph() {
        // Two halves merged in either order, then projected, give the projection of
        // the whole, at every level (the graph, not the projection, is what adds up).
        let whole = corpus();
        let ids: Vec<String> = whole.nodes.keys().cloned().collect();
        for level in [ActorLevel::Name, ActorLevel::Code, ActorLevel::Country] {
            let want = project(&whole, level);
            for mask in 0..(1u32 << ids.len()) {
                let (mut a, mut b) = (Graph::default(), Graph::default());
                for (i, id) in ids.iter().enumerate() {
                    let part = if mask >> i & 1 == 1 { &mut a } else { &mut b };
                    part.nodes.insert(id.clone(), whole.nodes[id].clone());
                }
                for (k, e) in &whole.edges {
                    let part = if ids.iter().position(|x| x == &k.source).unwrap() % 2 == 0 { &mut a } else { &mut b };
                    part.edges.insert(k.clone(), e.clone());
                }
                let (mut ab, mut ba) = (a.clone(), b.clone());
                ab.merge(b.clone());
                ba.merge(a.clone());
                assert_eq!(project(&ab, level), want, "{level:?} {mask}");
                assert_eq!(project(&ba, level), want, "{level:?} {mask}");
            }
        }
    }

    #[test]
    fn levels_parse() {
        assert_eq!("code".parse::<ActorLevel>(), Ok(ActorLevel::Code));
        assert!("x".parse::<ActorLevel>().is_err());
        assert_eq!(ActorLevel::Country.as_str(), "country");
    }
}
