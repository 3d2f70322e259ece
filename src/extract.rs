//! The `extract` job: inputs → pipeline → nodes.csv, edges.csv, evidence.csv.

use crate::export::{write_graph, EvidenceWriter};
use crate::graph::Graph;
use crate::ingest::{read_inputs, CsvColumns, Document, InputError};
use crate::pipeline::Pipeline;
use crate::progress::Progress;
use anyhow::Result;
use std::path::{Path, PathBuf};

/// Settings of one extraction job.
pub struct ExtractJob {
    pub inputs: Vec<PathBuf>,
    pub out_dir: PathBuf,
    pub csv: CsvColumns,
    pub min_score: f32,
    /// Documents analysed together (sentences of a batch share model batches).
    pub batch_docs: usize,
    pub quiet: bool,
}

/// What happened, for the summary and the exit status.
#[derive(Debug, Default)]
pub struct Summary {
    pub documents: u64,
    pub input_errors: Vec<InputError>,
    pub nodes: usize,
    pub edges: usize,
}

impl ExtractJob {
    pub fn run(&self, pipeline: &Pipeline) -> Result<Summary> {
        let total_bytes = self.inputs.iter().map(|p| input_size(p)).sum();
        let mut progress = Progress::new(total_bytes, self.quiet);
        let mut evidence = EvidenceWriter::create(&self.out_dir.join("evidence.csv"), self.min_score)?;
        let mut graph = Graph::default();
        let mut summary = Summary::default();
        let mut batch: Vec<Document> = Vec::with_capacity(self.batch_docs);
        let mut flush = |batch: &mut Vec<Document>, progress: &mut Progress, graph: &mut Graph| -> Result<()> {
            let bytes: u64 = batch.iter().map(|d| d.text.len() as u64).sum();
            let n = batch.len() as u64;
            for a in pipeline.analyze(std::mem::take(batch))? {
                evidence.add(&a)?;
                graph.add(&a, self.min_score);
            }
            progress.advance(n, bytes);
            Ok(())
        };
        for item in read_inputs(&self.inputs, &self.csv) {
            match item {
                Ok(doc) => {
                    batch.push(doc);
                    if batch.len() >= self.batch_docs {
                        flush(&mut batch, &mut progress, &mut graph)?;
                    }
                }
                Err(e) => {
                    progress.println(&format!("actorgraph: skipped {e}"));
                    summary.input_errors.push(e);
                }
            }
        }
        flush(&mut batch, &mut progress, &mut graph)?;
        drop(flush);
        write_graph(&graph, &self.out_dir)?;
        evidence.finish()?;
        progress.finish();
        summary.documents = progress.docs();
        summary.nodes = graph.nodes.len();
        summary.edges = graph.edges.len();
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
        if !summary.input_errors.is_empty() {
            eprintln!("actorgraph: {} input item(s) skipped (listed above)", summary.input_errors.len());
        }
        Ok(summary)
    }
}

/// Bytes of input under a path (files in folders count only if `.txt`).
fn input_size(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .map(|p| if p.is_dir() || p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) { input_size(&p) } else { 0 })
                    .sum()
            })
            .unwrap_or(0)
    } else {
        std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
    }
}
