#!/usr/bin/env python3
"""Hand-check actor codes: build a news corpus, sample nodes for checking, score the checks.

The corpus is CoNLL-2003's validation documents (Reuters, August 1996; see
../shared/data/README.md), one JSONL line each, without sport results and market
tables (their headlines start with a sport or a market word), dated by the dateline.

    scripts/actor_check.py corpus ../shared/data/conll2003/valid.txt /tmp/ac/news.jsonl
    target/release/actorgraph extract /tmp/ac/news.jsonl -o /tmp/ac/out
    scripts/actor_check.py sample /tmp/ac/out /tmp/ac/news.jsonl 160 > sample.tsv
    scripts/actor_check.py sample OUT CORPUS 160 --in-edges > sample.tsv   # only nodes in edges
    # fill in gold_country, gold_sector, split (the ids of other nodes for the same actor)
    scripts/actor_check.py score tests/data/actors-checked.tsv [/tmp/ac/out]

`sample` draws nodes with a fixed seed, shows each with its codes and the first
sentences that name it, and leaves the gold columns empty. `score` prints country and
sector accuracy over the checked rows (with an output folder: as that run codes
them, a node it no longer has by the node that now holds its name), and the split rate of countries, capitals and
major organisations (rows marked `major`).
"""
import csv
import json
import random
import re
import sys
from pathlib import Path

SPORT = re.compile(
    r"^(SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY|ATHLETICS|CYCLING|BOXING|MOTOR|"
    r"HORSE|NFL|NHL|NBA|SKIING|SWIMMING|ROWING|SQUASH|BADMINTON|OLYMPICS|FORMULA|YACHTING|"
    r"ICE HOCKEY|HOCKEY|SPORT|RALLY|TABLE TENNIS|VOLLEYBALL|WRESTLING|CHESS|MOTORCYCLING|"
    r"[A-Z ]*(STOCKS|SHARES|BONDS|FOREX|PRICES|MARKET|FUTURES|TRADE|RESULTS|CURRENCY|GOLD|OIL|GRAIN))\b"
)
DATE = re.compile(r"\b(19\d\d-\d\d-\d\d)\b")
FIELDS = ["id", "label", "type", "mentions", "country", "sector", "cameo_actor", "context",
          "gold_country", "gold_sector", "major", "split"]


def documents(conll):
    doc = []
    for line in Path(conll).read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if doc:
                yield doc
            doc = []
        elif not line.strip():
            doc.append([])
        else:
            if not doc or doc[-1] == []:
                doc.append([])
            doc[-1].append(line.split()[0])
    if doc:
        yield doc


def corpus(conll, out):
    rows = []
    for i, doc in enumerate(documents(conll)):
        sentences = [" ".join(s) for s in doc if s]
        if not sentences or SPORT.match(sentences[0]):
            continue
        text = "\n".join(sentences)
        date = DATE.search(" ".join(sentences[:3]))
        row = {"id": f"{Path(conll).stem}-{i}", "text": text}
        if date:
            row["date"] = date.group(1)
        rows.append(row)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    print(f"{len(rows)} documents written to {out}", file=sys.stderr)


def sample(out_dir, corpus_file, n, only_in_edges=False, seed=7):
    nodes = list(csv.DictReader(open(Path(out_dir) / "nodes.csv", encoding="utf-8")))
    if only_in_edges:
        ends = {e[k] for e in csv.DictReader(open(Path(out_dir) / "edges.csv", encoding="utf-8"))
                for k in ("Source", "Target")}
        nodes = [node for node in nodes if node["Id"] in ends]
    texts = [json.loads(l)["text"] for l in open(corpus_file, encoding="utf-8")]
    sentences = [s for t in texts for s in t.split("\n")]
    random.Random(seed).shuffle(nodes)
    w = csv.DictWriter(sys.stdout, FIELDS, delimiter="\t", extrasaction="ignore")
    w.writeheader()
    for node in nodes[:n]:
        pattern = re.compile(r"\b" + re.escape(node["Label"]) + r"\b", re.IGNORECASE)
        context = " | ".join([s for s in sentences if pattern.search(s)][:2])[:400]
        w.writerow({"id": node["Id"], "label": node["Label"], "type": node["Type"],
                    "mentions": node["mentions"], "country": node["country"], "sector": node["sector"],
                    "cameo_actor": node["cameo_actor"], "context": context})


