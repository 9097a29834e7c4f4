#!/usr/bin/env bash
# Exports the articles that ../shared/gold/dev names (plus the seed) and scores them with the gold scorer.
# usage: src/test/scripts/score-dev.sh [GOLD_DIR] [extra scorer flags, e.g. --details]
# Runs ./lede (which builds the jar when needed) unless LEDE is set to another command.
# IN_CORPUS=1 exports every bbc and wikinews article (and the seeds) together instead of the gold articles alone, and
# scores the gold ones out of that: the articles as a reader of the whole shared corpus sees them, typed with the
# corpus-wide evidence (the same name's type across articles) of that corpus.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
shared="${LEDE_SHARED:-$here/../shared}"
gold="${1:-$shared/gold/dev}"
shift || true
lede="${LEDE:-$here/lede}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles"
if [[ "${IN_CORPUS:-}" == 1 ]]; then
  cp -r "$shared/corpus/bbc" "$shared/corpus/wikinews" "$work/articles/"
  cp "$here"/seeds/*.txt "$work/articles/"
  # The corpus folders hold a few files that are not articles (index.tsv): listed on stderr, exit code 1.
  "$lede" export --no-cache -o "$work/pred.jsonl" "$work/articles" 2>/dev/null || [[ -s "$work/pred.jsonl" ]]
  python3 "$shared/gold/score.py" "$gold" "$work/pred.jsonl" "$@"
  exit
fi
# The gold names each article by its path under corpus/ (bbc/business/105.txt) or by the seed's file name.
python3 - "$gold" "$shared" "$here/seeds" "$work/articles" <<'PY'
import json, os, sys, glob
gold, shared, seeds, out = sys.argv[1:5]
files = [gold] if gold.endswith(".json") else sorted(glob.glob(os.path.join(gold, "*.json")))
for f in files:
    doc = json.load(open(f))["doc"]
    for base in (os.path.join(shared, "corpus"), seeds, os.path.join(shared, "seeds")):
        src = os.path.join(base, doc)
        if os.path.isfile(src):
            dst = os.path.join(out, doc)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            with open(src, "rb") as a, open(dst, "wb") as b:
                b.write(a.read())
            break
    else:
        print("no article for gold document " + doc, file=sys.stderr)
PY
"$lede" export --no-cache -o "$work/pred.jsonl" "$work/articles"
python3 "$shared/gold/score.py" "$gold" "$work/pred.jsonl" "$@"
