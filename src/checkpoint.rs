//! The checkpoint of an extract run, in `OUTDIR/.actorgraph-run/`.
//!
//! `state.json` (replaced atomically) names everything a resumed run needs, and how to
//! recognise it: the job's fingerprint, how many input items are done and a hash of
//! them per input, the length and hash of `evidence.csv.partial` and of
//! `skipped.csv.partial` at that point, and a graph snapshot folder with the hashes of
//! its files. Resuming checks all of it and
//! refuses, naming the difference, rather than continue from something else.

use crate::durable::FileRecord;
use crate::durable::{self, hash_file, hash_prefix, HashingWriter};
use crate::export::{read_graph, write_graph, EvidenceWriter, SKETCHES_FILE};
use crate::fingerprint::JobFingerprint;
use crate::graph::Graph;
use crate::ingest::skipped::{SkipCounts, SkipFile};
use crate::ingest::Located;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

pub const STATE_DIR: &str = ".actorgraph-run";
const STATE_FILE: &str = "state.json";
const EVIDENCE_FILE: &str = "evidence.csv.partial";
const SKIPPED_FILE: &str = "skipped.csv.partial";
/// Where the finished outputs are assembled before they are published.
const STAGING_DIR: &str = "publish";

/// Input items read from one input argument, and their hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputPrefix {
    pub items: u64,
    pub sha256: String,
}

/// A graph snapshot folder inside the state folder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    pub dir: String,
    pub nodes: FileRecord,
    pub edges: FileRecord,
    /// The edges' story and outlet sketches (`edge_sketches.csv`).
    pub sketches: FileRecord,
}

/// The checkpoint record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub run_id: String,
    pub started: String,
    /// The job; a checkpoint only resumes the same job.
    pub job: JobFingerprint,
    /// Input items (documents and errors) fully reflected in the checkpoint.
    pub items_done: u64,
    /// Per input argument: the items of `items_done` read from it, and their hash.
    pub inputs: Vec<InputPrefix>,
    pub documents: u64,
    /// Sentences and entities of those documents (absent from older checkpoints).
    #[serde(default)]
    pub sentences: u64,
    #[serde(default)]
    pub entities: u64,
    /// `evidence.csv.partial` up to the checkpoint.
    pub evidence: FileRecord,
    pub evidence_rows: u64,
    /// `skipped.csv.partial` up to the checkpoint.
    pub skipped_file: FileRecord,
    pub graph: Option<Snapshot>,
    /// Skipped input items: counts per reason and the first few (all are in the file).
    pub skipped: SkipCounts,
    /// All input is reflected: only publishing the outputs is left.
    pub complete: bool,
}

/// Why a checkpoint cannot be resumed.
#[derive(Debug, thiserror::Error)]
pub enum ResumeError {
    #[error("{}: the checkpoint belongs to a different job: {}; rerun without --resume to start over", .path.display(), .changes.join("; "))]
    DifferentJob { path: PathBuf, changes: Vec<String> },
    #[error("{}: {actual} bytes, but the checkpoint recorded {recorded}: the file was truncated; rerun without --resume to start over", .path.display())]
    Truncated { path: PathBuf, actual: u64, recorded: u64 },
    #[error("{}: contents differ from the checkpoint's record (changed or corrupted); rerun without --resume to start over", .path.display())]
    Corrupt { path: PathBuf },
    #[error("{}: the input changed since the checkpoint: {what}; rerun without --resume to start over", .path.display())]
    InputChanged { path: PathBuf, what: String },
}

/// Paths of the state folder.
pub struct Checkpoint {
    pub dir: PathBuf,
}

/// A checkpoint loaded and checked.
pub struct Resumed {
    pub state: State,
    pub graph: Graph,
    pub evidence: EvidenceWriter,
    pub skipped: SkipFile,
}

impl Checkpoint {
    pub fn new(out_dir: &Path) -> Checkpoint {
        Checkpoint { dir: out_dir.join(STATE_DIR) }
    }

    pub fn state_file(&self) -> PathBuf {
        self.dir.join(STATE_FILE)
    }

    pub fn staging(&self) -> PathBuf {
        self.dir.join(STAGING_DIR)
    }

