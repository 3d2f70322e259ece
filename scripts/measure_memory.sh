#!/usr/bin/env bash
# Peak resident memory of `actorgraph extract` (figures for the batch-jobs issue):
#   1. the bundled model on a 20 MB corpus;
#   2. a tiny random model (scripts/make_tiny_models.py) on 50 MB and on 500 MB,
#      whose peaks should be within 20% of each other if memory is bounded.
# The corpora repeat the example articles under distinct ids. Usage:
#   scripts/measure_memory.sh [WORKDIR]        (needs ~600 MB of disk in WORKDIR)
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
# Corpus sizes in MB (defaults: the issue's figures); smaller ones give a quick check.
bundled_mb=${BUNDLED_MB:-20} small_mb=${SMALL_MB:-50} large_mb=${LARGE_MB:-500}
# THREADS=N passes --threads N (default: all cores).
threads=(${THREADS:+--threads "$THREADS"})
mkdir -p "$work"
bin=target/release/actorgraph
[ -x "$bin" ] || cargo build --release --locked

make_corpus() { # SIZE_MB FILE
    .venv/bin/python - "$1" "$2" <<'PY'
import json, sys
size, path = int(sys.argv[1]) << 20, sys.argv[2]
docs = [json.loads(l) for l in open("data/example/articles.jsonl", encoding="utf-8")]
written, i = 0, 0
with open(path, "w", encoding="utf-8") as f:
    while written < size:
        d = dict(docs[i % len(docs)], id=f"doc-{i:09d}")
        line = json.dumps(d, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode())
        i += 1
PY
}

peak_rss_mb() { # ARGS... ; prints the peak RSS in MB
    /usr/bin/time -f "%M" -o "$work/time.txt" "$bin" "$@" >/dev/null 2>"$work/stderr.txt" \
        || { cat "$work/stderr.txt" >&2; exit 1; }
    echo $(( $(tail -n 1 "$work/time.txt") / 1024 ))
}

.venv/bin/python scripts/make_tiny_models.py "$work/tiny" bert >/dev/null
for mb in "$bundled_mb" "$small_mb" "$large_mb"; do [ -f "$work/corpus-$mb.jsonl" ] || make_corpus "$mb" "$work/corpus-$mb.jsonl"; done

bundled=$(peak_rss_mb extract "$work/corpus-$bundled_mb.jsonl" -o "$work/out-b" --quiet "${threads[@]}")
echo "bundled model, $bundled_mb MB corpus: peak RSS ${bundled} MB (bound 1536 MB)"
small=$(peak_rss_mb extract "$work/corpus-$small_mb.jsonl" -o "$work/out-s" --quiet --model "$work/tiny/bert" "${threads[@]}")
large=$(peak_rss_mb extract "$work/corpus-$large_mb.jsonl" -o "$work/out-l" --quiet --model "$work/tiny/bert" "${threads[@]}")
echo "tiny model, $small_mb MB corpus: peak RSS ${small} MB"
echo "tiny model, $large_mb MB corpus: peak RSS ${large} MB (ratio $(echo "scale=2; $large / $small" | bc), bound 1.20)"
