//! The `extract` job: inputs → pipeline → nodes.csv, edges.csv, evidence.csv.
//!
//! The job streams: documents are read, analysed and written a batch at a time, and
//! only the graph (nodes and edges) is kept. While it runs, `OUTDIR/.actorgraph-run/`
//! holds a checkpoint (evidence so far, a graph snapshot, how many input items are
//! done), renewed every few seconds; `--resume` continues from it after a crash or
//! kill, and the final outputs are identical to an uninterrupted run's.

use crate::export::{read_graph, write_graph, EvidenceWriter};
use crate::graph::Graph;
use crate::ingest::skipped::{SkipCounts, SkipFile, EXAMPLES};
use crate::ingest::{input_size, read_inputs_located, CsvColumns, Document, InputError, ReadOptions, Reason};
use crate::pipeline::Pipeline;
use crate::progress::Progress;
use crate::seen_ids::SeenIds;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const STATE_DIR: &str = ".actorgraph-run";

/// `--shard K/N`: this run processes the documents whose id hashes to K-1 modulo N.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 3/8")?;
        let (k, n): (u64, u64) =
            (k.trim().parse().map_err(|_| "K is not a number")?, n.trim().parse().map_err(|_| "N is not a number")?);
        if n == 0 || k == 0 || k > n {
            return Err(format!("shard {k}/{n}: need 1 <= K <= N"));
        }
        Ok(Shard { index: k - 1, count: n })
    }
}

impl Shard {
    /// Whether this shard owns the document (FNV-1a of the id: stable across runs and machines).
    pub fn owns(&self, doc_id: &str) -> bool {
        let mut h: u64 = 0xcbf29ce484222325;
        for b in doc_id.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
        h % self.count == self.index
    }
}

/// Documents analysed together by default. Large enough that a batch makes dozens of
/// model batches, so the model's workers finish together: with 64 documents (about a
/// dozen model batches) one worker often ran the last model batch alone.
pub const DEFAULT_BATCH_DOCS: usize = 256;

/// A batch of documents is also cut at this much text, so long articles do not pile up.
const BATCH_BYTES: usize = 1 << 20;

/// Settings of one extraction job.
pub struct ExtractJob {
    pub inputs: Vec<PathBuf>,
    pub out_dir: PathBuf,
    pub csv: CsvColumns,
    /// Articles with more text than this are skipped (`--max-article-bytes`).
    pub max_article_bytes: u64,
    pub min_score: f32,
    /// Documents analysed together (sentences of a batch share model batches), at most;
    /// a batch is also cut at 1 MB of text.
    pub batch_docs: usize,
    pub shard: Option<Shard>,
    /// Continue from the checkpoint in the output folder, if there is one.
    pub resume: bool,
    pub checkpoint_every: Duration,
    pub quiet: bool,
}

/// What happened, for the summary and the exit status.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: u64,
    /// Input items skipped (counts per reason, first examples; all in `skipped.csv`).
    pub skipped: SkipCounts,
    pub nodes: usize,
    pub edges: usize,
}

/// The checkpoint record (`state.json`), replaced atomically.
#[derive(Debug, Serialize, Deserialize)]
struct State {
    /// The job's settings; a checkpoint only resumes the same job.
    job: String,
    /// Input items (documents and errors) fully reflected in the checkpoint.
    items_done: u64,
    documents: u64,
    evidence_len: u64,
    /// Folder of the graph snapshot, inside the state folder.
    graph: Option<String>,
    #[serde(default)]
    skipped: SkipCounts,
    /// Length of `skipped.csv.partial` at the checkpoint (0: none written yet).
    #[serde(default)]
    skipped_len: u64,
}

impl ExtractJob {
    fn fingerprint(&self) -> String {
        format!(
            "inputs={:?} csv={:?}/{:?}/{:?} min_score={} shard={:?} max_article_bytes={}",
            self.inputs, self.csv.text, self.csv.id, self.csv.date, self.min_score, self.shard, self.max_article_bytes
        )
    }