    pub fn evidence_file(&self) -> PathBuf {
        self.dir.join(EVIDENCE_FILE)
    }

    pub fn skipped_file(&self) -> PathBuf {
        self.dir.join(SKIPPED_FILE)
    }

    /// An empty state folder with new evidence and skipped-items files.
    pub fn start(&self, min_score: f32) -> Result<(EvidenceWriter, SkipFile)> {
        durable::remove_dir_all(&self.dir)?;
        durable::create_dir_all(&self.dir)?;
        let evidence = EvidenceWriter::create(&self.evidence_file(), min_score)?;
        Ok((evidence, SkipFile::create(&self.skipped_file())?))
    }

    /// The checkpoint of `job`, checked; None when there is no checkpoint record.
    pub fn load(&self, job: &JobFingerprint, min_score: f32) -> Result<Option<Resumed>> {
        let path = self.state_file();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("{}: cannot read", path.display())),
        };
        let state: State = serde_json::from_str(&text)
            .with_context(|| format!("{}: corrupt checkpoint; rerun without --resume to start over", path.display()))?;
        let changes = job.differences(&state.job);
        if !changes.is_empty() {
            return Err(ResumeError::DifferentJob { path, changes }.into());
        }
        let graph = match &state.graph {
            Some(s) => {
                let dir = self.dir.join(&s.dir);
                for (name, want) in [("nodes.csv", &s.nodes), ("edges.csv", &s.edges), (SKETCHES_FILE, &s.sketches)] {
                    check_file(&dir.join(name), want)?;
                }
                read_graph(&dir)?
            }
            None => Graph::default(),
        };
        let path = self.evidence_file();
        let evidence = EvidenceWriter::resume(&path, reopen_at(&path, &state.evidence)?, min_score);
        let path = self.skipped_file();
        let skipped = SkipFile::resume(&path, reopen_at(&path, &state.skipped_file)?);
        Ok(Some(Resumed { state, graph, evidence, skipped }))
    }

    /// Evidence and skipped items made durable, then a new graph snapshot, then the
    /// record naming them (renamed into place): a kill at any moment leaves the
    /// previous checkpoint valid.
    pub fn save(
        &self,
        state: &mut State,
        graph: &Graph,
        evidence: &mut EvidenceWriter,
        skipped: &mut SkipFile,
    ) -> Result<()> {
        state.evidence = evidence.checkpoint()?;
        state.skipped_file = skipped.checkpoint()?;
        let name = format!("graph-{}", state.items_done);
        let dir = self.dir.join(&name);
        write_graph(graph, &dir)?;
        let record = |f: &str| -> Result<FileRecord> {
            let (bytes, sha256) = hash_file(&dir.join(f))?;
            Ok(FileRecord { bytes, sha256 })
        };
        let snapshot = Snapshot {
            dir: name,
            nodes: record("nodes.csv")?,
            edges: record("edges.csv")?,
            sketches: record(SKETCHES_FILE)?,
        };
        let previous = state.graph.replace(snapshot).map(|s| s.dir);
        durable::write_file(&self.state_file(), &serde_json::to_vec(state)?)?;
        if let Some(old) = previous.filter(|old| state.graph.as_ref().is_none_or(|s| &s.dir != old)) {
            durable::remove_dir_all(&self.dir.join(old))?;
        }
        Ok(())
    }

    /// Removes the state folder: the record first, so that a kill part-way never
    /// leaves a record naming files already gone.
    pub fn remove(&self) -> Result<()> {
        durable::remove_file(&self.state_file())?;
        durable::remove_dir_all(&self.dir)
    }
}

