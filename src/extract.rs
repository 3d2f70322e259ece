//! The `extract` job: inputs → pipeline → nodes.csv, edges.csv, graph.gexf, evidence.csv.
//!
//! The job streams: documents are read, analysed and written a batch at a time, and
//! only the graph (nodes and edges) is kept. While it runs, `OUTDIR/.actorgraph-run/`
//! holds a checkpoint (evidence so far, a graph snapshot, how many input items are
//! done), renewed every few seconds; `--resume` continues from it after a crash or
//! kill, and the final outputs are identical to an uninterrupted run's (see
//! `checkpoint` for what is checked before resuming). One run at a time holds the
//! output folder (`lock`); the outputs are published together with `run.json`
//! (`publish`).
//!
//! Skipped input items are kept in constant memory (`ingest::skipped`): counts per
//! reason and the first few, and every one in `skipped.csv`, which is written in the
//! state folder, checkpointed and resumed like the evidence, and published with it.

use crate::aggregate::{project, projected_ids, ActorLevel};
use crate::checkpoint::{Checkpoint, InputHashes, ResumeError, Resumed, State};
use crate::durable;
use crate::export::{write_graph, EvidenceWriter};
use crate::fingerprint::{canonical_input, JobFingerprint, Settings};
use crate::gexf::write_gexf;
use crate::graph::Graph;
use crate::ingest::skipped::{SkipCounts, SkipFile, EXAMPLES};
use crate::ingest::{input_size, read_inputs_indexed, Document, Fields, InputError, ReadOptions, Reason};
use crate::lock::OutputLock;
use crate::manifest::{new_run_id, utc_now, Counts, InputRecord, Program, RunManifest, RUN_FILE};
use crate::ner::Labeler;
use crate::pipeline::Pipeline;
use crate::progress::Progress;
use crate::publish::{publish, seal};
use crate::report::write_report;
use crate::seen_ids::SeenIds;
use crate::stories::{Detector, StoryId};
use anyhow::Result;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::PathBuf;
use std::time::{Duration, Instant};

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

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}/{}", self.index + 1, self.count)
    }
}

impl Shard {
    /// Whether this shard owns the document (FNV-1a of the id: stable across runs,
    /// machines and program versions, unlike std's hasher).
    pub fn owns(&self, doc_id: &str) -> bool {
        let mut h = fnv::FnvHasher::default();
        h.write(doc_id.as_bytes());
        h.finish() % self.count == self.index
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
    /// Which fields or columns hold text, id, date, title and source.
    pub fields: Fields,
    /// Table delimiter (`--delimiter`); `None`: by extension, else sniffed.
    pub delimiter: Option<u8>,
    /// Articles with more text than this are skipped (`--max-article-bytes`; also in
    /// `settings`, so that a resume with another limit is refused).
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
    /// What besides the inputs and the shard determines the output.
    pub settings: Settings,
    /// Every option as given, for run.json.
    pub options: BTreeMap<String, String>,
    /// The level nodes are aggregated at in nodes.csv and edges.csv (`--actor-level`).
    pub actor_level: ActorLevel,
    /// Write report.html and graph.svg (not with `--no-report`).
    pub report: bool,
}

/// What happened, for the summary and the exit status.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: u64,
    /// Input items skipped (all of them, also those of an earlier, resumed process):
    /// counts per reason and the first few; all are listed in `skipped.csv`.
    pub skipped: SkipCounts,
    pub nodes: usize,
    pub edges: usize,
    /// `--resume` found the run already finished and did nothing.
    pub already_finished: bool,
}

impl ExtractJob {
    fn fingerprint(&self) -> JobFingerprint {
        JobFingerprint {
            settings: self.settings.clone(),
            inputs: self.inputs.iter().map(|p| canonical_input(p)).collect(),
            shard: self.shard.map(|s| s.to_string()),
        }
    }

    pub fn run<L: Labeler>(&self, pipeline: &Pipeline<L>) -> Result<Summary> {
        let _lock = OutputLock::acquire(&self.out_dir)?;
        let summary = self.run_locked(pipeline);
        crate::fault::report();
        summary
    }

