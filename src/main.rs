//! Command line of actorgraph; every stage lives in the library.

mod bench;

use actorgraph::actors::ActorDictionary;
use actorgraph::aggregate::ActorLevel;
use actorgraph::eval::{ner as eval_ner, parse as eval_parse, relations as eval_relations, stories as eval_stories};
use actorgraph::extract::{ExtractJob, Shard};
use actorgraph::fingerprint::{Content, CsvSettings, Settings};
use actorgraph::ingest::Fields;
use actorgraph::ner::{Ner, Precision};
use actorgraph::pipeline::Pipeline;
use actorgraph::relate::RuleSet;
use actorgraph::resolve::{AliasTable, Resolver};
use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "actorgraph",
    version,
    about = "News articles in, a Gephi-ready graph of who accused, met or opposed whom out",
    after_help = "Exit status: 0 success; 1 fatal error; 2 usage error; 3 success, but some input was skipped (listed in OUTDIR/skipped.csv)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the actor graph from articles: writes nodes.csv, edges.csv, graph.gexf and evidence.csv.
    Extract(ExtractArgs),
    /// Score a stage against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Combine the outputs of several runs (e.g. shards) into one graph, as a single run would write it.
    Merge {
        /// Output folders of earlier runs.
        #[arg(required = true, value_name = "DIR")]
        dirs: Vec<PathBuf>,
        /// Folder for the merged nodes.csv, edges.csv, graph.gexf and evidence.csv.
        #[arg(short, long, value_name = "OUTDIR")]
        output: PathBuf,
        /// Nodes of the merged nodes.csv and edges.csv (see extract --actor-level).
        #[arg(long, value_enum, default_value_t = LevelArg::Name)]
        actor_level: LevelArg,
        #[command(flatten)]
        output_args: OutputArgs,
    },
    /// Measure the NER model's cost against BERT-base- and BERT-large-shaped models.
    Bench {
        /// CoNLL file whose sentences make the benchmark text.
        conll: PathBuf,
        /// Subword tokens of text to run through each model in the model-cost part.
        #[arg(long, default_value_t = 12_000)]
        tokens: usize,
        /// Rounds of the throughput measurements (each rate is the median over them).
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// Python with torch and transformers for the peers (scripts/bench_peer.py);
        /// without it and without .venv/bin/python here, the peers are left out.
        #[arg(long, value_name = "PATH")]
        python: Option<PathBuf>,
        #[command(flatten)]
        model: ModelArgs,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Entity-level precision, recall and F1 on a CoNLL file (conlleval semantics).
    Ner {
        /// CoNLL file (word first, IOB tag last on each line).
        file: PathBuf,
        #[command(flatten)]
        model: ModelArgs,
    },
    /// UPOS, lemma, UAS and LAS on a CoNLL-U treebank, with its own words and sentences.
    Parse {
        /// CoNLL-U file (e.g. UD English EWT test).
        file: PathBuf,
        /// Trees to decode, overriding the model's setting (`trees` in its actorgraph.json).
        #[arg(long, value_enum)]
        trees: Option<TreesArg>,
        #[command(flatten)]
        model: ModelArgs,
    },
    /// Relation precision and recall on a gold JSONL file, scored as the relation guidelines say.
    Relations {
        /// Gold JSONL (id, text, relations).
        gold: PathBuf,
        #[command(flatten)]
        model: ModelArgs,
        #[command(flatten)]
        stages: StageArgs,
        /// Print every false positive and missed relation to stderr.
        #[arg(long)]
        verbose: bool,
    },
    /// Precision and recall of the story (near-duplicate) detector on duplicate pairs,
    /// and its cost per document; needs no model.
    Stories {
        /// JSONL with id, text and story (the gold story of each document).
        file: PathBuf,
    },
}

#[derive(Args)]
struct ModelArgs {
    /// NER model folder (Hugging Face layout: config.json, tokenizer.json, model.safetensors),
    /// or a Hugging Face model id in builds with the `remote` feature.
    #[arg(long, value_name = "DIR", env = "ACTORGRAPH_MODEL")]
    model: Option<String>,
    /// Where the model runs. cuda needs a CUDA build of libtorch.
    #[arg(long, value_enum, default_value_t = DeviceArg::Cpu)]
    device: DeviceArg,
    /// Threads for the model and the other stages, 1 to 1024 (default: all cores).
    #[arg(long, value_name = "N", value_parser = parse_threads)]
    threads: Option<usize>,
    /// Arithmetic of the model's matrix products. int8 (BERT models on the CPU only)
    /// quantizes the encoder's four projections (QKV, attention output, FFN up and
    /// down): faster, at a small cost in accuracy (see README). auto: int8 where the
    /// model and device support it, else fp32.
    #[arg(long, value_enum, default_value_t = PrecisionArg::Auto)]
    precision: PrecisionArg,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum PrecisionArg {
    Auto,
    Fp32,
    Int8,
}

/// [`Trees`](actorgraph::parse::Trees) on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum TreesArg {
    Projective,
    Any,
}

