use super::*;
use crate::graph::{Edge, Node};
use crate::ner::EntityType;

/// A graph whose labels and evidence carry markup, and an evidence file for it.
fn fixture(dir: &Path) -> Graph {
    let mut g = Graph::default();
    for (id, label, kind) in [
        ("per:a", "Ann <script>alert(1)</script>", EntityType::Per),
        ("org:b", "B & \"Co\"", EntityType::Org),
        ("loc:c", "Cland", EntityType::Loc),
        ("per:lonely", "Lonely", EntityType::Per),
    ] {
        let mut n = Node::new(kind);
        n.label = label.into();
        n.mentions = 2;
        n.documents = 1;
        g.nodes.insert(id.into(), n);
    }
    // `w` distinct stories.
    let edge = |w: u64| {
        let mut stories = crate::stories::sketch::Distinct::default();
        (0..w).for_each(|h| stories.insert(h));
        Edge { stories, sentences: w, documents: 1, first_date: Some("2019-03-04".into()), ..Edge::default() }
    };
    let key =
        |s: &str, t: &str, r: &str, d| EdgeKey { source: s.into(), target: t.into(), relation: r.into(), directed: d };
    g.edges.insert(key("per:a", "org:b", "ACCUSE", true), edge(3));
    g.edges.insert(key("org:b", "per:a", "ACCUSE", true), edge(1));
    g.edges.insert(key("loc:c", "per:a", "MEET", false), edge(2));
    let mut w = csv::Writer::from_path(dir.join("evidence.csv")).unwrap();
    w.write_record(crate::export::EVIDENCE_HEADER).unwrap();
    let row = |doc: &str, rel: &str, s: &str, t: &str, pol: &str, sentence: &str, date: &str| {
        let mut r = vec![String::new(); crate::export::EVIDENCE_HEADER.len()];
        let set = |r: &mut Vec<String>, name: &str, v: &str| {
            let i = crate::export::EVIDENCE_HEADER.iter().position(|h| *h == name).unwrap();
            r[i] = v.to_string();
        };
        for (name, v) in [
            ("doc_id", doc),
            ("relation", rel),
            ("source", s),
            ("target", t),
            ("polarity", pol),
            ("sentence", sentence),
            ("sentence_start", "10"),
            ("trigger_start", "14"),
            ("trigger_end", "21"),
            ("score", "0.900"),
            ("doc_date", date),
            ("doc_title", "<b>Title</b>"),
        ] {
            set(&mut r, name, v);
        }
        r
    };
    // "per:alias" is an evidence id that the output graph knows as per:a.
    w.write_record(row("d1", "ACCUSE", "per:alias", "org:b", "positive", "Ann accused <img src=x> B.", "2019-03-04"))
        .unwrap();
    w.write_record(row("d2", "MEET", "per:a", "loc:c", "positive", "Ann met Cland.", "2019-05-20")).unwrap();
    w.write_record(row("d3", "ACCUSE", "per:a", "org:b", "negated", "Ann never accused B.", "")).unwrap();
    w.flush().unwrap();
    g
}

#[test]
fn report_and_svg_escape_text_link_evidence_and_count_over_time() {
    let dir = tempfile::tempdir().unwrap();
    let g = fixture(dir.path());
    let ids: HashMap<String, String> = [("per:alias".to_string(), "per:a".to_string())].into();
    let counts = Counts { documents_read: 3, ..Counts::default() };
    write_report(dir.path(), &g, &ids, &counts).unwrap();
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    let svg = std::fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    for text in [&html, &svg] {
        assert!(!text.contains("<script>alert"), "label markup must be escaped");
        assert!(text.contains("Ann &lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(text.contains("B &amp; &quot;Co&quot;"));
    }
    assert!(!html.contains("<img") && !html.contains("<b>Title"), "evidence markup must be escaped");
    assert!(svg.starts_with("<?xml") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(!html.contains("http://") || !html.contains("src=\"http"), "nothing fetched");
    // The isolated actor is not drawn; the three in relations are.
    assert_eq!(svg.matches("<circle class=\"node\"").count(), 3);
    assert_eq!(svg.matches("<path class=\"edge\"").count(), 3);
    // Evidence through the id map, trigger marked, the negated row left out.
    let report = Report::build(&g, &ids, &counts, &dir.path().join("evidence.csv")).unwrap();
    let top = &report.top_edges[0];
    assert_eq!((top.id.as_str(), top.key.relation.as_str(), top.samples.len()), ("e3", "ACCUSE", 1));
    assert_eq!(top.samples[0].trigger, Some((4, 11)));
    assert!(html.contains("Ann <mark>accused</mark> &lt;img src=x&gt; B."), "{html}");
    assert!(html.contains("href=\"#edge-e3\"") && html.contains("id=\"edge-e3\""));
    assert!(html.contains("href=\"#actor-1\"") && html.contains("id=\"actor-1\""));
    // Dates span 77 days: counted per day, with the empty days between.
    assert_eq!(report.timeline.unit, "day");
    assert_eq!(report.timeline.counts.len(), 78);
    assert_eq!(report.timeline.counts["2019-03-04"]["ACCUSE"], 1);
    assert!(html.contains("id=\"timeline\""));
    // The same inputs give the same bytes (resume writes identical outputs).
    write_report(dir.path(), &g, &ids, &counts).unwrap();
    assert_eq!(std::fs::read_to_string(dir.path().join("report.html")).unwrap(), html);
}

#[test]
fn no_dates_and_no_edges_are_said() {
    let dir = tempfile::tempdir().unwrap();
    let mut g = Graph::default();
    g.nodes.insert("per:x".into(), Node::new(EntityType::Per));
    std::fs::write(dir.path().join("evidence.csv"), crate::export::EVIDENCE_HEADER.join(",") + "\n").unwrap();
    write_report(dir.path(), &g, &HashMap::new(), &Counts::default()).unwrap();
    let html = std::fs::read_to_string(dir.path().join("report.html")).unwrap();
    assert!(html.contains("No dates"));
    assert!(html.contains("No edges."));
    // Without any relation, the actors themselves are drawn.
    assert_eq!(html.matches("<circle class=\"node\"").count(), 1);
}
