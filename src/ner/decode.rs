//! From per-word label log-probabilities to entity chunks.

use super::labels::{LabelSet, Tag};
use super::EntityType;
use ndarray::{Array2, ArrayView2};
use std::ops::Range;

/// A decoded entity over word indices, with its mean label probability.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub words: Range<usize>,
    pub kind: EntityType,
    pub score: f32,
}

/// Best well-formed label sequence under the scheme's transition constraints (Viterbi).
///
/// Per-word argmax can produce "O I-PER" or "B-ORG I-PER"; instead of repairing those
/// afterwards, only sequences the scheme allows are considered.
pub fn viterbi(log_probs: ArrayView2<f32>, labels: &LabelSet) -> Vec<usize> {
    let (n, k) = log_probs.dim();
    if n == 0 {
        return Vec::new();
    }
    let mut best = Array2::<f32>::from_elem((n, k), f32::NEG_INFINITY);
    let mut back = Array2::<usize>::zeros((n, k));
    for j in 0..k {
        if labels.allowed(None, j) {
            best[[0, j]] = log_probs[[0, j]];
        }
    }
    for t in 1..n {
        for j in 0..k {
            let mut arg = 0;
            let mut score = f32::NEG_INFINITY;
            for i in 0..k {
                let s = best[[t - 1, i]];
                if s > score && labels.allowed(Some(i), j) {
                    score = s;
                    arg = i;
                }
            }
            best[[t, j]] = score + log_probs[[t, j]];
            back[[t, j]] = arg;
        }
    }
    let mut last = (0..k)
        .filter(|&j| labels.may_end(j))
        .max_by(|&a, &b| best[[n - 1, a]].total_cmp(&best[[n - 1, b]]))
        .unwrap_or(0);
    let mut path = vec![0; n];
    for t in (0..n).rev() {
        path[t] = last;
        last = back[[t, last]];
    }
    path
}

/// Groups a label sequence into entity chunks (conlleval semantics for every scheme).
pub fn chunks(path: &[usize], log_probs: ArrayView2<f32>, labels: &LabelSet) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    let close = |open: &mut Option<(usize, EntityType)>, end: usize, out: &mut Vec<Chunk>| {
        if let Some((start, kind)) = open.take() {
            let score = (start..end).map(|t| log_probs[[t, path[t]]].exp()).sum::<f32>() / (end - start) as f32;
            out.push(Chunk { words: start..end, kind, score });
        }
    };
    for (t, &l) in path.iter().enumerate() {
        let label = labels.labels[l];
        let continues = open.is_some_and(|(_, k)| Some(k) == label.kind);
        match (label.tag, label.kind) {
            (Tag::Outside, _) | (_, None) => close(&mut open, t, &mut out),
            (Tag::Begin, Some(kind)) => {
                close(&mut open, t, &mut out);
                open = Some((t, kind));
            }
            (Tag::Inside, Some(kind)) => {
                if !continues {
                    close(&mut open, t, &mut out);
                    open = Some((t, kind));
                }
            }
            (Tag::End, Some(kind)) => {
                if !continues {
                    close(&mut open, t, &mut out);
                    open = Some((t, kind));
                }
                close(&mut open, t + 1, &mut out);
            }
            (Tag::Single, Some(kind)) => {
                close(&mut open, t, &mut out);
                open = Some((t, kind));
                close(&mut open, t + 1, &mut out);
            }
        }
    }
    close(&mut open, path.len(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::array;
    use std::collections::HashMap;

    fn bio() -> LabelSet {
        let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"];
        let map: HashMap<i64, String> = names.iter().enumerate().map(|(i, n)| (i as i64, n.to_string())).collect();
        LabelSet::from_id2label(&map).unwrap()
    }

    #[test]
    fn viterbi_repairs_what_argmax_breaks() {
        // argmax would give O I-PER I-PER; the best legal path is O B-PER I-PER.
        let p = array![[0.9f32, 0.05, 0.03, 0.01, 0.01], [0.1, 0.4, 0.45, 0.03, 0.02], [0.1, 0.1, 0.7, 0.05, 0.05]];
        let lp = p.mapv(f32::ln);
        let labels = bio();
        let path = viterbi(lp.view(), &labels);
        assert_eq!(path, vec![0, 1, 2]);
        let c = chunks(&path, lp.view(), &labels);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].words, 1..3);
        assert_eq!(c[0].kind, EntityType::Per);
        assert!((c[0].score - (0.4 + 0.7) / 2.0).abs() < 1e-5);
    }

    #[test]
    fn chunks_split_on_type_change_and_new_begin() {
        let labels = bio();
        let lp = Array2::<f32>::zeros((5, 5));
        let c = chunks(&[1, 2, 1, 3, 0], lp.view(), &labels);
        let spans: Vec<_> = c.iter().map(|c| (c.words.clone(), c.kind)).collect();
        assert_eq!(spans, vec![(0..2, EntityType::Per), (2..3, EntityType::Per), (3..4, EntityType::Org)]);
        assert!(viterbi(Array2::<f32>::zeros((0, 5)).view(), &labels).is_empty());
    }
}
