//! `graph.gexf`: the graph in GEXF 1.3, Gephi's native format (File → Open).
//!
//! What the CSV pair cannot carry survives here: attribute types are declared, so
//! CAMEO codes stay strings ("042" keeps its zero, which Gephi's spreadsheet
//! importer would type as the number 42) and counts are numbers; each edge names its
//! relation as its `kind` (Gephi's edge types, so a workspace can show MEET and
//! ACCUSE apart); undirected relations stay undirected in a directed graph; and in
//! dynamic mode every node and edge carries its evidence dates as spells, so Gephi's
//! timeline plays the graph over time.
//!
//! Written from the graph alone (no time of writing, no run id), so a merge of shards
//! writes the file a single run writes. Like the CSV files it is written to a
//! temporary file and renamed into place when complete.

use crate::durable;
use crate::graph::Graph;
use crate::timeline::{spells, Day};
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Node attributes: (id, title, GEXF type). The actor code columns of nodes.csv are
/// strings, like the CAMEO codes of edges.
const NODE_ATTRIBUTES: [(&str, &str, &str); 7] = [
    ("type", "type", "string"),
    ("mentions", "mentions", "long"),
    ("documents", "documents", "long"),
    ("country", "country", "string"),
    ("sector", "sector", "string"),
    ("cameo_actor", "cameo_actor", "string"),
    ("code_votes", "code_votes", "string"),
];

/// Edge attributes: (id, title, GEXF type).
/// The weight is edges.csv's `Weight` (distinct stories); `reports`, `sources` and
/// `sentences` are its columns of those names.
const EDGE_ATTRIBUTES: [(&str, &str, &str); 9] = [
    ("relation", "relation", "string"),
    ("documents", "documents", "long"),
    ("first_date", "first_date", "string"),
    ("last_date", "last_date", "string"),
    ("plover", "plover", "string"),
    ("cameo", "cameo", "string"),
    ("reports", "reports", "long"),
    ("sources", "sources", "long"),
    ("sentences", "sentences", "long"),
];

/// Writes `graph` to `path` atomically.
pub fn write_gexf(graph: &Graph, path: &Path) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = durable::temp_in(dir, "graph.gexf")?;
    let mut out = BufWriter::new(tmp);
    let failed = || format!("{}: write failed", path.display());
    out.write_all(gexf(graph).as_bytes()).with_context(failed)?;
    let tmp = out.into_inner().map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.error()))?;
    durable::persist(tmp, path)
}

/// The GEXF document of `graph`. Edge ids are edges.csv's (`e1`, `e2`, ... in the
/// same order), so a row of one file finds its element in the other.
pub fn gexf(graph: &Graph) -> String {
    let dynamic =
        graph.nodes.values().any(|n| !n.dates.is_empty()) || graph.edges.values().any(|e| !e.dates.is_empty());
    // Gephi reads a graph as directed or undirected by default and lets each edge
    // say otherwise; undirected only when no relation has a direction.
    let directed = graph.edges.keys().any(|k| k.directed);
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n",
    );
    let _ = writeln!(
        x,
        "  <meta>\n    <creator>{} {}</creator>\n    <description>Actors and the relations between them, \
         with evidence dates as spells</description>\n  </meta>",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION")
    );
    let mode = if dynamic { " mode=\"dynamic\" timeformat=\"date\"" } else { " mode=\"static\"" };
    let default_type = if directed { "directed" } else { "undirected" };
    let _ = writeln!(x, "  <graph defaultedgetype=\"{default_type}\"{mode}>");
    attributes(&mut x, "node", &NODE_ATTRIBUTES);
    attributes(&mut x, "edge", &EDGE_ATTRIBUTES);

    x.push_str("    <nodes>\n");
    for (id, n) in &graph.nodes {
        let _ = writeln!(x, "      <node id=\"{}\" label=\"{}\">", escape(id), escape(&n.label));
        let code = n.codes.winner();
        attvalues(
            &mut x,
            &[
                ("type", n.kind.as_str().to_string()),
                ("mentions", n.mentions.to_string()),
                ("documents", n.documents.to_string()),
                ("country", code.and_then(|c| c.country).map(|c| c.to_string()).unwrap_or_default()),
                ("sector", code.and_then(|c| c.sector).map(|s| s.as_str().to_string()).unwrap_or_default()),
                ("cameo_actor", code.map(|c| c.cameo.clone()).unwrap_or_default()),
                ("code_votes", n.codes.to_cell()),
            ],
        );
        spell_elements(&mut x, &n.dates);
        x.push_str("      </node>\n");
    }
    x.push_str("    </nodes>\n    <edges>\n");
    for (i, (key, e)) in graph.edges.iter().enumerate() {
        let join = |s: &BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>().join("|");
        let kind = if key.directed == directed { String::new() } else { " type=\"undirected\"".to_string() };
        let _ = writeln!(
            x,
            "      <edge id=\"e{}\" source=\"{}\" target=\"{}\"{kind} kind=\"{rel}\" label=\"{rel}\" weight=\"{}\">",
            i + 1,
            escape(&key.source),
            escape(&key.target),
            e.weight(),
            rel = escape(&key.relation),
        );
        attvalues(
            &mut x,
            &[
                ("relation", key.relation.clone()),
                ("documents", e.documents.to_string()),
                ("first_date", e.first_date.clone().unwrap_or_default()),
                ("last_date", e.last_date.clone().unwrap_or_default()),
                ("plover", join(&e.plover)),
                ("cameo", join(&e.cameo)),
                ("reports", e.documents.to_string()),
                ("sources", e.sources.count().to_string()),
                ("sentences", e.sentences.to_string()),
            ],
        );
        spell_elements(&mut x, &e.dates);
        x.push_str("      </edge>\n");
    }
    x.push_str("    </edges>\n  </graph>\n</gexf>\n");
    x
}