impl From<TreesArg> for actorgraph::parse::Trees {
    fn from(t: TreesArg) -> Self {
        match t {
            TreesArg::Projective => actorgraph::parse::Trees::Projective,
            TreesArg::Any => actorgraph::parse::Trees::Any,
        }
    }
}

#[derive(Args)]
struct StageArgs {
    /// Skip the parse stage (tags, lemmas, dependencies) even if the model has parse heads.
    /// Relations are read off the parse, so this gives entities and no relations.
    #[arg(long)]
    no_parse: bool,
    /// Relation rule file (default: the bundled data/rules.toml).
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// CSV alias table (alias,canonical) merging names across documents.
    #[arg(long, value_name = "FILE")]
    aliases: Option<PathBuf>,
    /// Actor dictionary folder (actors.tsv, agents.tsv, countries.tsv, optionally
    /// capitals.tsv; default: the bundled data/actors).
    #[arg(long, value_name = "DIR")]
    actors: Option<PathBuf>,
}

#[derive(Args)]
struct ExtractArgs {
    /// .txt, .json, .jsonl, .csv or .tsv files (also gzip, zstd or bzip2 compressed),
    /// folders of them, or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Output folder.
    #[arg(short, long, value_name = "OUTDIR")]
    output: PathBuf,
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    stages: StageArgs,
    /// JSON field or table column holding the article text (default: "text", else "maintext").
    #[arg(long, visible_alias = "text-column", value_name = "NAME")]
    text_field: Option<String>,
    /// Field or column holding document ids (default: "id", else "url"; tables without
    /// either: FILE:ROW).
    #[arg(long, visible_alias = "id-column", value_name = "NAME")]
    id_field: Option<String>,
    /// Field or column holding publication dates (default: "date", else "date_publish").
    #[arg(long, visible_alias = "date-column", value_name = "NAME")]
    date_field: Option<String>,
    /// Field or column holding titles (default: "title").
    #[arg(long, visible_alias = "title-column", value_name = "NAME")]
    title_field: Option<String>,
    /// Field or column holding the outlet (default: "source", else "source_domain").
    #[arg(long, visible_alias = "source-column", value_name = "NAME")]
    source_field: Option<String>,
    /// Table field separator: one character, or "tab" (default: tab for .tsv files,
    /// else sniffed from the header line among comma, tab, semicolon and bar).
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    delimiter: Option<u8>,
    /// Skip (and report) articles with more text than this many bytes; a JSON line or
    /// array element may hold 4 times as much (other fields) before it is skipped unread.
    #[arg(long, default_value_t = actorgraph::ingest::DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    max_article_bytes: u64,
    /// Drop relation instances scoring below this (0 to 1).
    #[arg(long, default_value_t = 0.0, value_parser = parse_min_score)]
    min_score: f32,
    /// Documents analysed together (at most; a batch is also cut at 1 MB of text).
    #[arg(long, default_value_t = actorgraph::extract::DEFAULT_BATCH_DOCS, value_name = "N", value_parser = parse_batch_docs)]
    batch_docs: usize,
    /// Process only shard K of N (documents split by a stable hash of their id).
    #[arg(long, value_name = "K/N")]
    shard: Option<Shard>,
    /// Continue an interrupted run from the checkpoint in OUTDIR.
    #[arg(long)]
    resume: bool,
    /// Seconds between checkpoints (0: after every batch).
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS", value_parser = parse_checkpoint_secs)]
    checkpoint_secs: f64,
    /// No progress output.
    #[arg(short, long)]
    quiet: bool,
    /// Nodes of nodes.csv and edges.csv: one per actor name, per CAMEO actor code
    /// (RUSGOV), or per country (the dyad graph). A shard always writes names; merge
    /// takes the level.
    #[arg(long, value_enum, default_value_t = LevelArg::Name)]
    actor_level: LevelArg,
    #[command(flatten)]
    output_args: OutputArgs,
}

