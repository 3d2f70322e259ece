//! Any Hugging Face token-classification folder loads: tiny random models of every
//! supported architecture (made by scripts/make_tiny_models.py, no download).

mod common;

use actorgraph::ner::Ner;
use actorgraph::tokenize::analyze;
use common::repo;
use std::path::Path;
use std::process::Command;

const ARCHITECTURES: [&str; 8] =
    ["bert", "distilbert", "roberta", "xlm-roberta", "electra", "albert", "deberta", "deberta-v2"];

fn make_tiny_models(out: &Path) {
    let python = repo().join(".venv/bin/python");
    let status = Command::new(&python)
        .arg(repo().join("scripts/make_tiny_models.py"))
        .arg(out)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh)", python.display()));
    assert!(status.success());
}

#[test]
fn every_architecture_loads_and_yields_well_formed_spans() {
    let dir = tempfile::tempdir().unwrap();
    make_tiny_models(dir.path());
    let text = "Kyrgyz President Almazbek Atambayev accused Kazakhstan of meddling. Talks in Astana ended.";
    let sentences = analyze(text);
    for arch in ARCHITECTURES {
        let ner = Ner::load(&dir.path().join(arch), tch::Device::Cpu).unwrap_or_else(|e| panic!("{arch}: {e:#}"));
        assert_eq!(ner.model().model_type, arch);
        let ents = ner.entities(&[(text, &sentences)]).unwrap().remove(0);
        for e in &ents {
            let sent = &sentences[e.sentence];
            assert!(e.words.start < e.words.end && e.words.end <= sent.words.len(), "{arch}: {e:?}");
            assert_eq!(e.span.start, sent.words[e.words.start].start, "{arch}: span starts at a word");
            assert_eq!(e.span.end, sent.words[e.words.end - 1].end, "{arch}: span ends at a word");
            assert!((0.0..=1.0).contains(&e.score), "{arch}: score {}", e.score);
        }
        // Spans never overlap.
        for pair in ents.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{arch}: {pair:?}");
        }
    }
}

#[test]
fn ontonotes_labels_are_mapped_and_others_listed() {
    let dir = tempfile::tempdir().unwrap();
    make_tiny_models(dir.path());
    let ner = Ner::load(&dir.path().join("roberta"), tch::Device::Cpu).unwrap();
    assert_eq!(ner.unmapped_labels(), vec!["DATE".to_string(), "MONEY".to_string()]);
}

#[test]
fn malformed_model_folders_give_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    make_tiny_models(dir.path());
    let bert = dir.path().join("bert");
    let err = |path: &Path| format!("{:#}", Ner::load(path, tch::Device::Cpu).err().expect("load fails"));

    // No id2label.
    let broken = dir.path().join("no-labels");
    copy_dir(&bert, &broken);
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(broken.join("config.json")).unwrap()).unwrap();
    config.as_object_mut().unwrap().remove("id2label");
    std::fs::write(broken.join("config.json"), config.to_string()).unwrap();
    assert!(err(&broken).contains("no \"id2label\""), "{}", err(&broken));

    // Weights that do not match the config.
    let wrong = dir.path().join("wrong-size");
    copy_dir(&bert, &wrong);
    std::fs::copy(dir.path().join("distilbert/model.safetensors"), wrong.join("model.safetensors")).unwrap();
    assert!(err(&wrong).contains("weights do not match"), "{}", err(&wrong));

    // Unsupported architecture.
    let other = dir.path().join("gpt2");
    copy_dir(&bert, &other);
    let text = std::fs::read_to_string(other.join("config.json")).unwrap().replace("\"bert\"", "\"gpt2\"");
    std::fs::write(other.join("config.json"), text).unwrap();
    assert!(err(&other).contains("not supported"), "{}", err(&other));

    // Missing file.
    std::fs::remove_file(other.join("tokenizer.json")).unwrap();
    assert!(err(&other).contains("tokenizer.json: missing"), "{}", err(&other));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn int8_is_refused_clearly_where_it_does_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    make_tiny_models(dir.path());
    let mut ner = Ner::load(&dir.path().join("distilbert"), tch::Device::Cpu).unwrap();
    assert!(!ner.model().supports_int8());
    let err = ner.set_precision(actorgraph::ner::Precision::Int8).unwrap_err().to_string();
    assert!(err.contains("BERT models only") && err.contains("distilbert"), "{err}");
    // fp32 still works after the refusal.
    let text = "Atambayev met Nazarbayev in Astana.";
    assert!(ner.entities(&[(text, &analyze(text))]).is_ok());
}
