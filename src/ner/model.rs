//! Loading a Hugging Face token-classification model directory into rust-bert.

use super::fast_bert::{FastBert, Precision};
use super::labels::LabelSet;
use crate::model_error::{ModelError, Result};
use crate::parse::{load_heads, ParseHeads, ParseSettings};
use crate::tokenize::{SubwordTokenizer, NUM_SHAPES};
use rust_bert::albert::{AlbertConfig, AlbertForTokenClassification};
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::deberta::{DebertaConfig, DebertaForTokenClassification};
use rust_bert::deberta_v2::{DebertaV2Config, DebertaV2ForTokenClassification};
use rust_bert::distilbert::{DistilBertConfig, DistilBertForTokenClassification};
use rust_bert::electra::{ElectraConfig, ElectraForTokenClassification};
use rust_bert::roberta::RobertaForTokenClassification;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tch::{nn, Device, Kind, Tensor};

/// The token-classification networks rust-bert provides that we can drive.
// One per loaded model, so the variants' different sizes cost nothing worth a box each.
#[allow(clippy::large_enum_variant)]
enum Network {
    /// BERT with absolute positions and exact GELU: our own fused forward.
    FastBert(Box<FastBert>),
    Bert(BertForTokenClassification),
    DistilBert(DistilBertForTokenClassification),
    Roberta(RobertaForTokenClassification),
    Electra(ElectraForTokenClassification),
    Albert(AlbertForTokenClassification),
    Deberta(DebertaForTokenClassification),
    DebertaV2(DebertaV2ForTokenClassification),
}

/// The fields of `config.json` read before choosing an architecture.
#[derive(Deserialize)]
struct CommonConfig {
    model_type: Option<String>,
    id2label: Option<HashMap<i64, String>>,
    #[serde(default)]
    pad_token_id: Option<i64>,
    #[serde(default)]
    type_vocab_size: Option<i64>,
    #[serde(default)]
    max_position_embeddings: Option<i64>,
    #[serde(default)]
    hidden_act: Option<String>,
    #[serde(default)]
    position_embedding_type: Option<String>,
    #[serde(default)]
    num_attention_heads: Option<i64>,
    #[serde(default)]
    layer_norm_eps: Option<f64>,
}

/// actorgraph's own optional settings (`actorgraph.json` beside the model).
#[derive(Deserialize, Default)]
struct Settings {
    /// The model was trained with word-shape token types (see `tokenize::word_shape`).
    #[serde(default)]
    shape_token_types: bool,
    /// Window length in subwords (default 128, capped by the position table).
    #[serde(default)]
    max_length: Option<usize>,
    /// The model was trained on windows that run across the sentences of a document,
    /// so it is fed the same at run time (see `Ner::label`).
    #[serde(default)]
    document_context: bool,
    /// Label lists of the parse heads stored with the encoder (joint models only).
    #[serde(default)]
    parse: Option<ParseSettings>,
}

/// A loaded NER model: network, labels and tokenizer.
pub struct Model {
    network: Network,
    // Keeps the weights alive; the network holds references into it.
    _vars: nn::VarStore,
    pub labels: LabelSet,
    pub tokenizer: SubwordTokenizer,
    pub shape_token_types: bool,
    /// Read whole documents in windows, not one sentence at a time.
    pub document_context: bool,
    precision: Precision,
    /// Threads that each run whole batches (see `set_workers`).
    workers: usize,
    pub pad_id: i64,
    pub device: Device,
    pub model_type: String,
    /// Parse heads on the same encoder, when the model has them.
    pub parser: Option<ParseHeads>,
}

/// What one forward pass gives: label log-probabilities `[batch, length, labels]` and,
/// when asked for, the parse features the parse heads decode (see
/// `parse::FeatureLayout`): `[positions, width]`, the batch's `parse_positions` row
/// after row.
pub struct BatchOutput {
    pub log_probs: Tensor,
    pub parse: Option<Tensor>,
}