/// What `extract` and `merge` write besides the graph, and how they report.
#[derive(Args)]
struct OutputArgs {
    /// Do not write report.html and graph.svg (for huge runs).
    #[arg(long)]
    no_report: bool,
    /// Print a JSON summary (counts, skipped items by reason, output paths) to stdout
    /// instead of the summary line on stderr; implies --quiet.
    #[arg(long)]
    json: bool,
}

impl OutputArgs {
    /// The published run's summary as one JSON line on stdout.
    fn print_json(&self, out: &std::path::Path, status: u8) -> Result<()> {
        if self.json {
            let manifest = actorgraph::manifest::RunManifest::read_verified(out)?;
            println!("{}", serde_json::to_string(&manifest.summary(out, status))?);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LevelArg {
    Name,
    Code,
    Country,
}

impl LevelArg {
    fn level(self) -> ActorLevel {
        match self {
            LevelArg::Name => ActorLevel::Name,
            LevelArg::Code => ActorLevel::Code,
            LevelArg::Country => ActorLevel::Country,
        }
    }
}

fn parse_min_score(s: &str) -> Result<f32, String> {
    let v: f32 = s.trim().parse().map_err(|_| format!("{s:?} is not a number"))?;
    // NaN fails the range check too: every comparison with it is false.
    if !(0.0..=1.0).contains(&v) {
        return Err(format!("{s} is not between 0 and 1"));
    }
    Ok(v)
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && !matches!(s, "\"" | "\n" | "\r") => Ok(s.as_bytes()[0]),
        _ => Err(format!("{s:?} is not one ASCII character (other than a quote or line break) or \"tab\"")),
    }
}

fn parse_threads(s: &str) -> Result<usize, String> {
    let v: usize = s.trim().parse().map_err(|_| format!("{s:?} is not a whole number"))?;
    if !(1..=1024).contains(&v) {
        return Err(format!("{v} is not between 1 and 1024"));
    }
    Ok(v)
}

fn parse_batch_docs(s: &str) -> Result<usize, String> {
    let v: usize = s.trim().parse().map_err(|_| format!("{s:?} is not a whole number"))?;
    if v == 0 {
        return Err("must be at least 1".into());
    }
    Ok(v)
}

fn parse_checkpoint_secs(s: &str) -> Result<f64, String> {
    let v: f64 = s.trim().parse().map_err(|_| format!("{s:?} is not a number"))?;
    // Duration::from_secs_f64 panics on infinite, NaN or negative values (and on
    // values beyond u64 seconds); a day is as good as never for a checkpoint.
    if !v.is_finite() || v < 0.0 {
        return Err(format!("{s} is not a finite number of seconds, 0 or more"));
    }
    Ok(v.min(86_400.0 * 365.0))
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum DeviceArg {
    Cpu,
    Cuda,
}

impl ModelArgs {
    /// The model as given, or the bundled one.
    fn model_name(&self) -> String {
        self.model.clone().unwrap_or_else(|| actorgraph::bundled_model_dir().display().to_string())
    }

    /// `--threads`, or all cores.
    fn threads(&self) -> usize {
        self.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    fn load(&self) -> Result<Ner> {
        if let Some(n) = self.threads {
            // Ignore the error if a pool already exists (only in tests).
            let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
        }
        let threads = self.threads();
        let device = match self.device {
            DeviceArg::Cpu => tch::Device::Cpu,
            DeviceArg::Cuda => {
                anyhow::ensure!(
                    tch::Cuda::is_available(),
                    "--device cuda: libtorch was built without CUDA or no GPU is visible"
                );
                tch::Device::Cuda(0)
            }
        };
        let model = self.model_name();
        let mut ner = Ner::open(&model, device).with_context(|| format!("cannot load NER model {model}"))?;
        let precision = match self.precision {
            PrecisionArg::Auto if ner.model().supports_int8() && cpu_has_int8_kernels() => Precision::Int8,
            PrecisionArg::Auto | PrecisionArg::Fp32 => Precision::Fp32,
            PrecisionArg::Int8 => Precision::Int8,
        };
        ner.set_precision(precision).with_context(|| format!("--precision int8 with model {model}"))?;
        if ner.model().runs_batches_in_parallel() {
            // Whole batches on `threads` threads, one libtorch thread each (Model::set_workers).
            tch::set_num_threads(1);
            ner.set_workers(threads);
        } else {
            tch::set_num_threads(threads as i32);
        }
        let unmapped = ner.unmapped_labels();
        if !unmapped.is_empty() {
            eprintln!(
                "actorgraph: warning: model labels ignored (no PER/ORG/LOC/MISC equivalent): {}",
                unmapped.join(", ")
            );
        }
        Ok(ner)
    }
}

impl StageArgs {
    fn pipeline(&self, ner: Ner) -> Result<Pipeline> {
        let rules = match &self.rules {
            Some(path) => RuleSet::load(path)?,
            None => RuleSet::builtin(),
        };
        let aliases = self.aliases.as_deref().map(AliasTable::load).transpose()?;
        let actors = match &self.actors {
            Some(dir) => std::sync::Arc::new(ActorDictionary::load(dir)?),
            None => ActorDictionary::builtin(),
        };
        let syntax = ner.parses() && !self.no_parse;
        if !syntax {
            let why =
                if self.no_parse { "--no-parse" } else { "the model has no parse heads (see scripts/train_joint.py)" };
            eprintln!("actorgraph: warning: no parse stage ({why}): entities only, no relations");
        }
        Ok(Pipeline {
            ner,
            resolver: Resolver::with_actors(aliases, actors),
            rules,
            syntax,
            relate_time: Default::default(),
            resolve_time: Default::default(),
        })
    }
}

impl ExtractArgs {
    /// What determines the output besides inputs and shard (content hashes of files),
    /// as the pipeline resolved it: `--precision auto` is recorded as the precision it
    /// chose, so that a resume or merge never mixes int8 and fp32 work.
    fn settings(&self, pipeline: &Pipeline) -> Result<Settings> {
        let m = &self.model;
        Ok(Settings {
            model: Settings::model_content(&m.model_name())?,
            rules: Settings::rules_content(self.stages.rules.as_deref())?,
            aliases: self.stages.aliases.as_deref().map(Content::file).transpose()?,
            actors: self.stages.actors.as_deref().map(Content::folder).transpose()?,
            precision: pipeline.ner.model().precision().to_string(),
            device: format!("{:?}", m.device).to_lowercase(),
            parse: pipeline.syntax,
            min_score: self.min_score,
            max_article_bytes: self.max_article_bytes,
            csv: CsvSettings {
                text: self.text_field.clone(),
                id: self.id_field.clone(),
                date: self.date_field.clone(),
                title: self.title_field.clone(),
                source: self.source_field.clone(),
                delimiter: self.delimiter.map(|d| (d as char).to_string()),
            },
        })
    }

    /// Every option as given, for run.json.
    fn options(&self) -> BTreeMap<String, String> {
        let opt = |v: Option<String>| v.unwrap_or_default();
        let path = |p: &Option<PathBuf>| opt(p.as_ref().map(|p| p.display().to_string()));
        let m = &self.model;
        [
            ("output", self.output.display().to_string()),
            ("model", opt(m.model.clone())),
            ("device", format!("{:?}", m.device).to_lowercase()),
            ("threads", opt(m.threads.map(|t| t.to_string()))),
            ("precision", format!("{:?}", m.precision).to_lowercase()),
            ("no_parse", self.stages.no_parse.to_string()),
            ("rules", path(&self.stages.rules)),
            ("aliases", path(&self.stages.aliases)),
            ("actors", path(&self.stages.actors)),
            ("actor_level", self.actor_level.level().as_str().to_string()),
            ("text_field", opt(self.text_field.clone())),
            ("id_field", opt(self.id_field.clone())),
            ("date_field", opt(self.date_field.clone())),
            ("title_field", opt(self.title_field.clone())),
            ("source_field", opt(self.source_field.clone())),
            ("delimiter", opt(self.delimiter.map(|d| (d as char).to_string()))),
            ("max_article_bytes", self.max_article_bytes.to_string()),
            ("min_score", self.min_score.to_string()),
            ("batch_docs", self.batch_docs.to_string()),
            ("shard", opt(self.shard.map(|s| s.to_string()))),
            ("resume", self.resume.to_string()),
            ("checkpoint_secs", self.checkpoint_secs.to_string()),
            ("quiet", self.quiet.to_string()),
            ("no_report", self.output_args.no_report.to_string()),
            ("json", self.output_args.json.to_string()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect()
    }
}

/// Exit status when the job completed but some input was skipped (2 is clap's usage error).
const EXIT_SKIPPED: u8 = 3;

/// fbgemm's int8 kernels need AVX2; elsewhere `auto` keeps fp32.
fn cpu_has_int8_kernels() -> bool {
    #[cfg(target_arch = "x86_64")]
    return std::arch::is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    false
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => {
            let pipeline = args.stages.pipeline(args.model.load()?)?;
            let job = ExtractJob {
                settings: args.settings(&pipeline)?,
                options: args.options(),
                inputs: args.inputs,
                out_dir: args.output,
                fields: Fields {
                    text: args.text_field,
                    id: args.id_field,
                    date: args.date_field,
                    title: args.title_field,
                    source: args.source_field,
                },
                delimiter: args.delimiter,
                max_article_bytes: args.max_article_bytes,
                min_score: args.min_score,
                batch_docs: args.batch_docs,
                shard: args.shard,
                resume: args.resume,
                checkpoint_every: std::time::Duration::from_secs_f64(args.checkpoint_secs),
                quiet: args.quiet || args.output_args.json,
                actor_level: args.actor_level.level(),
                report: !args.output_args.no_report,
            };
            let summary = job.run(&pipeline)?;
            let status = if summary.skipped.total == 0 { 0 } else { EXIT_SKIPPED };
            args.output_args.print_json(&job.out_dir, status)?;
            Ok(ExitCode::from(status))
        }
        Command::Merge { dirs, output, actor_level, output_args } => {
            actorgraph::merge::merge_with(&dirs, &output, actor_level.level(), !output_args.no_report)?;
            output_args.print_json(&output, 0)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench { conll, tokens, rounds, python, model } => {
            let ner = model.load()?;
            let threads = model.threads();
            println!(
                "Model cost: forward over the same batches of {} ({threads} threads, {} arithmetic)",
                conll.display(),
                ner.model().precision()
            );
            let rates = bench::model_cost(&ner, &conll, tokens)?;
            let ours = rates[0].tokens_per_second();
            for r in &rates {
                println!(
                    "  {:<38} {:>8.0} tokens/s  ({} tokens, {:.2}s)  bundled/this = {:.1}x",
                    r.name,
                    r.tokens_per_second(),
                    r.tokens,
                    r.seconds,
                    ours / r.tokens_per_second()
                );
            }
            let dir = model.model.clone().unwrap_or_else(|| actorgraph::bundled_model_dir().display().to_string());
            let mut pipeline = StageArgs { rules: None, aliases: None, actors: None, no_parse: false }.pipeline(ner)?;
            println!(
                "Throughput on the articles of {} ({threads} threads, {} arithmetic)",
                conll.display(),
                pipeline.ner.model().precision()
            );
            let python = python.or_else(|| Some(PathBuf::from(".venv/bin/python")).filter(|p| p.is_file()));
            if python.is_none() {
                println!("  (no .venv/bin/python here and no --python: the Python peers are left out)");
            }
            let report = bench::throughput(
                &mut pipeline,
                std::path::Path::new(&dir),
                &conll,
                threads,
                rounds,
                python.as_deref(),
            )?;
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(EvalCommand::Ner { file, model }) => {
            let gold = eval_ner::read_conll(&file)?;
            let ner = model.load()?;
            let report = eval_ner::evaluate(&ner, &gold)?;
            println!(
                "NER on {} ({} sentences, {} arithmetic), entity level:",
                file.display(),
                gold.len(),
                ner.model().precision()
            );
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(EvalCommand::Parse { file, trees, model }) => {
            let gold = eval_parse::read_conllu(&file)?;
            let mut ner = model.load()?;
            if let Some(trees) = trees {
                ner.set_trees(trees.into());
            }
            let report = eval_parse::evaluate(&ner, &gold)?;
            println!(
                "Parse of {} ({} sentences, {} words, gold tokens, {} arithmetic):",
                file.display(),
                gold.len(),
                report.las.total,
                ner.model().precision()
            );
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(EvalCommand::Relations { gold, model, stages, verbose }) => {
            let sentences = eval_relations::read_gold(&gold)?;
            let pipeline = stages.pipeline(model.load()?)?;
            let report = eval_relations::evaluate(&pipeline, &sentences, verbose)?;
            println!("Relations on {} ({} sentences):", gold.display(), sentences.len());
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval(EvalCommand::Stories { file }) => {
            let docs = eval_stories::read_gold(&file)?;
            let report = eval_stories::evaluate(&docs);
            println!("Stories on {}, duplicate pairs:", file.display());
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() -> ExitCode {
    actorgraph::ner::reuse_freed_memory();
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("actorgraph: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
