//! Kill-and-resume and shard-and-merge give exactly what a single run gives.

mod common;

use common::{actorgraph, repo};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A corpus of 240 documents made from the example articles under distinct ids.
fn corpus(dir: &Path) -> PathBuf {
    let example = std::fs::read_to_string(repo().join("data/example/articles.jsonl")).unwrap();
    let docs: Vec<serde_json::Value> = example.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut out = String::new();
    for i in 0..240 {
        let mut d = docs[i % docs.len()].clone();
        d["id"] = format!("doc-{i:04}").into();
        d["date"] = format!("2019-0{}-1{}", 1 + i % 9, i % 10).into();
        out.push_str(&d.to_string());
        out.push('\n');
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, out).unwrap();
    path
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn extract(input: &Path, out: &Path, extra: &[&str]) {
    let mut args =
        vec!["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--quiet", "--batch-docs", "8"];
    args.extend_from_slice(extra);
    let run = actorgraph(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
}

#[test]
fn killed_run_resumes_to_identical_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let reference = dir.path().join("reference");
    extract(&input, &reference, &[]);

    let out = dir.path().join("killed");
    let mut child = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args([
            "extract",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--quiet",
            "--batch-docs",
            "8",
            "--checkpoint-secs",
            "0",
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once a few checkpoints exist, mid-way through the corpus.
    let state = out.join(".actorgraph-run/state.json");
    let start = Instant::now();
    loop {
        let done = std::fs::read_to_string(&state)
            .ok()
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            .and_then(|v| v["items_done"].as_u64())
            .unwrap_or(0);
        if done >= 40 {
            break;
        }
        assert!(child.try_wait().unwrap().is_none(), "the run ended before it could be killed");
        assert!(start.elapsed() < Duration::from_secs(120), "no checkpoint appeared");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!out.join("edges.csv").exists(), "killed before the end: no final outputs");

    extract(&input, &out, &["--resume"]);
    for name in ["nodes.csv", "edges.csv", "graph.gexf", "evidence.csv"] {
        assert_eq!(read(&out.join(name)), read(&reference.join(name)), "{name} differs after resume");
    }
    assert!(!out.join(".actorgraph-run").exists(), "checkpoint removed when done");
}

#[test]
fn shards_merge_to_the_single_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let single = dir.path().join("single");
    extract(&input, &single, &[]);
    let mut shard_dirs = Vec::new();
    for k in 1..=3 {
        let d = dir.path().join(format!("shard{k}"));
        extract(&input, &d, &["--shard", &format!("{k}/3")]);
        shard_dirs.push(d);
    }
    let merged = dir.path().join("merged");
    let mut args = vec!["merge"];
    args.extend(shard_dirs.iter().map(|d| d.to_str().unwrap()));
    args.extend(["-o", merged.to_str().unwrap()]);
    let run = actorgraph(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(read(&merged.join("nodes.csv")), read(&single.join("nodes.csv")));
    assert_eq!(read(&merged.join("edges.csv")), read(&single.join("edges.csv")));
    assert_eq!(
        read(&merged.join("graph.gexf")),
        read(&single.join("graph.gexf")),
        "merge writes the single run's GEXF"
    );
    let rows = |p: &Path| {
        let mut r: Vec<String> = read(p).lines().map(String::from).collect();
        r.sort();
        r
    };
    assert_eq!(rows(&merged.join("evidence.csv")), rows(&single.join("evidence.csv")), "same evidence rows");
    assert!(read(&single.join("edges.csv")).lines().count() > 1, "the corpus has edges");
}
