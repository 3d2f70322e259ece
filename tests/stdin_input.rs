//! `-` reads standard input: a gzip JSON Lines dump piped in, its dates in several
//! forms, one that does not exist (reported at -:LINE, the article kept), and the
//! documents' date, source and title carried into evidence.csv.

mod common;

use actorgraph::cells::read_text_cell;
use common::read_csv;
use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn gzip_json_lines_through_stdin() {
    let docs = [
        r#"{"id": "d1", "text": "Norway met Sweden in Oslo on Friday.", "date": "2019-03-04T10:00:00+01:00", "source": "example.org", "title": "Talks, in Oslo"}"#,
        r#"{"url": "https://example.net/d2", "maintext": "Norway met Sweden in Stockholm.", "date_publish": "2019-03-05 08:00:00", "source_domain": "example.net"}"#,
        r#"{"id": "d3", "text": "Finland met Estonia in Tallinn.", "date": "2019-02-30"}"#,
    ];
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(docs.join("\n").as_bytes()).unwrap();
    let gz = gz.finish().unwrap();

    let out = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_actorgraph"))
        .args(["extract", "-", "-o", out.path().to_str().unwrap(), "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&gz).unwrap();
    let run = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(3), "a dropped date makes status 3: {stderr}");
    assert!(stderr.contains("-:3: document \"d3\": date \"2019-02-30\""), "{stderr}");

    let (_, skipped) = read_csv(&out.path().join("skipped.csv"));
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(read_text_cell(&skipped[0]["file"]), "-");
    assert_eq!((skipped[0]["line"].as_str(), skipped[0]["reason"].as_str()), ("3", "bad date (document kept)"));

    let (_, evidence) = read_csv(&out.path().join("evidence.csv"));
    let row = |doc: &str| evidence.iter().find(|r| r["doc_id"] == doc).unwrap_or_else(|| panic!("{doc}: {evidence:?}"));
    let d1 = row("d1");
    assert_eq!(
        (d1["doc_date"].as_str(), d1["doc_source"].as_str(), d1["doc_title"].as_str()),
        ("2019-03-04", "example.org", "Talks, in Oslo")
    );
    let d2 = row("https://example.net/d2");
    assert_eq!((d2["doc_date"].as_str(), d2["doc_source"].as_str()), ("2019-03-05", "example.net"));
    assert_eq!(row("d3")["doc_date"], "", "kept without its date");

    let (_, edges) = read_csv(&out.path().join("edges.csv"));
    let meet = edges.iter().find(|e| e["Source"] == "loc:norway").expect("Norway met Sweden");
    assert_eq!(meet["Interval"], "<[2019-03-04, 2019-03-05]>");
}
