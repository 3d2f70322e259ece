#!/usr/bin/env python3
"""Hand-check relations on unseen news: build a corpus, list the edges to check, score the checks.

The dev gold files measure recall and precision on sentences someone annotated; this
measures precision on whole articles nobody wrote a rule or a gold line for. The corpus
is a fixed random sample of CoNLL-2003 *training* documents (Reuters, August 1996; see
../shared/data/README.md): the relation dev files come from other documents, and the
NER model saw these only as entity labels.

    scripts/relation_check.py corpus ../shared/data/conll2003/train.txt /tmp/rc/news.jsonl
    target/release/actorgraph extract /tmp/rc/news.jsonl -o /tmp/rc/out --no-report
    scripts/relation_check.py list /tmp/rc/out > rows.tsv
    # set `verdict` to right or wrong by the relation guidelines, on the sentence alone
    scripts/relation_check.py score tests/data/relations-checked.tsv /tmp/rc/out

`score` prints the precision of the run's positive evidence rows that the table
judges, and how many rows the table does not know (a changed pipeline finds new ones:
check them and add them, so that the figure stays over every row the run produced).
"""
import csv
import json
import random
import sys
from pathlib import Path

SEED = 5
DOCS = 400
FIELDS = ["doc_id", "relation", "source_mention", "target_mention", "polarity", "trigger", "verdict", "sentence"]
KEY = FIELDS[:6]


def documents(conll):
    docs, doc, sent = [], [], []
    for line in Path(conll).read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if doc:
                docs.append(doc)
            doc = []
            continue
        if not line.strip():
            if sent:
                doc.append(" ".join(sent))
            sent = []
            continue
        sent.append(line.split()[0])
    if sent:
        doc.append(" ".join(sent))
    if doc:
        docs.append(doc)
    return docs


def corpus(conll, out):
    docs = documents(conll)
    sample = random.Random(SEED).sample(docs, min(DOCS, len(docs)))
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(sample):
            f.write(json.dumps({"id": f"t{i:03d}", "text": "\n".join(d)}) + "\n")
    print(f"{len(sample)} documents written to {out}", file=sys.stderr)


def evidence(outdir):
    with open(Path(outdir) / "evidence.csv", encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["polarity"] == "positive"]


def key(row):
    return tuple(row[k] for k in KEY)


def list_rows(outdir):
    w = csv.DictWriter(sys.stdout, FIELDS, delimiter="\t", extrasaction="ignore")
    w.writeheader()
    for r in evidence(outdir):
        w.writerow({**r, "verdict": "", "sentence": " ".join(r["sentence"].split())})


def score(table, outdir):
    with open(table, encoding="utf-8", newline="") as f:
        checked = {key(r): r["verdict"] for r in csv.DictReader(f, delimiter="\t")}
    rows = evidence(outdir)
    verdicts = [checked.get(key(r)) for r in rows]
    judged = [v for v in verdicts if v in ("right", "wrong")]
    right = sum(v == "right" for v in judged)
    print(f"evidence rows {len(rows)}  judged {len(judged)}  right {right}  unjudged {len(rows) - len(judged)}")
    if judged:
        print(f"precision {right / len(judged):.3f}")


def main(argv):
    if len(argv) == 3 and argv[0] == "corpus":
        corpus(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "list":
        list_rows(argv[1])
    elif len(argv) == 3 and argv[0] == "score":
        score(argv[1], argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