/// One padded batch: subword ids, attention mask and token types, each `[batch, length]`,
/// and per row the positions whose parse features are wanted (each word's first piece
/// in the window's core; empty when not parsing).
pub struct PaddedBatch {
    pub ids: Tensor,
    pub mask: Tensor,
    pub types: Tensor,
    pub parse_positions: Vec<Vec<i64>>,
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T> {
    read_config(path, &[])
}

/// Reads a config, first filling fields that rust-bert requires but that current
/// `transformers` versions no longer write (their values are the old defaults).
fn read_config<T: DeserializeOwned>(path: &Path, defaults: &[(&str, serde_json::Value)]) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(ModelError::io(path, "read"))?;
    let mut value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| ModelError::invalid(path, format!("invalid JSON: {e}")))?;
    if let Some(obj) = value.as_object_mut() {
        // `null` means "unset" in transformers' configs; rust-bert wants such fields absent.
        obj.retain(|_, v| !v.is_null());
        // rust-bert panics on attention types it does not know; refuse them here instead.
        if let Some(types) = obj.get("pos_att_type") {
            let names: Vec<String> = match types {
                serde_json::Value::String(s) => s.split('|').map(|t| t.trim().to_string()).collect(),
                serde_json::Value::Array(a) => a.iter().map(|t| t.as_str().unwrap_or("?").to_string()).collect(),
                _ => vec!["?".into()],
            };
            if let Some(bad) = names.iter().find(|t| !matches!(t.to_lowercase().as_str(), "c2p" | "p2c" | "p2p")) {
                return Err(ModelError::Unsupported(format!(
                    "{}: unsupported pos_att_type {bad:?} (expected c2p, p2c or p2p)",
                    path.display()
                )));
            }
        }
        for (key, default) in defaults {
            obj.entry(key.to_string()).or_insert_with(|| default.clone());
        }
    }
    serde_json::from_value(value).map_err(|e| ModelError::invalid(path, format!("invalid configuration: {e}")))
}

