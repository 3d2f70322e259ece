//! `run.json`: the record of a finished run, published last.
//!
//! Its presence means the output folder holds one complete, consistent set of outputs:
//! it lists each output file's size and SHA-256, so readers (and `merge`) can check that
//! nodes.csv, edges.csv, graph.gexf, evidence.csv and skipped.csv are the ones this run wrote. It also records
//! what determined them (program version, settings with content hashes, inputs, shard)
//! and what happened (counts, start and end time).

use crate::durable::{hash_file, FileRecord};
use crate::fingerprint::Settings;
use crate::ingest::skipped::SkipCounts;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const RUN_FILE: &str = "run.json";
/// The outputs a run.json vouches for, in publishing order.
/// `edge_sketches.csv` lets merge and resume add up the distinct stories and
/// outlets of edges (see [`crate::export::SKETCHES_FILE`]).
pub const OUTPUTS: [&str; 6] =
    ["nodes.csv", "edges.csv", "edge_sketches.csv", "graph.gexf", "evidence.csv", "skipped.csv"];
/// Outputs a run may leave out (`--no-report`): listed, checked and published when
/// written, and a stale copy removed when not. The report's files ([`crate::report`]).
pub const OPTIONAL_OUTPUTS: [&str; 2] = ["graph.svg", "report.html"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub name: String,
    pub version: String,
}

impl Program {
    pub fn current() -> Program {
        Program { name: env!("CARGO_PKG_NAME").into(), version: env!("CARGO_PKG_VERSION").into() }
    }
}

/// One input argument as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputRecord {
    /// Canonical path.
    pub path: String,
    /// Bytes on disk (a folder: the files it reads) when the run ended.
    pub bytes: u64,
    /// Input items (documents and skipped problems) read from it.
    pub items: u64,
    /// SHA-256 of those items as read (ids, texts, dates, problems), in order.
    pub items_sha256: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub documents_read: u64,
    /// Skipped input items: total, by reason, and the first few (all in skipped.csv).
    pub skipped: SkipCounts,
    pub nodes: u64,
    pub edges: u64,
    pub evidence_rows: u64,
    /// Sentences and entities (NER spans) of the documents read (0 in a run.json
    /// written before they were counted).
    #[serde(default)]
    pub sentences: u64,
    #[serde(default)]
    pub entities: u64,
}

/// A run that `merge` combined.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub dir: String,
    pub run_id: String,
    pub shard: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunManifest {
    /// `extract` or `merge`.
    pub kind: String,
    pub program: Program,
    /// Unique to this run.
    pub run_id: String,
    /// The extract runs whose documents these outputs count: this run's id, or for a
    /// merge every source's (so a run merged twice is recognised).
    pub covers: Vec<String>,
    pub settings: Settings,
    /// `K/N`, when sharded.
    pub shard: Option<String>,
    /// All options as given (including those that do not change the output).
    pub options: BTreeMap<String, String>,
    pub inputs: Vec<InputRecord>,
    pub counts: Counts,
    pub started: String,
    pub finished: String,
    pub outputs: BTreeMap<String, FileRecord>,
    /// For a merge: what it combined, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// Why a folder's outputs cannot be trusted.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error("{}: missing: not a finished actorgraph run (interrupted, still running, or written by an older version)", .0.display())]
    Missing(std::path::PathBuf),
    #[error("{}: {} does not match run.json ({}): the outputs were changed or only partly replaced", .0.display(), .1, .2)]
    Mismatch(std::path::PathBuf, String, String),
}

impl RunManifest {
    /// Records the size and hash of each output in `dir` (the optional ones there).
    pub fn record_outputs(&mut self, dir: &Path) -> Result<()> {
        let optional = OPTIONAL_OUTPUTS.into_iter().filter(|n| dir.join(n).exists());
        for name in OUTPUTS.into_iter().chain(optional) {
            let (bytes, sha256) = hash_file(&dir.join(name))?;
            self.outputs.insert(name.into(), FileRecord { bytes, sha256 });
        }
        Ok(())
    }

    pub fn to_json(&self) -> Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(self)?;
        v.push(b'\n');
        Ok(v)
    }

    /// Reads `dir/run.json`, or None when there is none.
    pub fn read(dir: &Path) -> Result<Option<RunManifest>> {
        let path = dir.join(RUN_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
        };
        let m = serde_json::from_str(&text).with_context(|| format!("{}: not a valid run record", path.display()))?;
        Ok(Some(m))
    }

    /// Reads `dir/run.json` and checks that the outputs beside it are the ones it lists.
    pub fn read_verified(dir: &Path) -> Result<RunManifest> {
        let m = Self::read(dir)?.ok_or_else(|| ManifestError::Missing(dir.join(RUN_FILE)))?;
        m.verify(dir)?;
        Ok(m)
    }

    /// Checks the outputs in `dir` against this record (the optional ones it lists).
    pub fn verify(&self, dir: &Path) -> Result<()> {
        let optional = OPTIONAL_OUTPUTS.into_iter().filter(|n| self.outputs.contains_key(*n));
        for name in OUTPUTS.into_iter().chain(optional) {
            let path = dir.join(name);
            let want = self
                .outputs
                .get(name)
                .ok_or_else(|| ManifestError::Mismatch(path.clone(), name.into(), "not listed".into()))?;
            let got = match hash_file(&path) {
                Ok((bytes, sha256)) => FileRecord { bytes, sha256 },
                Err(_) => return Err(ManifestError::Mismatch(path, name.into(), "file missing".into()).into()),
            };
            if &got != want {
                let what = format!("{} bytes, listed {}", got.bytes, want.bytes);
                return Err(ManifestError::Mismatch(path, name.into(), what).into());
            }
        }
        Ok(())
    }
}

impl RunManifest {
    /// The machine-readable summary `--json` prints: counts, skipped items by reason
    /// and the paths of the outputs in `dir`, with the exit status the run ends with.
    pub fn summary(&self, dir: &Path, exit_status: u8) -> serde_json::Value {
        let c = &self.counts;
        let path = |name: &str| dir.join(name).display().to_string();
        let mut outputs: BTreeMap<&str, String> = self.outputs.keys().map(|n| (n.as_str(), path(n))).collect();
        outputs.insert(RUN_FILE, path(RUN_FILE));
        serde_json::json!({
            "command": self.kind,
            "run_id": self.run_id,
            "exit_status": exit_status,
            "output_dir": dir.display().to_string(),
            "counts": {
                "documents": c.documents_read,
                "sentences": c.sentences,
                "entities": c.entities,
                "nodes": c.nodes,
                "edges": c.edges,
                "evidence_rows": c.evidence_rows,
                "skipped": c.skipped.total,
            },
            "skipped": {
                "total": c.skipped.total,
                "by_reason": c.skipped.by_reason,
                "first": c.skipped.examples,
            },
            "outputs": outputs,
        })
    }
}

/// A new run id: time, process and a counter, hashed (unique across the shards of a job).
pub fn new_run_id(out_dir: &Path) -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let seed = format!("{nanos} {} {}", std::process::id(), crate::fingerprint::canonical_input(out_dir));
    crate::durable::sha256(seed.as_bytes())[..20].to_string()
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    utc(secs)
}

fn utc(secs: u64) -> String {
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::utc;

    #[test]
    fn utc_dates() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc(1_764_604_278), "2025-12-01T15:51:18Z");
    }
}
