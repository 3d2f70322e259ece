//! The fused BERT forward gives the same logits as rust-bert's on the bundled weights.

mod common;

use actorgraph::ner::fast_bert::FastBert;
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::Config;
use tch::{nn, Device, Kind, Tensor};

#[test]
fn fused_forward_matches_rust_bert() {
    let dir = actorgraph::bundled_model_dir();
    let config = BertConfig::from_file(dir.join("config.json"));
    let mut vs = nn::VarStore::new(Device::Cpu);
    let reference = BertForTokenClassification::new(vs.root(), &config).unwrap();
    vs.load(dir.join("model.safetensors")).unwrap();
    vs.float();
    let fast = FastBert::from_variables(&vs.variables(), config.num_attention_heads, 1e-12).unwrap();

    // Two sequences, the second padded, with shape token types.
    let ids = Tensor::from_slice(&[101i64, 7632, 2003, 1037, 3231, 102, 101, 2198, 102, 0, 0, 0]).view([2, 6]);
    let mask = Tensor::from_slice(&[1i64, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]).view([2, 6]);
    let types = Tensor::from_slice(&[0i64, 1, 0, 2, 3, 0, 0, 1, 0, 0, 0, 0]).view([2, 6]);
    tch::no_grad(|| {
        let want = reference.forward_t(Some(&ids), Some(&mask), Some(&types), None, None, false).logits;
        let got = fast.forward(&ids, &mask, Some(&types));
        // Compare real (unpadded) positions only.
        let real = mask.to_kind(Kind::Float).unsqueeze(-1);
        let diff = ((want - got) * real).abs().max().double_value(&[]);
        assert!(diff < 1e-3, "max logit difference {diff}");
    });
}

/// The bundled model (fp32) and its windows over the first `sentences` sentences of CoNLL valid.
fn bundled_with_valid_windows(sentences: usize) -> Option<(actorgraph::ner::Ner, Vec<actorgraph::tokenize::Window>)> {
    use actorgraph::eval::ner::{documents, read_conll};
    use actorgraph::ner::{DocInput, Ner};

    let shared = common::shared()?;
    let gold = read_conll(&shared.join("data/conll2003/valid.txt")).unwrap();
    let docs = documents(&gold[..sentences]);
    let inputs: Vec<DocInput> = docs.iter().map(|(t, s)| (t.as_str(), s.as_slice())).collect();
    let ner = Ner::load(&actorgraph::bundled_model_dir(), Device::Cpu).unwrap();
    let windows = ner.windows(&inputs).unwrap();
    Some((ner, windows))
}

/// int8 (fbgemm) keeps the fp32 decision on nearly every token of real text, and the
/// peers in `bench` follow the bundled model's precision.
#[test]
fn int8_forward_stays_close_to_fp32() {
    use actorgraph::ner::Precision;

    let Some((mut ner, windows)) = bundled_with_valid_windows(400) else { return };
    let batch: Vec<_> = windows.iter().take(128).collect();
    let fp32 = ner.forward(&batch).unwrap();
    ner.set_precision(Precision::Int8).unwrap();
    assert_eq!(ner.model().precision(), Precision::Int8);
    let int8 = ner.forward(&batch).unwrap();
    assert_ne!(fp32, int8, "int8 changes the arithmetic");

    let labels = ner.model().labels.len();
    let len = batch.iter().map(|w| w.ids.len()).max().unwrap();
    let argmax = |v: &[f32]| (0..labels).max_by(|&a, &b| v[a].total_cmp(&v[b])).unwrap();
    let (mut same, mut real) = (0, 0);
    for (r, w) in batch.iter().enumerate() {
        for p in 0..w.ids.len() {
            let at = (r * len + p) * labels;
            real += 1;
            same += usize::from(argmax(&fp32[at..at + labels]) == argmax(&int8[at..at + labels]));
        }
    }
    assert!(real > 1500, "{real} tokens compared");
    assert!(same as f64 / real as f64 > 0.99, "int8 agrees with fp32 on {same} of {real} tokens");

    // A window's labels do not depend on the windows batched with it (activation scales
    // are per window), so shards and resumed runs agree with a single run.
    for (r, w) in batch.iter().enumerate().step_by(16) {
        let alone = ner.forward(&[*w]).unwrap();
        for p in 0..w.ids.len() {
            let at = (r * len + p) * labels;
            let own = p * labels;
            assert_eq!(argmax(&int8[at..at + labels]), argmax(&alone[own..own + labels]), "window {r}, token {p}");
        }
    }

    let peer = actorgraph::ner::Model::random_bert(ner.model(), 2, 64, 2).unwrap();
    assert_eq!(peer.precision(), Precision::Int8);
}

/// Batches spread over several workers come back in order, each as the single-threaded
/// path computes it.
#[test]
fn workers_return_every_batch_in_order() {
    let Some((mut ner, windows)) = bundled_with_valid_windows(200) else { return };
    // Batches of different sizes, so that a batch returned out of place would show.
    let refs: Vec<_> = windows.iter().collect();
    let batches: Vec<Vec<_>> = refs.chunks(3).map(<[_]>::to_vec).collect();
    assert!(batches.len() >= 4, "{} batches", batches.len());
    let alone = ner.forward_batches(&batches).unwrap();
    ner.set_workers(3);
    assert_eq!(ner.model().workers(), 3);
    let spread = ner.forward_batches(&batches).unwrap();
    assert_eq!(alone.len(), spread.len());
    for (i, (a, s)) in alone.iter().zip(&spread).enumerate() {
        assert_eq!(a.len(), s.len(), "batch {i}");
        let diff = a.iter().zip(s).map(|(x, y)| (x - y).abs()).fold(0.0f32, f32::max);
        assert!(diff < 1e-3, "batch {i}: log-prob difference {diff}");
    }
}
