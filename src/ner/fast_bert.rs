//! Inference-only BERT forward over rust-bert's loaded weights, with libtorch's fused
//! `scaled_dot_product_attention` and one fused QKV projection per layer.
//!
//! rust-bert's BERT spells attention out as separate matmul/softmax/matmul ops and
//! three projections; on CPU that made it about 0.8x PyTorch's speed on the same
//! libtorch. Here the weights are the same tensors (no copy beyond the QKV
//! concatenation), only the forward differs.

use anyhow::{Context, Result};
use std::collections::HashMap;
use tch::{Kind, Tensor};

struct Linear {
    weight: Tensor,
    bias: Tensor,
}

impl Linear {
    fn forward(&self, x: &Tensor) -> Tensor {
        x.linear(&self.weight, Some(&self.bias))
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
}

struct Layer {
    qkv: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

/// A BERT encoder with a token-classification head.
pub struct FastBert {
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    classifier: Linear,
    heads: i64,
    hidden: i64,
    eps: f64,
}

impl FastBert {
    /// Builds the forward from the variables of a loaded `BertForTokenClassification`.
    pub fn from_variables(vars: &HashMap<String, Tensor>, heads: i64, eps: f64) -> Result<FastBert> {
        let get = |name: &str| -> Result<Tensor> {
            vars.get(name).map(Tensor::shallow_clone).with_context(|| format!("no variable {name}"))
        };
        let linear = |prefix: &str| -> Result<Linear> {
            Ok(Linear { weight: get(&format!("{prefix}.weight"))?, bias: get(&format!("{prefix}.bias"))? })
        };
        let norm = |prefix: &str| -> Result<LayerNorm> {
            Ok(LayerNorm { weight: get(&format!("{prefix}.weight"))?, bias: get(&format!("{prefix}.bias"))? })
        };
        let mut layers = Vec::new();
        while vars.contains_key(&format!("bert.encoder.layer.{}.attention.self.query.weight", layers.len())) {
            let p = format!("bert.encoder.layer.{}", layers.len());
            let (q, k, v) = (
                linear(&format!("{p}.attention.self.query"))?,
                linear(&format!("{p}.attention.self.key"))?,
                linear(&format!("{p}.attention.self.value"))?,
            );
            let qkv = Linear {
                weight: Tensor::cat(&[&q.weight, &k.weight, &v.weight], 0),
                bias: Tensor::cat(&[&q.bias, &k.bias, &v.bias], 0),
            };
            layers.push(Layer {
                qkv,
                attention_out: linear(&format!("{p}.attention.output.dense"))?,
                attention_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                intermediate: linear(&format!("{p}.intermediate.dense"))?,
                output: linear(&format!("{p}.output.dense"))?,
                output_norm: norm(&format!("{p}.output.LayerNorm"))?,
            });
        }
        anyhow::ensure!(!layers.is_empty(), "no encoder layers");
        let word = get("bert.embeddings.word_embeddings.weight")?;
        let hidden = word.size()[1];
        anyhow::ensure!(hidden % heads == 0, "hidden size {hidden} is not a multiple of {heads} heads");
        Ok(FastBert {
            word,
            position: get("bert.embeddings.position_embeddings.weight")?,
            token_type: get("bert.embeddings.token_type_embeddings.weight")?,
            embedding_norm: norm("bert.embeddings.LayerNorm")?,
            layers,
            classifier: linear("classifier")?,
            heads,
            hidden,
            eps,
        })
    }

    fn norm(&self, x: &Tensor, n: &LayerNorm) -> Tensor {
        x.layer_norm([self.hidden], Some(&n.weight), Some(&n.bias), self.eps, true)
    }

    /// Logits `[batch, length, labels]`; `types` may be `None` (all zeros).
    pub fn forward(&self, ids: &Tensor, mask: &Tensor, types: Option<&Tensor>) -> Tensor {
        let (b, l) = (ids.size()[0], ids.size()[1]);
        let positions = Tensor::arange(l, (Kind::Int64, ids.device()));
        let mut x = Tensor::embedding(&self.word, ids, -1, false, false)
            + Tensor::embedding(&self.position, &positions, -1, false, false).unsqueeze(0);
        x = match types {
            Some(t) => x + Tensor::embedding(&self.token_type, t, -1, false, false),
            None => x + self.token_type.get(0),
        };
        x = self.norm(&x, &self.embedding_norm);
        // Boolean mask [b, 1, 1, l]: true where a key may be attended to.
        let attend = mask.eq(1).view([b, 1, 1, l]);
        let dh = self.hidden / self.heads;
        for layer in &self.layers {
            let qkv = layer.qkv.forward(&x).view([b, l, 3, self.heads, dh]).permute([2, 0, 3, 1, 4]);
            let (q, k, v) = (qkv.get(0), qkv.get(1), qkv.get(2));
            let ctx = Tensor::scaled_dot_product_attention(&q, &k, &v, Some(&attend), 0.0, false, None::<f64>);
            let ctx = ctx.transpose(1, 2).reshape([b, l, self.hidden]);
            x = self.norm(&(layer.attention_out.forward(&ctx) + &x), &layer.attention_norm);
            let h = layer.output.forward(&layer.intermediate.forward(&x).gelu("none"));
            x = self.norm(&(h + &x), &layer.output_norm);
        }
        self.classifier.forward(&x)
    }
}