impl Model {
    /// Loads `config.json`, `tokenizer.json` and `model.safetensors` from `dir`.
    pub fn load(dir: &Path, device: Device) -> Result<Model> {
        let file = |name: &str| -> Result<PathBuf> {
            let p = dir.join(name);
            if !p.is_file() {
                return Err(ModelError::Missing {
                    path: p,
                    needs: "a model directory needs config.json, tokenizer.json and model.safetensors",
                });
            }
            Ok(p)
        };
        let config_path = file("config.json")?;
        let tokenizer_path = file("tokenizer.json")?;
        let weights_path = file("model.safetensors")?;

        let common: CommonConfig = read_json(&config_path)?;
        let invalid = |problem: String| ModelError::invalid(&config_path, problem);
        let model_type = common.model_type.ok_or_else(|| invalid("no \"model_type\"".into()))?;
        let id2label =
            common.id2label.ok_or_else(|| invalid("no \"id2label\": not a token-classification model".into()))?;
        let labels = LabelSet::from_id2label(&id2label).map_err(|e| invalid(format!("id2label: {e}")))?;
        if labels.labels.iter().all(|l| l.kind.is_none()) {
            return Err(invalid("no label maps to PER, ORG, LOC or MISC".into()));
        }
        let settings: Settings = match dir.join("actorgraph.json") {
            p if p.is_file() => read_json(&p)?,
            _ => Settings::default(),
        };
        // A token type id beyond the table would abort inside libtorch, so check here.
        let shape_token_types = settings.shape_token_types;
        if shape_token_types && common.type_vocab_size.unwrap_or(0) < NUM_SHAPES as i64 {
            return Err(invalid(format!(
                "actorgraph.json asks for word-shape token types but type_vocab_size is {:?} (needs {NUM_SHAPES})",
                common.type_vocab_size
            )));
        }
        let positions = common.max_position_embeddings.unwrap_or(512).max(8) as usize;
        // RoBERTa-style models offset positions by the padding index.
        let usable = if matches!(model_type.as_str(), "roberta" | "xlm-roberta") { positions - 2 } else { positions };
        let max_len = settings.max_length.unwrap_or(128).min(usable);
        let tokenizer = SubwordTokenizer::from_file(&tokenizer_path, max_len)?;

        let mut vars = nn::VarStore::new(device);
        let root = vars.root();
        let network = match model_type.as_str() {
            "bert" => Network::Bert(BertForTokenClassification::new(&root, &read_json::<BertConfig>(&config_path)?)?),
            "distilbert" => Network::DistilBert(DistilBertForTokenClassification::new(
                &root,
                &read_config::<DistilBertConfig>(&config_path, &[("tie_weights_", true.into())])?,
            )?),
            "roberta" | "xlm-roberta" | "camembert" => {
                Network::Roberta(RobertaForTokenClassification::new(&root, &read_json::<BertConfig>(&config_path)?)?)
            }
            "electra" => {
                Network::Electra(ElectraForTokenClassification::new(&root, &read_json::<ElectraConfig>(&config_path)?)?)
            }
            "albert" => {
                Network::Albert(AlbertForTokenClassification::new(&root, &read_json::<AlbertConfig>(&config_path)?)?)
            }
            "deberta" => {
                Network::Deberta(DebertaForTokenClassification::new(&root, &read_json::<DebertaConfig>(&config_path)?)?)
            }
            "deberta-v2" => Network::DebertaV2(DebertaV2ForTokenClassification::new(
                &root,
                &read_json::<DebertaV2Config>(&config_path)?,
            )?),
            other => {
                return Err(ModelError::Unsupported(format!(
                    "{}: model_type {other:?} is not supported for token classification \
                     (supported: bert, distilbert, roberta, xlm-roberta, camembert, electra, albert, deberta, deberta-v2)",
                    config_path.display()
                )))
            }
        };
        let mismatch = |problem: String| {
            ModelError::invalid(&weights_path, format!("weights do not match {}: {problem}", config_path.display()))
        };
        let missing = vars.load_partial(&weights_path).map_err(|e| mismatch(e.to_string()))?;
        // Poolers are never used for token classification; some exports leave them out.
        let missing: Vec<String> = missing.into_iter().filter(|name| !name.contains("pooler")).collect();
        if !missing.is_empty() {
            let shown = missing.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
            let more = if missing.len() > 5 { ", ..." } else { "" };
            return Err(mismatch(format!("{} tensors missing ({shown}{more})", missing.len())));
        }
        // Weights may be stored as fp16 to keep the repository small; compute in fp32.
        vars.float();
        let fast = matches!(network, Network::Bert(_))
            && common.hidden_act.as_deref() == Some("gelu")
            && common.position_embedding_type.as_deref().is_none_or(|p| p == "absolute");
        let mut network = if fast {
            let heads = common.num_attention_heads.unwrap_or(12);
            let eps = common.layer_norm_eps.unwrap_or(1e-12);
            Network::FastBert(Box::new(FastBert::from_variables(&vars.variables(), heads, eps).map_err(mismatch)?))
        } else {
            network
        };
        let parser = match &settings.parse {
            None => None,
            Some(parse) => {
                let Network::FastBert(net) = &mut network else {
                    return Err(invalid(
                        "parse heads need a BERT encoder with exact GELU and absolute positions".into(),
                    ));
                };
                let heads = load_heads(&weights_path, parse)?;
                if heads.hidden() as i64 != net.hidden_size() {
                    return Err(ModelError::invalid(
                        &weights_path,
                        format!(
                            "parse heads read {} wide vectors, the encoder gives {}",
                            heads.hidden(),
                            net.hidden_size()
                        ),
                    ));
                }
                net.attach_parser(&heads);
                Some(heads)
            }
        };
        Ok(Model {
            network,
            _vars: vars,
            labels,
            tokenizer,
            shape_token_types,
            document_context: settings.document_context,
            precision: Precision::Fp32,
            workers: 1,
            pad_id: common.pad_token_id.unwrap_or(0),
            device,
            model_type,
            parser,
        })
    }