    fn run_locked<L: Labeler>(&self, pipeline: &Pipeline<L>) -> Result<Summary> {
        let job = self.fingerprint();
        let checkpoint = Checkpoint::new(&self.out_dir);
        let resumed = if self.resume { checkpoint.load(&job, self.min_score)? } else { None };
        if self.resume && resumed.is_none() {
            if let Some(summary) = self.finished_already(&job, &checkpoint)? {
                return Ok(summary);
            }
            if !self.quiet {
                eprintln!("actorgraph: nothing to resume in {}; starting from the beginning", self.out_dir.display());
            }
        }
        let started_at = Instant::now();
        let Resumed { mut state, mut graph, mut evidence, mut skipped } = match resumed {
            Some(r) => {
                if !self.quiet {
                    eprintln!(
                        "actorgraph: resuming after {} input items ({} documents)",
                        r.state.items_done, r.state.documents
                    );
                }
                r
            }
            None => {
                let (evidence, skipped) = checkpoint.start(self.min_score)?;
                let state = State {
                    run_id: new_run_id(&self.out_dir),
                    started: utc_now(),
                    job,
                    items_done: 0,
                    inputs: InputHashes::new(self.inputs.len()).snapshot(),
                    documents: 0,
                    sentences: 0,
                    entities: 0,
                    evidence: Default::default(),
                    evidence_rows: 0,
                    skipped_file: Default::default(),
                    graph: None,
                    skipped: SkipCounts::default(),
                    complete: false,
                };
                Resumed { state, graph: Graph::default(), evidence, skipped }
            }
        };
        if !state.complete {
            self.read_all(pipeline, &checkpoint, &mut state, &mut graph, &mut evidence, &mut skipped)?;
        }
        let evidence_rows = state.evidence_rows;
        // Complete and durable: finish publishes them under other names.
        drop(evidence);
        drop(skipped);
        // Counted as written: linking and `--actor-level` change the numbers.
        let written = self.output_graph(&graph);
        self.finish(&checkpoint, &state, &graph, &written)?;

        let summary = Summary {
            documents: state.documents,
            skipped: state.skipped,
            nodes: written.nodes.len(),
            edges: written.edges.len(),
            already_finished: false,
        };
        if !self.quiet {
            eprintln!(
                "actorgraph: {} documents in {:.1}s: {} nodes, {} edges, {} evidence rows written to {}",
                summary.documents,
                started_at.elapsed().as_secs_f64(),
                summary.nodes,
                summary.edges,
                evidence_rows,
                self.out_dir.display()
            );
        }
        self.print_skipped(&summary.skipped);
        Ok(summary)
    }

    /// With `--resume` and no checkpoint: a finished run of this job is left as it is.
    fn finished_already(&self, job: &JobFingerprint, checkpoint: &Checkpoint) -> Result<Option<Summary>> {
        let Some(m) = RunManifest::read(&self.out_dir)? else { return Ok(None) };
        let done = JobFingerprint {
            settings: m.settings.clone(),
            inputs: m.inputs.iter().map(|i| i.path.clone()).collect(),
            shard: m.shard.clone(),
        };
        let changes = job.differences(&done);
        if m.kind != "extract" || !changes.is_empty() {
            // Outputs of another job mix with nothing: this run replaces them when it
            // publishes (a kill before its first checkpoint leaves only them behind).
            if !self.quiet {
                let why = if changes.is_empty() { format!("a {} output", m.kind) } else { changes.join("; ") };
                eprintln!(
                    "actorgraph: {} records another job ({why}); its outputs will be replaced",
                    self.out_dir.join(RUN_FILE).display()
                );
            }
            return Ok(None);
        }
        m.verify(&self.out_dir)?;
        // A kill while the state folder was being removed leaves part of it behind.
        checkpoint.remove()?;
        if !self.quiet {
            eprintln!(
                "actorgraph: {} already holds this finished run (run.json, {}); nothing to do",
                self.out_dir.display(),
                m.finished
            );
        }
        Ok(Some(Summary {
            documents: m.counts.documents_read,
            skipped: m.counts.skipped,
            nodes: m.counts.nodes as usize,
            edges: m.counts.edges as usize,
            already_finished: true,
        }))
    }

