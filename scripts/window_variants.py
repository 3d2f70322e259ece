#!/usr/bin/env python3
"""How the way articles are cut into model windows trades subwords run against F1.

For each variant, prints the subwords the model runs over CoNLL valid and test
articles (special tokens included) and entity F1 with argmax decoding (the Rust side
adds Viterbi), on the bundled model in PyTorch fp32:

  overlap-N  windows fill 128 subwords across sentence boundaries and overlap by N
             words; each word is read where it is furthest from an edge
             (src/tokenize/subword.rs uses N = 8);
  sentences  windows end at a sentence boundary where one falls inside the window,
             so they need no overlap (a sentence longer than a window is cut with an
             overlap of 8 words).

Usage (from the repository root, after scripts/setup.sh):
    .venv/bin/python scripts/window_variants.py [--conll ../shared/data/conll2003] [VARIANT ...]
"""
import argparse
import sys
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import BertForTokenClassification

sys.path.insert(0, str(Path(__file__).parent))
import train_ner as T  # noqa: E402  (the windows and scoring the model was trained and chosen with)

MAX_LEN = 128


def sentence_windows(doc, max_len=MAX_LEN, overlap_words=T.OVERLAP_WORDS):
    """(words, core) ranges of windows that end at the last sentence boundary they hold."""
    n, bounds, start = len(doc.pieces), [], 0
    ends = [w + 1 for w in range(n) if w + 1 == n or doc.sentence_of[w + 1] != doc.sentence_of[w]]
    while start < n:
        end = T.pack(doc, start, max_len - 2)
        boundary = max((e for e in ends if start < e <= end), default=None)
        if end == n or boundary is not None:
            end = end if end == n else boundary
            bounds.append((start, end))
            start = end
        else:
            bounds.append((start, end))
            start = max(end - min(overlap_words, (end - start) // 2), start + 1)
    out = []
    for k, (s, e) in enumerate(bounds):
        cs = 0 if k == 0 else (s + bounds[k - 1][1] + 1) // 2
        ce = n if k + 1 == len(bounds) else (bounds[k + 1][0] + e + 1) // 2
        out.append((range(s, e), range(cs, ce)))
    return out


@torch.no_grad()
def score(model, docs, cut, cls, sep):
    """(subwords run, windows, entity F1) with windows cut by `cut`."""
    examples, reads = [], []
    for d, doc in enumerate(docs):
        for words, core in cut(doc):
            ex, first = T.example(doc, words, set(), MAX_LEN, cls, sep)
            examples.append(ex)
            reads.append((d, core, first))
    preds = [[0] * len(doc.pieces) for doc in docs]
    for idx in T.batches(examples, 4096, False, None):
        ids, types, mask, _ = T.collate(examples, idx)
        best = model(input_ids=ids, token_type_ids=types, attention_mask=mask).logits.argmax(-1).tolist()
        for r, i in enumerate(idx):
            d, core, first = reads[i]
            for w in core:
                if w in first:
                    preds[d][w] = best[r][first[w]]
    gold, pred = [], []
    for doc, p in zip(docs, preds):
        w = 0
        for words, tags in doc.sentences:
            gold.append(tags)
            pred.append([T.LABELS[k] for k in p[w : w + len(words)]])
            w += len(words)
    return sum(len(e[0]) for e in examples), len(examples), T.f1_score(gold, pred)


def main():
    variants = {
        "overlap-16": lambda d: T.runtime_windows(d, MAX_LEN, 16),
        "overlap-8": lambda d: T.runtime_windows(d, MAX_LEN, 8),
        "overlap-4": lambda d: T.runtime_windows(d, MAX_LEN, 4),
        "overlap-0": lambda d: T.runtime_windows(d, MAX_LEN, 0),
        "sentences": sentence_windows,
    }
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="*", help=f"any of {', '.join(variants)} (default: all)")
    ap.add_argument("--conll", default="../shared/data/conll2003")
    ap.add_argument("--model", default="models/ner-minilm")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    unknown = [v for v in args.variants if v not in variants]
    if unknown:
        ap.error(f"unknown variant {unknown[0]}; expected one of {', '.join(variants)}")

    torch.set_num_threads(args.threads)
    tok = Tokenizer.from_file(f"{args.model}/tokenizer.json")
    tok.no_padding()
    tok.no_truncation()
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    model = BertForTokenClassification.from_pretrained(args.model).eval()
    splits = {name: [T.Doc(tok, d) for d in T.read_conll(Path(args.conll) / f"{name}.txt")] for name in ("valid", "test")}
    print("variant      split  subwords  windows  F1 (argmax)")
    for name in args.variants or list(variants):
        for split, docs in splits.items():
            subwords, windows, f1 = score(model, docs, variants[name], cls, sep)
            print(f"{name:<12} {split:<6} {subwords:>8} {windows:>8}  {100 * f1:.2f}", flush=True)


if __name__ == "__main__":
    main()
