//! The visual report: `report.html` (self-contained: inline CSS, SVG and a little
//! script, nothing fetched) and `graph.svg` (the drawing alone, for a paper).
//!
//! What it shows: the actor graph laid out here ([`layout`]), node size by degree,
//! colour by type, edge colour by relation; the top actors and edges with links to
//! evidence sentences listed on the page; relation counts over time. Everything is a
//! function of the graph and `evidence.csv`, so a resumed run writes the same bytes.
//!
//! Big graphs: only the [`NODE_CAP`] actors of highest degree (among those in at
//! least one relation) and the [`EDGE_CAP`] heaviest edges between them are drawn,
//! and the page says so.

mod evidence;
mod html;
mod layout;
mod svg;

use crate::durable;
use crate::graph::{EdgeKey, Graph};
use crate::manifest::Counts;
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

pub use evidence::{Sample, Timeline};

/// The report files, written beside the other outputs unless `--no-report` (the run
/// manifest's optional outputs).
pub const REPORT_FILES: [&str; 2] = crate::manifest::OPTIONAL_OUTPUTS;
/// Actors drawn at most.
pub const NODE_CAP: usize = 300;
/// Edges drawn at most.
pub const EDGE_CAP: usize = 2000;
/// Rows of the top-actors and top-edges tables.
pub const TOP: usize = 25;
/// Nodes labelled in the drawings.
pub const LABELS: usize = 30;

/// A drawn actor.
pub struct DrawnNode {
    pub id: String,
    pub label: String,
    pub kind: &'static str,
    pub degree: usize,
    pub mentions: u64,
    /// Centre in the unit square.
    pub x: f64,
    pub y: f64,
}

/// A drawn edge between drawn nodes `a` and `b` (indexes).
pub struct DrawnEdge {
    pub a: usize,
    pub b: usize,
    pub relation: String,
    pub directed: bool,
    pub weight: u64,
    /// Index among the edges joining the same two nodes (they are drawn as curves
    /// bending apart), and how many there are.
    pub parallel: (usize, usize),
}

/// A row of the top-edges table, with its evidence.
pub struct TopEdge {
    /// Its id in edges.csv and graph.gexf (`e7`).
    pub id: String,
    pub key: EdgeKey,
    pub source_label: String,
    pub target_label: String,
    pub weight: u64,
    pub documents: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub samples: Vec<Sample>,
}

/// A row of the top-actors table, with evidence naming it.
pub struct TopActor {
    pub id: String,
    pub label: String,
    pub kind: &'static str,
    pub degree: usize,
    pub mentions: u64,
    pub documents: u64,
    pub code: String,
    pub samples: Vec<Sample>,
}

/// Everything the report shows.
pub struct Report {
    pub counts: Counts,
    pub total_nodes: usize,
    pub total_edges: usize,
    pub nodes: Vec<DrawnNode>,
    pub edges: Vec<DrawnEdge>,
    /// Relations of the graph, sorted; their colours follow this order.
    pub relations: Vec<String>,
    pub top_actors: Vec<TopActor>,
    pub top_edges: Vec<TopEdge>,
    pub timeline: Timeline,
}

/// Writes `graph.svg` and `report.html` into `dir` for `graph` (as published) and
/// the `evidence.csv` already in `dir`. `ids` maps the evidence's node ids to the
/// graph's (surnames linked, `--actor-level`); ids not in it are the same.
pub fn write_report(dir: &Path, graph: &Graph, ids: &HashMap<String, String>, counts: &Counts) -> Result<()> {
    let report = Report::build(graph, ids, counts, &dir.join("evidence.csv"))?;
    durable::write_file(&dir.join("graph.svg"), svg::standalone(&report).as_bytes())?;
    durable::write_file(&dir.join("report.html"), html::page(&report).as_bytes())
}

