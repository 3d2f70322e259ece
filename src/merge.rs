//! `merge`: combines the outputs of several runs (shards) into one.
//!
//! Nodes and edges are summed exactly as a single run aggregates them (weights and
//! document counts added, evidence dates joined, node labels chosen from the summed
//! counts of their forms), so merging the N shards of a corpus gives the single run's
//! nodes.csv, edges.csv and graph.gexf.
//!
//! Stories need no unifying between shards: every shard runs the story detector over
//! the whole input in input order (see [`crate::stories`]), so each evidence row
//! already names the story a single run would name, and each edge's story and outlet
//! sketches (`edge_sketches.csv`) are unioned, so a story supported in two shards
//! counts once. Runs over different inputs (not shards) are merged as they are: a
//! story copied into both inputs keeps one id per run and counts once per run.
//!
//! Evidence rows are concatenated shard by shard (in the order of the folders given
//! when the sources are not shards). So are the rows of `skipped.csv`, except that
//! shards of one job all read (and skip) the whole input: their problems are taken
//! once, from shard 1, as are their counts.
//!
//! Before anything is written, the sources are checked so that no document is counted
//! twice or under different settings: every source must be a finished run whose
//! outputs match its run.json, no folder or run may appear twice (a merge's run.json
//! lists the runs it covers), settings must agree, and shards must be the complete set
//! 1..N of one job.

use crate::aggregate::{project, projected_ids, ActorLevel};
use crate::checkpoint::STATE_DIR;
use crate::durable;
use crate::export::{open_checked, read_graph, write_graph, AtomicCsv, EVIDENCE_HEADER};
use crate::fingerprint::canonical_input;
use crate::gexf::write_gexf;
use crate::graph::Graph;
use crate::ingest::skipped::SKIPPED_HEADER;
use crate::lock::{is_locked, OutputLock};
use crate::manifest::{new_run_id, utc_now, Counts, Program, RunManifest, Source};
use crate::publish::{publish, seal};
use crate::report::write_report;
use anyhow::{Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Staging folder of a merge inside its output folder.
const STAGING_DIR: &str = ".actorgraph-merge";

/// Why sources cannot be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{}: given twice (the same folder as {})", .0.display(), .1.display())]
    SameFolder(PathBuf, PathBuf),
    #[error("{}: is also the output folder; merge into another folder", .0.display())]
    SourceIsOutput(PathBuf),
    #[error("{}: unfinished run ({STATE_DIR} is still there); finish it with extract --resume first", .0.display())]
    Unfinished(PathBuf),
    #[error("{}: a run is still writing to it", .0.display())]
    Running(PathBuf),
    #[error("{} and {} both contain run {}: its documents would be counted twice", .0.display(), .1.display(), .2)]
    SameRun(PathBuf, PathBuf, String),
    #[error("{} and {} were made from the same inputs without shards: their documents would be counted twice", .0.display(), .1.display())]
    SameInputs(PathBuf, PathBuf),
    #[error("{}: settings differ from {}'s: {}", .0.display(), .1.display(), .2.join("; "))]
    Settings(PathBuf, PathBuf, Vec<String>),
    #[error("{}: is shard {} but {} is {}; merge shards of one job only", .0.display(), .1, .2.display(), .3)]
    MixedShards(PathBuf, String, PathBuf, String),
    #[error("{}: inputs differ from {}'s (other files, or their contents changed between the runs): shards of one job read the same inputs", .0.display(), .1.display())]
    ShardInputs(PathBuf, PathBuf),
    #[error("{} and {} are both shard {}", .0.display(), .1.display(), .2)]
    RepeatedShard(PathBuf, PathBuf, String),
    #[error("shard(s) {} of {} missing", .0.join(", "), .1)]
    MissingShards(Vec<String>, u64),
}

/// A checked source.
struct Run {
    dir: PathBuf,
    manifest: RunManifest,
    /// (K, N) when a shard.
    shard: Option<(u64, u64)>,
}