    /// Reads the inputs from the checkpoint on, analyses them and checkpoints as it
    /// goes; ends with a checkpoint marked complete.
    fn read_all(
        &self,
        pipeline: &Pipeline<impl Labeler>,
        checkpoint: &Checkpoint,
        state: &mut State,
        graph: &mut Graph,
        evidence: &mut EvidenceWriter,
        skipped: &mut SkipFile,
    ) -> Result<()> {
        let options = self.read_options();
        let total_bytes = self.inputs.iter().map(|p| input_size(p, &options.skip_folders)).sum();
        let mut progress = Progress::new(total_bytes, self.quiet);
        progress.resume_at(state.documents);
        let mut batch: Vec<(Document, StoryId)> = Vec::with_capacity(self.batch_docs);
        let mut batch_bytes = 0;
        let mut consumed = 0u64;
        let mut last_checkpoint = Instant::now();
        let skip = state.items_done;
        let mut ids = SeenIds::default();
        let mut stories = Detector::default();
        let mut hashes = InputHashes::new(self.inputs.len());
        for (input, item) in read_inputs_indexed(&self.inputs, &options) {
            hashes.add(input, &item);
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
            // Likewise every document's story, whoever owns it and whether or not a
            // resumed run skips it: stories then match a single run's (`stories`).
            let item = item.map(|doc| {
                let story = stories.assign(&doc.id, &doc.text);
                (doc, story)
            });
            if consumed <= skip {
                if let Ok((doc, _)) = &item {
                    progress.skip_bytes(doc.text.len() as u64);
                }
                if consumed == skip {
                    hashes.verify(&state.inputs, &self.inputs)?;
                }
                continue;
            }
            match item {
                Ok((doc, story)) if self.shard.is_none_or(|s| s.owns(&doc.id)) => {
                    batch_bytes += doc.text.len();
                    batch.push((doc, story))
                }
                Ok(_) => {}
                Err(e) => self.report(state, &progress, skipped, e)?,
            }
            if batch.len() >= self.batch_docs || batch_bytes >= BATCH_BYTES {
                self.process(pipeline, &mut batch, graph, evidence, &mut progress, state)?;
                batch_bytes = 0;
                if last_checkpoint.elapsed() >= self.checkpoint_every {
                    state.items_done = consumed;
                    state.inputs = hashes.snapshot();
                    checkpoint.save(state, graph, evidence, skipped)?;
                    last_checkpoint = Instant::now();
                }
            }
        }
        if consumed < skip {
            let path = self.inputs.last().cloned().unwrap_or_default();
            let what = format!("the inputs now hold {consumed} items, the checkpoint had read {skip}");
            return Err(ResumeError::InputChanged { path, what }.into());
        }
        self.process(pipeline, &mut batch, graph, evidence, &mut progress, state)?;
        state.items_done = consumed;
        state.inputs = hashes.snapshot();
        state.complete = true;
        checkpoint.save(state, graph, evidence, skipped)?;
        progress.finish();
        Ok(())
    }

    /// How to read the inputs. Folder walks do not enter the output folder (it exists
    /// by now, holding the lock, so it has a canonical path): its CSV files are no input.
    fn read_options(&self) -> ReadOptions {
        ReadOptions {
            fields: self.fields.clone(),
            delimiter: self.delimiter,
            max_article_bytes: self.max_article_bytes,
            skip_folders: self.out_dir.canonicalize().into_iter().collect(),
        }
    }

    /// Stages the outputs of a complete checkpoint, publishes them with run.json, and
    /// removes the checkpoint. Every step can be repeated: a resumed run whose
    /// checkpoint is complete comes straight here.
    /// Publishes `written` (the [`Self::output_graph`] of `graph`) with the evidence
    /// and skipped rows and the report, unless this run is published already.
    fn finish(&self, checkpoint: &Checkpoint, state: &State, graph: &Graph, written: &Graph) -> Result<()> {
        let published = RunManifest::read(&self.out_dir).ok().flatten().is_some_and(|m| m.run_id == state.run_id);
        if !published {
            let staging = checkpoint.staging();
            durable::remove_dir_all(&staging)?;
            durable::create_dir_all(&staging)?;
            write_graph(written, &staging)?;
            write_gexf(written, &staging.join("graph.gexf"))?;
            durable::link_or_copy(&checkpoint.evidence_file(), &staging.join("evidence.csv"))?;
            durable::link_or_copy(&checkpoint.skipped_file(), &staging.join("skipped.csv"))?;
            let mut manifest = self.manifest(state, written);
            if self.report {
                // Evidence keeps document-level ids; a shard's graph keeps them too.
                let ids =
                    if self.shard.is_some() { Default::default() } else { projected_ids(graph, self.actor_level) };
                write_report(&staging, written, &ids, &manifest.counts)?;
            }
            seal(&staging, &mut manifest)?;
            publish(&staging, &self.out_dir)?;
        }
        checkpoint.remove()
    }

