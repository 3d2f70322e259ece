//! Stage 3: named-entity recognition with a transformer through rust-bert (libtorch).
//!
//! Sentences (or whole documents, for models trained with document context) are cut
//! into overlapping subword windows, batched by length (to waste little on
//! padding), run without gradients, and decoded per word (first-subword labelling)
//! with BIO-constrained Viterbi into entity spans.

mod consistency;
mod decode;
mod entity;
pub mod fast_bert;
mod labeler;
pub mod labels;
mod model;
#[cfg(feature = "remote")]
pub mod remote;

pub use decode::{chunks, viterbi, Chunk};
pub use entity::{Entity, EntityType};
pub use fast_bert::Precision;
pub use labeler::Labeler;
pub use model::{BatchOutput, Model, PaddedBatch};

pub use crate::model_error::ModelError;
use crate::model_error::Result;
use crate::parse::SentenceSyntax;
use crate::tokenize::{Sentence, Span, Window};
use ndarray::Array2;
use rayon::prelude::*;
use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;
use tch::{Device, Tensor};

/// Windows per forward pass, and padded subwords per forward pass. Small enough that a
/// chunk of documents makes several batches to share among the model's workers.
const BATCH_WINDOWS: usize = 16;
const BATCH_TOKENS: usize = 2048;

/// Makes the C allocator keep and reuse freed memory; call once, before loading a model.
///
/// libtorch allocates every intermediate tensor afresh. glibc serves the large ones
/// with mmap and unmaps them on free, so each forward pass would page-fault its
/// activations in again and the kernel would zero every page. Served from the heap and
/// kept after free, they are reused; peak memory is the live tensors either way
/// (`scripts/measure_memory.sh`).
pub fn reuse_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes allocator parameters; called before other threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_MAX, 0);
        libc::mallopt(libc::M_TRIM_THRESHOLD, libc::c_int::MAX);
    }
}

/// One document to label: its text and its sentences.
pub type DocInput<'a> = (&'a str, &'a [Sentence]);

/// A run of words the model reads as one: a sentence or, for models trained with
/// document context, all sentences of a document (cut into windows as needed).
struct Passage<'a> {
    doc: usize,
    text: &'a str,
    words: Cow<'a, [Span]>,
    /// Sentence index in the document, and its words within `words`.
    sentences: Vec<(usize, Range<usize>)>,
}

/// Per-word outputs of the model over one passage.
struct PassageOutput {
    /// Label log-probabilities `[words, labels]`.
    log_probs: Array2<f32>,
    /// Parse features of each word's first piece `[words, width]` (when parsing; see
    /// `parse::FeatureLayout`).
    features: Option<Array2<f32>>,
}

/// What the transformer stage finds in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocLabels {
    pub entities: Vec<Entity>,
    /// Syntax of each sentence, when the model has parse heads and it was asked for.
    pub syntax: Option<Vec<SentenceSyntax>>,
}

/// Entity chunks per sentence, and syntax per sentence when parsed, of each document.
type Labelled = (Vec<Vec<Vec<Chunk>>>, Option<Vec<Vec<SentenceSyntax>>>);

/// A loaded NER model ready to label documents.
pub struct Ner {
    model: Model,
}

impl Ner {
    pub fn load(dir: &Path, device: Device) -> Result<Ner> {
        Ok(Ner { model: Model::load(dir, device)? })
    }

    /// Loads a local model folder, or, with the `remote` feature, a Hugging Face model id.
    pub fn open(model: &str, device: Device) -> Result<Ner> {
        let path = Path::new(model);
        if path.is_dir() {
            return Ner::load(path, device);
        }
        #[cfg(feature = "remote")]
        if !path.exists() && model.split('/').count() == 2 {
            return Ner::load(&remote::fetch(model)?, device);
        }
        Err(ModelError::Missing {
            path: path.to_path_buf(),
            needs: if cfg!(feature = "remote") {
                "no such model folder"
            } else {
                "no such model folder; Hugging Face ids need a build with --features remote"
            },
        })
    }