pub fn merge(dirs: &[PathBuf], out: &Path) -> Result<()> {
    merge_at(dirs, out, ActorLevel::Name)
}

/// [`merge`], writing nodes and edges at `level`: names are linked and nodes
/// aggregated over the merged graph, as a single run over the whole corpus does.
pub fn merge_at(dirs: &[PathBuf], out: &Path, level: ActorLevel) -> Result<()> {
    merge_with(dirs, out, level, true)
}

/// [`merge_at`], writing report.html and graph.svg when `report` is set.
pub fn merge_with(dirs: &[PathBuf], out: &Path, level: ActorLevel, report: bool) -> Result<()> {
    let _lock = OutputLock::acquire(out)?;
    let merged = merge_locked(dirs, out, level, report);
    crate::fault::report();
    merged
}

fn merge_locked(dirs: &[PathBuf], out: &Path, level: ActorLevel, report: bool) -> Result<()> {
    let runs = check_sources(dirs, out)?;
    let staging = out.join(STAGING_DIR);
    durable::remove_dir_all(&staging)?;
    durable::create_dir_all(&staging)?;

    let mut graph = Graph::default();
    let mut evidence = AtomicCsv::create(&staging.join("evidence.csv"), &EVIDENCE_HEADER)?;
    let mut skipped = AtomicCsv::create(&staging.join("skipped.csv"), &SKIPPED_HEADER)?;
    let mut counts = Counts::default();
    for (i, run) in runs.iter().enumerate() {
        graph.merge(read_graph(&run.dir)?);
        copy_rows(&run.dir.join("evidence.csv"), &EVIDENCE_HEADER, &mut evidence)?;
        let c = &run.manifest.counts;
        counts.documents_read += c.documents_read;
        counts.evidence_rows += c.evidence_rows;
        counts.sentences += c.sentences;
        counts.entities += c.entities;
        // Every shard reads (and skips) the whole input: its problems count once.
        if run.shard.is_none() || i == 0 {
            copy_rows(&run.dir.join("skipped.csv"), &SKIPPED_HEADER, &mut skipped)?;
            counts.skipped.merge(&c.skipped);
        }
    }
    evidence.finish()?;
    skipped.finish()?;
    let merged = graph;
    let graph = project(&merged, level);
    write_graph(&graph, &staging)?;
    write_gexf(&graph, &staging.join("graph.gexf"))?;
    counts.nodes = graph.nodes.len() as u64;
    counts.edges = graph.edges.len() as u64;
    if report {
        write_report(&staging, &graph, &projected_ids(&merged, level), &counts)?;
    }

    let first = &runs[0].manifest;
    let sharded = runs[0].shard.is_some();
    let mut manifest = RunManifest {
        kind: "merge".into(),
        program: Program::current(),
        run_id: new_run_id(out),
        covers: runs.iter().flat_map(|r| r.manifest.covers.iter().cloned()).collect(),
        settings: first.settings.clone(),
        shard: None,
        options: BTreeMap::new(),
        inputs: if sharded {
            first.inputs.clone()
        } else {
            runs.iter().flat_map(|r| r.manifest.inputs.clone()).collect()
        },
        counts,
        started: utc_now(),
        finished: String::new(),
        outputs: BTreeMap::new(),
        sources: runs
            .iter()
            .map(|r| Source {
                dir: r.dir.display().to_string(),
                run_id: r.manifest.run_id.clone(),
                shard: r.manifest.shard.clone(),
            })
            .collect(),
    };
    manifest.finished = utc_now();
    seal(&staging, &mut manifest)?;
    publish(&staging, out)?;
    durable::remove_dir_all(&staging)
}

