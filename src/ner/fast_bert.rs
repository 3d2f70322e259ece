//! Inference-only BERT forward over rust-bert's loaded weights, with libtorch's fused
//! `scaled_dot_product_attention` and one fused QKV projection per layer.
//!
//! rust-bert's BERT spells attention out as separate matmul/softmax/matmul ops and
//! three projections, which on the CPU is slower than PyTorch's forward on the same
//! libtorch (the README's bench section has the figures). Here the weights are the
//! same tensors (no copy beyond the QKV concatenation); only the forward differs.

use crate::parse::ParseHeads;
use std::collections::HashMap;
use tch::{Kind, Scalar, Tensor};

/// Arithmetic of the encoder's large matrix products.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    /// fp32 throughout.
    #[default]
    Fp32,
    /// int8 weights (per-tensor) with activations quantized per window, through fbgemm,
    /// as PyTorch's dynamic quantization does, for the four projections of every layer
    /// (QKV, attention output, FFN up and down) but the first layer's FFN down, which
    /// costs the parse most; CPU only. The rest (layer norms, attention, embeddings,
    /// classifier) stays fp32.
    Int8,
}

impl std::fmt::Display for Precision {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            Precision::Fp32 => "fp32",
            Precision::Int8 => "int8",
        })
    }
}

enum Linear {
    Fp32 { weight: Tensor, bias: Tensor },
    Int8 { quantized: Tensor, packed: Tensor, col_offsets: Tensor, scale: f64, zero_point: i64, bias: Tensor },
}

impl Linear {
    fn new(weight: Tensor, bias: Tensor) -> Linear {
        Linear::Fp32 { weight, bias }
    }

    /// The same layer with int8 weights, quantized as `torch.fbgemm_linear_quantize_weight`
    /// does: one scale and zero point for the tensor, and per-column sums that fbgemm
    /// uses to correct for the activations' zero point.
    fn quantize(self) -> Linear {
        let Linear::Fp32 { weight, bias } = self else { return self };
        let q = weight.contiguous().quantize_per_tensor_dynamic(Kind::QInt8, false);
        let (scale, zero_point) = (q.q_scale(), q.q_zero_point());
        let quantized = q.int_repr();
        let k = weight.size()[1];
        let col_offsets =
            (quantized.to_kind(Kind::Int).sum_dim_intlist(1, false, Kind::Int) - zero_point * k).to_kind(Kind::Int);
        let packed = quantized.fbgemm_pack_quantized_matrix();
        Linear::Int8 { quantized, packed, col_offsets, scale, zero_point, bias }
    }

    /// The same layer over the same weight storage (no copy), for another thread.
    fn replica(&self) -> Linear {
        match self {
            Linear::Fp32 { weight, bias } => {
                Linear::Fp32 { weight: weight.shallow_clone(), bias: bias.shallow_clone() }
            }
            Linear::Int8 { quantized, packed, col_offsets, scale, zero_point, bias } => Linear::Int8 {
                quantized: quantized.shallow_clone(),
                packed: packed.shallow_clone(),
                col_offsets: col_offsets.shallow_clone(),
                scale: *scale,
                zero_point: *zero_point,
                bias: bias.shallow_clone(),
            },
        }
    }