    pub fn run(&self, pipeline: &Pipeline) -> Result<Summary> {
        let state_dir = self.out_dir.join(STATE_DIR);
        let state_file = state_dir.join("state.json");
        let evidence_path = state_dir.join("evidence.csv.partial");
        let skipped_path = state_dir.join("skipped.csv.partial");
        let (mut state, mut graph, mut evidence) = match self.load_checkpoint(&state_file)? {
            Some(state) => {
                let graph = match &state.graph {
                    Some(g) => read_graph(&state_dir.join(g))?,
                    None => Graph::default(),
                };
                let evidence = EvidenceWriter::resume(&evidence_path, state.evidence_len, self.min_score)?;
                if !self.quiet {
                    eprintln!(
                        "actorgraph: resuming after {} input items ({} documents)",
                        state.items_done, state.documents
                    );
                }
                (state, graph, evidence)
            }
            None => {
                if state_dir.exists() {
                    std::fs::remove_dir_all(&state_dir)
                        .with_context(|| format!("{}: cannot clear", state_dir.display()))?;
                }
                std::fs::create_dir_all(&state_dir)
                    .with_context(|| format!("{}: cannot create", state_dir.display()))?;
                let evidence = EvidenceWriter::create(&evidence_path, self.min_score)?;
                let state = State {
                    job: self.fingerprint(),
                    items_done: 0,
                    documents: 0,
                    evidence_len: 0,
                    graph: None,
                    skipped: SkipCounts::default(),
                    skipped_len: 0,
                };
                (state, Graph::default(), evidence)
            }
        };
        let mut skipped = match state.skipped_len {
            0 => SkipFile::create(&skipped_path)?,
            len => SkipFile::resume(&skipped_path, len)?,
        };

        let total_bytes = self.inputs.iter().map(|p| input_size(p)).sum();
        let mut progress = Progress::new(total_bytes, self.quiet);
        let mut batch: Vec<Document> = Vec::with_capacity(self.batch_docs);
        let mut batch_bytes = 0;
        let mut consumed = 0u64;
        let mut last_checkpoint = Instant::now();
        let skip = state.items_done;
        let mut ids = SeenIds::default();
        // The output folder exists by now (the state folder is in it), so it has a canonical path.
        let skip_folders = self.out_dir.canonicalize().into_iter().collect();
        let options = ReadOptions { csv: self.csv.clone(), max_article_bytes: self.max_article_bytes, skip_folders };
        for item in read_inputs_located(&self.inputs, &options) {
            consumed += 1;
            // Every document id is checked, including those of the items a resumed run
            // skips and those other shards own: each run and each shard then reports
            // (and skips) the same duplicates an uninterrupted single run would.
            let item = match item {
                Ok((doc, origin)) if !ids.first_time(&doc.id) => {
                    Err(origin.error(Reason::DuplicateId, format!("duplicate id {:?} (skipped)", doc.id)))
                }
                Ok((doc, _)) => Ok(doc),
                Err(e) => Err(e),
            };
            if consumed <= skip {
                continue;
            }
            match item {
                Ok(doc) if self.shard.is_none_or(|s| s.owns(&doc.id)) => {
                    batch_bytes += doc.text.len();
                    batch.push(doc)
                }
                Ok(_) => {}
                Err(e) => self.report(&mut state, &progress, &mut skipped, e)?,
            }
            if batch.len() >= self.batch_docs || batch_bytes >= BATCH_BYTES {
                self.process(pipeline, &mut batch, &mut graph, &mut evidence, &mut progress, &mut state)?;
                batch_bytes = 0;
                if last_checkpoint.elapsed() >= self.checkpoint_every {
                    state.items_done = consumed;
                    state.skipped_len = skipped.checkpoint()?;
                    self.checkpoint(&state_dir, &state_file, &mut state, &graph, &mut evidence)?;
                    last_checkpoint = Instant::now();
                }
            }
        }
        self.process(pipeline, &mut batch, &mut graph, &mut evidence, &mut progress, &mut state)?;

        write_graph(&graph, &self.out_dir)?;
        evidence.finish(&self.out_dir.join("evidence.csv"))?;
        skipped.finish(&self.out_dir.join("skipped.csv"))?;
        std::fs::remove_dir_all(&state_dir).with_context(|| format!("{}: cannot remove", state_dir.display()))?;
        progress.finish();

        let summary = Summary {
            documents: state.documents,
            skipped: state.skipped,
            nodes: graph.nodes.len(),
            edges: graph.edges.len(),
        };
        if !self.quiet {
            eprintln!(
                "actorgraph: {} documents in {:.1}s: {} nodes, {} edges written to {}",
                summary.documents,
                progress.elapsed().as_secs_f64(),
                summary.nodes,
                summary.edges,
                self.out_dir.display()
            );
        }
        self.print_skipped(&summary.skipped);
        Ok(summary)
    }

