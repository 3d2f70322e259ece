//! `--json`: one JSON object on stdout with counts, skipped items by reason and output
//! paths, agreeing with run.json and the files; `--no-report` leaves the report out.

mod common;

use common::{actorgraph, read_csv};
use serde_json::Value;
use std::path::Path;

fn json_of(out: &std::process::Output) -> Value {
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "one line on stdout: {stdout}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"))
}

fn rows(path: &Path) -> u64 {
    read_csv(path).1.len() as u64
}

#[test]
fn extract_and_merge_print_a_json_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("news.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "a", "date": "2019-03-04", "text": "Kyrgyz President Almazbek Atambayev accused Kazakhstan of meddling in the election."}"#,
            "\n",
            "not json\n",
            r#"{"id": "b", "text": ""}"#,
            "\n",
        ),
    )
    .unwrap();
    let out = tmp.path().join("out");
    let run = actorgraph(&["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--json"]);
    assert_eq!(run.status.code(), Some(3), "{}", String::from_utf8_lossy(&run.stderr));
    let j = json_of(&run);
    assert_eq!(j["command"], "extract");
    assert_eq!(j["exit_status"], 3);
    let c = &j["counts"];
    assert_eq!(c["documents"], 1);
    assert!(c["sentences"].as_u64().unwrap() >= 1 && c["entities"].as_u64().unwrap() >= 2, "{j}");
    assert_eq!(c["nodes"].as_u64().unwrap(), rows(&out.join("nodes.csv")));
    assert_eq!(c["edges"].as_u64().unwrap(), rows(&out.join("edges.csv")));
    assert_eq!(c["evidence_rows"].as_u64().unwrap(), rows(&out.join("evidence.csv")));
    assert_eq!(j["skipped"]["total"], 2);
    assert_eq!(j["skipped"]["by_reason"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum::<u64>(), 2);
    let outputs = j["outputs"].as_object().unwrap();
    for name in
        ["nodes.csv", "edges.csv", "graph.gexf", "evidence.csv", "skipped.csv", "graph.svg", "report.html", "run.json"]
    {
        let path = outputs[name].as_str().unwrap_or_else(|| panic!("{name} listed: {j}"));
        assert!(Path::new(path).is_file(), "{path}");
    }
    let manifest: Value = serde_json::from_str(&std::fs::read_to_string(out.join("run.json")).unwrap()).unwrap();
    assert_eq!(manifest["counts"]["sentences"], c["sentences"]);
    assert!(manifest["outputs"]["report.html"]["sha256"].is_string());

    // Merge: the same counts; --no-report leaves the report out (and none behind).
    let merged = tmp.path().join("merged");
    std::fs::create_dir(&merged).unwrap();
    std::fs::write(merged.join("report.html"), "stale").unwrap();
    let run = actorgraph(&["merge", out.to_str().unwrap(), "-o", merged.to_str().unwrap(), "--json", "--no-report"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let m = json_of(&run);
    assert_eq!(m["command"], "merge");
    assert_eq!(m["counts"], j["counts"]);
    assert!(m["outputs"].get("report.html").is_none(), "{m}");
    assert!(!merged.join("report.html").exists() && !merged.join("graph.svg").exists());
    actorgraph::manifest::RunManifest::read_verified(&merged).unwrap();
}
