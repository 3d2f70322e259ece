//! The parse heads on the encoder's word vectors (Dozat & Manning 2017). The products
//! that need no tree run with the encoder, in libtorch (`ner::fast_bert`), and give each
//! word a row of features ([`FeatureLayout`]); decoding a sentence from them is plain
//! `ndarray` that any thread can run.
//!
//! Mirrors `Biaffine` in `scripts/train_joint.py`: GELU MLPs for dependents and heads,
//! a bilinear arc score plus a head bias, a learned ROOT vector, a bilinear relation
//! scorer with bias terms, and linear UPOS and lemma-script classifiers.

use super::lemma::{EditScript, LemmaTable};
use super::tags::{DepRel, Upos};
use super::tree::Trees;
use super::{Head, WordSyntax};
use ndarray::{concatenate, s, Array1, Array2, Array3, ArrayView2, Axis};

/// A dense layer `y = x Wᵀ + b`.
#[derive(Debug, Clone)]
pub struct Dense {
    /// `[in, out]` (transposed once at load, so products need no transposition).
    pub weight_t: Array2<f32>,
    pub bias: Array1<f32>,
}

impl Dense {
    pub fn new(weight: Array2<f32>, bias: Array1<f32>) -> Dense {
        Dense { weight_t: weight.reversed_axes().as_standard_layout().to_owned(), bias }
    }

    fn apply(&self, x: ArrayView2<f32>) -> Array2<f32> {
        x.dot(&self.weight_t) + &self.bias
    }

    fn gelu(&self, x: ArrayView2<f32>) -> Array2<f32> {
        self.apply(x).mapv_into(|v| 0.5 * v * (1.0 + libm::erff(v * std::f32::consts::FRAC_1_SQRT_2)))
    }

    /// The highest-scoring output for one input vector. The lemma head has about a
    /// thousand outputs and most words never need it (the table knows them), so it runs
    /// word by word, only where asked.
    fn argmax(&self, x: ndarray::ArrayView1<f32>) -> usize {
        argmax((x.dot(&self.weight_t) + &self.bias).view())
    }

    pub fn inputs(&self) -> usize {
        self.weight_t.nrows()
    }

    pub fn outputs(&self) -> usize {
        self.weight_t.ncols()
    }
}

/// Trained parse heads and their label inventories.
#[derive(Debug, Clone)]
pub struct ParseHeads {
    pub upos: Dense,
    pub lemma: Dense,
    pub arc_dep: Dense,
    pub arc_head: Dense,
    pub rel_dep: Dense,
    pub rel_head: Dense,
    /// `[arc, arc]`.
    pub arc_weight: Array2<f32>,
    /// `[arc]`.
    pub arc_bias: Array1<f32>,
    /// `[relations, rel + 1, rel + 1]`.
    pub rel_weight: Array3<f32>,
    /// The same, laid out `[rel + 1, relations · (rel + 1)]` (each relation's matrix side
    /// by side) for one product per sentence; see [`flatten_relations`].
    pub rel_weight_flat: Array2<f32>,
    /// `[hidden]`: the head-side vector of ROOT.
    pub root: Array1<f32>,
    pub tags: Vec<Upos>,
    pub relations: Vec<DepRel>,
    pub scripts: Vec<EditScript>,
    /// Known words' lemmas, consulted before the edit script.
    pub lemma_table: Option<LemmaTable>,
    pub trees: Trees,
    /// ROOT's rows as a head, worked out on first use (`ParseHeads::root_rows`).
    pub(crate) root_rows: std::sync::OnceLock<RootRows>,
}

/// ROOT as a head: its arc vector and arc bias, and its relation vector. Every sentence
/// needs them and they depend on the weights alone.
#[derive(Debug, Clone)]
pub(crate) struct RootRows {
    arc: Array2<f32>,
    arc_bias: f32,
    rel: Array2<f32>,
}

/// `[relations, r, r]` → `[r, relations · r]`, each relation's matrix side by side: laid
/// out once at load, not per sentence (a 2 MB copy each time otherwise).
pub fn flatten_relations(w: &Array3<f32>) -> Array2<f32> {
    let (nrel, r, c) = w.dim();
    let side_by_side = w.view().permuted_axes([1, 0, 2]);
    side_by_side.as_standard_layout().into_owned().into_shape_with_order((r, nrel * c)).expect("standard layout")
}

