//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `../shared` beside the checkout (training and gold data), or `None` after saying
/// that the calling test is skipped. Outside CI a checkout without the data still runs
/// every other test; in CI (`CI` set), which provides it, its absence fails the test.
pub fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(std::env::var_os("CI").is_none(), "CI: ../shared is missing beside the checkout ({})", dir.display());
    eprintln!("skipped: this test needs ../shared beside the checkout ({})", dir.display());
    None
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the actorgraph binary with `args`.
pub fn actorgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_actorgraph")).args(args).output().expect("run actorgraph")
}

/// Rows of a CSV file as maps from header to value.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<std::collections::HashMap<String, String>>) {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            headers.iter().cloned().zip(rec.iter().map(String::from)).collect()
        })
        .collect();
    (headers, rows)
}

/// A stand-in for the parser in tests of the model-free stages: each sentence's first
/// known verb is the root, the nearest capitalised word before it its subject, the
/// nearest after it its object, and every other word hangs on the root. Crude, but a
/// well-formed tree with real subject-verb-object arcs where the generated texts have them.
pub fn toy_syntax(text: &str, sentences: &[actorgraph::tokenize::Sentence]) -> Vec<actorgraph::parse::SentenceSyntax> {
    use actorgraph::parse::{DepRel, Head, SentenceSyntax, UdRel, Upos, WordSyntax};
    const VERBS: &[(&str, &str)] = &[
        ("accused", "accuse"),
        ("met", "meet"),
        ("attacked", "attack"),
        ("criticized", "criticize"),
        ("condemned", "condemn"),
        ("visited", "visit"),
        ("sanctioned", "sanction"),
        ("arrested", "arrest"),
    ];
    sentences
        .iter()
        .map(|s| {
            let forms: Vec<&str> = s.words.iter().map(|w| w.text(text)).collect();
            let verb = forms.iter().position(|f| VERBS.iter().any(|(v, _)| v == f));
            let root = verb.unwrap_or(0);
            let capital = |i: &usize| forms[*i].starts_with(char::is_uppercase);
            let subject = verb.and_then(|v| (0..v).rev().find(capital));
            let object = verb.and_then(|v| (v + 1..forms.len()).find(capital));
            let words = forms
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let (rel, upos, lemma) = if i == root {
                        let lemma = VERBS.iter().find(|(v, _)| v == f).map_or(f.to_lowercase(), |(_, l)| l.to_string());
                        (UdRel::Root, if verb.is_some() { Upos::Verb } else { Upos::X }, lemma)
                    } else if Some(i) == subject {
                        (UdRel::Nsubj, Upos::Propn, f.to_string())
                    } else if Some(i) == object {
                        (UdRel::Obj, Upos::Propn, f.to_string())
                    } else {
                        (UdRel::Dep, if capital(&i) { Upos::Propn } else { Upos::Noun }, f.to_lowercase())
                    };
                    let head = if i == root { Head::Root } else { Head::Word(root) };
                    WordSyntax { upos, lemma, head, rel: DepRel::new(rel, None) }
                })
                .collect();
            SentenceSyntax { words }
        })
        .collect()
}