fn attributes(x: &mut String, class: &str, attrs: &[(&str, &str, &str)]) {
    let _ = writeln!(x, "    <attributes class=\"{class}\" mode=\"static\">");
    for (id, title, kind) in attrs {
        let _ = writeln!(x, "      <attribute id=\"{id}\" title=\"{title}\" type=\"{kind}\"/>");
    }
    x.push_str("    </attributes>\n");
}

/// Attribute values; empty ones are left out (GEXF has no null, and an empty string
/// would be read as a value).
fn attvalues(x: &mut String, values: &[(&str, String)]) {
    x.push_str("        <attvalues>\n");
    for (id, value) in values.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(x, "          <attvalue for=\"{id}\" value=\"{}\"/>", escape(value));
    }
    x.push_str("        </attvalues>\n");
}

/// The spells of an element with dates; none for an element without (Gephi shows
/// those at every time).
fn spell_elements(x: &mut String, dates: &BTreeSet<Day>) {
    if dates.is_empty() {
        return;
    }
    x.push_str("        <spells>\n");
    for (start, end) in spells(dates) {
        let _ = writeln!(x, "          <spell start=\"{start}\" end=\"{end}\"/>");
    }
    x.push_str("        </spells>\n");
}

/// `s` as XML attribute text: markup characters escaped, and characters XML 1.0
/// does not allow at all (C0 controls but tab and line ends, U+FFFE, U+FFFF) replaced
/// by U+FFFD, so that a stray byte in an article cannot make the file unreadable.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Attribute values normalise raw line ends to spaces; references keep them.
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, EdgeKey, Node};
    use crate::ner::EntityType;

    #[test]
    fn mixed_graphs_keep_undirected_edges_and_codes_stay_strings() {
        let mut g = Graph::default();
        for (id, label) in [("loc:norway", "Norway"), ("loc:sweden", "Sweden & <Co>")] {
            let mut n = Node::new(EntityType::Loc);
            n.label = label.into();
            n.dates.insert(crate::timeline::day("2019-03-04").unwrap());
            g.nodes.insert(id.into(), n);
        }
        let key = |relation: &str, directed| EdgeKey {
            source: "loc:norway".into(),
            target: "loc:sweden".into(),
            relation: relation.into(),
            directed,
        };
        let dates: BTreeSet<Day> = ["2019-03-04", "2019-03-05"].map(|d| crate::timeline::day(d).unwrap()).into();
        let edge = Edge { sentences: 2, documents: 2, cameo: ["042".to_string()].into(), dates, ..Edge::default() };
        g.edges.insert(key("MEET", false), edge.clone());
        g.edges.insert(key("ACCUSE", true), edge);
        let x = gexf(&g);
        assert!(x.contains("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">"), "{x}");
        assert!(x.contains("label=\"Sweden &amp; &lt;Co&gt;\""), "{x}");
        assert!(x.contains("<edge id=\"e1\" source=\"loc:norway\" target=\"loc:sweden\" kind=\"ACCUSE\""), "{x}");
        assert!(x.contains("target=\"loc:sweden\" type=\"undirected\" kind=\"MEET\""), "{x}");
        assert!(x.contains("<attribute id=\"cameo\" title=\"cameo\" type=\"string\"/>"), "{x}");
        assert!(x.contains("<attvalue for=\"cameo\" value=\"042\"/>"), "{x}");
        assert!(x.contains("<spell start=\"2019-03-04\" end=\"2019-03-05\"/>"), "{x}");
        assert_eq!(escape("a\u{1}b\nc"), "a\u{fffd}b&#10;c");
    }
}
