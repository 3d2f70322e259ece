//! SVG drawings: the graph (standalone as `graph.svg`, inline in the report) and the
//! relation counts over time.

use super::{esc, type_colour, Report, LABELS, TYPES};
use std::fmt::Write;

/// The drawing area of the graph, and the legend's column to its right.
const GRAPH_W: f64 = 1000.0;
const GRAPH_H: f64 = 800.0;
const LEGEND_W: f64 = 190.0;
const MARGIN: f64 = 60.0;
const FONT: &str = "Helvetica, Arial, sans-serif";

/// `graph.svg`: a standalone SVG document.
pub fn standalone(r: &Report) -> String {
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(&graph(r, ""));
    s
}

/// The graph as an `<svg>` element with `attrs` added to it (an id, for the page).
pub fn graph(r: &Report, attrs: &str) -> String {
    let (w, h) = (GRAPH_W + LEGEND_W, GRAPH_H);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT}\"{attrs}>"
    );
    let _ = writeln!(s, "<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>");
    s.push_str("<defs>\n");
    for (i, rel) in r.relations.iter().enumerate() {
        let _ = writeln!(
            s,
            "<marker id=\"arrow-{i}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{}\"/></marker>",
            r.relation_colour(rel)
        );
    }
    s.push_str("</defs>\n");
    if r.nodes.is_empty() {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"18\" fill=\"#666\">No actors to draw</text>",
            GRAPH_W / 2.0,
            GRAPH_H / 2.0
        );
    }
    let max_degree = r.nodes.iter().map(|n| n.degree).max().unwrap_or(0).max(1) as f64;
    let radius = |i: usize| 5.0 + 17.0 * (r.nodes[i].degree as f64 / max_degree).sqrt();
    let at = |i: usize| {
        let n = &r.nodes[i];
        (MARGIN + n.x * (GRAPH_W - 2.0 * MARGIN), MARGIN + n.y * (GRAPH_H - 2.0 * MARGIN))
    };
    s.push_str("<g class=\"edges\" fill=\"none\" stroke-opacity=\"0.75\">\n");
    for e in &r.edges {
        let ((x1, y1), (x2, y2)) = (at(e.a), at(e.b));
        // Parallel edges bend apart, on sides fixed by the pair's order, not the direction.
        let (lo, hi) = if e.a < e.b { ((x1, y1), (x2, y2)) } else { ((x2, y2), (x1, y1)) };
        let (dx, dy) = (hi.0 - lo.0, hi.1 - lo.1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-6);
        let offset = (e.parallel.0 as f64 - (e.parallel.1 as f64 - 1.0) / 2.0) * 22.0;
        let (cx, cy) = ((x1 + x2) / 2.0 - dy / len * offset * 2.0, (y1 + y2) / 2.0 + dx / len * offset * 2.0);
        // Directed edges end at the target's rim, where the arrow head sits.
        let (ex, ey) = if e.directed {
            let (vx, vy) = (x2 - cx, y2 - cy);
            let vl = (vx * vx + vy * vy).sqrt().max(1e-6);
            let back = radius(e.b) + 1.5;
            (x2 - vx / vl * back, y2 - vy / vl * back)
        } else {
            (x2, y2)
        };
        let rel = r.relations.iter().position(|x| *x == e.relation).unwrap_or(0);
        let marker = if e.directed { format!(" marker-end=\"url(#arrow-{rel})\"") } else { String::new() };
        let width = (1.2 + 1.3 * (e.weight as f64).ln()).min(6.0);
        let arrow = if e.directed { "→" } else { "–" };
        let _ = writeln!(
            s,
            "<path class=\"edge\" data-a=\"{}\" data-b=\"{}\" d=\"M{x1:.1},{y1:.1} Q{cx:.1},{cy:.1} {ex:.1},{ey:.1}\" stroke=\"{}\" stroke-width=\"{width:.1}\"{marker}><title>{} {arrow} {}: {}, weight {}</title></path>",
            e.a,
            e.b,
            r.relation_colour(&e.relation),
            esc(&r.nodes[e.a].label),
            esc(&r.nodes[e.b].label),
            esc(&e.relation),
            e.weight
        );
    }
    s.push_str("</g>\n<g class=\"nodes\" stroke=\"#ffffff\" stroke-width=\"1.5\">\n");
    for (i, n) in r.nodes.iter().enumerate() {
        let (x, y) = at(i);
        let _ = writeln!(
            s,
            "<circle class=\"node\" data-i=\"{i}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{:.1}\" fill=\"{}\"><title>{} ({}): degree {}, {} mentions</title></circle>",
            radius(i),
            type_colour(n.kind),
            esc(&n.label),
            n.kind,
            n.degree,
            n.mentions
        );
    }
    // Labels of the highest-degree nodes (the first ones), drawn over everything.
    s.push_str("</g>\n<g class=\"labels\" fill=\"#222\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\">\n");
    for (i, n) in r.nodes.iter().enumerate().take(LABELS) {
        let (x, y) = at(i);
        let size = if i < 10 { 14 } else { 12 };
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{size}\">{}</text>",
            x + radius(i) + 3.0,
            y + 4.0,
            esc(&short(&n.label, 40))
        );
    }
    s.push_str("</g>\n");
    legend(r, &mut s);
    s.push_str("</svg>\n");
    s
}