/// Reads and checks the sources; shards come back in shard order.
fn check_sources(dirs: &[PathBuf], out: &Path) -> Result<Vec<Run>> {
    let out_canonical = canonical_input(out);
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut runs = Vec::new();
    for dir in dirs {
        let canonical = canonical_input(dir);
        if canonical == out_canonical {
            return Err(MergeError::SourceIsOutput(dir.clone()).into());
        }
        if let Some(first) = seen.insert(canonical, dir.clone()) {
            return Err(MergeError::SameFolder(dir.clone(), first).into());
        }
        anyhow::ensure!(dir.is_dir(), "{}: no such folder", dir.display());
        if dir.join(STATE_DIR).exists() {
            return Err(MergeError::Unfinished(dir.clone()).into());
        }
        if is_locked(dir) {
            return Err(MergeError::Running(dir.clone()).into());
        }
        let manifest = RunManifest::read_verified(dir)?;
        let shard = manifest.shard.as_deref().map(parse_shard).transpose()?;
        runs.push(Run { dir: dir.clone(), manifest, shard });
    }

    let mut covered: BTreeMap<&str, &Path> = BTreeMap::new();
    for run in &runs {
        for id in &run.manifest.covers {
            if let Some(other) = covered.insert(id, &run.dir) {
                return Err(MergeError::SameRun(other.to_path_buf(), run.dir.clone(), id.clone()).into());
            }
        }
    }
    let first = &runs[0];
    for run in &runs[1..] {
        let changes = run.manifest.settings.differences(&first.manifest.settings);
        if !changes.is_empty() {
            return Err(MergeError::Settings(run.dir.clone(), first.dir.clone(), changes).into());
        }
    }
    check_shards(&runs)?;
    runs.sort_by_key(|r| r.shard.map_or(0, |(k, _)| k));
    Ok(runs)
}

fn check_shards(runs: &[Run]) -> Result<(), MergeError> {
    let first = &runs[0];
    let name = |r: &Run| r.manifest.shard.clone().unwrap_or_else(|| "not a shard".into());
    let Some((_, n)) = first.shard else {
        for (i, a) in runs.iter().enumerate() {
            if a.shard.is_some() {
                return Err(MergeError::MixedShards(a.dir.clone(), name(a), first.dir.clone(), name(first)));
            }
            for b in &runs[..i] {
                if a.manifest.inputs == b.manifest.inputs {
                    return Err(MergeError::SameInputs(b.dir.clone(), a.dir.clone()));
                }
            }
        }
        return Ok(());
    };
    let mut indexes: BTreeMap<u64, &Path> = BTreeMap::new();
    for run in runs {
        match run.shard {
            Some((k, count)) if count == n => {
                if let Some(other) = indexes.insert(k, &run.dir) {
                    return Err(MergeError::RepeatedShard(other.to_path_buf(), run.dir.clone(), name(run)));
                }
            }
            _ => return Err(MergeError::MixedShards(run.dir.clone(), name(run), first.dir.clone(), name(first))),
        }
        if run.manifest.inputs != first.manifest.inputs {
            return Err(MergeError::ShardInputs(run.dir.clone(), first.dir.clone()));
        }
    }
    let present: BTreeSet<u64> = indexes.keys().copied().collect();
    let missing: Vec<String> = (1..=n).filter(|k| !present.contains(k)).map(|k| k.to_string()).collect();
    if !missing.is_empty() {
        return Err(MergeError::MissingShards(missing, n));
    }
    Ok(())
}

/// Appends the rows of an actorgraph CSV file (checked against run.json) as they are.
fn copy_rows(path: &Path, header: &[&str], to: &mut AtomicCsv) -> Result<()> {
    let mut r = open_checked(path, header)?;
    for (i, rec) in r.byte_records().enumerate() {
        to.write(&rec.with_context(|| format!("{}:{}", path.display(), i + 2))?)?;
    }
    Ok(())
}

/// `K/N` as run.json records it.
fn parse_shard(s: &str) -> Result<(u64, u64)> {
    let shard: crate::extract::Shard = s.parse().map_err(|e| anyhow::anyhow!("shard {s:?} in run.json: {e}"))?;
    Ok((shard.index + 1, shard.count))
}
