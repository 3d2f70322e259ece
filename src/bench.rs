//! `bench`: model cost against BERT-base- and BERT-large-shaped peers.
//!
//! All models run through the same code path (`Ner::forward`) over the same batches
//! of the same real text in one process, so the ratios compare networks, not set-ups.

use crate::eval::ner::read_conll;
use crate::ner::{length_batches, Model, Ner};
use crate::tokenize::{Span, Window};
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

/// Sentence windows of a CoNLL file, as the bundled model's tokenizer cuts them.
fn corpus_windows(ner: &Ner, conll: &Path) -> Result<Vec<Window>> {
    let gold = read_conll(conll)?;
    let texts: Vec<(String, Vec<Span>)> = gold.iter().map(|s| s.layout()).collect();
    let inputs: Vec<_> = texts.iter().map(|(t, w)| crate::ner::SentenceWords { text: t, words: w }).collect();
    Ok(ner.windows(&inputs)?.into_iter().flatten().collect())
}

/// Times `ner` over `batches` (after one warm-up batch); counts real (unpadded) tokens.
pub fn time_model(name: &str, ner: &Ner, batches: &[Vec<&Window>]) -> Result<Rate> {
    if let Some(first) = batches.first() {
        ner.forward(first)?;
    }
    let start = Instant::now();
    let mut tokens = 0u64;
    for b in batches {
        ner.forward(b)?;
        tokens += b.iter().map(|w| w.ids.len() as u64).sum::<u64>();
    }
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

/// CoNLL documents re-joined into articles: words by spaces, sentences by newlines.
pub fn conll_articles(conll: &Path) -> Result<Vec<crate::ingest::Document>> {
    let text = std::fs::read_to_string(conll).with_context(|| format!("{}: cannot read", conll.display()))?;
    let mut docs = Vec::new();
    let mut cur = String::new();
    let mut line = String::new();
    let flush = |cur: &mut String, docs: &mut Vec<crate::ingest::Document>| {
        if !cur.trim().is_empty() {
            let id = format!("conll-{:04}", docs.len() + 1);
            docs.push(crate::ingest::Document { id, text: std::mem::take(cur), date: None, title: None, source: None });
        }
        cur.clear();
    };
    for l in text.lines() {
        let l = l.trim();
        if l.starts_with("-DOCSTART-") {
            flush(&mut cur, &mut docs);
        } else if l.is_empty() {
            if !line.is_empty() {
                cur.push_str(&line);
                cur.push('\n');
                line.clear();
            }
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(l.split_whitespace().next().unwrap_or(""));
        }
    }
    cur.push_str(&line);
    flush(&mut cur, &mut docs);
    Ok(docs)
}

/// Documents/s and tokens/s of one way of processing the benchmark articles.
#[derive(Debug, Clone)]
pub struct Throughput {
    pub name: String,
    pub documents: u64,
    pub tokens: Option<u64>,
    pub seconds: f64,
}

/// (a) actorgraph end to end, (b) the bare model forward over the same windows,
/// (c) the Hugging Face pipeline and (d) PyTorch's eager forward over the same batches
/// (`scripts/bench_peer.py`), if the project's Python is present.
pub fn throughput(
    pipeline: &crate::pipeline::Pipeline,
    model_dir: &Path,
    conll: &Path,
    threads: usize,
) -> Result<Vec<Throughput>> {
    let docs = conll_articles(conll)?;
    let n = docs.len() as u64;
    let work = tempfile::tempdir()?;

    // (b) the forward alone, over exactly the windows the pipeline builds.
    let sentences: Vec<Vec<crate::tokenize::Sentence>> =
        docs.iter().map(|d| crate::tokenize::analyze(&d.text)).collect();
    let inputs: Vec<crate::ner::SentenceWords> = docs
        .iter()
        .zip(&sentences)
        .flat_map(|(d, ss)| ss.iter().map(move |s| crate::ner::SentenceWords { text: &d.text, words: &s.words }))
        .collect();
    let ner = &pipeline.ner;
    let mut windows: Vec<Window> = ner.windows(&inputs)?.into_iter().flatten().collect();
    windows.sort_by_key(|w| w.ids.len());
    let refs: Vec<&Window> = windows.iter().collect();
    let batches = length_batches(&refs, |w| w.ids.len());
    let tokens: u64 = windows.iter().map(|w| w.ids.len() as u64).sum();
    let forward = time_model("forward", ner, &batches)?;
    // The same batches for PyTorch's eager forward in the peer script.
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
    let job = crate::extract::ExtractJob {
        inputs: vec![input.clone()],
        out_dir: work.path().join("out"),
        csv: Default::default(),
        min_score: 0.0,
        batch_docs: 64,
        shard: None,
        resume: false,
        checkpoint_every: std::time::Duration::from_secs(30),
        quiet: true,
    };
    let start = Instant::now();
    job.run(pipeline)?;
    let e2e = start.elapsed().as_secs_f64();

    let mut out = vec![
        Throughput {
            name: "(a) actorgraph extract, end to end".into(),
            documents: n,
            tokens: Some(tokens),
            seconds: e2e,
        },
        Throughput {
            name: "(b) model forward only, same batches".into(),
            documents: n,
            tokens: Some(tokens),
            seconds: forward.seconds,
        },
    ];
    // (c) the peer, in the project's venv.
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join(".venv/bin/python");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/bench_peer.py");
    if python.is_file() {
        let run = std::process::Command::new(&python)
            .arg(&script)
            .args(["--articles", &input.display().to_string(), "--model", &model_dir.display().to_string()])
            .args(["--threads", &threads.to_string()])
            .args(["--forward-batches", &batch_file.display().to_string()])
            .env("TOKENIZERS_PARALLELISM", "false")
            .output()?;
        anyhow::ensure!(run.status.success(), "bench_peer.py failed: {}", String::from_utf8_lossy(&run.stderr));
        let v: serde_json::Value = serde_json::from_slice(&run.stdout).context("bench_peer.py output")?;
        out.push(Throughput {
            name: "(c) transformers pipeline (Python)".into(),
            documents: v["documents"].as_u64().unwrap_or(0),
            tokens: None,
            seconds: v["seconds"].as_f64().unwrap_or(f64::NAN),
        });
        for (name, key) in [
            ("(d) PyTorch forward, eager attention", "forward_seconds_eager"),
            ("(e) PyTorch forward, sdpa attention", "forward_seconds_sdpa"),
        ] {
            out.push(Throughput {
                name: name.into(),
                documents: n,
                tokens: Some(tokens),
                seconds: v[key].as_f64().unwrap_or(f64::NAN),
            });
        }
    }
    Ok(out)
}
