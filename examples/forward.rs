//! Times the bundled model's bare forward over the windows of a CoNLL file's articles,
//! as `bench` does for (b), without the peers: quick enough to compare two builds.
//!
//!     cargo build --release --example forward
//!     target/release/examples/forward ../shared/data/conll2003/test.txt [REPEATS] [fp32|int8]
//!
//! (defaults: 3 repeats, int8).
//!
//! To compare two versions, copy each build's binary aside and run them alternately a
//! few times on an idle machine (speed drifts by tens of percent within minutes, so
//! compare medians over interleaved runs, never two runs made minutes apart).

use actorgraph::eval::ner::{documents, read_conll};
use actorgraph::ner::{length_batches, DocInput, Ner, Precision};
use actorgraph::tokenize::Window;
use anyhow::{bail, Context, Result};
use std::time::Instant;

fn main() -> Result<()> {
    actorgraph::ner::reuse_freed_memory();
    let mut args = std::env::args().skip(1);
    let conll = std::path::PathBuf::from(args.next().context("usage: forward CONLL [REPEATS] [fp32|int8]")?);
    let repeats: usize = args.next().map_or(Ok(3), |s| s.parse()).context("REPEATS must be a number")?;
    let precision = match args.next().as_deref() {
        None | Some("int8") => Precision::Int8,
        Some("fp32") => Precision::Fp32,
        Some(other) => bail!("precision {other}: expected fp32 or int8"),
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut ner = Ner::load(&actorgraph::bundled_model_dir(), tch::Device::Cpu)?;
    ner.set_precision(precision)?;
    // As `extract` sets up our BERT on the CPU: a batch per thread, one libtorch thread each.
    tch::set_num_threads(1);
    ner.set_workers(threads);

    let docs = documents(&read_conll(&conll)?);
    let inputs: Vec<DocInput> = docs.iter().map(|(t, s)| (t.as_str(), s.as_slice())).collect();
    let mut windows: Vec<Window> = ner.windows(&inputs)?;
    windows.sort_by_key(|w| w.ids.len());
    let refs: Vec<&Window> = windows.iter().collect();
    let batches = length_batches(&refs, |w| w.ids.len());
    let tokens: usize = windows.iter().map(|w| w.ids.len()).sum();
    ner.forward(&batches[0])?; // warm-up
    println!("{} documents, {tokens} subwords, {threads} threads, {precision}", docs.len());
    for _ in 0..repeats {
        let start = Instant::now();
        ner.forward_batches(&batches)?;
        let seconds = start.elapsed().as_secs_f64();
        println!("{seconds:.2} s  {:.0} subwords/s", tokens as f64 / seconds);
    }
    Ok(())
}
