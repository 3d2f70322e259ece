//! `bench`: model cost against BERT-base- and BERT-large-shaped peers.
//!
//! Part of the binary, not the library: it runs the project's Python peers
//! (`scripts/bench_peer.py` in `.venv`, found from the working directory, or given by
//! `--python`), which a library user has no business depending on.
//!
//! All models run through the same code path (`Ner::forward`) over the same batches
//! of the same real text in one process, so the ratios compare networks, not set-ups.

use actorgraph::eval::ner::{documents, read_conll};
use actorgraph::ner::{length_batches, DocInput, Model, Ner, Precision};
use actorgraph::tokenize::Window;
use anyhow::{Context, Result};
use std::path::Path;
use std::time::Instant;

/// Tokens/s of one model over the benchmark batches.
#[derive(Debug, Clone)]
pub struct Rate {
    pub name: String,
    pub tokens: u64,
    pub seconds: f64,
}

impl Rate {
    pub fn tokens_per_second(&self) -> f64 {
        self.tokens as f64 / self.seconds.max(1e-9)
    }
}

/// The windows of a CoNLL file's documents, as the bundled model reads them.
fn corpus_windows(ner: &Ner, conll: &Path) -> Result<Vec<Window>> {
    let docs = documents(&read_conll(conll)?);
    let inputs: Vec<DocInput> = docs.iter().map(|(t, s)| (t.as_str(), s.as_slice())).collect();
    Ok(ner.windows(&inputs)?)
}

/// Times `ner` over `batches` (after one warm-up batch); counts real (unpadded) tokens.
pub fn time_model(name: &str, ner: &Ner, batches: &[Vec<&Window>]) -> Result<Rate> {
    if let Some(first) = batches.first() {
        ner.forward(first)?;
    }
    let start = Instant::now();
    ner.forward_batches(batches)?;
    let tokens = batches.iter().flatten().map(|w| w.ids.len() as u64).sum();
    Ok(Rate { name: name.to_string(), tokens, seconds: start.elapsed().as_secs_f64() })
}

/// Runs the model-cost benchmark and prints the rates and ratios.
/// `max_tokens` bounds the text used (the large peer is slow on a laptop-class CPU).
pub fn model_cost(bundled: &Ner, conll: &Path, max_tokens: usize) -> Result<Vec<Rate>> {
    let mut windows = corpus_windows(bundled, conll)?;
    // A fixed, evenly spread sample of the corpus, sorted by length as the pipeline batches it.
    let total: usize = windows.iter().map(|w| w.ids.len()).sum();
    let step = total.div_ceil(max_tokens.max(1)).max(1);
    windows = windows.into_iter().step_by(step).collect();
    windows.sort_by_key(|w| w.ids.len());
    let refs: Vec<&Window> = windows.iter().collect();
    let batches = length_batches(&refs, |w| w.ids.len());

    let base = Ner::from_model(Model::random_bert(bundled.model(), 12, 768, 12)?);
    let large = Ner::from_model(Model::random_bert(bundled.model(), 24, 1024, 16)?);
    Ok(vec![
        time_model("bundled (MiniLM-L6-H384)", bundled, &batches)?,
        time_model("BERT-base shape (12x768, random)", &base, &batches)?,
        time_model("BERT-large shape (24x1024, random)", &large, &batches)?,
    ])
}

/// Documents/s and tokens/s of one way of processing the benchmark articles.
#[derive(Debug, Clone)]
pub struct Throughput {
    pub name: String,
    pub documents: u64,
    pub tokens: Option<u64>,
    pub seconds: f64,
}

impl Throughput {
    fn new(name: &str, documents: u64, tokens: Option<u64>, seconds: f64) -> Throughput {
        Throughput { name: name.to_string(), documents, tokens, seconds }
    }

    pub fn docs_per_second(&self) -> f64 {
        self.documents as f64 / self.seconds.max(1e-9)
    }
}