    /// A BERT of the given shape with random weights, for cost comparisons (`bench`):
    /// same tokenizer, labels and code path as `base`, so only the network differs.
    pub fn random_bert(base: &Model, layers: i64, hidden: i64, heads: i64) -> Result<Model> {
        let id2label: HashMap<String, String> =
            (0..base.labels.len()).map(|i| (i.to_string(), format!("L{i}"))).collect();
        let config: BertConfig = serde_json::from_value(serde_json::json!({
            "hidden_act": "gelu", "attention_probs_dropout_prob": 0.1, "hidden_dropout_prob": 0.1,
            "hidden_size": hidden, "initializer_range": 0.02, "intermediate_size": 4 * hidden,
            "max_position_embeddings": 512, "num_attention_heads": heads, "num_hidden_layers": layers,
            "type_vocab_size": NUM_SHAPES, "vocab_size": 30522, "id2label": id2label,
        }))
        .map_err(|e| ModelError::Unsupported(format!("a random BERT of that shape: {e}")))?;
        let vars = nn::VarStore::new(base.device);
        BertForTokenClassification::new(vars.root(), &config)?;
        let network = Network::FastBert(Box::new(
            FastBert::from_variables(&vars.variables(), heads, 1e-12).map_err(ModelError::Unsupported)?,
        ));
        let mut model = Model {
            network,
            _vars: vars,
            labels: base.labels.clone(),
            tokenizer: base.tokenizer.clone(),
            shape_token_types: base.shape_token_types,
            document_context: base.document_context,
            precision: Precision::Fp32,
            workers: base.workers,
            pad_id: base.pad_id,
            device: base.device,
            model_type: format!("bert-{layers}x{hidden} (random)"),
            parser: None,
        };
        model.set_precision(base.precision)?;
        Ok(model)
    }

    /// Switches the encoder to `precision`. int8 runs through fbgemm, so it needs the fused
    /// BERT forward (BERT models with exact GELU) on the CPU; elsewhere it is an error.
    pub fn set_precision(&mut self, precision: Precision) -> Result<()> {
        if precision == self.precision {
            return Ok(());
        }
        let unsupported = |what: String| Err(ModelError::Unsupported(what));
        if self.precision != Precision::Fp32 {
            return unsupported("the model is already quantized".into());
        }
        if self.device != Device::Cpu {
            return unsupported(
                "int8 precision runs on the CPU only (fbgemm); use --precision fp32 with --device cuda".into(),
            );
        }
        match &mut self.network {
            Network::FastBert(m) => m.set_precision(precision),
            _ => {
                return unsupported(format!(
                    "int8 precision is implemented for BERT models only, not {}",
                    self.model_type
                ))
            }
        }
        self.precision = precision;
        Ok(())
    }

    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// Runs batches on `n` threads at once, each batch on one thread, where the network
    /// allows it (our BERT forward on the CPU; other networks keep one). The caller then
    /// gives libtorch one thread per operation (`tch::set_num_threads(1)`): the int8
    /// forward is many small operations, and libtorch's threads would spend much of it
    /// waiting for each other at the end of each; whole batches keep every thread busy.
    pub fn set_workers(&mut self, n: usize) {
        self.workers = if self.runs_batches_in_parallel() { n.max(1) } else { 1 };
    }

    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Whether `set_workers` can run batches in parallel.
    pub fn runs_batches_in_parallel(&self) -> bool {
        self.fast_bert_on_cpu()
    }

    fn fast_bert_on_cpu(&self) -> bool {
        matches!(self.network, Network::FastBert(_)) && self.device == Device::Cpu
    }