/// Reopens an append-only file of the checkpoint (evidence, skipped items) for
/// writing at the recorded point, after checking the bytes up to it; what was written
/// after the checkpoint is dropped (it is written again).
pub fn reopen_at(path: &Path, at: &FileRecord) -> Result<HashingWriter<File>> {
    let actual = std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?.len();
    if actual < at.bytes {
        return Err(ResumeError::Truncated { path: path.to_path_buf(), actual, recorded: at.bytes }.into());
    }
    let (len, hasher) = hash_prefix(path, Some(at.bytes))?;
    if len != at.bytes || durable::hex(hasher.clone()) != at.sha256 {
        return Err(ResumeError::Corrupt { path: path.to_path_buf() }.into());
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .with_context(|| format!("{}: cannot reopen", path.display()))?;
    file.set_len(at.bytes).with_context(|| format!("{}: cannot truncate", path.display()))?;
    file.seek(SeekFrom::End(0)).with_context(|| format!("{}: cannot seek", path.display()))?;
    Ok(HashingWriter::resume(file, hasher, at.bytes))
}

fn check_file(path: &Path, want: &FileRecord) -> Result<()> {
    let (bytes, sha256) = hash_file(path)?;
    if bytes < want.bytes {
        return Err(ResumeError::Truncated { path: path.to_path_buf(), actual: bytes, recorded: want.bytes }.into());
    }
    if bytes != want.bytes || sha256 != want.sha256 {
        return Err(ResumeError::Corrupt { path: path.to_path_buf() }.into());
    }
    Ok(())
}

/// Running hashes of the input items read from each input argument, so that a
/// resumed run can check that the items it skips are the ones the checkpoint covers.
pub struct InputHashes {
    inputs: Vec<(u64, Sha256)>,
}

impl InputHashes {
    pub fn new(n: usize) -> InputHashes {
        InputHashes { inputs: vec![(0, Sha256::new()); n] }
    }

    /// Adds an item read from input `i`: a document's fields, or a problem's line and
    /// message (not its path as typed, which may differ between runs).
    pub fn add(&mut self, i: usize, item: &Located) {
        let (n, h) = &mut self.inputs[i];
        *n += 1;
        let mut part = |bytes: &[u8]| {
            h.update((bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        match item {
            Ok((doc, _)) => {
                part(b"doc");
                for field in
                    [Some(&doc.id), Some(&doc.text), doc.date.as_ref(), doc.title.as_ref(), doc.source.as_ref()]
                {
                    part(field.map_or(b"\xff".as_slice(), |s| s.as_bytes()));
                }
            }
            Err(e) => {
                part(b"error");
                part(&e.line.unwrap_or(0).to_le_bytes());
                part(e.message.as_bytes());
            }
        }
    }

    pub fn snapshot(&self) -> Vec<InputPrefix> {
        self.inputs.iter().map(|(n, h)| InputPrefix { items: *n, sha256: durable::hex(h.clone()) }).collect()
    }

    /// Compares with the checkpoint's record, once as many items have been read;
    /// names the first input that differs.
    pub fn verify(&self, recorded: &[InputPrefix], inputs: &[PathBuf]) -> Result<(), ResumeError> {
        for ((now, then), path) in self.snapshot().iter().zip(recorded).zip(inputs) {
            if now != then {
                let what = if now.items != then.items {
                    format!(
                        "the checkpoint had read {} items from it, the same position is now {} items in",
                        then.items, now.items
                    )
                } else {
                    format!("its first {} items are not the ones the checkpoint read", then.items)
                };
                return Err(ResumeError::InputChanged { path: path.clone(), what });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{Document, Origin};

    fn doc(id: &str) -> Located {
        let d = Document { id: id.into(), text: "Text.".into(), date: None, title: None, source: None };
        Ok((d, Origin::new(Path::new("x"), Some(1))))
    }

    #[test]
    fn changed_prefix_is_named() {
        let inputs = vec![PathBuf::from("a.jsonl"), PathBuf::from("b.jsonl")];
        let mut then = InputHashes::new(2);
        then.add(0, &doc("1"));
        then.add(1, &doc("2"));
        let mut same = InputHashes::new(2);
        same.add(0, &doc("1"));
        same.add(1, &doc("2"));
        assert!(same.verify(&then.snapshot(), &inputs).is_ok());
        let mut inserted = InputHashes::new(2);
        inserted.add(0, &doc("0"));
        inserted.add(0, &doc("1"));
        let e = inserted.verify(&then.snapshot(), &inputs).unwrap_err().to_string();
        assert!(e.starts_with("a.jsonl: the input changed"), "{e}");
    }
}
