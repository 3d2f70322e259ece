//! `report.html`: one file, nothing fetched. The page's script only adds highlighting
//! (the drawing is SVG made here), and records in `#report-status` how many actors it
//! found drawn and any script errors, which the browser test reads.

use super::evidence::Sample;
use super::svg::{self, short};
use super::{esc, type_colour, Report, EDGE_CAP, NODE_CAP};
use std::fmt::Write;

const STYLE: &str = "
body{font-family:Helvetica,Arial,sans-serif;margin:0 auto;max-width:1240px;padding:0 20px 40px;color:#222;line-height:1.4}
header{border-bottom:1px solid #ddd;margin-bottom:10px}
h1{margin:18px 0 4px;font-size:26px} h2{margin-top:34px;border-bottom:1px solid #eee;padding-bottom:4px} h3{font-size:15px;margin:18px 0 6px}
nav a{margin-right:14px} .counts{color:#444} .note{color:#555;font-size:14px}
.graph-wrap{border:1px solid #ddd;border-radius:4px;overflow:hidden}
#graph{display:block;width:100%;height:auto}
#graph circle.node{cursor:pointer}
#graph.focus path.edge{opacity:.08} #graph.focus path.edge.on{opacity:1}
#graph.focus circle.node{opacity:.25} #graph.focus circle.node.on{opacity:1}
#selection{min-height:1.4em;color:#333;font-size:14px}
table{border-collapse:collapse;font-size:14px;width:100%}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f6f6f6} td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px}
.rel{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;font-weight:bold}
.id{color:#888;font-size:12px}
.legend span{margin-right:14px;font-size:13px}
blockquote{margin:4px 0;padding:4px 10px;border-left:3px solid #ccc;background:#fafafa}
mark{background:#ffe58a;padding:0 1px}
.meta{color:#666;font-size:12px;margin-bottom:8px}
.none{color:#888;font-style:italic}
footer{margin-top:40px;color:#999;font-size:12px}
";

/// Records script errors from the start, so that the status line can report them.
const HEAD_SCRIPT: &str = "window.reportErrors=[];window.addEventListener('error',function(e){window.reportErrors.push(String(e.message||e));if(window.reportStatus)window.reportStatus();});";

const SCRIPT: &str = "
(function(){
  var status=document.getElementById('report-status'), drawn=0;
  window.reportStatus=function(){
    var n=window.reportErrors.length;
    status.setAttribute('data-nodes',String(drawn));
    status.setAttribute('data-errors',String(n));
    status.textContent='Page script: '+drawn+' actors drawn; '+(n?n+' error(s): '+window.reportErrors.join('; '):'no errors')+'.';
  };
  try {
    var svg=document.getElementById('graph');
    var nodes=svg.querySelectorAll('circle.node'), edges=svg.querySelectorAll('path.edge');
    var info=document.getElementById('selection'), sel=null;
    drawn=nodes.length;
    function select(i){
      sel=(sel===i)?null:i;
      var near={};
      if(sel!==null){near[sel]=true;}
      edges.forEach(function(e){
        var on=sel!==null&&(e.getAttribute('data-a')===sel||e.getAttribute('data-b')===sel);
        e.classList.toggle('on',on);
        if(on){near[e.getAttribute('data-a')]=true;near[e.getAttribute('data-b')]=true;}
      });
      nodes.forEach(function(n){n.classList.toggle('on',!!near[n.getAttribute('data-i')]);});
      svg.classList.toggle('focus',sel!==null);
      info.textContent=sel===null?'':nodes[+sel].querySelector('title').textContent+' (click again to clear)';
    }
    nodes.forEach(function(n){n.addEventListener('click',function(){select(n.getAttribute('data-i'));});});
  } catch(e) { window.reportErrors.push(String(e)); }
  window.reportStatus();
})();
";

/// The whole page.
pub fn page(r: &Report) -> String {
    let mut h = String::with_capacity(64 * 1024);
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<title>actorgraph report</title>\n");
    let _ = writeln!(h, "<style>{STYLE}</style>\n<script>{HEAD_SCRIPT}</script>\n</head>\n<body>");
    header(r, &mut h);
    graph_section(r, &mut h);
    actors_table(r, &mut h);
    edges_table(r, &mut h);
    timeline_section(r, &mut h);
    evidence_section(r, &mut h);
    h.push_str("<footer><p>Written by actorgraph. Node ids, edge ids (e1, e2, ...) and counts are those of nodes.csv, edges.csv and graph.gexf beside this file; every evidence row is in evidence.csv.</p>\n");
    h.push_str("<p id=\"report-status\" data-nodes=\"\" data-errors=\"\">Page script did not run.</p></footer>\n");
    let _ = writeln!(h, "<script>{SCRIPT}</script>\n</body>\n</html>");
    h
}

fn header(r: &Report, h: &mut String) {
    let c = &r.counts;
    let _ = writeln!(
        h,
        "<header><h1>Actor graph</h1><p class=\"counts\">{} documents · {} sentences · {} entities · {} actors · {} edges · {} evidence rows · {} input items skipped</p>",
        c.documents_read, c.sentences, c.entities, r.total_nodes, r.total_edges, c.evidence_rows, c.skipped.total
    );
    h.push_str("<nav><a href=\"#graph-section\">Graph</a><a href=\"#actors\">Top actors</a><a href=\"#edges\">Top edges</a><a href=\"#time\">Over time</a><a href=\"#evidence\">Evidence</a></nav></header>\n");
}

fn graph_section(r: &Report, h: &mut String) {
    h.push_str("<section id=\"graph-section\"><h2>Graph</h2>\n");
    let capped = if r.nodes.len() < r.total_nodes {
        format!(
            " Drawn: the {} actors of highest degree (at most {NODE_CAP}; actors in no relation are left out) of {}, and {} of {} edges (at most {EDGE_CAP}, the heaviest, between drawn actors).",
            r.nodes.len(),
            r.total_nodes,
            r.edges.len(),
            r.total_edges
        )
    } else {
        format!(" All {} actors and {} edges are drawn.", r.nodes.len(), r.edges.len())
    };
    let _ = writeln!(
        h,
        "<p class=\"note\">Node size: degree (edges); colour: actor type; edge colour: relation, arrows for directed relations. Layout: Fruchterman–Reingold, computed by actorgraph (the same every run).{capped} Hover for details, click an actor to highlight its relations. The same drawing is in <code>graph.svg</code>.</p>"
    );
    let _ = writeln!(h, "<div class=\"graph-wrap\">{}</div>", svg::graph(r, " id=\"graph\" role=\"img\""));
    h.push_str("<p id=\"selection\"></p></section>\n");
}

fn actors_table(r: &Report, h: &mut String) {
    h.push_str("<section id=\"actors\"><h2>Top actors</h2>\n<p class=\"note\">By degree, then mentions.</p>\n");
    if r.top_actors.is_empty() {
        h.push_str("<p class=\"none\">No actors.</p></section>\n");
        return;
    }
    h.push_str("<table><tr><th class=\"n\">#</th><th>Actor</th><th>Type</th><th class=\"n\">Degree</th><th class=\"n\">Mentions</th><th class=\"n\">Documents</th><th>Code</th><th>Evidence</th></tr>\n");
    for (i, a) in r.top_actors.iter().enumerate() {
        let _ = writeln!(
            h,
            "<tr><td class=\"n\">{}</td><td>{} <span class=\"id\">{}</span></td><td><span class=\"dot\" style=\"background:{}\"></span>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td><a href=\"#actor-{}\">{} sentence(s)</a></td></tr>",
            i + 1,
            esc(&a.label),
            esc(&a.id),
            type_colour(a.kind),
            a.kind,
            a.degree,
            a.mentions,
            a.documents,
            esc(&a.code),
            i + 1,
            a.samples.len()
        );
    }
    h.push_str("</table></section>\n");
}

fn relation_chip(r: &Report, relation: &str) -> String {
    format!("<span class=\"rel\" style=\"background:{}\">{}</span>", r.relation_colour(relation), esc(relation))
}

fn edges_table(r: &Report, h: &mut String) {
    h.push_str(
        "<section id=\"edges\"><h2>Top edges</h2>\n<p class=\"note\">By weight: distinct stories (wire copies of one story count once).</p>\n",
    );
    if r.top_edges.is_empty() {
        h.push_str("<p class=\"none\">No edges.</p></section>\n");
        return;
    }
    h.push_str("<table><tr><th>Id</th><th>Source</th><th>Relation</th><th>Target</th><th class=\"n\">Weight</th><th class=\"n\">Documents</th><th>First</th><th>Last</th><th>Evidence</th></tr>\n");
    for e in &r.top_edges {
        let arrow = if e.key.directed { "→" } else { "–" };
        let _ = writeln!(
            h,
            "<tr><td class=\"id\">{}</td><td>{}</td><td>{arrow} {} {arrow}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td><td><a href=\"#edge-{}\">{} sentence(s)</a></td></tr>",
            esc(&e.id),
            esc(&e.source_label),
            relation_chip(r, &e.key.relation),
            esc(&e.target_label),
            e.weight,
            e.documents,
            esc(e.first_date.as_deref().unwrap_or("")),
            esc(e.last_date.as_deref().unwrap_or("")),
            esc(&e.id),
            e.samples.len()
        );
    }
    h.push_str("</table></section>\n");
}

fn timeline_section(r: &Report, h: &mut String) {
    h.push_str("<section id=\"time\"><h2>Relations over time</h2>\n");
    match svg::timeline(r) {
        None => h.push_str("<p class=\"none\">No dates: no document with a date supports a relation, so there is nothing to place in time.</p>\n"),
        Some(chart) => {
            let t = &r.timeline;
            let _ = writeln!(
                h,
                "<p class=\"note\">Positive relation instances (evidence rows) per {} of their documents' dates.{}</p>",
                t.unit,
                if t.undated > 0 { format!(" {} instance(s) from undated documents are not shown.", t.undated) } else { String::new() }
            );
            h.push_str("<p class=\"legend\">");
            for rel in &r.relations {
                let _ = write!(h, "<span>{}</span>", relation_chip(r, rel));
            }
            h.push_str("</p>\n");
            h.push_str(&chart);
        }
    }
    h.push_str("</section>\n");
}

fn evidence_section(r: &Report, h: &mut String) {
    h.push_str("<section id=\"evidence\"><h2>Evidence</h2>\n<p class=\"note\">The highest-scoring sentences behind each top edge and top actor (the trigger word marked); all are in evidence.csv.</p>\n<h2 style=\"border:0;font-size:18px\">Edges</h2>\n");
    for e in &r.top_edges {
        let arrow = if e.key.directed { "→" } else { "–" };
        let _ = writeln!(
            h,
            "<div class=\"group\" id=\"edge-{}\"><h3>{} {arrow} {} {} <span class=\"id\">{} · weight {}</span></h3>",
            esc(&e.id),
            esc(&e.source_label),
            esc(&e.target_label),
            relation_chip(r, &e.key.relation),
            esc(&e.id),
            e.weight
        );
        samples(&e.samples, h);
        h.push_str("</div>\n");
    }
    h.push_str("<h2 style=\"border:0;font-size:18px\">Actors</h2>\n");
    for (i, a) in r.top_actors.iter().enumerate() {
        let _ = writeln!(
            h,
            "<div class=\"group\" id=\"actor-{}\"><h3>{} <span class=\"id\">{}</span></h3>",
            i + 1,
            esc(&a.label),
            esc(&a.id)
        );
        samples(&a.samples, h);
        h.push_str("</div>\n");
    }
    h.push_str("</section>\n");
}

fn samples(list: &[Sample], h: &mut String) {
    if list.is_empty() {
        h.push_str("<p class=\"none\">No positive evidence rows.</p>\n");
        return;
    }
    h.push_str("<ol>\n");
    for s in list {
        let mut meta = vec![esc(&s.doc_id)];
        meta.extend([&s.date, &s.outlet].iter().filter(|v| !v.is_empty()).map(|v| esc(v)));
        if !s.title.is_empty() {
            meta.push(format!("“{}”", esc(&short(&s.title, 120))));
        }
        meta.push(format!("{}: {} → {}", esc(&s.relation), esc(&s.source_mention), esc(&s.target_mention)));
        meta.push(format!("score {:.2}", s.score));
        let _ = writeln!(
            h,
            "<li><blockquote>{}</blockquote><div class=\"meta\">{}</div></li>",
            marked(&s.sentence, s.trigger),
            meta.join(" · ")
        );
    }
    h.push_str("</ol>\n");
}

/// The sentence escaped, with the trigger's characters in `<mark>`.
fn marked(sentence: &str, trigger: Option<(usize, usize)>) -> String {
    let Some((a, b)) = trigger else { return esc(sentence) };
    let byte = |c: usize| sentence.char_indices().nth(c).map_or(sentence.len(), |(i, _)| i);
    let (a, b) = (byte(a), byte(b));
    format!("{}<mark>{}</mark>{}", esc(&sentence[..a]), esc(&sentence[a..b]), esc(&sentence[b..]))
}