/// What `scripts/bench_peer.py` measured over the same articles and batches.
#[derive(Debug, Clone)]
pub struct PeerRates {
    /// (c) `pipeline("token-classification", aggregation_strategy="simple")`.
    pub pipeline: Throughput,
    /// (d) transformers' BERT forward with eager attention, fp32.
    pub eager: Throughput,
    /// (e) the same with fused sdpa attention, fp32.
    pub sdpa: Throughput,
    /// (f) the sdpa forward with the same linear layers dynamically quantized to int8.
    pub int8: Throughput,
}

/// The throughput part of `bench`.
#[derive(Debug, Clone)]
pub struct ThroughputReport {
    pub threads: usize,
    pub precision: Precision,
    /// Rounds of every measurement; each rate is the median over them.
    pub rounds: usize,
    /// (a) `extract` end to end.
    pub end_to_end: Throughput,
    /// (a0) the same without the parse stage, when the model parses.
    pub without_parse: Option<Throughput>,
    /// Thread seconds spent in `relate` during (a), median over rounds.
    pub relate_seconds: f64,
    /// Thread seconds spent in `resolve` (with metonymy) during (a), median over rounds.
    pub resolve_seconds: f64,
    /// (b) our forward alone over the same windows, at the run's precision.
    pub forward: Throughput,
    /// Our fp32 forward over the same batches, when (b) is not fp32.
    pub forward_fp32: Option<Throughput>,
    pub peer: Option<PeerRates>,
}

