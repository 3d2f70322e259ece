//! Stage 6b: Gephi-ready CSV files (UTF-8 without BOM, RFC 4180 quoting).
//!
//! Every file is written to a temporary file in its folder and renamed into place
//! only when complete, so an interrupted run never leaves a half-written file under a
//! final name (the run's staging and publishing are in `extract` and `publish`).

use crate::durable::{self, HashingWriter};
use crate::graph::{Edge, EdgeKey, Graph, Node};
use crate::manifest::FileRecord;
use crate::ner::EntityType;
use crate::pipeline::Analysis;
use crate::tokenize::CharIndex;
use anyhow::{Context, Result};
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

pub const NODES_HEADER: [&str; 5] = ["Id", "Label", "Type", "mentions", "documents"];
pub const EDGES_HEADER: [&str; 12] = [
    "Source",
    "Target",
    "Type",
    "Id",
    "Label",
    "Kind",
    "Weight",
    "first_date",
    "last_date",
    "documents",
    "plover",
    "cameo",
];
pub const EVIDENCE_HEADER: [&str; 17] = [
    "doc_id",
    "relation",
    "source",
    "target",
    "source_mention",
    "target_mention",
    "polarity",
    "sentence_start",
    "sentence_end",
    "trigger",
    "rule",
    "score",
    "sentence",
    "trigger_start",
    "trigger_end",
    "plover",
    "cameo",
];

/// A CSV file that appears under its final name only once `finish` succeeds.
pub struct AtomicCsv {
    writer: csv::Writer<BufWriter<NamedTempFile>>,
    path: PathBuf,
}

impl AtomicCsv {
    pub fn create(path: &Path, header: &[&str]) -> Result<Self> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        durable::create_dir_all(dir)?;
        let tmp = durable::temp_in(dir, &path.file_name().map_or("out".into(), |n| n.to_string_lossy()))?;
        let mut writer = csv::WriterBuilder::new().from_writer(BufWriter::new(tmp));
        writer.write_record(header).with_context(|| format!("{}: write failed", path.display()))?;
        Ok(AtomicCsv { writer, path: path.to_path_buf() })
    }

    pub fn write<I, T>(&mut self, record: I) -> Result<()>
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        self.writer.write_record(record).with_context(|| format!("{}: write failed", self.path.display()))
    }

    /// Flushes, syncs and renames the file into place.
    pub fn finish(self) -> Result<()> {
        let path = self.path;
        let buf = self.writer.into_inner().map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.error()))?;
        let tmp = buf.into_inner().map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.error()))?;
        durable::persist(tmp, &path)
    }
}

/// Writes `nodes.csv` and `edges.csv` for `graph` into `dir`.
pub fn write_graph(graph: &Graph, dir: &Path) -> Result<()> {
    let mut nodes = AtomicCsv::create(&dir.join("nodes.csv"), &NODES_HEADER)?;
    for (id, n) in &graph.nodes {
        nodes.write([id.as_str(), &n.label, n.kind.as_str(), &n.mentions.to_string(), &n.documents.to_string()])?;
    }
    let mut edges = AtomicCsv::create(&dir.join("edges.csv"), &EDGES_HEADER)?;
    for (i, (key, e)) in graph.edges.iter().enumerate() {
        let join = |s: &std::collections::BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>().join("|");
        edges.write([
            key.source.as_str(),
            &key.target,
            if key.directed { "Directed" } else { "Undirected" },
            &format!("e{}", i + 1),
            &key.relation,
            &key.relation,
            &e.weight.to_string(),
            e.first_date.as_deref().unwrap_or(""),
            e.last_date.as_deref().unwrap_or(""),
            &e.documents.to_string(),
            &join(&e.plover),
            &join(&e.cameo),
        ])?;
    }
    nodes.finish()?;
    edges.finish()
}

/// Reads back `nodes.csv` and `edges.csv` written by [`write_graph`] (for merging shards
/// and resuming). Errors name the file and line.
pub fn read_graph(dir: &Path) -> Result<Graph> {
    let mut graph = Graph::default();
    let path = dir.join("nodes.csv");
    let mut r = open_checked(&path, &NODES_HEADER)?;
    for (i, rec) in r.records().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 2);
        let rec = rec.with_context(at)?;
        let kind = EntityType::parse(&rec[2]).with_context(|| format!("{}: bad Type {:?}", at(), &rec[2]))?;
        graph.nodes.insert(
            rec[0].to_string(),
            Node {
                label: rec[1].to_string(),
                kind,
                mentions: rec[3].parse().with_context(at)?,
                documents: rec[4].parse().with_context(at)?,
            },
        );
    }
    let path = dir.join("edges.csv");
    let mut r = open_checked(&path, &EDGES_HEADER)?;
    for (i, rec) in r.records().enumerate() {
        let at = || format!("{}:{}", path.display(), i + 2);
        let rec = rec.with_context(at)?;
        let set = |s: &str| s.split('|').filter(|x| !x.is_empty()).map(String::from).collect();
        let date = |s: &str| (!s.is_empty()).then(|| s.to_string());
        let directed = match &rec[2] {
            "Directed" => true,
            "Undirected" => false,
            other => anyhow::bail!("{}: bad Type {other:?} (Directed or Undirected)", at()),
        };
        graph.edges.insert(
            EdgeKey { source: rec[0].to_string(), target: rec[1].to_string(), relation: rec[4].to_string(), directed },
            Edge {
                weight: rec[6].parse().with_context(at)?,
                first_date: date(&rec[7]),
                last_date: date(&rec[8]),
                documents: rec[9].parse().with_context(at)?,
                plover: set(&rec[10]),
                cameo: set(&rec[11]),
            },
        );
    }
    Ok(graph)
}

