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
