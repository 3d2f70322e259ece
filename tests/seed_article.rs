//! The founding article yields exactly its expected edges, and its node merges.

mod common;

use actorgraph::eval::relations::strings_match;
use common::{actorgraph, read_csv, shared};
use serde_json::Value;
use std::collections::HashMap;

#[test]
fn founding_article_gives_its_three_edges_and_merges() {
    let Some(shared) = shared() else { return };
    let seed = shared.join("data/seed");
    let out = tempfile::tempdir().unwrap();
    let article = seed.join("kazakhstan-cec-kyrgyz-election.txt");
    let run = actorgraph(&["extract", article.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--quiet"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));

    let (_, nodes) = read_csv(&out.path().join("nodes.csv"));
    let label: HashMap<&str, &str> = nodes.iter().map(|n| (n["Id"].as_str(), n["Label"].as_str())).collect();
    let labels: Vec<&str> = nodes.iter().map(|n| n["Label"].as_str()).collect();

    // Node merges the seed README describes.
    for (short, full) in
        [("Atambayev", "Almazbek Atambayev"), ("Babanov", "Omurbek Babanov"), ("Jeenbekov", "Sooronbai Jeenbekov")]
    {
        assert!(labels.contains(&full), "a node for {full}: {labels:?}");
        assert!(!labels.contains(&short), "{short} merged into {full}: {labels:?}");
    }
    assert!(labels.contains(&"Kazakhstan"), "{labels:?}");
    assert!(!labels.contains(&"Kazakh"), "Kazakh resolves to Kazakhstan: {labels:?}");
    assert!(!labels.contains(&"CEC"), "CEC merged with the Central Election Commission: {labels:?}");

    // Exactly the expected ACCUSE/MEET/OPPOSE edges.
    let expected: Vec<Value> = std::fs::read_to_string(seed.join("expected.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (_, edges) = read_csv(&out.path().join("edges.csv"));
    let core: Vec<_> = edges.iter().filter(|e| ["ACCUSE", "MEET", "OPPOSE"].contains(&e["Label"].as_str())).collect();
    let describe = |e: &HashMap<String, String>| {
        format!("{} {} -> {}", e["Label"], label[e["Source"].as_str()], label[e["Target"].as_str()])
    };
    assert_eq!(core.len(), expected.len(), "edges: {:?}", core.iter().map(|e| describe(e)).collect::<Vec<_>>());
    for exp in &expected {
        let strings =
            |k: &str| exp[k].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect::<Vec<_>>();
        let (ty, src, tgt) = (exp["type"].as_str().unwrap(), strings("source"), strings("target"));
        let symmetric = exp["symmetric"].as_bool().unwrap();
        let hits = |a: &str, b: &[String]| b.iter().any(|g| strings_match(a, g));
        let found = core.iter().any(|e| {
            let (s, t) = (label[e["Source"].as_str()], label[e["Target"].as_str()]);
            e["Label"] == ty && ((hits(s, &src) && hits(t, &tgt)) || (symmetric && hits(s, &tgt) && hits(t, &src)))
        });
        assert!(
            found,
            "expected {ty} {src:?} -> {tgt:?}; edges: {:?}",
            core.iter().map(|e| describe(e)).collect::<Vec<_>>()
        );
    }

    // Nothing but expected edges.
    for e in &core {
        let (s, t) = (label[e["Source"].as_str()], label[e["Target"].as_str()]);
        let expected_one = expected.iter().any(|exp| {
            let strings = |k: &str| {
                exp[k].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect::<Vec<_>>()
            };
            let hits = |a: &str, b: &[String]| b.iter().any(|g| strings_match(a, g));
            e["Label"] == exp["type"].as_str().unwrap()
                && ((hits(s, &strings("source")) && hits(t, &strings("target")))
                    || (exp["symmetric"].as_bool().unwrap()
                        && hits(s, &strings("target"))
                        && hits(t, &strings("source"))))
        });
        assert!(expected_one, "unexpected edge {}", describe(e));
    }

    // Every edge is traced in the evidence.
    let (_, evidence) = read_csv(&out.path().join("evidence.csv"));
    for e in &core {
        assert!(evidence.iter().any(|r| r["relation"] == e["Label"]
            && r["polarity"] == "positive"
            && ((r["source"] == e["Source"] && r["target"] == e["Target"])
                || (r["source"] == e["Target"] && r["target"] == e["Source"]))));
    }
}