    /// `x` is `[tokens, in]`: one window's real tokens.
    ///
    /// int8 quantizes the activations with one scale per call, so a call covers one
    /// window: its result then does not depend on which other windows share its batch
    /// (shards and resumed runs must agree with a single run).
    fn forward(&self, x: &Tensor) -> Tensor {
        match self {
            Linear::Fp32 { weight, bias } => x.linear(weight, Some(bias)),
            Linear::Int8 { quantized, packed, col_offsets, scale, zero_point, bias } => x
                .fbgemm_linear_int8_weight_fp32_activation(
                    quantized,
                    packed,
                    col_offsets,
                    Scalar::float(*scale),
                    Scalar::int(*zero_point),
                    bias,
                ),
        }
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
}

impl LayerNorm {
    fn replica(&self) -> LayerNorm {
        LayerNorm { weight: self.weight.shallow_clone(), bias: self.bias.shallow_clone() }
    }
}

struct Layer {
    qkv: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

impl Layer {
    fn replica(&self) -> Layer {
        Layer {
            qkv: self.qkv.replica(),
            attention_out: self.attention_out.replica(),
            attention_norm: self.attention_norm.replica(),
            intermediate: self.intermediate.replica(),
            output: self.output.replica(),
            output_norm: self.output_norm.replica(),
        }
    }
}

/// The parse heads' products that need no tree (see [`FeatureLayout`](crate::parse::FeatureLayout)): the dense
/// layers, the arc weight on the dependent's side and every relation's weight on the
/// dependent's side, as linear layers, so that they run batched with the encoder and,
/// like it, in int8 where asked.
struct ParseProjection {
    /// The layers that read the encoder's vectors, side by side in one product: UPOS and
    /// lemma classes, then the arc dependent, arc head, relation head and relation
    /// dependent MLPs (before their GELU).
    first: Linear,
    /// Output widths of `first`'s parts, in its order.
    parts: [i64; 6],
    arc_weight: Linear,
    arc_bias: Linear,
    rel_weight: Linear,
    width: i64,
}

impl ParseProjection {
    fn new(heads: &ParseHeads, device: tch::Device) -> ParseProjection {
        let tensor = |a: ndarray::ArrayView2<f32>| {
            let a = a.as_standard_layout();
            Tensor::from_slice(a.as_slice().expect("standard layout"))
                .view([a.nrows() as i64, a.ncols() as i64])
                .to(device)
        };
        let vector = |a: ndarray::ArrayView1<f32>| Tensor::from_slice(&a.to_vec()).to(device);
        let zeros = |n: usize| Tensor::zeros([n as i64], (Kind::Float, device));
        let layout = heads.layout();
        let rel = layout.rel as i64;
        // `Dense` keeps its weight as `[in, out]`; a linear layer wants `[out, in]`.
        let firsts = [&heads.upos, &heads.lemma, &heads.arc_dep, &heads.arc_head, &heads.rel_head, &heads.rel_dep];
        let weights: Vec<Tensor> = firsts.iter().map(|d| tensor(d.weight_t.t())).collect();
        let biases: Vec<Tensor> = firsts.iter().map(|d| vector(d.bias.view())).collect();
        // `[rel + 1, relations · (rel + 1)]`: its last row multiplies the appended 1, a bias.
        let flat = tensor(heads.rel_weight_flat.view());
        ParseProjection {
            first: Linear::new(Tensor::cat(&weights, 0), Tensor::cat(&biases, 0)),
            parts: firsts.map(|d| d.outputs() as i64),
            arc_weight: Linear::new(tensor(heads.arc_weight.t()), zeros(layout.arc)),
            arc_bias: Linear::new(tensor(heads.arc_bias.view().insert_axis(ndarray::Axis(0))), zeros(1)),
            rel_weight: Linear::new(flat.narrow(0, 0, rel).transpose(0, 1).contiguous(), flat.get(rel).contiguous()),
            width: layout.width() as i64,
        }
    }

    fn map(&self, f: impl Fn(&Linear) -> Linear) -> ParseProjection {
        ParseProjection {
            first: f(&self.first),
            parts: self.parts,
            arc_weight: f(&self.arc_weight),
            arc_bias: f(&self.arc_bias),
            rel_weight: f(&self.rel_weight),
            width: self.width,
        }
    }

    fn replica(&self) -> ParseProjection {
        self.map(Linear::replica)
    }

    fn quantize(self) -> ParseProjection {
        self.map(|l| l.replica().quantize())
    }

