#!/usr/bin/env python3
"""Seed a relation-trigger lexicon from the PETRARCH2 CAMEO verb dictionary.

Reads the verb blocks of CAMEO.2.0.txt (PETRARCH2's verb pattern dictionary, MIT
licence) and, for every verb lemma, the CAMEO codes of its block default (or its own
code) and of the block's patterns. Codes are mapped to actorgraph's relations:

    ACCUSE  CAMEO 110-114 and 116 (and their 4-digit children)
    MEET    CAMEO 04x
    OPPOSE  CAMEO 115 and 12x-20x

and to PLOVER categories with CAMEO2PLOVER-2021.txt (a 4-digit code missing from the
table falls back to its 3-digit parent, then to its 2-digit root).

Outputs (deterministic, sorted by lemma, pos, relation):

    data/cameo/seed.tsv      lemma pos relation cameo plover patterns example source
                             one row per lemma and relation; cameo is the lemma's most
                             frequent code in that relation (ties: lowest code), counting
                             its own code once and each block pattern once, so a verb of
                             a big block can get a pattern code over its own (arrest:
                             own 173, most frequent 192); patterns is the number of its
                             block patterns coded in that relation, example one of them
                             as a readable phrase (the verb put in place of the '*').
    data/cameo/blockers.tsv  lemma pattern: null-coded ([---]) patterns of the blocks of
                             those lemmas, as readable phrases ("kill himself").
    data/cameo/NOTICE        the PETRARCH2 licence and where these files come from.

If data/cameo/curated.toml (the hand selection) exists, it is checked against the new
seed: counts per relation before and after curation, curated entries that are no seed
verb, and null patterns not found in blockers.tsv are printed. It is never written.

Noun rows (pos NOUN, source "wordnet") for event nouns derivationally related to the
seed verbs (accuse -> accusation, meet -> meeting) need the WordNet 3.0 database files
from the Debian package `wordnet-base` (`apt-get install -y wordnet-base`, files under
/usr/share/wordnet), read directly: no nltk. Without it the script stops before writing
anything; `--no-wordnet` writes the verb rows only, on purpose, so that output does
not depend on what the machine has installed.

How the dictionary is read, and why:
  * A block starts with `--- NAME [code] ---`. Its patterns (`- pre * post [code]`)
    belong to the whole block, not to one verb: PETRARCH2 stores them under the block
    name and tries them for every verb of the block. The `# VERB` comment after a
    pattern only records where the pattern was first written; it is used here to pick
    the example, nothing else.
  * Codes are `[active]`, `[active:passive]` or `[:passive]`. The passive half is the
    meaning when the grammatical subject is the one acted on ("X faced criticism"
    [:111]: someone criticised X). A trigger lexicon that takes the subject as the
    source would get the direction wrong, so only the active code counts; patterns with
    a passive code alone are skipped (their number is reported).
  * A verb line may carry its own `[code]`, which replaces the block default for that
    verb only.
  * Multi-word verbs are written `+MEET_WITH`: the `+` marks the inflected word and
    `_` joins words; they become phrases ("meet with").
  * Comments are `# ...` and, on a few old TABARI lines, `;...`.

Usage (from the repository root; the inputs default to ../shared/data/lexicons):
    python3 scripts/cameo_lexicon.py [--out data/cameo] [--no-wordnet]
"""
import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LEXICONS = REPO.parent / "shared" / "data" / "lexicons"