impl Report {
    pub fn build(graph: &Graph, ids: &HashMap<String, String>, counts: &Counts, evidence: &Path) -> Result<Report> {
        let mut degree: HashMap<&str, usize> = HashMap::new();
        for key in graph.edges.keys().filter(|k| k.source != k.target) {
            *degree.entry(&key.source).or_default() += 1;
            *degree.entry(&key.target).or_default() += 1;
        }
        let deg = |id: &str| degree.get(id).copied().unwrap_or(0);
        // Highest degree first, then most mentioned, then by id: a total order.
        let mut ranked: Vec<(&String, &crate::graph::Node)> = graph.nodes.iter().collect();
        ranked.sort_by(|a, b| deg(b.0).cmp(&deg(a.0)).then(b.1.mentions.cmp(&a.1.mentions)).then(a.0.cmp(b.0)));
        let any_edge = ranked.first().is_some_and(|(id, _)| deg(id) > 0);
        let drawn: Vec<_> = ranked.iter().filter(|(id, _)| !any_edge || deg(id) > 0).take(NODE_CAP).collect();
        let index: HashMap<&str, usize> = drawn.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();

        let mut edges: Vec<(&EdgeKey, u64)> = graph
            .edges
            .iter()
            .filter(|(k, _)| k.source != k.target && index.contains_key(&*k.source) && index.contains_key(&*k.target))
            .map(|(k, e)| (k, e.weight()))
            .collect();
        edges.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        edges.truncate(EDGE_CAP);
        edges.sort_by(|a, b| a.0.cmp(b.0));
        let links: Vec<layout::Link> = edges
            .iter()
            .map(|(k, w)| layout::Link { a: index[&*k.source], b: index[&*k.target], weight: *w as f64 })
            .collect();
        let id_list: Vec<&str> = drawn.iter().map(|(id, _)| id.as_str()).collect();
        let pos = layout::layout(&id_list, &links);
        let nodes = drawn
            .iter()
            .zip(&pos)
            .map(|((id, n), &(x, y))| DrawnNode {
                id: id.to_string(),
                label: n.label.clone(),
                kind: n.kind.as_str(),
                degree: deg(id),
                mentions: n.mentions,
                x,
                y,
            })
            .collect();
        let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let mut drawn_edges: Vec<DrawnEdge> = links
            .iter()
            .zip(&edges)
            .map(|(l, (k, w))| {
                let pair = (l.a.min(l.b), l.a.max(l.b));
                let slot = pairs.entry(pair).or_default();
                *slot += 1;
                DrawnEdge {
                    a: l.a,
                    b: l.b,
                    relation: k.relation.clone(),
                    directed: k.directed,
                    weight: *w,
                    parallel: (*slot - 1, 0),
                }
            })
            .collect();
        for e in &mut drawn_edges {
            e.parallel.1 = pairs[&(e.a.min(e.b), e.a.max(e.b))];
        }

        let relations: Vec<String> =
            graph.edges.keys().map(|k| k.relation.clone()).collect::<BTreeSet<_>>().into_iter().collect();
        let edge_ids: HashMap<&EdgeKey, usize> = graph.edges.keys().enumerate().map(|(i, k)| (k, i + 1)).collect();
        let label = |id: &str| graph.nodes.get(id).map_or(id.to_string(), |n| n.label.clone());
        let mut by_weight: Vec<_> = graph.edges.iter().filter(|(k, _)| k.source != k.target).collect();
        by_weight
            .sort_by(|a, b| b.1.weight().cmp(&a.1.weight()).then(b.1.documents.cmp(&a.1.documents)).then(a.0.cmp(b.0)));
        let mut top_edges: Vec<TopEdge> = by_weight
            .into_iter()
            .take(TOP)
            .map(|(k, e)| TopEdge {
                id: format!("e{}", edge_ids[k]),
                key: k.clone(),
                source_label: label(&k.source),
                target_label: label(&k.target),
                weight: e.weight(),
                documents: e.documents,
                first_date: e.first_date.clone(),
                last_date: e.last_date.clone(),
                samples: Vec::new(),
            })
            .collect();
        let mut top_actors: Vec<TopActor> = ranked
            .iter()
            .take(TOP)
            .map(|(id, n)| TopActor {
                id: id.to_string(),
                label: n.label.clone(),
                kind: n.kind.as_str(),
                degree: deg(id),
                mentions: n.mentions,
                documents: n.documents,
                code: n.codes.winner().map(|c| c.cameo.clone()).unwrap_or_default(),
                samples: Vec::new(),
            })
            .collect();
        let timeline = evidence::read(evidence, ids, &mut top_edges, &mut top_actors)?;
        Ok(Report {
            counts: counts.clone(),
            total_nodes: graph.nodes.len(),
            total_edges: graph.edges.len(),
            nodes,
            edges: drawn_edges,
            relations,
            top_actors,
            top_edges,
            timeline,
        })
    }

    /// The colour of a relation: fixed for the bundled rules' relations, the others
    /// in turn from a palette.
    pub fn relation_colour(&self, relation: &str) -> &'static str {
        const OTHERS: [&str; 8] =
            ["#8c564b", "#bcbd22", "#e377c2", "#17a2b8", "#7f7f7f", "#ff9da7", "#edc948", "#1f3b73"];
        match relation {
            "ACCUSE" => "#d62728",
            "MEET" => "#2ca02c",
            "OPPOSE" => "#9467bd",
            _ => {
                let known = ["ACCUSE", "MEET", "OPPOSE"];
                let i = self.relations.iter().filter(|r| !known.contains(&r.as_str())).position(|r| r == relation);
                OTHERS[i.unwrap_or(0) % OTHERS.len()]
            }
        }
    }
}

/// The fill of a node type.
pub fn type_colour(kind: &str) -> &'static str {
    match kind {
        "PER" => "#4e79a7",
        "ORG" => "#f28e2b",
        "LOC" => "#59a14f",
        _ => "#a0a0a0",
    }
}

/// Node types in legend order.
pub const TYPES: [(&str, &str); 4] = [("PER", "person"), ("ORG", "organisation"), ("LOC", "place"), ("MISC", "other")];

/// `s` escaped for HTML and XML text and attribute values (the GEXF writer's escape:
/// markup characters as references, characters XML forbids replaced).
pub fn esc(s: &str) -> String {
    crate::gexf::escape(s)
}

#[cfg(test)]
mod tests;
