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
        if end < n and boundary is not None:
            end = boundary
        bounds.append((start, end))
        if end == n or end == boundary:
            start = end
        else:
            start = max(end - min(overlap_words, (end - start) // 2), start + 1)
    return T.with_cores(bounds, n)


def cost(docs, cut, cls, sep):
    """(subwords run, windows) with windows cut by `cut`."""
    lengths = [len(T.example(doc, words, set(), MAX_LEN, cls, sep)[0][0]) for doc in docs for words, _ in cut(doc)]
    return sum(lengths), len(lengths)


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
            subwords, windows = cost(docs, variants[name], cls, sep)
            f1 = T.evaluate(model, docs, MAX_LEN, cls, sep, torch.device("cpu"), cut=variants[name])
            print(f"{name:<12} {split:<6} {subwords:>8} {windows:>8}  {100 * f1:.2f}", flush=True)


if __name__ == "__main__":
    main()
