#!/usr/bin/env python3
"""Trains an OpenNLP name finder on the openly licensed part of GUM and scores it like Lede on gold sets.

An experiment, not part of Lede: it asks whether a statistical name finder trained on annotated news that this machine
can reach (GUM, the Georgetown University Multilayer corpus) could type entities better than Lede's rules. See
QUALITY.md, "A statistical name finder from openly licensed data".

usage: tools/gum-name-finder/run.py GUM_CHECKOUT GOLD_DIR [GOLD_DIR ...]
  GUM_CHECKOUT: a checkout of github.com/amir-zeldes/gum (its dep/*.conllu are read).
Needs the OpenNLP jar in ~/.m2 (mvn package fetches it). Prints the scorer's entity lines for each gold set.
"""
import glob, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(REPO, "..", "shared")
M2 = os.path.expanduser("~/.m2/repository")
CLASSPATH = ":".join(sorted(glob.glob(M2 + "/org/apache/opennlp/opennlp-tools/2.5.4/*.jar"))
                     + sorted(glob.glob(M2 + "/org/slf4j/slf4j-api/2.0.*/slf4j-api-2.0.*.jar"))[-1:])
# Genres whose texts are CC BY (LICENSE.txt of GUM; its annotations are CC BY 4.0): Wikinews news and interviews (2.5),
# academic papers and court decisions (4.0). The others are CC BY-SA, non-commercial or Reddit's terms.
OPEN_GENRES = ("news", "interview", "academic", "court")
TYPES = {"person": "person", "organization": "organization", "place": "location"}
NAME_POS = {"PROPN", "ADP", "CCONJ", "PUNCT", "NUM", "DET", "PART"}
SCORED = {"person": "PERSON", "organization": "ORGANIZATION", "location": "LOCATION"}


def sentences(path):
    sentence = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sentence:
                yield sentence
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append(cols)
    if sentence:
        yield sentence


def entity_spans(sentence):
    """(start, end, type) of every GUM entity in the sentence, from the MISC column's Entity= brackets."""
    open_spans, spans = {}, []
    for i, cols in enumerate(sentence):
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        for m in re.finditer(r"\((\d+)-([a-z]+)[^()]*?(\))?|(\d+)\)", misc.get("Entity", "")):
            if m.group(1) and m.group(3):
                spans.append((i, i + 1, m.group(2)))
            elif m.group(1):
                open_spans.setdefault(m.group(1), []).append((i, m.group(2)))
            elif open_spans.get(m.group(4)):
                start, kind = open_spans[m.group(4)].pop()
                spans.append((start, i + 1, kind))
    return spans


def named(sentence, spans):
    """The outermost spans of a person, organization or place that are proper names (capitalised, proper nouns)."""
    words, pos = [c[1] for c in sentence], [c[3] for c in sentence]
    kept = []
    for start, end, kind in spans:
        while start < end and pos[start] == "DET":
            start += 1
        if (kind in TYPES and start < end and all(p in NAME_POS for p in pos[start:end]) and pos[start] == "PROPN"
                and words[start][:1].isupper() and pos[end - 1] in ("PROPN", "NUM")
                and all(p != "PUNCT" or w in "-&." for p, w in zip(pos[start:end], words[start:end]))):
            kept.append((start, end, TYPES[kind]))
    outer, reached = [], -1
    for start, end, kind in sorted(kept, key=lambda s: (s[0], s[0] - s[1])):
        if start >= reached:
            outer.append((start, end, kind))
            reached = end
    return outer


def training_file(gum, out):
    files = [f for g in OPEN_GENRES for f in sorted(glob.glob(os.path.join(gum, "dep", f"GUM_{g}_*.conllu")))]
    counts = {}
    with open(out, "w", encoding="utf-8") as o:
        for f in files:
            for sentence in sentences(f):
                spans = {s: (e, k) for s, e, k in named(sentence, entity_spans(sentence))}
                ends = {e for e, _ in spans.values()}
                line = []
                for i, cols in enumerate(sentence):
                    if i in ends:
                        line.append("<END>")
                    if i in spans:
                        line.append(f"<START:{spans[i][1]}>")
                        counts[spans[i][1]] = counts.get(spans[i][1], 0) + 1
                    line.append(cols[1])
                if len(sentence) in ends:
                    line.append("<END>")
                o.write(" ".join(line) + "\n")
            o.write("\n")
    return len(files), counts


def gold_texts(gold_dir):
    for f in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        doc = json.load(open(f))["doc"]
        for base in (os.path.join(SHARED, "corpus"), os.path.join(REPO, "seeds"), os.path.join(SHARED, "seeds")):
            if os.path.isfile(os.path.join(base, doc)):
                yield doc, open(os.path.join(base, doc), encoding="utf-8").read()
                break


def predict(model, gold_dir, out):
    docs, lines = [], []
    for doc, text in gold_texts(gold_dir):
        first = len(lines)
        for paragraph in text.split("\n"):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph):
                tokens = re.findall(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]", s)
                if tokens:
                    lines.append(" ".join(tokens))
        docs.append((doc, first, len(lines)))
        lines.append("")
    tagged = subprocess.run(["java", "-cp", CLASSPATH, os.path.join(HERE, "TagNames.java"), model],
                            input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout.split("\n")
    with open(out, "w") as o:
        for doc, first, last in docs:
            votes = {}
            for line in tagged[first:last]:
                for m in re.finditer(r"<START:(\w+)> (.*?) <END>", line):
                    name = m.group(2).replace(" - ", "-").replace(" ' s", "").replace(" .", ".")
                    votes.setdefault(name, {}).setdefault(SCORED[m.group(1)], 0)
                    votes[name][SCORED[m.group(1)]] += 1
            entities, used = [], set()
            for name in sorted(votes, key=len, reverse=True):  # a person's surname alone is an alias of the full name
                if name in used:
                    continue
                kind = max(votes[name], key=votes[name].get)
                surname = name.split()[-1]
                aliases = [surname] if kind == "PERSON" and " " in name and surname in votes and surname not in used else []
                used.update([name, *aliases])
                entities.append({"name": name, "type": kind, "aliases": aliases})
            o.write(json.dumps({"doc": doc, "entities": entities, "quotes": []}) + "\n")


def main():
    gum, golds = sys.argv[1], sys.argv[2:]
    work = tempfile.mkdtemp()
    train, model = os.path.join(work, "train.txt"), os.path.join(work, "gum-ner.bin")
    n, counts = training_file(gum, train)
    print(f"training: {n} GUM documents ({', '.join(OPEN_GENRES)}), named mentions {counts}")
    subprocess.run(["java", "-cp", CLASSPATH, "opennlp.tools.cmdline.CLI", "TokenNameFinderTrainer", "-model", model,
                    "-lang", "en", "-data", train, "-encoding", "UTF-8"], check=True, capture_output=True)
    for gold in golds:
        pred = os.path.join(work, "pred.jsonl")
        predict(model, gold, pred)
        score = subprocess.run(["python3", os.path.join(SHARED, "gold", "score.py"), gold, pred],
                               capture_output=True, text=True).stdout
        print(gold)
        print("\n".join(l for l in score.splitlines() if l.startswith(("TOTAL entities", "TOTAL PERSON", "TOTAL ORG", "TOTAL LOC"))))


if __name__ == "__main__":
    main()
