//! `merge`: combines the outputs of several runs (shards) into one.
//!
//! Nodes and edges are summed exactly as a single run aggregates them (weights and
//! document counts added, dates widened, node labels chosen independently of order),
//! so merging the N shards of a corpus gives the single run's nodes.csv and edges.csv.
//! Evidence rows are concatenated in the order of the folders given.

use crate::export::{open_checked, read_graph, write_graph, AtomicCsv, EVIDENCE_HEADER};
use crate::graph::Graph;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

pub fn merge(dirs: &[PathBuf], out: &Path) -> Result<()> {
    let mut graph = Graph::default();
    let mut evidence = AtomicCsv::create(&out.join("evidence.csv"), &EVIDENCE_HEADER)?;
    for dir in dirs {
        graph.merge(read_graph(dir)?);
        let path = dir.join("evidence.csv");
        let mut r = open_checked(&path, &EVIDENCE_HEADER)?;
        for (i, rec) in r.byte_records().enumerate() {
            evidence.write(&rec.with_context(|| format!("{}:{}", path.display(), i + 2))?)?;
        }
    }
    write_graph(&graph, out)?;
    evidence.finish()
}