/// (a) actorgraph end to end, (b) the bare model forward over the same windows, and,
/// if the project's Python is present, the peers of `scripts/bench_peer.py`.
///
/// Every measurement runs once per round, the rounds one after another, and each rate
/// is the median over the rounds: on a shared machine the speed drifts by tens of
/// percent within minutes, and interleaving puts every measurement under the same drift.
pub fn throughput(
    pipeline: &mut actorgraph::pipeline::Pipeline,
    model_dir: &Path,
    conll: &Path,
    threads: usize,
    rounds: usize,
    python: Option<&Path>,
) -> Result<ThroughputReport> {
    let rounds = rounds.max(1);
    let parses = pipeline.syntax;
    let docs = actorgraph::eval::ner::articles(&read_conll(conll)?);
    let n = docs.len() as u64;
    let work = tempfile::tempdir()?;

    // (b) the forward alone, over exactly the windows the pipeline builds.
    let sentences: Vec<Vec<actorgraph::tokenize::Sentence>> =
        docs.iter().map(|d| actorgraph::tokenize::analyze(&d.text)).collect();
    let inputs: Vec<DocInput> = docs.iter().zip(&sentences).map(|(d, s)| (d.text.as_str(), s.as_slice())).collect();
    let ner = &pipeline.ner;
    let mut windows: Vec<Window> = ner.windows(&inputs)?;
    windows.sort_by_key(|w| w.ids.len());
    let refs: Vec<&Window> = windows.iter().collect();
    let batches = length_batches(&refs, |w| w.ids.len());
    let tokens: u64 = windows.iter().map(|w| w.ids.len() as u64).sum();
    let precision = ner.model().precision();
    let fp32 = match precision {
        Precision::Fp32 => None,
        _ => {
            let mut fp32 = Ner::load(model_dir, ner.model().device)?;
            fp32.set_workers(ner.model().workers());
            Some(fp32)
        }
    };
    // The same batches for PyTorch's forward in the peer script.
    let batch_file = work.path().join("batches.json");
    let as_json: Vec<Vec<serde_json::Value>> = batches
        .iter()
        .map(|b| b.iter().map(|w| serde_json::json!({"ids": w.ids, "types": w.types})).collect())
        .collect();
    std::fs::write(&batch_file, serde_json::to_string(&as_json)?)?;
    // (a) end to end: read, analyse, aggregate, write, as `extract` does.
    let input = work.path().join("articles.jsonl");
    let mut jsonl = String::new();
    for d in &docs {
        jsonl.push_str(&serde_json::json!({"id": d.id, "text": d.text}).to_string());
        jsonl.push('\n');
    }
    std::fs::write(&input, jsonl)?;

    let mut seconds: std::collections::BTreeMap<&str, Vec<f64>> = Default::default();
    let mut peer_documents = 0;
    let settings = actorgraph::fingerprint::Settings {
        model: actorgraph::fingerprint::Settings::model_content(&model_dir.display().to_string())?,
        rules: actorgraph::fingerprint::Settings::rules_content(None)?,
        aliases: None,
        actors: None,
        precision: ner.model().precision().to_string(),
        device: "cpu".into(),
        parse: pipeline.syntax,
        min_score: 0.0,
        max_article_bytes: actorgraph::ingest::DEFAULT_MAX_ARTICLE_BYTES,
        csv: actorgraph::fingerprint::CsvSettings::default(),
    };
    for round in 0..rounds {
        seconds.entry("forward").or_default().push(time_model("forward", ner, &batches)?.seconds);
        if let Some(fp32) = &fp32 {
            seconds.entry("forward_fp32").or_default().push(time_model("forward fp32", fp32, &batches)?.seconds);
        }
        let job = |name: &str| actorgraph::extract::ExtractJob {
            inputs: vec![input.clone()],
            out_dir: work.path().join(format!("{name}-{round}")),
            fields: Default::default(),
            delimiter: None,
            max_article_bytes: actorgraph::ingest::DEFAULT_MAX_ARTICLE_BYTES,
            min_score: 0.0,
            batch_docs: actorgraph::extract::DEFAULT_BATCH_DOCS,
            shard: None,
            resume: false,
            checkpoint_every: std::time::Duration::from_secs(30),
            quiet: true,
            settings: settings.clone(),
            options: Default::default(),
            actor_level: Default::default(),
            report: true,
        };
        pipeline.relate_time.reset();
        pipeline.resolve_time.reset();
        let start = Instant::now();
        job("out").run(pipeline)?;
        seconds.entry("end_to_end").or_default().push(start.elapsed().as_secs_f64());
        seconds.entry("relate").or_default().push(pipeline.relate_time.seconds());
        seconds.entry("resolve").or_default().push(pipeline.resolve_time.seconds());
        if parses {
            pipeline.syntax = false;
            let start = Instant::now();
            let result = job("no-parse").run(pipeline);
            pipeline.syntax = true;
            result?;
            seconds.entry("without_parse").or_default().push(start.elapsed().as_secs_f64());
        }
        if let Some(python) = python {
            let v = run_peer(python, &input, model_dir, threads, &batch_file)?;
            peer_documents = v["documents"].as_u64().unwrap_or(0);
            for key in ["seconds", "forward_seconds_eager", "forward_seconds_sdpa", "forward_seconds_int8"] {
                seconds.entry(key).or_default().push(v[key].as_f64().unwrap_or(f64::NAN));
            }
        }
    }
    let median = |key: &str| seconds.get(key).map(|v| median(v));
    let rate = |name: &str, key: &str| median(key).map(|s| Throughput::new(name, n, Some(tokens), s));
    Ok(ThroughputReport {
        threads,
        precision,
        rounds,
        end_to_end: rate("(a) actorgraph extract, end to end", "end_to_end").expect("timed"),
        without_parse: rate("(a0) the same without the parse stage", "without_parse"),
        relate_seconds: median("relate").unwrap_or(0.0),
        resolve_seconds: median("resolve").unwrap_or(0.0),
        forward: rate(&format!("(b) our forward ({precision}), same windows"), "forward").expect("timed"),
        forward_fp32: rate("(b32) our forward (fp32)", "forward_fp32"),
        peer: median("seconds").map(|s| PeerRates {
            pipeline: Throughput::new("(c) transformers pipeline (fp32)", peer_documents, None, s),
            eager: rate("(d) PyTorch forward, eager, fp32", "forward_seconds_eager").expect("timed"),
            sdpa: rate("(e) PyTorch forward, sdpa, fp32", "forward_seconds_sdpa").expect("timed"),
            int8: rate("(f) PyTorch forward, sdpa, dynamic int8", "forward_seconds_int8").expect("timed"),
        }),
    })
}

