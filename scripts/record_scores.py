#!/usr/bin/env python3
"""Record the Rust pipeline's scores for a model folder in its scores.json and README.md.

Runs `actorgraph eval ner` on valid.txt and test.txt at fp32 and int8, and stores overall
P/R/F1 and per-type F1 under "rust_eval" in MODEL/scores.json. For a model with parse heads
(`parse` in actorgraph.json) it also runs `actorgraph eval parse` on UD English EWT dev and
test and on PUD at both precisions. Then it regenerates MODEL/README.md
(scripts/train_ner.py or scripts/train_joint.py --readme-only).

Usage (after `cargo build --release`): scripts/record_scores.py models/minilm-ner-parse [--conll DIR] [--ud-dir DIR]
"""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rows(binary, stage, model, gold, precision, pattern):
    """`actorgraph eval STAGE GOLD`'s output lines matching `pattern`, by their first group."""
    out = subprocess.run([str(binary), "eval", stage, str(gold), "--model", str(model), "--precision", precision],
                         check=True, capture_output=True, text=True).stdout
    return {m.group(1): m.groups()[1:] for m in map(lambda l: re.match(pattern, l), out.splitlines()) if m}


def evaluate(binary, model, conll_file, precision):
    """Per type (and overall): precision, recall, F1."""
    found = rows(binary, "ner", model, conll_file, precision, r"\s*(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s")
    return {k: tuple(float(x) for x in v) for k, v in found.items()}


def evaluate_parse(binary, model, conllu, precision):
    """UPOS, lemma, UAS, LAS and per-relation LAS."""
    found = rows(binary, "parse", model, conllu, precision, r"\s*([\w:]+)\s+([\d.]+)(?:\s|$)")
    return {k: float(v[0]) for k, v in found.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model")
    ap.add_argument("--binary", default=str(ROOT / "target/release/actorgraph"), help="the actorgraph to run")
    ap.add_argument("--conll", default=str(ROOT.parent / "shared/data/conll2003"))
    ap.add_argument("--ud-dir", default=str(ROOT.parent / "shared/data"))
    args = ap.parse_args()
    binary = Path(args.binary)
    model = Path(args.model)
    scores_path = model / "scores.json"
    scores = json.loads(scores_path.read_text())
    record = {}
    for split in ("valid", "test"):
        for precision in ("fp32", "int8"):
            rows = evaluate(binary, model, Path(args.conll) / f"{split}.txt", precision)
            p, r, f = rows["overall"]
            record[f"{split} F1, {precision}"] = f"{f:.4f} (P {p:.4f}, R {r:.4f})"
            if precision == "fp32":
                for ty in ("PER", "LOC", "ORG", "MISC"):
                    record[f"{split} F1 {ty}, fp32"] = f"{rows[ty][2]:.4f}"
            print(f"{split} {precision}: F1 {f:.4f}", flush=True)
    settings = json.loads((model / "actorgraph.json").read_text())
    if "parse" in settings:
        ud = Path(args.ud_dir)
        for name, conllu in (("EWT dev", ud / "ud-english-ewt/en_ewt-ud-dev.conllu"),
                             ("EWT test", ud / "ud-english-ewt/en_ewt-ud-test.conllu"),
                             ("PUD", ud / "ud-english-pud/en_pud-ud-test.conllu")):
            for precision in ("fp32", "int8"):
                rows = evaluate_parse(binary, model, conllu, precision)
                record[f"{name} UPOS / lemma / UAS / LAS, {precision}"] = " / ".join(
                    f"{rows[k]:.4f}" for k in ("UPOS", "lemma", "UAS", "LAS"))
                print(f"{name} {precision}: LAS {rows['LAS']:.4f}", flush=True)
    scores["rust_eval"] = record
    scores["rust_eval_command"] = "scripts/record_scores.py " + str(model)
    scores_path.write_text(json.dumps(scores, indent=2) + "\n")
    trainer = "train_joint.py" if "parse" in settings else "train_ner.py"
    subprocess.run([sys.executable, str(ROOT / "scripts" / trainer), "--readme-only", str(model)], check=True)


if __name__ == "__main__":
    main()
