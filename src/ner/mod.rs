//! Stage 3: named-entity recognition with a transformer through rust-bert (libtorch).
//!
//! Sentences are cut into subword windows, batched by length (to waste little on
//! padding), run without gradients, and decoded per word (first-subword labelling)
//! with BIO-constrained Viterbi into entity spans.

mod decode;
mod entity;
pub mod fast_bert;
pub mod labels;
mod model;
#[cfg(feature = "remote")]
pub mod remote;

pub use decode::{chunks, viterbi, Chunk};
pub use entity::{Entity, EntityType};
pub use model::Model;

use crate::tokenize::{Sentence, Span, Window};
use anyhow::Result;
use ndarray::Array2;
use rayon::prelude::*;
use std::path::Path;
use tch::{Device, Tensor};

/// Windows per forward pass, and padded subwords per forward pass.
const BATCH_WINDOWS: usize = 64;
const BATCH_TOKENS: usize = 8192;

/// The words of one sentence to label.
#[derive(Clone, Copy)]
pub struct SentenceWords<'a> {
    pub text: &'a str,
    pub words: &'a [Span],
}

/// A loaded NER model ready to label sentences.
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
        anyhow::bail!(
            "{model}: no such model folder{}",
            if cfg!(feature = "remote") { "" } else { " (Hugging Face ids need a build with --features remote)" }
        )
    }

    /// Wraps an already loaded model.
    pub fn from_model(model: Model) -> Ner {
        Ner { model }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Label types of the model that map to no CoNLL type (ignored).
    pub fn unmapped_labels(&self) -> Vec<String> {
        self.model.labels.unmapped.iter().cloned().collect()
    }

    /// Entity chunks (over word indices) for each sentence.
    pub fn label(&self, sentences: &[SentenceWords]) -> Result<Vec<Vec<Chunk>>> {
        let scores = self.word_log_probs(sentences)?;
        // The network holds raw tensors (not Sync): hand only the labels to other threads.
        let labels = &self.model.labels;
        Ok(scores
            .par_iter()
            .map(|lp| {
                let path = viterbi(lp.view(), labels);
                chunks(&path, lp.view(), labels)
            })
            .collect())
    }

    /// Entities of each document, given its text and sentences.
    pub fn entities(&self, docs: &[(&str, &[Sentence])]) -> Result<Vec<Vec<Entity>>> {
        let flat: Vec<SentenceWords> = docs
            .iter()
            .flat_map(|(text, sents)| sents.iter().map(move |s| SentenceWords { text, words: &s.words }))
            .collect();
        let mut labelled = self.label(&flat)?.into_iter();
        let mut out = Vec::with_capacity(docs.len());
        for (_, sents) in docs {
            let mut ents = Vec::new();
            for (si, sent) in sents.iter().enumerate() {
                for c in labelled.next().unwrap_or_default() {
                    let span = Span::new(sent.words[c.words.start].start, sent.words[c.words.end - 1].end);
                    ents.push(Entity { sentence: si, words: c.words, span, kind: c.kind, score: c.score });
                }
            }
            out.push(ents);
        }
        Ok(out)
    }

    /// Model windows of each sentence.
    pub fn windows(&self, sentences: &[SentenceWords]) -> Result<Vec<Vec<Window>>> {
        let tok = &self.model.tokenizer;
        sentences.par_iter().map(|s| tok.encode_words(s.text, s.words).map(|p| tok.windows(&p))).collect()
    }

    /// Per-word label log-probabilities `[words, labels]` for each sentence.
    pub fn word_log_probs(&self, sentences: &[SentenceWords]) -> Result<Vec<Array2<f32>>> {
        let windows = self.windows(sentences)?;
        let n_labels = self.model.labels.len();
        // Words the tokenizer drops entirely (control characters) are labelled O.
        let outside = self.model.labels.labels.iter().position(|l| l.kind.is_none()).unwrap_or(0);
        let mut out: Vec<Array2<f32>> = sentences
            .iter()
            .map(|s| {
                let mut a = Array2::from_elem((s.words.len(), n_labels), -30.0f32);
                a.column_mut(outside).fill(0.0);
                a
            })
            .collect();
        let mut order: Vec<(usize, usize)> =
            windows.iter().enumerate().flat_map(|(s, ws)| (0..ws.len()).map(move |w| (s, w))).collect();
        order.sort_by_key(|&(s, w)| windows[s][w].ids.len());
        for batch in length_batches(&order, |&(s, w)| windows[s][w].ids.len()) {
            let group: Vec<&Window> = batch.iter().map(|&(s, w)| &windows[s][w]).collect();
            let lp = self.forward(&group)?;
            let len = group.iter().map(|w| w.ids.len()).max().unwrap_or(0);
            for (row, (&(s, _), win)) in batch.iter().zip(&group).enumerate() {
                for (k, w) in win.words.clone().enumerate() {
                    let Some(pos) = win.first_piece[k] else { continue };
                    if !win.core.contains(&w) {
                        continue;
                    }
                    let base = (row * len + pos) * n_labels;
                    out[s].row_mut(w).assign(&ndarray::ArrayView1::from(&lp[base..base + n_labels]));
                }
            }
        }
        Ok(out)
    }

    /// One padded forward pass; returns the flattened `[batch, length, labels]` log-probs.
    pub fn forward(&self, windows: &[&Window]) -> Result<Vec<f32>> {
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
        let ids = Tensor::from_slice(&ids).view(shape).to(dev);
        let mask = Tensor::from_slice(&mask).view(shape).to(dev);
        let types = Tensor::from_slice(&types).view(shape).to(dev);
        let lp = tch::no_grad(|| self.model.log_probs(&ids, &mask, &types))?;
        Ok(Vec::<f32>::try_from(lp.to(Device::Cpu).flatten(0, -1))?)
    }
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
