//! The training scripts compute in Python what the pipeline computes in Rust: the
//! word-shape token types (`shape_id` in `scripts/train_ner.py`, `tokenize::word_shape`)
//! and the windows a document is read in (`runtime_windows`,
//! `SubwordTokenizer::windows`). A model trained on one and run on the other would
//! read wrong inputs without any error, so the two are compared here.

mod common;

use actorgraph::tokenize::{word_shape, SubwordTokenizer, WordPieces};
use std::path::PathBuf;
use std::process::Command;

/// The project's Python (`scripts/setup.sh` makes it), or `None` after saying the test
/// is skipped; in CI its absence fails the test.
fn python() -> Option<PathBuf> {
    let python = common::repo().join(".venv/bin/python");
    if !python.is_file() {
        assert!(std::env::var_os("CI").is_none(), "CI: {} is missing (scripts/setup.sh)", python.display());
        eprintln!("skipped: {} is missing (scripts/setup.sh makes it)", python.display());
        return None;
    }
    Some(python)
}

#[test]
fn python_shape_ids_equal_rusts() {
    let Some(python) = python() else { return };
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
    let rust_ids: Vec<i64> = words.iter().map(|w| word_shape(w).token_type()).collect();
    for ((w, p), r) in words.iter().zip(&python_ids).zip(&rust_ids) {
        assert_eq!(p, r, "shape of {w:?}: Python {p}, Rust {r}");
    }
}

/// The training script evaluates with the windows the pipeline reads at run time
/// (`runtime_windows` in `scripts/train_ner.py`, `SubwordTokenizer::windows` here): if
/// they cut differently, the F1 recorded beside a model is not the F1 of the program.
/// Both cut the same documents (piece counts per word: short words, long words, a
/// word longer than the window, words without pieces) at several window sizes.
#[test]
fn python_windows_equal_rusts() {
    let Some(python) = python() else { return };
    // A fixed pseudo-random document: piece counts 0..=4 with a few long words.
    let mut state: u64 = 7;
    let mut doc: Vec<usize> = (0..300)
        .map(|_| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            match (state >> 33) % 20 {
                0 => 0,
                1 => 9,
                k => (k % 4) as usize + 1,
            }
        })
        .collect();
    doc[150] = 200; // longer than any window below
    let docs: Vec<Vec<usize>> = vec![doc.clone(), doc[..5].to_vec(), vec![1; 40], vec![]];
    let sizes = [8usize, 16, 64, 128];

    let script = "import json, sys\nsys.path.insert(0, 'scripts')\nfrom train_ner import runtime_windows\n\
                  class Doc:\n    def __init__(self, counts): self.pieces = [[0] * c for c in counts]\n\
                  docs, sizes = json.loads(sys.argv[1]), json.loads(sys.argv[2])\n\
                  print(json.dumps([[[[w.start, w.stop, c.start, c.stop] for w, c in runtime_windows(Doc(d), m)] \
                  for m in sizes] for d in docs]))";
    let out = Command::new(&python)
        .current_dir(common::repo())
        .args(["-c", script, &serde_json::to_string(&docs).unwrap(), &serde_json::to_string(&sizes).unwrap()])
        .output()
        .expect("run python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let python_cuts: Vec<Vec<Vec<[usize; 4]>>> = serde_json::from_slice(&out.stdout).expect("JSON windows");

    let tokenizer_json = common::repo().join("models/minilm-ner-parse/tokenizer.json");
    for (d, counts) in docs.iter().enumerate() {
        let mut pieces = WordPieces::default();
        for &c in counts {
            let start = pieces.ids.len();
            pieces.ids.extend(std::iter::repeat_n(100, c));
            pieces.shapes.extend(std::iter::repeat_n(0, c));
            pieces.words.push(start..start + c);
        }
        for (k, &max_len) in sizes.iter().enumerate() {
            let tokenizer = SubwordTokenizer::from_file(&tokenizer_json, max_len).expect("bundled tokenizer");
            let rust: Vec<[usize; 4]> = tokenizer
                .windows(&pieces)
                .iter()
                .map(|w| [w.words.start, w.words.end, w.core.start, w.core.end])
                .collect();
            assert_eq!(rust, python_cuts[d][k], "document {d}, window {max_len}");
        }
    }
}