/// Opens an actorgraph CSV file, checking that its header is `expected`.
pub fn open_checked(path: &Path, expected: &[&str]) -> Result<csv::Reader<File>> {
    let mut r = csv::Reader::from_path(path).with_context(|| format!("{}: cannot read", path.display()))?;
    anyhow::ensure!(
        r.headers()?.iter().eq(expected.iter().copied()),
        "{}:1: header is not {} (not written by actorgraph?)",
        path.display(),
        expected.join(",")
    );
    Ok(r)
}

/// Streams `evidence.csv` rows (one per relation instance, negated ones included)
/// to an append-only file that can be checkpointed and resumed; what it has written
/// is hashed as it goes, so a checkpoint can record it without reading it back.
pub struct EvidenceWriter {
    writer: csv::Writer<HashingWriter<File>>,
    path: PathBuf,
    min_score: f32,
    rows: u64,
}

impl EvidenceWriter {
    /// Starts a new evidence file at `path` (header written).
    pub fn create(path: &Path, min_score: f32) -> Result<Self> {
        let file = HashingWriter::new(durable::create(path)?);
        let mut writer = csv::Writer::from_writer(file);
        writer.write_record(EVIDENCE_HEADER).with_context(|| format!("{}: write failed", path.display()))?;
        Ok(EvidenceWriter { writer, path: path.to_path_buf(), min_score, rows: 0 })
    }

    /// Goes on writing through `file`, positioned at the end of a checkpoint.
    pub fn resume(path: &Path, file: HashingWriter<File>, min_score: f32) -> Self {
        let writer = csv::WriterBuilder::new().has_headers(false).from_writer(file);
        EvidenceWriter { writer, path: path.to_path_buf(), min_score, rows: 0 }
    }

    /// Makes everything written so far durable; returns the length and hash to resume from.
    pub fn checkpoint(&mut self) -> Result<FileRecord> {
        self.writer.flush().with_context(|| format!("{}: write failed", self.path.display()))?;
        let file = self.writer.get_ref();
        file.get_ref().sync_data().with_context(|| format!("{}: sync failed", self.path.display()))?;
        let (bytes, sha256) = file.digest();
        Ok(FileRecord { bytes, sha256 })
    }

    /// Rows written by this writer (since it was created or resumed).
    pub fn rows(&self) -> u64 {
        self.rows
    }

    pub fn add(&mut self, a: &Analysis) -> Result<()> {
        let text = a.doc.text.as_str();
        let chars = CharIndex::new(text);
        for r in a.relations.iter().filter(|r| r.score >= self.min_score) {
            let res = &a.resolved;
            let (sm, tm) = (&res.mentions[r.source], &res.mentions[r.target]);
            let sentence = a.sentences[r.sentence].span;
            self.writer
                .write_record([
                    a.doc.id.as_str(),
                    &r.relation,
                    &res.actors[sm.actor].id,
                    &res.actors[tm.actor].id,
                    sm.span.text(text),
                    tm.span.text(text),
                    r.polarity.as_str(),
                    &chars.at(sentence.start).to_string(),
                    &chars.at(sentence.end).to_string(),
                    r.trigger.text(text),
                    &r.rule,
                    &format!("{:.3}", r.score),
                    sentence.text(text),
                    &chars.at(r.trigger.start).to_string(),
                    &chars.at(r.trigger.end).to_string(),
                    &r.plover,
                    &r.cameo,
                ])
                .with_context(|| format!("{}: write failed", self.path.display()))?;
            self.rows += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_csv_appears_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        let mut w = AtomicCsv::create(&path, &["a", "b"]).unwrap();
        w.write(["1, with comma", "say \"hi\"\nnext"]).unwrap();
        assert!(!path.exists());
        w.finish().unwrap();
        let s = std::fs::read_to_string(&path).unwrap();
        assert_eq!(s, "a,b\n\"1, with comma\",\"say \"\"hi\"\"\nnext\"\n");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left");
    }
}
