//! nodes.csv and edges.csv follow Gephi's spreadsheet import conventions.

mod common;

use common::{actorgraph, read_csv, repo};
use std::collections::HashSet;

#[test]
fn example_outputs_import_cleanly() {
    let out = tempfile::tempdir().unwrap();
    let input = repo().join("data/example/articles.jsonl");
    let run = actorgraph(&["extract", input.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--quiet"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));

    for name in ["nodes.csv", "edges.csv", "evidence.csv"] {
        let bytes = std::fs::read(out.path().join(name)).unwrap();
        assert!(!bytes.starts_with(b"\xef\xbb\xbf"), "{name} has no BOM");
        assert!(std::str::from_utf8(&bytes).is_ok(), "{name} is UTF-8");
    }
    let leftovers: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files: {leftovers:?}");

    let (nh, nodes) = read_csv(&out.path().join("nodes.csv"));
    // main's columns first (merge and resume read them by position), then the codes.
    assert_eq!(nh[..7], ["Id", "Label", "Type", "mentions", "documents", "Interval", "label_forms"]);
    assert_eq!(nh[7..], ["country", "sector", "cameo_actor", "code_votes"]);
    let (eh, edges) = read_csv(&out.path().join("edges.csv"));
    assert_eq!(
        &eh[..10],
        ["Source", "Target", "Type", "Id", "Label", "Kind", "Weight", "first_date", "last_date", "documents"]
    );
    // Interval, then the story counts (appended: merge reads by position).
    assert_eq!(&eh[eh.len() - 4..], ["Interval", "reports", "sources", "sentences"]);
    let (vh, evidence) = read_csv(&out.path().join("evidence.csv"));
    assert_eq!(
        &vh[vh.len() - 7..],
        ["frame", "doc_date", "doc_source", "doc_title", "source_code", "target_code", "story"]
    );
    assert_eq!(
        &vh[..13],
        [
            "doc_id",
            "relation",
            "source",
            "target",
            "source_mention",
            "target_mention",
            "polarity",
            "sentence_start",
            "sentence_end",
            "trigger",
            "rule",
            "score",
            "sentence"
        ]
    );

    let ids: HashSet<&str> = nodes.iter().map(|n| n["Id"].as_str()).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids unique");
    for n in &nodes {
        assert!(["PER", "ORG", "LOC", "MISC"].contains(&n["Type"].as_str()));
        assert!(n["mentions"].parse::<u64>().unwrap() >= n["documents"].parse::<u64>().unwrap());
    }
    assert!(!edges.is_empty(), "the example has relations");
    let edge_ids: HashSet<&str> = edges.iter().map(|e| e["Id"].as_str()).collect();
    assert_eq!(edge_ids.len(), edges.len(), "edge ids unique");
    for e in &edges {
        assert!(
            ids.contains(e["Source"].as_str()) && ids.contains(e["Target"].as_str()),
            "edge endpoints are nodes: {e:?}"
        );
        assert!(["Directed", "Undirected"].contains(&e["Type"].as_str()));
        assert_eq!(e["Label"], e["Kind"]);
        let weight = e["Weight"].parse::<u64>().unwrap();
        assert!(weight >= 1);
        // Stories are at most the reports, which are documents by another name.
        assert!(weight <= e["reports"].parse::<u64>().unwrap() && e["reports"] == e["documents"], "{e:?}");
        assert!(e["sources"].parse::<u64>().unwrap() <= e["reports"].parse::<u64>().unwrap());
        assert!(e["first_date"] <= e["last_date"]);
    }
    // Evidence offsets are character offsets into the document: the sentence text is there.
    let docs: Vec<serde_json::Value> =
        std::fs::read_to_string(&input).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for row in &evidence {
        let doc = docs.iter().find(|d| d["id"] == row["doc_id"].as_str()).unwrap();
        let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        let (s, e): (usize, usize) = (row["sentence_start"].parse().unwrap(), row["sentence_end"].parse().unwrap());
        assert_eq!(text[s..e].iter().collect::<String>(), row["sentence"]);
        assert!(ids.contains(row["source"].as_str()) && ids.contains(row["target"].as_str()));
        assert!(docs.iter().any(|d| d["id"] == row["story"].as_str()), "a story is named by a document: {row:?}");
    }
}
