//! Bad input is reported with file and line; the rest is processed; exit status 3.

mod common;

use common::{actorgraph, read_csv};

#[test]
fn bad_input_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("good.txt"), "Leaders of Norway and Sweden met in Oslo on Friday.").unwrap();
    std::fs::write(corpus.join("latin1.txt"), b"first line\nCaf\xe9 owners protested.").unwrap();
    std::fs::write(corpus.join("empty.txt"), "\n\n").unwrap();
    let jsonl = dir.path().join("news.jsonl");
    std::fs::write(&jsonl, "{\"id\": \"j1\", \"text\": \"Chile criticized Peru.\"}\n{\"id\": \"j2\", \"text\": \n")
        .unwrap();
    let csv = dir.path().join("news.csv");
    std::fs::write(&csv, "id,text\nc1,\"Quoted, with a comma.\"\nc2\n").unwrap();
    let missing = dir.path().join("missing.txt");
    let out = dir.path().join("out");
    let run = actorgraph(&[
        "extract",
        corpus.to_str().unwrap(),
        jsonl.to_str().unwrap(),
        csv.to_str().unwrap(),
        missing.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("latin1.txt:2: not valid UTF-8"), "{stderr}");
    assert!(stderr.contains("empty.txt: empty article"), "{stderr}");
    assert!(stderr.contains("news.jsonl:2: invalid JSON"), "{stderr}");
    assert!(stderr.contains("news.csv:3:"), "{stderr}");
    assert!(stderr.contains("missing.txt: no such file"), "{stderr}");
    // The good documents were processed and the outputs written.
    let (_, nodes) = read_csv(&out.join("nodes.csv"));
    let labels: Vec<&str> = nodes.iter().map(|n| n["Label"].as_str()).collect();
    assert!(labels.contains(&"Chile") && labels.contains(&"Norway"), "{labels:?}");
}

#[test]
fn unusable_model_is_a_fatal_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Text.").unwrap();
    let run = actorgraph(&[
        "extract",
        dir.path().join("a.txt").to_str().unwrap(),
        "-o",
        dir.path().join("o").to_str().unwrap(),
        "--model",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("config.json: missing"));
}