    /// The end-of-run account of skipped items: per reason, the first few, the file.
    fn print_skipped(&self, skipped: &SkipCounts) {
        if skipped.total == 0 {
            return;
        }
        eprintln!("actorgraph: {} input item(s) skipped, by reason:", skipped.total);
        skipped.by_reason_lines().iter().for_each(|l| eprintln!("{l}"));
        eprintln!("actorgraph: the first {}:", skipped.examples.len());
        skipped.examples.iter().for_each(|e| eprintln!("  {e}"));
        eprintln!("actorgraph: all are listed in {}", self.out_dir.join("skipped.csv").display());
    }

    /// Counts a problem and writes it to the skipped-items file; only the first few
    /// are printed (the summary repeats them), however many there are.
    fn report(&self, state: &mut State, progress: &Progress, file: &mut SkipFile, e: InputError) -> Result<()> {
        if state.skipped.add(&e) {
            progress.println(&format!("actorgraph: skipped {e}"));
        } else if state.skipped.total == EXAMPLES as u64 + 1 {
            let all = self.out_dir.join("skipped.csv");
            progress.println(&format!("actorgraph: more items skipped; not shown, all listed in {}", all.display()));
        }
        file.add(&e)?;
        Ok(())
    }

    fn process(
        &self,
        pipeline: &Pipeline,
        batch: &mut Vec<Document>,
        graph: &mut Graph,
        evidence: &mut EvidenceWriter,
        progress: &mut Progress,
        state: &mut State,
    ) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let bytes: u64 = batch.iter().map(|d| d.text.len() as u64).sum();
        let n = batch.len() as u64;
        for a in pipeline.analyze(std::mem::take(batch))? {
            evidence.add(&a)?;
            graph.add(&a, self.min_score);
        }
        state.documents += n;
        progress.advance(n, bytes);
        Ok(())
    }

    fn load_checkpoint(&self, state_file: &Path) -> Result<Option<State>> {
        if !self.resume || !state_file.is_file() {
            if self.resume && !self.quiet {
                eprintln!("actorgraph: nothing to resume in {}; starting from the beginning", self.out_dir.display());
            }
            return Ok(None);
        }
        let text =
            std::fs::read_to_string(state_file).with_context(|| format!("{}: cannot read", state_file.display()))?;
        let state: State =
            serde_json::from_str(&text).with_context(|| format!("{}: corrupt checkpoint", state_file.display()))?;
        if state.job != self.fingerprint() {
            bail!(
                "{}: the checkpoint belongs to a different job ({}); rerun without --resume to start over",
                state_file.display(),
                state.job
            );
        }
        Ok(Some(state))
    }

    /// Evidence made durable, then a new graph snapshot, then the record naming both
    /// (renamed into place): a kill at any moment leaves the previous checkpoint valid.
    fn checkpoint(
        &self,
        state_dir: &Path,
        state_file: &Path,
        state: &mut State,
        graph: &Graph,
        evidence: &mut EvidenceWriter,
    ) -> Result<()> {
        state.evidence_len = evidence.checkpoint()?;
        let name = format!("graph-{}", state.items_done);
        write_graph(graph, &state_dir.join(&name))?;
        let previous = state.graph.replace(name);
        let mut tmp = tempfile::NamedTempFile::new_in(state_dir)?;
        serde_json::to_writer(&mut tmp, state)?;
        tmp.as_file().sync_all()?;
        tmp.persist(state_file).with_context(|| format!("{}: cannot write", state_file.display()))?;
        if let Some(old) = previous.filter(|old| Some(old) != state.graph.as_ref()) {
            let _ = std::fs::remove_dir_all(state_dir.join(old));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Shard;

    #[test]
    fn shards_partition_documents() {
        let shards: Vec<Shard> = (1..=4).map(|k| format!("{k}/4").parse().unwrap()).collect();
        for i in 0..1000 {
            let id = format!("doc-{i}");
            assert_eq!(shards.iter().filter(|s| s.owns(&id)).count(), 1);
        }
        let owned = (0..1000).filter(|i| shards[0].owns(&format!("doc-{i}"))).count();
        assert!((150..350).contains(&owned), "roughly a quarter: {owned}");
        assert!("0/4".parse::<Shard>().is_err());
        assert!("5/4".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }
}
