//! Arbitrary bytes through the input readers (JSON Lines, CSV, plain text, JSON
//! arrays): no panic, every problem names the file (and a line that exists), every
//! document is clean and within the size limit, and a CSV quote that never closes is
//! reported, its text never read as an article.
//!
//! The first byte picks the format; the rest is the file's content.
#![no_main]

use actorgraph::ingest::{read_input, Compression, ReadOptions, Reason};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some((&format, content)) = data.split_first() else { return };
    // Compressed content is decoded first, and its lines are the decoded text's: the
    // line bounds below hold for plain bytes only (decoding has its own unit tests).
    if Compression::detect(content).is_some() {
        return;
    }
    let ext = ["jsonl", "csv", "txt", "json"][usize::from(format % 4)];
    let dir = DIR.get_or_init(|| tempfile::tempdir().expect("temporary folder"));
    let path = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, content).expect("write the input");
    // Line ends as the CSV reader counts them ("\n", "\r\n" or a lone "\r"; JSONL
    // counts "\n" only, so this bounds both), plus a last line without one.
    let ends =
        content.iter().enumerate().filter(|&(i, &b)| b == b'\n' || (b == b'\r' && content.get(i + 1) != Some(&b'\n')));
    let lines = ends.count() as u64 + 1;
    // A small limit, so that the size checks run too.
    let options = ReadOptions { max_article_bytes: 4096, ..ReadOptions::default() };
    let mut unterminated = 0;
    for item in read_input(&path, &options) {
        match item {
            Ok((doc, origin)) => {
                assert_eq!(origin.file, path);
                assert!(origin.line.is_none_or(|l| (1..=lines).contains(&l)), "line {:?} of {lines}", origin.line);
                assert!(!doc.id.trim().is_empty(), "empty id");
                assert!(!doc.text.trim().is_empty(), "empty text");
                assert!(
                    !doc.text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')),
                    "control character left in {:?}",
                    doc.text
                );
                assert!(doc.date.as_deref().is_none_or(|d| d.len() == 10), "date {:?}", doc.date);
                assert!(doc.text.len() <= 4096, "{} bytes of text", doc.text.len());
            }
            Err(e) => {
                unterminated += usize::from(e.reason == Reason::UnterminatedQuote);
                assert_eq!(e.file, path);
                assert!(e.line.is_none_or(|l| (1..=lines).contains(&l)), "line {:?} of {lines}: {e}", e.line);
            }
        }
    }
    // Only CSV reports quotes, at most once per file (the rest of the file is its text).
    assert!(unterminated <= usize::from(ext == "csv"), "{unterminated} unterminated quotes reported");
});