    /// Wraps an already loaded model.
    pub fn from_model(model: Model) -> Ner {
        Ner { model }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Decodes trees of kind `trees` from now on (when the model parses).
    pub fn set_trees(&mut self, trees: crate::parse::Trees) {
        if let Some(parser) = self.model.parser.as_mut() {
            parser.trees = trees;
        }
    }

    /// Switches the model's matrix products to `precision` (see `Model::set_precision`).
    pub fn set_precision(&mut self, precision: Precision) -> Result<()> {
        self.model.set_precision(precision)
    }

    /// Runs forward passes on `n` threads at once where the model allows it
    /// (`Model::set_workers`).
    pub fn set_workers(&mut self, n: usize) {
        self.model.set_workers(n)
    }

    /// Label types of the model that map to no CoNLL type (ignored).
    pub fn unmapped_labels(&self) -> Vec<String> {
        self.model.labels.unmapped.iter().cloned().collect()
    }

    /// Whether the model also parses (it has parse heads).
    pub fn parses(&self) -> bool {
        self.model.parser.is_some()
    }

    /// Entity chunks (over word indices of their sentence) of each sentence of each document.
    /// A name repeated in a document gets one type where most of its occurrences agree.
    pub fn label(&self, docs: &[DocInput]) -> Result<Vec<Vec<Vec<Chunk>>>> {
        Ok(self.run(docs, false)?.0)
    }

    /// The syntax of every sentence of each document; an error for models without parse heads.
    pub fn syntax(&self, docs: &[DocInput]) -> Result<Vec<Vec<SentenceSyntax>>> {
        if !self.parses() {
            return Err(ModelError::Unsupported("the model has no parse heads (see scripts/train_joint.py)".into()));
        }
        Ok(self.run(docs, true)?.1.unwrap_or_default())
    }

    /// Entities of each document, given its text and sentences.
    pub fn entities(&self, docs: &[DocInput]) -> Result<Vec<Vec<Entity>>> {
        Ok(self.analyze(docs, false)?.into_iter().map(|d| d.entities).collect())
    }

    /// Entities and, with `syntax` on a model that parses, the syntax of each document:
    /// one forward pass per window for both.
    pub fn analyze(&self, docs: &[DocInput], syntax: bool) -> Result<Vec<DocLabels>> {
        let (labelled, parsed) = self.run(docs, syntax && self.parses())?;
        let mut parsed = parsed.map(|p| p.into_iter());
        Ok(labelled
            .into_iter()
            .zip(docs)
            .map(|(labelled, (_, sents))| {
                let mut entities = Vec::new();
                for (si, (sent, chunks)) in sents.iter().zip(labelled).enumerate() {
                    for c in chunks {
                        let span = Span::new(sent.words[c.words.start].start, sent.words[c.words.end - 1].end);
                        entities.push(Entity { sentence: si, words: c.words, span, kind: c.kind, score: c.score });
                    }
                }
                DocLabels { entities, syntax: parsed.as_mut().and_then(Iterator::next) }
            })
            .collect())
    }

    fn run(&self, docs: &[DocInput], syntax: bool) -> Result<Labelled> {
        let passages = self.passages(docs);
        let outputs = self.word_outputs(&passages, syntax)?;
        // The network holds raw tensors (not Sync): hand only the labels and heads to other threads.
        let labels = &self.model.labels;
        let parser = self.model.parser.as_ref().filter(|_| syntax);
        type Decoded = Vec<(usize, Vec<Chunk>, Option<SentenceSyntax>)>;
        let decoded: Vec<Decoded> = passages
            .par_iter()
            .zip(&outputs)
            .map(|(p, out)| {
                // Entities never cross a sentence boundary, and each sentence is one tree.
                p.sentences
                    .iter()
                    .map(|(si, words)| {
                        let lp = out.log_probs.slice(ndarray::s![words.clone(), ..]);
                        let chunks = chunks(&viterbi(lp, labels), lp, labels);
                        let tree = parser.zip(out.features.as_ref()).map(|(heads, features)| {
                            let forms: Vec<&str> = p.words[words.clone()].iter().map(|w| w.text(p.text)).collect();
                            SentenceSyntax {
                                words: heads.parse(features.slice(ndarray::s![words.clone(), ..]), &forms),
                            }
                        });
                        (*si, chunks, tree)
                    })
                    .collect()
            })
            .collect();
        let mut out: Vec<Vec<Vec<Chunk>>> = docs.iter().map(|(_, s)| vec![Vec::new(); s.len()]).collect();
        let mut trees: Option<Vec<Vec<SentenceSyntax>>> =
            parser.map(|_| docs.iter().map(|(_, s)| vec![SentenceSyntax::default(); s.len()]).collect());
        for (p, sentences) in passages.iter().zip(decoded) {
            for (si, c, tree) in sentences {
                out[p.doc][si] = c;
                if let (Some(trees), Some(tree)) = (trees.as_mut(), tree) {
                    trees[p.doc][si] = tree;
                }
            }
        }
        for ((text, sents), chunks) in docs.iter().zip(&mut out) {
            consistency::harmonize_types(text, sents, chunks);
        }
        Ok((out, trees))
    }

    /// The passages the model reads: whole documents when it was trained with document
    /// context (it then expects neighbouring sentences in view), else single sentences.
    fn passages<'a>(&self, docs: &[DocInput<'a>]) -> Vec<Passage<'a>> {
        let mut out = Vec::new();
        for (d, &(text, sents)) in docs.iter().enumerate() {
            if self.model.document_context {
                let mut words = Vec::with_capacity(sents.iter().map(|s| s.words.len()).sum());
                let mut sentences = Vec::with_capacity(sents.len());
                for (si, s) in sents.iter().enumerate() {
                    sentences.push((si, words.len()..words.len() + s.words.len()));
                    words.extend_from_slice(&s.words);
                }
                out.push(Passage { doc: d, text, words: Cow::Owned(words), sentences });
            } else {
                out.extend(sents.iter().enumerate().map(|(si, s)| Passage {
                    doc: d,
                    text,
                    words: Cow::Borrowed(s.words.as_slice()),
                    sentences: vec![(si, 0..s.words.len())],
                }));
            }
        }
        out
    }

    /// The model windows of the given documents, in order.
    pub fn windows(&self, docs: &[DocInput]) -> Result<Vec<Window>> {
        Ok(self.passage_windows(&self.passages(docs))?.into_iter().flatten().collect())
    }

    fn passage_windows(&self, passages: &[Passage]) -> Result<Vec<Vec<Window>>> {
        let tok = &self.model.tokenizer;
        passages.par_iter().map(|p| tok.encode_words(p.text, &p.words).map(|w| tok.windows(&w))).collect()
    }

    /// Per-word label log-probabilities `[words, labels]` for each passage and, with
    /// `features`, each word's parse features.
    fn word_outputs(&self, passages: &[Passage], features: bool) -> Result<Vec<PassageOutput>> {
        let windows = self.passage_windows(passages)?;
        let n_labels = self.model.labels.len();
        let width = self.model.parser.as_ref().map_or(0, |p| p.layout().width());
        // Words the tokenizer drops entirely (control characters) are labelled O.
        let outside = self.model.labels.labels.iter().position(|l| l.kind.is_none()).unwrap_or(0);
        let mut out: Vec<PassageOutput> = passages
            .iter()
            .map(|p| {
                let mut a = Array2::from_elem((p.words.len(), n_labels), -30.0f32);
                a.column_mut(outside).fill(0.0);
                PassageOutput { log_probs: a, features: features.then(|| Array2::zeros((p.words.len(), width))) }
            })
            .collect();
        let mut order: Vec<(usize, usize)> =
            windows.iter().enumerate().flat_map(|(s, ws)| (0..ws.len()).map(move |w| (s, w))).collect();
        order.sort_by_key(|&(s, w)| windows[s][w].ids.len());
        let batches: Vec<Vec<(usize, usize)>> = length_batches(&order, |&(s, w)| windows[s][w].ids.len());
        let groups: Vec<Vec<&Window>> =
            batches.iter().map(|b| b.iter().map(|&(s, w)| &windows[s][w]).collect()).collect();
        let padded = groups
            .iter()
            .map(|b| {
                let mut batch = self.pad(b);
                if features {
                    batch.parse_positions =
                        b.iter().map(|win| taken(win).map(|(_, pos)| pos as i64).collect()).collect();
                }
                batch
            })
            .collect();
        let results = tch::no_grad(|| self.model.run_batches(padded, features))?;
        for ((batch, group), result) in batches.iter().zip(&groups).zip(results) {
            let lp = Vec::<f32>::try_from(result.log_probs.to(Device::Cpu).flatten(0, -1))?;
            let fs = match result.parse {
                Some(f) => Some(Vec::<f32>::try_from(f.to(Device::Cpu).flatten(0, -1))?),
                None => None,
            };
            let len = group.iter().map(|w| w.ids.len()).max().unwrap_or(0);
            let mut next = 0;
            for (row, (&(s, _), win)) in batch.iter().zip(group).enumerate() {
                for (w, pos) in taken(win) {
                    let base = (row * len + pos) * n_labels;
                    out[s].log_probs.row_mut(w).assign(&ndarray::ArrayView1::from(&lp[base..base + n_labels]));
                    if let (Some(fs), Some(v)) = (&fs, out[s].features.as_mut()) {
                        v.row_mut(w).assign(&ndarray::ArrayView1::from(&fs[next * width..(next + 1) * width]));
                        next += 1;
                    }
                }
            }
        }
        Ok(out)
    }

    /// One padded forward pass; returns the flattened `[batch, length, labels]` log-probs.
    pub fn forward(&self, windows: &[&Window]) -> Result<Vec<f32>> {
        Ok(self.forward_batches(std::slice::from_ref(&windows.to_vec()))?.pop().unwrap_or_default())
    }

    /// Padded forward passes over `batches` (on the model's workers); the flattened
    /// `[batch, length, labels]` log-probs of each, in order.
    pub fn forward_batches(&self, batches: &[Vec<&Window>]) -> Result<Vec<Vec<f32>>> {
        let padded = batches.iter().map(|b| self.pad(b)).collect();
        let lps = tch::no_grad(|| self.model.log_probs_batches(padded))?;
        lps.into_iter().map(|lp| Ok(Vec::<f32>::try_from(lp.to(Device::Cpu).flatten(0, -1))?)).collect()
    }

    fn pad(&self, windows: &[&Window]) -> PaddedBatch {
        let len = windows.iter().map(|w| w.ids.len()).max().unwrap_or(0);
        let b = windows.len();
        let mut ids = vec![self.model.pad_id; b * len];
        let mut mask = vec![0i64; b * len];
        let mut types = vec![0i64; b * len];
        for (r, w) in windows.iter().enumerate() {
            ids[r * len..r * len + w.ids.len()].copy_from_slice(&w.ids);
            types[r * len..r * len + w.types.len()].copy_from_slice(&w.types);
            mask[r * len..r * len + w.ids.len()].fill(1);
        }
        let dev = self.model.device;
        let shape = [b as i64, len as i64];
        let tensor = |v: &[i64]| Tensor::from_slice(v).view(shape).to(dev);
        PaddedBatch { ids: tensor(&ids), mask: tensor(&mask), types: tensor(&types), parse_positions: Vec::new() }
    }
}