    /// `[.., hidden]` → `[.., width]`, in `FeatureLayout`'s order.
    fn features(&self, x: &Tensor) -> Tensor {
        let y = self.first.forward(x);
        let mut at = 0;
        let [upos, lemma, arc_dep, arc_head, rel_head, rel_dep] = self.parts.map(|n| {
            let part = y.narrow(-1, at, n);
            at += n;
            part
        });
        let class = |t: &Tensor| t.argmax(-1, true).to_kind(Kind::Float);
        let head = arc_head.gelu("none");
        let parts = [
            class(&upos),
            class(&lemma),
            self.arc_bias.forward(&head),
            self.arc_weight.forward(&arc_dep.gelu("none")),
            head.shallow_clone(),
            rel_head.gelu("none"),
            self.rel_weight.forward(&rel_dep.gelu("none")),
        ];
        Tensor::cat(&parts, -1)
    }
}

/// A BERT encoder with a token-classification head.
pub struct FastBert {
    word: Tensor,
    position: Tensor,
    token_type: Tensor,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    classifier: Linear,
    /// The parse heads' products that need no tree, when the model parses.
    parser: Option<ParseProjection>,
    heads: i64,
    hidden: i64,
    eps: f64,
}

impl FastBert {
    /// Builds the forward from the variables of a loaded `BertForTokenClassification`.
    /// An error says what the variables lack.
    pub fn from_variables(vars: &HashMap<String, Tensor>, heads: i64, eps: f64) -> Result<FastBert, String> {
        let get = |name: &str| -> Result<Tensor, String> {
            vars.get(name).map(Tensor::shallow_clone).ok_or_else(|| format!("no variable {name}"))
        };
        let linear = |prefix: &str| -> Result<(Tensor, Tensor), String> {
            Ok((get(&format!("{prefix}.weight"))?, get(&format!("{prefix}.bias"))?))
        };
        let norm = |prefix: &str| -> Result<LayerNorm, String> {
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
            let qkv = Linear::new(Tensor::cat(&[&q.0, &k.0, &v.0], 0), Tensor::cat(&[&q.1, &k.1, &v.1], 0));
            let (attention_out, intermediate, output) = (
                linear(&format!("{p}.attention.output.dense"))?,
                linear(&format!("{p}.intermediate.dense"))?,
                linear(&format!("{p}.output.dense"))?,
            );
            layers.push(Layer {
                qkv,
                attention_out: Linear::new(attention_out.0, attention_out.1),
                attention_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                intermediate: Linear::new(intermediate.0, intermediate.1),
                output: Linear::new(output.0, output.1),
                output_norm: norm(&format!("{p}.output.LayerNorm"))?,
            });
        }
        if layers.is_empty() {
            return Err("no encoder layers".into());
        }
        let word = get("bert.embeddings.word_embeddings.weight")?;
        let hidden = word.size()[1];
        if hidden % heads != 0 {
            return Err(format!("hidden size {hidden} is not a multiple of {heads} heads"));
        }
        Ok(FastBert {
            word,
            position: get("bert.embeddings.position_embeddings.weight")?,
            token_type: get("bert.embeddings.token_type_embeddings.weight")?,
            embedding_norm: norm("bert.embeddings.LayerNorm")?,
            layers,
            classifier: {
                let (weight, bias) = linear("classifier")?;
                Linear::new(weight, bias)
            },
            parser: None,
            heads,
            hidden,
            eps,
        })
    }

    /// Width of the hidden states.
    pub fn hidden_size(&self) -> i64 {
        self.hidden
    }

    /// The same network over the same weight storage (no copy): a handle that another
    /// thread can own, since libtorch tensors may be read from several threads at once.
    pub fn replica(&self) -> FastBert {
        FastBert {
            word: self.word.shallow_clone(),
            position: self.position.shallow_clone(),
            token_type: self.token_type.shallow_clone(),
            embedding_norm: self.embedding_norm.replica(),
            layers: self.layers.iter().map(Layer::replica).collect(),
            classifier: self.classifier.replica(),
            parser: self.parser.as_ref().map(ParseProjection::replica),
            heads: self.heads,
            hidden: self.hidden,
            eps: self.eps,
        }
    }

    /// Switches the encoder's matrix products to `precision`.
    pub fn set_precision(&mut self, precision: Precision) {
        if precision == Precision::Int8 && self.precision() == Precision::Fp32 {
            quietly(|| self.quantize());
        }
    }

    /// The arithmetic of the encoder's projections (all layers share it).
    fn precision(&self) -> Precision {
        match self.layers.first().map(|l| &l.qkv) {
            Some(Linear::Int8 { .. }) => Precision::Int8,
            _ => Precision::Fp32,
        }
    }

