//! Every input form end to end through the readers: compression by content,
//! news-please field names, tables with other delimiters, dates in every accepted
//! form, invalid dates reported at file and line.

use super::*;
use std::io::Write;

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

fn bzip2(bytes: &[u8]) -> Vec<u8> {
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    bz.write_all(bytes).unwrap();
    bz.finish().unwrap()
}

/// The documents and problems of `inputs` read with `options`.
fn read(inputs: &[PathBuf], options: &ReadOptions) -> (Vec<Document>, Vec<InputError>) {
    let (mut docs, mut errors) = (Vec::new(), Vec::new());
    for item in read_inputs(inputs, options) {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    (docs, errors)
}

const JSONL: &str = "{\"id\": \"a\", \"text\": \"Norway met Sweden.\", \"date\": \"20190304\"}\n";

#[test]
fn compressed_files_are_read_by_content_whatever_their_name() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: Vec<u8>| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let inputs = vec![
        write("news.jsonl.gz", gzip(JSONL.as_bytes())),
        // Renamed: the name says JSON Lines, the bytes say zstd.
        write("renamed.jsonl", zstd::encode_all(JSONL.replace("\"a\"", "\"b\"").as_bytes(), 3).unwrap()),
        // No format in the name: the decoded content says JSON array.
        write("dump.bz2", bzip2(b"[{\"id\": \"c\", \"text\": \"Three.\"}]")),
        write("table.csv.gz", gzip(b"id,text\nd,Four.\n")),
        write("article.txt.zst", zstd::encode_all(&b"Five."[..], 3).unwrap()),
    ];
    let (docs, errors) = read(&inputs, &ReadOptions::default());
    assert!(errors.is_empty(), "{errors:?}");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", &path_id(&inputs[4])]);
    assert_eq!(docs[0].date.as_deref(), Some("2019-03-04"));
    assert_eq!(docs[4].text, "Five.");

    // In a folder, compressed files are read by their inner extension.
    let (docs, errors) = read(&[dir.path().to_path_buf()], &ReadOptions::default());
    let root = path_id(dir.path());
    let ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    assert_eq!(
        ids,
        [
            format!("{root}/article.txt.zst"),
            format!("{root}/news.jsonl.gz:a"),
            format!("{root}/renamed.jsonl:b"),
            format!("{root}/table.csv.gz:d"),
        ]
    );
    assert_eq!(errors.len(), 1, "dump.bz2 says no format: {errors:?}");
    assert_eq!(errors[0].reason, Reason::UnknownFormat);
}

#[test]
fn a_corrupt_compressed_file_is_reported_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.jsonl.gz");
    let whole = gzip(JSONL.repeat(1000).as_bytes());
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let (_, errors) = read(std::slice::from_ref(&path), &ReadOptions::default());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].to_string().contains("cut.jsonl.gz:"), "{}", errors[0]);
    assert_eq!(errors[0].reason, Reason::Unreadable);
}

#[test]
fn news_please_fields_are_read_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("np.json");
    let record = serde_json::json!([{
        "url": "https://example.org/a",
        "maintext": "Norway met Sweden.",
        "date_publish": "2019-03-04 10:15:00",
        "title": "Talks",
        "source_domain": "example.org",
        "authors": ["A. Writer"]
    }]);
    std::fs::write(&path, record.to_string()).unwrap();
    let (docs, errors) = read(std::slice::from_ref(&path), &ReadOptions::default());
    assert!(errors.is_empty(), "{errors:?}");
    let d = &docs[0];
    assert_eq!(d.id, "https://example.org/a");
    assert_eq!(d.text, "Norway met Sweden.");
    assert_eq!(d.date.as_deref(), Some("2019-03-04"));
    assert_eq!((d.title.as_deref(), d.source.as_deref()), (Some("Talks"), Some("example.org")));

    // A field named by its option is looked up under that name only.
    let fields = Fields { text: Some("body".into()), ..Fields::default() };
    let (docs, errors) = read(&[path], &ReadOptions { fields, ..ReadOptions::default() });
    assert!(docs.is_empty());
    assert_eq!(errors[0].message, "missing field \"body\"");
    assert_eq!(errors[0].line, Some(1));
}

#[test]
fn tables_by_extension_sniffed_delimiter_or_option() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, s: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, s).unwrap();
        p
    };
    let tsv = write("a.tsv", "id\ttext\tsource\ttitle\nt1\tText, with a comma.\tTASS\tHeadline\n");
    let semicolon = write("b.csv", "id;text;date\ns1;\"Quoted; with semicolon.\";Mon, 04 Mar 2019 10:15:00 +0000\n");
    let tab_named_csv = write("c.csv", "id\ttext\nc1\tTabs in a .csv.\n");
    let (docs, errors) = read(&[tsv, semicolon, tab_named_csv], &ReadOptions::default());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs[0].text, "Text, with a comma.");
    assert_eq!((docs[0].source.as_deref(), docs[0].title.as_deref()), (Some("TASS"), Some("Headline")));
    assert_eq!(docs[1].text, "Quoted; with semicolon.");
    assert_eq!(docs[1].date.as_deref(), Some("2019-03-04"));
    assert_eq!(docs[2].id, "c1");

    // --delimiter overrides the sniffing (here: the header holds more commas).
    let bar = write("d.txt.csv", "id|text,with,commas\nb1|Bar separated.\n");
    let fields = Fields { text: Some("text,with,commas".into()), ..Fields::default() };
    let options = ReadOptions { fields, delimiter: Some(b'|'), ..ReadOptions::default() };
    let (docs, errors) = read(&[bar], &options);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs[0].text, "Bar separated.");
}

#[test]
fn invalid_dates_are_reported_with_file_and_line_and_the_article_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dates.csv");
    std::fs::write(&path, "id,text,date\nr1,One.,20190304101500\nr2,Two.,2019-02-30\nr3,Three.,next week\n").unwrap();
    let (docs, errors) = read(std::slice::from_ref(&path), &ReadOptions::default());
    let dates: Vec<Option<&str>> = docs.iter().map(|d| d.date.as_deref()).collect();
    assert_eq!(dates, [Some("2019-03-04"), None, None]);
    let at: Vec<(Option<u64>, Reason)> = errors.iter().map(|e| (e.line, e.reason)).collect();
    assert_eq!(at, [(Some(3), Reason::BadDate), (Some(4), Reason::BadDate)]);
    assert!(errors[0].to_string().contains("dates.csv:3: document \"r2\": date \"2019-02-30\""), "{}", errors[0]);
}

#[test]
fn files_named_as_arguments_are_sniffed_only_when_compressed() {
    let dir = tempfile::tempdir().unwrap();
    let (md, gz) = (dir.path().join("links.md"), dir.path().join("download"));
    std::fs::write(&md, "[Norway](https://example.org) met Sweden.").unwrap();
    std::fs::write(&gz, gzip(b"id\ttext\nt1\tNorway met Sweden.\n")).unwrap();
    let (docs, errors) = read(&[md.clone(), gz], &ReadOptions::default());
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(docs[0].id, path_id(&md), "plain text, not a JSON array");
    assert_eq!((docs[1].id.as_str(), docs[1].text.as_str()), ("t1", "Norway met Sweden."));
}
