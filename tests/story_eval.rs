//! The story detector on a corpus of real Reuters articles (CoNLL-2003) and edited
//! copies of them, made by `scripts/story_corpus.py`: precision and recall of
//! duplicate pairs stay above the floors the README reports against.

mod common;

use common::{actorgraph, repo};
use std::process::Command;

/// Floors for precision and recall of duplicate pairs (the target).
const FLOOR: f64 = 0.95;

fn figure(out: &str, name: &str) -> f64 {
    out.lines()
        .find_map(|l| l.strip_prefix(name).and_then(|v| v.trim().parse().ok()))
        .unwrap_or_else(|| panic!("no {name:?} line in:\n{out}"))
}

#[test]
fn detector_meets_the_floors_on_the_corpus() {
    let corpus = repo().join("tests/data/stories.jsonl");
    let run = actorgraph(&["eval", "stories", corpus.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{out}\n{}", String::from_utf8_lossy(&run.stderr));
    let (p, r) = (figure(&out, "precision "), figure(&out, "recall "));
    assert!(p >= FLOOR && r >= FLOOR, "precision {p}, recall {r} (floor {FLOOR}):\n{out}");
    assert!(figure(&out, "us_per_doc ") > 0.0, "{out}");
}

/// The committed corpus is what the script makes (fixed seed), so the figures can be
/// reproduced from the CoNLL data.
#[test]
fn corpus_is_reproducible_from_the_script() {
    let conll = repo().join("../shared/data/conll2003");
    let python = repo().join(".venv/bin/python");
    if !conll.is_dir() || !python.exists() {
        eprintln!("skipped: needs {} and {}", conll.display(), python.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("stories.jsonl");
    let run = Command::new(&python)
        .arg(repo().join("scripts/story_corpus.py"))
        .args(["--conll", conll.to_str().unwrap(), "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let made = std::fs::read(&out).unwrap();
    assert!(made == std::fs::read(repo().join("tests/data/stories.jsonl")).unwrap(), "the script makes another corpus");
}