    /// Quantizes the layers and runs one int8 product, so that libtorch's once-per-process
    /// notices about the (deprecated but fastest here) fbgemm ops are printed now.
    fn quantize(&mut self) {
        self.layers = std::mem::take(&mut self.layers)
            .into_iter()
            .enumerate()
            .map(|(i, l)| Layer {
                qkv: l.qkv.quantize(),
                attention_out: l.attention_out.quantize(),
                intermediate: l.intermediate.quantize(),
                // The first layer's FFN down projection stays fp32: of the 24 products it
                // alone costs most of int8's parse accuracy (one scale per window for its
                // input, after GELU, is too coarse), for a 1/18 share of the products'
                // arithmetic. README, "int8 precision", has the per-product figures.
                output: if i == 0 { l.output } else { l.output.quantize() },
                ..l
            })
            .collect();
        self.parser = self.parser.take().map(ParseProjection::quantize);
        if let Some(first) = self.layers.first() {
            let _ = first.qkv.forward(&Tensor::zeros([1, self.hidden], (Kind::Float, self.word.device())));
        }
    }

    fn norm(&self, x: &Tensor, n: &LayerNorm) -> Tensor {
        x.layer_norm([self.hidden], Some(&n.weight), Some(&n.bias), self.eps, true)
    }

    /// Logits `[batch, length, labels]`; `types` may be `None` (all zeros).
    pub fn forward(&self, ids: &Tensor, mask: &Tensor, types: Option<&Tensor>) -> Tensor {
        self.classify(&self.hidden_states(ids, mask, types))
    }

    /// The token-classification head over final hidden states.
    pub fn classify(&self, hidden: &Tensor) -> Tensor {
        self.classifier.forward(hidden)
    }

    /// Final hidden states `[batch, length, hidden]` (padding positions are not meaningful).
    pub fn hidden_states(&self, ids: &Tensor, mask: &Tensor, types: Option<&Tensor>) -> Tensor {
        let (b, l) = (ids.size()[0], ids.size()[1]);
        let positions = Tensor::arange(l, (Kind::Int64, ids.device()));
        let mut x = Tensor::embedding(&self.word, ids, -1, false, false)
            + Tensor::embedding(&self.position, &positions, -1, false, false).unsqueeze(0);
        x = match types {
            Some(t) => x + Tensor::embedding(&self.token_type, t, -1, false, false),
            None => x + self.token_type.get(0),
        };
        let x = self.norm(&x, &self.embedding_norm);
        match self.precision() {
            // MKL's fp32 products (and a GPU) are fastest on the whole padded batch, so
            // fp32 runs it at once; its results do not depend on the batch.
            Precision::Fp32 => {
                // Boolean mask [b, 1, 1, l]: true where a key may be attended to.
                let attend = mask.eq(1).view([b, 1, 1, l]);
                self.encode(x, &attend)
            }
            // int8 quantizes activations with one scale per product, so each window runs
            // on its own: its result then does not depend on which other windows share its
            // batch (shards and resumed runs must agree with a single run). Running whole
            // windows, not the batch layer by layer with a product per window copied back,
            // also leaves no padding to compute and keeps a window's activations in the
            // CPU's caches (`examples/forward.rs` times the two).
            Precision::Int8 => {
                let lengths = Vec::<i64>::try_from(mask.sum_dim_intlist(1, false, Kind::Int64)).unwrap_or_default();
                let hidden = Tensor::zeros([b, l, self.hidden], (Kind::Float, ids.device()));
                for (r, &len) in lengths.iter().enumerate() {
                    let window = x.narrow(0, r as i64, 1).narrow(1, 0, len);
                    // Every key is a real token: 0 is added to every score. (tch passes a
                    // missing mask as an undefined tensor, which libtorch rejects.)
                    let attend = Tensor::zeros([1, 1, 1, len], (Kind::Float, ids.device()));
                    hidden.narrow(0, r as i64, 1).narrow(1, 0, len).copy_(&self.encode(window, &attend));
                }
                hidden
            }
        }
    }

    /// Runs `heads`' products that need no tree with the encoder from now on (see
    /// [`parse_features`](Self::parse_features)), at the encoder's precision.
    pub fn attach_parser(&mut self, heads: &ParseHeads) {
        let projection = ParseProjection::new(heads, self.word.device());
        self.parser = Some(match self.precision() {
            Precision::Int8 => projection.quantize(),
            Precision::Fp32 => projection,
        });
    }