/// One run of `scripts/bench_peer.py` in the project's venv; its JSON result.
fn run_peer(
    python: &Path,
    articles: &Path,
    model_dir: &Path,
    threads: usize,
    batches: &Path,
) -> Result<serde_json::Value> {
    let script = Path::new("scripts/bench_peer.py");
    anyhow::ensure!(script.is_file(), "{}: not found (run bench from the repository root)", script.display());
    let run = std::process::Command::new(python)
        .arg(script)
        .args(["--articles", &articles.display().to_string(), "--model", &model_dir.display().to_string()])
        .args(["--threads", &threads.to_string()])
        .args(["--forward-batches", &batches.display().to_string()])
        .env("TOKENIZERS_PARALLELISM", "false")
        .output()?;
    anyhow::ensure!(run.status.success(), "bench_peer.py failed: {}", String::from_utf8_lossy(&run.stderr));
    serde_json::from_slice(&run.stdout).context("bench_peer.py output")
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    }
}

impl std::fmt::Display for ThroughputReport {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let mut rows = vec![&self.end_to_end];
        rows.extend(&self.without_parse);
        rows.push(&self.forward);
        rows.extend(&self.forward_fp32);
        if let Some(p) = &self.peer {
            rows.extend([&p.pipeline, &p.eager, &p.sdpa, &p.int8]);
        }
        for r in rows {
            let tokens = r.tokens.map_or(String::new(), |t| format!("{:>8.0} tokens/s", t as f64 / r.seconds));
            writeln!(
                f,
                "  {:<42} {:>7.1} docs/s {tokens}  ({} docs, {:.2}s)",
                r.name,
                r.docs_per_second(),
                r.documents,
                r.seconds
            )?;
        }
        writeln!(f, "  (medians of {} interleaved rounds)", self.rounds)?;
        let ratio = |a: &Throughput, b: &Throughput| a.docs_per_second() / b.docs_per_second();
        writeln!(
            f,
            "  (a)/(b) = {:.2} (end to end relative to the bare forward)",
            ratio(&self.end_to_end, &self.forward)
        )?;
        // relate runs on the pipeline's threads, so its thread time is set against
        // the run's wall time on all of them.
        writeln!(
            f,
            "  relate: {:.3} thread-seconds = {:.1}% of (a)'s {:.2} s on {} threads",
            self.relate_seconds,
            100.0 * self.relate_seconds / (self.end_to_end.seconds * self.threads as f64),
            self.end_to_end.seconds,
            self.threads
        )?;
        writeln!(
            f,
            "  resolve: {:.3} thread-seconds = {:.1}% of (a)'s {:.2} s on {} threads",
            self.resolve_seconds,
            100.0 * self.resolve_seconds / (self.end_to_end.seconds * self.threads as f64),
            self.end_to_end.seconds,
            self.threads
        )?;
        if let Some(a0) = &self.without_parse {
            writeln!(
                f,
                "  (a)/(a0) = {:.2} (documents per second kept with the parse stage)",
                ratio(&self.end_to_end, a0)
            )?;
        }
        let Some(p) = &self.peer else { return Ok(()) };
        writeln!(
            f,
            "  (a)/(c) = {:.2} (actorgraph relative to the transformers pipeline)",
            ratio(&self.end_to_end, &p.pipeline)
        )?;
        let fp32 = self.forward_fp32.as_ref().unwrap_or(&self.forward);
        writeln!(
            f,
            "  fp32 forward: ours/(d) = {:.2}, ours/(e) = {:.2} (relative to PyTorch eager, sdpa)",
            ratio(fp32, &p.eager),
            ratio(fp32, &p.sdpa)
        )?;
        if self.precision == Precision::Int8 {
            writeln!(
                f,
                "  int8 forward: (b)/(f) = {:.2} (relative to PyTorch dynamic int8)",
                ratio(&self.forward, &p.int8)
            )?;
        }
        Ok(())
    }
}