    /// Label log-probabilities of each batch, in order, spread over the workers.
    pub fn log_probs_batches(&self, batches: Vec<PaddedBatch>) -> Result<Vec<Tensor>> {
        Ok(self.run_batches(batches, false)?.into_iter().map(|o| o.log_probs).collect())
    }

    /// Forward passes over `batches`, in order, spread over the workers; with `parse`,
    /// each also returns its parse features (models with parse heads only).
    pub fn run_batches(&self, batches: Vec<PaddedBatch>, parse: bool) -> Result<Vec<BatchOutput>> {
        let net = match &self.network {
            Network::FastBert(net) => net,
            _ if parse => {
                return Err(ModelError::Unsupported(format!("{}: parse heads need a BERT encoder", self.model_type)))
            }
            _ => {
                return batches
                    .iter()
                    .map(|b| Ok(BatchOutput { log_probs: self.log_probs(&b.ids, &b.mask, &b.types)?, parse: None }))
                    .collect()
            }
        };
        let shape_types = self.shape_token_types;
        let run = |net: &FastBert, b: &PaddedBatch| {
            let types = shape_types.then_some(&b.types);
            let h = net.hidden_states(&b.ids, &b.mask, types);
            let log_probs = net.classify(&h).log_softmax(-1, Kind::Float);
            BatchOutput { log_probs, parse: parse.then(|| net.parse_features(&h, &b.parse_positions)).flatten() }
        };
        if self.workers <= 1 || batches.len() <= 1 {
            return Ok(tch::no_grad(|| batches.iter().map(|b| run(net, b)).collect()));
        }
        let n = batches.len();
        // Workers pop from the back: batches come sorted by length, so the longest go first
        // and the short ones fill in at the end.
        let queue = std::sync::Mutex::new(batches.into_iter().enumerate().collect::<Vec<_>>());
        let done = std::sync::Mutex::new(Vec::with_capacity(n));
        std::thread::scope(|scope| {
            for _ in 0..self.workers.min(n) {
                let net = net.replica();
                let (queue, done, run) = (&queue, &done, &run);
                scope.spawn(move || {
                    tch::no_grad(|| loop {
                        let Some((i, b)) = queue.lock().unwrap_or_else(|e| e.into_inner()).pop() else { break };
                        let out = run(&net, &b);
                        done.lock().unwrap_or_else(|e| e.into_inner()).push((i, out));
                    })
                });
            }
        });
        let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
        done.sort_by_key(|(i, _)| *i);
        Ok(done.into_iter().map(|(_, out)| out).collect())
    }

    /// Whether `set_precision(Precision::Int8)` would succeed.
    pub fn supports_int8(&self) -> bool {
        self.fast_bert_on_cpu()
    }

    /// Label log-probabilities `[batch, length, labels]` for padded inputs.
    pub fn log_probs(&self, ids: &Tensor, mask: &Tensor, types: &Tensor) -> Result<Tensor> {
        let types = self.shape_token_types.then_some(types);
        let logits = match &self.network {
            Network::FastBert(m) => m.forward(ids, mask, types),
            Network::Bert(m) => m.forward_t(Some(ids), Some(mask), types, None, None, false).logits,
            Network::DistilBert(m) => m.forward_t(Some(ids), Some(mask), None, false)?.logits,
            Network::Roberta(m) => m.forward_t(Some(ids), Some(mask), types, None, None, false).logits,
            Network::Electra(m) => m.forward_t(Some(ids), Some(mask), types, None, None, false).logits,
            Network::Albert(m) => m.forward_t(Some(ids), Some(mask), types, None, None, false).logits,
            Network::Deberta(m) => m.forward_t(Some(ids), Some(mask), types, None, None, false)?.logits,
            Network::DebertaV2(m) => m.forward_t(Some(ids), Some(mask), types, None, None, false)?.logits,
        };
        Ok(logits.log_softmax(-1, Kind::Float))
    }
}
