#!/usr/bin/env python3
"""Which entities and speakers a change of the annotator changes on news nobody tuned for.

usage: src/test/scripts/entity-changes.py BEFORE.jar AFTER.jar [--context]

Exports every article of ../shared/corpus/bbc and ../shared/corpus/wikinews with both jars (`export --no-cache
--explain`) and prints, per article that changed, the entities (name, type, rule, mentions) and speakers one export has
and the other has not; --context prints a stretch of text around each new entity's first mention. The held-out
articles (src/test/heldout/wikinews and wikinews-b) are left out before anything is read, so no one reads them or their output;
gold dev articles are marked [GOLD].
"""
import json
import os
import subprocess
import sys
import tempfile

HOME = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SHARED = os.path.join(HOME, "..", "shared")
HELD_OUT = [os.path.join(HOME, "src", "test", "heldout", name) for name in ("wikinews", "wikinews-b")]


def corpus_without_held_out(into):
    held_out = {f.removesuffix(".json").replace("__", "/") + ".txt"
                for folder in HELD_OUT for f in os.listdir(folder) if f.endswith(".json")}
    for source in ("bbc", "wikinews"):
        root = os.path.join(SHARED, "corpus", source)
        for folder, _, files in os.walk(root):
            for f in files:
                rel = os.path.relpath(os.path.join(folder, f), os.path.join(SHARED, "corpus"))
                if not f.endswith(".txt") or rel in held_out:
                    continue
                os.makedirs(os.path.join(into, os.path.dirname(rel)), exist_ok=True)
                os.symlink(os.path.realpath(os.path.join(folder, f)), os.path.join(into, rel))


def export(jar, corpus, out):
    subprocess.run(["nice", "-n", "19", "java", "-jar", jar, "export", "--no-cache", "--explain", "-o", out, corpus],
                   check=False, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        return {a["doc"]: a for a in map(json.loads, f)}


def main():
    before_jar, after_jar = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    context = "--context" in sys.argv
    gold = {f.removesuffix(".json").replace("__", "/") + ".txt" for f in os.listdir(os.path.join(SHARED, "gold", "dev"))}
    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus")
        corpus_without_held_out(corpus)
        before = export(before_jar, corpus, os.path.join(work, "before.jsonl"))
        after = export(after_jar, corpus, os.path.join(work, "after.jsonl"))
        changed = 0
        for doc in sorted(before):
            a, b = before[doc], after.get(doc, {"entities": [], "quotes": []})
            ea = {(e["name"], e["type"]): e for e in a["entities"]}
            eb = {(e["name"], e["type"]): e for e in b["entities"]}
            sa = {(q["text"][:40], q.get("speaker")) for q in a.get("quotes", [])}
            sb = {(q["text"][:40], q.get("speaker")) for q in b.get("quotes", [])}
            if ea.keys() == eb.keys() and sa == sb:
                continue
            changed += 1
            print(("[GOLD] " if doc in gold else "") + doc)
            for key in ea.keys() - eb.keys():
                print("   -", key[0], key[1], ea[key].get("typeRule"), len(ea[key]["mentions"]))
            for key in eb.keys() - ea.keys():
                e = eb[key]
                print("   +", key[0], key[1], e.get("typeRule"), len(e["mentions"]))
                if context:
                    with open(os.path.join(corpus, doc), encoding="utf-8", errors="replace") as f:
                        text = f.read()
                    m = e["mentions"][0]
                    print("       «" + text[max(0, m["start"] - 90):m["end"] + 60].replace("\n", " ") + "»")
            for q in sorted(sa - sb, key=str):
                print("   speaker -", q)
            for q in sorted(sb - sa, key=str):
                print("   speaker +", q)
        print(changed, "articles changed", file=sys.stderr)


if __name__ == "__main__":
    main()
