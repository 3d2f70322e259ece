//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `../shared` beside the checkout (training and gold data; CI provides it).
pub fn shared() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    assert!(dir.is_dir(), "these tests need ../shared beside the checkout ({})", dir.display());
    dir
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