def holder(nodes, label):
    """The node that now holds the name `label`: one labelled so (of any type), else the
    one whose label_forms write it most often, else the most mentioned node whose label
    begins or ends with it as whole words ("Lear" in "Lear Corp", "Treasury" in "U.S.
    Treasury", "Kabariti" in "Abdul-Karim al-Kabariti"); None when no node does."""
    nodes = list(nodes)
    low = label.lower()
    same = [n for n in nodes if n["Label"].lower() == low]
    if same:
        return max(same, key=lambda n: int(n["mentions"]))
    best, most = None, 0
    for n in nodes:
        forms = json.loads(n.get("label_forms") or "{}")
        count = sum(v for k, v in forms.items() if k.lower() == low)
        if count > most:
            best, most = n, count
    if best or len(low) < 4:
        return best
    # Words split at hyphens too: "Kabariti" ends "Abdul-Karim al-Kabariti".
    words = lambda s: re.split(r"[\s-]+", s.lower().strip())
    want = words(low)
    longer = [n for n in nodes if len(words(n["Label"])) > len(want)
              and (words(n["Label"])[:len(want)] == want or words(n["Label"])[-len(want):] == want)]
    return max(longer, key=lambda n: int(n["mentions"]), default=None)


def score(checked, out_dir=None):
    rows = list(csv.DictReader(open(checked, encoding="utf-8"), delimiter="\t"))
    if out_dir:
        # Codes as a fresh run gives them. A checked node that run lacks is scored by the
        # node that now holds its name ("Lear" joined to "Lear Corp"); a name no node
        # holds has no code in that run.
        now = {n["Id"]: n for n in csv.DictReader(open(Path(out_dir) / "nodes.csv", encoding="utf-8"))}
        labels = {r["id"]: r["label"] for r in rows}
        # A node id the run lacks, by the node that now holds its name (a label the
        # table does not give cannot be followed).
        node_of = lambda i: now.get(i) or (holder(now.values(), labels[i]) if i in labels else None)
        for r in rows:
            n = node_of(r["id"]) or {}
            r["country"], r["sector"] = n.get("country", ""), n.get("sector", "")
            # A split holds while the row's node and another node of the actor both
            # remain, under their ids or renamed.
            apart = [s.strip() for s in r["split"].split(";") if s.strip()]
            apart = [s for s in apart if (node_of(s) or {}).get("Id") not in (None, n.get("Id"))]
            r["split"] = ";".join(apart) if n else ""
    norm = lambda v: (v or "").strip()
    n = len(rows)
    country = sum(norm(r["country"]) == norm(r["gold_country"]) for r in rows)
    sector = sum(norm(r["sector"]) == norm(r["gold_sector"]) for r in rows)
    major = [r for r in rows if norm(r["major"]) == "yes"]
    split = [r for r in major if norm(r["split"])]
    print(f"nodes {n}")
    print(f"country {country / n:.4f}")
    print(f"sector {sector / n:.4f}")
    placed = [r for r in rows if norm(r["gold_country"])]
    coded = [r for r in rows if norm(r["gold_sector"])]
    print(f"country_where_gold_has_one {sum(norm(r['country']) == norm(r['gold_country']) for r in placed) / max(1, len(placed)):.4f} ({len(placed)})")
    print(f"sector_where_gold_has_one {sum(norm(r['sector']) == norm(r['gold_sector']) for r in coded) / max(1, len(coded)):.4f} ({len(coded)})")
    for k in ("country", "sector"):
        given = [r for r in rows if norm(r[k])]
        right = sum(norm(r[k]) == norm(r["gold_" + k]) for r in given)
        print(f"{k}_given {len(given)} right {right}")
    print(f"major {len(major)}")
    print(f"split {len(split) / max(1, len(major)):.4f}")
    for r in rows:
        wrong = [k for k in ("country", "sector") if norm(r[k]) != norm(r["gold_" + k])]
        if wrong or norm(r["split"]):
            print(f"  {r['id']}: " + ", ".join(f"{k} {r[k]!r} (gold {r['gold_' + k]!r})" for k in wrong)
                  + (f" split from {r['split']}" if norm(r["split"]) else ""))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:] or ["-h"]
    if cmd == "corpus":
        corpus(*args)
    elif cmd == "sample":
        sample(args[0], args[1], int(args[2]), "--in-edges" in args[3:])
    elif cmd == "score":
        score(*args)
    else:
        print(__doc__)
