//! The parse stage's mechanics on a tiny random joint model (scripts/make_tiny_models.py
//! `joint`): every sentence gets one well-formed tree over exactly its words, also when
//! the model's windows cut it, at fp32 and int8, whatever else shares the batch.

mod common;

use actorgraph::ner::{Ner, Precision};
use actorgraph::parse::{is_tree, Head, SentenceSyntax};
use actorgraph::tokenize::{analyze, Sentence};
use common::repo;
use std::path::Path;
use std::process::Command;

fn tiny_joint(out: &Path) -> Ner {
    let python = repo().join(".venv/bin/python");
    let status = Command::new(&python)
        .arg(repo().join("scripts/make_tiny_models.py"))
        .arg(out)
        .arg("joint")
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh)", python.display()));
    assert!(status.success());
    Ner::load(&out.join("joint"), tch::Device::Cpu).expect("tiny joint model loads")
}

fn heads(s: &SentenceSyntax) -> Vec<usize> {
    s.words.iter().map(|w| if let Head::Word(h) = w.head { h + 1 } else { 0 }).collect()
}

const TEXT: &str = "Kyrgyz President Almazbek Atambayev accused Kazakhstan of meddling. Talks in Astana ended. \
    The opposition leaders said on Monday that the government, which had rejected the request of the election \
    commission, would meet the prime minister and the president in the capital before the vote. Yes.";

fn check_trees(sentences: &[Sentence], syntax: &[SentenceSyntax]) {
    assert_eq!(syntax.len(), sentences.len());
    for (sent, tree) in sentences.iter().zip(syntax) {
        assert_eq!(tree.words.len(), sent.words.len(), "one entry per word");
        assert!(is_tree(&heads(tree)), "{:?}", heads(tree));
        assert_eq!(tree.root(), tree.words.iter().position(|w| w.head == Head::Root));
        assert!(tree.words.iter().all(|w| !w.lemma.is_empty()));
    }
}

#[test]
fn every_sentence_gets_one_tree_also_across_windows() {
    let dir = tempfile::tempdir().unwrap();
    let mut ner = tiny_joint(dir.path());
    assert!(ner.parses());
    let sentences = analyze(TEXT);
    // The tiny model reads windows of 32 subwords: the long sentence spans several.
    let windows = ner.windows(&[(TEXT, &sentences)]).unwrap();
    assert!(windows.len() >= 3, "{} windows", windows.len());
    let syntax = ner.syntax(&[(TEXT, &sentences)]).unwrap().remove(0);
    check_trees(&sentences, &syntax);
    // Parsing changes nothing about the entities.
    let both = ner.analyze(&[(TEXT, &sentences)], true).unwrap().remove(0);
    assert_eq!(both.entities, ner.entities(&[(TEXT, &sentences)]).unwrap().remove(0));
    assert_eq!(both.syntax.as_deref(), Some(syntax.as_slice()));
    assert!(ner.analyze(&[(TEXT, &sentences)], false).unwrap()[0].syntax.is_none());

    ner.set_precision(Precision::Int8).unwrap();
    let int8 = ner.syntax(&[(TEXT, &sentences)]).unwrap().remove(0);
    check_trees(&sentences, &int8);
}

#[test]
fn int8_syntax_does_not_depend_on_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    let mut ner = tiny_joint(dir.path());
    ner.set_precision(Precision::Int8).unwrap();
    let other = "Talks between Russia and China ended without agreement on Monday in Beijing.";
    let (s1, s2) = (analyze(TEXT), analyze(other));
    let alone = ner.syntax(&[(TEXT, &s1)]).unwrap().remove(0);
    let together = ner.syntax(&[(other, &s2), (TEXT, &s1), (other, &s2)]).unwrap();
    assert_eq!(together[1], alone);
    assert_eq!(together[0], together[2]);
}

#[test]
fn models_without_parse_heads_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let python = repo().join(".venv/bin/python");
    let status = Command::new(&python)
        .args([repo().join("scripts/make_tiny_models.py"), dir.path().to_path_buf(), "bert".into()])
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let ner = Ner::load(&dir.path().join("bert"), tch::Device::Cpu).unwrap();
    assert!(!ner.parses());
    let err = ner.syntax(&[("A b.", &analyze("A b."))]).unwrap_err().to_string();
    assert!(err.contains("no parse heads"), "{err}");
    assert!(ner.analyze(&[("A b.", &analyze("A b."))], true).unwrap()[0].syntax.is_none());
}
