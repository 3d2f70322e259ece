#!/usr/bin/env python3
"""Lists import circles among the modules of src/ (exit status 1 if there is one).

A module is a file (`src/resolve/cluster.rs` is `resolve::cluster`, `src/resolve/mod.rs`
is `resolve`). Module A depends on sibling B when A's code names `super::B`,
`crate::<parent>::B` or (at the top) `crate::B`. A parent and its own children always
refer to each other (a `mod.rs` declares and re-exports its children), so only
dependencies between siblings and between top-level modules count; a circle among
them means that neither can be read, tested or moved without the other.

    python3 scripts/module_cycles.py [src]
"""
import re
import sys
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "src")


def module_of(path):
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return tuple(parts)


def code_without_tests(text):
    # `#[cfg(test)] mod tests { ... }` blocks may use anything; comments (doc links
    # included) are not dependencies.
    cut = re.search(r"#\[cfg\(test\)\]\s*mod \w+\s*\{", text)
    text = text[: cut.start()] if cut else text
    return re.sub(r"//[^\n]*", "", text)


def main():
    modules = {module_of(p): p for p in SRC.rglob("*.rs")}
    deps = {m: set() for m in modules}
    for m, path in modules.items():
        if path.name in ("tests.rs",) or path.stem.endswith("_tests"):
            continue
        text = code_without_tests(path.read_text(encoding="utf-8"))
        parent = m[:-1]
        # super:: from a file module is its parent's scope (from mod.rs, the grandparent's).
        scope = parent if path.name != "mod.rs" else m[:-1]
        for name in re.findall(r"\bsuper::(\w+)", text):
            target = scope + (name,)
            if target in modules and target != m:
                deps[m].add(target)
        for chain in re.findall(r"\bcrate::((?:\w+::)*\w+)", text):
            names = chain.split("::")
            # The deepest module the path names.
            for i in range(len(names), 0, -1):
                target = tuple(names[:i])
                if target in modules:
                    break
            else:
                continue
            if target != m:
                deps[m].add(target)
    # Only siblings (same parent) count; a dependency on a cousin counts between the
    # two ancestors that are siblings.
    sibling = {m: set() for m in modules}
    for a, targets in deps.items():
        for b in targets:
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            if n < len(a) and n < len(b):
                x, y = a[: n + 1], b[: n + 1]
                if x != y and x in sibling and y in sibling:
                    sibling[x].add(y)
    cycles = strongly_connected(sibling)
    for c in cycles:
        print("circle: " + " <-> ".join("::".join(m) for m in sorted(c)))
    print(f"{len(modules)} modules, {len(cycles)} circles")
    return 1 if cycles else 0


def strongly_connected(graph):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(comp)

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


if __name__ == "__main__":
    sys.exit(main())
