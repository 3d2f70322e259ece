#!/usr/bin/env python3
"""Hand-check relations on unseen news: build a corpus, list the edges to check, score the checks.

The dev gold files measure recall and precision on sentences someone annotated; this
measures precision on whole articles nobody wrote a rule or a gold line for. The corpus
is a fixed random sample of CoNLL-2003 *training* documents (Reuters, August 1996; see
../shared/data/README.md), which the NER model saw only as entity labels. The dev file
comes from the validation documents; events-dev's sentences come from training
documents, and 67 of them lie in this sample.

    scripts/relation_check.py corpus ../shared/data/conll2003/train.txt /tmp/rc/news.jsonl
    target/release/actorgraph extract /tmp/rc/news.jsonl -o /tmp/rc/out --no-report
    scripts/relation_check.py list /tmp/rc/out > rows.tsv
    # set `verdict` to right or wrong by the relation guidelines, on the sentence alone
    scripts/relation_check.py score tests/data/relations-checked.tsv /tmp/rc/out

`score` prints the precision of the run's positive evidence rows that the table
judges, and how many rows the table does not know (a changed pipeline finds new ones:
check them and add them, so that the figure stays over every row the run produced).

For recall, `pool` draws single sentences of the training documents that name two or
more entities (by CoNLL's own tags) and hold a word of accusing, meeting or conflict,
leaving out every sentence of the two dev files; `tests/data/relations-real.jsonl`
holds gold relations for the first 150 so drawn, less the dev sentences among them,
and `actorgraph eval relations` scores a run on it:

    scripts/relation_check.py pool ../shared/data/conll2003/train.txt 150 > /tmp/pool.jsonl
"""
import csv
import json
import random
import re
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


POOL_SEED = 38
# A sampling filter, not the extractor's lexicon: words that make a sentence worth
# annotating, so that the pool is not mostly sentences with no relation.
POOL_WORDS = re.compile(
    r"\b(attack|attacked|attacks|arrest|arrested|shell|shelled|shelling|sanction|sanctions|"
    r"threaten|threatened|protest|protested|expel|expelled|ban|banned|clash|clashed|clashes|"
    r"ambush|ambushed|kill|killed|condemn|condemned|accuse|accused|blame|blamed|criticised|"
    r"criticized|met|talks|visit|visited|raid|raided|seized|captured|bombed|fired|sued|"
    r"rejected|denounced|detained|charged|warned|invaded|fought|fighting|boycott|struck|"
    r"demanded|urged|opposed)\b",
    re.I,
)
# Sport results and tables ("2-1", league reports) are no political text.
POOL_SKIP = re.compile(r"\d+-\d+|\bsoccer\b|\bcricket\b|\bleague\b", re.I)


def tagged_sentences(conll):
    """Each sentence of a CoNLL file as (token, NER tag) pairs."""
    sents, cur = [], []
    for line in Path(conll).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("-DOCSTART-"):
            if cur:
                sents.append(cur)
            cur = []
            continue
        parts = line.split()
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def entity_spans(sent):
    spans, prev = 0, "O"
    for _, tag in sent:
        if tag != "O" and (tag.startswith("B-") or prev == "O" or prev[2:] != tag[2:]):
            spans += 1
        prev = tag
    return spans


def squash(text):
    """A sentence without its spacing, lower-cased: CoNLL's tokens and the dev files'
    running text compare equal."""
    return re.sub(r"\s+", "", text).lower()


def dev_texts(conll):
    """The sentences of the two relation dev files, beside the CoNLL folder given
    (../shared/data/conll2003/train.txt → ../shared/data/relations/)."""
    relations = Path(conll).resolve().parent.parent / "relations"
    return {
        squash(json.loads(line)["text"])
        for name in ("dev.jsonl", "events-dev.jsonl")
        for line in (relations / name).read_text(encoding="utf-8").splitlines()
    }


def pool(conll, n):
    texts = []
    for sent in tagged_sentences(conll):
        tokens = [t for t, _ in sent]
        text = " ".join(tokens)
        if 12 <= len(tokens) <= 55 and entity_spans(sent) >= 2 and POOL_WORDS.search(text) and not POOL_SKIP.search(text):
            texts.append(text)
    random.Random(POOL_SEED).shuffle(texts)
    dev = dev_texts(conll)
    kept = 0
    for i, text in enumerate(texts[:n]):
        if squash(text) in dev:
            continue
        kept += 1
        print(json.dumps({"id": f"r{i:03d}", "text": text, "relations": []}))
    print(f"{kept} of {min(n, len(texts))} sentences written ({len(texts)} in the pool; dev sentences left out)", file=sys.stderr)


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
    elif len(argv) == 3 and argv[0] == "pool":
        pool(argv[1], int(argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