    /// The parse features `[positions, width]` ([`FeatureLayout`](crate::parse::FeatureLayout))
    /// at `positions` of each row of final hidden states `[batch, length, hidden]`, row
    /// after row; `None` without parse heads. As in [`hidden_states`](Self::hidden_states),
    /// int8 runs each window on its own, so that its result does not depend on the batch.
    pub fn parse_features(&self, hidden: &Tensor, positions: &[Vec<i64>]) -> Option<Tensor> {
        let parser = self.parser.as_ref()?;
        let rows = positions.iter().enumerate().filter(|(_, p)| !p.is_empty());
        let picked =
            |r: usize, p: &[i64]| hidden.get(r as i64).index_select(0, &Tensor::from_slice(p).to(hidden.device()));
        let parts: Vec<Tensor> = match self.precision() {
            Precision::Fp32 => {
                let all: Vec<Tensor> = rows.map(|(r, p)| picked(r, p)).collect();
                if all.is_empty() {
                    all
                } else {
                    vec![parser.features(&Tensor::cat(&all, 0))]
                }
            }
            Precision::Int8 => rows.map(|(r, p)| parser.features(&picked(r, p))).collect(),
        };
        Some(if parts.is_empty() {
            Tensor::zeros([0, parser.width], (Kind::Float, hidden.device()))
        } else {
            Tensor::cat(&parts, 0)
        })
    }