/// The legend column: node types, node size, relations.
fn legend(r: &Report, s: &mut String) {
    let x = GRAPH_W + 10.0;
    let mut y = 40.0;
    let _ = writeln!(s, "<g class=\"legend\" font-size=\"13\" fill=\"#222\">");
    let _ = writeln!(s, "<text x=\"{x}\" y=\"{y}\" font-weight=\"bold\">Actor type</text>");
    for (kind, name) in TYPES {
        y += 22.0;
        let _ = writeln!(
            s,
            "<circle cx=\"{}\" cy=\"{}\" r=\"7\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{kind} ({name})</text>",
            x + 8.0,
            y - 4.0,
            type_colour(kind),
            x + 22.0,
            y
        );
    }
    y += 26.0;
    let _ = writeln!(s, "<text x=\"{x}\" y=\"{y}\" fill=\"#555\">size: degree</text>");
    y += 34.0;
    let _ = writeln!(s, "<text x=\"{x}\" y=\"{y}\" font-weight=\"bold\">Relation</text>");
    for rel in &r.relations {
        y += 22.0;
        let colour = r.relation_colour(rel);
        let _ = writeln!(
            s,
            "<line x1=\"{x}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"3\"/><text x=\"{}\" y=\"{y}\">{}</text>",
            y - 4.0,
            x + 16.0,
            y - 4.0,
            x + 22.0,
            esc(&short(rel, 20))
        );
    }
    if r.relations.is_empty() {
        y += 22.0;
        let _ = writeln!(s, "<text x=\"{x}\" y=\"{y}\" fill=\"#555\">none</text>");
    }
    y += 34.0;
    let drawn = format!("{} of {} actors", r.nodes.len(), r.total_nodes);
    let _ = writeln!(s, "<text x=\"{x}\" y=\"{y}\" fill=\"#555\">{drawn}</text>");
    let _ = writeln!(
        s,
        "<text x=\"{x}\" y=\"{}\" fill=\"#555\">{} of {} edges</text>",
        y + 18.0,
        r.edges.len(),
        r.total_edges
    );
    s.push_str("</g>\n");
}

/// `s` cut to `max` characters, with an ellipsis.
pub fn short(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_string(),
    }
}

/// Stacked bars of positive relation instances per period; `None` without dates.
pub fn timeline(r: &Report) -> Option<String> {
    let t = &r.timeline;
    if t.counts.is_empty() {
        return None;
    }
    let (w, h, left, top, bottom) = (1000.0, 240.0, 50.0, 16.0, 200.0);
    let n = t.counts.len() as f64;
    let max = t.counts.values().map(|m| m.values().sum::<u64>()).max().unwrap_or(0).max(1) as f64;
    let slot = (w - left - 10.0) / n;
    let bar = (slot * 0.8).max(1.0);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT}\" font-size=\"11\">"
    );
    for tick in [0.0, 0.5, 1.0] {
        let value = (max * tick).round();
        let y = bottom - (bottom - top) * value / max;
        let _ = writeln!(
            s,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#555\">{value}</text>",
            w - 10.0,
            left - 6.0,
            y + 4.0
        );
    }
    let every = (n / 10.0).ceil().max(1.0) as usize;
    for (i, (period, rels)) in t.counts.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let mut y = bottom;
        for (rel, &count) in rels {
            let height = (bottom - top) * count as f64 / max;
            y -= height;
            let _ = writeln!(
                s,
                "<rect class=\"bar\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bar:.1}\" height=\"{height:.1}\" fill=\"{}\"><title>{}: {} {count}</title></rect>",
                r.relation_colour(rel),
                esc(period),
                esc(rel)
            );
        }
        if i % every == 0 {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">{}</text>",
                x + bar / 2.0,
                bottom + 16.0,
                esc(period)
            );
        }
    }
    let _ = writeln!(s, "<line x1=\"{left}\" x2=\"{}\" y1=\"{bottom}\" y2=\"{bottom}\" stroke=\"#888\"/>", w - 10.0);
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">relation instances per {}</text>",
        w / 2.0,
        h - 6.0,
        t.unit
    );
    s.push_str("</svg>\n");
    Some(s)
}