impl ParseHeads {
    /// Width of the word vectors the heads read.
    pub fn hidden(&self) -> usize {
        self.root.len()
    }

    /// Checks that every shape agrees with the label lists and with each other.
    pub fn validate(&self) -> Result<(), String> {
        let h = self.hidden();
        let check = |name: &str, d: &Dense, out: Option<usize>| -> Result<(), String> {
            if d.inputs() != h || d.bias.len() != d.outputs() || out.is_some_and(|o| o != d.outputs()) {
                return Err(format!(
                    "parser.{name}: shape [{}, {}] does not fit hidden size {h}{}",
                    d.outputs(),
                    d.inputs(),
                    out.map(|o| format!(" and {o} labels")).unwrap_or_default()
                ));
            }
            Ok(())
        };
        check("upos", &self.upos, Some(self.tags.len()))?;
        check("lemma", &self.lemma, Some(self.scripts.len()))?;
        check("arc_dep", &self.arc_dep, None)?;
        check("arc_head", &self.arc_head, Some(self.arc_dep.outputs()))?;
        check("rel_dep", &self.rel_dep, None)?;
        check("rel_head", &self.rel_head, Some(self.rel_dep.outputs()))?;
        let a = self.arc_dep.outputs();
        if self.arc_weight.dim() != (a, a) || self.arc_bias.len() != a {
            return Err(format!("parser.arc_weight/arc_bias do not fit the arc width {a}"));
        }
        let r = self.rel_dep.outputs() + 1;
        if self.rel_weight.dim() != (self.relations.len(), r, r) {
            return Err(format!(
                "parser.rel_weight has shape {:?}, expected [{}, {r}, {r}]",
                self.rel_weight.dim(),
                self.relations.len()
            ));
        }
        Ok(())
    }

    fn root_rows(&self) -> &RootRows {
        self.root_rows.get_or_init(|| {
            let root = self.root.view().insert_axis(Axis(0));
            let arc = self.arc_head.gelu(root);
            RootRows { arc_bias: arc.row(0).dot(&self.arc_bias), arc, rel: self.rel_head.gelu(root) }
        })
    }

    /// Where each part of a word's features sits in the rows [`FeatureLayout`] describes.
    pub fn layout(&self) -> FeatureLayout {
        FeatureLayout { arc: self.arc_dep.outputs(), rel: self.rel_dep.outputs(), relations: self.relations.len() }
    }

    /// The features of words with encoder vectors `vectors` `[n, hidden]`, in plain
    /// `ndarray`: what the encoder's side computes in libtorch (`FastBert`), kept as the
    /// reference its tests compare with.
    pub fn features(&self, vectors: ArrayView2<f32>) -> Array2<f32> {
        let n = vectors.nrows();
        let column = |v: Vec<f32>| Array2::from_shape_vec((n, 1), v).expect("one value per word");
        let upos = self.upos.apply(vectors);
        let upos = column((0..n).map(|i| argmax(upos.row(i)) as f32).collect());
        let lemma = column((0..n).map(|i| self.lemma.argmax(vectors.row(i)) as f32).collect());
        let head = self.arc_head.gelu(vectors);
        let head_bias = head.dot(&self.arc_bias).insert_axis(Axis(1));
        let dep = self.arc_dep.gelu(vectors).dot(&self.arc_weight);
        let rel_head = self.rel_head.gelu(vectors);
        let ones = Array2::<f32>::ones((n, 1));
        let rd = concatenate(Axis(1), &[self.rel_dep.gelu(vectors).view(), ones.view()]).expect("rows agree");
        let rel_dep = rd.dot(&self.rel_weight_flat);
        let parts =
            [upos.view(), lemma.view(), head_bias.view(), dep.view(), head.view(), rel_head.view(), rel_dep.view()];
        concatenate(Axis(1), &parts).expect("rows agree")
    }