NULL = "---"
HEADER_RE = re.compile(r"^---\s+(\S+?)\s+\[([^\]]*)\]")
# stem, optional {irregular forms}, optional [code]; "RECONVENE[---]" has no space
VERB_RE = re.compile(r"^(?P<stem>[^\s{\[]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
PATTERN_RE = re.compile(r"^-(?P<body>[^\[]*)\[(?P<code>[^\]]*)\]\s*(?:#\s*(?P<comment>.*))?$")
# TABARI-era markers with no word content: + target, $ source, ^ skip, % compound
MARKERS = {"+", "$", "^", "%"}

# WordNet lexicographer files whose nouns name events: noun.act, noun.communication,
# noun.event. This keeps accusation/attack/meeting and drops attacker, thought, etc.
WN_EVENT_LEXFILES = {4, 10, 11}
# Only the most frequent senses of a verb: later ones are the rare readings
# ("meet" = "fulfil" -> "fulfillment") that a news trigger does not want.
WN_MAX_SENSES = 3


def relation_of(code):
    """actorgraph relation of an active CAMEO code, or None."""
    if not code or code == NULL or not code.isdigit():
        return None
    if code.startswith("04"):
        return "MEET"
    if code[:3] in ("110", "111", "112", "113", "114", "116"):
        return "ACCUSE"
    if code[:3] == "115" or 12 <= int(code[:2]) <= 20:
        return "OPPOSE"
    return None


def parse_code(text, where, notes):
    """'042:043' -> ('042', '043'); ':173' -> (None, '173'); '---' -> ('---', None)."""
    text = text.strip()
    if "!" in text:  # one pattern has "[080!]": a stray mark, not PETRARCH syntax
        notes.append(f"{where}: stray '!' in code [{text}] ignored")
        text = text.replace("!", "")
    active, _, passive = text.partition(":")
    return (active.strip() or None), (passive.strip() or None)


def lemma_of(stem):
    """'+MEET_WITH' -> 'meet with'; 'RE-ARREST' -> 're-arrest'."""
    return stem.replace("+", "").replace("_", " ").lower().strip()


def readable(body, lemma):
    """Pattern body ' * (IN {VERBAL &FIGHT})' -> 'engage in verbal &fight'."""
    # '_' joins words ("SPY_*_DEAL") or, TABARI-style, ends an open match ("PLAN_ ")
    pre, _, post = body.replace("_", " ").partition("*")

    def words(part):
        for ch in "{}()":
            part = part.replace(ch, " ")
        return [tok.lower() for tok in part.split() if tok not in MARKERS]

    return " ".join(words(pre) + [lemma] + words(post))


class Block:
    def __init__(self, name, code):
        self.name = name
        self.code = code  # (active, passive)
        self.verbs = []  # (lemma, (active, passive) or None)
        self.patterns = []  # dicts: body, active, passive, comment_verb, line


def parse_dictionary(path, notes):
    """Blocks of the VERB PATTERNS section (synsets and transformations are skipped)."""
    blocks = []
    in_verbs = False
    block = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs or not line.strip() or line.startswith("#") or line.startswith("~"):
            continue
        where = f"{path.name}:{n}"
        if line.startswith("---"):
            m = HEADER_RE.match(line)
            if not m:
                notes.append(f"{where}: unreadable block header {line!r}")
                block = None
                continue
            if not re.match(r"^---\s+\S+\s+\[[^\]]*\]\s+---", line):
                notes.append(f"{where}: malformed block header {line.strip()!r} (read as {m.group(1)} [{m.group(2)}])")
            block = Block(m.group(1), parse_code(m.group(2), where, notes))
            blocks.append(block)
            continue
        if block is None:
            notes.append(f"{where}: line outside any block {line!r}")
            continue
        if line.startswith("-"):
            m = PATTERN_RE.match(line)
            if not m:
                notes.append(f"{where}: unreadable pattern {line!r}")
                continue
            active, passive = parse_code(m.group("code"), where, notes)
            body = m.group("body")
            if body.count("(") != body.count(")") or body.count("{") != body.count("}") or "*" not in body:
                notes.append(f"{where}: malformed pattern {line.strip()!r}")
            comment = (m.group("comment") or "").split()
            block.patterns.append({
                "body": body,
                "active": active,
                "passive": passive,
                "comment_verb": lemma_of(comment[0]) if comment else "",
                "line": n,
            })
            continue
        text = line.split("#", 1)[0]
        if ";" in text:  # TABARI-style trailing comment, e.g. "SCRAP {...};shan 8/30/93"
            notes.append(f"{where}: ';' comment on verb line {line.strip()!r}")
            text = text.split(";", 1)[0]
        m = VERB_RE.match(text.strip())
        if not m:
            notes.append(f"{where}: unreadable verb line {line!r}")
            continue
        if "[" in text and not re.search(r"\s\[", text):
            notes.append(f"{where}: no space before code in {text.strip()!r}")
        code = parse_code(m.group("code"), where, notes) if m.group("code") is not None else None
        block.verbs.append((lemma_of(m.group("stem")), code))
    return blocks


def load_plover(path, notes):
    """CAMEO code -> PLOVER category, from lines 'CODE: CATEGORY, mode, context # ...'."""
    table = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z_]+)", line)
        if not m:
            continue
        code, category = m.groups()
        if code in table and table[code] != category:
            notes.append(f"{path.name}:{n}: code {code} listed again as {category}; keeping {table[code]}")
            continue
        table.setdefault(code, category)
    return table