    /// The encoder over `x` `[batch, length, hidden]`; `attend` is the attention mask
    /// (`scaled_dot_product_attention`'s: boolean, or added to the scores).
    fn encode(&self, mut x: Tensor, attend: &Tensor) -> Tensor {
        let (b, l) = (x.size()[0], x.size()[1]);
        let dh = self.hidden / self.heads;
        for layer in &self.layers {
            let qkv = layer.qkv.forward(&x).view([b, l, 3, self.heads, dh]).permute([2, 0, 3, 1, 4]);
            let (q, k, v) = (qkv.get(0), qkv.get(1), qkv.get(2));
            let ctx = Tensor::scaled_dot_product_attention(&q, &k, &v, Some(attend), 0.0, false, None::<f64>);
            let ctx = ctx.transpose(1, 2).reshape([b, l, self.hidden]);
            x = self.norm(&(layer.attention_out.forward(&ctx) + &x), &layer.attention_norm);
            let h = layer.output.forward(&layer.intermediate.forward(&x).gelu("none"));
            x = self.norm(&(h + &x), &layer.output_norm);
        }
        x
    }
}

/// Runs `f` with the process's stderr sent to /dev/null. libtorch announces that the
/// fbgemm int8 ops are deprecated, once per process, on stderr; users can do nothing
/// about it, and it would precede every run's output. Called while loading the model,
/// before any other thread writes.
fn quietly<T>(f: impl FnOnce() -> T) -> T {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        use std::sync::atomic::{AtomicI32, Ordering};
        // The real stderr while it is muted, else -1. A panic inside `f` (a model with
        // NaN weights makes quantizing panic) must not lose its message with the
        // notices: a panic hook puts stderr back before the message is printed.
        static SAVED: AtomicI32 = AtomicI32::new(-1);
        static HOOK: std::sync::Once = std::sync::Once::new();
        fn unmute() {
            let saved = SAVED.swap(-1, Ordering::SeqCst);
            if saved >= 0 {
                // SAFETY: plain descriptor calls on the descriptor saved below.
                unsafe {
                    libc::dup2(saved, 2);
                    libc::close(saved);
                }
            }
        }
        struct Unmute;
        impl Drop for Unmute {
            fn drop(&mut self) {
                unmute();
            }
        }
        HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                unmute();
                previous(info)
            }));
        });
        let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null") else { return f() };
        // SAFETY: plain descriptor calls; fd 2 is restored when `_unmute` drops (also
        // when `f` panics) or, before a panic message, by the hook.
        let saved = unsafe { libc::dup(2) };
        if saved < 0 {
            return f();
        }
        if unsafe { libc::dup2(null.as_raw_fd(), 2) } < 0 {
            unsafe { libc::close(saved) };
            return f();
        }
        SAVED.store(saved, Ordering::SeqCst);
        let _unmute = Unmute;
        f()
    }
    #[cfg(not(unix))]
    f()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{flatten_relations, Dense, DepRel, EditScript, FeatureLayout, Trees, Upos};
    use ndarray::{Array1, Array2, Array3};

    /// Deterministic values in [-1, 1) from a seed (no randomness crate needed).
    fn values(n: usize, seed: u64) -> Vec<f32> {
        let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((x >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
            })
            .collect()
    }

    fn matrix(rows: usize, cols: usize, seed: u64) -> Array2<f32> {
        Array2::from_shape_vec((rows, cols), values(rows * cols, seed)).unwrap()
    }

    fn dense(inputs: usize, outputs: usize, seed: u64) -> Dense {
        Dense::new(matrix(outputs, inputs, seed), Array1::from(values(outputs, seed + 1)))
    }

    fn heads(hidden: usize, arc: usize, rel: usize) -> ParseHeads {
        let relations: Vec<DepRel> = ["nsubj", "obj", "root"].iter().map(|r| r.parse().unwrap()).collect();
        let rel_weight = Array3::from_shape_vec((3, rel + 1, rel + 1), values(3 * (rel + 1) * (rel + 1), 9)).unwrap();
        ParseHeads {
            upos: dense(hidden, 4, 1),
            lemma: dense(hidden, 5, 2),
            arc_dep: dense(hidden, arc, 3),
            arc_head: dense(hidden, arc, 4),
            rel_dep: dense(hidden, rel, 5),
            rel_head: dense(hidden, rel, 6),
            arc_weight: matrix(arc, arc, 7),
            arc_bias: Array1::from(values(arc, 8)),
            rel_weight_flat: flatten_relations(&rel_weight),
            rel_weight,
            root: Array1::from(values(hidden, 10)),
            trees: Trees::Projective,
            root_rows: Default::default(),
            tags: vec![Upos::Noun, Upos::Verb, Upos::Propn, Upos::Punct],
            relations,
            scripts: ["l|0|", "k|1|", "k|0|", "l|2|e", "k|0|s"]
                .iter()
                .map(|s| s.parse::<EditScript>().unwrap())
                .collect(),
            lemma_table: None,
        }
    }

    /// The libtorch projection computes exactly the features the `ndarray` reference
    /// does (layout, transpositions, the relation weight's bias row), and int8 nearly.
    #[test]
    fn parse_features_match_the_ndarray_reference() {
        let (hidden, arc, rel, n) = (16, 8, 6, 7);
        let heads = heads(hidden, arc, rel);
        let x = matrix(n, hidden, 11);
        let want = heads.features(x.view());
        assert_eq!(want.ncols(), heads.layout().width());
        let input = Tensor::from_slice(x.as_slice().unwrap()).view([n as i64, hidden as i64]);
        let projection = ParseProjection::new(&heads, tch::Device::Cpu);
        let got = |p: &ParseProjection| {
            let f = p.features(&input);
            Array2::from_shape_vec((n, want.ncols()), Vec::<f32>::try_from(f.flatten(0, -1)).unwrap()).unwrap()
        };
        let fp32 = got(&projection);
        let scale = want.iter().fold(0f32, |m, v| m.max(v.abs()));
        let worst = |a: &Array2<f32>| (a - &want).iter().fold(0f32, |m, v| m.max(v.abs())) / scale;
        assert!(worst(&fp32) < 1e-5, "fp32 differs by {}", worst(&fp32));
        let int8 = got(&projection.quantize());
        // Continuous columns only: a class may flip where two scores nearly tie.
        let continuous = |a: &Array2<f32>| a.slice(ndarray::s![.., FeatureLayout::HEAD_BIAS..]).to_owned();
        let d = (continuous(&int8) - continuous(&want)).iter().fold(0f32, |m, v| m.max(v.abs())) / scale;
        assert!(d < 0.05, "int8 differs by {d}");
        // And the decoded sentence is a tree either way.
        let forms = ["a"; 7];
        assert_eq!(heads.parse(fp32.view(), &forms), heads.parse(want.view(), &forms));
    }
}