/// The words a window gives its passage, in order, with their first piece's position:
/// those of its core (overlaps belong to the neighbouring windows) that have pieces.
fn taken(win: &Window) -> impl Iterator<Item = (usize, usize)> + '_ {
    win.words
        .clone()
        .enumerate()
        .filter_map(|(k, w)| win.first_piece[k].filter(|_| win.core.contains(&w)).map(|pos| (w, pos)))
}

/// Splits length-sorted items into batches bounded by window count and padded tokens.
pub fn length_batches<T: Copy>(sorted: &[T], len: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
    let mut batches = Vec::new();
    let mut cur: Vec<T> = Vec::new();
    for item in sorted {
        let l = len(item);
        if !cur.is_empty() && (cur.len() >= BATCH_WINDOWS || l * (cur.len() + 1) > BATCH_TOKENS) {
            batches.push(std::mem::take(&mut cur));
        }
        cur.push(*item);
    }
    if !cur.is_empty() {
        batches.push(cur);
    }
    batches
}

#[cfg(test)]
mod tests {
    use super::length_batches;

    #[test]
    fn batches_bound_padding() {
        let lens: Vec<usize> = (1..=200).collect();
        let batches = length_batches(&lens, |&l| l);
        assert_eq!(batches.iter().map(Vec::len).sum::<usize>(), 200);
        for b in &batches {
            assert!(b.len() <= super::BATCH_WINDOWS);
            assert!(b.len() == 1 || b.iter().max().unwrap() * b.len() <= super::BATCH_TOKENS);
        }
    }
}