def plover_of(code, table):
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return ""


def collect(blocks):
    """lemma -> relation -> {'codes': Counter, 'patterns': [...]}; blockers; passive-only count."""
    seed = defaultdict(dict)
    nulls = defaultdict(set)  # lemma -> readable null patterns of its blocks
    passive_only = 0
    for block in blocks:
        passive_only += sum(1 for p in block.patterns if p["active"] is None)
        for lemma, own in block.verbs:
            code = (own or block.code)[0]
            rel = relation_of(code)
            if rel:
                seed[lemma].setdefault(rel, {"codes": Counter(), "patterns": []})["codes"][code] += 1
            for p in block.patterns:
                prel = relation_of(p["active"])
                if prel:
                    entry = seed[lemma].setdefault(prel, {"codes": Counter(), "patterns": []})
                    entry["codes"][p["active"]] += 1
                    entry["patterns"].append(p)
            for p in block.patterns:
                if p["active"] == NULL:
                    nulls[lemma].add(readable(p["body"], lemma))
    blockers = {lemma: pats for lemma, pats in nulls.items() if lemma in seed}
    return seed, blockers, passive_only


def pick_example(lemma, code, patterns):
    """A pattern for `code`, preferably one first written for this very verb."""
    if not patterns:
        return lemma
    ranked = sorted(patterns, key=lambda p: (p["active"] != code, p["comment_verb"] != lemma, p["line"]))
    return readable(ranked[0]["body"], lemma)


def verb_rows(seed, plover):
    rows = []
    for lemma, rels in seed.items():
        for rel, entry in rels.items():
            code = min(entry["codes"], key=lambda c: (-entry["codes"][c], c))
            rows.append({
                "lemma": lemma, "pos": "VERB", "relation": rel, "cameo": code,
                "plover": plover_of(code, plover), "patterns": str(len(entry["patterns"])),
                "example": pick_example(lemma, code, entry["patterns"]), "source": "cameo",
            })
    return rows


def spelling_key(word):
    """British and American spellings of a verb map to one key (criticise/criticize)."""
    return re.sub(r"is(e|ed|ing)$", r"iz\1", word.replace("our", "or"))


