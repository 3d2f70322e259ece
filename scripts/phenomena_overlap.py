#!/usr/bin/env python3
"""Lines of a relation gold file that resemble an earlier line of the same file.

A blind batch is only a measure of generalisation if its sentences are new. Sentences
written from memory drift back to the same events and wording, so before a batch's
first run, check it against everything before it:

    python3 scripts/phenomena_overlap.py tests/data/relation-phenomena.jsonl --from ph-936

prints, for each line from that id on, the most similar earlier line when their word
sets overlap by at least --threshold (Jaccard over lower-cased words; default 0.6),
and a count at the end. Exit status 1 when any line repeats an earlier one exactly.
"""
import argparse
import json
import re
import sys


def words(text):
    return set(re.findall(r"\w+", text.lower()))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="JSON Lines with id and text")
    ap.add_argument("--from", dest="start", help="first id to check (default: every line)")
    ap.add_argument("--threshold", type=float, default=0.6)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    first = 0
    if args.start:
        ids = [r["id"] for r in rows]
        if args.start not in ids:
            sys.exit(f"{args.gold}: no id {args.start}")
        first = ids.index(args.start)
    seen = [words(r["text"]) for r in rows]
    similar = exact = 0
    for i in range(max(first, 1), len(rows)):
        score, k = max((len(seen[i] & seen[k]) / max(1, len(seen[i] | seen[k])), k) for k in range(i))
        if score >= args.threshold:
            similar += 1
            exact += score == 1.0
            print(f"{score:.2f} {rows[i]['id']}: {rows[i]['text']}\n     {rows[k]['id']}: {rows[k]['text']}")
    checked = len(rows) - max(first, 1)
    print(f"{similar} of {checked} lines resemble an earlier line (Jaccard >= {args.threshold}), {exact} repeat one")
    sys.exit(1 if exact else 0)


if __name__ == "__main__":
    main()
