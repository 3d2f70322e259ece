//! The parse heads on the encoder's word vectors (Dozat & Manning 2017), in plain
//! `ndarray`: small matrix products per sentence that any thread can run.
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

    /// Parses one sentence from its words' vectors `[n, hidden]` and forms.
    pub fn parse(&self, vectors: ArrayView2<f32>, forms: &[&str]) -> Vec<WordSyntax> {
        let n = vectors.nrows();
        if n == 0 {
            return Vec::new();
        }
        let root = self.root.view().insert_axis(Axis(0));
        let with_root = concatenate(Axis(0), &[root, vectors.view()]).expect("same width");

        // Arcs: scores[i, j] for dependent i and head j (0 = ROOT), as log-probabilities.
        let dep = self.arc_dep.gelu(vectors);
        let head = self.arc_head.gelu(with_root.view());
        let mut scores = dep.dot(&self.arc_weight).dot(&head.t()) + head.dot(&self.arc_bias).insert_axis(Axis(0));
        for i in 0..n {
            scores[[i, i + 1]] = f32::NEG_INFINITY;
            log_softmax(scores.row_mut(i));
        }
        let heads = self.trees.decode(scores.view());

        // Relations of each word with its chosen head.
        let ones = Array2::<f32>::ones((n, 1));
        let rd = concatenate(Axis(1), &[self.rel_dep.gelu(vectors).view(), ones.view()]).expect("rows agree");
        let rh_all = self.rel_head.gelu(with_root.view());
        let rh = concatenate(Axis(1), &[rh_all.select(Axis(0), &heads).view(), ones.view()]).expect("rows agree");
        let (nrel, r) = (self.relations.len(), rd.ncols());
        // [n, r] · [r, nrel·r], then a dot per relation.
        let left = rd.dot(&self.rel_weight_flat);
        let upos = self.upos.apply(vectors);
        (0..n)
            .map(|i| {
                let rel = (0..nrel)
                    .map(|k| left.slice(s![i, k * r..(k + 1) * r]).dot(&rh.row(i)))
                    .enumerate()
                    .fold((0, f32::NEG_INFINITY), |b, (k, v)| if v > b.1 { (k, v) } else { b })
                    .0;
                let tag = self.tags[argmax(upos.row(i))];
                // The treebank's lemma of a known word, else its ending's rule or the model's
                // script, whichever the treebank knows as a lemma (see `LemmaTable::choose`).
                let script = || self.scripts[self.lemma.argmax(vectors.row(i))].apply(forms[i]);
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

fn argmax(row: ndarray::ArrayView1<f32>) -> usize {
    row.iter().enumerate().fold((0, f32::NEG_INFINITY), |b, (k, &v)| if v > b.1 { (k, v) } else { b }).0
}

fn log_softmax(mut row: ndarray::ArrayViewMut1<f32>) {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let sum: f32 = row.iter().map(|&v| (v - max).exp()).sum();
    let log_sum = max + sum.ln();
    row.mapv_inplace(|v| v - log_sum);
}
