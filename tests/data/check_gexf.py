"""Checks OUTDIR/graph.gexf against OUTDIR/nodes.csv and edges.csv with networkx's
GEXF reader, an implementation independent of actorgraph's writer: same nodes, edges,
labels, types, weights (distinct stories), attributes (codes as strings; reports,
sources and sentences as numbers) and spells (the Interval column).

Usage: python check_gexf.py OUTDIR. Exits non-zero with the first difference.
"""

import csv
import datetime
import sys

import networkx as nx


def spells(interval):
    """The (start, end) pairs of an Interval cell: <[a, b]; [c, d]>."""
    if not interval:
        return []
    inner = interval.strip()[1:-1]
    out = []
    for spell in inner.split(";"):
        a, b = spell.strip()[1:-1].split(",")
        out.append((a.strip(), b.strip()))
    return out


def cell(s):
    """A text cell as written, without the spreadsheet guard's leading quote."""
    return s[1:] if s.startswith("'") else s


def expect(what, got, want):
    if got != want:
        sys.exit(f"{what}: GEXF has {got!r}, CSV has {want!r}")


out = sys.argv[1]
g = nx.read_gexf(f"{out}/graph.gexf")
nodes = list(csv.DictReader(open(f"{out}/nodes.csv", encoding="utf-8")))
edges = list(csv.DictReader(open(f"{out}/edges.csv", encoding="utf-8")))

expect("node ids", sorted(g.nodes), sorted(cell(n["Id"]) for n in nodes))
for n in nodes:
    data = g.nodes[cell(n["Id"])]
    expect(f"label of {n['Id']}", data["label"], cell(n["Label"]))
    expect(f"type of {n['Id']}", data["type"], n["Type"])
    expect(f"mentions of {n['Id']}", data["mentions"], int(n["mentions"]))
    expect(f"documents of {n['Id']}", data["documents"], int(n["documents"]))
    expect(f"spells of {n['Id']}", data.get("spells", []), spells(n["Interval"]))
    # Actor codes, as strings ("" where the actor has none: the attribute is left out).
    for key in ["country", "sector", "cameo_actor", "code_votes"]:
        expect(f"{key} of {n['Id']}", data.get(key, ""), cell(n[key]))
        assert isinstance(data.get(key, ""), str), data[key]

directed = any(e["Type"] == "Directed" for e in edges)
expect("directed", g.is_directed(), directed)
expect("mode", g.graph["mode"], "dynamic" if any(n["Interval"] for n in nodes) else "static")
if g.is_multigraph():
    in_gexf = {d["id"]: (u, v, d) for u, v, _, d in g.edges(keys=True, data=True)}
else:
    in_gexf = {d["id"]: (u, v, d) for u, v, d in g.edges(data=True)}
expect("edge ids", sorted(in_gexf), sorted(e["Id"] for e in edges))
for e in edges:
    u, v, d = in_gexf[e["Id"]]
    ends = (u, v) if directed else tuple(sorted((u, v)))
    want = (cell(e["Source"]), cell(e["Target"]))
    expect(f"ends of {e['Id']}", ends, want if directed else tuple(sorted(want)))
    expect(f"weight of {e['Id']}", d["weight"], float(e["Weight"]))
    expect(f"relation of {e['Id']}", d["relation"], cell(e["Label"]))
    expect(f"label of {e['Id']}", d["label"], cell(e["Label"]))
    expect(f"documents of {e['Id']}", d["documents"], int(e["documents"]))
    # Weight is distinct stories; reports, sources and sentences are counts beside it.
    for key in ["reports", "sources", "sentences"]:
        expect(f"{key} of {e['Id']}", d[key], int(e[key]))
    for key in ["first_date", "last_date", "plover", "cameo"]:
        expect(f"{key} of {e['Id']}", d.get(key, ""), cell(e[key]))
    expect(f"spells of {e['Id']}", d.get("spells", []), spells(e["Interval"]))
    # Codes stay strings: CAMEO's leading zeros survive.
    assert isinstance(d["cameo"], str), d["cameo"]
    for start, end in d.get("spells", []):
        assert datetime.date.fromisoformat(start) <= datetime.date.fromisoformat(end)

print(f"ok: {len(nodes)} nodes, {len(edges)} edges")
