//! graph.gexf read by an independent reader (networkx's `read_gexf` in .venv) holds
//! the nodes, edges, weights, attributes and spells of nodes.csv and edges.csv.
//! networkx cannot read a graph of directed and undirected edges together (Gephi
//! can), so the undirected (MEET) and directed (ACCUSE) cases are two corpora.

mod common;

use common::{actorgraph, repo};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The venv's Python, with networkx: CI runs scripts/setup.sh first, which installs it.
fn python_with_networkx() -> PathBuf {
    let python = repo().join(".venv/bin/python");
    let ok = Command::new(&python).args(["-c", "import networkx"]).output().is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{} cannot import networkx: run scripts/setup.sh (or {} -m pip install networkx)",
        python.display(),
        python.display()
    );
    python
}

/// Runs extract on JSON Lines `docs` into a new folder in `dir`.
fn extract(dir: &Path, name: &str, docs: &[&str]) -> PathBuf {
    let input = dir.join(format!("{name}.jsonl"));
    std::fs::write(&input, docs.join("\n")).unwrap();
    let out = dir.join(name);
    let run = actorgraph(&["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--quiet"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    out
}

fn check(python: &Path, out: &Path) {
    let script = repo().join("tests/data/check_gexf.py");
    let run = Command::new(python).arg(&script).arg(out).output().unwrap();
    assert!(run.status.success(), "{}\n{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
}

/// An edge row of edges.csv: (Source, Target, Label, Weight, cameo, Interval, reports, sources).
fn edge_rows(out: &Path) -> Vec<Vec<String>> {
    let (_, rows) = common::read_csv(&out.join("edges.csv"));
    let pick = ["Source", "Target", "Label", "Weight", "cameo", "Interval", "reports", "sources"];
    rows.iter().map(|r| pick.iter().map(|k| r[*k].clone()).collect()).collect()
}

#[test]
fn gexf_matches_the_csv_files_in_networkx() {
    let python = python_with_networkx();
    let dir = tempfile::tempdir().unwrap();

    let meetings = extract(
        dir.path(),
        "meet",
        &[
            r#"{"id": "m1", "text": "Norway met Sweden in Oslo on Friday.", "date": "2019-03-04", "source": "Wire"}"#,
            // A copy of m1 in another outlet: one more report and source, not a story.
            r#"{"id": "m1-copy", "text": "NORWAY met Sweden in Oslo, on Friday", "date": "2019-03-04", "source": "Daily"}"#,
            r#"{"id": "m2", "text": "Norway met Sweden in Stockholm on Monday.", "date": "2019-03-05"}"#,
            r#"{"id": "m3", "text": "Norway met Sweden again in Bergen.", "date": "20190309"}"#,
            r#"{"id": "m4", "text": "Finland met Estonia in Tallinn."}"#,
        ],
    );
    check(&python, &meetings);
    let rows = edge_rows(&meetings);
    let norway_sweden = rows.iter().find(|r| r[0] == "loc:norway" && r[1] == "loc:sweden").expect("an edge");
    assert_eq!(norway_sweden[2], "MEET");
    assert_eq!(norway_sweden[3], "3", "three stories");
    assert_eq!(norway_sweden[6..], ["4", "2"], "four reports, from two named sources");
    assert_eq!(norway_sweden[5], "<[2019-03-04, 2019-03-05]; [2019-03-09, 2019-03-09]>");
    assert!(rows.iter().any(|r| r[5].is_empty()), "the undated meeting has no interval: {rows:?}");

    let accusations = extract(
        dir.path(),
        "accuse",
        &[
            r#"{"id": "a1", "text": "Russia accused Ukraine of shelling the town.", "date": "Mon, 11 Mar 2019 10:00:00 +0000"}"#,
            r#"{"id": "a2", "text": "Russia accused Ukraine of violating the ceasefire.", "date": "2019-03-12T09:00:00Z"}"#,
        ],
    );
    check(&python, &accusations);
    let rows = edge_rows(&accusations);
    assert!(rows.iter().any(|r| r[2] == "ACCUSE" && r[4].starts_with('1')), "{rows:?}");
}
