//! The training scripts compute the model's word-shape token types in Python
//! (`scripts/train_ner.py`, `shape_id`); the pipeline computes them in Rust
//! (`tokenize::word_shape`). A model trained on one and run on the other would read
//! wrong token types without any error, so the two are compared here on words of
//! every shape, in several scripts.

mod common;

use actorgraph::tokenize::word_shape;
use std::process::Command;

#[test]
fn python_shape_ids_equal_rusts() {
    let python = common::repo().join(".venv/bin/python");
    if !python.is_file() {
        assert!(std::env::var_os("CI").is_none(), "CI: {} is missing (scripts/setup.sh)", python.display());
        eprintln!("skipped: {} is missing (scripts/setup.sh makes it)", python.display());
        return;
    }
    let words = [
        "nato",
        "NATO",
        "Nato",
        "iPhone",
        "A",
        "a",
        "U.S.",
        "u.s.",
        "McDonald",
        "1996",
        "--",
        "'s",
        "##ing",
        "É",
        "éCOLE",
        "Ñandú",
        "Москва",
        "МОСКВА",
        "ß",
        "ǅ",
        "x1",
        "X1",
        "Al-Ani",
        "al-Ani",
        "",
        "İstanbul",
        "ΣΑΣ",
    ];
    let script = "import json, sys\nsys.path.insert(0, 'scripts')\nfrom train_ner import shape_id\n\
                  print(json.dumps([shape_id(w) for w in json.loads(sys.argv[1])]))";
    let out = Command::new(&python)
        .current_dir(common::repo())
        .args(["-c", script, &serde_json::to_string(&words).unwrap()])
        .output()
        .expect("run python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let python_ids: Vec<i64> = serde_json::from_slice(&out.stdout).expect("a JSON list");
    let rust_ids: Vec<i64> = words.iter().map(|w| word_shape(w)).collect();
    for ((w, p), r) in words.iter().zip(&python_ids).zip(&rust_ids) {
        assert_eq!(p, r, "shape of {w:?}: Python {p}, Rust {r}");
    }
}
