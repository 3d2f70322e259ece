//! Relations through the whole pipeline (bundled model: NER, parse, resolve, relate) on
//! sentences written for the relate stage's phenomena (tests/data/relation-phenomena.jsonl,
//! see tests/data/README.md), scored as the relation guidelines say.
//!
//! The floors sit a few points under what the bundled model measures (README,
//! "Relations"), so a change that breaks a phenomenon fails here, while the sentences
//! stay free of tuning: they are never edited to match the pipeline's output.

mod common;

use common::{actorgraph, repo};

/// (type, precision, recall) rows of `actorgraph eval relations`.
fn eval(gold: &str) -> Vec<(String, f64, f64)> {
    let run = actorgraph(&["eval", "relations", gold]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    String::from_utf8_lossy(&run.stdout)
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let (p, r) = (f.get(1)?.parse().ok()?, f.get(2)?.parse().ok()?);
            Some((f[0].to_string(), p, r))
        })
        .collect()
}

#[test]
fn phenomenon_sentences_through_the_pipeline() {
    let gold = repo().join("tests/data/relation-phenomena.jsonl");
    let rows = eval(gold.to_str().unwrap());
    let row = |t: &str| rows.iter().find(|r| r.0 == t).unwrap_or_else(|| panic!("no {t} row: {rows:?}")).clone();
    let (_, p, r) = row("overall");
    assert!(p >= PRECISION_FLOOR, "precision {p} below {PRECISION_FLOOR}: {rows:?}");
    assert!(r >= RECALL_FLOOR, "recall {r} below {RECALL_FLOOR}: {rows:?}");
    for t in ["ACCUSE", "MEET", "OPPOSE"] {
        let (_, p, r) = row(t);
        assert!(p >= 0.8 && r >= 0.65, "{t}: precision {p}, recall {r}: {rows:?}");
    }
}

const PRECISION_FLOOR: f64 = 0.85;
const RECALL_FLOOR: f64 = 0.75;

/// A sentence written twice counts twice in every figure of the file, and a first-run
/// count over a batch that repeats an older line measures nothing new.
#[test]
fn phenomenon_sentences_are_distinct() {
    let path = repo().join("tests/data/relation-phenomena.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut ids = std::collections::HashMap::new();
    let mut sentences = std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let id = row["id"].as_str().unwrap_or_else(|| panic!("line {}: no id", n + 1)).to_string();
        let sentence = row["text"].as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(first) = ids.insert(id.clone(), n + 1) {
            panic!("id {id} on lines {first} and {}", n + 1);
        }
        if let Some(first) = sentences.insert(sentence.to_lowercase(), n + 1) {
            panic!("line {} repeats the sentence of line {first}: {sentence}", n + 1);
        }
    }
}
