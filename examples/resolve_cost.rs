//! What actor resolution costs: the actor dictionaries' memory, resolve's share of
//! the pipeline's thread time over a CoNLL file's articles (as `bench` builds them),
//! and the time to write the graph at each `--actor-level`.
//!
//!     cargo build --release --example resolve_cost
//!     target/release/examples/resolve_cost ../shared/data/conll2003/test.txt [THREADS]
//!
//! (default: 1 thread, int8 where the CPU has it, the bundled model).

use actorgraph::actors::ActorDictionary;
use actorgraph::aggregate::{project, ActorLevel};
use actorgraph::graph::Graph;
use actorgraph::ner::{Ner, Precision};
use actorgraph::pipeline::Pipeline;
use actorgraph::relate::RuleSet;
use actorgraph::resolve::Resolver;
use anyhow::{Context, Result};
use std::time::Instant;

/// Resident memory of this process, in bytes (Linux).
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

fn main() -> Result<()> {
    actorgraph::ner::reuse_freed_memory();
    let mut args = std::env::args().skip(1);
    let conll = std::path::PathBuf::from(args.next().context("usage: resolve_cost CONLL [THREADS]")?);
    let threads: usize = args.next().map_or(Ok(1), |s| s.parse()).context("THREADS must be a number")?;
    rayon::ThreadPoolBuilder::new().num_threads(threads).build_global()?;

    let before = rss();
    let start = Instant::now();
    let dict = ActorDictionary::builtin();
    let (names, roles, codes) = dict.sizes();
    println!(
        "actor dictionaries: {names} names, {roles} role phrases, {codes} distinct codes; parsed in {:.3} s; RSS +{:.1} MiB",
        start.elapsed().as_secs_f64(),
        (rss() - before) as f64 / (1 << 20) as f64
    );

    let mut ner = Ner::load(&actorgraph::bundled_model_dir(), tch::Device::Cpu)?;
    ner.set_precision(if std::arch::is_x86_feature_detected!("avx2") { Precision::Int8 } else { Precision::Fp32 })?;
    tch::set_num_threads(1);
    ner.set_workers(threads);
    let syntax = ner.parses();
    let pipeline = Pipeline {
        ner,
        resolver: Resolver::with_actors(None, dict),
        rules: RuleSet::builtin(),
        syntax,
        relate_time: Default::default(),
        resolve_time: Default::default(),
    };
    let docs = actorgraph::eval::ner::articles(&actorgraph::eval::ner::read_conll(&conll)?);
    let n = docs.len();
    let mut graph = Graph::default();
    let start = Instant::now();
    for batch in docs.chunks(256) {
        for a in pipeline.analyze(batch.to_vec())? {
            graph.add(&a, &actorgraph::stories::StoryId::new(&a.doc.id), 0.0);
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let resolve = pipeline.resolve_time.seconds();
    println!(
        "{n} documents in {wall:.2} s on {threads} thread(s): resolve {resolve:.3} thread-s = {:.2}% of the pipeline's thread time (relate {:.2}%)",
        100.0 * resolve / (wall * threads as f64),
        100.0 * pipeline.relate_time.seconds() / (wall * threads as f64),
    );
    for level in [ActorLevel::Name, ActorLevel::Code, ActorLevel::Country] {
        let start = Instant::now();
        let g = project(&graph, level);
        println!(
            "  --actor-level {}: {} nodes, {} edges (from {} / {}) in {:.4} s",
            level.as_str(),
            g.nodes.len(),
            g.edges.len(),
            graph.nodes.len(),
            graph.edges.len(),
            start.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
