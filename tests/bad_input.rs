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

/// The batch job never passes off broken input as articles: a CSV quote that never
/// closes, JSON arrays, same-named files in two folders.
#[test]
fn unterminated_quotes_json_arrays_and_same_names_in_two_folders() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // 100 rows; row 5 (line 6) opens a quote that never closes and would swallow the rest.
    let mut csv = String::from("id,text\n");
    for i in 1..=100 {
        let text = if i == 5 { "\"Chile criticized Peru.".to_string() } else { format!("Norway met Sweden ({i}).") };
        csv.push_str(&format!("r{i},{text}\n"));
    }
    std::fs::write(d.join("news.csv"), csv).unwrap();
    std::fs::write(
        d.join("news.json"),
        "[\n{\"id\": \"j1\", \"text\": \"Japan criticized China.\", \"date\": \"2020-02-31\"}\n]\n",
    )
    .unwrap();
    for year in ["2019", "2020"] {
        std::fs::create_dir(d.join(year)).unwrap();
        std::fs::write(d.join(year).join("a.txt"), format!("Mexico accused Cuba of meddling in {year}.")).unwrap();
    }
    let out = d.join("out");
    let arg = |name: &str| d.join(name).to_str().unwrap().to_string();
    let (csv, json, y19, y20) = (arg("news.csv"), arg("news.json"), arg("2019"), arg("2020"));
    let run = actorgraph(&["extract", &csv, &json, &y19, &y20, "-o", out.to_str().unwrap(), "--quiet"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains(&format!("{csv}:6: unterminated quote")), "{stderr}");
    assert!(stderr.contains(&format!("{json}:2: document \"j1\": date \"2020-02-31\"")), "{stderr}");
    assert!(!stderr.contains("duplicate id"), "{stderr}");
    let (_, nodes) = read_csv(&out.join("nodes.csv"));
    let labels: Vec<&str> = nodes.iter().map(|n| n["Label"].as_str()).collect();
    // The swallowed text (row 5 on) is not an article; the JSON array element is.
    assert!(!labels.contains(&"Chile") && labels.contains(&"Japan"), "{labels:?}");
    let (_, evidence) = read_csv(&out.join("evidence.csv"));
    let mut ids: Vec<&str> = evidence.iter().map(|r| r["doc_id"].as_str()).filter(|id| id.ends_with("a.txt")).collect();
    ids.dedup();
    assert_eq!(ids, [format!("{y19}/a.txt"), format!("{y20}/a.txt")], "both articles read, each under its path");
}

/// Many bad lines: stderr shows the first 20 and counts per reason, even with
/// --quiet; `skipped.csv` lists every one.
#[test]
fn skipped_items_are_counted_and_listed_in_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::from("{\"id\": \"ok\", \"text\": \"Chile criticized Peru.\"}\n");
    for i in 0..300 {
        jsonl.push_str(if i % 3 == 0 { "{\"id\": \"ok\", \"text\": \"Again.\"}\n" } else { "{not json\n" });
    }
    let input = dir.path().join("bad.jsonl");
    std::fs::write(&input, jsonl).unwrap();
    let out = dir.path().join("out");
    let run = actorgraph(&["extract", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--quiet"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "{stderr}");
    assert_eq!(stderr.lines().filter(|l| l.starts_with("actorgraph: skipped ")).count(), 20, "{stderr}");
    assert!(stderr.lines().count() < 60, "{stderr}");
    assert!(stderr.contains("actorgraph: 300 input item(s) skipped, by reason:"), "{stderr}");
    assert!(stderr.contains("  invalid JSON: 200\n  duplicate id: 100\n"), "{stderr}");
    let (header, rows) = read_csv(&out.join("skipped.csv"));
    assert_eq!(header, ["file", "line", "reason", "message"]);
    assert_eq!(rows.len(), 300);
    assert_eq!(rows[0]["line"], "2");
    assert_eq!(rows[0]["reason"], "duplicate id");
    assert_eq!(rows[299]["line"], "301");
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