    /// The graph as published: a shard's is the graph as aggregated, which `merge`
    /// needs to link surnames and aggregate over the whole corpus as a single run
    /// would; any other run's is linked and at its `--actor-level` ([`project`]).
    fn output_graph(&self, graph: &Graph) -> Graph {
        match self.shard {
            Some(_) => graph.clone(),
            None => project(graph, self.actor_level),
        }
    }

    fn manifest(&self, state: &State, graph: &Graph) -> RunManifest {
        let skip_folders = self.read_options().skip_folders;
        let inputs = self
            .inputs
            .iter()
            .zip(&state.job.inputs)
            .zip(&state.inputs)
            .map(|((p, canonical), prefix)| InputRecord {
                path: canonical.clone(),
                bytes: input_size(p, &skip_folders),
                items: prefix.items,
                items_sha256: prefix.sha256.clone(),
            })
            .collect();
        RunManifest {
            kind: "extract".into(),
            program: Program::current(),
            run_id: state.run_id.clone(),
            covers: vec![state.run_id.clone()],
            settings: state.job.settings.clone(),
            shard: state.job.shard.clone(),
            options: self.options.clone(),
            inputs,
            counts: Counts {
                documents_read: state.documents,
                skipped: state.skipped.clone(),
                nodes: graph.nodes.len() as u64,
                edges: graph.edges.len() as u64,
                evidence_rows: state.evidence_rows,
                sentences: state.sentences,
                entities: state.entities,
            },
            started: state.started.clone(),
            finished: utc_now(),
            outputs: BTreeMap::new(),
            sources: Vec::new(),
        }
    }

    /// The end-of-run account of skipped items: per reason, the first few, the file
    /// (even with `--quiet`: the exit status says only that something was skipped).
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
    /// are printed as they happen (the summary repeats them), however many there are.
    fn report(&self, state: &mut State, progress: &Progress, file: &mut SkipFile, e: InputError) -> Result<()> {
        if state.skipped.add(&e) {
            progress.println(&format!("actorgraph: skipped {e}"));
        } else if state.skipped.total == EXAMPLES as u64 + 1 {
            let all = self.out_dir.join("skipped.csv");
            progress.println(&format!("actorgraph: more items skipped; not shown, all listed in {}", all.display()));
        }
        file.add(&e)
    }

    fn process(
        &self,
        pipeline: &Pipeline<impl Labeler>,
        batch: &mut Vec<(Document, StoryId)>,
        graph: &mut Graph,
        evidence: &mut EvidenceWriter,
        progress: &mut Progress,
        state: &mut State,
    ) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let bytes: u64 = batch.iter().map(|(d, _)| d.text.len() as u64).sum();
        let n = batch.len() as u64;
        let rows = evidence.rows();
        let (docs, stories): (Vec<Document>, Vec<StoryId>) = std::mem::take(batch).into_iter().unzip();
        // analyze returns the documents in order.
        for (a, story) in pipeline.analyze(docs)?.into_iter().zip(&stories) {
            state.sentences += a.sentences.len() as u64;
            state.entities += a.entities.len() as u64;
            evidence.add(&a, story)?;
            graph.add(&a, story, self.min_score);
        }
        state.evidence_rows += evidence.rows() - rows;
        state.documents += n;
        progress.advance(n, bytes);
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

    #[test]
    fn shard_of_a_document_never_changes() {
        // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c: shards written by any version
        // of the program own the same documents.
        let index = 0xaf63dc4c8601ec8c_u64 % 7;
        assert!(Shard { index, count: 7 }.owns("a"));
    }
}