    /// Parses one sentence from its words' features `[n, layout().width()]` (see
    /// [`FeatureLayout`]) and forms: what is left needs the tree, and is dot products.
    pub fn parse(&self, features: ArrayView2<f32>, forms: &[&str]) -> Vec<WordSyntax> {
        let n = features.nrows();
        if n == 0 {
            return Vec::new();
        }
        let l = self.layout();
        let root = self.root_rows();

        // Arcs: scores[i, j] for dependent i and head j (0 = ROOT), as log-probabilities.
        let head = concatenate(Axis(0), &[root.arc.view(), features.slice(s![.., l.head()])]).expect("same width");
        let head_bias: Array1<f32> =
            std::iter::once(root.arc_bias).chain(features.column(FeatureLayout::HEAD_BIAS).iter().copied()).collect();
        let mut scores = features.slice(s![.., l.dep()]).dot(&head.t()) + head_bias.insert_axis(Axis(0));
        for i in 0..n {
            scores[[i, i + 1]] = f32::NEG_INFINITY;
            log_softmax(scores.row_mut(i));
        }
        let heads = self.trees.decode(scores.view());

        // Relations of each word with its chosen head: the dependent's side was
        // multiplied out with the encoder; the head's side, with a 1 appended, is dotted here.
        let rel_head =
            concatenate(Axis(0), &[root.rel.view(), features.slice(s![.., l.rel_head()])]).expect("same width");
        let r = l.rel + 1;
        (0..n)
            .map(|i| {
                let rh = rel_head.row(heads[i]);
                let rel_dep = features.slice(s![i, l.rel_dep()]);
                let rel = (0..l.relations)
                    .map(|k| rel_dep.slice(s![k * r..k * r + l.rel]).dot(&rh) + rel_dep[k * r + l.rel])
                    .enumerate()
                    .fold((0, f32::NEG_INFINITY), |b, (k, v)| if v > b.1 { (k, v) } else { b })
                    .0;
                let index = |column: usize, len: usize| (features[[i, column]] as usize).min(len.saturating_sub(1));
                let tag = self.tags[index(FeatureLayout::UPOS, self.tags.len())];
                // The treebank's lemma of a known word, else its ending's rule or the model's
                // script, whichever the treebank knows as a lemma (see `LemmaTable::choose`).
                let script = || self.scripts[index(FeatureLayout::LEMMA, self.scripts.len())].apply(forms[i]);
                let lemma = match self.lemma_table.as_ref() {
                    Some(t) => t.get(forms[i], tag).map(str::to_string).unwrap_or_else(|| {
                        let guess = t.by_suffix(forms[i], tag).unwrap_or_else(script);
                        t.choose(forms[i], tag, guess)
                    }),
                    None => script(),
                };
                WordSyntax {
                    upos: tag,
                    lemma,
                    head: if heads[i] == 0 { Head::Root } else { Head::Word(heads[i] - 1) },
                    rel: self.relations[rel],
                }
            })
            .collect()
    }
}

/// Where each part of a word's parse features sits in its row: the heads' products that
/// need no tree, run with the encoder (in libtorch, int8 where the encoder is) so that
/// decoding a sentence is only dot products. The row holds, in order: the UPOS and
/// lemma-script classes (as numbers), the word's arc bias as a head, its arc vector as a
/// dependent already multiplied by the arc weight, its arc vector as a head, its
/// relation vector as a head, and its relation vector as a dependent (with 1 appended)
/// multiplied by every relation's weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeatureLayout {
    /// Width of the arc vectors.
    pub arc: usize,
    /// Width of the relation vectors.
    pub rel: usize,
    /// Number of relation labels.
    pub relations: usize,
}

impl FeatureLayout {
    pub const UPOS: usize = 0;
    pub const LEMMA: usize = 1;
    pub const HEAD_BIAS: usize = 2;

    pub fn dep(&self) -> std::ops::Range<usize> {
        3..3 + self.arc
    }

    pub fn head(&self) -> std::ops::Range<usize> {
        self.dep().end..self.dep().end + self.arc
    }

    pub fn rel_head(&self) -> std::ops::Range<usize> {
        self.head().end..self.head().end + self.rel
    }

    pub fn rel_dep(&self) -> std::ops::Range<usize> {
        self.rel_head().end..self.rel_head().end + self.relations * (self.rel + 1)
    }

    pub fn width(&self) -> usize {
        self.rel_dep().end
    }
}

fn argmax(row: ndarray::ArrayView1<f32>) -> usize {
    row.iter().enumerate().fold((0, f32::NEG_INFINITY), |b, (k, &v)| if v > b.1 { (k, v) } else { b }).0
}

fn log_softmax(mut row: ndarray::ArrayViewMut1<f32>) {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let sum: f32 = row.iter().map(|&v| (v - max).exp()).sum();
    let log_sum = max + sum.ln();
    row.mapv_inplace(|v| v - log_sum);
}