class WordNet:
    """Just enough of the WordNet 3.0 database files to follow verb -> noun derivations."""

    def __init__(self, root):
        self.root = Path(root)
        self.verb_index = {}
        with open(self.root / "index.verb", encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):  # licence header
                    continue
                fields = line.split()
                p_cnt = int(fields[3])
                # lemma pos synset_cnt p_cnt [ptr]*p_cnt sense_cnt tagsense_cnt offsets...
                self.verb_index[fields[0]] = fields[6 + p_cnt:]
        self.data = {pos: open(self.root / f"data.{pos}", "rb") for pos in ("verb", "noun")}

    @staticmethod
    def available(root):
        return all((Path(root) / name).is_file() for name in ("index.verb", "data.verb", "data.noun"))

    def licence(self):
        """The licence header of data.noun (numbered lines starting with two spaces)."""
        out = []
        with open(self.root / "data.noun", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("  "):
                    break
                out.append(re.sub(r"^\s+\d+ ?", "", line.rstrip()).rstrip())
        return "\n".join(out).strip()

    def synset(self, pos, offset):
        f = self.data[pos]
        f.seek(int(offset))
        fields = f.readline().decode("utf-8").split(" | ")[0].split()
        lexfile = int(fields[1])
        w_cnt = int(fields[3], 16)
        words = [w.lower() for w in fields[4:4 + 2 * w_cnt:2]]
        i = 4 + 2 * w_cnt
        p_cnt = int(fields[i])
        ptrs = [fields[i + 1 + 4 * k:i + 5 + 4 * k] for k in range(p_cnt)]
        return lexfile, words, ptrs

    def event_nouns(self, lemma):
        """Event nouns derived from the first senses of the verb `lemma`."""
        key = lemma.replace(" ", "_")
        nouns = set()
        for offset in self.verb_index.get(key, [])[:WN_MAX_SENSES]:
            _, words, ptrs = self.synset("verb", offset)
            if key not in words:
                continue
            # WordNet often links only one spelling ("criticise" -> "criticism", not
            # "criticize"), so the verb's spelling variants in the synset count as it.
            mine = {i for i, w in enumerate(words, 1) if spelling_key(w) == spelling_key(key)}
            for symbol, target, pos, st in ptrs:
                if symbol != "+" or pos != "n":
                    continue
                src, tgt = int(st[:2], 16), int(st[2:], 16)
                if src != 0 and src not in mine:
                    continue
                lexfile, nwords, _ = self.synset("noun", target)
                if lexfile not in WN_EVENT_LEXFILES:
                    continue
                for w in (nwords if tgt == 0 else [nwords[tgt - 1]]):
                    nouns.add(re.sub(r"\(.*\)$", "", w).replace("_", " "))
        return nouns


def noun_rows(rows, wordnet, plover):
    """One NOUN row per derived noun and relation; cameo = most frequent among its verbs."""
    by_noun = defaultdict(lambda: defaultdict(list))
    for row in rows:
        for noun in wordnet.event_nouns(row["lemma"]):
            by_noun[noun][row["relation"]].append(row)
    out = []
    for noun, rels in by_noun.items():
        for rel, verbs in rels.items():
            counts = Counter(v["cameo"] for v in verbs)
            code = min(counts, key=lambda c: (-counts[c], c))
            sources = sorted({v["lemma"] for v in verbs})
            out.append({
                "lemma": noun, "pos": "NOUN", "relation": rel, "cameo": code,
                "plover": plover_of(code, plover), "patterns": "0",
                "example": "from " + ", ".join(sources), "source": "wordnet",
            })
    return out


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row[h] for h in header) + "\n")


