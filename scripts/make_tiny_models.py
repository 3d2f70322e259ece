#!/usr/bin/env python3
"""Generate tiny, randomly initialised Hugging Face token-classification models, one per
architecture actorgraph supports, for tests (no download needed).

Each model folder has config.json (model_type, id2label), tokenizer.json and
model.safetensors, laid out exactly like a model saved by `transformers`. Label sets
vary on purpose: BIO with CoNLL names, BIOES, IOB1, and OntoNotes names (PERSON, GPE,
NORP, DATE...) so the loader's mapping is exercised.

`joint` is the architecture of the bundled model (scripts/train_joint.py): a BERT with
word-shape token types, document context and parse heads (parser.* tensors, label lists
in actorgraph.json), so tests can drive the parse stage's mechanics without trained weights.

Usage: .venv/bin/python scripts/make_tiny_models.py OUT_DIR [NAME ...]
"""
import json
import sys
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

CORPUS = [
    "The president met the prime minister in the capital on Monday.",
    "Opposition leaders accused the government of corruption and fraud.",
    "Talks between the two countries ended without agreement.",
    "Officials said the election commission rejected the request.",
    "Kazakhstan, Kyrgyzstan, Russia and China signed an accord in Astana.",
] * 20

BIO = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
BIOES = ["O"] + [f"{p}-{t}" for t in ("PER", "ORG", "LOC", "MISC") for p in "BIES"]
IOB1 = ["O", "I-PER", "I-ORG", "I-LOC", "I-MISC", "B-PER", "B-ORG", "B-LOC", "B-MISC"]
ONTONOTES = ["O"] + [f"{p}-{t}" for t in ("PERSON", "ORG", "GPE", "NORP", "DATE", "MONEY") for p in "BI"]


def wordpiece_tokenizer():
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=200, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])
    tok.train_from_iterator(CORPUS, trainer)
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.BertProcessing(("[SEP]", sep), ("[CLS]", cls))
    return tok, tok.token_to_id("[PAD]")


def bpe_tokenizer():
    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=True)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=300, special_tokens=["<s>", "<pad>", "</s>", "<unk>", "<mask>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tok.train_from_iterator(CORPUS, trainer)
    tok.post_processor = processors.RobertaProcessing(("</s>", tok.token_to_id("</s>")), ("<s>", tok.token_to_id("<s>")))
    return tok, tok.token_to_id("<pad>")


def build(name, out, labels, make):
    import transformers as tf

    tok, pad = (bpe_tokenizer() if name in ("roberta", "xlm-roberta", "deberta") else wordpiece_tokenizer())
    vocab = tok.get_vocab_size()
    common = dict(vocab_size=vocab, num_labels=len(labels), id2label=dict(enumerate(labels)),
                  label2id={l: i for i, l in enumerate(labels)}, pad_token_id=pad)
    config, model_cls = make(tf, common)
    torch.manual_seed(0)
    model = model_cls(config)
    folder = out / name
    model.save_pretrained(folder, safe_serialization=True)
    tok.save(str(folder / "tokenizer.json"))
    print(f"{name}: {sum(p.numel() for p in model.parameters())} parameters, labels {len(labels)}")


SMALL = dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
             max_position_embeddings=128)

ARCHITECTURES = {
    "bert": (BIO, lambda tf, c: (tf.BertConfig(**SMALL, **c), tf.BertForTokenClassification)),
    "distilbert": (BIOES, lambda tf, c: (
        tf.DistilBertConfig(dim=32, n_layers=2, n_heads=2, hidden_dim=64, max_position_embeddings=128, **c),
        tf.DistilBertForTokenClassification)),
    "roberta": (ONTONOTES, lambda tf, c: (
        tf.RobertaConfig(**{**SMALL, "max_position_embeddings": 130}, type_vocab_size=1, **c),
        tf.RobertaForTokenClassification)),
    "xlm-roberta": (BIO, lambda tf, c: (
        tf.XLMRobertaConfig(**{**SMALL, "max_position_embeddings": 130}, type_vocab_size=1, **c),
        tf.XLMRobertaForTokenClassification)),
    "electra": (IOB1, lambda tf, c: (
        tf.ElectraConfig(embedding_size=16, **SMALL, **c), tf.ElectraForTokenClassification)),
    "albert": (BIO, lambda tf, c: (
        tf.AlbertConfig(embedding_size=16, **SMALL, **c), tf.AlbertForTokenClassification)),
    "deberta": (BIO, lambda tf, c: (
        tf.DebertaConfig(**SMALL, type_vocab_size=0, **c), tf.DebertaForTokenClassification)),
    "deberta-v2": (BIO, lambda tf, c: (
        tf.DebertaV2Config(**SMALL, type_vocab_size=0, **c), tf.DebertaV2ForTokenClassification)),
}


def build_joint(out):
    """A tiny random joint NER + parse model, laid out as scripts/train_joint.py saves one."""
    import transformers as tf
    from safetensors.torch import load_file, save_file

    sys.path.insert(0, str(Path(__file__).parent))
    from train_joint import UPOS, Biaffine

    tok, pad = wordpiece_tokenizer()
    config = tf.BertConfig(**SMALL, vocab_size=tok.get_vocab_size(), num_labels=len(BIO),
                           id2label=dict(enumerate(BIO)), label2id={l: i for i, l in enumerate(BIO)},
                           pad_token_id=pad, type_vocab_size=4, hidden_act="gelu")
    torch.manual_seed(0)
    model = tf.BertForTokenClassification(config)
    relations = ["root", "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "conj", "cc",
                 "det", "case", "punct", "amod", "compound", "acl:relcl", "xcomp", "ccomp", "appos", "mark", "aux",
                 "advmod", "flat"]
    scripts = ["k|0|", "l|0|", "k|1|", "l|1|", "k|3|be", "l|2|", "l|3|e"]
    heads = Biaffine(config.hidden_size, len(UPOS), len(scripts), len(relations), arc_dim=16, rel_dim=8)
    with torch.no_grad():
        for p in heads.parameters():
            p.normal_(0.0, 0.5)  # the trained-from-zero bilinear weights would make every arc tie
    folder = out / "joint"
    model.save_pretrained(folder, safe_serialization=True)
    state = load_file(str(folder / "model.safetensors"))
    state.update({f"parser.{k}": v.contiguous() for k, v in heads.state_dict().items()})
    save_file(state, str(folder / "model.safetensors"), metadata={"format": "pt"})
    tok.save(str(folder / "tokenizer.json"))
    settings = {"shape_token_types": True, "max_length": 32, "document_context": True,
                "parse": {"upos": UPOS, "relations": relations, "lemma_scripts": scripts}}
    (folder / "actorgraph.json").write_text(json.dumps(settings, indent=1) + "\n")
    print(f"joint: {sum(v.numel() for v in state.values())} parameters, {len(relations)} relations")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    only = set(sys.argv[2:])
    for name, (labels, make) in ARCHITECTURES.items():
        if not only or name in only:
            build(name, out, labels, make)
    if not only or "joint" in only:
        build_joint(out)


if __name__ == "__main__":
    main()
