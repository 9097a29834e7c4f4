#!/usr/bin/env python3
"""Chooses the held-out Wikinews articles reproducibly, from the article text alone (no Lede output).
Candidates: ../shared/corpus/wikinews/*.txt minus the articles named in ../shared/gold/dev/*.json, keeping those
with at least 3 double-quoted passages of 4+ words (so speakers are tested) and skipping the Q&A interviews
("Wikinews interviews …", "… tells Wikinews …"). Picks 15 with random.Random(2026).
With --second it picks a second set (chosen-b.txt): the same candidates minus the first set (chosen.txt),
15 with random.Random(2027). Without the flag the output is the first set, unchanged.
usage: src/test/heldout/choose.py [--second] [SHARED_DIR]   (default ../shared beside the checkout)"""
import glob, json, os, random, re, sys

COUNT, SEED = 15, 2026
SECOND_SEED = 2027
# A passage between straight or curly double quotation marks, on one line.
DOUBLE_QUOTED = re.compile(r'["\u201c]([^"\u201c\u201d\n]*)["\u201d]')
INTERVIEW = re.compile(r"wikinews interviews|tells wikinews", re.IGNORECASE)

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
second = "--second" in args
args = [a for a in args if a != "--second"]
shared = args[0] if args else os.path.join(here, "..", "..", "..", "..", "shared")
corpus = os.path.join(shared, "corpus", "wikinews")
in_dev = {json.load(open(f, encoding="utf-8"))["doc"] for f in glob.glob(os.path.join(shared, "gold", "dev", "*.json"))}


def long_quotes(text):
    return sum(1 for q in DOUBLE_QUOTED.findall(text) if len(q.split()) >= 4)


candidates = []
for path in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
    name = os.path.basename(path)
    if "wikinews/" + name in in_dev:
        continue
    text = open(path, encoding="utf-8").read()
    title = text.split("\n", 1)[0]
    if INTERVIEW.search(title) or long_quotes(text) < 3:
        continue
    candidates.append(name)

if second:
    first = set(open(os.path.join(here, "chosen.txt"), encoding="utf-8").read().split())
    candidates = [name for name in candidates if name not in first]
    SEED = SECOND_SEED
chosen = sorted(random.Random(SEED).sample(candidates, COUNT))
print(f"# {len(candidates)} candidates; chosen with random.Random({SEED}).sample(candidates, {COUNT})", file=sys.stderr)
for name in chosen:
    print(name)