def report_curated(path, rows, blocker_rows):
    """Counts after curation, and curated entries the seed does not back.

    Curated verbs that are not seed lemmas are either phrases read off patterns
    ("hold talks", "cut ties") or words added by hand; they are listed so that
    each one is a visible choice, not a typo.
    """
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        print(f"  (Python 3.11's tomllib is needed to check {path.name})")
        return
    with open(path, "rb") as f:
        curated = tomllib.load(f)
    seed_verbs = defaultdict(set)
    seed_nouns = defaultdict(set)
    for r in rows:
        (seed_verbs if r["pos"] == "VERB" else seed_nouns)[r["relation"]].add(r["lemma"])
    all_seed_verbs = set().union(*seed_verbs.values())
    kept_verbs = defaultdict(set)
    kept_nouns = defaultdict(set)
    print(f"{path.name}:")
    for group in curated.get("group", []):
        rel = group["relation"]
        for v in group.get("verbs", []):
            if v in kept_verbs[rel]:
                print(f"  {group['id']}: '{v}' is already in another {rel} group")
        kept_verbs[rel].update(group.get("verbs", []))
        kept_nouns[rel].update(group.get("nouns", []))
        extra = sorted(v for v in group.get("verbs", []) if v not in all_seed_verbs)
        if extra:
            print(f"  {group['id']}: not seed verbs (pattern phrases or added): {', '.join(extra)}")
    for rel in sorted(set(seed_verbs) | set(kept_verbs)):
        print(f"  {rel}: verbs {len(seed_verbs[rel])} -> {len(kept_verbs[rel])} "
              f"({len(kept_verbs[rel] & seed_verbs[rel])} of them seed rows of {rel}); "
              f"nouns {len(seed_nouns[rel])} -> {len(kept_nouns[rel])}")
    known = {b["pattern"].replace("&", "") for b in blocker_rows}
    nulls = curated.get("blockers", {}).get("null_patterns", [])
    missing = [p for p in nulls if p not in known]
    print(f"  blockers: {len(nulls)} null patterns" + (f"; not in blockers.tsv: {missing}" if missing else ""))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cameo", type=Path, default=LEXICONS / "petrarch2" / "CAMEO.2.0.txt")
    ap.add_argument("--licence", type=Path, default=LEXICONS / "petrarch2" / "LICENSE")
    ap.add_argument("--plover", type=Path, default=LEXICONS / "plover" / "CAMEO2PLOVER-2021.txt")
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"),
                    help="WordNet 3.0 dict folder (Debian package wordnet-base)")
    ap.add_argument("--no-wordnet", action="store_true", help="verb rows only")
    ap.add_argument("--out", type=Path, default=REPO / "data" / "cameo")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every format oddity found")
    args = ap.parse_args()

    notes = []
    blocks = parse_dictionary(args.cameo, notes)
    if not blocks:
        sys.exit(f"cameo_lexicon: no verb blocks found in {args.cameo} (no '####### VERB PATTERNS' line?)")
    plover = load_plover(args.plover, notes)
    seed, blockers, passive_only = collect(blocks)
    rows = verb_rows(seed, plover)

    wordnet = None
    if not args.no_wordnet:
        if WordNet.available(args.wordnet):
            wordnet = WordNet(args.wordnet)
            rows += noun_rows(rows, wordnet, plover)
        else:
            # Writing verb rows only would silently drop the committed NOUN rows.
            sys.exit(f"cameo_lexicon: WordNet not found in {args.wordnet} (apt-get install -y wordnet-base); "
                     "nothing written (--no-wordnet writes the verb rows only, on purpose)")

    rows.sort(key=lambda r: (r["lemma"], r["pos"], r["relation"]))
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv(args.out / "seed.tsv",
              ["lemma", "pos", "relation", "cameo", "plover", "patterns", "example", "source"], rows)
    blocker_rows = [{"lemma": lemma, "pattern": pat}
                    for lemma in sorted(blockers) for pat in sorted(blockers[lemma])]
    write_tsv(args.out / "blockers.tsv", ["lemma", "pattern"], blocker_rows)

    notice = [args.licence.read_text(encoding="utf-8").rstrip(), "",
              "seed.tsv and blockers.tsv are derived from PETRARCH2's CAMEO.2.0.txt (whose own "
              "header reads: Copyright (c) 2015 Open Event Data Alliance, MIT licence as above) "
              "by scripts/cameo_lexicon.py; curated.toml is a hand selection from them."]
    if wordnet is not None:
        notice += ["", "The NOUN rows of seed.tsv (source wordnet) come from WordNet 3.0 "
                   "derivational links, under this licence:", "", wordnet.licence()]
    (args.out / "NOTICE").write_text("\n".join(notice) + "\n", encoding="utf-8")

    curated = args.out / "curated.toml"
    verbs_per_rel = Counter(r["relation"] for r in rows if r["pos"] == "VERB")
    nouns_per_rel = Counter(r["relation"] for r in rows if r["pos"] == "NOUN")
    print(f"{len(blocks)} blocks, {sum(len(b.verbs) for b in blocks)} verb entries, "
          f"{sum(len(b.patterns) for b in blocks)} patterns ({passive_only} passive-only, skipped)")
    for rel in sorted(verbs_per_rel):
        print(f"  {rel}: {verbs_per_rel[rel]} verb lemmas, {nouns_per_rel.get(rel, 0)} WordNet nouns")
    print(f"  {len(blocker_rows)} blocker patterns for {len(blockers)} lemmas")
    print(f"  {len(notes)} format oddities" + ("" if args.verbose else " (-v lists them)"))
    if args.verbose:
        for note in notes:
            print("    " + note)
    if curated.is_file():
        report_curated(curated, rows, blocker_rows)


if __name__ == "__main__":
    main()
